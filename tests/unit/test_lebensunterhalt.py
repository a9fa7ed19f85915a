"""The household's monthly need (kimrules.fakten.lebensunterhalt) and the livelihood share built on it.

Every expected figure is worked out by hand from the Anlage zu § 28 SGB XII and § 21 SGB II: Regelbedarfsstufen valid
since 01.01.2024 (RBS 1 563 €, RBS 2 506 €, RBS 3 451 €, RBS 4 471 €, RBS 5 390 €, RBS 6 357 €;
2025 unchanged, 2026 unverified) and the Mehrbedarfe of § 21 SGB II (single parents 36 % with a
child under 7 or two or three children under 16, otherwise 12 % per child, at most 60 %;
pregnancy 17 %).
"""

from __future__ import annotations

from datetime import date, timedelta

from kimrules.basis.dates import format_datum

import pytest
from pydantic import ValidationError

from kimrules.fakten import lebensunterhalt as lu_mod
from kimrules.fakten.derive import derive
from kimrules.akte.facts import Sachverhalt
from kimrules.regelwerk.rules import Parameterwert, load, load_parameter
from kimrules.fakten.lebensunterhalt import AKTE, BERECHNET, NICHT_ERFASST, UNBELEGT, UNVOLLSTAENDIG, bedarf

PARAMETER = load_parameter()
ST = date(2025, 3, 15)
ANTEIL = "lebensunterhalt_anteil_erwerb_prozent"
BEDARF = "lebensunterhalt_bedarf_eur_monat"


def kind(geb: str, im_haushalt: object = True) -> dict:
    return {"geburtsdatum": geb, "ledig": True, "im_haushalt": im_haushalt}


def akte(kinder=(), partner: object = False, miete: object = 700, schwanger: object = False, bedarf_akte=None,
         geburtsdatum: object = "01.01.1990", erwerb=None) -> Sachverhalt:
    haushalt: dict = {"kinder": None if kinder is None else list(kinder)}
    if partner is True:
        haushalt.update(familienstand="verheiratet", partner={"art": "ehegatte", "im_haushalt": True})
    elif partner is False:
        haushalt.update(familienstand="ledig")
    elif partner == "verheiratet_ohne_angaben":
        haushalt.update(familienstand="verheiratet")
    lu: dict = {"miete_warm_eur_monat": miete, "schwanger_nach_12_ssw": schwanger, "bedarf_eur_monat": bedarf_akte}
    if erwerb is not None:
        lu["einkommen"] = [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": erwerb}, {"quelle": "kindergeld", "betrag_eur_monat": 255}]
    return Sachverhalt.model_validate({"aktenzeichen": "LU-1", "person": {"geburtsdatum": geburtsdatum}, "haushalt": haushalt, "lebensunterhalt": lu})


def betrag(s: Sachverhalt, stichtag: date = ST) -> float | None:
    return bedarf(s, stichtag, PARAMETER).betrag


# --- households on 15.03.2025 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "beschreibung, s, erwartet",
    [
        # 563 + 450
        ("alleinstehend, Warmmiete 450 €", akte(miete=450), 1013.00),
        # 2 × 506 + 390 (8 J.) + 471 (16 J.) + 900; with a partner there is no single-parent Mehrbedarf
        ("Ehepaar, Kinder 8 und 16 Jahre", akte([kind("01.01.2017"), kind("01.01.2009")], partner=True, miete=900), 2773.00),
        # 563 + 357 (3 J.) + 471 (15 J.) + 36 % of 563 = 202,68 + 700
        ("alleinerziehend, Kinder 3 und 15 Jahre", akte([kind("10.05.2021"), kind("01.02.2010")]), 2293.68),
        # 563 + 390 (10 J.) + 12 % of 563 = 67,56 + 500
        ("alleinerziehend, ein Kind mit 10 Jahren", akte([kind("01.01.2015")], miete=500), 1520.56),
        # two children under 16, none under 7: 36 % (2 × 12 % = 24 % is less): 563 + 390 + 390 + 202,68 + 600
        ("alleinerziehend, Kinder 8 und 12 Jahre", akte([kind("01.01.2017"), kind("01.01.2013")], miete=600), 2145.68),
        # one child under 16 and one of 16: neither Nr. 1 case, 2 × 12 % = 24 % = 135,12: 563 + 390 + 471 + 135,12 + 600
        ("alleinerziehend, Kinder 10 und 16 Jahre", akte([kind("01.01.2015"), kind("01.01.2009")], miete=600), 2159.12),
        # four children 10, 12, 14, 16: 4 × 12 % = 48 % = 270,24: 563 + 390 + 390 + 471 + 471 + 270,24 + 1000
        ("alleinerziehend, vier Kinder", akte([kind("01.01.2015"), kind("01.01.2013"), kind("01.01.2011"), kind("01.01.2009")], miete=1000), 3555.24),
        # six children under 6: 6 × 12 % = 72 % capped at 60 % = 337,80: 563 + 6 × 357 + 337,80 + 1200
        ("alleinerziehend, sechs kleine Kinder",
         akte([kind(f"01.0{m}.202{j}") for m, j in ((1, 0), (2, 1), (3, 2), (4, 3), (5, 4), (6, 4))], miete=1200), 4242.80),
        # an adult child in the household counts with RBS 3, a child elsewhere not at all: 563 + 451 + 600
        ("alleinstehend, volljähriges Kind im Haushalt", akte([kind("01.01.2005"), kind("01.01.2015", False)], miete=600), 1614.00),
        # pregnancy: 17 % of 563 = 95,71: 563 + 95,71 + 500
        ("alleinstehend, schwanger", akte(miete=500, schwanger=True), 1158.71),
        # pregnancy with partner: 17 % of 506 = 86,02: 2 × 506 + 86,02 + 800
        ("Ehepaar, Partnerin schwanger", akte(partner=True, miete=800, schwanger=True), 1898.02),
    ],
)
def test_need_of_households(beschreibung, s, erwartet):
    b = bedarf(s, ST, PARAMETER)
    assert b.herkunft == BERECHNET, b.text()
    assert b.betrag == pytest.approx(erwartet, abs=0.005), (beschreibung, b.text())


