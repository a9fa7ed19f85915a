"""One row per person of a caseload: the summary of a :class:`Vorpruefung` that a caseload keeps.

:func:`personen` turns the Vorprüfung of one client record into one :class:`Person` per person
of it (the main person and each household member). A :class:`Person` is small and picklable (it
travels from the worker processes): per pathway the overview's situation (*lage*, as
:mod:`kimrules.ausgabe.uebersicht` decides it), the status, the earliest date and the
requirements not met; plus the person's dated deadlines and the number of open questions.
Explanations are built only where the row needs them: the open questions of the best pathway.

The best pathway is one whose version still grants before one that grants nothing new any more
(§ 104c since 31.12.2025: its holders must move to § 25a or § 25b, and whether an application
filed in time can still be granted is open), then the first by situation (jetzt möglich, später
möglich, zu klären, verschlossen, nicht in Kraft), then earliest date, then fewest requirements
not met, then the order of the rule set. Household members are screened on their own pathways and the derived
rights; "frühestens ab" and the deadline ledger belong to the main person's file.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple, Optional

from kimrules.ausgabe import uebersicht
from kimrules.engine.outcome import Status

LAGE_RANG = {lage: i for i, lage in enumerate(uebersicht.LAGEN)}
HAUPTPERSON = "Hauptperson"
SPALTEN = ("aktenzeichen", "person", "weg", "kennung", "lage", "status", "fruehestens_ab", "naechste_frist",
           "naechste_frist_art", "hindernisse", "offene_fragen", "quelle")


class Hindernis(NamedTuple):
    """A requirement of a pathway that is not erfüllt."""

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
    geprueft: tuple[str, ...] = ()  # ids of every requirement of that version (met or not)
    keine_neuerteilung: bool = False  # the version grants nothing new any more (rule file: keine_neuerteilung)


_FELDER = ("akte", "kennzeichen", "rolle", "quelle", "wege", "bester_index", "fristen", "naechste_frist", "offene_fragen")


class Person:
    """One person of a record: per pathway its :class:`Weg`, the best of them, the deadlines and
    the number of open questions.

    ``akte``: Aktenzeichen of the record; ``kennzeichen``: the Aktenzeichen, for a household member
    with its role (never a name); ``quelle``: file[:line]; ``fristen``: dated deadlines (incl.
    earliest dates after the Stichtag); ``naechste_frist``: (date, title) of the next deadline on or
    after the Stichtag. Immutable by convention. A person travels from the worker processes by
    pickle as plain tuples (read back several times faster than named tuples); its pathways become
    :class:`Weg` objects again when first used (a row reads only the best).
    """

    __slots__ = ("akte", "kennzeichen", "rolle", "quelle", "_wege", "bester_index", "fristen", "naechste_frist", "offene_fragen")

    def __init__(self, akte: str, kennzeichen: str, rolle: str, quelle: str, wege: tuple, bester_index: Optional[int],
                 fristen: tuple[date, ...], naechste_frist: Optional[tuple[date, str]], offene_fragen: int) -> None:
        self.akte, self.kennzeichen, self.rolle, self.quelle = akte, kennzeichen, rolle, quelle
        self._wege = tuple(wege)  # Weg objects, or plain tuples as they came from a worker process
        self.bester_index, self.fristen, self.naechste_frist, self.offene_fragen = bester_index, fristen, naechste_frist, offene_fragen

    @property
    def wege(self) -> tuple[Weg, ...]:
        if any(type(w) is tuple for w in self._wege):
            self._wege = tuple([_als_weg(w) for w in self._wege])
        return self._wege

    @property
    def bester(self) -> Optional[Weg]:
        return None if self.bester_index is None else _als_weg(self._wege[self.bester_index])

    def _werte(self) -> tuple:
        return tuple(getattr(self, name) for name in _FELDER)

    def __reduce__(self) -> tuple:
        wege = tuple([w if type(w) is tuple else (*w[:6], tuple([tuple(h) for h in w.hindernisse]), *w[7:]) for w in self._wege])
        return (Person, (self.akte, self.kennzeichen, self.rolle, self.quelle, wege, self.bester_index, self.fristen,
                         self.naechste_frist, self.offene_fragen))

    def __eq__(self, other: object) -> bool:
        return type(other) is Person and self._werte() == other._werte()

    def __hash__(self) -> int:
        return hash(self._werte())

    def __repr__(self) -> str:
        return "Person(" + ", ".join(f"{name}={wert!r}" for name, wert in zip(_FELDER, self._werte())) + ")"

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


def _als_weg(w: tuple) -> Weg:
    """A pathway as it travelled (plain tuples) as a :class:`Weg` again."""
    if type(w) is not tuple:
        return w
    return Weg(*w[:6], tuple([Hindernis._make(h) for h in w[6]]), *w[7:])


def bester(wege: list[Weg]) -> Optional[int]:
    """Index of the best pathway (see the module head)."""
    if not wege:
        return None
    return min(range(len(wege)), key=lambda i: (
        wege[i].keine_neuerteilung, LAGE_RANG[wege[i].lage], wege[i].fruehestens or date.max,
        sum(h.status == "nicht_erfuellt" for h in wege[i].hindernisse), len(wege[i].hindernisse), i))


_WERT = {s: s.value for s in Status}  # a dict lookup is cheaper than the enum's value property


def _weg(e: Any, kennung: str, projektion: Any) -> Weg:
    """The pathway's row data: the situation as the overview decides it, from status and projection."""
    status = _WERT[e.status]
    ab = projektion.datum if projektion is not None else None
    lage = uebersicht.lage_von(status, e.geltung, e.gueltig_ab, ab, projektion.nicht_durch_zeit if projektion is not None else None)
    hindernisse = tuple([Hindernis(b.id, b.titel, b.fundstelle, _WERT[b.status])
                         for b in e.voraussetzungen if b.status is not Status.erfuellt])
    return Weg(kennung, e.norm, e.titel, lage, status, ab if lage == "spaeter" else None, hindernisse, e.gueltig_ab,
               tuple([b.id for b in e.voraussetzungen]), e.keine_neuerteilung_ab is not None)


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
            # as pruefen shows them (kurzfassung.fristen_die_zaehlen): none of a pathway closed for good
            zu = {w.kennung for w in wege if w.lage in uebersicht.GESCHLOSSEN}
            for f in v.fristen:
                if f.datum is not None and (f.norm is None or f.norm not in zu):
                    tage.append(f.datum)
                    if f.datum >= v.stichtag:
                        eintraege.append((f.datum, f.titel))
        kennzeichen = az if i == 0 else f"{az} ({rolle})"
        rolle_text = rolle if i == 0 or not eigenes_az else f"{rolle}, Az. {eigenes_az}"
        fragen = _offene_fragen(ergebnisse[b][1]) if b is not None else 0
        out.append(Person(az, kennzeichen, rolle_text, quelle, tuple(wege), b, tuple(sorted(tage)),
                          min(eintraege, default=None), fragen))
    return out
