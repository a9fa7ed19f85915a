"""Write the rows of a caseload as CSV, XLSX or JSON Lines: streamed into a temporary file, named at the end.

:class:`Tabellenschreiber` is a context manager: rows are written as they come (memory stays flat;
XLSX uses openpyxl's write-only mode). The file is written as every output of kimrules is
(:func:`kimrules.ausgabe.datei.atomar`: only into a regular file, mode 0600, unnamed until the
block ends without an exception), so an interrupted run (Ctrl-C, ``kill -9``) leaves no
half-written file under the target's name, and where the folder takes unnamed files (Linux file
systems) no temporary one either. XLSX: openpyxl keeps the rows in a file of the system's
temporary folder until it saves; after ``kill -9`` that file stays there. An existing target is
replaced: the command's help says so.
"""

from __future__ import annotations

import csv
import io
import json
from contextlib import ExitStack
from pathlib import Path
from types import TracebackType
from typing import Any, Optional, Sequence

from kimrules.ausgabe import datei
from kimrules.basis.errors import Problem, RenderError, os_fehler

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
    """A write that failed (a full disk …): the user can fix the cause, it is not a fault of kimrules."""
    return RenderError("Ausgabe konnte nicht geschrieben werden", [Problem(str(pfad), "", os_fehler(exc))], intern=False)


class Tabellenschreiber:
    """``with Tabellenschreiber(pfad, "csv", spalten) as w: w.zeile({...})`` – one dict per row."""

    def __init__(self, ziel: Path, format_: str, spalten: Sequence[str]) -> None:
        self.ziel, self.format, self.spalten = ziel, format_, list(spalten)
        self.anzahl = 0

    def __enter__(self) -> "Tabellenschreiber":
        with ExitStack() as stapel:  # a failure on the way in discards the file at once
            # the run handles Ctrl-C itself: the signal handlers stay (atomar, signale=False)
            roh = stapel.enter_context(datei.atomar(self.ziel, force=True, signale=False))
            self._datei: Any = roh if self.format == "xlsx" else io.TextIOWrapper(roh, encoding="utf-8", newline="")
            stapel.callback(self._loesen)
            if self.format == "csv":
                self._csv = csv.writer(self._datei, delimiter=";")
                self._csv.writerow(self.spalten)
            elif self.format == "xlsx":
                import openpyxl

                self._buch = openpyxl.Workbook(write_only=True)
                self._blatt = self._buch.create_sheet("Fallbestand")
                self._blatt.append(self.spalten)
            self._stapel = stapel.pop_all()
        return self

    def _loesen(self) -> None:
        """The text layer lets go of the file before :func:`datei.atomar` names or discards it."""
        if isinstance(self._datei, io.TextIOWrapper):
            try:
                self._datei.detach()
            except (OSError, ValueError):
                pass  # only after an error: the file is discarded, and closed under the text layer

    def zeile(self, werte: dict[str, Any]) -> None:
        self.anzahl += 1
        try:
            if self.format == "jsonl":
                self._datei.write(json.dumps({k: werte.get(k) for k in self.spalten}, ensure_ascii=False) + "\n")
                return
            zellen = ["; ".join(map(str, v)) if isinstance(v, (list, tuple)) else ("" if v is None else v) for v in
                      (werte.get(k) for k in self.spalten)]
            if self.format == "csv":
                self._csv.writerow(zellen)
            else:
                self._blatt.append(zellen)
        except OSError as err:  # e.g. the disk is full: the block ends, nothing is named
            raise _fehler(self.ziel, err) from None

    def __exit__(self, typ: Optional[type], exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        stapel = self._stapel
        if typ is None:
            try:
                if self.format == "xlsx":
                    self._buch.save(self._datei)
                else:
                    self._datei.flush()
            except BaseException as err:  # also Ctrl-C while saving: the file is discarded, exactly once
                stapel.__exit__(type(err), err, err.__traceback__)
                if isinstance(err, OSError):
                    raise _fehler(self.ziel, err) from None
                raise
        stapel.__exit__(typ, exc, tb)
