"""The caseload's deadline list (:mod:`kimrules.vorpruefung.fristenliste`) as printable text and as JSON."""

from __future__ import annotations

from datetime import date
from typing import Any

from kimrules.ausgabe import render
from kimrules.basis.dates import format_datum
from kimrules.basis.grenzen import ohne_steuerzeichen
from kimrules.vorpruefung.fristenliste import Eintrag


EINZUG = " " * 42
_MARKE = {"ueberfaellig": "ÜBERFÄLLIG", "bald": "BALD", "": "", "offen": "OFFEN"}


def als_text(eintraege: list[Eintrag], stichtag: date, bis: date, anzahl: int, fehlerhaft: int, ausfuehrlich: bool) -> str:
    zeilen = [
        "FRISTEN DER AKTEN – Vorprüfung, keine Entscheidung",
        "=" * render.BREITE,
        f"Stichtag: {format_datum(stichtag)}   bis: {format_datum(bis)}   Akten: {anzahl}"
        + (f"   fehlerhaft (übersprungen): {fehlerhaft}" if fehlerhaft else ""),
        f"Überfällig: {sum(e.markierung == 'ueberfaellig' for e in eintraege)}   "
        f"bald fällig: {sum(e.markierung == 'bald' for e in eintraege)}   "
        f"nicht berechenbar: {sum(e.markierung == 'offen' for e in eintraege)}",
        "",
    ]
    if not eintraege:
        zeilen.append("Keine Fristen in diesem Zeitraum.")
    for e in eintraege:
        f = e.frist
        tag = format_datum(f.datum) if f.datum else "–".ljust(10)
        kopf = f"{tag}  {_MARKE[e.markierung]:<10}  {e.aktenzeichen:<16}  "
        zeilen.append(render.absatz(f"{f.titel} ({f.wer})", kopf, " " * len(kopf)))
        if f.offen_grund:
            zeilen.append(render.absatz(f.offen_grund, EINZUG))
        if ausfuehrlich and f.hinweis:
            zeilen.append(render.absatz(f.hinweis, EINZUG))
        if ausfuehrlich:
            zeilen.append(render.absatz("Fundstelle: " + f.fundstelle, EINZUG))
    return ohne_steuerzeichen("\n".join(zeilen) + "\n")  # never a control character on a terminal


def als_json(eintraege: list[Eintrag], stichtag: date, bis: date) -> dict[str, Any]:
    return {
        "vorpruefung": True,
        "stichtag": stichtag.isoformat(),
        "bis": bis.isoformat(),
        "fristen": [
            {
                "aktenzeichen": e.aktenzeichen,
                "datei": e.datei,
                "art": e.frist.art,
                "titel": e.frist.titel,
                "datum": e.frist.datum.isoformat() if e.frist.datum else None,
                "markierung": e.markierung or None,
                "fundstelle": e.frist.fundstelle,
                "hinweis": e.frist.hinweis,
                "wer": e.frist.wer,
                "norm": e.frist.norm,
                "offen_grund": e.frist.offen_grund,
            }
            for e in eintraege
        ],
    }
