"""Steps for the questions a Vorprüfung asks (features/fragen.feature).

"Wenn die Vorprüfung erstellt wird" screens every pathway on the Stichtag, with the earliest-date
projection and the household, and lists the questions (:func:`kimrules.fragen.fragen`); the Then
steps name a question by the German name of the fact it asks for (or a part of it).
"""

from __future__ import annotations

from pydantic import ValidationError
from pytest_bdd import given, parsers, then, when

from akte import Akte
from kimrules.akte.facts import Sachverhalt
from kimrules.pruefung.haushalt import HAUPTPERSON
from kimrules.vorpruefung import vorpruefung
from steps_pruefung import NORM_TEXT, NORMEN, STATUS, STATUS_TEXT

ANGABE = r'["„](?P<angabe>[^"“]+)["“]'
NORMEN_LISTE = r"(?P<normen>§ .+)"


@given("ob ein Ehegatte, Lebenspartner oder Elternteil eine Aufenthaltserlaubnis nach § 25b erhält, ist nicht erfasst")
def _(akte: Akte) -> None:
    akte.setze("haushalt.familienangehoeriger_25b_beguenstigter", None)


@given(parsers.re(r"die Person ist (?P<stand>ledig|verheiratet|geschieden|verwitwet)"))
def _(akte: Akte, stand: str) -> None:
    akte.setze("haushalt.familienstand", stand)


@given("der Schulbesuch der Person ist nicht erfasst")
def _(akte: Akte) -> None:
    for feld in ("schulbesuch_seit", "schulbesuch_bis", "schulbesuch_erfolgreich", "schulbesuch_unmoeglich_krankheit_behinderung"):
        akte.setze(f"bildung.{feld}", None)


@given("ob die Person das Bekenntnis abgegeben hat, ist nicht erfasst")
def _(akte: Akte) -> None:
    akte.setze("bekenntnis.abgegeben", None)


# --- When ---------------------------------------------------------------------------------------
@when("die Vorprüfung erstellt wird", target_fixture="vorpruefung")
def _(akte: Akte, screener):
    if akte.stichtag is None:
        raise AssertionError("Kein Stichtag angegeben (Schritt „Angenommen der Stichtag ist der TT.MM.JJJJ“ fehlt)")
    try:
        sachverhalt = Sachverhalt.model_validate(akte.daten)
    except ValidationError as exc:
        raise AssertionError(f"Die Schritte ergeben keine gültige Akte:\n{exc}") from None
    return vorpruefung(sachverhalt, akte.stichtag, screener=screener)


# --- Then ---------------------------------------------------------------------------------------
def _liste(v) -> str:
    return "\n".join(f"  - {f.titel} [{f.person}] → {', '.join(w.text for w in f.wege)}" for f in v.fragen) or "  (keine)"


def _gestellt(v, angabe: str) -> list:
    return [f for f in v.fragen if f.person == HAUPTPERSON and angabe in f.titel]


@then(parsers.re(rf"wird nicht gefragt nach {ANGABE}"))
def _(vorpruefung, angabe: str) -> None:
    treffer = _gestellt(vorpruefung, angabe)
    assert not treffer, f"Gefragt wird nach „{angabe}“; die Fragen:\n{_liste(vorpruefung)}"


@then(parsers.re(rf"wird (?P<einmal>einmal )?gefragt nach {ANGABE}, für {NORMEN_LISTE}"))
def _(vorpruefung, einmal: str | None, angabe: str, normen: str) -> None:
    treffer = _gestellt(vorpruefung, angabe)
    assert treffer, f"Nicht gefragt wird nach „{angabe}“; die Fragen:\n{_liste(vorpruefung)}"
    if einmal:
        assert len({f.fakt for f in treffer}) == len(treffer) == 1, f"Mehrfach gefragt nach „{angabe}“:\n{_liste(vorpruefung)}"
    erwartet = {n.strip() for n in normen.replace(" und ", ", ").split(",")}
    unbekannt = erwartet - set(NORMEN)
    assert not unbekannt, f"Unbekannte Norm(en) {unbekannt}; bekannt: {', '.join(NORMEN)}"
    genannt = {w.norm for f in treffer for w in f.wege}
    assert erwartet <= genannt, f"Die Frage nach „{angabe}“ nennt {sorted(genannt)}, erwartet {sorted(erwartet)}"


@then("gibt es keine offenen Fragen")
def _(vorpruefung) -> None:
    assert not vorpruefung.fragen, f"Es gibt offene Fragen:\n{_liste(vorpruefung)}"


@then(parsers.re(rf"ist {NORM_TEXT} {STATUS_TEXT}"))
def _(vorpruefung, norm: str, status: str) -> None:
    e = next(e for e in vorpruefung.ergebnisse if e.kennung == NORMEN[norm])
    assert e.status is STATUS[status], f"{norm} ist {e.status.text}, erwartet {status}"


@then("gilt der Termin nur, wenn bis dahin der Pass verlängert ist")
def _(projektion) -> None:
    assert any("Pass verlängert" in b for b in projektion.bedingungen), projektion.bedingungen


@then("braucht der Termin keinen Schritt außer der Zeit")
def _(projektion) -> None:
    assert not projektion.bedingungen, projektion.bedingungen
