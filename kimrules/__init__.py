"""kimrules – Vorprüfung aufenthalts- und staatsangehörigkeitsrechtlicher Wege für das KIM in NRW.

Public API::

    from kimrules import load_client, load_rules, Screener
    regelwerk = load_rules()
    screener = Screener(regelwerk)
    ergebnisse = screener.screen(load_client("mandant.yaml", stichtag), stichtag)

The result is a Vorprüfung (pre-check), never a decision of the authority.
"""

from __future__ import annotations

from kimrules.basis.version import __version__
from kimrules.akte.client import load as load_client  # noqa: E402
from kimrules.basis.errors import ClientFileError, EngineError, KimrulesError, RenderError, RuleFileError  # noqa: E402
from kimrules.engine.outcome import Befund, Ergebnis, Quittung, Status  # noqa: E402
from kimrules.regelwerk.rules import load as load_rules  # noqa: E402
from kimrules.pruefung.screening import Screener  # noqa: E402

__all__ = [
    "Befund",
    "ClientFileError",
    "EngineError",
    "Ergebnis",
    "KimrulesError",
    "Quittung",
    "RenderError",
    "RuleFileError",
    "Screener",
    "Status",
    "__version__",
    "load_client",
    "load_rules",
]
