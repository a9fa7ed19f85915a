"""Earliest date per pathway („frühestens ab“): the what-if client, its candidate days and the answer.

:func:`kimrules.fristen.vorausschau.fruehestens` answers: from which day on does every requirement hold
that time alone can fix, if nothing else changes – and which requirements will time not fix? This
module holds the parts it is built from (generic over every norm of the Regelwerk, no norm-specific code):

1. **The client on a later day** (:func:`stand_am`): the status held on the
   Stichtag continues (its end date in the file is taken as renewed; a § 104c
   permit ends after its 18 months and is continued by a Fiktionsbescheinigung,
   i.e. the projection assumes a timely § 25a/§ 25b application, § 81 Abs. 4
   Satz 1 AufenthG); the planned facts of ``geplant:`` apply from their date on.
2. **The days on which anything can change** (:func:`kandidaten`): every derived
   fact changes only when a period counted in months or years from a date of the
   file completes (§§ 187, 188 BGB: the day after :func:`kimrules.basis.dates.period_end`
   of that date, or of the day after it), on such a date itself, or when a version
   of a norm or a parameter starts. Between two of these days nothing a rule can see
   changes; ``tests/unit/test_projektion.py`` checks this against screening every single day.
3. **Screening** such days with the version in force on each (:mod:`kimrules.fristen.vorausschau`
   chooses which), so a version change between the Stichtag and the result is respected.
4. **The answer** (:func:`_auswerten`): the first day with the fewest requirements not *erfüllt*;
   ``zeitabhaengig`` = not erfüllt on the Stichtag but erfüllt then,
   ``nicht_durch_zeit`` = still not erfüllt then (missing facts, things to do,
   or lost by then, e.g. an expiring passport); :func:`als_frist` makes it an entry of the deadline ledger.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Iterable, Optional

from kimrules.regelwerk.conditions import facts_used
from kimrules.basis.dates import completed_days, format_datum, full_months, period_end
from kimrules.akte.facts import Einkommen, Sachverhalt, Sprachnachweis, Statusart, Statuszeitraum
from kimrules.fristen.ledger import Frist
from kimrules.engine.outcome import Status
from kimrules.regelwerk.rules import Geltung

__all__ = ["Projektion", "stand_am", "kandidaten", "als_frist", "HORIZONT_MONATE"]

HORIZONT_MONATE = 96  # how far the projection looks ahead: 8 years, the longest period any version asks for
# (§ 25b in the version up to 30.12.2022, § 10 StAG up to 26.06.2024)
_EIN_TAG = timedelta(days=1)


@dataclass(frozen=True)
class Projektion:
    """Earliest date of one pathway. ``datum`` None: not reachable within the horizon (see ``hinweis``)."""

    datum: Optional[date]
    fassung_ab: Optional[date]  # gueltig_ab of the version applied on ``datum``
    zeitabhaengig: list[str]  # requirement ids: not erfüllt on the Stichtag, erfüllt on ``datum``
    nicht_durch_zeit: list[str]  # requirement ids still not erfüllt on ``datum``
    hinweis: str
    norm: str = ""  # kennung
    norm_text: str = ""  # e.g. "§ 25b AufenthG"
    titel: dict[str, str] = field(default_factory=dict)  # requirement id -> titel
    status: Optional[Status] = None  # pathway status on ``datum``
    annahmen: tuple[str, ...] = ()  # assumptions of the what-if run, in German
    # steps that must be taken by ``datum`` besides time ("der Pass verlängert ist"), in German
    bedingungen: tuple[str, ...] = ()


# -- 1. the client on a later day --------------------------------------------------------------------
def _laufend(perioden: list[Statuszeitraum], stichtag: date) -> Optional[int]:
    for i, p in enumerate(perioden):
        if p.von <= stichtag and (p.bis is None or p.bis >= stichtag):
            return i
    return None


def _fortgeschrieben(s: Sachverhalt, stichtag: date) -> tuple[list[Statuszeitraum], list[str]]:
    """The status history with the Stichtag's status continuing, and the assumptions made."""
    perioden = sorted(s.aufenthalt or [], key=lambda p: p.von)
    annahmen: list[str] = []
    i = _laufend(perioden, stichtag)
    if i is None or i != len(perioden) - 1:
        return perioden, annahmen
    p = perioden[i]
    if p.status == Statusart.aufenthaltserlaubnis and p.norm == "104c":
        ende = period_end(p.von, 18)
        if ende >= stichtag:
            perioden[i] = p.model_copy(update={"bis": ende})
            perioden.append(Statuszeitraum(status=Statusart.fiktionsbescheinigung, von=ende + _EIN_TAG, paragraph=p.paragraph))
            annahmen.append(
                f"Die Aufenthaltserlaubnis nach § 104c endet am {format_datum(ende)}; angenommen ist, dass der Antrag "
                "auf § 25a/§ 25b vorher gestellt wird und sie danach fortgilt (§ 81 Abs. 4 Satz 1 AufenthG)."
            )
        else:
            perioden[i] = p.model_copy(update={"bis": None})
            annahmen.append(
                f"Die Akte führt die Aufenthaltserlaubnis nach § 104c über ihr Ende am {format_datum(ende)} hinaus; "
                "angenommen ist, dass sie durch einen rechtzeitigen Antrag fortgilt (§ 81 Abs. 4 Satz 1) – bitte prüfen."
            )
        return perioden, annahmen
    if p.status != Statusart.kein_status:
        if p.bis is not None:
            annahmen.append(f"Der aktuelle Status (gültig bis {format_datum(p.bis)}) wird lückenlos verlängert.")
            perioden[i] = p.model_copy(update={"bis": None})
        else:
            annahmen.append("Der aktuelle Status dauert an.")
    return perioden, annahmen


