"""Loading, validating and selecting the versioned rule files (kimrules.regelwerk.rules)."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
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
    """One kennung per folder below rules/<gesetz>/, one version per file, sorted by start."""
    folders = sorted({p.parent for p in rules.rule_files(RULES)})
    assert sorted(regelwerk.versionen) == sorted(rules.kennung_of(f.relative_to(RULES) / "x.yaml") for f in folders)
    for kennung, fassungen in regelwerk.versionen.items():
        assert [f.pfad for f in fassungen] == sorted(p.relative_to(RULES).as_posix() for p in rules.rule_files(RULES)
                                                      if rules.kennung_of(p.relative_to(RULES)) == kennung)
    assert regelwerk.fehlerhaft == {}
    assert len(regelwerk.sha256) == 64
    assert rules.load(RULES).sha256 == regelwerk.sha256  # deterministic


def _tage_an_grenzen(regelwerk):
    """Per version of every norm: the day before it starts, its first and its last day (read from the files)."""
    for kennung, fassungen in sorted(regelwerk.versionen.items()):
        for i, f in enumerate(fassungen):
            vorher = fassungen[i - 1].pfad if i else None
            yield kennung, f.datei.gueltig_ab - timedelta(days=1), vorher
            yield kennung, f.datei.gueltig_ab, f.pfad
            if f.gueltig_bis is not None:
                yield kennung, f.gueltig_bis, f.pfad


@pytest.mark.parametrize("kennung, stichtag, expected", list(_tage_an_grenzen(rules.load(RULES))))
def test_select_on_boundary_days(regelwerk, kennung, stichtag, expected):
    f = regelwerk.select(kennung, stichtag)
    if expected is None:
        assert f is None
        return
    assert f.pfad == expected
    assert f.datei.gueltig_ab <= stichtag
    assert f.gueltig_bis is None or stichtag <= f.gueltig_bis


@pytest.mark.parametrize("kennung", sorted(rules.load(RULES).versionen))
def test_versions_cover_time_without_gaps_or_overlaps(regelwerk, kennung):
    fassungen = regelwerk.versionen[kennung]
    for a, b in zip(fassungen, fassungen[1:]):
        assert (b.datei.gueltig_ab - a.gueltig_bis).days == 1
    assert fassungen[-1].gueltig_bis is None


def test_no_rule_file_writes_its_own_end():
    """The end of a version is derived from the next version's start; old files are never edited."""
    for pfad in rules.rule_files(RULES):
        assert "gueltig_bis:" not in pfad.read_text(encoding="utf-8"), pfad


def test_parameter_resolved_for_the_stichtag(regelwerk):
    """A version gets the parameter value in force on the Stichtag, with its Fundstelle."""
    for kennung, fassungen in regelwerk.versionen.items():
        for f in fassungen:
            tag = f.datei.gueltig_ab
            for name, wert in regelwerk.select(kennung, tag).parameter.items():
                werte = [w for w in regelwerk.parameter[name].werte if w.gueltig_ab <= tag]
                neuester = max(werte, key=lambda w: w.gueltig_ab)
                assert wert == neuester.wert
                assert regelwerk.parameter_fundstelle(name, tag) == neuester.fundstelle


@pytest.mark.parametrize("pfad", sorted(str(p.relative_to(RULES)) for p in rules.rule_files(RULES) if p.relative_to(RULES).parts[0] == "aufenthg"))
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
    assert "AufenthG" in p.message  # says what it looks like


def test_empty_fundstelle(tmp_path):
    root = copy_with(tmp_path, V2027, '    fundstelle: "§ 25b Abs. 1 Satz 2 Nr. 2 AufenthG"', '    fundstelle: ""')
    p, _ = only_problem(root)
    assert p.location == "voraussetzungen.2.fundstelle"
    assert p.line == line_of(root, V2027, 'fundstelle: ""')


