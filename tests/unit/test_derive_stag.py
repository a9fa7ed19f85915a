"""derive_stag: the facts the § 10 StAG rules test.

An unknown fact is absent from ``werte`` (never guessed) and every fact has a German Herleitung.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kimrules.fakten import catalog
from kimrules.fakten.derive import derive
from kimrules.fakten.derive_stag import FAKTEN, titel_zugelassen
from kimrules.akte.facts import Sachverhalt
from kimrules.regelwerk.rules import load_parameter as _load_parameter

PARAMETER = _load_parameter()  # the dates and limits the statute names (rules/parameter/)

D = date
ST = D(2025, 11, 15)


def fakten(stichtag: date = ST, **kw):
    return derive(Sachverhalt(aktenzeichen="T-STAG", **kw), stichtag, PARAMETER)


def werte(stichtag: date = ST, **kw) -> dict:
    return fakten(stichtag, **kw).werte


def status(*perioden) -> list[dict]:
    return [dict(zip(("status", "von", "bis", "paragraph"), p)) for p in perioden]


# --- catalogue ------------------------------------------------------------------------------------


def test_every_fact_is_in_the_catalogue_and_has_a_german_herleitung():
    f = fakten()
    for name, info in FAKTEN.items():
        assert catalog.FAKTEN[name] is info
        assert name in f.herleitung, name
        assert f.herleitung[name], name
        assert info.frage and info.titel
    # an empty file: every § 10 fact that depends on the file is unknown
    bekannt = {n for n in FAKTEN if n in f.werte}
    assert not bekannt, bekannt


# --- lawful residence (§ 10 Abs. 1, § 12b StAG) ------------------------------------------------------------------


def test_residence_counts_titles_and_fiktion_but_a_duldung_breaks_the_chain():
    aufenthalt = status(
        ("aufenthaltserlaubnis", D(2015, 1, 1), D(2019, 12, 31), "§ 25 Abs. 2"),
        ("duldung", D(2020, 1, 1), D(2020, 12, 31), None),
        ("aufenthaltserlaubnis", D(2021, 1, 1), D(2022, 12, 31), "§ 25b"),
        ("fiktionsbescheinigung", D(2023, 1, 1), D(2023, 3, 31), "§ 25b"),
        ("niederlassungserlaubnis", D(2023, 4, 1), None, None),
    )
    w = werte(aufenthalt=aufenthalt, auslandsaufenthalte=[])
    assert w["rechtmaessiger_aufenthalt_monate"] == 58  # 01.01.2021 .. 14.11.2025
    assert w["rechtmaessiger_aufenthalt_monate_grosszuegig"] == 58  # a Duldung breaks in both counts


def test_five_years_exactly_on_the_day():
    aufenthalt = status(("aufenthaltserlaubnis", D(2020, 11, 15), None, "§ 25b"))
    assert werte(aufenthalt=aufenthalt, auslandsaufenthalte=[])["rechtmaessiger_aufenthalt_monate"] == 60
    assert werte(D(2025, 11, 14), aufenthalt=aufenthalt, auslandsaufenthalte=[])["rechtmaessiger_aufenthalt_monate"] == 59


@pytest.mark.parametrize(
    "schutz, strikt, grosszuegig",
    [(True, 82, 82), (False, 58, 58), (None, 58, 82)],
)
def test_gestattung_counts_only_after_recognition(schutz, strikt, grosszuegig):
    aufenthalt = [
        {"status": "aufenthaltsgestattung", "von": D(2019, 1, 1), "bis": D(2020, 12, 31), "schutz_zuerkannt": schutz},
        {"status": "aufenthaltserlaubnis", "von": D(2021, 1, 1), "paragraph": "§ 25 Abs. 2"},
    ]
    f = fakten(aufenthalt=aufenthalt, auslandsaufenthalte=[])
    assert f.werte["rechtmaessiger_aufenthalt_monate"] == strikt
    assert f.werte["rechtmaessiger_aufenthalt_monate_grosszuegig"] == grosszuegig
    if schutz is None:
        assert "zählt nur, wenn später Schutz zuerkannt wurde" in f.herleitung["rechtmaessiger_aufenthalt_monate_grosszuegig"]


def test_104c_time_is_counted_only_generously():
    aufenthalt = status(
        ("aufenthaltserlaubnis", D(2023, 3, 1), D(2024, 8, 31), "§ 104c"),
        ("aufenthaltserlaubnis", D(2024, 9, 1), None, "§ 25b"),
    )
    f = fakten(D(2028, 3, 15), aufenthalt=aufenthalt, auslandsaufenthalte=[])
    assert f.werte["rechtmaessiger_aufenthalt_monate"] == 42
    assert f.werte["rechtmaessiger_aufenthalt_monate_grosszuegig"] == 60
    assert "offene Rechtsfrage stag-104c-zeiten" in f.herleitung["rechtmaessiger_aufenthalt_monate_grosszuegig"]


def test_abroad_up_to_six_months_does_not_interrupt_longer_does():
    aufenthalt = status(("aufenthaltserlaubnis", D(2015, 1, 1), None, "§ 25b"))
    kurz = werte(aufenthalt=aufenthalt, auslandsaufenthalte=[{"von": D(2022, 6, 1), "bis": D(2022, 11, 30)}])
    assert kurz["rechtmaessiger_aufenthalt_monate"] == 130
    lang = fakten(aufenthalt=aufenthalt, auslandsaufenthalte=[{"von": D(2022, 6, 1), "bis": D(2022, 12, 1)}])
    assert lang.werte["rechtmaessiger_aufenthalt_monate"] == 35  # from 02.12.2022
    assert lang.werte["rechtmaessiger_aufenthalt_monate_grosszuegig"] == 124  # paused, not counted
    assert "§ 12b Abs. 1 Satz 2" in lang.herleitung["rechtmaessiger_aufenthalt_monate_grosszuegig"]


def test_abroad_days_in_the_last_five_and_three_years():
    abroad = [{"von": D(2020, 11, 1), "bis": D(2020, 11, 30)}, {"von": D(2024, 1, 1), "bis": D(2024, 1, 30)}]
    w = werte(auslandsaufenthalte=abroad)
    assert w["auslandsaufenthalte_monate_5_jahre"] == pytest.approx(46 / 30)  # 15.11.–30.11.2020 and 30 days
    assert w["auslandsaufenthalte_monate_3_jahre"] == pytest.approx(1.0)


# --- current title (Nr. 2) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph, neu, alt",
    [
        ("§ 25b", True, True), ("§ 25a", True, True), ("§ 25 Abs. 2", True, True), ("§ 104c", False, False),
        ("§ 25 Abs. 5", False, False), ("25 Abs. 4a", False, False), ("§ 24", False, False), ("§ 18d", True, False),
        ("§ 23 Abs. 1", True, False), ("§ 19c", True, True), ("§ 19", False, False), ("§ 25", None, None), (None, None, None),
    ],
)
def test_title_purposes(paragraph, neu, alt):
    assert titel_zugelassen(paragraph, False) is neu
    assert titel_zugelassen(paragraph, True) is alt


@pytest.mark.parametrize(
    "art, wert",
    [("niederlassungserlaubnis", True), ("duldung", False), ("aufenthaltsgestattung", False), ("fiktionsbescheinigung", None)],
)
def test_status_without_paragraph(art, wert):
    f = fakten(aufenthalt=status((art, D(2020, 1, 1), None, None)))
    assert f.werte.get("aufenthaltsrecht_nr2") is wert
    assert f.werte.get("aufenthaltsrecht_nr2_alt") is wert


# --- livelihood (Nr. 3, § 40a StAG) -----------------------------------------------------------------


def test_livelihood_counts_all_income_and_wohngeld_but_not_sgb2():
    lu = {"bedarf_eur_monat": 1500, "einkommen": [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 1100},
                                                   {"quelle": "kindergeld", "betrag_eur_monat": 250}],
          "leistungen": [{"art": "wohngeld", "betrag_eur_monat": 150}]}
    assert werte(lebensunterhalt=lu)["lebensunterhalt_ohne_sgb2_sgb12"] is True
    lu["leistungen"] = [{"art": "wohngeld", "betrag_eur_monat": 149.99}]
    assert werte(lebensunterhalt=lu)["lebensunterhalt_ohne_sgb2_sgb12"] is False
    lu["leistungen"] = [{"art": "sgb2"}]
    lu["einkommen"] = [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 5000}]
    assert werte(lebensunterhalt=lu)["lebensunterhalt_ohne_sgb2_sgb12"] is False
    assert "lebensunterhalt_ohne_sgb2_sgb12" not in werte(lebensunterhalt={"bedarf_eur_monat": 1500, "leistungen": []})


def test_full_time_months_in_the_last_24_months():
    def monate(*zeiten):
        return werte(einbuergerung={"erwerbszeiten": list(zeiten)})

    w = monate({"von": D(2024, 3, 15), "vollzeit": True})
    assert (w["vollzeit_erwerbstaetig"], w["vollzeit_monate_letzte_24"]) == (True, 20)
    assert monate({"von": D(2024, 3, 16), "vollzeit": True})["vollzeit_monate_letzte_24"] == 19
    w = monate({"von": D(2020, 1, 1), "bis": D(2025, 6, 30), "vollzeit": True}, {"von": D(2025, 7, 1), "vollzeit": False})
    assert (w["vollzeit_erwerbstaetig"], w["vollzeit_monate_letzte_24"]) == (False, 19)
    w = monate({"von": D(2020, 1, 1), "vollzeit": None})
    assert "vollzeit_erwerbstaetig" not in w and "vollzeit_monate_letzte_24" not in w
    assert monate()["vollzeit_erwerbstaetig"] is False


def test_application_dates_for_40a_and_35a():
    def antrag(tag):
        return werte(antraege=[{"norm": "stag_10", "gestellt_am": tag}])

    assert antrag(D(2023, 8, 23))["antrag_einbuergerung_bis_23_08_2023"] is True
    assert antrag(D(2023, 8, 24))["antrag_einbuergerung_bis_23_08_2023"] is False
    assert antrag(D(2025, 12, 24))["antrag_einbuergerung_vor_35a"] is True
    assert werte(D(2026, 1, 1), antraege=[{"norm": "stag_10", "gestellt_am": D(2025, 12, 25)}])["antrag_einbuergerung_vor_35a"] is False
    assert werte(antraege=[{"norm": "aufenthg_25b", "gestellt_am": D(2020, 1, 1)}])["antrag_einbuergerung_bis_23_08_2023"] is False


# --- convictions (§ 12a) --------------------------------------------------------------------------


def _v(**kw):
    # judged a year before the Stichtag: not tilgungsreif (§ 46 BZRG: at least five years)
    return {"im_inland": True, "motiv_menschenverachtend": False, "datum": ST - timedelta(days=365), **kw}


@pytest.mark.parametrize(
    "verurteilungen, ausserhalb, summe",
    [
        ([], False, 0),
        ([_v(tagessaetze=60), _v(tagessaetze=31)], False, 91),
        ([_v(freiheitsstrafe_monate=3, bewaehrung=True, strafe_erlassen=True), _v(tagessaetze=1)], False, 91),
        ([_v(freiheitsstrafe_monate=3, bewaehrung=True, strafe_erlassen=False)], True, 0),
        ([_v(freiheitsstrafe_monate=1, bewaehrung=False)], True, 0),
        ([_v(tagessaetze=10, motiv_menschenverachtend=True)], True, 10),
        ([_v(tagessaetze=10, motiv_menschenverachtend=None)], None, 10),
        ([_v(tagessaetze=10, im_inland=False)], None, 10),
        ([_v(jugendstrafrecht=True, jugendstrafe_monate=0)], False, 0),
        ([_v(jugendstrafrecht=True)], None, 0),
        ([_v(tagessaetze=60), _v(jugendstrafe_monate=10, jugendstrafrecht=True, bewaehrung=True, strafe_erlassen=True)], False, 360),
    ],
)
def test_bagatelle_limits_and_sums(verurteilungen, ausserhalb, summe):
    w = werte(verurteilungen=verurteilungen)
    assert w.get("verurteilung_ausserhalb_bagatellgrenze") is ausserhalb
    assert w["strafen_summe_tagessaetze"] == summe


# --- person, identity, language, § 11, § 35a ------------------------------------------------------


@pytest.mark.parametrize(
    "geburt, eingeschraenkt, erwartet",
    [(D(2009, 11, 15), False, True), (D(2009, 11, 16), False, False), (D(1990, 1, 1), True, False), (D(1990, 1, 1), None, None)],
)
def test_handlungsfaehig_from_16(geburt, eingeschraenkt, erwartet):
    w = werte(person={"geburtsdatum": geburt}, einbuergerung={"handlungsfaehigkeit_eingeschraenkt": eingeschraenkt})
    assert w.get("handlungsfaehig") is erwartet


@pytest.mark.parametrize(
    "identitaet, erwartet",
    [
        ({"pass": {"vorhanden": True, "gueltig_bis": D(2019, 1, 1)}}, True),  # an expired passport still identifies
        ({"pass": {"vorhanden": False}}, False),
        ({"geklaert": False, "pass": {"vorhanden": True}}, False),
        ({}, None),
    ],
)
def test_identity_by_passport(identitaet, erwartet):
    assert werte(identitaet=identitaet).get("identitaet_durch_pass_belegt") is erwartet


def test_language_needs_both_oral_and_written():
    w = werte(sprache={"nachweise": [{"niveau": "C1", "muendlich": True, "schriftlich": False},
                                     {"niveau": "A2", "muendlich": False, "schriftlich": True}]})
    assert w["deutsch_stufe_muendlich_und_schriftlich"] == 2
    assert werte(sprache={"nachweise": []})["deutsch_stufe_muendlich_und_schriftlich"] == 0


def test_test_points_take_the_better_of_both_tests():
    w = werte(leben_in_deutschland_test={"punkte": 15}, einbuergerung={"einbuergerungstest_punkte": 17})
    assert w["einbuergerungstest_punkte"] == 17
    assert "einbuergerungstest_punkte" not in werte(leben_in_deutschland_test={"bestanden": True})


def test_section_11_facts_from_general_fields():
    assert werte(sonstiges_ausweisungsinteresse=False)["ausweisungsinteresse_54_1_nr2_oder_4"] is False
    assert "ausweisungsinteresse_54_1_nr2_oder_4" not in werte(sonstiges_ausweisungsinteresse=True)
    assert werte(haushalt={"familienstand": "ledig"})["mehrehe"] is False
    assert "mehrehe" not in werte(haushalt={"familienstand": "verheiratet"})


def test_sperrfrist_months():
    w = werte(D(2036, 1, 15), einbuergerung={"sperrgrund_35a": True, "sperrgrund_35a_am": D(2026, 1, 15)})
    assert (w["sperrgrund_35a"], w["sperrgrund_35a_monate_seit"]) == (True, 120)
    assert werte(D(2036, 1, 14), einbuergerung={"sperrgrund_35a": True, "sperrgrund_35a_am": D(2026, 1, 15)})["sperrgrund_35a_monate_seit"] == 119


def test_spouse_exception_c_needs_spouse_in_household_and_minor_child():
    haushalt = {"familienstand": "verheiratet", "partner": {"art": "ehegatte", "im_haushalt": True},
                "kinder": [{"geburtsdatum": D(2015, 1, 1), "im_haushalt": True}]}
    e = {"partner_vollzeit_20_von_24_monaten": True}
    assert werte(haushalt=haushalt, einbuergerung=e)["partner_vollzeit_mit_minderjaehrigem_kind"] is True
    assert werte(haushalt={**haushalt, "kinder": []}, einbuergerung=e)["partner_vollzeit_mit_minderjaehrigem_kind"] is False
    assert werte(haushalt={"familienstand": "ledig"}, einbuergerung=e)["partner_vollzeit_mit_minderjaehrigem_kind"] is False


def test_erwerbszeit_end_before_start_is_rejected():
    with pytest.raises(ValueError, match="Erwerbszeit endet vor ihrem Beginn"):
        Sachverhalt(aktenzeichen="T", einbuergerung={"erwerbszeiten": [{"von": D(2024, 1, 2), "bis": D(2024, 1, 1)}]})
