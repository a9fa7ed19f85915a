"""``kimrules regeln …``: every subcommand, with expectations read from the rule files and scenarios."""

from __future__ import annotations

import hashlib
import re
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from kimrules.cli.main import main
from kimrules.regelwerk.rules import load
from kimrules.werkbank import fassungen, szenarien, werkzeug

ROOT = Path(__file__).resolve().parents[2]


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def regelwerk():
    return load()


@pytest.fixture
def projekt(tmp_path: Path) -> Path:
    """A copy of rules/ and features/ (side by side, as ``--verzeichnis`` expects)."""
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    shutil.copytree(ROOT / "features", tmp_path / "features")
    return tmp_path


# --- zeigen -----------------------------------------------------------------------------------------------
def test_zeigen_shows_the_version_in_force_with_requirements_thresholds_and_sources(regelwerk):
    for f in regelwerk.versionen["aufenthg_25b"]:
        tag = f.datei.gueltig_ab
        result = invoke("regeln", "zeigen", "aufenthg_25b", "--stichtag", tag.strftime("%d.%m.%Y"))
        assert result.exit_code == 0, result.stderr
        text = result.stdout
        assert f.pfad in text and f.datei.quelle in text and f.datei.norm in text
        for v in f.datei.voraussetzungen:
            assert f"[{v.id}]" in text and v.fundstelle in text
            for schwelle in fassungen.schwellen(v.bedingung, regelwerk.resolve_parameters(f, tag)):
                assert schwelle in text


def test_zeigen_names_an_unknown_norm_with_a_suggestion():
    result = invoke("regeln", "zeigen", "aufenthg_25c", "--stichtag", "01.01.2025")
    assert result.exit_code == 4
    assert "meinten Sie „aufenthg_25" in result.stderr and "Traceback" not in result.stderr


# --- vergleichen ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_vergleichen_lists_added_removed_and_changed_requirements(regelwerk, fmt):
    fs = regelwerk.versionen["aufenthg_25b"]
    for alt, neu in zip(fs, fs[1:]):
        result = invoke("regeln", "vergleichen", "aufenthg_25b", alt.datei.gueltig_ab.isoformat(),
                        neu.datei.gueltig_ab.strftime("%d.%m.%Y"), "--format", fmt)
        assert result.exit_code == 0, result.stderr
        text = result.stdout
        ids_alt = {v.id for v in alt.datei.voraussetzungen}
        ids_neu = {v.id for v in neu.datei.voraussetzungen}
        hinzu = text.split("Neue Voraussetzungen")[1].split("Entfallene Voraussetzungen")[0]
        weg = text.split("Entfallene Voraussetzungen")[1].split("Geänderte Voraussetzungen")[0]
        assert {m for m in re.findall(r"\[([a-z0-9_]+)\]", hinzu)} == ids_neu - ids_alt
        assert {m for m in re.findall(r"\[([a-z0-9_]+)\]", weg)} == ids_alt - ids_neu
        u = fassungen.unterschiede(regelwerk, alt, neu)
        for g in u["geaendert"]:
            assert f"[{g['id']}]" in text.split("Geänderte Voraussetzungen")[1]
        if fmt == "markdown":
            assert text.startswith("# ") and "\n## Neue Voraussetzungen" in text


def test_vergleichen_shows_a_changed_threshold(projekt):
    datei = projekt / "rules" / "aufenthg" / "25b" / "2027-07-01.yaml"
    datei.write_text(datei.read_text(encoding="utf-8").replace("{fakt: duldung_60d_monate, mindestens: 30}",
                                                                    "{fakt: duldung_60d_monate, mindestens: 24}", 1), encoding="utf-8")
    result = invoke("regeln", "--verzeichnis", str(projekt / "rules"), "vergleichen", "aufenthg_25b", "31.12.2022", "01.07.2027")
    assert result.exit_code == 0, result.stderr
    assert re.search(r"Schwelle neu: .*mindestens 24 Monate", result.stdout)


