"""Households and family-derived rights (kimrules.pruefung.haushalt): client file format, rule files, chaining.

The derived rights are decided by durable-rules (the main person's result is part of the member's
engine fact); every case here is also run through the reference evaluator and must agree.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

import kimrules
from kimrules.akte.client import load, validate
from kimrules.basis.errors import ClientFileError, RuleFileError
from kimrules.akte.facts import Sachverhalt, Verurteilung
from kimrules.pruefung.haushalt import reference_haushalt, screen_haushalt, statuses, verurteilung_ueber_schwelle
from kimrules.engine.outcome import Status
from kimrules.basis.yamlio import Document

ROOT = Path(__file__).resolve().parents[2]
BEISPIEL = ROOT / "examples" / "kim-2025-0020-familie-haushalt.yaml"
ST = date(2025, 3, 15)
E, N, U = Status.erfuellt, Status.nicht_erfuellt, Status.ungeklaert


def person(**changes) -> dict:
    """A well integrated tolerated person (every requirement of § 25b met on ST)."""
    d = {
        "aktenzeichen": "KIM-T",
        "person": {"geburtsdatum": date(1990, 1, 1), "einreisedatum": date(2004, 6, 1)},
        "aufenthalt": [{"status": "duldung", "von": date(2005, 1, 1)}],
        "auslandsaufenthalte": [],
        "haushalt": {"familienstand": "verheiratet", "kinder": [], "familienangehoeriger_25b_beguenstigter": False},
        "sprache": {"nachweise": [{"niveau": "A2", "muendlich": True, "schriftlich": True}], "integrationskurs_moeglich": True},
        "leben_in_deutschland_test": {"bestanden": True},
        "bekenntnis": {"abgegeben": True},
        "bildung": {"deutscher_schulabschluss": False, "berufsabschluss_deutschland": False, "in_ausbildung_oder_studium": False},
        "lebensunterhalt": {"bedarf_eur_monat": 1500.0, "einkommen": [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 1500.0}],
                            "leistungen": [], "leistungsbezug_voruebergehend": False, "prognose_anhaltspunkte": False,
                            "alleinerziehend_arbeit_unzumutbar": False, "pflegt_angehoerige": False},
        "identitaet": {"geklaert": True, "pass": {"vorhanden": True, "gueltig_bis": date(2040, 1, 1)}, "taeuschung_aktuell": False,
                       "mitwirkung_verweigert_aktuell": False, "taeuschung_frueher": False, "zumutbare_massnahmen_ergriffen": True},
        "verurteilungen": [],
        "sonstiges_ausweisungsinteresse": False,
        "beeintraechtigung": {"lebensunterhalt": False, "sprache": False},
        "besonderheiten": {"besondere_integrationsleistungen": False, "atypischer_fall": False},
        "antraege": [],
    }
    d.update(changes)
    return d


def mitglied(beziehung: str, geboren: date = date(1991, 5, 5), **changes) -> dict:
    d = person()
    del d["aktenzeichen"]
    d["beziehung"] = beziehung
    d["im_haushalt"] = True
    d["person"] = {"geburtsdatum": geboren, "einreisedatum": max(geboren, date(2004, 6, 1))}
    d["aufenthalt"] = [{"status": "duldung", "von": max(geboren, date(2022, 1, 1))}]
    if beziehung in ("kind", "geschwister"):
        d["haushalt"] = {"familienstand": "ledig", "kinder": [], "familienangehoeriger_25b_beguenstigter": False}
    d.update(changes)
    return d


@pytest.fixture(scope="module")
def regelwerk():
    return kimrules.load_rules()


@pytest.fixture(scope="module")
def screener(regelwerk):
    s = kimrules.Screener(regelwerk)
    yield s
    s.engine.close()


def haushalt(screener, regelwerk, data: dict, stichtag: date = ST):
    s = Sachverhalt.model_validate(data)
    h = screen_haushalt(screener, s, stichtag)
    assert statuses(h) == reference_haushalt(regelwerk, s, stichtag)  # engine and reference agree
    return h


def recht(h, n: int, kennung: str):
    rechte = {a.kennung: a for a in h.personen[n].abgeleitet}
    assert kennung in rechte, f"{kennung} nicht geprüft für Person {n}: {sorted(rechte)}"
    return rechte[kennung]


def befund(a, id_: str) -> Status:
    return {b.id: b.status for b in a.ergebnis.voraussetzungen}[id_]


# --- client file ---------------------------------------------------------------------------------
def test_a_one_person_file_stays_valid_and_has_no_derived_rights(screener, regelwerk):
    h = haushalt(screener, regelwerk, person())
    assert len(h.personen) == 1
    assert h.personen[0].rolle == "Hauptperson" and h.personen[0].abgeleitet == ()
    assert {e.kennung for e in h.personen[0].eigene} == set(regelwerk.norms())


def test_family_rules_are_not_own_pathways(regelwerk):
    assert "aufenthg_25b_abs4" in regelwerk.familiennormen()
    assert not set(regelwerk.familiennormen()) & set(regelwerk.norms())
    for kennung in regelwerk.familiennormen():
        fam = regelwerk.versionen[kennung][0].datei.familie
        assert fam.stammnorm in regelwerk.versionen, kennung


def _problems(data: dict, stichtag: date | None = None) -> dict[str, str]:
    with pytest.raises(ClientFileError) as info:
        validate(Document(data, "haushalt.yaml"), stichtag)
    return {p.location: p.message for p in info.value.problems}


def test_member_errors_name_the_field_path_in_german():
    data = person(angehoerige=[{"beziehung": "ehefrau", "im_haushalt": "vielleicht"}, {"im_haushalt": True}])
    probleme = _problems(data)
    assert "erwartet einen dieser Werte" in probleme["angehoerige.0.beziehung"]
    assert "'ehegatte'" in probleme["angehoerige.0.beziehung"]
    assert probleme["angehoerige.0.im_haushalt"] == "„vielleicht“ ist keine gültige Angabe (erwartet ja, nein oder unbekannt)"
    assert probleme["angehoerige.1.beziehung"] == "Angabe fehlt, ist aber Pflicht"


def test_a_member_cannot_have_its_own_household_list_and_typos_get_a_suggestion():
    probleme = _problems(person(angehoerige=[{"beziehung": "kind", "angehoerige": []}, {"beziehung": "kind", "im_haushlt": True}]))
    assert probleme["angehoerige.0.angehoerige"].startswith("unbekanntes Feld")
    assert "meinten Sie „im_haushalt“?" in probleme["angehoerige.1.im_haushlt"]


def test_member_consistency_and_dates_after_the_stichtag_are_reported_with_the_member_path():
    m = mitglied("ehegatte")
    m["person"] = {"geburtsdatum": date(1991, 5, 5), "einreisedatum": date(1990, 1, 1)}
    assert "liegt vor dem Geburtsdatum" in _problems(person(angehoerige=[m]))["angehoerige.0.person.einreisedatum"]
    k = mitglied("kind", date(2020, 1, 1))
    k["bekenntnis"] = {"abgegeben": True, "datum": date(2025, 6, 1)}
    assert "nach dem Stichtag" in _problems(person(angehoerige=[k]), ST)["angehoerige.0.bekenntnis.datum"]


def test_the_example_household_loads_and_is_screened(screener, regelwerk):
    s = load(BEISPIEL, ST)
    h = screen_haushalt(screener, s, ST)
    assert statuses(h) == reference_haushalt(regelwerk, s, ST)
    assert [p.beziehung for p in h.personen] == [None, "ehegatte", "kind", "kind"]
    ehefrau = recht(h, 1, "aufenthg_25b_abs4")
    assert ehefrau.status == E
    assert ehefrau.erklaerung.startswith("abgeleitet von KIM-2025-0020 (Hauptperson) nach § 25b Abs. 4 AufenthG: erfüllt")
    assert "Bedarfsgemeinschaft" in h.personen[1].hinweise[0]  # livelihood of the household used
    assert befund(recht(h, 3, "aufenthg_25b_abs4"), "familienangehoeriger") == N  # adult daughter


# --- § 25b Abs. 4 --------------------------------------------------------------------------------
def test_spouse_of_a_25b_beneficiary_needs_no_own_residence_period(screener, regelwerk):
    h = haushalt(screener, regelwerk, person(angehoerige=[mitglied("ehegatte")]))
    own = {e.kennung: e for e in h.personen[1].eigene}
    assert own["aufenthg_25b"].status == N  # own residence since 2022 is too short
    a = recht(h, 1, "aufenthg_25b_abs4")
    assert a.status == E and a.stammstatus == E
    assert a.erklaerung.startswith("abgeleitet von KIM-T (Hauptperson) nach § 25b Abs. 4 AufenthG: erfüllt")


@pytest.mark.parametrize("hauptperson,erwartet", [
    ({}, E),
    ({"aufenthalt": [{"status": "duldung", "von": date(2023, 1, 1)}]}, N),  # main person not a beneficiary
    ({"sprache": {"nachweise": None}}, U),  # main person ungeklärt -> derived right ungeklärt
])
def test_the_main_persons_result_propagates(screener, regelwerk, hauptperson, erwartet):
    h = haushalt(screener, regelwerk, person(angehoerige=[mitglied("ehegatte")], **hauptperson))
    a = recht(h, 1, "aufenthg_25b_abs4")
    assert a.stammstatus == erwartet
    assert befund(a, "stammrecht") == erwartet
    assert a.status == erwartet
    if erwartet == U:
        b = next(b for b in a.ergebnis.voraussetzungen if b.id == "stammrecht")
        assert b.fehlend == ("Prüfung der stammberechtigten Person vervollständigen (ihre offenen Fragen klären)",)


@pytest.mark.parametrize("kind,erwartet", [
    (mitglied("kind", date(2010, 1, 1)), E),  # minor, ledig
    (mitglied("kind", date(2007, 3, 15)), N),  # 18 on the Stichtag
    (mitglied("kind", date(2010, 1, 1), haushalt={"familienstand": "verheiratet", "kinder": []}), N),
    (mitglied("kind", date(2010, 1, 1), haushalt={"familienstand": "geschieden", "kinder": []}), U),
])
def test_children_must_be_minor_and_ledig(screener, regelwerk, kind, erwartet):
    h = haushalt(screener, regelwerk, person(angehoerige=[kind]))
    assert befund(recht(h, 1, "aufenthg_25b_abs4"), "familienangehoeriger") == erwartet


def test_a_child_not_living_in_the_household(screener, regelwerk):
    kind = mitglied("kind", date(2010, 1, 1), im_haushalt=False)
    h = haushalt(screener, regelwerk, person(angehoerige=[kind]), date(2024, 3, 15))
    assert befund(recht(h, 1, "aufenthg_25b_abs4"), "familiaere_lebensgemeinschaft") == U  # not known from the file
    assert befund(recht(h, 1, "aufenthg_104c_abs2"), "haeusliche_gemeinschaft") == N  # § 104c needs the household
    kind["familiaere_lebensgemeinschaft"] = False
    h = haushalt(screener, regelwerk, person(angehoerige=[kind]))
    assert recht(h, 1, "aufenthg_25b_abs4").status == N


def test_a_parent_is_not_checked_for_25b_abs4(screener, regelwerk):
    h = haushalt(screener, regelwerk, person(angehoerige=[mitglied("elternteil", date(1960, 1, 1))]))
    assert "aufenthg_25b_abs4" not in {a.kennung for a in h.personen[1].abgeleitet}
    assert "aufenthg_25a_abs2_eltern" in {a.kennung for a in h.personen[1].abgeleitet}


# --- § 104c Abs. 2 --------------------------------------------------------------------------------
def test_104c_adult_child_who_entered_as_a_minor(screener, regelwerk):
    kind = mitglied("kind", date(2000, 1, 1))
    kind["person"]["einreisedatum"] = date(2015, 1, 1)
    h = haushalt(screener, regelwerk, person(angehoerige=[kind]), date(2024, 3, 15))
    assert befund(recht(h, 1, "aufenthg_104c_abs2"), "familienangehoeriger") == E
    kind["person"]["einreisedatum"] = date(2018, 1, 1)
    h = haushalt(screener, regelwerk, person(angehoerige=[kind]), date(2024, 3, 15))
    assert befund(recht(h, 1, "aufenthg_104c_abs2"), "familienangehoeriger") == N


def test_104c_abs2_after_the_grant_basis_ended(screener, regelwerk):
    h = haushalt(screener, regelwerk, person(angehoerige=[mitglied("ehegatte")]), date(2026, 3, 15))
    a = recht(h, 1, "aufenthg_104c_abs2")
    assert a.ergebnis.gueltig_ab == "2025-12-31"
    assert a.status == N


# --- § 25a Abs. 2: parents, then siblings through the parent (two chaining steps) ----------------
def jung(**changes) -> dict:
    d = person(**changes)
    d["person"] = {"geburtsdatum": date(2008, 1, 1), "einreisedatum": date(2019, 3, 15)}
    d["aufenthalt"] = [{"status": "duldung", "von": date(2019, 3, 15)}]
    d["bildung"] = {**d["bildung"], "schulbesuch_seit": date(2019, 4, 1), "schulbesuch_erfolgreich": True}
    d["haushalt"] = {"familienstand": "ledig", "kinder": [], "familienangehoeriger_25b_beguenstigter": False}
    d["gut_integrierte_jugendliche"] = {"integrationsprognose_positiv": True, "anhaltspunkte_gegen_bekenntnis": False,
                                        "taeuschung_nur_durch_eltern": False}
    return d


def test_siblings_derive_from_the_parents_derived_right(screener, regelwerk):
    mutter = mitglied("elternteil", date(1975, 1, 1), personensorgeberechtigt=True)
    bruder = mitglied("geschwister", date(2012, 1, 1))
    data = jung(angehoerige=[mutter, bruder])
    h = haushalt(screener, regelwerk, data)
    main = {e.kennung: e.status for e in h.personen[0].eigene}
    eltern = recht(h, 1, "aufenthg_25a_abs2_eltern")
    geschwister = recht(h, 2, "aufenthg_25a_abs2_geschwister")
    assert (main["aufenthg_25a"], eltern.status, geschwister.status) == (E, E, E)
    assert geschwister.stamm == "Angehörige/r 1 (Elternteil)"
    assert geschwister.erklaerung.startswith("abgeleitet von Angehörige/r 1 (Elternteil) nach § 25a Abs. 2 Satz 2 AufenthG: erfüllt")
    # the mother's convictions unknown -> her right ungeklärt -> the sibling's right ungeklärt (two steps)
    data["angehoerige"][0]["verurteilungen"] = None
    h = haushalt(screener, regelwerk, data)
    assert recht(h, 1, "aufenthg_25a_abs2_eltern").status == U
    assert befund(recht(h, 2, "aufenthg_25a_abs2_geschwister"), "stammrecht") == U
    assert recht(h, 2, "aufenthg_25a_abs2_geschwister").status == U
    # the mother's income too low -> her right nicht erfüllt -> none for the sibling
    data["angehoerige"][0]["verurteilungen"] = []
    data["angehoerige"][0]["lebensunterhalt"] = {**data["angehoerige"][0]["lebensunterhalt"], "bedarf_eur_monat": 2000.0}
    h = haushalt(screener, regelwerk, data)
    assert befund(recht(h, 1, "aufenthg_25a_abs2_eltern"), "lebensunterhalt_durch_erwerb") == N
    assert recht(h, 2, "aufenthg_25a_abs2_geschwister").status == N


def test_siblings_without_a_parent_in_the_household(screener, regelwerk):
    bruder = mitglied("geschwister", date(2012, 1, 1))
    h = haushalt(screener, regelwerk, jung(angehoerige=[bruder]))
    a = recht(h, 1, "aufenthg_25a_abs2_geschwister")
    assert befund(a, "stammrecht") == N
    assert a.stamm == "kein Elternteil im Haushalt erfasst"


# --- § 10 Abs. 2 StAG --------------------------------------------------------------------------------
def test_stag_10_abs2_waives_only_the_residence_period(regelwerk):
    fam = regelwerk.versionen["stag_10_abs2"][-1].datei.familie
    assert fam.eigene_pruefung == "stag_10" and fam.ohne == ["aufenthaltsdauer"]


# --- Tagessätze (§ 104c Abs. 1 Nr. 2, § 25a Abs. 3) -------------------------------------------------
def v(**kw) -> Verurteilung:
    return Verurteilung(**{"vorsaetzlich": True, "im_inland": True, **kw})


@pytest.mark.parametrize("verurteilungen,ausgenommen,erwartet", [
    (None, True, None),
    ([], True, False),
    ([v(tagessaetze=50, nur_auslaender_straftat=False)], True, False),
    ([v(tagessaetze=51, nur_auslaender_straftat=False)], True, True),
    ([v(tagessaetze=30, nur_auslaender_straftat=False), v(tagessaetze=21, nur_auslaender_straftat=False)], True, True),  # insgesamt
    ([v(tagessaetze=90, nur_auslaender_straftat=True)], True, False),
    ([v(tagessaetze=91, nur_auslaender_straftat=True)], True, True),
    ([v(tagessaetze=40, nur_auslaender_straftat=False), v(tagessaetze=80, nur_auslaender_straftat=True)], True, None),  # offene Rechtsfrage 104c-geldstrafen-gemischt
    ([v(tagessaetze=20, nur_auslaender_straftat=False), v(tagessaetze=20, nur_auslaender_straftat=True)], True, False),
    ([v(tagessaetze=60, nur_auslaender_straftat=False, vorsaetzlich=False)], True, False),  # fahrlässig
    ([v(tagessaetze=60, nur_auslaender_straftat=False, im_inland=False)], True, False),  # im Ausland
    ([v(tagessaetze=60, nur_auslaender_straftat=False, vorsaetzlich=None)], True, None),
    ([v(tagessaetze=40)], True, False),  # Art der Tat unbekannt: 40 liegt unter beiden Grenzen
    ([v(tagessaetze=60)], True, None),  # Art der Tat unbekannt: 60 liegt zwischen den Grenzen
    ([v(jugendstrafrecht=True, jugendstrafe_monate=0)], True, False),  # § 104c: außer Betracht
    ([v(jugendstrafrecht=True, jugendstrafe_monate=0)], False, True),  # § 25a Abs. 3: keine Ausnahme
    ([v(jugendstrafrecht=True)], True, None),
    ([v(freiheitsstrafe_monate=3, bewaehrung=True)], True, True),
    ([v()], True, None),  # Strafmaß unbekannt
])
def test_tagessatz_limits(verurteilungen, ausgenommen, erwartet):
    wert, text = verurteilung_ueber_schwelle(verurteilungen, ausgenommen)
    assert wert is erwartet, text


# --- rule files: the familie section is validated ------------------------------------------------------
def _copy_rules(tmp_path: Path) -> Path:
    root = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", root)
    return root


def test_unknown_stammnorm_and_requirement_ids_are_reported(tmp_path):
    root = _copy_rules(tmp_path)
    datei = root / "aufenthg" / "25b_abs4" / "2015-08-01.yaml"
    text = datei.read_text(encoding="utf-8")
    datei.write_text(text.replace("stammnorm: aufenthg_25b", "stammnorm: aufenthg_25c")
                         .replace("ohne: [geduldet,", "ohne: [geduldt,"), encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        kimrules.load_rules(root)
    meldungen = {p.location: p.message for p in info.value.problems}
    assert meldungen["familie.stammnorm"] == "unbekannte Kennung „aufenthg_25c“; meinten Sie „aufenthg_25b“?"
    assert meldungen["familie.ohne.0"] == "„aufenthg_25b“ hat keine Voraussetzung „geduldt“; meinten Sie „geduldet“?"


def test_a_familie_section_needs_relations(tmp_path):
    root = _copy_rules(tmp_path)
    datei = root / "aufenthg" / "25b_abs4" / "2015-08-01.yaml"
    datei.write_text(datei.read_text(encoding="utf-8").replace("  beziehungen: [ehegatte, lebenspartner, kind]\n", ""), encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        kimrules.load_rules(root)
    assert any(p.location == "familie.beziehungen" for p in info.value.problems)


# --- output ----------------------------------------------------------------------------------------------
def test_text_and_json_output(screener, regelwerk):
    import json

    from kimrules.ausgabe import render
    from kimrules.ausgabe.report import haushalt as bericht

    def text(h):
        return render.render("_haushalt.txt.j2", haushalt=bericht(h))

    data = person(angehoerige=[mitglied("ehegatte", aktenzeichen="KIM-T-2"), mitglied("kind", date(2010, 1, 1))])
    data["person"]["name"] = "Geheim Name"
    data["angehoerige"][0]["person"]["name"] = "Auch Geheim"
    h = haushalt(screener, regelwerk, data)
    t = text(h)
    assert "Geheim" not in t and "Geheim" not in json.dumps(bericht(h), ensure_ascii=False)
    assert max(len(zeile) for zeile in t.splitlines()) <= 100
    assert "Angehörige/r 1 (Ehegatte/Ehegattin): KIM-T-2" in t
    assert "abgeleitet von KIM-T (Hauptperson) (§ 25b AufenthG: erfüllt)" in t
    b = bericht(h)
    assert [p["rolle"] for p in b["personen"]] == ["Hauptperson", "Angehörige/r 1 (Ehegatte/Ehegattin)", "Angehörige/r 2 (Kind)"]
    abs4 = next(a for a in b["personen"][1]["abgeleitet"] if a["kennung"] == "aufenthg_25b_abs4")
    assert abs4["status"] == "erfuellt" and abs4["pfad"]["quittung"]["regeldatei"] == "aufenthg/25b_abs4/2015-08-01.yaml"
