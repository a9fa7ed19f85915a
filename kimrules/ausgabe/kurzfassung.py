"""What a case manager and a client act on: the short Vorprüfung and the Merkblatt's content.

Pure functions over the report dicts (:func:`kimrules.ausgabe.report.build`) plus the
plain-language data of ``rules/verweise/merkblatt.yaml`` (which application a pathway
needs, at which authority, and what the client brings for each requirement):

* :func:`fristen_die_zaehlen` – only the deadlines that can still change an outcome: an
  entry that belongs to a pathway closed for good (overview *verschlossen*) is left out;
* :func:`schritte` – per pathway that is open now, opens later or is to be clarified: the
  application to make, from when, the questions to clarify and what only the authority can settle;
* :func:`angehoerige` – per household member one line with the rights open or to be clarified;
* :func:`merkblatt` – the application to make now, each document once, the terms explained.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kimrules.ausgabe.uebersicht import GESCHLOSSEN
from kimrules.basis.dates import format_datum
from kimrules.basis.errors import Problem, RuleFileError
from kimrules.basis.yamlio import InputSyntaxError, read_document
from kimrules.regelwerk.rules import RULES_DIR

MERKBLATT_DATEI = RULES_DIR / "verweise" / "merkblatt.yaml"
LAGEN_MIT_SCHRITTEN = ("jetzt_offen", "spaeter", "zu_klaeren")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Antrag(_Model):
    antrag: str = Field(min_length=1)
    stelle: str = Field(min_length=1)
    fundstelle: str = Field(min_length=1)


class MerkblattDaten(_Model):
    antraege: dict[str, Antrag]
    unterlagen: dict[str, str]
    voraussetzungen: dict[str, list[str]]
    nur_wenn_offen: list[str] = []
    nur_mit_kindern: list[str] = []
    begriffe: dict[str, str] = {}

    @model_validator(mode="after")
    def _bekannt(self) -> "MerkblattDaten":
        genannt = {u for us in self.voraussetzungen.values() for u in us} | set(self.nur_wenn_offen) | set(self.nur_mit_kindern)
        fehlt = sorted(genannt - set(self.unterlagen))
        if fehlt:
            raise ValueError(f"unbekannte Unterlagen {', '.join(fehlt)}; bekannt: {', '.join(self.unterlagen)}")
        return self


@lru_cache(maxsize=4)
def merkblatt_daten(pfad: Path = MERKBLATT_DATEI) -> MerkblattDaten:
    """``rules/verweise/merkblatt.yaml``, validated; a broken file is a rule-file error (exit 4)."""
    try:
        doc = read_document(pfad)
        return MerkblattDaten.model_validate(doc.data)
    except InputSyntaxError as exc:
        raise RuleFileError(f"Datei {pfad.name} ist fehlerhaft", [exc.problem]) from None
    except ValidationError as exc:
        probleme = [Problem(str(pfad), ".".join(map(str, e["loc"])), e["msg"], doc.line_of(tuple(e["loc"])))
                    for e in exc.errors()]
        raise RuleFileError(f"Datei {pfad.name} ist fehlerhaft", probleme) from None


def _datum(iso: Optional[str]) -> str:
    return format_datum(date.fromisoformat(iso)) if iso else "–"


def fristen_die_zaehlen(fristen: Sequence[Mapping[str, Any]], uebersicht: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The deadlines that can still change an outcome: none of a pathway closed for good."""
    zu = {z["kennung"] for z in uebersicht if z["lage"] in GESCHLOSSEN}
    return [f for f in fristen if not f.get("norm") or f["norm"] not in zu]


def schritte(bericht: Mapping[str, Any], daten: Optional[MerkblattDaten] = None) -> list[dict[str, Any]]:
    """Next steps per pathway open now, opening later or to be clarified (in overview order)."""
    daten = daten or merkblatt_daten()
    pfade = {p["kennung"]: p for p in bericht["pfade"]}
    nummern: dict[str, list[int]] = {}
    for i, f in enumerate(bericht.get("fragen") or [], start=1):
        for w in f["wege"]:
            if w["person"] == "Hauptperson":
                nummern.setdefault(w["kennung"], []).append(i)
    out = []
    for z in bericht["uebersicht"]:
        if z["lage"] not in LAGEN_MIT_SCHRITTEN:
            continue
        p = pfade[z["kennung"]]
        a = daten.antraege.get(z["kennung"])
        antrag = f"{a.antrag} bei der {a.stelle}" if a else f"Antrag nach {z['norm']}"
        texte = []
        if p.get("geltung") == "fassung_nicht_abgebildet":
            texte.append(f"Die damals geltende Fassung von {z['norm']} prüfen (in kimrules nicht abgebildet).")
        if z["lage"] == "jetzt_offen":
            texte.append(f"Antrag stellen: {antrag}.")
        elif z["lage"] == "spaeter":
            texte.append(f"Ab {_datum(z['fruehestens'])} Antrag stellen: {antrag}.")
        nr = nummern.get(z["kennung"])
        if nr:
            texte.append("Offene Fragen klären: Nr. " + ", ".join(map(str, nr)) + ".")
        for v in p["voraussetzungen"]:
            if v["status"] == "ungeklaert" and v["einzelfall"] and not v["fehlend"]:
                texte.append(f"Mit der Behörde klären: {v['titel']}.")
        out.append({"kennung": z["kennung"], "norm": z["norm"], "lage": z["lage"],
                    "antrag": a.antrag if a else None, "schritte": texte})
    return out