# --- abdeckung ------------------------------------------------------------------------------------------
def test_abdeckung_of_the_real_rules_is_complete_with_file_and_line(regelwerk):
    result = invoke("regeln", "abdeckung")
    assert result.exit_code == 0, result.stdout
    assert re.search(r"erfüllt:\s+features/aufenthg_25b\.feature:\d+", result.stdout)
    n = sum(len(f.datei.voraussetzungen) for fs in regelwerk.versionen.values() for f in fs)
    assert f"{n} Voraussetzungen in allen Fassungen; {n} vollständig abgedeckt, 0 mit Lücken." in result.stdout


def test_abdeckung_reports_what_is_missing(projekt):
    datei = projekt / "rules" / "aufenthg" / "25b" / "2027-07-01.yaml"
    text = datei.read_text(encoding="utf-8")
    neu = text.replace("\n  - id: pass\n", "\n  - id: neue_pflicht\n    titel: Neu\n    fundstelle: \"§ 25b Abs. 1 AufenthG\"\n"
                       "    bedingung: {fakt: geduldet, ist: ja}\n    wenn_nicht_erfuellt: \"x\"\n\n  - id: pass\n", 1)
    datei.write_text(neu, encoding="utf-8")
    result = invoke("regeln", "--verzeichnis", str(projekt / "rules"), "abdeckung", "--nur-luecken")
    assert result.exit_code == 1
    assert "neue_pflicht" in result.stdout and "FEHLT „erfüllt“" in result.stdout and "FEHLT „nicht erfüllt“" in result.stdout
    assert "1 mit Lücken" in result.stdout


def test_a_requirement_that_cannot_be_nicht_erfuellt_must_say_why(projekt):
    datei = projekt / "rules" / "aufenthg" / "25b" / "2027-07-01.yaml"
    text = datei.read_text(encoding="utf-8")
    datei.write_text(re.sub(r"(\n  - id: pass\n(?:.*\n)*?)    nie_nicht_erfuellt: .*\n", r"\1", text, count=1), encoding="utf-8")
    result = invoke("regeln", "--verzeichnis", str(projekt / "rules"), "pruefen")
    assert result.exit_code == 4
    assert "„pass“ kann nach ihrer Bedingung nie „nicht erfüllt“ sein" in result.stderr


# --- neue-fassung --------------------------------------------------------------------------------------
def test_neue_fassung_copies_the_version_in_force_and_leaves_the_old_file_alone(projekt):
    rules = projekt / "rules"
    alt = load(rules).select("aufenthg_25b", load(rules).versionen["aufenthg_25b"][-1].datei.gueltig_ab - timedelta(days=1))
    ab = alt.datei.gueltig_ab + timedelta(days=100)
    vorher = hashlib.sha256((rules / alt.pfad).read_bytes()).hexdigest()
    result = invoke("regeln", "--verzeichnis", str(rules), "neue-fassung", "aufenthg_25b", "--ab", ab.strftime("%d.%m.%Y"))
    assert result.exit_code == 0, result.stderr
    neu = rules / "aufenthg" / "25b" / f"{ab.isoformat()}.yaml"
    assert neu.exists() and hashlib.sha256((rules / alt.pfad).read_bytes()).hexdigest() == vorher
    skizze = next((projekt / "features").glob("*.entwurf"))
    assert "# language: de" in skizze.read_text(encoding="utf-8")
    regelwerk = load(rules)
    assert regelwerk.select("aufenthg_25b", ab - timedelta(days=1)).gueltig_bis == ab - timedelta(days=1)
    assert regelwerk.select("aufenthg_25b", ab).pfad == f"aufenthg/25b/{ab.isoformat()}.yaml"
    unfertig = invoke("regeln", "--verzeichnis", str(rules), "pruefen")
    assert unfertig.exit_code == 4 and "noch auszufüllen" in unfertig.stderr  # fassung and quelle are placeholders
    again = invoke("regeln", "--verzeichnis", str(rules), "neue-fassung", "aufenthg_25b", "--ab", ab.strftime("%d.%m.%Y"))
    assert again.exit_code == 4 and "schon eine Fassung" in again.stderr


