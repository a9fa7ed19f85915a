"""Benchmark: ``kimrules fallbestand`` on a generated caseload, against the floor (not a pytest test).

Writes one caseload (bench/gen.py ``caseload``: single persons, households and planned events in
the shares named there) as a JSON Lines file, then runs, each in a FRESH process on the same
number of worker processes (``--jobs``, default 2) and timed by wall clock from start to end:

  floor    read the same file line by line and parse + validate every record
           (``json.loads`` + ``kimrules.client.validate``) in a pool of ``--jobs`` processes:
           the cost of reading the caseload at all, the ceiling for any screening of it
  command  ``kimrules fallbestand DATEI -o AUSGABE.csv --stichtag … --jobs N`` (screening of
           every person, one output row each, written to a temporary file and renamed)

Both include interpreter start and imports. The machine's load average is printed before and
after (other work on the machine slows both runs; compare figures taken in the same run).
The LAST line is exactly ``clients/s: N floor: M`` (integers, clients = records of the file).

    python bench/fallbestand.py                      # 43,200 clients (NRW), 2 processes
    python bench/fallbestand.py --n 5000 --jobs 1
    python bench/fallbestand.py --extra-args=--vorausschau=0     # options passed to the command
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen  # noqa: E402  (bench/gen.py, the shared generator)

NRW = 43_200  # tolerated persons in NRW at the end of 2024 (the figure)


def _lesen(args: tuple[str, int, int, str]) -> int:
    """Parse and validate the lines ``[start, stop)`` of the file (one worker's share)."""
    from kimrules.akte.client import validate
    from kimrules.basis.dates import parse_datum
    from kimrules.basis.yamlio import Document

    pfad, start, stop, stichtag = args
    day = parse_datum(stichtag)
    n = 0
    with open(pfad, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < start:
                continue
            if i >= stop:
                break
            validate(Document(json.loads(line), f"{pfad}:{i + 1}"), day)
            n += 1
    return n


def floor_main(pfad: str, jobs: int, stichtag: str) -> int:
    """The floor in this (fresh) process: the file split into ``jobs`` shares of lines, one per worker."""
    from concurrent.futures import ProcessPoolExecutor

    with open(pfad, encoding="utf-8") as f:
        total = sum(1 for _ in f)
    step = -(-total // jobs)
    with ProcessPoolExecutor(jobs) as pool:
        n = sum(pool.map(_lesen, [(pfad, k, min(k + step, total), stichtag) for k in range(0, total, step)]))
    print(n)
    return 0


def _run(cmd: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc


def _max_rss_mb() -> float:
    """The largest resident set of any finished child process so far (Linux: kB), in MB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=NRW, help=f"clients in the caseload (default {NRW})")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--stichtag", type=date.fromisoformat, default=date(2025, 7, 1))
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for both runs (default 2)")
    ap.add_argument("--extra-args", default="", help="further options for the command, space-separated")
    ap.add_argument("--floor-only", nargs=3, metavar=("DATEI", "JOBS", "STICHTAG"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.floor_only:
        pfad, jobs, stichtag = args.floor_only
        return floor_main(pfad, int(jobs), stichtag)

    stichtag = args.stichtag.strftime("%d.%m.%Y")
    with tempfile.TemporaryDirectory() as tmp:
        quelle = Path(tmp) / "fallbestand.jsonl"
        t0 = time.perf_counter()
        haushalte = geplant = personen = 0
        with quelle.open("w", encoding="utf-8") as f:
            for c in gen.caseload(args.n, args.seed, args.stichtag):
                haushalte += bool(c.get("angehoerige"))
                geplant += "geplant" in c
                personen += 1 + len(c.get("angehoerige") or [])
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
        t_gen = time.perf_counter() - t0
        size = quelle.stat().st_size
        print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}; load average before: "
              + " ".join(f"{x:.2f}" for x in os.getloadavg()))
        print(f"caseload: {args.n} clients ({haushalte} households with members, {geplant} with planned events, "
              f"{personen} persons), Stichtag {stichtag}, {size / args.n:.0f} bytes each, "
              f"generated in {t_gen:.1f} s (not measured)")

        wall_f, cpu_f, proc = _run([sys.executable, __file__, "--floor-only", str(quelle), str(args.jobs), stichtag])
        if proc.returncode != 0 or int(proc.stdout.split()[-1]) != args.n:
            print(proc.stdout, proc.stderr, file=sys.stderr)
            raise SystemExit("floor run failed")
        ausgabe = Path(tmp) / "ergebnis.csv"
        cmd = [str(Path(sys.executable).with_name("kimrules")), "fallbestand", str(quelle), "-o", str(ausgabe),
               "--stichtag", stichtag, "--jobs", str(args.jobs), *args.extra_args.split()]
        wall_c, cpu_c, proc = _run(cmd)
        if proc.returncode != 0:
            print(proc.stdout[-2000:], proc.stderr[-4000:], file=sys.stderr)
            raise SystemExit(f"command failed with exit code {proc.returncode}")
        with ausgabe.open(encoding="utf-8") as f:
            zeilen = sum(1 for _ in f) - 1
        print(f"load average after: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
        print(f"floor   parse+validate, {args.jobs} processes: {wall_f:7.2f} s wall, {cpu_f:7.2f} s CPU, "
              f"{args.n / wall_f:8.0f} clients/s")
        print(f"command fallbestand ({' '.join(cmd[5:])}): {wall_c:7.2f} s wall, {cpu_c:7.2f} s CPU, "
              f"{args.n / wall_c:8.0f} clients/s, {zeilen} rows, largest process {_max_rss_mb():.0f} MB resident")
        print(f"ratio command/floor: {wall_f / wall_c:.2f}  (target >= 0.4; NRW's {NRW} in "
              f"{NRW / (args.n / wall_c):.1f} s at this rate, target < 10 s)")
        print(f"clients/s: {args.n / wall_c:.0f} floor: {args.n / wall_f:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
