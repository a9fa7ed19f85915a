"""Dates and figures the statute names (a Stichtag, the last day of a transitional rule, an age limit),
read from the Regelwerk's date-keyed parameters (``rules/parameter/``) instead of Python constants.

``parameter`` is what :func:`kimrules.fakten.derive.derive` gets: name -> parameter with its values by
``gueltig_ab``. A missing parameter gives None (the caller leaves its fact unknown and says why).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Mapping, Optional

__all__ = ["wert_am", "datum", "zahl", "spaetere_werte"]


def wert_am(parameter: Mapping[str, Any], name: str, stichtag: date) -> Optional[Any]:
    """The value (:class:`kimrules.regelwerk.rules.Parameterwert`) in force on the Stichtag; before the
    first value the first value: a date or limit the law names is the law's, also when it is read for an
    earlier day (the rules reading it are not in force then). None: parameter not loaded."""
    p = parameter.get(name)
    if p is None:
        return None
    return p.wert_am(stichtag) or min(p.werte, key=lambda w: w.gueltig_ab)


def datum(parameter: Mapping[str, Any], name: str, stichtag: date) -> Optional[date]:
    """A date the statute names (see :func:`wert_am`)."""
    w = wert_am(parameter, name, stichtag)
    if w is None:
        return None
    if not isinstance(w.wert, date):
        raise TypeError(f"Parameter {name} is not a date")  # programmer error: the rule files are validated
    return w.wert


def zahl(parameter: Mapping[str, Any], name: str, stichtag: date) -> Optional[int]:
    """A whole number the statute names (months, years; see :func:`wert_am`)."""
    w = wert_am(parameter, name, stichtag)
    if w is None:
        return None
    if isinstance(w.wert, date) or w.wert != int(w.wert):
        raise TypeError(f"Parameter {name} is not a whole number")
    return int(w.wert)


def spaetere_werte(parameter: Mapping[str, Any], name: str, stichtag: date) -> list[Any]:
    """The values taking effect after the Stichtag, in order (a law change already enacted)."""
    p = parameter.get(name)
    return [] if p is None else sorted((w for w in p.werte if w.gueltig_ab > stichtag), key=lambda w: w.gueltig_ab)
