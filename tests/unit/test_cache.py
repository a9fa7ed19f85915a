"""The disk cache of the rule set and of the compiled plans: a hit gives the same rules, a change of a
rule file gives a new entry, a broken entry is ignored and rebuilt, and no cache is written when it
is switched off."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from kimrules.regelwerk import cache
from kimrules.regelwerk.rules import RULES_DIR, load


@pytest.fixture
def ordner(tmp_path: Path, monkeypatch) -> Path:
    ziel = tmp_path / "cache"
    monkeypatch.setenv("KIMRULES_CACHE", str(ziel))
    monkeypatch.setattr(cache, "_IM_PROZESS", {})
    return ziel


def _eintraege(ordner: Path) -> list[Path]:
    return sorted(ordner.glob("regelwerk-*.pickle"))


def test_treffer_gibt_dasselbe_regelwerk(ordner: Path) -> None:
    erst = cache.load_cached()
    assert len(_eintraege(ordner)) == 1
    cache._IM_PROZESS.clear()
    wieder = cache.load_cached()
    assert wieder is not erst and wieder.sha256 == erst.sha256 == load().sha256
    assert wieder.norms() == erst.norms()
    stichtag = date(2025, 3, 15)
    for kennung in wieder.norms():
        a, b = wieder.select(kennung, stichtag), erst.select(kennung, stichtag)
        assert (a and a.pfad, a and a.parameter) == (b and b.pfad, b and b.parameter)


def test_geaenderte_regeldatei_gibt_neuen_eintrag(ordner: Path, tmp_path: Path) -> None:
    kopie = tmp_path / "rules"
    shutil.copytree(RULES_DIR, kopie)
    alt = cache.load_cached(kopie)
    datei = next(kopie.rglob("aufenthg/25b/*.yaml"))
    datei.write_text(datei.read_text(encoding="utf-8") + "\n# geändert\n", encoding="utf-8")
    neu = cache.load_cached(kopie)
    assert len(_eintraege(ordner)) == 2
    assert neu.sha256 != alt.sha256
    assert neu.sha256 == load(kopie).sha256


def test_kaputter_eintrag_wird_neu_gebaut(ordner: Path) -> None:
    cache.load_cached()
    (eintrag,) = _eintraege(ordner)
    eintrag.write_bytes(b"kein pickle")
    cache._IM_PROZESS.clear()
    assert cache.load_cached().sha256 == load().sha256
    assert eintrag.read_bytes() != b"kein pickle"


def test_abgeschaltet_schreibt_nichts(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KIMRULES_CACHE", "aus")
    monkeypatch.setattr(cache, "_IM_PROZESS", {})
    assert cache.load_cached().sha256 == load().sha256
    assert not list(tmp_path.rglob("*.pickle"))
