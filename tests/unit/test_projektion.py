"""The earliest-date projection (kimrules.fristen.projektion, kimrules.fristen.vorausschau).

The central property: between two candidate days nothing a rule can see changes. It is
checked against the brute force – screening every single day – on generated clients
(bench/gen.py) and on hand-made cases at month ends and 29 February.
"""

from __future__ import annotations

import importlib.util
import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from kimrules import Screener, Status, load_rules
from kimrules.akte import client
from kimrules.basis.dates import add_months
from kimrules.basis.yamlio import Document
from kimrules.fakten.derive import derive
from kimrules.akte.facts import Sachverhalt, Statusart
from kimrules.fristen.projektion import (
    HORIZONT_MONATE, PASS_FAKT, Projektion, _auswerten, _benutzt, _fortgeschrieben, _mit_pass, _nicht_erfuellt, _regelwerk_tage,
    als_frist, kandidaten, stand_am,
)
from kimrules.fristen.vorausschau import fruehestens, projektionen

ROOT = Path(__file__).resolve().parents[2]


def _gen():
    spec = importlib.util.spec_from_file_location("bench_gen", ROOT / "bench" / "gen.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(load_rules())


def grundfall(**aenderungen) -> dict:
    """A well-integrated geduldete person (every § 25b requirement met except the time)."""
    d = {
        "aktenzeichen": "T-1",
        "person": {"geburtsdatum": date(1990, 1, 1)},
        "aufenthalt": [{"status": "duldung", "von": date(2021, 9, 15)}],
        "auslandsaufenthalte": [],
        "haushalt": {"familienstand": "ledig", "kinder": [], "familienangehoeriger_25b_beguenstigter": False},
        "sprache": {"nachweise": [{"niveau": "A2", "muendlich": True, "schriftlich": True}], "integrationskurs_moeglich": True},
        "leben_in_deutschland_test": {"bestanden": True},
        "bekenntnis": {"abgegeben": True},
        "bildung": {"deutscher_schulabschluss": False, "berufsabschluss_deutschland": False, "in_ausbildung_oder_studium": False},
        "lebensunterhalt": {"bedarf_eur_monat": 1500.0, "einkommen": [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 1500.0}],
                            "leistungen": [], "leistungsbezug_voruebergehend": False, "prognose_anhaltspunkte": False,
                            "alleinerziehend_arbeit_unzumutbar": False, "pflegt_angehoerige": False},
        "identitaet": {"geklaert": True, "pass": {"vorhanden": True, "gueltig_bis": date(2040, 12, 31)}, "taeuschung_aktuell": False,
                       "mitwirkung_verweigert_aktuell": False, "taeuschung_frueher": False, "zumutbare_massnahmen_ergriffen": True},
        "verurteilungen": [],
        "sonstiges_ausweisungsinteresse": False,
        "beeintraechtigung": {"lebensunterhalt": False, "sprache": False},
        "besonderheiten": {"besondere_integrationsleistungen": False, "atypischer_fall": False},
    }
    d.update(aenderungen)
    return d


def _taeglich_gleich(screener: Screener, s: Sachverhalt, stichtag: date, tage: int) -> None:
    norms = screener.regelwerk.norms()
    bis = stichtag + timedelta(days=tage)
    v = _jeder_kandidatentag(screener, s, stichtag, bis)
    perioden, _ = _fortgeschrieben(s, stichtag)
    for i in range(tage + 1):
        tag = stichtag + timedelta(days=i)
        fakten = derive(stand_am(s, stichtag, tag, perioden=perioden), tag, screener.regelwerk.parameter)
        for n in norms:
            erwartet = _nicht_erfuellt(screener.screen_facts(fakten, n))
            eintrag = [e for e in v[n] if e[0] <= tag][-1]
            assert eintrag[1] == erwartet, (
                f"{s.aktenzeichen} {n} am {tag}: Kandidat {eintrag[0]} sagt {sorted(eintrag[1] or [])}, "
                f"tägliche Prüfung {sorted(erwartet or [])}")


def test_kandidaten_decken_jeden_tag_ab_generierte_akten(screener: Screener) -> None:
    gen = _gen()
    rng = random.Random(7)
    for i in range(6):
        st = date(2025, 1, 1) + timedelta(days=rng.randint(0, 900))
        client = gen.client(rng, st, i)
        s = Sachverhalt.model_validate(client)
        _taeglich_gleich(screener, s, st, 400)


