"""What every command shares: exit codes, German error output, the Stichtag option, atomic writing.

The command line is the only part of kimrules that reads argv and the clock (default
Stichtag = today), prints, and maps errors to exit codes. Every :class:`KimrulesError` is
shown as a German message with each located problem and ends with its class's exit code,
never with a traceback.

click's own messages ("Usage:", "Error: Invalid value …") are shown in German:
:func:`_deutsch` replaces the ``gettext`` function of click's modules by a
lookup in :data:`_DE` when the command line starts (not at import).
"""

from __future__ import annotations

import gettext
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, Optional

import click

from kimrules.basis.dates import parse_datum
from kimrules.basis.errors import KimrulesError, Problem, RenderError

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


class Gruppe(click.Group):
    def main(self, *args: Any, **kwargs: Any) -> Any:
        _deutsch()
        return super().main(*args, **kwargs)


# -- helpers -------------------------------------------------------------------
def abbruch(exc: KimrulesError) -> NoReturn:
    """Print a KimrulesError in German to stderr and exit with its code (no traceback)."""
    click.echo(f"Fehler: {exc.message}", err=True)
    for problem in exc.problems:
        click.echo(f"  - {problem}", err=True)
    hilfe = _HILFE_NACH_FEHLER.get(exc.code)
    if hilfe:
        click.echo(hilfe, err=True)
    sys.exit(exc.exit_code)


def stichtag_option(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> date:
    if value is None:
        return date.today()  # the only clock read of kimrules
    try:
        return parse_datum(value)
    except ValueError as exc:
        raise click.BadParameter(f"{exc}; Beispiel: --stichtag 15.02.2025", ctx=ctx, param=param) from None


HELP_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def normen_pruefen(ctx: click.Context, bekannt: list[str], normen: tuple[str, ...]) -> None:
    """Refuse an unknown ``--norm`` kennung (exit 2) with the known ones."""
    unbekannt = [n for n in normen if n not in bekannt]
    if unbekannt:
        raise click.BadParameter(
            f"unbekannte Kennung {', '.join(unbekannt)}; bekannt: {', '.join(bekannt)}", ctx=ctx, param_hint="'--norm'"
        )


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
