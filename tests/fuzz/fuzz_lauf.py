"""Run one command of kimrules in this process, as a user would, and measure it.

Used by the fuzz tests and by ``bench/fuzz.py``. A case passes when the exit code is
one of the expected ones, no traceback or unhandled exception reaches the user, the
output carries no control character, an error leaves standard output empty, and the
case ends within a time limit (a hang is stopped by an alarm and reported as such).
"""

from __future__ import annotations

import resource
import signal
import time
from dataclasses import dataclass
from typing import Iterable, Optional

from click.testing import CliRunner

from kimrules.basis import grenzen
from kimrules.cli.main import main


class Haenger(Exception):
    """Raised by the alarm when a case takes longer than its limit."""


@dataclass
class Lauf:
    befehl: list[str]
    exit_code: Optional[int]
    stdout: str
    stderr: str
    sekunden: float
    ausnahme: Optional[BaseException]
    haenger: bool = False

    def fehler(self, erlaubt: Iterable[int], stapel: bool = False) -> list[str]:
        """What is wrong with this run (empty: nothing). ``stapel``: a batch lists the good files even
        when one is faulty, so standard output is not empty then."""
        out = []
        if self.haenger:
            out.append(f"hängt (länger als das Zeitlimit, {self.sekunden:.1f} s)")
        if self.ausnahme is not None and not isinstance(self.ausnahme, SystemExit):
            out.append(f"unbehandelte Ausnahme {type(self.ausnahme).__name__}: {self.ausnahme!s:.200}")
        if "Traceback" in self.stderr or "Traceback" in self.stdout:
            out.append("Traceback in der Ausgabe")
        if self.exit_code not in set(erlaubt):
            out.append(f"Exit-Code {self.exit_code} nicht in {sorted(set(erlaubt))}")
        if self.exit_code not in (0, None) and self.stdout.strip() and not stapel:
            out.append("Fehler, aber Ausgabe auf stdout")
        m = grenzen.steuerzeichen(self.stdout + self.stderr)
        if m is not None:
            out.append(f"Steuerzeichen {grenzen.zeichen_name(m.group())} in der Ausgabe")
        if self.exit_code not in (0, None) and not self.stderr.startswith("Fehler:"):
            out.append(f"keine deutsche Fehlermeldung: {self.stderr[:200]!r}")
        return out


def _alarm(signum: int, frame: object) -> None:
    raise Haenger()


def ausfuehren(befehl: list[str], zeitlimit: float) -> Lauf:
    """``kimrules <befehl>`` in this process, stopped after ``zeitlimit`` seconds."""
    runner = CliRunner()
    vorher = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, zeitlimit)
    start = time.perf_counter()
    try:
        result = runner.invoke(main, befehl, prog_name="kimrules", catch_exceptions=True)
    except Haenger:
        return Lauf(befehl, None, "", "", time.perf_counter() - start, None, haenger=True)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, vorher)
    dauer = time.perf_counter() - start
    ausnahme = result.exception
    if isinstance(ausnahme, Haenger):
        return Lauf(befehl, None, "", "", dauer, None, haenger=True)
    return Lauf(befehl, result.exit_code, result.stdout, result.stderr, dauer, ausnahme)


def spitze_mib() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
