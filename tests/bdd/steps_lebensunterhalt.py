"""Steps for the household's need computed from Regelbedarfe, Mehrbedarfe and rent (features/lebensunterhalt.feature).

Given steps describe the household (rent, earned income, spouse, pregnancy); children use the
steps of ``steps_sachverhalt.py``. Then steps read the facts the screening used: they are derived
again from the same file with the Screener's parameters (the need is not tested by any rule
directly, so it does not appear in every Befund), and the explanation of a requirement is read
from the result.
"""

from __future__ import annotations

from pytest_bdd import given, parsers, then

from akte import Akte, geldbetrag
from kimrules import Screener
from kimrules.fakten.derive import Fakten, derive, euro, prozent
from kimrules.akte.facts import Sachverhalt
from kimrules.engine.outcome import Ergebnis
from steps_pruefung import befund
from steps_sachverhalt import BETRAG

BEDARF = "lebensunterhalt_bedarf_eur_monat"
ANTEIL = "lebensunterhalt_anteil_erwerb_prozent"


def _fakten(akte: Akte, screener: Screener) -> Fakten:
    assert akte.stichtag is not None, "Kein Stichtag angegeben"
    return derive(Sachverhalt.model_validate(akte.fuer_pruefung()), akte.stichtag, screener.regelwerk.parameter)


# --- Given --------------------------------------------------------------------------------------
@given(parsers.re(rf"die Warmmiete beträgt (?P<betrag>{BETRAG}) €"))
def _(akte: Akte, betrag: str) -> None:
    akte.setze("lebensunterhalt.miete_warm_eur_monat", geldbetrag(betrag))


@given(parsers.re(rf"das Erwerbseinkommen beträgt (?P<betrag>{BETRAG}) €"))
def _(akte: Akte, betrag: str) -> None:
    akte.setze("lebensunterhalt.einkommen", [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": geldbetrag(betrag)}])


@given("die Person lebt mit ihrem Ehegatten zusammen")
def _(akte: Akte) -> None:
    akte.setze("haushalt.familienstand", "verheiratet")
    akte.setze("haushalt.partner", {"art": "ehegatte", "im_haushalt": True})


@given("die Person ist nach der 12. Schwangerschaftswoche schwanger")
def _(akte: Akte) -> None:
    akte.setze("lebensunterhalt.schwanger_nach_12_ssw", True)


@given("niemand im Haushalt ist schwanger")
def _(akte: Akte) -> None:
    akte.setze("lebensunterhalt.schwanger_nach_12_ssw", False)


@given("ob jemand im Haushalt schwanger ist, ist unbekannt")
def _(akte: Akte) -> None:
    akte.setze("lebensunterhalt.schwanger_nach_12_ssw", None)


# --- Then ---------------------------------------------------------------------------------------
@then(parsers.re(rf"beträgt der Bedarf der Bedarfsgemeinschaft (?P<betrag>{BETRAG}) €"))
def _(akte: Akte, screener: Screener, betrag: str) -> None:
    f = _fakten(akte, screener)
    ist = f.werte.get(BEDARF)
    assert ist is not None, f"Bedarf nicht bestimmt: {f.herleitung[BEDARF]}"
    assert euro(ist) == euro(geldbetrag(betrag)), f"Bedarf ist {euro(ist)}: {f.herleitung[BEDARF]}"


@then("wird kein Bedarf berechnet")
def _(akte: Akte, screener: Screener) -> None:
    f = _fakten(akte, screener)
    assert BEDARF not in f.werte, f"Bedarf {euro(f.werte[BEDARF])}: {f.herleitung[BEDARF]}"


@then(parsers.re(r"beträgt der Anteil des Erwerbseinkommens am Bedarf (?P<anteil>\d+,\d) %"))
def _(akte: Akte, screener: Screener, anteil: str) -> None:
    f = _fakten(akte, screener)
    ist = f.werte.get(ANTEIL)
    assert ist is not None, f"Anteil nicht bestimmt: {f.herleitung[ANTEIL]}"
    assert prozent(ist) == f"{anteil} %", f"Anteil ist {prozent(ist)}: {f.herleitung[ANTEIL]}"


@then(parsers.re(r'nennt die Herleitung des Bedarfs ["„](?P<text>[^"“]+)["“]'))
def _(akte: Akte, screener: Screener, text: str) -> None:
    wie = _fakten(akte, screener).herleitung[BEDARF]
    assert text in wie, f"„{text}“ fehlt in der Herleitung: {wie}"


@then(parsers.re(r'nennt die Erklärung der Voraussetzung ["„](?P<id>[a-z0-9_]+)["“] ["„](?P<text>[^"“]+)["“]'))
def _(ergebnis: Ergebnis, id: str, text: str) -> None:
    fakten = befund(ergebnis, id).fakten
    assert any(text in wie for wie in fakten.values()), f"„{text}“ fehlt in der Erklärung: {fakten}"
