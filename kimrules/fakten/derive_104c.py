"""Facts for § 104c AufenthG (Chancen-Aufenthaltsrecht), derived from the client file on the Stichtag (pure, no clock).

Fassung 31.12.2022 – 30.12.2025 (§ 104c Abs. 1 bis 3 AufenthG a. F., BGBl. 2022 I S. 2847):

* ``voraufenthalt_104c_monate``: the chain of periods that count (Duldung, auch § 60b, Abs. 1 Satz 3;
  Gestattung; Aufenthaltserlaubnis; see :mod:`kimrules.fakten.aufenthaltszeiten`) followed back from
  31.10.2022 without any gap; ``voraufenthalt_104c_monate_grosszuegig`` also counts the periods whose
  counting is open and gaps of at most three months (stays abroad: offene Rechtsfrage
  104c-auslandsaufenthalt; days without status: 104c-statusluecke-wenige-tage).
  60 months on 31.10.2022 = since 31.10.2017.
* two open questions (offene Rechtsfrage 104c-beginn-01-11-2017) as yes/no facts: the chain begins exactly on 01.11.2017
  (five years only if 31.10.2022 itself is counted), and the time between entry by 31.10.2017 and a
  first status shortly after it.
* convictions per Abs. 1 Satz 1 Nr. 2: only intentional offences committed
  in Germany; Geldstrafen up to 50 Tagessätze in total, up to 90 for offences only foreigners can
  commit, and juvenile-law sanctions other than Jugendstrafe are disregarded. How the two kinds of
  fines combine is open (offene Rechtsfrage 104c-geldstrafen-gemischt): ``verurteilung_104c_mischfall``.
* the refusal ground of Abs. 1 Satz 2: repeated intentional deception that currently prevents the
  deportation; passive non-cooperation does not count.
* the atypical case of a child too young to reach § 25a (minimum age 14) within
  the 18 months: ``alter_jahre_nach_18_monaten``.

Fassung ab 31.12.2025 (Übergangsregelung): ``erteilungsgrundlage_104c_besteht``
(only from 31.12.2022 to 30.12.2025; stated as a fact so that the rule file says in its own words that
nothing is granted any more), ``ae_104c_gilt_fort`` (a permit granted for 18 months, § 104c Abs. 3
Satz 3 a. F., is within its validity or continued by a Fiktionsbescheinigung) and
``antrag_104c_bis_30_12_2025`` (offene Rechtsfrage 104c-entscheidung-nach-ablauf).
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Mapping, Optional

from kimrules.fakten import gesetzesdaten, residence
from kimrules.fakten.aufenthaltszeiten import NICHT, ZAEHLT, bewertung, offene_zeiten
from kimrules.fakten.typen import Fakt, Fakten
from kimrules.fakten.typen import _ja
from kimrules.basis.dates import add_months, age, format_datum, period_end, within_months
from kimrules.akte.facts import DULDUNGEN, Antragsnorm, Statusart, Statuszeitraum

if TYPE_CHECKING:  # pragma: no cover
    from kimrules.akte.facts import Sachverhalt, Verurteilung

# the dates and periods the statute names are parameters with their Fundstelle (rules/parameter/):
STICHTAG = "voraufenthalt_104c_stichtag"  # § 104c Abs. 1 Satz 1 a. F.: "am 31. Oktober 2022 …"
VORAUFENTHALT_MONATE = "voraufenthalt_104c_mindestens_monate"  # "… seit fünf Jahren"
ERSTER_TAG = "chancen_aufenthaltsrecht_erster_tag"  # first day of the grant basis
LETZTER_TAG = "chancen_aufenthaltsrecht_letzter_tag"  # last day of the grant basis
GELTUNGSDAUER = "geltungsdauer_104c_monate"  # § 104c Abs. 3 Satz 3 a. F.
GRENZE_ALLGEMEIN = "geldstrafen_104c_hoechstens_tagessaetze"  # § 104c Abs. 1 Satz 1 Nr. 2 a. F., insgesamt
GRENZE_AUSLAENDER = "geldstrafen_104c_auslaenderrecht_hoechstens_tagessaetze"  # offences only foreigners can commit
_EIN_TAG = timedelta(days=1)
_MAX_UNSICHER = 8  # fines whose kind or relevance is unknown: combinations tried exactly up to this many



def _b(titel: str, frage: str) -> Fakt:
    return Fakt(bool, titel, frage)


FAKTEN: dict[str, Fakt] = {
    "voraufenthalt_104c_monate": Fakt(
        int,
        "Ununterbrochen geduldet, gestattet oder erlaubt am 31.10.2022 (§ 60b-Zeiten zählen mit)",
        "Statushistorie bis zum 31.10.2022 lückenlos erfassen (alle Duldungen, Gestattungen, Aufenthaltserlaubnisse, Auslandsaufenthalte)",
        "Monate",
    ),
    "voraufenthalt_104c_monate_grosszuegig": Fakt(
        int,
        "Am 31.10.2022 ununterbrochen, wenn Zeiten mit offener Anrechnung und kurze Unterbrechungen mitgezählt werden",
        "Statushistorie bis zum 31.10.2022 lückenlos erfassen (Art des Visums oder der Fiktionsbescheinigung, Zeiten ohne Status "
        "mit der Angabe, ob ein Anspruch auf Duldung bestand, Auslandsaufenthalte)",
        "Monate",
    ),
    "voraufenthalt_104c_ab_01_11_2017": _b(
        "Die ununterbrochene Zeit beginnt genau am 01.11.2017",
        "Beginn des ersten Status (Ankunftsnachweis, Gestattung, Duldung) mit Datum belegen",
    ),
    "einreise_bis_31_10_2017_status_spaeter": _b(
        "Eingereist bis 31.10.2017, erster Status erst danach (höchstens drei Monate später)",
        "Einreisedatum erfragen und belegen (Ankunftsnachweis, Fahrkarte, Anhörungsprotokoll des BAMF)",
    ),
    "verurteilung_104c_schaedlich": _b(
        "Verurteilung wegen einer im Inland begangenen vorsätzlichen Straftat über den Grenzen des § 104c",
        "Verurteilungen vollständig erfassen: vorsätzlich? im Inland begangen? Strafmaß (Tagessätze, Freiheits- oder Jugendstrafe)? "
        "Straftat, die nur Ausländer begehen können (z. B. nach § 95 AufenthG)?",
    ),
    "verurteilung_104c_mischfall": _b(
        "Geldstrafen wegen allgemeiner und wegen ausländerspezifischer Straftaten zusammen über 50 Tagessätzen",
        "Bei jeder Geldstrafe erfragen, ob die Straftat nur von Ausländern begangen werden kann (AufenthG, AsylG)",
    ),
    "taeuschung_wiederholt_verhindert_abschiebung": _b(
        "Wiederholte vorsätzliche Täuschung oder falsche Angaben verhindern derzeit die Abschiebung",
        "Klären, ob die Person wiederholt vorsätzlich falsche Angaben gemacht oder über Identität oder Staatsangehörigkeit "
        "getäuscht hat und das derzeit die Abschiebung verhindert (fehlende Mitwirkung allein zählt nicht)",
    ),
    "alter_jahre_nach_18_monaten": Fakt(
        int,
        "Alter 18 Monate nach dem Stichtag (Ende einer jetzt erteilten Erlaubnis)",
        "Geburtsdatum erfragen (Pass, Duldung, Geburtsurkunde)",
        "Jahre",
    ),
    "erteilungsgrundlage_104c_besteht": _b(
        "Rechtsgrundlage für die Erteilung des Chancen-Aufenthaltsrechts besteht am Stichtag (31.12.2022 bis 30.12.2025)",
        "Stichtag prüfen (Tag der Entscheidung)",
    ),
    "ae_104c_gilt_fort": _b(
        "Aufenthaltserlaubnis nach § 104c innerhalb ihrer Geltungsdauer von 18 Monaten oder durch Fiktion fortbestehend",
        "Aufenthaltstitel vorlegen lassen: Erteilungsdatum und Gültigkeit der Erlaubnis nach § 104c, "
        "ggf. Fiktionsbescheinigung nach Antrag auf § 25a oder § 25b",
    ),
    "antrag_104c_bis_30_12_2025": _b(
        "Chancen-Aufenthaltsrecht bis zum 30.12.2025 beantragt",
        "Erfragen, ob und wann das Chancen-Aufenthaltsrecht beantragt wurde und ob darüber schon entschieden ist",
    ),
}


def ableiten(s: "Sachverhalt", f: "Fakten", zeitachse: tuple, parameter: Optional[Mapping[str, Any]] = None) -> None:
    """Add this module's facts to ``f``."""
    parameter = parameter or {}
    _voraufenthalt(s, f, zeitachse, parameter)
    _verurteilungen(s, f, parameter)
    i = s.identitaet
    wiederholt = s.chancen_aufenthaltsrecht.taeuschung_wiederholt
    wert = _und(i.taeuschung_aktuell, wiederholt)
    f.set("taeuschung_wiederholt_verhindert_abschiebung", wert,
          lambda: f"eigene Täuschung oder falsche Angaben verhindern derzeit die Abschiebung: {_ja(i.taeuschung_aktuell)}; "
          f"wiederholt und vorsätzlich: {_ja(wiederholt)}; zumutbare Mitwirkung derzeit nicht erfüllt: "
          f"{_ja(i.mitwirkung_verweigert_aktuell)} (zählt nach § 104c Abs. 1 Satz 2 nicht)")
    geb = s.person.geburtsdatum
    dauer = gesetzesdaten.zahl(parameter, GELTUNGSDAUER, f.stichtag)
    if geb is None:
        f.set("alter_jahre_nach_18_monaten", None, "Geburtsdatum nicht erfasst")
    elif dauer is None:
        f.set("alter_jahre_nach_18_monaten", None, _fehlt(GELTUNGSDAUER))
    else:
        ende = add_months(f.stichtag, dauer)
        alter = age(geb, ende)
        f.set("alter_jahre_nach_18_monaten", alter, lambda: f"geboren {format_datum(geb)}, am {format_datum(ende)} {alter} Jahre")
    ab, bis = gesetzesdaten.datum(parameter, ERSTER_TAG, f.stichtag), gesetzesdaten.datum(parameter, LETZTER_TAG, f.stichtag)
    if ab is None or bis is None:
        f.set("erteilungsgrundlage_104c_besteht", None, _fehlt(ERSTER_TAG if ab is None else LETZTER_TAG))
    else:
        besteht = ab <= f.stichtag <= bis
        zeitraum = f"{format_datum(ab)} bis {format_datum(bis)}"
        f.set("erteilungsgrundlage_104c_besteht", besteht,
              f"Stichtag {format_datum(f.stichtag)}: " + (f"Erteilung nach § 104c möglich ({zeitraum})" if besteht else
              f"keine Rechtsgrundlage für eine Erteilung (nur vom {zeitraum})"))
    _bestehende_erlaubnis(s, f, zeitachse, dauer)
    if s.antraege is None:
        f.set("antrag_104c_bis_30_12_2025", None, "gestellte Anträge nicht erfasst")
    elif bis is None:
        f.set("antrag_104c_bis_30_12_2025", None, _fehlt(LETZTER_TAG))
    else:
        antraege = antraege_104c(s)
        f.set("antrag_104c_bis_30_12_2025", any(a.gestellt_am <= bis for a in antraege),
              "kein Antrag auf das Chancen-Aufenthaltsrecht erfasst" if not antraege
              else "Antrag auf das Chancen-Aufenthaltsrecht gestellt am " + ", ".join(format_datum(a.gestellt_am) for a in antraege))


