"""The interview without a terminal: answers, file handling, relevance, replay (``--antworten``)."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import kimrules
from kimrules.akte.client import load
from kimrules.regelwerk.conditions import facts_used
from kimrules.erfassen import eingabe
from kimrules.erfassen.datei import MARKE, Akte
from kimrules.erfassen.fragen import FRAGEN
from kimrules.erfassen.interview import Interview, unterschiede
from kimrules.akte.felder import feld
from kimrules.erfassen.relevanz import offene_fakten
from kimrules.akte.facts import Sachverhalt
from kimrules.vorpruefung import vorpruefung

ROOT = Path(__file__).resolve().parents[2]
STICHTAG = date(2026, 12, 1)


@pytest.fixture(scope="module")
def screener() -> kimrules.Screener:
    return kimrules.Screener(kimrules.load_rules())


def _interview(pfad: Path, screener: kimrules.Screener) -> Interview:
    return Interview(Akte.lesen(pfad), STICHTAG, lambda s: vorpruefung(s, STICHTAG, screener=screener), offene_fakten)


# -- answers ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, wert", [
    ("1.234,50", 1234.5), ("1234,5", 1234.5), ("1234.50", 1234.5), ("980", 980.0), ("1.343 €", 1343.0),
    ("12.345.678,9", 12345678.9), ("1,234.50", "1,234.50"), ("zwölf", "zwölf"),
])
def test_amounts_accept_german_separators_and_leave_anything_else_to_the_loader(text: str, wert: object) -> None:
    assert eingabe.betrag(text) == wert


def test_answers_are_brought_into_the_files_form() -> None:
    assert eingabe.wert("ja_nein", "J") == "ja"
    assert eingabe.wert("datum", "2019-03-15") == "15.03.2019"
    assert eingabe.wert("datum", "31.02.2019") == "31.02.2019"  # invalid: the loader says why
    assert eingabe.wert("auswahl", "a2", ("A1", "A2", "B1")) == "A2"
    assert eingabe.wert("auswahl", "duld", ("duldung", "duldung_60b")) == "duld"  # not unique
    assert eingabe.wert("auswahl", "aufenthaltsg", ("duldung", "aufenthaltsgestattung")) == "aufenthaltsgestattung"
    assert [eingabe.steuerung(t).was for t in ("weiß nicht", "?", "zurück", "")] == ["weiss_nicht", "weiss_nicht", "zurueck", "leer"]


# -- every question, every field ------------------------------------------------------------------
def test_every_question_names_a_field_of_the_client_file_and_facts_of_the_catalog() -> None:
    from kimrules.fakten.derive import derive

    bekannt = set(derive(Sachverhalt(aktenzeichen="x"), STICHTAG).herleitung)
    for frage in FRAGEN:
        f = feld(frage.pfad)
        assert (f.art == "liste") == frage.ist_liste, frage.pfad
        for name in frage.eintrag:
            feld(f"{frage.pfad}.{name}")
        assert set(frage.fakten) <= bekannt, (frage.pfad, set(frage.fakten) - bekannt)


def test_every_fact_a_rule_tests_can_be_settled_by_some_question() -> None:
    """Otherwise the interview would stop while that fact still leaves a requirement ungeklärt."""
    from kimrules.fakten.catalog import HAUSHALT_FAKTEN

    regelwerk = kimrules.load_rules()
    gefragt = {f for frage in FRAGEN for f in frage.fakten}
    benutzt = {name for fassungen in regelwerk.versionen.values() for fassung in fassungen
               for v in fassung.datei.voraussetzungen for name in facts_used(v.bedingung)}
    assert benutzt - gefragt - set(HAUSHALT_FAKTEN) == set()


def _alle_felder(modell, pfad="", gesehen=None):  # type: ignore[no-untyped-def]
    gesehen = gesehen if gesehen is not None else set()
    for name, info in modell.model_fields.items():
        schluessel = info.alias or name
        p = f"{pfad}.{schluessel}" if pfad else schluessel
        yield p, info
        f = feld(p, Sachverhalt)
        if f.modell is not None and f.modell not in gesehen:
            gesehen.add(f.modell)
            yield from _alle_felder(f.modell, p, gesehen)


def test_every_field_has_a_german_title_a_description_and_an_example() -> None:
    ohne = [p for p, info in _alle_felder(Sachverhalt) if not (info.title and info.description)]
    assert ohne == []
    ohne_beispiel = [p for p, info in _alle_felder(Sachverhalt)
                     if not info.examples and feld(p).art not in ("liste", "abschnitt")]
    assert ohne_beispiel == []


def test_a_record_made_of_all_examples_is_a_valid_client_file() -> None:
    from kimrules.akte.client import validate
    from kimrules.akte.felder import beispiel
    from kimrules.basis.yamlio import Document

    daten = beispiel()
    assert daten["person"]["geburtsdatum"] and daten["aufenthalt"][0]["status"]
    sachverhalt = validate(Document(data=daten, file="beispiel.yaml"))
    assert sachverhalt.angehoerige and sachverhalt.angehoerige[0].person.geburtsdatum is not None


# -- the file ---------------------------------------------------------------------------------------
def test_editing_an_existing_file_keeps_its_comments_and_order(tmp_path: Path, screener: kimrules.Screener) -> None:
    quelle = ROOT / "examples" / "kim-2025-0001-baecker.yaml"
    datei = tmp_path / "baecker.yaml"
    text = quelle.read_text(encoding="utf-8")
    # the interview will ask for the Einreisedatum if it is missing
    datei.write_text(text.replace("  einreisedatum: 02.03.2016\n", ""), encoding="utf-8")
    akte = Akte.lesen(datei)
    akte.offen.append("x.y")
    akte.speichern()
    neu = datei.read_text(encoding="utf-8")
    assert neu.startswith(f"{MARKE}weiß nicht: x.y\n")
    assert neu.removeprefix(f"{MARKE}weiß nicht: x.y\n") == text.replace("  einreisedatum: 02.03.2016\n", "")
    assert os.stat(datei).st_mode & 0o777 == 0o600


def test_a_new_field_goes_where_the_model_has_it(tmp_path: Path, screener: kimrules.Screener) -> None:
    datei = tmp_path / "m.yaml"
    datei.write_text("# Kopf\naktenzeichen: A-1  # Akte\nperson:\n  geburtsdatum: 01.01.2000\nverurteilungen: []\n", encoding="utf-8")
    interview = _interview(datei, screener)
    interview.akte.daten["person"]  # noqa: B018
    from kimrules.erfassen.datei import setzen
    from kimrules.akte.felder import reihenfolge

    setzen(interview.akte.daten, "person.name", "Test", reihenfolge)
    setzen(interview.akte.daten, "identitaet.pass.vorhanden", "ja", reihenfolge)
    interview.akte.speichern()
    assert datei.read_text(encoding="utf-8") == (
        "# Kopf\naktenzeichen: A-1  # Akte\nperson:\n  name: Test\n  geburtsdatum: 01.01.2000\n"
        "identitaet:\n  pass:\n    vorhanden: ja\nverurteilungen: []\n"
    )


def test_save_is_atomic_a_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    datei = tmp_path / "m.yaml"
    datei.write_text("aktenzeichen: A-1\n", encoding="utf-8")
    akte = Akte.lesen(datei)
    akte.daten["aktenzeichen"] = "A-2"

    def kaputt(*args: object) -> None:
        raise OSError("Datenträger voll")

    monkeypatch.setattr(os, "replace", kaputt)
    with pytest.raises(OSError):
        akte.speichern()
    assert datei.read_text(encoding="utf-8") == "aktenzeichen: A-1\n"
    assert list(tmp_path.iterdir()) == [datei]


# -- what changed ---------------------------------------------------------------------------------
def test_the_change_is_said_per_pathway_and_requirement(tmp_path: Path, screener: kimrules.Screener) -> None:
    """A Niederlassungserlaubnis makes § 25b "nicht erfüllt" (neither geduldet nor § 104c); an unknown status
    makes it "ungeklärt" again: the interview says so in these words."""
    vorher = Sachverhalt.model_validate({"aktenzeichen": "A", "aufenthalt": [{"status": "niederlassungserlaubnis", "von": "01.01.2020"}]})
    nachher = Sachverhalt.model_validate({"aktenzeichen": "A"})
    alt = screener.screen(vorher, STICHTAG)
    neu = screener.screen(nachher, STICHTAG)
    zeilen = unterschiede(alt, neu)
    erwartet = [f"{n.norm}: jetzt {n.status.text} statt {a.status.text}" for a, n in zip(alt, neu) if a.status != n.status]
    assert erwartet and zeilen[: len(erwartet)] == erwartet
    assert any(z.startswith("§ 25b AufenthG: jetzt ungeklärt statt nicht erfüllt") for z in zeilen)


# -- replay -------------------------------------------------------------------------------------------
def _erfassen(*args: str) -> "object":
    from kimrules.cli.main import main

    return CliRunner().invoke(main, ["erfassen", *args], catch_exceptions=False)


def test_answers_by_field_build_the_client_file_whatever_the_order_of_questions(tmp_path: Path) -> None:
    antworten = tmp_path / "antworten.yaml"
    antworten.write_text(
        "aktenzeichen: KIM-R-1\nperson:\n  geburtsdatum: 14.05.1995\n"
        "aufenthalt:\n  - {status: duldung, von: 10.03.2016}\nverurteilungen: []\n"
        "lebensunterhalt:\n  bedarf_eur_monat: 1.343,00\n", encoding="utf-8")
    datei = tmp_path / "m.yaml"
    ergebnis = _erfassen(str(datei), "--stichtag", "01.12.2026", "--antworten", str(antworten))
    assert ergebnis.exit_code == 0, ergebnis.output
    s = load(datei)
    assert s.aktenzeichen == "KIM-R-1" and s.person.geburtsdatum == date(1995, 5, 14)
    assert [(z.status.value, z.von, z.bis) for z in s.aufenthalt] == [("duldung", date(2016, 3, 10), None)]
    assert s.verurteilungen == []
    assert s.lebensunterhalt.bedarf_eur_monat in (None, 1343)  # asked only if it can change a result
    assert "Keine Frage mehr offen" in ergebnis.output
    assert "VORPRÜFUNG" in ergebnis.output


def test_answers_in_order_stop_when_they_run_out_and_say_how_to_go_on(tmp_path: Path) -> None:
    antworten = tmp_path / "antworten.yaml"
    antworten.write_text("- KIM-R-3\n", encoding="utf-8")
    datei = tmp_path / "m.yaml"
    ergebnis = _erfassen(str(datei), "--stichtag", "01.12.2026", "--antworten", str(antworten))
    assert ergebnis.exit_code == 0, ergebnis.output
    assert load(datei).aktenzeichen == "KIM-R-3"
    assert f"weiter mit: kimrules erfassen {datei}" in ergebnis.output


def test_overlapping_periods_are_refused_with_the_loaders_message(tmp_path: Path) -> None:
    datei = tmp_path / "m.yaml"
    datei.write_text("aktenzeichen: KIM-R-2\nperson:\n  geburtsdatum: 14.05.1995\n", encoding="utf-8")
    antworten = tmp_path / "antworten.yaml"
    antworten.write_text("aufenthalt:\n  - {status: aufenthaltsgestattung, von: 10.03.2016, bis: 31.08.2017}\n"
                         "  - {status: duldung, von: 01.08.2017}\n", encoding="utf-8")
    ergebnis = _erfassen(str(datei), "--stichtag", "01.12.2026", "--antworten", str(antworten))
    assert "Statuszeiträume überschneiden sich" in ergebnis.output
    assert [z.status.value for z in load(datei).aufenthalt] == ["aufenthaltsgestattung"]


def test_an_invalid_file_is_not_interviewed(tmp_path: Path) -> None:
    datei = tmp_path / "m.yaml"
    datei.write_text("aktenzeichen: A\nperson:\n  geburtsdatum: 31.02.1995\n", encoding="utf-8")
    antworten = tmp_path / "a.yaml"
    antworten.write_text("[]\n", encoding="utf-8")
    from kimrules.cli.main import main

    ergebnis = CliRunner().invoke(main, ["erfassen", str(datei), "--antworten", str(antworten)])
    assert ergebnis.exit_code == 3
    assert datei.read_text(encoding="utf-8") == "aktenzeichen: A\nperson:\n  geburtsdatum: 31.02.1995\n"


def test_the_reference_page_in_docs_is_what_schema_markdown_prints() -> None:
    from kimrules.cli.main import main

    ergebnis = CliRunner().invoke(main, ["schema", "--markdown"])
    assert ergebnis.exit_code == 0
    assert ergebnis.output == (ROOT / "docs" / "mandantendatei.md").read_text(encoding="utf-8"), \
        "docs/mandantendatei.md neu erzeugen: kimrules schema --markdown > docs/mandantendatei.md"
    assert "| `geburtsdatum` | **Geburtsdatum** –" in ergebnis.output
