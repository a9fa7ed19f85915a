"""``kimrules schema``: the JSON Schema of the client file (every field a client file may hold)."""

from __future__ import annotations

import json
from typing import Any

import click

from kimrules.cli.common import EXIT_CODES


_SCHEMA_DATUM = {
    "type": "string",
    "pattern": r"^(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})$",
    "description": "Datum als TT.MM.JJJJ oder JJJJ-MM-TT",
}
_SCHEMA_BETRAG = {
    "type": "string",
    "pattern": r"^\d{1,3}(\.\d{3})+(,\d{1,2})?( ?€)?$|^\d+(,\d{1,2})?( ?€)?$|^\d+\.\d{1,2}( ?€)?$",
    "description": "Betrag in Euro als Text: 1850, 1850,50 oder 1.850,50 (Tausenderpunkt, Dezimalkomma)",
}
_SCHEMA_JA_NEIN = {"anyOf": [{"type": "boolean"}, {"enum": ["ja", "nein", "unbekannt"]}]}


def _eingabeformen(node: Any) -> Any:
    """Describe what the client file accepts, not only the validated types: dates also as
    TT.MM.JJJJ, ja/nein values also as the words ja, nein, unbekannt."""
    if isinstance(node, list):
        return [_eingabeformen(n) for n in node]
    if not isinstance(node, dict):
        return node
    if node.get("type") == "string" and node.get("format") == "date":
        return {**{k: v for k, v in node.items() if k != "format"}, **_SCHEMA_DATUM}
    if node == {"type": "boolean"}:
        return _SCHEMA_JA_NEIN
    if node.get("einheit") == "EUR" and node.get("type") == "number":
        return {"anyOf": [{k: v for k, v in node.items() if k != "einheit"}, _SCHEMA_BETRAG]}
    return {k: _eingabeformen(v) for k, v in node.items()}


def mandanten_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the client file, with German title and description."""
    from kimrules.akte.facts import Sachverhalt

    schema = _eingabeformen(Sachverhalt.model_json_schema(by_alias=True))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
        "title": "Mandantendatei für kimrules (Sachverhalt)",
        "description": (
            "Angaben zu einer Person für die Vorprüfung. Pflicht ist nur das Aktenzeichen; jedes fehlende Feld "
            "bedeutet „unbekannt“ (→ ungeklärt), eine leere Liste bedeutet „keine“. Daten als TT.MM.JJJJ oder "
            "JJJJ-MM-TT; Ja/Nein-Angaben als ja, nein oder unbekannt. Beispiele im Ordner examples/."
        ),
    }


@click.command("schema", epilog=EXIT_CODES, options_metavar="[OPTIONEN]")
@click.option("--markdown", is_flag=True,
              help="Statt JSON eine Seite zum Lesen: jedes Feld mit Bedeutung, erlaubten Angaben und Beispiel "
                   "(wie docs/mandantendatei.md).")
def schema(markdown: bool) -> None:
    """Gibt das JSON-Schema der Mandantendatei aus (alle erlaubten Felder, mit deutschem Titel,
    Beschreibung und Beispiel)."""
    if markdown:
        from kimrules.ausgabe.mandantendatei import markdown as seite

        click.echo(seite(), nl=False)
        return
    click.echo(json.dumps(mandanten_schema(), ensure_ascii=False, indent=2))
