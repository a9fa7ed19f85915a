"""Each feature file on its own: it parses, is German, yields scenarios, and every step has exactly one definition.

pytest-bdd hides several authoring mistakes (STACK-NOTES §2): one broken file
fails the collection of *all* scenarios without saying which file; a misspelled
keyword right after ``Funktionalität:`` turns the scenario into description
text (0 tests, nothing fails); two scenarios with the same name silently keep
only the last one. These tests name the file and line instead.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest
from gherkin.dialect import Dialect
from pytest_bdd.gherkin_parser import get_gherkin_document
from pytest_bdd.steps import step_function_context_registry

from gherkin_index import ROOT, faelle, feature_dateien, lies

DATEIEN = feature_dateien()
DE = Dialect.for_name("de")
BLOCK_KEYWORDS = [
    *DE.feature_keywords, *DE.rule_keywords, *DE.background_keywords, *DE.scenario_keywords,
    *DE.scenario_outline_keywords, *DE.examples_keywords,
]
STEP_KEYWORDS = sorted({k.strip() for k in DE.given_keywords + DE.when_keywords + DE.then_keywords + DE.and_keywords + DE.but_keywords} - {"*"})


def _id(pfad: Path) -> str:
    return pfad.relative_to(ROOT).as_posix()


def test_es_gibt_feature_dateien() -> None:
    assert DATEIEN, "features/ enthält keine .feature-Datei"


@pytest.mark.parametrize("pfad", DATEIEN, ids=_id)
def test_erste_zeile_ist_die_sprache(pfad: Path) -> None:
    erste = pfad.read_text(encoding="utf-8").splitlines()[:1]
    assert erste == ["# language: de"], f"{_id(pfad)}:1: erste Zeile muss „# language: de“ sein, ist {erste!r}"


@pytest.mark.parametrize("pfad", DATEIEN, ids=_id)
def test_datei_ergibt_szenarien(pfad: Path) -> None:
    try:
        feature = lies(pfad)
    except Exception as exc:  # the parser's own error names line and content
        pytest.fail(f"{_id(pfad)}: lässt sich nicht lesen: {exc}")
    assert feature.scenarios, (
        f"{_id(pfad)}: enthält kein Szenario. Steht direkt nach „Funktionalität:“ ein falsch geschriebenes "
        "Schlüsselwort (z. B. „Szenariogrundris:“)? Es wird dann stillschweigend als Beschreibung gelesen."
    )
    doc = get_gherkin_document(str(pfad))
    kinder = [c for c in doc.feature.children]
    kinder += [rc for c in doc.feature.children if c.rule for rc in c.rule.children]
    namen = [(c.scenario.name, c.scenario.location.line) for c in kinder if c.scenario]
    doppelt = [f"Zeile {zeile}: „{name}“" for name, zeile in namen if sum(n == name for n, _ in namen) > 1]
    assert not doppelt, f"{_id(pfad)}: Szenarionamen doppelt (pytest-bdd behält nur das letzte): {'; '.join(doppelt)}"


def _beschreibungen(pfad: Path) -> list[tuple[int, str]]:
    """(line, text) of every description line of the feature, its rules and scenarios."""
    doc = get_gherkin_document(str(pfad))
    bloecke = [(doc.feature.location.line, doc.feature.description)]
    for c in doc.feature.children:
        if c.rule:
            bloecke.append((c.rule.location.line, c.rule.description))
            bloecke += [(rc.scenario.location.line, rc.scenario.description) for rc in c.rule.children if rc.scenario]
        if c.scenario:
            bloecke.append((c.scenario.location.line, c.scenario.description))
    zeilen = pfad.read_text(encoding="utf-8").splitlines()
    out = []
    for start, text in bloecke:
        for teil in filter(None, (t.strip() for t in (text or "").splitlines())):
            nr = next((i + 1 for i in range(start, len(zeilen)) if zeilen[i].strip() == teil), start)
            out.append((nr, teil))
    return out


@pytest.mark.parametrize("pfad", DATEIEN, ids=_id)
def test_keine_verschluckten_schluesselwoerter(pfad: Path) -> None:
    verdacht = []
    for nr, text in _beschreibungen(pfad):
        m = re.match(r"([A-Za-zÄÖÜäöüß]+)\s*:", text)
        if m and difflib.get_close_matches(m.group(1), BLOCK_KEYWORDS, n=1, cutoff=0.8):
            verdacht.append(f"{_id(pfad)}:{nr}: „{text}“ sieht aus wie ein Schlüsselwort, wird aber als Beschreibung gelesen")
        erstes = text.split(" ", 1)[0]
        if difflib.get_close_matches(erstes, STEP_KEYWORDS, n=1, cutoff=0.85):
            verdacht.append(f"{_id(pfad)}:{nr}: „{text}“ sieht aus wie ein Schritt, steht aber in einer Beschreibung")
    assert not verdacht, "\n".join(verdacht)


def _definitionen() -> list:
    return [ctx for ctx in list(step_function_context_registry.values()) if ctx.step_func.__module__.startswith("steps_")]


@pytest.mark.parametrize("pfad", DATEIEN, ids=_id)
def test_jeder_schritt_hat_genau_eine_definition(pfad: Path) -> None:
    definitionen = _definitionen()
    assert definitionen, "keine Schrittdefinitionen geladen (tests/bdd/conftest.py)"
    fehler = []
    gesehen = set()
    for fall in faelle(pfad):
        for schritt in fall.szenario.steps:
            if (schritt.type, schritt.name) in gesehen:
                continue
            gesehen.add((schritt.type, schritt.name))
            treffer = [d for d in definitionen if d.type in (schritt.type, None) and d.parser.is_matching(schritt.name)]
            if len(treffer) != 1:
                wo = f"{fall.datei}:{schritt.line_number}: {schritt.keyword} {schritt.name}"
                art = "keine Schrittdefinition" if not treffer else f"{len(treffer)} Schrittdefinitionen passen ({', '.join(d.parser.name for d in treffer)})"
                fehler.append(f"{wo} – {art}")
    assert not fehler, "\n".join(fehler)
