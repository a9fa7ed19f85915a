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

import errno
import gc
import gettext
import os
import sys
from datetime import date
from typing import Any, NoReturn, Optional

import click

from kimrules.ausgabe.datei import schreiben, ziel_pruefen
from kimrules.basis.dates import format_datum, parse_datum
from kimrules.basis.errors import KimrulesError, os_fehler
from kimrules.basis.grenzen import FRUEHESTES_DATUM, SPAETESTES_DATUM, ohne_steuerzeichen

__all__ = ["EXIT_CODES", "Gruppe", "HELP_SETTINGS", "abbruch", "normen_pruefen", "pfad", "schreiben", "stichtag_option",
           "ziel_pruefen", "datum_pruefen"]

EXIT_CODES = """\b
Exit-Codes:
  0  Prüfung abgeschlossen (auch bei „nicht erfüllt“ oder „ungeklärt“)
  2  Aufruf fehlerhaft (unbekannte Option, ungültiger Stichtag)
  3  Mandantendatei fehlerhaft oder nicht lesbar
  4  Regeldateien fehlerhaft
  5  interner Fehler der Regel-Engine
  6  Ausgabe konnte nicht erzeugt werden"""

MELDEN = ("bitte als Fehler melden, mit Befehl und dieser Meldung, ohne Personendaten "
          "(siehe README, Abschnitt „Fehler melden“)")
_HILFE_NACH_FEHLER = {
    "mandantendatei": "Bitte die Mandantendatei korrigieren. Alle erlaubten Felder zeigt: kimrules schema",
    "regeldatei": "Die Regeldateien sind fehlerhaft; es wurde nichts geprüft. Prüfen mit: kimrules regeln",
    "engine": f"Interner Fehler der Regel-Engine – {MELDEN}. Es wurde nichts geprüft.",
    "ausgabe": f"Interner Fehler bei der Ausgabe – {MELDEN}.",
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


def pfad(**kwargs: Any) -> click.Path:
    """``click.Path`` that names itself in German in its messages ("Datei '…' gibt es nicht"): a type is
    built when the command is defined, before :meth:`Gruppe.main` lets click speak German."""
    typ = click.Path(**kwargs)
    typ.name = _de(typ.name)
    return typ


class Gruppe(click.Group):
    """The command group: click in German, and no traceback ever.

    Every :class:`KimrulesError` ends with its exit code and message; an output that cannot be
    written (a full disk, a closed pipe) with exit 6 and the German reason; anything else is a fault
    of kimrules: exit 5 with a short German text saying where to report it.
    """

    def main(self, *args: Any, **kwargs: Any) -> Any:
        _deutsch()
        # kimrules uses no pydantic plugins; looking for them scans every installed package's metadata
        # (about 15 ms), and a plugin would see the personal data of every validated client file.
        # An explicit setting of the user is kept.
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
        return super().main(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit,
                KeyboardInterrupt):
            raise
        except KimrulesError as exc:
            abbruch(exc)
        except OSError as exc:
            if exc.errno in _AUSGABEFEHLER:  # writing to standard output or error failed
                _ausgabe_fehlgeschlagen(exc)
            _interner_fehler(exc)
        except (Exception, RecursionError, MemoryError) as exc:  # noqa: BLE001 - the last line of defence
            _interner_fehler(exc)


def als_programm(gruppe: click.Group) -> None:
    """Run ``gruppe`` as the program ``kimrules`` (the console script): a process that runs one command
    and ends.

    A command allocates many long-lived objects while it imports its stages (pydantic models, the rule
    set); with Python's default thresholds the cyclic collector scans them again and again, and once
    more when the interpreter shuts down (together about a fifth of a one-client run). Nearly
    everything kimrules frees is freed by reference counting, so the collector runs less often, and
    when the command has finished (its output written and flushed) everything left is frozen so
    that the shutdown does not scan it again. Only for the program: a caller that runs commands in
    its own process (tests, a notebook) keeps its collector as it is.
    """
    gc.set_threshold(10_000, 50, 100)
    try:
        gruppe.main()
    finally:
        gc.freeze()


_AUSGABEFEHLER = {errno.ENOSPC, errno.EPIPE, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF, errno.EROFS}


def _ausgabe_fehlgeschlagen(exc: OSError) -> NoReturn:
    try:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - no second error when Python flushes at exit
    except OSError:
        pass
    try:
        click.echo(f"Fehler: Ausgabe konnte nicht geschrieben werden: {os_fehler(exc)}", err=True)
    except OSError:
        pass
    sys.exit(6)


def _interner_fehler(exc: BaseException) -> NoReturn:
    click.echo(f"Fehler: interner Fehler von kimrules ({type(exc).__name__}); es wurde nichts ausgegeben.", err=True)
    click.echo(f"Das ist ein Fehler im Programm, nicht in der Eingabe – {MELDEN}.", err=True)
    sys.exit(5)


# -- helpers -------------------------------------------------------------------
def abbruch(exc: KimrulesError) -> NoReturn:
    """Print a KimrulesError in German to stderr and exit with its code (no traceback)."""
    zeilen = [f"Fehler: {exc.message}"] + [f"  - {problem}" for problem in exc.problems]
    hilfe = None if getattr(exc, "intern", True) is False else _HILFE_NACH_FEHLER.get(exc.code)
    if hilfe:
        zeilen.append(hilfe)
    try:
        click.echo(ohne_steuerzeichen("\n".join(zeilen)), err=True)  # a file name may hold anything
    except OSError:
        pass
    sys.exit(exc.exit_code)


def stichtag_option(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> date:
    if value is None:
        return date.today()  # the only clock read of kimrules
    return datum_pruefen(ctx, param, value, "--stichtag 15.02.2025")


def datum_option(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[date]:
    """An optional date option (None when not given), checked like the Stichtag."""
    return None if value is None else datum_pruefen(ctx, param, value, "31.03.2026")


def datum_pruefen(ctx: click.Context, param: click.Parameter, value: str, beispiel: str) -> date:
    """A date given on the command line, in the plausible range of :mod:`kimrules.basis.grenzen` (exit 2 otherwise)."""
    try:
        tag = parse_datum(value)
    except ValueError as exc:
        raise click.BadParameter(f"{ohne_steuerzeichen(str(exc))}; Beispiel: {beispiel}", ctx=ctx, param=param) from None
    if not FRUEHESTES_DATUM <= tag <= SPAETESTES_DATUM:
        raise click.BadParameter(f"{format_datum(tag)} liegt außerhalb des möglichen Bereichs "
                                 f"{format_datum(FRUEHESTES_DATUM)} bis {format_datum(SPAETESTES_DATUM)}",
                                 ctx=ctx, param=param)
    return tag


HELP_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def normen_pruefen(ctx: click.Context, bekannt: list[str], normen: tuple[str, ...]) -> None:
    """Refuse an unknown ``--norm`` kennung (exit 2) with the known ones."""
    unbekannt = [n for n in normen if n not in bekannt]
    if unbekannt:
        raise click.BadParameter(
            f"unbekannte Kennung {', '.join(unbekannt)}; bekannt: {', '.join(bekannt)}", ctx=ctx, param_hint="'--norm'"
        )
