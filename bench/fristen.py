"""Benchmark: the caseload command ``kimrules fristen ORDNER`` on 1,000 generated clients (not a pytest test).

Writes N client files (bench/gen.py, seeded, one fixed Stichtag) into a temporary folder as
YAML (the format case managers write) or JSON, then measures

  in-process  kimrules.vorpruefung.fristenliste.sammeln(): read + validate every file, build every ledger, sort
  command     the whole command in a fresh process (``kimrules fristen ORDNER --ical …``),
              including interpreter start, imports, text output and the iCalendar file

and prints as its LAST line exactly: ``seconds: S target: 5`` (S with two decimals, the command's wall time).
The CPU time of the command is printed too: on a busy machine the wall time is larger.

    python bench/fristen.py                       # 1,000 YAML files, Stichtag 2025-07-01
    python bench/fristen.py --n 5000 --format json
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen  # noqa: E402  (bench/gen.py, the shared generator)

from kimrules.vorpruefung.fristenliste import sammeln  # noqa: E402
from kimrules.basis.dates import add_months  # noqa: E402


def write(ordner: Path, n: int, seed: int, stichtag: date, fmt: str) -> None:
    for i, (_, client) in enumerate(gen.corpus(n, seed, stichtag)):
        if fmt == "json":
            (ordner / f"akte-{i:05d}.json").write_text(json.dumps(client, ensure_ascii=False), encoding="utf-8")
        else:
            (ordner / f"akte-{i:05d}.yaml").write_text(yaml.safe_dump(client, allow_unicode=True, sort_keys=False), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--stichtag", type=date.fromisoformat, default=date(2025, 7, 1))
    ap.add_argument("--format", choices=["yaml", "json"], default="yaml")
    args = ap.parse_args()
    bis = add_months(args.stichtag, 24)
    with tempfile.TemporaryDirectory() as tmp:
        ordner = Path(tmp) / "akten"
        ordner.mkdir()
        write(ordner, args.n, args.seed, args.stichtag, args.format)
        print(f"{args.n} {args.format.upper()} files written to a temporary folder (not measured)")
        gc.collect()
        t = time.perf_counter()
        eintraege, probleme = sammeln(ordner, args.stichtag, bis, bald_tage=28)
        inproc = time.perf_counter() - t
        arten: dict[str, int] = {}
        for e in eintraege:
            arten[e.frist.art] = arten.get(e.frist.art, 0) + 1
        print(f"in-process: {inproc:.2f} s for {args.n} files, {len(eintraege)} entries until {bis.isoformat()}, "
              f"{len(probleme)} problems; by kind: {dict(sorted(arten.items()))}")
        ics = Path(tmp) / "fristen.ics"
        cmd = [sys.executable, "-c", "from kimrules.cli.main import programm; programm()", "fristen", str(ordner), "--stichtag", args.stichtag.isoformat(),
               "--bis", bis.isoformat(), "--ical", str(ics)]
        vorher = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True)
        command = time.perf_counter() - t
        nachher = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (nachher.ru_utime - vorher.ru_utime) + (nachher.ru_stime - vorher.ru_stime)
        print(f"command: {command:.2f} s wall, {cpu:.2f} s CPU (exit {r.returncode}, {len(r.stdout.splitlines())} lines, "
              f"{ics.stat().st_size if ics.exists() else 0} bytes iCalendar); load average {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} CPUs (wall time grows with the load)")
        if r.returncode not in (0, 3):
            print(r.stderr[-2000:])
    print(f"seconds: {command:.2f} target: 5")


if __name__ == "__main__":
    main()
