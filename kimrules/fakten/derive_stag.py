"""Facts for § 10 StAG (Anspruchseinbürgerung) und §§ 11, 12a, 12b, 35a, 40a StAG, derived from the client file on the Stichtag (pure, no clock).

Sources: §§ 10, 11, 12a, 12b, 35a, 40a StAG in the versions of the rule files; open questions in rules/offene_fragen/.

* Lawful habitual residence: Aufenthaltserlaubnis, Niederlassungserlaubnis and
  Fiktionsbescheinigung count; an Aufenthaltsgestattung only if protection was later granted; a Duldung never
  counts and breaks the chain (no bridging). Stays abroad up to six months do not interrupt the habitual
  residence (§ 12b Abs. 1 Satz 1), longer ones do unless the Ausländerbehörde set a re-entry deadline (Satz 2).
  ``rechtmaessiger_aufenthalt_monate`` counts only what certainly counts; ``…_grosszuegig`` also what may count
  depending on an open point (Gestattung without known outcome, visa, § 104c time – offene Rechtsfrage stag-104c-zeiten –,
  periods without status – § 12b Abs. 3 –, long stays abroad – § 12b Abs. 1 Satz 2): the rules answer
  *ungeklärt* when only the generous count reaches the period.
* Earlier residence after an interruption: for an interruption of lawfulness that is not due to a late
  application (a Duldung, a time without status) the authority "kann" credit the earlier residence
  like after a long stay abroad, up to a ceiling (§ 12b Abs. 3 Satz 2 with Abs. 2 StAG, since
  20.08.2021; the ceiling is the parameter ``anrechnung_frueherer_aufenthalt_hoechstens_monate``).
  ``rechtmaessiger_aufenthalt_monate_mit_anrechnung`` is the generous count plus the lawful time before
  the interruption, at most the ceiling: discretion, so the rules answer *ungeklärt* when only this
  count reaches the period (offene Rechtsfrage stag-anrechnung-12b).
* § 12a: fines up to 90 Tagessätze and suspended prison up to three months (remitted after
  probation) are disregarded and added up (one Tagessatz = one day, a month = 30 days, § 191 BGB); Erziehungs-
  maßregeln and Zuchtmittel (``jugendstrafrecht: ja`` with ``jugendstrafe_monate: 0``) are disregarded; an
  antisemitic, racist or otherwise menschenverachtend motive found in the judgment excludes the disregard.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any, Mapping, Optional

from kimrules.fakten import gesetzesdaten, residence
from kimrules.fakten.lebensunterhalt import parameterwert
from kimrules.fakten.typen import Fakt
from kimrules.fakten.typen import _ja, all3 as _all3, any3 as _any3
from kimrules.basis.dates import add_months, age, format_datum, full_months, months_text, within_months
from kimrules.akte.facts import Leistungsart, Partnerart, Statusart, Statuszeitraum

if TYPE_CHECKING:  # pragma: no cover
    from kimrules.fakten.typen import Fakten
    from kimrules.akte.facts import Sachverhalt


def _b(titel: str, frage: str) -> Fakt:
    return Fakt(bool, titel, frage)


def _n(typ: type, titel: str, frage: str, einheit: str) -> Fakt:
    return Fakt(typ, titel, frage, einheit)


_STATUS_FRAGE = "Lückenlose Aufenthaltshistorie erfragen (alle Aufenthaltstitel, Fiktionsbescheinigungen, Gestattungen mit Ausgang des Asylverfahrens, Duldungen; Auslandsaufenthalte; AZR-Auszug)"

FAKTEN: dict[str, Fakt] = {
    "handlungsfaehig": _b(
        "Handlungsfähig nach § 34 Satz 1 StAG (Mindestalter erreicht, nicht geschäftsunfähig, keine Betreuung mit Einwilligungsvorbehalt)",
        "Geburtsdatum erfragen und ob eine Betreuung mit Einwilligungsvorbehalt besteht oder die Person geschäftsunfähig ist",
    ),
    "gesetzlich_vertreten": _b(
        "Gesetzlich vertreten (Antrag durch Eltern oder Betreuer)", "Erfragen, wer den Antrag als gesetzliche Vertretung stellt"
    ),
    "identitaet_durch_pass_belegt": _b(
        "Identität und Staatsangehörigkeit durch einen Pass belegt (Stufe 1 des Stufenmodells)",
        "Nationalpass vorlegen lassen (auch abgelaufen); sonst erfragen, warum kein Pass beschafft werden kann",
    ),
    "pass_beschaffung_unzumutbar": _b(
        "Passbeschaffung objektiv unmöglich oder subjektiv unzumutbar",
        "Begründen und belegen, warum kein Pass beschafft werden kann (Botschaftstermine, Ablehnungen, Schutzstatus)",
    ),
    "rechtmaessiger_aufenthalt_monate": _n(
        int, "Ununterbrochener rechtmäßiger gewöhnlicher Aufenthalt im Inland (sicher anrechenbar)", _STATUS_FRAGE, "Monate"
    ),
    "rechtmaessiger_aufenthalt_monate_grosszuegig": _n(
        int,
        "Rechtmäßiger gewöhnlicher Aufenthalt einschließlich Zeiten, deren Anrechnung offen ist",
        _STATUS_FRAGE,
        "Monate",
    ),
    "rechtmaessiger_aufenthalt_monate_mit_anrechnung": _n(
        int,
        "Rechtmäßiger Aufenthalt einschließlich früherer rechtmäßiger Zeiten vor einer Unterbrechung, soweit die "
        "Einbürgerungsbehörde sie anrechnen kann (§ 12b Abs. 3 Satz 2 mit Abs. 2 StAG)",
        _STATUS_FRAGE,
        "Monate",
    ),
    "auslandsaufenthalte_monate_5_jahre": _n(
        float, "Auslandsaufenthalte in den letzten fünf Jahren vor dem Stichtag (30 Tage = 1 Monat)",
        "Alle Auslandsaufenthalte der letzten fünf Jahre mit Daten erfragen", "Monate",
    ),
    "auslandsaufenthalte_monate_3_jahre": _n(
        float, "Auslandsaufenthalte in den letzten drei Jahren vor dem Stichtag (30 Tage = 1 Monat)",
        "Alle Auslandsaufenthalte der letzten drei Jahre mit Daten erfragen", "Monate",
    ),
    "aufenthaltsrecht_nr2": _b(
        "Unbefristetes Aufenthaltsrecht oder Aufenthaltstitel zu einem nicht ausgeschlossenen Zweck (§ 10 Abs. 1 Satz 1 Nr. 2 StAG seit 27.06.2024)",
        "Aktuellen Aufenthaltstitel mit Paragraph erfragen (Kopie des Titels)",
    ),
    "aufenthaltsrecht_nr2_alt": _b(
        "Unbefristetes Aufenthaltsrecht oder Aufenthaltserlaubnis zu einem nicht ausgeschlossenen Zweck (§ 10 Abs. 1 Satz 1 Nr. 2 StAG bis 26.06.2024)",
        "Aktuellen Aufenthaltstitel mit Paragraph erfragen (Kopie des Titels)",
    ),
    "bekenntnis_verantwortung": _b(
        "Bekenntnis zur besonderen historischen Verantwortung Deutschlands (§ 10 Abs. 1 Satz 1 Nr. 1a StAG)",
        "Bekenntnis nach Nr. 1a erklären und abgeben lassen (Formular der Einbürgerungsbehörde); Inhalt vorher besprechen",
    ),
    "lebensunterhalt_ohne_sgb2_sgb12": _b(
        "Lebensunterhalt für sich und Unterhaltsberechtigte ohne Leistungen nach SGB II oder SGB XII gedeckt",
        "Bedarf des Haushalts, alle Einkommen (Lohn, Kindergeld, Unterhalt, Rente, ALG I, Wohngeld) und bezogene Leistungen erfragen",
    ),
    "leistungsbezug_nicht_zu_vertreten": _b(
        "Bezug von Leistungen nach SGB II oder SGB XII nicht zu vertreten",
        "Gründe des Leistungsbezugs erfragen und belegen (z. B. Krankheit, Kinderbetreuung, erfolglose Bewerbungen)",
    ),
    "gastarbeiter_oder_vertragsarbeitnehmer": _b(
        "Angeworbener Arbeitnehmer (bis 30.06.1974) oder Vertragsarbeitnehmer (bis 13.06.1990) oder nachgezogener Ehegatte",
        "Einreisedatum und Grund der Einreise (Anwerbeabkommen, Vertragsarbeit in der DDR) erfragen",
    ),
    "vollzeit_erwerbstaetig": _b(
        "Am Stichtag in Vollzeit erwerbstätig",
        "Arbeitsvertrag mit Wochenstunden erfragen; was „Vollzeit“ ist, bestimmt das Gesetz nicht (offene Rechtsfrage stag-vollzeit-24-monate)",
    ),
    "vollzeit_monate_letzte_24": _n(
        int, "Monate in Vollzeit innerhalb der letzten 24 Monate vor dem Stichtag",
        "Alle Beschäftigungen der letzten 24 Monate mit Daten und Wochenstunden erfragen (Arbeitsverträge, Lohnabrechnungen)", "Monate",
    ),
    "partner_vollzeit_mit_minderjaehrigem_kind": _b(
        "Lebt als Ehegatte oder Lebenspartner mit einer Person, die Buchst. b erfüllt, und einem minderjährigen Kind in familiärer Gemeinschaft",
        "Erfragen, ob der Ehegatte/Lebenspartner jetzt und 20 der letzten 24 Monate in Vollzeit arbeitet und ein minderjähriges Kind im Haushalt lebt",
    ),
    "antrag_einbuergerung_bis_23_08_2023": _b(
        "Einbürgerungsantrag bis zum 23.08.2023 gestellt (§ 40a StAG)", "Tag des Einbürgerungsantrags erfragen (Eingangsbestätigung)"
    ),
    "aufgabe_staatsangehoerigkeit": _b(
        "Gibt die bisherige Staatsangehörigkeit auf oder verliert sie", "Erfragen, ob die Person ihre Staatsangehörigkeit aufgeben kann und will"
    ),
    "mehrstaatigkeit_hinzunehmen": _b(
        "Ausnahme: Mehrstaatigkeit wird hingenommen (§ 12 StAG a. F., § 10 Abs. 3a StAG a. F.)",
        "Mit der Einbürgerungsbehörde klären, ob die Entlassung unmöglich oder unzumutbar ist",
    ),
    "verurteilung_ausserhalb_bagatellgrenze": _b(
        "Verurteilung, die § 12a Abs. 1 StAG nicht außer Betracht lässt (Freiheits- oder Jugendstrafe ohne erlassene Bewährung, menschenverachtendes Motiv, ausländische Verurteilung)",
        "Alle Verurteilungen erfragen (Führungszeugnis): Strafmaß, Bewährung und Straferlass, im Urteil festgestelltes Motiv",
    ),
    "strafen_summe_tagessaetze": _n(
        int, "Summe der Strafen im Rahmen des § 12a Abs. 1 StAG (1 Tagessatz = 1 Tag Freiheitsstrafe, 1 Monat = 30 Tage)",
        "Alle Verurteilungen mit Strafmaß erfragen (Führungszeugnis)", "Tagessätze",
    ),
    "massregel_schuldunfaehigkeit": _b(
        "Maßregel der Besserung und Sicherung wegen Schuldunfähigkeit angeordnet",
        "Erfragen, ob wegen Schuldunfähigkeit eine Maßregel (z. B. Unterbringung) angeordnet wurde",
    ),
    "deutsch_stufe_muendlich_und_schriftlich": _n(
        int, "Nachgewiesene Deutschkenntnisse mündlich und schriftlich (1 = A1, 2 = A2, 3 = B1, 4 = B2, 5 = C1)",
        "Sprachzertifikat (telc, Goethe, TestDaF, DTZ) mit mündlichem und schriftlichem Teil erfragen", "Stufe",
    ),
    "deutscher_schul_oder_berufsabschluss": _b(
        "Deutscher Schulabschluss oder abgeschlossene Berufsausbildung in Deutschland", "Zeugnisse erfragen"
    ),
    "deutscher_schulabschluss": _b("Deutscher Schulabschluss (mindestens Hauptschulabschluss)", "Schulabschlusszeugnis erfragen"),
    "altersgemaesse_sprachentwicklung": _b(
        "Altersgemäße Sprachentwicklung des Kindes", "Kita- oder Schulbescheinigung zur Sprachentwicklung erfragen"
    ),
    "muendlich_alltag_verstaendigung": _b(
        "Verständigt sich im Alltag ohne nennenswerte Probleme mündlich auf Deutsch",
        "Mündliche Verständigung im Alltag nachweisen (Gespräch bei der Behörde, Bescheinigung)",
    ),
    "sprache_haerte_nachgewiesen": _b(
        "Nachgewiesen, dass B1 trotz ernsthafter und nachhaltiger Bemühungen nicht erreichbar ist",
        "Bemühungen belegen (Kursbescheinigungen, Prüfungsversuche, ärztliche oder pädagogische Stellungnahmen)",
    ),
    "einbuergerungstest_punkte": _n(
        int, "Richtige Antworten im Einbürgerungstest oder Test „Leben in Deutschland“ (von 33)",
        "Testbescheinigung des BAMF mit Punktzahl erfragen; sonst Anmeldung zum Einbürgerungstest (Volkshochschule)", "Punkte",
    ),
    "kenntnisse_unmoeglich_krankheit_alter": _b(
        "Kann Kenntnisse der Rechts- und Gesellschaftsordnung wegen Krankheit, Behinderung oder Alter nicht erwerben",
        "Ärztliches Attest erfragen",
    ),
    "integrationskurs_erfolgreich": _b(
        "Erfolgreiche Teilnahme am Integrationskurs (Bescheinigung des BAMF)", "Zertifikat Integrationskurs erfragen"
    ),
    "anhaltspunkte_verfassungsfeindlich": _b(
        "Tatsächliche Anhaltspunkte für verfassungsfeindliche oder sicherheitsgefährdende Bestrebungen",
        "Mit der Einbürgerungsbehörde klären, ob Erkenntnisse der Sicherheitsbehörden vorliegen (Regelanfrage ab 16 Jahren)",
    ),
    "abwendung_glaubhaft": _b(
        "Glaubhafte Abwendung von früheren Bestrebungen", "Erfragen und belegen, wie sich die Person von früheren Bestrebungen abgewandt hat"
    ),
    "anhaltspunkte_bekenntnis_unrichtig": _b(
        "Tatsächliche Anhaltspunkte, dass das Bekenntnis (Nr. 1 oder 1a) inhaltlich unrichtig ist",
        "Mit der Einbürgerungsbehörde klären, ob Zweifel am Bekenntnis bestehen (Äußerungen, Kontakte)",
    ),
    "ausweisungsinteresse_54_1_nr2_oder_4": _b(
        "Besonders schwerwiegendes Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2 oder 4 AufenthG",
        "Mit der Ausländerbehörde klären, ob Erkenntnisse nach § 54 Abs. 1 Nr. 2 (Gefährdung der Sicherheit, Terrorismus) oder Nr. 4 (Gewalt zu politischen oder religiösen Zielen) vorliegen",
    ),
    "mehrehe": _b("Gleichzeitig mit mehreren Ehegatten verheiratet", "Familienstand und alle bestehenden Ehen erfragen"),
    "missachtung_gleichberechtigung": _b(
        "Verhalten, das die Gleichberechtigung von Mann und Frau missachtet", "Mit der Einbürgerungsbehörde klären, ob Erkenntnisse vorliegen"
    ),
    "sperrgrund_35a": _b(
        "Frühere Einbürgerung unanfechtbar zurückgenommen oder Täuschung, Drohung, Bestechung bzw. falsche Angaben festgestellt (§ 35a StAG)",
        "Erfragen, ob eine frühere Einbürgerung zurückgenommen oder im Verfahren eine Täuschung festgestellt wurde, und wann",
    ),
    "sperrgrund_35a_monate_seit": _n(
        int, "Zeit seit der Rücknahme bzw. Feststellung nach § 35a StAG", "Datum der Rücknahme bzw. Feststellung erfragen", "Monate"
    ),
    "antrag_einbuergerung_vor_35a": _b(
        "Einbürgerungsantrag vor dem Inkrafttreten des § 35a StAG (25.12.2025) gestellt", "Tag des Einbürgerungsantrags erfragen (Eingangsbestätigung)"
    ),
    "minderjaehriges_kind_im_haushalt": _b(
        "Lebt mit einem minderjährigen Kind in familiärer Gemeinschaft", "Kinder erfragen: Geburtsdatum, im Haushalt?"
    ),
}

# dates the statute names, parameters with their Fundstelle (rules/parameter/):
# § 40a StAG: applications filed up to this day keep the old Nr. 3 where it is more favourable
ANTRAG_40A_BIS = "antrag_einbuergerung_40a_bis"
# § 35a StAG: the day it came into force (not checked against the BGBl.)
INKRAFT_35A = "inkrafttreten_35a_stag"


def _angabe(f: "Fakten", name: str, value: Optional[bool]) -> None:
    f.set(name, value, f"Angabe: {_ja(value)}")


def ableiten(s: "Sachverhalt", f: "Fakten", zeitachse: tuple, parameter: Optional[Mapping[str, Any]] = None) -> None:
    """Add this module's facts to ``f``."""
    e = s.einbuergerung
    _handlungsfaehigkeit(s, f, parameter or {})
    _identitaet(s, f)
    periods, cur = zeitachse
    _aufenthalt(s, f, periods, parameter or {})
    _aufenthaltsrecht(s, f, cur)
    _lebensunterhalt(s, f, parameter or {})
    _strafen(s, f)
    _sprache_und_kenntnisse(s, f)
    _sperrfrist(s, f)
    for name in ("bekenntnis_verantwortung", "aufgabe_staatsangehoerigkeit", "mehrstaatigkeit_hinzunehmen",
                 "leistungsbezug_nicht_zu_vertreten", "gastarbeiter_oder_vertragsarbeitnehmer", "massregel_schuldunfaehigkeit",
                 "integrationskurs_erfolgreich", "altersgemaesse_sprachentwicklung", "muendlich_alltag_verstaendigung",
                 "sprache_haerte_nachgewiesen", "kenntnisse_unmoeglich_krankheit_alter", "anhaltspunkte_verfassungsfeindlich",
                 "abwendung_glaubhaft", "anhaltspunkte_bekenntnis_unrichtig", "mehrehe", "missachtung_gleichberechtigung",
                 "gesetzlich_vertreten", "pass_beschaffung_unzumutbar"):
        _angabe(f, name, getattr(e, name))
    # § 11 Satz 1 Nr. 2: the general field covers § 54 Abs. 1 Nr. 2–5; "nein" there rules Nr. 2 and 4 out
    nr24 = e.ausweisungsinteresse_54_1_nr2_oder_4
    if nr24 is None and s.sonstiges_ausweisungsinteresse is False:
        f.set("ausweisungsinteresse_54_1_nr2_oder_4", False, "kein Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2–5 angegeben")
    elif nr24 is None and s.sonstiges_ausweisungsinteresse is True:
        f.set("ausweisungsinteresse_54_1_nr2_oder_4", None,
              "ein Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2–5 ist angegeben; ob es Nr. 2 oder 4 ist, ist offen")
    else:
        _angabe(f, "ausweisungsinteresse_54_1_nr2_oder_4", nr24)
    stand = s.haushalt.familienstand
    if e.mehrehe is None and stand is not None and stand.value in ("ledig", "geschieden", "verwitwet"):
        f.set("mehrehe", False, f"Familienstand: {stand.value}")


