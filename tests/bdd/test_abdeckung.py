"""Static coverage: every requirement of every version of every norm has scenarios on both sides.

The expected statuses are read from the feature files (outlines expanded), the
version from the scenario's Stichtag via ``Regelwerk.select`` – nothing is run,
so the result does not depend on which scenarios ran or in what order.

Run ``python tests/bdd/test_abdeckung.py`` to print the coverage table.
"""

from __future__ import annotations

import re
from collections import defaultdict

from gherkin_index import alle_faelle
from kimrules import Status, load_rules
from kimrules.basis.dates import parse_datum
from kimrules.regelwerk.rules import Regelwerk
from steps_familie import FAMILIE_NORMEN, FAMILIE_PRUEFUNG_RE
from steps_pruefung import NORMEN, PRUEFUNG_RE, STICHTAG_RE, VORAUSSETZUNG_RES

ERFUELLT, NICHT, OFFEN = Status.erfuellt.text, Status.nicht_erfuellt.text, Status.ungeklaert.text

# Requirements whose condition cannot evaluate to "nicht erfüllt" (they need "ungeklärt" instead),
# keyed by norm and id, with the versions (gueltig_ab) for which this holds:
KANN_NICHT_NICHT_ERFUELLT: dict[str, dict[str, set[str]]] = {"aufenthg_25b": {
    # rules/aufenthg/25b/*.yaml, id "pass": eine_von [pass_gueltig ist true, einzelfall "… kann nach § 5 Abs. 3
    # Satz 2 davon absehen …"] – a Regelvoraussetzung with a discretionary waiver, so at worst "ungeklärt".
    "pass": {"2015-08-01", "2020-01-01", "2022-12-31", "2027-07-01"},
    # id "nachhaltige_integration": alle [eine_von [taeuschung_frueher false, alle [true, einzelfall …]],
    # eine_von [atypischer_fall false, alle [true, einzelfall …]]] – past deception and atypical cases only open
    # the Gesamtschau to the authority (BayVGH 19 CS 18.164), they never exclude by themselves.
    "nachhaltige_integration": {"2015-08-01", "2020-01-01", "2022-12-31", "2027-07-01"},
    # id "identitaet" without Abs. 8: eine_von [identitaet_geklaert ist true, einzelfall "… § 5 Abs. 3 Satz 2 …"].
    # From 31.12.2022 to 30.06.2027 Abs. 8 makes it "nicht erfüllt" for § 104c holders without zumutbare Maßnahmen.
    "identitaet": {"2015-08-01", "2020-01-01", "2027-07-01"},
    # id "kein_ausweisungsinteresse_regel": eine_von [verurteilung_vorhanden ist false, einzelfall "… § 5 Abs. 3
    # Satz 2 …"] – § 5 Abs. 1 Nr. 2 is a Regelvoraussetzung; convictions below § 25b Abs. 2 Nr. 2 open discretion.
    "kein_ausweisungsinteresse_regel": {"2015-08-01", "2020-01-01", "2022-12-31", "2027-07-01"},
}, "aufenthg_25a": {
    # rules/aufenthg/25a/*.yaml, id "lebensunterhalt": eine_von [lebensunterhalt_gesichert, in Schule/Ausbildung/Studium
    # (Abs. 1 Satz 2), einzelfall "… § 5 Abs. 3 Satz 2 …"] – § 5 Abs. 1 Nr. 1 is a Regelvoraussetzung with a
    # discretionary waiver (LAW.md § 3.2 Nr. 7), so at worst "ungeklärt".
    "lebensunterhalt": {"2015-08-01", "2022-12-31", "2027-07-01"},
    # id "kein_ausweisungsinteresse_regel": eine_von [no conviction and no § 54 Abs. 1 Nr. 2–5 interest, einzelfall] –
    # § 25a names no Tagessatz limit for the main applicant (LAW.md § 10 Nr. 9); the fact cannot tell § 54 Abs. 1
    # Nr. 2/4 (§ 5 Abs. 4, mandatory) from Nr. 3/5, so a conviction or interest opens the case, never decides it.
    "kein_ausweisungsinteresse_regel": {"2015-08-01", "2022-12-31", "2027-07-01"},
    # id "identitaet" without Abs. 6: eine_von [identitaet_geklaert, einzelfall "… § 5 Abs. 3 Satz 2 …"]. From
    # 31.12.2022 to 30.06.2027 Abs. 6 makes it "nicht erfüllt" for § 104c holders without zumutbare Maßnahmen.
    "identitaet": {"2015-08-01", "2027-07-01"},
    # id "pass": eine_von [pass_gueltig, einzelfall] – Regelvoraussetzung, exceptions when a passport cannot be
    # obtained (LAW.md § 3.2 Nr. 8), some authorities allow none (PRACTICE.md § 1.2): at worst "ungeklärt".
    "pass": {"2015-08-01", "2022-12-31", "2027-07-01"},
    # id "regelfall": past deception and atypical circumstances only open the Soll-Vorschrift to the authority
    # (PRACTICE.md § 2.5), they never exclude by themselves.
    "regelfall": {"2015-08-01", "2022-12-31", "2027-07-01"},
}, "aufenthg_104c": {
    # rules/aufenthg/104c/2022-12-31.yaml, id "kein_ausweisungsinteresse": eine_von [no conviction and no § 54 Abs. 1
    # Nr. 2–5 interest, einzelfall, einzelfall] – § 104c does not waive § 5 Abs. 1 Nr. 2 (LAW.md § 2.3), but whether
    # § 5 Abs. 3 Satz 2 allows a waiver is open (LAW.md § 10 Nr. 8) and the fact cannot tell § 54 Abs. 1 Nr. 2/4
    # (§ 5 Abs. 4, mandatory) from Nr. 3/5: a conviction or interest opens the case, never decides it.
    "kein_ausweisungsinteresse": {"2022-12-31"},
    # id "kein_atypischer_fall": a very young child (LAW.md § 2.4 Nr. 3, § 10 Nr. 6) or stated special circumstances
    # only open the Soll-Vorschrift to the authority's discretion; they never exclude by themselves.
    "kein_atypischer_fall": {"2022-12-31"},
}, "aufenthg_104c_abs2": {
    # rules/aufenthg/104c_abs2/2022-12-31.yaml, id "duldung_angehoeriger": eine_von [geduldet, alle [nicht geduldet,
    # einzelfall]] – whether family members must themselves be geduldet is open (LAW.md § 10 Nr. 7), never "nein".
    "duldung_angehoeriger": {"2022-12-31"},
    # id "keine_identitaetstaeuschung": Abs. 1 Satz 2 (via Abs. 2 Satz 3) is a Soll-Versagung that needs repeated,
    # intentional deception that prevented deportation (LAW.md § 2.4 Nr. 1): the file can only open the case.
    "keine_identitaetstaeuschung": {"2022-12-31"},
}}

