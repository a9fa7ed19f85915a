"""A small SVG timeline of a client: status periods, qualifying window, deadlines.

Drawn by hand (no plotting library), for the HTML and PDF checklists:

* row "Aufenthalt": every status period of the client file, coloured by kind; an open
  period runs to the Stichtag, the part of a period after the Stichtag (a permit valid
  until …) is drawn pale;
* row "Ausland": stays abroad (cut out of the count);
* row "Anrechenbar": the current uninterrupted chain of qualifying residence (Duldung,
  Gestattung, Erlaubnis, without § 60b; one gap of up to three months bridged), counted
  as :mod:`kimrules.fakten.derive` counts ``voraufenthalt_monate``;
* row "Fristen": each dated deadline as a numbered marker, explained in a numbered list
  under the chart; the Stichtag as a vertical line.

Every text is XML-escaped; the result is :class:`markupsafe.Markup` so that the
autoescaping templates embed it as it is.

>>> from kimrules.akte.facts import Sachverhalt
>>> s = Sachverhalt.model_validate({"aktenzeichen": "X", "aufenthalt": [{"status": "duldung", "von": "2019-03-15"}]})
>>> bild = svg(s, date(2025, 3, 15), [])
>>> bild.startswith("<svg") and "Duldung" in bild and "Stichtag" in bild
True
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Iterable, Optional

from markupsafe import Markup, escape

from kimrules.fakten import residence
from kimrules.basis.dates import format_datum, months_text
from kimrules.fakten.derive import _QUALIFYING, STATUS_TEXT
from kimrules.akte.facts import Sachverhalt, Statusart

BREITE = 760
LINKS = 112  # room for the row labels
RECHTS = 24
ZEILE = 30
SCHRIFT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"

FARBE = {
    Statusart.aufenthaltsgestattung: "#7aa6d8",
    Statusart.duldung: "#f0ad4e",
    Statusart.duldung_60c: "#f5c77e",
    Statusart.duldung_60d: "#f5c77e",
    Statusart.duldung_60b: "#d9534f",
    Statusart.aufenthaltserlaubnis: "#5cb85c",
    Statusart.fiktionsbescheinigung: "#a8dba8",
    Statusart.niederlassungserlaubnis: "#2e7d32",
    Statusart.visum: "#b8b8b8",
    Statusart.kein_status: "#ffffff",
}
FENSTER = "#4a6fa5"
FRIST = "#b03a2e"
STICHTAG = "#222222"


def _e(text: Any) -> str:
    return str(escape(str(text)))


def _rect(x: float, y: float, w: float, h: float, fill: str, extra: str = "") -> str:
    return f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 1.5):.1f}" height="{h:.1f}" fill="{fill}" {extra}/>'


def _text(x: float, y: float, text: str, size: float = 11, anchor: str = "start", extra: str = "") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" {extra}>{_e(text)}</text>'


def _fits(text: str, width: float, size: float = 11) -> bool:
    return len(text) * size * 0.58 + 6 <= width


def _kette(s: Sachverhalt, stichtag: date) -> Optional[residence.Chain]:
    if not s.aufenthalt:
        return None
    periods = sorted(s.aufenthalt, key=lambda p: p.von)
    pieces = residence.pieces(periods, s.auslandsaufenthalte or [], stichtag)
    segs = residence.classify(pieces, lambda p: "Q" if p.status in _QUALIFYING else None)
    c = residence.chain(segs, stichtag, 1, count_gaps=False)
    return c if c.start is not None else None


def svg(sachverhalt: Sachverhalt, stichtag: date, fristen: Iterable[Any] = ()) -> Markup:
    """The timeline as an inline SVG element (``Markup``)."""
    s = sachverhalt
    perioden = sorted(s.aufenthalt or [], key=lambda p: p.von)
    ausland = list(s.auslandsaufenthalte or [])
    datiert = sorted((f for f in fristen if getattr(f, "datum", None) is not None), key=lambda f: f.datum)
    kette = _kette(s, stichtag)

    anfang_kandidaten = [p.von for p in perioden] + [a.von for a in ausland]
    if s.person.einreisedatum:
        anfang_kandidaten.append(s.person.einreisedatum)
    anfang = min(anfang_kandidaten, default=date(stichtag.year - 1, 1, 1))
    anfang = date(anfang.year, 1, 1)
    ende_kandidaten = [stichtag] + [f.datum for f in datiert] + [p.bis for p in perioden if p.bis]
    ende = max(ende_kandidaten)
    ende = date(ende.year + 1, 1, 1) if ende > stichtag or (ende - anfang).days < 700 else ende + timedelta(days=60)
    tage = max((ende - anfang).days, 1)
    plot = BREITE - LINKS - RECHTS

    def x(d: date) -> float:
        d = min(max(d, anfang), ende)
        return LINKS + plot * (d - anfang).days / tage

    teile: list[str] = []
    y = 14
    legende: dict[str, str] = {}

    # row: status periods
    teile.append(_text(8, y + 15, "Aufenthalt", 11, extra='font-weight="bold"'))
    if not perioden:
        teile.append(_text(LINKS, y + 15, "keine Statushistorie erfasst", 11, extra='fill="#666"'))
    for p in perioden:
        bis = p.bis or stichtag
        bis_sichtbar = min(bis, stichtag)
        farbe = FARBE[p.status]
        label = STATUS_TEXT[p.status] + (f" § {p.norm}" if p.norm else "")
        legende[STATUS_TEXT[p.status]] = farbe
        rand = 'stroke="#555" stroke-width="0.6"'
        if p.von <= stichtag:
            teile.append(_rect(x(p.von), y, x(bis_sichtbar) - x(p.von), 22, farbe, rand))
        if bis > stichtag:
            start = max(p.von, stichtag)
            teile.append(_rect(x(start), y, x(bis) - x(start), 22, farbe, rand + ' fill-opacity="0.35" stroke-dasharray="3,2"'))
        breite = x(bis) - x(p.von)
        if _fits(label, breite):
            teile.append(_text(x(p.von) + 4, y + 15, label, 10.5))
    y += ZEILE

    if ausland:
        teile.append(_text(8, y + 11, "Ausland", 11, extra='font-weight="bold"'))
        for a in ausland:
            teile.append(_rect(x(a.von), y + 2, x(a.bis) - x(a.von), 12, "#666666"))
            label = f"{format_datum(a.von)}–{format_datum(a.bis)}"
            teile.append(_text(x(a.bis) + 3, y + 12, label, 9, extra='fill="#444"'))
        y += 22

    teile.append(_text(8, y + 13, "Anrechenbar", 11, extra='font-weight="bold"'))
    if kette is not None and kette.start is not None:
        label = f"seit {format_datum(kette.start)}: {months_text(kette.months or 0)} (ohne § 60b)"
        x0, x1 = x(kette.start), x(stichtag)
        teile.append(_rect(x0, y + 3, x1 - x0, 14, FENSTER, 'fill-opacity="0.85"'))
        if _fits(label, x1 - x0, 10):
            teile.append(_text(x0 + 4, y + 14, label, 10, extra='fill="#ffffff"'))
        else:
            teile.append(_text(x0 - 4, y + 14, label, 10, "end", 'fill="#1b2f4d"'))
    else:
        teile.append(_text(LINKS, y + 14, "keine anrechenbare Aufenthaltskette am Stichtag", 10, extra='fill="#666"'))
    y += 26

    # row: deadlines; markers closer than a marker's width go one level down
    if datiert:
        teile.append(_text(8, y + 14, "Fristen", 11, extra='font-weight="bold"'))
        ebenen: list[list[float]] = []
        for i, f in enumerate(datiert, 1):
            fx = x(f.datum)
            ebene = next((n for n, xs in enumerate(ebenen) if all(abs(fx - ox) >= 18 for ox in xs)), len(ebenen))
            if ebene == len(ebenen):
                ebenen.append([])
            ebenen[ebene].append(fx)
            my = y + 10 + 19 * ebene
            teile.append(f'<line x1="{fx:.1f}" y1="{14}" x2="{fx:.1f}" y2="{my - 8:.1f}" stroke="{FRIST}" stroke-width="0.8" stroke-dasharray="2,2"/>')
            teile.append(f'<circle cx="{fx:.1f}" cy="{my:.1f}" r="8" fill="{FRIST}"/>')
            teile.append(_text(fx, my + 3.5, str(i), 9.5, "middle", 'fill="#ffffff" font-weight="bold"'))
        y += 5 + 19 * len(ebenen)

    # axis with year ticks
    achse = y + 6
    teile.append(f'<line x1="{LINKS}" y1="{achse}" x2="{BREITE - RECHTS}" y2="{achse}" stroke="#333" stroke-width="1"/>')
    jahre = list(range(anfang.year, ende.year + 1))
    schritt = 1 if len(jahre) <= 14 else (2 if len(jahre) <= 28 else 5)
    for j in jahre:
        tick = date(j, 1, 1)
        if tick < anfang or tick > ende:
            continue
        tx = x(tick)
        teile.append(f'<line x1="{tx:.1f}" y1="{achse}" x2="{tx:.1f}" y2="{achse + 4}" stroke="#333"/>')
        if (j - anfang.year) % schritt == 0:
            teile.append(_text(tx, achse + 15, str(j), 9.5, "middle", 'fill="#333"'))
    # Stichtag
    sx = x(stichtag)
    teile.append(f'<line x1="{sx:.1f}" y1="8" x2="{sx:.1f}" y2="{achse}" stroke="{STICHTAG}" stroke-width="1.6"/>')
    label = f"Stichtag {format_datum(stichtag)}"
    halb = len(label) * 9.5 * 0.3
    lx = min(max(sx, LINKS + halb), BREITE - 2 - halb)  # keep the label inside the picture
    teile.append(_text(lx, achse + 27, label, 9.5, "middle", 'font-weight="bold"'))
    y = achse + 36

    # legend of colours and the numbered deadlines
    lx = LINKS
    for text, farbe in list(legende.items()) + ([("anrechenbarer Aufenthalt", FENSTER)] if kette else []):
        w = len(text) * 9.5 * 0.58 + 22
        if lx + w > BREITE - RECHTS:
            lx = LINKS
            y += 16
        teile.append(_rect(lx, y - 9, 10, 10, farbe, 'stroke="#555" stroke-width="0.6"'))
        teile.append(_text(lx + 14, y, text, 9.5))
        lx += w + 8
    y += 8
    for i, f in enumerate(datiert, 1):
        y += 15
        titel = getattr(f, "titel", None) or str(getattr(f, "art", "") or "Frist").replace("_", " ")
        text = f"{format_datum(f.datum)}  {titel}"
        teile.append(f'<circle cx="{LINKS + 6}" cy="{y - 4}" r="6.5" fill="{FRIST}"/>')
        teile.append(_text(LINKS + 6, y - 0.8, str(i), 8.5, "middle", 'fill="#ffffff" font-weight="bold"'))
        teile.append(_text(LINKS + 18, y, text, 9.5))
    hoehe = y + 10
    beschreibung = "Zeitleiste: Aufenthaltsstatus, anrechenbarer Aufenthalt und Fristen bis " + format_datum(ende)
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="zeitleiste" viewBox="0 0 {BREITE} {hoehe:.0f}" '
        f'width="100%" role="img" aria-label="{_e(beschreibung)}" font-family="{SCHRIFT}">'
        f"<title>{_e(beschreibung)}</title>" + "".join(teile) + "</svg>"
    )
