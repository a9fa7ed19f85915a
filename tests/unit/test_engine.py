"""Tests for kimrules.engine.durable: one test per durable trap (see the table in the module docstring).

Tests named ``test_raw_*`` show the unwrapped durable behaviour in a subprocess (it can hang,
loop or corrupt memory); the test next to each shows that the wrapper neutralises it.
"""

from __future__ import annotations

import inspect
import os
import shutil
import subprocess
import sys
import textwrap
import threading
import time
import warnings
from pathlib import Path

import pytest

from kimrules.engine import durable as eng
from kimrules.engine.durable import (
    MAX_RULES_PER_RULESET,
    MAX_TRUE_BRANCHES,
    CompiledRule,
    Engine,
    RulesetSpec,
)
from kimrules.basis.errors import EngineError

ROOT = Path(__file__).resolve().parents[2]
K = "klient"
NAME = "aufenthg_25b@2022-12-31#1"
TYPES = {"alter_jahre": int, "einkommen": float, "staat": str, "geduldet": bool,
         "client_id": str, "x": int, "y": int}


def cond(*tests: dict) -> dict:
    return {"$and": [{"t": K}, *tests]}


def make_spec(*rules: CompiledRule, name: str = NAME, types: dict | None = None) -> RulesetSpec:
    return RulesetSpec(name, K, TYPES if types is None else types, tuple(rules))


def always_true(n: int) -> tuple[CompiledRule, ...]:
    return tuple(CompiledRule(f"r{i}", cond({"$gte": {"x": -i}}), f"tag{i}") for i in range(n))


@pytest.fixture
def engine():
    e = Engine()
    yield e
    e.close()


RAW_PRELUDE = """
import os, sys, threading
from durable import engine as E
class H(E.Host):
    def _run(self): pass
h = H()
def ruleset(rules, name="rs"):
    h.set_rulesets({name: {n: {"all": [{"m": c}], "run": a} for n, (c, a) in rules.items()}})
def cond(*tests): return {"$and": [{"t": "k"}, *tests]}
"""


def raw(code: str, timeout: float = 20) -> str:
    """Run `code` against unwrapped durable in a fresh interpreter; return its stdout."""
    done = subprocess.run([sys.executable, "-c", RAW_PRELUDE + textwrap.dedent(code)],
                          capture_output=True, text=True, timeout=timeout)
    return done.stdout + done.stderr


def no_state_left(engine: Engine, name: str = NAME) -> bool:
    try:
        engine._host.get_state(name, eng._SID)
    except eng._dre.error as exc:
        return "error code: 309" in str(exc)
    return False


# --- 1. polling threads -------------------------------------------------------------------

def test_raw_host_starts_two_poller_threads():
    out = raw("n = threading.active_count(); E.Host(); print('new threads', threading.active_count() - n)")
    assert "new threads 2" in out


def test_engine_starts_no_threads():
    before = threading.active_count()
    engines = [Engine() for _ in range(5)]
    for e in engines:
        e.register(make_spec(*always_true(3)))
        assert len(e.evaluate(NAME, {"x": 1})) == 3
    time.sleep(0.15)  # durable's pollers would have fired by now
    assert threading.active_count() == before
    for e in engines:
        e.close()


# --- 2. sid hash collisions, 3. 1024 live sessions, one evaluation at a time ----------------

def test_raw_colliding_sids_share_a_session():
    out = raw("""
        ruleset({"c": ({"t": "k"}, lambda c: None)})
        h.assert_fact("rs", {"t": "k", "x": 20, "sid": "client-332789"})
        print("client-529192 sees", h.get_facts("rs", "client-529192"))
    """)
    assert "client-529192 sees [{'t': 'k', 'x': 20, 'sid': 'client-332789'}]" in out


def test_colliding_client_ids_give_independent_results(engine):
    engine.register(make_spec(CompiledRule("ge", cond({"$gte": {"x": 10}}), "ge")))
    a, b = {"client_id": "client-332789", "x": 20}, {"client_id": "client-529192", "x": 5}
    assert engine.evaluate(NAME, a) == {"ge"}
    assert engine.evaluate(NAME, b) == frozenset()
    assert engine.evaluate(NAME, a) == {"ge"}
    assert no_state_left(engine)


