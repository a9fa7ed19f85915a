"""Compile validated rule files into durable-rules conditions (pure; no engine import).

Three-valued logic on a two-valued engine
-----------------------------------------
Every node of a condition tree is in exactly one state: erfüllt (T),
nicht erfüllt (F) or ungeklärt (U). For each requirement two rules are
generated whose conditions are T and F of the requirement's tree; a requirement
for which neither fires is U (the three states exclude each other and one of
them always holds). The U form is still built, because the forms of composite
nodes are made from their children's U, but it is not sent to the engine: the
U conditions were about 60 % of durable's work (measured 2026-11-22 on all four
norms: 1,150 µs instead of 3,050 µs per client). A rule pair that both fire is
an EngineError; every printed explanation is still cross-checked against the
reference evaluator, and the differential tests compare every decision.

To keep those conditions small (durable expands ``$or`` into one internal rule
per branch), each numeric engine fact ``x`` is sent twice: ``x`` with an unknown
value replaced by ``LO`` and ``x__h`` with an unknown value replaced by ``HI``.
A yes/no fact is sent once, as 1 (ja), 0 (nein) or ``UNKNOWN_BOOL`` = 0.5
(unbekannt). Then each leaf has a one-branch form for T, F, U, "not T"
(NT = F or U) and "not F" (NF = T or U)::

    mindestens v:   T: x >= v    F: x__h < v    NF: x__h >= v    NT: x < v    U: x <= LO
    ist ja:         T: x >= 1    F: x <= 0      NF: x > 0        NT: x < 1    U: x > 0 and x < 1

and composite nodes combine them without blow-up::

    alle:      T = and T_i   F = or F_i   NF = and NF_i   NT = or NT_i   U = and(and NF_i, or U_i)
    eine_von:  T = or T_i    F = and F_i  NF = or NF_i    NT = and NT_i  U = and(and NT_i, or U_i)
    nicht:     swaps T/F and NT/NF
    einzelfall: T = F = false, U = NT = NF = true

Each ``or`` is written "first true wins" (:func:`_first`), so that a rule fires
once, not once per true operand (durable fires once per true DNF branch), and
U may instead be written and(NT, NF) where that has fewer branches.

No field is ever missing in the engine fact, so durable's "a missing field makes
every test false" cannot silently turn *unbekannt* into *nicht erfüllt*.

The pathway status is the Kleene AND (minimum) over the requirement statuses,
sent as numbers F=0, U=1, T=2 in a second fact and decided by a second ruleset.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Optional, Union

from kimrules.basis import diskcache
from kimrules.fakten import catalog
from kimrules.regelwerk.conditions import PRAXIS, Alle, Bedingung, EineVon, Einzelfall, Fakt, Nicht, ParameterRef, Praxis
from kimrules.engine.outcome import Status
from kimrules.regelwerk.rules import Fassung

LO = -1_000_000_000.0
HI = 1_000_000_000.0
CLAMP = 100_000_000.0  # known values are kept inside (-CLAMP, CLAMP), well away from LO / HI
UNKNOWN_BOOL = 0.5  # an unknown yes/no fact (ja = 1, nein = 0)
TINY = 0.0001  # smallest magnitude Python writes without an exponent
DISCRIMINATOR_KLIENT = "klient"
DISCRIMINATOR_PFAD = "pfad"
MAX_TRUE_PER_RULESET = 62  # = engine.MAX_TRUE_BRANCHES; durable fails above 64 simultaneously true conditions (error 303)
MAX_BRANCHES_PER_RULESET = 380  # durable hangs at >= 512 rules
# statuses one rule combines in the pathway decision: the Kleene AND of more than 14 statuses in one
# rule exceeds durable's expression limit (error 113, measured); a version with more requirements is
# decided in groups of this size first (units "g0", "g1", … in extra stages), then the pathway over the groups
PATHWAY_FAN_IN = 14


class _Const:
    def __init__(self, value: bool) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "TRUE" if self.value else "FALSE"


TRUE, FALSE = _Const(True), _Const(False)


@dataclass(frozen=True)
class Expr:
    """A durable expression (or a constant) with its DNF size and true-branch bound."""

    json: Union[dict, _Const]
    branches: int = 1
    max_true: int = 1
    parts: tuple["Expr", ...] = ()  # the operands of an $and / $or built here (keeps their bounds)


E_TRUE, E_FALSE = Expr(TRUE, 1, 1), Expr(FALSE, 0, 0)


_CMP = {
    "$gte": lambda a, b: a >= b,
    "$gt": lambda a, b: a > b,
    "$lte": lambda a, b: a <= b,
    "$lt": lambda a, b: a < b,
}
_UNKNOWN = None  # the point "fact unknown" (sent as LO in x and HI in x__h, or as UNKNOWN_BOOL)


def _is_bool(name: str) -> bool:
    """A yes/no fact of the catalog (sent in one field)."""
    fakt = catalog.FAKTEN.get(name)
    return fakt is not None and fakt.typ is bool


def _comparison(expr: Expr) -> Optional[tuple[str, str, str, float]]:
    """(base fact, field, operator, value) if ``expr`` is a single comparison, else None."""
    json = expr.json
    if not isinstance(json, dict) or len(json) != 1:
        return None
    ((op, arg),) = json.items()
    if op not in _CMP:
        return None
    ((field, value),) = arg.items()
    return field.removesuffix("__h"), field, op, value


def _holds(test: tuple[str, str, str, float], point: Optional[float]) -> bool:
    base, field, op, value = test
    if point is _UNKNOWN:
        point = UNKNOWN_BOOL if _is_bool(base) else HI if field.endswith("__h") else LO
    return _CMP[op](point, value)


def _points(tests: list[tuple[str, str, str, float]]) -> list[Optional[float]]:
    """Unknown plus one point of the fact's domain in every interval the tests' values cut it into."""
    base = tests[0][0]
    fakt = catalog.FAKTEN.get(base)
    if fakt is None:  # status of an earlier stage: always known, 0, 1 or 2
        return [0.0, 1.0, 2.0]
    if fakt.typ is bool:
        return [_UNKNOWN, 0.0, 1.0]
    values = sorted({t[3] for t in tests if t[3] not in (LO, HI)})
    points: list[Optional[float]] = [_UNKNOWN, 0.0]  # some known value, also when only LO/HI are compared
    if values:
        step = 1.0 if fakt.typ is int else 0.5
        points += [values[0] - step, values[-1] + step, *values]
        points += [(x + y) / 2 for x, y in zip(values, values[1:])]  # for int facts a superset is harmless
    return points


def _simplify(parts: list[Expr], conjunction: bool) -> Optional[list[Expr]]:
    """Merge comparisons of the same fact inside one and/or; None if the whole is FALSE (and) / TRUE (or).

    Two tests of one fact are reduced exactly over "unknown" and every interval between the
    compared values: a test implied by another is dropped, complementary tests make an ``or``
    TRUE and contradictory ones make an ``and`` FALSE. This keeps durable's branch count low.
    """
    groups: dict[str, list[int]] = {}
    tests: dict[int, tuple[str, str, str, float]] = {}
    for i, p in enumerate(parts):
        t = _comparison(p)
        if t is not None:
            tests[i] = t
            groups.setdefault(t[0], []).append(i)
    drop: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        points = _points([tests[i] for i in members])
        sat = {i: frozenset(j for j, pt in enumerate(points) if _holds(tests[i], pt)) for i in members}
        combined = frozenset.intersection(*sat.values()) if conjunction else frozenset.union(*sat.values())
        if conjunction and not combined:
            return None
        if not conjunction and len(combined) == len(points):
            return None
        for i in members:
            for j in members:
                if i != j and i not in drop and j not in drop:
                    # and: drop j if it is implied by i (sat[i] ⊆ sat[j]); or: drop j if it implies i
                    if (conjunction and sat[i] <= sat[j]) or (not conjunction and sat[j] <= sat[i]):
                        drop.add(j)
    return [p for i, p in enumerate(parts) if i not in drop]


def _flatten(parts: list[Expr], op: str) -> list[Expr]:
    out: list[Expr] = []
    for p in parts:
        if isinstance(p.json, dict) and list(p.json) == [op]:
            if p.parts:
                out.extend(p.parts)
            else:
                out.extend(Expr(inner, *_size(inner)) for inner in p.json[op])
        else:
            out.append(p)
    return out


def _size(json: object) -> tuple[int, int]:
    """(DNF branches, bound of simultaneously true branches) of a durable expression."""
    assert isinstance(json, dict)
    ((op, arg),) = json.items()
    if op == "$and":
        b = m = 1
        for part in arg:
            pb, pm = _size(part)
            b, m = b * pb, m * pm
        return b, m
    if op == "$or":
        sizes = [_size(part) for part in arg]
        return sum(x for x, _ in sizes), sum(y for _, y in sizes)
    return 1, 1


def _and(parts: list[Expr]) -> Expr:
    kept = []
    for p in _flatten(parts, "$and"):
        if p.json is FALSE:
            return E_FALSE
        if p.json is not TRUE:
            kept.append(p)
    simplified = _simplify(kept, conjunction=True)
    if simplified is None:
        return E_FALSE
    kept = simplified
    if not kept:
        return E_TRUE
    if len(kept) == 1:
        return kept[0]
    branches = max_true = 1
    for p in kept:
        branches *= p.branches
        max_true *= p.max_true
    return Expr({"$and": [p.json for p in kept]}, branches, max_true, tuple(kept))


def _or(parts: list[Expr]) -> Expr:
    kept = []
    for p in _flatten(parts, "$or"):
        if p.json is TRUE:
            return E_TRUE
        if p.json is not FALSE:
            kept.append(p)
    simplified = _simplify(kept, conjunction=False)
    if simplified is None:
        return E_TRUE
    kept = simplified
    if not kept:
        return E_FALSE
    if len(kept) == 1:
        return kept[0]
    return Expr({"$or": [p.json for p in kept]}, sum(p.branches for p in kept), sum(p.max_true for p in kept), tuple(kept))


def _first(pairs: list[tuple[Expr, Expr]]) -> Expr:
    """``or(A_1, ..., A_n)`` written so that few operands can hold at once ("first true wins").

    Each pair is ``(A_i, N_i)`` with ``N_i`` the exact complement of ``A_i`` where the result
    is used (and never true together with ``A_i``):
    ``or(A_1, and(N_1, A_2), and(N_1, N_2, A_3), ...)``. durable fires a rule once per true
    DNF branch (trap 5); this way a rule fires once instead of once per true operand.
    Only single-branch complements are chained (operands with those first), so the number
    of DNF branches stays that of the operands; the operands after the first
    multi-branch complement share the prefix and may hold together.
    """
    plain = _or([a for a, _ in pairs])
    if len(pairs) < 2:
        return plain
    ordered = sorted(pairs, key=lambda pair: pair[1].branches)  # stable
    prefix: list[Expr] = []
    chained: list[Expr] = []  # exclude each other and everything after them
    shared: list[Expr] = []  # after the prefix stopped growing: may hold together
    for a, n in ordered:
        part = _and([*prefix, a])
        if shared or n.branches != 1:
            shared.append(part)
        else:
            chained.append(part)
            prefix.append(n)
    first = _or(chained + shared)
    if first.branches > sum(a.branches for a, _ in pairs) or first.json is TRUE or first.json is FALSE:
        return plain
    bound = max([p.max_true for p in chained] + [sum(p.max_true for p in shared)])
    return Expr(first.json, first.branches, min(first.max_true, bound), first.parts)


def _test(op: str, field: str, value: float) -> Expr:
    return Expr({op: {field: value}})


@dataclass(frozen=True)
class Forms:
    t: Expr
    f: Expr
    u: Expr
    nt: Expr
    nf: Expr

    @property
    def size(self) -> int:
        return max(self.t.branches, self.f.branches, self.u.branches, self.nt.branches, self.nf.branches)


def _leaf(node: Fakt, parameter: Mapping[str, float]) -> Forms:
    x, xh = node.fakt, node.fakt + "__h"
    operand = node.operand
    v = parameter[operand.parameter] if isinstance(operand, ParameterRef) else operand
    op = node.operator
    if (op == "ist") != _is_bool(x):
        raise ValueError(f"{x}: „ist“ nur für ja/nein-Fakten, Vergleiche nur für Zahlen")
    if op == "ist":  # one field: 1 ja, 0 nein, UNKNOWN_BOOL unbekannt
        yes, no, not_yes, not_no = _test("$gte", x, 1), _test("$lte", x, 0), _test("$lt", x, 1), _test("$gt", x, 0)
        u = _and([not_no, not_yes])
        if v:  # ist: true
            return Forms(yes, no, u, not_yes, not_no)
        return Forms(no, yes, u, not_no, not_yes)
    u = _test("$lte", x, LO)
    v = float(v)
    if op == "mindestens":
        return Forms(_test("$gte", x, v), _test("$lt", xh, v), u, _test("$lt", x, v), _test("$gte", xh, v))
    if op == "hoechstens":
        return Forms(_test("$lte", xh, v), _test("$gt", x, v), u, _test("$gt", xh, v), _test("$lte", x, v))
    if op == "mehr_als":
        return Forms(_test("$gt", x, v), _test("$lte", xh, v), u, _test("$lte", x, v), _test("$gt", xh, v))
    # weniger_als
    return Forms(_test("$lt", xh, v), _test("$gte", x, v), u, _test("$gte", xh, v), _test("$lt", x, v))


def _status_forms(field: str) -> Forms:
    """Forms for a node whose status (F=0, U=1, T=2) an earlier stage has already decided."""
    return Forms(
        _test("$gte", field, 2),
        _test("$lte", field, 0),
        Expr({"$and": [{"$gte": {field: 1}}, {"$lte": {field: 1}}]}),
        _test("$lte", field, 1),
        _test("$gte", field, 1),
    )


BUDGET = 24  # largest DNF (branches) allowed for one node before its composite children are hoisted


def forms(node: Bedingung, parameter: Mapping[str, float], hoisted: Mapping[int, str] | None = None) -> Forms:
    """T/F/U/NT/NF of ``node``; nodes in ``hoisted`` (by id) are read as decided statuses."""
    hoisted = hoisted or {}
    if id(node) in hoisted:
        return _status_forms(hoisted[id(node)])
    if isinstance(node, Fakt):
        return _leaf(node, parameter)
    if isinstance(node, Praxis):  # decided by the practice overlay (constant per version), else like an Einzelfall
        wert = parameter.get(PRAXIS + node.praxis)
        if wert is not None:
            return Forms(E_TRUE, E_FALSE, E_FALSE, E_FALSE, E_TRUE) if wert else Forms(E_FALSE, E_TRUE, E_FALSE, E_TRUE, E_FALSE)
    if isinstance(node, (Einzelfall, Praxis)):
        return Forms(E_FALSE, E_FALSE, E_TRUE, E_TRUE, E_TRUE)
    if isinstance(node, Nicht):
        inner = forms(node.nicht, parameter, hoisted)
        return Forms(inner.f, inner.t, inner.u, inner.nf, inner.nt)
    kids = [forms(c, parameter, hoisted) for c in (node.alle if isinstance(node, Alle) else node.eine_von)]
    # every "or" is "first true wins" (see _first); in U, where all children are T or U
    # (alle) resp. F or U (eine_von), "not U" of a child is its T resp. F
    # U is also "neither T nor F" = and(NT, NF); the form with fewer DNF branches is used
    if isinstance(node, Alle):
        nf, nt = _and([k.nf for k in kids]), _first([(k.nt, k.t) for k in kids])
        u = _smaller(_and([nf, _first([(k.u, k.t) for k in kids])]), _and([nt, nf]))
        return Forms(_and([k.t for k in kids]), _first([(k.f, k.nf) for k in kids]), u, nt, nf)
    assert isinstance(node, EineVon)
    nt, nf = _and([k.nt for k in kids]), _first([(k.nf, k.f) for k in kids])
    u = _smaller(_and([nt, _first([(k.u, k.f) for k in kids])]), _and([nt, nf]))
    return Forms(_first([(k.t, k.nt) for k in kids]), _and([k.f for k in kids]), u, nt, nf)


def _smaller(a: Expr, b: Expr) -> Expr:
    """The one of two equivalent expressions that costs durable less (fewer branches, fewer true)."""
    return b if (b.branches, b.max_true) < (a.branches, a.max_true) else a


@dataclass(frozen=True)
class Rule:
    name: str
    condition: dict
    tag: tuple[str, int, Status]  # ("r", requirement index, status), ("k", node number, status) or ("p", 0, status)
    max_true: int
    branches: int


def _rule(name: str, expr: Expr, discriminator: str, tag: tuple[str, int, Status]) -> Optional[Rule]:
    if expr.json is FALSE:
        return None
    cond = {"t": discriminator} if expr.json is TRUE else {"$and": [{"t": discriminator}, expr.json]}
    return Rule(name, cond, tag, expr.max_true, expr.branches)


def _three(prefix: str, fm: Forms, discriminator: str, kind: str, index: int) -> list[Rule]:
    """The engine rules of one unit: T and F (U is "neither fired", see the module head)."""
    rules = [
        _rule(f"{prefix}_{status.value}", expr, discriminator, (kind, index, status))
        for status, expr in ((Status.erfuellt, fm.t), (Status.nicht_erfuellt, fm.f))
    ]
    return [r for r in rules if r is not None]


@dataclass(frozen=True)
class Stage:
    """One engine call: the rulesets (chunks) and which nodes/requirements it decides."""

    chunks: tuple[tuple[Rule, ...], ...]
    decides: tuple[tuple[str, int], ...]  # ("k", node) / ("r", requirement) / ("p", 0)
    fields: tuple[str, ...]  # status fields of earlier stages this stage reads


@dataclass(frozen=True)
class Plan:
    """Everything needed to evaluate one norm version in the engine."""

    name: str  # e.g. "aufenthg_25b@2022-12-31"
    stages: tuple[Stage, ...]  # in order; the last decides the pathway
    fields: tuple[str, ...]  # engine facts used (sent as x and x__h, yes/no facts as x)
    hoisted: tuple[tuple[int, tuple], ...]  # (requirement index, path in its condition) per node number
    n_requirements: int


def _hoist(node: Bedingung, parameter: Mapping[str, float], hoisted: dict[int, str], names: list) -> None:
    """Post-order: hoist the composite children of any node whose forms grow beyond BUDGET."""
    for child in (node.alle if isinstance(node, Alle) else node.eine_von if isinstance(node, EineVon) else [node.nicht] if isinstance(node, Nicht) else []):
        _hoist(child, parameter, hoisted, names)
    if isinstance(node, (Alle, EineVon)) and forms(node, parameter, hoisted).size > BUDGET:
        for child in node.alle if isinstance(node, Alle) else node.eine_von:
            if isinstance(child, (Alle, EineVon, Nicht)) and id(child) not in hoisted:
                hoisted[id(child)] = f"k{len(names)}"
                names.append(child)


def _chunk(groups: list[list[Rule]]) -> tuple[tuple[Rule, ...], ...]:
    chunks: list[list[Rule]] = [[]]
    true_sum = branch_sum = 0
    for rules in groups:
        if not rules:  # T and F are both impossible (e.g. an Einzelfall): the unit is always U
            continue
        g_true = max(r.max_true for r in rules)  # T, F and U of one node exclude each other (exclusive group)
        g_branches = sum(r.branches for r in rules)
        if g_true + 1 > MAX_TRUE_PER_RULESET or g_branches + 1 > MAX_BRANCHES_PER_RULESET:
            raise ValueError(f"Bedingung {rules[0].name} ist für die Engine zu groß; bitte aufteilen")
        if chunks[-1] and (true_sum + g_true + 1 > MAX_TRUE_PER_RULESET or branch_sum + g_branches + 1 > MAX_BRANCHES_PER_RULESET):
            chunks.append([])
            true_sum = branch_sum = 0
        chunks[-1].extend(rules)
        true_sum += g_true
        branch_sum += g_branches
    return tuple(tuple(c) for c in chunks if c)


def _refs(node: Bedingung, hoisted: Mapping[int, str], top: bool = True) -> set[str]:
    """Hoisted status fields that the compiled forms of ``node`` read directly."""
    if not top and id(node) in hoisted:
        return {hoisted[id(node)]}
    out: set[str] = set()
    for child in (node.alle if isinstance(node, Alle) else node.eine_von if isinstance(node, EineVon) else [node.nicht] if isinstance(node, Nicht) else []):
        out |= _refs(child, hoisted, top=False)
    return out


def plan_cached(fassung: Fassung) -> Plan:
    """:func:`plan`, kept in the disk cache under the version's file, content and parameters."""
    schluessel = hashlib.sha256(
        f"{diskcache.code_schluessel()}\0{fassung.pfad}\0{fassung.sha256}\0{sorted(fassung.parameter.items())}".encode()
    ).hexdigest()[:40]
    name = f"plan-{schluessel}"
    hit = diskcache.lesen(name)
    if isinstance(hit, Plan):
        return hit
    neu = plan(fassung)  # a version too large for the engine raises here, every time: never cached
    diskcache.schreiben(name, neu)
    return neu


