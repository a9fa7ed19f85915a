"""``kimrules fallbestand QUELLE…``: screen a whole caseload, one row per person (``docs/fallbestand.md``).

Reads folders of client files, JSON Lines, CSV or XLSX (:mod:`kimrules.akte.quellen`), runs the
Vorprüfung of every record in worker processes (:mod:`kimrules.vorpruefung.stapel`; each worker
with one :class:`kimrules.pruefung.gedaechtnis.MerkenderScreener`), writes one row per person
(:mod:`kimrules.ausgabe.fallbestand`, :mod:`kimrules.ausgabe.tabelle`) and, on request, the
Lenkungsgruppe report (:mod:`kimrules.ausgabe.fallbestand_bericht`, :mod:`kimrules.ausgabe.grafik`)
and the comparison of two Stichtage or two rule trees (:mod:`kimrules.ausgabe.fallbestand_vergleich`).
Faulty records are reported on stderr with file and line and skipped; every other record is
written; exit code 3 says that some were skipped. A progress line is shown on stderr when it is
a terminal.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Optional

import click

from kimrules.basis.errors import ClientFileError, KimrulesError, Problem
from kimrules.cli.common import abbruch, datum_option, pfad, schreiben, ziel_pruefen

VORAUSSCHAU_MONATE = 18
KAMPAGNE_MONATE = 6
UNTERBROCHEN = 130  # exit code after Ctrl-C (128 + SIGINT), as shells report it

_EXIT = """\b
Exit-Codes:
  0  alle Datensätze geprüft und geschrieben
  2  Aufruf fehlerhaft
  3  mindestens ein Datensatz fehlerhaft (gemeldet und übersprungen; alle übrigen sind geschrieben)
     oder eine Quelle nicht lesbar (dann wurde nichts geprüft)
  4  Regeldateien fehlerhaft
  5  interner Fehler der Regel-Engine
  6  Ausgabe konnte nicht geschrieben werden
