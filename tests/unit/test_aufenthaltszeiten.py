"""Which periods count for § 104c, § 25a and § 25b (kimrules.fakten.aufenthaltszeiten).

Property: adding a visa period before a chain never lowers the counted residence – in the strict
and the generous count of § 25a/§ 25b and of § 104c (BVerwG, Urteil vom 18.12.2019 – 1 C 34.18,
Leitsatz 4: every period covered by a residence-regulating administrative act counts).
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kimrules.akte.facts import Sachverhalt, Statuszeitraum
from kimrules.fakten.aufenthaltszeiten import NICHT, OFFEN, ZAEHLT, bewertung
from kimrules.fakten.derive import derive
from kimrules.regelwerk.rules import load_parameter as _load_parameter

PARAMETER = _load_parameter()  # the dates and limits the statute names (rules/parameter/)

ZAEHLUNGEN = ("voraufenthalt_monate", "voraufenthalt_monate_mit_60b", "voraufenthalt_monate_grosszuegig",
              "voraufenthalt_104c_monate", "voraufenthalt_104c_monate_grosszuegig")
ARTEN = ("duldung", "duldung_60b", "aufenthaltsgestattung", "aufenthaltserlaubnis", "kein_status", "visum", "fiktionsbescheinigung")


def Z(status: str, von: date, bis: date | None = None, **kw) -> Statuszeitraum:
    return Statuszeitraum(status=status, von=von, bis=bis, **kw)


def test_visa_count_for_25a_and_25b_and_only_the_national_visa_for_104c():
    for art in ("national", "schengen", None):
        assert bewertung(Z("visum", date(2019, 1, 1), visum_art=art), "25b")[0] == ZAEHLT
        assert bewertung(Z("visum", date(2019, 1, 1), visum_art=art), "25a")[0] == ZAEHLT
    assert bewertung(Z("visum", date(2019, 1, 1), visum_art="national"), "104c")[0] == ZAEHLT
    assert bewertung(Z("visum", date(2019, 1, 1), visum_art="schengen"), "104c")[0] == OFFEN


def test_no_status_counts_only_with_entitlement_to_a_duldung():
    for norm in ("104c", "25a", "25b"):
        assert bewertung(Z("kein_status", date(2019, 1, 1), duldungsanspruch=True), norm)[0] == ZAEHLT
        assert bewertung(Z("kein_status", date(2019, 1, 1), duldungsanspruch=None), norm)[0] == OFFEN
        assert bewertung(Z("kein_status", date(2019, 1, 1), duldungsanspruch=False), norm)[0] == NICHT


@st.composite
def ketten(draw):
    """A status history ending open on the Stichtag, with gaps, and a Stichtag."""
    start = date(2012, 1, 1) + timedelta(days=draw(st.integers(0, 2000)))
    perioden = []
    tag = start
    for _ in range(draw(st.integers(1, 5))):
        laenge = draw(st.integers(1, 900))
        art = draw(st.sampled_from(ARTEN))
        extra = {"duldungsanspruch": draw(st.sampled_from([True, False, None]))} if art == "kein_status" else {}
        perioden.append(Z(art, tag, tag + timedelta(days=laenge - 1), **extra))
        tag = tag + timedelta(days=laenge + draw(st.integers(0, 120)))
    perioden.append(Z("duldung", tag))
    stichtag = max(tag, date(2022, 11, 1)) + timedelta(days=draw(st.integers(0, 900)))
    return perioden, stichtag


@settings(max_examples=60, deadline=None)
@given(ketten(), st.integers(1, 800), st.integers(0, 200), st.sampled_from(["national", "schengen", None]))
def test_adding_a_visa_before_the_chain_never_lowers_the_counted_residence(kette, laenge, abstand, art):
    perioden, stichtag = kette
    erster = perioden[0].von
    ende = erster - timedelta(days=1 + abstand)
    visum = Z("visum", ende - timedelta(days=laenge - 1), ende, visum_art=art)
    ohne = derive(Sachverhalt(aktenzeichen="T-1", aufenthalt=perioden, auslandsaufenthalte=[]), stichtag, PARAMETER).werte
    mit = derive(Sachverhalt(aktenzeichen="T-1", aufenthalt=[visum, *perioden], auslandsaufenthalte=[]), stichtag, PARAMETER).werte
    for name in ZAEHLUNGEN:
        if name in ohne:
            assert mit[name] >= ohne[name], (name, ohne[name], mit[name])
