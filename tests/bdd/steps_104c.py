"""Given steps for § 104c AufenthG (Chancen-Aufenthaltsrecht).

Convictions are stated with what § 104c Abs. 1 Satz 1 Nr. 2 needs to know: intentional or
not, committed in Germany or abroad, a fine for an offence that only foreigners can commit
(AufenthG, AsylG) or for any other offence, juvenile law without Jugendstrafe. The
deception of Abs. 1 Satz 2 is stated as a whole sentence (current, repeated, intentional).
"""

from __future__ import annotations

from typing import Any

from pytest_bdd import given, parsers, then

from akte import DATUM, Akte, datum
from kimrules.engine.outcome import Ergebnis
from steps_pruefung import befund, erklaere


# --- entry and application --------------------------------------------------------------------
@given(parsers.re(rf"die Person ist am (?P<tag>{DATUM}) nach Deutschland eingereist"))
def _(akte: Akte, tag: str) -> None:
    akte.setze("person.einreisedatum", datum(tag))


@given(parsers.re(rf"die Person hat am (?P<tag>{DATUM}) das Chancen-Aufenthaltsrecht beantragt"))
def _(akte: Akte, tag: str) -> None:
    akte.liste("antraege").append({"norm": "aufenthg_104c", "gestellt_am": datum(tag)})


@given("die Person hat das Chancen-Aufenthaltsrecht nicht beantragt")
def _(akte: Akte) -> None:
    akte.setze("antraege", [a for a in akte.liste("antraege") if a["norm"] != "aufenthg_104c"])


# --- convictions (§ 104c Abs. 1 Satz 1 Nr. 2) -----------------------------------------------------
def _verurteilung(akte: Akte, **werte: Any) -> None:
    akte.liste("verurteilungen").append({"vorsaetzlich": True, "im_inland": True, **werte})


@given(parsers.re(r"die Person wurde wegen einer vorsätzlichen Straftat, die nicht nur Ausländer begehen können, "
                  r"zu einer Geldstrafe von (?P<ts>\d+) Tagessätzen verurteilt"))
def _(akte: Akte, ts: str) -> None:
    _verurteilung(akte, tagessaetze=int(ts), nur_auslaender_straftat=False)


@given(parsers.re(r"die Person wurde wegen einer Straftat, die nur Ausländer begehen können, "
                  r"zu einer Geldstrafe von (?P<ts>\d+) Tagessätzen verurteilt"))
def _(akte: Akte, ts: str) -> None:
    _verurteilung(akte, tagessaetze=int(ts), nur_auslaender_straftat=True)


@given(parsers.re(r"die Person wurde wegen einer fahrlässigen Straftat zu einer Geldstrafe von (?P<ts>\d+) Tagessätzen verurteilt"))
def _(akte: Akte, ts: str) -> None:
    _verurteilung(akte, tagessaetze=int(ts), nur_auslaender_straftat=False, vorsaetzlich=False)


@given(parsers.re(r"die Person wurde wegen einer im Ausland begangenen vorsätzlichen Straftat "
                  r"zu einer Geldstrafe von (?P<ts>\d+) Tagessätzen verurteilt"))
def _(akte: Akte, ts: str) -> None:
    _verurteilung(akte, tagessaetze=int(ts), nur_auslaender_straftat=False, im_inland=False)


@given("die Person wurde nach Jugendstrafrecht verurteilt, aber nicht zu einer Jugendstrafe")
def _(akte: Akte) -> None:
    _verurteilung(akte, jugendstrafrecht=True)


# --- deception (§ 104c Abs. 1 Satz 2) -------------------------------------------------------------
TAEUSCHUNG: dict[str, tuple[bool, bool | None]] = {
    # sentence -> (identitaet.taeuschung_aktuell, chancen_aufenthaltsrecht.taeuschung_wiederholt)
    "die Person verhindert derzeit ihre Abschiebung durch wiederholte vorsätzliche Täuschung über ihre Identität": (True, True),
    "die Person verhindert derzeit ihre Abschiebung durch einmalige falsche Angaben": (True, False),
    "die Person verhindert derzeit ihre Abschiebung durch falsche Angaben, ob wiederholt und vorsätzlich, ist unbekannt": (True, None),
}


def _taeuschung(aktuell: bool, wiederholt: bool | None):
    def schritt(akte: Akte) -> None:
        akte.setze("identitaet.taeuschung_aktuell", aktuell)
        akte.setze("chancen_aufenthaltsrecht.taeuschung_wiederholt", wiederholt)

    return schritt


for _text, (_aktuell, _wiederholt) in TAEUSCHUNG.items():
    given(_text)(_taeuschung(_aktuell, _wiederholt))


@given(parsers.re(rf"die Person ist am (?P<tag>{DATUM}) in Deutschland geboren"))
def _(akte: Akte, tag: str) -> None:
    akte.setze("person.geburtsdatum", datum(tag))
    akte.setze("person.einreisedatum", None)


# --- Then: the plain statement of a version that grants nothing new (Fassung ab 31.12.2025) --------
@then(parsers.re(r'sagt das Ergebnis ["„](?P<text>[^"“]+)["“]'))
@then(parsers.re(r'das Ergebnis sagt ["„](?P<text>[^"“]+)["“]'))
def _(ergebnis: Ergebnis, text: str) -> None:
    assert ergebnis.hinweis and text in ergebnis.hinweis, f"„{text}“ nicht im Hinweis zum Ergebnis: {ergebnis.hinweis!r}"


@then(parsers.re(rf"wird seit dem (?P<tag>{DATUM}) nichts mehr neu erteilt"))
def _(ergebnis: Ergebnis, tag: str) -> None:
    assert ergebnis.keine_neuerteilung_ab == datum(tag).isoformat(), f"keine Neuerteilung ab: {ergebnis.keine_neuerteilung_ab!r}"


@then("wird weiterhin neu erteilt")
def _(ergebnis: Ergebnis) -> None:
    assert ergebnis.keine_neuerteilung_ab is None and ergebnis.gueltig_ab is not None, (ergebnis.gueltig_ab, ergebnis.keine_neuerteilung_ab)


@then(parsers.re(r'nennt die Voraussetzung ["„](?P<id>[a-z0-9_]+)["“] als Angabe ["„](?P<text>[^"“]+)["“]'))
@then(parsers.re(r'die Voraussetzung ["„](?P<id>[a-z0-9_]+)["“] nennt als Angabe ["„](?P<text>[^"“]+)["“]'))
def _(ergebnis: Ergebnis, id: str, text: str) -> None:
    b = befund(ergebnis, id)
    assert any(text in wie for wie in b.fakten.values()), f"„{text}“ nicht unter den Angaben:\n{erklaere(b)}"
