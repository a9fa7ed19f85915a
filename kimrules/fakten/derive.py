"""Derive engine facts from a client file on a Stichtag (pure, no clock).

``derive(sachverhalt, stichtag)`` returns :class:`Fakten`: the values the rules
test (an unknown fact is simply absent) and, per fact, a German sentence saying
how it was obtained. Every name is declared in :mod:`kimrules.fakten.catalog`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Collection, Iterable, Iterator, Mapping, Optional, Union

from kimrules.fakten import lebensunterhalt

from kimrules.fakten import bzrg, residence
from kimrules.fakten.aufenthaltszeiten import NICHT, OFFEN, ZAEHLT, bewertung, offene_zeiten
from kimrules.basis.dates import age, format_datum, months_text
from kimrules.akte.facts import DULDUNGEN, Sachverhalt, Statusart, Statuszeitraum
from kimrules.fakten.typen import (  # noqa: F401  (re-exported for callers of derive)
    Value, Herleitung, Fakten, any3, all3, _JA, _ja, STATUS_TEXT, euro, prozent, _QUALIFYING,
)

def _current(periods: list[Statuszeitraum], stichtag: date) -> Optional[Statuszeitraum]:
    for p in periods:
        if p.von <= stichtag and (p.bis is None or p.bis >= stichtag):
            return p
    return None


# Below this age a child is certainly not of school age (Schulpflicht begins at about six in
# every Land; the exact rule is Landesrecht and not modelled, so a safe margin is used).
SCHULALTER_SICHER_NICHT = 5

def _timeline(s: Sachverhalt, stichtag: date) -> tuple[list[Statuszeitraum], Optional[Statuszeitraum]]:
    """The status periods sorted by start, and the one current on the Stichtag."""
    periods = sorted(s.aufenthalt or [], key=lambda p: p.von)
    return periods, _current(periods, stichtag)


def _status_facts(s: Sachverhalt, f: Fakten, timeline: Optional[tuple] = None) -> None:
    st = f.stichtag
    if s.aufenthalt is None:
        for name in ("geduldet", "inhaber_ae_104c", "inhaber_ae_25_abs5_oder_23a", "voraufenthalt_monate", "voraufenthalt_monate_mit_60b",
                     "voraufenthalt_monate_grosszuegig", "duldung_60d_monate"):
            f.set(name, None, "keine Statushistorie erfasst")
        return
    periods, cur = timeline or _timeline(s, st)
    pieces = None
    if cur is None or cur.status == Statusart.kein_status:
        how = f"für den {format_datum(st)} ist kein Status erfasst"
        f.set("geduldet", None, how + "; Anspruch auf Duldung prüfen")
        f.set("inhaber_ae_104c", None if cur is None else False, how)
        f.set("inhaber_ae_25_abs5_oder_23a", None if cur is None else False, how)
        for name in ("voraufenthalt_monate", "voraufenthalt_monate_mit_60b", "voraufenthalt_monate_grosszuegig"):
            f.set(name, None, how)
    else:
        def am() -> str:
            label = STATUS_TEXT[cur.status] + (f" nach § {cur.norm}" if cur.norm else "")
            return f"am {format_datum(st)}: {label} seit {format_datum(cur.von)}"

        f.set("geduldet", cur.status in DULDUNGEN, am)
        # a Fiktionsbescheinigung for a § 104c permit continues it (§ 81 Abs. 4 Satz 1 AufenthG)
        ist_104c = cur.status in (Statusart.aufenthaltserlaubnis, Statusart.fiktionsbescheinigung) and cur.norm == "104c"
        fiktion = " (gilt nach § 81 Abs. 4 Satz 1 AufenthG als fortbestehend)" if ist_104c and cur.status == Statusart.fiktionsbescheinigung else ""
        f.set("inhaber_ae_104c", ist_104c, lambda: am() + fiktion)
        kompakt = (cur.norm or "").replace(" ", "").replace(".", "")
        humanitaer = cur.status == Statusart.aufenthaltserlaubnis and kompakt in ("25abs5", "23a")
        f.set("inhaber_ae_25_abs5_oder_23a", humanitaer, am)
        abroad = s.auslandsaufenthalte or []
        note_abroad = "" if s.auslandsaufenthalte is not None else "; Auslandsaufenthalte nicht erfasst (als keine gewertet)"

        # which period counts for § 25a and § 25b: aufenthaltszeiten.bewertung (BVerwG 1 C 34.18, Leitsatz 4)
        def kind_strict(p: Statuszeitraum) -> Optional[str]:
            if p.status == Statusart.duldung_60b:
                return None
            return "Q" if bewertung(p, "25b")[0] == ZAEHLT else None

        def kind_with_60b(p: Statuszeitraum) -> Optional[str]:
            return "Q" if p.status == Statusart.duldung_60b else kind_strict(p)

        def kind_lenient(p: Statuszeitraum) -> Optional[str]:
            if p.status == Statusart.duldung_60b:
                return "P"
            return "Q" if bewertung(p, "25b")[0] != NICHT else None

        pieces = residence.pieces(periods, abroad, st)  # shared by the three ways of counting
        streng, grosszuegig = residence.luecken_regeln(
            [(a.von, a.bis) for a in abroad], [(a, b) for a, b, p in pieces if bewertung(p, "25b")[0] == NICHT])
        strict = residence.chain(residence.classify(pieces, kind_strict), st, 1, count_gaps=False, bridgeable=streng)
        f.set("voraufenthalt_monate", strict.months,
              lambda: residence.describe(strict, st, "geduldet, gestattet oder erlaubt (ohne § 60b)") + note_abroad)
        with_60b = residence.chain(residence.classify(pieces, kind_with_60b), st, 1, count_gaps=False, bridgeable=streng)
        if with_60b.months < strict.months:
            # a § 60b period between two short gaps splits one harmless gap into two; crediting § 60b time
            # (§ 25b Abs. 7) must not count less than leaving it out, so the strict chain is used
            f.set("voraufenthalt_monate_mit_60b", strict.months,
                  lambda: residence.describe(strict, st, "geduldet, gestattet oder erlaubt; ohne Anrechnung der § 60b-Zeit "
                                             "länger als mit ihr") + note_abroad)
        else:
            f.set("voraufenthalt_monate_mit_60b", with_60b.months,
                  lambda: residence.describe(with_60b, st, "geduldet (auch § 60b), gestattet oder erlaubt") + note_abroad)
        lenient = residence.chain(residence.classify(pieces, kind_lenient), st, 10**6, count_gaps=True, bridgeable=grosszuegig)
        f.set("voraufenthalt_monate_grosszuegig", lenient.months,
              lambda: residence.describe(lenient, st, "großzügig gezählt (offene Zeiten und kurze Unterbrechungen mitgezählt, § 60b pausiert)")
              + offene_zeiten(pieces, lenient, "25b") + note_abroad)
    if pieces is None or s.auslandsaufenthalte:  # § 60d time is counted without cutting out stays abroad
        pieces = residence.pieces(periods, [], st)
    segs_60d = residence.classify(pieces, lambda p: "Q" if p.status == Statusart.duldung_60d else None)
    c60d = residence.chain(segs_60d, st, 0, count_gaps=False)
    f.set("duldung_60d_monate", c60d.months,
          (lambda: residence.describe(c60d, st, "Beschäftigungsduldung (§ 60d)")) if c60d.start else "keine laufende Beschäftigungsduldung")


# marital statuses without a spouse or civil partner
OHNE_EHE = ("ledig", "geschieden", "verwitwet")


def _family_facts(s: Sachverhalt, f: Fakten) -> None:
    st = f.stichtag
    kinder = s.haushalt.kinder
    if kinder is None:
        f.set("minderjaehriges_lediges_kind_im_haushalt", None, "Kinder nicht erfasst")
        f.set("schulbesuch_kinder_nachgewiesen", None, "Kinder nicht erfasst")
    else:
        flags = []
        for k in kinder:
            minor = None if k.geburtsdatum is None else age(k.geburtsdatum, st) < 18
            flags.append(all3([minor, k.ledig, k.im_haushalt]))
        value = any3(flags) if kinder else False
        f.set("minderjaehriges_lediges_kind_im_haushalt", value,
              f"{len(kinder)} Kind(er) erfasst; minderjährig, ledig und im Haushalt: {_ja(value)}")
        def school_ok(k) -> Optional[bool]:
            if k.schulpflichtig is False:
                return True
            if k.schulpflichtig is None and k.geburtsdatum is not None and age(k.geburtsdatum, st) < SCHULALTER_SICHER_NICHT:
                return True  # far too young for school in any Land
            if k.schulpflichtig is True:
                return k.schulbesuch_nachgewiesen
            return True if k.schulbesuch_nachgewiesen else None

        school = all3(school_ok(k) for k in kinder)
        n = sum(1 for k in kinder if k.schulpflichtig)
        f.set("schulbesuch_kinder_nachgewiesen", school,
              "keine Kinder erfasst" if not kinder else f"{n} schulpflichtige(s) Kind(er); Schulbesuch nachgewiesen: {_ja(school)}")
    angabe = s.haushalt.familienangehoeriger_25b_beguenstigter
    stand = s.haushalt.familienstand
    geb = s.person.geburtsdatum
    if angabe is None and stand is not None and stand.value in OHNE_EHE and geb is not None and age(geb, st) >= 18:
        # § 25b Abs. 4 Satz 1 AufenthG: only a spouse, a civil partner or a minor unmarried child of a
        # beneficiary; an adult without marriage or partnership is none of them
        f.set("familienangehoeriger_25b_beguenstigter", False,
              f"Familienstand {stand.value}, volljährig: weder Ehegatte, Lebenspartner noch minderjähriges Kind")
    else:
        f.set("familienangehoeriger_25b_beguenstigter", angabe, f"Angabe im Haushalt: {_ja(angabe)}")


def _language_facts(s: Sachverhalt, f: Fakten) -> None:
    nachweise = s.sprache.nachweise
    if nachweise is None:
        f.set("deutsch_muendlich_stufe", None, "keine Angaben zu Deutschkenntnissen")
    else:
        oral = [n for n in nachweise if n.muendlich]
        best = max(oral, key=lambda n: n.niveau.stufe, default=None)
        f.set("deutsch_muendlich_stufe", best.niveau.stufe if best else 0,
              f"mündlich nachgewiesen: {best.niveau.value} ({best.art.value})" if best else "kein Nachweis mündlicher Deutschkenntnisse")
    written = [n.niveau.stufe for n in (nachweise or []) if n.schriftlich]
    partner = s.haushalt.partner
    if partner is not None and partner.deutsch_schriftlich is not None:
        written.append(partner.deutsch_schriftlich.stufe)
    value = max(written) if written else (None if nachweise is None else 0)
    f.set("deutsch_schriftlich_stufe_person_oder_partner", value,
          f"höchste schriftliche Stufe (Person oder Partner): {value}" if value else "kein Nachweis schriftlicher Deutschkenntnisse")
    f.set("integrationskurs_moeglich", s.sprache.integrationskurs_moeglich, f"Angabe: {_ja(s.sprache.integrationskurs_moeglich)}")


def _integration_facts(s: Sachverhalt, f: Fakten) -> None:
    f.set("bekenntnis_abgegeben", s.bekenntnis.abgegeben,
          lambda: "Bekenntnis abgegeben" + (f" am {format_datum(s.bekenntnis.datum)}" if s.bekenntnis.datum else "")
          + f": {_ja(s.bekenntnis.abgegeben)}")
    lid = s.leben_in_deutschland_test.bestanden
    g = any3([lid, s.bildung.deutscher_schulabschluss, s.bildung.berufsabschluss_deutschland])
    f.set("grundkenntnisse_nachgewiesen", g,
          lambda: f"Test „Leben in Deutschland“ bestanden: {_ja(lid)}; deutscher Schulabschluss: {_ja(s.bildung.deutscher_schulabschluss)}; "
          f"deutscher Berufsabschluss: {_ja(s.bildung.berufsabschluss_deutschland)}")
    b = s.besonderheiten
    f.set("besondere_integrationsleistungen", b.besondere_integrationsleistungen, f"Angabe: {_ja(b.besondere_integrationsleistungen)}")
    f.set("atypischer_fall", b.atypischer_fall, f"Angabe: {_ja(b.atypischer_fall)}" + (f" ({b.begruendung})" if b.begruendung else ""))


def _livelihood_facts(s: Sachverhalt, f: Fakten, parameter: Optional[Mapping[str, Any]] = None) -> None:
    """Livelihood facts; the household's need is the file's figure or computed (kimrules.fakten.lebensunterhalt)."""
    lu = s.lebensunterhalt
    erwerb = None if lu.einkommen is None else sum(e.betrag_eur_monat for e in lu.einkommen if e.quelle.value == "erwerbstaetigkeit")
    b = lebensunterhalt.bedarf(s, f.stichtag, parameter or {})
    need = b.betrag
    f.set("lebensunterhalt_bedarf_eur_monat", need, b.text)
    if need is None or erwerb is None:
        f.set("lebensunterhalt_anteil_erwerb_prozent", None,
              "Bedarf oder Erwerbseinkommen nicht erfasst" if erwerb is None or b.herkunft == lebensunterhalt.NICHT_ERFASST
              else lambda: f"Erwerbseinkommen {euro(erwerb)}; "
              + b.text(f"; Anteil des Erwerbseinkommens damit {prozent(100 * erwerb / b.summe)}" if b.summe else ""))
    else:
        anteil = 100.0 if need == 0 else 100 * erwerb / need  # compared unrounded
        f.set("lebensunterhalt_anteil_erwerb_prozent", anteil,
              lambda: f"Erwerbseinkommen {euro(erwerb)} von {euro(need)} Bedarf = {prozent(anteil)}"
              + (" (gerundet)" if round(anteil, 1) != anteil else "")
              + ("" if b.herkunft == lebensunterhalt.AKTE else f"; Bedarf {b.text()}"))
    f.set("erwerbseinkommen_vorhanden", None if erwerb is None else erwerb > 0,
          "kein Einkommen erfasst" if erwerb is None else lambda: f"Erwerbseinkommen {euro(erwerb)} im Monat")
    f.set("lebensunterhalt_prognose_anhaltspunkte", lu.prognose_anhaltspunkte, f"Angabe: {_ja(lu.prognose_anhaltspunkte)}")
    f.set("leistungsbezug_voruebergehend", lu.leistungsbezug_voruebergehend, f"Angabe: {_ja(lu.leistungsbezug_voruebergehend)}")
    f.set("in_ausbildung_oder_studium", s.bildung.in_ausbildung_oder_studium, f"Angabe: {_ja(s.bildung.in_ausbildung_oder_studium)}")
    kind = f.werte.get("minderjaehriges_lediges_kind_im_haushalt")
    fam = all3([kind if "minderjaehriges_lediges_kind_im_haushalt" in f.werte else None,
                None if erwerb is None else erwerb > 0])
    f.set("minderjaehriges_kind_im_haushalt_und_erwerb", fam, f"minderjähriges Kind im Haushalt und Erwerbseinkommen: {_ja(fam)}")
    if lu.alleinerziehend_arbeit_unzumutbar is None and s.haushalt.kinder == []:
        # § 25b Abs. 1 Satz 3 Nr. 3 AufenthG concerns single parents of minor children: without children, no
        f.set("alleinerziehend_arbeit_unzumutbar", False, "keine Kinder erfasst: nicht alleinerziehend")
    else:
        f.set("alleinerziehend_arbeit_unzumutbar", lu.alleinerziehend_arbeit_unzumutbar,
              f"Angabe: {_ja(lu.alleinerziehend_arbeit_unzumutbar)}")
    f.set("pflegt_angehoerige", lu.pflegt_angehoerige, f"Angabe: {_ja(lu.pflegt_angehoerige)}")
    f.set("beeintraechtigung_lebensunterhalt", s.beeintraechtigung.lebensunterhalt, f"Angabe: {_ja(s.beeintraechtigung.lebensunterhalt)}")
    f.set("beeintraechtigung_sprache", s.beeintraechtigung.sprache, f"Angabe: {_ja(s.beeintraechtigung.sprache)}")


def _identity_facts(s: Sachverhalt, f: Fakten, timeline: Optional[tuple] = None) -> None:
    i = s.identitaet
    f.set("identitaet_geklaert", i.geklaert, f"Angabe: {_ja(i.geklaert)}")
    p = i.pass_
    if p is None or p.vorhanden is None:
        f.set("pass_gueltig", None, "Pass nicht erfasst")
    elif not p.vorhanden:
        f.set("pass_gueltig", False, "kein Pass" + (f"; beantragt am {format_datum(p.beantragt_am)}" if p.beantragt_am else ""))
    elif p.gueltig_bis is None:
        f.set("pass_gueltig", None, "Pass vorhanden, Gültigkeit nicht erfasst")
    else:
        f.set("pass_gueltig", p.gueltig_bis >= f.stichtag, f"Pass gültig bis {format_datum(p.gueltig_bis)}")
    f.set("zumutbare_massnahmen_identitaet_ergriffen", i.zumutbare_massnahmen_ergriffen, f"Angabe: {_ja(i.zumutbare_massnahmen_ergriffen)}")
    # a current Duldung nach § 60b is issued for own deception or missing cooperation (§ 60b Abs. 1):
    # then the refusal ground cannot be ruled out from the file alone
    _, cur = timeline or _timeline(s, f.stichtag)
    duldung_60b = cur is not None and cur.status == Statusart.duldung_60b
    v = any3([i.taeuschung_aktuell, i.mitwirkung_verweigert_aktuell, None if duldung_60b else False])
    f.set("verhindert_aufenthaltsbeendigung", v,
          lambda: f"aktuelle Täuschung/falsche Angaben: {_ja(i.taeuschung_aktuell)}; zumutbare Mitwirkung derzeit verweigert: {_ja(i.mitwirkung_verweigert_aktuell)}"
          + ("; aktuell Duldung nach § 60b: die Behörde geht von eigener Täuschung oder fehlender Mitwirkung aus (§ 60b Abs. 1), nachgeholte Mitwirkung heilt (§ 60b Abs. 4)" if duldung_60b else ""))
    f.set("taeuschung_frueher", i.taeuschung_frueher,
          lambda: f"frühere Täuschung: {_ja(i.taeuschung_frueher)}" + (f", beendet am {format_datum(i.taeuschung_beendet_am)}" if i.taeuschung_beendet_am else ""))


def _conviction_facts(s: Sachverhalt, f: Fakten) -> None:
    """§ 54 Abs. 1 Nr. 1 (≥ 2 Jahre), Abs. 2 Nr. 1 (Freiheitsstrafe ≥ 6 Monate, vorsätzlich), Abs. 2 Nr. 2
    (Jugendstrafe ≥ 1 Jahr ohne Bewährung). A Jugendstrafe of 6 months or more that meets none of these may
    still fall under § 54 Abs. 1 Nr. 1a–1d depending on the offence: unknown."""
    if s.verurteilungen is None:
        f.set("ausweisungsinteresse_verurteilung", None, "Verurteilungen nicht erfasst")
    else:
        values: list[Optional[bool]] = []
        notes = []
        for v in s.verurteilungen:
            fs, js = v.freiheitsstrafe_monate, v.jugendstrafe_monate
            if fs is not None and fs >= 6:
                values.append(v.vorsaetzlich if v.vorsaetzlich is not None else None)
                notes.append(f"Freiheitsstrafe {fs} Monate")
            elif js is not None and js >= 24:
                values.append(True)
                notes.append(f"Jugendstrafe {js} Monate")
            elif js is not None and js >= 12 and v.bewaehrung is False:
                values.append(True)
                notes.append(f"Jugendstrafe {js} Monate ohne Bewährung")
            elif js is not None and js >= 6:
                values.append(None)
                notes.append(f"Jugendstrafe {js} Monate (Art der Tat für § 54 Abs. 1 Nr. 1a–1d prüfen)")
            elif fs is None and js is None and v.tagessaetze is None:
                values.append(None)
                notes.append("Strafmaß nicht erfasst")
            else:
                values.append(False)
        value = any3(values) if values else False
        f.set("ausweisungsinteresse_verurteilung", value,
              "keine Verurteilungen" if not s.verurteilungen else f"{len(s.verurteilungen)} Verurteilung(en)" + (f": {'; '.join(notes)}" if notes else ", keine über den Schwellen"))
    f.set("verurteilung_vorhanden", None if s.verurteilungen is None else bool(s.verurteilungen),
          "Verurteilungen nicht erfasst" if s.verurteilungen is None else f"{len(s.verurteilungen)} Verurteilung(en) erfasst")
    f.set("sonstiges_ausweisungsinteresse", s.sonstiges_ausweisungsinteresse, f"Angabe: {_ja(s.sonstiges_ausweisungsinteresse)}")


def derive(s: Sachverhalt, stichtag: date, parameter: Optional[Mapping[str, Any]] = None, *,
           module: Optional[Collection[Any]] = None) -> Fakten:
    """The facts on the Stichtag; ``parameter`` are the Regelwerk's date-keyed parameters
    (name -> :class:`kimrules.regelwerk.rules.Parameter`); without them a need that would have to be
    computed from the Regelbedarfe stays unknown.

    ``module``: only these norm-specific modules of :data:`kimrules.fakten.derive_norms.MODULE` (default:
    all). The facts of the others are then missing, not unknown: for a caller that reads only the facts of
    some norms (each module reads only the common facts and its own, never another module's).

    Convictions that may no longer be held against the person (§ 51 Abs. 1 BZRG) are left out
    before anything is derived (:mod:`kimrules.fakten.bzrg`). Where it is open whether some may
    still be used, the facts are derived with and without them: a fact that differs is unknown,
    and its Herleitung says why.
    """
    tilgung = bzrg.pruefen(s.verurteilungen, stichtag)
    if tilgung is None or (not tilgung.unsicher and not tilgung.entfallen):
        f = _derive(s, stichtag, parameter, module)
        return f if tilgung is None else _mit_tilgung(f, tilgung.text)
    verwertbar = list(tilgung.sicher)
    if not tilgung.unsicher:  # those that may not be used are left out, nothing is open: only the usable ones count
        # the Herleitung says which were left out and why (§ 51 Abs. 1 BZRG)
        return _mit_tilgung(_derive(s.model_copy(update={"verurteilungen": verwertbar}), stichtag, parameter, module),
                            tilgung.text)
    f = _derive(s.model_copy(update={"verurteilungen": verwertbar + list(tilgung.unsicher)}), stichtag, parameter, module)
    # without the convictions whose use is open only the facts read from the convictions can differ:
    # those are derived a second time (_verurteilungsfakten), not every fact
    ohne = _verurteilungsfakten(s.model_copy(update={"verurteilungen": verwertbar}), stichtag, parameter, module)
    frage = " ".join(tilgung.fragen)
    for name in ohne.herleitung._data:
        if f.werte.get(name) != ohne.werte.get(name):
            f.werte.pop(name, None)
            wie = f.herleitung._data.get(name, "")
            wie = wie() if callable(wie) else wie
            f.herleitung._data[name] = f"{wie}. {tilgung.text}. Zu klären: {frage}" if frage else f"{wie}. {tilgung.text}"
    return f


def _mit_tilgung(f: Fakten, text: str) -> Fakten:
    """``f`` with the Tilgung of the convictions (:mod:`kimrules.fakten.bzrg`) in the Herleitung of
    ``verurteilung_vorhanden``."""
    wie = f.herleitung["verurteilung_vorhanden"]
    f.herleitung._data["verurteilung_vorhanden"] = f"{wie}. {text}"
    return f


def _verurteilungsfakten(s: Sachverhalt, stichtag: date, parameter: Optional[Mapping[str, Any]] = None,
                         module: Optional[Collection[Any]] = None) -> Fakten:
    """Only the facts derived from the convictions (the only ones that read ``s.verurteilungen``)."""
    from kimrules.fakten import derive_104c, derive_stag

    f = Fakten(stichtag=stichtag)
    _conviction_facts(s, f)
    if module is None or derive_104c in module:
        derive_104c.verurteilungsfakten(s, f, parameter)
    if module is None or derive_stag in module:
        derive_stag.verurteilungsfakten(s, f)
    return f


def _derive(s: Sachverhalt, stichtag: date, parameter: Optional[Mapping[str, Any]] = None,
            module: Optional[Collection[Any]] = None) -> Fakten:
    f = Fakten(stichtag=stichtag)
    geb = s.person.geburtsdatum
    alter = None if geb is None else age(geb, stichtag)
    f.set("alter_jahre", alter,
          "Geburtsdatum nicht erfasst" if geb is None else lambda: f"geboren {format_datum(geb)}, {alter} Jahre am {format_datum(stichtag)}")
    timeline = _timeline(s, stichtag)
    _status_facts(s, f, timeline)
    _family_facts(s, f)
    _language_facts(s, f)
    _integration_facts(s, f)
    _livelihood_facts(s, f, parameter)
    _identity_facts(s, f, timeline)
    _conviction_facts(s, f)
    f.set("voraussetzungen_60d_erfuellt", s.beschaeftigungsduldung.voraussetzungen_60d_erfuellt,
          f"Angabe: {_ja(s.beschaeftigungsduldung.voraussetzungen_60d_erfuellt)}")
    from kimrules.fakten.derive_norms import MODULE

    for modul in MODULE:
        if module is None or modul in module:
            modul.ableiten(s, f, timeline, parameter or {})
    household_placeholders(f)
    return f


def household_placeholders(f: Fakten) -> None:
    """The facts of household members (catalog.HAUSHALT_FAKTEN) are set by kimrules.pruefung.haushalt per member;
    for a person on their own they stay unknown, with a sentence saying why."""
    from kimrules.fakten.catalog import HAUSHALT_FAKTEN

    for name in HAUSHALT_FAKTEN:
        if name not in f.herleitung._data:
            f.herleitung._data[name] = "nur für Angehörige im Haushalt (Abschnitt „angehoerige“) ermittelt"


__all__ = ["Fakten", "derive", "months_text"]
