"""The norm-specific derivation modules, in the order :func:`kimrules.fakten.derive.derive` runs them.

Each module declares ``FAKTEN`` (name -> :class:`kimrules.fakten.catalog.Fakt`) and
``ableiten(sachverhalt, fakten, zeitachse, parameter)``, which adds its facts to ``fakten``
(``parameter``: the Regelwerk's date-keyed parameters, as :func:`kimrules.fakten.derive.derive` gets them).
``zeitachse`` is the (periods, current period) pair of :func:`kimrules.fakten.derive._timeline`.
"""

from __future__ import annotations

from kimrules.fakten import derive_104c

from kimrules.fakten import derive_25a

from kimrules.fakten import derive_stag

MODULE = (derive_104c, derive_25a, derive_stag)
