"""„Frühestens ab“ for a whole caseload: the projection of :mod:`kimrules.projektion` on far fewer days.

The projection screens every day on which a derived fact can change (for 18 months about 150
days per client, each with a full ``derive``): exact, but 0.1–0.2 s per client, too slow for
tens of thousands. This module gives the same answer (same :class:`Projektion`, built by the
same evaluation) from a few days, because

1. **a result depends on the facts only through their position relative to the constants the
   rules compare them with** (the thresholds of the version in force, parameters resolved): a
   month counter going from 50 to 51 changes nothing if the rules ask ``mindestens: 72``. The
   key of a day is therefore, per norm, the version and, per fact used, that position
   (:func:`lage`), not the value;
2. **between two days on which something in the file happens** (a date of the file itself or the
   day after an end, a planned event, a new version or parameter; :func:`ereignistage`) the
   derived facts only count time (months of residence, age, months since an event): the key is
   found at both ends of such a stretch and, where it differs, the first day of the change is
   found by halving the candidate days in between (:func:`projektionen`).

The days found are screened with the same screener and evaluated by the projection itself
(:func:`kimrules.projektion._auswerten`), so the decision is durable-rules' as everywhere.
``tests/unit/test_fallbestand_vorausschau.py`` compares it with :func:`kimrules.projektion.projektionen`
on generated clients with planned events and households.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date
from typing import Any, Optional, Sequence

from kimrules.fristen import projektion
from kimrules.regelwerk.conditions import Fakt, ParameterRef, walk
from kimrules.basis.dates import add_months, format_datum
from kimrules.fakten.derive import derive
from kimrules.basis.errors import EngineError
from kimrules.engine.outcome import Status

_SCHWELLEN: dict[tuple, tuple[tuple[str, tuple[float, ...]], ...]] = {}


def schwellen(fassung: Any) -> tuple[tuple[str, tuple[float, ...]], ...]:
    """Per fact the version tests: the sorted constants it is compared with (empty for yes/no facts)."""
    key = (fassung.pfad, fassung.sha256, tuple(sorted(fassung.parameter.items())))
    hit = _SCHWELLEN.get(key)
    if hit is None:
        werte: dict[str, set[float]] = {}
        for v in fassung.datei.voraussetzungen:
            for _, node in walk(v.bedingung):
                if isinstance(node, Fakt):
                    s = werte.setdefault(node.fakt, set())
                    op = node.operand
                    if node.operator != "ist":
                        s.add(float(fassung.parameter[op.parameter] if isinstance(op, ParameterRef) else op))
        hit = _SCHWELLEN[key] = tuple((f, tuple(sorted(s))) for f, s in werte.items())
    return hit


def lage(wert: Any, grenzen: tuple[float, ...]) -> Any:
    """Where ``wert`` lies relative to ``grenzen``: equal for all values the rules cannot tell apart.

    >>> [lage(v, (48.0, 72.0)) for v in (None, 10, 48, 50, 71, 72, 99)]
    [None, 0, 1, 2, 2, 3, 4]
    >>> lage(True, ())
    True
    """
    if wert is None or isinstance(wert, bool) or not grenzen:
        return wert
    i = bisect_left(grenzen, wert)
    return 2 * i + (1 if i < len(grenzen) and grenzen[i] == wert else 0)


def ereignistage(s: Any, regelwerk_tage: set[date], tage: Sequence[date]) -> list[int]:
    """Indices in ``tage`` of the first and last day and of every day on which something happens."""
    ereignisse: set[date] = set(regelwerk_tage) | set(projektion._geplante_tage(s))
    projektion._daten(s.model_dump(), ereignisse)
    return [i for i, t in enumerate(tage) if i == 0 or i == len(tage) - 1 or t in ereignisse]


def projektionen(screener: Any, sachverhalt: Any, stichtag: date, norms: Optional[Sequence[str]] = None, *,
                 horizont_monate: int = projektion.HORIZONT_MONATE) -> dict[str, projektion.Projektion]:
    """Same result as :func:`kimrules.projektion.projektionen` (see the module head for how)."""
    regelwerk = screener.regelwerk
    norms = list(norms or regelwerk.norms())
    bis = add_months(stichtag, horizont_monate)
    perioden, annahmen = projektion._fortgeschrieben(sachverhalt, stichtag)
    geplant = sorted(set(projektion._geplante_tage(sachverhalt)))
    if any(t <= stichtag for t in geplant):
        annahmen.append("Geplante Angaben mit einem Datum bis zum Stichtag sind als eingetreten angenommen – bitte in der Akte nachtragen.")
    if geplant:
        annahmen.append("Geplante Angaben sind ab ihrem Datum berücksichtigt (Was-wäre-wenn).")
    rtage = projektion._regelwerk_tage(regelwerk)
    tage = projektion.kandidaten(sachverhalt, stichtag, bis, rtage)
    staende: dict[tuple, Any] = {}
    fakten: dict[int, Any] = {}
    schluessel: dict[int, tuple] = {}

    def fakten_am(i: int) -> Any:
        f = fakten.get(i)
        if f is None:
            tag = tage[i]
            plan = tuple(t for t in geplant if t <= tag)
            sv = staende.get(plan)
            if sv is None:
                sv = staende[plan] = projektion.stand_am(sachverhalt, stichtag, tag, perioden=perioden)
            f = fakten[i] = derive(sv, tag, regelwerk.parameter)
        return f

    def norm_schluessel(i: int, n: str) -> tuple:
        fassung = regelwerk.select(n, tage[i])
        if fassung is None:
            return (None,)
        werte = fakten_am(i).werte
        return (fassung.pfad, tuple(sorted(fassung.parameter.items())),
                tuple(lage(werte.get(f), g) for f, g in schwellen(fassung)))

    def key(i: int) -> tuple:
        k = schluessel.get(i)
        if k is None:
            k = schluessel[i] = tuple(norm_schluessel(i, n) for n in norms)
        return k

    wechsel: set[int] = set()

    def verfeinern(a: int, b: int) -> None:
        if key(a) == key(b):
            return
        if b == a + 1:
            wechsel.add(b)
            return
        m = (a + b) // 2
        verfeinern(a, m)
        verfeinern(m, b)

    anker = ereignistage(sachverhalt, rtage, tage)
    for a, b in zip(anker, anker[1:]):
        verfeinern(a, b)

    verlauf: dict[str, list[tuple]] = {n: [] for n in norms}
    letzte: dict[str, tuple] = {}
    fehler: dict[str, str] = {}
    fertig: set[str] = set()
    for i in [0, *sorted(wechsel)]:
        for j, n in enumerate(norms):
            if n in fehler or n in fertig:
                continue
            k = key(i)[j]
            if letzte.get(n) == k:
                continue
            letzte[n] = k
            try:
                ergebnis = screener.screen_facts(fakten_am(i), n)
            except EngineError as exc:
                fehler[n] = f"{exc.message} (am {format_datum(tage[i])})"
                continue
            fassung = regelwerk.select(n, tage[i])
            titel = {b.id: b.titel for b in ergebnis.voraussetzungen}
            verlauf[n].append((tage[i], projektion._nicht_erfuellt(ergebnis), ergebnis.status,
                               fassung.datei.gueltig_ab if fassung else None, titel, ergebnis))
            if ergebnis.status == Status.erfuellt:
                fertig.add(n)
    out = {}
    for n in norms:
        if n in fehler:
            norm_text = verlauf[n][0][5].norm if verlauf[n] else n
            out[n] = projektion.Projektion(None, None, [], [], f"Frühester Termin nicht berechenbar: interner Fehler der "
                                           f"Regel-Engine ({fehler[n]}); bitte als Fehler melden.", n, norm_text, {}, None,
                                           tuple(annahmen))
        else:
            out[n] = projektion._auswerten(n, verlauf[n], stichtag, bis, annahmen)
    return out
