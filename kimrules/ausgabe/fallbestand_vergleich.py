"""What a change does: the same persons in two runs (two Stichtage or two rule trees), side by side.

:func:`unterschiede` compares the :class:`Person` results of one record from both runs and returns
one row per person and pathway whose situation, status or earliest date changes, or per person
whose next deadline changes, with the requirement(s) that made the difference (those whose status
differs); where no requirement changed, the version applied or the passing of time did.
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

from kimrules.ausgabe.fallbestand import Person, Weg

SPALTEN = ("aktenzeichen", "person", "weg", "kennung", "aenderung", "lage_vorher", "lage_nachher", "status_vorher",
           "status_nachher", "fruehestens_vorher", "fruehestens_nachher", "frist_vorher", "frist_nachher", "ursache", "quelle")


def _iso(d: Any) -> Optional[str]:
    return d.isoformat() if d is not None else None


def _ursache(a: Optional[Weg], b: Optional[Weg], nur_voraussetzungen: bool = False) -> list[str]:
    """The requirements whose status differs ("Titel: vorher → nachher"), else what else changed."""
    va = {h.id: h for h in a.hindernisse} if a else {}
    vb = {h.id: h for h in b.hindernisse} if b else {}
    out = []
    for i in dict.fromkeys([*va, *vb]):
        sa, sb = _status(a, va, i), _status(b, vb, i)
        if sa != sb:
            titel = (va.get(i) or vb[i]).titel
            out.append(f"{titel}: {_STATUS[sa]} → {_STATUS[sb]}")
    if nur_voraussetzungen:
        return out
    if not out and a and b and a.fassung != b.fassung:
        out.append(f"andere Fassung: ab {a.fassung or '–'} → ab {b.fassung or '–'}")
    if not out and a and b and a.fruehestens != b.fruehestens:
        out.append("Zeitablauf: dieselben Voraussetzungen offen, anderer frühester Tag")
    return out


def _status(w: Optional[Weg], hindernisse: dict[str, Any], i: str) -> Optional[str]:
    """The status of requirement ``i`` on pathway ``w``; None: the version applied does not ask for it."""
    if i in hindernisse:
        return hindernisse[i].status
    return "erfuellt" if w is not None and i in w.geprueft else None


_STATUS = {"erfuellt": "erfüllt", "nicht_erfuellt": "nicht erfüllt", "ungeklaert": "ungeklärt",
           None: "in dieser Fassung nicht verlangt"}


def unterschiede(vorher: Sequence[Person], nachher: Sequence[Person]) -> list[dict[str, Any]]:
    """Rows for every change between the two runs of one record (persons matched by their label)."""
    rows: list[dict[str, Any]] = []
    nach = {p.kennzeichen: p for p in nachher}
    for p in vorher:
        q = nach.get(p.kennzeichen)
        if q is None:
            continue
        frist_a = p.naechste_frist[0] if p.naechste_frist else None
        frist_b = q.naechste_frist[0] if q.naechste_frist else None
        wege_b = {w.kennung: w for w in q.wege}
        wege_a = {w.kennung: w for w in p.wege}
        basis = {"aktenzeichen": p.akte, "person": p.rolle, "quelle": p.quelle,
                 "frist_vorher": _iso(frist_a), "frist_nachher": _iso(frist_b)}
        geaendert = False
        for k in dict.fromkeys([*wege_a, *wege_b]):
            a, b = wege_a.get(k), wege_b.get(k)
            was = [name for name, x, y in (("Lage", a and a.lage, b and b.lage), ("Status", a and a.status, b and b.status),
                                           ("frühestens ab", a and a.fruehestens, b and b.fruehestens)) if x != y]
            if not was:
                continue
            geaendert = True
            w = a or b
            rows.append({**basis, "weg": w.norm, "kennung": k, "aenderung": was,
                         "lage_vorher": a and a.lage, "lage_nachher": b and b.lage,
                         "status_vorher": a and a.status, "status_nachher": b and b.status,
                         "fruehestens_vorher": _iso(a and a.fruehestens), "fruehestens_nachher": _iso(b and b.fruehestens),
                         "ursache": _ursache(a, b)})
        if not geaendert and frist_a != frist_b:
            # the requirements that changed on any pathway (e.g. a shorter period moves a "frühestens ab")
            ursache = [f"{(wege_a.get(k) or wege_b[k]).norm}: {u}" for k in dict.fromkeys([*wege_a, *wege_b])
                       for u in _ursache(wege_a.get(k), wege_b.get(k), nur_voraussetzungen=True)]
            rows.append({**basis, "weg": None, "kennung": None, "aenderung": ["nächste Frist"],
                         "lage_vorher": None, "lage_nachher": None, "status_vorher": None, "status_nachher": None,
                         "fruehestens_vorher": None, "fruehestens_nachher": None,
                         "ursache": ursache or [f"nächste Frist: {p.naechste_frist[1] if p.naechste_frist else '–'} → "
                                                f"{q.naechste_frist[1] if q.naechste_frist else '–'}"]})
    return rows
