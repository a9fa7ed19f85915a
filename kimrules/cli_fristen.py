"""``kimrules fristen ORDNER``: the deadlines of a whole caseload, sorted by date.

Reads every client file (``*.yaml``, ``*.yml``, ``*.json``) in ORDNER, builds each
client's ledger (:func:`kimrules.fristen.fristen`) on the Stichtag and lists
every entry up to ``--bis``: overdue entries (date before the Stichtag) first
and marked ÜBERFÄLLIG, entries within ``--bald`` days marked BALD. Entries that
cannot be computed are listed after them with the reason. ``--ical DATEI``
writes the listed dated entries as an iCalendar file (:mod:`kimrules.kalender`).
Only the file reference (Aktenzeichen) names a client, never the name.

A client file with errors is reported on stderr with file, line and field and
skipped; the others are still listed (exit code 3 at the end). No screening is
run, so a caseload of 1,000 files takes a few seconds (``bench/fristen.py``).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Optional

import click
import yaml

from kimrules import client, render, yamlio
from kimrules.dates import add_months, format_datum, parse_datum
from kimrules.errors import ClientFileError, KimrulesError, RenderError, Problem
from kimrules.facts import Sachverhalt
from kimrules.fristen import Frist, fristen

ENDUNGEN = (".yaml", ".yml", ".json")
BALD_TAGE = 28
FENSTER_MONATE = 3


@dataclass(frozen=True)
class Eintrag:
    """One ledger entry of one client in the caseload listing."""

    aktenzeichen: str
    datei: str
    frist: Frist
    markierung: str  # "ueberfaellig" | "bald" | "" | "offen"


def markierung(f: Frist, stichtag: date, bald_tage: int) -> str:
    """``ueberfaellig`` before the Stichtag, ``bald`` within ``bald_tage`` days, ``offen`` without date.

    >>> from kimrules.fristen import Frist
    >>> [markierung(Frist("x", d, "", "", ""), date(2026, 1, 10), 7) for d in (date(2026, 1, 9), date(2026, 1, 17), date(2026, 1, 18), None)]
    ['ueberfaellig', 'bald', '', 'offen']
    """
    if f.datum is None:
        return "offen"
    if f.datum < stichtag:
        return "ueberfaellig"
    if f.datum <= stichtag + timedelta(days=bald_tage):
        return "bald"
    return ""


class _SchnellerLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's parser with the resolvers of :mod:`kimrules.yamlio` (dates stay text)."""


_SchnellerLoader.yaml_implicit_resolvers = yamlio._Loader.yaml_implicit_resolvers


def laden(pfad: Path, stichtag: date) -> Sachverhalt:
    """:func:`kimrules.client.load`, faster for YAML: the document is composed by libyaml and then walked by
    the same code as in :mod:`kimrules.yamlio` (duplicate keys, line of every field). Any syntax problem is
    read again by :func:`kimrules.client.load` itself, so every message is the same as for ``pruefen``."""
    if pfad.suffix.lower() == ".json" or _SchnellerLoader is yaml.SafeLoader:
        return client.load(pfad, stichtag)
    try:
        text = pfad.read_text(encoding="utf-8")
        root = yaml.compose(text, Loader=_SchnellerLoader)
        lines: dict = {}
        data = None if root is None else yamlio._walk(root, (), lines, str(pfad), yamlio._Loader(""))
    except (OSError, UnicodeDecodeError, yaml.YAMLError, yamlio.InputSyntaxError):
        return client.load(pfad, stichtag)  # raises the located German message
    return client.validate(yamlio.Document(data=data, file=str(pfad), lines=lines), stichtag)


def akten(ordner: Path) -> list[Path]:
    return sorted(p for p in ordner.iterdir() if p.is_file() and p.suffix.lower() in ENDUNGEN)


def sammeln(ordner: Path, stichtag: date, bis: date, *, bald_tage: int = BALD_TAGE,
            vorlauf_wochen: Optional[int] = None) -> tuple[list[Eintrag], list[Problem]]:
    """All entries of all client files in ``ordner`` up to ``bis`` (sorted), and the problems of unreadable files."""
    eintraege: list[Eintrag] = []
    probleme: list[Problem] = []
    for pfad in akten(ordner):
        try:
            s = laden(pfad, stichtag)
        except ClientFileError as exc:
            probleme += exc.problems or [Problem(str(pfad), "", exc.message)]
            continue
        for f in fristen(s, stichtag, vorlauf_wochen=vorlauf_wochen):
            if f.datum is not None and f.datum > bis:
                continue
            eintraege.append(Eintrag(s.aktenzeichen, pfad.name, f, markierung(f, stichtag, bald_tage)))
    eintraege.sort(key=lambda e: (e.frist.datum is None, e.frist.datum or date.max, e.aktenzeichen, e.frist.art))
    return eintraege, probleme


