"""One row per person of a caseload: the summary of a :class:`Vorpruefung` that a caseload keeps.

:func:`personen` turns the Vorprüfung of one client record into one :class:`Person` per person
of it (the main person and each household member). A :class:`Person` is small and picklable (it
travels from the worker processes): per pathway the overview's situation (*lage*, as
:mod:`kimrules.ausgabe.uebersicht` decides it), the status, the earliest date and the
requirements not met; plus the person's dated deadlines and the number of open questions.
Explanations are built only where the row needs them: the open questions of the best pathway.

The best pathway is the first by situation (jetzt möglich, später möglich, zu klären,
verschlossen, nicht in Kraft), then earliest date, then fewest requirements not met, then the
order of the rule set. Household members are screened on their own pathways and the derived
rights; "frühestens ab" and the deadline ledger belong to the main person's file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple, Optional

from kimrules.ausgabe import uebersicht
from kimrules.engine.outcome import Status

LAGE_RANG = {lage: i for i, lage in enumerate(uebersicht.LAGEN)}
HAUPTPERSON = "Hauptperson"
SPALTEN = ("aktenzeichen", "person", "weg", "kennung", "lage", "status", "fruehestens_ab", "naechste_frist",
           "naechste_frist_art", "hindernisse", "offene_fragen", "quelle")


class Hindernis(NamedTuple):
    """A requirement of a pathway that is not erfüllt. (Rows travel from the worker processes by
    pickle: a named tuple is read back several times faster than a dataclass.)"""

    id: str
    titel: str
    fundstelle: str
    status: str  # "nicht_erfuellt" | "ungeklaert"


class Weg(NamedTuple):
    kennung: str
    norm: str
    titel: str
    lage: str
    status: str
    fruehestens: Optional[date]
    hindernisse: tuple[Hindernis, ...]
    fassung: Optional[str]  # gueltig_ab of the version applied (ISO); None: not in force


@dataclass(frozen=True)
class Person:
    akte: str  # Aktenzeichen of the record
    kennzeichen: str  # the Aktenzeichen, for a household member with its role: never a name
    rolle: str
    quelle: str  # file[:line]
    wege: tuple[Weg, ...]
    bester_index: Optional[int]
    fristen: tuple[date, ...]  # dated deadlines (incl. earliest dates after the Stichtag)
    naechste_frist: Optional[tuple[date, str]]  # (date, title) of the next deadline on or after the Stichtag
    offene_fragen: int

    @property
    def bester(self) -> Optional[Weg]:
        return None if self.bester_index is None else self.wege[self.bester_index]

    @property
    def hauptperson(self) -> bool:
        return self.kennzeichen == self.akte

    def zeile(self) -> dict[str, Any]:
        """The output row (columns :data:`SPALTEN`, described in ``docs/fallbestand.md``)."""
        b = self.bester
        return {
            "aktenzeichen": self.akte,
            "person": self.rolle,
            "weg": b.norm if b else None,
            "kennung": b.kennung if b else None,
            "lage": b.lage if b else None,
            "status": b.status if b else None,
            "fruehestens_ab": b.fruehestens.isoformat() if b and b.fruehestens else None,
            "naechste_frist": self.naechste_frist[0].isoformat() if self.naechste_frist else None,
            "naechste_frist_art": self.naechste_frist[1] if self.naechste_frist else None,
            "hindernisse": [h.titel for h in b.hindernisse] if b else [],
            "offene_fragen": self.offene_fragen,
            "quelle": self.quelle,
        }


def bester(wege: list[Weg]) -> Optional[int]:
    """Index of the best pathway (see the module head)."""
    if not wege:
        return None
    return min(range(len(wege)), key=lambda i: (
        LAGE_RANG[wege[i].lage], wege[i].fruehestens or date.max,
        sum(h.status == "nicht_erfuellt" for h in wege[i].hindernisse), len(wege[i].hindernisse), i))


_WERT = {s: s.value for s in Status}  # a dict lookup is cheaper than the enum's value property


def _weg(e: Any, kennung: str, projektion: Any) -> Weg:
    """The pathway's row data: the situation as the overview decides it, from status and projection."""
    status = _WERT[e.status]
    ab = projektion.datum if projektion is not None else None
    lage = uebersicht.lage_von(status, e.geltung, e.gueltig_ab, ab, projektion.nicht_durch_zeit if projektion is not None else None)
    hindernisse = tuple([Hindernis(b.id, b.titel, b.fundstelle, _WERT[b.status])
                         for b in e.voraussetzungen if b.status is not Status.erfuellt])
    return Weg(kennung, e.norm, e.titel, lage, status, ab if lage == "spaeter" else None, hindernisse, e.gueltig_ab)


def _offene_fragen(e: Any) -> int:
    """Distinct questions of the unclear requirements of one pathway (their explanations are built here)."""
    fragen: dict[str, None] = {}
    for b in e.voraussetzungen:
        if b.status is Status.ungeklaert:
            fragen.update(dict.fromkeys(b.fehlend))
    return len(fragen)


def personen(v: Any, quelle: str) -> list[Person]:
    """Every person of the Vorprüfung ``v`` (:class:`kimrules.vorpruefung.Vorpruefung`) of the record at ``quelle``."""
    az = v.aktenzeichen
    if v.haushalt is not None:
        gruppen = [(p.rolle, p.aktenzeichen, [(e.kennung, e) for e in p.eigene] + [(a.kennung, a.ergebnis) for a in p.abgeleitet])
                   for p in v.haushalt.personen]
        gruppen[0] = (HAUPTPERSON, az, [(e.kennung, e) for e in v.ergebnisse])
    else:
        gruppen = [(HAUPTPERSON, az, [(e.kennung, e) for e in v.ergebnisse])]
    out = []
    for i, (rolle, eigenes_az, ergebnisse) in enumerate(gruppen):
        projektionen = v.projektionen if i == 0 else {}
        wege = [_weg(e, k, projektionen.get(k)) for k, e in ergebnisse]
        b = bester(wege)
        tage: list[date] = []
        eintraege: list[tuple[date, str]] = []
        if i == 0:
            for f in v.fristen:
                if f.datum is not None:
                    tage.append(f.datum)
                    if f.datum >= v.stichtag:
                        eintraege.append((f.datum, f.titel))
        kennzeichen = az if i == 0 else f"{az} ({rolle})"
        rolle_text = rolle if i == 0 or not eigenes_az else f"{rolle}, Az. {eigenes_az}"
        fragen = _offene_fragen(ergebnisse[b][1]) if b is not None else 0
        out.append(Person(az, kennzeichen, rolle_text, quelle, tuple(wege), b, tuple(sorted(tage)),
                          min(eintraege, default=None), fragen))
    return out
