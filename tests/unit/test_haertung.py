"""Whatever a client file, a rule folder or an output target is, kimrules answers in German with a
documented exit code: the findings of an attack on the command line, one test each (the client
files that once failed are in ``tests/fuzz/korpus``)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kimrules.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
BAECKER = ROOT / "examples" / "kim-2025-0001-baecker.yaml"
FAMILIE = ROOT / "examples" / "kim-2025-0002-familie.yaml"
KIMRULES = [str(Path(sys.executable).parent / "kimrules")]


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args], prog_name="kimrules")


def assert_fehler(r, code: int, *teile: str) -> None:
    assert r.exit_code == code, (r.exit_code, r.stdout, r.stderr)
    assert r.stderr.startswith("Fehler:") and "Traceback" not in r.stderr
    for t in teile:
        assert t in r.stderr, r.stderr


# -- special files are refused before reading ---------------------------------------------------
def test_fifo_als_mandantendatei(tmp_path):
    fifo = tmp_path / "akte.yaml"
    os.mkfifo(fifo)
    assert_fehler(run("pruefen", fifo), 3, "FIFO", str(fifo))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="kein /dev/zero")
def test_geraet_als_mandantendatei():
    assert_fehler(run("pruefen", "/dev/zero"), 3, "ein Gerät")


def test_unlesbare_datei_ist_ein_fehler_der_mandantendatei(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root darf jede Datei lesen")
    akte = tmp_path / "akte.yaml"
    akte.write_text("aktenzeichen: X\n", encoding="utf-8")
    akte.chmod(0)
    assert_fehler(run("pruefen", akte), 3, "keine Berechtigung")


def test_zu_grosse_datei(tmp_path):
    akte = tmp_path / "akte.yaml"
    akte.write_bytes(b"aktenzeichen: X\n" + b"#" * 1_100_000 + b"\n")
    assert_fehler(run("pruefen", akte), 3, "Datei zu groß")


@pytest.fixture()
def regeln(tmp_path) -> Path:
    ziel = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", ziel)
    return ziel


@pytest.mark.parametrize("art", ["fifo", "ordner"])
def test_sonderdatei_im_regelordner(regeln, art):
    pfad = regeln / "aufenthg" / "25b" / "2030-01-01.yaml"
    os.mkfifo(pfad) if art == "fifo" else pfad.mkdir()
    assert_fehler(run("regeln", "--verzeichnis", regeln), 4, str(pfad))


# -- rule folders: every defect is exit 4 in German, without internal names -------------------------
def _bedingung(regeln: Path, bedingung: object) -> Path:
    pfad = regeln / "aufenthg" / "25b" / "2015-08-01.yaml"
    daten = yaml.safe_load(pfad.read_text(encoding="utf-8"))
    daten["voraussetzungen"][0]["bedingung"] = bedingung
    pfad.write_text(yaml.safe_dump(daten, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return pfad


@pytest.mark.parametrize("wert", [float("nan"), float("inf"), 10**12])
def test_schwelle_keine_endliche_zahl(regeln, wert):
    pfad = _bedingung(regeln, {"fakt": "voraufenthalt_monate", "mindestens": wert})
    r = run("regeln", "--verzeichnis", regeln)
    assert_fehler(r, 4, str(pfad), "Zeile")
    assert "Regel 'r" not in r.stderr and "Feld 'a" not in r.stderr


@pytest.mark.parametrize("n", [40, 600])
def test_zu_viele_alternativen(regeln, n):
    pfad = _bedingung(regeln, {"eine_von": [{"fakt": "voraufenthalt_monate", "mindestens": i} for i in range(n)]})
    start = time.monotonic()
    r = run("regeln", "--verzeichnis", regeln)
    assert_fehler(r, 4, str(pfad), "zu viele Einträge")
    assert time.monotonic() - start < 60  # refused at load, never handed to the compiler


def test_yaml_fehler_in_regeldatei(regeln):
    pfad = regeln / "aufenthg" / "25b" / "2015-08-01.yaml"
    pfad.write_text("kennung: !foo x\n", encoding="utf-8")
    assert_fehler(run("regeln", "--verzeichnis", regeln), 4, str(pfad), "Zeile 1", "Markierung")


def test_familienzyklus(regeln):
    a, b = regeln / "aufenthg" / "25b_abs4" / "2015-08-01.yaml", regeln / "aufenthg" / "104c_abs2"
    b = next(b.glob("*.yaml"))
    ka = yaml.safe_load(a.read_text(encoding="utf-8"))["kennung"]
    kb = yaml.safe_load(b.read_text(encoding="utf-8"))["kennung"]
    for pfad, andere in ((a, kb), (b, ka)):
        text = pfad.read_text(encoding="utf-8")
        start = text.index("stammnorm:")
        pfad.write_text(text[:start] + f"stammnorm: {andere}" + text[text.index("\n", start):], encoding="utf-8")
    assert_fehler(run("regeln", "--verzeichnis", regeln), 4, "Kreis")


def test_leerer_und_fehlender_regelordner(tmp_path):
    (tmp_path / "leer").mkdir()
    assert_fehler(run("regeln", "--verzeichnis", tmp_path / "leer"), 4, "keine Regeldatei")
    assert_fehler(run("regeln", "--verzeichnis", tmp_path / "fehlt"), 4, "gibt es nicht")


# -- a batch reports a faulty file and goes on -----------------------------------------------------
def test_stapel_geht_weiter(tmp_path):
    ordner = tmp_path / "akten"
    ordner.mkdir()
    shutil.copy(ROOT / "examples" / "kim-2025-0006-chancen-aufenthaltsrecht.json", ordner / "gut.json")
    for name in ("alias-bombe.yaml", "unbekannter-tag.yaml", "verschachtelt-1000.json", "steuerzeichen-esc.yaml"):
        shutil.copy(ROOT / "tests" / "fuzz" / "korpus" / name, ordner / name)
    os.mkfifo(ordner / "fifo.yaml")
    r = run("fristen", ordner, "--stichtag", "15.02.2025", "--bis", "31.12.2030")
    assert r.exit_code == 3, r.stderr
    assert "KIM-2025-0006" in r.stdout and "Akten: 6" in r.stdout and "fehlerhaft (übersprungen): 5" in r.stdout
    for name in ("alias-bombe.yaml", "unbekannter-tag.yaml", "verschachtelt-1000.json", "steuerzeichen-esc.yaml", "fifo.yaml"):
        assert name in r.stderr
    assert "Traceback" not in r.stderr


# -- output: regular files only, never overwritten without --force, 0600, nothing half-written --------
def test_geraet_als_ziel_auch_mit_force(tmp_path):
    r = run("checkliste", BAECKER, "--art", "fallplan", "--stichtag", "15.02.2025", "-o", "/dev/null", "--force")
    assert_fehler(r, 6, "keine gewöhnliche Datei")
    assert Path("/dev/null").is_char_device()
    assert "melden" not in r.stderr  # the user can fix this: it is not a fault of kimrules


def test_kalender_wie_checkliste(tmp_path):
    ordner = tmp_path / "akten"
    ordner.mkdir()
    shutil.copy(FAMILIE, ordner / "familie.yaml")
    ics = tmp_path / "fristen.ics"
    args = ["fristen", ordner, "--stichtag", "15.02.2025", "--bis", "31.12.2040", "--ical", ics]
    assert run(*args).exit_code == 0
    assert oct(ics.stat().st_mode & 0o777) == "0o600"
    erst = ics.read_bytes()
    assert_fehler(run(*args), 6, "--force")
    assert ics.read_bytes() == erst
    assert run(*args, "--force").exit_code == 0
    assert sorted(os.listdir(tmp_path)) == ["akten", "fristen.ics"]
    # no birth date of anyone in the file, in any spelling
    akte = yaml.safe_load(FAMILIE.read_text(encoding="utf-8"))
    geburtstage = [akte["person"]["geburtsdatum"]] + [k["geburtsdatum"] for k in (akte.get("haushalt") or {}).get("kinder") or []
                                                       if k.get("geburtsdatum")]
    assert len(geburtstage) >= 2
    from kimrules.basis.dates import parse_datum

    for g in geburtstage:
        d = parse_datum(str(g))
        for form in (d.strftime("%d.%m.%Y"), d.isoformat(), d.strftime("%Y%m%d")):
            assert form.encode() not in erst, form


def test_ausgabe_auf_vollen_datentraeger():
    if not Path("/dev/full").exists():
        pytest.skip("kein /dev/full")
    with open("/dev/full", "wb") as voll:
        r = subprocess.run([*KIMRULES, "pruefen", str(BAECKER), "--stichtag", "15.02.2025"], stdout=voll,
                           stderr=subprocess.PIPE, timeout=300)
    fehler = r.stderr.decode()
    assert r.returncode == 6 and "kein Speicherplatz mehr frei" in fehler and "Traceback" not in fehler, fehler


_SCHREIBER = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from kimrules.ausgabe import datei
    if sys.argv[2] == "benannt":
        datei._O_TMPFILE = None
    echt = os.fsync
    def langsam(fd):
        echt(fd)
        print("bereit", flush=True)
        import time; time.sleep(60)
    datei.os.fsync = langsam
    datei.schreiben(Path(sys.argv[1]), b"x" * 100000, force=True)
""")


