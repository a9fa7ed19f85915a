"""Bad client files: every problem is reported in German with file, field path and line (where known),
exit code 3 (ClientFileError), nothing on stdout and never a traceback.

The bad inputs live in tests/fixtures/clients/fehler-*; generated ones (missing file, wrong encoding)
are written to tmp_path.
"""

from __future__ import annotations

import typing
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import BaseModel, ValidationError

from kimrules.cli.main import main
from kimrules.akte.client import MESSAGES, load, validate
from kimrules.basis.errors import ClientFileError
from kimrules.akte.facts import Sachverhalt
from kimrules.basis.yamlio import Document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clients"
STICHTAG = "15.02.2025"


def pruefen(path: Path | str, *args: str):
    return CliRunner().invoke(main, ["pruefen", str(path), "--stichtag", STICHTAG, *args])


def assert_client_error(result, file: Path | str) -> str:
    """Exit 3, nothing on stdout, a German message naming the file, no traceback."""
    assert result.exit_code == 3, (result.exit_code, result.stdout, result.stderr)
    assert result.stdout == ""
    err = result.stderr
    assert err.startswith("Fehler: ")
    assert str(file) in err
    assert "Traceback" not in err
    assert "kimrules schema" in err  # what to do next
    return err


# (fixture, field path or None, line or None, German words the message must contain)
CASES = [
    ("fehler-yaml-kaputt.yaml", None, 5, ["kein gültiges YAML", "Einrückung"]),
    ("fehler-unbekanntes-feld.yaml", "person.einreisedatun", 5, ["unbekanntes Feld", "meinten Sie „einreisedatum“?"]),
    ("fehler-datum-unmoeglich.yaml", "aufenthalt.1.von", 8, ["„31.02.2024“ ist kein gültiges Datum", "TT.MM.JJJJ"]),
    ("fehler-zeitraum-rueckwaerts.yaml", "aufenthalt.0", 4, ["endet (01.01.2020) vor seinem Beginn (01.05.2020)"]),
    ("fehler-zeitraeume-ueberschneiden.yaml", None, None, ["Statuszeiträume überschneiden sich", "01.09.2016"]),
    ("fehler-geburt-nach-einreise.yaml", None, None, ["liegt vor dem Geburtsdatum"]),
    ("fehler-datum-nach-stichtag.yaml", "verurteilungen.0.datum", 5, ["01.03.2025 liegt nach dem Stichtag 15.02.2025"]),
    ("fehler-doppelter-schluessel.yaml", "person", 5, ["„person“ kommt doppelt vor", "zuerst in Zeile 3"]),
    ("fehler-leer.yaml", None, None, ["erwartet einen Abschnitt", "aktenzeichen"]),
    ("fehler-json-syntax.json", None, 3, ["kein gültiges JSON", "Spalte"]),
]


@pytest.mark.parametrize("name, feld, zeile, woerter", CASES, ids=[c[0] for c in CASES])
def test_bad_file_is_reported_in_german_with_location(name, feld, zeile, woerter):
    path = FIXTURES / name
    err = assert_client_error(pruefen(path), path)
    for wort in woerter:
        assert wort in err
    if feld is not None:
        assert f"Feld „{feld}“" in err
    if zeile is not None:
        assert f"Zeile {zeile}" in err


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_bad_file_fails_the_same_in_every_format(fmt):
    path = FIXTURES / "fehler-unbekanntes-feld.yaml"
    assert_client_error(pruefen(path, "--format", fmt), path)


@pytest.mark.parametrize(
    "name, feld", [("fehler-zeitraeume-ueberschneiden.yaml", "aufenthalt"), ("fehler-geburt-nach-einreise.yaml", "person")]
)
def test_whole_file_checks_name_field_and_line(name, feld):
    err = pruefen(FIXTURES / name).stderr
    assert f"Feld „{feld}" in err and "Zeile " in err


def test_all_problems_of_a_file_are_reported_at_once():
    path = FIXTURES / "fehler-mehrere.yaml"
    err = assert_client_error(pruefen(path), path)
    assert "4 Fehler" in err
    for feld, zeile, text in [
        ("haushalt.kinder", 4, "erwartet eine Liste"),
        ("leben_in_deutschland_test.punkte", 6, "darf höchstens 33 sein"),
        ("lebensunterhalt.bedarf_eur_monat", 8, "muss mindestens 0"),
        ("identitaet.geklaert", 10, "„vielleicht“ ist keine gültige Angabe (erwartet ja, nein oder unbekannt)"),
    ]:
        assert f"Zeile {zeile}, Feld „{feld}“: {text}" in err


