"""Where the records of a caseload come from: a folder of client files, JSON Lines, CSV or XLSX.

:func:`datensaetze` streams :class:`Datensatz` items, one per client record, without
validating them (validation and screening run in the worker processes; a JSON line is also
parsed there, :func:`gelesen`). A record that cannot even be read (a broken JSON line, a table
cell that does not fit its column) comes as a :class:`Datensatz` with ``fehler`` set, so it is
reported with file and line and skipped like any invalid record. A source as a whole that cannot be read (missing file,
unknown column heading) raises :class:`ClientFileError` before anything is screened.

Table columns (``docs/fallbestand.md``): a dotted path of the client file
(``identitaet.pass.gueltig_bis``, list items counted from 1: ``aufenthalt.1.von``), a usual
German heading (:data:`UEBLICHE_SPALTEN`) or a heading mapped in a YAML file (``--spalten``).
"""

from __future__ import annotations

import csv
import difflib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterator, Mapping, Optional

from kimrules.basis.errors import ClientFileError, Problem

AKTEN_ENDUNGEN = (".yaml", ".yml", ".json")
TABELLEN_ENDUNGEN = (".csv", ".xlsx")

# usual headings of the tables Ausländerbehörden and KIM teams keep -> path in the client file
# (None: the column is deliberately not read, e.g. names: the output never names a person)
UEBLICHE_SPALTEN: dict[str, Optional[str]] = {
    "aktenzeichen": "aktenzeichen",
    "az": "aktenzeichen",
    "geburtsdatum": "person.geburtsdatum",
    "einreisedatum": "person.einreisedatum",
    "einreise": "person.einreisedatum",
    "staatsangehörigkeit": "person.staatsangehoerigkeit",
    "aufenthaltsstatus": "aufenthalt.1.status",
    "status": "aufenthalt.1.status",
    "status seit": "aufenthalt.1.von",
    "status bis": "aufenthalt.1.bis",
    "familienstand": "haushalt.familienstand",
    "identität geklärt": "identitaet.geklaert",
    "pass vorhanden": "identitaet.pass.vorhanden",
    "pass gültig bis": "identitaet.pass.gueltig_bis",
    "sprachniveau": "sprache.nachweise.1.niveau",
    "sprachnachweis vom": "sprache.nachweise.1.datum",
    "bedarf eur/monat": "lebensunterhalt.bedarf_eur_monat",
    "name": None,
    "vorname": None,
    "nachname": None,
}
KEINE = "keine"  # in a list column without index: the list is empty ("keine"), not unknown

_ZAHL = re.compile(r"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")  # German number: 1.343,50 or 1343,5 or 1343


@dataclass(frozen=True)
class Datensatz:
    """One client record of a source, not yet validated."""

    quelle: str  # file
    zeile: Optional[int]  # line of a JSON Lines file or row of a table (1 = first line); None: a whole file
    art: str  # "datei" (read with the client-file loader), "daten" (already a dict), "json" (a line, see gelesen)
    daten: Any = None  # the record (art "daten") or the line of JSON text (art "json")
    fehler: Optional[str] = None  # the record could not be read: why (German)
    spalten: Optional[Mapping[str, str]] = None  # table: dotted path -> column heading (for messages)

    @property
    def ort(self) -> str:
        return self.quelle if self.zeile is None else f"{self.quelle}:{self.zeile}"


def _schluessel(ueberschrift: str) -> str:
    return " ".join(ueberschrift.replace("\ufeff", "").split()).casefold()


def zuordnung_laden(pfad: Optional[Path]) -> dict[str, Optional[str]]:
    """The column mapping of ``--spalten`` (heading -> dotted path or None); empty without a file."""
    if pfad is None:
        return {}
    from kimrules.basis import yamlio

    try:
        doc = yamlio.read_document(pfad)
    except yamlio.InputSyntaxError as exc:
        raise ClientFileError(f"{pfad}: Spaltenzuordnung nicht lesbar", [exc.problem]) from None
    if not isinstance(doc.data, dict) or not all(isinstance(v, (str, type(None))) for v in doc.data.values()):
        raise ClientFileError(f"{pfad}: ungültige Spaltenzuordnung", [Problem(
            str(pfad), "", "erwartet Zeilen der Form „Überschrift: pfad.in.der.mandantendatei“ (oder null)", doc.line_of(()))])
    return {_schluessel(str(k)): v for k, v in doc.data.items()}


