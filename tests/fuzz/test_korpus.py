"""Regression corpus: every client file that once ended in a traceback, a hang or a wrong answer.

Each file in ``korpus/`` is run through ``kimrules pruefen`` in this process (``fuzz_lauf.py``)
and must end as listed here: exit code and a part of the German message (the limit or the
problem it names). A new file in the folder without an entry here fails the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fuzz_lauf import ausfuehren

KORPUS = Path(__file__).parent / "korpus"
ZEITLIMIT = 60

ERWARTET = {
    "zahl-309-ziffern.yaml": (3, "Zahl zu lang"),
    "zahl-4301-ziffern.yaml": (3, "Zahl zu lang"),
    "zahl-4301-ziffern.json": (3, "Zahl zu lang"),
    "verschachtelt-1000.yaml": (3, "zu tief verschachtelt"),
    "verschachtelt-200-block.yaml": (3, "zu tief verschachtelt"),
    "verschachtelt-1000.json": (3, "zu tief verschachtelt"),
    "unbekannter-tag.yaml": (3, "Markierung „!foo“ ist nicht erlaubt"),
    "python-tag.yaml": (3, "ist nicht erlaubt"),
    "binary-tag.yaml": (3, "Markierung „!!binary“ ist nicht erlaubt"),
    "merge-key.yaml": (3, "„<<“"),
    "alias-selbst.yaml": (3, "Endlosschleife"),
    "alias-selbst-abschnitt.yaml": (3, "Endlosschleife"),
    "surrogat-ja-nein.yaml": (3, "Zeile 3"),  # libyaml: invalid escape; without it: control character U+DC80
    "surrogat-datum.yaml": (3, "Zeile 3"),
    "alias-bombe.yaml": (3, "zu viele Werte"),
    "liste-3000.yaml": (3, "zu viele Einträge"),
    "steuerzeichen-esc.yaml": (3, "Steuerzeichen U+001B (ESC)"),
    "steuerzeichen-nul.json": (3, "Steuerzeichen U+0000 (NUL)"),
    "steuerzeichen-roh.yaml": (3, "Steuerzeichen U+001B (ESC)"),
    "bidi-override.yaml": (3, "Steuerzeichen U+202E"),
    "bom.json": (0, ""),
    "bom.yaml": (0, ""),
    "schluessel-yes.yaml": (3, "unbekanntes Feld"),
    "zwei-dokumente.yaml": (3, "mehr als ein Dokument"),
    "aktenzeichen-2000.yaml": (3, "zu lang (höchstens 100 Zeichen)"),
    "name-lang.yaml": (3, "Text zu lang"),
    "pass-unbefristet.yaml": (0, ""),
    "status-bis-unbefristet.yaml": (0, ""),
    "datum-jahr-1.yaml": (3, "außerhalb des möglichen Bereichs"),
    "datum-9998.yaml": (3, "unbefristet: 31.12.9999"),
    "nan.yaml": (3, "endliche Zahl"),
    "nan.json": (3, "keine endliche Zahl"),
    "json-fehler-feld.json": (3, "Zeile 4, Feld „person.geburtsdatum“"),
    "leer.yaml": (3, "erwartet einen Abschnitt"),
    "nur-kommentar.yaml": (3, "erwartet einen Abschnitt"),
    "latin1.yaml": (3, "nicht in UTF-8"),
    "binaer.yaml": (3, "nicht in UTF-8"),
}


def test_jede_datei_hat_eine_erwartung():
    assert sorted(p.name for p in KORPUS.iterdir()) == sorted(ERWARTET)


@pytest.mark.parametrize("name", sorted(ERWARTET))
def test_korpus(name: str) -> None:
    code, meldung = ERWARTET[name]
    pfad = KORPUS / name
    lauf = ausfuehren(["pruefen", str(pfad), "--stichtag", "15.02.2025", "--format", "json"], ZEITLIMIT)
    assert not lauf.fehler({code}), (lauf.fehler({code}), lauf.stderr)
    assert meldung in lauf.stderr
    if code == 3:
        assert str(pfad) in lauf.stderr
    if name == "schluessel-yes.yaml":
        assert "Feld „person.yes“: unbekanntes Feld" in lauf.stderr  # the key as written, not True or 1