# --- saetze ---------------------------------------------------------------------------------------------
def test_saetze_lists_every_step_with_an_example():
    result = invoke("regeln", "saetze")
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert "Angenommen der Stichtag ist der <tag>" in text
    assert re.search(r"z\. B\. „der Stichtag ist der \d\d\.\d\d\.\d{4}“ \(features/\S+\.feature:\d+\)", text)
    liste = werkzeug.saetze()
    assert len(liste) > 50 and f"{len(liste)} Sätze" in text
    assert all(s.beispiel or s.beschreibung or "noch in keinem Szenario" in text for s in liste)


# --- testen ---------------------------------------------------------------------------------------------
def test_testen_reports_a_failing_step_with_file_and_line(tmp_path):
    shutil.copytree(ROOT / "tests" / "bdd", tmp_path / "tests" / "bdd")
    shutil.copytree(ROOT / "features", tmp_path / "features")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    feature = tmp_path / "features" / "aufenthg_25b.feature"
    text = feature.read_text(encoding="utf-8")
    zeile = next(i for i, z in enumerate(text.splitlines(), 1) if "| 01.08.2015 | 01.08.2015 |" in z)
    feature.write_text(text.replace("| 01.08.2015 | 01.08.2015 |", "| 01.08.2015 | 01.01.2020 |", 1), encoding="utf-8")
    code, summary = werkzeug.testen(tmp_path, auswahl="gilt_die_fassung_ab")
    assert code != 0
    assert summary.startswith("Fehlgeschlagen:")
    assert re.search(rf"features/aufenthg_25b\.feature:\d+: Szenario", summary)
    assert f"features/aufenthg_25b.feature:{zeile}" in summary  # the examples row
    assert re.search(r"\d+ bestanden, 1 fehlgeschlagen\.", summary)


def test_testen_command_summarises_in_german():
    result = invoke("regeln", "testen", "-k", "vor_dem_01082015")
    assert result.exit_code == 0, result.stdout
    assert re.search(r"^\d+ bestanden, 0 fehlgeschlagen\.$", result.stdout.strip())


# --- fragen ---------------------------------------------------------------------------------------------
REGISTER = """\
fragen:
  - id: beispiel-frage
    frage: "Gilt X für Y?"
    normen: ["§ 25b AufenthG"]
    positionen:
      - auffassung: "Ja."
        quellen: ["BVerwG, Urteil vom 18.12.2019 – 1 C 34.18"]
      - auffassung: "Nein."
        quellen: []
    kimrules: "ungeklärt"
    stand: 2026-12-04
  - id: andere-frage
    frage: "Gilt Z?"
    normen: ["§ 10 StAG"]
    kimrules: "ungeklärt"
    stand: 2026-12-04
    geklaert: "01.12.2026, Gesetz"
"""


def test_fragen_lists_the_register(projekt):
    ordner = projekt / "rules" / "offene_fragen"
    ordner.mkdir(exist_ok=True)
    for alt in ordner.glob("*.yaml"):
        alt.unlink()
    (ordner / "register.yaml").write_text(REGISTER, encoding="utf-8")
    result = invoke("regeln", "--verzeichnis", str(projekt / "rules"), "fragen")
    assert result.exit_code == 0, result.stderr
    assert "[beispiel-frage] Gilt X für Y?" in result.stdout and "BVerwG, Urteil vom 18.12.2019 – 1 C 34.18" in result.stdout
    assert "[andere-frage] Gilt Z?  (GEKLÄRT)" in result.stdout and "2 Fragen, davon 1 offen." in result.stdout
    nur = invoke("regeln", "--verzeichnis", str(projekt / "rules"), "fragen", "--norm", "§ 10 StAG")
    assert "andere-frage" in nur.stdout and "beispiel-frage" not in nur.stdout


def test_fragen_reports_a_broken_register(projekt):
    ordner = projekt / "rules" / "offene_fragen"
    ordner.mkdir(exist_ok=True)
    (ordner / "kaputt.yaml").write_text("fragen:\n  - id: x\n", encoding="utf-8")
    result = invoke("regeln", "--verzeichnis", str(projekt / "rules"), "fragen")
    assert result.exit_code == 4 and "kaputt.yaml" in result.stderr and "Zeile 2" in result.stderr


