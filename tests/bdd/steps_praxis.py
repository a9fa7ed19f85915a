"""Steps for practice overlays (``rules/praxis/``): choosing one, and the receipt naming it."""

from __future__ import annotations

from pytest_bdd import given, parsers, then

from akte import Akte
from kimrules.engine.outcome import Ergebnis


@given(parsers.re(r'es gilt die Verwaltungspraxis ["„](?P<kennung>[a-z0-9_]+)["“]'))
def _(akte: Akte, kennung: str) -> None:
    """Wählt die Verwaltungspraxis rules/praxis/<kennung>/ (wie --praxis)."""
    akte.praxis = kennung


@then(parsers.re(r'nennt die Prüfquittung die Verwaltungspraxis ["„](?P<kennung>[a-z0-9_]+)["“]'))
def _(ergebnis: Ergebnis, kennung: str) -> None:
    """Die Prüfquittung nennt die angewandte Verwaltungspraxis (Kennung, Datei, SHA-256)."""
    q = ergebnis.quittung.praxis
    assert q is not None and q.startswith(f"{kennung}: ") and f"praxis/{kennung}/" in q, q


@then("nennt die Prüfquittung keine Verwaltungspraxis")
def _(ergebnis: Ergebnis) -> None:
    """Ohne gewählte Praxis nennt die Prüfquittung keine."""
    assert ergebnis.quittung.praxis is None, ergebnis.quittung.praxis
