"""Mutated client files and rule folders for the fuzz test and ``bench/fuzz.py``.

Everything is drawn from one ``random.Random``, so a seed names a file exactly. The
mutations are those of an attacker and of a careless exporter: fields dropped,
duplicated and retyped, odd dates, huge and negative numbers, Unicode with control
characters and surrogates, byte order mark, CRLF, tabs, deep nesting, YAML aliases
and alias bombs, unknown tags, merge keys, several documents, truncated and binary
garbage.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import yaml

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").exists())
BEISPIELE = sorted((ROOT / "examples").glob("*.*"))

DATEN = [
    "31.12.9999", "9999-12-31", "01.01.0001", "0001-01-01", "29.02.2023", "29.02.2024", "31.04.2025", "00.00.0000",
    "1.1.1900", "31.12.1899", "01.01.2200", "31.12.2199", "15.02.2025", "2025-02-15", "15.2.25", "2025-2-15",
    "15.02.2025 ", " 15.02.2025", "15/02/2025", "20250215", "9998-12-31", "01.01.1970", "", "heute", "31.12.9998",
]
STICHTAGE = ["15.02.2025", "01.07.2027", "31.12.2022", "01.01.2016", "30.06.2026", "01.01.1900", "31.12.2199",
             "01.01.2000", "31.12.2099", "29.02.2028"]
STEUERZEICHEN = ["\x00", "\x07", "\x1b[31m", "\x1b]0;titel\x07", "\x7f", "\x85", "\u202e", "\u2066", "\ud800", "\udc80",
                 "\x0b", "\x0c", "\r"]
FEINDLICH = [
    "<script>document.title='x'</script>", "<img src=x onerror=alert(1)>", "https://example.invalid/x",
    "mail@example.invalid", "[link](https://example.invalid)", "**fett** _k_ `c` |a|b|", "# Titel", "- Liste",
    "1. Liste", "BEGIN:VEVENT", "X;Y:Z,\\n", "{{ 7*7 }}", "{% raw %}", "\\", "'\"", "Ä" * 3, "👩‍👧‍👦", "\u00a0",
    "\ufeff", "\u200b", "a\nb", "a\tb", "%s%n", "../../etc/passwd", "CON", "=cmd|'/c calc'!A1",
]


def _zahl(r: random.Random) -> Any:
    return r.choice([
        0, -1, 1, -(10**6), 10**9, 10**9 + 1, 10**12, 10**20, int("9" * r.choice([19, 40, 309, 400])), 1e308, -1e308,
        float("inf"), float("-inf"), float("nan"), 0.5, -0.0, 1e-300, 2**63, 2**64, r.randint(-10**6, 10**6),
        r.uniform(-1e6, 1e6), True, False,
    ])


def _text(r: random.Random) -> str:
    teile = [r.choice(FEINDLICH + STEUERZEICHEN) for _ in range(r.randint(1, 4))]
    if r.random() < 0.1:
        teile.append("x" * r.choice([100, 1999, 2000, 2001, 5000]))
    if r.random() < 0.2:
        teile.append("".join(chr(r.randint(0, 0x2FFFF)) for _ in range(r.randint(1, 20))))
    return "".join(teile)


def _wert(r: random.Random, tiefe: int = 0) -> Any:
    art = r.randrange(9)
    if art == 0:
        return _zahl(r)
    if art == 1:
        return r.choice(DATEN)
    if art == 2:
        return _text(r)
    if art == 3:
        return r.choice([None, True, False, "ja", "nein", "unbekannt", "JA", "yes", "on", "~", "null"])
    if art == 4 and tiefe < 3:
        return [_wert(r, tiefe + 1) for _ in range(r.randint(0, 3))]
    if art == 5 and tiefe < 3:
        return {r.choice(["von", "bis", "status", "niveau", "x", "datum"]): _wert(r, tiefe + 1) for _ in range(r.randint(0, 3))}
    if art == 6:
        return [{"von": "01.01.2000", "bis": "01.01.2000"}] * r.choice([10, 199, 200, 201, 3000])
    if art == 7:
        tief: Any = []
        for _ in range(r.choice([10, 23, 24, 25, 100])):
            tief = [tief]
        return tief
    return r.choice(["duldung", "duldung_60b", "aufenthaltserlaubnis", "B1", "C2", "kind", "ehegatte", "§ 104c", "asylblg"])


def _pfade(data: Any, pfad: tuple = (), out: list | None = None) -> list[tuple]:
    """The paths into ``data``, at most 2,000 (a duplicated long list is shared, not copied)."""
    out = [] if out is None else out
    if len(out) >= 2000:
        return out
    out.append(pfad)
    if isinstance(data, dict):
        for k, v in data.items():
            _pfade(v, pfad + (k,), out)
    elif isinstance(data, list):
        for i, v in enumerate(data):
            _pfade(v, pfad + (i,), out)
    return out


def _holen(data: Any, pfad: tuple) -> Any:
    for p in pfad:
        data = data[p]
    return data


def _daten_mutieren(r: random.Random, data: Any) -> Any:
    for _ in range(r.randint(1, 6)):
        pfade = [p for p in _pfade(data) if p]
        if not pfade:
            return _wert(r)
        pfad = r.choice(pfade)
        eltern, schluessel = _holen(data, pfad[:-1]), pfad[-1]
        aktion = r.randrange(5)
        if aktion == 0:  # drop
            del eltern[schluessel]
        elif aktion == 1:  # retype
            eltern[schluessel] = _wert(r)
        elif aktion == 2 and isinstance(eltern, list) and len(pfade) < 1000:  # duplicate a list entry (small files only)
            eltern.append(copy.deepcopy(eltern[schluessel]))
        elif aktion == 3 and isinstance(eltern, dict):  # typo / unknown field
            eltern[str(schluessel)[::-1] if r.random() < 0.5 else str(schluessel) + "x"] = eltern.pop(schluessel)
        else:  # a date somewhere
            eltern[schluessel] = r.choice(DATEN)
    return data


_BOMBE = ("a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
          "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
          "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]\n")


def _text_mutieren(r: random.Random, text: str) -> str:
    for _ in range(r.randint(0, 3)):
        aktion = r.randrange(14)
        if aktion == 0:
            text = "\ufeff" + text
        elif aktion == 1:
            text = text.replace("\n", "\r\n")
        elif aktion == 2:
            text = text.replace("  ", "\t", r.randint(1, 3))
        elif aktion == 3:
            text = _BOMBE + text
        elif aktion == 4:
            text = text + "\nselbst: &s [*s]\n" if r.random() < 0.5 else "x: &s\n  y: *s\n" + text
        elif aktion == 5:
            text = text.replace("aktenzeichen:", r.choice(["aktenzeichen: !foo", "aktenzeichen: !!python/object:os.system",
                                                            "aktenzeichen: !!binary", "<<: {a: 1}\naktenzeichen:"]), 1)
        elif aktion == 6:
            text = text + "\n---\naktenzeichen: B\n"
        elif aktion == 7 and text:
            cut = r.randrange(len(text))
            text = text[:cut]
        elif aktion == 8:
            pos = r.randrange(len(text) + 1)
            einschub = r.choice(STEUERZEICHEN + FEINDLICH + [":", "-", "[", "{", "&x", "*x", "!", "%", "@", "`", '"'])
            text = text[:pos] + einschub + text[pos:]
        elif aktion == 9:
            n = r.choice([30, 1000, 5000])
            text = text + "\ntief: " + "[" * n + "]" * n + "\n"
        elif aktion == 10:
            text = text + "\nzahl: " + "9" * r.choice([20, 309, 4301, 5000]) + "\n"
        elif aktion == 11:
            text = text.replace("aktenzeichen:", "yes: 1\nno: 2\n1: 3\n~: 4\naktenzeichen:", 1)
        elif aktion == 12:
            n = r.choice([100, 1000])
            text = text + "\ntief:\n" + "".join(" " * (2 * i) + "a:\n" for i in range(n))
        else:
            text = text.replace(r.choice(["ja", "nein", "01", "20", "duldung"]), r.choice(["\\udc80", "\\x1b", "31.12.9999", "-1"]))
    return text


def mandantendatei(r: random.Random, basis: list[tuple[str, str]]) -> tuple[str, bytes]:
    """One mutated client file: (suffix, content)."""
    name, original = r.choice(basis)
    if r.random() < 0.03:  # binary garbage
        return r.choice([".yaml", ".json"]), bytes(r.randrange(256) for _ in range(r.randint(0, 2000)))
    data = json.loads(original)
    if r.random() < 0.9:
        data = _daten_mutieren(r, data)
    if r.random() < 0.3:
        suffix = ".json"
        try:
            text = json.dumps(data, ensure_ascii=r.random() < 0.5, allow_nan=True, indent=r.choice([None, 2]))
        except (ValueError, RecursionError, MemoryError):
            text = "{}"
    else:
        suffix = ".yaml"
        try:
            text = yaml.safe_dump(data, allow_unicode=r.random() < 0.7, sort_keys=False,
                                  default_flow_style=r.choice([False, None]))
        except (yaml.YAMLError, ValueError, RecursionError, MemoryError):
            text = "aktenzeichen: X\n"
        if r.random() < 0.5:
            text = _text_mutieren(r, text)
    try:
        return suffix, text.encode("utf-8", "surrogatepass")
    except UnicodeEncodeError:
        return suffix, text.encode("utf-8", "replace")


def basis_dateien() -> list[tuple[str, str]]:
    """The examples as JSON text: the starting points of every mutation."""
    out = []
    for pfad in BEISPIELE:
        text = pfad.read_text(encoding="utf-8")
        data = json.loads(text) if pfad.suffix == ".json" else yaml.safe_load(text)
        out.append((pfad.name, json.dumps(data, ensure_ascii=False, default=str)))
    return out


def _regel_mutieren(r: random.Random, text: str) -> str:
    """A defect in one rule file: in a requirement's condition (as data) or in the text."""
    if r.random() < 0.4:
        return _text_mutieren(r, text)
    daten = yaml.safe_load(text)
    if not isinstance(daten, dict) or not isinstance(daten.get("voraussetzungen"), list) or not daten["voraussetzungen"]:
        return _text_mutieren(r, text)
    v = r.choice(daten["voraussetzungen"])
    if not isinstance(v, dict):
        return _text_mutieren(r, text)
    aktion = r.randrange(4)
    if aktion == 0:  # a threshold that is not a finite number, or huge
        v["bedingung"] = {"fakt": "voraufenthalt_monate",
                          "mindestens": r.choice([float("nan"), float("inf"), float("-inf"), 10**400, -1, 1e300])}
    elif aktion == 1:  # many alternatives
        n = r.choice([14, 15, 40, 200, 600])
        v["bedingung"] = {r.choice(["eine_von", "alle"]): [{"fakt": "voraufenthalt_monate", "mindestens": i} for i in range(n)]}
    elif aktion == 2:  # deeply nested
        bedingung: Any = {"fakt": "geduldet", "ist": True}
        for _ in range(r.choice([10, 30, 100])):
            bedingung = {r.choice(["alle", "eine_von"]): [bedingung, {"fakt": "geduldet", "ist": False}]}
        v["bedingung"] = bedingung
    else:  # products of alternatives (large when expanded)
        v["bedingung"] = {"alle": [{"eine_von": [{"fakt": "voraufenthalt_monate", "mindestens": i + j} for j in range(8)]}
                                   for i in range(r.choice([2, 4, 8]))]}
    try:
        return yaml.safe_dump(daten, allow_unicode=True, sort_keys=False)
    except (yaml.YAMLError, RecursionError):
        return text