def plan(fassung: Fassung) -> Plan:
    from kimrules.regelwerk.conditions import facts_used, walk

    parameter = fassung.parameter
    hoisted: dict[int, str] = {}
    names: list[Bedingung] = []
    reqs = fassung.datei.voraussetzungen
    for v in reqs:
        _hoist(v.bedingung, parameter, hoisted, names)
    # where each hoisted node sits (for the explanation cross-check)
    where: dict[int, tuple[int, tuple]] = {}
    for i, v in enumerate(reqs):
        for path, node in walk(v.bedingung):
            if id(node) in hoisted:
                where[id(node)] = (i, path)
    # stage of each unit = 1 + max stage of the hoisted nodes it reads
    stage_of: dict[str, int] = {}

    def stage(node: Bedingung) -> int:
        refs = _refs(node, hoisted)
        return 1 + max((stage_of[r] for r in refs), default=0)

    for n, node in enumerate(names):  # post-order: children were hoisted first
        stage_of[f"k{n}"] = stage(node)
    units: list[tuple[int, str, int, Bedingung]] = [(stage_of[f"k{n}"], "k", n, node) for n, node in enumerate(names)]
    units += [(stage(v.bedingung), "r", i, v.bedingung) for i, v in enumerate(reqs)]
    last = max(u[0] for u in units)
    stages: list[Stage] = []
    for s in range(1, last + 1):
        groups: list[list[Rule]] = []
        decides: list[tuple[str, int]] = []
        for st, kind, index, node in units:
            if st == s:
                groups.append(_three(f"{kind}{index}", forms(node, parameter, _without(hoisted, node)), DISCRIMINATOR_KLIENT, kind, index))
                decides.append((kind, index))
        earlier = tuple(sorted({f for st, _, _, node in units if st == s for f in _refs(node, hoisted)}))
        stages.append(Stage(_chunk(groups), tuple(decides), earlier))
    statuses = [f"r{i}" for i in range(len(reqs))]
    groups = 0
    while len(statuses) > PATHWAY_FAN_IN:  # too many for one rule: Kleene AND per group first
        parts = [statuses[i:i + PATHWAY_FAN_IN] for i in range(0, len(statuses), PATHWAY_FAN_IN)]
        units = [("g", groups + n) for n in range(len(parts))]
        rules = [list(kleene_and_rules(part, f"g{u[1]}", DISCRIMINATOR_KLIENT, u)) for part, u in zip(parts, units)]
        stages.append(Stage(_chunk(rules), tuple(units), tuple(statuses)))
        groups += len(parts)
        statuses = [f"g{u[1]}" for u in units]
    pfad = kleene_and_rules(statuses, "pfad", DISCRIMINATOR_PFAD, ("p", 0))
    stages.append(Stage(_chunk([list(pfad)]), (("p", 0),), tuple(statuses)))
    fields: dict[str, None] = {}
    for v in reqs:
        for name in facts_used(v.bedingung):
            fields.setdefault(name, None)
    name = f"{fassung.kennung}@{fassung.datei.gueltig_ab.isoformat()}"
    return Plan(name, tuple(stages), tuple(fields), tuple(where[id(n)] for n in names), len(reqs))


