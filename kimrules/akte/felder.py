"""What the client-file models say about a field: its kind of answer, allowed values, German
title, description and example (the same metadata ``kimrules schema`` shows)."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import lru_cache
from typing import Any, Optional

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from kimrules.akte.facts import Sachverhalt


@dataclass(frozen=True)
class Feld:
    pfad: str
    art: str  # datum | ja_nein | betrag | zahl | auswahl | text | liste | abschnitt
    titel: str
    beschreibung: str
    beispiel: Optional[str]  # as a person types it (amounts with German separators)
    werte: tuple[str, ...] = ()  # auswahl: the allowed values
    pflicht: bool = False
    modell: Optional[type[BaseModel]] = None  # liste/abschnitt: the model of an entry or section
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    beispiel_datei: Optional[str] = None  # as it stands in the file


def _kerntyp(annotation: Any) -> tuple[Any, list[Any]]:
    """The type without Optional/Annotated, and the metadata found on the way."""
    meta: list[Any] = []
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation, *extra = typing.get_args(annotation)
            meta += extra
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        else:
            return annotation, meta


def _grenzen(meta: list[Any]) -> tuple[Optional[float], Optional[float]]:
    lo = hi = None
    for m in meta:
        for item in getattr(m, "metadata", [m]):
            lo = getattr(item, "ge", lo)
            hi = getattr(item, "le", hi)
    return lo, hi


def _info(modell: type[BaseModel], name: str) -> tuple[str, FieldInfo]:
    for feldname, info in modell.model_fields.items():
        if name in (feldname, info.alias):
            return feldname, info
    raise KeyError(name)


def _beispiel(info: FieldInfo) -> Optional[str]:
    """The first example as a person would type it (amounts with German separators)."""
    if info.examples:
        wert = info.examples[0]
        if isinstance(wert, bool):
            return "ja" if wert else "nein"
        if isinstance(wert, float):
            return f"{wert:,.2f}".replace(",", "#").replace(".", ",").replace("#", ".")
        return str(wert)
    return None


def feld_aus(modell: type[BaseModel], name: str, pfad: str) -> Feld:
    feldname, info = _info(modell, name)
    typ, meta = _kerntyp(info.annotation)
    meta += list(info.metadata)
    lo, hi = _grenzen(meta)
    titel = info.title or feldname
    beschreibung = info.description or ""
    beispiel = _beispiel(info)
    pflicht = info.is_required()
    datei = None if not info.examples else (f"{info.examples[0]:g}" if isinstance(info.examples[0], float) else str(info.examples[0]))
    if typing.get_origin(typ) is list:
        eintrag, _ = _kerntyp(typing.get_args(typ)[0])
        return Feld(pfad, "liste", titel, beschreibung, beispiel, pflicht=pflicht, modell=eintrag)
    if isinstance(typ, type) and issubclass(typ, BaseModel):
        return Feld(pfad, "abschnitt", titel, beschreibung, beispiel, pflicht=pflicht, modell=typ)
    if isinstance(typ, type) and issubclass(typ, Enum):
        return Feld(pfad, "auswahl", titel, beschreibung, beispiel, tuple(e.value for e in typ), pflicht, beispiel_datei=datei)
    art = {date: "datum", bool: "ja_nein", float: "betrag", int: "zahl", str: "text"}.get(typ, "text")
    return Feld(pfad, art, titel, beschreibung, beispiel, pflicht=pflicht, minimum=lo, maximum=hi, beispiel_datei=datei)


@lru_cache(maxsize=None)
def feld(pfad: str, wurzel: type[BaseModel] = Sachverhalt) -> Feld:
    """The field at a dotted path of the client file (list indices are skipped)."""
    modell: Optional[type[BaseModel]] = wurzel
    teile = [t for t in pfad.split(".") if not t.isdigit()]
    ergebnis: Optional[Feld] = None
    for teil in teile:
        if modell is None:
            raise KeyError(pfad)
        ergebnis = feld_aus(modell, teil, pfad)
        modell = ergebnis.modell
    if ergebnis is None:
        raise KeyError(pfad)
    return ergebnis


def reihenfolge(pfad: str, wurzel: type[BaseModel] = Sachverhalt) -> list[str]:
    """The field names (aliases) of the section at ``pfad`` ("" = top level) in model order."""
    modell = wurzel if not pfad else feld(pfad, wurzel).modell
    assert modell is not None
    return [info.alias or name for name, info in modell.model_fields.items()]


def beispiel(modell: type[BaseModel] = Sachverhalt, tiefe: int = 0) -> dict[str, Any]:
    """A whole record made of the examples of its fields (a list gets one entry built the same way)."""
    out: dict[str, Any] = {}
    for name, info in modell.model_fields.items():
        schluessel = info.alias or name
        f = feld_aus(modell, schluessel, schluessel)
        if f.modell is not None:
            if tiefe < 2:
                teil = beispiel(f.modell, tiefe + 1)
                out[schluessel] = [teil] if f.art == "liste" else teil
        elif info.examples:
            out[schluessel] = info.examples[0]
    return out
