"""Command line: ``kimrules pruefen | schema | regeln``.

The only module that reads argv and the clock (default Stichtag = today),
prints, and maps errors to exit codes. Every :class:`KimrulesError` is shown as
a German message with each located problem and ends with its class's exit code,
never with a traceback.

click's own messages ("Usage:", "Error: Invalid value …") are shown in German:
:func:`_deutsch` replaces the ``gettext`` function of click's modules by a
lookup in :data:`_DE` when the command line starts (not at import).
"""

from __future__ import annotations

import gettext
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, Optional

import click

import kimrules
from kimrules import __version__, render, report
from kimrules.dates import format_datum, parse_datum
from kimrules.errors import KimrulesError
from kimrules.facts import Sachverhalt

EXIT_CODES = """\b
Exit-Codes:
  0  Prüfung abgeschlossen (auch bei „nicht erfüllt“ oder „ungeklärt“)
  2  Aufruf fehlerhaft (unbekannte Option, ungültiger Stichtag)
  3  Mandantendatei fehlerhaft oder nicht lesbar
  4  Regeldateien fehlerhaft
  5  interner Fehler der Regel-Engine
  6  Ausgabe konnte nicht erzeugt werden"""

_HILFE_NACH_FEHLER = {
    "mandantendatei": "Bitte die Mandantendatei korrigieren. Alle erlaubten Felder zeigt: kimrules schema",
    "regeldatei": "Die Regeldateien sind fehlerhaft; es wurde nichts geprüft. Prüfen mit: kimrules regeln",
    "engine": "Interner Fehler – bitte mit der Mandantendatei als Fehler melden. Es wurde nichts geprüft.",
    "ausgabe": "Interner Fehler bei der Ausgabe – bitte als Fehler melden.",
}

# -- click in German ---------------------------------------------------------
_DE = {
    "Usage:": "Aufruf:",
    "Options": "Optionen",
    "Commands": "Befehle",
    "Positional arguments": "Argumente",
    "Show this message and exit.": "Diese Hilfe anzeigen und beenden.",
    "Show the version and exit.": "Version anzeigen und beenden.",
    "%(prog)s, version %(version)s": "%(prog)s, Version %(version)s",
    "Error: {message}": "Fehler: {message}",
    "Try '{command} {option}' for help.": "Hilfe: '{command} {option}'",
    "Invalid value for {param_hint}: {message}": "Ungültiger Wert für {param_hint}: {message}",
    "Invalid value: {message}": "Ungültiger Wert: {message}",
    "Missing argument": "Es fehlt das Argument",
    "Missing option": "Es fehlt die Option",
    "Missing parameter": "Es fehlt die Angabe",
    "Missing {param_type}": "Es fehlt {param_type}",
    "Missing command.": "Es fehlt der Befehl (pruefen, fristen, checkliste, schema oder regeln).",
    "No such option {name!r}.": "Unbekannte Option {name!r}.",
    "No such command {name!r}.": "Unbekannter Befehl {name!r}.",
    "Option {name!r} does not take a value.": "Option {name!r} nimmt keinen Wert an.",
    "default: {default}": "Standard: {default}",
    "required": "erforderlich",
    "Aborted!": "Abgebrochen.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} gibt es nicht.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} ist ein Verzeichnis.",
    "file": "Datei",
    "directory": "Verzeichnis",
    "path": "Pfad",
}
_DE_N = {
    "Did you mean {possibility}?": ("Meinten Sie {possibility}?", "(Meinten Sie eine von: {possibilities}?)"),
    "Option {name!r} requires an argument.": ("Option {name!r} braucht einen Wert.", "Option {name!r} braucht {nargs} Werte."),
    "{value!r} is not {choice}.": ("{value!r} ist nicht {choice}.", "{value!r} ist keiner der Werte {choices}."),
    "Got unexpected extra argument ({args})": (
        "Unerwartetes zusätzliches Argument ({args})",
        "Unerwartete zusätzliche Argumente ({args})",
    ),
}


def _de(message: str) -> str:
    return _DE.get(message, message)


def _de_n(singular: str, plural: str, n: int) -> str:
    if singular in _DE_N:
        one, many = _DE_N[singular]
        return one if n == 1 else many
    return singular if n == 1 else plural


def _deutsch() -> None:
    """Let click speak German (idempotent)."""
    from click import core, decorators, exceptions, formatting, parser, types

    for module in (core, decorators, exceptions, formatting, parser, types):
        if getattr(module, "_", None) is gettext.gettext:
            module._ = _de  # type: ignore[attr-defined]
        if getattr(module, "ngettext", None) is gettext.ngettext:
            module.ngettext = _de_n  # type: ignore[attr-defined]


class _Gruppe(click.Group):
    def main(self, *args: Any, **kwargs: Any) -> Any:
        _deutsch()
        return super().main(*args, **kwargs)


# -- helpers -------------------------------------------------------------------
def _abbruch(exc: KimrulesError) -> NoReturn:
    """Print a KimrulesError in German to stderr and exit with its code (no traceback)."""
    click.echo(f"Fehler: {exc.message}", err=True)
    for problem in exc.problems:
        click.echo(f"  - {problem}", err=True)
    hilfe = _HILFE_NACH_FEHLER.get(exc.code)
    if hilfe:
        click.echo(hilfe, err=True)
    sys.exit(exc.exit_code)