def test_herleitung_lists_every_item():
    text = bedarf(akte([kind("10.05.2021"), kind("01.02.2010")]), ST, PARAMETER).text()
    assert text == (
        "berechnet: Regelbedarfsstufe 1 (alleinerziehend): 563,00 €; Regelbedarfsstufe 6 (Kind, 3 Jahre): 357,00 €; "
        "Regelbedarfsstufe 4 (Kind, 15 Jahre): 471,00 €; "
        "Mehrbedarf für Alleinerziehende (§ 21 Abs. 3 SGB II, 36 % von 563,00 €): 202,68 €; "
        "Kosten der Unterkunft und Heizung (Warmmiete laut Akte): 700,00 € = 2.293,68 € "
        "(Beträge ab 01.01.2025, Anlage zu § 28 SGB XII, § 20 Abs. 1a SGB II; ohne Erwerbstätigenfreibetrag und Krankenversicherungsbeiträge)"
    )


# --- birthdays: the Stufe and the single-parent Mehrbedarf change on the birthday ---------------------------------


def test_child_changes_stufe_on_its_sixth_birthday():
    s = akte([kind("15.03.2019")], partner=True, miete=0)
    assert betrag(s, date(2025, 3, 14)) == 2 * 506 + 357  # 5 years old: RBS 6
    assert betrag(s, date(2025, 3, 15)) == 2 * 506 + 390  # 6 years old: RBS 5


def test_child_changes_stufe_on_its_14th_and_18th_birthday():
    s = akte([kind("15.03.2011")], partner=True, miete=0)
    assert betrag(s, date(2025, 3, 14)) == 2 * 506 + 390
    assert betrag(s, date(2025, 3, 15)) == 2 * 506 + 471
    s = akte([kind("15.03.2007")], partner=True, miete=0)
    assert betrag(s, date(2025, 3, 14)) == 2 * 506 + 471
    assert betrag(s, date(2025, 3, 15)) == 2 * 506 + 451  # adult: RBS 3