@pytest.mark.parametrize("geburt, von", [
    (date(2008, 2, 29), date(2020, 8, 31)),  # 29.02. birthday, month-end residence start
    (date(2009, 1, 31), date(2021, 2, 28)),
])
def test_kandidaten_monatsende_und_schaltjahr(screener: Screener, geburt: date, von: date) -> None:
    d = grundfall(person={"geburtsdatum": geburt}, aufenthalt=[{"status": "duldung", "von": von}])
    d["haushalt"]["kinder"] = [{"geburtsdatum": date(2009, 3, 31), "ledig": True, "im_haushalt": True}]
    _taeglich_gleich(screener, Sachverhalt.model_validate(d), date(2026, 1, 20), 800)


def test_kandidaten_doctest_geburtstag_29_februar() -> None:
    s = Sachverhalt(aktenzeichen="x", person={"geburtsdatum": date(2008, 2, 29)})
    tage = kandidaten(s, date(2026, 2, 1), date(2026, 3, 31))
    assert date(2026, 3, 1) in tage  # 18th birthday completed on 01.03.2026 (§ 188 Abs. 3 BGB)
    assert date(2026, 2, 28) not in tage


def test_zeitabhaengige_frist_wird_mit_der_dann_geltenden_fassung_erreicht(screener: Screener) -> None:
    """Only the residence period is missing: the earliest day is erfüllt under the version in force on that day
    (the day itself and the law of § 25b are scenarios in features/fristen.feature)."""
    s = Sachverhalt.model_validate(grundfall())
    p = fruehestens(screener, s, date(2026, 11, 22), "aufenthg_25b")
    assert p.fassung_ab == screener.regelwerk.select("aufenthg_25b", p.datum).datei.gueltig_ab
    assert p.zeitabhaengig == ["voraufenthalt"] and p.nicht_durch_zeit == []
    assert p.status == Status.erfuellt
    assert screener.screen(s, p.datum, ["aufenthg_25b"])[0].status == Status.erfuellt
    assert screener.screen(s, p.datum - timedelta(days=1), ["aufenthg_25b"])[0].status != Status.erfuellt


def test_fassungswechsel_2022_verkuerzt_die_frist(screener: Screener) -> None:
    s = Sachverhalt.model_validate(grundfall(aufenthalt=[{"status": "duldung", "von": date(2016, 3, 1)}]))
    p = fruehestens(screener, s, date(2022, 6, 1), "aufenthg_25b")
    assert p.datum == date(2022, 12, 31) and p.fassung_ab == date(2022, 12, 31)  # 8 -> 6 years


def test_schon_erfuellt_am_stichtag(screener: Screener) -> None:
    s = Sachverhalt.model_validate(grundfall(aufenthalt=[{"status": "duldung", "von": date(2015, 1, 1)}]))
    p = fruehestens(screener, s, date(2025, 3, 1), "aufenthg_25b")
    assert p.datum == date(2025, 3, 1) and p.zeitabhaengig == [] and p.status == Status.erfuellt


def test_was_zeit_nicht_heilt(screener: Screener) -> None:
    d = grundfall()
    d["sprache"]["nachweise"] = []
    s = Sachverhalt.model_validate(d)
    p = fruehestens(screener, s, date(2026, 11, 22), "aufenthg_25b")
    assert p.datum == fruehestens(screener, Sachverhalt.model_validate(grundfall()), date(2026, 11, 22), "aufenthg_25b").datum
    assert "deutsch_a2" in p.nicht_durch_zeit and "voraufenthalt" in p.zeitabhaengig
    assert p.status != Status.erfuellt


def test_geplanter_sprachnachweis(screener: Screener) -> None:
    d = grundfall(geplant={"sprachnachweise": [{"niveau": "A2", "muendlich": True, "schriftlich": True, "erwartet_am": date(2028, 2, 10)}]})
    d["sprache"]["nachweise"] = []
    s = Sachverhalt.model_validate(d)
    p = fruehestens(screener, s, date(2026, 11, 22), "aufenthg_25b")
    assert p.datum == date(2028, 2, 10) and p.status == Status.erfuellt
    assert set(p.zeitabhaengig) >= {"voraufenthalt", "deutsch_a2"}
    assert any("Was-wäre-wenn" in a for a in p.annahmen)


