"""Given steps for § 10 StAG (Anspruchseinbürgerung), in the words of a case manager.

The baseline "eine einbürgerungswillige Person mit Niederlassungserlaubnis" meets every
requirement of every version of § 10 StAG (rules/stag/10/): residence titles since 2008,
Niederlassungserlaubnis since 2013, passport, B1, 25 of 33 points in the test, both
Bekenntnisse, livelihood without SGB II/XII, no convictions, no § 11 ground. Scenarios
change one thing at a time. The yes/no sentences are the keys of :data:`AUSSAGEN_EINBUERGERUNG`,
the names for "Die Einbürgerungsangabe … ist unbekannt" the keys of :data:`ANGABEN_EINBUERGERUNG`.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any, Callable

from pytest_bdd import given, parsers

from akte import DATUM, Akte, datum, geldbetrag

BETRAG = r"\d[\d.]*(?:,\d{1,2})?"


def grundfall_einbuergerung() -> dict[str, Any]:
    """'Eine einbürgerungswillige Person mit Niederlassungserlaubnis': every requirement of every version is met."""
    return {
        "aktenzeichen": "BDD-Einbuergerung",
        "person": {"geburtsdatum": date(1985, 1, 1), "einreisedatum": date(2007, 12, 1)},
        "aufenthalt": [
            {"status": "aufenthaltserlaubnis", "von": date(2008, 1, 1), "bis": date(2012, 12, 31), "paragraph": "§ 25 Abs. 2"},
            {"status": "niederlassungserlaubnis", "von": date(2013, 1, 1), "bis": None, "paragraph": None},
        ],
        "auslandsaufenthalte": [],
        "haushalt": {"familienstand": "ledig", "kinder": []},
        "sprache": {"nachweise": [{"niveau": "B1", "muendlich": True, "schriftlich": True}]},
        "leben_in_deutschland_test": {"bestanden": True, "punkte": 25},
        "bekenntnis": {"abgegeben": True},
        "bildung": {"deutscher_schulabschluss": False, "berufsabschluss_deutschland": False},
        "lebensunterhalt": {
            "bedarf_eur_monat": 1500.0,
            "einkommen": [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 2000.0}],
            "leistungen": [],
        },
        "identitaet": {"geklaert": True, "pass": {"vorhanden": True, "gueltig_bis": date(2040, 12, 31)}},
        "verurteilungen": [],
        "sonstiges_ausweisungsinteresse": False,
        "beeintraechtigung": {"lebensunterhalt": False, "sprache": False},
        "besonderheiten": {"besondere_integrationsleistungen": False, "atypischer_fall": False},
        "antraege": [],
        "einbuergerung": {
            "handlungsfaehigkeit_eingeschraenkt": False,
            "gesetzlich_vertreten": False,
            "pass_beschaffung_unzumutbar": False,
            "bekenntnis_verantwortung": True,
            "aufgabe_staatsangehoerigkeit": True,
            "mehrstaatigkeit_hinzunehmen": False,
            "leistungsbezug_nicht_zu_vertreten": False,
            "gastarbeiter_oder_vertragsarbeitnehmer": False,
            "erwerbszeiten": [{"von": date(2015, 1, 1), "bis": None, "vollzeit": True}],
            "partner_vollzeit_20_von_24_monaten": False,
            "integrationskurs_erfolgreich": False,
            "altersgemaesse_sprachentwicklung": False,
            "muendlich_alltag_verstaendigung": True,
            "sprache_haerte_nachgewiesen": False,
            "kenntnisse_unmoeglich_krankheit_alter": False,
            "massregel_schuldunfaehigkeit": False,
            "anhaltspunkte_verfassungsfeindlich": False,
            "abwendung_glaubhaft": False,
            "anhaltspunkte_bekenntnis_unrichtig": False,
            "ausweisungsinteresse_54_1_nr2_oder_4": False,
            "mehrehe": False,
            "missachtung_gleichberechtigung": False,
            "sperrgrund_35a": False,
        },
    }


# --- "Die Einbürgerungsangabe "<…>" ist unbekannt": German name -> paths in the client file -------------------
ANGABEN_EINBUERGERUNG: dict[str, tuple[str, ...]] = {
    "Handlungsfähigkeit": ("einbuergerung.handlungsfaehigkeit_eingeschraenkt",),
    "gesetzliche Vertretung": ("einbuergerung.gesetzlich_vertreten",),
    "Passbeschaffung": ("einbuergerung.pass_beschaffung_unzumutbar",),
    "Bekenntnis zur historischen Verantwortung": ("einbuergerung.bekenntnis_verantwortung",),
    "Aufgabe der Staatsangehörigkeit": ("einbuergerung.aufgabe_staatsangehoerigkeit", "einbuergerung.mehrstaatigkeit_hinzunehmen"),
    "Leistungsbezug": ("lebensunterhalt.leistungen",),
    "Erwerbszeiten": ("einbuergerung.erwerbszeiten",),
    "Anträge": ("antraege",),
    "Maßregel": ("einbuergerung.massregel_schuldunfaehigkeit",),
    "Einbürgerungstest": ("einbuergerung.einbuergerungstest_punkte", "leben_in_deutschland_test.punkte", "leben_in_deutschland_test.bestanden"),
    "Ausschlussgründe nach § 11": (
        "einbuergerung.anhaltspunkte_verfassungsfeindlich", "einbuergerung.anhaltspunkte_bekenntnis_unrichtig",
        "einbuergerung.ausweisungsinteresse_54_1_nr2_oder_4", "einbuergerung.mehrehe", "einbuergerung.missachtung_gleichberechtigung",
        "sonstiges_ausweisungsinteresse", "haushalt.familienstand",
    ),
    "Sperrgrund nach § 35a": ("einbuergerung.sperrgrund_35a",),
}

# --- yes/no statements: exact German sentence -> changes (path, value) ---------------------------
AUSSAGEN_EINBUERGERUNG: dict[str, tuple[tuple[str, Any], ...]] = {
    # § 10 Abs. 1 Satz 1, § 34 StAG
    "die Person ist geschäftsunfähig oder steht unter Betreuung mit Einwilligungsvorbehalt": (
        ("einbuergerung.handlungsfaehigkeit_eingeschraenkt", True),
    ),
    "der Antrag wird von der gesetzlichen Vertretung gestellt": (("einbuergerung.gesetzlich_vertreten", True),),
    # Identität (Stufenmodell)
    "die Person hat keinen Pass und ihre Identität ist nicht anderweitig geklärt": (
        ("identitaet.pass", {"vorhanden": False}),
        ("identitaet.geklaert", False),
    ),
    "die Behörde hält die Identität der Person für nicht geklärt": (("identitaet.geklaert", False),),
    "die Passbeschaffung ist der Person unmöglich oder unzumutbar": (("einbuergerung.pass_beschaffung_unzumutbar", True),),
    "die Passbeschaffung ist der Person zumutbar": (("einbuergerung.pass_beschaffung_unzumutbar", False),),
    # Nr. 1a
    "die Person hat das Bekenntnis zur historischen Verantwortung Deutschlands abgegeben": (("einbuergerung.bekenntnis_verantwortung", True),),
    "die Person hat das Bekenntnis zur historischen Verantwortung Deutschlands nicht abgegeben": (
        ("einbuergerung.bekenntnis_verantwortung", False),
    ),
    # Nr. 3, § 40a
    "die Person bezieht Bürgergeld": (("lebensunterhalt.leistungen", [{"art": "sgb2"}]),),
    "die Person bezieht Sozialhilfe nach dem SGB XII": (("lebensunterhalt.leistungen", [{"art": "sgb12"}]),),
    "die Person hat den Leistungsbezug nicht zu vertreten": (("einbuergerung.leistungsbezug_nicht_zu_vertreten", True),),
    "die Person hat den Leistungsbezug zu vertreten": (("einbuergerung.leistungsbezug_nicht_zu_vertreten", False),),
    "die Person kam als angeworbener Gastarbeiter oder Vertragsarbeitnehmer": (("einbuergerung.gastarbeiter_oder_vertragsarbeitnehmer", True),),
    "die Person ist nicht erwerbstätig": (("einbuergerung.erwerbszeiten", []),),
    "der Ehegatte lebt im Haushalt und arbeitet jetzt und in mindestens 20 der letzten 24 Monate in Vollzeit": (
        ("haushalt.familienstand", "verheiratet"),
        ("haushalt.partner", {"art": "ehegatte", "im_haushalt": True}),
        ("einbuergerung.partner_vollzeit_20_von_24_monaten", True),
    ),
    # Nr. 4 (bis 26.06.2024)
    "die Person gibt ihre bisherige Staatsangehörigkeit nicht auf": (
        ("einbuergerung.aufgabe_staatsangehoerigkeit", False),
        ("einbuergerung.mehrstaatigkeit_hinzunehmen", False),
    ),
    "die Einbürgerungsbehörde nimmt die Mehrstaatigkeit hin": (("einbuergerung.mehrstaatigkeit_hinzunehmen", True),),
    # Nr. 5, § 12a
    "gegen die Person wurde wegen Schuldunfähigkeit eine Maßregel der Besserung und Sicherung angeordnet": (
        ("einbuergerung.massregel_schuldunfaehigkeit", True),
    ),
    # Nr. 6, Abs. 4, 4a, 6
    "die Person hat eine abgeschlossene Berufsausbildung in Deutschland": (("bildung.berufsabschluss_deutschland", True),),
    "die Sprachentwicklung der Person ist altersgemäß": (("einbuergerung.altersgemaesse_sprachentwicklung", True),),
    "die Person verständigt sich im Alltag ohne nennenswerte Probleme mündlich auf Deutsch": (
        ("einbuergerung.muendlich_alltag_verstaendigung", True),
    ),
    "die Person hat nachgewiesen, dass sie B1 trotz ernsthafter und nachhaltiger Bemühungen nicht erreichen kann": (
        ("einbuergerung.sprache_haerte_nachgewiesen", True),
    ),
    # Nr. 7, Abs. 6
    "die Person kann die Kenntnisse der Rechts- und Gesellschaftsordnung wegen Krankheit, Behinderung oder Alter nicht erwerben": (
        ("einbuergerung.kenntnisse_unmoeglich_krankheit_alter", True),
    ),
    # Abs. 3 (bis 26.06.2024)
    "die Person hat den Integrationskurs erfolgreich abgeschlossen": (("einbuergerung.integrationskurs_erfolgreich", True),),
    # § 11
    "es gibt tatsächliche Anhaltspunkte für verfassungsfeindliche Bestrebungen der Person": (
        ("einbuergerung.anhaltspunkte_verfassungsfeindlich", True),
    ),
    "die Person macht glaubhaft, dass sie sich von den früheren Bestrebungen abgewandt hat": (("einbuergerung.abwendung_glaubhaft", True),),
    "es gibt tatsächliche Anhaltspunkte, dass das Bekenntnis der Person inhaltlich unrichtig ist": (
        ("einbuergerung.anhaltspunkte_bekenntnis_unrichtig", True),
    ),
    "es besteht ein Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2 oder 4": (("einbuergerung.ausweisungsinteresse_54_1_nr2_oder_4", True),),
    "die Person ist gleichzeitig mit mehreren Ehegatten verheiratet": (
        ("haushalt.familienstand", "verheiratet"),
        ("einbuergerung.mehrehe", True),
    ),
    "das Verhalten der Person missachtet die Gleichberechtigung von Mann und Frau": (
        ("einbuergerung.missachtung_gleichberechtigung", True),
    ),
}


@given("eine einbürgerungswillige Person mit Niederlassungserlaubnis")
def _(akte: Akte) -> None:
    akte.daten = grundfall_einbuergerung()


@given(parsers.re(r'die Einbürgerungsangabe ["„](?P<angabe>[^"“]+)["“] ist unbekannt'))
def _(akte: Akte, angabe: str) -> None:
    if angabe not in ANGABEN_EINBUERGERUNG:
        raise AssertionError(f"unbekannte Einbürgerungsangabe „{angabe}“; bekannt sind: {', '.join(ANGABEN_EINBUERGERUNG)}")
    for pfad in ANGABEN_EINBUERGERUNG[angabe]:
        akte.setze(pfad, None)


def _aussage(aenderungen: tuple[tuple[str, Any], ...]) -> Callable[[Akte], None]:
    def schritt(akte: Akte) -> None:
        for pfad, wert in aenderungen:
            akte.setze(pfad, copy.deepcopy(wert))

    return schritt


for _text, _aenderungen in AUSSAGEN_EINBUERGERUNG.items():
    given(_text)(_aussage(_aenderungen))


# --- residence ----------------------------------------------------------------------------------
@given(parsers.re(rf"die Aufenthaltsgestattung ab dem (?P<von>{DATUM}) endete (?P<wie>mit|ohne) Anerkennung als schutzberechtigt"))
def _(akte: Akte, von: str, wie: str) -> None:
    for p in akte.daten.get("aufenthalt") or []:
        if p["status"] == "aufenthaltsgestattung" and p["von"] == datum(von):
            p["schutz_zuerkannt"] = wie == "mit"
            return
    raise AssertionError(f"keine Aufenthaltsgestattung ab dem {von} in der Akte")


# --- livelihood ---------------------------------------------------------------------------------
@given(parsers.re(rf"die Person ist seit dem (?P<von>{DATUM}) in (?P<art>Vollzeit|Teilzeit) erwerbstätig"))
def _(akte: Akte, von: str, art: str) -> None:
    akte.setze("einbuergerung.erwerbszeiten", [{"von": datum(von), "bis": None, "vollzeit": art == "Vollzeit"}])


@given(parsers.re(rf"die Person war vom (?P<von>{DATUM}) bis (?P<bis>{DATUM}) in (?P<art>Vollzeit|Teilzeit) erwerbstätig"))
def _(akte: Akte, von: str, bis: str, art: str) -> None:
    akte.liste("einbuergerung.erwerbszeiten").append({"von": datum(von), "bis": datum(bis), "vollzeit": art == "Vollzeit"})


@given(parsers.re(rf"die Person bezieht Wohngeld von (?P<betrag>{BETRAG}) €"))
def _(akte: Akte, betrag: str) -> None:
    akte.liste("lebensunterhalt.leistungen").append({"art": "wohngeld", "betrag_eur_monat": geldbetrag(betrag)})


@given(parsers.re(rf"die Person hat am (?P<tag>{DATUM}) einen Einbürgerungsantrag gestellt"))
def _(akte: Akte, tag: str) -> None:
    akte.liste("antraege").append({"norm": "stag_10", "gestellt_am": datum(tag)})


# --- convictions (§ 12a StAG) -------------------------------------------------------------------
def _verurteilung(akte: Akte, **werte: Any) -> None:
    akte.liste("verurteilungen").append({"im_inland": True, "motiv_menschenverachtend": False, **werte})


@given(parsers.re(r"die Person wurde zu einer Geldstrafe von (?P<ts>\d+) Tagessätzen verurteilt"))
def _(akte: Akte, ts: str) -> None:
    _verurteilung(akte, tagessaetze=int(ts))


@given(parsers.re(r"die Person wurde zu einer Freiheitsstrafe von (?P<monate>\d+) Monat(?:en)? (?P<wie>auf Bewährung verurteilt, die Strafe ist nach der Bewährungszeit erlassen|auf Bewährung verurteilt, die Bewährungszeit läuft noch|ohne Bewährung verurteilt)"))
def _(akte: Akte, monate: str, wie: str) -> None:
    bewaehrung = wie.startswith("auf Bewährung")
    _verurteilung(akte, freiheitsstrafe_monate=int(monate), bewaehrung=bewaehrung,
                  strafe_erlassen=("erlassen" in wie) if bewaehrung else None)


@given(parsers.re(r"die Person wurde zu einer Jugendstrafe von (?P<monate>\d+) Monaten auf Bewährung verurteilt, die Strafe ist erlassen"))
def _(akte: Akte, monate: str) -> None:
    _verurteilung(akte, jugendstrafe_monate=int(monate), jugendstrafrecht=True, bewaehrung=True, strafe_erlassen=True)


@given("die Person wurde nach Jugendstrafrecht nur zu Erziehungsmaßregeln oder Zuchtmitteln verurteilt")
def _(akte: Akte) -> None:
    _verurteilung(akte, jugendstrafrecht=True, jugendstrafe_monate=0)


@given("das Urteil stellt ein antisemitisches, rassistisches oder sonst menschenverachtendes Motiv fest")
def _(akte: Akte) -> None:
    akte.letzte_verurteilung()["motiv_menschenverachtend"] = True


@given("ob das Urteil ein menschenverachtendes Motiv feststellt, ist unbekannt")
def _(akte: Akte) -> None:
    akte.letzte_verurteilung()["motiv_menschenverachtend"] = None


@given("die Verurteilung erging im Ausland")
def _(akte: Akte) -> None:
    akte.letzte_verurteilung()["im_inland"] = False


# --- language and knowledge ---------------------------------------------------------------------
@given(parsers.re(r"die Person hat ein Sprachzertifikat auf Niveau (?P<niveau>A1|A2|B1|B2|C1|C2) \(mündlich und schriftlich\)"))
def _(akte: Akte, niveau: str) -> None:
    akte.setze("sprache.nachweise", [{"niveau": niveau, "muendlich": True, "schriftlich": True}])


@given(parsers.re(r"die Person hat im Einbürgerungstest (?P<punkte>\d+) von 33 Punkten erreicht"))
def _(akte: Akte, punkte: str) -> None:
    akte.setze("leben_in_deutschland_test", {})
    akte.setze("einbuergerung.einbuergerungstest_punkte", int(punkte))


# --- § 35a --------------------------------------------------------------------------------------
@given(parsers.re(rf"die Einbürgerungsbehörde hat am (?P<tag>{DATUM}) eine Täuschung im Einbürgerungsverfahren festgestellt"))
def _(akte: Akte, tag: str) -> None:
    akte.setze("einbuergerung.sperrgrund_35a", True)
    akte.setze("einbuergerung.sperrgrund_35a_am", datum(tag))


@given(parsers.re(r"die Person hat mündlich Niveau (?P<m>A1|A2|B1|B2|C1|C2) und schriftlich Niveau (?P<s>A1|A2|B1|B2|C1|C2) nachgewiesen"))
def _(akte: Akte, m: str, s: str) -> None:
    akte.setze("sprache.nachweise", [{"niveau": m, "muendlich": True, "schriftlich": False},
                                     {"niveau": s, "muendlich": False, "schriftlich": True}])


@given(parsers.re(rf"die Person ist ein Kind, geboren am (?P<geb>{DATUM}), mit Niederlassungserlaubnis seit der Geburt"))
def _(akte: Akte, geb: str) -> None:
    akte.setze("person", {"geburtsdatum": datum(geb)})
    akte.setze("aufenthalt", [{"status": "niederlassungserlaubnis", "von": datum(geb), "bis": None, "paragraph": None}])
    akte.setze("einbuergerung.erwerbszeiten", [])
