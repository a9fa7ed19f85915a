"""Load a client file (YAML or JSON) into a validated :class:`Sachverhalt`.

All problems are collected and raised together as one :class:`ClientFileError`
naming file, field path, line and what is expected, in German.
"""

from __future__ import annotations

import difflib
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kimrules.basis.dates import format_datum
from kimrules.basis.errors import ClientFileError, Problem
from kimrules.akte.facts import Sachverhalt, consistency_problems, event_dates
from kimrules.basis.yamlio import Document, InputSyntaxError, read_document

# pydantic error type -> German message (ctx values are filled in)
MESSAGES: dict[str, str] = {
    "missing": "Angabe fehlt, ist aber Pflicht",
    "extra_forbidden": "unbekanntes Feld",
    "bool_type": "erwartet ja, nein oder unbekannt",
    "bool_parsing": "erwartet ja, nein oder unbekannt",
    "int_type": "erwartet eine ganze Zahl",
    "int_parsing": "erwartet eine ganze Zahl",
    "int_from_float": "erwartet eine ganze Zahl",
    "int_parsing_size": "erwartet eine ganze Zahl (die angegebene Zahl ist viel zu lang)",
    "finite_number": "erwartet eine endliche Zahl (nicht .inf oder .nan)",
    "float_type": "erwartet eine Zahl",
    "float_parsing": "erwartet eine Zahl (Dezimalpunkt, z. B. 1234.50)",
    "greater_than_equal": "muss mindestens {ge} sein",
    "less_than_equal": "darf höchstens {le} sein",
    "string_type": "erwartet einen Text",
    "string_too_short": "darf nicht leer sein",
    "string_too_long": "zu lang (höchstens {max_length} Zeichen)",
    "too_long": "zu viele Einträge ({actual_length}; höchstens {max_length})",
    "enum": "erwartet einen dieser Werte: {expected}",
    "literal_error": "erwartet einen dieser Werte: {expected}",
    "list_type": "erwartet eine Liste (Einträge mit „- “)",
    "model_type": "erwartet einen Abschnitt mit Unterfeldern",
    "model_attributes_type": "erwartet einen Abschnitt mit Unterfeldern",
    "dict_type": "erwartet einen Abschnitt mit Unterfeldern",
    "date_type": "erwartet ein Datum (TT.MM.JJJJ oder JJJJ-MM-TT)",
    "value_error": "{error}",
}


def _message(err: dict[str, Any], known_fields: list[str]) -> str:
    template = MESSAGES.get(err["type"])
    if template is None:  # pragma: no cover - guarded by test_every_error_type_is_translated
        return f"ungültiger Wert ({err['type']})"
    ctx = dict(err.get("ctx") or {})
    if "error" in ctx:
        ctx["error"] = str(ctx["error"]).removeprefix("Value error, ")
    if "expected" in ctx:  # pydantic lists the values in English: "'a', 'b' or 'c'"
        ctx["expected"] = str(ctx["expected"]).replace("' or '", "' oder '")
    text = template.format(**ctx)
    if err["type"] == "extra_forbidden" and err["loc"]:
        guess = difflib.get_close_matches(str(err["loc"][-1]), known_fields, n=1)
        if guess:
            text += f"; meinten Sie „{guess[0]}“?"
        else:
            text += "; bitte Schreibweise prüfen (siehe `kimrules schema`)"
    return text


def _known_fields(model: type, loc: tuple[Any, ...]) -> list[str]:
    """Field names allowed at the parent of ``loc`` (for "did you mean")."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", {})
        info = fields.get(part) or next((f for f in fields.values() if f.alias == part), None)
        if info is None:
            return []
        annotation = info.annotation
        current = _inner_model(annotation)
        if current is None:
            return []
    return [f.alias or name for name, f in getattr(current, "model_fields", {}).items()]


def _inner_model(annotation: Any) -> Any:
    if hasattr(annotation, "model_fields"):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def problems_from_validation(exc: ValidationError, doc: Document) -> list[Problem]:
    problems = []
    for err in exc.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        path = ".".join(str(p) for p in loc)
        problems.append(
            Problem(doc.file, path, _message(err, _known_fields(Sachverhalt, loc)), doc.line_of(loc) if loc else None)
        )
    return problems


def validate(doc: Document, stichtag: date | None = None) -> Sachverhalt:
    if not isinstance(doc.data, dict):
        raise ClientFileError(
            f"{doc.file}: ungültige Mandantendatei",
            [Problem(doc.file, "", "erwartet einen Abschnitt mit Feldern wie aktenzeichen, person, aufenthalt",
                     doc.line_of(()))],  # a record of a JSON Lines file or a table: its line
        )
    try:
        sachverhalt = Sachverhalt.model_validate(doc.data, context={"konsistenz_spaeter": True})
    except ValidationError as exc:
        problems = problems_from_validation(exc, doc)
        raise ClientFileError(f"{doc.file}: {len(problems)} Fehler in der Mandantendatei", problems) from None
    def line(path: str) -> int | None:
        return doc.line_of(tuple(int(p) if p.isdigit() else p for p in path.split(".")))

    inconsistent = [Problem(doc.file, path, message, line(path)) for path, message in consistency_problems(sachverhalt)]
    if inconsistent:
        raise ClientFileError(f"{doc.file}: {len(inconsistent)} Fehler in der Mandantendatei", inconsistent)
    if stichtag is not None:
        late = [
            Problem(
                doc.file,
                path,
                f"Datum {format_datum(value)} liegt nach dem Stichtag {format_datum(stichtag)}; "
                "nur bereits eingetretene Ereignisse angeben",
                doc.line_of(tuple(int(p) if p.isdigit() else p for p in path.split("."))),
            )
            for path, value in event_dates(sachverhalt)
            if value > stichtag
        ]
        if late:
            raise ClientFileError(f"{doc.file}: {len(late)} Fehler in der Mandantendatei", late)
    return sachverhalt


def load(path: Path | str, stichtag: date | None = None) -> Sachverhalt:
    """Read and validate a client file. Raises :class:`ClientFileError`."""
    try:
        doc = read_document(Path(path))
    except InputSyntaxError as exc:
        raise ClientFileError(f"{path}: Mandantendatei nicht lesbar", [exc.problem]) from None
    return validate(doc, stichtag)
