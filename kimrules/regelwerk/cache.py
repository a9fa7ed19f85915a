"""The installed rule set, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

from kimrules.regelwerk.rules import Regelwerk, load


@lru_cache(maxsize=1)
def load_cached() -> Regelwerk:
    return load()
