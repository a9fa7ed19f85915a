"""Practice overlays (``rules/praxis/``): loading, checks, choosing one, and the receipt naming it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from kimrules.basis.errors import RuleFileError
from kimrules.cli.main import main
from kimrules.regelwerk.conditions import PRAXIS, Praxis, walk
from kimrules.regelwerk.rules import load

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def regelwerk():
    return load()


def test_every_practice_point_used_by_a_rule_file_is_registered_and_overlays_name_only_known_points(regelwerk):
    benutzt = {n.praxis for fs in regelwerk.versionen.values() for f in fs for v in f.datei.voraussetzungen
               for _, n in walk(v.bedingung) if isinstance(n, Praxis)}
    assert benutzt <= set(regelwerk.praxis_punkte)
    for fassungen in regelwerk.praxen.values():
        for p in fassungen:
            assert set(p.datei.festlegungen) <= set(regelwerk.praxis_punkte)
            assert p.datei.quelle and all(fl.fundstelle for fl in p.datei.festlegungen.values())


def test_the_chosen_overlay_decides_its_points_only_while_in_force(regelwerk):
    for kennung, fassungen in regelwerk.praxen.items():
        mit = regelwerk.mit_praxis(kennung)
        for p in fassungen:
            for norm, versionen in regelwerk.versionen.items():
                f = mit.select(norm, p.datei.gueltig_ab)
                if f is None:
                    continue
                assert f.praxis == p.quittung()
                for punkt, festlegung in p.datei.festlegungen.items():
                    assert f.parameter[PRAXIS + punkt] == float(festlegung.gilt)
                vorher = mit.select(norm, fassungen[0].datei.gueltig_ab.replace(year=fassungen[0].datei.gueltig_ab.year - 1))
                if vorher is not None:
                    assert vorher.praxis is None and not any(k.startswith(PRAXIS) for k in vorher.parameter)
        assert regelwerk.select(next(iter(regelwerk.versionen)), fassungen[0].datei.gueltig_ab) is None or \
            regelwerk.select(next(iter(regelwerk.versionen)), fassungen[0].datei.gueltig_ab).praxis is None


def test_unknown_overlay_is_refused_with_a_suggestion(regelwerk):
    with pytest.raises(ValueError, match="meinten Sie „nrw“"):
        regelwerk.mit_praxis("nrv")


def test_rule_file_naming_an_unknown_point(tmp_path):
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    datei = tmp_path / "rules" / "aufenthg" / "25b" / "2022-12-31.yaml"
    datei.write_text(datei.read_text(encoding="utf-8").replace("praxis: ueberwiegend_ab_mehr_als_haelfte", "praxis: ueberwiegend_ab_mehr_als_haelft"), encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load(tmp_path / "rules")
    (p,) = info.value.problems
    assert "unbekannter Praxispunkt „ueberwiegend_ab_mehr_als_haelft“; meinten Sie „ueberwiegend_ab_mehr_als_haelfte“?" in p.message
    assert p.line is not None and p.column is not None


def test_overlay_with_an_unknown_point_and_a_wrong_file_name(tmp_path):
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    ordner = tmp_path / "rules" / "praxis" / "beispielstadt"
    ordner.mkdir()
    (ordner / "2024-01-02.yaml").write_text(
        "kennung: beispielstadt\ntitel: Beispielstadt\nart: behoerde\nquelle: Q\ngueltig_ab: 2024-01-01\n"
        "festlegungen:\n  ueberwiegend_mehr_als_haelfte: {gilt: ja, fundstelle: F}\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load(tmp_path / "rules")
    texte = [p.message for p in info.value.problems]
    assert any("meinten Sie „ueberwiegend_ab_mehr_als_haelfte“" in t for t in texte)
    assert any("2024-01-01.yaml" in t for t in texte)


def test_pruefen_with_praxis_names_it_in_the_receipt(tmp_path):
    beispiel = str(ROOT / "examples" / "kim-2025-0001-baecker.yaml")
    runner = CliRunner()
    ohne = runner.invoke(main, ["pruefen", beispiel, "--stichtag", "15.02.2025", "--format", "json"])
    mit = runner.invoke(main, ["pruefen", beispiel, "--stichtag", "15.02.2025", "--format", "json", "--praxis", "nrw"])
    assert ohne.exit_code == 0 and mit.exit_code == 0, mit.stderr
    schema = json.loads((ROOT / "docs" / "ausgabe.schema.json").read_text(encoding="utf-8"))
    for r in (ohne, mit):
        jsonschema.validate(json.loads(r.stdout), schema)
    pfade = {p["kennung"]: p for p in json.loads(mit.stdout)["pfade"]}
    assert pfade["aufenthg_25b"]["quittung"]["praxis"].startswith("nrw: ")
    assert all(p["quittung"]["praxis"] is None for p in json.loads(ohne.stdout)["pfade"])
    text = runner.invoke(main, ["pruefen", beispiel, "--stichtag", "15.02.2025", "--ausfuehrlich"], env={"KIMRULES_PRAXIS": "nrw"})
    assert text.exit_code == 0 and "Verwaltungspraxis: nrw: Land Nordrhein-Westfalen" in " ".join(text.stdout.split())
    falsch = runner.invoke(main, ["pruefen", beispiel, "--praxis", "nrv"])
    assert falsch.exit_code == 2 and "meinten Sie „nrw“" in falsch.stderr


def test_checkliste_pruefschema_names_the_overlay():
    beispiel = str(ROOT / "examples" / "kim-2025-0001-baecker.yaml")
    r = CliRunner().invoke(main, ["checkliste", beispiel, "--art", "pruefschema", "--stichtag", "15.02.2025", "--praxis", "nrw"])
    assert r.exit_code == 0, r.stderr
    assert "Verwaltungspraxis nrw: Land Nordrhein-Westfalen" in r.stdout
    ohne = CliRunner().invoke(main, ["checkliste", beispiel, "--art", "pruefschema", "--stichtag", "15.02.2025"])
    assert ohne.exit_code == 0 and "Verwaltungspraxis nrw" not in ohne.stdout.split("## Prüfquittung")[1]