def test_stand_am_wendet_geplantes_nur_ab_datum_an() -> None:
    d = grundfall(geplant={
        "pass": {"beantragt_am": date(2026, 1, 5), "erwartet_am": date(2027, 3, 1), "gueltig_bis": date(2037, 2, 28)},
        "statuswechsel": [{"status": "aufenthaltserlaubnis", "paragraph": "§ 25b", "ab": date(2028, 1, 1)}],
        "einkommen": [{"betrag_eur_monat": 200, "ab": date(2027, 1, 1)}],
        "bekenntnis_am": date(2027, 2, 1),
    })
    d["identitaet"]["pass"] = {"vorhanden": False}
    d["bekenntnis"] = {"abgegeben": False}
    s = Sachverhalt.model_validate(d)
    st = date(2026, 11, 22)
    vorher = stand_am(s, st, date(2026, 12, 31))
    assert vorher.identitaet.pass_.vorhanden is False and vorher.geplant is None and vorher.bekenntnis.abgegeben is False
    nachher = stand_am(s, st, date(2028, 1, 1))
    assert nachher.identitaet.pass_.gueltig_bis == date(2037, 2, 28)
    assert nachher.bekenntnis.abgegeben is True
    assert sum(e.betrag_eur_monat for e in nachher.lebensunterhalt.einkommen) == 1700
    assert [(p.status, p.bis) for p in nachher.aufenthalt] == [
        (Statusart.duldung, date(2027, 12, 31)), (Statusart.aufenthaltserlaubnis, None)]


def test_104c_wird_durch_fiktion_fortgeschrieben() -> None:
    d = grundfall(aufenthalt=[
        {"status": "duldung", "von": date(2016, 1, 1), "bis": date(2023, 8, 30)},
        {"status": "aufenthaltserlaubnis", "paragraph": "§ 104c", "von": date(2023, 8, 31)},
    ])
    s = Sachverhalt.model_validate(d)
    perioden, annahmen = _fortgeschrieben(s, date(2024, 6, 1))
    assert perioden[-2].bis == date(2025, 2, 28)  # 31.08.2023 + 18 months: no 31.02. (§ 188 Abs. 3 BGB)
    assert perioden[-1].status == Statusart.fiktionsbescheinigung and perioden[-1].von == date(2025, 3, 1)
    assert "§ 81 Abs. 4 Satz 1" in annahmen[0]
    fakten = derive(stand_am(s, date(2024, 6, 1), date(2026, 1, 1), perioden=perioden), date(2026, 1, 1))
    assert fakten.werte["inhaber_ae_104c"] is True


def test_nicht_in_kraft_im_horizont(screener: Screener) -> None:
    s = Sachverhalt.model_validate(grundfall())
    p = fruehestens(screener, s, date(2010, 1, 1), "aufenthg_25b", horizont_monate=24)
    assert p.datum is None and "nicht in Kraft" in p.hinweis
    f = als_frist(p)
    assert f.datum is None and f.offen_grund and f.art == "fruehestens_ab"


def test_als_frist(screener: Screener) -> None:
    s = Sachverhalt.model_validate(grundfall())
    p = projektionen(screener, s, date(2026, 11, 22), ["aufenthg_25b"])["aufenthg_25b"]
    f = als_frist(p)
    assert f.datum == p.datum and f.norm == "aufenthg_25b" and "§ 25b AufenthG" in f.fundstelle
    assert "Ununterbrochener Voraufenthalt" in f.hinweis