def antraege_104c(s: "Sachverhalt") -> list[Any]:
    """The applications for the Chancen-Aufenthaltsrecht recorded in the file (none if none are recorded)."""
    return [a for a in s.antraege or [] if a.norm == Antragsnorm.aufenthg_104c]


def _fehlt(name: str) -> str:
    return f"Parameter „{name}“ ist nicht geladen (rules/parameter/): ohne ihn lässt sich das nicht ableiten"


def _und(a: Optional[bool], b: Optional[bool]) -> Optional[bool]:
    """Kleene AND of two answers."""
    if a is False or b is False:
        return False
    if a is None or b is None:
        return None
    return True


# --- § 104c Abs. 1 Satz 1 und 3: fünf Jahre am 31.10.2022 ------------------------------------------
def _voraufenthalt(s: "Sachverhalt", f: "Fakten", zeitachse: tuple, parameter: Mapping[str, Any]) -> None:
    namen = ("voraufenthalt_104c_monate", "voraufenthalt_104c_monate_grosszuegig", "voraufenthalt_104c_ab_01_11_2017",
             "einreise_bis_31_10_2017_status_spaeter")
    stichtag_104c = gesetzesdaten.datum(parameter, STICHTAG, f.stichtag)
    monate = gesetzesdaten.zahl(parameter, VORAUFENTHALT_MONATE, f.stichtag)
    if stichtag_104c is None or monate is None:
        for name in namen:
            f.set(name, None, _fehlt(STICHTAG if stichtag_104c is None else VORAUFENTHALT_MONATE))
        return
    if f.stichtag < stichtag_104c:
        for name in namen:
            f.set(name, None, f"Stichtag vor dem {format_datum(stichtag_104c)}: die Zeit bis dahin steht noch nicht fest")
        return
    if s.aufenthalt is None:
        for name in namen:
            f.set(name, None, "keine Statushistorie erfasst")
        return
    periods, _ = zeitachse
    abroad = s.auslandsaufenthalte or []
    # from here on nothing depends on the Stichtag: the same periods (a projection derives tens of
    # days from the same records) give the same facts, remembered with the records they came from
    key = (tuple(map(id, periods)), tuple(map(id, abroad)), s.auslandsaufenthalte is None, s.person.einreisedatum,
           stichtag_104c, monate)
    hit = _GEMERKT.get(key)
    if hit is None:
        g = Fakten(stichtag=f.stichtag)
        _voraufenthalt_am_31_10_2022(s, g, periods, abroad, stichtag_104c, add_months(stichtag_104c, -monate))
        if len(_GEMERKT) >= 1_000:
            _GEMERKT.clear()
        hit = _GEMERKT[key] = (tuple(periods), tuple(abroad), [(n, g.werte.get(n), wie) for n, wie in g.herleitung._data.items()])
    for name, wert, wie in hit[2]:
        f.set(name, wert, wie)


