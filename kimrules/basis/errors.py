"""Errors raised by kimrules.

Exception tree (one exit code per class, documented in ``kimrules --help``)::

    KimrulesError                 base class, never raised directly
    ├── ClientFileError   exit 3  the client file is unreadable or invalid
    ├── RuleFileError     exit 4  a file in rules/ is unreadable or invalid
    ├── EngineError       exit 5  the rule engine failed (a bug, never a legal result)
    └── RenderError       exit 6  an output could not be rendered or written

"Nicht erfüllt" and "ungeklärt" are results, never errors.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One located problem in an input file."""

    file: str
    location: str  # dotted field path or rule id; "" if the whole file
    message: str  # German, says what is expected
    line: int | None = None
    column: int | None = None  # 1-based, where known

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", Zeile {self.line}"
            if self.column is not None:
                where += f", Spalte {self.column}"
        if self.location:
            where += f", Feld „{self.location}“"
        return f"{where}: {self.message}"


class KimrulesError(Exception):
    exit_code = 1
    code = "kimrules"

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = list(problems or [])

    def __str__(self) -> str:
        if not self.problems:
            return self.message
        lines = [self.message] + [f"  - {p}" for p in self.problems]
        return "\n".join(lines)


class ClientFileError(KimrulesError):
    exit_code = 3
    code = "mandantendatei"


class RuleFileError(KimrulesError):
    exit_code = 4
    code = "regeldatei"


class EngineError(KimrulesError):
    exit_code = 5
    code = "engine"


class RenderError(KimrulesError):
    """``intern``: a fault of kimrules (a template), to be reported; otherwise the user can fix the cause
    (a full disk, an existing file, a missing folder) and is not asked to report it."""

    exit_code = 6
    code = "ausgabe"

    def __init__(self, message: str, problems: list[Problem] | None = None, *, intern: bool = True) -> None:
        super().__init__(message, problems)
        self.intern = intern


# German names of the operating system's errors (the messages of the C library are English)
_OS_FEHLER = {
    errno.ENOENT: "Datei nicht gefunden",
    errno.EACCES: "keine Berechtigung",
    errno.EPERM: "keine Berechtigung",
    errno.EISDIR: "ist ein Ordner, keine Datei",
    errno.ENOTDIR: "ein Teil des Pfades ist kein Ordner",
    errno.ENAMETOOLONG: "Dateiname zu lang",
    errno.ELOOP: "zu viele symbolische Verknüpfungen (Schleife?)",
    errno.EIO: "Ein-/Ausgabefehler des Datenträgers",
    errno.ENOSPC: "kein Speicherplatz mehr frei",
    errno.EROFS: "Dateisystem ist schreibgeschützt",
    errno.EDQUOT: "Speicherkontingent erschöpft",
    errno.EFBIG: "Datei zu groß",
    errno.EMFILE: "zu viele offene Dateien",
    errno.ENFILE: "zu viele offene Dateien",
    errno.ENXIO: "Gerät nicht erreichbar",
    errno.EAGAIN: "Datei ist gerade nicht lesbar",
    errno.EEXIST: "Datei gibt es schon",
    errno.EXDEV: "Ziel liegt auf einem anderen Dateisystem",
    errno.EPIPE: "Empfänger hat die Ausgabe geschlossen",
    errno.EBADF: "Datei nicht geöffnet",
}


def os_fehler(exc: OSError) -> str:
    """German text for an operating system error.

    >>> os_fehler(FileNotFoundError(2, "No such file or directory"))
    'Datei nicht gefunden'
    >>> os_fehler(OSError(9999, "odd"))
    'Betriebssystemfehler Nr. 9999'
    """
    text = _OS_FEHLER.get(exc.errno) if exc.errno is not None else None
    return text or f"Betriebssystemfehler Nr. {exc.errno}"