def test_raw_1025th_live_session_raises_memory_error():
    out = raw("""
        ruleset({"c": ({"t": "k"}, lambda c: None)})
        try:
            for i in range(1100):
                h.assert_fact("rs", {"t": "k", "sid": f"s{i}"})
        except MemoryError:
            print("MemoryError at", i)
    """)
    assert "MemoryError at 1024" in out


def test_2000_evaluations_work_and_leave_no_state(engine):
    engine.register(make_spec(CompiledRule("ge", cond({"$gte": {"x": 10}}), "ge")))
    for i in range(2000):  # identical facts too: durable would see them as "already observed"
        assert engine.evaluate(NAME, {"x": i % 20}) == ({"ge"} if i % 20 >= 10 else frozenset())
    assert no_state_left(engine)


def test_failed_evaluation_leaves_no_state(engine, monkeypatch):
    engine.register(make_spec(*always_true(2)))
    monkeypatch.setattr(engine, "_fire", lambda tag: 1 / 0)
    with pytest.raises(EngineError):
        engine.evaluate(NAME, {"x": 1})
    assert no_state_left(engine)


def test_threads_share_one_engine_safely(engine):
    engine.register(make_spec(CompiledRule("ge", cond({"$gte": {"x": 10}}), "ge")))
    wrong = []

    def work(offset: int) -> None:
        for i in range(300):
            x = (i + offset) % 20
            if engine.evaluate(NAME, {"x": x}) != ({"ge"} if x >= 10 else frozenset()):
                wrong.append(x)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not wrong
    assert no_state_left(engine)


def test_reentrant_call_from_an_action_is_an_engine_error(monkeypatch):
    engine = Engine()  # no fixture: a deadlocked engine must not be closed in teardown
    engine.register(make_spec(*always_true(1)))
    monkeypatch.setattr(engine, "_fire", lambda tag: engine.evaluate(NAME, {"x": 2}))
    caught: list[BaseException] = []

    def call() -> None:
        try:
            engine.evaluate(NAME, {"x": 1})
        except EngineError as exc:
            caught.append(exc)

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(5)
    assert not worker.is_alive(), "re-entrant evaluate deadlocked"
    assert isinstance(caught[0].__cause__, EngineError)
    assert "erneut aufgerufen" in str(caught[0].__cause__)
    monkeypatch.undo()
    assert engine.evaluate(NAME, {"x": 1}) == {"tag0"}
    engine.close()


# --- 4. exceptions inside actions ---------------------------------------------------------

def test_raw_exception_in_action_is_swallowed():
    out = raw("""
        def boom(c): raise KeyError("boom")
        ruleset({"r": (cond({"x": 1}), boom)})
        state = h.assert_fact("rs", {"t": "k", "x": 1, "sid": "a"})
        print("no raise;", "exception" in state)
    """)
    assert "no raise; True" in out


def test_failing_collection_raises_engine_error(engine, monkeypatch):
    engine.register(make_spec(*always_true(2)))

    def boom(tag):
        raise RuntimeError(f"cannot collect {tag}")

    monkeypatch.setattr(engine, "_fire", boom)
    with pytest.raises(EngineError, match="Regel 'r[01]'.*cannot collect") as info:
        engine.evaluate(NAME, {"x": 1})
    assert isinstance(info.value.__cause__, RuntimeError)
    monkeypatch.undo()
    assert engine.evaluate(NAME, {"x": 1}) == {"tag0", "tag1"}


def test_keyboard_interrupt_in_action_is_passed_on(engine, monkeypatch):
    engine.register(make_spec(*always_true(1)))

    def interrupt(tag):
        raise KeyboardInterrupt

    monkeypatch.setattr(engine, "_fire", interrupt)
    with pytest.raises(KeyboardInterrupt):
        engine.evaluate(NAME, {"x": 1})


def test_durables_python_action_loop_is_not_used(engine, monkeypatch):
    # The wrapper drives durable's action queue itself and runs no Python closure inside
    # durable, so durable has nowhere to swallow an exception (trap 4) and no lease clock
    # to cut actions off (trap 12). A raising closure or do_actions is never reached.
    def raw_action(engine_, rule_name, tag):
        def action(c):
            raise ValueError("unguarded")
        return action

    def no_do_actions(*args, **kwargs):
        raise AssertionError("durable's Ruleset.do_actions must not be used")

    monkeypatch.setattr(eng, "_make_action", raw_action)
    monkeypatch.setattr(eng._durable.Ruleset, "do_actions", no_do_actions)
    engine.register(make_spec(*always_true(1)))
    assert engine.evaluate(NAME, {"x": 1}) == {"tag0"}
    assert no_state_left(engine)


