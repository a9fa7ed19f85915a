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
    exit_code = 6
    code = "ausgabe"
