"""„Frühestens ab“: which days of the projection (:mod:`kimrules.fristen.projektion`) are screened.

``fruehestens(screener, sachverhalt, stichtag, norm)`` and ``projektionen(...)`` (several norms in one
pass) answer from which day on every requirement holds that time alone can fix. Between two candidate
days (:func:`kimrules.fristen.projektion.kandidaten`, about 150 in 18 months) nothing a rule can see
changes; screening each of them is exact but slow. This module screens few of them and gives the same
answer, because

1. **a result depends on the facts only through their class among the comparisons the rules
   make** (the thresholds of the version in force, parameters resolved; :mod:`kimrules.engine.klassen`):
   a month counter going from 50 to 51, or from 72 to 73, changes nothing if the rules ask
   ``mindestens: 72``. The key of a day is therefore, per norm, the version and, per fact used,
   that class (:func:`lage`), not the value;
2. **between two days on which something happens** (a date of the file itself or the day after an
   end, a planned event, a day on which a new version or parameter value applies; :func:`ereignistage`) the
   derived facts only count time (months of residence, age, months since an event): the key is
   found at both ends of such a stretch and, where it differs, the first day of the change is
   found by halving the candidate days in between; where the version differs, it changes on the
   event day that ends the stretch, so only the days before it need searching: the day before it is
   looked at first, or, when that day brings nothing but new versions (no date of the file, no
   planned event, no new parameter value), its facts continue those of the stretch, and read under
   the old version they show whether anything changes before it at all: if nothing does, no day
   before it is derived, else the stretch is halved; such a day ends no stretch of a norm whose
   version stays (it is derived only with the modules of the versions that change). All of this
   needs one thing of the derivation: a fact depends on the day only by counting time and through
   the dates of the file, the planned events and the parameter values (a date the law names is a
   parameter in ``rules/parameter/``), never through the version of a rule;
   a day searched for one norm only is derived with that norm's facts only (``derive(..., module=...)``);
3. **only the first day with the fewest requirements not met counts**: a stretch is not halved
   when the requirements not met at both ends whose facts keep their class there (so they are
   not met on every day in between) are already more than on the best day found so far, or as
   many and that day lies before the stretch.

The days found are screened with the same screener and evaluated by
:func:`kimrules.fristen.projektion._auswerten`, so the decision is durable-rules' as everywhere.
``tests/unit/test_projektion.py`` compares the answer with screening every candidate day, on
generated clients with planned events and households and on hand-made cases.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import Any, Optional, Sequence

from kimrules.fristen import projektion
from kimrules.regelwerk.conditions import Fakt, ParameterRef, facts_used, walk
from kimrules.basis.dates import add_months, format_datum
from kimrules.fakten.derive import derive
from kimrules.fakten.derive_norms import MODULE
from kimrules.basis.errors import EngineError
from kimrules.engine import klassen
from kimrules.engine.outcome import Status

_SCHWELLEN: dict[tuple, tuple[tuple[str, tuple[float, ...]], ...]] = {}


def schwellen(fassung: Any) -> tuple[tuple[str, tuple[float, ...]], ...]:
    """Per fact the version tests: the bounds of the classes its comparisons make (:func:`kimrules.engine.klassen.grenzen`;
    empty for yes/no facts)."""
    key = (fassung.pfad, fassung.sha256, tuple(sorted(fassung.parameter.items())))
    hit = _SCHWELLEN.get(key)
    if hit is None:
        vergleiche: dict[str, set[tuple[str, float]]] = {}
        for v in fassung.datei.voraussetzungen:
            for _, node in walk(v.bedingung):
                if isinstance(node, Fakt):
                    s = vergleiche.setdefault(node.fakt, set())
                    op = node.operand
                    if node.operator != "ist":
                        s.add((node.operator, float(fassung.parameter[op.parameter] if isinstance(op, ParameterRef) else op)))
        hit = _SCHWELLEN[key] = tuple((f, klassen.grenzen(s)) for f, s in vergleiche.items())
    return hit


def lage(wert: Any, grenzen: tuple[float, ...]) -> Any:
    """The class of ``wert`` among the ``grenzen`` of :func:`schwellen`: equal for all values the rules cannot tell apart.

    >>> g = klassen.grenzen([("mindestens", 48), ("mehr_als", 72)])
    >>> [lage(v, g) for v in (None, 10, 48, 50, 72, 73, 99)]
    [None, 0, 1, 1, 1, 2, 2]
    >>> lage(True, ())
    True
    """
    if wert is None or isinstance(wert, bool) or not grenzen:
        return wert
    return bisect_right(grenzen, wert)


_FELDER: dict[tuple, dict[str, tuple[int, ...]]] = {}


def _felder(fassung: Any) -> dict[str, tuple[int, ...]]:
    """Per requirement id, the positions in :func:`schwellen` of the facts it reads."""
    key = (fassung.pfad, fassung.sha256, tuple(sorted(fassung.parameter.items())))
    hit = _FELDER.get(key)
    if hit is None:
        pos = {f: x for x, (f, _) in enumerate(schwellen(fassung))}
        hit = _FELDER[key] = {v.id: tuple(pos[f] for f in facts_used(v.bedingung)) for v in fassung.datei.voraussetzungen}
    return hit


_REGELSTAND: dict[tuple, tuple] = {}


def _regelstand(regelwerk: Any, norms: Sequence[str], tag: date) -> tuple:
    """What the rules bring on ``tag``: per norm the version and its parameters, per parameter the value in force
    (the same few days for every client: remembered per rule set, kept with it so that its id stays its own)."""
    key = (id(regelwerk), tuple(norms), tag)
    hit = _REGELSTAND.get(key)
    if hit is not None and hit[0] is regelwerk:
        return hit[1]
    stand = _regelstand_neu(regelwerk, norms, tag)
    if len(_REGELSTAND) >= 10_000:
        _REGELSTAND.clear()
    _REGELSTAND[key] = (regelwerk, stand)
    return stand


def _kopf(regelwerk: Any, norm: str, tag: date, fassung: Any) -> tuple:
    """What tells the rules of ``norm`` on ``tag`` apart: the version in force (``fassung``) with its parameters,
    or, where none applies, (None, why not)."""
    if fassung is None:
        return None, regelwerk.geltung(norm, tag)
    return fassung.pfad, tuple(sorted(fassung.parameter.items()))


def _regelstand_neu(regelwerk: Any, norms: Sequence[str], tag: date) -> tuple:
    fassungen = [_kopf(regelwerk, n, tag, regelwerk.select(n, tag)) for n in norms]
    werte = []
    for name, p in sorted(regelwerk.parameter.items()):
        w = p.wert_am(tag)
        werte.append((name, None if w is None else (w.gueltig_ab, w.belegt_bis is None or tag <= w.belegt_bis)))
    return tuple(fassungen), tuple(werte)


def ereignistage(s: Any, regelwerk: Any, norms: Sequence[str], tage: Sequence[date],
                 anker: Optional[set[date]] = None) -> list[int]:
    """Indices in ``tage`` of the first and last day and of every day on which something happens: a date of
    the file (``anker``: :func:`kimrules.fristen.projektion._anker` of ``s`` if already known), a planned
    event, or a day on which the rules bring a new version or parameter value."""
    ereignisse: set[date] = set(projektion._geplante_tage(s))
    ereignisse |= projektion._anker(s) if anker is None else anker
    regeltage = projektion._regelwerk_tage(regelwerk)
    out = []
    for i, t in enumerate(tage):
        if i == 0 or i == len(tage) - 1 or t in ereignisse:
            out.append(i)
        elif t in regeltage and _regelstand(regelwerk, norms, t) != _regelstand(regelwerk, norms, tage[i - 1]):
            out.append(i)
    return out


ALLE = frozenset(MODULE)
GRENZE = 10_000  # (norm, day) pairs remembered per screener, then the memory starts over


_MODULE: dict[tuple, frozenset] = {}


def module_fuer(fassung: Any) -> frozenset:
    """The norm-specific derivation modules (:data:`kimrules.fakten.derive_norms.MODULE`) whose facts the version reads."""
    key = (fassung.pfad, fassung.sha256)
    hit = _MODULE.get(key)
    if hit is None:
        gelesen = {f for f, _ in schwellen(fassung)}
        hit = _MODULE[key] = frozenset(m for m in MODULE if gelesen & m.FAKTEN.keys())
    return hit


def _regeln_am(screener: Any) -> Any:
    """``(norm, day) -> (version in force or None, (path, parameters), thresholds per fact, derivation modules
    read)``, remembered with ``screener`` for the whole caseload (the same days come again for every client)."""
    regelwerk = screener.regelwerk
    g = getattr(screener, "_vorausschau", None)
    if g is None or g[0] is not regelwerk:  # the rules were replaced: start over
        g = screener._vorausschau = (regelwerk, {})
    cache = g[1]

    def am(n: str, tag: date) -> tuple:
        hit = cache.get((n, tag))
        if hit is None:
            fassung = regelwerk.select(n, tag)
            kopf = _kopf(regelwerk, n, tag, fassung)
            hit = (None, kopf, None, frozenset()) if fassung is None else (fassung, kopf, schwellen(fassung), module_fuer(fassung))
            if len(cache) >= GRENZE:
                cache.clear()
            cache[(n, tag)] = hit
        return hit
    return am


def projektionen(screener: Any, sachverhalt: Any, stichtag: date, norms: Optional[Sequence[str]] = None, *,
                 horizont_monate: int = projektion.HORIZONT_MONATE) -> dict[str, projektion.Projektion]:
    """:func:`fruehestens` for several norms (kennungen; default: every norm) in one pass (see the module head)."""
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
    daten = projektion._anker(sachverhalt)  # every date of the file, read once for both uses
    tage = projektion.kandidaten(sachverhalt, stichtag, bis, rtage, daten)
    staende: dict[tuple, Any] = {}
    fakten: dict[int, tuple[frozenset, Any]] = {}  # day -> (derivation modules run, facts)
    schluessel: dict[tuple[int, int, int], tuple] = {}  # (day, norm, day whose rules) -> key

    def fakten_am(i: int, module: frozenset = ALLE) -> Any:
        """The facts of day i, at least those of the common part and of ``module``: a day searched for one
        norm only is derived without the other norms' modules (they cost about half of a derivation)."""
        hit = fakten.get(i)
        if hit is not None and module <= hit[0]:
            return hit[1]
        if hit is not None:
            module = module | hit[0]
        tag = tage[i]
        plan = tuple(t for t in geplant if t <= tag)
        if projektion._pass_laeuft_ab(projektion.pass_am(sachverhalt, tag), stichtag, tag):
            plan += (tag,)  # as projektion.stand_am assumes: the renewed passport (also a planned one) is valid on this very day
        sv = staende.get(plan)
        if sv is None:
            sv = staende[plan] = projektion.stand_am(sachverhalt, stichtag, tag, perioden=perioden)
        f = derive(sv, tag, regelwerk.parameter, module=None if module == ALLE else module)
        fakten[i] = (module, f)
        return f

    stand_der_regeln = _regeln_am(screener)

    def key(i: int, j: int, regeln_von: Optional[int] = None) -> tuple:
        """What decides norm j on day i: version, parameters and the class of every fact it reads (``regeln_von``:
        the facts of day i under the version in force on that other day)."""
        r = i if regeln_von is None else regeln_von
        k = schluessel.get((i, j, r))
        if k is None:
            fassung, kopf, grenzen, module = stand_der_regeln(norms[j], tage[r])
            if fassung is None:  # not in force, or not modelled: (None, geltung), which changes only on event days
                k = kopf
            else:
                werte = fakten_am(i, module).werte
                k = (*kopf, tuple([lage(werte.get(f), g) for f, g in grenzen]))
            schluessel[(i, j, r)] = k
        return k

    # per norm, the result of a day, once per distinct key (equal keys give equal decisions; kept for this
    # client only: across a caseload few keys repeat, about eight new ones per client)
    ergebnisse: dict[tuple, tuple] = {}
    fehler: dict[str, str] = {}
    besucht: list[set[int]] = [set() for _ in norms]
    bestes: list[Optional[tuple[int, int]]] = [None for _ in norms]  # (fewest requirements not met, first day)

    def ergebnis(i: int, j: int) -> tuple:
        k = key(i, j)
        hit = ergebnisse.get((norms[j], k))
        if hit is None:
            fassung, _, _, module = stand_der_regeln(norms[j], tage[i])
            e = screener.screen_facts(fakten_am(i, module), norms[j])
            hit = (projektion._nicht_erfuellt(e), e.status, fassung.datei.gueltig_ab if fassung else None,
                   {b.id: b.titel for b in e.voraussetzungen}, e)
            ergebnisse[(norms[j], k)] = hit
        return hit

    def besuchen(i: int, j: int) -> None:
        try:
            r = ergebnis(i, j)
        except EngineError as exc:  # a broken version must not hide the other pathways
            fehler.setdefault(norms[j], f"{exc.message} (am {format_datum(tage[i])})")
            return
        besucht[j].add(i)
        if r[0] is not None and (bestes[j] is None or (len(r[0]), i) < bestes[j]):
            bestes[j] = (len(r[0]), i)

    def untergrenze(a: int, b: int, j: int) -> int:
        """Requirements certainly not met on every day between a and b (-1: unknown, e.g. a new version at b)."""
        ka, kb = key(a, j), key(b, j)
        ra, rb = ergebnis(a, j), ergebnis(b, j)
        if ra[0] is None or rb[0] is None or ka[:2] != kb[:2]:
            return -1
        felder = _felder(stand_der_regeln(norms[j], tage[a])[0])
        return sum(1 for r in ra[0] & rb[0] if all(ka[2][x] == kb[2][x] for x in felder[r]))

    def verfeinern(a: int, b: int, j: int) -> None:
        if norms[j] in fehler or b == a + 1:
            return
        ka, kb = key(a, j), key(b, j)
        if ka == kb:
            return
        # any day in between gives the same answer, the choice only saves days
        if ka[:2] != kb[:2]:  # a new version on b (an event day): only the days before it need searching
            if b in nur_fassung:
                if ka == key(b, j, regeln_von=a):
                    return  # b's facts continue those of the days before it and, read under a's version, are a's
                m = (a + b) // 2
            else:
                m = b - 1
        else:
            g = untergrenze(a, b, j)
            best = bestes[j]
            if best is not None and g >= 0 and (g > best[0] or (g == best[0] and best[1] <= a)):
                return  # no day in between can be the first with the fewest requirements not met
            m = (a + b) // 2
        besuchen(m, j)
        verfeinern(a, m, j)
        verfeinern(m, b, j)

    anker = ereignistage(sachverhalt, regelwerk, norms, tage, daten)
    # event days on which only versions change: nothing of the file, no planned event, no parameter value
    geplant_oder_akte = daten.union(geplant)
    nur_fassung = {i for i in anker[1:-1] if tage[i] not in geplant_oder_akte
                   and _regelstand(regelwerk, norms, tage[i])[1] == _regelstand(regelwerk, norms, tage[i - 1])[1]}

    def neu(i: int, j: int) -> bool:
        """Does norm j get a new version (or new parameters, or comes into force) on day i?"""
        return stand_der_regeln(norms[j], tage[i])[1] != stand_der_regeln(norms[j], tage[i - 1])[1]

    # per norm, its event days: one that brings only new versions of other norms continues its stretch
    anker_der_norm = [[i for i in anker if i not in nur_fassung or neu(i, j)] for j in range(len(norms))]
    for i in anker:  # derived once: with every module, or with those of the versions that change there
        if i in nur_fassung:
            fakten_am(i, frozenset().union(*(stand_der_regeln(norms[j], tage[t])[3] for j in range(len(norms))
                                              if neu(i, j) for t in (i - 1, i))))
        else:
            fakten_am(i)
    for j in range(len(norms)):
        for i in anker_der_norm[j]:
            if norms[j] not in fehler:
                besuchen(i, j)
        for a, b in zip(anker_der_norm[j], anker_der_norm[j][1:]):
            verfeinern(a, b, j)

    verlauf: dict[str, list[tuple]] = {n: [] for n in norms}
    for j, n in enumerate(norms):
        letzter = None
        for i in sorted(besucht[j]):
            k = key(i, j)
            if k == letzter:
                continue
            letzter = k
            ne, status, fassung_ab, titel, e = ergebnis(i, j)
            verlauf[n].append((tage[i], ne, status, fassung_ab, titel, e))
            if status == Status.erfuellt:
                break  # nothing later can be earlier
    out = {}
    for n in norms:
        if n in fehler:
            norm_text = verlauf[n][0][5].norm if verlauf[n] else n
            out[n] = projektion.Projektion(None, None, [], [], f"Frühester Termin nicht berechenbar: interner Fehler der "
                                           f"Regel-Engine ({fehler[n]}); bitte als Fehler melden.", n, norm_text, {}, None,
                                           tuple(annahmen))
        else:
            out[n] = projektion._mit_pass(screener, sachverhalt, stichtag,
                                          projektion._auswerten(n, verlauf[n], stichtag, bis, annahmen))
    return out


def fruehestens(screener: Any, sachverhalt: Any, stichtag: date, norm: str, *,
                horizont_monate: int = projektion.HORIZONT_MONATE) -> projektion.Projektion:
    """The earliest date on which ``norm`` (kennung) is met as far as time can make it so (see the module head)."""
    return projektionen(screener, sachverhalt, stichtag, [norm], horizont_monate=horizont_monate)[norm]
