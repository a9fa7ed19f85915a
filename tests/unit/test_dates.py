"""Unit and property tests for kimrules.basis.dates (§§ 187, 188 BGB)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kimrules.basis.dates import (
    add_months,
    add_years,
    age,
    birthday_completed,
    completed_days,
    completed_on,
    days_inclusive,
    format_datum,
    full_months,
    last_day_before_age,
    months_text,
    parse_datum,
    period_end,
    within_months,
)

D = date
ONE = timedelta(days=1)
dates = st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))
month_counts = st.integers(min_value=0, max_value=600)
SETTINGS = settings(max_examples=300, deadline=None)


# --- parse / format ---------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("07.09.2023", D(2023, 9, 7)),
        ("7.9.2023", D(2023, 9, 7)),
        ("2023-09-07", D(2023, 9, 7)),
        (" 29.02.2024 ", D(2024, 2, 29)),
        (D(2023, 9, 7), D(2023, 9, 7)),
    ],
)
def test_parse_datum_accepts(text, expected):
    assert parse_datum(text) == expected


@pytest.mark.parametrize(
    "text",
    ["31.02.2024", "29.02.2023", "2023-9-7", "07-09-2023", "07.09.23", "", "heute", "2023-09-07T00:00"],
)
def test_parse_datum_rejects_with_german_message(text):
    with pytest.raises(ValueError, match="ist kein gültiges Datum") as info:
        parse_datum(text)
    assert f"„{text}“" in str(info.value)
    assert "erwartet TT.MM.JJJJ oder JJJJ-MM-TT" in str(info.value)


@pytest.mark.parametrize("value", [datetime(2023, 9, 7, 12, 0), 20230907, None, ["07.09.2023"]])
def test_parse_datum_rejects_other_types(value):
    with pytest.raises(ValueError):
        parse_datum(value)


def test_format_datum():
    assert format_datum(D(2025, 3, 6)) == "06.03.2025"
    assert format_datum(D(987, 1, 2)) == "02.01.0987"


@SETTINGS
@given(dates)
def test_format_parse_roundtrip(d):
    assert parse_datum(format_datum(d)) == d
    assert parse_datum(d.isoformat()) == d


# --- month arithmetic -------------------------------------------------------

@pytest.mark.parametrize(
    "d, months, expected",
    [
        (D(2023, 8, 31), 18, D(2025, 2, 28)),
        (D(2022, 8, 31), 18, D(2024, 2, 29)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2024, 3, 31), -1, D(2024, 2, 29)),
        (D(2024, 1, 15), -1, D(2023, 12, 15)),
        (D(2024, 1, 15), 0, D(2024, 1, 15)),
        (D(2023, 12, 31), 1, D(2024, 1, 31)),
    ],
)
def test_add_months(d, months, expected):
    assert add_months(d, months) == expected


def test_add_years():
    assert add_years(D(2024, 2, 29), 1) == D(2025, 2, 28)
    assert add_years(D(2024, 2, 29), 4) == D(2028, 2, 29)
    assert add_years(D(2024, 2, 29), -1) == D(2023, 2, 28)


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (D(2019, 3, 15), 72, D(2025, 3, 14)),
        (D(2023, 9, 7), 18, D(2025, 3, 6)),  # § 104c permit
        (D(2019, 8, 31), 1, D(2019, 9, 30)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2023, 1, 31), 1, D(2023, 2, 28)),
        (D(2024, 1, 29), 1, D(2024, 2, 28)),
        (D(2024, 1, 1), 1, D(2024, 1, 31)),
        (D(2024, 1, 1), 12, D(2024, 12, 31)),
        (D(2008, 2, 29), 12 * 18, D(2026, 2, 28)),
        (D(2008, 2, 29), 12 * 16, D(2024, 2, 28)),
        (D(2024, 5, 10), 0, D(2024, 5, 9)),
    ],
)
def test_period_end(start, months, expected):
    assert period_end(start, months) == expected
    assert completed_on(start, months) == expected + ONE


def test_period_end_rejects_negative_months():
    with pytest.raises(ValueError, match="Frist"):
        period_end(D(2024, 1, 1), -1)


def test_full_months_examples():
    s = D(2019, 3, 15)
    assert full_months(s, D(2025, 3, 14)) == 71
    assert full_months(s, D(2025, 3, 15)) == 72
    assert full_months(s, D(2019, 3, 15)) == 0
    assert full_months(s, D(2019, 3, 14)) == 0
    assert full_months(D(2024, 1, 31), D(2024, 2, 29)) == 0
    assert full_months(D(2024, 1, 31), D(2024, 3, 1)) == 1


# --- age --------------------------------------------------------------------

def test_age_and_birthdays():
    birth = D(2000, 5, 10)
    assert age(birth, D(2027, 5, 9)) == 26
    assert age(birth, D(2027, 5, 10)) == 27
    assert age(birth, birth) == 0
    assert birthday_completed(birth, 27) == D(2027, 5, 10)
    assert last_day_before_age(birth, 27) == D(2027, 5, 9)


def test_age_born_on_29_february():
    birth = D(2008, 2, 29)
    assert age(birth, D(2026, 2, 28)) == 17
    assert age(birth, D(2026, 3, 1)) == 18
    assert age(birth, D(2024, 2, 29)) == 16
    assert age(birth, D(2024, 2, 28)) == 15
    assert birthday_completed(birth, 18) == D(2026, 3, 1)
    assert last_day_before_age(birth, 18) == D(2026, 2, 28)


def test_age_rejects_date_before_birth():
    with pytest.raises(ValueError, match="liegt vor dem Geburtsdatum"):
        age(D(2000, 5, 10), D(2000, 5, 9))


# --- text and intervals -----------------------------------------------------

@pytest.mark.parametrize(
    "months, text",
    [(71, "5 Jahre 11 Monate"), (12, "1 Jahr"), (1, "1 Monat"), (0, "0 Monate"),
     (24, "2 Jahre"), (13, "1 Jahr 1 Monat"), (5, "5 Monate")],
)
def test_months_text(months, text):
    assert months_text(months) == text


def test_days_inclusive_and_within_months():
    assert days_inclusive(D(2024, 1, 1), D(2024, 1, 1)) == 1
    assert days_inclusive(D(2024, 1, 1), D(2024, 12, 31)) == 366
    assert within_months(D(2023, 9, 7), D(2025, 3, 6), 18)
    assert not within_months(D(2023, 9, 7), D(2025, 3, 7), 18)
    assert within_months(D(2024, 1, 31), D(2024, 2, 29), 1)
    assert not within_months(D(2024, 1, 31), D(2024, 3, 1), 1)


# --- properties -------------------------------------------------------------

def _full_months_naive(start: date, on: date) -> int:
    m = 0
    while completed_on(start, m + 1) <= on:
        m += 1
    return m


@SETTINGS
@given(dates, month_counts)
def test_period_end_structure(start, months):
    end = period_end(start, months)
    target = add_months(start, months)
    # the end lies in the target month or (day 1 only) on the last day before it
    if target.day == start.day:
        assert end == target - ONE
    else:  # § 188 Abs. 3: corresponding day missing -> last day of that month
        assert (end.year, end.month) == (target.year, target.month)
        assert (end + ONE).day == 1
    assert end >= start - ONE


@SETTINGS
@given(dates, st.integers(min_value=0, max_value=240), st.integers(min_value=0, max_value=800))
def test_completed_days_are_completed_on_month_by_month(start, months, tage):
    bis = completed_on(start, months) + timedelta(days=tage)
    erwartet = []
    m = months
    while completed_on(start, m) <= bis:
        erwartet.append(completed_on(start, m))
        m += 1
    assert list(completed_days(start, months, bis)) == erwartet


@given(dates, st.integers(min_value=0, max_value=599))
def test_completed_on_strictly_increasing(start, months):
    assert completed_on(start, months) < completed_on(start, months + 1)


@SETTINGS
@given(dates, st.integers(min_value=1, max_value=600))
def test_full_months_consistent_with_completed_on(start, months):
    done = completed_on(start, months)
    assert full_months(start, done) >= months
    assert full_months(start, done - ONE) < months


@SETTINGS
@given(dates, st.integers(min_value=0, max_value=3000))
def test_full_months_matches_naive_loop(start, offset):
    on = start + timedelta(days=offset)
    assert full_months(start, on) == _full_months_naive(start, on)


@SETTINGS
@given(dates, dates)
def test_age_is_full_months_div_12_and_monotone(birth, on):
    if on < birth:
        birth, on = on, birth
    n = age(birth, on)
    assert n == full_months(birth, on) // 12
    assert birthday_completed(birth, n) <= on < birthday_completed(birth, n + 1)
    assert age(birth, on + ONE) in (n, n + 1)


@SETTINGS
@given(dates, st.integers(min_value=1, max_value=120))
def test_age_changes_exactly_on_birthday_completed(birth, years):
    day = birthday_completed(birth, years)
    assert age(birth, day) == years
    assert age(birth, last_day_before_age(birth, years)) == years - 1


@SETTINGS
@given(dates, st.integers(min_value=-600, max_value=600))
def test_add_months_roundtrip_and_clamping(d, months):
    shifted = add_months(d, months)
    assert (shifted.year * 12 + shifted.month) - (d.year * 12 + d.month) == months
    assert shifted.day == d.day or (shifted.day < d.day and (shifted + ONE).day == 1)
    if d.day <= 28:
        assert add_months(shifted, -months) == d


@SETTINGS
@given(dates, dates, month_counts)
def test_within_months_matches_full_months(gap_start, gap_end, months):
    if gap_end < gap_start:
        gap_start, gap_end = gap_end, gap_start
    # at most `months` months <=> fewer than `months` months are complete on gap_end
    assert within_months(gap_start, gap_end, months) == (full_months(gap_start, gap_end) < months)


@SETTINGS
@given(st.integers(min_value=0, max_value=2000))
def test_months_text_parses_back(months):
    words = months_text(months).split()
    total = 0
    for number, unit in zip(words[::2], words[1::2]):
        assert unit in ("Jahr", "Jahre", "Monat", "Monate")
        assert (unit in ("Jahr", "Monat")) == (number == "1")
        total += int(number) * (12 if unit.startswith("Jahr") else 1)
    assert total == months