# --- person ---------------------------------------------------------------------------------------
HANDLUNGSFAEHIG_AB = "handlungsfaehig_stag_ab_jahre"  # parameter: the age of § 34 Satz 1 StAG


def _handlungsfaehigkeit(s: "Sachverhalt", f: "Fakten", parameter: Mapping[str, Any]) -> None:
    geb = s.person.geburtsdatum
    eingeschraenkt = s.einbuergerung.handlungsfaehigkeit_eingeschraenkt
    grenze = gesetzesdaten.wert_am(parameter, HANDLUNGSFAEHIG_AB, f.stichtag)
    if geb is None or grenze is None:
        f.set("handlungsfaehig", None, "Geburtsdatum nicht erfasst" if geb is None else f"Parameter {HANDLUNGSFAEHIG_AB} fehlt")
        return
    alter = age(geb, f.stichtag)
    if alter < grenze.wert:
        f.set("handlungsfaehig", False, f"{alter} Jahre alt: unter {int(grenze.wert)} nicht handlungsfähig ({grenze.fundstelle})")
    else:
        f.set("handlungsfaehig", None if eingeschraenkt is None else not eingeschraenkt,
              f"{alter} Jahre alt; geschäftsunfähig oder Betreuung mit Einwilligungsvorbehalt: {_ja(eingeschraenkt)}")
        if eingeschraenkt is None:  # the birth date is in the file: ask only for what is missing
            f.fragen["handlungsfaehig"] = "Erfragen, ob eine Betreuung mit Einwilligungsvorbehalt besteht oder die Person geschäftsunfähig ist"



