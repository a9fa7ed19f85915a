"""``kimrules pruefen MANDANTENDATEI``: the Vorprüfung of one client as text or JSON."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from kimrules.basis.errors import KimrulesError
from kimrules.cli.common import EXIT_CODES, abbruch, normen_pruefen, stichtag_option


@click.command("pruefen", epilog=EXIT_CODES, options_metavar="[OPTIONEN]")
@click.argument("mandantendatei", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--stichtag",
    callback=stichtag_option,
    metavar="TT.MM.JJJJ",
    help="Tag, für den geprüft wird (Rechtslage und Fristen). Standard: heute.",
)
@click.option(
    "--format",
    "ausgabeformat",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: druckbare Vorprüfung; json: maschinenlesbar (docs/ausgabe.schema.json).",
)
@click.option(
    "--norm",
    "normen",
    multiple=True,
    metavar="KENNUNG",
    help="Nur diesen Weg prüfen, z. B. aufenthg_25b (mehrfach möglich). Standard: alle.",
)
@click.pass_context
def pruefen(ctx: click.Context, mandantendatei: Path, stichtag: date, ausgabeformat: str, normen: tuple[str, ...]) -> None:
    """Prüft die MANDANTENDATEI (YAML oder JSON) zum Stichtag und gibt die Vorprüfung aus.

    Fehlende Angaben gelten als „unbekannt“ und führen zu „ungeklärt“ mit offenen Fragen.
    """
    from kimrules.akte.client import load as load_client
    from kimrules.ausgabe import render, report
    from kimrules.regelwerk.cache import load_cached
    from kimrules.vorpruefung import vorpruefung

    try:
        regelwerk = load_cached()
        normen_pruefen(ctx, regelwerk.norms(), normen)
        sachverhalt = load_client(mandantendatei, stichtag)
        bericht = report.build(vorpruefung(sachverhalt, stichtag, normen or None, regelwerk=regelwerk))
        if ausgabeformat == "json":
            ausgabe = json.dumps(bericht, ensure_ascii=False, indent=2) + "\n"
        else:
            ausgabe = render.text(bericht)
    except KimrulesError as exc:
        abbruch(exc)
    click.echo(ausgabe, nl=False)
