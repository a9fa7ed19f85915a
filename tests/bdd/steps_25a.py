"""Given steps for § 25a AufenthG (gut integrierte Jugendliche und junge Volljährige).

The baseline "eine gut integrierte junge geduldete Person" is built relative to the
Stichtag (so one sentence works in every version): 17 years old, geduldet and at
school in Germany for six years, successful at school, on AsylbLG benefits (harmless
while at school, § 25a Abs. 1 Satz 2), no application filed yet (the Stichtag is then
the relevant date for the age limit).

>>> vor_jahren(date(2025, 3, 15), 17), vor_jahren(date(2024, 2, 29), 1)
(datetime.date(2008, 3, 15), datetime.date(2023, 2, 28))
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from pytest_bdd import given, parsers, then

from akte import DATUM, Akte, datum
from kimrules.engine.outcome import Ergebnis
from steps_pruefung import befund, erklaere
from steps_sachverhalt import _aussage  # one way to turn a fixed statement into a Given step


def vor_jahren(tag: date, jahre: int) -> date:
    """The same calendar day ``jahre`` years earlier (28.02. for a 29.02. in a common year)."""
    jahr = tag.year - jahre
    return date(jahr, tag.month, min(tag.day, calendar.monthrange(jahr, tag.month)[1]))


def grundfall_25a(stichtag: date) -> dict[str, Any]:
    """'Eine gut integrierte junge geduldete Person': every requirement of § 25a is met on ``stichtag``."""
    seit = vor_jahren(stichtag, 6)
    return {
        "aktenzeichen": "BDD-25a",
        "person": {"geburtsdatum": vor_jahren(stichtag, 17), "einreisedatum": seit},
        "aufenthalt": [{"status": "duldung", "von": seit, "bis": None, "paragraph": None}],
        "auslandsaufenthalte": [],
        "haushalt": {"familienstand": "ledig", "kinder": []},
        "bildung": {
            "deutscher_schulabschluss": False,
            "berufsabschluss_deutschland": False,
            "in_ausbildung_oder_studium": False,
            "schulbesuch_seit": seit,
            "schulbesuch_bis": None,
            "schulbesuch_erfolgreich": True,
            "schulbesuch_unmoeglich_krankheit_behinderung": False,
        },
        "lebensunterhalt": {"bedarf_eur_monat": 900.0, "einkommen": [], "leistungen": [{"art": "asylblg", "betrag_eur_monat": 450.0}]},
        "identitaet": {
            "geklaert": True,
            "pass": {"vorhanden": True, "gueltig_bis": date(stichtag.year + 5, 12, 31)},
            "taeuschung_aktuell": False,
            "mitwirkung_verweigert_aktuell": False,
            "taeuschung_frueher": False,
            "zumutbare_massnahmen_ergriffen": True,
        },
        "verurteilungen": [],
        "sonstiges_ausweisungsinteresse": False,
        "besonderheiten": {"besondere_integrationsleistungen": False, "atypischer_fall": False},
        "antraege": [],
        "gut_integrierte_jugendliche": {
            "integrationsprognose_positiv": True,
            "anhaltspunkte_gegen_bekenntnis": False,
            "taeuschung_nur_durch_eltern": False,
        },
    }


@given("eine gut integrierte junge geduldete Person")
def _(akte: Akte) -> None:
    if akte.stichtag is None:
        raise AssertionError("Erst den Stichtag angeben: der Grundfall für § 25a richtet sich nach dem Stichtag")
    akte.daten = grundfall_25a(akte.stichtag)


# --- application (§ 25a Abs. 1 Satz 1 Nr. 3) ----------------------------------------------------
@given(parsers.re(rf"die Person hat am (?P<tag>{DATUM}) die Aufenthaltserlaubnis nach § 25a beantragt"))
def _(akte: Akte, tag: str) -> None:
    akte.liste("antraege").append({"norm": "aufenthg_25a", "gestellt_am": datum(tag)})


@given("die Person hat noch keinen Antrag gestellt")
def _(akte: Akte) -> None:
    akte.setze("antraege", [])


# --- school (§ 25a Abs. 1 Satz 1 Nr. 2) ---------------------------------------------------------
@given(parsers.re(rf"die Person besucht seit dem (?P<von>{DATUM}) die Schule in Deutschland"))
def _(akte: Akte, von: str) -> None:
    akte.setze("bildung.schulbesuch_seit", datum(von))
    akte.setze("bildung.schulbesuch_bis", None)


@given(parsers.re(rf"die Person besuchte vom (?P<von>{DATUM}) bis (?P<bis>{DATUM}) die Schule in Deutschland"))
def _(akte: Akte, von: str, bis: str) -> None:
    akte.setze("bildung.schulbesuch_seit", datum(von))
    akte.setze("bildung.schulbesuch_bis", datum(bis))


# --- yes/no statements of § 25a -----------------------------------------------------------------
AUSSAGEN_25A: dict[str, tuple[tuple[str, Any], ...]] = {
    "die Person besucht die Schule erfolgreich": (("bildung.schulbesuch_erfolgreich", True),),
    "die Person besucht die Schule nicht erfolgreich": (("bildung.schulbesuch_erfolgreich", False),),
    "die Person hat einen anerkannten Berufsabschluss in Deutschland": (("bildung.berufsabschluss_deutschland", True),),
    "die Person kann wegen Krankheit oder Behinderung nicht zur Schule gehen": (
        ("bildung.schulbesuch_unmoeglich_krankheit_behinderung", True),
    ),
    "die Person macht keine Ausbildung und studiert nicht": (("bildung.in_ausbildung_oder_studium", False),),
    "die Integrationsprognose ist positiv": (("gut_integrierte_jugendliche.integrationsprognose_positiv", True),),
    "die Integrationsprognose ist negativ": (("gut_integrierte_jugendliche.integrationsprognose_positiv", False),),
    "es gibt konkrete Anhaltspunkte, dass sich die Person nicht zur freiheitlichen demokratischen Grundordnung bekennt": (
        ("gut_integrierte_jugendliche.anhaltspunkte_gegen_bekenntnis", True),
    ),
    "die Abschiebung ist wegen eigener falscher Angaben der Person zu ihrer Identität ausgesetzt": (
        ("identitaet.taeuschung_aktuell", True),
    ),
    "die Abschiebung ist wegen falscher Angaben der Eltern zur Identität ausgesetzt, die Person selbst hat nicht getäuscht": (
        ("identitaet.taeuschung_aktuell", None),
        ("gut_integrierte_jugendliche.taeuschung_nur_durch_eltern", True),
    ),
    "die Person hat ein Einkommen, das ihren Bedarf deckt": (
        ("lebensunterhalt.einkommen", [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 1200.0}]),
        ("lebensunterhalt.leistungen", []),
    ),
    "die Person bezieht Leistungen nach dem SGB II": (("lebensunterhalt.leistungen", [{"art": "sgb2", "betrag_eur_monat": 563.0}]),),
}

# --- "Zu § 25a ist unbekannt: …": German name -> paths in the client file ---------------------
UNBEKANNT_25A: dict[str, tuple[str, ...]] = {
    "Schulbesuch": ("bildung.schulbesuch_seit", "bildung.schulbesuch_bis", "bildung.deutscher_schulabschluss",
                    "bildung.berufsabschluss_deutschland", "bildung.schulbesuch_unmoeglich_krankheit_behinderung"),
    "Integrationsprognose": ("gut_integrierte_jugendliche.integrationsprognose_positiv",),
    "Anhaltspunkte gegen das Bekenntnis": ("gut_integrierte_jugendliche.anhaltspunkte_gegen_bekenntnis",),
    "eigene Täuschung": ("identitaet.taeuschung_aktuell", "gut_integrierte_jugendliche.taeuschung_nur_durch_eltern"),
    "Lebensunterhalt": ("lebensunterhalt.bedarf_eur_monat", "lebensunterhalt.einkommen", "lebensunterhalt.leistungen"),
    "Antrag": ("antraege",),
}


@given(parsers.re(r"zu § 25a ist unbekannt: (?P<angabe>.+)"))
def _(akte: Akte, angabe: str) -> None:
    if angabe not in UNBEKANNT_25A:
        raise AssertionError(f"unbekannte Angabe „{angabe}“; bekannt sind: {', '.join(UNBEKANNT_25A)}")
    for pfad in UNBEKANNT_25A[angabe]:
        akte.setze(pfad, None)


for _text, _aenderungen in AUSSAGEN_25A.items():
    given(_text)(_aussage(_aenderungen))


# --- Then: which date the derivation used (§ 25a Abs. 1 Satz 1 Nr. 3: age limit at application) -------------
@then(parsers.re(r'die Herleitung zur Voraussetzung ["„](?P<id>[a-z0-9_]+)["“] nennt ["„](?P<text>[^"“]+)["“]'))
def _(ergebnis: Ergebnis, id: str, text: str) -> None:
    b = befund(ergebnis, id)
    if not any(text in wie for wie in b.fakten.values()):
        raise AssertionError(f"„{text}“ nicht in der Herleitung:\n{erklaere(b)}")
