"""The norm-specific derivation modules, in the order :func:`kimrules.derive.derive` runs them.

Each module declares ``FAKTEN`` (name -> :class:`kimrules.catalog.Fakt`) and
``ableiten(sachverhalt, fakten, zeitachse)``, which adds its facts to ``fakten``.
``zeitachse`` is the (periods, current period) pair of :func:`kimrules.derive._timeline`.
"""

from __future__ import annotations

from kimrules import derive_104c, derive_25a, derive_stag

MODULE = (derive_104c, derive_25a, derive_stag)