def test_single_parent_mehrbedarf_drops_when_the_only_child_turns_seven():
    s = akte([kind("15.03.2018")], miete=0)
    assert betrag(s, date(2025, 3, 14)) == pytest.approx(563 + 390 + 202.68)  # 6 years: 36 %
    assert betrag(s, date(2025, 3, 15)) == pytest.approx(563 + 390 + 67.56)  # 7 years: 12 %


def test_single_parent_of_an_adult_child_gets_no_mehrbedarf():
    b = bedarf(akte([kind("01.01.2000")], miete=0), ST, PARAMETER)
    assert b.betrag == 563 + 451
    assert "alleinstehend" in b.text() and "Mehrbedarf" not in b.text()


# --- the date the rates take effect, and the end of what is documented ------------------------------------------------


def test_no_rates_before_the_first_documented_year():
    s = akte(miete=450)
    erster = min(w.gueltig_ab for w in PARAMETER["regelbedarf_stufe_1"].werte)
    b = bedarf(s, erster - timedelta(days=1), PARAMETER)
    assert b.betrag is None and b.herkunft == UNBELEGT
    assert "keine Regelbedarfe hinterlegt" in b.text() and "bedarf_eur_monat" in b.text()
    assert betrag(s, erster) == PARAMETER["regelbedarf_stufe_1"].werte[0].wert + 450


def test_rates_after_the_last_documented_day_are_not_verified():
    s = akte([kind("10.05.2021"), kind("01.02.2010")])
    letzter = max(w.belegt_bis for w in PARAMETER["regelbedarf_stufe_1"].werte)
    assert betrag(s, letzter) == pytest.approx(2293.68)
    b = bedarf(s, letzter + timedelta(days=1), PARAMETER)
    assert b.betrag is None and b.herkunft == UNBELEGT
    assert b.summe == pytest.approx(2293.68)  # what the last documented rates would give, named in the Herleitung
    text = b.text()
    assert "nicht belegt" in text and f"belegt bis {format_datum(letzter)}" in text and "2.293,68 €" in text and "bedarf_eur_monat" in text


def test_without_any_rates_nothing_is_computed():
    b = bedarf(akte(miete=450), ST, {})
    assert b.betrag is None and b.herkunft == UNBELEGT


# --- the authority's own figure wins; missing data -----------------------------------------------------------------


def test_stated_need_wins():
    b = bedarf(akte([kind("10.05.2021")], bedarf_akte=1500), ST, PARAMETER)
    assert (b.betrag, b.herkunft) == (1500, AKTE)
    assert "Bedarf laut Akte" in b.text() and "1.500,00 €" in b.text()
    # even on a date without documented rates
    assert bedarf(akte(bedarf_akte=1500), date(2026, 6, 1), PARAMETER).betrag == 1500


def test_nothing_to_compute_with_without_rent():
    assert bedarf(akte(miete=None), ST, PARAMETER).herkunft == NICHT_ERFASST


@pytest.mark.parametrize(
    "s, frage",
    [
        (akte(None), "Kinder im Haushalt"),
        (akte(partner="verheiratet_ohne_angaben"), "im Haushalt lebt"),
        (akte(partner=None), "im Haushalt lebt"),
        (akte([kind("01.01.2015", None)]), "ob Kind 1 im Haushalt lebt"),
        (akte([{"im_haushalt": True}]), "Geburtsdatum von Kind 1"),
        (akte(schwanger=None), "Schwangerschaftswoche"),
        (akte(geburtsdatum=None), "Geburtsdatum der Person"),
        (akte(geburtsdatum="01.01.2010"), "minderjährig"),
    ],
)
def test_missing_household_data_leave_the_need_unknown(s, frage):
    b = bedarf(s, ST, PARAMETER)
    assert b.betrag is None and b.herkunft == UNVOLLSTAENDIG
    assert frage in b.text()