def _pfad_gueltig(pfad: str) -> bool:
    """A dotted path whose named parts are fields of the client file (list indices are numbers ≥ 1)."""
    from kimrules.akte.facts import Sachverhalt

    modell: Any = Sachverhalt
    for teil in pfad.split("."):
        if teil.isdigit():
            if int(teil) < 1:
                return False
            continue
        felder = getattr(modell, "model_fields", None)
        if felder is None:
            return False
        info = felder.get(teil) or next((f for f in felder.values() if f.alias == teil), None)
        if info is None:
            return False
        modell = _innen(info.annotation)
    return True


def _innen(annotation: Any) -> Any:
    if hasattr(annotation, "model_fields"):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _innen(arg)
        if found is not None:
            return found
    return None


def spalten_pfade(ueberschriften: list[str], zuordnung: Mapping[str, Optional[str]], datei: str) -> list[Optional[str]]:
    """Per column the dotted path it fills (None: not read). Unknown headings are an error of the whole table."""
    pfade: list[Optional[str]] = []
    probleme: list[Problem] = []
    bekannt = sorted(set(UEBLICHE_SPALTEN) | set(zuordnung))
    for nr, ueberschrift in enumerate(ueberschriften, start=1):
        key = _schluessel(ueberschrift)
        if key in zuordnung:
            pfad = zuordnung[key]
        elif key in UEBLICHE_SPALTEN:
            pfad = UEBLICHE_SPALTEN[key]
        elif key and _pfad_gueltig(ueberschrift.strip()):
            pfad = ueberschrift.strip()
        else:
            vorschlag = difflib.get_close_matches(key, bekannt, n=1)
            probleme.append(Problem(datei, ueberschrift, f"Spalte {nr}: unbekannte Überschrift; erwartet ein Feld der "
                                    "Mandantendatei (z. B. identitaet.pass.gueltig_bis), eine übliche Überschrift oder eine "
                                    "Zuordnung mit --spalten" + (f"; meinten Sie „{vorschlag[0]}“?" if vorschlag else ""), 1))
            pfad = None
        if pfad is not None and pfad in pfade:
            probleme.append(Problem(datei, ueberschrift, f"Spalte {nr}: das Feld {pfad} kommt schon in einer anderen Spalte vor", 1))
        pfade.append(pfad)
    if "aktenzeichen" not in pfade and not probleme:
        probleme.append(Problem(datei, "aktenzeichen", "die Spalte Aktenzeichen fehlt (Pflicht)", 1))
    if probleme:
        raise ClientFileError(f"{datei}: Tabelle nicht lesbar, es wurde nichts geprüft", probleme)
    return pfade


def _zellwert(wert: Any) -> Any:
    """A cell as the client file writes it: text trimmed, German numbers as numbers, dates as ISO text."""
    if isinstance(wert, datetime):
        return wert.date().isoformat()
    if isinstance(wert, date):
        return wert.isoformat()
    if isinstance(wert, str):
        text = wert.strip()
        if _ZAHL.match(text) and ("," in text or "." not in text):
            zahl = float(text.replace(".", "").replace(",", "."))
            return int(zahl) if zahl.is_integer() and "," not in text else zahl
        return text
    return wert


