"""The deadlines of a whole caseload: every client file of a folder, its ledger entries up to a day.

Each client's ledger comes from its Vorprüfung without pathways (:func:`kimrules.vorpruefung.vorpruefung`
with ``normen=()``): the deadlines that follow from the file itself, so a folder of 1,000 files
takes a few seconds (``bench/fristen.py``). A client file with errors, whatever they are, is returned
as problems and skipped; the others are still listed. A failure of kimrules itself on one file is a
problem too, its message starting with :data:`INTERN`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Optional

from kimrules.akte.client import load as load_client
from kimrules.basis.errors import KimrulesError, Problem
from kimrules.fristen.ledger import Frist
from kimrules.vorpruefung.vorpruefung import vorpruefung

ENDUNGEN = (".yaml", ".yml", ".json")
INTERN = "interner Fehler von kimrules"  # message prefix of a failure of kimrules itself


@dataclass(frozen=True)
class Eintrag:
    """One ledger entry of one client in the caseload listing."""

    aktenzeichen: str
    datei: str
    frist: Frist
    markierung: str  # "ueberfaellig" | "bald" | "" | "offen"


def markierung(f: Frist, stichtag: date, bald_tage: int) -> str:
    """``ueberfaellig`` before the Stichtag, ``bald`` within ``bald_tage`` days, ``offen`` without date.

    >>> from kimrules.fristen.ledger import Frist
    >>> [markierung(Frist("x", d, "", "", ""), date(2026, 1, 10), 7) for d in (date(2026, 1, 9), date(2026, 1, 17), date(2026, 1, 18), None)]
    ['ueberfaellig', 'bald', '', 'offen']
    """
    if f.datum is None:
        return "offen"
    if f.datum < stichtag:
        return "ueberfaellig"
    if f.datum <= stichtag + timedelta(days=bald_tage):
        return "bald"
    return ""


def akten(ordner: Path) -> list[Path]:
    """The client files of ``ordner``: every entry with a client-file ending that is not a folder (a FIFO or
    device of that name is listed, so that reading refuses it with a message instead of passing it over)."""
    return sorted(p for p in ordner.iterdir() if p.suffix.lower() in ENDUNGEN and not p.is_dir())


def sammeln(ordner: Path, stichtag: date, bis: date, *, bald_tage: int,
            vorlauf_wochen: Optional[int] = None) -> tuple[list[Eintrag], list[Problem]]:
    """All entries of all client files in ``ordner`` up to ``bis`` (sorted), and the problems of unreadable files."""
    eintraege: list[Eintrag] = []
    probleme: list[Problem] = []
    for pfad in akten(ordner):
        try:
            s = load_client(pfad, stichtag)
            liste = vorpruefung(s, stichtag, (), vorlauf_wochen=vorlauf_wochen).fristen
        except KimrulesError as exc:
            probleme += exc.problems or [Problem(str(pfad), "", exc.message)]
            continue
        except (Exception, RecursionError, MemoryError) as exc:  # noqa: BLE001 - one file never stops the batch
            probleme.append(Problem(str(pfad), "", f"{INTERN} beim Lesen dieser Datei ({type(exc).__name__})"))
            continue
        for f in liste:
            if f.datum is not None and f.datum > bis:
                continue
            eintraege.append(Eintrag(s.aktenzeichen, pfad.name, f, markierung(f, stichtag, bald_tage)))
    eintraege.sort(key=lambda e: (e.frist.datum is None, e.frist.datum or date.max, e.aktenzeichen, e.frist.art))
    return eintraege, probleme