@pytest.mark.parametrize("signal_", [signal.SIGTERM, signal.SIGKILL])
@pytest.mark.parametrize("art", ["namenlos", "benannt"])
def test_kein_temporaerer_rest_nach_abbruch(tmp_path, signal_, art):
    if art == "benannt" and signal_ == signal.SIGKILL:
        pytest.skip("ein benannter temporärer Name kann SIGKILL nicht überleben verhindern; namenlos schon")
    ziel = tmp_path / "ziel" / "pruefschema.md"
    ziel.parent.mkdir()
    with subprocess.Popen([sys.executable, "-c", _SCHREIBER, str(ziel), art], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as p:
        assert p.stdout.readline().strip() == b"bereit", p.stderr.read()
        p.send_signal(signal_)
        p.wait(timeout=60)
    assert os.listdir(ziel.parent) == []
    assert p.returncode == -signal_  # ended by the signal, as without kimrules


_TABELLE = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from kimrules.ausgabe import tabelle
    with tabelle.Tabellenschreiber(Path(sys.argv[1]), sys.argv[2], ["aktenzeichen", "hindernisse"]) as w:
        for i in range(20000):  # more than a buffer: part of it is on disk
            w.zeile({"aktenzeichen": f"KIM-{i}", "hindernisse": ["Pass", "Lebensunterhalt"]})
        print("bereit", flush=True)
        time.sleep(60)
""")


@pytest.mark.parametrize("format_", ["csv", "xlsx", "jsonl"])
def test_fallbestand_tabelle_laesst_nach_kill_nichts_zurueck(tmp_path, format_):
    """The rows of a caseload are streamed into an unnamed file: a run killed with SIGKILL while writing leaves
    neither a half table under the target's name nor a temporary file in the target's folder."""
    ziel = tmp_path / "ziel" / f"bestand.{format_}"
    ziel.parent.mkdir()
    with subprocess.Popen([sys.executable, "-c", _TABELLE, str(ziel), format_], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as p:
        assert p.stdout.readline().strip() == b"bereit", p.stderr.read()
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=60)
    assert os.listdir(ziel.parent) == []


def _abgebrochen(ordner: Path, schreiben: str) -> object:
    """Write a little, then Ctrl-C inside the block; returns what the block had bound (as a caller's
    variable keeps it after the block)."""
    from kimrules.ausgabe import datei, tabelle

    try:
        if schreiben == "atomar":
            with datei.atomar(ordner / "a.txt", signale=False) as f:
                f.write(b"PERSONENDATEN;")
                raise KeyboardInterrupt
        else:
            with tabelle.Tabellenschreiber(ordner / "a.csv", "csv", ["name"]) as f:
                f.zeile({"name": "Mustermann"})
                raise KeyboardInterrupt
    except KeyboardInterrupt:
        return f


@pytest.mark.parametrize("schreiben", ["atomar", "tabelle"])
def test_abgebrochene_ausgabe_schreibt_nichts_in_eine_spaeter_geoeffnete_datei(tmp_path, schreiben):
    """After an error inside the block, nothing still buffered for the discarded file can reach another file
    that gets the same descriptor number later (the writer owns the descriptor and is closed with it)."""
    rest = _abgebrochen(tmp_path, schreiben)
    andere = tmp_path / "andere.txt"
    with open(andere, "wb") as g:
        del rest  # the writer left behind goes now, while another file may hold its old number
        g.write(b"INHALT")
    assert andere.read_bytes() == b"INHALT"
    assert os.listdir(tmp_path) == ["andere.txt"]


@pytest.mark.parametrize("namenlos", [True, False])
def test_tabelle_verwirft_die_datei_auch_bei_strg_c_beim_speichern(tmp_path, monkeypatch, namenlos):
    """Ctrl-C while the workbook is being saved: the file is discarded (also the named temporary file where the
    folder takes no unnamed files) and its descriptor closed."""
    import openpyxl
    from kimrules.ausgabe import datei, tabelle

    if not namenlos:
        monkeypatch.setattr(datei, "_O_TMPFILE", None)

    echt = openpyxl.Workbook.save

    def speichern(self, ziel):  # Ctrl-C as saving ends: the workbook is written, not yet named
        echt(self, ziel)
        raise KeyboardInterrupt

    monkeypatch.setattr(openpyxl.Workbook, "save", speichern)
    offen = set(os.listdir("/proc/self/fd"))
    with pytest.raises(KeyboardInterrupt):
        with tabelle.Tabellenschreiber(tmp_path / "aus.xlsx", "xlsx", ["name"]) as w:
            w.zeile({"name": "Mustermann"})
    assert os.listdir(tmp_path) == []
    assert not [fd for fd in set(os.listdir("/proc/self/fd")) - offen
                if os.path.realpath(f"/proc/self/fd/{fd}").startswith(str(tmp_path))]


def test_fallbestand_schreibt_wie_jede_ausgabe(tmp_path):
    """Table, comparison and report: only into regular files (a FIFO is refused before anything is screened,
    and stays a FIFO), readable only by their owner."""
    quelle = tmp_path / "bestand.jsonl"
    quelle.write_text(json.dumps(yaml.safe_load(BAECKER.read_text(encoding="utf-8")), default=str) + "\n", encoding="utf-8")
    fifo = tmp_path / "fifo.csv"
    os.mkfifo(fifo)
    basis = ["fallbestand", quelle, "--stichtag", "15.02.2025", "--vorausschau", "0", "--jobs", "1"]
    for ziele in (["-o", fifo], ["-o", tmp_path / "a.csv", "--vergleich", fifo, "--vergleich-stichtag", "16.02.2025"],
                  ["-o", tmp_path / "a.csv", "--bericht", tmp_path / "fifo.html"]):
        if "--bericht" in ziele:
            os.mkfifo(tmp_path / "fifo.json")
        r = run(*basis, *ziele)
        assert_fehler(r, 6, "keine gewöhnliche Datei")
        assert "Personen geschrieben" not in r.stderr
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert not (tmp_path / "a.csv").exists()
    r = run(*basis, "-o", tmp_path / "a.csv", "--vergleich", tmp_path / "v.csv", "--vergleich-stichtag", "16.02.2025",
            "--bericht", tmp_path / "b.html")
    assert r.exit_code == 0, r.stderr
    for name in ("a.csv", "v.csv", "b.html", "b.json"):
        assert oct((tmp_path / name).stat().st_mode & 0o777) == "0o600", name


# -- output escaping ------------------------------------------------------------------------------
def test_markdown_laesst_adressen_text(tmp_path):
    akte = tmp_path / "akte.yaml"
    akte.write_text("aktenzeichen: KIM-https://example.invalid/x\nperson:\n  name: mail@example.invalid\n", encoding="utf-8")
    r = run("checkliste", akte, "--art", "merkblatt", "--stichtag", "15.02.2025")
    assert r.exit_code == 0, r.stderr
    assert "`KIM-https://example.invalid/x`" in r.stdout and "`mail@example.invalid`" in r.stdout
    assert " https://" not in r.stdout.replace("`KIM-https://", "")


def test_stichtag_ausserhalb_des_bereichs():
    r = run("pruefen", BAECKER, "--stichtag", "01.01.9998")
    assert r.exit_code == 2 and "außerhalb des möglichen Bereichs" in r.stderr


def test_interner_fehler_ohne_traceback(monkeypatch):
    import kimrules.vorpruefung as paket

    def kaputt(*args, **kwargs):
        raise ZeroDivisionError("test")

    monkeypatch.setattr(paket, "vorpruefung", kaputt)
    r = run("pruefen", BAECKER, "--stichtag", "15.02.2025")
    assert_fehler(r, 5, "interner Fehler", "ZeroDivisionError", "melden")
    assert r.stdout == ""


# -- library hygiene ---------------------------------------------------------------------------------
def test_screener_schliesst_seine_engine():
    from datetime import date

    from kimrules import Screener, load_client, load_rules

    with Screener(load_rules()) as screener:
        erst = screener.screen(load_client(BAECKER, date(2025, 2, 15)), date(2025, 2, 15))
        assert screener.engine._rulesets
    assert not screener.engine._rulesets
    wieder = screener.screen(load_client(BAECKER, date(2025, 2, 15)), date(2025, 2, 15))  # prepared again
    assert [e.status for e in wieder] == [e.status for e in erst]
    screener.close()