130  abgebrochen (Strg-C); keine halbe Ausgabedatei"""



def _melden(problem: Problem) -> None:
    click.echo(f"  - {problem}", err=True)


@dataclass(frozen=True)
class Auftrag:
    """What every worker needs (picklable)."""

    stichtag: date
    vorausschau_monate: int
    vergleich_stichtag: Optional[date] = None  # second run on another day …
    vergleich_regeln: Optional[str] = None  # … or under another rules folder


@dataclass(frozen=True)
class Befund:
    """The result of one record: its persons (and those of the comparison run), or its problems."""

    personen: tuple = ()
    vergleich: Optional[tuple] = None
    probleme: tuple = ()


_WORKER: dict[str, Any] = {}


def _vorbereiten(auftrag: Auftrag) -> None:
    """Per worker process, once: the rules (inherited from the parent when forked) and the engines."""
    from kimrules.pruefung.gedaechtnis import MerkenderScreener
    from kimrules.regelwerk.cache import load_cached
    from kimrules.regelwerk.rules import load

    _WORKER["auftrag"] = auftrag
    _WORKER["screener"] = MerkenderScreener(_WORKER.get("regelwerk") or load_cached())
    if auftrag.vergleich_regeln:
        _WORKER["vergleich"] = MerkenderScreener(_WORKER.get("regelwerk_vergleich") or load(auftrag.vergleich_regeln))
    elif auftrag.vergleich_stichtag:
        _WORKER["vergleich"] = _WORKER["screener"]


def _einlesen(d: Any, stichtag: date) -> Any:
    from kimrules.akte import client
    from kimrules.basis.yamlio import Document

    if d.art == "datei":
        return client.load(Path(d.quelle), stichtag)
    try:
        return client.validate(Document(d.daten, d.quelle, {(): d.zeile} if d.zeile is not None else {}), stichtag)
    except ClientFileError as exc:
        if d.spalten is not None:  # a table: list items counted from 1 as in its headings, and the column named
            exc.problems = [_in_der_tabelle(p, d.spalten) for p in exc.problems]
        raise


def _in_der_tabelle(p: Problem, spalten: Any) -> Problem:
    pfad = ".".join(str(int(t) + 1) if t.isdigit() else t for t in p.location.split(".")) if p.location else ""
    return Problem(p.file, f"{pfad} (Spalte „{spalten[pfad]}“)" if pfad in spalten else pfad, p.message, p.line)


def _personen(screener: Any, s: Any, stichtag: date, ort: str, monate: int) -> tuple:
    from kimrules.ausgabe.fallbestand import personen
    from kimrules.vorpruefung import vorpruefung

    v = vorpruefung(s, stichtag, screener=screener, horizont_monate=monate)
    return tuple(personen(v, ort))


def _eins(d: Any) -> Befund:
    """One record in a worker: read, validate, Vorprüfung, one :class:`Person` per person."""
    from kimrules.akte.quellen import gelesen

    a: Auftrag = _WORKER["auftrag"]
    d = gelesen(d)
    if d.fehler:
        return Befund(probleme=(Problem(d.quelle, "", d.fehler, d.zeile),))
    spaeter = max(a.stichtag, a.vergleich_stichtag or a.stichtag)  # a comparison allows events up to its later day
    try:
        s = _einlesen(d, spaeter)
    except ClientFileError as exc:
        return Befund(probleme=tuple(exc.problems or [Problem(d.quelle, "", exc.message, d.zeile)]))
    personen = _personen(_WORKER["screener"], s, a.stichtag, d.ort, a.vorausschau_monate)
    vergleich = None
    if "vergleich" in _WORKER:
        vergleich = _personen(_WORKER["vergleich"], s, a.vergleich_stichtag or a.stichtag, d.ort, a.vorausschau_monate)
    return Befund(personen, vergleich)


class Fortschritt:
    """A progress line on stderr, only when stderr is a terminal; redrawn at most ten times a second."""

    def __init__(self, strom: Any = None) -> None:
        self.strom = strom or sys.stderr
        self.an = bool(getattr(self.strom, "isatty", lambda: False)())
        self.n, self._zuletzt, self._start = 0, 0.0, time.monotonic()

    def schritt(self) -> None:
        self.n += 1
        jetzt = time.monotonic()
        if self.an and jetzt - self._zuletzt >= 0.1:
            self._zuletzt = jetzt
            self.strom.write(f"\r{self.n} Akten geprüft ({self.n / max(jetzt - self._start, 1e-9):.0f} je Sekunde) …")
            self.strom.flush()

    def ende(self) -> None:
        if self.an and self.n:
            self.strom.write("\r" + " " * 60 + "\r")
            self.strom.flush()


class _Vergleichsdatei:
    """The comparison's table writer, or nothing when no comparison is asked for."""

    def __init__(self, pfad: Optional[Path]) -> None:
        self.pfad, self.w = pfad, None

    def __enter__(self) -> Any:
        if self.pfad is None:
            return None
        from kimrules.ausgabe import fallbestand_vergleich, tabelle

        self.w = tabelle.Tabellenschreiber(self.pfad, tabelle.format_aus_endung(self.pfad, None), fallbestand_vergleich.SPALTEN)
        return self.w.__enter__()

    def __exit__(self, *exc: Any) -> None:
        if self.w is not None:
            self.w.__exit__(*exc)


@click.command("fallbestand", options_metavar="[OPTIONEN]", epilog=_EXIT)
@click.argument("quellen_", metavar="QUELLE…", nargs=-1, required=True, type=pfad(exists=True, path_type=Path))
@click.option("-o", "--ausgabe", required=True, type=pfad(dir_okay=False, path_type=Path), metavar="DATEI",
              help="Ergebnis: eine Zeile je Person (.csv, .xlsx oder .jsonl); wird überschrieben.")
@click.option("--format", "format_", type=click.Choice(["csv", "xlsx", "jsonl"]), default=None,
              help="Format der Ausgabe. Standard: aus der Endung von --ausgabe, sonst csv.")
