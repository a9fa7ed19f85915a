"""Households: screen every person of a client file and derive family rights by forward chaining.

A client file may list further persons in ``angehoerige`` (:class:`kimrules.akte.facts.Angehoeriger`:
the relation to the main person plus a full client record of their own). ``screen_haushalt``

1. screens the main person and every member on their own pathways (``Regelwerk.norms()``);
2. then, for every family-derived right (rule files with a ``familie`` section, e.g.
   ``rules/aufenthg/25b_abs4/``), in chaining order (a right whose ``stammnorm`` is itself a
   derived right comes after it, e.g. § 25a Abs. 2 Satz 2 after Satz 1), and for every member
   whose ``beziehung`` the section lists: asserts in durable-rules the member's facts *together
   with* the anchor person's result as the fact ``stammrecht_erfuellt`` (erfüllt = ja, nicht
   erfüllt = nein, ungeklärt = unbekannt, so *ungeklärt propagates*), and durable decides each
   requirement and the derived right (:meth:`Screener.screen_facts`, cross-checked against the
   reference evaluator there);
3. explains each derived right: "abgeleitet von <Aktenzeichen/Rolle> nach <Norm>: …".

``reference_haushalt`` computes the same statuses with :mod:`kimrules.engine.logic` only (no engine);
the differential test compares both on generated households.

Where a member's own record leaves the livelihood (or, for a spouse, the children) empty and the
member lives in the household, the main person's entries are used: § 25b Abs. 1 Satz 2 Nr. 3 is
judged for the whole Bedarfsgemeinschaft; the result says so in ``hinweise``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterable, Optional, Union

from kimrules.engine import logic
from kimrules.basis.dates import age, format_datum
from kimrules.fakten import bzrg
from kimrules.fakten.derive import Fakten, Herleitung, all3, any3, derive
from kimrules.akte.facts import Angehoeriger, Beziehung, Familienstand, Lebensunterhalt, Sachverhalt, Verurteilung
from kimrules.engine.outcome import Ergebnis, Status
from kimrules.regelwerk.rules import Geltung, Regelwerk, Stammperson

__all__ = [
    "AbgeleitetesRecht", "Haushaltsergebnis", "Personenergebnis", "chain", "chain_statuses", "engine_bewerter",
    "reference_bewerter", "reference_haushalt", "screen_haushalt", "statuses", "verurteilung_ueber_schwelle",
]

HAUPTPERSON = "Hauptperson"
_BEZIEHUNG_TEXT = {
    Beziehung.ehegatte: "Ehegatte/Ehegattin", Beziehung.lebenspartner: "Lebenspartner/in", Beziehung.kind: "Kind",
    Beziehung.elternteil: "Elternteil", Beziehung.geschwister: "Geschwister", Beziehung.sonstige: "sonstige Person",
}
_TRI_STATUS = {True: Status.erfuellt, False: Status.nicht_erfuellt, None: Status.ungeklaert}
_STATUS_TRI = {Status.erfuellt: True, Status.nicht_erfuellt: False, Status.ungeklaert: None}


@dataclass(frozen=True)
class AbgeleitetesRecht:
    """One family-derived right of one member."""

    kennung: str  # the family rule file, e.g. aufenthg_25b_abs4
    norm: str  # e.g. "§ 25b Abs. 4 AufenthG"
    status: Status
    stamm: str  # who it derives from: "KIM-2025-0002 (Hauptperson)"
    stammnorm: str  # e.g. "§ 25b AufenthG"
    stammstatus: Status  # the anchor person's result on the stammnorm
    erklaerung: str  # "abgeleitet von … nach …: …"
    ergebnis: Ergebnis  # per requirement, as for any pathway


@dataclass(frozen=True)
class Personenergebnis:
    rolle: str  # "Hauptperson" or "Angehörige/r 1 (Kind)"
    aktenzeichen: Optional[str]
    beziehung: Optional[str]  # facts.Beziehung value; None for the main person
    eigene: tuple[Ergebnis, ...]  # own pathways
    abgeleitet: tuple[AbgeleitetesRecht, ...]  # family-derived rights (only provisions naming this relation)
    hinweise: tuple[str, ...] = ()


@dataclass(frozen=True)
class Haushaltsergebnis:
    aktenzeichen: str
    stichtag: date
    personen: tuple[Personenergebnis, ...]  # [0] is the main person


# --- member facts ---------------------------------------------------------------------------------
def verurteilung_ueber_schwelle(verurteilungen: Optional[list[Verurteilung]], jugendstrafrecht_ausgenommen: bool) -> tuple[Optional[bool], str]:
    """Is there a conviction for an intentional offence committed in Germany beyond the limits?

    § 104c Abs. 1 Satz 1 Nr. 2 AufenthG (``jugendstrafrecht_ausgenommen``: juvenile sanctions other
    than Jugendstrafe are disregarded) and § 25a Abs. 3 AufenthG (no such carve-out): fines of *insgesamt* up to 50 Tagessätze, or up to 90 Tagessätze for offences only
    foreigners can commit, are disregarded. Fines of both kinds together
    beyond 50: open question (offene Rechtsfrage 104c-geldstrafen-gemischt) -> unknown.

    >>> verurteilung_ueber_schwelle([], True)
    (False, 'keine Verurteilungen')
    >>> verurteilung_ueber_schwelle([Verurteilung(tagessaetze=60, vorsaetzlich=True, im_inland=True, nur_auslaender_straftat=True)], True)[0]
    False
    >>> verurteilung_ueber_schwelle([Verurteilung(tagessaetze=60, vorsaetzlich=True, im_inland=True, nur_auslaender_straftat=False)], True)[0]
    True
    """
    if verurteilungen is None:
        return None, "Verurteilungen nicht erfasst"
    if not verurteilungen:
        return False, "keine Verurteilungen"
    treffer, offen = False, False
    allgemein = auslaender = zweifel_ts = 0
    notizen = []
    for v in verurteilungen:
        if v.vorsaetzlich is False or v.im_inland is False:
            continue  # only intentional offences committed in Germany count
        zweifel = v.vorsaetzlich is None or v.im_inland is None
        fs, js, ts = v.freiheitsstrafe_monate or 0, v.jugendstrafe_monate or 0, v.tagessaetze
        if fs > 0 or js > 0:
            hit: Optional[bool] = True
            notizen.append(f"Freiheitsstrafe {fs} Monate" if fs else f"Jugendstrafe {js} Monate")
        elif ts is not None:
            if zweifel or v.nur_auslaender_straftat is None:
                zweifel_ts += ts
            elif v.nur_auslaender_straftat:
                auslaender += ts
            else:
                allgemein += ts
            continue
        elif v.jugendstrafrecht is True:
            # a sanction under juvenile law without (known) Jugendstrafe: § 104c disregards it, § 25a Abs. 3 does not
            hit = True if not jugendstrafrecht_ausgenommen else (False if v.jugendstrafe_monate == 0 else None)
            notizen.append("Sanktion nach Jugendstrafrecht ohne Jugendstrafe" if v.jugendstrafe_monate == 0 else "Sanktion nach Jugendstrafrecht")
        else:
            hit = None
            notizen.append("Strafmaß nicht erfasst")
        if hit is True and not zweifel:
            treffer = True
        elif hit is not False:
            offen = True
    if allgemein > 50 or auslaender > 90:
        treffer = True
    elif zweifel_ts:
        if allgemein + zweifel_ts > 50 or auslaender + zweifel_ts > 90 or (allgemein + auslaender + zweifel_ts > 50 and auslaender + zweifel_ts > 0):
            offen = True
    elif allgemein and auslaender and allgemein + auslaender > 50:
        offen = True  # offene Rechtsfrage 104c-geldstrafen-gemischt: how both limits combine is open
    wert = True if treffer else (None if offen else False)
    text = (f"{len(verurteilungen)} Verurteilung(en); Geldstrafen (vorsätzlich, Inland): {allgemein} Tagessätze allgemein, "
            f"{auslaender} Tagessätze nur von Ausländern begehbar" + (f", {zweifel_ts} Tagessätze nicht zuzuordnen" if zweifel_ts else "")
            + (f"; {'; '.join(notizen)}" if notizen else ""))
    return wert, text


def _ja(v: Optional[bool]) -> str:
    return {True: "ja", False: "nein", None: "unbekannt"}[v]


def _ledig(m: Sachverhalt) -> tuple[Optional[bool], str]:
    fs = m.haushalt.familienstand
    if fs is None:
        return None, "Familienstand nicht erfasst"
    if fs == Familienstand.ledig:
        return True, "Familienstand: ledig"
    if fs in (Familienstand.verheiratet, Familienstand.eingetragene_lebenspartnerschaft):
        return False, f"Familienstand: {fs.value}"
    return None, f"Familienstand: {fs.value}; ob das als „ledig“ gilt, ist nicht geklärt"


def _member_facts(f: Fakten, m: Angehoeriger, haupt: Sachverhalt, stichtag: date) -> None:
    """Add the relation facts of member ``m`` (relative to the main person) to ``f``."""
    b = m.beziehung
    rel = f"Beziehung zur Hauptperson: {_BEZIEHUNG_TEXT[b]}"
    f.set("angehoeriger_ehegatte_oder_lebenspartner", b in (Beziehung.ehegatte, Beziehung.lebenspartner), rel)
    f.set("angehoeriger_kind", b == Beziehung.kind, rel)
    f.set("angehoeriger_elternteil", b == Beziehung.elternteil, rel)
    f.set("angehoeriger_geschwister", b == Beziehung.geschwister, rel)
    f.set("angehoeriger_personensorgeberechtigt", m.personensorgeberechtigt if b == Beziehung.elternteil else False,
          f"Personensorge für die Hauptperson: {_ja(m.personensorgeberechtigt)}" if b == Beziehung.elternteil else "kein Elternteil")
    ledig, wie = _ledig(m)
    f.set("angehoeriger_ledig", ledig, wie)
    f.set("angehoeriger_haeusliche_gemeinschaft", m.im_haushalt, f"lebt im Haushalt der Hauptperson: {_ja(m.im_haushalt)}")
    if m.familiaere_lebensgemeinschaft is not None:
        flg, wie = m.familiaere_lebensgemeinschaft, f"Angabe: {_ja(m.familiaere_lebensgemeinschaft)}"
    elif m.im_haushalt is True:
        flg, wie = True, "keine eigene Angabe; lebt mit der Hauptperson in einem Haushalt"
    else:
        flg, wie = None, f"keine Angabe; lebt im Haushalt: {_ja(m.im_haushalt)}"
    f.set("angehoeriger_familiaere_lebensgemeinschaft", flg, wie)
    geb, ein = m.person.geburtsdatum, m.person.einreisedatum
    if geb is None or ein is None:
        f.set("angehoeriger_minderjaehrig_bei_einreise", None, "Geburts- oder Einreisedatum nicht erfasst")
    else:
        jahre = age(geb, ein)
        f.set("angehoeriger_minderjaehrig_bei_einreise", jahre < 18,
              f"geboren {format_datum(geb)}, eingereist {format_datum(ein)} mit {jahre} Jahren")
    hgeb = haupt.person.geburtsdatum
    if hgeb is None:
        f.set("stammperson_minderjaehrig", None, "Geburtsdatum der Hauptperson nicht erfasst")
    else:
        jahre = age(hgeb, stichtag)
        f.set("stammperson_minderjaehrig", jahre < 18, f"Hauptperson geboren {format_datum(hgeb)}, {jahre} Jahre am {format_datum(stichtag)}")
    # tilgungsreife Verurteilungen dürfen nicht vorgehalten werden (§ 51 Abs. 1 BZRG); ist das offen, zählt
    # der Wert nur, wenn er mit und ohne die fraglichen Verurteilungen derselbe ist
    tilgung = bzrg.pruefen(m.verurteilungen, stichtag)
    for name, ausgenommen in (("verurteilung_ueber_schwelle_104c", True), ("verurteilung_ueber_schwelle_25a_abs3", False)):
        if tilgung is None:
            wert, wie = verurteilung_ueber_schwelle(m.verurteilungen, ausgenommen)
        else:
            wert, wie = verurteilung_ueber_schwelle(list(tilgung.sicher), ausgenommen)
            if tilgung.unsicher:
                wert_mit, _ = verurteilung_ueber_schwelle([*tilgung.sicher, *tilgung.unsicher], ausgenommen)
                if wert_mit != wert:
                    wert = None
            wie = f"{wie}. {tilgung.text}"
        f.set(name, wert, wie)


def _completed(m: Angehoeriger, haupt: Sachverhalt) -> tuple[Angehoeriger, tuple[str, ...]]:
    """The member's record, with the household's livelihood (and, for a partner, children) if left empty."""
    update, hinweise = {}, []
    if m.im_haushalt is True and m.lebensunterhalt == Lebensunterhalt() and haupt.lebensunterhalt != Lebensunterhalt():
        update["lebensunterhalt"] = haupt.lebensunterhalt
        hinweise.append("Lebensunterhalt: Angaben der Hauptperson zur Bedarfsgemeinschaft verwendet")
    if (m.beziehung in (Beziehung.ehegatte, Beziehung.lebenspartner) and m.im_haushalt is True
            and m.haushalt.kinder is None and haupt.haushalt.kinder is not None):
        update["haushalt"] = m.haushalt.model_copy(update={"kinder": haupt.haushalt.kinder})
        hinweise.append("Kinder: Angaben der Hauptperson verwendet (gemeinsamer Haushalt)")
    return (m.model_copy(update=update) if update else m), tuple(hinweise)


# --- the chaining -----------------------------------------------------------------------------------
def _order(regelwerk: Regelwerk) -> list[str]:
    """Family rules in chaining order: a right comes after the derived right it is anchored on."""
    fam = {k: regelwerk.versionen[k][0].datei.familie for k in regelwerk.familiennormen()}
    done: list[str] = []
    while len(done) < len(fam):
        ready = [k for k in sorted(fam) if k not in done and (fam[k].stammnorm not in fam or fam[k].stammnorm in done)]
        if not ready:  # a cycle: rules.load reports self-reference; longer cycles are not chained
            ready = [k for k in sorted(fam) if k not in done]
        done += ready
    return done


Bewerter = Callable[[Fakten, str], tuple[Status, Optional[Ergebnis]]]


def _label(aktenzeichen: Optional[str], rolle: str) -> str:
    return f"{aktenzeichen} ({rolle})" if aktenzeichen else rolle


def _run(regelwerk: Regelwerk, s: Sachverhalt, stichtag: date, bewerten: Bewerter,
         norms: Optional[Iterable[str]], haupt: Optional[Fakten] = None,
         vorab: Optional[list[dict[str, tuple[Status, object]]]] = None) -> tuple[list, list, list]:
    eigene_normen = list(norms) if norms is not None else regelwerk.norms()
    members = list(s.angehoerige or [])
    completed = [_completed(m, s) for m in members]
    rollen = [f"Angehörige/r {i + 1} ({_BEZIEHUNG_TEXT[m.beziehung]})" for i, m in enumerate(members)]
    labels = [_label(s.aktenzeichen, HAUPTPERSON)] + [_label(m.aktenzeichen, r) for m, r in zip(members, rollen)]
    fakten = [haupt or derive(s, stichtag, regelwerk.parameter)] + [derive(m, stichtag, regelwerk.parameter) for m, _ in completed]
    for f, (m, _) in zip(fakten[1:], completed):
        _member_facts(f, m, s, stichtag)
    own, derived = chain(regelwerk, fakten, [(m.beziehung, m.im_haushalt) for m in members], labels, bewerten, eigene_normen,
                         vorab(fakten) if vorab else None)
    return labels, own, [(rollen, completed, derived)]  # one tuple: unpacked by both callers


def _copy(f: Fakten) -> Fakten:
    herleitung = Herleitung()
    herleitung._data.update(f.herleitung._data)  # lazy sentences stay lazy
    return Fakten(f.stichtag, dict(f.werte), herleitung)


def chain(regelwerk: Regelwerk, fakten: list[Fakten], meta: list[tuple[Beziehung, Optional[bool]]], labels: list[str],
          bewerten: Bewerter, eigene_normen: Iterable[str] = (),
          vorab: Optional[list[dict[str, tuple[Status, object]]]] = None) -> tuple[list, list]:
    """The forward chaining on derived facts: ``fakten[0]`` the main person, ``fakten[i]`` member ``i``
    with ``meta[i - 1]`` = (beziehung, im_haushalt). Returns (own, derived) per person:
    own[i][kennung] = bewerten(...) of own pathways and anchors, derived[i][kennung] = (_Roh, norm).
    ``vorab``: per person, own results already evaluated on the same facts (by the same evaluator)."""
    own: list[dict[str, tuple[Status, object]]] = [dict(v) for v in vorab] if vorab else [{} for _ in fakten]

    def own_result(i: int, kennung: str) -> tuple[Status, object]:
        if kennung not in own[i]:
            own[i][kennung] = bewerten(fakten[i], kennung)
        return own[i][kennung]

    for i in range(len(fakten)):
        for k in eigene_normen:
            own_result(i, k)
    familiennormen = set(regelwerk.familiennormen())
    derived: list[dict[str, tuple]] = [{} for _ in fakten]
    for kennung in _order(regelwerk):
        datei = regelwerk.versionen[kennung][0].datei
        fam = datei.familie
        stammtext = regelwerk.versionen[fam.stammnorm][0].datei.norm if fam.stammnorm in regelwerk.versionen else fam.stammnorm
        for n, (beziehung, im_haushalt) in enumerate(meta, start=1):
            if beziehung not in fam.beziehungen:
                continue
            # the anchor: the main person, or the parents in the household with their own derived right
            if fam.stammperson == Stammperson.hauptperson:
                stamm = labels[0]
                if fam.stammnorm in familiennormen:
                    stammstatus = Status.nicht_erfuellt  # the main person has no derived right of its own
                elif fam.stammnorm in regelwerk.versionen:
                    stammstatus = own_result(0, fam.stammnorm)[0]
                else:
                    stammstatus = Status.ungeklaert  # no rule file loaded for that norm
                wie = f"{stamm}: {stammtext} {stammstatus.text}"
                lebensgemeinschaft = None
            else:
                eltern = [j for j, (b, _) in enumerate(meta, start=1) if b == Beziehung.elternteil]
                werte = [derived[j][fam.stammnorm][0].status if fam.stammnorm in derived[j] else Status.nicht_erfuellt for j in eltern]
                stammstatus = _TRI_STATUS[any3(_STATUS_TRI[w] for w in werte)]
                stamm = ", ".join(labels[j] for j in eltern) or "kein Elternteil im Haushalt erfasst"
                wie = "; ".join(f"{labels[j]}: {stammtext} {w.text}" for j, w in zip(eltern, werte)) or stamm
                # the sibling must live with that parent: both in the main person's household
                lebensgemeinschaft = any3(all3([im_haushalt, meta[j - 1][1]]) for j in eltern) if eltern else False
            f = _copy(fakten[n])
            f.set("stammrecht_erfuellt", _STATUS_TRI[stammstatus], wie)
            if lebensgemeinschaft is not None:
                f.set("angehoeriger_familiaere_lebensgemeinschaft", lebensgemeinschaft,
                      f"Geschwister und Elternteil leben im Haushalt der Hauptperson: {_ja(lebensgemeinschaft)}")
            if fam.eigene_pruefung is not None:
                f.set("eigene_voraussetzungen_erfuellt", *_eigene(regelwerk, own_result(n, fam.eigene_pruefung), fam.ohne, fam.eigene_pruefung))
            status, ergebnis = bewerten(f, kennung)
            derived[n][kennung] = (_Roh(status, stamm, stammstatus, stammtext, ergebnis), datei.norm)
    return own, derived


@dataclass(frozen=True)
class _Roh:
    status: Status
    stamm: str
    stammstatus: Status
    stammtext: str
    ergebnis: Optional[Ergebnis]


def _eigene(regelwerk: Regelwerk, result: tuple[Status, Optional[Ergebnis]], ohne: list[str],
            kennung: str) -> tuple[Optional[bool], Union[str, Callable[[], str]]]:
    status, ergebnis = result
    norm = regelwerk.versionen[kennung][0].datei.norm if kennung in regelwerk.versionen else kennung
    if kennung not in regelwerk.versionen:
        return None, f"für {norm} ist kein Regelwerk geladen"
    statuses = _requirement_statuses(ergebnis)
    if not statuses:
        if status == Status.ungeklaert:  # the version of that day is not modelled: nothing was judged
            return None, getattr(ergebnis, "hinweis", None) or f"die am Stichtag geltende Fassung von {norm} ist nicht abgebildet"
        return False, f"{norm} ist am Stichtag nicht in Kraft"
    rest = {i: st for i, st in statuses.items() if i not in ohne}
    wert = all3(_STATUS_TRI[st] for st in rest.values())

    def wie() -> str:  # the Herleitung sentence, built when it is read (a caseload row does not read it)
        titel = {b.id: b.titel for b in getattr(ergebnis, "voraussetzungen", ())}
        offen = [f"{titel.get(i, i)}: {st.text}" for i, st in rest.items() if st != Status.erfuellt]
        erlassen = ", ".join(titel.get(i, i) for i in ohne if i in statuses)
        return (f"eigene Prüfung nach {norm}" + (f" (nicht verlangt: {erlassen})" if erlassen else "") + ": "
                + ("; ".join(offen) if offen else "alle übrigen Voraussetzungen erfüllt"))
    return wert, wie


def _requirement_statuses(ergebnis) -> dict[str, Status]:
    if isinstance(ergebnis, dict):  # reference path
        return ergebnis
    return {b.id: b.status for b in ergebnis.voraussetzungen} if ergebnis is not None else {}


def screen_haushalt(screener, sachverhalt: Sachverhalt, stichtag: date, norms: Optional[Iterable[str]] = None, *,
                    haupt: Optional[tuple[Fakten, Iterable[Ergebnis]]] = None) -> Haushaltsergebnis:
    """Screen the main person and every household member; derive family rights in durable-rules.

    ``screener`` is a :class:`kimrules.pruefung.screening.Screener`; ``norms`` restricts the persons' *own*
    pathways (as ``Screener.screen``); family-derived rights are always checked. ``haupt``: the main
    person's facts and own results on ``norms`` as the same screener gave them (``derive`` and
    :meth:`Screener.screen_facts_all`), so they are not derived and screened a second time.
    Every person's own pathways are screened in one bundle (:meth:`Screener.screen_facts_all`).
    """
    eigene_normen = list(norms) if norms is not None else screener.regelwerk.norms()

    def vorab(fakten: list[Fakten]) -> list[dict[str, tuple[Status, object]]]:
        out = []
        for i, f in enumerate(fakten):
            if not eigene_normen:
                ergebnisse = []
            elif i == 0 and haupt is not None:
                ergebnisse = list(haupt[1])
            else:
                ergebnisse = screener.screen_facts_all(f, eigene_normen)
            out.append({e.kennung: (e.status, e) for e in ergebnisse})
        return out

    labels, own, ((rollen, completed, derived),) = _run(screener.regelwerk, sachverhalt, stichtag, engine_bewerter(screener), norms,
                                                        haupt[0] if haupt is not None else None, vorab)
    eigene_normen = list(norms) if norms is not None else screener.regelwerk.norms()
    personen = []
    for i, label in enumerate(labels):
        eigene = tuple(own[i][k][1] for k in eigene_normen)
        abgeleitet = []
        for kennung, (roh, norm) in derived[i].items():
            abgeleitet.append(AbgeleitetesRecht(
                kennung=kennung, norm=norm, status=roh.status, stamm=roh.stamm, stammnorm=roh.stammtext,
                stammstatus=roh.stammstatus, erklaerung=_erklaerung(roh, norm), ergebnis=roh.ergebnis,
            ))
        if i == 0:
            personen.append(Personenergebnis(HAUPTPERSON, sachverhalt.aktenzeichen, None, eigene, ()))
        else:
            m, hinweise = completed[i - 1]
            personen.append(Personenergebnis(rollen[i - 1], m.aktenzeichen, m.beziehung.value, eigene, tuple(abgeleitet), hinweise))
    return Haushaltsergebnis(sachverhalt.aktenzeichen, stichtag, tuple(personen))


def _erklaerung(roh: _Roh, norm: str) -> str:
    e = roh.ergebnis
    offen = [b for b in e.voraussetzungen if b.status != Status.erfuellt] if e is not None else []
    if e is not None and not e.voraussetzungen:
        grund = e.hinweis or "nicht in Kraft"
    elif roh.status == Status.erfuellt:
        grund = "alle Voraussetzungen erfüllt"
    else:
        grund = "; ".join(f"{b.titel}: {b.status.text}" for b in offen)
    return f"abgeleitet von {roh.stamm} nach {norm}: {roh.status.text} – {roh.stammtext} der stammberechtigten Person {roh.stammstatus.text}; {grund}"


# --- reference (no engine) ------------------------------------------------------------------------------
def engine_bewerter(screener) -> Bewerter:
    """Evaluate a norm for one person's facts in durable-rules (:meth:`Screener.screen_facts`)."""

    def bewerten(f: Fakten, kennung: str) -> tuple[Status, Ergebnis]:
        e = screener.screen_facts(f, kennung)
        return e.status, e
    return bewerten


