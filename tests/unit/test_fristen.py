"""The deadline ledger (kimrules.fristen.ledger): every kind, month ends, 29 February, bad input."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from kimrules.basis.dates import age
from kimrules.akte.facts import Sachverhalt
from kimrules.fristen.ledger import VORLAUF_WOCHEN, Frist, fristen as ledger
from kimrules.regelwerk.rules import load_parameter

PARAMETER = load_parameter()  # the dates and limits the statute names (rules/parameter/)


def fristen(s: Sachverhalt, stichtag: date, *args, **kw) -> list[Frist]:
    return ledger(s, stichtag, *args, parameter=PARAMETER, **kw)


def akte(**felder) -> Sachverhalt:
    return Sachverhalt.model_validate({"aktenzeichen": "KIM-T", **felder})


def chancen(erteilt: date, **felder) -> Sachverhalt:
    return akte(aufenthalt=[
        {"status": "duldung", "von": date(2015, 1, 1), "bis": erteilt - timedelta(days=1)},
        {"status": "aufenthaltserlaubnis", "paragraph": "§ 104c", "von": erteilt},
    ], **felder)


def nach_art(eintraege: list[Frist], art: str) -> list[Frist]:
    return [f for f in eintraege if f.art == art]


def eins(eintraege: list[Frist], art: str) -> Frist:
    treffer = nach_art(eintraege, art)
    assert len(treffer) == 1, f"{art}: {treffer}"
    return treffer[0]


# --- § 104c: 18 months (§ 104c Abs. 3 Satz 3) ------------------------------------
@pytest.mark.parametrize("erteilt, ende", [
    (date(2023, 9, 7), date(2025, 3, 6)),    # BayVGH example
    (date(2023, 8, 31), date(2025, 2, 28)),  # 31.02. does not exist: last day of February (§ 188 Abs. 3 BGB)
    (date(2022, 12, 31), date(2024, 6, 30)),  # 31.06. does not exist
    (date(2023, 3, 1), date(2024, 8, 31)),
    (date(2022, 12, 31), date(2024, 6, 30)),
    (date(2024, 2, 29), date(2025, 8, 28)),
])
def test_ende_104c(erteilt: date, ende: date) -> None:
    f = eins(fristen(chancen(erteilt), erteilt), "ende_104c")
    assert f.datum == ende and "§ 104c Abs. 3 Satz 3" in f.fundstelle and f.wer


def test_ende_104c_schaltjahr() -> None:
    # granted on 31.08.2026 (after the grant basis lapsed, offene Rechtsfrage 104c-entscheidung-nach-ablauf): 18 months end in February 2028,
    # a leap year: 29.02.2028 (§ 188 Abs. 3 BGB); the open legal question is named
    f = eins(fristen(chancen(date(2026, 8, 31)), date(2026, 9, 1)), "ende_104c")
    assert f.datum == date(2028, 2, 29) and "ungeklärt" in f.hinweis


def test_folgeantrag_vorlauf_standard_und_einstellbar() -> None:
    s = chancen(date(2023, 9, 7))
    f = eins(fristen(s, date(2024, 1, 1)), "folgeantrag_empfohlen")
    assert f.datum == date(2025, 3, 6) - timedelta(weeks=VORLAUF_WOCHEN) == date(2025, 1, 23)
    assert "Berlin" in f.fundstelle and "Berlin" in f.hinweis
    assert eins(fristen(s, date(2024, 1, 1), vorlauf_wochen=4), "folgeantrag_empfohlen").datum == date(2025, 2, 6)
    with pytest.raises(ValueError):
        fristen(s, date(2024, 1, 1), vorlauf_wochen=-1)


def test_antrag_gestellt_erledigt_den_folgeantrag() -> None:
    s = chancen(date(2023, 9, 7), antraege=[{"norm": "aufenthg_25b", "gestellt_am": date(2025, 1, 10)}])
    eintraege = fristen(s, date(2025, 2, 1))
    assert not nach_art(eintraege, "folgeantrag_empfohlen") and not nach_art(eintraege, "ende_104c")
    f = eins(eintraege, "ende_104c_erleichterungen")
    assert f.datum == date(2027, 6, 30) and "Entscheidung" in f.hinweis


def test_fiktion_nach_104c() -> None:
    s = akte(aufenthalt=[
        {"status": "aufenthaltserlaubnis", "paragraph": "§ 104c", "von": date(2023, 9, 7), "bis": date(2025, 3, 6)},
        {"status": "fiktionsbescheinigung", "paragraph": "§ 104c", "von": date(2025, 3, 7)},
    ])
    eintraege = fristen(s, date(2025, 6, 1))
    assert [f.art for f in eintraege if f.datum] == ["ende_104c_erleichterungen"]  # application made: no end entry


def test_104c_liegt_hinter_einem_anderen_status() -> None:
    s = akte(aufenthalt=[
        {"status": "aufenthaltserlaubnis", "paragraph": "§ 104c", "von": date(2023, 1, 5), "bis": date(2024, 7, 4)},
        {"status": "aufenthaltserlaubnis", "paragraph": "§ 25b", "von": date(2024, 7, 5)},
    ])
    assert not [f for f in fristen(s, date(2025, 1, 1)) if "104c" in f.art]


def test_akte_nennt_anderes_ende() -> None:
    s = akte(aufenthalt=[{"status": "aufenthaltserlaubnis", "paragraph": "§ 104c", "von": date(2023, 9, 7), "bis": date(2025, 3, 7)}])
    f = eins(fristen(s, date(2024, 1, 1)), "ende_104c")
    assert f.datum == date(2025, 3, 6) and "07.03.2025" in f.hinweis


def test_wochenende() -> None:
    # 08.03.2025 + 18 months - 1 day = 07.09.2026? no: grant 09.03.2023 ends 08.09.2024, a Sunday
    f = eins(fristen(chancen(date(2023, 3, 9)), date(2023, 6, 1)), "ende_104c")
    assert f.datum == date(2024, 9, 8) and "Sonntag" in f.hinweis


# --- bad input: what cannot be computed, and the rest goes on ---------------------------------------
def test_erteilung_nach_dem_stichtag() -> None:
    s = chancen(date(2025, 5, 1), person={"geburtsdatum": date(2000, 5, 10)})
    eintraege = fristen(s, date(2025, 4, 1))
    f = eins(eintraege, "ende_104c")
    assert f.datum is None and "nach dem Stichtag" in f.offen_grund
    assert eins(eintraege, "alter_27_25a").datum == date(2027, 5, 9)  # the rest is still computed
    assert eintraege[-1] is f  # undated entries last


def test_erteilung_vor_inkrafttreten() -> None:
    f = eins(fristen(chancen(date(2022, 6, 1)), date(2023, 1, 1)), "ende_104c")
    assert f.datum is None and "31.12.2022" in f.offen_grund


def test_erteilung_nach_wegfall_der_grundlage_offen_frage() -> None:
    f = eins(fristen(chancen(date(2026, 1, 15)), date(2026, 2, 1)), "ende_104c")
    assert f.datum == date(2027, 7, 14) and "offene Rechtsfrage 104c-entscheidung-nach-ablauf" in f.hinweis


def test_fiktion_ohne_erteilungsdatum() -> None:
    s = akte(aufenthalt=[{"status": "fiktionsbescheinigung", "paragraph": "§ 104c", "von": date(2025, 3, 7)}])
    eintraege = fristen(s, date(2025, 6, 1))
    f = eins(eintraege, "ende_104c")
    assert f.datum is None and "Erteilungsdatum" in f.offen_grund
    assert eins(eintraege, "ende_104c_erleichterungen").datum == date(2027, 6, 30)


def test_geburtsdatum_fehlt() -> None:
    eintraege = fristen(chancen(date(2023, 9, 7)), date(2024, 1, 1))
    f = eins(eintraege, "alter_27_25a")
    assert f.datum is None and "Geburtsdatum" in f.offen_grund
    assert eins(eintraege, "ende_104c").datum == date(2025, 3, 6)


# --- ages (§ 187 Abs. 2 Satz 2 BGB) -------------------------------------------------
def test_tag_vor_dem_27_geburtstag() -> None:
    f = eins(fristen(akte(person={"geburtsdatum": date(2000, 5, 10)}), date(2026, 1, 1)), "alter_27_25a")
    assert f.datum == date(2027, 5, 9) and f.norm == "aufenthg_25a" and "Nr. 3" in f.fundstelle


def test_27_geburtstag_am_29_februar() -> None:
    # born 29.02.2000: 27th birthday in 2027 has no 29.02. -> completed at the end of 28.02.2027 (§ 188 Abs. 3)
    f = eins(fristen(akte(person={"geburtsdatum": date(2000, 2, 29)}), date(2026, 1, 1)), "alter_27_25a")
    assert f.datum == date(2027, 2, 28)


def test_vor_2022_galt_die_grenze_21() -> None:
    f = eins(fristen(akte(person={"geburtsdatum": date(2001, 5, 10)}), date(2021, 1, 1)), "alter_27_25a")
    assert f.datum == date(2022, 5, 9) and "21." in f.hinweis
    # turns 21 only after 31.12.2022: the new limit 27 applies on the day of the application
    f = eins(fristen(akte(person={"geburtsdatum": date(2002, 5, 10)}), date(2021, 1, 1)), "alter_27_25a")
    assert f.datum == date(2029, 5, 9)


def test_schon_27_keine_frist() -> None:
    assert not nach_art(fristen(akte(person={"geburtsdatum": date(1990, 1, 1)}), date(2026, 1, 1)), "alter_27_25a")


def test_14_und_16_geburtstag() -> None:
    eintraege = fristen(akte(person={"geburtsdatum": date(2012, 2, 29)}), date(2025, 1, 1))
    assert eins(eintraege, "alter_14_25a").datum == date(2026, 3, 1)  # 29.02.2012 + 14 years: 01.03.2026
    assert eins(eintraege, "alter_16_stag").datum == date(2028, 2, 29)
    assert eins(eintraege, "alter_16_stag").norm == "stag_10"


def test_kind_wird_18() -> None:
    s = akte(haushalt={"kinder": [
        {"geburtsdatum": date(2009, 3, 31), "ledig": True, "im_haushalt": True},
        {"geburtsdatum": date(2001, 1, 1), "ledig": True, "im_haushalt": True},  # already adult
        {"geburtsdatum": date(2012, 1, 1), "ledig": True, "im_haushalt": False},  # not in the household
        {"ledig": True, "im_haushalt": True},  # birth unknown
    ]})
    eintraege = nach_art(fristen(s, date(2026, 1, 1)), "kind_18_25b")
    assert [(f.datum, f.offen_grund is not None) for f in eintraege] == [(date(2027, 3, 31), False), (None, True)]
    assert "offene Rechtsfrage kind-minderjaehrig-zeitpunkt" in eintraege[0].hinweis


# --- current status, planned facts, sorting, filter ------------------------------------------------
def test_ablauf_der_duldung() -> None:
    s = akte(aufenthalt=[{"status": "duldung", "von": date(2020, 1, 1), "bis": date(2026, 4, 30)}])
    f = eins(fristen(s, date(2026, 1, 1)), "ablauf_status")
    assert f.datum == date(2026, 4, 30) and "Duldung" in f.hinweis
    assert not nach_art(fristen(s, date(2026, 5, 1)), "ablauf_status")  # no status on that day: nothing expires


def test_ablauf_einer_erlaubnis() -> None:
    s = akte(aufenthalt=[{"status": "aufenthaltserlaubnis", "paragraph": "§ 25b", "von": date(2024, 1, 1), "bis": date(2025, 12, 31)}])
    f = eins(fristen(s, date(2025, 6, 1)), "ablauf_status")
    assert "§ 81 Abs. 4" in f.fundstelle and "§ 25b" in f.hinweis


def test_geplante_angaben() -> None:
    s = akte(geplant={
        "sprachnachweise": [{"niveau": "A2", "erwartet_am": date(2026, 5, 15)}],
        "pass": {"beantragt_am": date(2025, 11, 1), "erwartet_am": date(2026, 2, 1)},
        "einkommen": [{"betrag_eur_monat": 1234.5, "ab": date(2026, 3, 1)}],
    })
    eintraege = nach_art(fristen(s, date(2026, 1, 1)), "geplant")
    assert [f.datum for f in eintraege] == [date(2026, 2, 1), date(2026, 3, 1), date(2026, 5, 15)]
    assert "01.11.2025" in eintraege[0].hinweis and "1.234,50 €" in eintraege[1].hinweis
    spaet = nach_art(fristen(s, date(2026, 6, 1)), "geplant")
    assert all("nachhalten" in f.hinweis for f in spaet)


def test_sortiert_und_gefiltert() -> None:
    s = chancen(date(2023, 9, 7), person={"geburtsdatum": date(2000, 5, 10)})
    eintraege = fristen(s, date(2024, 1, 1))
    daten = [f.datum for f in eintraege if f.datum]
    assert daten == sorted(daten)

    class E:
        def __init__(self, kennung):
            self.kennung = kennung

    nur_25b = fristen(s, date(2024, 1, 1), [E("aufenthg_25b")])
    assert not nach_art(nur_25b, "alter_27_25a") and nach_art(nur_25b, "ende_104c")


def test_name_erscheint_nie() -> None:
    s = chancen(date(2023, 9, 7), person={"name": "Maria Musterfrau", "geburtsdatum": date(2000, 5, 10)},
                haushalt={"kinder": [{"geburtsdatum": date(2015, 1, 1), "ledig": True, "im_haushalt": True}]})
    for f in fristen(s, date(2024, 1, 1)):
        assert "Musterfrau" not in f"{f.hinweis}{f.offen_grund}{f.fundstelle}"


# --- properties ------------------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.dates(date(2022, 12, 31), date(2025, 12, 30)))
def test_ende_104c_eigenschaft(erteilt: date) -> None:
    ende = eins(fristen(chancen(erteilt), erteilt), "ende_104c").datum
    folgetag = ende + timedelta(days=1)
    months = (folgetag.year - erteilt.year) * 12 + folgetag.month - erteilt.month
    # the day after the end is the corresponding day 18 months later, or the 1st after a month without it
    assert (months == 18 and folgetag.day == erteilt.day) or (months == 19 and folgetag.day == 1 and erteilt.day > 28)
    assert 545 <= (folgetag - erteilt).days <= 553  # 18 calendar months


@settings(max_examples=300, deadline=None)
@given(st.dates(date(1999, 1, 1), date(2012, 12, 31)))
def test_tag_vor_27_eigenschaft(geburt: date) -> None:
    f = eins(fristen(akte(person={"geburtsdatum": geburt}), date(2023, 1, 1)), "alter_27_25a")
    assert age(geburt, f.datum) == 26 and age(geburt, f.datum + timedelta(days=1)) == 27


# --- output: JSON of `kimrules pruefen` and the text section ----------------------------------------
def test_pruefen_json_und_text_enthalten_fristen(tmp_path) -> None:
    import json

    import jsonschema
    import yaml
    from click.testing import CliRunner

    from kimrules.ausgabe import render
    from kimrules.cli.main import main
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    datei = tmp_path / "akte.yaml"
    datei.write_text(yaml.safe_dump({
        "aktenzeichen": "KIM-2026-0999",
        "person": {"name": "Maria Musterfrau", "geburtsdatum": "2000-05-10"},
        "aufenthalt": [{"status": "duldung", "von": "2021-09-15"}],
        "haushalt": {"kinder": []},
        "sprache": {"nachweise": [{"niveau": "A2", "muendlich": "ja", "schriftlich": "ja"}]},
        "geplant": {"sprachnachweise": [{"niveau": "B1", "erwartet_am": "2027-03-01"}]},
    }, allow_unicode=True), encoding="utf-8")
    r = CliRunner().invoke(main, ["pruefen", str(datei), "--stichtag", "22.11.2026", "--format", "json", "--norm", "aufenthg_25b"])
    assert r.exit_code == 0, r.output
    bericht = json.loads(r.stdout)
    jsonschema.validate(bericht, json.loads((root / "docs" / "ausgabe.schema.json").read_text(encoding="utf-8")))
    arten = {f["art"]: f for f in bericht["fristen"]}
    assert "alter_27_25a" not in arten  # belongs to § 25a, which was not screened
    from kimrules import Screener, load_client, load_rules
    from kimrules.fristen.vorausschau import fruehestens

    erwartet = fruehestens(Screener(load_rules()), load_client(datei, date(2026, 11, 22)), date(2026, 11, 22), "aufenthg_25b").datum
    assert arten["fruehestens_ab"]["datum"] == erwartet.isoformat() and arten["fruehestens_ab"]["norm"] == "aufenthg_25b"
    assert arten["fruehestens_ab"]["titel"] == "§ 25b AufenthG frühestens möglich"
    assert arten["geplant"]["datum"] == "2027-03-01"
    daten = [f["datum"] for f in bericht["fristen"] if f["datum"]]
    assert daten == sorted(daten)
    assert "Musterfrau" not in r.stdout
    text = render.render("_fristen.txt.j2", bericht=bericht)
    assert "01.03.2027" in text and "FRISTEN" in text
    assert all(len(zeile) <= render.BREITE for zeile in text.splitlines())


def test_abgelaufen_ohne_antrag_wird_gemeldet() -> None:
    f = eins(fristen(chancen(date(2023, 9, 7)), date(2025, 6, 1)), "ende_104c")
    assert f.datum == date(2025, 3, 6) and "abgelaufen" in f.hinweis and "sofort klären" in f.hinweis


# --- passport validity (§ 3 Abs. 1, § 5 Abs. 1 Nr. 4 AufenthG) -----------------------------------
def test_pass_ablauf_ist_eine_frist() -> None:
    s = akte(identitaet={"pass": {"vorhanden": True, "gueltig_bis": date(2028, 8, 13)}})
    f = eins(fristen(s, date(2025, 2, 15)), "pass_ablauf")
    assert f.datum == date(2028, 8, 13) and "§ 5 Abs. 1 Nr. 4 AufenthG" in f.fundstelle and f.titel == "Pass läuft ab"


@pytest.mark.parametrize("pass_", [None, {"vorhanden": True}, {"vorhanden": True, "gueltig_bis": date(2024, 1, 1)},
                                   {"vorhanden": False, "gueltig_bis": date(2030, 1, 1)}])
def test_kein_pass_ablauf_ohne_gueltigen_pass(pass_) -> None:
    s = akte(identitaet={"pass": pass_} if pass_ is not None else {})
    assert not nach_art(fristen(s, date(2025, 2, 15)), "pass_ablauf")


def test_ledger_with_the_facts_of_the_vorpruefung_is_the_same():
    """The Vorprüfung hands its facts of the Stichtag to the ledger (no second derivation): same entries."""
    import importlib.util
    import random
    from pathlib import Path

    from kimrules.fakten.derive import derive

    spec = importlib.util.spec_from_file_location("bench_gen", Path(__file__).resolve().parents[2] / "bench" / "gen.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    rng = random.Random(5)
    mit_kindern = 0
    for i in range(120):
        stichtag = date(2023, 1, 1) + timedelta(days=rng.randint(0, 1500))
        s = Sachverhalt.model_validate(gen.client(rng, stichtag, i))
        mit_kindern += bool(s.haushalt.kinder)
        assert ledger(s, stichtag, parameter=PARAMETER, fakten=derive(s, stichtag, PARAMETER)) == ledger(s, stichtag, parameter=PARAMETER)
    assert mit_kindern >= 10
