"""Stichtage before the first modelled version of a norm: *nicht in Kraft* or *Fassung nicht abgebildet*.

What the rule set knows of a norm itself stands in ``rules/<gesetz>/<norm>/norm.yaml``
(:class:`kimrules.regelwerk.rules.Normdatei`). Before ``in_kraft_seit`` the norm is not in force
(nicht erfüllt); from then until the first modelled version – or on any earlier day when
``in_kraft_seit`` is not known – the version in force is not modelled: the pathway is ungeklärt,
no requirement is judged. Every date here is taken from the rule files.
"""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from kimrules.akte.facts import Sachverhalt
from kimrules.ausgabe import report
from kimrules.ausgabe.render import text
from kimrules.basis.dates import format_datum
from kimrules.basis.errors import RuleFileError
from kimrules.cli.main import main
from kimrules.engine.outcome import Status
from kimrules.fristen.projektion import als_frist
from kimrules.fristen.vorausschau import fruehestens
from kimrules.pruefung.screening import Screener
from kimrules.regelwerk import rules
from kimrules.regelwerk.rules import Geltung
from kimrules.vorpruefung import vorpruefung

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules"
SCHEMA = json.loads((ROOT / "docs" / "ausgabe.schema.json").read_text(encoding="utf-8"))
TAG = timedelta(days=1)


@pytest.fixture(scope="module")
def regelwerk() -> rules.Regelwerk:
    return rules.load(RULES)


@pytest.fixture(scope="module")
def screener(regelwerk):
    with Screener(regelwerk) as s:
        yield s


def _person() -> Sachverhalt:
    return Sachverhalt.model_validate({"aktenzeichen": "KIM-T-ALT", "person": {"geburtsdatum": "1930-01-01"}})


def _erste(regelwerk, kennung: str) -> date:
    return regelwerk.versionen[kennung][0].datei.gueltig_ab


def _grenzen(regelwerk) -> list[tuple[str, date, Geltung]]:
    """(kennung, day, what the rule files say of that day) on both sides of each boundary."""
    out = []
    for kennung in sorted(regelwerk.versionen):
        erste = _erste(regelwerk, kennung)
        seit = regelwerk.normen[kennung].in_kraft_seit if kennung in regelwerk.normen else None
        out.append((kennung, erste, Geltung.in_kraft))
        if seit is None or seit < erste:
            out.append((kennung, erste - TAG, Geltung.fassung_nicht_abgebildet))
        if seit is not None:
            out.append((kennung, seit - TAG, Geltung.nicht_in_kraft))
            if seit < erste:
                out.append((kennung, seit, Geltung.fassung_nicht_abgebildet))
        else:  # nothing known of the norm's start: every earlier day is not modelled, never "not in force"
            out.append((kennung, date(1950, 1, 1), Geltung.fassung_nicht_abgebildet))
    return out


def test_every_norm_folder_states_what_is_known_of_the_norm(regelwerk):
    """Each folder with versions has a norm.yaml (possibly without in_kraft_seit, then with the reason in a comment)."""
    ordner = {p.parent for p in rules.rule_files(RULES)}
    ohne = sorted(str(o.relative_to(RULES)) for o in ordner if not (o / rules.NORMDATEI).is_file())
    assert not ohne, f"norm.yaml fehlt in {ohne}"
    assert set(regelwerk.normen) == set(regelwerk.versionen)


def test_both_states_occur_in_the_rule_files(regelwerk):
    """The rule set has norms of both kinds (otherwise the tests below would not test both)."""
    arten = {g for _, _, g in _grenzen(regelwerk)}
    assert arten == set(Geltung)


@pytest.mark.parametrize("kennung, tag, geltung", _grenzen(rules.load(RULES)),
                         ids=lambda x: x.isoformat() if isinstance(x, date) else str(x))
