"""The package layout: one package per stage, imports only point downstream.

The import graph is read from the source with :mod:`ast` (imports inside functions and
``TYPE_CHECKING`` blocks count too), so a cycle fails here before it can fail at run time.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PAKET = Path(__file__).resolve().parents[2] / "kimrules"

# The stages in the order data flows; a module may import from its own stage and earlier ones.
STUFEN = ("basis", "akte", "fakten", "regelwerk", "engine", "pruefung", "fristen", "vorpruefung", "ausgabe", "werkbank", "erfassen", "cli")


def _modulname(datei: Path) -> str:
    teile = datei.relative_to(PAKET.parent).with_suffix("").parts
    return ".".join(teile[:-1] if teile[-1] == "__init__" else teile)


def _importgraph() -> dict[str, set[str]]:
    module = {_modulname(f): f for f in PAKET.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, datei in module.items():
        ziele: set[str] = set()
        paket = name if datei.name == "__init__.py" else name.rsplit(".", 1)[0]
        for knoten in ast.walk(ast.parse(datei.read_text(encoding="utf-8"))):
            if isinstance(knoten, ast.ImportFrom):
                basis = knoten.module or ""
                if knoten.level:
                    basis = ".".join(paket.split(".")[: len(paket.split(".")) - knoten.level + 1] + ([basis] if basis else []))
                for alias in knoten.names:
                    voll = f"{basis}.{alias.name}"
                    ziele.add(voll if voll in module else basis)
            elif isinstance(knoten, ast.Import):
                ziele.update(a.name for a in knoten.names)
        graph[name] = {z for z in ziele if z in module and z != name}
    return graph


def _zyklen(graph: dict[str, set[str]]) -> list[list[str]]:
    gefunden, fertig = [], set()

    def besuche(knoten: str, pfad: list[str]) -> None:
        if knoten in pfad:
            gefunden.append(pfad[pfad.index(knoten):] + [knoten])
            return
        if knoten in fertig:
            return
        for ziel in sorted(graph[knoten]):
            besuche(ziel, pfad + [knoten])
        fertig.add(knoten)

    for knoten in sorted(graph):
        besuche(knoten, [])
    return gefunden


def _stufe(modul: str) -> str | None:
    teile = modul.split(".")
    return teile[1] if len(teile) > 2 or (len(teile) == 2 and teile[1] in STUFEN) else None


def test_keine_importzyklen():
    zyklen = _zyklen(_importgraph())
    assert not zyklen, "Importzyklen: " + " | ".join(" -> ".join(z) for z in zyklen)


def test_zyklensuche_findet_einen_zyklus():
    assert _zyklen({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]


def test_jedes_modul_liegt_in_einer_stufe():
    lose = [m for m in _importgraph() if m != "kimrules" and _stufe(m) is None]
    assert not lose, f"Module außerhalb der Stufenpakete {STUFEN}: {lose}"


def test_importe_zeigen_nur_stromabwaerts():
    verstoesse = []
    for modul, ziele in _importgraph().items():
        von = _stufe(modul)
        for ziel in ziele:
            nach = _stufe(ziel)
            if von and nach and STUFEN.index(nach) > STUFEN.index(von):
                verstoesse.append(f"{modul} -> {ziel}")
    assert not verstoesse, "Importe gegen den Datenfluss: " + ", ".join(sorted(verstoesse))


def test_ausgabe_ruft_keine_pruefung_auf():
    """Output renders a Vorprüfung it is given: it may name the result types of the stages before it,
    never import their functions or the modules that screen, project or run the engine."""
    pruefend = ("kimrules.pruefung", "kimrules.fristen", "kimrules.vorpruefung", "kimrules.engine.durable")
    treffer = []
    for datei in (PAKET / "ausgabe").glob("*.py"):
        for knoten in ast.walk(ast.parse(datei.read_text(encoding="utf-8"))):
            if isinstance(knoten, ast.ImportFrom) and (knoten.module or "").startswith(pruefend):
                treffer += [f"{datei.name}: {knoten.module}.{a.name}" for a in knoten.names if not a.name[:1].isupper()]
            elif isinstance(knoten, ast.Import):
                treffer += [f"{datei.name}: {a.name}" for a in knoten.names if a.name.startswith(pruefend)]
    assert not treffer, treffer


def test_befehle_importieren_keine_anderen_befehle():
    graph = _importgraph()
    befehle = {m for m in graph if m.startswith("kimrules.cli.") and m not in ("kimrules.cli.main", "kimrules.cli.common")}
    treffer = [f"{m} -> {z}" for m in befehle for z in graph[m] & befehle]
    assert not treffer, treffer
