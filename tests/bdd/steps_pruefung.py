"""When/Then steps: screen the client on the Stichtag and check the result.

The regular expressions of the Then steps are shared with the static coverage
test (``test_abdeckung.py``), which reads the expected statuses straight from
the feature files.
"""

from __future__ import annotations

import re

from pydantic import ValidationError
from pytest_bdd import parsers, then, when

from akte import DATUM, Akte, datum
from kimrules import Screener, Status
from kimrules.regelwerk.cache import load_cached
from kimrules.werkbank import szenarien
from kimrules.basis.dates import age, format_datum
from kimrules.akte.facts import Sachverhalt
from kimrules.engine.outcome import Befund, Ergebnis, Knoten

# How a scenario names a norm: the ``norm`` of its rule files (``§ 25b AufenthG``) -> kennung; the
# sentences shared with the static coverage check live in kimrules.werkbank.szenarien.
NORMEN = szenarien.normnamen(load_cached())
NORM_TEXT = "(?P<norm>" + "|".join(re.escape(n) for n in sorted(NORMEN, key=len, reverse=True)) + ")"
PRUEFUNG_RE = rf"{NORM_TEXT} geprüft wird"
STATUS_TEXT = szenarien.STATUS_TEXT
STATUS = {s.text: s for s in Status}
STICHTAG_RE = szenarien.STICHTAG_RE
VORAUSSETZUNG_RES = szenarien.VORAUSSETZUNG_RES

# --- explanations for failure messages ----------------------------------------------------------
def _baum(k: Knoten, tiefe: int = 0) -> list[str]:
    zeilen = [f"{'  ' * tiefe}[{k.status.text}] {k.text}"]
    for kind in k.kinder:
        zeilen += _baum(kind, tiefe + 1)
    return zeilen


def erklaere(b: Befund) -> str:
    teile = [f"Voraussetzung „{b.id}“ ({b.fundstelle}): {b.status.text}", *_baum(b.erklaerung, 1)]
    teile += [f"  Fakt: {titel}: {wie}" for titel, wie in b.fakten.items()]
    return "\n".join(teile)


def befund(ergebnis: Ergebnis, id_: str) -> Befund:
    for b in ergebnis.voraussetzungen:
        if b.id == id_:
            return b
    ids = ", ".join(b.id for b in ergebnis.voraussetzungen) or "keine (Norm nicht in Kraft)"
    raise AssertionError(f"Die Fassung ab {ergebnis.gueltig_ab} hat keine Voraussetzung „{id_}“; vorhanden: {ids}")


_PRAXIS_SCREENER: dict[str, Screener] = {}


def praxis_screener(screener: Screener, kennung: str) -> Screener:
    """A screener for the rules with the practice overlay ``kennung`` (one per overlay and test session)."""
    if kennung not in _PRAXIS_SCREENER:
        try:
            _PRAXIS_SCREENER[kennung] = Screener(screener.regelwerk.mit_praxis(kennung), screener.engine)
        except ValueError as exc:
            raise AssertionError(str(exc)) from None
    return _PRAXIS_SCREENER[kennung]


# --- When ---------------------------------------------------------------------------------------
@when(parsers.re(PRUEFUNG_RE), target_fixture="ergebnis")
def _(akte: Akte, screener: Screener, norm: str) -> Ergebnis:
    if akte.stichtag is None:
        raise AssertionError("Kein Stichtag angegeben (Schritt „Angenommen der Stichtag ist der TT.MM.JJJJ“ fehlt)")
    for geb in akte.minderjaehrig_behauptet:
        alter = age(geb, akte.stichtag)
        if alter >= 18:
            raise AssertionError(
                f"Das Szenario nennt das Kind (geboren {format_datum(geb)}) minderjährig, am Stichtag "
                f"{format_datum(akte.stichtag)} ist es {alter} Jahre alt; „ein lediges Kind“ schreiben"
            )
    try:
        sachverhalt = Sachverhalt.model_validate(akte.fuer_pruefung())
    except ValidationError as exc:
        raise AssertionError(f"Die Schritte ergeben keine gültige Akte:\n{exc}") from None
    if akte.praxis is not None:
        screener = praxis_screener(screener, akte.praxis)
    ergebnis = screener.screen(sachverhalt, akte.stichtag, norms=[NORMEN[norm]])[0]
    # Differential check on every scenario: building an explanation re-evaluates the requirement with
    # the reference evaluator (kimrules.engine.logic) and raises EngineError if durable-rules decided otherwise.
    for b in ergebnis.voraussetzungen:
        b.erklaerung
    return ergebnis