def test_screening_on_each_side_of_the_boundaries(regelwerk, screener, kennung, tag, geltung):
    assert regelwerk.geltung(kennung, tag) is geltung
    ergebnis = screener.screen(_person(), tag, [kennung])[0]
    assert ergebnis.geltung == geltung.value
    norm = regelwerk.versionen[kennung][0].datei.norm
    if geltung is Geltung.in_kraft:
        assert ergebnis.gueltig_ab == tag.isoformat() and ergebnis.voraussetzungen
    elif geltung is Geltung.nicht_in_kraft:
        assert ergebnis.status is Status.nicht_erfuellt and not ergebnis.voraussetzungen
        assert f"{norm} ist am {format_datum(tag)} nicht in Kraft" in ergebnis.hinweis
    else:  # never "nicht erfüllt" for what the rule set does not cover
        assert ergebnis.status is Status.ungeklaert and not ergebnis.voraussetzungen
        assert ergebnis.gueltig_ab is None and ergebnis.fassung is None
        assert "nicht abgebildet" in ergebnis.hinweis and "bitte die damalige Fassung prüfen" in ergebnis.hinweis
        assert f"abgebildet ab {format_datum(_erste(regelwerk, kennung))}" in ergebnis.hinweis
        fruehere = regelwerk.normen[kennung].fruehere_fassungen
        if fruehere:
            assert fruehere in ergebnis.hinweis


def _tag_nicht_abgebildet(regelwerk, kennung: str) -> date:
    return _erste(regelwerk, kennung) - TAG


def test_report_overview_steps_and_receipt(regelwerk, screener):
    kennung = next(k for k in regelwerk.norms() if regelwerk.geltung(k, _tag_nicht_abgebildet(regelwerk, k)) is Geltung.fassung_nicht_abgebildet)
    tag = _tag_nicht_abgebildet(regelwerk, kennung)
    v = vorpruefung(_person(), tag, screener=screener)
    bericht = report.build(v)
    jsonschema.validate(json.loads(json.dumps(bericht)), SCHEMA)
    pfad = next(p for p in bericht["pfade"] if p["kennung"] == kennung)
    assert pfad["geltung"] == "fassung_nicht_abgebildet" and pfad["status"] == "ungeklaert" and not pfad["voraussetzungen"]
    zeile = next(z for z in bericht["uebersicht"] if z["kennung"] == kennung)
    assert zeile["lage"] == "zu_klaeren" and zeile["satz"].startswith("Fassung nicht abgebildet")
    schritte = next(s for s in bericht["schritte"] if s["kennung"] == kennung)
    assert any("damals geltende Fassung" in t for t in schritte["schritte"])
    for ausfuehrlich in (False, True):
        t = text(bericht, ausfuehrlich=ausfuehrlich)
        assert "Fassung nicht abgebildet" in t
    assert "keine (Fassung am Stichtag nicht abgebildet)" in text(bericht, ausfuehrlich=True)


def test_projection_does_not_call_an_unmodelled_version_not_in_force(regelwerk, screener):
    kennung = next(k for k in regelwerk.norms() if regelwerk.geltung(k, _tag_nicht_abgebildet(regelwerk, k)) is Geltung.fassung_nicht_abgebildet)
    erste = _erste(regelwerk, kennung)
    # a horizon that ends before the first modelled version: nothing can be said
    p = fruehestens(screener, _person(), erste - timedelta(days=400), kennung, horizont_monate=6)
    assert p.datum is None and "nicht abgebildet" in p.hinweis and "nicht in Kraft" not in p.hinweis
    assert als_frist(p).offen_grund
    # a horizon that reaches it: any earliest day found is qualified, an earlier one is not checked
    p = fruehestens(screener, _person(), erste - timedelta(days=40), kennung, horizont_monate=6)
    if p.datum is not None:
        assert p.datum >= erste
        assert f"Vor dem {format_datum(erste)} ist die geltende Fassung" in p.hinweis and "ungeklärt" in p.hinweis
        assert not p.zeitabhaengig  # nothing was judged on the Stichtag, so nothing is said to come with time
    # a Stichtag before the first modelled version of § 25a with a young person: an earliest day is found
    kennung = next(k for k in regelwerk.norms() if regelwerk.normen[k].in_kraft_seit is not None
                   and regelwerk.normen[k].in_kraft_seit < _erste(regelwerk, k))
    erste = _erste(regelwerk, kennung)
    jung = Sachverhalt.model_validate({"aktenzeichen": "KIM-T-JUNG", "person": {"geburtsdatum": erste - timedelta(days=365 * 17)},
                                      "aufenthalt": [{"status": "duldung", "von": erste - timedelta(days=365 * 10)}]})
    p = fruehestens(screener, jung, erste - timedelta(days=60), kennung, horizont_monate=6)
    assert p.datum is not None and p.datum >= erste and not p.zeitabhaengig, p.hinweis