def _geplante_tage(s: Sachverhalt) -> list[date]:
    g = s.geplant
    if g is None:
        return []
    tage = [n.erwartet_am for n in g.sprachnachweise] + [w.ab for w in g.statuswechsel] + [e.ab for e in g.einkommen]
    tage += [t for t in (g.leben_in_deutschland_test_am, g.bekenntnis_am, g.identitaet_geklaert_am) if t is not None]
    if g.pass_ is not None:
        tage.append(g.pass_.erwartet_am)
    return tage


def _pass_laeuft_ab(pass_: Any, stichtag: date, tag: date) -> bool:
    """The passport is valid on the Stichtag and expires before ``tag``."""
    return (pass_ is not None and pass_.vorhanden is not False and pass_.gueltig_bis is not None
            and stichtag <= pass_.gueltig_bis < tag)


def pass_am(s: Sachverhalt, tag: date) -> Any:
    """The passport on ``tag`` as :func:`stand_am` sees it (before a renewal is assumed): the planned one
    from the day it is expected, else the recorded one."""
    g = s.geplant
    if g is not None and g.pass_ is not None and g.pass_.erwartet_am <= tag:
        from kimrules.akte.facts import Pass

        return Pass(vorhanden=True, gueltig_bis=g.pass_.gueltig_bis, beantragt_am=g.pass_.beantragt_am)
    return s.identitaet.pass_


