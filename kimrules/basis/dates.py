"""German date arithmetic per §§ 187, 188 BGB (pure: no clock reads).

§ 187 Abs. 2, § 188 Abs. 2 Alt. 2 BGB: if the first day counts (start of a
   permit, day of birth), a period of n months ends at the end of the day
   *before* the day that corresponds by number to the start day n months later.
§ 188 Abs. 3 BGB: if that corresponding day does not exist in the target
   month, the period ends at the end of the last day of that month.
Months are counted on the calendar; they are never approximated as 30 days.
Age (§ 187 Abs. 2 S. 2 BGB) is a period of 12·n months starting on the birthday.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from typing import Iterator

__all__ = [
    "parse_datum", "format_datum", "add_months", "add_years", "period_end",
    "completed_on", "completed_days", "full_months", "age", "birthday_completed",
    "last_day_before_age", "months_text", "days_inclusive", "within_months",
]

_ONE_DAY = timedelta(days=1)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_GERMAN = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


_PARSED: dict[str, date] = {}  # text -> date; client files repeat dates a lot
_PARSED_LIMIT = 1 << 16


def parse_datum(value: str | date) -> date:
    """Parse ``TT.MM.JJJJ`` (also ``T.M.JJJJ``) or ``JJJJ-MM-TT``; pass dates through.

    >>> parse_datum("07.09.2023"), parse_datum("7.9.2023"), parse_datum("2023-09-07")
    (datetime.date(2023, 9, 7), datetime.date(2023, 9, 7), datetime.date(2023, 9, 7))
    >>> parse_datum("31.02.2024")
    Traceback (most recent call last):
    ValueError: „31.02.2024“ ist kein gültiges Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT)
    """
    if type(value) is str:
        hit = _PARSED.get(value)
        if hit is not None:
            return hit
    if isinstance(value, datetime):
        raise ValueError(f"„{value}“ ist ein Zeitpunkt, kein Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT)")
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"„{value!r}“ ist kein Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT)")
    text = value.strip()
    parsed = None
    try:
        if m := _ISO.fullmatch(text):
            parsed = date(int(m[1]), int(m[2]), int(m[3]))
        elif m := _GERMAN.fullmatch(text):
            parsed = date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        pass
    if parsed is None:
        raise ValueError(f"„{value}“ ist kein gültiges Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT)")
    if type(value) is str and len(_PARSED) < _PARSED_LIMIT:
        _PARSED[value] = parsed
    return parsed


def format_datum(d: date) -> str:
    """Format as ``TT.MM.JJJJ``.

    >>> format_datum(date(2025, 3, 6))
    '06.03.2025'
    """
    text = _FORMATIERT.get(d)
    if text is None:
        text = f"{d.day:02d}.{d.month:02d}.{d.year:04d}"
        if len(_FORMATIERT) >= 100_000:
            _FORMATIERT.clear()
        _FORMATIERT[d] = text
    return text


# the same few thousand days are formatted again and again (every Herleitung names the Stichtag)
_FORMATIERT: dict[date, str] = {}


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    """= ``calendar.monthrange(year, month)[1]``, without computing the weekday."""
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month]


def _shift(d: date, months: int) -> tuple[int, int, bool]:
    """Year and month ``months`` after ``d``, and whether d's day exists there."""
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    return year, month + 1, d.day <= _days_in_month(year, month + 1)


def add_months(d: date, months: int) -> date:
    """Add calendar months; a missing day becomes the month's last day (§ 188 Abs. 3).

    >>> add_months(date(2023, 8, 31), 18), add_months(date(2022, 8, 31), 18)
    (datetime.date(2025, 2, 28), datetime.date(2024, 2, 29))
    >>> add_months(date(2024, 3, 31), -1)
    datetime.date(2024, 2, 29)
    """
    year, month, exists = _shift(d, months)
    day = d.day if exists else _days_in_month(year, month)
    return date(year, month, day)


def add_years(d: date, years: int) -> date:
    """Add calendar years (29.02. becomes 28.02. in common years).

    >>> add_years(date(2024, 2, 29), 1)
    datetime.date(2025, 2, 28)
    """
    return add_months(d, 12 * years)


def _check_months(months: int) -> None:
    if months < 0:
        raise ValueError(f"Eine Frist kann nicht {months} Monate lang sein (erwartet: 0 oder mehr)")


def period_end(start: date, months: int) -> date:
    """Last day (inclusive) of a period of ``months`` months beginning on ``start`` (§ 187 Abs. 2, § 188 Abs. 2 und 3 BGB).

    >>> format_datum(period_end(date(2023, 9, 7), 18))
    '06.03.2025'
    >>> format_datum(period_end(date(2019, 3, 15), 72)), format_datum(period_end(date(2019, 8, 31), 1))
    ('14.03.2025', '30.09.2019')
    >>> format_datum(period_end(date(2024, 1, 31), 1)), format_datum(period_end(date(2008, 2, 29), 216))
    ('29.02.2024', '28.02.2026')
    """
    _check_months(months)
    year, month, exists = _shift(start, months)
    if exists:
        return date(year, month, start.day) - _ONE_DAY
    return date(year, month, _days_in_month(year, month))