def test_real_register_reads_if_present():
    liste = werkzeug.fragen()
    assert all(f["id"] and f["frage"] for f in liste)


# --- pruefen: every error of every file at once --------------------------------------------------------
def test_pruefen_reports_the_issue_typos_in_one_round(projekt):
    datei = projekt / "rules" / "aufenthg" / "25b" / "2022-12-31.yaml"
    text = datei.read_text(encoding="utf-8")
    text = text.replace("{fakt: duldung_60d_monate, mindestens: 30}", "{fakt: duldung_60d_monate, mindestns: 30}", 1)
    text = text.replace('    fundstelle: "§ 25b Abs. 1 Satz 2 Nr. 2 AufenthG"', '    fundstele: "§ 25b Abs. 1 Satz 2 Nr. 2 AufenthG"')
    text = text.replace("{fakt: bekenntnis_abgegeben, ist: true}", "{fakt: bekenntnis_abgegeben, ist: ja}")
    text = text.replace("{fakt: grundkenntnisse_nachgewiesen, ist: true}", "{fakt: grundkentnisse_nachgewiesen, ist: true}")
    datei.write_text(text, encoding="utf-8")
    result = invoke("regeln", "pruefen", "--verzeichnis", str(projekt / "rules"))
    assert result.exit_code == 4
    err = result.stderr
    assert "meinten Sie „mindestens“?" in err and "meinten Sie „fundstelle“?" in err
    assert "meinten Sie „grundkenntnisse_nachgewiesen“?" in err
    assert "bekenntnis_abgegeben" not in err  # ist: ja is yes
    assert re.search(r"Zeile \d+, Spalte \d+", err) and str(datei) in err and "Traceback" not in err


# --- pruefen (a client): one faulty rule file stops one norm, not all ----------------------------------------
def test_pruefen_screens_the_other_norms_when_one_rule_file_is_faulty(tmp_path, monkeypatch):
    import json

    import jsonschema

    from kimrules.regelwerk import cache

    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    datei = tmp_path / "rules" / "aufenthg" / "25b" / "2022-12-31.yaml"
    datei.write_text(datei.read_text(encoding="utf-8").replace("fakt: geduldet,", "fakt: gedultet,", 1), encoding="utf-8")
    monkeypatch.setattr(cache, "load_cached", lambda tolerant=False: load(tmp_path / "rules", tolerant=tolerant))
    beispiel = str(ROOT / "examples" / "kim-2025-0001-baecker.yaml")
    text = invoke("pruefen", beispiel, "--stichtag", "15.02.2025")
    assert text.exit_code == 4
    assert "REGELDATEI FEHLERHAFT" in text.stdout and "aufenthg_25b: Regeldatei fehlerhaft" in text.stdout
    assert "meinten Sie „geduldet“?" in text.stdout and "§ 104c AufenthG" in text.stdout and "§ 10 StAG" in text.stdout
    assert "Regeldatei fehlerhaft, nicht geprüft: aufenthg_25b, aufenthg_25b_abs4" in text.stderr
    roh = invoke("pruefen", beispiel, "--stichtag", "15.02.2025", "--format", "json")
    assert roh.exit_code == 4
    bericht = json.loads(roh.stdout)
    jsonschema.validate(bericht, json.loads((ROOT / "docs" / "ausgabe.schema.json").read_text(encoding="utf-8")))
    assert [f["kennung"] for f in bericht["regeldateien_fehlerhaft"]] == ["aufenthg_25b", "aufenthg_25b_abs4"]
    assert "aufenthg_25b" not in {p["kennung"] for p in bericht["pfade"]} and {"aufenthg_104c", "stag_10"} <= {p["kennung"] for p in bericht["pfade"]}
    nur = invoke("pruefen", beispiel, "--stichtag", "15.02.2025", "--norm", "aufenthg_25b")
    assert nur.exit_code == 4 and nur.stdout == "" and "gedultet" in nur.stderr
