"""The rule set, loaded once per process and kept validated on disk between processes.

Reading and validating every rule file takes much of a one-client run, although the files rarely
change. :func:`load_cached` keeps the loaded :class:`~kimrules.regelwerk.rules.Regelwerk` in the
disk cache (:mod:`kimrules.basis.diskcache`) under a key made of every rule file (path and content)
and the code of kimrules; a change to either gives a new key. A rule set with errors is raised as by
:func:`~kimrules.regelwerk.rules.load` and never cached; a tolerant load keeps its faulty norms'
messages with it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from kimrules.basis import diskcache
from kimrules.regelwerk.rules import RULES_DIR, Regelwerk, load

_IM_PROZESS: dict[str, Regelwerk] = {}


def _schluessel(root: Path, tolerant: bool) -> str:
    h = hashlib.sha256(f"{diskcache.code_schluessel()}\0{root.resolve()}\0{tolerant}\0".encode())
    for datei in sorted(root.rglob("*.yaml")):
        h.update(str(datei.relative_to(root)).encode() + b"\0" + datei.read_bytes())
    return h.hexdigest()


def load_cached(root: Path | str = RULES_DIR, *, tolerant: bool = False) -> Regelwerk:
    """The rule set below ``root``, as :func:`~kimrules.regelwerk.rules.load` returns it.

    ``tolerant``: a norm with a faulty rule file is left out (``Regelwerk.fehlerhaft``), see :func:`load`.
    """
    name = "regelwerk-" + _schluessel(Path(root), tolerant)[:40]
    regelwerk = _IM_PROZESS.get(name)
    if regelwerk is None:
        regelwerk = diskcache.lesen(name)
        if not isinstance(regelwerk, Regelwerk):
            regelwerk = load(root, tolerant=tolerant)
            diskcache.schreiben(name, regelwerk)
        _IM_PROZESS[name] = regelwerk
    return regelwerk
