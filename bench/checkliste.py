"""Benchmark: time a checklist adds to a screening (not a pytest test).

Generates N client files (bench/gen.py, seeded), validates them once (not measured)
and then, in ONE process, one client after the other:

  screen     Screener.screen(sachverhalt, stichtag)  – every norm of the rule set
  + <art>    the same screening plus kimrules.ausgabe.checkliste.checkliste(Vorpruefung(...), art, fmt) without deadlines
             for art in fallplan, pruefschema, merkblatt and fmt in md, html

The added time per checklist is (screen + checklist) − screen, per client: mean, median
and 95th percentile in milliseconds. The target is ≤ 20 ms per document, judged on the p95
against the plain screening; the checklist's time includes building the explanations
(open questions, reasons), so the time added to a screening whose explanations are built
anyway (as for ``kimrules pruefen``) is printed too. An empty ledger
keeps the deadline ledger out of the measurement (bench/fristen.py measures it); the SVG
timeline is included for html. Times are this process's CPU time (``time.process_time``) so that
other processes on a shared machine do not inflate them; ``--wall`` measures wall-clock time.
PDF (WeasyPrint) is measured separately on --pdf-n
clients and not part of the target: its layout takes a multiple of that.

    python bench/checkliste.py                 # 300 clients, Stichtag 2025-07-01, seed 1
    python bench/checkliste.py --n 1000 --pdf-n 5

The last line is always ``checkliste ms (p95, worst art/format): X target: 20``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen  # noqa: E402  (bench/gen.py, the shared generator)

from kimrules import Screener, load_rules

from kimrules.ausgabe import checkliste  # noqa: E402
from kimrules.vorpruefung import Vorpruefung  # noqa: E402
from kimrules.akte.client import validate  # noqa: E402
from kimrules.basis.yamlio import Document  # noqa: E402

ZIEL_MS = 20.0
UHR = time.process_time  # CPU time of this process: robust when other processes load the machine


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=300, help="number of clients (default 300)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--stichtag", default="2025-07-01", help="ISO date for every client (default 2025-07-01)")
    ap.add_argument("--pdf-n", type=int, default=3, help="clients for the PDF timing (default 3, 0 = none)")
    ap.add_argument("--wall", action="store_true",
                    help="measure wall-clock time (perf_counter) instead of this process's CPU time")
    args = ap.parse_args(argv)
    st = date.fromisoformat(args.stichtag)
    global UHR
    UHR = time.perf_counter if args.wall else time.process_time

    klienten = [validate(Document(json.loads(json.dumps(data)), f"client-{i}.json"), day)
                for i, (day, data) in enumerate(gen.corpus(args.n, args.seed, st))]
    screener = Screener(load_rules())
    for s in klienten[:20]:  # compile and register every version; load templates and the referral file
        e = screener.screen(s, st)
        for art in checkliste.ARTEN:
            for fmt in ("md", "html"):
                checkliste.checkliste(Vorpruefung(s, st, tuple(e), None, {}, ()), art, fmt)

    def messen(art: str | None, fmt: str) -> list[float]:
        """Per client: screen (+ every explanation, if art == "erklaert") (+ the checklist)."""
        zeiten = []
        gc.collect()
        for s in klienten:
            t0 = UHR()
            e = screener.screen(s, st)
            if art == "erklaert":
                for ergebnis in e:
                    for befund in ergebnis.voraussetzungen:
                        befund.fehlend  # noqa: B018 - builds the explanation, as any report does
            elif art is not None:
                checkliste.checkliste(Vorpruefung(s, st, tuple(e), None, {}, ()), art, fmt)
            zeiten.append(UHR() - t0)
        return zeiten

    def ms(werte: list[float]) -> str:
        werte = sorted(werte)
        return (f"mean {statistics.mean(werte):6.2f} ms  median {statistics.median(werte):6.2f} ms"
                f"  p95 {werte[int(0.95 * (len(werte) - 1))]:6.2f} ms")

    basis = messen(None, "md")
    erklaert = messen("erklaert", "md")
    print(f"clients: {len(klienten)}, seed {args.seed}, Stichtag {st.isoformat()}, norms: {', '.join(screener.regelwerk.norms())}")
    print(f"clock: {'wall (perf_counter)' if args.wall else 'CPU time of this process (process_time)'}; "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    print(f"screen alone:                     {ms([b * 1e3 for b in basis])}")
    print(f"screen + every explanation built: {ms([b * 1e3 for b in erklaert])}  (what any report needs)")
    schlimmste = 0.0
    for art in checkliste.ARTEN:
        for fmt in ("md", "html"):
            zeiten = messen(art, fmt)
            extra = sorted((z - b) * 1e3 for z, b in zip(zeiten, basis))
            p95 = extra[int(0.95 * (len(extra) - 1))]
            schlimmste = max(schlimmste, p95)
            ueber_erklaert = [(z - b) * 1e3 for z, b in zip(zeiten, erklaert)]
            print(f"+ {art:<11} {fmt:<4} added to screen: {ms(extra)}  max {extra[-1]:6.2f} ms;"
                  f"  to screen+explanations: {ms(ueber_erklaert)}")
    for s in klienten[: args.pdf_n]:
        e = screener.screen(s, st)
        for art in checkliste.ARTEN:
            t0 = UHR()
            pdf = checkliste.checkliste(Vorpruefung(s, st, tuple(e), None, {}, ()), art, "pdf")
            print(f"pdf {art:<11} {s.aktenzeichen}: {(UHR() - t0) * 1e3:7.0f} ms, {len(pdf) // 1024} KiB (not in the target)")
    print(f"checkliste ms (p95, worst art/format): {schlimmste:.2f} target: {ZIEL_MS:.0f}")
    return 0 if schlimmste <= ZIEL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