_GEMERKT: dict[tuple, tuple] = {}  # ids of the records -> (the records, kept alive so the ids stay theirs; the facts)


def _voraufenthalt_am_31_10_2022(s: "Sachverhalt", f: "Fakten", periods: list, abroad: list, stichtag_104c: date,
                                 seit_spaetestens: date) -> None:
    """The chain on ``stichtag_104c`` (31.10.2022); it must reach back to ``seit_spaetestens`` (31.10.2017:
    five years on 31.10.2022 with the day of the Stichtag counted, §§ 187, 188 BGB)."""
    note_abroad = "" if s.auslandsaufenthalte is not None else "; Auslandsaufenthalte nicht erfasst (als keine gewertet)"
    pieces = residence.pieces(periods, abroad, stichtag_104c)
    # strict: no gap is bridged – a stay abroad (offene Rechtsfrage 104c-auslandsaufenthalt) and a day without
    # status (104c-statusluecke-wenige-tage) are open at best; generous: they and the open periods count
    streng = residence.chain(residence.classify(pieces, _art), stichtag_104c, 0, count_gaps=False)
    f.set("voraufenthalt_104c_monate", streng.months,
          lambda: residence.describe(streng, stichtag_104c, "geduldet (auch § 60b), gestattet oder mit Aufenthaltserlaubnis") + note_abroad)
    _, grosszuegig = residence.luecken_regeln(
        [(a.von, a.bis) for a in abroad], [(a, b) for a, b, p in pieces if bewertung(p, "104c")[0] == NICHT])
    kette = residence.chain(residence.classify(pieces, _art_grosszuegig), stichtag_104c, 10**6, count_gaps=True, bridgeable=grosszuegig)
    f.set("voraufenthalt_104c_monate_grosszuegig", kette.months,
          lambda: residence.describe(kette, stichtag_104c, "großzügig gezählt (offene Zeiten und kurze Unterbrechungen mitgezählt)")
          + offene_zeiten(pieces, kette, "104c") + note_abroad)
    beginn = kette.start
    f.set("voraufenthalt_104c_ab_01_11_2017", beginn == seit_spaetestens + _EIN_TAG,
          "keine ununterbrochene Zeit bis zum 31.10.2022" if beginn is None else f"ununterbrochen seit {format_datum(beginn)}")
    einreise = s.person.einreisedatum
    spaeter = beginn is not None and beginn > seit_spaetestens and within_months(seit_spaetestens, beginn - _EIN_TAG, 3)
    if not spaeter:
        f.set("einreise_bis_31_10_2017_status_spaeter", False,
              "keine ununterbrochene Zeit bis zum 31.10.2022" if beginn is None else f"erster Status der Kette am {format_datum(beginn)}")
    elif einreise is None:
        f.set("einreise_bis_31_10_2017_status_spaeter", None,
              f"erster Status der Kette am {format_datum(beginn)}; Einreisedatum nicht erfasst")
    else:
        wert = einreise <= seit_spaetestens and within_months(einreise, beginn - _EIN_TAG, 3)
        f.set("einreise_bis_31_10_2017_status_spaeter", wert,
              f"eingereist am {format_datum(einreise)}, erster Status der Kette am {format_datum(beginn)}")