def test_partner_outside_the_household_is_not_counted():
    s = Sachverhalt.model_validate({
        "aktenzeichen": "LU-2", "person": {"geburtsdatum": "01.01.1990"},
        "haushalt": {"familienstand": "verheiratet", "partner": {"im_haushalt": False}, "kinder": [kind("01.01.2022")]},
        "lebensunterhalt": {"miete_warm_eur_monat": 500, "schwanger_nach_12_ssw": False},
    })
    # alleinerziehend: 563 + 357 + 202,68 + 500
    assert betrag(s) == pytest.approx(1622.68)


# --- the livelihood facts (§ 25b Abs. 1 Satz 2 Nr. 3) use the computed need ----------------------------------------


def test_share_uses_the_computed_need():
    f = derive(akte([kind("10.05.2021"), kind("01.02.2010")], erwerb=1200), ST, PARAMETER)
    assert f.werte[BEDARF] == pytest.approx(2293.68)
    assert f.werte[ANTEIL] == pytest.approx(100 * 1200 / 2293.68)  # 52,3 %; Kindergeld is not earned income
    assert "52,3 %" in f.herleitung[ANTEIL] and "Regelbedarfsstufe 6 (Kind, 3 Jahre): 357,00 €" in f.herleitung[ANTEIL]


def test_share_uses_the_stated_need_with_the_old_explanation():
    f = derive(akte(bedarf_akte=2000, erwerb=1100), ST, PARAMETER)
    assert f.werte[ANTEIL] == pytest.approx(55.0)
    assert f.herleitung[ANTEIL] == "Erwerbseinkommen 1.100,00 € von 2.000,00 € Bedarf = 55,0 %"
    assert f.herleitung[BEDARF].startswith("Bedarf laut Akte")


def test_share_unknown_when_rates_are_not_verified_but_the_figure_is_named():
    letzter = max(w.belegt_bis for w in PARAMETER["regelbedarf_stufe_1"].werte)
    f = derive(akte([kind("10.05.2021"), kind("01.02.2010")], erwerb=1200), letzter + timedelta(days=1), PARAMETER)
    assert ANTEIL not in f.werte and BEDARF not in f.werte
    assert "nicht belegt" in f.herleitung[ANTEIL] and "Anteil des Erwerbseinkommens damit 52,3 % – Bedarf der Bedarfsgemeinschaft laut Behörde" in f.herleitung[ANTEIL]


def test_derive_without_parameters_computes_no_need():
    s = akte([kind("10.05.2021")], erwerb=900)
    assert "lebensunterhalt_bedarf_eur_monat" not in derive(s, ST).werte  # no parameters, no computed need
    assert derive(s, ST, load().parameter).werte == derive(s, ST, PARAMETER).werte


# --- the parameter file ----------------------------------------------------------------------------------------------


def test_every_rate_cites_its_primary_source_and_says_how_long_it_is_documented():
    for stufe in range(1, 7):
        werte = PARAMETER[f"regelbedarf_stufe_{stufe}"].werte
        for w in werte:
            # each year's amount is documented for that calendar year by the Anlage zu § 28 SGB XII / the RBSFV
            assert w.belegt_bis == date(w.gueltig_ab.year, 12, 31)
            assert "§ 28 SGB XII" in w.fundstelle or "RBSFV" in w.fundstelle or "Regelbedarfsstufen-Fortschreibungsverordnung" in w.fundstelle
        # no year is missing between the first and the last documented one
        assert [w.gueltig_ab.year for w in werte] == list(range(werte[0].gueltig_ab.year, werte[-1].gueltig_ab.year + 1))
    for name in (lu_mod.MB_AE, lu_mod.MB_AE_JE_KIND, lu_mod.MB_AE_MAX, lu_mod.MB_SCHWANGER):
        assert all("§ 21" in w.fundstelle for w in PARAMETER[name].werte)


def test_belegt_bis_before_gueltig_ab_is_rejected():
    with pytest.raises(ValidationError, match="belegt_bis liegt vor gueltig_ab"):
        Parameterwert.model_validate({"gueltig_ab": "01.01.2024", "belegt_bis": "31.12.2023", "wert": 1, "fundstelle": "x"})
