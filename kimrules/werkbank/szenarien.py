"""The Gherkin scenarios in ``features/`` read statically: cases, the sentences that name a Stichtag,
a screening and an expected status, and the coverage of every requirement of every version.

Nothing is run here: the expected statuses are read from the feature files (outlines expanded, each
examples row with its own line), the version from the scenario's Stichtag via ``Regelwerk.select``.
The norm names a scenario uses are the ``norm`` fields of the rule files (``§ 25b AufenthG``), so a
new norm needs no code. Reading feature files needs pytest-bdd (the ``test`` extra).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional

from kimrules.basis.dates import parse_datum
from kimrules.basis.errors import Problem, RuleFileError
from kimrules.engine.outcome import Status
from kimrules.regelwerk.rules import RULES_DIR, Regelwerk

FEATURES_DIR = RULES_DIR.parent / "features"

DATUM = r"\d{1,2}\.\d{1,2}\.\d{4}"
STATUS_TEXT = r"(?P<status>erfüllt|nicht erfüllt|ungeklärt)"
STICHTAG_RE = rf"der Stichtag ist der (?P<tag>{DATUM})"
VORAUSSETZUNG_RES = (
    rf'ist die Voraussetzung ["„](?P<id>[a-z0-9_]+)["“] {STATUS_TEXT}',
    rf'die Voraussetzung ["„](?P<id>[a-z0-9_]+)["“] ist {STATUS_TEXT}',
)
ROLLE = r'["„](?P<rolle>[^"“]+)["“]'
ERFUELLT, NICHT, OFFEN = Status.erfuellt.text, Status.nicht_erfuellt.text, Status.ungeklaert.text


def normnamen(regelwerk: Regelwerk, familie: bool = False) -> dict[str, str]:
    """How a scenario names a norm (the rule files' ``norm``) -> kennung; pathways or family-derived rights."""
    kennungen = regelwerk.familiennormen() if familie else regelwerk.norms()
    return {regelwerk.versionen[k][-1].datei.norm: k for k in kennungen}


def _alternativen(namen: dict[str, str]) -> str:
    return "(?P<norm>" + "|".join(re.escape(n) for n in sorted(namen, key=len, reverse=True)) + ")"


def pruefung_re(regelwerk: Regelwerk) -> str:
    """``Wenn § 25b AufenthG geprüft wird``."""
    return rf"{_alternativen(normnamen(regelwerk))} geprüft wird"


def familie_pruefung_re(regelwerk: Regelwerk) -> str:
    """``Wenn § 25b Abs. 4 AufenthG für "Ehefrau" geprüft wird``."""
    return rf"{_alternativen(normnamen(regelwerk, familie=True))} für {ROLLE} geprüft wird"


# --- reading feature files ------------------------------------------------------------------------
def _parser():
    try:
        from pytest_bdd.parser import FeatureParser
    except ImportError:  # pragma: no cover - the test extra is installed wherever scenarios are edited
        raise RuleFileError("Szenarien lesen braucht pytest-bdd: pip install -e '.[test]'") from None
    return FeatureParser


@dataclass(frozen=True)
class Fall:
    """One runnable scenario: a plain one or one row of an outline's examples."""

    datei: str  # relative to the folder above features/
    zeile: int  # line of the scenario, or of its examples row
    szenario: Any  # pytest_bdd.parser.Scenario (rendered)

    @property
    def ort(self) -> str:
        return f"{self.datei}:{self.zeile}"


def feature_dateien(features: Path = FEATURES_DIR) -> list[Path]:
    return sorted(Path(features).rglob("*.feature"))


def lies(pfad: Path) -> Any:
    """Parse one feature file with pytest-bdd's own parser (raises on syntax errors)."""
    return _parser()(str(pfad.parent), pfad.name).parse()


def _zeilen_der_beispiele(text: list[str], ab: int) -> list[int]:
    """Lines of the rows of an examples table whose keyword is on line ``ab`` (header excluded)."""
    zeilen = []
    for nr in range(ab, len(text)):
        s = text[nr].strip()
        if s.startswith("|"):
            zeilen.append(nr + 1)
        elif s and not s.startswith("#") and zeilen:
            break
    return zeilen[1:]


def faelle(pfad: Path, basis: Optional[Path] = None) -> Iterator[Fall]:
    feature = lies(pfad)
    basis = basis or pfad.parent.parent
    try:
        datei = pfad.resolve().relative_to(basis.resolve()).as_posix()
    except ValueError:
        datei = pfad.as_posix()
    text = pfad.read_text(encoding="utf-8").splitlines()
    for vorlage in feature.scenarios.values():
        if not vorlage.examples:
            yield Fall(datei, vorlage.line_number, vorlage.render({}))
            continue
        for beispiele in vorlage.examples:
            zeilen = _zeilen_der_beispiele(text, beispiele.line_number or vorlage.line_number)
            for n, kontext in enumerate(beispiele.as_contexts()):
                yield Fall(datei, zeilen[n] if n < len(zeilen) else (beispiele.line_number or vorlage.line_number), vorlage.render(kontext))


def alle_faelle(features: Path = FEATURES_DIR) -> list[Fall]:
    features = Path(features)
    return [f for pfad in feature_dateien(features) for f in faelle(pfad, features.parent)]


# --- coverage -------------------------------------------------------------------------------------
Schluessel = tuple[str, str, str]  # (kennung, version gueltig_ab ISO, requirement id)


@dataclass
class Abdeckung:
    """Which requirement of which version has scenarios for which status, and what is missing."""

    gesehen: dict[Schluessel, dict[str, list[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    fehlend: list[tuple[Schluessel, str, str]] = field(default_factory=list)  # (key, status, why it is needed)
    probleme: list[str] = field(default_factory=list)  # scenarios that cannot be placed, claims that do not hold
    voraussetzungen: list[Schluessel] = field(default_factory=list)
    # a requirement taken over unchanged from the version before (same condition, same parameter values,
    # same nie_* claims) is covered by that version's scenarios: key -> the version (ISO start) they are from
    uebernommen: dict[Schluessel, str] = field(default_factory=dict)

    @property
    def vollstaendig(self) -> bool:
        return not (self.fehlend or self.probleme)


def benoetigt(regelwerk: Regelwerk, kennung: str, ab: str, id_: str) -> list[tuple[str, str]]:
    """The statuses a requirement needs scenarios for, each with the reason, from its rule file."""
    fassung = next(f for f in regelwerk.versionen[kennung] if f.datei.gueltig_ab.isoformat() == ab)
    v = next(v for v in fassung.datei.voraussetzungen if v.id == id_)
    seite = (OFFEN, f"nie erfüllt: {v.nie_erfuellt}") if v.nie_erfuellt else (ERFUELLT, "")
    gegenseite = (OFFEN, f"nie nicht erfüllt: {v.nie_nicht_erfuellt}") if v.nie_nicht_erfuellt else (NICHT, "")
    return [seite] if seite == gegenseite else [seite, gegenseite]


def unmoegliche_seiten(regelwerk: Regelwerk) -> list[Problem]:
    """A requirement whose condition can never be "nicht erfüllt" (or "erfüllt") must say so, with the reason
    (``nie_nicht_erfuellt`` / ``nie_erfuellt``); otherwise coverage would ask for a scenario nobody can write."""
    from kimrules.engine import compile as compiler
    from kimrules.basis.yamlio import read_document

    out = []
    for kennung, fassungen in sorted(regelwerk.versionen.items()):
        for f in fassungen:
            parameter = regelwerk.resolve_parameters(f, f.datei.gueltig_ab)
            doc = None
            for i, v in enumerate(f.datei.voraussetzungen):
                formen = compiler.forms(v.bedingung, parameter)
                fehlt = [(feld, status) for feld, status, form in (("nie_nicht_erfuellt", NICHT, formen.f), ("nie_erfuellt", ERFUELLT, formen.t))
                         if form.json is compiler.FALSE and not getattr(v, feld)]
                for feld, status in fehlt:
                    doc = doc or read_document(regelwerk.root / f.pfad)
                    loc = ("voraussetzungen", i, "id")
                    out.append(Problem(str(regelwerk.root / f.pfad), f"voraussetzungen.{i}", f"„{v.id}“ kann nach ihrer Bedingung nie „{status}“ sein; "
                                       f"bitte „{feld}: Grund“ (mit Fundstelle) in die Voraussetzung schreiben", doc.line_of(loc), doc.column_of(loc)))
    return out


def _unveraendert(regelwerk: Regelwerk, fa, va, fb, vb) -> bool:
    """Same condition, same resolved parameters, same claims about impossible outcomes."""
    if (va.bedingung, va.nie_nicht_erfuellt, va.nie_erfuellt) != (vb.bedingung, vb.nie_nicht_erfuellt, vb.nie_erfuellt):
        return False
    pa = regelwerk.resolve_parameters(fa, fa.datei.gueltig_ab)
    pb = regelwerk.resolve_parameters(fb, fb.datei.gueltig_ab)
    from kimrules.regelwerk.conditions import walk
    from kimrules.regelwerk.conditions import Fakt, ParameterRef

    namen = {n.operand.parameter for _, n in walk(vb.bedingung) if isinstance(n, Fakt) and isinstance(n.operand, ParameterRef)}
    return all(pa.get(n) == pb.get(n) for n in namen)


def abdeckung(regelwerk: Regelwerk, features: Path = FEATURES_DIR) -> Abdeckung:
    """Coverage of every requirement of every version by the scenarios in ``features``."""
    stichtag = re.compile(STICHTAG_RE)
    pruefungen = [re.compile(pruefung_re(regelwerk)), re.compile(familie_pruefung_re(regelwerk))]
    namen = {**normnamen(regelwerk), **normnamen(regelwerk, familie=True)}
    voraussetzung = [re.compile(r) for r in VORAUSSETZUNG_RES]
    ab = Abdeckung()
    for fall in alle_faelle(features):
        steps = fall.szenario.steps
        tage = [m for s in steps if s.type == "given" and (m := stichtag.fullmatch(s.name))]
        normen = [m["norm"] for s in steps if s.type == "when" for r in pruefungen if (m := r.fullmatch(s.name))]
        erwartet = [m for s in steps if s.type == "then" for r in voraussetzung if (m := r.fullmatch(s.name))]
        if not normen:
            continue  # not a screening scenario (e.g. deadlines)
        if not tage:
            ab.probleme.append(f"{fall.ort}: Szenario „{fall.szenario.name}“ nennt keinen Stichtag")
            continue
        kennung = namen[normen[-1]]
        fassung = regelwerk.select(kennung, parse_datum(tage[-1]["tag"]))
        if fassung is None:
            if erwartet:
                ab.probleme.append(f"{fall.ort}: prüft Voraussetzungen an einem Stichtag, an dem {normen[-1]} nicht gilt")
            continue
        reqs = {v.id: v for v in fassung.datei.voraussetzungen}
        for m in erwartet:
            v = reqs.get(m["id"])
            if v is None:
                ab.probleme.append(f"{fall.ort}: die Fassung ab {fassung.datei.gueltig_ab} ({fassung.pfad}) hat keine Voraussetzung „{m['id']}“")
                continue
            if (m["status"] == NICHT and v.nie_nicht_erfuellt) or (m["status"] == ERFUELLT and v.nie_erfuellt):
                ab.probleme.append(f"{fall.ort}: erwartet „{m['status']}“, aber {fassung.pfad} sagt, „{v.id}“ kann das nie sein")
            ab.gesehen[(kennung, fassung.datei.gueltig_ab.isoformat(), m["id"])][m["status"]].append(fall.ort)
    for kennung, fassungen in sorted(regelwerk.versionen.items()):
        for i, f in enumerate(fassungen):
            vorher = {v.id: v for v in fassungen[i - 1].datei.voraussetzungen} if i else {}
            for v in f.datei.voraussetzungen:
                key = (kennung, f.datei.gueltig_ab.isoformat(), v.id)
                ab.voraussetzungen.append(key)
                alt = vorher.get(v.id)
                eigene = ab.gesehen.get(key, {})
                if alt is not None and _unveraendert(regelwerk, fassungen[i - 1], alt, f, v):
                    alt_key = (kennung, fassungen[i - 1].datei.gueltig_ab.isoformat(), v.id)
                    geerbt = ab.gesehen.get(alt_key, {})
                    if any(st not in eigene and st in geerbt for st, _ in benoetigt(regelwerk, *key)):
                        ab.uebernommen[key] = ab.uebernommen.get(alt_key, alt_key[1])
                        ab.gesehen[key] = defaultdict(list, {st: list(eigene.get(st, [])) or list(orte) for st, orte in geerbt.items()}
                                                      | {st: orte for st, orte in eigene.items() if st not in geerbt})
                for status, warum in benoetigt(regelwerk, *key):
                    if status not in ab.gesehen.get(key, {}):
                        ab.fehlend.append((key, status, warum))
    ab.probleme.extend(str(p) for p in unmoegliche_seiten(regelwerk))
    return ab


def abdeckung_text(regelwerk: Regelwerk, ab: Abdeckung, nur_luecken: bool = False) -> str:
    """German report: per norm and version each requirement with the scenarios per status, then what is missing."""
    zeilen: list[str] = []
    letzte = None
    for key in ab.voraussetzungen:
        kennung, gueltig_ab, id_ = key
        fehlt = [(s, w) for (k, s, w) in ab.fehlend if k == key]
        if nur_luecken and not fehlt:
            continue
        if (kennung, gueltig_ab) != letzte:
            f = next(f for f in regelwerk.versionen[kennung] if f.datei.gueltig_ab.isoformat() == gueltig_ab)
            zeilen.append(f"\n{f.datei.norm}, Fassung ab {parse_datum(gueltig_ab).strftime('%d.%m.%Y')} ({f.pfad})")
            letzte = (kennung, gueltig_ab)
        von = ab.uebernommen.get(key)
        zeilen.append(f"  {id_}" + (f"  (unverändert aus der Fassung ab {parse_datum(von).strftime('%d.%m.%Y')}: deren Szenarien gelten)" if von else ""))
        gesehen = ab.gesehen.get(key, {})
        for status in (ERFUELLT, NICHT, OFFEN):
            orte = gesehen.get(status, [])
            if orte:
                mehr = f" (+{len(orte) - 3} weitere)" if len(orte) > 3 else ""
                zeilen.append(f"    {status + ':':<15} {', '.join(orte[:3])}{mehr}")
        for status, warum in fehlt:
            zeilen.append(f"    FEHLT „{status}“" + (f" ({warum})" if warum else ""))
    if ab.probleme:
        zeilen.append("\nProbleme in Szenarien und Regeldateien:")
        zeilen += [f"  - {p}" for p in ab.probleme]
    n = len(ab.voraussetzungen)
    luecken = len({k for k, _, _ in ab.fehlend})
    zeilen.append(f"\n{n} Voraussetzungen in allen Fassungen; {n - luecken} vollständig abgedeckt, {luecken} mit Lücken"
                  + (f", {len(ab.probleme)} Probleme" if ab.probleme else "") + ".")
    return "\n".join(zeilen).lstrip("\n") + "\n"

