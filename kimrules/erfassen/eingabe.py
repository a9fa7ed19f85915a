"""One typed answer → the value written into the client file.

Only the form is adapted here (``j`` → ``ja``, ``1.234,50`` → ``1234.5``, a unique beginning of an
allowed value → the value, a valid date → TT.MM.JJJJ); whether the value is allowed is decided by
the same validation as the file loader (:func:`kimrules.client.validate`), so the interview shows
the loader's messages. Words that steer the interview are recognised first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from kimrules.basis.dates import format_datum, parse_datum

WEISS_NICHT = ("weiß nicht", "weiss nicht", "?", "unbekannt")
ZURUECK = ("zurück", "zurueck", "<")
LEER = ""

_JA = {"ja": "ja", "j": "ja", "nein": "nein", "n": "nein"}
_BETRAG_DE = re.compile(r"^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$")
_BETRAG_PUNKT = re.compile(r"^\d+(\.\d{1,2})?$")


@dataclass(frozen=True)
class Steuerung:
    """An answer that steers the interview instead of giving a value."""

    was: str  # "weiss_nicht" | "zurueck" | "leer"


def steuerung(text: str) -> Optional[Steuerung]:
    t = text.strip().lower()
    if t in WEISS_NICHT:
        return Steuerung("weiss_nicht")
    if t in ZURUECK:
        return Steuerung("zurueck")
    if t == LEER:
        return Steuerung("leer")
    return None


def betrag(text: str) -> Any:
    """``1.234,50`` / ``1234,5`` / ``1234.50`` / ``1234`` (optionally with €) → float; else the text."""
    t = text.strip().removesuffix("€").removesuffix("EUR").strip().replace(" ", "")
    if _BETRAG_DE.match(t):
        return _zahl(float(t.replace(".", "").replace(",", ".")))
    if _BETRAG_PUNKT.match(t):
        return _zahl(float(t))
    return text.strip()


def _zahl(x: float) -> float | int:
    """Whole euros as an integer (``1343`` rather than ``1343.0`` in the file)."""
    return int(x) if x.is_integer() else x


def wert(art: str, text: str, werte: tuple[str, ...] = ()) -> Any:
    """The value to write for an answer of the given kind (see :class:`kimrules.akte.felder.Feld`)."""
    t = text.strip()
    if art == "ja_nein":
        return _JA.get(t.lower(), t)
    if art == "datum":
        try:
            return format_datum(parse_datum(t))
        except ValueError:
            return t  # the loader's message says what is wrong
    if art == "betrag":
        return betrag(t)
    if art == "zahl":
        return int(t) if re.fullmatch(r"\d+", t) else t
    if art == "auswahl":
        klein = t.lower()
        gleich = [w for w in werte if w.lower() == klein]
        if gleich:
            return gleich[0]
        passend = [w for w in werte if w.lower().startswith(klein)] if klein else []
        if len(passend) == 1:
            return passend[0]
        if t.isdigit() and 1 <= int(t) <= len(werte):
            return werte[int(t) - 1]
        return t
    return t
