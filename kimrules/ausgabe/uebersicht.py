"""The ten-second overview that opens every Vorprüfung.

For each pathway of a report (:func:`kimrules.ausgabe.report.build`) it says where the
client stands – *jetzt offen*, *später möglich*, *zu klären*, *verschlossen* or
*nicht in Kraft* – and names the one requirement that matters most, with a
short German sentence. A pathway whose version on the Stichtag the rule set does not model
(``geltung`` ``fassung_nicht_abgebildet``) is *zu klären*, with that reason and no requirement. Pure: it reads only the report dicts (and, where a
projection was made, its earliest date), so text and JSON show the same.

Which requirement "matters most":

* a pathway that opens later: the requirement time will fulfil (with the date);
* ungeklärt: the first unclear requirement in statutory order that a question can
  settle (missing facts before the authority's discretion);
* nicht erfüllt: a mandatory exclusion (Versagungsgrund) first, then a requirement
  time alone will not fix, then the first in statutory order.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterable, Mapping, Optional

from kimrules.basis.dates import format_datum

# order in which the groups are shown, with their headings
LAGEN = {
    "jetzt_offen": "Jetzt möglich",
    "spaeter": "Später möglich",
    "zu_klaeren": "Zu klären",
    "verschlossen": "Derzeit verschlossen",
    "nicht_in_kraft": "Nicht in Kraft",
}
# situations in which no deadline of the pathway can change an outcome any more (its deadlines are not shown)
GESCHLOSSEN = frozenset({"verschlossen", "nicht_in_kraft"})

def _datum_text(iso: Optional[str]) -> str:
    return format_datum(date.fromisoformat(iso)) if iso else "–"


def _wichtigste_nicht_erfuellt(pfad: Mapping[str, Any], zeitabhaengig: set[str]) -> Optional[Mapping[str, Any]]:
    kandidaten = [v for v in pfad["voraussetzungen"] if v["status"] == "nicht_erfuellt"]
    if not kandidaten:
        return None
    # stable sort: exclusion first, then what time will not fix, then statutory order
    return sorted(kandidaten, key=lambda v: (v["art"] != "versagungsgrund", v["id"] in zeitabhaengig))[0]


def _wichtigste_ungeklaert(pfad: Mapping[str, Any], ausser: frozenset[str] = frozenset()) -> Optional[Mapping[str, Any]]:
    kandidaten = [v for v in pfad["voraussetzungen"] if v["status"] == "ungeklaert" and v["id"] not in ausser]
    if not kandidaten:
        return None
    return sorted(kandidaten, key=lambda v: not v["fehlend"])[0]


def lage_von(status: str, geltung: Optional[str], gueltig_ab: Optional[str], ab: object,
             nicht_durch_zeit: Optional[Iterable[str]]) -> str:
    """Where a pathway stands (a key of :data:`LAGEN`): from its status, ``geltung`` and ``gueltig_ab``
    (None: not in force) and, where a projection was made, its earliest day ``ab`` (None: none) and
    the requirements time alone will not fix. Later only when a day is known and nothing but time
    stands in the way."""
    if geltung == "fassung_nicht_abgebildet":
        return "zu_klaeren"  # the rule set does not model the version of that day, whatever a later version says
    if gueltig_ab is None:
        return "nicht_in_kraft"
    if status == "erfuellt":
        return "jetzt_offen"
    if ab and not nicht_durch_zeit:
        return "spaeter"
    return "zu_klaeren" if status == "ungeklaert" else "verschlossen"


def zeile(pfad: Mapping[str, Any], projektion: Optional[Mapping[str, Any]] = None) -> dict[str, Any]:
    """The overview line of one pathway.

    ``projektion`` (optional) is the earliest-date projection of that pathway:
    ``{"datum": ISO date or None, "zeitabhaengig": [requirement ids time will fulfil],
    "nicht_durch_zeit": [requirement ids time alone will not fix]}``. A pathway "opens later"
    only when a date is known and nothing but time stands in the way.
    """
    status = pfad["status"]
    projektion = projektion or {}
    wenn: Optional[str] = None
    ab = projektion.get("datum")
    zeitabhaengig = set(projektion.get("zeitabhaengig") or ())
    punkt: Optional[Mapping[str, Any]] = None
    lage = lage_von(status, pfad.get("geltung"), pfad.get("gueltig_ab"), ab, projektion.get("nicht_durch_zeit"))
    if lage == "zu_klaeren" and pfad.get("geltung") == "fassung_nicht_abgebildet":
        satz = "Fassung nicht abgebildet: " + (pfad.get("hinweis") or "die am Stichtag geltende Fassung ist nicht abgebildet.")
    elif lage == "nicht_in_kraft":
        satz = pfad.get("hinweis") or "Am Stichtag nicht in Kraft."
    elif lage == "jetzt_offen":
        satz = "Nach Aktenlage sind alle Voraussetzungen erfüllt: Antrag stellen."
    elif lage == "spaeter":
        punkt = next((v for v in pfad["voraussetzungen"] if v["id"] in zeitabhaengig and v["status"] != "erfuellt"), None)
        wenn = " und ".join(projektion.get("bedingungen") or ()) or None  # steps besides time
        satz = (f"Frühestens ab {_datum_text(ab)}" + (f", wenn bis dahin {wenn}" if wenn else "")
                + (f": {punkt['titel']}" if punkt else "") + ".")
        offen = _wichtigste_ungeklaert(pfad, frozenset(zeitabhaengig))  # what time will settle is not "zu klären"
        if offen is not None:
            satz += f" Außerdem zu klären: {offen['titel']}."
    elif lage == "zu_klaeren":
        punkt = _wichtigste_ungeklaert(pfad)
        frage = punkt["fehlend"][0] if punkt and punkt["fehlend"] else None
        satz = (f"Zu klären: {punkt['titel']}" if punkt else "Zu klären") + (f" – {frage}" if frage else "") + "."
    else:
        punkt = _wichtigste_nicht_erfuellt(pfad, zeitabhaengig)
        satz = pfad.get("hinweis") or (f"Nicht erfüllt: {punkt['titel']}." if punkt else "Nicht erfüllt.")
    anzahl = sum(1 for v in pfad["voraussetzungen"] if v["status"] == status and status != "erfuellt")
    return {
        "kennung": pfad["kennung"],
        "norm": pfad["norm"],
        "titel": pfad["titel"],
        "lage": lage,
        "status": status,
        "fruehestens": ab if lage == "spaeter" else None,
        "wenn": wenn if lage == "spaeter" else None,
        "wichtigster_punkt": None if punkt is None else {"id": punkt["id"], "titel": punkt["titel"], "status": punkt["status"]},
        "weitere_punkte": max(anzahl - 1, 0) if punkt is not None and punkt["status"] == status else anzahl,
        "satz": satz,
    }


def build(pfade: list[Mapping[str, Any]], projektionen: Optional[Mapping[str, Mapping[str, Any]]] = None) -> list[dict[str, Any]]:
    """Overview lines grouped in the order of :data:`LAGEN` (statutory order of the pathways within a group)."""
    zeilen = [zeile(p, (projektionen or {}).get(p["kennung"])) for p in pfade]
    reihenfolge = list(LAGEN)
    return sorted(zeilen, key=lambda z: reihenfolge.index(z["lage"]))
