"""The command line: ``kimrules pruefen | schema | regeln`` on the example clients.

The expected results of the examples are legal statements and part of what the
examples document; if one changes, check the law before changing the expectation.
"""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import kimrules
from kimrules.cli.main import main
from kimrules.basis.errors import EngineError, Problem, RenderError, RuleFileError
from kimrules.basis.yamlio import read_document

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in {".yaml", ".yml", ".json"})
AUSGABE_SCHEMA = json.loads((ROOT / "docs" / "ausgabe.schema.json").read_text(encoding="utf-8"))
STICHTAG = "15.02.2025"
HEUTE_BEI_ERSTELLUNG = "22.11.2026"  # the examples were written on this day and must load on it too

# example -> (overall status of § 25b on 15.02.2025, its requirements that are not "erfuellt")
EXPECTED = {
    "kim-2025-0001-baecker.yaml": ("erfuellt", {}),
    "kim-2025-0002-familie.yaml": ("erfuellt", {}),
    "kim-2025-0003-angaben-fehlen.yaml": (
        "ungeklaert",
        {"bekenntnis_grundkenntnisse": "ungeklaert", "deutsch_a2": "ungeklaert",
         "kein_ausweisungsinteresse": "ungeklaert", "kein_ausweisungsinteresse_regel": "ungeklaert",
         "pass": "ungeklaert"},
    ),
    "kim-2025-0004-60b-ausland.yaml": ("nicht_erfuellt", {"voraufenthalt": "nicht_erfuellt"}),
    # 40 Tagessätze (§ 95 AufenthG) stay below § 25b Abs. 2 Nr. 2 but open § 5 Abs. 1 Nr. 2 / Abs. 3 Satz 2
    "kim-2025-0005-fruehere-taeuschung.yaml": (
        "ungeklaert", {"nachhaltige_integration": "ungeklaert", "kein_ausweisungsinteresse_regel": "ungeklaert"}
    ),
    "kim-2025-0006-chancen-aufenthaltsrecht.json": ("ungeklaert", {"identitaet": "ungeklaert", "pass": "ungeklaert"}),
    "kim-2025-0007-schuelerin-25a.yaml": (
        "ungeklaert", {"bekenntnis_grundkenntnisse": "ungeklaert", "lebensunterhalt": "ungeklaert", "pass": "ungeklaert"}
    ),
    "kim-2025-0008-104c-geldstrafen.yaml": (
        "ungeklaert",
        {"voraufenthalt": "ungeklaert", "bekenntnis_grundkenntnisse": "ungeklaert", "lebensunterhalt": "ungeklaert",
         "deutsch_a2": "ungeklaert", "kein_ausweisungsinteresse_regel": "ungeklaert", "identitaet": "ungeklaert",
         "pass": "ungeklaert"},
    ),
    "kim-2025-0020-familie-haushalt.yaml": ("erfuellt", {}),
}
# the example each norm's helper wrote, on its own Stichtag: (norm, overall status, statuses of requirements
# that must be as stated; the others may be anything)
EXPECTED_WEITERE = {
    # geduldet since 2016, 31.10.2017–31.10.2022 covered, no convictions: the Chancen-Aufenthaltsrecht is open
    "kim-2025-0001-baecker.yaml": ("15.02.2025", "aufenthg_104c", "erfuellt", {}),
    # a Duldung is no lawful residence for naturalisation
    "kim-2025-0004-60b-ausland.yaml": ("15.02.2025", "stag_10", "nicht_erfuellt",
                                        {"aufenthaltsdauer": "nicht_erfuellt", "aufenthaltsrecht": "nicht_erfuellt"}),
    "kim-2025-0007-schuelerin-25a.yaml": ("15.02.2025", "aufenthg_25a", "ungeklaert", {"pass": "ungeklaert"}),
    # fines summed beyond 50 Tagessätze of mixed kinds: offene Rechtsfrage 104c-geldstrafen-gemischt is open
    "kim-2025-0008-104c-geldstrafen.yaml": ("15.02.2025", "aufenthg_104c", "ungeklaert",
                                             {"keine_verurteilung": "ungeklaert", "kein_ausweisungsinteresse": "ungeklaert"}),
    # since 31.12.2025 no new Chancen-Aufenthaltsrecht
    "kim-2026-0101-einbuergerung-pflegefachfrau.yaml": ("22.11.2026", "aufenthg_104c", "nicht_erfuellt", {"neuerteilung": "nicht_erfuellt"}),
}
# more statements on the same examples: (example, Stichtag, norm, status, requirements)
EXPECTED_AUCH = [
    # lawful residence with Aufenthaltserlaubnis long enough, everything proven but the passport/identity step
    ("kim-2026-0101-einbuergerung-pflegefachfrau.yaml", "22.11.2026", "stag_10", "ungeklaert",
     {"aufenthaltsdauer": "erfuellt", "identitaet_staatsangehoerigkeit": "ungeklaert"}),
]


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), prog_name="kimrules")


