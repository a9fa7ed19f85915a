"""Steps for deadlines and the earliest date of a pathway (features/fristen.feature).

Given: applications, current status validity, planned facts, lead time. When: the ledger
(:func:`kimrules.fristen.ledger.fristen`) or the projection (:func:`kimrules.fristen.vorausschau.fruehestens`)
is computed for the scenario's file on its Stichtag. Then: dates, reasons, Fundstellen.
"""

from __future__ import annotations

from pydantic import ValidationError
from pytest_bdd import given, parsers, then, when

from akte import DATUM, Akte, datum
from kimrules import Screener
from kimrules.basis.dates import format_datum
from kimrules.akte.facts import Sachverhalt
from kimrules.fristen.ledger import Frist, fristen
from kimrules.fristen.projektion import Projektion
from kimrules.fristen.vorausschau import fruehestens
from steps_pruefung import NORM_TEXT, NORMEN

ART = r'["„](?P<art>[a-z0-9_]+)["“]'
ID = r'["„](?P<id>[a-z0-9_]+)["“]'
TEXT = r'["„](?P<text>[^"“]+)["“]'


def _sachverhalt(akte: Akte) -> Sachverhalt:
    if akte.stichtag is None:
        raise AssertionError("Kein Stichtag angegeben (Schritt „Angenommen der Stichtag ist der TT.MM.JJJJ“ fehlt)")
    try:
        return Sachverhalt.model_validate(akte.fuer_pruefung())
    except ValidationError as exc:
        raise AssertionError(f"Die Schritte ergeben keine gültige Akte:\n{exc}") from None


# --- Given --------------------------------------------------------------------------------------
@given(parsers.re(rf"die Person hat am (?P<tag>{DATUM}) die Aufenthaltserlaubnis nach § 25b beantragt"))
def _(akte: Akte, tag: str) -> None:
    akte.liste("antraege").append({"norm": "aufenthg_25b", "gestellt_am": datum(tag)})


@given(parsers.re(rf"die aktuelle Bescheinigung ist gültig bis (?P<bis>{DATUM})"))
def _(akte: Akte, bis: str) -> None:
    perioden = akte.daten.get("aufenthalt") or []
    if not perioden:
        raise AssertionError("Erst einen Status angeben, dann seine Gültigkeit")
    perioden[-1]["bis"] = datum(bis)


@given(parsers.re(rf"ein Sprachzertifikat (?P<niveau>A1|A2|B1|B2|C1) \(mündlich und schriftlich\) wird am (?P<tag>{DATUM}) erwartet"))
def _(akte: Akte, niveau: str, tag: str) -> None:
    akte.liste("geplant.sprachnachweise").append({"niveau": niveau, "muendlich": True, "schriftlich": True, "erwartet_am": datum(tag)})


@given(parsers.re(rf"ein Pass wurde am (?P<beantragt>{DATUM}) beantragt und wird am (?P<tag>{DATUM}) erwartet, gültig bis (?P<bis>{DATUM})"))
def _(akte: Akte, beantragt: str, tag: str, bis: str) -> None:
    akte.setze("geplant.pass", {"beantragt_am": datum(beantragt), "erwartet_am": datum(tag), "gueltig_bis": datum(bis)})


@given(parsers.re(r"die Vorlaufzeit für den Folgeantrag beträgt (?P<wochen>\d+) Wochen"))
def _(akte: Akte, wochen: str) -> None:
    akte.vorlauf_wochen = int(wochen)  # type: ignore[attr-defined]  # a setting of the ledger, not a fact


# --- When ---------------------------------------------------------------------------------------
@when("die Fristen berechnet werden", target_fixture="fristenliste")
def _(akte: Akte, screener: Screener) -> list[Frist]:
    return fristen(_sachverhalt(akte), akte.stichtag, parameter=screener.regelwerk.parameter,
                   vorlauf_wochen=getattr(akte, "vorlauf_wochen", None))


@when(parsers.re(rf"der früheste Termin für {NORM_TEXT} berechnet wird"), target_fixture="projektion")
def _(akte: Akte, screener: Screener, norm: str) -> Projektion:
    return fruehestens(screener, _sachverhalt(akte), akte.stichtag, NORMEN[norm])


# --- Then: ledger -------------------------------------------------------------------------------
def _liste(fristenliste: list[Frist]) -> str:
    return "\n".join(f"  {f.art}: {format_datum(f.datum) if f.datum else 'offen'} {f.offen_grund or ''}" for f in fristenliste) or "  (keine)"


def _eine(fristenliste: list[Frist], art: str) -> Frist:
    treffer = [f for f in fristenliste if f.art == art]
    if len(treffer) != 1:
        raise AssertionError(f"Erwartet genau eine Frist „{art}“, gefunden {len(treffer)}:\n{_liste(fristenliste)}")
    return treffer[0]


