"""Command line: ``kimrules checkliste MANDANTENDATEI --art … --format … [-o DATEI]``.

Screens the client like ``kimrules pruefen`` and renders one checklist
(:mod:`kimrules.checkliste`). Output goes to standard output (Markdown, HTML) or,
with ``-o``, to a file written atomically: the whole document is written to a
temporary file in the target folder and then linked (no ``--force``: an existing
file is never touched) or renamed over the target (``--force``). The file is created
readable only by its owner (it holds personal data). A PDF needs ``-o`` unless
standard output is redirected.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Optional

import click

import kimrules
from kimrules.checkliste import ARTEN, FORMATE, checkliste
from kimrules.cli import EXIT_CODES, _abbruch, _stichtag
from kimrules.errors import KimrulesError, Problem, RenderError


def schreiben(ziel: Path, inhalt: bytes, force: bool = False) -> None:
    """Write ``inhalt`` to ``ziel`` atomically; without ``force`` never replace an existing file."""
    ordner = ziel.parent if str(ziel.parent) else Path(".")
    if not ordner.is_dir():
        raise RenderError("Ausgabe nicht geschrieben", [Problem(str(ziel), "", f"Verzeichnis {ordner} gibt es nicht")])
    if ziel.exists() and not force:
        raise RenderError("Ausgabe nicht geschrieben",
                          [Problem(str(ziel), "", "Datei gibt es schon; zum Überschreiben --force angeben")])
    try:
        fd, tmp = tempfile.mkstemp(dir=ordner, prefix=f".{ziel.name}.", suffix=".tmp")
    except OSError as exc:
        raise RenderError("Ausgabe nicht geschrieben", [Problem(str(ziel), "", f"nicht beschreibbar ({exc.strerror})")]) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(inhalt)
            fh.flush()
            os.fsync(fh.fileno())
        if force:
            os.replace(tmp, ziel)
        else:
            try:
                os.link(tmp, ziel)  # atomic and fails if the target appeared meanwhile
            except FileExistsError:
                raise RenderError("Ausgabe nicht geschrieben",
                                  [Problem(str(ziel), "", "Datei gibt es schon; zum Überschreiben --force angeben")]) from None
            except OSError:  # file system without hard links
                if ziel.exists():
                    raise RenderError("Ausgabe nicht geschrieben",
                                      [Problem(str(ziel), "", "Datei gibt es schon; zum Überschreiben --force angeben")]) from None
                os.replace(tmp, ziel)
    except OSError as exc:
        raise RenderError("Ausgabe nicht geschrieben", [Problem(str(ziel), "", f"Schreiben fehlgeschlagen ({exc.strerror})")]) from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _fristen(screener, sachverhalt, stichtag: date, ergebnisse) -> Optional[list]:
    """The deadline ledger with the earliest date of each pathway, as ``kimrules pruefen`` shows it
    (issue 4); None (= :mod:`kimrules.checkliste` takes the plain ledger, if any) while that is missing."""
    try:
        from kimrules.cli_fristen import fristen_und_projektionen
    except ImportError:
        return None
    return list(fristen_und_projektionen(screener, sachverhalt, stichtag, ergebnisse)[1])


@click.command("checkliste", epilog=EXIT_CODES, options_metavar="[OPTIONEN]")
@click.argument("mandantendatei", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--art", type=click.Choice(ARTEN), required=True,
              help="fallplan: für das Case Management (Zielvereinbarung); pruefschema: für die Behörde; "
                   "merkblatt: für die Person (eine Seite).")
@click.option("--format", "ausgabeformat", type=click.Choice(FORMATE), default="md", show_default=True,
              help="md: Markdown; html: eigenständige Seite, druckbar auf A4; pdf: A4 (braucht -o).")
@click.option("--stichtag", callback=_stichtag, metavar="TT.MM.JJJJ",
              help="Tag, für den geprüft wird (Rechtslage und Fristen). Standard: heute.")
@click.option("--norm", "normen", multiple=True, metavar="KENNUNG",
              help="Nur diesen Weg, z. B. aufenthg_25b (mehrfach möglich). Standard: alle.")
@click.option("-o", "--ausgabe", type=click.Path(dir_okay=False, path_type=Path), default=None, metavar="DATEI",
              help="In diese Datei schreiben statt auf die Standardausgabe.")
@click.option("--force", is_flag=True, help="Eine vorhandene Ausgabedatei überschreiben.")
@click.option("--ohne-name", is_flag=True, help="Den Namen der Person nicht auf das Merkblatt drucken.")
@click.pass_context
def checkliste_befehl(ctx: click.Context, mandantendatei: Path, art: str, ausgabeformat: str, stichtag: date,
                      normen: tuple[str, ...], ausgabe: Optional[Path], force: bool, ohne_name: bool) -> None:
    """Erstellt aus der Vorprüfung der MANDANTENDATEI eine Checkliste: Fallplan, Prüfschema oder Merkblatt.

    Nachweise und Fundstellen stammen aus den Regeldateien, wer helfen kann aus
    rules/verweise/verweise.yaml. Nur das Merkblatt nennt den Namen der Person (abschaltbar mit
    --ohne-name); Fallplan und Prüfschema nennen nur das Aktenzeichen.
    """
    if ausgabeformat == "pdf" and ausgabe is None and sys.stdout.isatty():
        raise click.BadParameter("ein PDF bitte mit -o DATEI schreiben", ctx=ctx, param_hint="'--format'")
    try:
        if ausgabe is not None and ausgabe.exists() and not force:  # say so before any work
            raise RenderError("Ausgabe nicht geschrieben",
                              [Problem(str(ausgabe), "", "Datei gibt es schon; zum Überschreiben --force angeben")])
        regelwerk = kimrules.load_rules()
        bekannt = regelwerk.norms()
        unbekannt = [n for n in normen if n not in bekannt]
        if unbekannt:
            raise click.BadParameter(
                f"unbekannte Kennung {', '.join(unbekannt)}; bekannt: {', '.join(bekannt)}", ctx=ctx, param_hint="'--norm'"
            )
        sachverhalt = kimrules.load_client(mandantendatei, stichtag)
        screener = kimrules.Screener(regelwerk)
        ergebnisse = screener.screen(sachverhalt, stichtag, normen or None)
        inhalt = checkliste(sachverhalt, stichtag, ergebnisse, art, ausgabeformat, mit_name=not ohne_name,
                            fristen=_fristen(screener, sachverhalt, stichtag, ergebnisse))
        daten = inhalt if isinstance(inhalt, bytes) else inhalt.encode("utf-8")
        if ausgabe is not None:
            schreiben(ausgabe, daten, force)
    except KimrulesError as exc:
        _abbruch(exc)
    if ausgabe is None:
        if isinstance(inhalt, bytes):
            click.get_binary_stream("stdout").write(inhalt)
        else:
            click.echo(inhalt, nl=False)
    else:
        click.echo(f"{ausgabe} geschrieben", err=True)
