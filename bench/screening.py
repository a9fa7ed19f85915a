"""Benchmark: screening throughput, every norm of the rule set per client (not a pytest test).

Generates N realistic client files as JSON text (bench/gen.py, seeded), then measures in ONE
process, one client after the other:

  floor  json.loads + kimrules.akte.client.validate (pydantic Sachverhalt + Stichtag check)
  full   json.loads + validate + derive + Screener.screen(...) of every norm (§ 104c, § 25a, § 25b, § 10 StAG)
         (durable-rules decisions + reference-evaluator cross-check + explanation)

and prints some detail and, as its LAST line exactly: ``clients/s: N floor: M`` (integers).

    python bench/screening.py                 # 20,000 clients, Stichtag 2025-07-01
    python bench/screening.py --n 5000 --stichtag random --profile
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import sys
import time
from collections import Counter
from datetime import date
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen  # noqa: E402  (bench/gen.py, the shared generator)

from kimrules import Screener, load_rules  # noqa: E402
from kimrules.akte.client import validate  # noqa: E402
from kimrules.basis.yamlio import Document  # noqa: E402

def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = ", ".join(f"{p} {metadata.version(p)}" for p in ("durable_rules", "pydantic"))
    return (f"{cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, {versions}")


def floor_pass(files: list[tuple[date, str, str]]) -> None:
    for day, name, text in files:
        validate(Document(json.loads(text), name), day)


def full_pass(files: list[tuple[date, str, str]], screener: Screener, counts: Counter | None = None) -> None:
    for day, name, text in files:
        sachverhalt = validate(Document(json.loads(text), name), day)
        for ergebnis in screener.screen(sachverhalt, day):
            if counts is not None:
                counts[(ergebnis.norm, ergebnis.status.value)] += 1


def explained_pass(files: list[tuple[date, str, str]], screener: Screener) -> None:
    """Like full_pass, and then builds every requirement's explanation (as a report would)."""
    for day, name, text in files:
        sachverhalt = validate(Document(json.loads(text), name), day)
        for ergebnis in screener.screen(sachverhalt, day):
            for befund in ergebnis.voraussetzungen:
                befund.fehlend  # noqa: B018 - builds and cross-checks the explanation


def timed(fn, *args) -> float:
    gc.collect()
    gc.freeze()  # rules, engine and corpus are long-lived: keep the collector from rescanning them
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=20_000, help="number of client files (default 20000)")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    ap.add_argument("--stichtag", default="2025-07-01",
                    help="ISO date for every client, or 'random' (one per client across 2015-08-01..2028-12-31)")
    ap.add_argument("--profile", action="store_true", help="also profile the full path (cProfile, top by tottime)")
    ap.add_argument("--profile-n", type=int, default=5_000, help="clients in the profiled run (default 5000)")
    ap.add_argument("--top", type=int, default=10, help="profile rows to print (default 10)")
    ap.add_argument("--sort", default="tottime", help="profile order: tottime (default), cumulative, ncalls, ...")
    args = ap.parse_args(argv)

    st = None if args.stichtag == "random" else date.fromisoformat(args.stichtag)
    t0 = time.perf_counter()
    files = [(day, f"client-{i:06d}.json", json.dumps(data, ensure_ascii=False))
             for i, (day, data) in enumerate(gen.corpus(args.n, args.seed, st))]
    t_gen = time.perf_counter() - t0
    size = sum(len(t.encode()) for _, _, t in files)

    t0 = time.perf_counter()
    regelwerk = load_rules()
    screener = Screener(regelwerk)
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    warm: dict[str, tuple[date, str, str]] = {}  # one client per version of each norm in the corpus
    for day, name, text in files:
        for kennung in regelwerk.norms():
            fassung = regelwerk.select(kennung, day)
            if fassung is not None:
                warm.setdefault(fassung.pfad, (day, name, text))
    full_pass(list(warm.values()), screener)  # compile + register every version used (one-time cost)
    t_warm = time.perf_counter() - t0

    t_floor = timed(floor_pass, files)
    counts: Counter = Counter()
    t_full = timed(full_pass, files, screener, counts)
    t_explained = timed(explained_pass, files, screener)
    from kimrules.pruefung.gedaechtnis import MerkenderScreener

    merkend = MerkenderScreener(regelwerk)
    t_memo_kalt = timed(full_pass, files, merkend)
    t_memo_warm = timed(full_pass, files, merkend)

    n = len(files)
    floor_rate, full_rate = n / t_floor, n / t_full
    print(f"machine: {machine()}")
    print(f"clients: {n} JSON files, seed {args.seed}, Stichtag {args.stichtag}, "
          f"{size / n:.0f} bytes each, generated in {t_gen:.1f} s (not measured)")
    print(f"setup (not measured): load_rules + Screener {t_load * 1e3:.0f} ms, "
          f"compile/register {len(warm)} version(s) {t_warm * 1e3:.0f} ms")
    print(f"floor  parse+validate:               {t_floor:7.2f} s  {t_floor / n * 1e6:8.1f} us/client  {floor_rate:8.0f} clients/s")
    print(f"full   parse+validate+derive+screen: {t_full:7.2f} s  {t_full / n * 1e6:8.1f} us/client  {full_rate:8.0f} clients/s")
    print(f"       of which derive+screen:       {t_full - t_floor:7.2f} s  {(t_full - t_floor) / n * 1e6:8.1f} us/client")
    print(f"with every explanation built (as for a report): {t_explained / n * 1e6:8.1f} us/client  {n / t_explained:8.0f} clients/s")
    print(f"full with remembered decisions (MerkenderScreener): first pass {t_memo_kalt / n * 1e6:8.1f} us/client, "
          f"second pass {t_memo_warm / n * 1e6:8.1f} us/client; {merkend.treffer} of {merkend.anfragen} engine calls "
          f"answered from memory")
    print(f"norms per client: {', '.join(regelwerk.norms())}")
    for norm in sorted({k for k, _ in counts}):
        print(f"pathway status {norm}: " + ", ".join(f"{st} {v} ({v / n:.0%})" for (k, st), v in sorted(counts.items()) if k == norm))

    if args.profile:
        sample = files[: args.profile_n]
        prof = cProfile.Profile()
        gc.collect()
        prof.enable()
        full_pass(sample, screener)
        prof.disable()
        out = io.StringIO()
        stats = pstats.Stats(prof, stream=out)
        stats.sort_stats(args.sort).print_stats(args.top)
        print(f"profile of the full path, {len(sample)} clients, top {args.top} by {args.sort}:")
        lines = out.getvalue().splitlines()
        start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
        total = next((line for line in lines if "function calls" in line), "").strip()
        print("  " + total)
        for line in lines[start:]:
            if line.strip():
                print("  " + line.replace(str(Path(sys.prefix)), "<venv>").replace(str(Path(__file__).resolve().parents[1]), "."))

    print(f"clients/s: {full_rate:.0f} floor: {floor_rate:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
