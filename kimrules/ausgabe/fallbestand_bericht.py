"""The figures for the Lenkungsgruppe: counted while the caseload streams by, shown anonymously.

:class:`Zaehler` takes one :class:`kimrules.ausgabe.fallbestand.Person` after the other and keeps
only counters and the Aktenzeichen of the campaign lists (no other per-person data, no names).
:meth:`Zaehler.bericht` returns the JSON-ready figures in which every count from 1 to 4 is the
text ``"< 5"`` (:func:`anonym`). Where a row of a table shows its total and exactly one cell is
below 5, the next smallest cell is shown as ``"gesperrt"``, so that the small count cannot be
recovered by subtraction (secondary suppression, as official statistics do).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any, Iterable, Optional, Union

from kimrules.ausgabe.uebersicht import LAGEN
from kimrules.basis.dates import add_months

SCHWELLE = 5
KLEIN = "< 5"
GESPERRT = "gesperrt"
FRISTEN_MONATE = 18
HINDERNISSE_ANZAHL = 12
MONATSNAMEN = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
               "November", "Dezember")
ANONYMITAET = ("Anonym: keine Namen; jede Anzahl von 1 bis 4 ist als „< 5“ angegeben, eine Zahl, aus der eine solche "
               "zurückgerechnet werden könnte, als „gesperrt“. Kampagnenlisten nennen nur Aktenzeichen.")

Anzahl = Union[int, str]


def anonym(n: int) -> Anzahl:
    """A count as shown: 1 to 4 become ``"< 5"``; 0 and counts of 5 and more stay.

    >>> [anonym(n) for n in (0, 1, 4, 5, 120)]
    [0, '< 5', '< 5', 5, 120]
    """
    return KLEIN if 0 < n < SCHWELLE else n


def zeile_anonym(werte: list[int]) -> list[Anzahl]:
    """Cells of a table row whose total is shown elsewhere: small ones hidden, and if exactly one is
    hidden, the smallest other non-zero cell too.

    >>> zeile_anonym([40, 3, 12, 0])
    [40, '< 5', 'gesperrt', 0]
    >>> zeile_anonym([40, 3, 2, 9])
    [40, '< 5', '< 5', 9]
    """
    out: list[Anzahl] = [anonym(n) for n in werte]
    if sum(1 for x in out if x == KLEIN) == 1:
        rest = [(n, i) for i, n in enumerate(werte) if n >= SCHWELLE]
        if rest:
            out[min(rest)[1]] = GESPERRT
    return out


def monat_text(jahr: int, monat: int) -> str:
    """The German name of a month with its year.

    >>> monat_text(2026, 3)
    'März 2026'
    """
    return f"{MONATSNAMEN[monat - 1]} {jahr}"


class Zaehler:
    """Counts persons per pathway and situation, blocking requirements, deadlines per month, campaign lists."""

    def __init__(self, stichtag: date, kampagne_monate: int, vorausschau_monate: int) -> None:
        self.stichtag = stichtag
        self.kampagne_monate = kampagne_monate
        self.vorausschau_monate = vorausschau_monate
        self.kampagne_bis = add_months(stichtag, kampagne_monate)
        self.personen = 0
        self.akten = 0
        self.wege: dict[str, Counter] = defaultdict(Counter)
        self.wege_text: dict[str, tuple[str, str]] = {}
        self.hindernisse: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.hindernisse_text: dict[tuple[str, str], tuple[str, str, str]] = {}
        self.monate: Counter = Counter()
        self.ueberfaellig = 0
        self.jetzt: dict[str, list[str]] = defaultdict(list)
        self.bald: dict[str, list[str]] = defaultdict(list)

    def person(self, p: Any) -> None:
        """Count one person (:class:`kimrules.ausgabe.fallbestand.Person`)."""
        self.personen += 1
        self.akten += p.hauptperson
        for w in p.wege:
            self.wege[w.kennung][w.lage] += 1
            self.wege_text.setdefault(w.kennung, (w.norm, w.titel))
            if w.lage == "jetzt_offen":
                self.jetzt[w.kennung].append(p.kennzeichen)
            elif w.lage == "spaeter" and w.fruehestens is not None and w.fruehestens <= self.kampagne_bis:
                self.bald[w.kennung].append(p.kennzeichen)
        bester = p.bester
        if bester is not None and bester.lage != "jetzt_offen":
            for h in bester.hindernisse:
                key = (bester.kennung, h.id)
                self.hindernisse[key][h.status] += 1
                self.hindernisse_text.setdefault(key, (h.titel, h.fundstelle, bester.norm))
        ende = add_months(self.stichtag, FRISTEN_MONATE)
        for tag in p.fristen:
            if tag < self.stichtag:
                self.ueberfaellig += 1
            elif tag < ende:
                self.monate[(tag.year, tag.month)] += 1

    def bericht(self, *, uebersprungen: int, regelwerk_sha256: str, kimrules_version: str, hinweis: str,
                reihenfolge: Optional[Iterable[str]] = None) -> dict[str, Any]:
        """The anonymous figures (JSON-ready; dates ISO)."""
        reihenfolge = [k for k in (reihenfolge or sorted(self.wege)) if k in self.wege]
        wege = []
        for k in reihenfolge:
            zellen = zeile_anonym([self.wege[k][lage] for lage in LAGEN])
            norm, titel = self.wege_text[k]
            wege.append({"kennung": k, "norm": norm, "titel": titel, "lagen": dict(zip(LAGEN, zellen))})
        hindernisse = []
        for key, c in sorted(self.hindernisse.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:HINDERNISSE_ANZAHL]:
            titel, fundstelle, norm = self.hindernisse_text[key]
            ne, ug = zeile_anonym([c["nicht_erfuellt"], c["ungeklaert"]])
            hindernisse.append({"kennung": key[0], "id": key[1], "titel": titel, "fundstelle": fundstelle, "norm": norm,
                                "nicht_erfuellt": ne, "ungeklaert": ug, "personen": anonym(sum(c.values()))})
        monate = []
        for i in range(FRISTEN_MONATE):
            tag = add_months(self.stichtag.replace(day=1), i)
            monate.append({"monat": f"{tag.year:04d}-{tag.month:02d}", "monat_text": monat_text(tag.year, tag.month),
                           "anzahl": anonym(self.monate[(tag.year, tag.month)])})
        kampagnen = []
        for k in reihenfolge:
            norm = self.wege_text[k][0]
            for liste, titel in ((self.jetzt[k], f"Antrag jetzt möglich: {norm}"),
                                 (self.bald[k], f"Innerhalb von {self.kampagne_monate} Monaten möglich: {norm}")):
                if liste:
                    kampagnen.append({"kennung": k, "titel": titel, "anzahl": anonym(len(liste)), "aktenzeichen": sorted(liste)})
        return {
            "vorpruefung": True,
            "hinweis": hinweis,
            "anonymitaet": ANONYMITAET,
            "stichtag": self.stichtag.isoformat(),
            "kimrules_version": kimrules_version,
            "regelwerk_sha256": regelwerk_sha256,
            "personen": anonym(self.personen),
            "akten": anonym(self.akten),
            "uebersprungen": uebersprungen,
            "vorausschau_monate": self.vorausschau_monate,
            "kampagne_monate": self.kampagne_monate,
            "lagen": dict(LAGEN),
            "wege": wege,
            "gesperrt_hinweis": ("„gesperrt“: Wert nicht angegeben, damit eine Anzahl unter 5 nicht aus der Summe "
                                 "zurückgerechnet werden kann.") if any(GESPERRT in w["lagen"].values() for w in wege) else "",
            "hindernisse": hindernisse,
            "fristen_monate": monate,
            "ueberfaellig": anonym(self.ueberfaellig),
            "kampagnen": kampagnen,
        }