EINZUG = " " * 42
_MARKE = {"ueberfaellig": "ÜBERFÄLLIG", "bald": "BALD", "": "", "offen": "OFFEN"}


def als_text(eintraege: list[Eintrag], stichtag: date, bis: date, anzahl: int, fehlerhaft: int, ausfuehrlich: bool) -> str:
    zeilen = [
        "FRISTEN DER AKTEN – Vorprüfung, keine Entscheidung",
        "=" * render.BREITE,
        f"Stichtag: {format_datum(stichtag)}   bis: {format_datum(bis)}   Akten: {anzahl}"
        + (f"   fehlerhaft (übersprungen): {fehlerhaft}" if fehlerhaft else ""),
        f"Überfällig: {sum(e.markierung == 'ueberfaellig' for e in eintraege)}   "
        f"bald fällig: {sum(e.markierung == 'bald' for e in eintraege)}   "
        f"nicht berechenbar: {sum(e.markierung == 'offen' for e in eintraege)}",
        "",
    ]
    if not eintraege:
        zeilen.append("Keine Fristen in diesem Zeitraum.")
    for e in eintraege:
        f = e.frist
        tag = format_datum(f.datum) if f.datum else "–".ljust(10)
        kopf = f"{tag}  {_MARKE[e.markierung]:<10}  {e.aktenzeichen:<16}  "
        zeilen.append(render.absatz(f"{f.titel} ({f.wer})", kopf, " " * len(kopf)))
        if f.offen_grund:
            zeilen.append(render.absatz(f.offen_grund, EINZUG))
        if ausfuehrlich and f.hinweis:
            zeilen.append(render.absatz(f.hinweis, EINZUG))
        if ausfuehrlich:
            zeilen.append(render.absatz("Fundstelle: " + f.fundstelle, EINZUG))
    return "\n".join(zeilen) + "\n"


def als_json(eintraege: list[Eintrag], stichtag: date, bis: date) -> dict[str, Any]:
    return {
        "vorpruefung": True,
        "stichtag": stichtag.isoformat(),
        "bis": bis.isoformat(),
        "fristen": [
            {
                "aktenzeichen": e.aktenzeichen,
                "datei": e.datei,
                "art": e.frist.art,
                "titel": e.frist.titel,
                "datum": e.frist.datum.isoformat() if e.frist.datum else None,
                "markierung": e.markierung or None,
                "fundstelle": e.frist.fundstelle,
                "hinweis": e.frist.hinweis,
                "wer": e.frist.wer,
                "norm": e.frist.norm,
                "offen_grund": e.frist.offen_grund,
            }
            for e in eintraege
        ],
    }


