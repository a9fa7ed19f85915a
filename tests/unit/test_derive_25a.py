"""Facts for § 25a AufenthG (kimrules/derive_25a.py): reference dates, counts and Herleitungen.

Expected values are worked out by hand from § 25a AufenthG, §§ 187, 188 BGB and § 60b Abs. 5 AufenthG.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kimrules import Screener, Status, load_rules

from kimrules.fakten import catalog

from kimrules.fakten import derive_25a
from kimrules import load_client
from kimrules.fakten.derive import derive
from kimrules.akte.facts import Sachverhalt

ROOT = Path(__file__).resolve().parents[2]


def akte(**teile: Any) -> Sachverhalt:
    daten: dict[str, Any] = {"aktenzeichen": "T-25a", "person": {"geburtsdatum": "10.05.2000"}}
    daten.update(teile)
    return Sachverhalt.model_validate(daten)


def fakt(s: Sachverhalt, stichtag: date, name: str) -> tuple[Any, str]:
    f = derive(s, stichtag)
    return f.werte.get(name), f.herleitung[name]


# --- catalogue -----------------------------------------------------------------------------------
def test_every_fact_is_in_the_catalogue_and_always_explained():
    assert set(derive_25a.FAKTEN) <= set(catalog.FAKTEN)
    f = derive(Sachverhalt.model_validate({"aktenzeichen": "leer"}), date(2025, 3, 15))
    for name in derive_25a.FAKTEN:
        assert f.herleitung[name], name  # unknown facts are absent but still say why


# --- Nr. 3: age on the application date ----------------------------------------
@pytest.mark.parametrize(
    "antrag, alter",
    [("09.05.2027", 26), ("10.05.2027", 27)],  # day before the 27th birthday / the birthday itself
)
def test_age_is_taken_on_the_application_date(antrag, alter):
    s = akte(antraege=[{"norm": "aufenthg_25a", "gestellt_am": antrag}])
    wert, wie = fakt(s, date(2028, 3, 15), "alter_bei_antrag_25a_jahre")
    assert wert == alter
    assert f"Tag des Antrags auf § 25a ({antrag})" in wie
    assert "bis 09.05.2027" in wie  # last day for the application, § 188 Abs. 2 BGB


def test_latest_25a_application_counts_other_norms_do_not():
    s = akte(antraege=[{"norm": "aufenthg_25a", "gestellt_am": "01.01.2020"}, {"norm": "aufenthg_25a", "gestellt_am": "01.06.2021"},
                       {"norm": "aufenthg_25b", "gestellt_am": "01.01.2028"}])
    wert, wie = fakt(s, date(2028, 3, 15), "alter_bei_antrag_25a_jahre")
    assert wert == 21 and "01.06.2021" in wie


def test_without_application_the_stichtag_counts_and_the_herleitung_says_so():
    wert, wie = fakt(akte(antraege=[]), date(2027, 5, 9), "alter_bei_antrag_25a_jahre")
    assert wert == 26 and "Stichtag 09.05.2027 (noch kein Antrag auf § 25a gestellt)" in wie
    wert, wie = fakt(akte(), date(2027, 5, 10), "alter_bei_antrag_25a_jahre")
    assert wert == 27 and "ob schon ein Antrag gestellt wurde, ist nicht erfasst" in wie


def test_unknown_birth_date_leaves_the_age_unknown():
    s = Sachverhalt.model_validate({"aktenzeichen": "x"})
    assert fakt(s, date(2025, 3, 15), "alter_bei_antrag_25a_jahre") == (None, "Geburtsdatum nicht erfasst")


# --- twelve months of Duldung (Abs. 1 Satz 1; § 60b Abs. 5 Satz 1) -----------------------------
def _status(*perioden: tuple[str, str, str | None]) -> list[dict[str, Any]]:
    return [{"status": st, "von": von, "bis": bis} for st, von, bis in perioden]


def test_duldung_months_exactly_twelve_and_gestattung_does_not_count():
    s = akte(aufenthalt=_status(("aufenthaltsgestattung", "01.01.2020", "14.03.2024"), ("duldung", "15.03.2024", None)))
    assert fakt(s, date(2025, 3, 15), "duldung_monate")[0] == 12
    assert fakt(s, date(2025, 3, 14), "duldung_monate")[0] == 11
    assert fakt(s, date(2025, 3, 15), "aufenthaltsgestattung_aktuell")[0] is False
    assert fakt(s, date(2024, 3, 1), "aufenthaltsgestattung_aktuell")[0] is True


def test_a_past_60b_period_breaks_the_strict_count_and_pauses_the_generous_one():
    s = akte(aufenthalt=_status(("duldung", "01.01.2020", "31.08.2024"), ("duldung_60b", "01.09.2024", "31.12.2024"),
                                ("duldung", "01.01.2025", None)))
    assert fakt(s, date(2025, 3, 15), "duldung_monate")[0] == 2
    assert fakt(s, date(2025, 3, 15), "duldung_monate_grosszuegig")[0] >= 55


def test_a_current_60b_duldung_counts_nothing_even_generously():
    s = akte(aufenthalt=_status(("duldung", "01.01.2020", "31.12.2024"), ("duldung_60b", "01.01.2025", None)))
    wert, wie = fakt(s, date(2025, 3, 15), "duldung_monate_grosszuegig")
    assert wert == 0 and "§ 60b Abs. 5 Satz 1" in wie
    assert fakt(s, date(2025, 3, 15), "duldung_monate")[0] == 0


def test_short_gap_is_bridged_only_generously():
    s = akte(aufenthalt=_status(("duldung", "01.01.2024", "31.05.2024"), ("duldung", "15.06.2024", None)))
    assert fakt(s, date(2025, 3, 15), "duldung_monate")[0] == 9
    assert fakt(s, date(2025, 3, 15), "duldung_monate_grosszuegig")[0] == 14  # 5 + 9 months, the 14 days of the gap not counted


def test_duldung_and_residence_on_the_application_date():
    s = akte(aufenthalt=_status(("duldung", "15.03.2022", None)), antraege=[{"norm": "aufenthg_25a", "gestellt_am": "01.03.2025"}])
    assert fakt(s, date(2025, 3, 15), "duldung_monate_bei_antrag_25a")[0] == 35
    wert, wie = fakt(s, date(2025, 3, 15), "voraufenthalt_monate_bei_antrag_25a")
    assert wert == 35 and wie.startswith("maßgeblich: Tag des Antrags auf § 25a (01.03.2025)")
    assert fakt(s, date(2025, 3, 15), "voraufenthalt_monate")[0] == 36


def test_no_status_on_the_date_is_unknown_not_zero():
    s = akte(aufenthalt=_status(("duldung", "01.01.2020", "30.09.2021"), ("kein_status", "01.10.2021", None)),
             antraege=[{"norm": "aufenthg_25a", "gestellt_am": "15.03.2021"}])
    assert fakt(s, date(2021, 12, 22), "duldung_monate")[0] is None
    assert fakt(s, date(2021, 12, 22), "geduldet_bei_antrag_25a")[0] is True  # OVG Sachsen-Anhalt 22.12.2021 – 2 M 113/21
    assert fakt(akte(), date(2021, 12, 22), "duldung_monate") == (None, "keine Statushistorie erfasst")


# --- Nr. 2: school ----------------------------------------------------------------------------------
def test_school_months_up_to_the_stichtag_or_including_the_last_school_day():
    laufend = akte(bildung={"schulbesuch_seit": "15.03.2022"})
    assert fakt(laufend, date(2025, 3, 15), "schulbesuch_monate")[0] == 36
    assert fakt(laufend, date(2025, 3, 14), "schulbesuch_monate")[0] == 35
    assert fakt(laufend, date(2025, 3, 15), "in_schule_ausbildung_oder_studium")[0] is True
    beendet = akte(bildung={"schulbesuch_seit": "01.08.2019", "schulbesuch_bis": "31.07.2022", "in_ausbildung_oder_studium": False})
    wert, wie = fakt(beendet, date(2025, 3, 15), "schulbesuch_monate")
    assert wert == 36 and "beendet am 31.07.2022" in wie
    assert fakt(beendet, date(2025, 3, 15), "in_schule_ausbildung_oder_studium")[0] is False


def test_contradictory_school_dates_are_unknown():
    s = akte(bildung={"schulbesuch_seit": "01.08.2022", "schulbesuch_bis": "31.07.2020"})
    wert, wie = fakt(s, date(2025, 3, 15), "schulbesuch_monate")
    assert wert is None and "Angaben prüfen" in wie


@pytest.mark.parametrize("schule, beruf, erwartet", [(True, None, True), (None, True, True), (False, False, False), (False, None, None)])
def test_recognised_qualification_is_school_or_vocational(schule, beruf, erwartet):
    s = akte(bildung={"deutscher_schulabschluss": schule, "berufsabschluss_deutschland": beruf})
    assert fakt(s, date(2025, 3, 15), "anerkannter_schul_oder_berufsabschluss")[0] is erwartet


# --- livelihood (§ 5 Abs. 1 Nr. 1; § 25a Abs. 1 Satz 2) ----------------------------------------------
@pytest.mark.parametrize(
    "lu, erwartet",
    [
        ({"bedarf_eur_monat": 900, "einkommen": [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 700},
                                                 {"quelle": "kindergeld", "betrag_eur_monat": 250}], "leistungen": []}, True),
        ({"bedarf_eur_monat": 900, "einkommen": [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 899.99}]}, False),
        ({"bedarf_eur_monat": 900, "einkommen": [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 2000}],
          "leistungen": [{"art": "sgb2"}]}, False),
        ({"einkommen": [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 2000}]}, None),
    ],
)
def test_livelihood_secured(lu, erwartet):
    assert fakt(akte(lebensunterhalt=lu), date(2025, 3, 15), "lebensunterhalt_gesichert")[0] is erwartet


# --- Abs. 1 Satz 3: own deception only ----------------------------------------------------------------
@pytest.mark.parametrize(
    "eigen, eltern, erwartet, text",
    [
        (True, None, True, "eigene aktuelle Täuschung"),
        (None, True, False, "nicht zugerechnet"),
        (False, None, False, "eigene aktuelle Täuschung"),
        (True, True, None, "widersprüchlich"),
        (None, None, None, "nicht erfasst"),
    ],
)
def test_parents_deception_is_not_attributed(eigen, eltern, erwartet, text):
    s = akte(identitaet={"taeuschung_aktuell": eigen}, gut_integrierte_jugendliche={"taeuschung_nur_durch_eltern": eltern})
    wert, wie = fakt(s, date(2025, 3, 15), "eigene_taeuschung_aktuell")
    assert wert is erwartet and text in wie


def test_current_60b_duldung_with_unknown_deception_says_why():
    s = akte(aufenthalt=_status(("duldung_60b", "01.01.2024", None)))
    wert, wie = fakt(s, date(2025, 3, 15), "eigene_taeuschung_aktuell")
    assert wert is None and "§ 60b Abs. 1" in wie


# --- end to end with the example client ----------------------------------------------------------------
@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(load_rules())


def test_example_client_is_eligible_on_the_stichtag_of_the_file(screener):
    s = load_client(ROOT / "examples" / "kim-2025-0007-schuelerin-25a.yaml")
    (e,) = screener.screen(s, date(2025, 6, 2), norms=["aufenthg_25a"])
    assert e.gueltig_ab == "2022-12-31"
    assert {b.id: b.status for b in e.voraussetzungen}["antrag_vor_27"] == Status.erfuellt
    assert e.status == Status.ungeklaert  # the passport is still missing: an exception is up to the authority
    assert [b.id for b in e.voraussetzungen if b.status != Status.erfuellt] == ["pass"]

