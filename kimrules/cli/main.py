"""The command line ``kimrules``: the command group; each command lives in its own module.

Commands read their arguments, call :func:`kimrules.vorpruefung.vorpruefung` (or load what they
show), and hand the result to a renderer; what they share is in :mod:`kimrules.cli.common`.
Each command module imports the heavy stages only when it runs, so ``kimrules --help`` stays quick.
"""

from __future__ import annotations

import click

from kimrules.basis.version import __version__
from kimrules.cli.checkliste import checkliste_befehl
from kimrules.cli.common import EXIT_CODES, HELP_SETTINGS, Gruppe, als_programm
from kimrules.cli.fallbestand import fallbestand
from kimrules.cli.erfassen import erfassen_befehl
from kimrules.cli.fristen import fristen_befehl
from kimrules.cli.pruefen import pruefen
from kimrules.cli.regeln import regeln
from kimrules.cli.schema import mandanten_schema, schema


@click.group(
    cls=Gruppe,
    context_settings=HELP_SETTINGS,
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


main.add_command(erfassen_befehl)
main.add_command(pruefen)
main.add_command(schema)
main.add_command(regeln)
main.add_command(fristen_befehl)
main.add_command(checkliste_befehl)
main.add_command(fallbestand)


def programm() -> None:
    """Entry point of the console script ``kimrules``."""
    als_programm(main)


__all__ = ["main", "mandanten_schema", "programm"]