def pruefen_json(path: Path, stichtag: str = STICHTAG) -> dict:
    result = invoke("pruefen", str(path), "--stichtag", stichtag, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def flach(text: str) -> str:
    """Text with every run of whitespace as one space (undoes line wrapping)."""
    return " ".join(text.split())


def validate_against(schema: dict, data: object) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)


# --- the examples ------------------------------------------------------------------------------
def test_examples_cover_the_brief():
    names = [p.name for p in EXAMPLES]
    assert sorted(set(EXPECTED) | set(EXPECTED_WEITERE)) == names, "every example needs its expected result in EXPECTED"
    assert any(n.endswith(".json") for n in names)
    for path in EXAMPLES:
        assert re.fullmatch(r"KIM-\d{4}-\d{4}", read_document(path).data["aktenzeichen"])


@pytest.mark.parametrize("stichtag", [date(2025, 2, 15), date(2026, 11, 22)])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_loads(path, stichtag):
    assert kimrules.load_client(path, stichtag).aktenzeichen


def _pfad(bericht: dict, kennung: str) -> dict:
    [pfad] = [p for p in bericht["pfade"] if p["kennung"] == kennung]
    return pfad


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_result_on_15_02_2025(name):
    status, abweichend = EXPECTED[name]
    pfad = _pfad(pruefen_json(ROOT / "examples" / name), "aufenthg_25b")
    assert pfad["status"] == status
    assert {v["id"]: v["status"] for v in pfad["voraussetzungen"] if v["status"] != "erfuellt"} == abweichend


@pytest.mark.parametrize("name, stichtag, kennung, status, voraussetzungen",
                         [(n, *v) for n, v in sorted(EXPECTED_WEITERE.items())] + EXPECTED_AUCH)
def test_example_result_for_the_other_norms(name, stichtag, kennung, status, voraussetzungen):
    pfad = _pfad(pruefen_json(ROOT / "examples" / name, stichtag), kennung)
    assert pfad["status"] == status
    ist = {v["id"]: v["status"] for v in pfad["voraussetzungen"]}
    assert {k: ist.get(k) for k in voraussetzungen} == voraussetzungen


def test_every_pathway_is_screened_by_default():
    bericht = pruefen_json(ROOT / "examples" / "kim-2025-0001-baecker.yaml")
    assert [p["kennung"] for p in bericht["pfade"]] == ["aufenthg_104c", "aufenthg_25a", "aufenthg_25b", "stag_10"]
    assert sorted(z["kennung"] for z in bericht["uebersicht"]) == sorted(p["kennung"] for p in bericht["pfade"])


def test_family_example_uses_the_four_year_variant():
    pfad = _pfad(pruefen_json(ROOT / "examples" / "kim-2025-0002-familie.yaml"), "aufenthg_25b")
    [v] = [v for v in pfad["voraussetzungen"] if v["id"] == "voraufenthalt"]
    assert v["status"] == "erfuellt"
    assert "anrechenbar 4 Jahre 4 Monate" in " ".join(v["fakten"].values())