def _jeder_kandidatentag(screener: Screener, s: Sachverhalt, stichtag: date, bis: date) -> dict[str, list[tuple]]:
    """The plain way: derive on every candidate day, screen whenever a used fact's value changes. Per norm
    the entries (day, requirements not erfüllt, status, gueltig_ab of the version, {id: titel}, Ergebnis)."""
    regelwerk = screener.regelwerk
    perioden, _ = _fortgeschrieben(s, stichtag)
    out: dict[str, list[tuple]] = {n: [] for n in regelwerk.norms()}
    letzte: dict[str, tuple] = {}
    for tag in kandidaten(s, stichtag, bis, _regelwerk_tage(regelwerk)):
        fakten = derive(stand_am(s, stichtag, tag, perioden=perioden), tag, regelwerk.parameter)
        for n in out:
            fassung = regelwerk.select(n, tag)
            key = (None,) if fassung is None else (fassung.pfad, tuple(sorted(fassung.parameter.items())),
                                                  tuple((k, fakten.werte.get(k)) for k in _benutzt(fassung)))
            if letzte.get(n) != key:
                letzte[n] = key
                e = screener.screen_facts(fakten, n)
                out[n].append((tag, _nicht_erfuellt(e), e.status, fassung.datei.gueltig_ab if fassung else None,
                               {b.id: b.titel for b in e.voraussetzungen}, e))
    return out


def _projektion_jeden_tag(screener: Screener, s: Sachverhalt, stichtag: date, monate: int) -> dict[str, Projektion]:
    """The answer from every candidate day (what the search must give; the assumptions are compared elsewhere)."""
    bis = add_months(stichtag, monate)
    out = {}
    for n, eintraege in _jeder_kandidatentag(screener, s, stichtag, bis).items():
        erfuellt = [k for k, e in enumerate(eintraege) if e[2] == Status.erfuellt]
        eintraege = eintraege[:erfuellt[0] + 1] if erfuellt else eintraege  # nothing later can be earlier
        out[n] = replace(_mit_pass(screener, s, stichtag, _auswerten(n, eintraege, stichtag, bis, [])), annahmen=())
    return out


def test_erwarteter_pass_der_im_horizont_ablaeuft_gilt_wie_ein_erfasster_als_verlaengert(screener: Screener) -> None:
    """A planned passport that expires within the horizon is assumed renewed on each later day, as a recorded
    one is: the search gives the answer of every candidate day, and a pathway that opens only after the
    passport has expired names its renewal as a condition (§ 3 Abs. 1, § 5 Abs. 1 Nr. 4 AufenthG)."""
    d = grundfall()
    d["identitaet"] = dict(d["identitaet"], **{"pass": {"vorhanden": False}})
    ablauf = date(2026, 3, 31)
    d["geplant"] = {"pass": {"erwartet_am": date(2026, 2, 1), "gueltig_bis": ablauf}}
    s = Sachverhalt.model_validate(d)
    st = date(2026, 1, 15)
    gesucht = {n: replace(p, annahmen=()) for n, p in projektionen(screener, s, st, horizont_monate=HORIZONT_MONATE).items()}
    assert gesucht == _projektion_jeden_tag(screener, s, st, HORIZONT_MONATE)
    spaeter = [p for p in gesucht.values() if p.datum and p.datum > ablauf
               and PASS_FAKT in _benutzt(screener.regelwerk.select(p.norm, p.datum))]
    assert spaeter  # the case shows what it is meant to: a pathway that opens after the expiry and asks for a passport
    for p in spaeter:
        assert p.bedingungen == ("der Pass verlängert ist (gültig bis 31.03.2026)",), p


@pytest.mark.parametrize("art", ["einzeln_96_monate", "fallbestand_18_monate"])
def test_suche_gibt_dieselbe_antwort_wie_jeder_kandidatentag(screener: Screener, art: str) -> None:
    """The search over few days (halving the stretches between dates of the file, pruning what cannot be
    earlier) gives the answer of screening every candidate day: over the whole horizon for single clients
    on Stichtage 2024–2027, and over 18 months for a caseload with planned events and households."""
    gen = _gen()
    if art == "einzeln_96_monate":
        rng = random.Random(11)
        faelle = []
        for i in range(8):
            st = date(2024, 1, 1) + timedelta(days=rng.randint(0, 1400))
            faelle.append((st, gen.client(rng, st, i)))
        monate = HORIZONT_MONATE
    else:
        st = date(2025, 7, 1)
        faelle = [(st, c) for c in gen.caseload(16, 31, st, geplant_anteil=0.7)]
        monate = 18
    for st, daten in faelle:
        s = client.validate(Document(daten, "gen"), st)
        gesucht = {n: replace(p, annahmen=()) for n, p in projektionen(screener, s, st, horizont_monate=monate).items()}
        assert gesucht == _projektion_jeden_tag(screener, s, st, monate), f"{s.aktenzeichen} (Stichtag {st})"
