"""Loading, validating and selecting the versioned rule files (kimrules.regelwerk.rules; LAW.md § 1, § 4.1, G3, D22)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from kimrules.fakten import catalog

from kimrules.regelwerk import rules
from kimrules.regelwerk.conditions import Fakt, walk
from kimrules.basis.errors import RuleFileError

D = date
ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules"
V2027 = "aufenthg/25b/2027-07-01.yaml"
V2022 = "aufenthg/25b/2022-12-31.yaml"


@pytest.fixture(scope="module")
def regelwerk() -> rules.Regelwerk:
    return rules.load(RULES)


# --- the real rules ---------------------------------------------------------------------------------


def test_real_rules_load(regelwerk):
    assert regelwerk.norms() == ["aufenthg_104c", "aufenthg_25a", "aufenthg_25b", "stag_10"]
    assert [f.pfad for f in regelwerk.versionen["aufenthg_25b"]] == [
        "aufenthg/25b/2015-08-01.yaml",
        "aufenthg/25b/2020-01-01.yaml",
        "aufenthg/25b/2022-12-31.yaml",
        "aufenthg/25b/2027-07-01.yaml",
    ]
    assert len(regelwerk.sha256) == 64
    assert rules.load(RULES).sha256 == regelwerk.sha256  # deterministic


@pytest.mark.parametrize(
    "stichtag, expected",
    [
        (D(2015, 7, 31), None),  # § 25b not yet in force
        (D(2015, 8, 1), "2015-08-01"),
        (D(2019, 12, 31), "2015-08-01"),
        (D(2020, 1, 1), "2020-01-01"),  # Abs. 6 (Beschäftigungsduldung)
        (D(2022, 12, 30), "2020-01-01"),
        (D(2022, 12, 31), "2022-12-31"),  # Chancen-Aufenthaltsrecht law: 6/4 years, § 104c holders
        (D(2027, 6, 30), "2022-12-31"),
        (D(2027, 7, 1), "2027-07-01"),  # § 104c parts repealed
        (D(2040, 1, 1), "2027-07-01"),
    ],
)
def test_select_on_boundary_days(regelwerk, stichtag, expected):
    f = regelwerk.select("aufenthg_25b", stichtag)
    if expected is None:
        assert f is None
        return
    assert f.datei.gueltig_ab.isoformat() == expected
    assert f.pfad == f"aufenthg/25b/{expected}.yaml"
    assert f.datei.gueltig_ab <= stichtag
    assert f.gueltig_bis is None or stichtag <= f.gueltig_bis


def test_versions_cover_time_without_gaps_or_overlaps(regelwerk):
    fassungen = regelwerk.versionen["aufenthg_25b"]
    for a, b in zip(fassungen, fassungen[1:]):
        assert (b.datei.gueltig_ab - a.gueltig_bis).days == 1
    assert fassungen[-1].gueltig_bis is None


def test_residence_thresholds_per_version(regelwerk):
    """8/6 years before 31.12.2022, 6/4 years since (LAW.md § 4.1)."""

    def thresholds(stichtag):
        req = next(v for v in regelwerk.select("aufenthg_25b", stichtag).datei.voraussetzungen if v.id == "voraufenthalt")
        return sorted({n.operand for _, n in walk(req.bedingung) if isinstance(n, Fakt) and n.fakt == "voraufenthalt_monate"})

    assert thresholds(D(2022, 12, 30)) == [72, 96]
    assert thresholds(D(2022, 12, 31)) == [48, 72]
    assert thresholds(D(2027, 7, 1)) == [48, 72]


def test_104c_only_in_the_chancen_version(regelwerk):
    def uses_104c(stichtag):
        d = regelwerk.select("aufenthg_25b", stichtag).datei
        return any(
            isinstance(n, Fakt) and n.fakt in ("inhaber_ae_104c", "voraufenthalt_monate_mit_60b")
            for v in d.voraussetzungen
            for _, n in walk(v.bedingung)
        )

    assert not uses_104c(D(2022, 12, 30))
    assert uses_104c(D(2022, 12, 31))
    assert uses_104c(D(2027, 6, 30))
    assert not uses_104c(D(2027, 7, 1))


def test_parameter_resolved_for_the_stichtag(regelwerk):
    f = regelwerk.select("aufenthg_25b", D(2025, 1, 1))
    assert f.parameter == {"lebensunterhalt_ueberwiegend_prozent": 51.0}
    assert "51 %" in regelwerk.parameter_fundstelle("lebensunterhalt_ueberwiegend_prozent", D(2025, 1, 1))


@pytest.mark.parametrize("pfad", sorted(str(p.relative_to(RULES)) for p in (RULES / "aufenthg").rglob("*.yaml")))
def test_every_requirement_has_a_fundstelle_and_known_facts(regelwerk, pfad):
    fassung = next(f for fs in regelwerk.versionen.values() for f in fs if f.pfad == pfad)
    d = fassung.datei
    assert d.quelle.strip()
    for v in d.voraussetzungen:
        assert v.fundstelle.strip(), v.id
        assert any(law in v.fundstelle for law in ("AufenthG", "StAG", "BGB")), (v.id, v.fundstelle)
        for _, n in walk(v.bedingung):
            if isinstance(n, Fakt):
                assert n.fakt in catalog.FAKTEN


# --- defective copies: RuleFileError naming file, field path and line ---------------------------------------


def copy_with(tmp_path: Path, rel: str, old: str, new: str, count: int = 1) -> Path:
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return root


def only_problem(root: Path):
    with pytest.raises(RuleFileError) as info:
        rules.load(root)
    err = info.value
    assert err.exit_code == 4
    assert len(err.problems) == 1, err.problems
    return err.problems[0], str(err)


def line_of(root: Path, rel: str, needle: str) -> int:
    lines = (root / rel).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_unknown_fact_typo_suggests_the_right_name(tmp_path):
    root = copy_with(tmp_path, V2027, "{fakt: geduldet, ist: true}", "{fakt: geduldett, ist: true}")
    p, text = only_problem(root)
    assert p.file == str(root / V2027)
    assert p.location == "voraussetzungen.0.bedingung.eine_von.0.fakt"
    assert p.line == line_of(root, V2027, "geduldett")
    assert "unbekannter Fakt „geduldett“" in p.message
    assert "meinten Sie „geduldet“" in p.message
    assert f"Zeile {p.line}" in text and "2027-07-01.yaml" in text


def test_unknown_fact_deep_inside_nicht_and_alle(tmp_path):
    root = copy_with(
        tmp_path,
        V2027,
        "        - {fakt: geduldet, ist: true}",
        "        - nicht:\n            alle:\n              - {fakt: geduldet, ist: false}\n              - {fakt: alter_jahr, mindestens: 16}",
    )
    p, _ = only_problem(root)
    assert p.location == "voraussetzungen.0.bedingung.eine_von.0.nicht.alle.1.fakt"
    assert p.line == line_of(root, V2027, "alter_jahr,")
    assert "meinten Sie „alter_jahre“" in p.message


def test_duplicate_yaml_key(tmp_path):
    first = '    fundstelle: "§ 25b Abs. 1 Satz 1 AufenthG"\n'
    root = copy_with(tmp_path, V2027, first, first + '    fundstelle: "§ 25b AufenthG"\n')
    p, _ = only_problem(root)
    assert p.file == str(root / V2027)
    assert p.location == "voraussetzungen.0.fundstelle"
    first_line = line_of(root, V2027, "fundstelle:")
    assert p.line == first_line + 1
    assert "kommt doppelt vor" in p.message
    assert f"zuerst in Zeile {first_line}" in p.message


def test_missing_fundstelle(tmp_path):
    root = copy_with(tmp_path, V2027, '    fundstelle: "§ 25b Abs. 1 Satz 2 Nr. 2 AufenthG"\n', "")
    p, _ = only_problem(root)
    assert p.file == str(root / V2027)
    assert p.location == "voraussetzungen.2.fundstelle"
    assert p.line == line_of(root, V2027, "id: bekenntnis_grundkenntnisse")
    assert "Fundstelle fehlt" in p.message
    assert "LAW.md" in p.message and "AufenthG" in p.message  # says where to find it and what it looks like


def test_empty_fundstelle(tmp_path):
    root = copy_with(tmp_path, V2027, '    fundstelle: "§ 25b Abs. 1 Satz 2 Nr. 2 AufenthG"', '    fundstelle: ""')
    p, _ = only_problem(root)
    assert p.location == "voraussetzungen.2.fundstelle"
    assert p.line == line_of(root, V2027, 'fundstelle: ""')


def test_overlapping_validity_periods(tmp_path):
    root = copy_with(tmp_path, V2022, "gueltig_bis: 2027-06-30", "gueltig_bis: 2027-07-01")
    p, _ = only_problem(root)
    assert p.file == str(root / V2022)
    assert p.location == "gueltig_bis"
    assert "überschneidet sich mit aufenthg/25b/2027-07-01.yaml" in p.message
    assert "spätestens 30.06.2027" in p.message
    assert p.line == line_of(root, V2022, "gueltig_bis:")


def test_file_name_must_equal_gueltig_ab(tmp_path):
    root = copy_with(tmp_path, V2027, "gueltig_ab: 2027-07-01", "gueltig_ab: 2027-07-02")
    p, _ = only_problem(root)
    assert p.file == str(root / V2027)
    assert p.location == "gueltig_ab"
    assert p.line == line_of(root, V2027, "gueltig_ab:")
    assert "„2027-07-02.yaml“" in p.message


def test_unknown_parameter(tmp_path):
    root = copy_with(tmp_path, V2027, "{parameter: lebensunterhalt_ueberwiegend_prozent}", "{parameter: lebensunterhalt_ueberwiegnd_prozent}")
    p, _ = only_problem(root)
    assert p.file == str(root / V2027)
    assert p.location.startswith("voraussetzungen.3.bedingung.eine_von.0")
    assert p.line == line_of(root, V2027, "lebensunterhalt_ueberwiegnd_prozent")
    assert "unbekannter Parameter „lebensunterhalt_ueberwiegnd_prozent“" in p.message
    assert "meinten Sie „lebensunterhalt_ueberwiegend_prozent“" in p.message


def test_numeric_comparison_on_a_yes_no_fact(tmp_path):
    root = copy_with(tmp_path, V2027, "{fakt: geduldet, ist: true}", "{fakt: geduldet, mindestens: 1}")
    p, _ = only_problem(root)
    assert p.location == "voraussetzungen.0.bedingung.eine_von.0.fakt"
    assert p.line == line_of(root, V2027, "{fakt: geduldet, mindestens: 1}")
    assert "ja/nein" in p.message and "ist: true" in p.message


def test_ist_on_a_numeric_fact(tmp_path):
    root = copy_with(tmp_path, V2027, "{fakt: voraufenthalt_monate, mindestens: 72}", "{fakt: voraufenthalt_monate, ist: true}")
    p, _ = only_problem(root)
    assert p.location == "voraussetzungen.1.bedingung.eine_von.0.fakt"
    assert p.line == line_of(root, V2027, "{fakt: voraufenthalt_monate, ist: true}")
    assert "Zahl (Monate)" in p.message and "mindestens" in p.message


def test_number_compared_with_a_boolean_operand(tmp_path):
    root = copy_with(tmp_path, V2027, "{fakt: voraufenthalt_monate, mindestens: 72}", "{fakt: voraufenthalt_monate, mindestens: true}")
    p, _ = only_problem(root)
    assert p.location == "voraussetzungen.1.bedingung.eine_von.0.mindestens"
    assert "Zahl" in p.message


def test_two_comparison_operators_in_one_leaf(tmp_path):
    root = copy_with(
        tmp_path,
        V2027,
        "- {fakt: deutsch_schriftlich_stufe_person_oder_partner, mindestens: 2}",
        "- {fakt: deutsch_schriftlich_stufe_person_oder_partner, mindestens: 2, mehr_als: 1}",
    )
    p, _ = only_problem(root)
    assert p.location == "voraussetzungen.1.bedingung.eine_von.2.alle.3.eine_von.1"
    assert p.line == line_of(root, V2027, "mehr_als: 1}")
    assert "genau einen Vergleich" in p.message
    assert "mindestens" in p.message and "weniger_als" in p.message


def test_unknown_condition_keyword(tmp_path):
    root = copy_with(
        tmp_path,
        V2027,
        "      eine_von:\n        - {fakt: voraufenthalt_monate, mindestens: 72}",
        "      oder:\n        - {fakt: voraufenthalt_monate, mindestens: 72}",
    )
    p, _ = only_problem(root)
    assert p.location == "voraussetzungen.1.bedingung"
    assert p.line == line_of(root, V2027, "oder:") - 1  # the line of "bedingung:"
    assert "fakt, alle, eine_von, nicht, einzelfall" in p.message


def test_unknown_field_in_a_requirement(tmp_path):
    first = '    fundstelle: "§ 25b Abs. 1 Satz 1 AufenthG"\n'
    root = copy_with(tmp_path, V2027, first, first + "    fundstele: x\n")
    p, _ = only_problem(root)
    assert p.location == "voraussetzungen.0.fundstele"
    assert p.line == line_of(root, V2027, "fundstele:")
    assert "unbekanntes Feld „fundstele“" in p.message


def test_broken_yaml(tmp_path):
    root = copy_with(tmp_path, V2027, "rechtsfolge: soll", "rechtsfolge: [soll")
    with pytest.raises(RuleFileError) as info:
        rules.load(root)
    (p,) = info.value.problems
    assert p.file == str(root / V2027)
    assert p.location == ""  # the whole file
    assert p.line is not None and p.line >= line_of(root, V2027, "rechtsfolge: [soll")
    assert "kein gültiges YAML" in p.message and "eckigen Klammern" in p.message


def test_several_defects_are_reported_together(tmp_path):
    root = copy_with(tmp_path, V2027, "{fakt: geduldet, ist: true}", "{fakt: geduldett, ist: true}")
    path = root / V2022
    path.write_text(path.read_text(encoding="utf-8").replace("{fakt: pass_gueltig, ist: true}", "{fakt: pass_gültig, ist: true}"), encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        rules.load(root)
    files = sorted(Path(p.file).name for p in info.value.problems)
    assert files == ["2022-12-31.yaml", "2027-07-01.yaml"]
    assert info.value.message.startswith("2 Fehler")


# --- small fixture trees ------------------------------------------------------------------------------------------


MINIMAL = """\
kennung: demo
norm: "§ 1 Demo"
titel: Demo
fassung: Demo
gueltig_ab: {ab}
{bis}quelle: "LAW.md"
rechtsfolge: kann
rechtsfolge_text: "Demo"
voraussetzungen:
  - id: alt_genug
    titel: Alt genug
    fundstelle: "§ 1 Demo"
    bedingung: {{fakt: alter_jahre, mindestens: 16}}
    wenn_nicht_erfuellt: "Warten."