def test_checklists_and_caseload_row(regelwerk, tmp_path):
    kennung = next(k for k in regelwerk.norms() if regelwerk.geltung(k, _tag_nicht_abgebildet(regelwerk, k)) is Geltung.fassung_nicht_abgebildet)
    tag = _tag_nicht_abgebildet(regelwerk, kennung)
    norm = regelwerk.versionen[kennung][0].datei.norm
    akte = tmp_path / "akte.yaml"
    akte.write_text("aktenzeichen: KIM-T-ALT\nperson:\n  geburtsdatum: 01.01.1990\n", encoding="utf-8")
    runner = CliRunner()
    for art in ("fallplan", "pruefschema"):
        ziel = tmp_path / f"{art}.md"
        r = runner.invoke(main, ["checkliste", str(akte), "--art", art, "--format", "md", "-o", str(ziel),
                                 "--stichtag", format_datum(tag)])
        assert r.exit_code == 0, r.output
        inhalt = ziel.read_text(encoding="utf-8")
        assert norm in inhalt and "nicht abgebildet" in inhalt
    # the caseload row: the pathway is "zu klären", never closed
    ordner = tmp_path / "bestand"
    ordner.mkdir()
    shutil.copy(akte, ordner / "akte.yaml")
    aus = tmp_path / "bestand.jsonl"
    r = runner.invoke(main, ["fallbestand", str(ordner), "-o", str(aus), "--stichtag", format_datum(tag)])
    assert r.exit_code == 0, r.output
    zeilen = [json.loads(z) for z in aus.read_text(encoding="utf-8").splitlines() if z.strip()]
    assert len(zeilen) == 1
    assert zeilen[0]["lage"] == "zu_klaeren" and zeilen[0]["kennung"] == kennung, zeilen[0]


# --- the norm file: checked like a rule file -------------------------------------------------------------
def _kopie(tmp_path: Path) -> Path:
    ziel = tmp_path / "rules"
    shutil.copytree(RULES, ziel)
    return ziel


def _fehler(root: Path) -> str:
    with pytest.raises(RuleFileError) as exc:
        rules.load(root)
    return "\n".join(f"{p.file}:{p.line}: {p.message}" for p in exc.value.problems)


def test_norm_file_in_force_after_its_first_version_is_refused(tmp_path):
    root = _kopie(tmp_path)
    datei = root / "aufenthg" / "25b" / rules.NORMDATEI
    datei.write_text(datei.read_text(encoding="utf-8").replace("in_kraft_seit: 2015-08-01", "in_kraft_seit: 2016-01-01"),
                     encoding="utf-8")
    meldung = _fehler(root)
    assert str(datei) in meldung and "ersten abgebildeten Fassung" in meldung


def test_norm_file_date_without_source_and_typo(tmp_path):
    root = _kopie(tmp_path)
    datei = root / "aufenthg" / "25b" / rules.NORMDATEI
    datei.write_text("in_kraft_seit: 2015-08-01\n", encoding="utf-8")
    meldung = _fehler(root)
    assert str(datei) in meldung and "in_kraft_seit und quelle gehören zusammen" in meldung
    datei.write_text("fruehere_fasungen: x\n", encoding="utf-8")
    assert "meinten Sie „fruehere_fassungen“?" in _fehler(root)


def test_norm_file_without_versions_is_refused(tmp_path):
    root = _kopie(tmp_path)
    (root / "aufenthg" / "99").mkdir()
    (root / "aufenthg" / "99" / rules.NORMDATEI).write_text("fruehere_fassungen: x\n", encoding="utf-8")
    assert "keine Fassungsdatei" in _fehler(root)


def test_without_norm_file_every_earlier_day_is_not_modelled(tmp_path):
    root = _kopie(tmp_path)
    (root / "aufenthg" / "25b" / rules.NORMDATEI).unlink()
    regelwerk = rules.load(root)
    erste = _erste(regelwerk, "aufenthg_25b")
    assert regelwerk.geltung("aufenthg_25b", erste - TAG) is Geltung.fassung_nicht_abgebildet
    assert regelwerk.geltung("aufenthg_25b", date(1950, 1, 1)) is Geltung.fassung_nicht_abgebildet