def _identitaet(s: "Sachverhalt", f: "Fakten") -> None:
    i = s.identitaet
    p = i.pass_
    if i.geklaert is False:
        f.set("identitaet_durch_pass_belegt", False, "die Identität gilt nach der Angabe als nicht geklärt")
    elif p is None or p.vorhanden is None:
        f.set("identitaet_durch_pass_belegt", None, "Pass nicht erfasst")
    elif p.vorhanden:
        f.set("identitaet_durch_pass_belegt", True,
              "Pass vorhanden" + (f" (gültig bis {format_datum(p.gueltig_bis)})" if p.gueltig_bis else ""))
    else:
        f.set("identitaet_durch_pass_belegt", False,
              "kein Pass" + (f"; beantragt am {format_datum(p.beantragt_am)}" if p.beantragt_am else ""))
    kinder = s.haushalt.kinder
    if kinder is None:
        f.set("minderjaehriges_kind_im_haushalt", None, "Kinder nicht erfasst")
    else:
        flags = [_all3([None if k.geburtsdatum is None else age(k.geburtsdatum, f.stichtag) < 18, k.im_haushalt]) for k in kinder]
        value = _any3(flags)
        f.set("minderjaehriges_kind_im_haushalt", value, f"{len(kinder)} Kind(er) erfasst; minderjährig und im Haushalt: {_ja(value)}")