def _art(p: Statuszeitraum) -> Optional[str]:
    return "Q" if bewertung(p, "104c")[0] == ZAEHLT else None


def _art_grosszuegig(p: Statuszeitraum) -> Optional[str]:
    return "Q" if bewertung(p, "104c")[0] != NICHT else None


# --- § 104c Abs. 1 Satz 1 Nr. 2: Verurteilungen ---------------------------------------------------
def _urteil(allgemein: int, auslaender: int, grenzen: tuple[int, int]) -> str:
    """ok / schaedlich / misch for fines that count: general and foreigner-specific Tagessätze against
    the two limits (general, foreigner-specific)."""
    grenze, grenze_auslaender = grenzen
    if allgemein > grenze or auslaender > grenze_auslaender:
        return "schaedlich"
    if allgemein and auslaender and allgemein + auslaender > grenze:
        return "misch"  # offene Rechtsfrage 104c-geldstrafen-gemischt
    return "ok"


def _einordnung(v: "Verurteilung") -> tuple[str, object]:
    """One conviction: ("aus", why) disregarded, ("haft", relevant), ("geld", (tagessaetze, options)) or ("offen", why)."""
    fs, js = v.freiheitsstrafe_monate or 0, v.jugendstrafe_monate or 0
    if v.jugendstrafrecht is True and not fs and not js:
        return "aus", "nach Jugendstrafrecht, keine Jugendstrafe: bleibt außer Betracht"
    relevant = _und(v.vorsaetzlich, v.im_inland)
    if relevant is False:
        return "aus", "nicht vorsätzlich oder nicht im Inland begangen: zählt nicht"
    if fs or js:
        return "haft", relevant
    if v.tagessaetze is None:
        return "offen", "Strafmaß nicht erfasst"
    if v.tagessaetze == 0:
        return "aus", "keine Tagessätze"
    art = {True: ("A",), False: ("G",), None: ("G", "A")}[v.nur_auslaender_straftat]
    return "geld", (v.tagessaetze, art if relevant else ("-",) + art)


