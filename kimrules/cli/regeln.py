"""``kimrules regeln …``: the workbench for the people who write the rules and scenarios.

Subcommands (all German): ``pruefen`` (also without subcommand), ``zeigen``, ``vergleichen``,
``abdeckung``, ``neue-fassung``, ``saetze``, ``testen``, ``fragen``. The work is done in
:mod:`kimrules.regelwerk.rules` and :mod:`kimrules.werkbank`; this module reads options, prints and
sets exit codes, and imports the stages only when a subcommand runs.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, Optional

import click

from kimrules.basis.errors import KimrulesError, Problem, RuleFileError
from kimrules.cli.common import EXIT_CODES, datum_option, pfad

if TYPE_CHECKING:
    from kimrules.regelwerk.rules import Regelwerk

EXIT_LUECKEN = 1  # abdeckung / testen: scenarios missing or failing

_VERZEICHNIS = click.option(
    "--verzeichnis",
    type=pfad(file_okay=False, path_type=Path),
    default=None,
    metavar="PFAD",
    help="Anderes Regelverzeichnis (Standard: rules/ des Programms); Szenarien aus dem Ordner features/ daneben.",
)


def _fehler(exc: KimrulesError) -> NoReturn:
    click.echo(f"Fehler: {exc.message}", err=True)
    for datei, probleme in _nach_datei(exc.problems):
        click.echo(f"\n{datei}", err=True)
        for p in probleme:
            click.echo(f"  {_ort(p)}{p.message}", err=True)
    if exc.problems:
        click.echo(f"\n{len(exc.problems)} Fehler in {len(_nach_datei(exc.problems))} Dateien.", err=True)
    sys.exit(exc.exit_code)


def _ort(p: Problem) -> str:
    teile = []
    if p.line is not None:
        teile.append(f"Zeile {p.line}" + (f", Spalte {p.column}" if p.column is not None else ""))
    if p.location:
        teile.append(f"„{p.location}“")
    return (", ".join(teile) + ": ") if teile else ""


def _nach_datei(problems: list[Problem]) -> list[tuple[str, list[Problem]]]:
    gruppen: dict[str, list[Problem]] = {}
    for p in problems:
        gruppen.setdefault(p.file, []).append(p)
    return [(d, sorted(ps, key=lambda p: (p.line or 0, p.column or 0))) for d, ps in gruppen.items()]


def _root(verzeichnis: Optional[Path]) -> Path:
    from kimrules.regelwerk.rules import RULES_DIR

    return RULES_DIR if verzeichnis is None else verzeichnis


def _features(root: Path) -> Path:
    from kimrules.werkbank.szenarien import FEATURES_DIR

    neben = root.parent / "features"
    return neben if neben.is_dir() else FEATURES_DIR


def _laden(verzeichnis: Optional[Path]) -> "Regelwerk":
    from kimrules.regelwerk.rules import load

    try:
        return load(_root(verzeichnis))
    except KimrulesError as exc:
        _fehler(exc)



@click.group("regeln", invoke_without_command=True, epilog=EXIT_CODES, options_metavar="[OPTIONEN]", subcommand_metavar="[BEFEHL]")
@_VERZEICHNIS
@click.pass_context
def regeln(ctx: click.Context, verzeichnis: Optional[Path]) -> None:
    """Werkzeuge für Regeldateien und Szenarien. Ohne Befehl: pruefen.

    \b
    pruefen      alle Fehler aller Regeldateien (Datei, Zeile, Spalte, Vorschlag)
    zeigen       eine Fassung lesbar (Voraussetzungen, Schwellen, Quellen)
    vergleichen  was sich zwischen zwei Fassungen geändert hat (Text oder Markdown)
    abdeckung    welche Voraussetzung welche Szenarien hat und was fehlt
    neue-fassung neue Fassungsdatei und Szenario-Gerüst aus der geltenden Fassung
    saetze       alle Sätze für Szenarien mit Beispiel
    testen       Szenarien ausführen, deutsche Zusammenfassung
    fragen       Register der offenen Rechtsfragen
    """
    ctx.ensure_object(dict)
    ctx.obj["verzeichnis"] = verzeichnis
    if ctx.invoked_subcommand is None:
        ctx.invoke(pruefen, verzeichnis=verzeichnis)


def _verzeichnis(ctx: click.Context, verzeichnis: Optional[Path]) -> Optional[Path]:
    return verzeichnis if verzeichnis is not None else (ctx.obj or {}).get("verzeichnis")


def engine_probleme(regelwerk: "Regelwerk") -> list[Problem]:
    """Every version must also compile for the engine (one problem per version that does not)."""
    from kimrules.engine import compile as compiler

    out = []
    for kennung, fassungen_ in regelwerk.versionen.items():
        for f in fassungen_:
            try:
                compiler.plan(regelwerk.select(kennung, f.datei.gueltig_ab))
            except ValueError as exc:
                out.append(Problem(str(regelwerk.root / f.pfad), "voraussetzungen", f"für die Engine zu groß: {exc}"))
    return out


@regeln.command("pruefen", options_metavar="[OPTIONEN]")
@_VERZEICHNIS
@click.pass_context
def pruefen(ctx: click.Context, verzeichnis: Optional[Path]) -> None:
    """Prüft alle Regeldateien und meldet jeden Fehler jeder Datei auf einmal (Exit-Code 4).

    Tippfehler in Schlüsseln, Werten und Fakten bekommen einen Vorschlag („meinten Sie …?“).
    Ohne Fehler: die Fassungen je Norm mit Geltungszeitraum und SHA-256.
    """
    from kimrules.ausgabe import render
    from datetime import timedelta

    from kimrules.basis.dates import format_datum
    from kimrules.fristen.ledger import fehlende_parameter
    from kimrules.werkbank import fassungen, szenarien

    regelwerk = _laden(_verzeichnis(ctx, verzeichnis))
    probleme = (engine_probleme(regelwerk) + szenarien.unmoegliche_seiten(regelwerk) + fassungen.platzhalter(regelwerk)
                + fehlende_parameter(regelwerk.parameter, str(Path(regelwerk.root) / "parameter")))
    if probleme:
        _fehler(RuleFileError(f"{len(probleme)} Fehler in den Regeldateien", probleme))
    click.echo(f"Regelwerk in {regelwerk.root} – fehlerfrei geladen (SHA-256 {regelwerk.sha256[:12]})")
    for kennung in regelwerk.norms() + regelwerk.familiennormen():
        versionen = regelwerk.versionen[kennung]
        erste = versionen[0].datei
        click.echo("\n" + render.absatz(f"{erste.norm} – {erste.titel} (Kennung: {kennung})", "", "  "))
        normdatei = regelwerk.normen.get(kennung)
        seit = normdatei.in_kraft_seit if normdatei else None
        if seit is None:  # every earlier day: the version in force is not modelled (ungeklärt)
            click.echo(f"  bis {format_datum(erste.gueltig_ab - timedelta(days=1))}  Fassung nicht abgebildet (seit wann die Norm gilt, ist nicht hinterlegt)")
        elif seit < erste.gueltig_ab:
            click.echo(f"  {format_datum(seit)} – {format_datum(erste.gueltig_ab - timedelta(days=1))}  in Kraft, Fassung nicht abgebildet")
        for f in versionen:
            bis = format_datum(f.gueltig_bis) if f.gueltig_bis else "offen     "
            click.echo(f"  {format_datum(f.datei.gueltig_ab)} – {bis}  {f.pfad:<32} SHA-256 {f.sha256[:12]}")
            click.echo(render.absatz(f.datei.fassung, " " * 6))
    if regelwerk.parameter:
        click.echo("\nParameter")
        for name, p in sorted(regelwerk.parameter.items()):
            werte = ", ".join(f"{format_datum(w.wert) if isinstance(w.wert, date) else format(w.wert, 'g')} ab {format_datum(w.gueltig_ab)}"
                              for w in p.werte)
            click.echo(render.absatz(f"{name}: {werte} ({regelwerk.parameter_dateien[name]})", "  ", " " * 6))


@regeln.command("zeigen", options_metavar="[OPTIONEN]")
@click.argument("norm", metavar="NORM")
@click.option("--stichtag", callback=datum_option, metavar="TT.MM.JJJJ", help="Fassung, die an diesem Tag gilt. Standard: heute.")
@click.pass_context
def zeigen(ctx: click.Context, norm: str, stichtag: Optional[date]) -> None:
    """Zeigt die Fassung von NORM (Kennung, z. B. aufenthg_25b), die am Stichtag gilt, lesbar auf Deutsch."""
    from kimrules.werkbank import fassungen

    regelwerk = _laden(_verzeichnis(ctx, None))
    try:
        click.echo(fassungen.zeigen(regelwerk, norm, stichtag or date.today()), nl=False)
    except KimrulesError as exc:
        _fehler(exc)


@regeln.command("vergleichen", options_metavar="[OPTIONEN]")
@click.argument("norm", metavar="NORM")
@click.argument("alt", metavar="ALT")
@click.argument("neu", metavar="NEU")
@click.option("--format", "ausgabeformat", type=click.Choice(["text", "markdown"]), default="text", show_default=True,
              help="markdown: für die rechtliche Durchsicht (z. B. in einem Merge Request).")
@click.pass_context
def vergleichen(ctx: click.Context, norm: str, alt: str, neu: str, ausgabeformat: str) -> None:
    """Was sich zwischen zwei Fassungen von NORM geändert hat. ALT und NEU: Geltungsbeginn
    (TT.MM.JJJJ oder JJJJ-MM-TT) oder ein Tag, an dem die Fassung gilt."""
    from kimrules.werkbank import fassungen

    regelwerk = _laden(_verzeichnis(ctx, None))
    try:
        click.echo(fassungen.vergleichen(regelwerk, norm, alt, neu, markdown=ausgabeformat == "markdown"), nl=False)
    except (KimrulesError, ValueError) as exc:
        if isinstance(exc, ValueError):
            raise click.BadParameter(str(exc), ctx=ctx, param_hint="ALT/NEU") from None
        _fehler(exc)


@regeln.command("abdeckung", options_metavar="[OPTIONEN]")
@click.option("--nur-luecken", is_flag=True, help="Nur Voraussetzungen mit fehlenden Szenarien zeigen.")
@click.pass_context
def abdeckung(ctx: click.Context, nur_luecken: bool) -> None:
    """Welche Voraussetzung welcher Fassung Szenarien für erfüllt / nicht erfüllt / ungeklärt hat
    (mit Datei und Zeile) und was fehlt. Exit-Code 1, wenn etwas fehlt."""
    from kimrules.werkbank import szenarien

    regelwerk = _laden(_verzeichnis(ctx, None))
    try:
        ab = szenarien.abdeckung(regelwerk, _features(regelwerk.root))
    except KimrulesError as exc:
        _fehler(exc)
    click.echo(szenarien.abdeckung_text(regelwerk, ab, nur_luecken), nl=False)
    if not ab.vollstaendig:
        sys.exit(EXIT_LUECKEN)


@regeln.command("neue-fassung", options_metavar="[OPTIONEN]")
@click.argument("norm", metavar="NORM")
@click.option("--ab", "ab", callback=datum_option, required=True, metavar="TT.MM.JJJJ", help="Tag des Inkrafttretens der neuen Fassung.")
@click.pass_context
def neue_fassung(ctx: click.Context, norm: str, ab: date) -> None:
    """Legt die Datei der neuen Fassung von NORM ab DATUM an (Kopie der geltenden Fassung) und ein
    Szenario-Gerüst. Die alte Datei bleibt unverändert: sie gilt bis zum Tag davor."""
    from kimrules.werkbank import fassungen

    regelwerk = _laden(_verzeichnis(ctx, None))
    try:
        datei, text, feature, skizze = fassungen.neue_fassung(regelwerk, norm, ab, _features(regelwerk.root))
    except KimrulesError as exc:
        _fehler(exc)
    for pfad in (datei, feature):
        if pfad.exists():
            _fehler(RuleFileError(f"{pfad} gibt es schon; nichts geschrieben"))
    datei.write_text(text, encoding="utf-8")
    feature.write_text(skizze, encoding="utf-8")
    click.echo(f"Neue Fassung: {datei}\nSzenario-Gerüst: {feature}\n"
               f"Als Nächstes: „fassung“ und „quelle“ ausfüllen, Voraussetzungen ändern, die Szenarien ausfüllen und die Datei\n"
               f"in {feature.name.removesuffix('.entwurf')} umbenennen; dann „kimrules regeln pruefen“, „abdeckung“ und „testen“.")


@regeln.command("saetze", options_metavar="[OPTIONEN]")
@click.pass_context
def saetze(ctx: click.Context) -> None:
    """Alle Sätze, die Szenarien verwenden können, je mit einem Beispiel aus features/ (Datei und Zeile)."""
    from kimrules.werkbank import werkzeug

    root = _root(_verzeichnis(ctx, None))
    try:
        click.echo(werkzeug.saetze_text(werkzeug.saetze(_features(root))), nl=False)
    except KimrulesError as exc:
        _fehler(exc)


@regeln.command("testen", options_metavar="[OPTIONEN]")
@click.option("-k", "auswahl", metavar="AUSDRUCK", help="Nur Szenarien, deren Name passt (pytest -k).")
def testen(auswahl: Optional[str]) -> None:
    """Führt alle Szenarien aus und fasst das Ergebnis auf Deutsch zusammen; ein fehlgeschlagener
    Schritt zuerst, mit Datei und Zeile. Exit-Code 1 bei Fehlschlägen."""
    from kimrules.werkbank import werkzeug

    code, text = werkzeug.testen(auswahl=auswahl)
    click.echo(text, nl=False)
    if code != 0:
        sys.exit(EXIT_LUECKEN)


@regeln.command("fragen", options_metavar="[OPTIONEN]")
@click.option("--norm", metavar="TEXT", help="Nur Fragen zu dieser Norm, z. B. „§ 25b“.")
@click.pass_context
def fragen(ctx: click.Context, norm: Optional[str]) -> None:
    """Das Register der offenen Rechtsfragen (rules/offene_fragen/): Frage, Auffassungen mit Quellen,
    wie kimrules bis zur Klärung entscheidet."""
    from kimrules.werkbank import werkzeug

    try:
        click.echo(werkzeug.fragen_text(werkzeug.fragen(_root(_verzeichnis(ctx, None))), norm), nl=False)
    except KimrulesError as exc:
        _fehler(exc)
