"""Command line: ``kimrules checkliste MANDANTENDATEI --art … --format … [-o DATEI]``.

Screens the client like ``kimrules pruefen`` and renders one checklist
(:mod:`kimrules.ausgabe.checkliste`). Output goes to standard output (Markdown, HTML) or,
with ``-o``, to a file written atomically: the whole document is written to a
temporary file in the target folder and then linked (no ``--force``: an existing
file is never touched) or renamed over the target (``--force``); only regular files are
written (:mod:`kimrules.ausgabe.datei`). The file is created readable only by its owner
(it holds personal data). A PDF needs ``-o`` unless
standard output is redirected.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Optional

import click

from kimrules.ausgabe import ARTEN, FORMATE
from kimrules.basis.errors import KimrulesError
from kimrules.cli.common import EXIT_CODES, abbruch, normen_pruefen, pfad, schreiben, stichtag_option, ziel_pruefen


@click.command("checkliste", epilog=EXIT_CODES, options_metavar="[OPTIONEN]")
@click.argument("mandantendatei", type=pfad(path_type=Path, readable=False))
@click.option("--art", type=click.Choice(ARTEN), required=True,
              help="fallplan: für das Case Management (Zielvereinbarung); pruefschema: für die Behörde; "
                   "merkblatt: für die Person (eine Seite).")
@click.option("--format", "ausgabeformat", type=click.Choice(FORMATE), default="md", show_default=True,
              help="md: Markdown; html: eigenständige Seite, druckbar auf A4; pdf: A4 (braucht -o).")
@click.option("--stichtag", callback=stichtag_option, metavar="TT.MM.JJJJ",
              help="Tag, für den geprüft wird (Rechtslage und Fristen). Standard: heute.")
@click.option("--norm", "normen", multiple=True, metavar="KENNUNG",
              help="Nur diesen Weg, z. B. aufenthg_25b (mehrfach möglich). Standard: alle.")
@click.option("-o", "--ausgabe", type=pfad(dir_okay=False, path_type=Path), default=None, metavar="DATEI",
              help="In diese Datei schreiben statt auf die Standardausgabe.")
@click.option("--force", is_flag=True, help="Eine vorhandene Ausgabedatei überschreiben.")
@click.option("--ohne-name", is_flag=True, help="Den Namen der Person nicht auf das Merkblatt drucken.")
@click.option("--praxis", envvar="KIMRULES_PRAXIS", metavar="KENNUNG",
              help="Verwaltungspraxis (rules/praxis/, z. B. nrw); auch über KIMRULES_PRAXIS. Ohne: Praxispunkte ungeklärt.")
@click.pass_context
def checkliste_befehl(ctx: click.Context, mandantendatei: Path, art: str, ausgabeformat: str, stichtag: date,
                      normen: tuple[str, ...], ausgabe: Optional[Path], force: bool, ohne_name: bool,
                      praxis: Optional[str]) -> None:
    """Erstellt aus der Vorprüfung der MANDANTENDATEI eine Checkliste: Fallplan, Prüfschema oder Merkblatt.

    Nachweise und Fundstellen stammen aus den Regeldateien, wer helfen kann aus
    rules/verweise/verweise.yaml. Nur das Merkblatt nennt den Namen der Person (abschaltbar mit
    --ohne-name); Fallplan und Prüfschema nennen nur das Aktenzeichen.
    """
    from kimrules.akte.client import load as load_client
    from kimrules.ausgabe.checkliste import checkliste
    from kimrules.regelwerk.cache import load_cached
    from kimrules.vorpruefung import vorpruefung

    if ausgabeformat == "pdf" and ausgabe is None and sys.stdout.isatty():
        raise click.BadParameter("ein PDF bitte mit -o DATEI schreiben", ctx=ctx, param_hint="'--format'")
    try:
        if ausgabe is not None:  # say so before any work: an existing file without --force, a device
            ziel_pruefen(ausgabe, force)
        regelwerk = load_cached()
        if praxis:
            try:
                regelwerk = regelwerk.mit_praxis(praxis)
            except ValueError as exc:
                raise click.BadParameter(str(exc), ctx=ctx, param_hint="'--praxis'") from None
        normen_pruefen(ctx, regelwerk.norms(), normen)
        sachverhalt = load_client(mandantendatei, stichtag)
        v = vorpruefung(sachverhalt, stichtag, normen or None, regelwerk=regelwerk)
        inhalt = checkliste(v, art, ausgabeformat, mit_name=not ohne_name, alle_wege=bool(normen))
        daten = inhalt if isinstance(inhalt, bytes) else inhalt.encode("utf-8")
        if ausgabe is not None:
            schreiben(ausgabe, daten, force)
    except KimrulesError as exc:
        abbruch(exc)
    if ausgabe is None:
        if isinstance(inhalt, bytes):
            click.get_binary_stream("stdout").write(inhalt)
        else:
            click.echo(inhalt, nl=False)
    else:
        click.echo(f"{ausgabe} geschrieben", err=True)
