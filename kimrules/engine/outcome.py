"""Result types of a screening (Vorprüfung)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Callable, Mapping, Optional, Union

from kimrules.fakten import catalog
from kimrules.regelwerk.conditions import COMPARISON_TEXT


# printed with every result: what it is and who decides
VORPRUEFUNG = (
    "Vorprüfung – keine Entscheidung. Die Ausländer- bzw. Einbürgerungsbehörde entscheidet; "
    "Ermessen und Einzelfall bleiben ihr vorbehalten."
)


class Status(str, Enum):
    erfuellt = "erfuellt"
    nicht_erfuellt = "nicht_erfuellt"
    ungeklaert = "ungeklaert"

    @property
    def text(self) -> str:
        return {"erfuellt": "erfüllt", "nicht_erfuellt": "nicht erfüllt", "ungeklaert": "ungeklärt"}[self.value]

    @property
    def rank(self) -> int:
        """Kleene order F < U < T (also the number the engine works with)."""
        return {"nicht_erfuellt": 0, "ungeklaert": 1, "erfuellt": 2}[self.value]

    @classmethod
    def from_rank(cls, rank: int) -> "Status":
        return (cls.nicht_erfuellt, cls.ungeklaert, cls.erfuellt)[rank]


@dataclass(frozen=True)
class Knoten:
    """One node of the explanation tree of a requirement, recorded while evaluating.

    The German sentence (``text``) is built only when it is read.
    """

    status: Status
    art: str  # fakt | alle | eine_von | nicht | einzelfall
    fakt: Optional[str] = None
    kinder: tuple["Knoten", ...] = ()
    wert: object = None  # the fact's value (None: unknown) or the Einzelfall reason
    vergleich: str = ""  # e.g. "mindestens" (leaves only)
    operand: object = None

    @property
    def text(self) -> str:
        return describe(self)


class Erklaerung:
    """The explanation of one requirement: the tree and what follows from it.

    ``fakten`` (fact title -> how it was obtained, only facts the rule uses) may be given as a
    function: the Herleitung sentences are then built when ``fakten`` is first read (a caseload
    row reads only the questions).
    """

    __slots__ = ("baum", "_fakten", "fehlend", "einzelfall", "naechster_schritt")

    def __init__(self, baum: Knoten, fakten: Union[dict[str, str], Callable[[], dict[str, str]]], fehlend: tuple[str, ...],
                 einzelfall: tuple[str, ...], naechster_schritt: Optional[str]) -> None:
        self.baum = baum
        self._fakten = fakten
        self.fehlend = fehlend  # questions to ask for unknown facts
        self.einzelfall = einzelfall  # reasons for discretion / open questions that made it ungeklärt
        self.naechster_schritt = naechster_schritt

    @property
    def fakten(self) -> dict[str, str]:
        if callable(self._fakten):
            self._fakten = self._fakten()
        return self._fakten


class Befund:
    """Result for one requirement.

    ``status`` is what the engine decided. The explanation is taken from the facts of
    the same evaluation (a frozen snapshot) and built on first access, cross-checked
    against the engine's decisions; screening many clients does not pay for texts
    nobody reads.
    """

    __slots__ = ("id", "titel", "fundstelle", "art", "status", "nachweise", "_explain", "_erklaerung")

    def __init__(self, id: str, titel: str, fundstelle: str, art: str, status: Status,
                 nachweise: tuple[str, ...], explain: Callable[[], Erklaerung]) -> None:
        self.id, self.titel, self.fundstelle, self.art = id, titel, fundstelle, art
        self.status, self.nachweise = status, nachweise
        self._explain: Optional[Callable[[], Erklaerung]] = explain
        self._erklaerung: Optional[Erklaerung] = None

    def _get(self) -> Erklaerung:
        if self._erklaerung is None:
            assert self._explain is not None
            self._erklaerung = self._explain()
            self._explain = None
        return self._erklaerung

    @property
    def erklaerung(self) -> Knoten:
        return self._get().baum

    @property
    def fakten(self) -> dict[str, str]:
        return self._get().fakten

    @property
    def fehlend(self) -> tuple[str, ...]:
        return self._get().fehlend

    @property
    def einzelfall(self) -> tuple[str, ...]:
        return self._get().einzelfall

    @property
    def naechster_schritt(self) -> Optional[str]:
        return self._get().naechster_schritt

    def __repr__(self) -> str:
        return f"Befund({self.id!r}, {self.status.value})"


@dataclass(frozen=True)
class Quittung:
    kimrules_version: str
    regeldatei: str
    regeldatei_sha256: str
    regelwerk_sha256: str
    stichtag: str  # ISO
    praxis: Optional[str] = None  # the practice overlay applied (rules/praxis/…), None: none chosen or none in force


@dataclass(frozen=True)
class Ergebnis:
    """Result for one pathway (norm) on one Stichtag."""

    kennung: str
    norm: str
    titel: str
    fassung: Optional[str]
    gueltig_ab: Optional[str]
    gueltig_bis: Optional[str]
    quelle: Optional[str]
    stand_hinweis: Optional[str]
    rechtsfolge: Optional[str]
    rechtsfolge_text: Optional[str]
    status: Status
    voraussetzungen: tuple[Befund, ...]
    quittung: Quittung
    hinweis: Optional[str] = None  # e.g. norm not in force on the Stichtag
    parameter: dict[str, str] = field(default_factory=dict)
    # ISO date from which the version grants nothing new (rule file: keine_neuerteilung), else None
    keine_neuerteilung_ab: Optional[str] = None
    # per fact, the question worded for this client file where it differs from the catalogue's
    fragetexte: Mapping[str, str] = field(default_factory=dict)
    # in_kraft | nicht_in_kraft (norm not yet in force: nicht erfüllt) | fassung_nicht_abgebildet (the
    # version in force on the Stichtag is not modelled: ungeklärt, no requirement judged); see
    # kimrules.regelwerk.rules.Geltung
    geltung: str = "in_kraft"


def _fmt(value: object) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


_CONNECTIVE = {"alle": "alle der folgenden:", "eine_von": "mindestens eine der folgenden:", "nicht": "nicht:"}


def describe(k: Knoten) -> str:
    """German sentence for a node of the explanation tree."""
    if k.art == "einzelfall":
        return str(k.wert)
    if k.art != "fakt":
        return _CONNECTIVE[k.art]
    info = catalog.FAKTEN[k.fakt]  # type: ignore[index]
    want = f"{COMPARISON_TEXT[k.vergleich]} {_fmt(k.operand)} {info.einheit}".strip()
    if k.status is Status.ungeklaert:
        return f"{info.titel}: unbekannt (erforderlich: {want})"
    return f"{info.titel}: {_fmt(k.wert)} {info.einheit}".rstrip() + f" (erforderlich: {want})"
