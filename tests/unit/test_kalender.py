"""iCalendar export of deadlines (kimrules.ausgabe.kalender) and the caseload command ``kimrules fristen``."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import icalendar
import pytest
import yaml
from click.testing import CliRunner

from kimrules.cli.main import main
from kimrules.fristen.ledger import Frist
from kimrules.ausgabe.kalender import kalender

ROOT = Path(__file__).resolve().parents[2]


def _frist(datum, art="ende_104c", hinweis="Antrag stellen.") -> Frist:
    return Frist(art, datum, "§ 104c Abs. 3 Satz 3 AufenthG", hinweis, "Person mit Case Management")


def test_kalender_laesst_sich_lesen() -> None:
    ics = kalender(
        [("KIM-2025-0001", _frist(date(2025, 3, 6))), ("KIM-2025-0002", _frist(date(2027, 6, 30), "ende_104c_erleichterungen", "x" * 300)),
         ("KIM-2025-0003", _frist(None))],
        datetime(2025, 1, 2, 8, 30, tzinfo=timezone.utc),
    )
    assert b"\r\n" in ics and all(len(zeile) <= 75 for zeile in ics.split(b"\r\n"))  # RFC 5545 line folding
    cal = icalendar.Calendar.from_ical(ics)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 2  # the entry without a date is not exported
    e = events[0]
    assert e.decoded("dtstart") == date(2025, 3, 6) and e.decoded("dtend") == date(2025, 3, 7)
    assert str(e["summary"]) == "KIM-2025-0001: Ende der Aufenthaltserlaubnis nach § 104c"
    assert "§ 104c Abs. 3 Satz 3" in str(e["description"]) and "Wer handelt" in str(e["description"])
    assert len(list(e.walk("VALARM"))) == 1
    assert str(events[1]["description"]).count("x") == 300  # long text survives folding
    assert str(cal["version"]) == "2.0" and "kimrules" in str(cal["prodid"])


def test_uid_stabil_und_eindeutig() -> None:
    a = icalendar.Calendar.from_ical(kalender([("A", _frist(date(2025, 3, 6)))], datetime(2025, 1, 1, tzinfo=timezone.utc)))
    b = icalendar.Calendar.from_ical(kalender([("A", _frist(date(2025, 3, 6)))], datetime(2026, 1, 1, tzinfo=timezone.utc)))
    c = icalendar.Calendar.from_ical(kalender([("B", _frist(date(2025, 3, 6)))], datetime(2026, 1, 1, tzinfo=timezone.utc)))
    uid = lambda cal: str(next(iter(cal.walk("VEVENT")))["uid"])  # noqa: E731
    assert uid(a) == uid(b) != uid(c)


# --- the caseload command ---------------------------------------------------------------------------
def _akte(ordner: Path, name: str, daten: dict) -> None:
    (ordner / name).write_text(yaml.safe_dump(daten, allow_unicode=True), encoding="utf-8")


def _ordner(tmp_path: Path) -> Path:
    ordner = tmp_path / "akten"
    ordner.mkdir()
    _akte(ordner, "kim-2025-0099.yaml", {
        "aktenzeichen": "KIM-2025-0099",
        "person": {"name": "Maria Musterfrau", "geburtsdatum": "2000-05-10"},
        "aufenthalt": [{"status": "aufenthaltserlaubnis", "paragraph": "§ 104c", "von": "2023-09-07"}],
    })
    _akte(ordner, "kim-2025-0006.yaml", {
        "aktenzeichen": "KIM-2025-0006",
        "person": {"geburtsdatum": "1985-01-01"},
        "aufenthalt": [{"status": "duldung", "von": "2015-01-01", "bis": "2023-10-01"},
                       {"status": "aufenthaltserlaubnis", "paragraph": "§ 104c", "von": "2023-10-02"}],
    })
    (ordner / "kim-2025-0007.json").write_text(json.dumps({
        "aktenzeichen": "KIM-2025-0007",
        "person": {"geburtsdatum": "1980-01-01"},
        "aufenthalt": [{"status": "duldung", "von": "2019-01-01", "bis": "2025-06-30"}],
    }), encoding="utf-8")
    (ordner / "kaputt.yaml").write_text("aktenzeichen: KIM-X\nperson: {geburtsdatum: 31.02.2000}\n", encoding="utf-8")
    (ordner / "notiz.txt").write_text("keine Mandantendatei", encoding="utf-8")
    return ordner


def test_fallliste_text_ical_und_fehler(tmp_path: Path) -> None:
    ordner = _ordner(tmp_path)
    ics = tmp_path / "fristen.ics"
    r = CliRunner().invoke(main, ["fristen", str(ordner), "--stichtag", "15.02.2025", "--bis", "30.06.2027", "--ical", str(ics)])
    assert r.exit_code == 3, r.output  # one broken file: reported, the rest listed
    assert "kaputt.yaml" in r.stderr and "person.geburtsdatum" in r.stderr
    zeilen = r.stdout.splitlines()
    erste = [z for z in zeilen if z[:2].isdigit()]
    assert erste[0].startswith("23.01.2025  ÜBERFÄLLIG  KIM-2025-0099")  # 6 weeks before 06.03.2025
    assert any(z.startswith("06.03.2025  BALD") and "KIM-2025-0099" in z for z in zeilen)
    assert "Musterfrau" not in r.stdout
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    summaries = [str(e["summary"]) for e in cal.walk("VEVENT")]
    assert "KIM-2025-0099: Ende der Aufenthaltserlaubnis nach § 104c" in summaries
    assert b"Musterfrau" not in ics.read_bytes()
    daten = [e.decoded("dtstart") for e in cal.walk("VEVENT")]
    assert daten == sorted(daten) and max(daten) <= date(2027, 6, 30)


def test_fallliste_json_und_fenster(tmp_path: Path) -> None:
    ordner = _ordner(tmp_path)
    (ordner / "kaputt.yaml").unlink()
    r = CliRunner().invoke(main, ["fristen", str(ordner), "--stichtag", "15.02.2025", "--bis", "01.03.2025", "--format", "json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert [(f["aktenzeichen"], f["art"], f["datum"], f["markierung"]) for f in d["fristen"] if f["datum"]] == [
        ("KIM-2025-0099", "folgeantrag_empfohlen", "2025-01-23", "ueberfaellig"),
        ("KIM-2025-0006", "folgeantrag_empfohlen", "2025-02-18", "bald"),
    ]
    assert all(f["datum"] is None or f["datum"] <= "2025-03-01" for f in d["fristen"])


def test_fallliste_aufruf_fehler(tmp_path: Path) -> None:
    ordner = _ordner(tmp_path)
    r = CliRunner().invoke(main, ["fristen", str(ordner), "--stichtag", "15.02.2025", "--bis", "01.01.2025"])
    assert r.exit_code == 2 and "--bis" in r.stderr
    r = CliRunner().invoke(main, ["fristen", str(tmp_path / "fehlt")])
    assert r.exit_code == 2
    r = CliRunner().invoke(main, ["fristen", str(ordner), "--stichtag", "15.02.2025", "--ical", str(tmp_path / "nicht" / "da.ics")])
    assert r.exit_code == 6 and "iCalendar" in r.stderr