# --- 5. $or fires once per true branch ----------------------------------------------------

def test_raw_or_fires_once_per_true_branch():
    out = raw("""
        n = []
        ruleset({"r": (cond({"$or": [{"x": 1}, {"y": 1}]}), lambda c: n.append(1))})
        h.assert_fact("rs", {"t": "k", "x": 1, "y": 1, "sid": "a"})
        print("fired", len(n))
    """)
    assert "fired 2" in out


def test_or_with_two_true_branches_returns_the_tag_once(engine, monkeypatch):
    rule = CompiledRule("or", cond({"$or": [{"x": 1}, {"y": 1}]}), "or", max_true_branches=2)
    engine.register(make_spec(rule, CompiledRule("same_tag", cond({"x": 1}), "or")))
    calls = []
    real_fire = engine._fire
    monkeypatch.setattr(engine, "_fire", lambda tag: (calls.append(tag), real_fire(tag)))
    assert engine.evaluate(NAME, {"x": 1, "y": 1}) == {"or"}
    assert calls.count("or") == 3  # durable really fired twice for the $or rule


# --- 6. conditions that match durable's own state object ----------------------------------

def test_raw_condition_without_discriminator_fires_forever():
    out = raw("""
        n = [0]
        def count(c):
            n[0] += 1
            if n[0] > 1000:
                print("fired", n[0], "times", flush=True); os._exit(0)
        ruleset({"r": ({"$nex": {"x": 1}}, count), "c": ({"t": "k"}, lambda c: None)})
        h.assert_fact("rs", {"t": "k", "y": 1, "sid": "a"})
    """)
    assert "fired 1001 times" in out


@pytest.mark.parametrize("condition", [
    {"$nex": {"x": 1}},
    {"$ex": {"sid": 1}},
    {"$and": [{"$nex": {"x": 1}}]},
    {"$and": [{"t": "anderes"}, {"x": 1}]},
    {"$or": [{"t": K}, {"x": 1}]},
    {"t": K, "x": 1},
    {"$and": {"t": K}},
])
def test_condition_without_positive_discriminator_is_rejected(engine, condition):
    with pytest.raises(EngineError, match="Regel 'lose'"):
        engine.register(make_spec(CompiledRule("lose", condition, "lose")))
    assert not engine.has(NAME) and not engine._host._ruleset_directory


def test_raw_fact_matching_no_rule_raises():
    out = raw("""
        ruleset({"r": (cond({"x": 1}), lambda c: None)})
        try:
            h.assert_fact("rs", {"t": "k", "x": 2, "sid": "a"})
        except E.MessageNotHandledException:
            print("not handled")
    """)
    assert "not handled" in out


def test_fact_matching_no_rule_gives_empty_result(engine):
    engine.register(make_spec(CompiledRule("eins", cond({"x": 1}), "eins"), CompiledRule("nur_t", {"t": K}, "t")))
    assert engine.evaluate(NAME, {"x": 2}) == {"t"}
    engine.register(make_spec(CompiledRule("eins", cond({"x": 1}), "eins"), name="b@1"))
    assert engine.evaluate("b@1", {}) == frozenset()


# --- 7. too many rules --------------------------------------------------------------------

def test_raw_513_rules_hang_in_c():
    code = """
        ruleset({f"r{i}": (cond({"$lt": {"x": -i}}), lambda c: None) for i in range(513)})
        h.assert_fact("rs", {"t": "k", "x": 1, "sid": "a"})
        print("returned")
    """
    with pytest.raises(subprocess.TimeoutExpired):
        raw(code, timeout=2)


def test_600_rules_are_rejected_fast_without_touching_durable(engine, monkeypatch):
    monkeypatch.setattr(engine._host, "set_rulesets", lambda d: pytest.fail("handed to durable"))
    rules = [CompiledRule(f"r{i}", cond({"$lt": {"x": -i}}), i) for i in range(600)]
    start = time.perf_counter()
    with pytest.raises(EngineError, match="601 Regeln.*aufteilen"):
        engine.register(make_spec(*rules))
    assert time.perf_counter() - start < 0.5
    assert not engine.has(NAME)


