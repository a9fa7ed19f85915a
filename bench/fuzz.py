"""Long fuzz run: N mutated client files through the command line, in several processes (not a pytest test).

Uses the same mutations and checks as the fuzz test (``tests/fuzz/fuzz_mutation.py``,
``tests/fuzz/fuzz_lauf.py``): every case must end with exit code 0 or 3 (``regeln``: 0 or 4),
without traceback or control characters in the output, within ``--zeitlimit`` seconds,
in a process limited to ``--speicher`` MiB of address space (an alias bomb or a runaway
list would end there with an error, which counts as a failure). Workers run with
``nice 10``. Failing inputs are written to ``--fehler-ordner`` for the regression corpus.

    python bench/fuzz.py --n 2000 --regeln 100 --seed 7     # pruefen / checkliste / fristen, one file each
    python bench/fuzz.py --n 100000 --stapel 50             # 100,000 files as fristen batches of 50 (the door)

The last line is exactly ``fuzz: N files, F failures, H hangs, T tracebacks`` (integers).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fuzz"))

_ARGS: argparse.Namespace


def _init(args: argparse.Namespace) -> None:
    global _ARGS
    _ARGS = args
    os.nice(10)
    grenze = args.speicher * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (grenze, grenze))


def _fall(zufall: int) -> tuple[int, str, float, list[str], bytes]:
    import fuzz_mutation as mutation
    from fuzz_lauf import ausfuehren

    r = random.Random(zufall)
    basis = _fall.basis if hasattr(_fall, "basis") else mutation.basis_dateien()
    _fall.basis = basis  # type: ignore[attr-defined]
    endung, inhalt = mutation.mandantendatei(r, basis)
    with tempfile.TemporaryDirectory() as tmp:
        ordner = Path(tmp)
        pfad = ordner / f"akte{endung}"
        pfad.write_bytes(inhalt)
        (ordner / "gut.yaml").write_bytes((ROOT / "examples" / "kim-2025-0001-baecker.yaml").read_bytes())
        stichtag = r.choice(mutation.STICHTAGE)
        art = r.random()
        if art < 0.6:
            befehl = ["pruefen", str(pfad), "--stichtag", stichtag, "--format", r.choice(["json", "text"])]
        elif art < 0.9:
            befehl = ["checkliste", str(pfad), "--stichtag", stichtag, "--art",
                      r.choice(["fallplan", "pruefschema", "merkblatt"]), "--format", r.choice(["md", "html"])]
        else:
            befehl = ["fristen", str(ordner), "--stichtag", stichtag]
        try:
            lauf = ausfuehren(befehl, _ARGS.zeitlimit)
        except MemoryError:
            return zufall, befehl[0], 0.0, ["Speicherlimit erreicht"], inhalt
        fehler = lauf.fehler({0, 3}, stapel=befehl[0] == "fristen")
        if befehl[0] == "fristen" and not lauf.stdout.startswith("FRISTEN DER AKTEN"):
            fehler.append("keine Liste: ein fehlerhafter Fall bricht den Stapel ab")
    code = "H" if lauf.haenger else str(lauf.exit_code)
    return zufall, f"{befehl[0]}:{code}", lauf.sekunden, fehler, inhalt


def _stapel_fall(zufall: int) -> tuple[int, str, float, list[str], bytes]:
    """``kimrules fristen`` over a folder of ``--stapel`` mutated files and one good file: every file passes
    the door (reading, limits, validation, ledger) and the batch must list the folder whatever it holds."""
    import fuzz_mutation as mutation
    from fuzz_lauf import ausfuehren

    r = random.Random(zufall)
    basis = _fall.basis if hasattr(_fall, "basis") else mutation.basis_dateien()
    _fall.basis = basis  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as tmp:
        ordner = Path(tmp)
        for i in range(_ARGS.stapel):
            endung, inhalt = mutation.mandantendatei(r, basis)
            (ordner / f"akte{i:03d}{endung}").write_bytes(inhalt)
        (ordner / "gut.yaml").write_bytes((ROOT / "examples" / "kim-2025-0001-baecker.yaml").read_bytes())
        lauf = ausfuehren(["fristen", str(ordner), "--stichtag", r.choice(mutation.STICHTAGE)], _ARGS.zeitlimit)
    fehler = lauf.fehler({0, 3}, stapel=True)
    if f"Akten: {_ARGS.stapel + 1}" not in lauf.stdout:
        fehler.append("der Stapel wurde nicht vollständig gelistet")
    code = "H" if lauf.haenger else str(lauf.exit_code)
    return zufall, f"fristen-stapel:{code}", lauf.sekunden, fehler, str(zufall).encode()


def _regel_fall(zufall: int) -> tuple[int, str, float, list[str], bytes]:
    import fuzz_mutation as mutation
    from fuzz_lauf import ausfuehren

    r = random.Random(zufall)
    with tempfile.TemporaryDirectory() as tmp:
        ziel = Path(tmp) / "rules"
        was = mutation.regelordner(r, ROOT / "rules", ziel)
        lauf = ausfuehren(["regeln", "--verzeichnis", str(ziel)], _ARGS.zeitlimit)
    code = "H" if lauf.haenger else str(lauf.exit_code)
    return zufall, f"regeln:{code}", lauf.sekunden, lauf.fehler({0, 4}), was.encode()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="client files")
    ap.add_argument("--regeln", type=int, default=0, help="mutated rule folders")
    ap.add_argument("--stapel", type=int, default=0, help="files per batch: run the N files as fristen batches of this size")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--prozesse", type=int, default=2)
    ap.add_argument("--zeitlimit", type=float, default=60.0)
    ap.add_argument("--speicher", type=int, default=2048, help="address space per process, MiB")
    ap.add_argument("--fehler-ordner", type=Path, default=Path("fuzz-fehler"))
    args = ap.parse_args()
    r = random.Random(args.seed)
    faelle = [r.getrandbits(63) for _ in range(args.n)]
    regel_faelle = [r.getrandbits(63) for _ in range(args.regeln)]
    codes: Counter[str] = Counter()
    zeiten: list[float] = []
    fehlerhaft = haenger = tracebacks = 0
    start = time.time()
    with multiprocessing.get_context("spawn").Pool(args.prozesse, initializer=_init, initargs=(args,)) as pool:
        ergebnisse = list(pool.imap_unordered(_regel_fall, regel_faelle, chunksize=1))
        if args.stapel:
            faelle = faelle[: max(1, args.n // args.stapel)]
            aufgabe, groesse = _stapel_fall, args.stapel
        else:
            aufgabe, groesse = _fall, 1
        for i, ergebnis in enumerate(pool.imap_unordered(aufgabe, faelle, chunksize=max(1, 20 // groesse))):
            ergebnisse.append(ergebnis)
            if ((i + 1) * groesse) % 1000 < groesse:
                print(f"  {(i + 1) * groesse} Dateien, {time.time() - start:.0f} s", file=sys.stderr, flush=True)
    for zufall, code, sekunden, fehler, inhalt in ergebnisse:
        codes[code] += 1
        zeiten.append(sekunden)
        if fehler:
            fehlerhaft += 1
            haenger += any("hängt" in f for f in fehler)
            tracebacks += any("Traceback" in f or "Ausnahme" in f for f in fehler)
            args.fehler_ordner.mkdir(exist_ok=True)
            (args.fehler_ordner / f"{zufall}.bin").write_bytes(inhalt)
            print(f"FEHLER Fall {zufall} {code}: {fehler}")
    dauer = time.time() - start
    zeiten.sort()
    print(f"Dauer: {dauer:.0f} s, {len(zeiten) / dauer:.1f} Fälle/s mit {args.prozesse} Prozessen (nice 10), "
          f"Last: {os.getloadavg()[0]:.1f}")
    print("Exit-Codes:", ", ".join(f"{k}: {v}" for k, v in sorted(codes.items())))
    if zeiten:
        print(f"Zeit je Fall: Median {statistics.median(zeiten):.3f} s, 99 % {zeiten[int(len(zeiten) * 0.99) - 1]:.2f} s, "
              f"höchstens {zeiten[-1]:.2f} s")
    print(f"Höchster Speicher eines Prozesses: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MiB")
    dateien = len(faelle) * (args.stapel or 1)
    print(f"fuzz: {dateien} files, {fehlerhaft} failures, {haenger} hangs, {tracebacks} tracebacks")


if __name__ == "__main__":
    main()
