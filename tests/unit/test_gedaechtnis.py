"""The memory of engine decisions (:mod:`kimrules.pruefung.gedaechtnis`): every answer it gives
from memory (or from a ruleset of one unit alone) is the answer durable-rules gives to the same
fact asked afresh of the whole call, also where the memory answers for values of the same class
that the engine never saw."""

from __future__ import annotations

import importlib.util
import sys
from bisect import bisect_right
from datetime import date
from pathlib import Path

from kimrules.akte import client
from kimrules.basis.yamlio import Document
from kimrules.pruefung import gedaechtnis, haushalt
from kimrules.engine import compile as compiler, klassen
from kimrules.pruefung.gedaechtnis import MerkenderScreener, _konstanten
from kimrules.regelwerk.cache import load_cached

ROOT = Path(__file__).resolve().parents[2]
STICHTAG = date(2025, 7, 1)


def _gen():
    name = "kimrules_bench_gen"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "gen.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


class _Pruefend(MerkenderScreener):
    """Asks durable-rules afresh after every answer and records both (the test's witness)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.gesehen: set[tuple] = set()
        self.abweichungen: list = []
        self.aus_gedaechtnis = self.neue_werte = 0

    def _antworten(self, call, fact):
        vorher = self.treffer
        antwort = super()._antworten(call, fact)
        frisch = self.engine.evaluate(call.name, fact)
        if set(antwort) != set(frisch):
            self.abweichungen.append((call.name, dict(fact), sorted(map(str, antwort)), sorted(map(str, frisch))))
        roh = (call.name, tuple(fact.items()))
        if self.treffer > vorher:
            self.aus_gedaechtnis += 1
            self.neue_werte += roh not in self.gesehen  # answered for values never sent to the engine
        self.gesehen.add(roh)
        return antwort


def test_jede_antwort_aus_dem_gedaechtnis_ist_die_der_engine(monkeypatch):
    monkeypatch.setattr(gedaechtnis, "PROBE", 100)  # also rulesets whose whole calls are no longer kept
    regelwerk = load_cached()
    screener = _Pruefend(regelwerk)
    akten = [client.validate(Document(c, "x"), STICHTAG) for c in _gen().caseload(400, 7, STICHTAG)]
    for tag in (STICHTAG, date(2027, 7, 1)):  # two Stichtage: other versions, other thresholds
        for s in akten:
            screener.screen(s, tag)
        for s in [s for s in akten if s.angehoerige][:40]:
            haushalt.screen_haushalt(screener, s, tag)
    assert not screener.abweichungen, screener.abweichungen[:3]
    assert screener.aus_gedaechtnis > screener.anfragen / 3
    assert screener.neue_werte > 0  # the classes were used, not only exact repeats
    assert any(solo is not None for k in screener._klassen.values() for solo in k.solo)  # units were asked alone
    assert any(k.ganz is None for k in screener._klassen.values())


def test_klassen_trennen_was_ein_vergleich_trennt():
    """``x >= 18`` and ``x < 18`` split before 18, ``x > 0`` and ``x <= 0`` after 0: values on the same side of
    every split are one class, values that one comparison answers differently are not."""
    for vergleiche in ([("$gte", 18.0), ("$gt", 0.0)], [("$lt", 18.0), ("$lte", 0.0)]):
        grenzen = klassen.grenzen(vergleiche)
        werte = (-1.0, 0.0, 0.5, 17.999999, 18.0, 18.000001, 99.0)
        k = [bisect_right(grenzen, x) for x in werte]
        assert k == sorted(k) and len(set(k)) == 3
        for x, kx in zip(werte, k):
            for y, ky in zip(werte, k):
                gleich = all(compiler._CMP[op](x, c) == compiler._CMP[op](y, c) for op, c in vergleiche)
                assert (kx == ky) == gleich, (x, y)


def test_nur_vergleiche_mit_zahlen_bilden_klassen():
    konstanten: dict[str, set[tuple[str, float]]] = {}
    assert _konstanten({"$and": [{"t": "klient"}, {"$or": [{"$gte": {"a0": 18}}, {"$lt": {"a1": 0.5}}]}]}, konstanten)
    assert konstanten == {"a0": {("$gte", 18.0)}, "a1": {("$lt", 0.5)}}
    assert not _konstanten({"$and": [{"t": "klient"}, {"$neq": {"a0": 1}}]}, {})  # another operator: exact values
    assert not _konstanten({"$and": [{"t": "klient"}, {"$gte": {"a0": "18"}}]}, {})  # not a number: exact values


def test_close_gibt_regelsaetze_und_gedaechtnis_frei_und_danach_wird_gleich_entschieden():
    """After close() the memory is empty and the rulesets (also those of single units) are registered again
    on use: the same clients get the same answers as before."""
    gen = _gen()
    akten = [client.validate(Document(c, "x"), STICHTAG) for c in gen.caseload(60, 13, STICHTAG)]
    s = MerkenderScreener(load_cached())

    def antworten():
        return [[(e.status, [b.status for b in e.voraussetzungen]) for e in s.screen(a, STICHTAG)] for a in akten]

    vorher = antworten()
    assert s._anzahl > 0 and s.engine._rulesets
    s.close()
    assert s._anzahl == 0 and not s._klassen and not s.engine._rulesets
    assert antworten() == vorher
    s.close()
