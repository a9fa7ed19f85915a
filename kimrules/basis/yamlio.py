"""Read YAML (and JSON) input with line numbers, within limits and without silent surprises.

* only regular files are read (a FIFO, device or folder is refused before reading),
  at most :data:`grenzen.MAX_BYTES`, UTF-8 with or without byte order mark;
* duplicate keys are an error (PyYAML would silently keep the last one);
* every mapping key and sequence item remembers its line, so that a validation
  error deep inside the data can name the line of the file (JSON too);
* dates are *not* converted by YAML: ``2024-01-31`` stays a string and is parsed
  by our own date validators, so ISO and TT.MM.JJJJ behave the same;
* keys are always text (``yes:`` stays „yes“, never ``True``); only plain YAML
  values are accepted: no tags (``!foo``, ``!!python/…``), no merge keys (``<<``);
* limits (:mod:`kimrules.basis.grenzen`): nesting depth, entries per list or section,
  values in total counting every use of an alias again (so an alias bomb stops
  early), length of texts and numbers, magnitude of numbers, no control characters.

Every problem is raised as :class:`InputSyntaxError` with a German :class:`Problem`.
"""

from __future__ import annotations

import json
import math
import re
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import yaml

from kimrules.basis import grenzen
from kimrules.basis.errors import Problem, os_fehler

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
        return _deepest(self.lines, path)

    def column_of(self, path: Path_) -> int | None:
        """Column (1-based) of the deepest known prefix of ``path``."""
        return _deepest(self.columns, path)


def _deepest(table: dict[Path_, int], path: Path_) -> int | None:
    """The entry of the deepest prefix of ``path`` that ``table`` knows (the root ``()`` last)."""
    path = tuple(path)
    while path:
        if path in table:
            return table[path]
        path = path[:-1]
    return table.get((), None)


class InputSyntaxError(ValueError):
    """The file cannot be read; ``problems`` has every problem found (``problem`` is the first)."""

    def __init__(self, problem: Problem, more: list[Problem] | None = None) -> None:
        super().__init__(str(problem))
        self.problem = problem
        self.problems = [problem, *(more or [])]


def _resolvers(base: type) -> dict:
    # Keep timestamps as strings: our validators parse dates (TT.MM.JJJJ and ISO).
    return {
        key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in base.yaml_implicit_resolvers.items()
    }


class _Loader(yaml.SafeLoader):
    """Pure-Python parser (used where libyaml is missing); dates stay text."""


_Loader.yaml_implicit_resolvers = _resolvers(yaml.SafeLoader)


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's parser (where PyYAML was built with it; fast, with its own nesting limit) with the same resolvers."""


_FastLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
_NACHLESEN_BIS = 50_000  # characters: a refused document up to this size is read again by the pure-Python parser