# --- residence ------------------------------------------------------------------------------------
def _kind_strict(p: Statuszeitraum) -> Optional[str]:
    if p.status == Statusart.niederlassungserlaubnis:
        return "Q"
    if p.status in (Statusart.aufenthaltserlaubnis, Statusart.fiktionsbescheinigung):
        return None if p.norm == "104c" else "Q"
    if p.status == Statusart.aufenthaltsgestattung and p.schutz_zuerkannt is True:
        return "Q"
    return None


def _kind_lenient(p: Statuszeitraum) -> Optional[str]:
    if _kind_strict(p) is not None:
        return "Q"
    if p.status in (Statusart.aufenthaltserlaubnis, Statusart.fiktionsbescheinigung, Statusart.visum):
        return "Q"  # § 104c time (offene Rechtsfrage stag-104c-zeiten) and visa: whether they count is open
    if p.status == Statusart.aufenthaltsgestattung and p.schutz_zuerkannt is None:
        return "Q"  # counts only if protection was granted later: outcome unknown
    if p.status == Statusart.kein_status:
        return "P"  # § 12b Abs. 3: a gap caused by a late application is disregarded
    return None


def _offen(p: Statuszeitraum) -> str:
    von = format_datum(p.von)
    bis = f"–{format_datum(p.bis)}" if p.bis else " bis heute"
    if p.status == Statusart.aufenthaltsgestattung:
        return f"Aufenthaltsgestattung {von}{bis} (zählt nur, wenn später Schutz zuerkannt wurde)"
    if p.status == Statusart.visum:
        return f"Visum {von}{bis}"
    if p.status == Statusart.kein_status:
        return f"kein Status {von}{bis} (unschädlich nur nach § 12b Abs. 3 StAG: verspäteter Antrag)"
    return f"Aufenthaltserlaubnis nach § 104c {von}{bis} (Anrechnung offen, offene Rechtsfrage stag-104c-zeiten)"


