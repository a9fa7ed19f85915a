"""Steps for households and family-derived rights (features/familie.feature).

The main person ("die Person") is built with the usual steps; household members are added with
``zum Haushalt gehört "<Rolle>" als <Beziehung>`` (a well integrated person like the baseline,
living in the household) and changed one thing at a time with ``"<Rolle>" …`` or
``für "<Rolle>" gilt: <Aussage aus akte.AUSSAGEN>``. ``Wenn § 25b Abs. 4 AufenthG für "<Rolle>"
geprüft wird`` screens the whole household (:func:`kimrules.pruefung.haushalt.screen_haushalt`) and puts the
member's derived right in ``ergebnis``, so the usual Then steps (``ist die Voraussetzung …``,
``ist der Weg …``) apply. The regular expressions are shared with ``test_abdeckung.py``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Optional

from pydantic import ValidationError
from pytest_bdd import given, parsers, then, when

from akte import ANGABEN, AUSSAGEN, DATUM, Akte, datum, geldbetrag, grundfall, statusart
from kimrules import Screener
from kimrules.akte.facts import Sachverhalt
from kimrules.regelwerk.cache import load_cached
from kimrules.werkbank import szenarien
from kimrules.pruefung.haushalt import AbgeleitetesRecht, screen_haushalt
from kimrules.engine.outcome import Ergebnis

# How a scenario names a family-derived right -> the rule set's kennung (rules/<gesetz>/<norm>/)
FAMILIE_NORMEN = szenarien.normnamen(load_cached(), familie=True)  # "§ 25b Abs. 4 AufenthG" -> kennung (rule files)
FAMILIE_NORM_TEXT = "(?P<norm>" + "|".join(re.escape(n) for n in sorted(FAMILIE_NORMEN, key=len, reverse=True)) + ")"
ROLLE = r'["„](?P<rolle>[^"“]+)["“]'
FAMILIE_PRUEFUNG_RE = rf"{FAMILIE_NORM_TEXT} für {ROLLE} geprüft wird"
BETRAG = r"\d[\d.]*(?:,\d{1,2})?"

BEZIEHUNGEN = {
    "Ehegatte": "ehegatte", "Ehegattin": "ehegatte", "Lebenspartner": "lebenspartner", "Lebenspartnerin": "lebenspartner",
    "Kind": "kind", "Elternteil": "elternteil", "Geschwister": "geschwister", "sonstige Person": "sonstige",
}
FAMILIENSTAND = {"ledig": "ledig", "verheiratet": "verheiratet", "geschieden": "geschieden", "verwitwet": "verwitwet"}


def _rollen(akte: Akte) -> dict[str, dict[str, Any]]:
    return akte.__dict__.setdefault("rollen", {})


def mitglied(akte: Akte, rolle: str) -> Akte:
    """The member's record as an Akte (sharing the dict), so the Akte helpers work on it."""
    rollen = _rollen(akte)
    if rolle not in rollen:
        raise AssertionError(f"„{rolle}“ gehört nicht zum Haushalt; bekannt: {', '.join(rollen) or 'niemand'}")
    return Akte(daten=rollen[rolle])


def neues_mitglied(beziehung: str, geb: Optional[date]) -> dict[str, Any]:
    """A well integrated person (like the baseline) living in the household; born ``geb`` if given."""
    d = grundfall()
    del d["aktenzeichen"]
    d["beziehung"] = beziehung
    d["im_haushalt"] = True
    d["haushalt"]["familienstand"] = "verheiratet" if beziehung in ("ehegatte", "lebenspartner") else "ledig"
    if beziehung == "lebenspartner":
        d["haushalt"]["familienstand"] = "eingetragene_lebenspartnerschaft"
    if beziehung == "elternteil":
        d["personensorgeberechtigt"] = True
    if geb is not None:
        d["person"]["geburtsdatum"] = geb
        d["person"]["einreisedatum"] = max(geb, d["person"]["einreisedatum"])
        d["aufenthalt"][0]["von"] = max(geb, d["aufenthalt"][0]["von"])
    return d


# --- Given: members ---------------------------------------------------------------------------------
@given(parsers.re(rf"zum Haushalt gehört {ROLLE} als (?P<beziehung>{'|'.join(BEZIEHUNGEN)})(?:, geboren am (?P<geb>{DATUM}))?"))
def _(akte: Akte, rolle: str, beziehung: str, geb: Optional[str]) -> None:
    d = neues_mitglied(BEZIEHUNGEN[beziehung], datum(geb) if geb else None)
    d["aktenzeichen"] = f"BDD-{rolle}"
    _rollen(akte)[rolle] = d
    akte.liste("angehoerige").append(d)