def test_or_branches_count_as_rules(engine):
    two = {"$or": [{"$lt": {"x": -1000}}, {"$lt": {"y": -1000}}]}
    three = {"$or": [{"x": 1}, {"x": 2}, {"x": 3}]}
    assert eng._lint(make_spec(CompiledRule("r", cond(two, three), "r")))[1] == 1 + 6
    assert eng._lint(make_spec(CompiledRule("r", cond({"$or": [two, three]}), "r")))[1] == 1 + 5
    # x and y have one value each, so at most one of the 9 branches is true: max_true_branches=1
    nine = cond(three, {"$or": [{"y": 1}, {"y": 2}, {"y": 3}]})
    rules = [CompiledRule(f"r{i}", {"$and": [*nine["$and"], {"$gte": {"alter_jahre": i}}]}, i) for i in range(45)]
    with pytest.raises(EngineError, match="406 Regeln"):
        engine.register(make_spec(*rules))
    engine.register(make_spec(*rules[:44]))  # 397 branches: fine
    assert engine.evaluate(NAME, {"x": 2, "y": 3, "alter_jahre": 1}) == {0, 1}


# --- 8. more than 64 simultaneously true conditions ---------------------------------------

def test_raw_65_true_conditions_give_error_303():
    out = raw("""
        ruleset({f"r{i}": (cond({"$gte": {"x": -i}}), lambda c: None) for i in range(65)})
        try:
            h.assert_fact("rs", {"t": "k", "x": 1, "sid": "a"})
        except Exception as exc:
            print(exc)
    """)
    assert "error code: 303" in out


def test_70_always_true_rules_are_rejected(engine):
    with pytest.raises(EngineError, match="71 gleichzeitig wahre"):
        engine.register(make_spec(*always_true(70)))
    assert not engine._host._ruleset_directory


def test_50_always_true_rules_all_fire(engine):
    engine.register(make_spec(*always_true(50)))
    assert engine.evaluate(NAME, {"x": 1}) == {f"tag{i}" for i in range(50)}


def test_max_true_branches_are_summed_and_checked(engine):
    both = cond({"$or": [{"x": 1}, {"y": 1}]})
    rules = [CompiledRule(f"r{i}", both, i, max_true_branches=2) for i in range(31)]
    with pytest.raises(EngineError, match="63 gleichzeitig wahre"):  # 31 * 2 + catch-all > MAX_TRUE_BRANCHES
        engine.register(make_spec(*rules))
    with pytest.raises(EngineError, match="max_true_branches=3"):
        engine.register(make_spec(CompiledRule("r", both, "r", max_true_branches=3)))
    engine.register(make_spec(*rules[:30]))  # 61 true branches: within durable's limit of 64
    assert len(engine.evaluate(NAME, {"x": 1, "y": 1})) == 30


# --- 9. missing fields, 10. type coercion -------------------------------------------------

def test_raw_missing_field_and_coercion():
    out = raw("""
        fired = []
        ruleset({"neq": (cond({"$neq": {"x": 1}}), lambda c: fired.append("neq")),
                 "ge": (cond({"$gte": {"x": 10}}), lambda c: fired.append("ge")),
                 "c": ({"t": "k"}, lambda c: None)})
        h.assert_fact("rs", {"t": "k", "sid": "a"})
        print("missing:", fired)
        h.assert_fact("rs", {"t": "k", "x": "20", "sid": "b"})
        print("string:", fired)
    """)
    assert "missing: []" in out and "string: ['neq', 'ge']" in out


@pytest.mark.parametrize("condition", [
    cond({"$neq": {"x": 1}}),
    cond({"$or": [{"x": 2}, {"$and": [{"y": 1}, {"$neq": {"x": 1}}]}]}),
])
def test_neq_is_rejected_anywhere(engine, condition):
    with pytest.raises(EngineError, match=r"Regel 'n'.*\$neq ist verboten"):
        engine.register(make_spec(CompiledRule("n", condition, "n")))