def reference_bewerter(regelwerk: Regelwerk) -> Bewerter:
    def bewerten(f: Fakten, kennung: str) -> tuple[Status, Optional[dict[str, Status]]]:
        fassung = regelwerk.select(kennung, f.stichtag)
        if fassung is None:  # as the screening decides it: not in force, or the version is not modelled
            nicht_in_kraft = regelwerk.geltung(kennung, f.stichtag) is Geltung.nicht_in_kraft
            return (Status.nicht_erfuellt if nicht_in_kraft else Status.ungeklaert), {}
        st = {v.id: logic.evaluate(v.bedingung, f.werte, fassung.parameter).status for v in fassung.datei.voraussetzungen}
        return Status.from_rank(min(s.rank for s in st.values())), st
    return bewerten


def reference_haushalt(regelwerk: Regelwerk, sachverhalt: Sachverhalt, stichtag: date,
                       norms: Optional[Iterable[str]] = None) -> dict[tuple[int, str, str], Status]:
    """The statuses :func:`statuses` reads from ``screen_haushalt``, computed by the reference evaluator."""
    _, own, ((_, _, derived),) = _run(regelwerk, sachverhalt, stichtag, reference_bewerter(regelwerk), norms)
    return chain_statuses(own, derived)


def chain_statuses(own: list, derived: list) -> dict[tuple[int, str, str], Status]:
    """(person index, kennung, requirement id or "" for the pathway) -> status, from :func:`chain`'s result
    (with either evaluator)."""
    out: dict[tuple[int, str, str], Status] = {}
    for i, (eigene, abgeleitet) in enumerate(zip(own, derived)):
        for k, (status, ergebnis) in [*eigene.items(), *((k, (roh.status, roh.ergebnis)) for k, (roh, _) in abgeleitet.items())]:
            out[(i, k, "")] = status
            out.update({(i, k, r): st for r, st in _requirement_statuses(ergebnis).items()})
    return out


def statuses(h: Haushaltsergebnis) -> dict[tuple[int, str, str], Status]:
    """(person index, kennung, requirement id or "" for the pathway) -> status."""
    out: dict[tuple[int, str, str], Status] = {}
    for i, p in enumerate(h.personen):
        for e in p.eigene:
            out[(i, e.kennung, "")] = e.status
            out.update({(i, e.kennung, b.id): b.status for b in e.voraussetzungen})
        for a in p.abgeleitet:
            out[(i, a.kennung, "")] = a.status
            out.update({(i, a.kennung, b.id): b.status for b in a.ergebnis.voraussetzungen})
    return out