def completed_on(start: date, months: int) -> date:
    """First day on which the period of ``months`` months from ``start`` is complete.

    >>> completed_on(date(2023, 9, 7), 18), completed_on(date(2024, 1, 31), 1)
    (datetime.date(2025, 3, 7), datetime.date(2024, 3, 1))
    """
    return period_end(start, months) + _ONE_DAY


def completed_days(start: date, months: int, bis: date) -> Iterator[date]:
    """``completed_on(start, m)`` for m = ``months``, ``months`` + 1, … up to ``bis`` (the days on which a
    month counted from ``start`` completes), computed month by month.

    >>> [format_datum(t) for t in completed_days(date(2024, 1, 31), 0, date(2024, 5, 1))]
    ['31.01.2024', '01.03.2024', '31.03.2024', '01.05.2024']
    """
    _check_months(months)
    index = start.year * 12 + start.month - 1 + months
    while True:
        year, month0 = divmod(index, 12)
        if start.day <= _days_in_month(year, month0 + 1):
            t = date(year, month0 + 1, start.day)
        else:  # no such day in that month: the period ends with the month's last day (§ 188 Abs. 3 BGB)
            t = date(year + 1, 1, 1) if month0 == 11 else date(year, month0 + 2, 1)
        if t > bis:
            return
        yield t
        index += 1


def full_months(start: date, on: date) -> int:
    """Number of completed months between ``start`` (counted) and ``on``.

    >>> full_months(date(2019, 3, 15), date(2025, 3, 14)), full_months(date(2019, 3, 15), date(2025, 3, 15))
    (71, 72)
    >>> full_months(date(2024, 1, 31), date(2024, 3, 1)), full_months(date(2024, 5, 1), date(2024, 4, 30))
    (1, 0)
    """
    if on < start:
        return 0
    # completed_on(start, m) lies in month start+m or on the 1st of the next
    # month and is strictly increasing in m, so the answer is m or m - 1.
    candidate = (on.year - start.year) * 12 + on.month - start.month
    return candidate if completed_on(start, candidate) <= on else candidate - 1


def age(birth: date, on: date) -> int:
    """Completed years of life on ``on`` (§ 187 Abs. 2 S. 2 BGB).

    >>> age(date(2000, 5, 10), date(2027, 5, 9)), age(date(2000, 5, 10), date(2027, 5, 10))
    (26, 27)
    >>> age(date(2008, 2, 29), date(2026, 2, 28)), age(date(2008, 2, 29), date(2026, 3, 1))
    (17, 18)
    """
    if on < birth:
        raise ValueError(
            f"Stichtag {format_datum(on)} liegt vor dem Geburtsdatum {format_datum(birth)}"
        )
    return full_months(birth, on) // 12


def birthday_completed(birth: date, years: int) -> date:
    """First day on which a person born on ``birth`` has ``years`` completed years.

    >>> birthday_completed(date(2000, 5, 10), 27), birthday_completed(date(2008, 2, 29), 18)
    (datetime.date(2027, 5, 10), datetime.date(2026, 3, 1))
    """
    return completed_on(birth, 12 * years)


def last_day_before_age(birth: date, years: int) -> date:
    """Last day "vor Vollendung des ``years``. Lebensjahres".

    >>> format_datum(last_day_before_age(date(2000, 5, 10), 27))
    '09.05.2027'
    """
    return birthday_completed(birth, years) - _ONE_DAY


def months_text(months: int) -> str:
    """German text for a number of months.

    >>> months_text(71), months_text(12), months_text(1), months_text(0), months_text(24)
    ('5 Jahre 11 Monate', '1 Jahr', '1 Monat', '0 Monate', '2 Jahre')
    """
    if months < 0:
        raise ValueError(f"Eine Dauer kann nicht {months} Monate betragen")
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} Jahr" if years == 1 else f"{years} Jahre")
    if rest or not years:
        parts.append(f"{rest} Monat" if rest == 1 else f"{rest} Monate")
    return " ".join(parts)


def days_inclusive(a: date, b: date) -> int:
    """Number of days from ``a`` to ``b``, both counted.

    >>> days_inclusive(date(2024, 1, 1), date(2024, 1, 1)), days_inclusive(date(2024, 1, 1), date(2024, 12, 31))
    (1, 366)
    """
    return (b - a).days + 1


def within_months(gap_start: date, gap_end: date, months: int) -> bool:
    """True if the days ``gap_start`` .. ``gap_end`` (inclusive) last at most ``months`` months.

    >>> within_months(date(2023, 9, 7), date(2025, 3, 6), 18), within_months(date(2023, 9, 7), date(2025, 3, 7), 18)
    (True, False)
    """
    return gap_end <= period_end(gap_start, months)
