"""Dates, periods and age limits the statute names: parameters in ``rules/parameter/`` (date values),
their agreement with the version files, how the facts and the ledger read them, and bad values.

Every expectation is read from the rule files (parameters, versions, norm.yaml), never from a list of
today's dates.
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from kimrules.akte.facts import Sachverhalt
from kimrules.basis.dates import format_datum, last_day_before_age
from kimrules.basis.errors import RuleFileError
from kimrules.fakten import gesetzesdaten
from kimrules.fakten.derive import derive
from kimrules.fristen.ledger import fristen
from kimrules.regelwerk import rules
from kimrules.regelwerk.conditions import Fakt, ParameterRef, walk

EIN_TAG = timedelta(days=1)
RULES = rules.RULES_DIR
DATEI = "parameter/fristen_und_stichtage.yaml"


@pytest.fixture(scope="module")
def regelwerk() -> rules.Regelwerk:
    return rules.load()


def _wert(regelwerk: rules.Regelwerk, name: str):
    """The only value of a parameter that has one (the dates of a single statute)."""
    werte = regelwerk.parameter[name].werte
    assert len(werte) == 1, f"{name}: {werte}"
    return werte[0].wert


def _beginne(regelwerk: rules.Regelwerk, kennung: str) -> set[date]:
    return {f.datei.gueltig_ab for f in regelwerk.versionen[kennung]}


# --- the dates agree with the version boundaries they stand for ---------------------------------


def test_104c_grant_basis_is_the_first_version_and_ends_before_the_transitional_version(regelwerk):
    erster = _wert(regelwerk, "chancen_aufenthaltsrecht_erster_tag")
    letzter = _wert(regelwerk, "chancen_aufenthaltsrecht_letzter_tag")
    fassungen = regelwerk.versionen["aufenthg_104c"]
    assert erster == fassungen[0].datei.gueltig_ab == regelwerk.normen["aufenthg_104c"].in_kraft_seit
    uebergang = [f for f in fassungen if f.datei.keine_neuerteilung is not None]
    assert uebergang and uebergang[0].datei.keine_neuerteilung.ab == letzter + EIN_TAG
    assert [f.gueltig_bis for f in fassungen if f.gueltig_bis == letzter], "no version of § 104c ends on the last day"


def test_104c_privileges_end_the_day_before_the_versions_without_them(regelwerk):
    letzter = _wert(regelwerk, "erleichterungen_104c_letzter_tag")
    for kennung in ("aufenthg_25a", "aufenthg_25b"):
        assert letzter + EIN_TAG in _beginne(regelwerk, kennung), kennung


def test_35a_starts_with_a_version_of_10_stag(regelwerk):
    assert _wert(regelwerk, "inkrafttreten_35a_stag") in _beginne(regelwerk, "stag_10")


def test_age_limit_of_25a_changes_only_with_a_version_and_every_version_reads_it(regelwerk):
    werte = regelwerk.parameter["antrag_25a_altersgrenze_jahre"].werte
    assert {w.gueltig_ab for w in werte[1:]} <= _beginne(regelwerk, "aufenthg_25a")
    for f in regelwerk.versionen["aufenthg_25a"]:
        refs = [n.operand.parameter for v in f.datei.voraussetzungen for _, n in walk(v.bedingung)
                if isinstance(n, Fakt) and n.fakt == "alter_bei_antrag_25a_jahre"]
        assert refs == ["antrag_25a_altersgrenze_jahre"], f.pfad
        wert = max((w for w in werte if w.gueltig_ab <= f.datei.gueltig_ab), key=lambda w: w.gueltig_ab).wert
        assert regelwerk.select("aufenthg_25a", f.datei.gueltig_ab).parameter["antrag_25a_altersgrenze_jahre"] == wert


def test_periods_of_25b_change_only_with_a_version_and_every_version_reads_them(regelwerk):
    """§ 25b Abs. 1 Satz 2 Nr. 1: the period in general and with a minor child; the ledger's "Kind wird
    volljährig" reads the same parameters as the requirement, so the two cannot disagree."""
    namen = {"voraufenthalt_25b_monate", "voraufenthalt_25b_mit_kind_monate"}
    for name in namen:
        assert {w.gueltig_ab for w in regelwerk.parameter[name].werte} <= _beginne(regelwerk, "aufenthg_25b"), name
    for f in regelwerk.versionen["aufenthg_25b"]:
        gelesen = {n.operand.parameter if isinstance(n.operand, ParameterRef) else n.operand
                   for v in f.datei.voraussetzungen for _, n in walk(v.bedingung)
                   if isinstance(n, Fakt) and n.fakt.startswith("voraufenthalt_monate")}
        assert gelesen == namen, f.pfad