def stand_am(s: Sachverhalt, stichtag: date, tag: date, *, perioden: Optional[list[Statuszeitraum]] = None) -> Sachverhalt:
    """The client file as it would be on ``tag`` (≥ Stichtag) if nothing but time and the planned facts change.

    The ``geplant`` section is applied for every planned date on or before ``tag`` and then removed.
    """
    if perioden is None:
        perioden, _ = _fortgeschrieben(s, stichtag)
    perioden = list(perioden)
    update: dict[str, Any] = {"geplant": None}
    g = s.geplant
    if g is not None:
        for w in sorted(g.statuswechsel, key=lambda w: w.ab):
            if w.ab > tag:
                continue
            perioden = [p.model_copy(update={"bis": w.ab - _EIN_TAG}) if (p.bis is None or p.bis >= w.ab) and p.von < w.ab else p
                        for p in perioden if p.von < w.ab]
            perioden.append(Statuszeitraum(status=w.status, von=w.ab, paragraph=w.paragraph))
        neue = [Sprachnachweis(niveau=n.niveau, muendlich=n.muendlich, schriftlich=n.schriftlich, art=n.art, datum=n.erwartet_am)
                for n in g.sprachnachweise if n.erwartet_am <= tag]
        if neue:
            update["sprache"] = s.sprache.model_copy(update={"nachweise": [*(s.sprache.nachweise or []), *neue]})
        if g.leben_in_deutschland_test_am and g.leben_in_deutschland_test_am <= tag:
            update["leben_in_deutschland_test"] = s.leben_in_deutschland_test.model_copy(
                update={"bestanden": True, "datum": g.leben_in_deutschland_test_am})
        if g.bekenntnis_am and g.bekenntnis_am <= tag:
            update["bekenntnis"] = s.bekenntnis.model_copy(update={"abgegeben": True, "datum": g.bekenntnis_am})
        ident: dict[str, Any] = {}
        if g.identitaet_geklaert_am and g.identitaet_geklaert_am <= tag:
            ident["geklaert"] = True
        if g.pass_ is not None and g.pass_.erwartet_am <= tag:
            ident["pass_"] = pass_am(s, tag)
        if ident:
            update["identitaet"] = s.identitaet.model_copy(update=ident)
        einkommen = [Einkommen(quelle=e.quelle, betrag_eur_monat=e.betrag_eur_monat) for e in g.einkommen if e.ab <= tag]
        if einkommen:
            update["lebensunterhalt"] = s.lebensunterhalt.model_copy(
                update={"einkommen": [*(s.lebensunterhalt.einkommen or []), *einkommen]})
    pass_ = (update["identitaet"] if "identitaet" in update else s.identitaet).pass_
    if _pass_laeuft_ab(pass_, stichtag, tag):
        # a passport valid on the Stichtag is assumed renewed in time (a step, named in ``bedingungen``)
        update["identitaet"] = (update.get("identitaet") or s.identitaet).model_copy(
            update={"pass_": pass_.model_copy(update={"gueltig_bis": tag})})
    if s.aufenthalt is not None or perioden:
        update["aufenthalt"] = perioden
    return s.model_copy(update=update)


# -- 2. the days on which anything can change --------------------------------------------------------
def _daten(node: Any, out: set[date], ende: bool = False) -> None:
    """Every date in ``node``; for the last day of something (a key ``bis`` or ``…_bis``) also the day after."""
    if isinstance(node, date):
        out.add(node)
        if ende and node < date.max:  # 31.12.9999 (unbefristet) has no day after
            out.add(node + _EIN_TAG)
    elif isinstance(node, dict):
        for k, v in node.items():
            _daten(v, out, isinstance(k, str) and (k == "bis" or k.endswith("_bis")))
    elif isinstance(node, (list, tuple)):
        for v in node:
            _daten(v, out, ende)


def _regelwerk_tage(regelwerk: Any) -> set[date]:
    cached = getattr(regelwerk, "_kimrules_projektion_tage", None)
    if cached is not None:
        return cached
    tage: set[date] = set()
    for normdatei in getattr(regelwerk, "normen", {}).values():  # the day a norm itself comes into force
        if normdatei.in_kraft_seit is not None:
            tage.add(normdatei.in_kraft_seit)
    for fassungen in regelwerk.versionen.values():
        for f in fassungen:
            tage.add(f.datei.gueltig_ab)
            if f.gueltig_bis is not None:
                tage.add(f.gueltig_bis + _EIN_TAG)
    for p in regelwerk.parameter.values():
        _daten(p.model_dump(), tage)
    tage |= {t + _EIN_TAG for t in set(tage)}  # "belegt_bis"-like last days
    try:
        regelwerk._kimrules_projektion_tage = tage
    except AttributeError:  # pragma: no cover - frozen objects
        pass
    return tage


def _anker(s: Sachverhalt) -> set[date]:
    anker: set[date] = set()
    _daten(s.model_dump(), anker)
    return anker


