"""Limits for every input file (client files and rule files), checked at the door (:mod:`kimrules.basis.yamlio`).

A file that exceeds a limit is refused with a German message that names the
limit, the file and, where the input has them, the line and the field. The limits
are far above any real client file or rule file and keep the time and memory of
one check small whatever a file contains (documented in the README, section
„Grenzen der Eingabe“).
"""

from __future__ import annotations

import re
from datetime import date

MAX_BYTES = 1_000_000  # bytes per file
MAX_TIEFE = 24  # nesting levels of sections and lists
MAX_EINTRAEGE = 200  # entries of one list or one section
MAX_KNOTEN = 20_000  # values in one file, counting every use of a YAML alias (*name) again
MAX_ZEICHEN = 2_000  # characters of one text value or key
MAX_ZAHL = 10**9  # magnitude of a number
MAX_ZIFFERN = 40  # characters of a number as written (keeps parsing cheap)

# Plausible dates: every date lies in this range; an end date may also be 31.12.9999 ("unbefristet").
FRUEHESTES_DATUM = date(1900, 1, 1)
SPAETESTES_DATUM = date(2199, 12, 31)
UNBEFRISTET = date(9999, 12, 31)

# Control characters never reach an output: C0 and C1 controls except tab and line breaks, DEL,
# lone surrogates and the bidirectional overrides that reorder text on a terminal.
_STEUERZEICHEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
_NAMEN = {0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x1B: "ESC", 0x7F: "DEL", 0x0B: "VT", 0x0C: "FF"}


def steuerzeichen(text: str) -> re.Match[str] | None:
    """The first forbidden control character in ``text`` (None if there is none).

    >>> steuerzeichen("KIM-1") is None, steuerzeichen("a\\tb\\nc") is None
    (True, True)
    >>> steuerzeichen("rot\\x1b[31m").start()
    3
    """
    return _STEUERZEICHEN.search(text)


def ohne_steuerzeichen(text: str) -> str:
    """``text`` with every forbidden control character replaced by U+FFFD (for output that may carry
    what a user typed, such as a file name).

    >>> ohne_steuerzeichen("rot\x1b[31m")
    'rot\ufffd[31m'
    """
    return _STEUERZEICHEN.sub("\ufffd", text)


def zeichen_name(c: str) -> str:
    """``U+001B (ESC)`` – how a message names a character.

    >>> zeichen_name("\\x1b"), zeichen_name("\\u202e")
    ('U+001B (ESC)', 'U+202E')
    """
    name = _NAMEN.get(ord(c))
    return f"U+{ord(c):04X}" + (f" ({name})" if name else "")


def tausender(n: int) -> str:
    """``1.000.000`` – German thousands separator.

    >>> tausender(1_000_000)
    '1.000.000'
    """
    return f"{n:,}".replace(",", ".")
