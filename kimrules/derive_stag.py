"""Facts for § 10 StAG (Anspruchseinbürgerung) und §§ 11, 12a, 12b StAG, derived from the client file on the Stichtag (pure, no clock)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kimrules.catalog import Fakt

if TYPE_CHECKING:  # pragma: no cover
    from kimrules.derive import Fakten
    from kimrules.facts import Sachverhalt

FAKTEN: dict[str, Fakt] = {}


def ableiten(s: "Sachverhalt", f: "Fakten", zeitachse: tuple) -> None:
    """Add this module's facts to ``f``."""
