"""``kimrules erfassen`` in a real pseudo-terminal (pexpect): the prompts of prompt_toolkit, the
answers as typed, Ctrl-C. Each test reads the client file afterwards with the file loader."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from ruamel.yaml import YAML  # noqa: E402

from kimrules.akte.client import load  # noqa: E402
from kimrules.akte.felder import feld  # noqa: E402
from kimrules.basis.errors import ClientFileError  # noqa: E402
from kimrules.erfassen.datei import holen  # noqa: E402

STICHTAG = "01.12.2026"
FRAGE = re.compile(r"Frage \d+: [^\r\n]*\[([a-z0-9_.]+)\]")
ENDE = "Keine Frage mehr offen"
TIMEOUT = 120  # the machine may be shared; the screening itself takes milliseconds


def _starten(datei: Path, *extra: str) -> "pexpect.spawn":
    env = dict(os.environ, PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm", COLUMNS="200", LINES="50")
    return pexpect.spawn(sys.executable, ["-c", "from kimrules.cli.main import main; main()", "erfassen", str(datei), "--stichtag", STICHTAG, *extra],
                         env=env, encoding="utf-8", timeout=TIMEOUT, dimensions=(50, 200), cwd=str(datei.parent))


def _naechste_frage(kind: "pexpect.spawn") -> str | None:
    """The field path of the next question, or None when the interview has ended."""
    i = kind.expect([FRAGE, ENDE, pexpect.EOF])
    if i != 0:
        return None
    pfad = kind.match.group(1)
    kind.expect(">")  # the prompt (prompt_toolkit moves the cursor after it)
    return pfad


def _beenden(kind: "pexpect.spawn") -> int:
    kind.expect(pexpect.EOF)
    kind.close()
    return kind.exitstatus


# a whole case: answers by field path; every other question is answered "weiß nicht"
BAECKER = {
    "aktenzeichen": "KIM-TEST-1",
    "person.geburtsdatum": "14.05.1995",
    "person.einreisedatum": "02.03.2016",
    "aufenthalt": "ja",
    "aufenthalt.status": "duldung",
    "aufenthalt.von": "10.03.2016",
    "aufenthalt.bis": "",
    "aufenthalt.paragraph": "",
    "aufenthalt.schutz_zuerkannt": "",
    "antraege": "nein",
    "auslandsaufenthalte": "nein",
    "identitaet.geklaert": "ja",
    "identitaet.pass.vorhanden": "ja",
    "identitaet.pass.gueltig_bis": "14.08.2029",
    "identitaet.taeuschung_aktuell": "nein",
    "identitaet.mitwirkung_verweigert_aktuell": "nein",
    "identitaet.taeuschung_frueher": "nein",
    "verurteilungen": "nein",
    "sonstiges_ausweisungsinteresse": "nein",
    "haushalt.familienstand": "ledig",
    "haushalt.kinder": "nein",
    "sprache.nachweise": "ja",
    "sprache.nachweise.niveau": "B1",
    "sprache.nachweise.muendlich": "ja",
    "sprache.nachweise.schriftlich": "ja",
    "sprache.nachweise.art": "zertifikat",
    "sprache.nachweise.datum": "18.06.2019",
    "leben_in_deutschland_test.bestanden": "ja",
    "leben_in_deutschland_test.punkte": "27",
    "bekenntnis.abgegeben": "ja",
    "lebensunterhalt.einkommen": "ja",
    "lebensunterhalt.einkommen.quelle": "erwerbstaetigkeit",
    "lebensunterhalt.einkommen.betrag_eur_monat": "1.650,00",
    "lebensunterhalt.bedarf_eur_monat": "1.343,00",
    "lebensunterhalt.leistungen": "nein",
}


def test_a_whole_interview_ends_with_a_complete_file_and_the_short_vorpruefung(tmp_path: Path) -> None:
    datei = tmp_path / "mandant.yaml"
    kind = _starten(datei)
    gefragt = []
    weitere = 0
    while (pfad := _naechste_frage(kind)) is not None:
        gefragt.append(pfad)
        assert len(gefragt) < 150, "the interview does not end"
        if pfad in ("aufenthalt", "sprache.nachweise", "lebensunterhalt.einkommen") and pfad in gefragt[:-1]:
            kind.sendline("nein")  # "noch ein Eintrag?"
            weitere += 1
            continue
        kind.sendline(BAECKER.get(pfad, "weiß nicht"))
    assert "VORPRÜFUNG" in kind.before + kind.read()
    assert _beenden(kind) == 0
    sachverhalt = load(datei)
    assert sachverhalt.aktenzeichen == "KIM-TEST-1"
    assert [(z.status.value, z.von.isoformat(), z.bis) for z in sachverhalt.aufenthalt] == [("duldung", "2016-03-10", None)]
    assert sachverhalt.lebensunterhalt.einkommen[0].betrag_eur_monat == 1650.0
    assert sachverhalt.verurteilungen == []
    assert weitere == 3
    assert len(gefragt) == len(set(gefragt)) + weitere  # nothing asked twice
    assert os.stat(datei).st_mode & 0o777 == 0o600


def _gueltig(pfad: str) -> str:
    """A valid answer for any top-level question (the tests do not depend on the order of questions)."""
    f = feld(pfad)
    return {"datum": "01.03.2016", "ja_nein": "nein", "liste": "nein", "zahl": "1", "betrag": "100"}.get(
        f.art, f.werte[0] if f.werte else "x")


def _bis(kind: "pexpect.spawn", gesucht) -> str:  # type: ignore[no-untyped-def]
    """Answer „weiß nicht“ until a question ``gesucht(pfad)`` comes; its path."""
    while True:
        pfad = _naechste_frage(kind)
        assert pfad is not None, "the interview ended before the question came"
        if gesucht(pfad):
            return pfad
        kind.sendline("weiß nicht")


def _im_file(datei: Path, pfad: str) -> object:
    return holen(YAML(typ="safe").load(datei.read_text(encoding="utf-8")), pfad)


def test_going_back_one_question_asks_it_again_and_removes_the_answer(tmp_path: Path) -> None:
    datei = tmp_path / "mandant.yaml"
    datei.write_text("aktenzeichen: KIM-TEST-2\n", encoding="utf-8")
    kind = _starten(datei)
    erste = _naechste_frage(kind)
    kind.sendline(_gueltig(erste))
    zweite = _naechste_frage(kind)
    assert zweite != erste
    assert _im_file(datei, erste) is not None
    kind.sendline("zurück")
    kind.expect("Letzte Antwort zurückgenommen")
    assert _naechste_frage(kind) == erste
    assert _im_file(datei, erste) is None
    kind.sendintr()
    assert _beenden(kind) == 130


def test_weiss_nicht_keeps_the_fact_unknown_and_is_not_asked_again(tmp_path: Path) -> None:
    datei = tmp_path / "mandant.yaml"
    datei.write_text("aktenzeichen: KIM-TEST-3\n", encoding="utf-8")
    kind = _starten(datei)
    erste = _naechste_frage(kind)
    kind.sendline("weiß nicht")
    kind.expect("bleibt unbekannt")
    assert _naechste_frage(kind) != erste
    kind.sendintr()
    assert _beenden(kind) == 130
    assert _im_file(datei, erste) is None
    kind = _starten(datei)  # resumed: the question answered "weiß nicht" stays answered
    assert _naechste_frage(kind) != erste
    kind.sendintr()
    _beenden(kind)


def test_a_wrong_date_gets_the_file_loaders_message_and_the_question_again(tmp_path: Path) -> None:
    falsch = tmp_path / "falsch.yaml"
    falsch.write_text("aktenzeichen: X\nperson:\n  geburtsdatum: 31.02.1995\n", encoding="utf-8")
    with pytest.raises(ClientFileError) as fehler:
        load(falsch)
    meldung = fehler.value.problems[0].message  # what the loader says about this date

    datei = tmp_path / "mandant.yaml"
    datei.write_text("aktenzeichen: KIM-TEST-4\n", encoding="utf-8")
    kind = _starten(datei)
    pfad = _bis(kind, lambda p: feld(p).art == "datum")
    kind.sendline("31.02.1995")
    kind.expect("Fehler: ")
    kind.expect(r"\r\n")
    assert meldung in kind.before
    assert pfad in kind.before
    assert _naechste_frage(kind) == pfad
    assert _im_file(datei, pfad) is None  # nothing invalid was saved
    kind.sendintr()
    _beenden(kind)


def test_ctrl_c_keeps_every_answer_given_and_a_rerun_resumes(tmp_path: Path) -> None:
    datei = tmp_path / "mandant.yaml"
    kind = _starten(datei)
    assert _naechste_frage(kind) == "aktenzeichen"
    kind.sendline("KIM-TEST-5")
    assert _bis(kind, lambda p: p == "aufenthalt") == "aufenthalt"
    kind.sendline("ja")
    assert _naechste_frage(kind) == "aufenthalt.status"
    kind.sendline("duldung")  # the first answer of an entry that is not complete yet
    assert _naechste_frage(kind) == "aufenthalt.von"
    kind.send("01.09.2016")  # typed, not confirmed: lost by Ctrl-C
    kind.sendintr()
    kind.expect("Abgebrochen")
    assert _beenden(kind) == 130
    assert load(datei).aktenzeichen == "KIM-TEST-5"
    assert not list(tmp_path.glob(".*.tmp")), "a temporary file was left behind"
    kind = _starten(datei)  # resumes inside the entry, with the status already given
    assert _naechste_frage(kind) == "aufenthalt.von"
    kind.sendline("01.09.2016")
    assert _naechste_frage(kind) == "aufenthalt.bis"
    kind.sendline("")
    assert _naechste_frage(kind) == "aufenthalt"  # another entry?
    assert [(z.status.value, z.von.isoformat()) for z in load(datei).aufenthalt] == [("duldung", "2016-09-01")]
    kind.sendintr()
    _beenden(kind)