def _without(hoisted: Mapping[int, str], node: Bedingung) -> dict[int, str]:
    """The node itself is compiled in full; only its hoisted descendants are read as statuses."""
    return {k: v for k, v in hoisted.items() if k != id(node)}


def pathway_rules(n: int) -> tuple[Rule, ...]:
    """Kleene AND over requirement statuses r0..r{n-1} (F=0, U=1, T=2); at most PATHWAY_FAN_IN."""
    return kleene_and_rules([f"r{i}" for i in range(n)], "pfad", DISCRIMINATOR_PFAD, ("p", 0))


def kleene_and_rules(fields: list[str], prefix: str, discriminator: str, unit: tuple[str, int]) -> tuple[Rule, ...]:
    """T and F rules of the Kleene AND over the status fields (F=0, U=1, T=2)."""
    t = _and([_test("$gte", f, 2) for f in fields])
    f = _first([(_test("$lte", f, 0), _test("$gte", f, 1)) for f in fields])
    # where every status is at least U, "not U" is T
    u = _and([_and([_test("$gte", f, 1) for f in fields]), _first([(_test("$lte", f, 1), _test("$gte", f, 2)) for f in fields])])
    return tuple(_three(prefix, Forms(t, f, u, E_TRUE, E_TRUE), discriminator, unit[0], unit[1]))