# German wording for the syntax problems PyYAML/libyaml and json report most often
_YAML_PROBLEMS = (
    ("mapping values are not allowed", "Doppelpunkt an unerwarteter Stelle (fehlt nach einem Doppelpunkt ein Leerzeichen, oder stimmt die Einrückung nicht?)"),
    ("could not find expected ':'", "ein Doppelpunkt fehlt (Feld: Wert)"),
    ("cannot start any token", "Tabulatorzeichen oder ein Sonderzeichen am Zeilenanfang; bitte mit Leerzeichen einrücken"),
    ("expected <block end>", "die Einrückung passt nicht zur Zeile davor"),
    ("did not find expected key", "die Einrückung passt nicht zur Zeile davor"),
    ("did not find expected '-' indicator", "die Einrückung passt nicht zur Zeile davor (Listeneintrag mit „- “ erwartet)"),
    ("expected <document start>", "die Einrückung passt nicht zur Zeile davor"),
    ("found unexpected end of stream", "ein Anführungszeichen oder eine Klammer wird nicht geschlossen"),
    ("expected ',' or ']'", "eine Liste in eckigen Klammern wird nicht geschlossen"),
    ("expected ',' or '}'", "ein Abschnitt in geschweiften Klammern wird nicht geschlossen"),
    ("found undefined alias", "unbekannter Verweis mit * (Anker & fehlt)"),
    ("found duplicate anchor", "ein Anker & kommt doppelt vor"),
    ("second occurrence", "ein Anker & kommt doppelt vor"),
    ("but found another document", "mehr als ein Dokument (Trennlinie „---“); eine Datei enthält genau eine Mandantendatei"),
    ("expected a single document", "mehr als ein Dokument (Trennlinie „---“); eine Datei enthält genau eine Mandantendatei"),
    ("exceeded maximum nesting depth", f"zu tief verschachtelt (höchstens {grenzen.MAX_TIEFE} Ebenen)"),
    ("did not find expected node content", "ein Wert fehlt oder beginnt mit einem Sonderzeichen"),
    ("invalid Unicode character", "ungültiges Zeichen (Steuerzeichen oder einzelnes Surrogat wie \\ud800) in einem Text in Anführungszeichen"),
    ("found unknown escape character", "unbekannte Escape-Sequenz mit \\ in einem Text in Anführungszeichen"),
    ("expected escape sequence", "unvollständige Escape-Sequenz mit \\ in einem Text in Anführungszeichen"),
    ("found unexpected ':'", "Doppelpunkt an unerwarteter Stelle"),
    ("did not find URI escaped octet", "ungültige Markierung mit !"),
    ("found a tab character", "Tabulatorzeichen; bitte mit Leerzeichen einrücken"),
    ("found character", "unerwartetes Zeichen"),
    ("could not find expected", "ein Zeichen fehlt (Klammer, Anführungszeichen oder Doppelpunkt)"),
    ("did not find expected", "ein Zeichen fehlt (Klammer, Anführungszeichen oder Doppelpunkt)"),
    ("found unexpected end", "die Datei endet mitten in einer Angabe"),
    ("unacceptable character", "unerlaubtes Zeichen"),
    ("special characters are not allowed", "unerlaubtes Zeichen"),
)
_JSON_PROBLEMS = (
    ("Expecting property name", "Feldname in doppelten Anführungszeichen erwartet (steht ein Komma zu viel?)"),
    ("Expecting ',' delimiter", "Komma zwischen zwei Einträgen oder schließende Klammer fehlt"),
    ("Expecting ':' delimiter", "Doppelpunkt nach dem Feldnamen fehlt"),
    ("Expecting value", "Wert erwartet"),
    ("Extra data", "nach dem Ende der Daten steht noch Text"),
    ("Unterminated string", "Zeichenkette ohne schließendes Anführungszeichen"),
    ("Invalid control character", "unerlaubtes Steuerzeichen in einer Zeichenkette"),
    ("Invalid \\escape", "ungültige Escape-Sequenz mit \\"),
    ("Invalid \\uXXXX escape", "ungültige Escape-Sequenz \\uXXXX"),
)


def json_fehler(exc: json.JSONDecodeError) -> str:
    """What is wrong with a JSON text, in German, with the column."""
    return f"kein gültiges JSON (Spalte {exc.colno}): {_german(exc.msg, _JSON_PROBLEMS)}"


def _german(problem: str, table: tuple[tuple[str, str], ...]) -> str:
    for english, german in table:
        if english in problem:
            return german
    return "Syntaxfehler"


# Amounts (fields named ``…_eur`` or ``…_eur_monat``): "1.850" is a German thousands separator, not
# 1,85 €. YAML and JSON would read it as a decimal point, so such a number reaches the amount
# validator (kimrules.akte.facts) as text.
_FLOAT = "tag:yaml.org,2002:float"
TAUSENDERPUNKT = re.compile(r"\d{1,3}(?:\.\d{3})+")


def ist_betragsfeld(key: object) -> bool:
    return isinstance(key, str) and key.endswith(("_eur", "_eur_monat"))


class _Zahltext(str):
    """A JSON number written with a thousands point, kept as text until its key is known."""


def _problem(file: str, message: str, line: Optional[int] = None, location: str = "",
             column: Optional[int] = None) -> InputSyntaxError:
    return InputSyntaxError(Problem(file, location, message, line, column))


def _zeile(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _pruefe_steuerzeichen(text: str, file: str) -> None:
    """Raw control characters anywhere in the file: refused with their line."""
    m = grenzen.steuerzeichen(text)
    if m is not None:
        raise _problem(file, f"Steuerzeichen {grenzen.zeichen_name(m.group())} ist nicht erlaubt; bitte entfernen",
                       _zeile(text, m.start()))


@dataclass
class _Zaehler:
    """Values seen so far in one document (every use of an alias counts again)."""

    knoten: int = 0


_ERLAUBTE_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
}
_ZAHL_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}


