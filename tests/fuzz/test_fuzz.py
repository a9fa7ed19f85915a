"""Fuzz: whatever a client file or a rule folder contains, kimrules ends with a documented exit code.

Seeded (``derandomize``), so every run of the suite checks the same cases. Each case
is a file mutated from the examples (``fuzz_mutation.py``) and run through the
command line in this process (``fuzz_lauf.py``): the exit code is in the
documented set for that command (never 5, an internal fault), no traceback, no control
character in any output, nothing on standard output after an error, within a time
limit, and the peak memory of the test process stays bounded.

Number of cases: ``KIMRULES_FUZZ_BEISPIELE`` (default 300 client files; a tenth of
that, at least 20, rule folders). A long run by hand::

    KIMRULES_FUZZ_BEISPIELE=20000 .venv/bin/python -m pytest tests/fuzz -q

or, in several processes with figures, ``bench/fuzz.py``.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fuzz_mutation as mutation
from fuzz_lauf import ausfuehren, spitze_mib

BEISPIELE = int(os.environ.get("KIMRULES_FUZZ_BEISPIELE", "300"))
ZEITLIMIT = float(os.environ.get("KIMRULES_FUZZ_ZEITLIMIT", "60"))  # seconds per case; generous for a shared machine
SPEICHERLIMIT_MIB = 1536  # peak resident memory of the whole test process
BASIS = mutation.basis_dateien()
GUT = (mutation.ROOT / "examples" / "kim-2025-0001-baecker.yaml").read_text(encoding="utf-8")

_SETTINGS = dict(deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))


def _pruefen(r: random.Random, pfad: Path) -> list[str]:
    stichtag = r.choice(mutation.STICHTAGE)
    art = r.random()
    if art < 0.6:
        befehl = ["pruefen", str(pfad), "--stichtag", stichtag, "--format", r.choice(["json", "text"])]
    elif art < 0.9:
        befehl = ["checkliste", str(pfad), "--stichtag", stichtag, "--art", r.choice(["fallplan", "pruefschema", "merkblatt"]),
                  "--format", r.choice(["md", "html"])]
    else:
        befehl = ["fristen", str(pfad.parent), "--stichtag", stichtag]
    lauf = ausfuehren(befehl, ZEITLIMIT)
    fehler = lauf.fehler({0, 3}, stapel=befehl[0] == "fristen")
    if befehl[0] == "fristen" and not lauf.stdout.startswith("FRISTEN DER AKTEN"):
        fehler.append("keine Liste: ein fehlerhafter Fall bricht den Stapel ab")
    if befehl[0] == "pruefen" and lauf.exit_code == 0 and "json" in befehl:
        json.loads(lauf.stdout)
    return fehler


@settings(max_examples=BEISPIELE, **_SETTINGS)
@given(st.integers(min_value=0, max_value=2**63))
def test_mandantendatei(zufall: int) -> None:
    r = random.Random(zufall)
    endung, inhalt = mutation.mandantendatei(r, BASIS)
    with tempfile.TemporaryDirectory() as tmp:
        ordner = Path(tmp)
        pfad = ordner / f"akte{endung}"
        pfad.write_bytes(inhalt)
        (ordner / "gut.yaml").write_text(GUT, encoding="utf-8")
        fehler = _pruefen(r, pfad)
    assert not fehler, f"Fall {zufall}: {fehler}\nInhalt: {inhalt[:2000]!r}"
    assert spitze_mib() < SPEICHERLIMIT_MIB


@settings(max_examples=max(20, BEISPIELE // 10), **_SETTINGS)
@given(st.integers(min_value=0, max_value=2**63))
def test_regelordner(zufall: int) -> None:
    r = random.Random(zufall)
    with tempfile.TemporaryDirectory() as tmp:
        ziel = Path(tmp) / "rules"
        was = mutation.regelordner(r, mutation.ROOT / "rules", ziel)
        lauf = ausfuehren(["regeln", "--verzeichnis", str(ziel)], ZEITLIMIT)
    fehler = lauf.fehler({0, 4})
    assert not fehler, f"Fall {zufall} ({was}): {fehler}\n{lauf.stderr[:2000]}"
    if was in ("leer", "fehlt", "familienzyklus", "fifo", "ordner"):
        assert lauf.exit_code == 4, f"{was}: Exit {lauf.exit_code}"
    assert spitze_mib() < SPEICHERLIMIT_MIB
