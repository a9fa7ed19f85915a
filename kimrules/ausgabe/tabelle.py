"""Write the rows of a caseload as CSV, XLSX or JSON Lines: streamed into a temporary file, renamed at the end.

:class:`Tabellenschreiber` is a context manager: rows are written as they come (memory stays flat;
XLSX uses openpyxl's write-only mode). The file is created next to the target under a hidden
temporary name and only renamed to the target when the block ends without an exception, so an
interrupted run (Ctrl-C, ``kill``) never leaves a half-written file under the target's name.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any, Optional, Sequence

from kimrules.basis.errors import Problem, RenderError

FORMATE = ("csv", "xlsx", "jsonl")


def format_aus_endung(pfad: Path, angegeben: Optional[str]) -> str:
    """``--format`` if given, else from the file name's ending (default csv).

    >>> format_aus_endung(Path("a.xlsx"), None), format_aus_endung(Path("a.txt"), None), format_aus_endung(Path("a.csv"), "jsonl")
    ('xlsx', 'csv', 'jsonl')
    """
    if angegeben:
        return angegeben
    endung = pfad.suffix.lower().lstrip(".")
    return endung if endung in FORMATE else "csv"


def _fehler(pfad: Path, exc: OSError) -> RenderError:
    return RenderError("Ausgabe konnte nicht geschrieben werden", [Problem(str(pfad), "", exc.strerror or str(exc))])


class AtomareDatei:
    """A temporary file beside ``ziel``; :meth:`fertig` renames it to ``ziel``, :meth:`verwerfen` removes it."""

    def __init__(self, ziel: Path, binaer: bool = False) -> None:
        self.ziel = ziel
        try:
            fd, name = tempfile.mkstemp(prefix=f".{ziel.name}.", suffix=".teil", dir=ziel.parent if str(ziel.parent) else ".")
        except OSError as exc:
            raise _fehler(ziel, exc) from None
        self.tmp = Path(name)
        self.datei = os.fdopen(fd, "wb" if binaer else "w", **({} if binaer else {"encoding": "utf-8", "newline": ""}))

    def fertig(self) -> None:
        try:
            self.datei.close()
            maske = os.umask(0)
            os.umask(maske)
            os.chmod(self.tmp, 0o666 & ~maske)  # mkstemp creates 0600; the result is an ordinary file
            os.replace(self.tmp, self.ziel)
        except OSError as exc:
            self.verwerfen()
            raise _fehler(self.ziel, exc) from None

    def verwerfen(self) -> None:
        try:
            self.datei.close()
        finally:
            try:
                self.tmp.unlink()
            except FileNotFoundError:
                pass


class Tabellenschreiber:
    """``with Tabellenschreiber(pfad, "csv", spalten) as w: w.zeile({...})`` – one dict per row."""

    def __init__(self, ziel: Path, format_: str, spalten: Sequence[str]) -> None:
        self.ziel, self.format, self.spalten = ziel, format_, list(spalten)
        self.anzahl = 0

    def __enter__(self) -> "Tabellenschreiber":
        self._datei = AtomareDatei(self.ziel, binaer=self.format == "xlsx")
        if self.format == "csv":
            self._csv = csv.writer(self._datei.datei, delimiter=";")
            self._csv.writerow(self.spalten)
        elif self.format == "xlsx":
            import openpyxl

            self._buch = openpyxl.Workbook(write_only=True)
            self._blatt = self._buch.create_sheet("Fallbestand")
            self._blatt.append(self.spalten)
        return self

    def zeile(self, werte: dict[str, Any]) -> None:
        self.anzahl += 1
        if self.format == "jsonl":
            self._datei.datei.write(json.dumps({k: werte.get(k) for k in self.spalten}, ensure_ascii=False) + "\n")
            return
        zellen = ["; ".join(map(str, v)) if isinstance(v, (list, tuple)) else ("" if v is None else v) for v in
                  (werte.get(k) for k in self.spalten)]
        if self.format == "csv":
            self._csv.writerow(zellen)
        else:
            self._blatt.append(zellen)

    def __exit__(self, typ: Optional[type], exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        if typ is not None:
            self._datei.verwerfen()
            return
        try:
            if self.format == "xlsx":
                self._buch.save(self._datei.datei)
        except OSError as err:
            self._datei.verwerfen()
            raise _fehler(self.ziel, err) from None
        self._datei.fertig()