@pytest.mark.parametrize("condition, fragment", [
    (cond({"$gte": {"alter": 14}}), "'alter'"),
    (cond({"$gte": {"alter_jahre": "14"}}), "Typ str"),
    (cond({"$mt": {"alter_jahre": "1.*"}}), "kein str-Feld"),
    (cond({"$iany": {"x": {"$i": 1}}}), "nicht unterstuetzt"),
    (cond({"$gte": {"x": {"$add": {"$l": 1, "$r": 2}}}}), "Typ dict"),
    (cond({"$or": []}), "nichtleere Liste"),
    (cond({"x": 1, "y": 1}), "genau einen"),
])
def test_bad_condition_fields_and_operators_are_rejected(engine, condition, fragment):
    with pytest.raises(EngineError, match="Regel 'r'") as info:
        engine.register(make_spec(CompiledRule("r", condition, "r")))
    assert fragment in str(info.value)


@pytest.mark.parametrize("fact", [
    {"alter_jahre": "20"}, {"alter_jahre": True}, {"alter_jahre": 20.0}, {"alter_jahre": None},
    {"alter_jahre": 2**63}, {"einkommen": True}, {"einkommen": float("nan")},
    {"einkommen": float("inf")}, {"staat": 3}, {"geduldet": 1}, {"unbekannt": 1},
    {"id": "a"}, {"sid": "a"}, {"t": K},
])
def test_bad_fact_values_and_fields_are_rejected(engine, fact):
    engine.register(make_spec(CompiledRule("alt", cond({"$gte": {"alter_jahre": 14}}), "alt")))
    with pytest.raises(EngineError, match=repr(next(iter(fact)))):
        engine.evaluate(NAME, fact)


def test_good_fact_values_are_accepted_and_fact_is_not_mutated(engine):
    engine.register(make_spec(CompiledRule("reich", cond({"$gte": {"einkommen": 1000.5}}), "reich"),
                              CompiledRule("tr", cond({"staat": "TR"}, {"geduldet": False}), "tr")))
    fact = {"einkommen": 2000, "staat": "TR", "geduldet": False, "alter_jahre": 30}
    assert engine.evaluate(NAME, fact) == {"reich", "tr"}
    assert fact == {"einkommen": 2000, "staat": "TR", "geduldet": False, "alter_jahre": 30}


@pytest.mark.parametrize("types", [
    {"sid": str}, {"id": int}, {"t": str}, {"a.b": int}, {"$x": int}, {"liste": list}, {"zahl": complex},
    {f"f{i}": int for i in range(eng.MAX_FIELDS + 1)},
])
def test_bad_field_types_are_rejected(engine, types):
    with pytest.raises(EngineError, match="Feld"):
        engine.register(make_spec(CompiledRule("r", {"t": K}, "r"), types=types))


# --- 11. Python 3.12 DeprecationWarning ---------------------------------------------------

def test_unix_now_is_replaced():
    replacement = eng._durable._unix_now
    assert getattr(replacement, "kimrules_replacement", False)
    assert "utcfromtimestamp" not in inspect.getsource(replacement)
    assert abs(replacement() - time.time()) < 1


def test_evaluation_emits_no_warnings(engine):
    engine.register(make_spec(*always_true(3)))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(engine.evaluate(NAME, {"x": 1})) == 3


def _python312_with_durable() -> str | None:
    candidates = [shutil.which("python3.12"), *sorted(Path.home().glob(".pyenv/versions/3.12*/bin/python3.12"))]
    for exe in filter(None, candidates):
        try:
            if subprocess.run([str(exe), "-c", "import durable.engine"], capture_output=True,
                              timeout=20).returncode == 0:
                return str(exe)
        except (OSError, subprocess.TimeoutExpired):
            pass
    return None