def test_an_explicit_gueltig_bis_is_refused(tmp_path):
    root = copy_with(tmp_path, V2022, "gueltig_ab: 2022-12-31\n", "gueltig_ab: 2022-12-31\ngueltig_bis: 2027-06-30\n")
    p, _ = only_problem(root)
    assert p.file == str(root / V2022)
    assert p.location == "gueltig_bis"
    assert "Tag vor dem Beginn der nächsten Fassung" in p.message
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
    assert p.location == "voraussetzungen.0.bedingung.eine_von.0.mindestens"
    assert p.line == line_of(root, V2027, "{fakt: geduldet, mindestens: 1}")
    assert "ja/nein" in p.message and "ist: ja" in p.message


def test_ist_on_a_numeric_fact(tmp_path):
    root = copy_with(tmp_path, V2027, "{fakt: voraufenthalt_monate, mindestens: {parameter: voraufenthalt_25b_monate}}", "{fakt: voraufenthalt_monate, ist: true}")
    p, _ = only_problem(root)
    assert p.location == "voraussetzungen.1.bedingung.eine_von.0.ist"
    assert p.line == line_of(root, V2027, "{fakt: voraufenthalt_monate, ist: true}")
    assert "Zahl (Monate)" in p.message and "mindestens" in p.message


def test_number_compared_with_a_boolean_operand(tmp_path):
    root = copy_with(tmp_path, V2027, "{fakt: voraufenthalt_monate, mindestens: {parameter: voraufenthalt_25b_monate}}", "{fakt: voraufenthalt_monate, mindestens: true}")
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
        "      eine_von:\n        - {fakt: voraufenthalt_monate, mindestens: {parameter: voraufenthalt_25b_monate}}",
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
quelle: "Demo"
rechtsfolge: kann
rechtsfolge_text: "Demo"
voraussetzungen:
  - id: alt_genug
    titel: Alt genug
    fundstelle: "§ 1 Demo"
    bedingung: {{fakt: alter_jahre, mindestens: 16}}
    wenn_nicht_erfuellt: "Warten."