class _Walker:
    """Turns a composed YAML node graph into plain data within the limits, recording lines."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.lines: dict[Path_, int] = {}
        self.columns: dict[Path_, int] = {}
        self.problems: list[Problem] = []  # duplicate and non-scalar keys: every one, not only the first
        self.ctor = _Loader("")
        self.knoten = 0
        self.offen: set[int] = set()  # ids of the collections on the current path (cycle check)

    def where(self, path: Path_) -> str:
        return ".".join(map(str, path))

    def fail(self, node: yaml.Node, path: Path_, message: str) -> InputSyntaxError:
        return _problem(self.file, message, node.start_mark.line + 1, self.where(path), node.start_mark.column + 1)

    def mark(self, path: Path_, node: yaml.Node, force: bool = False) -> None:
        if force or path not in self.lines:
            self.lines[path] = node.start_mark.line + 1
            self.columns[path] = node.start_mark.column + 1

    def zaehlen(self, node: yaml.Node, path: Path_) -> None:
        self.knoten += 1
        if self.knoten > grenzen.MAX_KNOTEN:
            raise self.fail(node, path, f"zu viele Werte (höchstens {grenzen.tausender(grenzen.MAX_KNOTEN)} je Datei, "
                                        "jede Verwendung eines Verweises * zählt mit)")
        if len(path) > grenzen.MAX_TIEFE:
            raise self.fail(node, path, f"zu tief verschachtelt (höchstens {grenzen.MAX_TIEFE} Ebenen)")

    def walk(self, node: yaml.Node, path: Path_) -> Any:
        self.mark(path, node)
        self.zaehlen(node, path)
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            if node.tag not in ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
                raise self.fail(node, path, f"Markierung „{node.tag.replace('tag:yaml.org,2002:', '!!')}“ ist nicht erlaubt; "
                                            "bitte nur einfache Werte angeben")
            if id(node) in self.offen:
                raise self.fail(node, path, "ein Verweis * zeigt auf den Abschnitt, in dem er steht (Endlosschleife)")
            if len(node.value) > grenzen.MAX_EINTRAEGE:
                raise self.fail(node, path, f"zu viele Einträge ({grenzen.tausender(len(node.value))}; "
                                            f"höchstens {grenzen.MAX_EINTRAEGE} je Liste oder Abschnitt)")
            self.offen.add(id(node))
            try:
                return self.mapping(node, path) if isinstance(node, yaml.MappingNode) else [
                    self.walk(item, path + (i,)) for i, item in enumerate(node.value)]
            finally:
                self.offen.discard(id(node))
        return self.scalar(node, path)

    def mapping(self, node: yaml.MappingNode, path: Path_) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _problem(self.file, "„<<“ (Abschnitte zusammenführen) ist nicht erlaubt; bitte die Felder ausschreiben",
                               line, self.where(path))
            column = key_node.start_mark.column + 1
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(Problem(self.file, self.where(path), "Schlüssel müssen einfache Namen sein", line, column))
                continue
            key = key_node.value  # always the text as written: "yes" stays "yes", "1" stays "1"
            self.text(key, key_node, path, "Schlüssel")
            if key in result:
                self.problems.append(Problem(
                    self.file, self.where(path + (key,)),
                    f"Schlüssel „{key}“ kommt doppelt vor (zuerst in Zeile {self.lines[path + (key,)]}); "
                    "jeder Schlüssel darf nur einmal stehen", line, column))
                continue
            self.mark(path + (key,), key_node, force=True)
            result[key] = self.walk(value_node, path + (key,))
        return result

    def text(self, value: str, node: yaml.Node, path: Path_, what: str = "Text") -> None:
        if len(value) > grenzen.MAX_ZEICHEN:
            raise self.fail(node, path, f"{what} zu lang ({grenzen.tausender(len(value))} Zeichen; "
                                        f"höchstens {grenzen.tausender(grenzen.MAX_ZEICHEN)})")
        m = grenzen.steuerzeichen(value)
        if m is not None:
            raise self.fail(node, path, f"Steuerzeichen {grenzen.zeichen_name(m.group())} ist nicht erlaubt; bitte entfernen")

    def scalar(self, node: yaml.Node, path: Path_) -> Any:
        if node.tag not in _ERLAUBTE_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            raise self.fail(node, path, f"Markierung „{tag}“ ist nicht erlaubt; bitte nur einfache Werte angeben")
        if node.tag in _ZAHL_TAGS and len(node.value) > grenzen.MAX_ZIFFERN:
            raise self.fail(node, path, f"Zahl zu lang (höchstens {grenzen.MAX_ZIFFERN} Zeichen)")
        if node.tag == _FLOAT and path and ist_betragsfeld(path[-1]) and TAUSENDERPUNKT.fullmatch(node.value):
            return node.value  # "1.850": YAML reads 1.85; the amount validator reads the German 1850
        if node.tag == "tag:yaml.org,2002:str":
            self.text(node.value, node, path)
        try:
            value = self.ctor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError):
            raise self.fail(node, path, "ungültiger Wert") from None
        _zahl_pruefen(value, lambda message: self.fail(node, path, message))
        return value


def _zahl_pruefen(value: Any, fail: Any) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise fail("erwartet eine endliche Zahl (nicht .inf oder .nan)")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) > grenzen.MAX_ZAHL:
        raise fail(f"Zahl zu groß (höchstens {grenzen.tausender(grenzen.MAX_ZAHL)})")


def _yaml_fehler(exc: yaml.YAMLError, file: str) -> InputSyntaxError:
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    column = mark.column + 1 if mark is not None else None
    problem = " ".join(str(x) for x in (getattr(exc, "problem", None), getattr(exc, "context", None)) if x) or str(exc)
    return _problem(file, f"kein gültiges YAML: {_german(problem, _YAML_PROBLEMS)}", line, column=column)


def _compose(text: str, file: str) -> Optional[yaml.Node]:
    """Compose with libyaml where present. A document libyaml refuses is read again by the pure-Python
    parser (if it is small enough to do that quickly), whose problem descriptions the German messages
    were written for, so both parsers give the same message."""
    tief = False
    try:
        return yaml.compose(text, Loader=_FastLoader)
    except yaml.YAMLError as exc:
        fehler = _yaml_fehler(exc, file)
        tief = "nesting depth" in str(getattr(exc, "problem", ""))  # the pure-Python parser would recurse for seconds
    except RecursionError:  # pure-Python parser without libyaml
        raise _problem(file, f"zu tief verschachtelt (höchstens {grenzen.MAX_TIEFE} Ebenen)") from None
    if _FastLoader is not yaml.SafeLoader and len(text) <= _NACHLESEN_BIS and not tief:
        try:
            yaml.compose(text, Loader=_Loader)
        except yaml.YAMLError as exc:
            fehler = _yaml_fehler(exc, file)
        except RecursionError:
            pass
    raise fehler


def _ohne_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def parse_yaml(text: str, file: str) -> Document:
    text = _ohne_bom(text)
    _pruefe_steuerzeichen(text, file)
    root = _compose(text, file)
    walker = _Walker(file)
    data = None if root is None else walker.walk(root, ())
    if walker.problems:
        raise InputSyntaxError(walker.problems[0], walker.problems[1:])
    return Document(data=data, file=file, lines=walker.lines, columns=walker.columns)


def _json_zahl(file: str, kind: type) -> Any:
    def parse(text: str) -> Any:
        if len(text) > grenzen.MAX_ZIFFERN:
            raise _problem(file, f"Zahl zu lang (höchstens {grenzen.MAX_ZIFFERN} Zeichen)")
        if kind is float and TAUSENDERPUNKT.fullmatch(text):
            return _Zahltext(text)
        return kind(text)
    return parse


def _json_konstante(file: str) -> Any:
    def parse(text: str) -> Any:
        raise _problem(file, f"„{text}“ ist keine endliche Zahl")
    return parse


def _pruefe_daten(data: Any, file: str, lines: dict[Path_, int]) -> None:
    """The limits of :class:`_Walker` for data that did not come from YAML nodes (JSON)."""
    zaehler = _Zaehler()
    stapel: list[tuple[Any, Path_]] = [(data, ())]
    while stapel:
        value, path = stapel.pop()
        zaehler.knoten += 1

        def fail(message: str, path: Path_ = path) -> InputSyntaxError:
            line = None
            p = path
            while p and line is None:
                line, p = lines.get(p), p[:-1]
            return _problem(file, message, line, ".".join(map(str, path)))

        if zaehler.knoten > grenzen.MAX_KNOTEN:
            raise fail(f"zu viele Werte (höchstens {grenzen.tausender(grenzen.MAX_KNOTEN)} je Datei)")
        if len(path) > grenzen.MAX_TIEFE:
            raise fail(f"zu tief verschachtelt (höchstens {grenzen.MAX_TIEFE} Ebenen)")
        if isinstance(value, (dict, list)) and len(value) > grenzen.MAX_EINTRAEGE:
            raise fail(f"zu viele Einträge ({grenzen.tausender(len(value))}; höchstens {grenzen.MAX_EINTRAEGE} je Liste oder Abschnitt)")
        if isinstance(value, dict):
            for k, v in value.items():
                if len(k) > grenzen.MAX_ZEICHEN or grenzen.steuerzeichen(k):
                    raise fail("Schlüssel zu lang oder mit Steuerzeichen", path + (k,))
                stapel.append((v, path + (k,)))
        elif isinstance(value, list):
            stapel.extend((v, path + (i,)) for i, v in enumerate(value))
        elif isinstance(value, str):
            if len(value) > grenzen.MAX_ZEICHEN:
                raise fail(f"Text zu lang ({grenzen.tausender(len(value))} Zeichen; höchstens {grenzen.tausender(grenzen.MAX_ZEICHEN)})")
            m = grenzen.steuerzeichen(value)
            if m is not None:
                raise fail(f"Steuerzeichen {grenzen.zeichen_name(m.group())} ist nicht erlaubt; bitte entfernen")
        else:
            _zahl_pruefen(value, fail)


def _json_positionen(text: str, data: Any, file: str) -> tuple[dict[Path_, int], dict[Path_, int]]:
    """Lines and columns of the keys and items of a JSON document: JSON is read as YAML too, whose
    nodes know their position; used only where both readings agree (else none)."""
    try:
        doc = parse_yaml(text, file)
    except (InputSyntaxError, RecursionError):
        return {}, {}
    return (doc.lines, doc.columns) if doc.data == data else ({}, {})


def parse_json(text: str, file: str) -> Document:
    text = _ohne_bom(text)
    _pruefe_steuerzeichen(text, file)

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise _problem(file, f"Schlüssel „{key}“ kommt doppelt vor; jeder Schlüssel darf nur einmal stehen", None, key)
            if isinstance(value, _Zahltext):
                value = str(value) if ist_betragsfeld(key) else float(value)
            result[key] = value
        return result

    try:
        data = json.loads(text, object_pairs_hook=no_duplicates, parse_int=_json_zahl(file, int),
                          parse_float=_json_zahl(file, float), parse_constant=_json_konstante(file))
    except json.JSONDecodeError as exc:
        raise _problem(file, json_fehler(exc), exc.lineno) from None
    except RecursionError:
        raise _problem(file, f"zu tief verschachtelt (höchstens {grenzen.MAX_TIEFE} Ebenen)") from None
    lines, columns = _json_positionen(text, data, file)
    _pruefe_daten(data, file, lines)
    return Document(data=data, file=file, lines=lines, columns=columns)


def read_bytes(path: Path, max_bytes: int = grenzen.MAX_BYTES) -> bytes:
    """The content of a regular file of at most ``max_bytes`` bytes.

    A FIFO, device, socket or folder is refused before it is opened for reading (it could block
    or never end); the file is opened without blocking and checked again after opening.
    """
    name = str(path)

    def nicht_regulaer(mode: int) -> InputSyntaxError:
        art = "ein Ordner" if stat.S_ISDIR(mode) else "eine FIFO (Pipe)" if stat.S_ISFIFO(mode) else \
            "ein Gerät" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "ein Socket" if stat.S_ISSOCK(mode) else "keine Datei"
        return _problem(name, f"ist {art}, keine gewöhnliche Datei; bitte eine YAML- oder JSON-Datei angeben")

    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise nicht_regulaer(st.st_mode)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):  # replaced between the two looks
                raise nicht_regulaer(st.st_mode)
            if st.st_size > max_bytes:
                raise _problem(name, f"Datei zu groß ({grenzen.tausender(st.st_size)} Bytes; höchstens {grenzen.tausender(max_bytes)})")
            chunks, total = [], 0
            while True:
                chunk = os.read(fd, 65536)
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
                if total > max_bytes:
                    raise _problem(name, f"Datei zu groß (mehr als {grenzen.tausender(max_bytes)} Bytes)")
        finally:
            os.close(fd)
    except OSError as exc:
        raise _problem(name, f"Datei nicht lesbar: {os_fehler(exc)}") from None
    return b"".join(chunks)


def decode(raw: bytes, file: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise _problem(file, "Datei ist nicht in UTF-8 kodiert (bitte als UTF-8 speichern)", line) from None


def parse_document(raw: bytes, path: Path) -> Document:
    """The content of the file ``path`` (read by :func:`read_bytes`) as a document, JSON by its ending."""
    name = str(path)
    text = decode(raw, name)
    if path.suffix.lower() == ".json":
        return parse_json(text, name)
    return parse_yaml(text, name)


def read_document(path: Path, max_bytes: int = grenzen.MAX_BYTES) -> Document:
    """Read a ``.yaml``/``.yml``/``.json`` file; raises InputSyntaxError with a Problem."""
    return parse_document(read_bytes(path, max_bytes), path)