"""


def write_demo(root: Path, ab: str, bis: str | None = None) -> None:
    (root / "parameter").mkdir(parents=True, exist_ok=True)
    d = root / "demo"
    d.mkdir(exist_ok=True)
    (d / f"{ab}.yaml").write_text(MINIMAL.format(ab=ab, bis=f"gueltig_bis: {bis}\n" if bis else ""), encoding="utf-8")


def test_implicit_end_is_the_day_before_the_next_version(tmp_path):
    write_demo(tmp_path, "2020-01-01")
    write_demo(tmp_path, "2021-03-01")
    r = rules.load(tmp_path)
    assert r.select("demo", D(2019, 12, 31)) is None
    assert r.select("demo", D(2021, 2, 28)).pfad == "demo/2020-01-01.yaml"
    assert r.select("demo", D(2021, 2, 28)).gueltig_bis == D(2021, 2, 28)
    assert r.select("demo", D(2021, 3, 1)).pfad == "demo/2021-03-01.yaml"


def test_explicit_end_leaves_a_gap_where_nothing_applies(tmp_path):
    write_demo(tmp_path, "2020-01-01", bis="2020-06-30")
    write_demo(tmp_path, "2021-01-01")
    r = rules.load(tmp_path)
    assert r.select("demo", D(2020, 6, 30)) is not None
    assert r.select("demo", D(2020, 7, 1)) is None
    assert r.select("demo", D(2021, 1, 1)).pfad == "demo/2021-01-01.yaml"


def test_gueltig_bis_before_gueltig_ab(tmp_path):
    write_demo(tmp_path, "2020-01-01", bis="2019-12-31")
    with pytest.raises(RuleFileError) as info:
        rules.load(tmp_path)
    (p,) = info.value.problems
    assert "gueltig_bis liegt vor gueltig_ab" in p.message
    assert p.line is not None


def test_two_versions_with_the_same_start_are_an_overlap(tmp_path):
    """Two files of one norm starting on the same day overlap completely; one would silently never apply."""
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    (root / "aufenthg" / "25b_kopie").mkdir()
    shutil.copy(root / V2027, root / "aufenthg" / "25b_kopie" / "2027-07-01.yaml")
    with pytest.raises(RuleFileError) as info:
        rules.load(root)
    (p,) = info.value.problems
    assert "überschneidet sich" in p.message