@click.option("--stichtag", callback=datum_option, metavar="TT.MM.JJJJ", help="Stichtag der Prüfung. Standard: heute.")
@click.option("--spalten", type=pfad(exists=True, dir_okay=False, path_type=Path), metavar="DATEI",
              help="Zuordnung eigener Spaltenüberschriften (CSV/XLSX) zu Feldern der Mandantendatei (YAML).")
@click.option("--vorausschau", type=click.IntRange(0, 96), default=VORAUSSCHAU_MONATE, show_default=True,
              metavar="MONATE", help="„frühestens ab“ so viele Monate voraus berechnen (0: nicht berechnen).")
@click.option("--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Anzahl paralleler Prozesse. Standard: alle Prozessorkerne.")
@click.option("--bericht", "bericht_pfad", type=pfad(dir_okay=False, path_type=Path), metavar="DATEI.html",
              help="Bericht für die Lenkungsgruppe (HTML, druckbar) und daneben dieselben Zahlen als .json.")
@click.option("--kampagne-monate", type=click.IntRange(0, 96), default=KAMPAGNE_MONATE, show_default=True, metavar="N",
              help="Kampagnenlisten: wer jetzt oder innerhalb von N Monaten einen Weg gehen kann.")
@click.option("--vergleich-stichtag", callback=datum_option, metavar="TT.MM.JJJJ",
              help="Denselben Fallbestand zusätzlich an diesem Stichtag prüfen und vergleichen.")
@click.option("--regeln-vergleich", type=pfad(exists=True, file_okay=False, path_type=Path), metavar="ORDNER",
              help="Denselben Fallbestand zusätzlich mit diesem Regelwerk prüfen und vergleichen.")
@click.option("--vergleich", "vergleich_pfad", type=pfad(dir_okay=False, path_type=Path), metavar="DATEI",
              help="Ergebnis des Vergleichs: eine Zeile je Änderung (.csv, .xlsx oder .jsonl).")
