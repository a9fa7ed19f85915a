"""Classes of values that a set of comparisons cannot tell apart.

A comparison of a number with a constant ``c`` splits the numbers in two: ``x >= c`` and ``x < c``
split them just before ``c``, ``x > c`` and ``x <= c`` just after it. Two values that lie between
the same splits of every comparison a rule makes get the same answer from each comparison, so the
rule decides them alike. :func:`grenzen` gives those splits as sorted bounds, and
``bisect_right(bounds, x)`` numbers the class of ``x``.

Both places that key decisions by such classes use this: the memory of durable-rules' answers
(:mod:`kimrules.pruefung.gedaechtnis`, with durable's operators ``$gte`` …) and the search for the
earliest day (:mod:`kimrules.fristen.vorausschau`, with the operators of the rule files
``mindestens`` …).

>>> from bisect import bisect_right
>>> g = grenzen([("mindestens", 72), ("mehr_als", 18)])
>>> [bisect_right(g, x) for x in (18, 18.5, 71, 72, 99)]
[0, 1, 1, 2, 2]
"""

from __future__ import annotations

from math import inf, nextafter
from typing import Iterable

# operators whose answer changes at the constant itself (x >= c, x < c) or just above it (x > c, x <= c)
_AB_KONSTANTE = frozenset({"$gte", "$lt", "mindestens", "weniger_als"})
_UEBER_KONSTANTE = frozenset({"$gt", "$lte", "mehr_als", "hoechstens"})


def grenze(operator: str, konstante: float) -> float:
    """The smallest value on the upper side of the split that ``x operator konstante`` makes."""
    if operator in _AB_KONSTANTE:
        return float(konstante)
    if operator in _UEBER_KONSTANTE:
        return nextafter(float(konstante), inf)
    raise ValueError(f"kein Vergleich mit einer Zahl: {operator}")


def grenzen(vergleiche: Iterable[tuple[str, float]]) -> tuple[float, ...]:
    """Sorted bounds of the splits the comparisons ``(operator, constant)`` make (see the module head)."""
    return tuple(sorted({grenze(op, c) for op, c in vergleiche}))