# Requirements that cannot evaluate to "erfüllt" for any client (they need "ungeklärt" instead), keyed like the
# list above: versions under which nothing is granted any more (rule file: keine_neuerteilung).
KANN_NICHT_ERFUELLT: dict[str, dict[str, set[str]]] = {"aufenthg_104c": {
    # rules/aufenthg/104c/2025-12-31.yaml, id "neuerteilung": eine_von [erteilungsgrundlage_104c_besteht (always
    # "nein" on a Stichtag of this version: the grant basis ran 31.12.2022 – 30.12.2025, LAW.md § 1), alle [timely
    # application, no permit, einzelfall LAW.md § 10 Nr. 1]] – at best "ungeklärt": nothing is granted any more.
    "neuerteilung": {"2025-12-31"},
}}

_STICHTAG = re.compile(STICHTAG_RE)
_PRUEFUNG = re.compile(PRUEFUNG_RE)
_FAMILIE = re.compile(FAMILIE_PRUEFUNG_RE)  # family-derived rights: "§ 25b Abs. 4 AufenthG für "Ehefrau" geprüft wird"
_ALLE_NORMEN = {**NORMEN, **FAMILIE_NORMEN}
_VORAUSSETZUNG = [re.compile(r) for r in VORAUSSETZUNG_RES]


Schluessel = tuple[str, str, str]  # (norm kennung, version gueltig_ab, requirement id)


def erwartungen(regelwerk: Regelwerk) -> tuple[dict[Schluessel, set[str]], list[str]]:
    """(norm, version, requirement id) -> expected statuses; plus problems (missing Stichtag, unknown ids)."""
    gesehen: dict[Schluessel, set[str]] = defaultdict(set)
    probleme: list[str] = []
    for fall in alle_faelle():
        tage = [m for s in fall.szenario.steps if s.type == "given" and (m := _STICHTAG.fullmatch(s.name))]
        pruefungen = [m for s in fall.szenario.steps if s.type == "then" for r in _VORAUSSETZUNG if (m := r.fullmatch(s.name))]
        normen = [m["norm"] for s in fall.szenario.steps if s.type == "when" and (m := _PRUEFUNG.fullmatch(s.name) or _FAMILIE.fullmatch(s.name))]
        if not normen:
            continue  # not a screening scenario (e.g. deadlines)
        if not tage:
            probleme.append(f"{fall.ort}: kein Stichtag")
            continue
        norm = _ALLE_NORMEN[normen[-1]]
        fassung = regelwerk.select(norm, parse_datum(tage[-1]["tag"]))
        if fassung is None:
            if pruefungen:
                probleme.append(f"{fall.ort}: prüft Voraussetzungen an einem Stichtag, an dem {normen[-1]} nicht gilt")
            continue
        ids = {v.id for v in fassung.datei.voraussetzungen}
        for m in pruefungen:
            if m["id"] not in ids:
                probleme.append(f"{fall.ort}: die Fassung ab {fassung.datei.gueltig_ab} hat keine Voraussetzung „{m['id']}“")
            gesehen[(norm, fassung.datei.gueltig_ab.isoformat(), m["id"])].add(m["status"])
    return gesehen, probleme