def zeile_als_akte(werte: list[Any], pfade: list[Optional[str]]) -> dict[str, Any]:
    """One table row as a client record (nested dicts and lists); empty cells are left out (unbekannt).

    >>> zeile_als_akte(["A-1", "01.02.1990", "duldung", "keine"], ["aktenzeichen", "person.geburtsdatum", "aufenthalt.1.status", "verurteilungen"])
    {'aktenzeichen': 'A-1', 'person': {'geburtsdatum': '01.02.1990'}, 'aufenthalt': [{'status': 'duldung'}], 'verurteilungen': []}
    """
    akte: dict[str, Any] = {}
    for wert, pfad in zip(werte, pfade):
        if pfad is None or wert is None:
            continue
        wert = _zellwert(wert)
        if wert == "":
            continue
        teile = pfad.split(".")
        if isinstance(wert, str) and wert.casefold() == KEINE and not teile[-1].isdigit():
            wert = []  # a list column without index: "keine" is the empty list
        _setzen(akte, teile, wert)
    return akte


def _setzen(ziel: Any, teile: list[str], wert: Any) -> None:
    for i, teil in enumerate(teile):
        letzter = i == len(teile) - 1
        naechster_ist_index = not letzter and teile[i + 1].isdigit()
        leer: Any = [] if naechster_ist_index else {}
        if isinstance(ziel, list):
            index = int(teil) - 1
            while len(ziel) <= index:
                ziel.append({})
            if letzter:
                ziel[index] = wert
            else:
                if not isinstance(ziel[index], (dict, list)) or ziel[index] == {} and naechster_ist_index:
                    ziel[index] = leer
                ziel = ziel[index]
        else:
            if letzter:
                ziel[teil] = wert
            else:
                ziel = ziel.setdefault(teil, leer)


def _csv(pfad: Path, zuordnung: Mapping[str, Optional[str]]) -> Iterator[Datensatz]:
    try:
        f = pfad.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ClientFileError(f"{pfad}: Tabelle nicht lesbar", [Problem(str(pfad), "", exc.strerror or str(exc))]) from None
    with f:
        try:
            probe = f.read(65536)
        except UnicodeDecodeError:
            raise ClientFileError(f"{pfad}: Tabelle nicht lesbar", [Problem(str(pfad), "", "erwartet UTF-8-Text")]) from None
        f.seek(0)
        trenner = ";" if probe.split("\n", 1)[0].count(";") >= probe.split("\n", 1)[0].count(",") else ","
        leser = csv.reader(f, delimiter=trenner)
        try:
            ueberschriften = next(leser, None)
        except (csv.Error, UnicodeDecodeError) as exc:
            raise ClientFileError(f"{pfad}: Tabelle nicht lesbar", [Problem(str(pfad), "", str(exc), 1)]) from None
        if not ueberschriften:
            raise ClientFileError(f"{pfad}: Tabelle ist leer", [Problem(str(pfad), "", "erwartet eine Zeile mit Überschriften", 1)])
        pfade = spalten_pfade(ueberschriften, zuordnung, str(pfad))
        spalten = {p: u for p, u in zip(pfade, ueberschriften) if p}
        while True:
            try:
                werte = next(leser)
            except StopIteration:
                break
            except (csv.Error, UnicodeDecodeError) as exc:
                yield Datensatz(str(pfad), leser.line_num, "daten", fehler=f"Zeile nicht lesbar: {exc}")
                break  # the reader cannot go on after a broken line
            if not any(w.strip() for w in werte):
                continue
            if len(werte) > len(pfade):
                yield Datensatz(str(pfad), leser.line_num, "daten",
                                fehler=f"{len(werte)} Zellen, aber nur {len(pfade)} Überschriften (Trennzeichen „{trenner}“ im Text?)")
                continue
            yield Datensatz(str(pfad), leser.line_num, "daten", zeile_als_akte(werte, pfade), spalten=spalten)


