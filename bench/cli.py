"""Benchmark: one-client ``kimrules pruefen`` against ``kimrules --help``, as a user starts them
(not a pytest test).

Each command runs ``--runs`` times in a fresh process (the Python start, the imports, loading the
rule set, the Vorprüfung and the output all count), alternating the two commands so that both see
the same machine load; the CPU seconds of each run are printed too. The first run of ``pruefen`` fills the rule-set cache
(``$KIMRULES_CACHE``, here a fresh temporary folder) and is reported separately; the median of the
others is the figure. The machine's load average is printed with it: figures from a busy machine
are not comparable.

Before the runs the bytecode of kimrules is compiled (``compileall``), as Python does by itself on
the first start on a normal machine: where ``PYTHONDONTWRITEBYTECODE`` is set (some sandboxes and
containers do), every start would otherwise compile the whole package again (about 0.1 s) and
the figure would not be what a user sees.

    python bench/cli.py                       # example kim-2025-0001, text output, 7 runs
    python bench/cli.py --format json --runs 11 --datei examples/kim-2025-0020-familie-haushalt.yaml

The last line is exactly ``pruefen s: N help s: M`` (median wall seconds, three decimals).
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _kimrules() -> list[str]:
    exe = shutil.which("kimrules", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-c", "from kimrules.cli.main import programm; programm()"]


_CPU: dict[str, list[float]] = {}


def _lauf(cmd: list[str], env: dict[str, str], art: str = "") -> float:
    """Wall seconds of one run; its CPU seconds (user + system) are kept per ``art``."""
    vorher = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    dauer = time.perf_counter() - t0
    nachher = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} endete mit {r.returncode}: {r.stderr.decode()[-500:]}")
    _CPU.setdefault(art, []).append(nachher.ru_utime - vorher.ru_utime + nachher.ru_stime - vorher.ru_stime)
    return dauer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datei", default="examples/kim-2025-0001-baecker.yaml")
    ap.add_argument("--stichtag", default="15.02.2025")
    ap.add_argument("--format", default="text", choices=["text", "json"])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    kimrules = _kimrules()
    compileall.compile_dir(ROOT / "kimrules", quiet=1)
    pruefen = kimrules + ["pruefen", args.datei, "--stichtag", args.stichtag, "--format", args.format]
    hilfe = kimrules + ["--help"]
    with tempfile.TemporaryDirectory(prefix="kimrules-bench-cache-") as cache:
        env = {**os.environ, "KIMRULES_CACHE": cache}
        erster = _lauf(pruefen, env)
        p, h = [], []
        for _ in range(args.runs):
            p.append(_lauf(pruefen, env, "pruefen"))
            h.append(_lauf(hilfe, env, "help"))
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} Kerne, Last (1/5/15 min): "
          + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    print(f"pruefen {args.datei} --format {args.format}: erster Lauf (füllt den Cache) {erster:.3f} s; "
          f"danach Median {statistics.median(p):.3f} s (min {min(p):.3f}, max {max(p):.3f})")
    print(f"--help: Median {statistics.median(h):.3f} s (min {min(h):.3f}, max {max(h):.3f})")
    print(f"CPU-Zeit (Median, Nutzer + System): pruefen {statistics.median(_CPU['pruefen']):.3f} s, "
          f"--help {statistics.median(_CPU['help']):.3f} s – auf einer belasteten Maschine aussagekräftiger als die Wanduhr")
    print(f"pruefen s: {statistics.median(p):.3f} help s: {statistics.median(h):.3f}")


if __name__ == "__main__":
    main()