def _aufenthalt(s: "Sachverhalt", f: "Fakten", periods: list[Statuszeitraum], parameter: Mapping[str, Any]) -> None:
    st = f.stichtag
    abroad = s.auslandsaufenthalte
    if abroad is None:
        for name in ("auslandsaufenthalte_monate_5_jahre", "auslandsaufenthalte_monate_3_jahre"):
            f.set(name, None, "Auslandsaufenthalte nicht erfasst")
    else:
        for name, jahre in (("auslandsaufenthalte_monate_5_jahre", 5), ("auslandsaufenthalte_monate_3_jahre", 3)):
            beginn = add_months(st, -12 * jahre)
            tage = sum(max(0, (min(a.bis, st) - max(a.von, beginn)).days + 1) for a in abroad if a.bis >= beginn and a.von <= st)
            f.set(name, tage / 30, f"{tage} Tage im Ausland seit {format_datum(beginn)}")
    if s.aufenthalt is None:
        for name in ("rechtmaessiger_aufenthalt_monate", "rechtmaessiger_aufenthalt_monate_grosszuegig",
                     "rechtmaessiger_aufenthalt_monate_mit_anrechnung"):
            f.set(name, None, "keine Aufenthaltshistorie erfasst")
        return
    lang = [a for a in (abroad or []) if not within_months(a.von, a.bis, 6)]
    kurz = len(abroad or []) - len(lang)
    pieces = residence.pieces(periods, lang, st)
    strict = residence.chain(residence.classify(pieces, _kind_strict), st, 0, count_gaps=False)
    notiz = ("; Auslandsaufenthalte nicht erfasst (als keine gewertet)" if abroad is None
             else (f"; {kurz} Auslandsaufenthalt(e) bis sechs Monate unterbrechen nicht (§ 12b Abs. 1 Satz 1 StAG)" if kurz else ""))
    notiz_lang = "".join(f"; Auslandsaufenthalt {format_datum(a.von)}–{format_datum(a.bis)} über sechs Monate unterbricht (§ 12b Abs. 1 StAG)"
                         for a in lang if a.von <= st)
    f.set("rechtmaessiger_aufenthalt_monate", strict.months,
          lambda: residence.describe(strict, st, "rechtmäßiger Aufenthalt")
          + notiz + notiz_lang)
    segs = residence.classify(pieces, _kind_lenient)
    segs += [residence.Segment(a.von, min(a.bis, st), "P") for a in lang if a.von <= st]
    segs.sort(key=lambda seg: seg.start)
    lenient = residence.chain(segs, st, 0, count_gaps=False)

    def wie() -> str:
        text = residence.describe(lenient, st, "großzügig gezählt")
        beginn = lenient.start or st
        offen = [_offen(p) for p in periods if _kind_strict(p) is None and _kind_lenient(p) is not None
                 and (p.bis is None or p.bis >= beginn) and p.von <= st]
        offen += [f"Auslandsaufenthalt {format_datum(a.von)}–{format_datum(a.bis)} über sechs Monate (unschädlich nur bei Wiedereinreise in der von der Ausländerbehörde bestimmten Frist, § 12b Abs. 1 Satz 2 StAG)"
                  for a in lang if a.von <= st and a.bis >= beginn]
        return text + ("; Anrechnung offen für: " + "; ".join(offen) if offen else "")

    f.set("rechtmaessiger_aufenthalt_monate_grosszuegig", lenient.months, wie)
    _anrechnung(f, segs, lenient, parameter)


ANRECHNUNG = "anrechnung_frueherer_aufenthalt_hoechstens_monate"  # the ceiling of § 12b Abs. 2 (rules/parameter/)