def kandidaten(s: Sachverhalt, stichtag: date, bis: date, feste_tage: Iterable[date] = (),
               anker: Optional[set[date]] = None) -> list[date]:
    """Every day in [stichtag, bis] on which a fact derived from ``s`` can change (sorted, Stichtag first).

    >>> from kimrules.akte.facts import Sachverhalt
    >>> s = Sachverhalt(aktenzeichen="x", person={"geburtsdatum": date(2008, 2, 29)})
    >>> [format_datum(t) for t in kandidaten(s, date(2026, 1, 15), date(2026, 3, 31))]
    ['15.01.2026', '29.01.2026', '01.03.2026', '29.03.2026']
    """
    tage = {stichtag}
    tage |= {t for t in feste_tage if stichtag < t <= bis}
    for a in (_anker(s) if anker is None else anker):
        for t in completed_days(a, full_months(a, stichtag) if a <= stichtag else 0, bis):
            if t > stichtag:
                tage.add(t)
    return sorted(tage)


_BENUTZT: dict[str, tuple[str, ...]] = {}


def _benutzt(fassung) -> tuple[str, ...]:
    """The facts the requirements of a version test (its results depend on nothing else)."""
    hit = _BENUTZT.get(fassung.sha256)
    if hit is None:
        names: dict[str, None] = {}
        for v in fassung.datei.voraussetzungen:
            names.update(dict.fromkeys(facts_used(v.bedingung)))
        hit = _BENUTZT[fassung.sha256] = tuple(names)
    return hit


# -- 3./4. screening the candidate days ----------------------------------------------------------------
def _nicht_erfuellt(ergebnis) -> Optional[frozenset[str]]:
    if ergebnis.fassung is None:
        return None  # not in force, or the version is not modelled: no result at all
    if ergebnis.status == Status.erfuellt:
        return frozenset()
    return frozenset(b.id for b in ergebnis.voraussetzungen if b.status != Status.erfuellt)


def _mit_pass(screener, sachverhalt: Sachverhalt, stichtag: date, p: Projektion) -> Projektion:
    """If the passport expires before the earliest day and the version then in force asks for a
    valid one (§ 3 Abs. 1, § 5 Abs. 1 Nr. 4 AufenthG), the day holds only if it is renewed by then
    (also a planned passport expected by then: :func:`stand_am` assumes the same)."""
    if p.datum is None:
        return p
    pass_ = pass_am(sachverhalt, p.datum)
    if not _pass_laeuft_ab(pass_, stichtag, p.datum):
        return p
    fassung = screener.regelwerk.select(p.norm, p.datum)
    if fassung is None or PASS_FAKT not in _benutzt(fassung):
        return p
    bis = format_datum(pass_.gueltig_bis)
    return replace(p, bedingungen=(*p.bedingungen, f"der Pass verlängert ist (gültig bis {bis})"),
                   annahmen=(*p.annahmen, f"Der Pass (gültig bis {bis}) ist als rechtzeitig verlängert angenommen."))


PASS_FAKT = "pass_gueltig"  # the fact of the Passpflicht in the rule files


