"""Counting uninterrupted qualifying residence ("Voraufenthalt") on a Stichtag.

The status periods of the client file are laid on a time line, stays abroad are
cut out, and the chain is followed backwards from the Stichtag:

* ``Q`` days qualify, ``P`` days pause the count (they neither count nor break
  the chain), everything else is a gap (Unterbrechung);
* a gap of at most three months is harmless (``max_bridges`` of them; BMI
  Anwendungshinweise § 25b: "einmalig bis zu drei Monaten"), a longer one ends
  the chain: time before it is no longer counted (LAW.md § 4.2, D11);
* with ``count_gaps=False`` the harmless gap itself is not counted.

The result is full months per §§ 187 Abs. 2, 188 BGB from the effective start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Iterable, Optional

from kimrules.dates import days_inclusive, format_datum, full_months, within_months
from kimrules.facts import Auslandsaufenthalt, Statuszeitraum

ONE_DAY = timedelta(days=1)
Kind = Callable[[Statuszeitraum], Optional[str]]  # "Q", "P" or None (gap)


@dataclass(frozen=True)
class Segment:
    start: date
    end: date
    kind: str  # "Q" or "P"


@dataclass(frozen=True)
class Chain:
    months: Optional[int]  # None: no status recorded for the Stichtag
    start: Optional[date]  # first day of the chain
    bridged: tuple[tuple[date, date], ...] = ()
    broken_by: Optional[tuple[date, date]] = None
    excluded_days: int = 0


def _subtract(seg: Segment, holes: list[tuple[date, date]]) -> list[Segment]:
    parts = [seg]
    for h_start, h_end in holes:
        nxt = []
        for p in parts:
            if h_end < p.start or h_start > p.end:
                nxt.append(p)
                continue
            if h_start > p.start:
                nxt.append(Segment(p.start, h_start - ONE_DAY, p.kind))
            if h_end < p.end:
                nxt.append(Segment(h_end + ONE_DAY, p.end, p.kind))
        parts = nxt
    return parts


def segments(
    periods: Iterable[Statuszeitraum],
    abroad: Iterable[Auslandsaufenthalt],
    stichtag: date,
    kind: Kind,
) -> list[Segment]:
    """Qualifying/pausing segments up to the Stichtag, abroad cut out, adjacent ones merged."""
    holes = [(a.von, a.bis) for a in abroad]
    raw: list[Segment] = []
    for p in periods:
        k = kind(p)
        if k is None or p.von > stichtag:
            continue
        end = stichtag if p.bis is None or p.bis > stichtag else p.bis
        raw.extend(_subtract(Segment(p.von, end, k), holes))
    raw.sort(key=lambda s: s.start)
    merged: list[Segment] = []
    for s in raw:
        if merged and merged[-1].kind == s.kind and merged[-1].end + ONE_DAY >= s.start:
            last = merged[-1]
            merged[-1] = Segment(last.start, max(last.end, s.end), s.kind)
        else:
            merged.append(s)
    return merged


def chain(segs: list[Segment], stichtag: date, max_bridges: int, count_gaps: bool, bridge_months: int = 3) -> Chain:
    if not segs or segs[-1].end < stichtag:
        return Chain(months=0, start=None)
    i = len(segs) - 1
    start = segs[i].start
    excluded = days_inclusive(segs[i].start, segs[i].end) if segs[i].kind == "P" else 0
    bridged: list[tuple[date, date]] = []
    broken: Optional[tuple[date, date]] = None
    while i > 0:
        prev = segs[i - 1]
        gap_start, gap_end = prev.end + ONE_DAY, segs[i].start - ONE_DAY
        if gap_start <= gap_end:
            if len(bridged) < max_bridges and within_months(gap_start, gap_end, bridge_months):
                bridged.append((gap_start, gap_end))
                if not count_gaps:
                    excluded += days_inclusive(gap_start, gap_end)
            else:
                broken = (gap_start, gap_end)
                break
        start = prev.start
        if prev.kind == "P":
            excluded += days_inclusive(prev.start, prev.end)
        i -= 1
    effective = start + timedelta(days=excluded)
    months = full_months(effective, stichtag) if effective <= stichtag else 0
    return Chain(months=months, start=start, bridged=tuple(bridged), broken_by=broken, excluded_days=excluded)


def describe(chain_: Chain, stichtag: date, what: str) -> str:
    from kimrules.dates import months_text

    if chain_.start is None:
        return f"am Stichtag {format_datum(stichtag)} kein anrechenbarer Status ({what})"
    text = f"{what} ununterbrochen seit {format_datum(chain_.start)}, anrechenbar {months_text(chain_.months or 0)} am {format_datum(stichtag)}"
    for a, b in chain_.bridged:
        text += f"; Unterbrechung {format_datum(a)}–{format_datum(b)} als unschädlich gewertet"
    if chain_.excluded_days:
        text += f"; {chain_.excluded_days} Tage nicht angerechnet"
    if chain_.broken_by is not None:
        a, b = chain_.broken_by
        text += f"; Unterbrechung {format_datum(a)}–{format_datum(b)} (über 3 Monate) beendet die frühere Zeit"
    return text
