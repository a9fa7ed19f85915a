"""A small cache on disk for what is expensive to compute and rarely changes (the validated rule set,
the compiled engine plans of its versions).

Entries are pickles named by a key that the caller derives from everything the value depends on;
:func:`code_schluessel` adds the code of kimrules itself, so a new version of the program never
reads an old entry. A file that cannot be read or unpickled is a miss; a folder that cannot be
written only costs time. Entries are written to a temporary file and renamed, so a reader never
sees half an entry.

The folder is ``$KIMRULES_CACHE`` if set (``aus`` switches the disk cache off), else
``$XDG_CACHE_HOME/kimrules`` or ``~/.cache/kimrules``. Nothing in it is personal data.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from kimrules.basis.version import __version__

_PAKET = Path(__file__).resolve().parents[1]


def ordner() -> Optional[Path]:
    wert = os.environ.get("KIMRULES_CACHE")
    if wert:
        return None if wert.strip().lower() in ("aus", "0", "off") else Path(wert)
    basis = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(basis) / "kimrules"


@lru_cache(maxsize=1)
def code_schluessel() -> str:
    """SHA-256 over the version, the Python version and the source of every module of kimrules."""
    h = hashlib.sha256(f"{__version__}\0{sys.version}\0".encode())
    for datei in sorted(_PAKET.rglob("*.py")):
        h.update(str(datei.relative_to(_PAKET)).encode() + b"\0" + datei.read_bytes())
    return h.hexdigest()


def lesen(name: str) -> Any:
    """The entry ``name``, or None."""
    ziel = ordner()
    if ziel is None:
        return None
    try:
        with (ziel / f"{name}.pickle").open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # missing, truncated, foreign or from an incompatible version: a miss
        return None


def schreiben(name: str, wert: Any) -> None:
    ziel = ordner()
    if ziel is None:
        return
    try:
        ziel.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=ziel, prefix=f".{name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(wert, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, ziel / f"{name}.pickle")
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except (OSError, pickle.PicklingError):
        pass