@then(parsers.re(rf"ist die Frist {ART} am (?P<tag>{DATUM})"))
@then(parsers.re(rf"die Frist {ART} ist am (?P<tag>{DATUM})"))
def _(fristenliste: list[Frist], art: str, tag: str) -> None:
    f = _eine(fristenliste, art)
    assert f.datum == datum(tag), f"Frist „{art}“: erwartet {tag}, berechnet {format_datum(f.datum) if f.datum else 'offen'} – {f.offen_grund or f.hinweis}"


@then(parsers.re(rf"ist die Frist {ART} nicht berechenbar, weil {TEXT}"))
def _(fristenliste: list[Frist], art: str, text: str) -> None:
    f = _eine(fristenliste, art)
    assert f.datum is None, f"Frist „{art}“ ist berechnet ({format_datum(f.datum)}), erwartet: nicht berechenbar"
    assert text in (f.offen_grund or ""), f"Grund „{f.offen_grund}“ enthält nicht „{text}“"


@then(parsers.re(rf"gibt es keine Frist {ART}"))
def _(fristenliste: list[Frist], art: str) -> None:
    assert not [f for f in fristenliste if f.art == art], f"Frist „{art}“ gefunden:\n{_liste(fristenliste)}"


@then(parsers.re(rf"nennt die Frist {ART} die Fundstelle {TEXT}"))
def _(fristenliste: list[Frist], art: str, text: str) -> None:
    f = _eine(fristenliste, art)
    assert text in f.fundstelle, f"Fundstelle „{f.fundstelle}“ enthält nicht „{text}“"


@then(parsers.re(rf"trägt die Frist {ART} den Titel {TEXT}"))
def _(fristenliste: list[Frist], art: str, text: str) -> None:
    f = _eine(fristenliste, art)
    assert f.titel == text, f"Titel „{f.titel}“, erwartet „{text}“"


@then(parsers.re(rf"sagt die Frist {ART} im Hinweis {TEXT}"))
def _(fristenliste: list[Frist], art: str, text: str) -> None:
    f = _eine(fristenliste, art)
    assert text in f.hinweis, f"Hinweis „{f.hinweis}“ enthält nicht „{text}“"


@then("sind die Fristen nach Datum geordnet")
def _(fristenliste: list[Frist]) -> None:
    daten = [f.datum for f in fristenliste if f.datum is not None]
    assert daten == sorted(daten), _liste(fristenliste)
    offen = [i for i, f in enumerate(fristenliste) if f.datum is None]
    assert offen == list(range(len(fristenliste) - len(offen), len(fristenliste))), "nicht berechenbare Fristen stehen nicht am Ende"


# --- Then: earliest date ------------------------------------------------------------------------
def _zeige(p: Projektion) -> str:
    return (f"frühestens {format_datum(p.datum) if p.datum else '–'}, Fassung ab {format_datum(p.fassung_ab) if p.fassung_ab else '–'}, "
            f"durch Zeit: {p.zeitabhaengig}, nicht durch Zeit: {p.nicht_durch_zeit}; {p.hinweis}")


@then(parsers.re(rf"ist der Weg frühestens ab (?P<tag>{DATUM}) möglich"))
def _(projektion: Projektion, tag: str) -> None:
    assert projektion.datum == datum(tag) and not projektion.nicht_durch_zeit, _zeige(projektion)


@then(parsers.re(rf"ist ab (?P<tag>{DATUM}) alles erfüllt, was der Zeitablauf erfüllen kann"))
def _(projektion: Projektion, tag: str) -> None:
    assert projektion.datum == datum(tag), _zeige(projektion)


@then(parsers.re(rf"gilt an diesem Tag die Fassung ab (?P<tag>{DATUM})"))
def _(projektion: Projektion, tag: str) -> None:
    assert projektion.fassung_ab == datum(tag), _zeige(projektion)


@then(parsers.re(rf"erfüllt der Zeitablauf die Voraussetzung {ID}"))
def _(projektion: Projektion, id: str) -> None:
    assert id in projektion.zeitabhaengig, _zeige(projektion)


@then(parsers.re(rf"bleibt die Voraussetzung {ID} offen, auch wenn Zeit vergeht"))
def _(projektion: Projektion, id: str) -> None:
    assert id in projektion.nicht_durch_zeit, _zeige(projektion)


@then("ist der Weg schon am Stichtag möglich")
def _(akte: Akte, projektion: Projektion) -> None:
    assert projektion.datum == akte.stichtag and not projektion.nicht_durch_zeit and not projektion.zeitabhaengig, _zeige(projektion)
