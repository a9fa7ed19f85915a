"""Fixtures, step vocabulary and failure reporting for the Gherkin scenarios in ``features/``.

* The rules and the durable-rules engine are built once per test session.
* Each scenario gets a fresh, empty :class:`akte.Akte`.
* A failing step is reported with its Gherkin location
  (``features/x.feature:LINE: Szenario „…“ … Dann …``), because pytest-bdd on
  its own shows only the Python step function (STACK-NOTES §2 d).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Generator

import pytest

from akte import Akte
from kimrules import Screener, load_rules
from kimrules.regelwerk.rules import Regelwerk

# Step definitions are fixtures: every steps_*.py module beside this file is imported into this namespace
# (steps_pruefung, steps_sachverhalt, and one module per topic, e.g. steps_einbuergerung.py).
for _modul in sorted(Path(__file__).parent.glob("steps_*.py")):
    globals().update({k: v for k, v in vars(importlib.import_module(_modul.stem)).items() if not k.startswith("__")})

GHERKIN_ORT = pytest.StashKey[str]()


@pytest.fixture(scope="session")
def regelwerk() -> Regelwerk:
    return load_rules()


@pytest.fixture(scope="session")
def screener(regelwerk: Regelwerk) -> Screener:
    return Screener(regelwerk)


@pytest.fixture
def akte() -> Akte:
    return Akte()


def _beispielzeile(datei: Path, ab_zeile: int, werte: list[str]) -> int | None:
    """Line of the examples row with exactly these cell values (first one after the scenario)."""
    for nr, zeile in enumerate(datei.read_text(encoding="utf-8").splitlines()[ab_zeile:], start=ab_zeile + 1):
        text = zeile.strip()
        if text.startswith("|") and [z.strip() for z in text.strip("|").split("|")] == werte:
            return nr
    return None


def gherkin_ort(request: pytest.FixtureRequest, feature, scenario, step) -> str:
    pfad = Path(feature.filename).resolve()
    try:
        datei = pfad.relative_to(request.config.rootpath).as_posix()
    except ValueError:
        datei = pfad.as_posix()
    ort = f"{datei}:{step.line_number}: Szenario „{scenario.name}“ … {step.keyword.strip()} {step.name}"
    callspec = getattr(request.node, "callspec", None)
    beispiel = callspec.params.get("_pytest_bdd_example") if callspec else None
    if beispiel:
        werte = [str(v) for v in beispiel.values()]
        zeile = _beispielzeile(pfad, scenario.line_number, werte)
        ort += f"\n{datei}:{zeile or '?'}: Beispielzeile | {' | '.join(werte)} |"
    return ort


def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception) -> None:
    request.node.stash[GHERKIN_ORT] = gherkin_ort(request, feature, scenario, step)


def pytest_bdd_step_func_lookup_error(request, feature, scenario, step, exception) -> None:
    request.node.stash[GHERKIN_ORT] = gherkin_ort(request, feature, scenario, step) + "  (kein passender Schritt)"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    ort = item.stash.get(GHERKIN_ORT, None)
    if ort is not None and report.failed:
        report.sections.append(("Gherkin", ort))
    return report