def _alle_voraussetzungen(regelwerk: Regelwerk):
    for norm, fassungen in sorted(regelwerk.versionen.items()):
        for f in fassungen:
            for v in f.datei.voraussetzungen:
                yield norm, f.datei.gueltig_ab.isoformat(), v.id


def tabelle(regelwerk: Regelwerk, gesehen: dict[Schluessel, set[str]]) -> str:
    zeilen = [f"{'Norm':<14} {'Fassung':<11} {'Voraussetzung':<42} {ERFUELLT:^8} {NICHT:^13} {OFFEN:^9}"]
    for schluessel in _alle_voraussetzungen(regelwerk):
        s = gesehen.get(schluessel, set())
        marke = ["x" if st in s else "-" for st in (ERFUELLT, NICHT, OFFEN)]
        norm, ab, id_ = schluessel
        zeilen.append(f"{norm:<14} {ab:<11} {id_:<42} {marke[0]:^8} {marke[1]:^13} {marke[2]:^9}")
    return "\n".join(zeilen)


def test_jede_voraussetzung_jeder_fassung_ist_beidseitig_abgedeckt() -> None:
    regelwerk = load_rules()
    gesehen, probleme = erwartungen(regelwerk)
    fehlend = []
    for norm, ab, id_ in _alle_voraussetzungen(regelwerk):
        s = gesehen.get((norm, ab, id_), set())
        gegenseite = OFFEN if ab in KANN_NICHT_NICHT_ERFUELLT.get(norm, {}).get(id_, set()) else NICHT
        seite = OFFEN if ab in KANN_NICHT_ERFUELLT.get(norm, {}).get(id_, set()) else ERFUELLT
        fehlend += [f"{norm}, Fassung ab {ab}, „{id_}“: kein Szenario mit „{st}“" for st in (seite, gegenseite) if st not in s]
    assert not (probleme or fehlend), "\n".join(probleme + fehlend) + "\n\n" + tabelle(regelwerk, gesehen)


def test_ausnahmeliste_ist_aktuell() -> None:
    """Every allow-listed (id, version) exists, and none of them is ever expected 'nicht erfüllt'."""
    regelwerk = load_rules()
    gesehen, _ = erwartungen(regelwerk)
    vorhanden = set(_alle_voraussetzungen(regelwerk))
    falsch = [
        f"{norm} / {id_} / {ab}: " + ("gibt es nicht" if (norm, ab, id_) not in vorhanden else "ein Szenario erwartet „nicht erfüllt“")
        for norm, ids in KANN_NICHT_NICHT_ERFUELLT.items()
        for id_, fassungen in ids.items()
        for ab in sorted(fassungen)
        if (norm, ab, id_) not in vorhanden or NICHT in gesehen.get((norm, ab, id_), set())
    ]
    assert not falsch, "Ausnahmeliste KANN_NICHT_NICHT_ERFUELLT anpassen:\n" + "\n".join(falsch)


def test_liste_ohne_erfuellt_ist_aktuell() -> None:
    """Every id in KANN_NICHT_ERFUELLT exists, its version grants nothing new, and no scenario expects 'erfüllt'."""
    regelwerk = load_rules()
    gesehen, _ = erwartungen(regelwerk)
    vorhanden = set(_alle_voraussetzungen(regelwerk))
    ohne_neuerteilung = {(k, f.datei.gueltig_ab.isoformat()) for k, fs in regelwerk.versionen.items() for f in fs
                         if f.datei.keine_neuerteilung is not None}
    falsch = [
        f"{norm} / {id_} / {ab}: " + ("gibt es nicht" if (norm, ab, id_) not in vorhanden
                                      else "die Fassung hat kein keine_neuerteilung" if (norm, ab) not in ohne_neuerteilung
                                      else "ein Szenario erwartet „erfüllt“")
        for norm, ids in KANN_NICHT_ERFUELLT.items()
        for id_, fassungen in ids.items()
        for ab in sorted(fassungen)
        if (norm, ab, id_) not in vorhanden or (norm, ab) not in ohne_neuerteilung or ERFUELLT in gesehen.get((norm, ab, id_), set())
    ]
    assert not falsch, "Liste KANN_NICHT_ERFUELLT anpassen:\n" + "\n".join(falsch)

if __name__ == "__main__":  # pragma: no cover
    _rw = load_rules()
    print(tabelle(_rw, erwartungen(_rw)[0]))