def test_chancen_aufenthaltsrecht_example_counts_60b_time():
    """§ 25b Abs. 7: for a § 104c holder the § 60b time counts, so the six years are reached."""
    pfad = _pfad(pruefen_json(ROOT / "examples" / "kim-2025-0006-chancen-aufenthaltsrecht.json"), "aufenthg_25b")
    [v] = [v for v in pfad["voraussetzungen"] if v["id"] == "voraufenthalt"]
    assert v["status"] == "erfuellt"
    assert any("Duldung nach § 60b" in titel for titel in v["ausschlaggebend"])


# --- pruefen: text -------------------------------------------------------------------------------
@pytest.mark.parametrize("stichtag", [STICHTAG, HEUTE_BEI_ERSTELLUNG])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_pruefen_text_ausfuehrlich(path, stichtag):
    result = invoke("pruefen", str(path), "--stichtag", stichtag, "--ausfuehrlich")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    text = result.stdout
    assert text.startswith("VORPRÜFUNG – keine Entscheidung\n")
    assert "Vorprüfung – keine Entscheidung." in text
    assert f"Stichtag:      {stichtag}" in text
    bericht = pruefen_json(path, stichtag)
    assert f"Aktenzeichen:  {bericht['aktenzeichen']}" in text
    lang = [zeile for zeile in text.splitlines() if len(zeile) > 100]
    assert not lang, f"Zeilen über 100 Zeichen: {lang}"
    flat = flach(text)
    for pfad in bericht["pfade"]:
        assert pfad["rechtsfolge_text"] in flat
        assert pfad["quittung"]["regeldatei"] in flat
        assert f"SHA-256 {pfad['quittung']['regelwerk_sha256'][:12]}" in flat
        for v in pfad["voraussetzungen"]:
            assert flach(v["fundstelle"]) in flat
            symbol = {"erfuellt": "[✓] erfüllt", "nicht_erfuellt": "[✗] nicht erfüllt", "ungeklaert": "[?] ungeklärt"}
            assert flach(f"{symbol[v['status']]} – {v['titel']}") in flat
            if v["status"] == "ungeklaert":
                for frage in v["fehlend"] + v["einzelfall"]:
                    assert flach(frage) in flat
            if v["status"] != "erfuellt":
                assert flach(v["naechster_schritt"]) in flat


def test_text_summary_names_the_unmet_requirement():
    text = invoke("pruefen", str(ROOT / "examples" / "kim-2025-0004-60b-ausland.yaml"), "--stichtag", STICHTAG, "--ausfuehrlich").stdout
    uebersicht = flach(text.split("ÜBERSICHT", 1)[1].split("=" * 100, 1)[0])
    # closed today; whether it is listed as "später möglich" (time and a renewed passport open it)
    # or "verschlossen", the line names the requirement that is not met
    zeile = uebersicht.split("[✗] § 25b AufenthG – Aufenthaltsgewährung bei nachhaltiger Integration", 1)[1].split("[", 1)[0]
    assert "Ununterbrochener Voraufenthalt" in zeile


def test_text_shows_facts_with_their_derivation():
    text = flach(invoke("pruefen", str(ROOT / "examples" / "kim-2025-0001-baecker.yaml"), "--stichtag", STICHTAG, "--ausfuehrlich").stdout)
    assert "ununterbrochen seit 10.03.2016, anrechenbar 8 Jahre 11 Monate am 15.02.2025" in text
    assert "Pass gültig bis 11.04.2028" in text


def test_client_name_is_never_printed(tmp_path):
    path = tmp_path / "mit-name.yaml"
    path.write_text('aktenzeichen: KIM-2025-0999\nperson:\n  name: "Erika <b>Mustermann</b> {{ 7*7 }}"\n', encoding="utf-8")
    for fmt in ("text", "json"):
        result = invoke("pruefen", str(path), "--stichtag", STICHTAG, "--format", fmt)
        assert result.exit_code == 0, result.stderr
        assert "Mustermann" not in result.stdout and "Erika" not in result.stdout


