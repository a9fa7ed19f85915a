"""``kimrules erfassen [MANDANTENDATEI]``: the guided interview (:mod:`kimrules.erfassen`) on the
command line – answers from the terminal or, for scripts and tests, from ``--antworten``."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path
from typing import Any, Callable, Optional

import click

from kimrules.basis.errors import ClientFileError, KimrulesError, Problem
from kimrules.cli.common import EXIT_CODES, abbruch, pfad, stichtag_option


def _antworten(pfad: Path, schreiben: Callable[[str], None]) -> Callable[[Any], str]:
    """The answers of ``--antworten``: a YAML list (one answer per question, in the order asked,
    "" = nothing typed) or a mapping by field, shaped like a client file (order-independent)."""
    from kimrules.basis.yamlio import InputSyntaxError, read_document
    from kimrules.erfassen import dialog

    try:
        doc = read_document(pfad)
    except InputSyntaxError as exc:
        raise ClientFileError(f"{pfad}: Antwortdatei nicht lesbar", [exc.problem]) from None
    if isinstance(doc.data, dict):
        return dialog.nach_feldern(doc.data, schreiben)
    if not isinstance(doc.data, list) or not all(a is None or isinstance(a, (str, int, float)) for a in doc.data):
        raise ClientFileError(f"{pfad}: ungültige Antwortdatei", [Problem(
            str(pfad), "", "erwartet eine Liste von Antworten (je Zeile „- Antwort“) oder Antworten je Feld wie in einer Mandantendatei")])
    return dialog.aus_liste(["" if a is None else str(a) for a in doc.data], schreiben)


def _dateiname(aktenzeichen: str) -> Path:
    return Path(re.sub(r"[^A-Za-z0-9._-]+", "-", aktenzeichen).strip("-.") + ".yaml")


def _neue_datei(lesen: Callable[[Any], str], schreiben: Callable[[str], None]) -> Path:
    """Without a file name: ask the Aktenzeichen first and name the file after it (``KIM-2025-7.yaml``)."""
    from kimrules.akte.felder import feld
    from kimrules.erfassen import dialog
    from kimrules.erfassen.datei import Akte
    from kimrules.erfassen.fragen import Frage
    from kimrules.erfassen.interview import Schritt

    schritt = Schritt("wert", "aktenzeichen", feld("aktenzeichen"), Frage("aktenzeichen", ()))
    schreiben("Neue Mandantendatei: sie wird nach dem Aktenzeichen benannt und im aktuellen Ordner gespeichert.")
    while True:
        schreiben("")
        schreiben(dialog.frage_text(schritt, 1))
        aktenzeichen = lesen(schritt).strip()
        name = _dateiname(aktenzeichen)
        if aktenzeichen and name.stem:
            break
        schreiben("  Fehler: Das Aktenzeichen ist Pflicht (mit Buchstaben oder Ziffern).")
    if name.exists():
        schreiben(f"  Die Datei {name} gibt es schon; die Befragung ergänzt sie.")
        return name
    akte = Akte.lesen(name)
    akte.daten["aktenzeichen"] = aktenzeichen
    akte.speichern()
    schreiben(f"  Gespeichert in {name}.")
    return name


@click.command("erfassen", epilog=EXIT_CODES, options_metavar="[OPTIONEN]")
@click.argument("mandantendatei", required=False, type=pfad(dir_okay=False, path_type=Path))
@click.option("--stichtag", callback=stichtag_option, metavar="TT.MM.JJJJ",
              help="Tag, für den geprüft wird (Rechtslage und Fristen). Standard: heute.")
@click.option("--antworten", "antwortdatei", type=pfad(dir_okay=False, exists=True, path_type=Path), metavar="DATEI",
              help="Antworten aus einer YAML-Datei statt von der Tastatur (für Skripte und Tests): eine Liste in "
                   "der Reihenfolge der Fragen oder Antworten je Feld wie in einer Mandantendatei.")
def erfassen_befehl(mandantendatei: Optional[Path], stichtag: date, antwortdatei: Optional[Path]) -> None:
    """Fragt Schritt für Schritt nur, was das Ergebnis der Vorprüfung ändern kann, und speichert
    jede Antwort sofort in der MANDANTENDATEI (neu oder teilweise ausgefüllt; ohne Angabe wird sie
    nach dem Aktenzeichen benannt).

    „weiß nicht“ lässt eine Angabe offen, „zurück“ nimmt die letzte Antwort zurück, Strg+C beendet (Exit-Code 130);
    ein neuer Aufruf mit derselben Datei macht dort weiter.
    """
    from kimrules.ausgabe import render, report
    from kimrules.erfassen import dialog
    from kimrules.erfassen.datei import Akte
    from kimrules.erfassen.interview import Interview
    from kimrules.erfassen.relevanz import offene_fakten
    from kimrules.pruefung.screening import Screener
    from kimrules.regelwerk.cache import load_cached
    from kimrules.vorpruefung import vorpruefung

    schreiben = click.echo
    pfad = mandantendatei
    try:
        lesen = _antworten(antwortdatei, schreiben) if antwortdatei else dialog.vom_terminal()
        screener = Screener(load_cached())
        if pfad is None:
            pfad = _neue_datei(lesen, schreiben)
        interview = Interview(Akte.lesen(pfad), stichtag, lambda s: vorpruefung(s, stichtag, screener=screener), offene_fakten)
        schreiben(f"Mandantendatei {pfad}, Stichtag {stichtag:%d.%m.%Y}. {dialog.STEUERWORTE}; Strg+C beendet.")
        fertig = dialog.fuehren(interview, lesen, schreiben)
        if fertig:
            schreiben("\nKeine Frage mehr offen, deren Antwort das Ergebnis ändern kann.")
        else:
            schreiben(f"\nKeine Antworten mehr. Alles ist gespeichert; weiter mit: kimrules erfassen {pfad}")
        if interview.vorpruefung is not None:  # the short Vorprüfung (every detail: kimrules pruefen --ausfuehrlich)
            schreiben("\n" + render.text(report.build(interview.vorpruefung)))
    except KimrulesError as exc:
        abbruch(exc)
    except (KeyboardInterrupt, EOFError):
        wo = f" {pfad}" if pfad is not None else ""
        schreiben(f"\nAbgebrochen. Gespeichert ist alles bis zur letzten Antwort; weiter mit: kimrules erfassen{wo}", err=True)
        sys.exit(130)