@given(parsers.re(rf"zum Haushalt gehört {ROLLE} als (?P<beziehung>{'|'.join(BEZIEHUNGEN)}) mit Niederlassungserlaubnis(?:, geboren am (?P<geb>{DATUM}))?"))
def _(akte: Akte, rolle: str, beziehung: str, geb: Optional[str]) -> None:
    """Like the baseline of steps_einbuergerung ("einbürgerungswillig"), living in the household."""
    from steps_einbuergerung import grundfall_einbuergerung

    d = grundfall_einbuergerung()
    d["aktenzeichen"] = f"BDD-{rolle}"
    d["beziehung"] = BEZIEHUNGEN[beziehung]
    d["im_haushalt"] = True
    if d["beziehung"] in ("ehegatte", "lebenspartner"):
        d["haushalt"]["familienstand"] = "verheiratet" if d["beziehung"] == "ehegatte" else "eingetragene_lebenspartnerschaft"
    if geb is not None:
        d["person"] = {"geburtsdatum": datum(geb), "einreisedatum": datum(geb)}
        d["aufenthalt"] = [{"status": "niederlassungserlaubnis", "von": datum(geb), "bis": None, "paragraph": None}]
    _rollen(akte)[rolle] = d
    akte.liste("angehoerige").append(d)


@given(parsers.re(rf"{ROLLE} ist am (?P<tag>{DATUM}) eingereist und hat seitdem (?P<status>.+)"))
def _(akte: Akte, rolle: str, tag: str, status: str) -> None:
    m = mitglied(akte, rolle)
    art, paragraph, angaben = statusart(status)
    m.setze("person.einreisedatum", datum(tag))
    m.daten["aufenthalt"] = [{"status": art, "von": datum(tag), "bis": None, "paragraph": paragraph, **angaben}]


@given(parsers.re(rf"{ROLLE} lebt nicht im Haushalt"))
def _(akte: Akte, rolle: str) -> None:
    m = mitglied(akte, rolle).daten
    m["im_haushalt"] = False


@given(parsers.re(rf"{ROLLE} lebt (?P<nicht>nicht )?in familiärer Lebensgemeinschaft mit der Person"))
def _(akte: Akte, rolle: str, nicht: Optional[str]) -> None:
    mitglied(akte, rolle).daten["familiaere_lebensgemeinschaft"] = not nicht


@given(parsers.re(rf"ob {ROLLE} im Haushalt lebt, ist unbekannt"))
def _(akte: Akte, rolle: str) -> None:
    m = mitglied(akte, rolle).daten
    m["im_haushalt"] = None
    m["familiaere_lebensgemeinschaft"] = None


@given(parsers.re(rf"{ROLLE} ist (?P<stand>{'|'.join(FAMILIENSTAND)})"))
def _(akte: Akte, rolle: str, stand: str) -> None:
    mitglied(akte, rolle).setze("haushalt.familienstand", FAMILIENSTAND[stand])


@given(parsers.re(rf"{ROLLE} ist am (?P<tag>{DATUM}) eingereist"))
def _(akte: Akte, rolle: str, tag: str) -> None:
    mitglied(akte, rolle).setze("person.einreisedatum", datum(tag))


@given(parsers.re(rf"{ROLLE} hat (?P<nicht>nicht )?die Personensorge für die Person"))
def _(akte: Akte, rolle: str, nicht: Optional[str]) -> None:
    mitglied(akte, rolle).daten["personensorgeberechtigt"] = not nicht


@given(parsers.re(rf"{ROLLE} hat seit dem (?P<von>{DATUM}) (?P<status>.+)"))
def _(akte: Akte, rolle: str, von: str, status: str) -> None:
    mitglied(akte, rolle).male_status(datum(von), None, *statusart(status))


@given(parsers.re(rf"{ROLLE} hat keine Anträge gestellt"))
def _(akte: Akte, rolle: str) -> None:
    mitglied(akte, rolle).daten["antraege"] = []


