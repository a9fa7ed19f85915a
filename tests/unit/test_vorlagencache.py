"""Compiled templates in the disk cache: a second environment reads what the first compiled, a
broken or foreign entry is ignored, and a cache folder that cannot be written costs nothing but time."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from kimrules.ausgabe.vorlagencache import vorlagencache


def _umgebung(vorlagen: Path) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(vorlagen), bytecode_cache=vorlagencache("test"))


@pytest.fixture
def vorlagen(tmp_path: Path) -> Path:
    ordner = tmp_path / "vorlagen"
    ordner.mkdir()
    (ordner / "gruss.j2").write_text("Guten Tag, {{ name }}!", encoding="utf-8")
    return ordner


def test_zweite_umgebung_liest_den_kompilierten_code(tmp_path: Path, vorlagen: Path, monkeypatch) -> None:
    monkeypatch.setenv("KIMRULES_CACHE", str(tmp_path / "cache"))
    assert _umgebung(vorlagen).get_template("gruss.j2").render(name="Frau A.") == "Guten Tag, Frau A.!"
    eintraege = list((tmp_path / "cache").glob("vorlagen-test-*/*.jinja"))
    assert len(eintraege) == 1
    kompiliert: list[str] = []
    monkeypatch.setattr(jinja2.Environment, "_compile", lambda self, *a: kompiliert.append(a) or pytest.fail("neu kompiliert"))
    assert _umgebung(vorlagen).get_template("gruss.j2").render(name="Herr B.") == "Guten Tag, Herr B.!"
    assert kompiliert == []


def test_geaenderte_vorlage_wird_neu_kompiliert(tmp_path: Path, vorlagen: Path, monkeypatch) -> None:
    monkeypatch.setenv("KIMRULES_CACHE", str(tmp_path / "cache"))
    _umgebung(vorlagen).get_template("gruss.j2").render(name="x")
    (vorlagen / "gruss.j2").write_text("Hallo {{ name }}.", encoding="utf-8")
    assert _umgebung(vorlagen).get_template("gruss.j2").render(name="x") == "Hallo x."


@pytest.mark.parametrize("inhalt", [b"", b"j2\x00kaputt", b"\x00" * 64])
def test_kaputter_eintrag_wird_ignoriert(tmp_path: Path, vorlagen: Path, monkeypatch, inhalt: bytes) -> None:
    monkeypatch.setenv("KIMRULES_CACHE", str(tmp_path / "cache"))
    _umgebung(vorlagen).get_template("gruss.j2").render(name="x")
    (eintrag,) = (tmp_path / "cache").glob("vorlagen-test-*/*.jinja")
    eintrag.write_bytes(inhalt)
    assert _umgebung(vorlagen).get_template("gruss.j2").render(name="C") == "Guten Tag, C!"


def test_nicht_beschreibbarer_ordner_kostet_nur_zeit(tmp_path: Path, vorlagen: Path, monkeypatch) -> None:
    datei = tmp_path / "keinordner"
    datei.write_text("eine Datei, wo der Cache-Ordner sein soll", encoding="utf-8")
    monkeypatch.setenv("KIMRULES_CACHE", str(datei))
    assert vorlagencache("test") is None
    assert _umgebung(vorlagen).get_template("gruss.j2").render(name="D") == "Guten Tag, D!"


def test_abgeschaltet(vorlagen: Path, monkeypatch) -> None:
    monkeypatch.setenv("KIMRULES_CACHE", "aus")
    assert vorlagencache("test") is None