def _verurteilungen(s: "Sachverhalt", f: "Fakten", parameter: Mapping[str, Any]) -> None:
    if s.verurteilungen is None:
        f.set("verurteilung_104c_schaedlich", None, "Verurteilungen nicht erfasst")
        f.set("verurteilung_104c_mischfall", None, "Verurteilungen nicht erfasst")
        return
    grenze = gesetzesdaten.zahl(parameter, GRENZE_ALLGEMEIN, f.stichtag)
    grenze_auslaender = gesetzesdaten.zahl(parameter, GRENZE_AUSLAENDER, f.stichtag)
    if grenze is None or grenze_auslaender is None:
        fehlt = _fehlt(GRENZE_ALLGEMEIN if grenze is None else GRENZE_AUSLAENDER)
        f.set("verurteilung_104c_schaedlich", None, fehlt)
        f.set("verurteilung_104c_mischfall", None, fehlt)
        return
    grenzen = (grenze, grenze_auslaender)
    haft_sicher = haft_moeglich = False  # a conviction that certainly / possibly counts whatever the fines are
    allgemein = auslaender = 0
    unsicher: list[tuple[int, tuple[str, ...]]] = []
    notes: list[str] = []
    for n, v in enumerate(s.verurteilungen, start=1):
        kind, info = _einordnung(v)
        if kind == "aus":
            notes.append(f"Nr. {n}: {info}")
        elif kind == "haft":
            notes.append(f"Nr. {n}: Freiheits- oder Jugendstrafe" + ("" if info else " (vorsätzlich und im Inland? unbekannt)"))
            haft_sicher = haft_sicher or info is True
            haft_moeglich = True
        elif kind == "offen":
            notes.append(f"Nr. {n}: {info}")
            haft_moeglich = True
        else:
            ts, optionen = info
            if optionen == ("G",):
                allgemein += ts
            elif optionen == ("A",):
                auslaender += ts
            else:
                unsicher.append((ts, optionen))
            art = {("G",): "allgemeine Straftat", ("A",): "nur von Ausländern begehbar"}.get(optionen, "Art oder Vorsatz/Tatort unbekannt")
            notes.append(f"Nr. {n}: Geldstrafe {ts} Tagessätze ({art})")
    ergebnisse: set[str] = set()
    if haft_sicher:
        ergebnisse = {"schaedlich"}
    elif len(unsicher) > _MAX_UNSICHER:
        ergebnisse = {"schaedlich", "ok"}
    else:
        for wahl in itertools.product(*(o for _, o in unsicher)):
            g = allgemein + sum(ts for (ts, _), w in zip(unsicher, wahl) if w == "G")
            a = auslaender + sum(ts for (ts, _), w in zip(unsicher, wahl) if w == "A")
            ergebnisse.add(_urteil(g, a, grenzen))
        if haft_moeglich:
            ergebnisse.add("schaedlich")
    schaedlich = False if ergebnisse == {"ok"} else (True if "ok" not in ergebnisse else None)
    misch = True if ergebnisse == {"misch"} else (False if "misch" not in ergebnisse else None)

    def text() -> str:
        if not s.verurteilungen:
            return "keine Verurteilungen"
        return (f"{len(s.verurteilungen)} Verurteilung(en): " + "; ".join(notes)
                + f". Geldstrafen, die zählen: allgemeine Straftaten {allgemein} Tagessätze (Grenze {grenze} insgesamt), "
                f"Straftaten nur von Ausländern {auslaender} Tagessätze (Grenze {grenze_auslaender})")

    f.set("verurteilung_104c_schaedlich", schaedlich, text)
    f.set("verurteilung_104c_mischfall", misch,
          "keine Verurteilungen" if not s.verurteilungen else
          lambda: f"Geldstrafen, die zählen: allgemeine Straftaten {allgemein}, Straftaten nur von Ausländern {auslaender} Tagessätze"
          + (f"; dazu {len(unsicher)} Geldstrafe(n), deren Art oder Vorsatz/Tatort unbekannt ist" if unsicher else ""))


