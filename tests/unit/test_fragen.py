"""Which questions a Vorprüfung asks (kimrules.vorpruefung.fragen) and the short text.

The expectations come from the results themselves: a question is checked by answering it
(every value on either side of each comparison the rules make with that fact) and
screening again, not against a list of expected questions.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import kimrules
from kimrules.akte.client import load
from kimrules.cli.main import main
from kimrules.engine.outcome import Knoten, Status
from kimrules.fakten.derive import derive
from kimrules.vorpruefung import fragen, vorpruefung
from kimrules.vorpruefung.fragen import entscheidet, kann_sich_aendern, offene_blaetter

ROOT = Path(__file__).resolve().parents[2]
BEISPIELE = sorted((ROOT / "examples").glob("kim-*.*"))
STICHTAGE = [date(2025, 2, 15), date(2026, 11, 22)]
T, U, F = Status.erfuellt, Status.ungeklaert, Status.nicht_erfuellt


@pytest.fixture(scope="module")
def screener():
    return kimrules.Screener(kimrules.load_rules())


def _blatt(fakt: str, status: Status, vergleich: str = "ist", operand: object = True, wert: object = None) -> Knoten:
    return Knoten(status, "fakt", fakt, (), wert, vergleich, operand)


# -- the tree ---------------------------------------------------------------------------------
def test_unter_einem_entschiedenen_knoten_wird_nicht_gefragt():
    # alle[a unbekannt, b nicht erfüllt] ist nicht erfüllt: a kann nichts ändern
    alle = Knoten(F, "alle", kinder=(_blatt("a", U), _blatt("b", F, wert=False)))
    assert offene_blaetter(alle) == []
    # eine_von[alle[...], c unbekannt] ist ungeklärt: nur c kann es ändern
    baum = Knoten(U, "eine_von", kinder=(alle, _blatt("c", U)))
    assert [b.fakt for b in offene_blaetter(baum)] == ["c"]


def test_entscheidet_nur_wenn_die_antwort_allein_genuegt():
    # alle[a ≥ 36, b]: a allein entscheidet (nein → nicht erfüllt), b ebenso
    baum = Knoten(U, "alle", kinder=(_blatt("a", U, "mindestens", 36), _blatt("b", U)))
    assert entscheidet(baum, "a") and entscheidet(baum, "b")
    # eine_von[alle[a, b], c]: weder a noch b allein (c bleibt unbekannt)
    oder = Knoten(U, "eine_von", kinder=(baum, _blatt("c", U)))
    assert not entscheidet(oder, "a")
    # eine_von[a, Einzelfall]: a = ja entscheidet
    ermessen = Knoten(U, "eine_von", kinder=(_blatt("a", U), Knoten(U, "einzelfall", wert="Ermessen der Behörde")))
    assert entscheidet(ermessen, "a")


# -- every example ----------------------------------------------------------------------------
@pytest.mark.parametrize("stichtag", STICHTAGE, ids=str)
@pytest.mark.parametrize("beispiel", BEISPIELE, ids=lambda p: p.stem)
def test_gefragt_wird_nur_was_die_akte_nicht_enthaelt_und_einen_offenen_weg_aendern_kann(screener, beispiel, stichtag):
    s = load(beispiel, stichtag)
    v = vorpruefung(s, stichtag, screener=screener)
    werte = derive(s, stichtag, screener.regelwerk.parameter).werte
    ergebnisse = {e.kennung: e for e in v.ergebnisse}
    gesehen = set()
    for f in fragen(v):
        assert (f.person, f.fakt) not in gesehen, f"doppelt: {f.fakt}"
        gesehen.add((f.person, f.fakt))
        assert f.wege, f.fakt
        if f.person != "Hauptperson":
            continue
        assert f.fakt not in werte, f"Die Akte enthält {f.fakt} = {werte.get(f.fakt)}"
        for w in f.wege:
            if w.person != "Hauptperson":
                continue
            e = ergebnisse[w.kennung]
            assert kann_sich_aendern(e, v.projektionen.get(w.kennung)), (w.kennung, e.status)
            for vid in w.voraussetzungen:
                b = next(b for b in e.voraussetzungen if b.id == vid)
                assert b.status is U and f.fakt in {k.fakt for k in offene_blaetter(b.erklaerung)}
    # nothing of a pathway closed for good
    for e in v.ergebnisse:
        if not kann_sich_aendern(e, v.projektionen.get(e.kennung)):
            assert not any(w.kennung == e.kennung and w.person == "Hauptperson" for f in fragen(v) for w in f.wege)


def test_die_wirksamste_frage_steht_vorn(screener):
    s = load(ROOT / "examples" / "kim-2025-0003-angaben-fehlen.yaml", STICHTAGE[0])
    liste = fragen(vorpruefung(s, STICHTAGE[0], screener=screener))
    assert liste
    breite = [len(f.wege) for f in liste]
    assert breite == sorted(breite, reverse=True)


# -- the short text ---------------------------------------------------------------------------
def _pruefen(*args: str):
    return CliRunner().invoke(main, ["pruefen", *args], catch_exceptions=False)


@pytest.mark.parametrize("stichtag", ["15.02.2025", "22.11.2026"])
@pytest.mark.parametrize("beispiel", BEISPIELE, ids=lambda p: p.stem)
def test_kurze_vorpruefung_passt_auf_zwei_bildschirmseiten(beispiel, stichtag):
    text = _pruefen(str(beispiel), "--stichtag", stichtag).stdout
    bericht = json.loads(_pruefen(str(beispiel), "--stichtag", stichtag, "--format", "json").stdout)
    zeilen = text.splitlines()
    assert len(zeilen) <= 120, len(zeilen)
    assert all(len(z) <= 100 for z in zeilen)
    flach = " ".join(text.split())
    for z in bericht["uebersicht"]:
        assert z["norm"] in flach
    for f in bericht["fragen"][:15]:
        assert " ".join(f["frage"].split()) in flach, f["fakt"]
    for f in bericht["fristen"]:
        assert " ".join(f["titel"].split()) in flach
    for s in bericht["schritte"]:
        for t in s["schritte"]:
            assert " ".join(t.split()) in flach
    for a in bericht["angehoerige"]:
        assert a["rolle"] in flach


def test_wer_jetzt_beantragen_kann_erfaehrt_welchen_antrag():
    text = " ".join(_pruefen(str(ROOT / "examples" / "kim-2025-0001-baecker.yaml"), "--stichtag", "15.02.2025").stdout.split())
    assert "Antrag stellen: Aufenthaltserlaubnis nach § 25b AufenthG" in text
    assert "bei der Ausländerbehörde" in text