def fallbestand(quellen_: tuple[Path, ...], ausgabe: Path, format_: Optional[str], stichtag: Optional[date],
                spalten: Optional[Path], vorausschau: int, jobs: Optional[int], bericht_pfad: Optional[Path],
                kampagne_monate: int, vergleich_stichtag: Optional[date], regeln_vergleich: Optional[Path],
                vergleich_pfad: Optional[Path]) -> None:
    """Prüft einen ganzen Fallbestand: eine Zeile je Person mit bestem Weg, Lage, „frühestens ab“,
    nächster Frist, Hindernissen und offenen Fragen.

    QUELLE ist ein Ordner mit Mandantendateien, eine JSON-Lines-Datei (.jsonl) oder eine Tabelle
    (.csv, .xlsx; Spalten siehe docs/fallbestand.md). Fehlerhafte Datensätze werden mit Datei und
    Zeile gemeldet und übersprungen (Exit-Code 3); alle anderen werden geschrieben.
    """
    stichtag = stichtag or date.today()  # the CLI is the only place that reads the clock
    if vergleich_stichtag and regeln_vergleich:
        raise click.UsageError("Bitte nur eines von --vergleich-stichtag und --regeln-vergleich angeben.")
    if (vergleich_stichtag or regeln_vergleich) and vergleich_pfad is None:
        raise click.UsageError("Für den Vergleich bitte mit --vergleich DATEI angeben, wohin er geschrieben wird.")
    if vergleich_pfad is not None and not (vergleich_stichtag or regeln_vergleich):
        raise click.UsageError("--vergleich braucht --vergleich-stichtag oder --regeln-vergleich.")
    from kimrules.akte import quellen
    from kimrules.ausgabe import fallbestand_vergleich, tabelle
    from kimrules.ausgabe.fallbestand import SPALTEN
    from kimrules.ausgabe.fallbestand_bericht import Zaehler
    from kimrules.fristen.ledger import pruefe_parameter
    from kimrules.regelwerk.cache import load_cached
    from kimrules.regelwerk.rules import load
    from kimrules.vorpruefung import stapel

    fehlerhaft = 0
    try:
        zuordnung = quellen.zuordnung_laden(spalten)
        quellen.pruefen(list(quellen_), zuordnung)
        regelwerk = load_cached()  # rule-file errors stop here, before any worker starts
        pruefe_parameter(regelwerk.parameter, str(Path(regelwerk.root) / "parameter"))
        _WORKER.clear()
        _WORKER["regelwerk"] = regelwerk  # forked workers inherit the loaded rules
        if regeln_vergleich:
            _WORKER["regelwerk_vergleich"] = load(regeln_vergleich)
            pruefe_parameter(_WORKER["regelwerk_vergleich"].parameter, str(Path(regeln_vergleich) / "parameter"))
        auftrag = Auftrag(stichtag, vorausschau, vergleich_stichtag, str(regeln_vergleich) if regeln_vergleich else None)
        zaehler = Zaehler(stichtag, kampagne_monate, vorausschau) if bericht_pfad else None
        if bericht_pfad:  # a report target in a missing folder or not a regular file: refused before the run, not after
            for ziel in (bericht_pfad, bericht_pfad.with_suffix(".json")):
                ziel_pruefen(ziel, True, "Bericht")
        fortschritt = Fortschritt()
        with tabelle.Tabellenschreiber(ausgabe, tabelle.format_aus_endung(ausgabe, format_), SPALTEN) as zeilen, \
                _Vergleichsdatei(vergleich_pfad) as vergleiche:
            befunde = stapel.ausfuehren(quellen.datensaetze(list(quellen_), zuordnung), _vorbereiten, _eins, auftrag,
                                        jobs or stapel.jobs_standard())
            for befund in befunde:
                fortschritt.schritt()
                if befund.probleme:
                    fehlerhaft += 1
                    if fehlerhaft == 1:
                        fortschritt.ende()
                        click.echo("Fehlerhafte Datensätze (übersprungen):", err=True)
                    for p in befund.probleme:
                        _melden(p)
                    continue
                for person in befund.personen:
                    zeilen.zeile(person.zeile())
                    if zaehler is not None:
                        zaehler.person(person)
                if vergleiche is not None and befund.vergleich is not None:
                    for row in fallbestand_vergleich.unterschiede(befund.personen, befund.vergleich):
                        vergleiche.zeile(row)
            fortschritt.ende()
        if zaehler is not None:
            _bericht_schreiben(bericht_pfad, zaehler, fehlerhaft, regelwerk)
    except KeyboardInterrupt:
        click.echo("\nAbgebrochen (Strg-C); es wurde keine Ausgabedatei geschrieben.", err=True)
        sys.exit(UNTERBROCHEN)
    except KimrulesError as exc:
        abbruch(exc)
    click.echo(f"{zeilen.anzahl} {'Person' if zeilen.anzahl == 1 else 'Personen'} geschrieben: {ausgabe}", err=True)
    if fehlerhaft:
        click.echo(f"Fehler: {fehlerhaft} {'Datensatz' if fehlerhaft == 1 else 'Datensätze'} fehlerhaft und übersprungen (siehe oben); "
                   "alle übrigen sind geschrieben.", err=True)
        sys.exit(ClientFileError.exit_code)


def _bericht_schreiben(pfad: Path, zaehler: Any, fehlerhaft: int, regelwerk: Any) -> None:
    from kimrules.ausgabe import grafik, render
    from kimrules.basis.version import __version__
    from kimrules.engine.outcome import VORPRUEFUNG

    b = zaehler.bericht(uebersprungen=fehlerhaft, regelwerk_sha256=regelwerk.sha256, kimrules_version=__version__,
                        hinweis=VORPRUEFUNG, reihenfolge=[*regelwerk.norms(), *regelwerk.familiennormen()])
    html = render.render("fallbestand_bericht.html.j2", b=b, grafiken=grafik.alle(b))
    schreiben(pfad.with_suffix(".json"), (json.dumps(b, ensure_ascii=False, indent=2) + "\n").encode(), force=True)
    schreiben(pfad, html.encode(), force=True)