# --- Fassung ab 31.12.2025: bestehende Erlaubnis ----------------------------------------------------
def _bestehende_erlaubnis(s: "Sachverhalt", f: "Fakten", zeitachse: tuple, dauer: Optional[int]) -> None:
    name = "ae_104c_gilt_fort"
    if s.aufenthalt is None:
        f.set(name, None, "keine Statushistorie erfasst")
        return
    _, cur = zeitachse
    st = f.stichtag
    if cur is None:
        f.set(name, None, f"für den {format_datum(st)} ist kein Status erfasst")
        return
    if cur.norm != "104c" or cur.status not in (Statusart.aufenthaltserlaubnis, Statusart.fiktionsbescheinigung):
        f.set(name, False, f"am {format_datum(st)} keine Aufenthaltserlaubnis nach § 104c")
        return
    if cur.status == Statusart.fiktionsbescheinigung:
        f.set(name, True, f"seit {format_datum(cur.von)} Fiktionsbescheinigung: die Erlaubnis nach § 104c gilt als fortbestehend "
              "(§ 81 Abs. 4 Satz 1 AufenthG; nur nach rechtzeitigem Antrag auf § 25a oder § 25b, § 104c Abs. 2 Satz 3)")
        return
    if dauer is None:
        f.set(name, None, _fehlt(GELTUNGSDAUER))
        return
    ende = period_end(cur.von, dauer)
    if st <= ende:
        f.set(name, True, f"erteilt am {format_datum(cur.von)}, gilt {dauer} Monate bis {format_datum(ende)} (§ 104c Abs. 3 Satz 3 a. F.)")
    else:
        f.set(name, None, f"laut Statushistorie seit {format_datum(cur.von)}; {dauer} Monate endeten am {format_datum(ende)} und sind "
              "nicht verlängerbar – Erteilungsdatum prüfen oder Fiktionsbescheinigung nach Antrag auf § 25a/§ 25b erfassen")


def verurteilungsfakten(s: "Sachverhalt", f: "Fakten", parameter: Optional[Mapping[str, Any]] = None) -> None:
    """Only this module's facts that are derived from the convictions (:func:`kimrules.fakten.derive.derive`
    derives them again without convictions whose use is open)."""
    _verurteilungen(s, f, parameter or {})
