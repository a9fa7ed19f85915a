"""The screening result as one plain dict: the JSON output and the input of every template.

``build(vorpruefung)`` is the single place that decides
what a result contains; the text output (:mod:`kimrules.ausgabe.render`) renders this
dict, so text and JSON cannot drift apart. The shape is documented in
``docs/ausgabe.schema.json``. Dates are ISO strings (``JJJJ-MM-TT``); the
client's name is never part of it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kimrules.engine import logic
from kimrules.engine.outcome import VORPRUEFUNG, Befund, Ergebnis, Knoten
from kimrules.fakten import catalog
from kimrules.fristen.projektion import Projektion
from kimrules.ausgabe import kurzfassung, uebersicht
from kimrules.pruefung.haushalt import Haushaltsergebnis
from kimrules.vorpruefung import Vorpruefung


def _knoten(k: Knoten) -> dict[str, Any]:
    return {
        "status": k.status.value,
        "art": k.art,
        "text": k.text,
        "fakt": k.fakt,
        "kinder": [_knoten(c) for c in k.kinder],
    }


def _ausschlaggebend(b: Befund) -> list[str]:
    """Titles of the facts the status rests on (for ungeklärt: the unknown ones)."""
    leaves = logic.relevant(b.erklaerung, b.status)
    return list(dict.fromkeys(catalog.FAKTEN[k.fakt].titel for k in leaves if k.art == "fakt" and k.fakt))


def _voraussetzung(b: Befund, mit_baum: bool = True, mit_ausschlaggebend: bool = True) -> dict[str, Any]:
    v = {
        "id": b.id,
        "titel": b.titel,
        "fundstelle": b.fundstelle,
        "art": b.art,
        "status": b.status.value,
        "fakten": dict(b.fakten),
        "ausschlaggebend": _ausschlaggebend(b) if mit_ausschlaggebend else [],
        "fehlend": list(b.fehlend),
        "einzelfall": list(b.einzelfall),
        "nachweise": list(b.nachweise),
        "naechster_schritt": b.naechster_schritt,
    }
    if mit_baum:
        v["erklaerung"] = _knoten(b.erklaerung)
    return v


def _pfad(e: Ergebnis, mit_baum: bool = True, mit_ausschlaggebend: bool = True) -> dict[str, Any]:
    """One pathway; without the explanation tree (``mit_baum=False``) for documents that do not show it."""
    q = e.quittung
    return {
        "kennung": e.kennung,
        "norm": e.norm,
        "titel": e.titel,
        "fassung": e.fassung,
        "gueltig_ab": e.gueltig_ab,
        "gueltig_bis": e.gueltig_bis,
        "quelle": e.quelle,
        "stand_hinweis": e.stand_hinweis,
        "rechtsfolge": e.rechtsfolge,
        "rechtsfolge_text": e.rechtsfolge_text,
        "status": e.status.value,
        "geltung": e.geltung,
        "hinweis": e.hinweis,
        "voraussetzungen": [_voraussetzung(b, mit_baum, mit_ausschlaggebend) for b in e.voraussetzungen],
        "parameter": dict(e.parameter),
        "quittung": {
            "kimrules_version": q.kimrules_version,
            "regeldatei": q.regeldatei,
            "regeldatei_sha256": q.regeldatei_sha256,
            "regelwerk_sha256": q.regelwerk_sha256,
            "stichtag": q.stichtag,
            "praxis": q.praxis,
        },
    }


def _frist(f: Any) -> dict[str, Any]:
    """One entry of the deadline ledger (:class:`kimrules.fristen.ledger.Frist`)."""
    return {
        "art": f.art,
        "titel": f.titel,
        "datum": f.datum.isoformat() if f.datum else None,
        "fundstelle": f.fundstelle,
        "hinweis": f.hinweis,
        "wer": f.wer,
        "norm": f.norm,
        "offen_grund": f.offen_grund,
    }


def _projektion(p: Projektion) -> dict[str, Any]:
    """The earliest-date projection of one pathway as plain data, ISO dates.

    >>> _projektion(Projektion(date(2027, 9, 15), date(2027, 7, 1), ["voraufenthalt"], [], "…", "aufenthg_25b"))["datum"]
    '2027-09-15'
    """
    return {
        "norm": p.norm,
        "datum": p.datum.isoformat() if p.datum else None,
        "fassung_ab": p.fassung_ab.isoformat() if p.fassung_ab else None,
        "zeitabhaengig": list(p.zeitabhaengig),
        "nicht_durch_zeit": list(p.nicht_durch_zeit),
        "status": p.status.value if p.status else None,
        "hinweis": p.hinweis,
        "annahmen": list(p.annahmen),
        "bedingungen": list(p.bedingungen),
    }


def build(v: Vorpruefung) -> dict[str, Any]:
    """The whole report of one Vorprüfung (JSON-serialisable); ``haushalt`` only for a client with
    household members."""
    pfade = [_pfad(e) for e in v.ergebnisse]
    projektionen = {k: _projektion(p) for k, p in v.projektionen.items()}
    zeilen = uebersicht.build(pfade, projektionen)
    bericht = {
        "vorpruefung": True,
        "hinweis": VORPRUEFUNG,
        "aktenzeichen": v.aktenzeichen,
        "stichtag": v.stichtag.isoformat(),
        "uebersicht": zeilen,
        "fragen": [f.als_dict() for f in v.fragen],  # only what can change a result, most effective first
        "pfade": pfade,
        # sorted by date (undated last); none of a pathway closed for good
        "fristen": kurzfassung.fristen_die_zaehlen([_frist(f) for f in v.fristen], zeilen),
    }
    if v.haushalt is not None:
        bericht["haushalt"] = haushalt(v.haushalt)
    bericht["angehoerige"] = kurzfassung.angehoerige(bericht.get("haushalt"))
    bericht["schritte"] = kurzfassung.schritte(bericht)
    return bericht


def haushalt(h: Haushaltsergebnis) -> dict[str, Any]:
    """The household part of the report: each person's own pathways and derived rights.

    ``{"aktenzeichen", "stichtag", "personen": [{"rolle", "aktenzeichen", "beziehung", "hinweise",
    "eigene": [pfad …], "abgeleitet": [{"kennung", "norm", "status", "stamm", "stammnorm", "stammstatus",
    "erklaerung", "pfad": pfad}]}]}`` with ``pfad`` the dict of one pathway as in :func:`build`.
    The main person is ``personen[0]``; its ``abgeleitet`` is empty.
    """
    return {
        "aktenzeichen": h.aktenzeichen,
        "stichtag": h.stichtag.isoformat(),
        "personen": [
            {
                "rolle": p.rolle,
                "aktenzeichen": p.aktenzeichen,
                "beziehung": p.beziehung,
                "hinweise": list(p.hinweise),
                "eigene": [_pfad(e) for e in p.eigene],
                "abgeleitet": [
                    {"kennung": a.kennung, "norm": a.norm, "status": a.status.value, "stamm": a.stamm,
                     "stammnorm": a.stammnorm, "stammstatus": a.stammstatus.value, "erklaerung": a.erklaerung,
                     "pfad": _pfad(a.ergebnis)}
                    for a in p.abgeleitet
                ],
            }
            for p in h.personen
        ],
    }
