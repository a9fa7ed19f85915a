"""The value types of fact derivation, shared by :mod:`kimrules.fakten.derive`, the norm-specific
derivation modules and the catalog: a catalog entry (:class:`Fakt`), the derived values with
their Herleitung (:class:`Fakten`), three-valued helpers and the German number formats.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable, Iterator, Mapping, Optional, Union

from kimrules.akte.facts import Statusart


@dataclass(frozen=True)
class Fakt:
    typ: type  # bool, int or float
    titel: str
    frage: str
    einheit: str = ""


def _b(titel: str, frage: str) -> Fakt:
    return Fakt(bool, titel, frage)


def _n(typ: type, titel: str, frage: str, einheit: str) -> Fakt:
    return Fakt(typ, titel, frage, einheit)


Value = bool | int | float


class Herleitung(Mapping[str, str]):
    """Fact name -> German sentence on how it was obtained; sentences are built on first read."""

    def __init__(self) -> None:
        self._data: dict[str, Union[str, Callable[[], str]]] = {}

    def __getitem__(self, name: str) -> str:
        value = self._data[name]
        if not isinstance(value, str):
            value = self._data[name] = value()
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def put(self, name: str, how: Union[str, Callable[[], str]]) -> None:
        self._data[name] = how


@dataclass
class Fakten:
    stichtag: date
    werte: dict[str, Value] = field(default_factory=dict)
    herleitung: Herleitung = field(default_factory=Herleitung)
    # per unknown fact, the question worded for this file where the catalogue's would ask for
    # something the file already states (e.g. the birth date); else the catalogue's question
    fragen: dict[str, str] = field(default_factory=dict)

    def set(self, name: str, value: Optional[Value], how: Union[str, Callable[[], str]]) -> None:
        if value is not None:
            self.werte[name] = value
        self.herleitung._data[name] = how  # = Herleitung.put (inlined: about 36 calls per client)


def any3(values: Iterable[Optional[bool]]) -> Optional[bool]:
    """Kleene OR: True if any is True, False if all are False, else unknown."""
    seen_unknown = False
    for v in values:
        if v is True:
            return True
        if v is None:
            seen_unknown = True
    return None if seen_unknown else False


def all3(values: Iterable[Optional[bool]]) -> Optional[bool]:
    """Kleene AND."""
    seen_unknown = False
    for v in values:
        if v is False:
            return False
        if v is None:
            seen_unknown = True
    return None if seen_unknown else True


_JA = {True: "ja", False: "nein", None: "unbekannt"}


def _ja(v: Optional[bool]) -> str:
    return _JA[v]


STATUS_TEXT = {
    Statusart.duldung: "Duldung",
    Statusart.duldung_60b: "Duldung nach § 60b (ungeklärte Identität)",
    Statusart.duldung_60c: "Ausbildungsduldung (§ 60c)",
    Statusart.duldung_60d: "Beschäftigungsduldung (§ 60d)",
    Statusart.aufenthaltsgestattung: "Aufenthaltsgestattung",
    Statusart.aufenthaltserlaubnis: "Aufenthaltserlaubnis",
    Statusart.niederlassungserlaubnis: "Niederlassungserlaubnis",
    Statusart.fiktionsbescheinigung: "Fiktionsbescheinigung",
    Statusart.visum: "Visum",
    Statusart.kein_status: "kein Aufenthaltsstatus",
}


def euro(value: float) -> str:
    """German money format: 1.234,50 €."""
    return f"{value:,.2f} €".replace(",", "#").replace(".", ",").replace("#", ".")


def prozent(value: float) -> str:
    return f"{value:.1f} %".replace(".", ",")


# which status counts for the § 25a/§ 25b Voraufenthalt ("geduldet, gestattet oder mit einer
# Aufenthaltserlaubnis"); a Fiktionsbescheinigung continues the previous title (§ 81 Abs. 4 AufenthG)
_QUALIFYING = {
    Statusart.duldung,
    Statusart.duldung_60c,
    Statusart.duldung_60d,
    Statusart.aufenthaltsgestattung,
    Statusart.aufenthaltserlaubnis,
    Statusart.fiktionsbescheinigung,
}


