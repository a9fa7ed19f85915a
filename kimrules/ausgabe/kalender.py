"""Deadlines as an iCalendar file (RFC 5545), built with the ``icalendar`` library.

One all-day event per dated :class:`kimrules.fristen.ledger.Frist`, with a reminder
:data:`ERINNERUNG_TAGE` days before. The event text names the client only by the
file reference (Aktenzeichen), never by name. UIDs are derived from file
reference, kind, norm and date, so exporting again updates the same events
in a calendar instead of duplicating them. Entries without a date (cannot be
computed) are not exported; the caller lists them.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone
from typing import Iterable

from icalendar import Alarm, Calendar, Event

from kimrules.basis.version import __version__
from kimrules.basis.dates import format_datum
from kimrules.basis.grenzen import ohne_steuerzeichen
from kimrules.fristen.ledger import Frist

__all__ = ["kalender", "ERINNERUNG_TAGE"]

ERINNERUNG_TAGE = 7
PRODID = f"-//kimrules {__version__}//Fristen//DE"


def _uid(aktenzeichen: str, f: Frist) -> str:
    schluessel = "|".join([aktenzeichen, f.art, f.norm or "", f.datum.isoformat() if f.datum else ""])
    return hashlib.sha256(schluessel.encode("utf-8")).hexdigest()[:32] + "@kimrules"


def kalender(eintraege: Iterable[tuple[str, Frist]], erstellt: datetime) -> bytes:
    """The iCalendar file for ``(aktenzeichen, frist)`` pairs; ``erstellt`` becomes DTSTAMP (UTC).

    >>> from kimrules.fristen.ledger import Frist
    >>> ics = kalender([("KIM-1", Frist("ende_104c", date(2025, 3, 6), "§ 104c Abs. 3 Satz 3 AufenthG", "Antrag stellen.", "Person"))],
    ...                datetime(2025, 1, 1, tzinfo=timezone.utc))
    >>> b"DTSTART;VALUE=DATE:20250306" in ics, b"SUMMARY:KIM-1: Ende der Aufenthaltserlaubnis nach \\xc2\\xa7 104c" in ics
    (True, True)
    """
    stempel = erstellt.astimezone(timezone.utc) if erstellt.tzinfo else erstellt.replace(tzinfo=timezone.utc)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "kimrules Fristen")
    for aktenzeichen, f in eintraege:
        if f.datum is None or f.datum >= date.max:  # no date, or 31.12.9999 (unbefristet): nothing to remind of
            continue
        aktenzeichen = ohne_steuerzeichen(aktenzeichen)  # RFC 5545 text: the library escapes \\ ; , and line breaks
        ev = Event()
        ev.add("uid", _uid(aktenzeichen, f))
        ev.add("dtstamp", stempel)
        ev.add("dtstart", f.datum)
        ev.add("dtend", f.datum + timedelta(days=1))
        ev.add("summary", f"{aktenzeichen}: {f.titel}")
        beschreibung = [
            f"Aktenzeichen: {aktenzeichen}",
            f"Datum: {format_datum(f.datum)}",
            f"Wer handelt: {f.wer}",
            f.hinweis,
            f"Fundstelle: {f.fundstelle}",
            "Vorprüfung mit kimrules – keine Entscheidung der Behörde.",
        ]
        ev.add("description", "\n".join(t for t in beschreibung if t))
        ev.add("categories", ["kimrules", f.art])
        ev.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{aktenzeichen}: {f.titel} am {format_datum(f.datum)}")
        alarm.add("trigger", timedelta(days=-ERINNERUNG_TAGE))
        ev.add_component(alarm)
        cal.add_component(ev)
    return cal.to_ical()
