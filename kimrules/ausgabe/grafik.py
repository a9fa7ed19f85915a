"""Charts of the Lenkungsgruppe report as SVG text, drawn by matplotlib from the anonymous figures.

Only the figures of :meth:`kimrules.ausgabe.fallbestand_bericht.Zaehler.bericht` are drawn, i.e. after
suppression: a count shown as "< 5" or "gesperrt" gets no bar, only that label, so a chart never
reveals more than the table beside it. Output is deterministic (no date, fixed ids), text stays text.
"""

from __future__ import annotations

import io
from typing import Any, Mapping

FARBEN = {"jetzt_offen": "#2e7d32", "spaeter": "#7cb342", "zu_klaeren": "#f9a825", "verschlossen": "#b03a2e",
          "nicht_in_kraft": "#9e9e9e"}


def _plt():
    import matplotlib

    matplotlib.use("Agg", force=True)
    matplotlib.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "kimrules", "font.size": 8,
                                "font.family": "DejaVu Sans"})
    import matplotlib.pyplot as plt

    return plt


def _svg(fig: Any) -> str:
    out = io.StringIO()
    fig.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    _plt().close(fig)
    text = out.getvalue()
    return text[text.index("<svg"):]  # without the XML declaration and DOCTYPE (the SVG sits inside HTML)


def _zahl(x: Any) -> float:
    return float(x) if isinstance(x, int) else 0.0


def wege(b: Mapping[str, Any]) -> str:
    """Stacked horizontal bars: persons per pathway and situation."""
    plt = _plt()
    zeilen = b["wege"]
    fig, ax = plt.subplots(figsize=(7.2, 0.42 * len(zeilen) + 1.0))
    namen = [w["norm"] for w in zeilen][::-1]
    links = [0.0] * len(zeilen)
    for lage, titel in b["lagen"].items():
        werte = [w["lagen"][lage] for w in zeilen][::-1]
        breiten = [_zahl(x) for x in werte]
        ax.barh(namen, breiten, left=links, color=FARBEN.get(lage, "#777"), label=titel, height=0.6)
        for i, (x, breite) in enumerate(zip(werte, breiten)):
            if isinstance(x, str):
                ax.annotate(x, (links[i], i), xytext=(2, 5), textcoords="offset points", fontsize=6, color="#333")
            elif breite:
                ax.text(links[i] + breite / 2, i, str(x), ha="center", va="center", fontsize=6, color="white")
        links = [a + w for a, w in zip(links, breiten)]
    ax.set_xlabel("Personen")
    ax.legend(ncol=3, fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.25 if len(zeilen) < 4 else -0.12), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return _svg(fig)


def _gekuerzt(text: str, laenge: int) -> str:
    """``text`` cut at a word to at most ``laenge`` characters, marked with "…" where cut (the table under
    the chart has the whole title).

    >>> _gekuerzt("Bekenntnis zur freiheitlichen demokratischen Grundordnung", 48)
    'Bekenntnis zur freiheitlichen demokratischen …'
    >>> _gekuerzt("Passpflicht erfüllt", 48)
    'Passpflicht erfüllt'
    """
    if len(text) <= laenge:
        return text
    kurz = text[:laenge - 1]
    if " " in kurz:
        kurz = kurz[:kurz.rindex(" ")]
    return kurz.rstrip(" ,;(–-") + " …"


def hindernisse(b: Mapping[str, Any]) -> str:
    """Horizontal bars: the requirements that block most persons (at their best pathway)."""
    plt = _plt()
    zeilen = b["hindernisse"][::-1]
    fig, ax = plt.subplots(figsize=(7.2, 0.32 * len(zeilen) + 0.8))
    namen = [f"{_gekuerzt(h['titel'], 48)} ({h['norm']})" for h in zeilen]
    werte = [h["personen"] for h in zeilen]
    ax.barh(namen, [_zahl(x) for x in werte], color="#455a64", height=0.6)
    for i, x in enumerate(werte):
        ax.annotate(str(x), (_zahl(x), i), xytext=(3, -2), textcoords="offset points", fontsize=6)
    ax.set_xlabel("Personen")
    ax.spines[["top", "right"]].set_visible(False)
    return _svg(fig)


def fristen(b: Mapping[str, Any]) -> str:
    """Columns: deadlines per month."""
    plt = _plt()
    monate = b["fristen_monate"]
    fig, ax = plt.subplots(figsize=(7.2, 2.4))
    namen = [m["monat"][5:7] + "/" + m["monat"][2:4] for m in monate]
    werte = [m["anzahl"] for m in monate]
    ax.bar(namen, [_zahl(x) for x in werte], color="#1565c0")
    for i, x in enumerate(werte):
        if isinstance(x, str):
            ax.annotate(x, (i, 0), xytext=(0, 2), textcoords="offset points", ha="center", fontsize=6)
    ax.set_ylabel("Fristen")
    ax.set_ylim(bottom=0, top=max([_zahl(x) for x in werte] + [1]) * 1.05)  # no month with a deadline: 0 to 1, not ±0.04
    ax.yaxis.get_major_locator().set_params(integer=True)  # whole deadlines only
    ax.tick_params(axis="x", labelsize=6, rotation=60)
    ax.spines[["top", "right"]].set_visible(False)
    return _svg(fig)


def alle(b: Mapping[str, Any]) -> dict[str, str]:
    return {"wege": wege(b) if b["wege"] else "", "hindernisse": hindernisse(b) if b["hindernisse"] else "",
            "fristen": fristen(b)}
