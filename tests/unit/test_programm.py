"""The console script ``kimrules`` (``kimrules.cli.main:programm``), run as its own process as a case
manager starts it: the same exit codes and German messages as the command group, never a traceback,
and the output is complete although the program freezes its heap at the end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROGRAMM = [sys.executable, "-c", "from kimrules.cli.main import programm; programm()"]


def _lauf(*argumente: str) -> subprocess.CompletedProcess:
    return subprocess.run([*PROGRAMM, *argumente], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_vorpruefung_vollstaendig_und_exit_0():
    r = _lauf("pruefen", "examples/kim-2025-0001-baecker.yaml", "--stichtag", "15.02.2025")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("VORPRÜFUNG") and "Regelwerk SHA-256" in r.stdout.splitlines()[-1]


def test_fehlende_datei_deutsche_meldung_ohne_traceback():
    r = _lauf("pruefen", "gibt-es-nicht.yaml", "--stichtag", "15.02.2025")
    assert r.returncode == 3
    assert r.stderr.startswith("Fehler: gibt-es-nicht.yaml") and "Traceback" not in r.stderr


def test_unbekannter_befehl_exit_2():
    r = _lauf("gibtsnicht")
    assert r.returncode == 2 and "Traceback" not in r.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full fehlt auf diesem System")
def test_volle_ausgabe_exit_6_ohne_traceback():
    # the output cannot be written (a full disk): the German reason and exit 6 (Gruppe.invoke)
    with open("/dev/full", "w") as voll:
        r = subprocess.run([*PROGRAMM, "pruefen", "examples/kim-2025-0001-baecker.yaml", "--stichtag", "15.02.2025"],
                           cwd=ROOT, stdout=voll, stderr=subprocess.PIPE, text=True, timeout=120)
    assert r.returncode == 6, r.stderr
    assert "Ausgabe konnte nicht geschrieben werden" in r.stderr and "Traceback" not in r.stderr
