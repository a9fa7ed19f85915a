"""kimrules – Vorprüfung aufenthalts- und staatsangehörigkeitsrechtlicher Wege für das KIM in NRW.

Public API::

    from datetime import date
    from kimrules import load_client, vorpruefung

    stichtag = date(2025, 3, 15)
    v = vorpruefung(load_client("mandant.yaml", stichtag), stichtag)
    for ergebnis in v.ergebnisse:
        print(ergebnis.norm, ergebnis.status.text)

A screener of one's own (another rule folder, many clients) holds its engine until closed::

    from kimrules import Screener, load_rules
    with Screener(load_rules("meine_regeln")) as screener:  # closes its engine at the end
        v = vorpruefung(load_client("mandant.yaml", stichtag), stichtag, screener=screener)

The result is a Vorprüfung (pre-check), never a decision of the authority. The names below are
imported on first use, so that importing one stage does not load all of them.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from kimrules.basis.version import __version__

_NAMES = {
    "load_client": ("kimrules.akte.client", "load"),
    "ClientFileError": ("kimrules.basis.errors", "ClientFileError"),
    "EngineError": ("kimrules.basis.errors", "EngineError"),
    "KimrulesError": ("kimrules.basis.errors", "KimrulesError"),
    "RenderError": ("kimrules.basis.errors", "RenderError"),
    "RuleFileError": ("kimrules.basis.errors", "RuleFileError"),
    "Befund": ("kimrules.engine.outcome", "Befund"),
    "Ergebnis": ("kimrules.engine.outcome", "Ergebnis"),
    "Quittung": ("kimrules.engine.outcome", "Quittung"),
    "Status": ("kimrules.engine.outcome", "Status"),
    "load_rules": ("kimrules.regelwerk.rules", "load"),
    "Screener": ("kimrules.pruefung.screening", "Screener"),
    "Vorpruefung": ("kimrules.vorpruefung.vorpruefung", "Vorpruefung"),
    "vorpruefung": ("kimrules.vorpruefung.vorpruefung", "vorpruefung"),
}


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module 'kimrules' has no attribute {name!r}")
    modul, attr = _NAMES[name]
    value = getattr(import_module(modul), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_NAMES))


__all__ = ["__version__", *_NAMES]
