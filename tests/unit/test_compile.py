"""The three-valued compiler (kimrules.engine.compile) against the Kleene reference evaluator (kimrules.engine.logic).

A tiny pure-Python interpreter of the durable JSON subset the compiler emits
($and, $or, $gte/$gt/$lte/$lt, equality on the discriminator ``t``) evaluates
the compiled forms on the engine fact built by ``compile.encode``; the result
must equal ``logic.evaluate`` for every tree and every assignment.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Mapping

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kimrules.fakten import catalog

from kimrules.engine import compile as C

from kimrules.engine import logic

from kimrules.regelwerk import rules
from kimrules.regelwerk.conditions import Alle, EineVon, Einzelfall, Fakt, Nicht, ParameterRef
from kimrules.engine.outcome import Status
from kimrules.regelwerk.rules import Fassung, Regeldatei

T, U, F = Status.erfuellt, Status.ungeklaert, Status.nicht_erfuellt
ROOT = Path(__file__).resolve().parents[2]

# --- interpreter of the durable JSON subset ---------------------------------------------------------------

_CMP = {
    "$gte": lambda a, b: a >= b,
    "$gt": lambda a, b: a > b,
    "$lte": lambda a, b: a <= b,
    "$lt": lambda a, b: a < b,
}


def run(expr, fact: Mapping[str, object]) -> bool:
    if expr is C.TRUE:
        return True
    if expr is C.FALSE:
        return False
    assert isinstance(expr, dict) and len(expr) == 1, expr
    ((key, arg),) = expr.items()
    if key == "$and":
        assert isinstance(arg, list) and len(arg) >= 2
        return all(run(e, fact) for e in arg)
    if key == "$or":
        assert isinstance(arg, list) and len(arg) >= 2
        return any(run(e, fact) for e in arg)
    if key in _CMP:
        ((field, value),) = arg.items()
        assert isinstance(value, (int, float)) and not isinstance(value, bool)
        if field not in fact:  # durable: a missing field makes every test false
            return False
        return _CMP[key](fact[field], value)
    assert not key.startswith("$"), f"operator outside the supported subset: {key}"
    return fact.get(key) == arg  # equality test (discriminator)


def dnf_size(expr) -> int:
    """Number of branches durable creates for the expression (product over $and, sum over $or)."""
    if expr is C.TRUE:
        return 1
    if expr is C.FALSE:
        return 0
    ((key, arg),) = expr.items()
    if key == "$and":
        n = 1
        for e in arg:
            n *= dnf_size(e)
        return n
    if key == "$or":
        return sum(dnf_size(e) for e in arg)
    return 1


# --- random condition trees -------------------------------------------------------------------------------

BOOL_FACTS = ["geduldet", "inhaber_ae_104c", "pass_gueltig"]
INT_FACTS = {"voraufenthalt_monate": [48, 72], "alter_jahre": [16, 27], "deutsch_muendlich_stufe": [2]}
FLOAT_FACTS = {"lebensunterhalt_anteil_erwerb_prozent": [50, 50.5, 51.0]}
PARAMETER = {"lebensunterhalt_ueberwiegend_prozent": 51.0, "mindestalter": 16.0}
OPS = ["mindestens", "hoechstens", "mehr_als", "weniger_als"]

assert all(catalog.FAKTEN[n].typ is bool for n in BOOL_FACTS)
assert all(catalog.FAKTEN[n].typ is int for n in INT_FACTS)
assert all(catalog.FAKTEN[n].typ is float for n in FLOAT_FACTS)


@st.composite
def leaves(draw):
    kind = draw(st.sampled_from(["bool", "int", "float", "einzelfall"]))
    if kind == "einzelfall":
        return Einzelfall(einzelfall="Ermessen der Behörde")
    if kind == "bool":
        return Fakt(fakt=draw(st.sampled_from(BOOL_FACTS)), ist=draw(st.booleans()))
    op = draw(st.sampled_from(OPS))
    if kind == "int":
        name = draw(st.sampled_from(sorted(INT_FACTS)))
        operand = draw(st.sampled_from(INT_FACTS[name]))
        if name == "alter_jahre" and draw(st.booleans()):
            operand = ParameterRef(parameter="mindestalter")
    else:
        name = "lebensunterhalt_anteil_erwerb_prozent"
        operand = draw(st.sampled_from(FLOAT_FACTS[name]))
        if draw(st.booleans()):
            operand = ParameterRef(parameter="lebensunterhalt_ueberwiegend_prozent")
    return Fakt(**{"fakt": name, op: operand})


def trees(depth: int = 4):
    if depth <= 1:
        return leaves()
    sub = trees(depth - 1)
    return st.one_of(
        leaves(),
        st.lists(sub, min_size=1, max_size=3).map(lambda xs: Alle(alle=xs)),
        st.lists(sub, min_size=1, max_size=3).map(lambda xs: EineVon(eine_von=xs)),
        sub.map(lambda x: Nicht(nicht=x)),
    )


def _near(values: list[float], integral: bool) -> list[float]:
    out: set[float] = set()
    for v in values:
        out |= {v - 1, v, v + 1} if integral else {v - 0.1, v - 0.05, v, v + 0.05, v + 0.1, v + 1}
    return sorted(out)


WERTE_CHOICES: dict[str, list] = {name: [False, True] for name in BOOL_FACTS}
WERTE_CHOICES.update({name: [int(x) for x in _near(v + ([16] if name == "alter_jahre" else []), True)] for name, v in INT_FACTS.items()})
WERTE_CHOICES["lebensunterhalt_anteil_erwerb_prozent"] = [round(x, 2) for x in _near([50, 50.5, 51.0], False)] + [0.0, 100.0]


@st.composite
def werte(draw) -> dict:
    out = {}
    for name, choices in WERTE_CHOICES.items():
        if draw(st.booleans()):  # missing = unbekannt
            out[name] = draw(st.sampled_from(choices))
    return out


FIELDS = tuple(WERTE_CHOICES)


def statuses(forms: C.Forms, fact: Mapping[str, object]) -> dict[str, bool]:
    return {k: run(getattr(forms, k).json, fact) for k in ("t", "f", "u", "nt", "nf")}


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trees(), werte())
def test_compiled_forms_agree_with_kleene_evaluation(tree, w):
    expected = logic.evaluate(tree, w, PARAMETER).status
    fm = C.forms(tree, PARAMETER)
    s = statuses(fm, C.encode(w, FIELDS))
    assert [s["t"], s["f"], s["u"]].count(True) == 1, s
    got = T if s["t"] else F if s["f"] else U
    assert got == expected
    assert s["nt"] == (s["f"] or s["u"])
    assert s["nf"] == (s["t"] or s["u"])
    for k in ("t", "f", "u", "nt", "nf"):
        expr = getattr(fm, k)
        assert expr.branches == dnf_size(expr.json), k  # the size bookkeeping the chunking relies on
        assert expr.max_true <= max(expr.branches, 1)


@pytest.mark.parametrize(
    "node, w, expected",
    [
        # unknown vs. a threshold: never silently "nicht erfüllt"
        (Fakt(fakt="voraufenthalt_monate", mindestens=72), {}, U),
        (Fakt(fakt="voraufenthalt_monate", mindestens=72), {"voraufenthalt_monate": 72}, T),
        (Fakt(fakt="voraufenthalt_monate", mindestens=72), {"voraufenthalt_monate": 71}, F),
        (Fakt(fakt="voraufenthalt_monate", mehr_als=72), {"voraufenthalt_monate": 72}, F),
        (Fakt(fakt="voraufenthalt_monate", hoechstens=72), {"voraufenthalt_monate": 72}, T),
        (Fakt(fakt="voraufenthalt_monate", weniger_als=72), {"voraufenthalt_monate": 72}, F),
        (Fakt(fakt="voraufenthalt_monate", weniger_als=0), {"voraufenthalt_monate": 0}, F),
        (Fakt(fakt="lebensunterhalt_anteil_erwerb_prozent", mindestens=ParameterRef(parameter="lebensunterhalt_ueberwiegend_prozent")),
         {"lebensunterhalt_anteil_erwerb_prozent": 50.9}, F),
        (Fakt(fakt="geduldet", ist=False), {"geduldet": False}, T),
        (Fakt(fakt="geduldet", ist=False), {}, U),
        (Nicht(nicht=Fakt(fakt="geduldet", ist=True)), {"geduldet": False}, T),
        # Kleene: F dominates alle, T dominates eine_von, Einzelfall is U
        (Alle(alle=[Fakt(fakt="geduldet", ist=True), Einzelfall(einzelfall="Ermessen")]), {"geduldet": False}, F),
        (Alle(alle=[Fakt(fakt="geduldet", ist=True), Einzelfall(einzelfall="Ermessen")]), {"geduldet": True}, U),
        (EineVon(eine_von=[Fakt(fakt="geduldet", ist=True), Einzelfall(einzelfall="Ermessen")]), {"geduldet": True}, T),
        (EineVon(eine_von=[Fakt(fakt="geduldet", ist=True), Einzelfall(einzelfall="Ermessen")]), {"geduldet": False}, U),
        (Nicht(nicht=Einzelfall(einzelfall="Ermessen")), {}, U),
    ],
)
def test_examples(node, w, expected):
    assert logic.evaluate(node, w, PARAMETER).status == expected
    s = statuses(C.forms(node, PARAMETER), C.encode(w, FIELDS))
    assert (T if s["t"] else F if s["f"] else U) == expected
    assert [s["t"], s["f"], s["u"]].count(True) == 1


def test_encode():
    e = C.encode({"geduldet": True, "alter_jahre": 30, "lebensunterhalt_anteil_erwerb_prozent": 75.0},
                 ("geduldet", "alter_jahre", "lebensunterhalt_anteil_erwerb_prozent", "pass_gueltig"))
    assert e == {
        "geduldet": 1,  # yes/no facts: one field, 1 / 0
        "alter_jahre": 30, "alter_jahre__h": 30,
        "lebensunterhalt_anteil_erwerb_prozent": 75.0, "lebensunterhalt_anteil_erwerb_prozent__h": 75.0,
        "pass_gueltig": C.UNKNOWN_BOOL,  # unknown: every field still present
    }
    assert all(type(v) is float for v in e.values())
    assert C.encode({}, ("alter_jahre",)) == {"alter_jahre": C.LO, "alter_jahre__h": C.HI}
    with pytest.raises(TypeError):
        C.encode({"geduldet": 1}, ("geduldet",))
    with pytest.raises(TypeError):
        C.encode({"alter_jahre": True}, ("alter_jahre",))


# --- whole plans: stages, hoisting and chunk limits -----------------------------------------------------------------


def _decide(plan: C.Plan, w: Mapping[str, object]) -> dict[tuple[str, int], Status]:
    """Run a plan stage by stage with the interpreter, as kimrules.pruefung.screening does with the engine."""
    encoded = C.encode(w, plan.fields)
    decided: dict[tuple[str, int], Status] = {}
    for stage in plan.stages:
        if stage.decides == (("p", 0),):
            fact: dict = {"t": C.DISCRIMINATOR_PFAD, **{f"r{i}": float(decided[("r", i)].rank) for i in range(plan.n_requirements)}}
        else:
            fact = {"t": C.DISCRIMINATOR_KLIENT, **encoded}
            for f in stage.fields:
                fact[f] = float(decided[("k", int(f[1:]))].rank)
        fired: dict[tuple[str, int], list[Status]] = {}
        for chunk in stage.chunks:
            for rule in chunk:
                if run(rule.condition, fact):
                    kind, index, status = rule.tag
                    fired.setdefault((kind, index), []).append(status)
        assert set(fired) <= set(stage.decides)
        for unit in stage.decides:
            st_ = fired.get(unit, [Status.ungeklaert])  # neither T nor F fired: U (compile.py, module head)
            assert len(st_) == 1, (unit, st_)  # T and F never fire together
            decided[unit] = st_[0]
    return decided


def _check_limits(plan: C.Plan) -> None:
    for stage in plan.stages:
        for chunk in stage.chunks:
            assert chunk
            # T and F of one node exclude each other: each node counts with its largest bound
            per_node: dict = {}
            for r in chunk:
                per_node[r.tag[:2]] = max(per_node.get(r.tag[:2], 0), r.max_true)
            assert sum(per_node.values()) + 1 <= C.MAX_TRUE_PER_RULESET
            assert sum(r.branches for r in chunk) + 1 <= C.MAX_BRANCHES_PER_RULESET
            for r in chunk:
                assert r.branches == dnf_size(r.condition)
    decided = [u for s in plan.stages for u in s.decides]
    assert len(decided) == len(set(decided))
    assert {u for u in decided if u[0] == "r"} == {("r", i) for i in range(plan.n_requirements)}
    assert plan.stages[-1].decides == (("p", 0),)


@pytest.fixture(scope="module")
def regelwerk():
    return rules.load(ROOT / "rules")


def _all_versions(regelwerk) -> list[Fassung]:
    return [regelwerk.select(k, f.datei.gueltig_ab) for k in regelwerk.versionen for f in regelwerk.versionen[k]]


def test_plans_of_real_rules_respect_the_engine_limits(regelwerk):
    versions = _all_versions(regelwerk)
    assert len(versions) == sum(len(v) for v in regelwerk.versionen.values()) >= 4
    for fassung in versions:
        plan = C.plan(fassung)
        assert plan.n_requirements == len(fassung.datei.voraussetzungen)
        assert set(plan.fields) <= set(catalog.FAKTEN)
        _check_limits(plan)


def _werte_for(fields, data) -> dict:
    out = {}
    for name in fields:
        if not data.draw(st.booleans()):
            continue
        typ = catalog.FAKTEN[name].typ
        if typ is bool:
            out[name] = data.draw(st.booleans())
        elif typ is int:
            out[name] = data.draw(st.sampled_from([0, 1, 2, 3, 16, 29, 30, 31, 47, 48, 49, 71, 72, 73, 95, 96, 97]))
        else:
            out[name] = data.draw(st.sampled_from([0.0, 49.9, 50.0, 50.1, 50.9, 51.0, 51.1, 100.0]))
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_real_plans_agree_with_kleene_evaluation(regelwerk, data):
    fassung = data.draw(st.sampled_from(_all_versions(regelwerk)))
    plan = C.plan(fassung)
    w = _werte_for(plan.fields, data)
    decided = _decide(plan, w)
    expected = [logic.evaluate(v.bedingung, w, fassung.parameter).status for v in fassung.datei.voraussetzungen]
    assert [decided[("r", i)] for i in range(plan.n_requirements)] == expected
    assert decided[("p", 0)] == Status.from_rank(min(s.rank for s in expected))


def _fassung(bedingungen) -> Fassung:
    datei = Regeldatei(
        kennung="demo", norm="§ 1 Demo", titel="Demo", fassung="Demo", gueltig_ab=date(2020, 1, 1), quelle="Test",
        rechtsfolge="kann", rechtsfolge_text="Demo",
        voraussetzungen=[
            {"id": f"v{i}", "titel": "V", "fundstelle": "§ 1", "bedingung": b, "wenn_nicht_erfuellt": "x"} for i, b in enumerate(bedingungen)
        ],
    )
    return Fassung(datei, "demo/2020-01-01.yaml", "0" * 64, None, dict(PARAMETER))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(trees(5), min_size=1, max_size=4), st.lists(werte(), min_size=1, max_size=5))
def test_random_plans_with_hoisting_agree_with_kleene_evaluation(tree_list, werte_list):
    try:
        plan = C.plan(_fassung(tree_list))
    except ValueError as exc:  # a single unit too large for one ruleset is refused loudly, never truncated
        assert "zu groß" in str(exc)
        return
    _check_limits(plan)
    fassung = _fassung(tree_list)
    plan = C.plan(fassung)
    for w in werte_list:
        decided = _decide(plan, w)
        expected = [logic.evaluate(v.bedingung, w, PARAMETER).status for v in fassung.datei.voraussetzungen]
        assert [decided[("r", i)] for i in range(plan.n_requirements)] == expected
        assert decided[("p", 0)] == Status.from_rank(min(s.rank for s in expected))


def _wide(n: int, offset: int = 0) -> EineVon:
    return EineVon(eine_von=[
        Alle(alle=[EineVon(eine_von=[Fakt(fakt="geduldet", ist=True), Fakt(fakt="alter_jahre", mindestens=v + offset)]),
                   EineVon(eine_von=[Fakt(fakt="pass_gueltig", ist=True), Fakt(fakt="voraufenthalt_monate", mehr_als=v + offset)])])
        for v in range(n)
    ])


WIDE = _wide(10)
# wide enough that a stage needs two rulesets (the compiler's "first true wins" forms count
# each node's true branches once and keep them small, so a narrower tree fits into one)
NESTED = Alle(alle=[_wide(12), Nicht(nicht=_wide(12, 10)), EineVon(eine_von=[_wide(11, 20), Einzelfall(einzelfall="Ermessen")])])
WIDE_PLANS = {name: (node, C.plan(_fassung([node]))) for name, node in (("wide", WIDE), ("nested", NESTED))}


def test_wide_conditions_are_hoisted_into_stages_and_chunks():
    _, wide = WIDE_PLANS["wide"]
    assert len(wide.stages) >= 3 and wide.hoisted  # hoisted nodes, the requirement, the pathway
    _, nested = WIDE_PLANS["nested"]
    assert len(nested.stages) >= 4  # hoisted nodes that read other hoisted nodes
    assert any(len(s.chunks) > 1 for s in nested.stages)  # split to stay below the engine limits
    for plan in (wide, nested):
        _check_limits(plan)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(WIDE_PLANS)), st.fixed_dictionaries({}, optional={
    "geduldet": st.booleans(), "pass_gueltig": st.booleans(),
    "alter_jahre": st.integers(-1, 32), "voraufenthalt_monate": st.integers(-1, 32)}))
def test_hoisted_plans_agree_with_kleene_evaluation(name, w):
    node, plan = WIDE_PLANS[name]
    decided = _decide(plan, w)
    assert decided[("r", 0)] == logic.evaluate(node, w, PARAMETER).status
    assert decided[("p", 0)] == decided[("r", 0)]


def test_pathway_rules_are_kleene_and():
    plan_rules = C.pathway_rules(3)
    for ranks in [(2, 2, 2), (2, 1, 2), (2, 0, 1), (1, 1, 1), (0, 0, 0)]:
        fact = {"t": C.DISCRIMINATOR_PFAD, **{f"r{i}": float(r) for i, r in enumerate(ranks)}}
        fired = [r.tag[2] for r in plan_rules if run(r.condition, fact)]
        assert fired == ([] if min(ranks) == 1 else [Status.from_rank(min(ranks))])  # U: neither T nor F fires
