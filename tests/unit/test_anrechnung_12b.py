"""§ 12b Abs. 3 Satz 2 mit Abs. 2 StAG: earlier lawful residence before an interruption, credited at discretion.

``rechtmaessiger_aufenthalt_monate_mit_anrechnung`` is the generous count plus the lawful time before
the interruption, at most the ceiling of the parameter file (five years, from 27.06.2024 three). The
ceilings and their days are read from ``rules/parameter/``, not written here.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from kimrules.akte.facts import Sachverhalt
from kimrules.basis.dates import add_months
from kimrules.fakten.derive import derive
from kimrules.fakten.derive_stag import ANRECHNUNG
from kimrules.regelwerk.rules import load_parameter

PARAMETER = load_parameter()
WERTE = sorted(PARAMETER[ANRECHNUNG].werte, key=lambda w: w.gueltig_ab)
NAME = "rechtmaessiger_aufenthalt_monate_mit_anrechnung"


def _werte(stichtag: date, aufenthalt: list[dict]) -> dict:
    s = Sachverhalt(aktenzeichen="T-12B", aufenthalt=aufenthalt, auslandsaufenthalte=[])
    return derive(s, stichtag, PARAMETER).werte


def _fall(stichtag: date, frueher_monate: int, seit_monate: int) -> list[dict]:
    """Lawful for ``frueher_monate`` up to a year of Duldung, then a title for ``seit_monate`` up to the Stichtag."""
    titel_seit = add_months(stichtag, -seit_monate)
    duldung_seit = add_months(titel_seit, -12)
    return [
        {"status": "aufenthaltserlaubnis", "von": add_months(duldung_seit, -frueher_monate), "bis": duldung_seit - timedelta(days=1),
         "paragraph": "§ 25 Abs. 2"},
        {"status": "duldung", "von": duldung_seit, "bis": titel_seit - timedelta(days=1)},
        {"status": "aufenthaltserlaubnis", "von": titel_seit, "paragraph": "§ 25b"},
    ]


def test_the_ceiling_is_the_parameter_in_force_on_the_stichtag():
    assert len(WERTE) >= 2
    for w, naechster in zip(WERTE, WERTE[1:] + [None]):
        tage = [w.gueltig_ab] + ([naechster.gueltig_ab - timedelta(days=1)] if naechster else [])
        for tag in tage:
            hoechstens = int(w.wert)
            werte = _werte(tag, _fall(tag, frueher_monate=hoechstens + 24, seit_monate=20))
            assert werte["rechtmaessiger_aufenthalt_monate"] == 20
            assert werte[NAME] == 20 + hoechstens, tag
            # less earlier time than the ceiling: all of it
            werte = _werte(tag, _fall(tag, frueher_monate=hoechstens - 5, seit_monate=20))
            assert werte[NAME] == 20 + hoechstens - 5, tag


def test_before_the_first_ceiling_nothing_is_known():
    tag = WERTE[0].gueltig_ab - timedelta(days=1)
    werte = _werte(tag, _fall(tag, frueher_monate=30, seit_monate=20))
    assert NAME not in werte  # unknown: no ceiling recorded for that day


def test_without_earlier_lawful_time_it_is_the_generous_count():
    tag = WERTE[-1].gueltig_ab + timedelta(days=400)
    aufenthalt = [{"status": "duldung", "von": date(2010, 1, 1), "bis": date(2021, 12, 31)},
                  {"status": "aufenthaltserlaubnis", "von": date(2022, 1, 1), "paragraph": "§ 25b"}]
    werte = _werte(tag, aufenthalt)
    assert werte[NAME] == werte["rechtmaessiger_aufenthalt_monate_grosszuegig"]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(frueher=st.integers(1, 150), seit=st.integers(0, 100), mehr=st.integers(1, 40),
       tag=st.dates(min_value=WERTE[0].gueltig_ab, max_value=date(2030, 12, 31)))
def test_more_earlier_lawful_time_never_lowers_the_count_and_never_beyond_the_ceiling(frueher, seit, mehr, tag):
    hoechstens = int(max((w for w in WERTE if w.gueltig_ab <= tag), key=lambda w: w.gueltig_ab).wert)
    a = _werte(tag, _fall(tag, frueher, seit))
    b = _werte(tag, _fall(tag, frueher + mehr, seit))
    assert b[NAME] >= a[NAME]
    for w in (a, b):
        assert w["rechtmaessiger_aufenthalt_monate_grosszuegig"] <= w[NAME]
        # at most the ceiling more (one month more where the leftover days of the pieces add up, § 191 BGB)
        assert w[NAME] <= w["rechtmaessiger_aufenthalt_monate_grosszuegig"] + hoechstens + 1
