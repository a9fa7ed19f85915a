"""Counting uninterrupted qualifying residence ("Voraufenthalt") on a Stichtag.

The status periods of the client file are laid on a time line, stays abroad are
cut out, and the chain is followed backwards from the Stichtag:

* ``Q`` days qualify, ``P`` days pause the count (they neither count nor break
  the chain), everything else is a gap (Unterbrechung);
* a gap of at most three months is harmless (``max_bridges`` of them; BMI
  Anwendungshinweise § 25b: "einmalig bis zu drei Monaten"), a longer one ends
  the chain: time before it is no longer counted;
* with ``count_gaps=False`` the harmless gap itself is not counted.

The result is full months per §§ 187 Abs. 2, 188 BGB from the effective start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Iterable, NamedTuple, Optional

from kimrules.basis.dates import completed_on, days_inclusive, format_datum, within_months
from kimrules.akte.facts import Auslandsaufenthalt, Statuszeitraum

ONE_DAY = timedelta(days=1)
Kind = Callable[[Statuszeitraum], Optional[str]]  # "Q", "P" or None (gap)


class Segment(NamedTuple):
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
    return classify(pieces(periods, abroad, stichtag), kind)


def pieces(
    periods: Iterable[Statuszeitraum],
    abroad: Iterable[Auslandsaufenthalt],
    stichtag: date,
) -> list[tuple[date, date, Statuszeitraum]]:
    """Every status period up to the Stichtag with the stays abroad cut out, sorted by start.

    The part of :func:`segments` that does not depend on ``kind``, so that several ways of
    counting can share it (:func:`classify`).
    """
    holes = [(a.von, a.bis) for a in abroad]
    raw: list[tuple[date, date, Statuszeitraum]] = []
    for p in periods:
        if p.von > stichtag:
            continue
        end = stichtag if p.bis is None or p.bis > stichtag else p.bis
        if holes:
            raw.extend((s.start, s.end, p) for s in _subtract(Segment(p.von, end, ""), holes))
        else:
            raw.append((p.von, end, p))
    raw.sort(key=lambda piece: piece[0])  # stable: filtering by kind later keeps the order
    return raw


def classify(parts: list[tuple[date, date, Statuszeitraum]], kind: Kind) -> list[Segment]:
    """Segments of the given :func:`pieces` whose period counts (``kind``), adjacent ones merged."""
    merged: list[Segment] = []
    cur_start = cur_end = cur_kind = None  # the segment being merged (kept open as locals)
    for start, end, p in parts:
        k = kind(p)
        if k is None:
            continue
        if cur_kind == k and cur_end + ONE_DAY >= start:
            if end > cur_end:
                cur_end = end
        else:
            if cur_kind is not None:
                merged.append(Segment(cur_start, cur_end, cur_kind))
            cur_start, cur_end, cur_kind = start, end, k
    if cur_kind is not None:
        merged.append(Segment(cur_start, cur_end, cur_kind))
    return merged


def _piece_months(start: date, stop: date) -> tuple[int, int]:
    """Full months and leftover days from ``start`` (counted) up to ``stop`` (not counted)."""
    if stop <= start:
        return 0, 0
    # = full_months(start, stop), keeping the day on which those months are complete
    months = (stop.year - start.year) * 12 + stop.month - start.month
    rest_from = completed_on(start, months)
    if rest_from > stop:
        months -= 1
        rest_from = completed_on(start, months) if months else start
    return months, (stop - rest_from).days


def monate_tage(segs: Iterable[Segment], bis: date) -> tuple[int, int]:
    """Calendar months of the segments up to the day before ``bis`` (§§ 187 Abs. 2, 188 BGB) and the
    leftover days of all pieces (to be added at 30 days per month, § 191 BGB, as the generous count does)."""
    months = days = 0
    for seg in segs:
        m, d = _piece_months(seg.start, min(seg.end + ONE_DAY, bis))
        months += m
        days += d
    return months, days


def chain(segs: list[Segment], stichtag: date, max_bridges: int, count_gaps: bool, bridge_months: int = 3,
          bridgeable: Optional[Callable[[date, date], bool]] = None) -> Chain:
    """Follow the chain back from the Stichtag; count months piece by piece.

    ``bridgeable(gap_start, gap_end)`` decides which gaps may be bridged (default: at most
    ``bridge_months`` long); at most ``max_bridges`` of them are.

    Counted pieces are measured in calendar months per §§ 187 Abs. 2, 188 BGB. When time is
    left out (a harmless gap in the strict count, paused § 60b days), the pieces' full
    months are added; their leftover days are added up at 30 days per month (§ 191 BGB)
    only in the generous count (``count_gaps=True``), the strict count drops them, so that
    the strict count never overstates the time. The Stichtag itself is not counted: a
    person geduldet since 15.03.2019 has 72 months on 15.03.2025.
    """
    if not segs or segs[-1].end < stichtag:
        return Chain(months=0, start=None)
    i = len(segs) - 1
    # pieces of counted time as [start, stop) with stop exclusive
    pieces: list[list[date]] = []
    excluded = 0

    def add(seg: Segment, stop: date) -> None:
        nonlocal excluded
        if seg.kind == "P":
            excluded += max((stop - seg.start).days, 0)
        elif pieces and pieces[-1][0] == stop:
            pieces[-1][0] = seg.start  # contiguous with the later piece
        else:
            pieces.append([seg.start, stop])

    add(segs[i], stichtag)
    start = segs[i].start
    bridged: list[tuple[date, date]] = []
    broken: Optional[tuple[date, date]] = None
    while i > 0:
        prev = segs[i - 1]
        gap_start, gap_end = prev.end + ONE_DAY, segs[i].start - ONE_DAY
        if gap_start <= gap_end:
            ok = within_months(gap_start, gap_end, bridge_months) if bridgeable is None else bridgeable(gap_start, gap_end)
            if len(bridged) < max_bridges and ok:
                bridged.append((gap_start, gap_end))
                if count_gaps:
                    add(Segment(gap_start, gap_end, "Q"), gap_end + ONE_DAY)
                else:
                    excluded += days_inclusive(gap_start, gap_end)
            else:
                broken = (gap_start, gap_end)
                break
        add(prev, prev.end + ONE_DAY)
        start = prev.start
        i -= 1
    months = days = 0
    for a, b in pieces:
        m, d = _piece_months(a, b)
        months += m
        days += d
    if count_gaps and len(pieces) > 1:
        months += days // 30
    return Chain(months=months, start=start, bridged=tuple(bridged), broken_by=broken, excluded_days=excluded)


def describe(chain_: Chain, stichtag: date, what: str) -> str:
    from kimrules.basis.dates import months_text

    if chain_.start is None:
        return f"am Stichtag {format_datum(stichtag)} kein anrechenbarer Status ({what})"
    text = f"{what} ununterbrochen seit {format_datum(chain_.start)}, anrechenbar {months_text(chain_.months or 0)} am {format_datum(stichtag)}"
    for a, b in chain_.bridged:
        text += f"; Unterbrechung {format_datum(a)}–{format_datum(b)} als unschädlich gewertet"
    if chain_.excluded_days:
        text += f"; {chain_.excluded_days} Tage nicht angerechnet"
    if chain_.broken_by is not None:
        a, b = chain_.broken_by
        text += f"; Unterbrechung {format_datum(a)}–{format_datum(b)} ({'über 3 Monate' if not within_months(a, b, 3) else 'nicht als unschädlich gewertet'}) beendet die frühere Zeit"
    return text


def covered(a: date, b: date, intervals: Iterable[tuple[date, date]]) -> bool:
    """Is every day from ``a`` to ``b`` inside one of the ``intervals``?"""
    day = a
    for start, end in sorted(intervals):
        if start > day:
            break
        if end >= day:
            day = end + ONE_DAY
            if day > b:
                return True
    return day > b


def touches(a: date, b: date, intervals: Iterable[tuple[date, date]]) -> bool:
    """Does any of the ``intervals`` share a day with ``a``..``b``?"""
    return any(start <= b and end >= a for start, end in intervals)


def luecken_regeln(abroad: list[tuple[date, date]], ohne_anspruch: list[tuple[date, date]], monate: int = 3
                   ) -> tuple[Callable[[date, date], bool], Callable[[date, date], bool]]:
    """Which gaps a strict and a generous count may bridge.

    Strict: only a stay abroad of at most ``monate`` months (a day without status breaks the chain:
    whether a Duldung was owed is not known, or it was not). Generous: every gap of at most
    ``monate`` months, and a gap of any length for which the file records nothing at all (a Duldung
    may have been owed) – never a longer stay abroad or a longer time without status and without
    entitlement to a Duldung.
    """
    def streng(a: date, b: date) -> bool:
        return covered(a, b, abroad) and within_months(a, b, monate)

    def grosszuegig(a: date, b: date) -> bool:
        if within_months(a, b, monate):
            return True
        return not touches(a, b, abroad) and not touches(a, b, ohne_anspruch)

    return streng, grosszuegig
