"""The client-file schema as a reference page for people (``kimrules schema --markdown``):
one table per section with the German title, description, kind of answer and an example of
each field, taken from the models (:mod:`kimrules.akte.facts`)."""

from __future__ import annotations

from pydantic import BaseModel

from kimrules.akte.felder import Feld, feld_aus
from kimrules.akte.facts import Sachverhalt

_ART = {
    "datum": "Datum (TT.MM.JJJJ oder JJJJ-MM-TT)",
    "ja_nein": "ja / nein / unbekannt",
    "betrag": "Betrag in Euro (z. B. 1850, 1850,50 oder 1.850,50)",
    "zahl": "ganze Zahl",
    "text": "Text",
    "liste": "Liste (Einträge mit „- “)",
    "abschnitt": "Abschnitt mit Unterfeldern",
}

EINLEITUNG = """\
# Mandantendatei: alle Felder

Die Mandantendatei (YAML oder JSON) beschreibt eine Person zum Zweck der Vorprüfung. Pflicht
ist nur das **Aktenzeichen**; jede fehlende Angabe gilt als *unbekannt* und führt zu
*ungeklärt* mit der Frage, die zu klären ist. Eine leere Liste bedeutet „keine“
(`verurteilungen: []`), eine fehlende Liste „unbekannt“. Daten als `TT.MM.JJJJ` oder
`JJJJ-MM-TT`; ja/nein-Angaben als `ja`, `nein` oder `unbekannt`.

Am einfachsten entsteht eine Mandantendatei mit `kimrules erfassen`: die Befragung fragt nur,
was das Ergebnis ändern kann. Diese Seite erzeugt `kimrules schema --markdown`; das
maschinenlesbare JSON-Schema gibt `kimrules schema` aus.
"""


def _zelle(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _angabe(f: Feld) -> str:
    if f.art == "auswahl":
        text = "eine von: " + ", ".join(f"`{w}`" for w in f.werte)
    else:
        text = _ART[f.art]
    if f.minimum is not None and f.maximum is not None:
        text += f" ({f.minimum:g} bis {f.maximum:g})"
    elif f.minimum is not None:
        text += f" (mindestens {f.minimum:g})"
    return text + (" – **Pflicht**" if f.pflicht else "")


def _abschnitt(modell: type[BaseModel], pfad: str, titel: str, beschreibung: str, out: list[str],
               gesehen: set[type[BaseModel]]) -> None:
    out += ["", f"## {titel} (`{pfad}`)" if pfad else f"## {titel}", ""]
    if beschreibung:
        out += [beschreibung, ""]
    out += ["| Feld | Bedeutung | Angabe | Beispiel |", "| --- | --- | --- | --- |"]
    unter: list[tuple[type[BaseModel], str, Feld]] = []
    for name, info in modell.model_fields.items():
        schluessel = info.alias or name
        f = feld_aus(modell, schluessel, f"{pfad}.{schluessel}" if pfad else schluessel)
        bedeutung = f"**{_zelle(f.titel)}** – {_zelle(f.beschreibung)}" if f.beschreibung else f"**{_zelle(f.titel)}**"
        beispiel = f"`{_zelle(f.beispiel_datei)}`" if f.beispiel_datei else "–"
        out.append(f"| `{schluessel}` | {bedeutung} | {_angabe(f)} | {beispiel} |")
        if f.modell is not None and f.modell not in gesehen:
            unter.append((f.modell, f.pfad + ("[]" if f.art == "liste" else ""), f))
    for untermodell, unterpfad, f in unter:
        gesehen.add(untermodell)
        _abschnitt(untermodell, unterpfad, f.titel, f.beschreibung, out, gesehen)


def markdown() -> str:
    out = [EINLEITUNG.rstrip()]
    _abschnitt(Sachverhalt, "", "Oberste Ebene", "", out, {Sachverhalt})
    return "\n".join(out) + "\n"
