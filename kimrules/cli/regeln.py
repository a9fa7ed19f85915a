"""``kimrules regeln``: check every rule file and list the versions of each norm."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import click

from kimrules.basis.dates import format_datum
from kimrules.basis.errors import KimrulesError
from kimrules.cli.common import EXIT_CODES, abbruch


@click.command("regeln", epilog=EXIT_CODES, options_metavar="[OPTIONEN]")
@click.option(
    "--verzeichnis",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="PFAD",
    help="Anderes Regelverzeichnis prüfen (Standard: rules/ des Programms).",
)
def regeln(verzeichnis: Optional[Path]) -> None:
    """Prüft die Regeldateien und listet die geladenen Fassungen je Norm.

    Sind Regeldateien fehlerhaft, werden alle Fehler mit Datei und Zeile gemeldet (Exit-Code 4).
    """
    from kimrules.ausgabe import render
    from kimrules.pruefung.screening import Screener
    from kimrules.regelwerk.rules import load as load_rules

    try:
        regelwerk = load_rules() if verzeichnis is None else load_rules(verzeichnis)
    except KimrulesError as exc:
        abbruch(exc)
    try:  # every version must also fit the engine (e.g. at most compile.MAX_REQUIREMENTS requirements)
        screener = Screener(regelwerk)
        for fassungen in regelwerk.versionen.values():
            for f in fassungen:
                screener._prepared(regelwerk.select(f.datei.kennung, f.datei.gueltig_ab))
    except KimrulesError as exc:
        abbruch(exc)
    click.echo(f"Regelwerk in {regelwerk.root} – fehlerfrei geladen (SHA-256 {regelwerk.sha256[:12]})")
    for kennung in regelwerk.norms() + regelwerk.familiennormen():
        fassungen = regelwerk.versionen[kennung]
        erste = fassungen[0].datei
        click.echo("\n" + render.absatz(f"{erste.norm} – {erste.titel} (Kennung: {kennung})", "", "  "))
        for f in fassungen:
            bis = format_datum(f.gueltig_bis) if f.gueltig_bis else "offen     "
            click.echo(f"  {format_datum(f.datei.gueltig_ab)} – {bis}  {f.pfad:<32} SHA-256 {f.sha256[:12]}")
            click.echo(render.absatz(f.datei.fassung, " " * 6))
    if regelwerk.parameter:
        click.echo("\nParameter")
        for name, p in sorted(regelwerk.parameter.items()):
            werte = ", ".join(f"{w.wert:g} ab {format_datum(w.gueltig_ab)}" for w in p.werte)
            click.echo(render.absatz(f"{name}: {werte} ({regelwerk.parameter_dateien[name]})", "  ", " " * 6))