# --- Then ---------------------------------------------------------------------------------------
@then(parsers.re(VORAUSSETZUNG_RES[0]))
@then(parsers.re(VORAUSSETZUNG_RES[1]))
def _(ergebnis: Ergebnis, id: str, status: str) -> None:
    b = befund(ergebnis, id)
    assert b.status == STATUS[status], f"erwartet: {status}, ermittelt: {b.status.text}\n{erklaere(b)}"


@then(parsers.re(rf"ist der Weg {STATUS_TEXT}"))
@then(parsers.re(rf"der Weg ist {STATUS_TEXT}"))
def _(ergebnis: Ergebnis, status: str) -> None:
    uebersicht = "\n".join(f"  {b.id}: {b.status.text}" for b in ergebnis.voraussetzungen) or f"  {ergebnis.hinweis}"
    assert ergebnis.status == STATUS[status], f"erwartet: Weg {status}, ermittelt: {ergebnis.status.text}\n{uebersicht}"


@then(parsers.re(rf"wird die Fassung ab (?P<tag>{DATUM}) angewendet"))
@then(parsers.re(rf"die Fassung ab (?P<tag>{DATUM}) wird angewendet"))
def _(ergebnis: Ergebnis, tag: str) -> None:
    erwartet = datum(tag).isoformat()
    assert ergebnis.gueltig_ab == erwartet, f"erwartet: Fassung ab {tag}, angewendet: {ergebnis.gueltig_ab or 'keine'} ({ergebnis.hinweis or ergebnis.fassung})"


@then(parsers.re(rf"ist {NORM_TEXT} am Stichtag nicht in Kraft"))
def _(ergebnis: Ergebnis, norm: str) -> None:
    assert ergebnis.gueltig_ab is None and not ergebnis.voraussetzungen, f"angewendet wurde die Fassung ab {ergebnis.gueltig_ab}"
    assert ergebnis.geltung == "nicht_in_kraft", f"Geltung: {ergebnis.geltung} ({ergebnis.hinweis})"
    assert ergebnis.hinweis and "nicht in Kraft" in ergebnis.hinweis, f"Hinweis: {ergebnis.hinweis!r}"


@then(parsers.re(rf"ist die am Stichtag geltende Fassung von {NORM_TEXT} nicht abgebildet"))
def _(ergebnis: Ergebnis, norm: str) -> None:
    assert ergebnis.gueltig_ab is None, f"angewendet wurde die Fassung ab {ergebnis.gueltig_ab}"
    assert not ergebnis.voraussetzungen, "keine Voraussetzung darf geprüft sein: " + ", ".join(b.id for b in ergebnis.voraussetzungen)
    assert ergebnis.geltung == "fassung_nicht_abgebildet", f"Geltung: {ergebnis.geltung} ({ergebnis.hinweis})"
    assert ergebnis.hinweis and "nicht abgebildet" in ergebnis.hinweis and norm in ergebnis.hinweis, f"Hinweis: {ergebnis.hinweis!r}"


def _texte(ergebnis: Ergebnis, art: str, id_: str | None) -> list[tuple[str, str]]:
    befunde = [befund(ergebnis, id_)] if id_ else list(ergebnis.voraussetzungen)
    return [(b.id, t) for b in befunde for t in getattr(b, art)]


def _nennt(ergebnis: Ergebnis, art: str, text: str, id_: str | None) -> None:
    texte = _texte(ergebnis, art, id_)
    if not any(text in t for _, t in texte):
        liste = "\n".join(f"  {i}: {t}" for i, t in texte) or "  (keine)"
        name = {"fehlend": "offene Fragen", "einzelfall": "Einzelfallgründe"}[art]
        raise AssertionError(f"„{text}“ nicht gefunden; genannte {name}:\n{liste}")


_ART = {"offene Frage": "fehlend", "Einzelfallgrund": "einzelfall"}


@then(parsers.re(r'nennt die Prüfung als (?P<art>offene Frage|Einzelfallgrund) ["„](?P<text>[^"“]+)["“]'))
@then(parsers.re(r'die Prüfung nennt als (?P<art>offene Frage|Einzelfallgrund) ["„](?P<text>[^"“]+)["“]'))
def _(ergebnis: Ergebnis, art: str, text: str) -> None:
    _nennt(ergebnis, _ART[art], text, None)


@then(parsers.re(r'nennt die Voraussetzung ["„](?P<id>[a-z0-9_]+)["“] als (?P<art>offene Frage|Einzelfallgrund) ["„](?P<text>[^"“]+)["“]'))
@then(parsers.re(r'die Voraussetzung ["„](?P<id>[a-z0-9_]+)["“] nennt als (?P<art>offene Frage|Einzelfallgrund) ["„](?P<text>[^"“]+)["“]'))
def _(ergebnis: Ergebnis, id: str, art: str, text: str) -> None:
    _nennt(ergebnis, _ART[art], text, id)
