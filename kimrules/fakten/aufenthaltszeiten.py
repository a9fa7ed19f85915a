"""Which status period counts toward the residence periods of § 104c, § 25a and § 25b AufenthG.

The three norms list different statuses: § 104c Abs. 1 Satz 1 and § 25b Abs. 1 Satz 2 Nr. 1
"geduldet, gestattet oder mit einer Aufenthaltserlaubnis", § 25a Abs. 1 Satz 1 Nr. 1 "erlaubt,
geduldet oder mit einer Aufenthaltsgestattung". For § 25a and § 25b every period covered by a
residence-regulating administrative act counts, and every period in which deportation was
impossible (BVerwG, Urteil vom 18.12.2019 – 1 C 34.18, Leitsätze 2 und 4): visas (§ 4 Abs. 1
Satz 2 Nr. 1, § 6 AufenthG), every Fiktionsbescheinigung (§ 81 Abs. 3 und 4 AufenthG), every
Aufenthaltserlaubnis and Niederlassungserlaubnis. The narrower "mit einer Aufenthaltserlaubnis" of
§ 104c covers the national visa (§ 6 Abs. 3 Satz 3 AufenthG) and the continued permit (§ 81 Abs. 4
Satz 1), the deemed Duldung (§ 81 Abs. 3 Satz 2); Schengen visas, the Erlaubnisfiktion and the
Niederlassungserlaubnis are open (offene Rechtsfrage visum-104c).

A day without status in Germany counts only if a Duldung was owed (Leitsatz 2; for § 104c
bayerisches VG, BeckRS 2024, 5225); whether it was, the client file says with ``duldungsanspruch``.

:func:`bewertung` returns ``ZAEHLT``, ``OFFEN`` (counted only in the generous count, so the result
is "ungeklärt") or ``NICHT`` (a gap), with the reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # pragma: no cover
    from kimrules.fakten.residence import Chain

from kimrules.akte.facts import DULDUNGEN, Statusart, Statuszeitraum
from kimrules.basis.dates import format_datum

ZAEHLT, OFFEN, NICHT = "zaehlt", "offen", "nicht"
Norm = Literal["104c", "25a", "25b"]


def bewertung(p: Statuszeitraum, norm: Norm) -> tuple[str, str]:
    """How the period ``p`` counts for ``norm`` (§ 60b periods are handled by the caller)."""
    s = p.status
    if s in DULDUNGEN or s == Statusart.aufenthaltsgestattung or s == Statusart.aufenthaltserlaubnis:
        return ZAEHLT, "Duldung, Gestattung oder Aufenthaltserlaubnis"
    if s == Statusart.kein_status:
        if p.duldungsanspruch is True:
            return ZAEHLT, "kein Status, aber Anspruch auf Duldung (BVerwG 1 C 34.18, Leitsatz 2)"
        if p.duldungsanspruch is False:
            return NICHT, "kein Status und kein Anspruch auf Duldung"
        return OFFEN, "kein Status: ob ein Anspruch auf Duldung bestand, ist zu klären"
    if norm != "104c":
        # § 25a „erlaubt“; § 25b: von einem aufenthaltsregelnden Verwaltungsakt gedeckt (1 C 34.18, Leitsatz 4)
        return ZAEHLT, {Statusart.visum: "Visum", Statusart.fiktionsbescheinigung: "Fiktionsbescheinigung",
                        Statusart.niederlassungserlaubnis: "Niederlassungserlaubnis"}.get(s, s.value)
    if s == Statusart.visum:
        if p.visum_art == "national":
            return ZAEHLT, "nationales Visum (§ 6 Abs. 3 Satz 3 AufenthG)"
        return OFFEN, ("Schengen-Visum" if p.visum_art == "schengen" else "Visum ohne Angabe der Art") + \
            ": ob es als Aufenthaltserlaubnis zählt, ist offen (offene Rechtsfrage visum-104c)"
    if s == Statusart.fiktionsbescheinigung:
        if p.fiktion in ("fortgeltung", "duldung") or (p.fiktion is None and p.paragraph):
            return ZAEHLT, "Fiktionsbescheinigung (§ 81 Abs. 4 Satz 1 bzw. Abs. 3 Satz 2 AufenthG; mit Angabe der Erlaubnis: deren Fortgeltung)"
        return OFFEN, ("Fiktionsbescheinigung nach § 81 Abs. 3 Satz 1 AufenthG" if p.fiktion == "erlaubnis"
                       else "Fiktionsbescheinigung ohne Angabe der Art") + \
            ": ob sie als Aufenthaltserlaubnis zählt, ist offen (offene Rechtsfrage visum-104c)"
    if s == Statusart.niederlassungserlaubnis:
        return OFFEN, "Niederlassungserlaubnis: keine Aufenthaltserlaubnis im Sinne des § 4 Abs. 1 Satz 2 AufenthG (offene Rechtsfrage visum-104c)"
    return NICHT, s.value


def offene_zeiten(pieces: list, kette: "Chain", norm: Norm) -> str:
    """The periods of the generous chain whose counting is open, with their reason (for the Herleitung)."""
    if kette.start is None:
        return ""
    teile = []
    for a, b, p in pieces:
        if b < kette.start:
            continue
        wert, grund = bewertung(p, norm)
        if wert == OFFEN:
            teile.append(f"{format_datum(a)}–{format_datum(b)} {grund}")
    for a, b in kette.bridged:
        if not any(x <= b and y >= a for x, y, _ in pieces):
            teile.append(f"{format_datum(a)}–{format_datum(b)} nichts erfasst: ob ein Status oder ein Anspruch auf Duldung bestand, ist zu klären")
    return ("; offen: " + "; ".join(teile)) if teile else ""
