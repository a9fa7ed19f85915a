"""Read the feature files statically (without running them): files, scenarios, outlines expanded.

Used by the file checks (``test_feature_dateien.py``) and the coverage test
(``test_abdeckung.py``); neither depends on the order in which scenarios run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from pytest_bdd.parser import Feature, FeatureParser, Scenario

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ROOT / "features"


def feature_dateien() -> list[Path]:
    return sorted(FEATURES.rglob("*.feature"))


def lies(pfad: Path) -> Feature:
    """Parse one feature file with pytest-bdd's own parser (raises on syntax errors)."""
    return FeatureParser(str(pfad.parent), pfad.name).parse()


@dataclass(frozen=True)
class Fall:
    """One runnable scenario: a plain one or one row of an outline's examples."""

    datei: str  # relative to the project root
    zeile: int  # line of the scenario, or of the examples row's table for outlines
    szenario: Scenario

    @property
    def ort(self) -> str:
        return f"{self.datei}:{self.zeile}: Szenario „{self.szenario.name}“"


def faelle(pfad: Path) -> Iterator[Fall]:
    feature = lies(pfad)
    datei = pfad.relative_to(ROOT).as_posix()
    for vorlage in feature.scenarios.values():
        if not vorlage.examples:
            yield Fall(datei, vorlage.line_number, vorlage.render({}))
            continue
        for beispiele in vorlage.examples:
            for kontext in beispiele.as_contexts():
                yield Fall(datei, beispiele.line_number or vorlage.line_number, vorlage.render(kontext))


def alle_faelle() -> list[Fall]:
    return [f for pfad in feature_dateien() for f in faelle(pfad)]