def regelordner(r: random.Random, quelle: Path, ziel: Path) -> str:
    """Copy the rule folder ``quelle`` to ``ziel`` with one defect; returns what was done."""
    import os
    import shutil

    shutil.copytree(quelle, ziel)
    dateien = sorted(p for p in ziel.rglob("*.yaml"))
    aktion = r.randrange(10)
    if aktion == 0:
        for p in dateien:
            p.unlink()
        return "leer"
    if aktion == 1:
        shutil.rmtree(ziel)
        return "fehlt"
    if aktion == 2:  # two family rule files derived from each other
        familien = [p for p in dateien if "familie:" in p.read_text(encoding="utf-8")]
        kennungen = {}
        for p in familien:
            kennungen[p] = yaml.safe_load(p.read_text(encoding="utf-8"))["kennung"]
        if len(kennungen) >= 2:
            a, b = r.sample(sorted(kennungen), 2)
            for p, andere in ((a, kennungen[b]), (b, kennungen[a])):
                text = p.read_text(encoding="utf-8")
                start = text.index("stammnorm:")
                ende = text.index("\n", start)
                p.write_text(text[:start] + f"stammnorm: {andere}" + text[ende:], encoding="utf-8")
        return "familienzyklus"
    if aktion == 3:
        pfad = ziel / "aufenthg" / "fifo.yaml"
        os.mkfifo(pfad)
        return "fifo"
    if aktion == 4:
        (ziel / "aufenthg" / "ordner.yaml").mkdir()
        return "ordner"
    p = r.choice(dateien)
    text = p.read_text(encoding="utf-8")
    daten = _regel_mutieren(r, text)
    try:
        p.write_bytes(daten.encode("utf-8", "surrogatepass"))
    except UnicodeEncodeError:
        p.write_bytes(daten.encode("utf-8", "replace"))
    return f"mutiert: {p.relative_to(ziel)}"