"""


def write_demo(root: Path, ab: str) -> None:
    (root / "parameter").mkdir(parents=True, exist_ok=True)
    d = root / "demo"
    d.mkdir(exist_ok=True)
    (d / f"{ab}.yaml").write_text(MINIMAL.format(ab=ab), encoding="utf-8")


def test_implicit_end_is_the_day_before_the_next_version(tmp_path):
    write_demo(tmp_path, "2020-01-01")
    write_demo(tmp_path, "2021-03-01")
    r = rules.load(tmp_path)
    assert r.select("demo", D(2019, 12, 31)) is None
    assert r.select("demo", D(2021, 2, 28)).pfad == "demo/2020-01-01.yaml"
    assert r.select("demo", D(2021, 2, 28)).gueltig_bis == D(2021, 2, 28)
    assert r.select("demo", D(2021, 3, 1)).pfad == "demo/2021-03-01.yaml"


def test_a_new_version_ends_the_old_one_without_touching_its_file(tmp_path):
    write_demo(tmp_path, "2020-01-01")
    before = rules.load(tmp_path).versionen["demo"][0]
    write_demo(tmp_path, "2027-01-01")
    after = rules.load(tmp_path).versionen["demo"][0]
    assert (before.gueltig_bis, after.gueltig_bis) == (None, D(2026, 12, 31))
    assert before.sha256 == after.sha256  # receipts naming the old file stay verifiable


def test_two_versions_with_the_same_start_are_an_overlap(tmp_path):
    """Two files of one norm starting on the same day overlap completely; one would silently never apply."""
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    (root / "aufenthg" / "25b_kopie").mkdir()
    shutil.copy(root / V2027, root / "aufenthg" / "25b_kopie" / "2027-07-01.yaml")
    with pytest.raises(RuleFileError) as info:
        rules.load(root)
    (p,) = info.value.problems
    assert "Kennung muss dem Ordner entsprechen: „aufenthg_25b_kopie“" in p.message


def test_two_files_of_one_norm_with_the_same_start(tmp_path):
    write_demo(tmp_path, "2020-01-01")
    (tmp_path / "demo" / "2020-01-01.yaml").rename(tmp_path / "demo" / "x.yaml")
    write_demo(tmp_path, "2020-01-01")
    with pytest.raises(RuleFileError) as info:
        rules.load(tmp_path)
    messages = [p.message for p in info.value.problems]
    assert any("schon eine Fassung ab 01.01.2020" in m for m in messages), messages


# --- every error at once, with line, column and a suggestion ---------------------------------------------------------


def test_every_error_of_every_file_at_once(tmp_path):
    """The misspellings of a legal expert's first try are all reported in one round."""
    root = copy_with(tmp_path, V2022, "{fakt: voraufenthalt_monate, mindestens: {parameter: voraufenthalt_25b_monate}}", "{fakt: voraufenthalt_monate, mindestns: 72}")
    path = root / V2022
    text = path.read_text(encoding="utf-8")
    text = text.replace('    fundstelle: "§ 25b Abs. 1 Satz 2 Nr. 2 AufenthG"', '    fundstele: "§ 25b Abs. 1 Satz 2 Nr. 2 AufenthG"')
    text = text.replace("{fakt: grundkenntnisse_nachgewiesen, ist: true}", "{fakt: grundkentnisse_nachgewiesen, ist: true}")
    text = text.replace("rechtsfolge: soll", "rechtsfolge: sol")
    path.write_text(text, encoding="utf-8")
    other = root / V2027
    other.write_text(other.read_text(encoding="utf-8").replace("  - id: pass\n", "  - id: identitaet\n"), encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        rules.load(root)
    by_text = {p.message: p for p in info.value.problems}

    def find(fragment):
        hits = [p for m, p in by_text.items() if fragment in m]
        assert hits, (fragment, list(by_text))
        return hits[0]

    p = find("unbekanntes Feld „mindestns“; meinten Sie „mindestens“?")
    assert (p.line, p.column) == (line_of(root, V2022, "mindestns"), text.splitlines()[p.line - 1].index("mindestns") + 1)
    assert find("unbekanntes Feld „fundstele“; meinten Sie „fundstelle“?").line == line_of(root, V2022, "fundstele:")
    assert find("unbekannter Fakt „grundkentnisse_nachgewiesen“; meinten Sie „grundkenntnisse_nachgewiesen“?")
    assert find("„sol“ ist nicht erlaubt").message.endswith("meinten Sie „soll“?")
    dup = find("Voraussetzungs-id „identitaet“ kommt doppelt vor")
    assert dup.file == str(other)
    assert dup.line == line_of(root, V2027, "  - id: identitaet\n".strip()) or dup.line > 1
    assert dup.line == [i for i, z in enumerate(other.read_text(encoding="utf-8").splitlines(), 1) if z == "  - id: identitaet"][-1]
    assert "Spalte" in str(dup)


def test_ja_and_nein_mean_yes_and_no(tmp_path):
    root = copy_with(tmp_path, V2027, "{fakt: geduldet, ist: true}", "{fakt: geduldet, ist: ja}")
    ja = rules.load(root).versionen["aufenthg_25b"][-1].datei.voraussetzungen[0].bedingung
    assert rules.load(RULES).versionen["aufenthg_25b"][-1].datei.voraussetzungen[0].bedingung == ja


def test_a_faulty_file_stops_only_its_norm_when_tolerant(tmp_path):
    root = copy_with(tmp_path, V2022, "{fakt: geduldet, ist: true}", "{fakt: gedultet, ist: true}")
    with pytest.raises(RuleFileError):
        rules.load(root)
    r = rules.load(root, tolerant=True)
    assert "aufenthg_25b" not in r.versionen and "aufenthg_25b" in r.fehlerhaft
    assert "meinten Sie „geduldet“" in r.fehlerhaft["aufenthg_25b"][0].message
    assert "aufenthg_25b_abs4" in r.fehlerhaft  # built on § 25b: cannot be checked either
    assert {"aufenthg_104c", "aufenthg_25a", "stag_10"} <= set(r.norms())