_WORT = {"erfuellt": "erfüllt", "ungeklaert": "zu klären"}


def angehoerige(haushalt: Optional[Mapping[str, Any]]) -> list[dict[str, str]]:
    """One line per household member: the rights open or to be clarified, erfüllt first."""
    if not haushalt:
        return []
    out = []
    for p in haushalt["personen"][1:]:
        rechte = [(a["norm"], a["status"], f"abgeleitet von {a['stamm']}") for a in p["abgeleitet"]]
        rechte += [(e["norm"], e["status"], "eigener Weg") for e in p["eigene"]]
        offen = sorted((r for r in rechte if r[1] != "nicht_erfuellt"), key=lambda r: r[1] != "erfuellt")
        satz = "; ".join(f"{n} {_WORT[s]} ({wie})" for n, s, wie in offen) if offen else "nach Aktenlage kein Weg offen"
        out.append({"rolle": p["rolle"], "satz": satz})
    return out


# -- Merkblatt ---------------------------------------------------------------------------------------
# what the client is told about a deadline of the ledger (only these concern the client)
TERMINE_FUER_DIE_PERSON = {
    "ablauf_status": "Ihr Aufenthaltspapier läuft ab. Gehen Sie vorher zur Ausländerbehörde.",
    "pass_ablauf": "Ihr Pass läuft ab. Beantragen Sie vorher einen neuen Pass.",
    "alter_27_25a": "Letzter Tag für den Antrag nach § 25a AufenthG.",
    "antrag_104c_letzter_tag": "Letzter Tag für den Antrag auf das Chancen-Aufenthaltsrecht (§ 104c AufenthG).",
    "ende_104c": "Ihre Aufenthaltserlaubnis (Chancen-Aufenthaltsrecht) endet.",
    "folgeantrag_empfohlen": "Stellen Sie bis zu diesem Tag den neuen Antrag (§ 25a oder § 25b AufenthG).",
    "kind_18_25b": "Ihr Kind wird 18. Stellen Sie den Antrag nach § 25b AufenthG vorher.",
}


def merkblatt(pfade: Sequence[Mapping[str, Any]], uebersicht: Sequence[Mapping[str, Any]], fristen: Sequence[Mapping[str, Any]],
              stichtag: str, haushalt: Optional[Mapping[str, Any]] = None, *, kinder: bool = True,
              daten: Optional[MerkblattDaten] = None) -> dict[str, Any]:
    """The client's sheet: the application to make now, each document to bring once, in plain
    German, the dates that concern the client and the terms explained.

    Documents: for a pathway open now those of every requirement (the application needs them;
    documents needed only while a requirement is not met are left out for a met one); for a
    pathway to be clarified or opening later those of the requirements not met yet. ``kinder``:
    the file names children (else documents about children are not asked for).
    """
    daten = daten or merkblatt_daten()
    lage = {z["kennung"]: z for z in uebersicht}
    antraege: list[dict[str, Any]] = []
    spaeter: list[dict[str, Any]] = []
    ids: list[str] = []
    for p in pfade:
        z = lage.get(p["kennung"])
        if z is None or z["lage"] not in LAGEN_MIT_SCHRITTEN:
            continue
        a = daten.antraege.get(p["kennung"])
        if a and z["lage"] == "jetzt_offen":
            antraege.append({"antrag": a.antrag, "stelle": a.stelle, "fuer": None})
        elif a and z["lage"] == "spaeter":
            spaeter.append({"antrag": a.antrag, "ab": z["fruehestens"], "wenn": z.get("wenn")})
        for v in p["voraussetzungen"]:
            if z["lage"] != "jetzt_offen" and v["status"] == "erfuellt":
                continue
            ids += [u for u in daten.voraussetzungen.get(v["id"], ())
                    if v["status"] != "erfuellt" or u not in daten.nur_wenn_offen]
    for person in (haushalt or {}).get("personen", [])[1:]:
        for r in person["abgeleitet"]:
            a = daten.antraege.get(r["kennung"])
            if a and r["status"] == "erfuellt":
                antraege.append({"antrag": a.antrag, "stelle": a.stelle, "fuer": person["rolle"]})
                ids += [u for v in r["pfad"]["voraussetzungen"] for u in daten.voraussetzungen.get(v["id"], ())
                        if u not in daten.nur_wenn_offen]
    weglassen = set() if kinder else set(daten.nur_mit_kindern)
    unterlagen = [{"id": u, "text": daten.unterlagen[u]} for u in dict.fromkeys(ids) if u not in weglassen]
    termine = [{"datum": f["datum"], "text": TERMINE_FUER_DIE_PERSON[f["art"]]} for f in fristen
               if f["art"] in TERMINE_FUER_DIE_PERSON and f.get("datum") and f["datum"] >= stichtag]
    texte = " ".join([u["text"] for u in unterlagen] + [a["antrag"] for a in antraege + spaeter] + [t["text"] for t in termine])
    begriffe = [{"wort": w, "erklaerung": e} for w, e in daten.begriffe.items() if re.search(rf"\b{re.escape(w)}\b", texte)]
    return {"antraege": antraege, "spaeter": spaeter, "unterlagen": unterlagen, "termine": termine, "begriffe": begriffe}
