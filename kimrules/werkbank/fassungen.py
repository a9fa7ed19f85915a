"""Rule-file versions for the people who write law: show one, compare two, start the next one.

* :func:`zeigen` – a version as readable German (requirements, thresholds, sources);
* :func:`vergleichen` – what changed between two versions of a norm (requirements added, removed,
  changed; thresholds; sources), as text or Markdown for a legal review;
* :func:`neue_fassung` – a new version file copied from the version in force (only ``gueltig_ab``,
  ``fassung`` and ``quelle`` are marked to be rewritten) and a scenario skeleton for it.

Pure functions over a loaded :class:`~kimrules.rules.Regelwerk`; nothing reads the clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Optional

from kimrules.fakten import catalog
from kimrules.regelwerk.conditions import COMPARISON_TEXT, Alle, Bedingung, EineVon, Einzelfall, Fakt, Nicht, ParameterRef, Praxis
from kimrules.basis.dates import format_datum
from kimrules.basis.errors import RuleFileError
from kimrules.regelwerk.rules import Fassung, Regelwerk, Voraussetzung

ART_TEXT = {
    "voraussetzung": "Voraussetzung",
    "regelvoraussetzung": "Regelvoraussetzung (Ausnahme nach Ermessen möglich)",
    "versagungsgrund": "Versagungsgrund",
    "gesamtwuerdigung": "Gesamtwürdigung",
}


def _zahl(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def fakt_text(node: Fakt, parameter: dict[str, float]) -> str:
    info = catalog.FAKTEN.get(node.fakt)
    titel = info.titel if info else node.fakt
    if node.operator == "ist":
        return f"{titel}: {'ja' if node.operand else 'nein'}"
    operand = node.operand
    if isinstance(operand, ParameterRef):
        wert = parameter.get(operand.parameter)
        zahl = f"{_zahl(wert)} (Parameter {operand.parameter})" if wert is not None else f"Parameter {operand.parameter}"
    else:
        zahl = _zahl(float(operand))
    einheit = f" {info.einheit}" if info and info.einheit else ""
    return f"{titel}: {COMPARISON_TEXT[node.operator]} {zahl}{einheit}"


def bedingung_zeilen(node: Bedingung, parameter: dict[str, float], tiefe: int = 0) -> list[str]:
    """The condition tree as indented German lines."""
    pad = "  " * tiefe
    if isinstance(node, Fakt):
        return [f"{pad}- {fakt_text(node, parameter)}"]
    if isinstance(node, Einzelfall):
        return [f"{pad}- Einzelfall (ungeklärt): {node.einzelfall}"]
    if isinstance(node, Praxis):
        return [f"{pad}- Verwaltungspraxis „{node.praxis}“: {node._frage} {node._bekannt}".rstrip()]
    if isinstance(node, Nicht):
        return [f"{pad}- nicht:"] + bedingung_zeilen(node.nicht, parameter, tiefe + 1)
    kinder = node.alle if isinstance(node, Alle) else node.eine_von
    kopf = "alle der folgenden:" if isinstance(node, Alle) else "mindestens eine der folgenden:"
    out = [f"{pad}- {kopf}"]
    for kind in kinder:
        out += bedingung_zeilen(kind, parameter, tiefe + 1)
    return out


def schwellen(node: Bedingung, parameter: dict[str, float]) -> list[str]:
    """Every numeric comparison of a condition, as text (the thresholds a legal review looks at)."""
    from kimrules.regelwerk.conditions import walk

    return list(dict.fromkeys(fakt_text(n, parameter) for _, n in walk(node) if isinstance(n, Fakt) and n.operator != "ist"))


def zeitraum(f: Fassung) -> str:
    bis = f"bis {format_datum(f.gueltig_bis)}" if f.gueltig_bis else "ohne Ende (keine spätere Fassung)"
    return f"gültig ab {format_datum(f.datei.gueltig_ab)} {bis}"


def fassung_waehlen(regelwerk: Regelwerk, kennung: str, wann: Optional[str | date]) -> Fassung:
    """A version by its start (``2022-12-31``/``31.12.2022``) or the one in force on a date."""
    from kimrules.basis.dates import parse_datum

    if kennung not in regelwerk.versionen:
        import difflib

        guess = difflib.get_close_matches(kennung, list(regelwerk.versionen), n=1)
        hint = f"; meinten Sie „{guess[0]}“?" if guess else f"; bekannt: {', '.join(sorted(regelwerk.versionen))}"
        raise RuleFileError(f"unbekannte Norm „{kennung}“{hint}")
    tag = wann if isinstance(wann, date) or wann is None else parse_datum(wann)
    if tag is None:
        raise RuleFileError("kein Datum angegeben")
    for f in regelwerk.versionen[kennung]:
        if f.datei.gueltig_ab == tag:
            return f
    gewaehlt = regelwerk.select(kennung, tag)
    if gewaehlt is None:
        starts = ", ".join(format_datum(f.datei.gueltig_ab) for f in regelwerk.versionen[kennung])
        wie = ("ist dann nicht in Kraft" if regelwerk.geltung(kennung, tag).value == "nicht_in_kraft"
               else "Fassung an diesem Tag nicht abgebildet")
        raise RuleFileError(f"{kennung}: am {format_datum(tag)} keine abgebildete Fassung ({wie}); Fassungen ab: {starts}")
    return next(f for f in regelwerk.versionen[kennung] if f.pfad == gewaehlt.pfad)


def zeigen(regelwerk: Regelwerk, kennung: str, stichtag: date) -> str:
    """The version of ``kennung`` in force on the Stichtag as readable German."""
    f = fassung_waehlen(regelwerk, kennung, stichtag)
    parameter = regelwerk.resolve_parameters(f, stichtag)
    d = f.datei
    zeilen = [
        f"{d.norm} – {d.titel}",
        f"Fassung: {d.fassung}",
        f"{zeitraum(f)}; Regeldatei {f.pfad} (SHA-256 {f.sha256[:12]})",
        f"Quelle: {d.quelle}",
        f"Rechtsfolge: {d.rechtsfolge_text}",
    ]
    if d.stand_hinweis:
        zeilen.append(f"Stand: {d.stand_hinweis}")
    if d.keine_neuerteilung:
        zeilen.append(f"Keine Neuerteilung ab {format_datum(d.keine_neuerteilung.ab)}: {d.keine_neuerteilung.hinweis}")
    if d.familie:
        zeilen.append(f"Abgeleitetes Recht von „{d.familie.stammnorm}“ für: {', '.join(b.value for b in d.familie.beziehungen)}")
    zeilen.append(f"\nVoraussetzungen ({len(d.voraussetzungen)}):")
    for n, v in enumerate(d.voraussetzungen, 1):
        zeilen.append(f"\n{n}. {v.titel} [{v.id}]")
        zeilen.append(f"   {ART_TEXT[v.art.value]}; Fundstelle: {v.fundstelle}")
        zeilen += ["   " + z for z in bedingung_zeilen(v.bedingung, parameter)]
        if v.nie_nicht_erfuellt:
            zeilen.append(f"   Nie „nicht erfüllt“: {v.nie_nicht_erfuellt}")
        if v.nie_erfuellt:
            zeilen.append(f"   Nie „erfüllt“: {v.nie_erfuellt}")
        if v.nachweise:
            zeilen.append("   Nachweise: " + "; ".join(v.nachweise))
    if parameter:
        zeilen.append("\nParameter am " + format_datum(stichtag) + ":")
        for name, wert in parameter.items():
            zeilen.append(f"  {name} = {_zahl(wert)} ({regelwerk.parameter_fundstelle(name, stichtag)})")
    return "\n".join(zeilen) + "\n"


# --- comparing two versions -----------------------------------------------------------------------
def _felder(v: Voraussetzung, parameter: dict[str, float]) -> dict[str, str]:
    return {
        "Titel": v.titel,
        "Fundstelle": v.fundstelle,
        "Art": ART_TEXT[v.art.value],
        "Bedingung": "\n".join(bedingung_zeilen(v.bedingung, parameter)),
        "Nie nicht erfüllt": v.nie_nicht_erfuellt or "",
        "Nie erfüllt": v.nie_erfuellt or "",
        "Nachweise": "; ".join(v.nachweise),
        "Wenn nicht erfüllt": v.wenn_nicht_erfuellt,
        "Wenn ungeklärt": v.wenn_ungeklaert or "",
    }


def unterschiede(regelwerk: Regelwerk, alt: Fassung, neu: Fassung) -> dict:
    """What changed from ``alt`` to ``neu``: requirements added/removed/changed, thresholds, sources."""
    pa = regelwerk.resolve_parameters(alt, alt.datei.gueltig_ab)
    pn = regelwerk.resolve_parameters(neu, neu.datei.gueltig_ab)
    va = {v.id: v for v in alt.datei.voraussetzungen}
    vn = {v.id: v for v in neu.datei.voraussetzungen}
    geaendert = []
    for id_ in [i for i in vn if i in va]:
        fa, fn = _felder(va[id_], pa), _felder(vn[id_], pn)
        felder = [(k, fa[k], fn[k]) for k in fa if fa[k] != fn[k]]
        sa, sn = schwellen(va[id_].bedingung, pa), schwellen(vn[id_].bedingung, pn)
        if felder:
            geaendert.append({"id": id_, "titel": vn[id_].titel, "felder": felder,
                              "schwellen_weg": [s for s in sa if s not in sn], "schwellen_neu": [s for s in sn if s not in sa]})
    kopf = [(k, getattr(alt.datei, k), getattr(neu.datei, k)) for k in ("titel", "fassung", "quelle", "rechtsfolge_text", "stand_hinweis")
            if getattr(alt.datei, k) != getattr(neu.datei, k)]
    return {
        "kopf": kopf,
        "hinzu": [vn[i] for i in vn if i not in va],
        "weg": [va[i] for i in va if i not in vn],
        "geaendert": geaendert,
        "parameter": pn,
    }


def vergleichen(regelwerk: Regelwerk, kennung: str, alt_ab: str, neu_ab: str, markdown: bool = False) -> str:
    alt = fassung_waehlen(regelwerk, kennung, alt_ab)
    neu = fassung_waehlen(regelwerk, kennung, neu_ab)
    u = unterschiede(regelwerk, alt, neu)
    h1, h2, li = ("# ", "## ", "- ") if markdown else ("", "", "  - ")
    quote = (lambda t: "\n".join("    " + z for z in t.splitlines())) if not markdown else (lambda t: "\n".join("    " + z for z in t.splitlines()))
    out = [f"{h1}{neu.datei.norm}: Fassung ab {format_datum(alt.datei.gueltig_ab)} → Fassung ab {format_datum(neu.datei.gueltig_ab)}",
           "",
           f"Alt: {alt.pfad} ({zeitraum(alt)}), Quelle: {alt.datei.quelle}",
           f"Neu: {neu.pfad} ({zeitraum(neu)}), Quelle: {neu.datei.quelle}"]
    if u["kopf"]:
        out += ["", f"{h2}Angaben zur Fassung"]
        for feld, a, n in u["kopf"]:
            out.append(f"{li}{feld}: „{a or '–'}“ → „{n or '–'}“")
    out += ["", f"{h2}Neue Voraussetzungen ({len(u['hinzu'])})"]
    for v in u["hinzu"]:
        out.append(f"{li}{v.titel} [{v.id}], {v.fundstelle}")
        out.append(quote("\n".join(bedingung_zeilen(v.bedingung, u["parameter"]))))
    out += ["", f"{h2}Entfallene Voraussetzungen ({len(u['weg'])})"]
    out += [f"{li}{v.titel} [{v.id}], {v.fundstelle}" for v in u["weg"]]
    out += ["", f"{h2}Geänderte Voraussetzungen ({len(u['geaendert'])})"]
    for g in u["geaendert"]:
        out.append(f"{li}{g['titel']} [{g['id']}]")
        for s in g["schwellen_weg"]:
            out.append(f"    Schwelle alt: {s}")
        for s in g["schwellen_neu"]:
            out.append(f"    Schwelle neu: {s}")
        for feld, a, n in g["felder"]:
            if feld == "Bedingung":
                out.append("    Bedingung alt:")
                out.append(quote(a))
                out.append("    Bedingung neu:")
                out.append(quote(n))
            else:
                out.append(f"    {feld}: „{a or '–'}“ → „{n or '–'}“")
    if not (u["kopf"] or u["hinzu"] or u["weg"] or u["geaendert"]):
        out += ["", "Keine inhaltlichen Unterschiede."]
    return "\n".join(out) + "\n"


# --- a new version ---------------------------------------------------------------------------------
MARKE = "NEU: "  # marks what the author must rewrite in a new version file


def neue_fassung(regelwerk: Regelwerk, kennung: str, ab: date, features: Path) -> tuple[Path, str, Path, str]:
    """(path, text) of a new version file copied from the version in force the day before ``ab``,
    and (path, text) of a scenario skeleton for it. Nothing is written here."""
    alt = fassung_waehlen(regelwerk, kennung, ab - timedelta(days=1))
    if alt.datei.gueltig_ab >= ab:
        raise RuleFileError(f"{kennung} hat schon eine Fassung ab {format_datum(alt.datei.gueltig_ab)}")
    if any(f.datei.gueltig_ab == ab for f in regelwerk.versionen[kennung]):
        raise RuleFileError(f"{kennung} hat schon eine Fassung ab {format_datum(ab)}")
    text = (regelwerk.root / alt.pfad).read_text(encoding="utf-8")
    text = re.sub(r"(?m)^gueltig_ab:.*$", f"gueltig_ab: {ab.isoformat()}", text, count=1)
    text = re.sub(r"(?m)^fassung:.*$", f'fassung: "{MARKE}Fassung ab {format_datum(ab)} – was ändert sich?"', text, count=1)
    text = re.sub(r"(?m)^quelle:.*$", f'quelle: "{MARKE}Änderungsgesetz mit Datum und BGBl.-Fundstelle"', text, count=1)
    kopf = (f"# Neue Fassung ab {format_datum(ab)}, angelegt aus {alt.pfad}. Die bisherige Fassung gilt bis "
            f"{format_datum(ab - timedelta(days=1))} (das ergibt sich aus diesem Dateinamen; die alte Datei bleibt unverändert).\n"
            f"# Zu tun: „fassung“ und „quelle“ ausfüllen (mit „{MARKE.strip()}“ markiert), geänderte Voraussetzungen anpassen,\n"
            f"# dann die Szenarien in features/ ergänzen und „kimrules regeln pruefen“ und „kimrules regeln testen“ aufrufen.\n")
    datei = regelwerk.root / Path(alt.pfad).parent / f"{ab.isoformat()}.yaml"
    tag = format_datum(ab)
    norm = alt.datei.norm
    szenarien = [
        "# language: de",
        f"Funktionalität: {norm} in der Fassung ab {tag}",
        "",
        f"  # Gerüst aus „kimrules regeln neue-fassung“: je geänderte Voraussetzung eine Regel mit Szenarien",
        "  # für erfüllt und nicht erfüllt (bzw. ungeklärt), mit einem Stichtag ab dem " + tag + ".",
        "  # Die Sätze, die es gibt, zeigt „kimrules regeln saetze“.",
    ]
    for v in alt.datei.voraussetzungen:
        szenarien += [
            "",
            f"  Regel: {v.titel} ({v.fundstelle})",
            "",
            f"    Szenario: {v.id} ab {tag} erfüllt",
            f"      Angenommen der Stichtag ist der {tag}",
            "      # Sachverhalt beschreiben (siehe „kimrules regeln saetze“)",
            f"      Wenn {norm} geprüft wird",
            f'      Dann ist die Voraussetzung "{v.id}" erfüllt',
        ]
    feature = Path(features) / f"{kennung}_{ab.isoformat()}.feature.entwurf"
    return datei, kopf + text, feature, "\n".join(szenarien) + "\n"


def platzhalter(regelwerk: Regelwerk) -> list:
    """Texts still marked for rewriting (``NEU: …`` from :func:`neue_fassung`): a version is not finished."""
    from kimrules.basis.errors import Problem
    from kimrules.basis.yamlio import read_document

    out = []
    for fassungen_ in regelwerk.versionen.values():
        for f in fassungen_:
            doc = read_document(regelwerk.root / f.pfad)
            for feld in ("fassung", "quelle"):
                if str(getattr(f.datei, feld)).startswith(MARKE):
                    out.append(Problem(doc.file, feld, f"noch auszufüllen: {getattr(f.datei, feld)}", doc.line_of((feld,)), doc.column_of((feld,))))
    return out