@lru_cache(maxsize=64)
def _encoding(fields: tuple[str, ...]) -> tuple[tuple[str, str, Optional[bool]], ...]:
    """(name, name of its HI copy, is it a yes/no fact) per field, looked up once per field list."""
    return tuple((name, name + "__h", catalog.FAKTEN[name].typ is bool if name in catalog.FAKTEN else None)
                 for name in fields)


def encode(werte: Mapping[str, object], fields: tuple[str, ...]) -> dict[str, float]:
    """The engine fact: every field present as a float; yes/no facts as 1/0, unknown as
    UNKNOWN_BOOL; numbers in x and x__h, unknown as LO / HI."""
    out: dict[str, float] = {}
    for name, high, is_bool in _encoding(fields):
        if is_bool:
            if name not in werte:
                out[name] = UNKNOWN_BOOL
                continue
            value = werte[name]
            if value is True:
                out[name] = 1.0
            elif value is False:
                out[name] = 0.0
            else:
                raise TypeError(f"Fakt {name} muss ja/nein sein, nicht {value!r}")
        elif name in werte:
            value = werte[name]
            if is_bool is None:
                raise KeyError(name)  # not in the catalog
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"Fakt {name} muss eine Zahl sein, nicht {value!r}")
            # durable's JSON reader rejects exponent notation without a decimal point
            # (e.g. 1e-05, 1e+16: error 204); the facts never need that range
            number = float(value)
            if number > CLAMP:
                number = CLAMP
            elif number < -CLAMP:
                number = -CLAMP
            elif 0 < abs(number) < TINY:  # keeps the sign against a threshold of 0
                number = TINY if number > 0 else -TINY
            out[name] = number
            out[high] = number
        else:
            out[name] = LO
            out[high] = HI
    return out


def fields_of(condition: object, out: set[str] | None = None) -> set[str]:
    """Field names a durable condition reads (to send each ruleset only what it needs)."""
    out = set() if out is None else out
    if isinstance(condition, dict):
        for key, value in condition.items():
            if key in ("$and", "$or"):
                for part in value:
                    fields_of(part, out)
            elif key.startswith("$"):
                fields_of(value, out)
            elif key != "t":
                out.add(key)
    return out
