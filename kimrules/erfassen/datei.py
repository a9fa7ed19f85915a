"""The client file as the interview edits it: read and written with ruamel.yaml's round trip, so
comments, key order and layout of an existing file stay as they were.

* every save writes a temporary file beside the target (mode 0600), flushes it to disk and
  renames it over the target: a crash or Ctrl-C leaves either the old or the new file;
* new keys are inserted in the order of the client-file model (``person`` before ``aufenthalt`` …),
  after the keys that already precede them;
* what the interview itself has to remember between runs (fields answered with „weiß nicht“,
  lists that still take entries, the answers of a list entry not yet complete) is kept in comment
  lines at the top of the file, starting with :data:`MARKE`; they are not data and the loader
  ignores them.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable, Optional

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

MARKE = "# kimrules erfassen – "
_OFFEN = "weiß nicht: "
_WEITERE = "Einträge offen: "
_EINTRAG = "Eintrag in Arbeit: "
KOPF = "# Mandantendatei für kimrules, angelegt mit „kimrules erfassen“. Daten als TT.MM.JJJJ; ja, nein oder unbekannt.\n"


def _yaml() -> YAML:
    y = YAML(typ="rt")
    y.indent(mapping=2, sequence=4, offset=2)
    y.width = 4096  # never fold long values onto a second line
    y.preserve_quotes = True
    return y


class Akte:
    """The document being edited, plus the interview's own notes (``offen``, ``weitere``)."""

    def __init__(self, pfad: Path, daten: CommentedMap, offen: Iterable[str] = (), weitere: Iterable[str] = (), neu: bool = False,
                 eintrag: Optional[tuple[str, dict[str, Any]]] = None) -> None:
        self.neu = neu  # no file yet: the first save writes a heading comment
        self.eintrag = eintrag  # list path and the answers of the entry being typed in
        self.pfad = pfad
        self.daten = daten
        self.offen: list[str] = list(dict.fromkeys(offen))  # answered „weiß nicht“
        self.weitere: list[str] = list(dict.fromkeys(weitere))  # lists still taking entries

    # -- reading -----------------------------------------------------------------------------------
    @classmethod
    def lesen(cls, pfad: Path) -> "Akte":
        """Read an existing file (or start an empty one if it does not exist)."""
        if not pfad.exists():
            return cls(pfad, CommentedMap(), neu=True)
        text = pfad.read_text(encoding="utf-8")
        offen: list[str] = []
        weitere: list[str] = []
        eintrag = None
        zeilen = []
        for zeile in text.splitlines(keepends=True):
            if zeile.startswith(MARKE):
                inhalt = zeile[len(MARKE):].strip()
                if inhalt.startswith(_OFFEN):
                    offen += [p.strip() for p in inhalt[len(_OFFEN):].split(",") if p.strip()]
                elif inhalt.startswith(_WEITERE):
                    weitere += [p.strip() for p in inhalt[len(_WEITERE):].split(",") if p.strip()]
                elif inhalt.startswith(_EINTRAG):
                    liste, _, antworten = inhalt[len(_EINTRAG):].partition(" ")
                    try:
                        werte = json.loads(antworten)
                    except ValueError:
                        werte = None  # a damaged note only loses the entry being typed in
                    if isinstance(werte, dict):
                        eintrag = (liste, werte)
                continue
            zeilen.append(zeile)
        daten = _yaml().load("".join(zeilen))
        if daten is None:
            daten = CommentedMap()
        return cls(pfad, daten, offen, weitere, eintrag=eintrag)

    # -- the data ------------------------------------------------------------------------------------
    def text(self) -> str:
        """The file as it will be written (notes first, then the YAML document)."""
        puffer = io.StringIO()
        if self.daten:
            _yaml().dump(self.daten, puffer)
        notizen = ""
        if self.offen:
            notizen += f"{MARKE}{_OFFEN}{', '.join(self.offen)}\n"
        if self.weitere:
            notizen += f"{MARKE}{_WEITERE}{', '.join(self.weitere)}\n"
        if self.eintrag is not None:
            notizen += f"{MARKE}{_EINTRAG}{self.eintrag[0]} {json.dumps(self.eintrag[1], ensure_ascii=False)}\n"
        return notizen + (KOPF if self.neu else "") + puffer.getvalue()

    def speichern(self) -> None:
        """Write atomically: temporary file (0600) in the same folder, fsync, rename."""
        ziel = self.pfad.resolve()
        fd, tmp = tempfile.mkstemp(prefix=f".{ziel.name}.", suffix=".tmp", dir=ziel.parent)
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(self.text())
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, ziel)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise
        try:  # the rename itself is durable only once the folder is on disk
            dfd = os.open(ziel.parent, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
        except OSError:
            pass


def holen(daten: Any, pfad: str) -> Any:
    """The value at a dotted path, or None if any part is missing."""
    knoten = daten
    for teil in pfad.split("."):
        if isinstance(knoten, dict):
            knoten = knoten.get(teil)
        elif isinstance(knoten, list) and teil.isdigit() and int(teil) < len(knoten):
            knoten = knoten[int(teil)]
        else:
            return None
        if knoten is None:
            return None
    return knoten


def einfuegen(karte: CommentedMap, schluessel: str, wert: Any, reihenfolge: list[str]) -> None:
    """Set ``karte[schluessel]``; a new key goes after the existing keys that come before it in ``reihenfolge``."""
    if schluessel in karte:
        karte[schluessel] = wert
        return
    rang = {k: i for i, k in enumerate(reihenfolge)}
    eigener = rang.get(schluessel, len(rang))
    position = 0
    for i, k in enumerate(karte):
        if rang.get(k, -1) < eigener:
            position = i + 1
    karte.insert(position, schluessel, wert)


def setzen(daten: CommentedMap, pfad: str, wert: Any, reihenfolge_von: Any) -> None:
    """Set the value at a dotted path, creating missing sections in model order.

    ``reihenfolge_von(teilpfad)`` gives the field order of the section at that path.
    """
    teile = pfad.split(".")
    knoten = daten
    for i, teil in enumerate(teile[:-1]):
        kind = knoten.get(teil)
        if not isinstance(kind, dict):
            kind = CommentedMap()
            einfuegen(knoten, teil, kind, reihenfolge_von(".".join(teile[:i])))
        knoten = kind
    einfuegen(knoten, teile[-1], wert, reihenfolge_von(".".join(teile[:-1])))


def neue_liste(eintraege: Optional[list] = None) -> CommentedSeq:
    return CommentedSeq(eintraege or [])


def neuer_eintrag(felder: dict[str, Any]) -> CommentedMap:
    return CommentedMap(felder)