def _stichtag(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> date:
    if value is None:
        return date.today()  # the only clock read of kimrules
    try:
        return parse_datum(value)
    except ValueError as exc:
        raise click.BadParameter(f"{exc}; Beispiel: --stichtag 15.02.2025", ctx=ctx, param=param) from None


_HELP_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(
    cls=_Gruppe,
    context_settings=_HELP_SETTINGS,
    epilog=EXIT_CODES,
    options_metavar="[OPTIONEN]",
    subcommand_metavar="BEFEHL [ARGUMENTE]...",
)
@click.version_option(
    __version__, "--version", prog_name="kimrules", message="%(prog)s, Version %(version)s",
    help="Version anzeigen und beenden.",
)
def main() -> None:
    """Vorprüfung aufenthalts- und staatsangehörigkeitsrechtlicher Wege für das Kommunale
    Integrationsmanagement (KIM) NRW: Chancen-Aufenthaltsrecht (§ 104c AufenthG), gut integrierte
    Jugendliche (§ 25a AufenthG), nachhaltige Integration (§ 25b AufenthG), Einbürgerung (§ 10 StAG).

    Das Ergebnis ist eine Vorprüfung, keine Entscheidung: Die Ausländer- bzw. Einbürgerungsbehörde
    entscheidet.
    """


@main.command("pruefen", epilog=EXIT_CODES, options_metavar="[OPTIONEN]")
@click.argument("mandantendatei", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--stichtag",
    callback=_stichtag,
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
    try:
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
        from kimrules.cli_fristen import fristen_und_projektionen  # issue 4: deadlines and earliest dates

        projektionen, fristen = fristen_und_projektionen(screener, sachverhalt, stichtag, ergebnisse)
        bericht = report.build(ergebnisse, sachverhalt.aktenzeichen, stichtag, projektionen, fristen)
        if sachverhalt.angehoerige:  # issue 3: family-derived rights of the household members
            from kimrules import haushalt

            bericht["haushalt"] = haushalt.bericht(haushalt.screen_haushalt(screener, sachverhalt, stichtag, normen or None))
        if ausgabeformat == "json":
            ausgabe = json.dumps(bericht, ensure_ascii=False, indent=2) + "\n"
        else:
            ausgabe = render.text(bericht)
    except KimrulesError as exc:
        _abbruch(exc)
    click.echo(ausgabe, nl=False)


_SCHEMA_DATUM = {
    "type": "string",
    "pattern": r"^(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})$",
    "description": "Datum als TT.MM.JJJJ oder JJJJ-MM-TT",
}
_SCHEMA_JA_NEIN = {"anyOf": [{"type": "boolean"}, {"enum": ["ja", "nein", "unbekannt"]}]}


def _eingabeformen(node: Any) -> Any:
    """Describe what the client file accepts, not only the validated types: dates also as
    TT.MM.JJJJ, ja/nein values also as the words ja, nein, unbekannt."""
    if isinstance(node, list):
        return [_eingabeformen(n) for n in node]
    if not isinstance(node, dict):
        return node
    if node.get("type") == "string" and node.get("format") == "date":
        return {**{k: v for k, v in node.items() if k != "format"}, **_SCHEMA_DATUM}
    if node == {"type": "boolean"}:
        return _SCHEMA_JA_NEIN
    return {k: _eingabeformen(v) for k, v in node.items()}


def mandanten_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the client file, with German title and description."""
    schema = _eingabeformen(Sachverhalt.model_json_schema(by_alias=True))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
        "title": "Mandantendatei für kimrules (Sachverhalt)",
        "description": (
            "Angaben zu einer Person für die Vorprüfung. Pflicht ist nur das Aktenzeichen; jedes fehlende Feld "
            "bedeutet „unbekannt“ (→ ungeklärt), eine leere Liste bedeutet „keine“. Daten als TT.MM.JJJJ oder "
            "JJJJ-MM-TT; Ja/Nein-Angaben als ja, nein oder unbekannt. Beispiele im Ordner examples/."
        ),
    }


@main.command("schema", epilog=EXIT_CODES, options_metavar="[OPTIONEN]")
def schema() -> None:
    """Gibt das JSON-Schema der Mandantendatei aus (alle erlaubten Felder)."""
    click.echo(json.dumps(mandanten_schema(), ensure_ascii=False, indent=2))


@main.command("regeln", epilog=EXIT_CODES, options_metavar="[OPTIONEN]")
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
    try:
        regelwerk = kimrules.load_rules() if verzeichnis is None else kimrules.load_rules(verzeichnis)
    except KimrulesError as exc:
        _abbruch(exc)
    try:  # every version must also fit the engine (e.g. at most compile.MAX_REQUIREMENTS requirements)
        screener = kimrules.Screener(regelwerk)
        for fassungen in regelwerk.versionen.values():
            for f in fassungen:
                screener._prepared(regelwerk.select(f.datei.kennung, f.datei.gueltig_ab))
    except KimrulesError as exc:
        _abbruch(exc)
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


from kimrules.cli_fristen import fristen_befehl  # noqa: E402  (kimrules fristen ORDNER)

main.add_command(fristen_befehl)

from kimrules.cli_checkliste import checkliste_befehl  # noqa: E402  (kimrules checkliste MANDANTENDATEI)

main.add_command(checkliste_befehl)