def test_norm_not_in_force_on_the_stichtag(tmp_path):
    path = tmp_path / "leer.yaml"
    path.write_text("aktenzeichen: KIM-2014-0001\n", encoding="utf-8")
    result = invoke("pruefen", str(path), "--stichtag", "01.01.2014")
    assert result.exit_code == 0, result.stderr
    assert "§ 25b AufenthG ist am 01.01.2014 nicht in Kraft" in result.stdout
    ausfuehrlich = invoke("pruefen", str(path), "--stichtag", "01.01.2014", "--ausfuehrlich").stdout
    assert "keine (Norm am Stichtag nicht in Kraft)" in ausfuehrlich
    bericht = json.loads(invoke("pruefen", str(path), "--stichtag", "01.01.2014", "--format", "json").stdout)
    validate_against(AUSGABE_SCHEMA, bericht)
    assert _pfad(bericht, "aufenthg_25b")["voraussetzungen"] == []
    assert _pfad(bericht, "aufenthg_25b")["geltung"] == "nicht_in_kraft"


def test_the_version_in_force_on_the_stichtag_is_applied(tmp_path):
    """On the first and the last day of every version of § 25b the receipt names that version's file."""
    path = tmp_path / "ohne-daten.yaml"
    path.write_text("aktenzeichen: KIM-2015-0001\n", encoding="utf-8")
    for f in kimrules.load_rules().versionen["aufenthg_25b"]:
        for tag in (f.datei.gueltig_ab, f.gueltig_bis or f.datei.gueltig_ab):
            stichtag = tag.strftime("%d.%m.%Y")
            pfad = _pfad(pruefen_json(path, stichtag), "aufenthg_25b")
            assert pfad["quittung"]["regeldatei"] == f.pfad, stichtag


# --- pruefen: JSON -------------------------------------------------------------------------------
@pytest.mark.parametrize("stichtag", [STICHTAG, HEUTE_BEI_ERSTELLUNG])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_pruefen_json_matches_the_documented_schema(path, stichtag):
    bericht = pruefen_json(path, stichtag)
    validate_against(AUSGABE_SCHEMA, bericht)
    assert bericht["vorpruefung"] is True
    assert bericht["hinweis"].startswith("Vorprüfung – keine Entscheidung")
    assert bericht["stichtag"] == date(*map(int, reversed(stichtag.split(".")))).isoformat()
    statuses = {v["status"] for p in bericht["pfade"] for v in p["voraussetzungen"]} | {p["status"] for p in bericht["pfade"]}
    assert statuses <= {"erfuellt", "nicht_erfuellt", "ungeklaert"}


def test_json_is_utf8_not_escaped():
    result = invoke("pruefen", str(EXAMPLES[0]), "--stichtag", STICHTAG, "--format", "json")
    assert "§ 25b AufenthG" in result.stdout and "\\u00a7" not in result.stdout


# --- options ------------------------------------------------------------------------------------
@pytest.mark.parametrize("eingabe, iso", [("15.02.2025", "2025-02-15"), ("1.3.2025", "2025-03-01"), ("2025-02-15", "2025-02-15")])
def test_stichtag_is_parsed(eingabe, iso):
    assert pruefen_json(EXAMPLES[0], eingabe)["stichtag"] == iso


@pytest.mark.parametrize("eingabe", ["31.02.2025", "15/02/2025", "morgen", "2025-02-30", ""])
def test_invalid_stichtag_is_a_usage_error(eingabe):
    result = invoke("pruefen", str(EXAMPLES[0]), "--stichtag", eingabe)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Ungültiger Wert für '--stichtag'" in result.stderr
    assert "Beispiel: --stichtag 15.02.2025" in result.stderr
    assert "Traceback" not in result.stderr


