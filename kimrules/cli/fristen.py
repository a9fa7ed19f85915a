"""``kimrules fristen ORDNER``: the deadlines of a whole caseload, sorted by date.

Reads every client file (``*.yaml``, ``*.yml``, ``*.json``) in ORDNER, builds each
client's ledger (:mod:`kimrules.vorpruefung.fristenliste`) on the Stichtag and lists
every entry up to ``--bis``: overdue entries (date before the Stichtag) first
and marked ÜBERFÄLLIG, entries within ``--bald`` days marked BALD. Entries that
cannot be computed are listed after them with the reason. ``--ical DATEI``
writes the listed dated entries as an iCalendar file (:mod:`kimrules.ausgabe.kalender`).
Only the file reference (Aktenzeichen) names a client, never the name or a birth date.
The calendar file is written like a checklist (:mod:`kimrules.ausgabe.datei`): atomically, mode
0600, never over an existing file without ``--force``, never over a device.

A client file with errors, whatever they are, is reported on stderr with file, line and field and
skipped; the others are still listed (exit code 3 at the end; 5 if kimrules itself failed on a file). No screening is
run, so a caseload of 1,000 files takes a few seconds (``bench/fristen.py``).
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Optional

import click

from kimrules.basis.dates import add_months, format_datum
from kimrules.basis.errors import ClientFileError, EngineError, KimrulesError
from kimrules.basis.grenzen import ohne_steuerzeichen
from kimrules.cli.common import MELDEN, abbruch, datum_option, pfad, schreiben, ziel_pruefen

BALD_TAGE = 28
FENSTER_MONATE = 3



_EXIT = """\b
Exit-Codes:
  0  Liste ausgegeben
  2  Aufruf fehlerhaft (Ordner fehlt, ungültiges Datum, --bis vor dem Stichtag)
  3  mindestens eine Mandantendatei fehlerhaft (übersprungen, die übrigen sind gelistet)
  5  interner Fehler bei mindestens einer Datei (übersprungen, die übrigen sind gelistet)
  6  iCalendar-Datei konnte nicht geschrieben werden"""


@click.command("fristen", options_metavar="[OPTIONEN]", epilog=_EXIT)
@click.argument("ordner", type=pfad(exists=True, file_okay=False, path_type=Path))
@click.option("--stichtag", callback=datum_option, metavar="TT.MM.JJJJ", help="Heutiger Tag der Liste. Standard: heute.")
@click.option("--bis", callback=datum_option, metavar="TT.MM.JJJJ",
              help=f"Fristen bis einschließlich zu diesem Tag zeigen. Standard: Stichtag + {FENSTER_MONATE} Monate.")
@click.option("--bald", "bald_tage", type=click.IntRange(min=0), default=BALD_TAGE, show_default=True, metavar="TAGE",
              help="Fristen innerhalb so vieler Tage als BALD markieren.")
@click.option("--vorlauf-wochen", type=click.IntRange(min=0), default=None, metavar="WOCHEN",
              help="Vorlauf für den Folgeantrag vor Ende der § 104c-Erlaubnis. Standard: 6.")
@click.option("--ical", "ical", type=pfad(dir_okay=False, path_type=Path), default=None, metavar="DATEI",
              help="Die gelisteten Fristen mit Datum zusätzlich als iCalendar-Datei (.ics) schreiben.")
@click.option("--force", is_flag=True, help="Eine vorhandene iCalendar-Datei überschreiben.")
@click.option("--format", "ausgabeformat", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: Liste; json: maschinenlesbar.")
@click.option("--ausfuehrlich", is_flag=True, help="Zu jeder Frist Hinweis und Fundstelle zeigen.")
def fristen_befehl(ordner: Path, stichtag: Optional[date], bis: Optional[date], bald_tage: int, vorlauf_wochen: Optional[int],
                   ical: Optional[Path], force: bool, ausgabeformat: str, ausfuehrlich: bool) -> None:
    """Listet die Fristen aller Mandantendateien im ORDNER nach Datum (überfällige zuerst).

    Fehlerhafte Mandantendateien werden mit Datei, Zeile und Feld gemeldet und übersprungen
    (Exit-Code 3 am Ende); die übrigen werden trotzdem gelistet.
    """
    stichtag = stichtag or date.today()  # the CLI is the only place that reads the clock
    bis = bis or add_months(stichtag, FENSTER_MONATE)
    if bis < stichtag:
        raise click.BadParameter(f"{format_datum(bis)} liegt vor dem Stichtag {format_datum(stichtag)}", param_hint="'--bis'")
    from kimrules.ausgabe.fristenliste import als_json, als_text
    from kimrules.vorpruefung.fristenliste import INTERN, akten, sammeln

    try:
        if ical is not None:
            ziel_pruefen(ical, force, "iCalendar-Datei")  # say so before any work
        eintraege, probleme = sammeln(ordner, stichtag, bis, bald_tage=bald_tage, vorlauf_wochen=vorlauf_wochen)
        fehlerhaft = len({p.file for p in probleme})
        if ical is not None:
            from kimrules.ausgabe.kalender import kalender

            schreiben(ical, kalender(((e.aktenzeichen, e.frist) for e in eintraege), datetime.now(timezone.utc)), force, "iCalendar-Datei")
        anzahl = len(akten(ordner))
        if ausgabeformat == "json":
            ausgabe = json.dumps(als_json(eintraege, stichtag, bis), ensure_ascii=False, indent=2) + "\n"
        else:
            ausgabe = als_text(eintraege, stichtag, bis, anzahl, fehlerhaft, ausfuehrlich)
    except KimrulesError as exc:
        abbruch(exc)
    click.echo(ausgabe, nl=False)
    if probleme:
        intern = [p for p in probleme if p.message.startswith(INTERN)]
        click.echo(f"Fehler: {fehlerhaft} Mandantendatei(en) fehlerhaft, übersprungen:", err=True)
        for p in probleme:
            click.echo(ohne_steuerzeichen(f"  - {p}"), err=True)
        click.echo("Bitte die Mandantendateien korrigieren. Alle erlaubten Felder zeigt: kimrules schema", err=True)
        if intern:
            click.echo(f"Bei {len(intern)} Datei(en) ist kimrules selbst gescheitert – {MELDEN}.", err=True)
        sys.exit(EngineError.exit_code if intern else ClientFileError.exit_code)