def _anrechnung(f: "Fakten", segs: list, lenient: residence.Chain, parameter: Mapping[str, Any]) -> None:
    """§ 12b Abs. 3 Satz 2 with Abs. 2 StAG: the generous count plus the lawful time before the interruption
    that ended the earlier residence (every counting segment before the chain), at most the ceiling. The
    separate periods are added with the month at 30 days (§ 191 BGB), as the generous count adds its pieces."""
    st = f.stichtag
    name = "rechtmaessiger_aufenthalt_monate_mit_anrechnung"
    grenze = parameterwert(parameter, ANRECHNUNG, st)
    if grenze is None:
        f.set(name, None, f"für den {format_datum(st)} ist keine Höchstgrenze der Anrechnung nach § 12b Abs. 2 StAG hinterlegt")
        return
    beginn = lenient.start or st + residence.ONE_DAY
    frueher = [seg for seg in segs if seg.kind == "Q" and seg.start < beginn]
    hoechstens = int(grenze.wert)
    if not frueher:
        f.set(name, lenient.months, lambda: f"keine rechtmäßige Zeit vor einer Unterbrechung erfasst: {months_text(lenient.months or 0)} "
              "wie großzügig gezählt")
        return
    jetzt_m, jetzt_t = residence.monate_tage([seg for seg in segs if seg.kind == "Q" and seg.start >= beginn], st)
    frueher_m, frueher_t = residence.monate_tage(frueher, beginn)
    if frueher_m + frueher_t // 30 >= hoechstens:
        anrechenbar_m, anrechenbar_t = hoechstens, 0
    else:
        anrechenbar_m, anrechenbar_t = frueher_m, frueher_t
    wert = max(lenient.months or 0, jetzt_m + anrechenbar_m + (jetzt_t + anrechenbar_t) // 30)

    def wie() -> str:
        zeiten = ", ".join(f"{format_datum(seg.start)}–{format_datum(min(seg.end, beginn - residence.ONE_DAY))}" for seg in frueher)
        return (f"{months_text(wert)}: seit der letzten Unterbrechung {months_text(jetzt_m)} und {jetzt_t} Tage (großzügig gezählt), "
                f"dazu frühere rechtmäßige Zeit {zeiten} ({months_text(frueher_m)} und {frueher_t} Tage, anrechenbar höchstens "
                f"{months_text(hoechstens)}: {grenze.fundstelle}); getrennte Zeiträume mit dem Monat zu 30 Tagen (§ 191 BGB); "
                "ob die Behörde die frühere Zeit anrechnet, ist Ermessen")

    f.set(name, wert, wie)


_PARAGRAPH = re.compile(r"(\d+(?:[a-z](?![a-z]))?)(?:(?:absatz|abs)(\d+(?:[a-z](?![a-z]))?)\S*)?")
# § 10 Abs. 1 Satz 1 Nr. 2 StAG: purposes that do not open naturalisation (wording of the versions since 27.06.2024 and until 26.06.2024)
_AUSGESCHLOSSEN = {"16a", "16b", "16d", "16e", "16f", "17", "18f", "19", "19b", "19e", "20", "20a", "22", "23a", "24", "104c"}
_AUSGESCHLOSSEN_ALT = _AUSGESCHLOSSEN | {"18d"}  # bis 26.06.2024 außerdem § 23 Abs. 1


def titel_zugelassen(paragraph: Optional[str], alt: bool) -> Optional[bool]:
    """Whether an Aufenthaltserlaubnis under ``paragraph`` may lead to naturalisation (Nr. 2); None if unclear.

    >>> titel_zugelassen("§ 25b", False), titel_zugelassen("25 Abs. 5", False), titel_zugelassen("§ 104c", False)
    (True, False, False)
    >>> titel_zugelassen("§ 23 Abs. 1", True), titel_zugelassen("§ 23 Abs. 1", False), titel_zugelassen("§ 25", False)
    (False, True, None)
    >>> titel_zugelassen("§ 25 Abs. 3 Satz 1", False), titel_zugelassen("25 Absatz 2", False), titel_zugelassen("§ 18d", True)
    (False, True, False)
    """
    if paragraph is None:
        return None
    kompakt = paragraph.lower().replace("§", "").replace("aufenthg", "").replace(" ", "").replace(".", "")
    m = _PARAGRAPH.fullmatch(kompakt)
    if m is None:
        return None
    basis, absatz = m.group(1), m.group(2)
    if basis in (_AUSGESCHLOSSEN_ALT if alt else _AUSGESCHLOSSEN):
        return False
    if basis == "25" or (alt and basis == "23"):
        if absatz is None:
            return None
        if basis == "25":
            return absatz not in ("3", "4", "4a", "4b", "5")
        return absatz != "1"
    return True


def _aufenthaltsrecht(s: "Sachverhalt", f: "Fakten", cur: Optional[Statuszeitraum]) -> None:
    st = f.stichtag
    for name, alt in (("aufenthaltsrecht_nr2", False), ("aufenthaltsrecht_nr2_alt", True)):
        if s.aufenthalt is None or cur is None:
            f.set(name, None, "kein Status für den Stichtag erfasst")
            continue
        am = f"am {format_datum(st)}: "
        if cur.status == Statusart.niederlassungserlaubnis:
            f.set(name, True, am + "Niederlassungserlaubnis (unbefristetes Aufenthaltsrecht)")
        elif cur.status == Statusart.aufenthaltserlaubnis:
            value = titel_zugelassen(cur.paragraph, alt)
            if cur.paragraph is None:
                how = am + "Aufenthaltserlaubnis ohne Angabe des Paragraphen"
            else:
                zusatz = {False: " (Zweck nach Nr. 2 ausgeschlossen)", None: " (Paragraph bzw. Absatz unklar)"}.get(value, "")
                how = am + f"Aufenthaltserlaubnis nach § {cur.norm}{zusatz}"
            f.set(name, value, how)
        elif cur.status == Statusart.fiktionsbescheinigung:
            f.set(name, None, am + "Fiktionsbescheinigung: welcher Titel fortbesteht oder beantragt ist, ist zu klären "
                  "(Köln akzeptiert sie nicht als aktuellen Nachweis)")
        elif cur.status == Statusart.visum:
            f.set(name, None, am + "Visum: Zweck des Titels klären")
        else:
            f.set(name, False, am + {Statusart.aufenthaltsgestattung: "Aufenthaltsgestattung", Statusart.kein_status: "kein Aufenthaltsstatus"}
                  .get(cur.status, "Duldung") + " (kein Aufenthaltstitel)")


# --- livelihood -----------------------------------------------------------------------------------
def _lebensunterhalt(s: "Sachverhalt", f: "Fakten", parameter: Mapping[str, Any]) -> None:
    st = f.stichtag
    lu = s.lebensunterhalt
    sgb = None if lu.leistungen is None else any(l.art in (Leistungsart.sgb2, Leistungsart.sgb12) for l in lu.leistungen)
    wohngeld = sum(l.betrag_eur_monat or 0 for l in lu.leistungen or [] if l.art == Leistungsart.wohngeld)
    einkommen = None if lu.einkommen is None else sum(e.betrag_eur_monat for e in lu.einkommen) + wohngeld
    if sgb:
        f.set("lebensunterhalt_ohne_sgb2_sgb12", False, "bezieht Leistungen nach SGB II oder SGB XII")
    elif lu.bedarf_eur_monat is None or einkommen is None:
        f.set("lebensunterhalt_ohne_sgb2_sgb12", None, "Bedarf oder Einkommen nicht erfasst")
    else:
        gedeckt = einkommen >= lu.bedarf_eur_monat
        f.set("lebensunterhalt_ohne_sgb2_sgb12", gedeckt,
              f"Einkommen {_euro(einkommen)} (mit Kindergeld, Unterhalt, Rente, ALG I, Wohngeld) bei Bedarf {_euro(lu.bedarf_eur_monat)}: "
              + ("gedeckt" if gedeckt else "nicht gedeckt, Anspruch auf Leistungen nach SGB II/XII"))
    zeiten = s.einbuergerung.erwerbszeiten
    if zeiten is None:
        f.set("vollzeit_erwerbstaetig", None, "Erwerbszeiten nicht erfasst")
        f.set("vollzeit_monate_letzte_24", None, "Erwerbszeiten nicht erfasst")
    else:
        laufend = [z for z in zeiten if z.von <= st and (z.bis is None or z.bis >= st)]
        jetzt = _any3(z.vollzeit for z in laufend) if laufend else False
        f.set("vollzeit_erwerbstaetig", jetzt,
              f"am {format_datum(st)}: " + ("keine laufende Erwerbstätigkeit" if not laufend else
                                            "; ".join(f"seit {format_datum(z.von)}, Vollzeit: {_ja(z.vollzeit)}" for z in laufend)))
        beginn = add_months(st, -24)
        im_fenster = [z for z in zeiten if z.von < st and (z.bis is None or z.bis >= beginn)]
        if any(z.vollzeit is None for z in im_fenster):
            f.set("vollzeit_monate_letzte_24", None, "für eine Erwerbszeit der letzten 24 Monate ist unbekannt, ob sie Vollzeit war")
        else:
            monate = _monate_im_fenster([(max(z.von, beginn), z.bis if z.bis is not None and z.bis < st else st) for z in im_fenster if z.vollzeit], beginn, st)
            f.set("vollzeit_monate_letzte_24", monate,
                  lambda: f"{months_text(monate)} Vollzeit zwischen {format_datum(beginn)} und {format_datum(st)} (Fenster endet am Stichtag; "
                  "ob es am Antrag oder an der Entscheidung endet, ist offen)")
    partner = s.haushalt.partner
    if s.haushalt.familienstand is not None and s.haushalt.familienstand.value in ("ledig", "geschieden", "verwitwet"):
        partner_ok: Optional[bool] = False
    elif partner is None:
        partner_ok = None
    else:
        partner_ok = _all3([partner.art in (Partnerart.ehegatte, Partnerart.lebenspartner), partner.im_haushalt])
    kind = f.werte.get("minderjaehriges_kind_im_haushalt") if "minderjaehriges_kind_im_haushalt" in f.werte else None
    c = _all3([partner_ok, s.einbuergerung.partner_vollzeit_20_von_24_monaten, kind])
    f.set("partner_vollzeit_mit_minderjaehrigem_kind", c,
          f"Ehegatte/Lebenspartner im Haushalt: {_ja(partner_ok)}; dieser jetzt und 20 von 24 Monaten in Vollzeit: "
          f"{_ja(s.einbuergerung.partner_vollzeit_20_von_24_monaten)}; minderjähriges Kind im Haushalt: {_ja(kind)}")
    antraege = s.antraege
    if antraege is None:
        f.set("antrag_einbuergerung_bis_23_08_2023", None, "gestellte Anträge nicht erfasst")
        f.set("antrag_einbuergerung_vor_35a", None, "gestellte Anträge nicht erfasst")
    else:
        tage = [a.gestellt_am for a in antraege if a.norm.value == "stag_10"]
        how = ("Einbürgerungsantrag gestellt am " + ", ".join(format_datum(t) for t in tage)) if tage else "kein Einbürgerungsantrag erfasst"
        for name, tag, vorher in (("antrag_einbuergerung_bis_23_08_2023", ANTRAG_40A_BIS, lambda t, d: t <= d),
                                  ("antrag_einbuergerung_vor_35a", INKRAFT_35A, lambda t, d: t < d)):
            d = gesetzesdaten.datum(parameter, tag, st)
            f.set(name, None if d is None else any(vorher(t, d) for t in tage),
                  how if d is not None else f"{how}; Parameter „{tag}“ ist nicht geladen (rules/parameter/)")


def _monate_im_fenster(stuecke: list[tuple[date, date]], beginn: date, ende: date) -> int:
    """Full months covered by the (possibly overlapping) periods [von, bis] inside [beginn, ende);
    when the time is split into several pieces, their leftover days are added at 30 days a month (§ 191 BGB).

    >>> _monate_im_fenster([(date(2024, 3, 16), date(2025, 11, 15))], date(2023, 11, 15), date(2025, 11, 15))
    19
    >>> _monate_im_fenster([(date(2023, 11, 15), date(2024, 1, 29)), (date(2024, 3, 1), date(2025, 11, 15))], date(2023, 11, 15), date(2025, 11, 15))
    22
    """
    tage = sorted((max(a, beginn), min(b, ende)) for a, b in stuecke if b >= beginn and a < ende)
    merged: list[list[date]] = []
    for a, b in tage:
        if merged and a <= merged[-1][1] + (date.resolution):
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    monate = rest = 0
    for a, b in merged:
        stop = b if b >= ende else b + date.resolution  # the Stichtag itself is not counted
        m = full_months(a, stop)
        monate += m
        rest += (stop - add_months(a, m)).days if m else (stop - a).days
    return monate + (rest // 30 if len(merged) > 1 else 0)


def _euro(value: float) -> str:
    return f"{value:,.2f} €".replace(",", "#").replace(".", ",").replace("#", ".")


# --- convictions (§ 12a StAG) ---------------------------------------------------------------------
def _strafen(s: "Sachverhalt", f: "Fakten") -> None:
    if s.verurteilungen is None:
        f.set("verurteilung_ausserhalb_bagatellgrenze", None, "Verurteilungen nicht erfasst")
        f.set("strafen_summe_tagessaetze", None, "Verurteilungen nicht erfasst")
        return
    summe = 0
    flags: list[Optional[bool]] = []
    notes: list[str] = []
    for n, v in enumerate(s.verurteilungen, start=1):
        ts, fs, js = v.tagessaetze or 0, v.freiheitsstrafe_monate or 0, v.jugendstrafe_monate or 0
        if v.tagessaetze is None and v.freiheitsstrafe_monate is None and v.jugendstrafe_monate is None:
            flags.append(None)
            notes.append(f"Nr. {n}: Strafmaß nicht erfasst")
            continue
        if v.jugendstrafrecht and ts == 0 and fs == 0 and js == 0:
            flags.append(False)
            notes.append(f"Nr. {n}: nur Erziehungsmaßregeln oder Zuchtmittel (bleiben außer Betracht, § 12a Abs. 1 Satz 1 Nr. 1)")
            continue
        flag: Optional[bool] = False
        if v.im_inland is not True:
            flag = None
            notes.append(f"Nr. {n}: " + ("ausländische Verurteilung: zählt nur, wenn die Tat auch in Deutschland strafbar ist, das Verfahren rechtsstaatlich und die Strafe verhältnismäßig war und sie nicht tilgungsreif ist (§ 12a Abs. 2)"
                                         if v.im_inland is False else "ob im Inland verurteilt, ist unbekannt"))
        if v.motiv_menschenverachtend:
            flag = True
            notes.append(f"Nr. {n}: im Urteil festgestelltes antisemitisches, rassistisches oder menschenverachtendes Motiv (§ 12a Abs. 1 Satz 2)")
        elif v.motiv_menschenverachtend is None:
            flag = None if flag is False else flag
            notes.append(f"Nr. {n}: ob das Urteil ein menschenverachtendes Motiv feststellt, ist unbekannt")
        for monate, art in ((fs, "Freiheitsstrafe"), (js, "Jugendstrafe")):
            if not monate:
                continue
            if v.bewaehrung is False:
                flag = True
                notes.append(f"Nr. {n}: {art} {monate} Monate ohne Bewährung")
            elif v.bewaehrung is True and v.strafe_erlassen is True:
                summe += 30 * monate
                notes.append(f"Nr. {n}: {art} {monate} Monate auf Bewährung, erlassen = {30 * monate} Tage")
            elif v.bewaehrung is True and v.strafe_erlassen is False:
                flag = True
                notes.append(f"Nr. {n}: {art} {monate} Monate auf Bewährung, noch nicht erlassen (§ 12a Abs. 1 Satz 1 Nr. 3 verlangt den Erlass)")
            else:
                flag = True if flag is True else None
                notes.append(f"Nr. {n}: {art} {monate} Monate; Bewährung oder Straferlass unbekannt")
        if ts:
            summe += ts
            notes.append(f"Nr. {n}: Geldstrafe {ts} Tagessätze")
        flags.append(flag)
    value = _any3(flags) if flags else False
    f.set("verurteilung_ausserhalb_bagatellgrenze", value,
          "keine Verurteilungen" if not s.verurteilungen else "; ".join(notes))
    f.set("strafen_summe_tagessaetze", summe,
          "keine Verurteilungen" if not s.verurteilungen else f"zusammengezählt {summe} Tagessätze (§ 12a Abs. 1 Satz 3)")


# --- language and knowledge -----------------------------------------------------------------------
def _sprache_und_kenntnisse(s: "Sachverhalt", f: "Fakten") -> None:
    nachweise = s.sprache.nachweise
    if nachweise is None:
        f.set("deutsch_stufe_muendlich_und_schriftlich", None, "keine Angaben zu Deutschkenntnissen")
    else:
        oral = max((n.niveau.stufe for n in nachweise if n.muendlich), default=0)
        written = max((n.niveau.stufe for n in nachweise if n.schriftlich), default=0)
        f.set("deutsch_stufe_muendlich_und_schriftlich", min(oral, written),
              f"höchste Stufe mündlich: {oral}, schriftlich: {written} (1 = A1 … 3 = B1 … 5 = C1)")
    b = s.bildung
    f.set("deutscher_schul_oder_berufsabschluss", _any3([b.deutscher_schulabschluss, b.berufsabschluss_deutschland]),
          f"deutscher Schulabschluss: {_ja(b.deutscher_schulabschluss)}; Berufsabschluss in Deutschland: {_ja(b.berufsabschluss_deutschland)}")
    _angabe(f, "deutscher_schulabschluss", b.deutscher_schulabschluss)
    punkte = [p for p in (s.einbuergerung.einbuergerungstest_punkte, s.leben_in_deutschland_test.punkte) if p is not None]
    if punkte:
        f.set("einbuergerungstest_punkte", max(punkte), f"{max(punkte)} von 33 Punkten")
    else:
        bestanden = s.leben_in_deutschland_test.bestanden
        f.set("einbuergerungstest_punkte", None,
              "keine Punktzahl erfasst" + ("" if bestanden is None else f" (Test „Leben in Deutschland“ bestanden: {_ja(bestanden)})"))


def _sperrfrist(s: "Sachverhalt", f: "Fakten") -> None:
    e = s.einbuergerung
    _angabe(f, "sperrgrund_35a", e.sperrgrund_35a)
    if e.sperrgrund_35a_am is None:
        f.set("sperrgrund_35a_monate_seit", None, "Datum der Rücknahme bzw. Feststellung nicht erfasst")
    else:
        monate = full_months(e.sperrgrund_35a_am, f.stichtag)
        f.set("sperrgrund_35a_monate_seit", monate,
              lambda: f"Rücknahme bzw. Feststellung am {format_datum(e.sperrgrund_35a_am)}: {months_text(monate)} bis {format_datum(f.stichtag)}")


def verurteilungsfakten(s: "Sachverhalt", f: "Fakten") -> None:
    """Only this module's facts that are derived from the convictions (:func:`kimrules.fakten.derive.derive`
    derives them again without convictions whose use is open)."""
    _strafen(s, f)