def test_evaluation_under_python312_with_w_error():
    exe = _python312_with_durable()
    if exe is None:
        pytest.skip("no python3.12 with durable-rules installed")
    code = """if True:
        from kimrules.engine.durable import CompiledRule, Engine, RulesetSpec
        e = Engine()
        e.register(RulesetSpec("r@1", "k", {"x": int}, (CompiledRule("a", {"$and": [{"t": "k"}, {"x": 1}]}, "a"),)))
        print(sorted(e.evaluate("r@1", {"x": 1})))
    """
    done = subprocess.run([exe, "-W", "error", "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.strip() == "['a']", done.stderr


# --- 12. action lease: durable cuts off an action batch after 10 s ------------------------

def test_raw_lease_expiry_drops_actions_silently():
    out = raw("""
        import itertools
        fired = []
        ruleset({"a": (cond({"x": 1}), lambda c: fired.append("a")),
                 "b": (cond({"y": 1}), lambda c: fired.append("b"))})
        clock = itertools.count(0, 20)
        E._unix_now = lambda: float(next(clock))
        print("result", h.assert_fact("rs", {"t": "k", "x": 1, "y": 1, "sid": "a"}), "fired", fired)
    """)
    assert "result 0 fired ['a']" in out


def test_lease_clock_cannot_cut_off_actions(engine, monkeypatch):
    # durable's 10-second action lease lives in its Python action loop, which the wrapper
    # bypasses: even a clock that jumps 20 s per call drops no action.
    engine.register(make_spec(CompiledRule("a", cond({"x": 1}), "a"), CompiledRule("b", cond({"y": 1}), "b")))
    clock = iter(range(0, 10**6, 20))
    monkeypatch.setattr(eng._durable, "_unix_now", lambda: float(next(clock)))
    assert engine.evaluate(NAME, {"x": 1, "y": 1}) == {"a", "b"}
    assert no_state_left(engine)


# --- 13. delete_state segfaults on a session whose every assert failed ------------------------

def test_raw_delete_state_after_a_failed_assert_segfaults():
    code = """
        ruleset({"r": (cond({"x": 1}), lambda c: None)})
        try:
            h.assert_fact("rs", {"t": "k", "x": 2, "sid": "a"})
        except E.MessageNotHandledException:
            print("not handled", flush=True)
        h.delete_state("rs", "a")
        print("deleted")
    """
    done = subprocess.run([sys.executable, "-c", RAW_PRELUDE + textwrap.dedent(code)],
                          capture_output=True, text=True, timeout=20)
    assert done.stdout == "not handled\n" and done.returncode != 0


def test_failed_asserts_do_not_crash_and_the_engine_recovers():
    # in a subprocess: without the countermeasure this segfaults the interpreter
    code = """if True:
        import dataclasses
        from kimrules.engine import durable as eng
        from kimrules.engine.durable import CompiledRule, Engine, RulesetSpec
        from kimrules.basis.errors import EngineError
        def cond(*tests): return {"$and": [{"t": "k"}, *tests]}
        e = Engine()
        # the compiler under-reports max_true_branches: 80 true branches -> durable error 303 at run time
        both = [CompiledRule(f"r{i}", cond({"$or": [{"$gte": {"x": -i}}, {"$gte": {"y": -i}}]}), i)
                for i in range(40)]
        e.register(RulesetSpec("over@1", "k", {"x": int, "y": int}, tuple(both)))
        try:
            e.evaluate("over@1", {"x": 1, "y": 1})
        except EngineError as exc:
            print("303", "error code: 303" in str(exc))
        print("recovered", e.evaluate("over@1", {"x": 1, "y": -1000}) == set(range(40)))
        # a real MessageNotHandledException, provoked by corrupting the wrapper's own bookkeeping
        e.register(RulesetSpec("mnh@1", "k", {"x": int}, (CompiledRule("a", cond({"x": 1}), "a"),)))
        entry = e._rulesets["mnh@1"]
        e._rulesets["mnh@1"] = dataclasses.replace(entry, discriminator="anders")
        try:
            e.evaluate("mnh@1", {"x": 1})
        except EngineError as exc:
            print("mnh", "MessageNotHandledException" in str(exc))
        e._rulesets["mnh@1"] = entry
        print("recovered", e.evaluate("mnh@1", {"x": 1}) == {"a"})
        try:
            entry.ruleset.get_state(eng._SID)
        except eng._dre.error as exc:
            print("no state", "error code: 309" in str(exc))
        e.close()
        print("closed")
    """
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n") == ["303 True", "recovered True", "mnh True", "recovered True",
                                       "no state True", "closed", ""]


# --- registry -----------------------------------------------------------------------------

def test_register_is_idempotent_for_an_identical_spec(engine):
    engine.register(make_spec(*always_true(2)))
    engine.register(make_spec(*always_true(2)))
    assert engine.has(NAME) and not engine.has("anderes@1")
    with pytest.raises(EngineError, match="bereits mit anderem Inhalt"):
        engine.register(make_spec(*always_true(3)))
    assert engine.evaluate(NAME, {"x": 1}) == {"tag0", "tag1"}


def test_unknown_ruleset_is_an_engine_error(engine):
    with pytest.raises(EngineError, match="nicht registriert"):
        engine.evaluate("fehlt@1", {})


@pytest.mark.parametrize("spec", [
    RulesetSpec("rs$state", K, TYPES, (CompiledRule("r", {"t": K}, "r"),)),
    RulesetSpec("", K, TYPES, (CompiledRule("r", {"t": K}, "r"),)),
    RulesetSpec("rs", "", TYPES, (CompiledRule("r", {"t": ""}, "r"),)),
    RulesetSpec("rs", K, TYPES, (CompiledRule("r", {"t": K}, "a"), CompiledRule("r", {"t": K}, "b"))),
    RulesetSpec("rs", K, TYPES, (CompiledRule(eng._CATCH_ALL, {"t": K}, "r"),)),
    RulesetSpec("rs", K, TYPES, (CompiledRule("r\u00e4", {"t": K}, "r"),)),
    RulesetSpec("rs", K, TYPES, (CompiledRule("r", {"t": K}, None),)),
    RulesetSpec("rs", K, TYPES, (CompiledRule("r", {"t": K}, ["unhashable"]),)),
    RulesetSpec("rs", K, TYPES, (CompiledRule("r", {"t": K}, "r", max_true_branches=0),)),
])
def test_bad_names_and_tags_are_rejected(engine, spec):
    with pytest.raises(EngineError, match="abgelehnt"):
        engine.register(spec)


def test_close_removes_every_ruleset_from_durable():
    e = Engine()
    for round_ in range(20):
        e.register(make_spec(*always_true(2), name=f"a@{round_}"))
        e.register(make_spec(*always_true(1), name="b@1"))
        assert e.evaluate("b@1", {"x": 1}) == {"tag0"}
        e.close()
        assert not e.has("b@1") and not e._host._ruleset_directory and not e._host._ruleset_list
    e.close()


def test_two_engines_hold_different_versions_under_one_name():
    first, second = Engine(), Engine()
    first.register(make_spec(*always_true(1)))
    second.register(make_spec(*always_true(2)))
    assert first.evaluate(NAME, {"x": 1}) == {"tag0"}
    assert second.evaluate(NAME, {"x": 1}) == {"tag0", "tag1"}
    first.close()
    second.close()


# --- performance --------------------------------------------------------------------------

def test_fifty_rule_ruleset_runs_thousands_of_evaluations_per_second(engine):
    types = {**{f"n{i}": int for i in range(20)}, **{f"b{i}": bool for i in range(10)}}
    rules = [CompiledRule(f"r{i}", cond({"$gte": {f"n{i % 20}": i}}, {"$or": [{f"b{i % 10}": True},
                                                                            {"$nex": {f"b{(i + 1) % 10}": 1}}]}),
                          f"tag{i}") for i in range(50)]
    engine.register(make_spec(*rules, types=types))
    facts = [{**{f"n{i}": (i * k) % 40 for i in range(20)}, **{f"b{i}": (i + k) % 3 == 0 for i in range(0, 10, 2)}}
             for k in range(1000)]
    start = time.perf_counter()
    fired = sum(len(engine.evaluate(NAME, fact)) for fact in facts)
    rate = len(facts) / (time.perf_counter() - start)
    assert fired > 0
    assert rate > 1000, f"{rate:.0f} evaluations/s"


def test_exclusive_group_counts_its_largest_rule_once(engine):
    # three rules of which at most one can hold (like erfüllt / nicht erfüllt / ungeklärt)
    def group(g: int) -> list[CompiledRule]:
        return [
            CompiledRule(f"g{g}_lo", cond({"$lt": {"x": g}}), ("lo", g), exclusive_group=g),
            CompiledRule(f"g{g}_hi", cond({"$gte": {"x": g}}), ("hi", g), exclusive_group=g),
        ]

    rules = [r for g in range(40) for r in group(g)]
    engine.register(make_spec(*rules))  # 80 rules, but at most 40 + 1 true at once
    assert engine.evaluate(NAME, {"x": 20}) == {("hi", g) for g in range(21)} | {("lo", g) for g in range(21, 40)}
    with pytest.raises(EngineError, match="gleichzeitig wahre"):
        engine.register(make_spec(*rules, *[CompiledRule(f"extra{i}", cond({"$gte": {"x": -i}}), i) for i in range(22)], name="other"))