@pytest.mark.parametrize("kennung, fakt, name", [
    ("aufenthg_25a", "alter_jahre", "mindestalter_25a_jahre"),
    ("stag_10", "alter_jahre", "sprache_altersgemaess_stag_unter_jahre"),
])
def test_ages_in_the_rule_files_are_the_parameters(regelwerk, kennung, fakt, name):
    """Every version compares the age with the parameter, never with a number of its own."""
    for f in regelwerk.versionen[kennung]:
        gelesen = [n.operand.parameter if isinstance(n.operand, ParameterRef) else n.operand
                   for v in f.datei.voraussetzungen for _, n in walk(v.bedingung) if isinstance(n, Fakt) and n.fakt == fakt]
        assert name in gelesen and all(isinstance(x, str) for x in gelesen), (f.pfad, gelesen)


def test_ledger_and_facts_take_the_ages_from_the_parameters(regelwerk):
    """The birthdays of the ledger and the Handlungsfähigkeit of § 34 Satz 1 StAG follow the parameters."""
    stichtag = date(2025, 1, 1)
    geb = date(2012, 5, 10)
    s = Sachverhalt.model_validate({"aktenzeichen": "T", "person": {"geburtsdatum": geb}})
    eintraege = {f.art: f for f in fristen(s, stichtag, parameter=regelwerk.parameter)}
    for art, name in (("alter_14_25a", "mindestalter_25a_jahre"), ("alter_16_stag", "handlungsfaehig_stag_ab_jahre")):
        alter = gesetzesdaten.zahl(regelwerk.parameter, name, stichtag)
        assert eintraege[art].datum == last_day_before_age(geb, alter) + EIN_TAG
        assert eintraege[art].titel.startswith(f"{alter}. Geburtstag")
    grenze = gesetzesdaten.zahl(regelwerk.parameter, "handlungsfaehig_stag_ab_jahre", stichtag)
    for tag, erwartet in ((last_day_before_age(geb, grenze), False), (last_day_before_age(geb, grenze) + EIN_TAG, None)):
        f = derive(s, tag, regelwerk.parameter)
        assert f.werte.get("handlungsfaehig") is erwartet, tag  # from that day on only the Betreuung is open
        assert str(grenze) in f.herleitung["handlungsfaehig"]


def test_date_parameters_are_dates_and_the_others_numbers(regelwerk):
    for name, p in regelwerk.parameter.items():
        arten = {type(w.wert) for w in p.werte}
        assert arten in ({date}, {float}), name
        assert p.ist_datum == (arten == {date})


# --- facts read the dates ---------------------------------------------------------------------


def test_grant_basis_of_104c_on_both_sides_of_each_parameter_day(regelwerk):
    erster = _wert(regelwerk, "chancen_aufenthaltsrecht_erster_tag")
    letzter = _wert(regelwerk, "chancen_aufenthaltsrecht_letzter_tag")
    s = Sachverhalt(aktenzeichen="T")
    for tag, erwartet in ((erster - EIN_TAG, False), (erster, True), (letzter, True), (letzter + EIN_TAG, False)):
        f = derive(s, tag, regelwerk.parameter)
        assert f.werte["erteilungsgrundlage_104c_besteht"] is erwartet, tag
        assert format_datum(erster) in f.herleitung["erteilungsgrundlage_104c_besteht"]


