"""Tools around the scenarios for the people who write them: the sentences, running them, open questions.

* :func:`saetze` – every Gherkin sentence the step definitions in ``tests/bdd/steps_*.py`` understand,
  each with an example taken from the feature files (file and line) or, if none uses it yet, the
  step's own description;
* :func:`testen` – runs the scenarios with pytest and returns a German summary, the first failing step
  first with its file and line;
* :func:`fragen` – the register of open legal questions (``rules/offene_fragen/*.yaml``).

These tools work in a checkout of the project (with ``tests/`` and the test extra installed).
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from kimrules.basis.errors import Problem, RuleFileError
from kimrules.regelwerk.rules import RULES_DIR
from kimrules.werkbank.szenarien import FEATURES_DIR, alle_faelle

PROJEKT = RULES_DIR.parent
STEPS_DIR = PROJEKT / "tests" / "bdd"
ART = {"given": "Angenommen", "when": "Wenn", "then": "Dann"}


@dataclass(frozen=True)
class Satz:
    art: str  # Angenommen / Wenn / Dann
    muster: str  # the regular expression or parse pattern of the step
    beschreibung: str  # first line of the step function's docstring ("" if none)
    beispiel: Optional[str]  # a sentence from the feature files that matches
    ort: Optional[str]  # its file:line


def _schrittdefinitionen(steps_dir: Path) -> list[Any]:
    if not steps_dir.is_dir():
        raise RuleFileError(f"Schrittdefinitionen nicht gefunden ({steps_dir}); die Befehle für Szenarien brauchen den Projektordner")
    try:
        from pytest_bdd.steps import step_function_context_registry
    except ImportError:  # pragma: no cover
        raise RuleFileError("Szenarien lesen braucht pytest-bdd: pip install -e '.[test]'") from None
    if str(steps_dir) not in sys.path:
        sys.path.insert(0, str(steps_dir))
    for modul in sorted(steps_dir.glob("steps_*.py")):
        importlib.import_module(modul.stem)
    return [ctx for ctx in list(step_function_context_registry.values()) if ctx.step_func.__module__.startswith("steps_")]


def _muster(parser: Any) -> str:
    regex = getattr(parser, "regex", None)
    return regex.pattern if regex is not None else str(parser.name)


def lesbar(muster: str) -> str:
    """A step pattern with its named groups shown as <name> (for people, not for matching)."""
    text = re.sub(r"\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)", r"<\1>", muster)
    text = text.replace('["„]', '"').replace('["“]', '"')
    return text.replace("\\", "").replace("^", "").replace("$", "")


def saetze(features: Path = FEATURES_DIR, steps_dir: Path = STEPS_DIR) -> list[Satz]:
    definitionen = _schrittdefinitionen(steps_dir)
    faelle = alle_faelle(features)
    out = []
    for d in sorted(definitionen, key=lambda d: (list(ART).index(d.type) if d.type in ART else 3, _muster(d.parser))):
        beispiel = ort = None
        for fall in faelle:
            for schritt in fall.szenario.steps:
                if d.type in (schritt.type, None) and d.parser.is_matching(schritt.name):
                    beispiel, ort = schritt.name, f"{fall.datei}:{schritt.line_number}"
                    break
            if beispiel:
                break
        doc = (d.step_func.__doc__ or "").strip().splitlines()
        out.append(Satz(ART.get(d.type, "Schritt"), _muster(d.parser), doc[0] if doc else "", beispiel, ort))
    return out


def saetze_text(liste: list[Satz]) -> str:
    zeilen, art = [], None
    for s in liste:
        if s.art != art:
            zeilen.append(f"\n{s.art} …")
            art = s.art
        zeilen.append(f"  {s.art} {lesbar(s.muster)}")
        if s.beispiel:
            zeilen.append(f"      z. B. „{s.beispiel}“ ({s.ort})")
        elif s.beschreibung:
            zeilen.append(f"      {s.beschreibung} (noch in keinem Szenario verwendet)")
        else:
            zeilen.append("      (noch in keinem Szenario verwendet)")
    zeilen.append(f"\n{len(liste)} Sätze. „Und“ und „Aber“ setzen die Art des Satzes davor fort.")
    return "\n".join(zeilen).lstrip("\n") + "\n"


# --- running the scenarios --------------------------------------------------------------------------
_ERGEBNIS = re.compile(r"(\d+) (passed|failed|error|errors|skipped|deselected)")
_ORT = re.compile(r"^(features/\S+\.feature):(\d+): (.*)$", re.M)


def testen(projekt: Path = PROJEKT, auswahl: Optional[str] = None) -> tuple[int, str]:
    """Run the scenarios (and the coverage check); (exit code of pytest, German summary)."""
    ziel = [str(projekt / "tests" / "bdd")]
    befehl = [sys.executable, "-m", "pytest", *ziel, "-q", "-p", "no:cacheprovider", "--tb=short", "-rf"]
    if auswahl:
        befehl += ["-k", auswahl]
    lauf = subprocess.run(befehl, cwd=projekt, capture_output=True, text=True)
    ausgabe = lauf.stdout + lauf.stderr
    zahlen = {art: int(n) for n, art in _ERGEBNIS.findall(ausgabe.splitlines()[-1] if ausgabe.strip() else "")}
    ok, failed = zahlen.get("passed", 0), zahlen.get("failed", 0) + zahlen.get("error", 0) + zahlen.get("errors", 0)
    zeilen = []
    orte = _ORT.findall(ausgabe)
    if failed:
        zeilen.append("Fehlgeschlagen:")
        gesehen = set()
        for datei, zeile, was in orte:
            if (datei, zeile) not in gesehen:
                gesehen.add((datei, zeile))
                zeilen.append(f"  {datei}:{zeile}: {was}")
        fehler = [z.strip() for z in ausgabe.splitlines() if z.startswith("E ")][:8]
        if fehler:
            zeilen.append("Erste Meldung:")
            zeilen += [f"  {z[1:].strip()}" for z in fehler]
        if not orte:
            zeilen += ["", *[z for z in ausgabe.splitlines() if z.startswith("FAILED") or z.startswith("ERROR")][:20]]
    zeilen.append(f"{ok} bestanden, {failed} fehlgeschlagen." if (ok or failed) else "Keine Szenarien gelaufen:\n" + ausgabe[-2000:])
    return lauf.returncode, "\n".join(zeilen) + "\n"


# --- open legal questions -----------------------------------------------------------------------------
FRAGEN_DIR = RULES_DIR / "offene_fragen"


def fragen(root: Path = RULES_DIR) -> list[dict]:
    """Every open legal question of ``rules/offene_fragen/*.yaml`` (``fragen:`` list), in file order."""
    from kimrules.basis.yamlio import InputSyntaxError, read_document

    out: list[dict] = []
    problems: list[Problem] = []
    for pfad in sorted((Path(root) / "offene_fragen").glob("*.yaml")):
        try:
            doc = read_document(pfad)
        except InputSyntaxError as exc:
            problems.extend(exc.problems)
            continue
        liste = doc.data.get("fragen") if isinstance(doc.data, dict) else None
        if not isinstance(liste, list):
            problems.append(Problem(str(pfad), "fragen", "erwartet eine Liste „fragen:“", doc.line_of(("fragen",))))
            continue
        for i, frage in enumerate(liste):
            if not isinstance(frage, dict) or not frage.get("id") or not frage.get("frage"):
                problems.append(Problem(str(pfad), f"fragen.{i}", "jede Frage braucht „id“ und „frage“", doc.line_of(("fragen", i))))
                continue
            out.append({**frage, "_ort": f"{pfad.relative_to(root).as_posix()}:{doc.line_of(('fragen', i))}"})
    if problems:
        raise RuleFileError("Register der offenen Rechtsfragen fehlerhaft", problems)
    return out


def fragen_text(liste: list[dict], norm: Optional[str] = None) -> str:
    if norm:
        liste = [f for f in liste if any(norm in str(n) for n in f.get("normen") or [])]
    zeilen = []
    for f in liste:
        geklaert = f.get("geklaert")
        zeilen.append(f"\n[{f['id']}] {f['frage']}" + ("  (GEKLÄRT)" if geklaert else ""))
        if f.get("normen"):
            zeilen.append(f"  Normen: {', '.join(map(str, f['normen']))}")
        for n, p in enumerate(f.get("positionen") or [], 1):
            if isinstance(p, dict):
                zeilen.append(f"  Auffassung {n}: {p.get('auffassung', '')}")
                quellen = p.get("quellen") or []
                if quellen:
                    zeilen.append(f"    Quellen: {'; '.join(map(str, quellen))}")
        if f.get("kimrules"):
            zeilen.append(f"  kimrules bis zur Klärung: {f['kimrules']}")
        if geklaert:
            zeilen.append(f"  Geklärt: {geklaert}")
        if f.get("stand"):
            zeilen.append(f"  Stand: {f['stand']}  ({f['_ort']})")
    offen = sum(1 for f in liste if not f.get("geklaert"))
    zeilen.append(f"\n{len(liste)} Fragen, davon {offen} offen.")
    return "\n".join(zeilen).lstrip("\n") + "\n"