def test_default_stichtag_is_today():
    vorher = date.today().isoformat()
    result = invoke("pruefen", str(EXAMPLES[0]), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["stichtag"] in {vorher, date.today().isoformat()}


def test_norm_option():
    result = invoke("pruefen", str(EXAMPLES[0]), "--stichtag", STICHTAG, "--format", "json", "--norm", "aufenthg_25b")
    assert [p["kennung"] for p in json.loads(result.stdout)["pfade"]] == ["aufenthg_25b"]
    result = invoke("pruefen", str(EXAMPLES[0]), "--stichtag", STICHTAG, "--norm", "aufenthg_25x")
    assert result.exit_code == 2 and result.stdout == ""
    assert "unbekannte Kennung aufenthg_25x; bekannt: aufenthg_104c, aufenthg_25a, aufenthg_25b, stag_10" in result.stderr


def test_unknown_format_is_a_usage_error():
    result = invoke("pruefen", str(EXAMPLES[0]), "--format", "pdf")
    assert result.exit_code == 2
    assert "Ungültiger Wert für '--format'" in result.stderr


def test_path_errors_name_the_path_in_german(tmp_path):
    """A missing file or folder, or a folder where a file is expected: click's message, in German throughout."""
    for args, text in ((["fallbestand", str(tmp_path / "fehlt.jsonl"), "-o", str(tmp_path / "a.csv")], "Pfad"),
                       (["fallbestand", str(EXAMPLES[0]), "-o", str(tmp_path)], "Datei"),
                       (["fristen", str(tmp_path / "fehlt")], "Verzeichnis")):
        result = invoke(*args)
        assert result.exit_code == 2, result.stderr
        assert f"{text} '{tmp_path}" in result.stderr, result.stderr
        assert not any(w in result.stderr for w in ("File '", "Path '", "Directory '")), result.stderr


def test_help_is_german_and_documents_exit_codes():
    for args in ([], ["pruefen"]):
        result = invoke(*args, "--help")
        assert result.exit_code == 0
        assert result.stdout.startswith("Aufruf: kimrules")
        assert "Usage" not in result.stdout and "Show this message" not in result.stdout
        text = flach(result.stdout)
        for code, wort in [(0, "Prüfung abgeschlossen"), (2, "Aufruf fehlerhaft"), (3, "Mandantendatei fehlerhaft"),
                           (4, "Regeldateien fehlerhaft"), (5, "interner Fehler der Regel-Engine")]:
            assert f"{code} {wort}" in text


def test_unknown_command_suggests_the_right_one():
    result = invoke("prufen")
    assert result.exit_code == 2
    assert "Unbekannter Befehl 'prufen'. Meinten Sie 'pruefen'?" in result.stderr


# --- errors of every class: German message, own exit code, no traceback -------------------------
@pytest.mark.parametrize(
    "ziel, fehler, code",
    [
        ("kimrules.regelwerk.cache.load_cached", RuleFileError("1 Fehler in den Regeldateien", [Problem("rules/x.yaml", "voraussetzungen.0", "kaputt", 7)]), 4),
        ("kimrules.Screener.screen_facts_all", EngineError("Engine und Referenzauswertung uneinig"), 5),
        ("kimrules.ausgabe.render.text", RenderError("Ausgabe konnte nicht erzeugt werden"), 6),
    ],
)
def test_error_classes_map_to_exit_codes(monkeypatch, ziel, fehler, code):
    def scheitern(*args, **kwargs):
        raise fehler

    monkeypatch.setattr(ziel, scheitern)
    result = invoke("pruefen", str(EXAMPLES[0]), "--stichtag", STICHTAG)
    assert result.exit_code == code == fehler.exit_code
    assert result.stdout == ""
    assert result.stderr.startswith(f"Fehler: {fehler.message}")
    assert "Traceback" not in result.stderr
    for problem in fehler.problems:
        assert f"  - {problem}" in result.stderr


# --- schema --------------------------------------------------------------------------------------
def test_schema_is_json_with_aktenzeichen():
    result = invoke("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert "aktenzeichen" in schema["properties"]
    assert schema["required"] == ["aktenzeichen"]
    assert schema["title"].startswith("Mandantendatei")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_match_the_client_schema(path):
    schema = json.loads(invoke("schema").stdout)
    validate_against(schema, read_document(path).data)


def test_client_schema_rejects_what_the_loader_rejects():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(invoke("schema").stdout))
    assert not validator.is_valid({"aktenzeichen": "A", "person": {"geburtstdatum": "01.01.1990"}})
    assert not validator.is_valid({"aktenzeichen": "A", "identitaet": {"geklaert": "vielleicht"}})
    assert not validator.is_valid({"aktenzeichen": "A", "person": {"geburtsdatum": "1990/01/01"}})
    assert validator.is_valid({"aktenzeichen": "A", "identitaet": {"geklaert": "ja", "pass": {"vorhanden": True}}})


# --- regeln --------------------------------------------------------------------------------------
def test_regeln_lists_every_version_with_its_derived_end():
    result = invoke("regeln")
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert "§ 25b AufenthG – Aufenthaltsgewährung bei nachhaltiger Integration (Kennung: aufenthg_25b)" in text
    regelwerk = kimrules.load_rules()
    for kennung in regelwerk.norms():
        assert f"(Kennung: {kennung})" in flach(text)
    for f in (f for fs in regelwerk.versionen.values() for f in fs):
        bis = f.gueltig_bis.strftime("%d.%m.%Y") if f.gueltig_bis else "offen"
        zeitraum = f"{f.datei.gueltig_ab.strftime('%d.%m.%Y')} – {bis}"
        assert re.search(rf"{re.escape(zeitraum)}\s+{re.escape(f.pfad)}\s+SHA-256 {f.sha256[:12]}\n", text), zeitraum
    assert all(len(zeile) <= 100 for zeile in text.splitlines())
    assert invoke("regeln", "pruefen").stdout == text  # pruefen is the default


def test_regeln_reports_broken_rule_files_with_exit_4(tmp_path):
    kopie = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", kopie)
    datei = kopie / "aufenthg" / "25b" / "2022-12-31.yaml"
    datei.write_text(datei.read_text(encoding="utf-8").replace("fakt: geduldet,", "fakt: gedultet,", 1), encoding="utf-8")
    result = invoke("regeln", "--verzeichnis", str(kopie))
    assert result.exit_code == 4
    assert result.stdout == ""
    assert str(datei) in result.stderr
    assert "unbekannter Fakt „gedultet“; meinten Sie „geduldet“?" in result.stderr
    assert re.search(r"Zeile \d+", result.stderr)
    assert "Traceback" not in result.stderr


def test_regeln_accepts_a_version_with_many_requirements(tmp_path):
    """No limit a legal expert can hit: 25 requirements compile (the pathway is decided in groups)."""
    import yaml

    kopie = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", kopie)
    datei = kopie / "aufenthg" / "25b" / "2022-12-31.yaml"
    daten = yaml.safe_load(datei.read_text(encoding="utf-8"))
    vorlage = daten["voraussetzungen"][1]
    while len(daten["voraussetzungen"]) < 25:
        daten["voraussetzungen"].append({**vorlage, "id": f"kopie_{len(daten['voraussetzungen'])}"})
    datei.write_text(yaml.safe_dump(daten, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = invoke("regeln", "--verzeichnis", str(kopie))
    assert result.exit_code == 0, result.stderr


def test_household_members_get_their_derived_rights_in_the_output():
    """§ 25b Abs. 4: the spouse of a beneficiary living in the household derives the right."""
    path = ROOT / "examples" / "kim-2025-0020-familie-haushalt.yaml"
    bericht = pruefen_json(path)
    validate_against(AUSGABE_SCHEMA, bericht)
    ehegatte = next(p for p in bericht["haushalt"]["personen"] if p.get("beziehung") == "ehegatte")
    [abs4] = [a for a in ehegatte["abgeleitet"] if a["kennung"] == "aufenthg_25b_abs4"]
    assert (abs4["status"], abs4["stammstatus"]) == ("erfuellt", "erfuellt")
    text = flach(invoke("pruefen", str(path), "--stichtag", STICHTAG, "--ausfuehrlich").stdout)
    assert "HAUSHALT – abgeleitete Rechte der Angehörigen" in text
    assert "[✓] § 25b Abs. 4 AufenthG: erfüllt abgeleitet von KIM-2025-0020 (Hauptperson)" in text
    einzeln = pruefen_json(ROOT / "examples" / "kim-2025-0001-baecker.yaml")
    assert "haushalt" not in einzeln
