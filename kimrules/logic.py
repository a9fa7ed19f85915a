"""Reference evaluator: three-valued (Kleene) logic over the condition tree.

Used (1) to record the explanation tree of each requirement while screening,
cross-checked against the status durable-rules decided, and (2) as the
differential oracle in the tests. Unknown facts are absent from ``werte``.

>>> from kimrules.conditions import Fakt, EineVon, Einzelfall
>>> evaluate(Fakt(fakt="alter_jahre", mindestens=14), {"alter_jahre": 15}, {}).status.value
'erfuellt'
>>> evaluate(EineVon(eine_von=[Fakt(fakt="geduldet", ist=True), Einzelfall(einzelfall="Ermessen")]), {}, {}).status.value
'ungeklaert'
"""

from __future__ import annotations

from typing import Mapping

from kimrules import catalog
from kimrules.conditions import COMPARISON_TEXT, Alle, Bedingung, EineVon, Einzelfall, Fakt, Nicht, ParameterRef
from kimrules.outcome import Knoten, Status

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


def _fmt(value: object) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def evaluate(node: Bedingung, werte: Mapping[str, object], parameter: Mapping[str, float]) -> Knoten:
    if isinstance(node, Fakt):
        info = catalog.FAKTEN[node.fakt]
        operand = operand_value(node, parameter)
        want = f"{COMPARISON_TEXT[node.operator]} {_fmt(operand)} {info.einheit}".strip()
        if node.fakt not in werte:
            return Knoten(U, "fakt", f"{info.titel}: unbekannt (erforderlich: {want})", node.fakt)
        value = werte[node.fakt]
        ok = compare(node.operator, value, operand)  # type: ignore[arg-type]
        return Knoten(T if ok else F, "fakt", f"{info.titel}: {_fmt(value)} {info.einheit}".rstrip() + f" (erforderlich: {want})", node.fakt)
    if isinstance(node, Einzelfall):
        return Knoten(U, "einzelfall", node.einzelfall)
    if isinstance(node, Nicht):
        inner = evaluate(node.nicht, werte, parameter)
        status = {T: F, F: T, U: U}[inner.status]
        return Knoten(status, "nicht", "nicht:", kinder=(inner,))
    if isinstance(node, Alle):
        kids = tuple(evaluate(c, werte, parameter) for c in node.alle)
        status = Status.from_rank(min(k.status.rank for k in kids))
        return Knoten(status, "alle", "alle der folgenden:", kinder=kids)
    assert isinstance(node, EineVon)
    kids = tuple(evaluate(c, werte, parameter) for c in node.eine_von)
    status = Status.from_rank(max(k.status.rank for k in kids))
    return Knoten(status, "eine_von", "mindestens eine der folgenden:", kinder=kids)


def relevant(knoten: Knoten, status: Status) -> list[Knoten]:
    """Leaves that explain a requirement's status (the unknown ones for ungeklärt, etc.)."""
    if not knoten.kinder:
        return [knoten] if knoten.status == status else []
    target = status if knoten.art != "nicht" else {T: F, F: T, U: U}[status]
    out: list[Knoten] = []
    for k in knoten.kinder:
        if k.status == target:
            out.extend(relevant(k, target))
    return out
