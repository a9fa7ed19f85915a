"""The client file (Akte) that the Gherkin steps build, and the German phrases they understand.

A scenario starts from an empty file (everything *unbekannt*) or from the
baseline :func:`grundfall` ("eine gut integrierte geduldete Person") and then
changes one thing at a time. The result is the dict shape of
:class:`kimrules.akte.facts.Sachverhalt`; ``None`` (or a missing key) means unknown.

Status periods are painted on a time line: a new period overwrites whatever
the file said for those days, so "hat seit dem 01.03.2024 eine
Aufenthaltserlaubnis nach § 104c" ends the Duldung of the baseline on
29.02.2024 and "hatte vom … bis … eine Duldung nach § 60b" cuts a § 60b period
out of a longer Duldung.

>>> a = Akte.grundfall()
>>> a.male_status(date(2023, 3, 1), None, "aufenthaltserlaubnis", "§ 104c")
>>> [(p["status"], p["von"].isoformat(), p["bis"] and p["bis"].isoformat()) for p in a.daten["aufenthalt"]]
[('duldung', '2005-01-01', '2023-02-28'), ('aufenthaltserlaubnis', '2023-03-01', None)]
>>> a.male_status(date(2019, 9, 1), date(2021, 8, 31), "duldung_60b", None)
>>> [(p["status"], p["von"].isoformat()) for p in a.daten["aufenthalt"]]
[('duldung', '2005-01-01'), ('duldung_60b', '2019-09-01'), ('duldung', '2021-09-01'), ('aufenthaltserlaubnis', '2023-03-01')]
>>> statusart("eine Aufenthaltserlaubnis nach § 25 Abs. 5")
('aufenthaltserlaubnis', '§ 25 Abs. 5', {})
>>> geldbetrag("1.019,50")
1019.5
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Optional

from kimrules.basis.dates import parse_datum

EIN_TAG = timedelta(days=1)
DATUM = r"\d{1,2}\.\d{1,2}\.\d{4}"

# --- status names as a case manager says them (after "hat/hatte") -------------------------------
STATUSARTEN: dict[str, tuple[str, Optional[str]]] = {
    "eine Duldung": ("duldung", None),
    "eine Duldung nach § 60a": ("duldung", None),
    "eine Duldung nach § 60b": ("duldung_60b", None),
    "eine Duldung für Personen mit ungeklärter Identität": ("duldung_60b", None),
    "eine Beschäftigungsduldung": ("duldung_60d", None),
    "eine Duldung nach § 60d": ("duldung_60d", None),
    "eine Ausbildungsduldung": ("duldung_60c", None),
    "eine Duldung nach § 60c": ("duldung_60c", None),
    "eine Aufenthaltsgestattung": ("aufenthaltsgestattung", None),
    "eine Fiktionsbescheinigung": ("fiktionsbescheinigung", None),
    "eine Niederlassungserlaubnis": ("niederlassungserlaubnis", None),
    "ein Visum": ("visum", None),
    "keinen Aufenthaltsstatus": ("kein_status", None),
}
# phrases that also set further fields of the period
STATUSARTEN_MIT_ANGABEN: dict[str, tuple[str, dict[str, Any]]] = {
    "keinen Aufenthaltsstatus und keinen Anspruch auf Duldung": ("kein_status", {"duldungsanspruch": False}),
    "keinen Aufenthaltsstatus, aber einen Anspruch auf Duldung": ("kein_status", {"duldungsanspruch": True}),
    "ein nationales Visum": ("visum", {"visum_art": "national"}),
    "ein Schengen-Visum": ("visum", {"visum_art": "schengen"}),
    "eine Fiktionsbescheinigung mit Erlaubnisfiktion": ("fiktionsbescheinigung", {"fiktion": "erlaubnis"}),
}
_MIT_PARAGRAPH = [
    (re.compile(r"eine Aufenthaltserlaubnis nach (§ .+)"), "aufenthaltserlaubnis"),
    (re.compile(r"eine Fiktionsbescheinigung zur Aufenthaltserlaubnis nach (§ .+)"), "fiktionsbescheinigung"),
]


def statusart(text: str) -> tuple[str, Optional[str], dict[str, Any]]:
    """German status phrase -> (facts.Statusart value, paragraph, further fields of the period)."""
    if text in STATUSARTEN:
        return (*STATUSARTEN[text], {})
    if text in STATUSARTEN_MIT_ANGABEN:
        art, angaben = STATUSARTEN_MIT_ANGABEN[text]
        return art, None, dict(angaben)
    for muster, art in _MIT_PARAGRAPH:
        if m := muster.fullmatch(text):
            return art, m.group(1), {}
    bekannt = "; ".join([*STATUSARTEN, *STATUSARTEN_MIT_ANGABEN, "eine Aufenthaltserlaubnis nach § …", "eine Fiktionsbescheinigung zur Aufenthaltserlaubnis nach § …"])
    raise ValueError(f"unbekannte Statusart „{text}“; bekannt sind: {bekannt}")


def datum(text: str) -> date:
    return parse_datum(text)


def geldbetrag(text: str) -> float:
    """German amount: ``1.000`` or ``1.000,50`` or ``1000``."""
    return float(text.replace(".", "").replace(",", "."))


# --- "Die Angabe "<…>" ist unbekannt": German name -> paths in the client file ------------------
ANGABEN: dict[str, tuple[str, ...]] = {
    "Aufenthaltsstatus": ("aufenthalt",),
    "Auslandsaufenthalte": ("auslandsaufenthalte",),
    "Geburtsdatum": ("person.geburtsdatum",),
    "Kinder": ("haushalt.kinder",),
    "Familienangehörige eines Begünstigten": ("haushalt.familienangehoeriger_25b_beguenstigter",),
    "Deutschkenntnisse": ("sprache.nachweise",),
    "Integrationskurs": ("sprache.integrationskurs_moeglich",),
    "Bekenntnis": ("bekenntnis.abgegeben",),
    "Test Leben in Deutschland": ("leben_in_deutschland_test.bestanden",),
    "Bedarf der Bedarfsgemeinschaft": ("lebensunterhalt.bedarf_eur_monat",),
    "Erwerbseinkommen": ("lebensunterhalt.einkommen",),
    "vorübergehender Leistungsbezug": ("lebensunterhalt.leistungsbezug_voruebergehend",),
    "Prognose zum Lebensunterhalt": ("lebensunterhalt.prognose_anhaltspunkte",),
    "Krankheit, Behinderung oder Alter": ("beeintraechtigung.lebensunterhalt", "beeintraechtigung.sprache"),
    "Identität": ("identitaet.geklaert",),
    "Pass": ("identitaet.pass",),
    "aktuelle Täuschung": ("identitaet.taeuschung_aktuell",),
    "Mitwirkung": ("identitaet.mitwirkung_verweigert_aktuell",),
    "frühere Täuschung": ("identitaet.taeuschung_frueher",),
    "Verurteilungen": ("verurteilungen",),
    "sonstiges Ausweisungsinteresse": ("sonstiges_ausweisungsinteresse",),
    "besondere Integrationsleistungen": ("besonderheiten.besondere_integrationsleistungen",),
    "atypischer Fall": ("besonderheiten.atypischer_fall",),
    "Voraussetzungen der Beschäftigungsduldung": ("beschaeftigungsduldung.voraussetzungen_60d_erfuellt",),
}

# --- yes/no statements: exact German sentence -> changes (path, value) ---------------------------
AUSSAGEN: dict[str, tuple[tuple[str, Any], ...]] = {
    # § 25b Abs. 1 Satz 2 Nr. 2
    "die Person hat sich zur freiheitlichen demokratischen Grundordnung bekannt": (("bekenntnis.abgegeben", True),),
    "die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben": (("bekenntnis.abgegeben", False),),
    "die Person hat den Test „Leben in Deutschland“ bestanden": (("leben_in_deutschland_test.bestanden", True),),
    "die Person hat den Test „Leben in Deutschland“ nicht bestanden": (("leben_in_deutschland_test.bestanden", False),),
    "die Person hat einen deutschen Schulabschluss": (("bildung.deutscher_schulabschluss", True),),
    # § 25b Abs. 1 Satz 2 Nr. 3, Satz 3, Abs. 3
    "die Person bezieht nur vorübergehend Sozialleistungen": (("lebensunterhalt.leistungsbezug_voruebergehend", True),),
    "die Person bezieht nicht nur vorübergehend Sozialleistungen": (("lebensunterhalt.leistungsbezug_voruebergehend", False),),
    "die Person studiert oder macht eine anerkannte Ausbildung": (("bildung.in_ausbildung_oder_studium", True),),
    "die Person ist alleinerziehend und eine Arbeitsaufnahme ist ihr nicht zumutbar": (
        ("lebensunterhalt.alleinerziehend_arbeit_unzumutbar", True),
    ),
    "die Person pflegt pflegebedürftige nahe Angehörige": (("lebensunterhalt.pflegt_angehoerige", True),),
    "es gibt konkrete Anhaltspunkte, dass die Person ihren Lebensunterhalt künftig sichern wird": (
        ("lebensunterhalt.prognose_anhaltspunkte", True),
    ),
    "die Person kann ihren Lebensunterhalt wegen Krankheit, Behinderung oder aus Altersgründen nicht sichern": (
        ("beeintraechtigung.lebensunterhalt", True),
    ),
    # § 25b Abs. 1 Satz 2 Nr. 4, Abs. 3, Abs. 6
    "die Person kann Deutschkenntnisse wegen Krankheit, Behinderung oder aus Altersgründen nicht erwerben": (
        ("beeintraechtigung.sprache", True),
    ),
    "die Person hatte die Möglichkeit, einen Integrationskurs zu besuchen": (("sprache.integrationskurs_moeglich", True),),
    "die Person hatte keine Möglichkeit, einen Integrationskurs zu besuchen": (("sprache.integrationskurs_moeglich", False),),
    "die Voraussetzungen der Beschäftigungsduldung sind weiterhin erfüllt": (
        ("beschaeftigungsduldung.voraussetzungen_60d_erfuellt", True),
    ),
    "die Voraussetzungen der Beschäftigungsduldung sind nicht mehr erfüllt": (
        ("beschaeftigungsduldung.voraussetzungen_60d_erfuellt", False),
    ),
    # § 25b Abs. 1 Satz 1 (Gesamtschau) and Abs. 4
    "die Person hat besondere Integrationsleistungen erbracht": (("besonderheiten.besondere_integrationsleistungen", True),),
    "die Person hat keine besonderen Integrationsleistungen erbracht": (("besonderheiten.besondere_integrationsleistungen", False),),
    "es liegen besondere Umstände des Einzelfalls vor": (("besonderheiten.atypischer_fall", True),),
    "die Person hat früher über ihre Identität getäuscht, die Täuschung ist beendet": (("identitaet.taeuschung_frueher", True),),
    "die Person hat nie über ihre Identität getäuscht": (("identitaet.taeuschung_frueher", False),),
    "es liegen keine besonderen Umstände des Einzelfalls vor": (("besonderheiten.atypischer_fall", False),),
    "die Person lebt als Ehegatte, Lebenspartner oder minderjähriges lediges Kind mit einem Begünstigten nach § 25b Abs. 1 in familiärer Lebensgemeinschaft": (
        ("haushalt.familienangehoeriger_25b_beguenstigter", True),
    ),
    # § 25b Abs. 2
    "die Person verhindert derzeit die Aufenthaltsbeendigung durch Täuschung über ihre Identität": (
        ("identitaet.taeuschung_aktuell", True),
    ),
    "die Person erfüllt derzeit zumutbare Anforderungen an die Mitwirkung bei der Passbeschaffung nicht": (
        ("identitaet.mitwirkung_verweigert_aktuell", True),
    ),
    "die Person täuscht nicht und erfüllt ihre Mitwirkungspflichten": (
        ("identitaet.taeuschung_aktuell", False),
        ("identitaet.mitwirkung_verweigert_aktuell", False),
    ),
    "die Person ist nicht vorbestraft": (("verurteilungen", []),),
    "es besteht ein Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2 bis 5": (("sonstiges_ausweisungsinteresse", True),),
    # § 5 Abs. 1 Nr. 1a, Nr. 4; § 25b Abs. 8
    "die Identität der Person ist geklärt": (("identitaet.geklaert", True),),
    "die Identität der Person ist nicht geklärt": (("identitaet.geklaert", False),),
    "die Person hat alle zumutbaren Maßnahmen zur Identitätsklärung ergriffen": (("identitaet.zumutbare_massnahmen_ergriffen", True),),
    "die Person hat nicht alle zumutbaren Maßnahmen zur Identitätsklärung ergriffen": (
        ("identitaet.zumutbare_massnahmen_ergriffen", False),
    ),
    "die Person hat keinen Pass": (("identitaet.pass", {"vorhanden": False}),),
}


def grundfall() -> dict[str, Any]:
    """'Eine gut integrierte geduldete Person': every requirement of every version is met."""
    return {
        "aktenzeichen": "BDD-Grundfall",
        "person": {"geburtsdatum": date(1990, 1, 1), "einreisedatum": date(2004, 6, 1)},
        "aufenthalt": [{"status": "duldung", "von": date(2005, 1, 1), "bis": None, "paragraph": None}],
        "auslandsaufenthalte": [],
        "haushalt": {"familienstand": "ledig", "kinder": [], "familienangehoeriger_25b_beguenstigter": False},
        "sprache": {
            "nachweise": [
                {"niveau": "A2", "muendlich": True, "schriftlich": False},
                {"niveau": "A2", "muendlich": False, "schriftlich": True},
            ],
            "integrationskurs_moeglich": True,
        },
        "leben_in_deutschland_test": {"bestanden": True},
        "bekenntnis": {"abgegeben": True},
        "bildung": {"deutscher_schulabschluss": False, "berufsabschluss_deutschland": False, "in_ausbildung_oder_studium": False},
        "lebensunterhalt": {
            "bedarf_eur_monat": 1500.0,
            "einkommen": [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 1500.0}],
            "leistungen": [],
            "leistungsbezug_voruebergehend": False,
            "prognose_anhaltspunkte": False,
            "alleinerziehend_arbeit_unzumutbar": False,
            "pflegt_angehoerige": False,
        },
        "identitaet": {
            "geklaert": True,
            "pass": {"vorhanden": True, "gueltig_bis": date(2040, 12, 31)},
            "taeuschung_aktuell": False,
            "mitwirkung_verweigert_aktuell": False,
            "taeuschung_frueher": False,
            "zumutbare_massnahmen_ergriffen": True,
        },
        "verurteilungen": [],
        "sonstiges_ausweisungsinteresse": False,
        "beeintraechtigung": {"lebensunterhalt": False, "sprache": False},
        "besonderheiten": {"besondere_integrationsleistungen": False, "atypischer_fall": False},
        "beschaeftigungsduldung": {},
    }


@dataclass
class Akte:
    """What the Given steps have said so far."""

    daten: dict[str, Any] = field(default_factory=lambda: {"aktenzeichen": "BDD-leer"})
    stichtag: Optional[date] = None
    # births of children the scenario text calls "minderjährig" (checked against the Stichtag)
    minderjaehrig_behauptet: list[date] = field(default_factory=list)
    praxis: Optional[str] = None  # the practice overlay (rules/praxis/<kennung>/) the scenario chooses

    @classmethod
    def grundfall(cls) -> "Akte":
        return cls(daten=grundfall())

    def letzte_verurteilung(self) -> dict[str, Any]:
        """The conviction the scenario named last (a step about "the conviction" refers to it)."""
        liste = self.daten.get("verurteilungen")
        if not liste:
            raise AssertionError("Angabe zur letzten Verurteilung, aber vorher wurde keine Verurteilung genannt")
        return liste[-1]

    def fuer_pruefung(self) -> dict[str, Any]:
        """The client file as the Given steps described it. A conviction the scenario gives no date
        (key ``datum`` absent) was handed down a year before the Stichtag: it is not tilgungsreif
        (§ 46 BZRG: at least five years). Scenarios about Tilgung say the date."""
        daten = copy.deepcopy(self.daten)
        if self.stichtag is None:
            return daten
        vor_einem_jahr = self.stichtag - timedelta(days=365)
        for person in [daten, *(daten.get("angehoerige") or [])]:
            for v in person.get("verurteilungen") or []:
                v.setdefault("datum", vor_einem_jahr)
        return daten

    # -- generic access ---------------------------------------------------------------------------
    def setze(self, pfad: str, wert: Any) -> None:
        *eltern, blatt = pfad.split(".")
        ziel = self.daten
        for teil in eltern:
            if ziel.get(teil) is None:
                ziel[teil] = {}
            ziel = ziel[teil]
        ziel[blatt] = copy.deepcopy(wert)

    def liste(self, pfad: str) -> list[Any]:
        *eltern, blatt = pfad.split(".")
        ziel = self.daten
        for teil in eltern:
            if ziel.get(teil) is None:
                ziel[teil] = {}
            ziel = ziel[teil]
        if ziel.get(blatt) is None:
            ziel[blatt] = []
        return ziel[blatt]

    # -- status history ---------------------------------------------------------------------------
    def male_status(self, von: date, bis: Optional[date], status: str, paragraph: Optional[str],
                    angaben: Optional[dict[str, Any]] = None) -> None:
        """Paint ``status`` on the days von..bis (bis None = open), overwriting what was there."""
        neu: list[dict[str, Any]] = []
        for p in self.daten.get("aufenthalt") or []:
            p_bis = p.get("bis")
            vorher_ende = von - EIN_TAG
            if p["von"] <= vorher_ende:
                neu.append({**p, "bis": vorher_ende if p_bis is None or p_bis > vorher_ende else p_bis})
            if bis is not None and (p_bis is None or p_bis > bis):
                nach_beginn = bis + EIN_TAG
                neu.append({**p, "von": max(p["von"], nach_beginn)})
        neu.append({"status": status, "von": von, "bis": bis, "paragraph": paragraph, **(angaben or {})})
        self.daten["aufenthalt"] = sorted(neu, key=lambda p: p["von"])

    # -- children ---------------------------------------------------------------------------------
    def letztes_kind(self) -> dict[str, Any]:
        kinder = (self.daten.get("haushalt") or {}).get("kinder")
        if not kinder:
            raise AssertionError("Schulbesuch angegeben, aber vorher wurde kein Kind genannt")
        return kinder[-1]

    # -- language ---------------------------------------------------------------------------------
    def sprachnachweis(self, art: str, niveau: Optional[str]) -> None:
        """Replace the oral (art="muendlich") or written evidence; niveau None removes it."""
        nachweise = [n for n in self.liste("sprache.nachweise") if not n.get(art)]
        if niveau is not None:
            andere = "schriftlich" if art == "muendlich" else "muendlich"
            nachweise.append({"niveau": niveau, art: True, andere: False})
        self.setze("sprache.nachweise", nachweise)
