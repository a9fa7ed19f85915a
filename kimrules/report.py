"""The screening result as one plain dict: the JSON output and the input of every template.

``build(ergebnisse, aktenzeichen, stichtag)`` is the single place that decides
what a result contains; the text output (:mod:`kimrules.render`) renders this
dict, so text and JSON cannot drift apart. The shape is documented in
``docs/ausgabe.schema.json``. Dates are ISO strings (``JJJJ-MM-TT``); the
client's name is never part of it.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Mapping, Optional, Sequence

from kimrules import catalog, logic, uebersicht
from kimrules.outcome import Befund, Ergebnis, Knoten
from kimrules.screening import VORPRUEFUNG


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
        "hinweis": e.hinweis,
        "voraussetzungen": [_voraussetzung(b, mit_baum, mit_ausschlaggebend) for b in e.voraussetzungen],
        "parameter": dict(e.parameter),
        "quittung": {
            "kimrules_version": q.kimrules_version,
            "regeldatei": q.regeldatei,
            "regeldatei_sha256": q.regeldatei_sha256,
            "regelwerk_sha256": q.regelwerk_sha256,
            "stichtag": q.stichtag,
        },
    }


def _frist(f: Any) -> dict[str, Any]:
    """One entry of the deadline ledger (:class:`kimrules.fristen.Frist`)."""
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


def build(ergebnisse: Sequence[Ergebnis], aktenzeichen: str, stichtag: date,
          projektionen: Optional[Mapping[str, Mapping[str, Any]]] = None,
          fristen: Sequence[Any] = ()) -> dict[str, Any]:
    """The whole report for one client on one Stichtag (JSON-serialisable).

    ``projektionen`` (optional): per pathway kennung, the earliest-date projection
    (see :func:`kimrules.uebersicht.zeile`).
    ``fristen`` (optional): the deadline ledger (:class:`kimrules.fristen.Frist`), already sorted.
    """
    pfade = [_pfad(e) for e in ergebnisse]
    return {
        "vorpruefung": True,
        "hinweis": VORPRUEFUNG,
        "aktenzeichen": aktenzeichen,
        "stichtag": stichtag.isoformat(),
        "uebersicht": uebersicht.build(pfade, projektionen),
        "pfade": pfade,
        "fristen": [_frist(f) for f in fristen],  # kimrules.fristen, sorted by date (undated last)
    }