def test_104c_chain_is_counted_on_the_parameter_day(regelwerk):
    stichtag_104c = _wert(regelwerk, "voraufenthalt_104c_stichtag")
    monate = int(_wert(regelwerk, "voraufenthalt_104c_mindestens_monate"))
    von = stichtag_104c.replace(year=stichtag_104c.year - monate // 12)  # whole years: the same day
    s = Sachverhalt.model_validate({"aktenzeichen": "T", "auslandsaufenthalte": [],
                                    "aufenthalt": [{"status": "duldung", "von": von}]})
    assert derive(s, stichtag_104c + EIN_TAG, regelwerk.parameter).werte["voraufenthalt_104c_monate"] == monate
    vorher = derive(s, stichtag_104c - EIN_TAG, regelwerk.parameter)
    assert "voraufenthalt_104c_monate" not in vorher.werte
    assert format_datum(stichtag_104c) in vorher.herleitung["voraufenthalt_104c_monate"]


def test_without_parameters_the_dated_facts_stay_unknown_and_say_why():
    s = Sachverhalt.model_validate({"aktenzeichen": "T", "antraege": [{"norm": "stag_10", "gestellt_am": date(2023, 1, 2)}],
                                    "aufenthalt": [{"status": "duldung", "von": date(2015, 1, 1)}]})
    f = derive(s, date(2026, 1, 1))
    for name in ("erteilungsgrundlage_104c_besteht", "voraufenthalt_104c_monate", "antrag_104c_bis_30_12_2025",
                 "antrag_einbuergerung_bis_23_08_2023", "antrag_einbuergerung_vor_35a"):
        assert name not in f.werte, name
        assert "rules/parameter/" in f.herleitung[name], name


def test_applications_before_the_stag_dates(regelwerk):
    bis_40a = _wert(regelwerk, "antrag_einbuergerung_40a_bis")
    ab_35a = _wert(regelwerk, "inkrafttreten_35a_stag")
    for gestellt, vor_40a, vor_35a in ((bis_40a, True, True), (bis_40a + EIN_TAG, False, True),
                                       (ab_35a - EIN_TAG, False, True), (ab_35a, False, False)):
        s = Sachverhalt.model_validate({"aktenzeichen": "T", "antraege": [{"norm": "stag_10", "gestellt_am": gestellt}]})
        w = derive(s, ab_35a + timedelta(days=30), regelwerk.parameter).werte
        assert (w["antrag_einbuergerung_bis_23_08_2023"], w["antrag_einbuergerung_vor_35a"]) == (vor_40a, vor_35a), gestellt


# --- the ledger reads them --------------------------------------------------------------------


def _frist(regelwerk, geboren: date, stichtag: date):
    s = Sachverhalt.model_validate({"aktenzeichen": "T", "person": {"geburtsdatum": geboren}})
    return [f for f in fristen(s, stichtag, parameter=regelwerk.parameter) if f.art == "alter_27_25a"]


def test_age_limit_of_the_title_on_both_sides_of_every_change(regelwerk):
    werte = sorted(regelwerk.parameter["antrag_25a_altersgrenze_jahre"].werte, key=lambda w: w.gueltig_ab)
    for alt, neu in zip(werte, werte[1:]):
        grenze_alt, grenze_neu = int(alt.wert), int(neu.wert)
        stichtag = neu.gueltig_ab - timedelta(days=30)
        # the day before the old limit's birthday is the last day of the old version: the old limit counts
        geboren = neu.gueltig_ab.replace(year=neu.gueltig_ab.year - grenze_alt)
        assert last_day_before_age(geboren, grenze_alt) == neu.gueltig_ab - EIN_TAG
        [f] = _frist(regelwerk, geboren, stichtag)
        assert (f.datum, f.altersgrenze) == (neu.gueltig_ab - EIN_TAG, grenze_alt)
        assert f"vor dem {grenze_alt}. Geburtstag" in f.titel
        assert f"Ab {format_datum(neu.gueltig_ab)} gilt die Grenze {grenze_neu}." in f.hinweis
        # one day younger: that day is already in the new version, the new limit counts
        [f] = _frist(regelwerk, geboren + EIN_TAG, stichtag)
        assert (f.datum, f.altersgrenze) == (last_day_before_age(geboren + EIN_TAG, grenze_neu), grenze_neu)
        assert f"vor dem {grenze_neu}. Geburtstag" in f.titel
        # on the day of the change the new limit counts for both
        [f] = _frist(regelwerk, geboren, neu.gueltig_ab)
        assert f.altersgrenze == grenze_neu and f"vor dem {grenze_neu}. Geburtstag" in f.titel


def test_ledger_dates_of_104c_come_from_the_parameters(regelwerk):
    erster = _wert(regelwerk, "chancen_aufenthaltsrecht_erster_tag")
    monate = int(_wert(regelwerk, "geltungsdauer_104c_monate"))
    letzter_erleichterungen = _wert(regelwerk, "erleichterungen_104c_letzter_tag")
    s = Sachverhalt.model_validate({"aktenzeichen": "T", "aufenthalt": [
        {"status": "duldung", "von": date(2015, 1, 1), "bis": erster},
        {"status": "aufenthaltserlaubnis", "paragraph": "§ 104c", "von": erster + EIN_TAG}]})
    eintraege = {f.art: f for f in fristen(s, erster + EIN_TAG, parameter=regelwerk.parameter)}
    from kimrules.basis.dates import period_end

    assert eintraege["ende_104c"].datum == period_end(erster + EIN_TAG, monate)
    assert f"gilt {monate} Monate" in eintraege["ende_104c"].hinweis
    assert eintraege["ende_104c_erleichterungen"].datum == letzter_erleichterungen
    assert format_datum(letzter_erleichterungen + EIN_TAG) in eintraege["ende_104c_erleichterungen"].fundstelle


def test_ledger_refuses_to_run_without_parameters():
    s = Sachverhalt.model_validate({"aktenzeichen": "T", "person": {"geburtsdatum": date(2000, 1, 1)}})
    with pytest.raises(ValueError, match="Parameter"):
        fristen(s, date(2025, 1, 1), parameter={})


# --- bad values: German message with file, field and line ---------------------------------------


def _kopie(tmp_path: Path, alt: str, neu: str) -> Path:
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    pfad = root / DATEI
    text = pfad.read_text(encoding="utf-8")
    assert alt in text, alt
    pfad.write_text(text.replace(alt, neu, 1), encoding="utf-8")
    return root


def _problem(root: Path):
    with pytest.raises(RuleFileError) as info:
        rules.load(root)
    assert len(info.value.problems) == 1, info.value.problems
    return info.value.problems[0]


def test_impossible_date_value_names_file_field_and_line(tmp_path):
    root = _kopie(tmp_path, "wert: 2022-10-31", "wert: 2022-10-32")
    p = _problem(root)
    assert p.file == str(root / DATEI)
    assert p.location == "parameter.voraufenthalt_104c_stichtag.werte.0.wert"
    assert p.line == next(i for i, z in enumerate((root / DATEI).read_text(encoding="utf-8").splitlines(), 1) if "2022-10-32" in z)
    assert "„2022-10-32“ ist weder eine Zahl noch ein gültiges Datum" in p.message


def test_text_value_is_refused(tmp_path):
    p = _problem(_kopie(tmp_path, "wert: 2025-12-30", "wert: Ende Dezember"))
    assert p.location == "parameter.chancen_aufenthaltsrecht_letzter_tag.werte.0.wert"
    assert "erwartet eine Zahl oder ein Datum" in p.message


def test_numbers_and_dates_are_not_mixed(tmp_path):
    p = _problem(_kopie(tmp_path, "wert: 27\n", "wert: 2022-12-31\n"))
    assert p.location == "parameter.antrag_25a_altersgrenze_jahre"
    assert "mischen Zahlen und Daten" in p.message


def test_a_date_parameter_cannot_be_compared_in_a_condition(tmp_path):
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    rel = "aufenthg/25a/2022-12-31.yaml"
    pfad = root / rel
    text = pfad.read_text(encoding="utf-8")
    alt = "{parameter: antrag_25a_altersgrenze_jahre}"
    assert alt in text
    pfad.write_text(text.replace(alt, "{parameter: voraufenthalt_104c_stichtag}", 1), encoding="utf-8")
    p = _problem(root)
    assert p.file == str(pfad)
    assert "ist ein Datum" in p.message and "alter_bei_antrag_25a_jahre" in p.message


def test_wert_am_before_the_first_value_is_the_first_value(regelwerk):
    w = regelwerk.parameter["antrag_25a_altersgrenze_jahre"].werte
    erste = min(w, key=lambda x: x.gueltig_ab)
    assert gesetzesdaten.zahl(regelwerk.parameter, "antrag_25a_altersgrenze_jahre", erste.gueltig_ab - EIN_TAG) == int(erste.wert)
    assert gesetzesdaten.datum({}, "voraufenthalt_104c_stichtag", date(2025, 1, 1)) is None
    assert isinstance(ParameterRef(parameter="x"), ParameterRef)
