"""Reference evaluator: three-valued (Kleene) logic over the condition tree.

Used (1) to record the explanation tree of each requirement while screening,
cross-checked against the status durable-rules decided, and (2) as the
differential oracle in the tests. Unknown facts are absent from ``werte``.

>>> from kimrules.regelwerk.conditions import Fakt, EineVon, Einzelfall
>>> evaluate(Fakt(fakt="alter_jahre", mindestens=14), {"alter_jahre": 15}, {}).status.value
'erfuellt'
>>> evaluate(EineVon(eine_von=[Fakt(fakt="geduldet", ist=True), Einzelfall(einzelfall="Ermessen")]), {}, {}).status.value
'ungeklaert'
"""

from __future__ import annotations

from typing import Mapping

from kimrules.fakten import catalog
from kimrules.regelwerk.conditions import PRAXIS, Alle, Bedingung, EineVon, Einzelfall, Fakt, Nicht, ParameterRef, Praxis, praxis_text
from kimrules.engine.outcome import Knoten, Status

T, U, F = Status.erfuellt, Status.ungeklaert, Status.nicht_erfuellt


def operand_value(node: Fakt, parameter: Mapping[str, float]) -> bool | float:
    operand = node.operand
    if isinstance(operand, ParameterRef):
        return parameter[operand.parameter]
    return operand


def compare(op: str, value: float | bool, operand: float | bool) -> bool:
    if op == "ist":
        return bool(value) is bool(operand)
    if op == "mindestens":
        return value >= operand
    if op == "hoechstens":
        return value <= operand
    if op == "mehr_als":
        return value > operand
    return value < operand  # weniger_als


_RANK = {F: 0, U: 1, T: 2}
_BY_RANK = (F, U, T)
_SWAP = {T: F, F: T, U: U}


def evaluate(node: Bedingung, werte: Mapping[str, object], parameter: Mapping[str, float]) -> Knoten:
    if isinstance(node, Fakt):
        operand = operand_value(node, parameter)
        if node.fakt not in werte:
            return Knoten(U, "fakt", node.fakt, (), None, node.operator, operand)
        value = werte[node.fakt]
        ok = compare(node.operator, value, operand)  # type: ignore[arg-type]
        return Knoten(T if ok else F, "fakt", node.fakt, (), value, node.operator, operand)
    if isinstance(node, Praxis):  # decided by the chosen practice overlay, else ungeklärt like an Einzelfall
        wert = parameter.get(PRAXIS + node.praxis)
        status = U if wert is None else T if wert else F
        return Knoten(status, "einzelfall", wert=praxis_text(node, wert))
    if isinstance(node, Einzelfall):
        return Knoten(U, "einzelfall", wert=node.einzelfall)
    if isinstance(node, Nicht):
        inner = evaluate(node.nicht, werte, parameter)
        return Knoten(_SWAP[inner.status], "nicht", kinder=(inner,))
    if isinstance(node, Alle):
        kids = tuple(evaluate(c, werte, parameter) for c in node.alle)
        return Knoten(_BY_RANK[min(_RANK[k.status] for k in kids)], "alle", kinder=kids)
    assert isinstance(node, EineVon)
    kids = tuple(evaluate(c, werte, parameter) for c in node.eine_von)
    return Knoten(_BY_RANK[max(_RANK[k.status] for k in kids)], "eine_von", kinder=kids)


def node_at(knoten: Knoten, path: tuple) -> Knoten:
    """The node of an explanation tree at a condition path such as ("eine_von", 2, "alle", 0)."""
    for part in path:
        if isinstance(part, int):
            knoten = knoten.kinder[part]
        elif part == "nicht":
            knoten = knoten.kinder[0]
    return knoten


def relevant(knoten: Knoten, status: Status) -> list[Knoten]:
    """Leaves that explain a node's status (the unknown facts and reasons for ungeklärt, etc.).

    Inside ``alle``, an Einzelfall reason only counts once everything else in that ``alle``
    is erfüllt: while a premise is still unknown, the open question is the premise.
    """
    if not knoten.kinder:
        return [knoten] if knoten.status == status else []
    target = status if knoten.art != "nicht" else _SWAP[status]
    kids = [k for k in knoten.kinder if k.status == target]
    if knoten.art == "alle" and target is U:
        premises = [k for k in kids if k.art != "einzelfall"]
        kids = premises or kids
    out: list[Knoten] = []
    for k in kids:
        out.extend(relevant(k, target))
    return out
