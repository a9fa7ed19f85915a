"""Which unknown facts are worth asking: only those whose answer can change a result.

A pathway's status is the Kleene minimum of its requirements, and a requirement's
status is the Kleene value of its condition tree (:mod:`kimrules.logic`). Answering a
question only turns *unbekannt* into a value, so (Kleene logic is monotone) it can
change only what is *ungeklärt* now. Hence a fact is asked

* only for a pathway that is ungeklärt – or not met only in requirements that time
  alone will fulfil (the earliest-date projection, "später möglich"): a pathway closed
  by anything else stays closed whatever the answer;
* only where it is a leaf of an ungeklärt requirement reached through ungeklärt nodes
  only: a leaf under a decided node (an ``alle`` with a failed part, an ``eine_von``
  with a met part) cannot change the requirement, whatever the other answers;
* once per person, with every pathway (and household right) it can change.

The same holds for the household: the members' own pathways, and a family-derived right
that is ungeklärt because the anchor person's pathway is ungeklärt lists the anchor's
questions for that pathway as well (the fact ``stammrecht_erfuellt`` is never asked).

Order: the questions that can change the most pathways first; among equals the one
whose answer alone can settle a requirement (``entscheidet``), then the order of the
pathways and requirements in the report.

A household member who already has an open way (own or derived) is asked nothing more.

Pure: reads results (:class:`kimrules.engine.outcome.Ergebnis`, with their explanation trees)
and the earliest-date projections, never the clock. :func:`fragen` takes a whole
:class:`kimrules.vorpruefung.Vorpruefung`; :func:`fragen_aus` its parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional, Protocol, Sequence

from kimrules.engine.logic import compare
from kimrules.engine.outcome import Ergebnis, Knoten, Status
from kimrules.fakten import catalog
from kimrules.fristen.projektion import Projektion
from kimrules.pruefung.haushalt import HAUPTPERSON, Haushaltsergebnis


class _MitErgebnissen(Protocol):
    """What :func:`fragen` reads of a :class:`kimrules.vorpruefung.Vorpruefung`."""

    ergebnisse: Sequence[Ergebnis]
    projektionen: Mapping[str, Projektion]
    haushalt: Optional[Haushaltsergebnis]

T, U, F = Status.erfuellt, Status.ungeklaert, Status.nicht_erfuellt

# facts that are the result of another screening, not something to find out: their questions
# are those of that screening (the anchor person's pathway, the member's own pathway)
ABGELEITETE_FAKTEN = frozenset({"stammrecht_erfuellt", "eigene_voraussetzungen_erfuellt"})


@dataclass(frozen=True)
class Weg:
    """A pathway (or household right) whose status an answer can change."""

    kennung: str  # e.g. aufenthg_25b or aufenthg_25b_abs4
    norm: str  # e.g. "§ 25b AufenthG"
    person: str  # whose pathway: "Hauptperson" or the member's role
    voraussetzungen: tuple[str, ...]  # requirement ids the answer can change

    @property
    def text(self) -> str:
        return self.norm if self.person == HAUPTPERSON else f"{self.norm} ({self.person})"


@dataclass(frozen=True)
class Frage:
    """One question for one person."""

    fakt: str  # engine fact name (kimrules.catalog)
    frage: str  # what to find out, in German
    titel: str  # the fact's German name
    person: str  # "Hauptperson" or the member's role (whose file the answer goes into)
    wege: tuple[Weg, ...]  # every pathway the answer can change, in report order
    entscheidet: bool  # an answer alone can settle one of the requirements

    def als_dict(self) -> dict[str, Any]:
        return {
            "fakt": self.fakt,
            "frage": self.frage,
            "titel": self.titel,
            "person": self.person,
            "entscheidet": self.entscheidet,
            "wege": [
                {"kennung": w.kennung, "norm": w.norm, "person": w.person, "voraussetzungen": list(w.voraussetzungen)}
                for w in self.wege
            ],
        }


# -- the condition tree -----------------------------------------------------------------------------
def offene_blaetter(k: Knoten) -> list[Knoten]:
    """Unknown fact leaves reachable from ``k`` through ungeklärt nodes only.

    Only such a leaf can change ``k``: below a decided node the answer cannot matter.
    """
    return _blaetter(k, nur_ungeklaert=True)


def _blaetter(k: Knoten, nur_ungeklaert: bool = False) -> list[Knoten]:
    """The fact leaves below ``k``; with ``nur_ungeklaert`` only those reached through ungeklärt nodes."""
    if nur_ungeklaert and k.status is not U:
        return []
    if k.art == "fakt":
        return [k]
    return [blatt for c in k.kinder for blatt in _blaetter(c, nur_ungeklaert)]


def _mit(k: Knoten, fakt: str, wert: object) -> Status:
    """The status of ``k`` if ``fakt`` had the value ``wert`` (other unknowns stay unknown)."""
    if k.art == "fakt":
        if k.fakt != fakt or k.status is not U:
            return k.status
        return T if compare(k.vergleich, wert, k.operand) else F  # type: ignore[arg-type]
    if k.art == "einzelfall":
        return U
    kids = [_mit(c, fakt, wert) for c in k.kinder]
    if k.art == "nicht":
        return {T: F, F: T, U: U}[kids[0]]
    ranks = [s.rank for s in kids]
    return Status.from_rank(min(ranks) if k.art == "alle" else max(ranks))


def _werte(blaetter: Iterable[Knoten]) -> list[object]:
    """Values that put each leaf on either side of its comparison."""
    out: list[object] = []
    for b in blaetter:
        if isinstance(b.operand, bool) or b.vergleich == "ist":
            out += [True, False]
        else:
            o = float(b.operand)  # type: ignore[arg-type]
            out += [o - 1, o, o + 1]
    return out


def entscheidet(baum: Knoten, fakt: str) -> bool:
    """Whether an answer to ``fakt`` alone settles the requirement (erfüllt or nicht erfüllt)."""
    blaetter = [b for b in _blaetter(baum) if b.fakt == fakt]
    return any(_mit(baum, fakt, w) is not U for w in _werte(blaetter))


# -- pathways -----------------------------------------------------------------------------------------
def kann_sich_aendern(e: Ergebnis, projektion: Optional[Projektion] = None) -> bool:
    """Whether an answer can still change this pathway: ungeklärt, or not met only in requirements
    that time will fulfil by a known date (the projection's ``zeitabhaengig``)."""
    if e.fassung is None or e.status is T or e.keine_neuerteilung_ab is not None:
        return False
    if e.status is U:
        return True
    if projektion is None or projektion.datum is None:
        return False
    zeit = set(projektion.zeitabhaengig)
    return bool(zeit) and all(b.id in zeit for b in e.voraussetzungen if b.status is F)


class _Sammlung:
    """Questions collected per (person, fact), with the pathways they can change."""

    def __init__(self) -> None:
        self.eintraege: dict[tuple[str, str], dict[str, Any]] = {}

    def add(self, person: str, fakt: str, frage: Optional[str], weg: tuple[str, str, str], req: str, baum: Knoten) -> None:
        e = self.eintraege.get((person, fakt))
        if e is None:
            info = catalog.FAKTEN[fakt]
            e = self.eintraege[(person, fakt)] = {"wege": {}, "entscheidet": False, "pos": len(self.eintraege),
                                                  "frage": frage or info.frage, "titel": info.titel}
        kennung, norm, wer = weg
        e["wege"].setdefault((kennung, wer), (norm, []))[1].append(req)
        e["entscheidet"] = e["entscheidet"] or entscheidet(baum, fakt)

    def sammeln(self, person: str, e: Ergebnis, weg: Optional[tuple[str, str, str]] = None) -> None:
        """The questions of the ungeklärt requirements of ``e`` (a pathway of ``person``); ``weg``:
        the pathway they count for, if another than ``e`` itself (a derived right)."""
        weg = weg or (e.kennung, e.norm, person)
        for b in e.voraussetzungen:
            if b.status is not U:
                continue
            baum = b.erklaerung
            for blatt in offene_blaetter(baum):
                if blatt.fakt is None or blatt.fakt in ABGELEITETE_FAKTEN:
                    continue
                self.add(person, blatt.fakt, e.fragetexte.get(blatt.fakt), weg, b.id, baum)

    def ergebnis(self) -> list[Frage]:
        out = []
        for (person, fakt), e in self.eintraege.items():
            wege = tuple(Weg(k, norm, wer, tuple(dict.fromkeys(reqs))) for (k, wer), (norm, reqs) in e["wege"].items())
            out.append(((-len(wege), not e["entscheidet"], e["pos"]),
                        Frage(fakt, e["frage"], e["titel"], person, wege, e["entscheidet"])))
        return [f for _, f in sorted(out, key=lambda t: t[0])]


def fragen_aus(ergebnisse: Sequence[Ergebnis], projektionen: Optional[Mapping[str, Projektion]] = None,
               haushalt: Optional[Haushaltsergebnis] = None) -> list[Frage]:
    """The questions worth asking, most effective first (see module doc).

    ``ergebnisse``: the main person's pathways; ``projektionen``: per kennung the earliest-date
    projection (pathways not met today that time opens); ``haushalt``: the household or None.
    """
    s = _Sammlung()
    projektionen = projektionen or {}
    for e in ergebnisse:
        if kann_sich_aendern(e, projektionen.get(e.kennung)):
            s.sammeln(HAUPTPERSON, e)
    if haushalt is not None:
        personen = haushalt.personen
        for p in personen[1:]:
            if any(x.status is T for x in (*p.eigene, *p.abgeleitet)):
                continue  # a way is open for this member already: nothing to ask for them
            for e in p.eigene:
                if kann_sich_aendern(e):
                    s.sammeln(p.rolle, e)
            for a in p.abgeleitet:
                if a.status is not U:
                    continue
                weg = (a.kennung, a.norm, p.rolle)
                s.sammeln(p.rolle, a.ergebnis, weg)
                # ungeklärt because the anchor's pathway is: the anchor's questions can open it too
                stamm = next((q for q in personen if q.rolle in a.stamm), None)
                if a.stammstatus is U and stamm is not None:
                    quelle = next((e for e in stamm.eigene if e.norm == a.stammnorm), None)
                    if quelle is not None:
                        s.sammeln(stamm.rolle, quelle, weg)
                # ungeklärt because the member's own requirements are: the member's own questions
                if any(b.status is U and b.id == "eigene_voraussetzungen" for b in a.ergebnis.voraussetzungen):
                    eigen = next((e for e in p.eigene if e.norm == a.stammnorm), None)
                    if eigen is not None:
                        s.sammeln(p.rolle, eigen, weg)
    return s.ergebnis()


def fragen(v: _MitErgebnissen) -> list[Frage]:
    """The questions of one Vorprüfung, most effective first: each once per person, with the
    pathways (and household rights) its answer can change."""
    return fragen_aus(v.ergebnisse, v.projektionen, v.haushalt)