@given(parsers.re(rf"für {ROLLE} beträgt der Bedarf der Bedarfsgemeinschaft (?P<bedarf>{BETRAG}) € und das Erwerbseinkommen (?P<einkommen>{BETRAG}) €"))
def _(akte: Akte, rolle: str, bedarf: str, einkommen: str) -> None:
    m = mitglied(akte, rolle)
    m.setze("lebensunterhalt.bedarf_eur_monat", geldbetrag(bedarf))
    m.setze("lebensunterhalt.einkommen", [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": geldbetrag(einkommen)}])


@given(parsers.re(rf"{ROLLE} wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von (?P<ts>\d+) Tagessätzen verurteilt(?P<ausl>, die nur Ausländer begehen können)?"))
def _(akte: Akte, rolle: str, ts: str, ausl: Optional[str]) -> None:
    mitglied(akte, rolle).liste("verurteilungen").append(
        {"tagessaetze": int(ts), "vorsaetzlich": True, "im_inland": True, "nur_auslaender_straftat": bool(ausl)})


@given(parsers.re(rf"{ROLLE} wurde wegen einer vorsätzlichen Straftat nach Jugendstrafrecht verurteilt, ohne Jugendstrafe"))
def _(akte: Akte, rolle: str) -> None:
    mitglied(akte, rolle).liste("verurteilungen").append(
        {"jugendstrafrecht": True, "jugendstrafe_monate": 0, "vorsaetzlich": True, "im_inland": True})


@given(parsers.re(rf"für {ROLLE} gilt: (?P<aussage>.+)"))
def _(akte: Akte, rolle: str, aussage: str) -> None:
    if aussage not in AUSSAGEN:
        raise AssertionError(f"unbekannte Aussage „{aussage}“; bekannt sind die Sätze in tests/bdd/akte.py AUSSAGEN")
    m = mitglied(akte, rolle)
    for pfad, wert in AUSSAGEN[aussage]:
        m.setze(pfad, wert)


@given(parsers.re(rf'für {ROLLE} ist die Angabe ["„](?P<angabe>[^"“]+)["“] unbekannt'))
def _(akte: Akte, rolle: str, angabe: str) -> None:
    if angabe not in ANGABEN:
        raise AssertionError(f"unbekannte Angabe „{angabe}“; bekannt sind: {', '.join(ANGABEN)}")
    m = mitglied(akte, rolle)
    for pfad in ANGABEN[angabe]:
        m.setze(pfad, None)


# --- When -------------------------------------------------------------------------------------------
@when(parsers.re(FAMILIE_PRUEFUNG_RE), target_fixture="ergebnis")
def _(akte: Akte, screener: Screener, norm: str, rolle: str) -> Optional[Ergebnis]:
    if akte.stichtag is None:
        raise AssertionError("Kein Stichtag angegeben (Schritt „Angenommen der Stichtag ist der TT.MM.JJJJ“ fehlt)")
    mitglied(akte, rolle)
    try:
        sachverhalt = Sachverhalt.model_validate(akte.fuer_pruefung())
    except ValidationError as exc:
        raise AssertionError(f"Die Schritte ergeben keine gültige Akte:\n{exc}") from None
    h = screen_haushalt(screener, sachverhalt, akte.stichtag)
    index = list(_rollen(akte)).index(rolle) + 1
    kennung = FAMILIE_NORMEN[norm]
    rechte = [a for a in h.personen[index].abgeleitet if a.kennung == kennung]
    akte.__dict__["recht"] = rechte[0] if rechte else None
    akte.__dict__["haushalt"] = h
    return rechte[0].ergebnis if rechte else None


# --- Then -------------------------------------------------------------------------------------------
def _recht(akte: Akte) -> AbgeleitetesRecht:
    recht = akte.__dict__.get("recht")
    if recht is None:
        raise AssertionError("Für diese Person wurde das abgeleitete Recht nicht geprüft (die Vorschrift nennt ihre Beziehung nicht)")
    return recht


@then(parsers.re(r'nennt die Ableitung ["„](?P<text>[^"“]+)["“]'))
def _(akte: Akte, text: str) -> None:
    recht = _recht(akte)
    assert text in recht.erklaerung, f"„{text}“ fehlt in: {recht.erklaerung}"


@then(parsers.re(rf"wird {FAMILIE_NORM_TEXT} für {ROLLE} nicht geprüft"))
def _(akte: Akte, norm: str, rolle: str) -> None:
    recht = akte.__dict__.get("recht")
    assert recht is None, f"geprüft wurde: {recht.erklaerung if recht else ''}"


@given(parsers.re(rf"{ROLLE} verhindert derzeit die eigene Abschiebung durch (?P<wie>wiederholte vorsätzliche Täuschung über die Identität|falsche Angaben, ob wiederholt und vorsätzlich, ist unbekannt)"))
def _(akte: Akte, rolle: str, wie: str) -> None:
    m = mitglied(akte, rolle)
    m.setze("identitaet.taeuschung_aktuell", True)
    m.setze("chancen_aufenthaltsrecht.taeuschung_wiederholt", True if wie.startswith("wiederholte") else None)
