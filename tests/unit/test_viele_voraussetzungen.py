"""No limit a legal expert can hit: a version with 20 or more requirements is decided by the engine.

durable-rules fails on one rule that combines more than 14 statuses (error 113); the compiler decides
the pathway in groups (units ``g0``, ``g1``, …) and then over the groups. Each example runs the real
engine and compares every requirement and the pathway with the reference evaluator.
"""

from __future__ import annotations

import random
from datetime import date

import pytest

from kimrules.engine import compile as C
from kimrules.engine import logic
from kimrules.engine.outcome import Status
from kimrules.pruefung.screening import Screener
from kimrules.regelwerk.rules import Fassung, Regeldatei, load

FAKTEN = ("geduldet", "pass_gueltig", "identitaet_geklaert", "bekenntnis_abgegeben")


def _fassung(n: int) -> Fassung:
    voraussetzungen = []
    for i in range(n):
        bedingung = {"eine_von": [{"fakt": FAKTEN[i % len(FAKTEN)], "ist": True}, {"fakt": "alter_jahre", "mindestens": 16 + i}]}
        if i % 5 == 4:
            bedingung = {"eine_von": [bedingung, {"einzelfall": "Ermessen der Behörde"}]}
        voraussetzungen.append({"id": f"v{i}", "titel": f"Voraussetzung {i}", "fundstelle": "§ 1 Demo",
                                "bedingung": bedingung, "wenn_nicht_erfuellt": "x"})
    datei = Regeldatei(kennung="demo", norm="§ 1 Demo", titel="Demo", fassung="Demo", gueltig_ab=date(2020, 1, 1),
                       quelle="Demo", rechtsfolge="kann", rechtsfolge_text="Demo", voraussetzungen=voraussetzungen)
    return Fassung(datei, f"demo/{n}/2020-01-01.yaml", f"{n:064d}", None, {})


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(load())


@pytest.mark.parametrize("n", [C.PATHWAY_FAN_IN, C.PATHWAY_FAN_IN + 1, 20, 25, 200])
def test_many_requirements_agree_with_the_reference(screener, n):
    fassung = _fassung(n)
    plan, names = screener._prepared(fassung)
    if n > C.PATHWAY_FAN_IN:
        assert any(u[0] == "g" for stage in plan.stages for u in stage.decides)  # decided in groups
    rnd = random.Random(n)
    for _ in range(60):
        werte = {f: rnd.choice([True, False]) for f in FAKTEN if rnd.random() < 0.8}
        if rnd.random() < 0.8:
            werte["alter_jahre"] = rnd.randint(10, 60)
        if rnd.random() < 0.3:  # everything erfüllt: the pathway must say so too
            werte = {**{f: True for f in FAKTEN}, "alter_jahre": 99}
        decided = screener._decide(plan, names, werte)
        want = [logic.evaluate(v.bedingung, werte, {}).status for v in fassung.datei.voraussetzungen]
        assert [decided[("r", i)] for i in range(n)] == want
        assert decided[("p", 0)] == Status.from_rank(min(s.rank for s in want))
