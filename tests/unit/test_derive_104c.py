"""The § 104c facts (kimrules.fakten.derive_104c): the chain on 31.10.2022, convictions, deception, age, existing permits.

Each test states the legal source of the behaviour it checks (statute, decision or open question).
An unknown fact is absent from ``werte`` and its Herleitung says why.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import permutations

import pytest

from kimrules import load_rules

from kimrules.fakten import catalog
from kimrules.fakten.derive import derive
from kimrules.fakten import gesetzesdaten
from kimrules.fakten.derive_104c import FAKTEN, GRENZE_ALLGEMEIN, GRENZE_AUSLAENDER
from kimrules.basis.errors import RuleFileError
from kimrules.akte.facts import Sachverhalt
from kimrules.regelwerk.rules import RULES_DIR, KeineNeuerteilung
from kimrules.regelwerk.rules import load_parameter as _load_parameter

PARAMETER = _load_parameter()  # the dates and limits the statute names (rules/parameter/)

D = date
ST = D(2023, 3, 15)  # Fassung 31.12.2022 – 30.12.2025


def fakten(stichtag: date = ST, **kw):
    return derive(Sachverhalt(aktenzeichen="T-104c", **kw), stichtag, PARAMETER)


def werte(stichtag: date = ST, **kw) -> dict:
    return fakten(stichtag, **kw).werte


def geduldet_seit(von: date, **extra) -> list[dict]:
    return [{"status": "duldung", "von": von, **extra}]


def test_facts_are_in_the_catalogue_and_have_a_question():
    for name, fakt in FAKTEN.items():
        assert catalog.FAKTEN[name] is fakt
        assert fakt.titel and fakt.frage


# --- § 104c Abs. 1 Satz 1 und 3: five years on 31.10.2022 ---------------------


@pytest.mark.parametrize("von, monate, ab_01_11", [
    (D(2017, 10, 30), 60, False),
    (D(2017, 10, 31), 60, False),
    (D(2017, 11, 1), 59, True),
    (D(2017, 11, 2), 59, False),
])
def test_chain_on_31_10_2022(von, monate, ab_01_11):
    w = werte(aufenthalt=geduldet_seit(von), auslandsaufenthalte=[])
    assert w["voraufenthalt_104c_monate"] == monate
    assert w["voraufenthalt_104c_ab_01_11_2017"] is ab_01_11


def test_60b_time_counts_and_statuses_mix():
    # § 104c Abs. 1 Satz 3: § 60b periods are credited
    aufenthalt = [
        {"status": "aufenthaltsgestattung", "von": D(2017, 1, 1), "bis": D(2018, 12, 31)},
        {"status": "duldung_60b", "von": D(2019, 1, 1), "bis": D(2020, 12, 31)},
        {"status": "aufenthaltserlaubnis", "paragraph": "§ 25 Abs. 5", "von": D(2021, 1, 1), "bis": D(2021, 6, 30)},
        {"status": "duldung", "von": D(2021, 7, 1)},
    ]
    f = fakten(aufenthalt=aufenthalt, auslandsaufenthalte=[])
    assert f.werte["voraufenthalt_104c_monate"] == 69  # 01.01.2017 to 31.10.2022, the day itself not counted
    assert "seit 01.01.2017" in f.herleitung["voraufenthalt_104c_monate"]


@pytest.mark.parametrize("anspruch, bis, streng, grosszuegig", [
    (False, D(2020, 5, 31), 28, 60),   # three months without status and entitlement: open (offene Rechtsfrage 104c-statusluecke-wenige-tage)
    (False, D(2020, 6, 1), 28, 28),    # one day more: the chain is broken (BayVGH 19 ZB 23.1280)
    (None, D(2021, 6, 1), 16, 60),     # entitlement unknown: open whatever the length
    (True, D(2021, 6, 1), 60, 60),     # a Duldung was owed: counts (BeckRS 2024, 5225)
])
def test_time_without_status_counts_only_with_entitlement_to_a_duldung(anspruch, bis, streng, grosszuegig):
    aufenthalt = [{"status": "duldung", "von": D(2017, 10, 31), "bis": D(2020, 2, 29)},
                  {"status": "kein_status", "von": D(2020, 3, 1), "bis": bis, "duldungsanspruch": anspruch},
                  {"status": "duldung", "von": bis + (D(2020, 1, 2) - D(2020, 1, 1))}]
    w = werte(aufenthalt=aufenthalt, auslandsaufenthalte=[])
    assert (w["voraufenthalt_104c_monate"], w["voraufenthalt_104c_monate_grosszuegig"]) == (streng, grosszuegig)


def test_short_stays_abroad_are_open_for_104c():
    # Gesetzesbegründung and BMI: harmless; BayVGH 19 ZB 23.1280: only loose visits (offene Rechtsfrage 104c-auslandsaufenthalt)
    ausland = [{"von": D(2018, 2, 1), "bis": D(2018, 4, 30)}, {"von": D(2019, 2, 1), "bis": D(2019, 4, 30)},
               {"von": D(2021, 2, 1), "bis": D(2021, 4, 30)}]
    w = werte(aufenthalt=geduldet_seit(D(2017, 10, 31)), auslandsaufenthalte=ausland)
    assert w["voraufenthalt_104c_monate"] < 60 <= w["voraufenthalt_104c_monate_grosszuegig"]


@pytest.mark.parametrize("angaben, streng", [
    ({"status": "visum", "visum_art": "national"}, 60),      # § 6 Abs. 3 Satz 3 AufenthG
    ({"status": "visum", "visum_art": "schengen"}, 55),      # open (offene Rechtsfrage visum-104c)
    ({"status": "fiktionsbescheinigung", "fiktion": "erlaubnis"}, 55),
    ({"status": "niederlassungserlaubnis"}, 55),
])
def test_visa_and_fictions_before_the_duldung(angaben, streng):
    aufenthalt = [{**angaben, "von": D(2017, 10, 31), "bis": D(2018, 2, 28)}, {"status": "duldung", "von": D(2018, 3, 1)}]
    w = werte(aufenthalt=aufenthalt, auslandsaufenthalte=[])
    assert w["voraufenthalt_104c_monate"] == streng
    assert w["voraufenthalt_104c_monate_grosszuegig"] == 60


def test_no_status_on_31_10_2022_is_no_chain():
    aufenthalt = [{"status": "duldung", "von": D(2010, 1, 1), "bis": D(2022, 10, 30)}, {"status": "duldung", "von": D(2022, 11, 1)}]
    w = werte(aufenthalt=aufenthalt, auslandsaufenthalte=[])
    assert w["voraufenthalt_104c_monate"] == 0
    assert w["voraufenthalt_104c_ab_01_11_2017"] is False


def test_unknown_history_and_stichtag_before_31_10_2022():
    f = fakten()
    assert "voraufenthalt_104c_monate" not in f.werte
    assert f.herleitung["voraufenthalt_104c_monate"] == "keine Statushistorie erfasst"
    f = fakten(D(2022, 10, 30), aufenthalt=geduldet_seit(D(2010, 1, 1)))
    assert "voraufenthalt_104c_monate" not in f.werte


@pytest.mark.parametrize("einreise, beginn, wert", [
    (D(2017, 10, 20), D(2017, 11, 15), True),
    (D(2017, 10, 20), D(2018, 1, 19), True),  # 20.10.2017 – 18.01.2018: within three months
    (D(2017, 10, 20), D(2018, 1, 21), False),
    (D(2017, 11, 5), D(2017, 11, 15), False),  # entered after 31.10.2017
    (None, D(2017, 11, 15), None),  # entry date unknown: the question is asked
    (None, D(2019, 1, 1), False),  # far too late whatever the entry date
    (D(2017, 10, 20), D(2017, 10, 25), False),  # chain begins by 31.10.2017: no question
])
def test_entry_before_status_is_the_open_question_of_law_10_4(einreise, beginn, wert):
    w = werte(person={"einreisedatum": einreise}, aufenthalt=geduldet_seit(beginn), auslandsaufenthalte=[])
    assert w.get("einreise_bis_31_10_2017_status_spaeter") is wert


# --- § 104c Abs. 1 Satz 1 Nr. 2: convictions -------------


def _v(**kw) -> dict:
    # judged a year before the Stichtag: not tilgungsreif (§ 46 BZRG: at least five years)
    return {"vorsaetzlich": True, "im_inland": True, "datum": ST - timedelta(days=365), **kw}


def verurteilt(*vs: dict) -> tuple:
    w = werte(verurteilungen=list(vs))
    return w.get("verurteilung_104c_schaedlich"), w.get("verurteilung_104c_mischfall")


# the two limits of § 104c Abs. 1 Satz 1 Nr. 2 a. F., as the rule files state them
G = gesetzesdaten.zahl(PARAMETER, GRENZE_ALLGEMEIN, ST)  # general offences, in total
A = gesetzesdaten.zahl(PARAMETER, GRENZE_AUSLAENDER, ST)  # offences only foreigners can commit
ZWISCHEN = (G + A) // 2  # above the general limit, within the foreigner-specific one


def test_limits_come_from_the_rule_files():
    assert G is not None and A is not None and G < ZWISCHEN <= A


@pytest.mark.parametrize("vs, erwartet", [
    ([], (False, False)),
    ([_v(tagessaetze=G, nur_auslaender_straftat=False)], (False, False)),
    ([_v(tagessaetze=G + 1, nur_auslaender_straftat=False)], (True, False)),
    ([_v(tagessaetze=A, nur_auslaender_straftat=True)], (False, False)),
    ([_v(tagessaetze=A + 1, nur_auslaender_straftat=True)], (True, False)),
    ([_v(tagessaetze=G - 20, nur_auslaender_straftat=False), _v(tagessaetze=21, nur_auslaender_straftat=False)], (True, False)),
    ([_v(tagessaetze=G - 30, nur_auslaender_straftat=False), _v(tagessaetze=30, nur_auslaender_straftat=True)], (False, False)),
    ([_v(tagessaetze=G - 20, nur_auslaender_straftat=False), _v(tagessaetze=ZWISCHEN, nur_auslaender_straftat=True)], (True, True)),
    ([_v(tagessaetze=G + 1, nur_auslaender_straftat=False), _v(tagessaetze=30, nur_auslaender_straftat=True)], (True, False)),
    ([_v(tagessaetze=2 * A, nur_auslaender_straftat=False, vorsaetzlich=False)], (False, False)),
    ([_v(tagessaetze=2 * A, nur_auslaender_straftat=False, im_inland=False)], (False, False)),
    ([_v(jugendstrafrecht=True)], (False, False)),
    ([_v(jugendstrafrecht=True, jugendstrafe_monate=6, bewaehrung=True)], (True, False)),
    ([_v(freiheitsstrafe_monate=3, bewaehrung=True)], (True, False)),
    ([_v(freiheitsstrafe_monate=3, vorsaetzlich=False)], (False, False)),
    # unknown: kind of offence, intent, penalty
    ([_v(tagessaetze=ZWISCHEN)], (None, False)),
    ([_v(tagessaetze=G)], (False, False)),
    ([_v(tagessaetze=A + 1)], (True, False)),
    ([_v(tagessaetze=ZWISCHEN, nur_auslaender_straftat=False, vorsaetzlich=None)], (None, False)),
    ([_v(freiheitsstrafe_monate=3, vorsaetzlich=None)], (None, False)),
    ([_v()], (None, False)),
    ([_v(tagessaetze=G - 20, nur_auslaender_straftat=False), _v(tagessaetze=ZWISCHEN)], (True, None)),  # excluded or the open mixed case
    # a certain exclusion decides whatever else is unknown
    ([_v(freiheitsstrafe_monate=7), _v(tagessaetze=ZWISCHEN)], (True, False)),
])
def test_convictions(vs, erwartet):
    assert verurteilt(*vs) == erwartet


def test_convictions_unknown_and_order_does_not_matter():
    assert "verurteilung_104c_schaedlich" not in werte()
    vs = [_v(tagessaetze=G - 20, nur_auslaender_straftat=False), _v(tagessaetze=ZWISCHEN, nur_auslaender_straftat=True),
          _v(jugendstrafrecht=True)]
    assert {verurteilt(*p) for p in permutations(vs)} == {(True, True)}


def test_without_the_limits_the_convictions_stay_open():
    ohne = {k: v for k, v in PARAMETER.items() if k != GRENZE_AUSLAENDER}
    f = derive(Sachverhalt(aktenzeichen="T-104c", verurteilungen=[_v(tagessaetze=1, nur_auslaender_straftat=False)]), ST, ohne)
    assert "verurteilung_104c_schaedlich" not in f.werte
    assert GRENZE_AUSLAENDER in f.herleitung["verurteilung_104c_schaedlich"]


def test_conviction_herleitung_names_the_sums():
    f = fakten(verurteilungen=[_v(tagessaetze=30, nur_auslaender_straftat=False), _v(tagessaetze=60, nur_auslaender_straftat=True)])
    text = f.herleitung["verurteilung_104c_schaedlich"]
    assert "allgemeine Straftaten 30 Tagessätze" in text and "nur von Ausländern 60 Tagessätze" in text
    assert f"Grenze {G} insgesamt" in text and f"Grenze {A})" in text


# --- § 104c Abs. 1 Satz 2: repeated deception; passive non-cooperation does not count -----------------


@pytest.mark.parametrize("aktuell, wiederholt, mitwirkung, wert", [
    (False, None, True, False),  # VG Schwerin 24.01.2023 – 1 A 1110/21 SN: passive non-cooperation only
    (True, True, False, True),
    (True, False, False, False),
    (True, None, False, None),
    (None, False, False, False),
    (None, None, False, None),
])
def test_repeated_deception(aktuell, wiederholt, mitwirkung, wert):
    w = werte(identitaet={"taeuschung_aktuell": aktuell, "mitwirkung_verweigert_aktuell": mitwirkung},
              chancen_aufenthaltsrecht={"taeuschung_wiederholt": wiederholt})
    assert w.get("taeuschung_wiederholt_verhindert_abschiebung") is wert


# --- atypical case: age at the end of 18 months ---------------------------------


@pytest.mark.parametrize("geburt, alter", [(D(2010, 9, 15), 14), (D(2010, 9, 16), 13)])
def test_age_after_18_months(geburt, alter):
    assert werte(person={"geburtsdatum": geburt})["alter_jahre_nach_18_monaten"] == alter


# --- Fassung ab 31.12.2025: existing permit, timely application ------


@pytest.mark.parametrize("stichtag, wert", [(D(2026, 2, 28), True), (D(2026, 3, 1), None)])
def test_permit_runs_18_months(stichtag, wert):
    f = fakten(stichtag, aufenthalt=[{"status": "aufenthaltserlaubnis", "paragraph": "§ 104c", "von": D(2024, 9, 1)}])
    assert f.werte.get("ae_104c_gilt_fort") is wert
    assert "28.02.2026" in f.herleitung["ae_104c_gilt_fort"]


def test_permit_continued_by_fiktion_and_other_status():
    aufenthalt = [{"status": "aufenthaltserlaubnis", "paragraph": "§ 104c", "von": D(2024, 9, 1), "bis": D(2026, 2, 28)},
                  {"status": "fiktionsbescheinigung", "paragraph": "§ 104c", "von": D(2026, 3, 1)}]
    assert werte(D(2026, 6, 1), aufenthalt=aufenthalt)["ae_104c_gilt_fort"] is True
    assert werte(D(2026, 6, 1), aufenthalt=geduldet_seit(D(2010, 1, 1)))["ae_104c_gilt_fort"] is False
    assert "ae_104c_gilt_fort" not in werte(D(2026, 6, 1))


@pytest.mark.parametrize("antraege, wert", [
    (None, None),
    ([], False),
    ([{"norm": "aufenthg_104c", "gestellt_am": D(2025, 12, 30)}], True),
    ([{"norm": "aufenthg_104c", "gestellt_am": D(2025, 12, 31)}], False),
    ([{"norm": "aufenthg_25b", "gestellt_am": D(2025, 6, 1)}], False),
])
def test_timely_application(antraege, wert):
    assert werte(D(2026, 1, 15), antraege=antraege).get("antrag_104c_bis_30_12_2025") is wert


# --- rule-file schema: keine_neuerteilung ---------------------------------------------------------------


def test_keine_neuerteilung_must_name_its_date():
    KeineNeuerteilung(ab=D(2025, 12, 31), hinweis="Seit dem 31.12.2025 wird nichts mehr neu erteilt.")
    with pytest.raises(ValueError, match="31.12.2025"):
        KeineNeuerteilung(ab=D(2025, 12, 31), hinweis="Es wird nichts mehr neu erteilt.")


def _nur_104c(tmp_path):
    """A rule tree with only the § 104c files (independent of the other norms)."""
    import shutil

    root = tmp_path / "rules"
    shutil.copytree(RULES_DIR / "aufenthg" / "104c", root / "aufenthg" / "104c")
    shutil.copytree(RULES_DIR / "parameter", root / "parameter")  # the Stichtag and periods of § 104c
    return root


def test_both_versions_load_on_their_own(tmp_path):
    regelwerk = load_rules(_nur_104c(tmp_path))
    assert regelwerk.select("aufenthg_104c", D(2025, 12, 30)).datei.keine_neuerteilung is None
    assert regelwerk.select("aufenthg_104c", D(2025, 12, 31)).datei.keine_neuerteilung.ab == D(2025, 12, 31)
    assert regelwerk.select("aufenthg_104c", D(2022, 12, 30)) is None


def test_keine_neuerteilung_outside_the_version_is_refused(tmp_path):
    root = _nur_104c(tmp_path)
    datei = root / "aufenthg" / "104c" / "2025-12-31.yaml"
    text = datei.read_text(encoding="utf-8").replace("  ab: 2025-12-31", "  ab: 2025-12-30").replace("Seit dem 31.12.2025", "Seit dem 30.12.2025")
    datei.write_text(text, encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_rules(root)
    assert [p.message for p in info.value.problems if "Geltungszeitraum der Fassung" in p.message]


# erteilungsgrundlage_104c_besteht on both sides of the first and last day of the grant basis (read from
# rules/parameter/): tests/unit/test_gesetzesdaten.py


# --- screening: the version from 31.12.2025 grants nothing and says so ------------------------------------


@pytest.fixture(scope="module")
def screener():
    from kimrules import Screener

    s = Screener(load_rules())
    yield s
    s.engine.close()


def _screen(screener, stichtag: date, **kw):
    (ergebnis,) = screener.screen(Sachverhalt(aktenzeichen="T-104c", **kw), stichtag, norms=["aufenthg_104c"])
    return ergebnis


@pytest.mark.parametrize("aufenthalt, antraege, status", [
    ([{"status": "aufenthaltserlaubnis", "paragraph": "§ 104c", "von": D(2024, 9, 1)}], None, "nicht_erfuellt"),
    ([{"status": "duldung", "von": D(2010, 1, 1)}], [], "nicht_erfuellt"),
    ([{"status": "duldung", "von": D(2010, 1, 1)}], [{"norm": "aufenthg_104c", "gestellt_am": D(2025, 12, 30)}], "ungeklaert"),
    ([{"status": "duldung", "von": D(2010, 1, 1)}], None, "ungeklaert"),
])
def test_version_2_is_never_erfuellt_and_says_why(screener, aufenthalt, antraege, status):
    e = _screen(screener, D(2026, 1, 15), aufenthalt=aufenthalt, antraege=antraege)
    assert e.gueltig_ab == "2025-12-31" and e.status.value == status
    assert e.keine_neuerteilung_ab == "2025-12-31"
    assert e.hinweis.startswith("Seit dem 31.12.2025 wird kein Chancen-Aufenthaltsrecht")
    assert "18 Monate ab Erteilung" in e.hinweis and "§ 25a oder § 25b" in e.hinweis


def test_version_1_has_no_such_hinweis(screener):
    e = _screen(screener, D(2025, 12, 30), aufenthalt=[{"status": "duldung", "von": D(2010, 1, 1)}])
    assert e.gueltig_ab == "2022-12-31" and e.hinweis is None and e.keine_neuerteilung_ab is None