def _xlsx(pfad: Path, zuordnung: Mapping[str, Optional[str]]) -> Iterator[Datensatz]:
    try:
        import openpyxl

        buch = openpyxl.load_workbook(pfad, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken or foreign file
        raise ClientFileError(f"{pfad}: Tabelle nicht lesbar", [Problem(str(pfad), "", f"keine gültige XLSX-Datei ({exc})")]) from None
    try:
        blatt = buch.worksheets[0]
        zeilen = blatt.iter_rows(values_only=True)
        kopf = next(zeilen, None)
        if not kopf:
            raise ClientFileError(f"{pfad}: Tabelle ist leer", [Problem(str(pfad), "", "erwartet eine Zeile mit Überschriften", 1)])
        ueberschriften = ["" if k is None else str(k) for k in kopf]
        while ueberschriften and not ueberschriften[-1].strip():
            ueberschriften.pop()
        pfade = spalten_pfade(ueberschriften, zuordnung, str(pfad))
        spalten = {p: u for p, u in zip(pfade, ueberschriften) if p}
        for nr, werte in enumerate(zeilen, start=2):
            werte = list(werte)
            if not any(w not in (None, "") for w in werte):
                continue
            if any(w not in (None, "") for w in werte[len(pfade):]):
                yield Datensatz(str(pfad), nr, "daten", fehler="Zellen rechts der letzten Überschrift")
                continue
            yield Datensatz(str(pfad), nr, "daten", zeile_als_akte(werte[: len(pfade)], pfade), spalten=spalten)
    finally:
        buch.close()


def _jsonl(pfad: Path) -> Iterator[Datensatz]:
    try:
        f = pfad.open(encoding="utf-8-sig")
    except OSError as exc:
        raise ClientFileError(f"{pfad}: nicht lesbar", [Problem(str(pfad), "", exc.strerror or str(exc))]) from None
    with f:
        nr = 0
        while True:
            nr += 1
            try:
                zeile = f.readline()
            except UnicodeDecodeError:
                yield Datensatz(str(pfad), nr, "daten", fehler="erwartet UTF-8-Text")
                return
            if not zeile:
                return
            if not zeile.strip():
                continue
            yield Datensatz(str(pfad), nr, "json", zeile)  # parsed where it is screened (gelesen)


def gelesen(d: Datensatz) -> Datensatz:
    """A record of a JSON Lines file (``art`` "json": ``daten`` is the line) parsed: ``art`` "daten",
    or the reason it is not valid JSON. Done where the record is screened (in the worker process):
    the reading process only splits the file into lines, and a line travels as text."""
    if d.art != "json":
        return d
    try:
        return Datensatz(d.quelle, d.zeile, "daten", json.loads(d.daten.rstrip("\r\n")))  # the column counts in this line
    except json.JSONDecodeError as exc:
        from kimrules.basis.yamlio import json_fehler

        return Datensatz(d.quelle, d.zeile, "daten", fehler=json_fehler(exc))


def pruefen(quellen: list[Path], zuordnung: Mapping[str, Optional[str]]) -> None:
    """Check every source before anything is screened (headings of tables, kinds of files)."""
    for q in quellen:
        if q.is_dir():
            continue
        endung = q.suffix.lower()
        if endung not in (".jsonl", *TABELLEN_ENDUNGEN, *AKTEN_ENDUNGEN):
            raise ClientFileError(f"{q}: unbekannte Art von Quelle", [Problem(
                str(q), "", "erwartet einen Ordner mit Mandantendateien, eine .jsonl-, .csv- oder .xlsx-Datei "
                "oder eine einzelne Mandantendatei (.yaml, .json)")])
        if endung in TABELLEN_ENDUNGEN:
            next(iter(_csv(q, zuordnung) if endung == ".csv" else _xlsx(q, zuordnung)), None)  # reads the headings


def datensaetze(quellen: list[Path], zuordnung: Mapping[str, Optional[str]]) -> Iterator[Datensatz]:
    """Every record of every source, in order (folders sorted by file name)."""
    for q in quellen:
        endung = q.suffix.lower()
        if q.is_dir():
            for datei in sorted(p for p in q.iterdir() if p.is_file() and p.suffix.lower() in AKTEN_ENDUNGEN):
                yield Datensatz(str(datei), None, "datei")
        elif endung == ".jsonl":
            yield from _jsonl(q)
        elif endung == ".csv":
            yield from _csv(q, zuordnung)
        elif endung == ".xlsx":
            yield from _xlsx(q, zuordnung)
        else:
            yield Datensatz(str(q), None, "datei")