def _datum_option(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return parse_datum(value)
    except ValueError as exc:
        raise click.BadParameter(f"{exc}; Beispiel: 31.03.2026", ctx=ctx, param=param) from None


_EXIT = """\b
Exit-Codes:
  0  Liste ausgegeben
  2  Aufruf fehlerhaft (Ordner fehlt, ungültiges Datum, --bis vor dem Stichtag)
  3  mindestens eine Mandantendatei fehlerhaft (übersprungen, die übrigen sind gelistet)
  6  iCalendar-Datei konnte nicht geschrieben werden"""


@click.command("fristen", options_metavar="[OPTIONEN]", epilog=_EXIT)
@click.argument("ordner", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--stichtag", callback=_datum_option, metavar="TT.MM.JJJJ", help="Heutiger Tag der Liste. Standard: heute.")
@click.option("--bis", callback=_datum_option, metavar="TT.MM.JJJJ",
              help=f"Fristen bis einschließlich zu diesem Tag zeigen. Standard: Stichtag + {FENSTER_MONATE} Monate.")
@click.option("--bald", "bald_tage", type=click.IntRange(min=0), default=BALD_TAGE, show_default=True, metavar="TAGE",
              help="Fristen innerhalb so vieler Tage als BALD markieren.")
@click.option("--vorlauf-wochen", type=click.IntRange(min=0), default=None, metavar="WOCHEN",
              help="Vorlauf für den Folgeantrag vor Ende der § 104c-Erlaubnis. Standard: 6 (PRACTICE.md § 1.5).")
@click.option("--ical", "ical", type=click.Path(dir_okay=False, path_type=Path), default=None, metavar="DATEI",
              help="Die gelisteten Fristen mit Datum zusätzlich als iCalendar-Datei (.ics) schreiben.")
@click.option("--format", "ausgabeformat", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: Liste; json: maschinenlesbar.")
@click.option("--ausfuehrlich", is_flag=True, help="Zu jeder Frist Hinweis und Fundstelle zeigen.")
def fristen_befehl(ordner: Path, stichtag: Optional[date], bis: Optional[date], bald_tage: int, vorlauf_wochen: Optional[int],
                   ical: Optional[Path], ausgabeformat: str, ausfuehrlich: bool) -> None:
    """Listet die Fristen aller Mandantendateien im ORDNER nach Datum (überfällige zuerst).

    Fehlerhafte Mandantendateien werden mit Datei, Zeile und Feld gemeldet und übersprungen
    (Exit-Code 3 am Ende); die übrigen werden trotzdem gelistet.
    """
    stichtag = stichtag or date.today()  # the CLI is the only place that reads the clock
    bis = bis or add_months(stichtag, FENSTER_MONATE)
    if bis < stichtag:
        raise click.BadParameter(f"{format_datum(bis)} liegt vor dem Stichtag {format_datum(stichtag)}", param_hint="'--bis'")
    eintraege, probleme = sammeln(ordner, stichtag, bis, bald_tage=bald_tage, vorlauf_wochen=vorlauf_wochen)
    fehlerhaft = len({p.file for p in probleme})
    try:
        if ical is not None:
            from kimrules.kalender import kalender

            try:
                ical.write_bytes(kalender(((e.aktenzeichen, e.frist) for e in eintraege), datetime.now(timezone.utc)))
            except OSError as exc:
                raise RenderError("iCalendar-Datei konnte nicht geschrieben werden",
                                  [Problem(str(ical), "", exc.strerror or str(exc))]) from None
        anzahl = len(akten(ordner))
        if ausgabeformat == "json":
            ausgabe = json.dumps(als_json(eintraege, stichtag, bis), ensure_ascii=False, indent=2) + "\n"
        else:
            ausgabe = als_text(eintraege, stichtag, bis, anzahl, fehlerhaft, ausfuehrlich)
    except KimrulesError as exc:
        click.echo(f"Fehler: {exc.message}", err=True)
        for p in exc.problems:
            click.echo(f"  - {p}", err=True)
        sys.exit(exc.exit_code)
    click.echo(ausgabe, nl=False)
    if probleme:
        click.echo(f"Fehler: {fehlerhaft} Mandantendatei(en) fehlerhaft, übersprungen:", err=True)
        for p in probleme:
            click.echo(f"  - {p}", err=True)
        click.echo("Bitte die Mandantendateien korrigieren. Alle erlaubten Felder zeigt: kimrules schema", err=True)
        sys.exit(ClientFileError.exit_code)


def fristen_und_projektionen(screener, sachverhalt, stichtag: date, ergebnisse) -> tuple[dict[str, dict[str, Any]], list[Frist]]:
    """For ``kimrules pruefen``: the earliest-date projection of every screened pathway (as dicts for
    :func:`kimrules.report.build`) and the ledger including one ``fruehestens_ab`` entry per pathway."""
    from kimrules import projektion

    norms = [e.kennung for e in ergebnisse]
    p = projektion.projektionen(screener, sachverhalt, stichtag, norms)
    # only pathways that time opens later are deadlines; "already now", "not by time" and changes brought
    # by a new version alone are in the overview
    eintraege = fristen(sachverhalt, stichtag, ergebnisse) + [
        projektion.als_frist(x) for x in p.values() if x.datum is not None and x.datum > stichtag and x.zeitabhaengig]
    eintraege.sort(key=lambda f: (f.datum is None, f.datum or date.max, f.art))
    return {k: projektion.als_dict(v) for k, v in p.items()}, eintraege
