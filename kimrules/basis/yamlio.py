"""Read YAML (and JSON) input with line numbers and without silent surprises.

* duplicate keys are an error (PyYAML would silently keep the last one);
* every mapping key and sequence item remembers its line, so that a validation
  error deep inside the data can name the line of the file;
* dates are *not* converted by YAML: ``2024-01-31`` stays a string and is parsed
  by our own date validators, so ISO and TT.MM.JJJJ behave the same.
"""

from __future__ import annotations

import re

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kimrules.basis.errors import Problem

Path_ = tuple[str | int, ...]


@dataclass
class Document:
    """Parsed data plus the line of every key/item (1-based)."""

    data: Any
    file: str
    lines: dict[Path_, int] = field(default_factory=dict)
    columns: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int | None:
        """Line of the deepest known prefix of ``path``."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)

    def column_of(self, path: Path_) -> int | None:
        """Column (1-based) of the deepest known prefix of ``path``."""
        path = tuple(path)
        while path:
            if path in self.columns:
                return self.columns[path]
            path = path[:-1]
        return self.columns.get((), None)


class _Loader(yaml.SafeLoader):
    pass


# Keep timestamps as strings: our validators parse dates (TT.MM.JJJJ and ISO).
_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


# German wording for the syntax problems PyYAML and json report most often
_YAML_PROBLEMS = (
    ("mapping values are not allowed", "Doppelpunkt an unerwarteter Stelle (fehlt nach einem Doppelpunkt ein Leerzeichen, oder stimmt die Einrückung nicht?)"),
    ("could not find expected ':'", "ein Doppelpunkt fehlt (Feld: Wert)"),
    ("cannot start any token", "Tabulatorzeichen oder ein Sonderzeichen am Zeilenanfang; bitte mit Leerzeichen einrücken"),
    ("expected <block end>", "die Einrückung passt nicht zur Zeile davor"),
    ("expected <document start>", "die Einrückung passt nicht zur Zeile davor"),
    ("found unexpected end of stream", "ein Anführungszeichen oder eine Klammer wird nicht geschlossen"),
    ("expected ',' or ']'", "eine Liste in eckigen Klammern wird nicht geschlossen"),
    ("expected ',' or '}'", "ein Abschnitt in geschweiften Klammern wird nicht geschlossen"),
    ("found undefined alias", "unbekannter Verweis mit * (Anker & fehlt)"),
    ("found duplicate anchor", "ein Anker & kommt doppelt vor"),
)
_JSON_PROBLEMS = (
    ("Expecting property name", "Feldname in doppelten Anführungszeichen erwartet (steht ein Komma zu viel?)"),
    ("Expecting ',' delimiter", "Komma zwischen zwei Einträgen fehlt"),
    ("Expecting ':' delimiter", "Doppelpunkt nach dem Feldnamen fehlt"),
    ("Expecting value", "Wert erwartet"),
    ("Extra data", "nach dem Ende der Daten steht noch Text"),
    ("Unterminated string", "Zeichenkette ohne schließendes Anführungszeichen"),
    ("Invalid control character", "unerlaubtes Steuerzeichen in einer Zeichenkette"),
)


def _german(problem: str, table: tuple[tuple[str, str], ...]) -> str:
    for english, german in table:
        if english in problem:
            return german
    return f"Syntaxfehler ({problem})"


# Amounts (fields named ``…_eur`` or ``…_eur_monat``): "1.850" is a German thousands separator, not
# 1,85 €. YAML and JSON would read it as a decimal point, so such a number reaches the amount
# validator (kimrules.akte.facts) as text.
_FLOAT = "tag:yaml.org,2002:float"
TAUSENDERPUNKT = re.compile(r"\d{1,3}(?:\.\d{3})+")


def ist_betragsfeld(key: object) -> bool:
    return isinstance(key, str) and key.endswith(("_eur", "_eur_monat"))


class _Zahltext(str):
    """A JSON number written with a thousands point, kept as text until its key is known."""


class InputSyntaxError(ValueError):
    """The file cannot be read; ``problems`` has every problem found (``problem`` is the first)."""

    def __init__(self, problem: Problem, more: list[Problem] | None = None) -> None:
        super().__init__(str(problem))
        self.problem = problem
        self.problems = [problem, *(more or [])]


class _Walk:
    """Build the data of a composed YAML tree, recording line and column of every key and item.

    Duplicate and non-scalar keys are collected (every one of them, not only the first).
    """

    def __init__(self, file: str, ctor: _Loader) -> None:
        self.file, self.ctor = file, ctor
        self.lines: dict[Path_, int] = {}
        self.columns: dict[Path_, int] = {}
        self.problems: list[Problem] = []

    def _mark(self, path: Path_, node: yaml.Node, force: bool = False) -> None:
        if force or path not in self.lines:
            self.lines[path] = node.start_mark.line + 1
            self.columns[path] = node.start_mark.column + 1

    def __call__(self, node: yaml.Node, path: Path_ = ()) -> Any:
        self._mark(path, node)
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self.ctor.construct_object(key_node, deep=True)
                line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                if isinstance(key, (list, dict)):
                    self.problems.append(Problem(self.file, ".".join(map(str, path)), "Schlüssel müssen einfache Namen sein", line, column))
                    continue
                if key in result:
                    self.problems.append(Problem(
                        self.file, ".".join(map(str, path + (key,))),
                        f"Schlüssel „{key}“ kommt doppelt vor (zuerst in Zeile {self.lines[path + (key,)]}); "
                        "jeder Schlüssel darf nur einmal stehen", line, column))
                    continue
                self._mark(path + (key,), key_node, force=True)
                result[key] = self(value_node, path + (key,))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self(item, path + (i,)) for i, item in enumerate(node.value)]
        if node.tag == _FLOAT and path and ist_betragsfeld(path[-1]) and TAUSENDERPUNKT.fullmatch(node.value):
            return node.value  # "1.850": YAML reads 1.85; the amount validator reads the German 1850
        return self.ctor.construct_object(node, deep=True)


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, int], file: str, ctor: _Loader) -> Any:
    """The data of ``node`` (lines recorded into ``lines``); raises on the first duplicate key."""
    walk = _Walk(file, ctor)
    data = walk(node, path)
    lines.update(walk.lines)
    if walk.problems:
        raise InputSyntaxError(walk.problems[0], walk.problems[1:])
    return data


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's parser (where PyYAML was built with it) with the resolvers of :class:`_Loader`."""


_FastLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers


def _document(root: yaml.Node | None, file: str) -> Document:
    walk = _Walk(file, _Loader(""))
    data = None if root is None else walk(root)
    if walk.problems:
        raise InputSyntaxError(walk.problems[0], walk.problems[1:])
    return Document(data=data, file=file, lines=walk.lines, columns=walk.columns)


def parse_yaml(text: str, file: str) -> Document:
    """Compose with libyaml where present, then walk with the same code either way (duplicate
    keys, the line and column of every field). A document libyaml refuses is read again by the
    pure-Python parser, whose problem descriptions the German messages are written for."""
    if _FastLoader is not yaml.SafeLoader:
        try:
            root = yaml.compose(text, Loader=_FastLoader)
        except yaml.YAMLError:
            pass
        else:
            return _document(root, file)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        reason = _german(getattr(exc, "problem", None) or str(exc), _YAML_PROBLEMS)
        raise InputSyntaxError(Problem(file, "", f"kein gültiges YAML: {reason}", line, column)) from None
    return _document(root, file)


def parse_json(text: str, file: str) -> Document:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise InputSyntaxError(Problem(file, key, f"Schlüssel „{key}“ kommt doppelt vor"))
            if isinstance(value, _Zahltext):
                value = str(value) if ist_betragsfeld(key) else float(value)
            result[key] = value
        return result

    def zahl(text: str) -> object:
        return _Zahltext(text) if TAUSENDERPUNKT.fullmatch(text) else float(text)

    try:
        data = json.loads(text, object_pairs_hook=no_duplicates, parse_float=zahl)
    except json.JSONDecodeError as exc:
        raise InputSyntaxError(
            Problem(file, "", f"kein gültiges JSON (Spalte {exc.colno}): {_german(exc.msg, _JSON_PROBLEMS)}", exc.lineno)
        ) from None
    return Document(data=data, file=file)


def read_document(path: Path) -> Document:
    """Read a ``.yaml``/``.yml``/``.json`` file; raises InputSyntaxError with a Problem."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputSyntaxError(Problem(name, "", "Datei nicht gefunden")) from None
    except UnicodeDecodeError:
        raise InputSyntaxError(Problem(name, "", "Datei ist nicht in UTF-8 kodiert")) from None
    except OSError as exc:
        raise InputSyntaxError(Problem(name, "", f"Datei nicht lesbar ({exc.strerror})")) from None
    if path.suffix.lower() == ".json":
        return parse_json(text, name)
    return parse_yaml(text, name)
