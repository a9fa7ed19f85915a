"""``kimrules pruefen MANDANTENDATEI``: the Vorprüfung of one client as text or JSON."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Optional

import click

from kimrules.basis.errors import KimrulesError, RuleFileError
from kimrules.cli.common import EXIT_CODES, abbruch, normen_pruefen, pfad, stichtag_option


@click.command("pruefen", epilog=EXIT_CODES, options_metavar="[OPTIONEN]")
@click.argument("mandantendatei", type=pfad(path_type=Path, readable=False))
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
@click.option(
    "--praxis",
    envvar="KIMRULES_PRAXIS",
    metavar="KENNUNG",
    help="Verwaltungspraxis eines Landes oder einer Behörde (rules/praxis/, z. B. nrw); auch über die "
         "Umgebungsvariable KIMRULES_PRAXIS. Ohne: Praxispunkte sind ungeklärt, bekannte Praxen werden genannt.",
)
@click.option(
    "--ausfuehrlich",
    is_flag=True,
    help="Text: jede Voraussetzung mit Fundstelle, Angaben, Fragen und Nachweisen (Standard: die kurze Vorprüfung).",
)
@click.pass_context
def pruefen(ctx: click.Context, mandantendatei: Path, stichtag: date, ausgabeformat: str, normen: tuple[str, ...],
            praxis: Optional[str], ausfuehrlich: bool) -> None:
    """Prüft die MANDANTENDATEI (YAML oder JSON) zum Stichtag und gibt die Vorprüfung aus.

    Fehlende Angaben gelten als „unbekannt“ und führen zu „ungeklärt“ mit offenen Fragen.
    Ist die Regeldatei einer Norm fehlerhaft, werden die übrigen geprüft; die Norm erscheint als
    „Regeldatei fehlerhaft“ mit der Meldung, Exit-Code 4.
    """
    from kimrules.akte.client import load as load_client
    from kimrules.ausgabe import report
    from kimrules.regelwerk.cache import load_cached
    from kimrules.vorpruefung import vorpruefung

    try:
        regelwerk = load_cached(tolerant=True)
        if praxis:
            try:
                regelwerk = regelwerk.mit_praxis(praxis)
            except ValueError as exc:
                raise click.BadParameter(str(exc), ctx=ctx, param_hint="'--praxis'") from None
        normen_pruefen(ctx, regelwerk.norms() + sorted(regelwerk.fehlerhaft), normen)
        fehlerhaft = {k: p for k, p in regelwerk.fehlerhaft.items() if not normen or k in normen}
        sachverhalt = load_client(mandantendatei, stichtag)
        gepruefte = [n for n in normen if n not in fehlerhaft] if normen else None
        if normen and not gepruefte:
            raise RuleFileError("Die Regeldateien der gewählten Normen sind fehlerhaft",
                                [p for k in sorted(fehlerhaft) for p in fehlerhaft[k]])
        bericht = report.build(vorpruefung(sachverhalt, stichtag, gepruefte, regelwerk=regelwerk))
        if fehlerhaft:  # the other norms were screened; these could not be
            bericht["regeldateien_fehlerhaft"] = [
                {"kennung": k, "meldungen": [str(p) for p in fehlerhaft[k]]} for k in sorted(fehlerhaft)
            ]
        if ausgabeformat == "json":
            ausgabe = json.dumps(bericht, ensure_ascii=False, indent=2) + "\n"
        else:
            from kimrules.ausgabe import render

            ausgabe = render.text(bericht, ausfuehrlich=ausfuehrlich) + _fehlerhaft_text(fehlerhaft)
    except KimrulesError as exc:
        abbruch(exc)
    click.echo(ausgabe, nl=False)
    if fehlerhaft:
        click.echo(f"Fehler: Regeldatei fehlerhaft, nicht geprüft: {', '.join(sorted(fehlerhaft))}. "
                   "Die übrigen Wege sind geprüft. Prüfen mit: kimrules regeln pruefen", err=True)
        sys.exit(RuleFileError.exit_code)


def _fehlerhaft_text(fehlerhaft: dict) -> str:
    if not fehlerhaft:
        return ""
    zeilen = ["", "REGELDATEI FEHLERHAFT – diese Wege wurden nicht geprüft"]
    for kennung in sorted(fehlerhaft):
        zeilen.append(f"  {kennung}: Regeldatei fehlerhaft")
        zeilen += [f"    - {p}" for p in fehlerhaft[kennung]]
    return "\n".join(zeilen) + "\n"