def _auswerten(kennung: str, verlauf: list[tuple], stichtag: date, bis: date, annahmen: list[str]) -> Projektion:
    erstes = verlauf[0][5]
    norm_text = erstes.norm
    moeglich = [e for e in verlauf if e[1] is not None]
    # days on which the version in force is not modelled: nothing is known of them, not even "not met"
    unbekannt = [e for e in verlauf if e[5].geltung == Geltung.fassung_nicht_abgebildet.value]
    if not moeglich:
        if unbekannt:
            return Projektion(None, None, [], [], f"Frühester Termin nicht berechenbar: die bis zum {format_datum(bis)} "
                              f"geltende Fassung von {norm_text} ist in kimrules nicht abgebildet.",
                              kennung, norm_text, {}, None, tuple(annahmen))
        return Projektion(None, None, [], [], f"{norm_text} ist bis zum {format_datum(bis)} nicht in Kraft.",
                          kennung, norm_text, {}, None, tuple(annahmen))
    heute = verlauf[0][1]
    bestes = min(moeglich, key=lambda e: len(e[1]))  # first day with the fewest open requirements
    tag, offen, status, fassung_ab, titel, ergebnis = bestes
    titel_alle: dict[str, str] = {}
    for e in verlauf:
        titel_alle.update(e[4])
    if heute is None and verlauf[0][5].geltung == Geltung.fassung_nicht_abgebildet.value:
        zeitabhaengig = []  # nothing was judged on the Stichtag: what time alone brings is not known
    elif heute is None:  # not in force on the Stichtag: everything met on that day came with time
        zeitabhaengig = [i for i in titel if i not in offen]
    else:
        zeitabhaengig = [i for i in titel if i in heute and i not in offen]
    nicht = [i for i in titel if i in offen]
    teile = []
    if status == Status.erfuellt:
        if tag == stichtag:
            teile.append(f"Nach Aktenlage sind schon am Stichtag alle Voraussetzungen von {norm_text} erfüllt.")
        else:
            teile.append(f"Wenn sich sonst nichts ändert, sind ab {format_datum(tag)} alle Voraussetzungen von {norm_text} erfüllt.")
    elif tag == stichtag and not zeitabhaengig:
        teile.append(f"Zeit allein ändert bei {norm_text} nichts: offen bleiben {len(nicht)} Voraussetzung(en).")
    else:
        teile.append(
            f"Ab {format_datum(tag)} ist alles erfüllt, was der Zeitablauf erfüllen kann; offen bleiben "
            f"{len(nicht)} Voraussetzung(en), die sich nicht durch Zeit erledigen."
        )
    verloren = [i for i in nicht if heute is not None and i not in heute]
    if verloren:
        teile.append("Bis dahin entfällt: " + "; ".join(titel_alle[i] for i in verloren) + ".")
    if verlauf[0][3] != fassung_ab and fassung_ab is not None:
        teile.append(f"An diesem Tag gilt die Fassung ab {format_datum(fassung_ab)} (Rechtslage bei der Entscheidung).")
        if not zeitabhaengig:
            teile.append("Die Änderung bringt allein die neue Fassung, nicht der Zeitablauf.")
    spaeter = [e for e in moeglich if e[0] > tag and e[3] != fassung_ab]
    if spaeter:
        wechsel = spaeter[0]
        if len(wechsel[1]) > len(offen):
            teile.append(
                f"Achtung: ab {format_datum(wechsel[3])} gilt eine neue Fassung; danach wären "
                f"{len(wechsel[1])} Voraussetzung(en) offen – vorher entscheiden lassen."
            )
    if unbekannt:
        teile.append(f"Vor dem {format_datum(moeglich[0][0])} ist die geltende Fassung von {norm_text} in kimrules nicht "
                     "abgebildet: ob der Weg schon früher offen ist, ist ungeklärt.")
    hinweis = " ".join(teile)
    return Projektion(tag, fassung_ab, zeitabhaengig, nicht, hinweis, kennung, norm_text, titel_alle, status, tuple(annahmen))


def als_frist(p: Projektion) -> Frist:
    """The projection as an entry of the deadline ledger (``art`` = ``fruehestens_ab``)."""
    teile = [p.hinweis]
    if p.zeitabhaengig:
        teile.append("Durch Zeitablauf erfüllt: " + "; ".join(p.titel.get(i, i) for i in p.zeitabhaengig) + ".")
    if p.nicht_durch_zeit:
        teile.append("Nicht durch Zeit: " + "; ".join(p.titel.get(i, i) for i in p.nicht_durch_zeit) + ".")
    teile += list(p.annahmen)
    fund = f"{p.norm_text}; §§ 187, 188 BGB; Recht am Tag der Entscheidung" + (f"; Fassung ab {format_datum(p.fassung_ab)}" if p.fassung_ab else "")
    if p.datum is None:
        return Frist("fruehestens_ab", None, fund, "", "Case Management", p.norm, p.hinweis)
    return Frist("fruehestens_ab", p.datum, fund, " ".join(teile), "Case Management", p.norm)
