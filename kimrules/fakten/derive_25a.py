"""Facts for § 25a AufenthG (gut integrierte Jugendliche und junge Volljährige), derived from the client file on the Stichtag (pure, no clock).

Reference dates:

* the minimum age of 14 is tested on the Stichtag (decision) with the shared fact ``alter_jahre``;
* the age limit of Nr. 3 (before the 21st / 27th birthday) is tested on the day the application
  for § 25a was filed (``antraege``, the latest one); without a filed application on the Stichtag,
  and the Herleitung says which date was used;
* the twelve months of Duldung (Abs. 1 Satz 1, since 31.12.2022) are counted up to the Stichtag and,
  separately, up to the application date (offene Rechtsfrage 25a-zwoelf-monate-zeitpunkt); the rule file decides what a
  difference means;
* the residence of Nr. 1 is counted up to the Stichtag (the decision) by the shared facts (bayerisches VG,
  BeckRS 2021, 23885, Leitsatz 1) and here once more up to the application date.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Mapping, Optional

from kimrules.fakten import residence
from kimrules.fakten.typen import Fakt
from kimrules.fakten.typen import _JA
from kimrules.basis.dates import age, format_datum, full_months, last_day_before_age, months_text
from kimrules.fakten.typen import _QUALIFYING, STATUS_TEXT, any3, euro
from kimrules.akte.facts import DULDUNGEN, Statusart

if TYPE_CHECKING:  # pragma: no cover
    from kimrules.fakten.typen import Fakten
    from kimrules.akte.facts import Sachverhalt, Statuszeitraum


def _b(titel: str, frage: str) -> Fakt:
    return Fakt(bool, titel, frage)


def _n(titel: str, frage: str, einheit: str) -> Fakt:
    return Fakt(int, titel, frage, einheit)


_HISTORIE = "Lückenlose Statushistorie erfragen (Duldungen, Gestattungen, Aufenthaltserlaubnisse mit Daten; AZR-Auszug)"

FAKTEN: dict[str, Fakt] = {
    "alter_bei_antrag_25a_jahre": _n(
        "Alter am Tag des Antrags auf § 25a (ohne Antrag: am Stichtag)",
        "Geburtsdatum erfragen; Datum des Antrags auf § 25a erfragen (Eingangsstempel)",
        "Jahre",
    ),
    "geduldet_bei_antrag_25a": _b(
        "Am Tag des Antrags auf § 25a geduldet (ohne Antrag: am Stichtag)",
        "Status am Tag des Antrags erfragen (Duldungsbescheinigung, Eingangsbestätigung des Antrags)",
    ),
    "aufenthaltsgestattung_aktuell": _b(
        "Am Stichtag Inhaber einer Aufenthaltsgestattung",
        "Aktuellen Status erfragen (Aufenthaltsgestattung, Duldung oder Aufenthaltserlaubnis?)",
    ),
    "duldung_monate": _n(
        "Ununterbrochen im Besitz einer Duldung (ohne Duldung nach § 60b), bis zum Stichtag",
        "Alle Duldungsbescheinigungen der letzten zwölf Monate mit Daten erfragen",
        "Monate",
    ),
    "duldung_monate_grosszuegig": _n(
        "Duldung bei großzügiger Zählung (kurze Lücken bis drei Monate überbrückt, § 60b-Zeiten pausiert)",
        "Alle Duldungsbescheinigungen der letzten zwölf Monate mit Daten erfragen; Lücken erklären lassen",
        "Monate",
    ),
    "duldung_monate_bei_antrag_25a": _n(
        "Ununterbrochen im Besitz einer Duldung (ohne § 60b) am Tag des Antrags auf § 25a (ohne Antrag: am Stichtag)",
        "Duldungsbescheinigungen vor dem Antrag und Datum des Antrags erfragen",
        "Monate",
    ),
    "voraufenthalt_monate_bei_antrag_25a": _n(
        "Ununterbrochener Voraufenthalt (ohne § 60b) am Tag des Antrags auf § 25a (ohne Antrag: am Stichtag)",
        _HISTORIE + "; Datum des Antrags erfragen",
        "Monate",
    ),
    "schulbesuch_monate": _n(
        "Schulbesuch im Bundesgebiet (volle Monate bis zum Stichtag bzw. bis zum Ende des Schulbesuchs)",
        "Seit wann besucht die Person in Deutschland die Schule? Schulbescheinigungen und Zeugnisse der letzten Jahre anfordern",
        "Monate",
    ),
    "schulbesuch_erfolgreich": _b(
        "Schulbesuch erfolgreich (regelmäßig, höchstens geringe Fehlzeiten, Versetzung bzw. Abschluss zu erwarten)",
        "Zeugnisse der letzten Jahre mit Fehlzeiten und Versetzungsvermerken anfordern",
    ),
    "anerkannter_schul_oder_berufsabschluss": _b(
        "Anerkannter Schul- oder Berufsabschluss im Bundesgebiet erworben",
        "Abschlusszeugnis (Schule oder Berufsausbildung in Deutschland) erfragen",
    ),
    "schulbesuch_unmoeglich_krankheit_behinderung": _b(
        "Schulbesuch wegen körperlicher, geistiger oder seelischer Krankheit oder Behinderung nicht möglich",
        "Ärztliches Attest oder Bescheid (z. B. Feststellung einer Behinderung) erfragen",
    ),
    "in_schule_ausbildung_oder_studium": _b(
        "Befindet sich in schulischer oder beruflicher Ausbildung oder im Hochschulstudium",
        "Schulbescheinigung, Ausbildungsvertrag oder Immatrikulationsbescheinigung erfragen",
    ),
    "lebensunterhalt_gesichert": _b(
        "Lebensunterhalt ohne Sozialleistungen gesichert (Einkommen deckt den Bedarf, kein Bezug von Bürgergeld, Sozialhilfe oder AsylbLG)",
        "Bedarf, alle Einkünfte und bezogene Leistungen erfragen (Bescheide, Lohnabrechnungen)",
    ),
    "integrationsprognose_positiv": _b(
        "Positive Integrationsprognose: fügt sich auf Grund bisheriger Ausbildung und Lebensverhältnisse ein",
        "Schulischen und beruflichen Werdegang, Lebensverhältnisse und Straffreiheit dokumentieren; Einschätzung festhalten",
    ),
    "anhaltspunkte_gegen_bekenntnis": _b(
        "Konkrete Anhaltspunkte, dass sich die Person nicht zur freiheitlichen demokratischen Grundordnung bekennt",
        "Mit der Ausländerbehörde klären, ob ihr konkrete Anhaltspunkte gegen das Bekenntnis zur Grundordnung vorliegen",
    ),
    "eigene_taeuschung_aktuell": _b(
        "Abschiebung ist wegen eigener falscher Angaben oder eigener Täuschung über Identität oder Staatsangehörigkeit ausgesetzt",
        "Mit der Ausländerbehörde klären, ob ihr eine eigene Täuschung der Person vorgeworfen wird (Täuschung der Eltern zählt nicht)",
    ),
}

_DULDUNG_OHNE_60B = {Statusart.duldung, Statusart.duldung_60c, Statusart.duldung_60d}


def strict(p: "Statuszeitraum") -> Optional[str]:
    """Duldung without § 60b counts, everything else is a gap."""
    return "Q" if p.status in _DULDUNG_OHNE_60B else None


def lenient(p: "Statuszeitraum") -> Optional[str]:
    """Duldung without § 60b counts, § 60b pauses (neither counts nor breaks), everything else is a gap."""
    return "Q" if p.status in _DULDUNG_OHNE_60B else ("P" if p.status == Statusart.duldung_60b else None)


def qualifying(p: "Statuszeitraum") -> Optional[str]:
    """Erlaubt, geduldet (not § 60b) or gestattet (the shared strict count of derive.py)."""
    return "Q" if p.status in _QUALIFYING else None
_ONE_DAY = timedelta(days=1)


def _antrag(s: "Sachverhalt") -> Optional[date]:
    """Date of the latest application for § 25a in the file, or None."""
    daten = [a.gestellt_am for a in (s.antraege or []) if a.norm.value == "aufenthg_25a"]
    return max(daten) if daten else None


def _bezug(s: "Sachverhalt", stichtag: date) -> tuple[date, str]:
    """The date the age limit and the "at application" counts refer to, and how it was chosen."""
    antrag = _antrag(s)
    if antrag is not None:
        return antrag, f"Tag des Antrags auf § 25a ({format_datum(antrag)})"
    if s.antraege is None:
        return stichtag, f"Stichtag {format_datum(stichtag)} (ob schon ein Antrag gestellt wurde, ist nicht erfasst)"
    return stichtag, f"Stichtag {format_datum(stichtag)} (noch kein Antrag auf § 25a gestellt)"


def _current(periods: list["Statuszeitraum"], on: date) -> Optional["Statuszeitraum"]:
    for p in periods:
        if p.von <= on and (p.bis is None or p.bis >= on):
            return p
    return None


def _age_facts(s: "Sachverhalt", f: "Fakten", tag: date, wie: str) -> None:
    geb = s.person.geburtsdatum
    if geb is None:
        f.set("alter_bei_antrag_25a_jahre", None, "Geburtsdatum nicht erfasst")
        return
    if tag < geb:  # pragma: no cover - the client loader rejects applications before birth via event dates
        f.set("alter_bei_antrag_25a_jahre", None, "Antrag vor dem Geburtsdatum: Angaben prüfen")
        return
    alter = age(geb, tag)
    f.set(
        "alter_bei_antrag_25a_jahre",
        alter,
        lambda: f"geboren {format_datum(geb)}; maßgeblich ist der {wie}: {alter} Jahre. "
        f"Ein Antrag ist vor Vollendung des 21. Lebensjahres bis {format_datum(last_day_before_age(geb, 21))}, "
        f"vor Vollendung des 27. Lebensjahres bis {format_datum(last_day_before_age(geb, 27))} möglich (§ 187 Abs. 2 Satz 2, § 188 Abs. 2 BGB)",
    )


def _status_facts(s: "Sachverhalt", f: "Fakten", zeitachse: tuple, tag: date, wie: str) -> None:
    names = ("geduldet_bei_antrag_25a", "aufenthaltsgestattung_aktuell", "duldung_monate", "duldung_monate_grosszuegig", "duldung_monate_bei_antrag_25a",
             "voraufenthalt_monate_bei_antrag_25a")
    if s.aufenthalt is None:
        for name in names:
            f.set(name, None, "keine Statushistorie erfasst")
        return
    periods = zeitachse[0]
    abroad = s.auslandsaufenthalte or []
    st = f.stichtag

    def offen(on: date) -> Optional[str]:
        """Why nothing can be counted up to ``on`` (no status or "kein Status" recorded), else None."""
        cur = _current(periods, on)
        if cur is None:
            return f"für den {format_datum(on)} ist kein Status erfasst"
        if cur.status == Statusart.kein_status:
            return f"für den {format_datum(on)} ist kein Status erfasst; Anspruch auf Duldung prüfen (materielle Duldungsgründe genügen)"
        return None

    # geduldet on the application date (any Duldung, also § 60b: Abs. 1 Satz 1 a. F. „geduldeter Ausländer“)
    grund = offen(tag)
    cur = _current(periods, tag)
    if grund is not None:
        f.set("geduldet_bei_antrag_25a", None, f"maßgeblich: {wie}; {grund}")
    else:
        f.set("geduldet_bei_antrag_25a", cur.status in DULDUNGEN,
              lambda: f"maßgeblich: {wie}; Status: {STATUS_TEXT[cur.status]} seit {format_datum(cur.von)}")

    jetzt = zeitachse[1]
    grund = offen(st)
    f.set("aufenthaltsgestattung_aktuell", None if grund else jetzt.status == Statusart.aufenthaltsgestattung,
          grund or (lambda: f"am {format_datum(st)}: {STATUS_TEXT[jetzt.status]} seit {format_datum(jetzt.von)}"))

    stuecke: dict[date, list] = {}

    def zaehle(name: str, on: date, kind, bridges: int, what: str, prefix: str = "") -> None:
        grund = offen(on)
        if grund is not None:
            f.set(name, None, prefix + grund)
            return
        if kind is lenient and _current(periods, on).status == Statusart.duldung_60b:
            f.set(name, 0, prefix + f"am {format_datum(on)} Duldung nach § 60b: diese Zeit zählt nicht (§ 60b Abs. 5 Satz 1), "
                  "Inhaber einer solchen Duldung erhalten § 25a nicht")
            return
        if on not in stuecke:  # the status pieces up to a date are shared by the counts for that date
            stuecke[on] = residence.pieces(periods, abroad, on)
        kette = residence.chain(residence.classify(stuecke[on], kind), on, bridges, count_gaps=False)
        f.set(name, kette.months, lambda: prefix + residence.describe(kette, on, what))

    zaehle("duldung_monate", st, strict, 0, "im Besitz einer Duldung (ohne § 60b, Lücken unterbrechen)")
    zaehle("duldung_monate_grosszuegig", st, lenient, 10**6,
           "im Besitz einer Duldung, großzügig gezählt (Lücken bis drei Monate überbrückt, § 60b-Zeiten nicht angerechnet)")
    zaehle("duldung_monate_bei_antrag_25a", tag, strict, 0, "im Besitz einer Duldung (ohne § 60b)", prefix=f"maßgeblich: {wie}; ")
    zaehle("voraufenthalt_monate_bei_antrag_25a", tag, qualifying, 1, "geduldet, gestattet oder erlaubt (ohne § 60b)",
           prefix=f"maßgeblich: {wie}; ")


def _school_facts(s: "Sachverhalt", f: "Fakten") -> None:
    b = s.bildung
    st = f.stichtag
    seit, bis = b.schulbesuch_seit, b.schulbesuch_bis
    laufend: Optional[bool]
    if seit is None:
        f.set("schulbesuch_monate", None, "Beginn des Schulbesuchs in Deutschland nicht erfasst")
        laufend = None if bis is None else bis >= st
    elif bis is not None and bis < seit:
        f.set("schulbesuch_monate", None,
              f"Schulbesuch endet ({format_datum(bis)}) vor seinem Beginn ({format_datum(seit)}): Angaben prüfen")
        laufend = None
    else:
        ende = st if bis is None or bis >= st else bis + _ONE_DAY  # the end day itself is a school day
        monate = full_months(seit, ende)
        laufend = bis is None or bis >= st
        f.set("schulbesuch_monate", monate,
              lambda: f"Schulbesuch in Deutschland seit {format_datum(seit)}"
              + (f", beendet am {format_datum(bis)}" if not laufend else ", dauert an")
              + f": {months_text(monate)} bis {format_datum(ende if not laufend else st)}")
    f.set("schulbesuch_erfolgreich", b.schulbesuch_erfolgreich, f"Angabe: {_JA[b.schulbesuch_erfolgreich]}")
    abschluss = any3([b.deutscher_schulabschluss, b.berufsabschluss_deutschland])
    f.set("anerkannter_schul_oder_berufsabschluss", abschluss,
          f"deutscher Schulabschluss: {_JA[b.deutscher_schulabschluss]}; deutscher Berufsabschluss: {_JA[b.berufsabschluss_deutschland]}")
    f.set("schulbesuch_unmoeglich_krankheit_behinderung", b.schulbesuch_unmoeglich_krankheit_behinderung,
          f"Angabe: {_JA[b.schulbesuch_unmoeglich_krankheit_behinderung]}")
    ausbildung = b.in_ausbildung_oder_studium
    if laufend is True or ausbildung is True:
        wert: Optional[bool] = True
    elif laufend is False and ausbildung is False:
        wert = False
    else:
        wert = None
    f.set("in_schule_ausbildung_oder_studium", wert,
          f"Schulbesuch dauert am {format_datum(st)} an: {_JA[laufend]}; in Ausbildung oder Studium: {_JA[ausbildung]}")


_SOZIALLEISTUNGEN = {"asylblg": "AsylbLG", "sgb2": "Bürgergeld (SGB II)", "sgb12": "Sozialhilfe (SGB XII)"}


def _livelihood_fact(s: "Sachverhalt", f: "Fakten") -> None:
    lu = s.lebensunterhalt
    bezug = [_SOZIALLEISTUNGEN[l.art.value] for l in (lu.leistungen or []) if l.art.value in _SOZIALLEISTUNGEN]
    if bezug:
        f.set("lebensunterhalt_gesichert", False, f"bezieht {', '.join(bezug)}")
        return
    if lu.bedarf_eur_monat is None or lu.einkommen is None:
        f.set("lebensunterhalt_gesichert", None, "Bedarf oder Einkommen nicht erfasst")
        return
    summe = sum(e.betrag_eur_monat for e in lu.einkommen)
    gedeckt = summe >= lu.bedarf_eur_monat
    if not gedeckt:
        f.set("lebensunterhalt_gesichert", False,
              lambda: f"Einkommen {euro(summe)} deckt den Bedarf von {euro(lu.bedarf_eur_monat)} nicht")
    else:
        f.set("lebensunterhalt_gesichert", True,
              lambda: f"Einkommen {euro(summe)} deckt den Bedarf von {euro(lu.bedarf_eur_monat)}; keine Sozialleistungen erfasst")


def _assessment_facts(s: "Sachverhalt", f: "Fakten", zeitachse: tuple) -> None:
    g = s.gut_integrierte_jugendliche
    f.set("integrationsprognose_positiv", g.integrationsprognose_positiv, f"Einschätzung: {_JA[g.integrationsprognose_positiv]}")
    f.set("anhaltspunkte_gegen_bekenntnis", g.anhaltspunkte_gegen_bekenntnis, f"Angabe: {_JA[g.anhaltspunkte_gegen_bekenntnis]}")
    eigen, eltern = s.identitaet.taeuschung_aktuell, g.taeuschung_nur_durch_eltern
    cur = zeitachse[1]
    duldung_60b = cur is not None and cur.status == Statusart.duldung_60b
    if eigen is True and eltern is True:
        f.set("eigene_taeuschung_aktuell", None,
              "widersprüchlich: aktuelle Täuschung angegeben, aber auch, dass nur die Eltern getäuscht haben; klären, wer getäuscht hat")
    elif eigen is not None:
        f.set("eigene_taeuschung_aktuell", eigen, f"eigene aktuelle Täuschung oder falsche Angaben: {_JA[eigen]}")
    elif eltern is True:
        f.set("eigene_taeuschung_aktuell", False,
              "die Täuschung ging nur von den Eltern aus; sie wird der Person nicht zugerechnet (§ 25a Abs. 1 Satz 3: „eigener“, „seiner“)")
    else:
        f.set("eigene_taeuschung_aktuell", None,
              "nicht erfasst" + ("; aktuell Duldung nach § 60b: Täuschung oder fehlende Mitwirkung (§ 60b Abs. 1), was davon, ist zu klären"
                                 if duldung_60b else ""))


def ableiten(s: "Sachverhalt", f: "Fakten", zeitachse: tuple, parameter: Optional[Mapping[str, Any]] = None) -> None:
    """Add this module's facts to ``f``."""
    tag, wie = _bezug(s, f.stichtag)
    _age_facts(s, f, tag, wie)
    _status_facts(s, f, zeitachse, tag, wie)
    _school_facts(s, f)
    _livelihood_fact(s, f)
    _assessment_facts(s, f, zeitachse)
