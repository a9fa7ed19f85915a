"""The installed rule set, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

from kimrules.regelwerk.rules import Regelwerk, load


@lru_cache(maxsize=2)
def load_cached(tolerant: bool = False) -> Regelwerk:
    """``tolerant``: a norm with a faulty rule file is left out (``Regelwerk.fehlerhaft``), see :func:`load`."""
    return load(tolerant=tolerant)