def test_missing_file(tmp_path):
    path = tmp_path / "gibt-es-nicht.yaml"
    err = assert_client_error(pruefen(path), path)
    assert "Datei nicht gefunden" in err


def test_file_not_in_utf8(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("aktenzeichen: KIM-2025-0912\n# Größe\n".encode("latin-1"))
    err = assert_client_error(pruefen(path), path)
    assert "UTF-8" in err


def test_top_level_list_is_rejected(tmp_path):
    path = tmp_path / "liste.yaml"
    path.write_text("- aktenzeichen: KIM-2025-0913\n", encoding="utf-8")
    err = assert_client_error(pruefen(path), path)
    assert "erwartet einen Abschnitt" in err


def test_missing_aktenzeichen(tmp_path):
    path = tmp_path / "ohne.yaml"
    path.write_text("person:\n  geburtsdatum: 01.01.1990\n", encoding="utf-8")
    err = assert_client_error(pruefen(path), path)
    assert "Feld „aktenzeichen“: Angabe fehlt, ist aber Pflicht" in err


def test_a_directory_is_refused_like_any_unreadable_client_file(tmp_path):
    err = assert_client_error(pruefen(tmp_path), tmp_path)
    assert "ist ein Ordner, keine gewöhnliche Datei" in err


# --- every pydantic error type of the client model has a German message ---------------------------
_BAD_VALUES = [
    "xyz", "", "31.02.2024", "2024-13-45", "ja", "1,5", "nan", "1" * 5000,
    1.5, -1, 7, 10**30, float("inf"), -float("inf"), float("nan"), True, None, [], {},
]


def _models_in(annotation) -> list[tuple[str, type[BaseModel]]]:
    """(kind, model) for every model inside an annotation; kind "list" if it sits in a list."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [("model", annotation)]
    found = []
    in_list = typing.get_origin(annotation) is list
    for arg in typing.get_args(annotation):
        found += [("list" if in_list else kind, m) for kind, m in _models_in(arg)]
    return found


def _bad_documents(model: type[BaseModel]):
    """For every field (also nested and in lists): a document with that field set to each bad value."""
    for name, info in model.model_fields.items():
        key = info.alias or name
        for bad in _BAD_VALUES:
            yield {key: bad}
        for kind, sub in _models_in(info.annotation):
            for inner in _bad_documents(sub):
                yield {key: [inner] if kind == "list" else inner}


def _error_types() -> dict[str, dict]:
    found: dict[str, dict] = {}
    docs = [{"aktenzeichen": "KIM-T", **d} for d in _bad_documents(Sachverhalt)]
    docs += [{}, {"aktenzeichen": ""}, {"aktenzeichen": 5}, {"aktenzeichen": "KIM-T", "unbekannt": 1}]
    docs += [{"aktenzeichen": "KIM-T", "aufenthalt": [{"status": "duldung"}]}]  # missing required "von"
    for data in docs:
        try:
            Sachverhalt.model_validate(data)
        except ValidationError as exc:
            for err in exc.errors(include_url=False):
                found.setdefault(err["type"], data)
    return found


ERROR_TYPES = _error_types()


def test_the_search_for_error_types_finds_the_usual_ones():
    assert {"missing", "extra_forbidden", "value_error", "enum", "int_parsing", "list_type"} <= set(ERROR_TYPES)


@pytest.mark.parametrize("error_type", sorted(ERROR_TYPES))
def test_every_error_type_is_translated(error_type):
    assert error_type in MESSAGES, f"pydantic-Fehlertyp {error_type!r} hat keine deutsche Meldung in client.MESSAGES"
    # the template can be filled and the message is German, located and without pydantic's English text
    with pytest.raises(ClientFileError) as info:
        validate(Document(data=ERROR_TYPES[error_type], file="probe.yaml"))
    messages = [p.message for p in info.value.problems]
    assert messages and all(m and "ungültiger Wert (" not in m for m in messages)
    assert not any("Input should" in m or "Field required" in m for m in messages)


def test_enum_message_lists_the_allowed_values(tmp_path):
    path = tmp_path / "status.yaml"
    path.write_text("aktenzeichen: KIM-2025-0914\naufenthalt:\n  - status: geduldet\n    von: 01.01.2020\n", encoding="utf-8")
    err = assert_client_error(pruefen(path), path)
    assert "Zeile 3, Feld „aufenthalt.0.status“: erwartet einen dieser Werte:" in err
    assert "'duldung'" in err
    assert "' oder '" in err and "' or '" not in err  # German throughout


# --- libyaml and the pure-Python parser read a client file alike --------------------------------
def _nur_python(monkeypatch) -> None:
    import yaml

    from kimrules.basis import yamlio

    monkeypatch.setattr(yamlio, "_FastLoader", yaml.SafeLoader)


@pytest.mark.parametrize("text", [
    "aktenzeichen: KIM-X\nperson: {geburtsdatum: 31.02.2000}\n",  # invalid date: field and line
    "aktenzeichen: KIM-X\naktenzeichen: KIM-Y\n",  # duplicate key
    "aktenzeichen: KIM-X\nperson:\n  geburtsdatum: 01.01.2000\n    einreise: x: y\n",  # broken YAML
    "aktenzeichen: KIM-X\naufenthalt:\n  - {status: duldung, von: 01.01.2030}\n",  # after the Stichtag
])
def test_libyaml_meldet_wie_der_python_parser(tmp_path: Path, monkeypatch, text: str) -> None:
    datei = tmp_path / "akte.yaml"
    datei.write_text(text, encoding="utf-8")
    with pytest.raises(ClientFileError) as schnell:
        load(datei, date(2025, 1, 1))
    _nur_python(monkeypatch)
    with pytest.raises(ClientFileError) as langsam:
        load(datei, date(2025, 1, 1))
    assert [str(p) for p in schnell.value.problems] == [str(p) for p in langsam.value.problems]


def test_libyaml_liest_wie_der_python_parser(monkeypatch) -> None:
    from kimrules.basis.yamlio import read_document

    dateien = sorted(EXAMPLES.glob("*.yaml"))
    schnell = [(read_document(p).data, read_document(p).lines) for p in dateien]
    _nur_python(monkeypatch)
    assert schnell == [(read_document(p).data, read_document(p).lines) for p in dateien]


# --- amounts: German thousands point and decimal comma, never silently scaled --------------------
@pytest.mark.parametrize("geschrieben, betrag", [
    ("1.850", 1850.0), ('"1.850,50"', 1850.5), ('"1850,50"', 1850.5), ("1850", 1850.0), ("1850.5", 1850.5),
    ('"12.345.678,9 €"', 12345678.9), ("850", 850.0),
])
def test_betrag_mit_tausenderpunkt_und_dezimalkomma(tmp_path, geschrieben, betrag):
    for endung, text in ((".yaml", f"aktenzeichen: KIM-B\nlebensunterhalt:\n  bedarf_eur_monat: {geschrieben}\n"),
                         (".json", f'{{"aktenzeichen": "KIM-B", "lebensunterhalt": {{"bedarf_eur_monat": {geschrieben}}}}}')):
        path = tmp_path / f"betrag{endung}"
        path.write_text(text, encoding="utf-8")
        assert load(path, date(2025, 2, 15)).lebensunterhalt.bedarf_eur_monat == betrag, (endung, geschrieben)


@pytest.mark.parametrize("geschrieben", ["1,850", '"1.85.0"', '"1.8500"', '"zwölfhundert"'])
def test_mehrdeutiger_betrag_wird_mit_feld_und_zeile_abgelehnt(tmp_path, geschrieben):
    path = tmp_path / "betrag.yaml"
    path.write_text(f"aktenzeichen: KIM-B\nlebensunterhalt:\n  einkommen:\n    - quelle: erwerbstaetigkeit\n"
                    f"      betrag_eur_monat: {geschrieben}\n", encoding="utf-8")
    err = assert_client_error(pruefen(path), path)
    assert "Zeile 5" in err and "lebensunterhalt.einkommen.0.betrag_eur_monat" in err
    assert "1.850,50" in err  # what is expected


def test_punkt_in_anderen_zahlen_bleibt_dezimalpunkt(tmp_path):
    """Only amounts (…_eur, …_eur_monat) read a thousands point; other numbers keep YAML's reading."""
    from kimrules.basis.yamlio import parse_json, parse_yaml

    assert parse_yaml("x: 1.850\n", "t.yaml").data == {"x": 1.85}
    assert parse_json('{"x": 1.850, "y_eur": 1.850}', "t.json").data == {"x": 1.85, "y_eur": "1.850"}
