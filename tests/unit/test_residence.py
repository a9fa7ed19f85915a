"""Counting the § 25b Voraufenthalt (§§ 187, 188 BGB via kimrules.basis.dates).

Three counts are derived on the Stichtag:

* ``voraufenthalt_monate`` (strict): Duldung/Gestattung/AE; one gap of at most
  three months is harmless but its days are not counted; § 60b periods are
  not Vorduldungszeiten (§ 60b Abs. 5 S. 1) and act as an interruption;
* ``voraufenthalt_monate_mit_60b`` (§ 25b Abs. 7, § 104c holders): § 60b counts;
* ``voraufenthalt_monate_grosszuegig`` (lenient): every short gap is bridged
  (and counted), § 60b periods pause the count (neither count nor break).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kimrules.fakten import residence
from kimrules.basis.dates import full_months
from kimrules.fakten.derive import derive
from kimrules.akte.facts import Auslandsaufenthalt, Sachverhalt, Statuszeitraum
from kimrules.regelwerk.rules import load_parameter as _load_parameter

PARAMETER = _load_parameter()  # the dates and limits the statute names (rules/parameter/)

D = date
STRICT, MIT_60B, LENIENT = "voraufenthalt_monate", "voraufenthalt_monate_mit_60b", "voraufenthalt_monate_grosszuegig"
COUNTS = (STRICT, MIT_60B, LENIENT)


def P(status: str, von: str, bis: str | None = None, **kw) -> dict:
    return {"status": status, "von": von, "bis": bis, **kw}


def facts(perioden, stichtag: date, abroad=()):
    s = Sachverhalt(
        aktenzeichen="T-1",
        aufenthalt=list(perioden),
        auslandsaufenthalte=None if abroad is None else [{"von": a, "bis": b} for a, b in abroad],
    )
    return derive(s, stichtag, PARAMETER)


def counts(perioden, stichtag: date, abroad=()) -> tuple:
    w = facts(perioden, stichtag, abroad).werte
    return tuple(w.get(k) for k in COUNTS)


# --- exact thresholds (§§ 187 Abs. 2, 188 Abs. 2 BGB) --------------------------------------------


def test_six_years_complete_on_the_day_matching_the_start():
    perioden = [P("duldung", "15.03.2019")]
    assert counts(perioden, D(2025, 3, 14)) == (71, 71, 71)
    assert counts(perioden, D(2025, 3, 15)) == (72, 72, 72)
    f = facts(perioden, D(2025, 3, 15))
    assert "seit 15.03.2019" in f.herleitung[STRICT]
    assert "6 Jahre" in f.herleitung[STRICT]


def test_four_years_with_month_end_start():
    # 31.08.2021 + 48 months: the corresponding day 31.08.2025 exists; complete on that day
    perioden = [P("aufenthaltsgestattung", "31.08.2021")]
    assert counts(perioden, D(2025, 8, 30))[0] == 47
    assert counts(perioden, D(2025, 8, 31))[0] == 48


def test_status_starting_on_the_stichtag_counts_zero_months():
    assert counts([P("duldung", "01.06.2025")], D(2025, 6, 1)) == (0, 0, 0)


# --- seamless status changes ------------------------------------------------------------------------


def test_gestattung_followed_seamlessly_by_duldung_counts_continuously():
    perioden = [P("aufenthaltsgestattung", "15.03.2019", "31.12.2020"), P("duldung", "01.01.2021")]
    assert counts(perioden, D(2025, 3, 14)) == (71, 71, 71)
    assert counts(perioden, D(2025, 3, 15)) == (72, 72, 72)
    h = facts(perioden, D(2025, 3, 15)).herleitung[STRICT]
    assert "seit 15.03.2019" in h
    assert "Unterbrechung" not in h and "nicht angerechnet" not in h


def test_chain_of_ae_fiktion_and_duldung_is_continuous():
    perioden = [
        P("aufenthaltserlaubnis", "01.01.2018", "31.12.2019", paragraph="§ 25 Abs. 5"),
        P("fiktionsbescheinigung", "01.01.2020", "30.06.2020"),
        P("duldung_60c", "01.07.2020", "30.06.2022"),
        P("duldung_60d", "01.07.2022", "30.06.2023"),
        P("duldung", "01.07.2023"),
    ]
    assert counts(perioden, D(2024, 1, 1)) == (72, 72, 72)


# --- gaps without status (BVerwG 1 C 34.18, Leitsätze 2, 4, 5) ------------------------------------------
# A day without Duldung, Gestattung or title breaks the strict count: it counts only if a Duldung was
# owed. The generous count takes in what may count: time with unknown entitlement (or nothing
# recorded) of any length, and up to three months without entitlement (Bagatell, not quantified).


NOTHING_RECORDED = [P("duldung", "01.01.2017", "31.12.2018"), P("duldung", "01.04.2019")]  # nichts 01.01.–31.03.2019


def test_nothing_recorded_breaks_the_strict_count_and_is_counted_generously():
    assert counts(NOTHING_RECORDED, D(2025, 3, 31)) == (71, 71, 98)
    assert counts(NOTHING_RECORDED, D(2025, 4, 1)) == (72, 72, 99)
    f = facts(NOTHING_RECORDED, D(2025, 4, 1))
    assert "seit 01.04.2019" in f.herleitung[STRICT]
    assert "Unterbrechung 01.01.2019–31.03.2019" in f.herleitung[STRICT]
    assert "nichts erfasst" in f.herleitung[LENIENT] and "Anspruch auf Duldung" in f.herleitung[LENIENT]


def test_long_time_with_nothing_recorded_stays_open_in_the_generous_count():
    perioden = [P("duldung", "01.01.2010", "31.12.2015"), P("duldung", "01.05.2016")]  # four months nothing
    assert counts(perioden, D(2022, 5, 1)) == (72, 72, 148)


@pytest.mark.parametrize("anspruch, erwartet", [
    (True, (99, 99, 99)),     # owed Duldung: counts as geduldet (Leitsatz 2)
    (None, (72, 72, 99)),     # unknown: open
    (False, (72, 72, 99)),    # no entitlement, three months: open (Bagatell not quantified)
])
def test_time_without_status_counts_only_with_entitlement_to_a_duldung(anspruch, erwartet):
    perioden = [P("duldung", "01.01.2017", "31.12.2018"), P("kein_status", "01.01.2019", "31.03.2019", duldungsanspruch=anspruch),
                P("duldung", "01.04.2019")]
    assert counts(perioden, D(2025, 4, 1)) == erwartet


def test_more_than_three_months_without_status_and_entitlement_break_every_count():
    perioden = [P("duldung", "01.01.2017", "31.12.2018"), P("kein_status", "01.01.2019", "01.04.2019", duldungsanspruch=False),
                P("duldung", "02.04.2019")]
    assert counts(perioden, D(2025, 4, 2)) == (72, 72, 72)
    assert "beendet die frühere Zeit" in facts(perioden, D(2025, 4, 2)).herleitung[LENIENT]


@pytest.mark.parametrize(
    "gap_start, gap_end, bridged",
    [
        # three months from 01.12.2019 end on 29.02.2020 (leap year)
        (D(2019, 12, 1), D(2020, 2, 29), True),
        (D(2019, 12, 1), D(2020, 3, 1), False),
        # § 188 Abs. 3 BGB: no 30.02 -> the three months from 30.11.2018 end on 28.02.2019
        (D(2018, 11, 30), D(2019, 2, 28), True),
        (D(2018, 11, 30), D(2019, 3, 1), False),
        (D(2021, 5, 1), D(2021, 5, 1), True),
    ],
)
def test_three_month_bridge_follows_bgb_calendar(gap_start, gap_end, bridged):
    segs = [
        residence.Segment(D(2010, 1, 1), gap_start - timedelta(days=1), "Q"),
        residence.Segment(gap_end + timedelta(days=1), D(2025, 1, 1), "Q"),
    ]
    c = residence.chain(segs, D(2025, 1, 1), max_bridges=1, count_gaps=True)
    assert (c.start == D(2010, 1, 1)) is bridged
    assert (c.bridged == ((gap_start, gap_end),)) is bridged
    assert (c.broken_by == (gap_start, gap_end)) is (not bridged)


def test_only_one_short_stay_abroad_is_harmless_in_the_strict_count():
    perioden = [P("duldung", "01.01.2015")]
    abroad = [("01.06.2017", "30.06.2017"), ("01.12.2019", "31.12.2019")]
    st_ = D(2025, 8, 1)
    strict, mit_60b, lenient = counts(perioden, st_, abroad)
    # BMI Anwendungshinweise § 25b: "einmalig bis zu drei Monaten"; the older stay ends the chain
    assert strict == full_months(D(2017, 7, 1), st_) - 1  # 31 days of the recent stay not counted
    assert mit_60b == strict
    assert lenient == full_months(D(2015, 1, 1), st_) == 127
    h = facts(perioden, st_, abroad).herleitung[STRICT]
    assert "Unterbrechung 01.12.2019–31.12.2019 als unschädlich gewertet" in h
    assert "Unterbrechung 01.06.2017–30.06.2017" in h and "über 3 Monate" not in h


# --- stays abroad (Auslandsaufenthalt) ----------------------------------------------------------------


def test_stay_abroad_inside_duldung_is_a_gap():
    perioden = [P("duldung", "01.01.2017")]
    # abroad exactly three months: bridged, not counted strictly (same numbers as a status gap)
    abroad = [("01.01.2019", "31.03.2019")]
    assert counts(perioden, D(2025, 4, 1), abroad) == (96, 96, 99)
    # abroad three months and one day: the earlier time is lost
    abroad = [("01.01.2019", "01.04.2019")]
    assert counts(perioden, D(2025, 4, 1), abroad) == (71, 71, 71)
    assert counts(perioden, D(2025, 4, 2), abroad) == (72, 72, 72)
    assert "seit 02.04.2019" in facts(perioden, D(2025, 4, 2), abroad).herleitung[STRICT]


def test_stay_abroad_after_the_stichtag_is_ignored():
    perioden = [P("duldung", "15.03.2019")]
    assert counts(perioden, D(2025, 3, 15), [("01.04.2025", "31.12.2025")]) == (72, 72, 72)


def test_unrecorded_stays_abroad_are_noted_in_the_herleitung():
    f = facts([P("duldung", "15.03.2019")], D(2025, 3, 15), abroad=None)
    assert f.werte[STRICT] == 72
    assert "Auslandsaufenthalte nicht erfasst" in f.herleitung[STRICT]
    assert "Auslandsaufenthalte nicht erfasst" not in facts([P("duldung", "15.03.2019")], D(2025, 3, 15)).herleitung[STRICT]


# --- § 60b (Duldung für Personen mit ungeklärter Identität) -------------------------------------------


WITH_60B_YEAR = [
    P("duldung", "01.01.2015", "31.12.2018"),
    P("duldung_60b", "01.01.2019", "31.12.2019"),
    P("duldung", "01.01.2020"),
]


def test_60b_period_interrupts_strict_counts_with_60b_and_pauses_lenient():
    f = facts(WITH_60B_YEAR, D(2025, 1, 1))
    # § 60b Abs. 5 S. 1: not a Vorduldungszeit; a year of it ends the chain
    assert f.werte[STRICT] == 60
    assert "seit 01.01.2020" in f.herleitung[STRICT]
    assert "01.01.2019–31.12.2019" in f.herleitung[STRICT]
    # § 25b Abs. 7: for § 104c holders § 60b time counts
    assert f.werte[MIT_60B] == 120
    # lenient: § 60b time neither counts nor breaks -> 10 years minus the paused year
    assert f.werte[LENIENT] == 108
    assert "seit 01.01.2015" in f.herleitung[LENIENT]
    assert "365 Tage nicht angerechnet" in f.herleitung[LENIENT]


def test_short_60b_period_breaks_the_strict_count():
    perioden = [
        P("duldung", "01.01.2017", "31.12.2018"),
        P("duldung_60b", "01.01.2019", "31.03.2019"),
        P("duldung", "01.04.2019"),
    ]
    # § 60b Abs. 5 Satz 1: not counted and not a stay abroad, so it breaks the strict count
    assert counts(perioden, D(2025, 4, 1)) == (72, 99, 96)


def test_current_60b_duldung_counts_nothing_strictly():
    perioden = [P("duldung", "01.01.2015", "31.12.2022"), P("duldung_60b", "01.01.2023")]
    f = facts(perioden, D(2025, 1, 1))
    assert f.werte["geduldet"] is True
    assert f.werte[STRICT] == 0
    assert "kein anrechenbarer Status" in f.herleitung[STRICT]
    assert f.werte[MIT_60B] == 120
    assert f.werte[LENIENT] == 96  # 01.01.2015–31.12.2022, the current § 60b time paused


# --- unknown status on the Stichtag ---------------------------------------------------------------------


def test_no_status_recorded_for_the_stichtag_makes_the_counts_unknown():
    f = facts([P("duldung", "01.01.2015", "31.12.2024")], D(2025, 1, 1))
    for name in COUNTS + ("geduldet", "inhaber_ae_104c"):
        assert name not in f.werte
    for name in COUNTS:
        assert "für den 01.01.2025 ist kein Status erfasst" in f.herleitung[name]


def test_no_status_history_at_all_makes_the_counts_unknown():
    f = derive(Sachverhalt(aktenzeichen="T-1"), D(2025, 1, 1))
    for name in COUNTS + ("geduldet", "inhaber_ae_104c", "duldung_60d_monate"):
        assert name not in f.werte
        assert f.herleitung[name] == "keine Statushistorie erfasst"


def test_explicit_kein_status_on_the_stichtag():
    f = facts([P("duldung", "01.01.2015", "31.12.2022"), P("kein_status", "01.01.2023")], D(2025, 1, 1))
    assert f.werte["inhaber_ae_104c"] is False
    for name in COUNTS + ("geduldet",):
        assert name not in f.werte


def test_status_starting_after_the_stichtag_is_not_current():
    f = facts([P("duldung", "02.01.2025")], D(2025, 1, 1))
    assert STRICT not in f.werte


# --- § 60d months (§ 25b Abs. 6) ----------------------------------------------------------------------


def test_duldung_60d_months_count_only_the_current_uninterrupted_60d_period():
    perioden = [P("duldung", "01.01.2018", "31.12.2022"), P("duldung_60d", "01.01.2023")]
    assert facts(perioden, D(2025, 6, 30)).werte["duldung_60d_monate"] == 29
    assert facts(perioden, D(2025, 7, 1)).werte["duldung_60d_monate"] == 30
    # no bridging for § 60d: any gap ends the period
    perioden = [P("duldung_60d", "01.01.2020", "31.12.2022"), P("duldung_60d", "02.01.2023")]
    assert facts(perioden, D(2025, 7, 2)).werte["duldung_60d_monate"] == 30
    # a 60d period that already ended does not count
    perioden = [P("duldung_60d", "01.01.2020", "31.12.2022"), P("duldung", "01.01.2023")]
    f = facts(perioden, D(2025, 7, 1))
    assert f.werte["duldung_60d_monate"] == 0
    assert f.herleitung["duldung_60d_monate"] == "keine laufende Beschäftigungsduldung"


# --- the residence module directly ---------------------------------------------------------------------


def _kind(p: Statuszeitraum):
    return "Q" if p.status.value in ("duldung", "aufenthaltsgestattung") else ("P" if p.status.value == "duldung_60b" else None)


def test_segments_merge_adjacent_periods_and_cut_out_stays_abroad():
    periods = [
        Statuszeitraum(status="aufenthaltsgestattung", von=D(2016, 1, 1), bis=D(2017, 12, 31)),
        Statuszeitraum(status="duldung", von=D(2018, 1, 1), bis=D(2030, 1, 1)),
    ]
    abroad = [Auslandsaufenthalt(von=D(2019, 5, 1), bis=D(2019, 5, 10))]
    segs = residence.segments(periods, abroad, D(2020, 1, 1), _kind)
    assert segs == [
        residence.Segment(D(2016, 1, 1), D(2019, 4, 30), "Q"),
        residence.Segment(D(2019, 5, 11), D(2020, 1, 1), "Q"),  # clipped at the Stichtag
    ]


def test_chain_without_segment_reaching_the_stichtag_is_zero():
    segs = [residence.Segment(D(2016, 1, 1), D(2019, 12, 31), "Q")]
    c = residence.chain(segs, D(2020, 1, 1), max_bridges=1, count_gaps=False)
    assert c.months == 0 and c.start is None
    assert "kein anrechenbarer Status" in residence.describe(c, D(2020, 1, 1), "x")


def test_pause_segments_neither_count_nor_break():
    segs = [
        residence.Segment(D(2017, 1, 1), D(2017, 12, 31), "Q"),
        residence.Segment(D(2018, 1, 1), D(2018, 12, 31), "P"),
        residence.Segment(D(2019, 1, 1), D(2020, 1, 1), "Q"),
    ]
    c = residence.chain(segs, D(2020, 1, 1), max_bridges=10, count_gaps=True)
    assert c.start == D(2017, 1, 1)
    assert c.broken_by is None
    assert c.months == 24  # 2017 and 2019 count, the paused 2018 does not


def test_current_pause_segment_does_not_cost_the_stichtag_day():
    # the Stichtag itself is never part of a counted period (full_months counts start .. Stichtag - 1),
    # so a pause running on the Stichtag must not exclude it a second time
    segs = [residence.Segment(D(2017, 1, 1), D(2022, 12, 31), "Q"), residence.Segment(D(2023, 1, 1), D(2024, 1, 1), "P")]
    c = residence.chain(segs, D(2024, 1, 1), max_bridges=1, count_gaps=True)
    assert c.months == 72
    assert c.excluded_days == 365


@pytest.mark.parametrize(
    "perioden, abroad, stichtag, expected",
    [
        # 2015 (12 months) + 2021 (12 months) qualify, 2016–2020 paused (§ 60b, lenient count)
        (
            [P("duldung", "01.01.2015", "31.12.2015"), P("duldung_60b", "01.01.2016", "31.12.2020"), P("duldung", "01.01.2021")],
            [],
            D(2022, 1, 1),
            {LENIENT: 24},
        ),
        # 01.01.2015–31.05.2018 (41 months) + 01.09.2018–31.12.2024 (76 months); three months abroad not counted
        ([P("duldung", "01.01.2015")], [("01.06.2018", "31.08.2018")], D(2025, 1, 1), {STRICT: 117, MIT_60B: 117, LENIENT: 120}),
    ],
)
def test_excluded_time_does_not_cost_an_extra_month(perioden, abroad, stichtag, expected):
    """Not counting a gap or a paused period must not cost more than that period.

    The qualifying pieces here are whole calendar months; any reading (adding calendar months,
    or § 191 BGB: month = 30 days, year = 365 days) gives the expected number.
    """
    w = facts(perioden, stichtag, abroad).werte
    assert {k: w[k] for k in expected} == expected


# --- properties -------------------------------------------------------------------------------------------

STATUSES = ["duldung", "duldung_60b", "duldung_60d", "aufenthaltsgestattung", "aufenthaltserlaubnis", "kein_status", "visum"]


@st.composite
def histories(draw):
    day = D(2010, 1, 1) + timedelta(days=draw(st.integers(0, 400)))
    perioden = []
    for _ in range(draw(st.integers(1, 6))):
        length = draw(st.integers(0, 1200))
        bis = day + timedelta(days=length)
        perioden.append(Statuszeitraum(status=draw(st.sampled_from(STATUSES)), von=day, bis=bis))
        day = bis + timedelta(days=1 + draw(st.sampled_from([0, 0, 0, 30, 89, 92, 93, 200])))
    if draw(st.booleans()):
        perioden[-1] = perioden[-1].model_copy(update={"bis": None})
    abroad = []
    for _ in range(draw(st.integers(0, 2))):
        a = D(2010, 1, 1) + timedelta(days=draw(st.integers(0, 6000)))
        abroad.append(Auslandsaufenthalt(von=a, bis=a + timedelta(days=draw(st.integers(0, 150)))))
    stichtag = D(2010, 1, 1) + timedelta(days=draw(st.integers(400, 7000)))
    return perioden, abroad, stichtag


@settings(max_examples=200, deadline=None)
@given(histories())
def test_count_orderings(h):
    perioden, abroad, stichtag = h
    s = Sachverhalt(aktenzeichen="T-1", aufenthalt=perioden, auslandsaufenthalte=abroad)
    w = derive(s, stichtag, PARAMETER).werte
    if STRICT not in w:
        assert MIT_60B not in w and LENIENT not in w
        return
    upper = full_months(perioden[0].von, stichtag)
    for name in COUNTS:
        assert isinstance(w[name], int) and not isinstance(w[name], bool)
        assert 0 <= w[name] <= upper
    # counting § 60b time, or bridging more gaps, can never shorten the strict count
    assert w[STRICT] <= w[MIT_60B]
    assert w[STRICT] <= w[LENIENT]


def test_crediting_60b_time_never_counts_less_than_leaving_it_out():
    """Found by test_count_orderings: a one-day § 60b Duldung between two short gaps turned one harmless gap into two."""
    perioden = [
        Statuszeitraum(status="duldung", von=date(2010, 1, 1), bis=date(2010, 1, 31)),
        Statuszeitraum(status="duldung_60b", von=date(2010, 3, 3), bis=date(2010, 3, 3)),
        Statuszeitraum(status="duldung", von=date(2010, 4, 3), bis=None),
    ]
    w = derive(Sachverhalt(aktenzeichen="T-1", aufenthalt=perioden, auslandsaufenthalte=[]), date(2011, 2, 5), PARAMETER).werte
    assert w[MIT_60B] >= w[STRICT] == 10
