"""Compiled templates kept in the disk cache, so that a command does not compile its Jinja
templates anew on every start (for the printed Vorprüfung that is about a tenth of the run).

Jinja checks each entry against the template's source and its own version; the folder name adds
the code of kimrules (filters, environment options), so a new program never reads an old entry.
A cache that cannot be read or written only costs time, never an error.
"""

from __future__ import annotations

from typing import Optional

import jinja2
from jinja2.bccache import Bucket

from kimrules.basis import diskcache


class _Vorlagencache(jinja2.FileSystemBytecodeCache):
    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # truncated or foreign entry: compile instead
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)  # writes a temporary file and renames it
        except OSError:
            pass


def vorlagencache(umgebung: str) -> Optional[jinja2.BytecodeCache]:
    """The cache for one Jinja environment (``umgebung`` names its options), or None when the
    disk cache is switched off or its folder cannot be created."""
    basis = diskcache.ordner()
    if basis is None:
        return None
    ordner = basis / f"vorlagen-{umgebung}-{diskcache.code_schluessel()[:16]}"
    try:
        ordner.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _Vorlagencache(str(ordner), "%s.jinja")
