"""Load, validate and select the versioned rule files in ``rules/``.

Layout: ``rules/<gesetz>/<norm>/<gueltig_ab>.yaml`` – one file per version of a
norm, named by the day it takes effect – and ``rules/parameter/*.yaml`` for
date-keyed parameters. Loading fails with file, line and a suggestion on:
broken YAML, duplicate keys, unknown fields, unknown facts, wrong operand
types, unknown parameters, missing Fundstelle, a file name that is not its
``gueltig_ab``, and overlapping validity periods of two versions.
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from kimrules.fakten import catalog
from kimrules.regelwerk.conditions import Bedingung, Fakt, ParameterRef, walk
from kimrules.basis.dates import format_datum, parse_datum
from kimrules.basis.errors import Problem, RuleFileError
from kimrules.akte.facts import Antragsnorm, Beziehung
from kimrules.basis.yamlio import Document, InputSyntaxError, read_document

RULES_DIR = Path(__file__).resolve().parents[2] / "rules"
# folders below rules/ with data that are not rule files, read by their own module:
# verweise/ = who can help with which requirement (kimrules.ausgabe.checkliste)
NEBENDATEN = ("verweise",)


def _datum(value: Any) -> Any:
    return value if value is None or isinstance(value, date) else parse_datum(value)


Datum = Annotated[date, BeforeValidator(_datum)]
Text = Annotated[str, Field(min_length=1)]


class Rechtsfolge(str, Enum):
    anspruch = "anspruch"
    soll = "soll"
    kann = "kann"


class Art(str, Enum):
    voraussetzung = "voraussetzung"
    regelvoraussetzung = "regelvoraussetzung"
    versagungsgrund = "versagungsgrund"
    gesamtwuerdigung = "gesamtwuerdigung"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Voraussetzung(_Model):
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    titel: Text
    fundstelle: Text
    art: Art = Art.voraussetzung
    bedingung: Bedingung
    nachweise: list[Text] = []
    wenn_nicht_erfuellt: Text
    wenn_ungeklaert: Optional[Text] = None


class Stammperson(str, Enum):
    hauptperson = "hauptperson"  # the person the client file is about
    elternteil = "elternteil"  # a parent in the household whose own derived right is the anchor (§ 25a Abs. 2 Satz 2)


class Familie(_Model):
    """A family-derived right (Haushalt): the file's requirements are checked for a household member.

    ``stammnorm``: the pathway (or another derived right) of the anchor person; its result is the
    fact ``stammrecht_erfuellt`` (erfüllt = ja, nicht erfüllt = nein, ungeklärt = unbekannt).
    ``eigene_pruefung``: the member is also screened on this norm; the Kleene AND of its requirements
    except ``ohne`` is the fact ``eigene_voraussetzungen_erfuellt``.
    """

    stammnorm: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    stammperson: Stammperson = Stammperson.hauptperson
    beziehungen: Annotated[list[Beziehung], Field(min_length=1)]  # members with these relations are checked
    eigene_pruefung: Optional[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]] = None
    ohne: list[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]] = []


class KeineNeuerteilung(_Model):
    """A version under which nothing is granted any more (e.g. § 104c AufenthG from 31.12.2025).

    The requirements of such a version are written so that no client reaches "erfüllt" (e.g. a
    fact "the grant basis exists on the Stichtag" that is "nein" on every day of the version, and
    open questions as ``einzelfall``); the pathway is then "nicht erfüllt" or "ungeklärt" as the
    engine decides. Screening puts ``hinweis`` into every result of the version (Ergebnis.hinweis)
    and marks it with ``ab`` (Ergebnis.keine_neuerteilung_ab). ``hinweis`` must say it plainly and
    name the date (TT.MM.JJJJ): what ends, and what becomes of permits already granted.
    """

    ab: Datum
    hinweis: Text

    @model_validator(mode="after")
    def _check(self) -> "KeineNeuerteilung":
        if format_datum(self.ab) not in self.hinweis:
            raise ValueError(f"der Hinweis muss das Datum nennen, ab dem nichts mehr neu erteilt wird („{format_datum(self.ab)}“)")
        return self


class Regeldatei(_Model):
    kennung: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    norm: Text
    titel: Text
    fassung: Text
    gueltig_ab: Datum
    gueltig_bis: Optional[Datum] = None
    quelle: Text
    stand_hinweis: Optional[Text] = None
    rechtsfolge: Rechtsfolge
    rechtsfolge_text: Text
    voraussetzungen: Annotated[list[Voraussetzung], Field(min_length=1)]
    familie: Optional[Familie] = None  # set: a family-derived right, checked per household member (kimrules.pruefung.haushalt)
    keine_neuerteilung: Optional[KeineNeuerteilung] = None  # set: nothing is granted under this version any more

    @model_validator(mode="after")
    def _check(self) -> "Regeldatei":
        if self.gueltig_bis is not None and self.gueltig_bis < self.gueltig_ab:
            raise ValueError("gueltig_bis liegt vor gueltig_ab")
        ids = [v.id for v in self.voraussetzungen]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"Voraussetzungs-id doppelt: {', '.join(dup)}; jede id darf nur einmal vorkommen")
        return self

    @model_validator(mode="after")
    def _check_keine_neuerteilung(self) -> "Regeldatei":
        k = self.keine_neuerteilung
        if k is not None and (k.ab < self.gueltig_ab or (self.gueltig_bis is not None and k.ab > self.gueltig_bis)):
            raise ValueError("keine_neuerteilung.ab muss im Geltungszeitraum der Fassung liegen")
        return self


class Parameterwert(_Model):
    gueltig_ab: Datum
    wert: float
    fundstelle: Text
    # last day for which the value is documented in the sources; after it the value is not
    # verified (kimrules.fakten.lebensunterhalt then computes no need); None = no known end
    belegt_bis: Optional[Datum] = None

    @model_validator(mode="after")
    def _check(self) -> "Parameterwert":
        if self.belegt_bis is not None and self.belegt_bis < self.gueltig_ab:
            raise ValueError("belegt_bis liegt vor gueltig_ab")
        return self


class Parameter(_Model):
    titel: Text
    werte: Annotated[list[Parameterwert], Field(min_length=1)]
    stand_hinweis: Optional[Text] = None  # what is known about the values' currency (shown nowhere yet)


class Parameterdatei(_Model):
    parameter: dict[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")], Parameter]


@dataclass(frozen=True)
class Fassung:
    """One version of one norm, with everything needed to cite it."""

    datei: Regeldatei
    pfad: str  # relative to rules/
    sha256: str
    gueltig_bis: Optional[date]  # explicit or the day before the next version
    parameter: dict[str, float] = field(default_factory=dict)  # resolved for the Stichtag

    @property
    def kennung(self) -> str:
        return self.datei.kennung


@dataclass
class Regelwerk:
    root: Path
    versionen: dict[str, list[Fassung]]  # kennung -> versions sorted by gueltig_ab
    parameter: dict[str, Parameter]
    parameter_dateien: dict[str, str]  # parameter name -> relative path
    sha256: str  # over every loaded file

    def norms(self) -> list[str]:
        """The pathways a person is screened on (family-derived rights are checked per household member)."""
        return sorted(k for k, v in self.versionen.items() if v[0].datei.familie is None)

    def familiennormen(self) -> list[str]:
        """Family-derived rights (rule files with a ``familie`` section), see :mod:`kimrules.pruefung.haushalt`."""
        return sorted(k for k, v in self.versionen.items() if v[0].datei.familie is not None)

    def select(self, kennung: str, stichtag: date) -> Optional[Fassung]:
        """The version in force on the Stichtag (decision date, LAW.md G3), or None."""
        for f in self.versionen[kennung]:
            if f.datei.gueltig_ab <= stichtag and (f.gueltig_bis is None or stichtag <= f.gueltig_bis):
                return Fassung(f.datei, f.pfad, f.sha256, f.gueltig_bis, self.resolve_parameters(f, stichtag))
        return None

    def resolve_parameters(self, f: Fassung, stichtag: date) -> dict[str, float]:
        out = {}
        for name in _parameters_used_cached(f.datei):
            werte = [w for w in self.parameter[name].werte if w.gueltig_ab <= stichtag]
            if werte:
                out[name] = max(werte, key=lambda w: w.gueltig_ab).wert
        return out

    def parameter_fundstelle(self, name: str, stichtag: date) -> Optional[str]:
        werte = [w for w in self.parameter[name].werte if w.gueltig_ab <= stichtag]
        return max(werte, key=lambda w: w.gueltig_ab).fundstelle if werte else None


_PARAMS_CACHE: dict[int, tuple[Regeldatei, list[str]]] = {}


def _parameters_used_cached(datei: Regeldatei) -> list[str]:
    hit = _PARAMS_CACHE.get(id(datei))
    if hit is None or hit[0] is not datei:
        hit = _PARAMS_CACHE[id(datei)] = (datei, parameters_used(datei))
    return hit[1]


def parameters_used(datei: Regeldatei) -> list[str]:
    names: dict[str, None] = {}
    for v in datei.voraussetzungen:
        for _, node in walk(v.bedingung):
            if isinstance(node, Fakt) and isinstance(node.operand, ParameterRef):
                names.setdefault(node.operand.parameter, None)
    return list(names)


_TAGS = {"fakt", "alle", "eine_von", "nicht", "einzelfall"}


def _yaml_path(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Drop the discriminator tags pydantic inserts into locations inside conditions."""
    out: list[Any] = []
    expect_tag = False
    for part in loc:
        if part == "bedingung" and not expect_tag:
            out.append(part)
            expect_tag = True
            continue
        if expect_tag and part in _TAGS:
            expect_tag = False
            continue
        out.append(part)
        if part in ("alle", "eine_von"):
            expect_tag = False  # an index follows, then a tag
        elif isinstance(part, int) and len(out) >= 2 and out[-2] in ("alle", "eine_von"):
            expect_tag = True
        elif part == "nicht":
            expect_tag = True
    return tuple(out)


def _validation_problems(exc: ValidationError, doc: Document) -> list[Problem]:
    from kimrules.akte.client import MESSAGES

    problems = []
    for err in exc.errors(include_url=False):
        loc = _yaml_path(tuple(err["loc"]))
        template = MESSAGES.get(err["type"], err["msg"])
        ctx = dict(err.get("ctx") or {})
        if "error" in ctx:
            ctx["error"] = str(ctx["error"])
        try:
            text = template.format(**ctx)
        except (KeyError, IndexError):
            text = err["msg"]
        if err["type"] == "missing" and loc and loc[-1] == "fundstelle":
            text = "Fundstelle fehlt; jede Voraussetzung braucht ihre Fundstelle aus shared/law/LAW.md (z. B. „§ 25b Abs. 1 Satz 2 Nr. 4 AufenthG“)"
        elif err["type"] == "missing":
            text = f"Pflichtfeld „{loc[-1]}“ fehlt"
        elif err["type"] == "extra_forbidden":
            text = f"unbekanntes Feld „{loc[-1]}“; erlaubt sind die im Modul kimrules.regelwerk.rules beschriebenen Felder"
        problems.append(Problem(doc.file, ".".join(map(str, loc)), text, doc.line_of(loc)))
    return problems


def _check_facts(datei: Regeldatei, doc: Document, parameter: dict[str, Parameter]) -> list[Problem]:
    problems = []
    names = list(catalog.FAKTEN)
    for i, v in enumerate(datei.voraussetzungen):
        for path, node in walk(v.bedingung):
            if not isinstance(node, Fakt):
                continue
            loc = ("voraussetzungen", i, "bedingung") + path + ("fakt",)
            where = ".".join(map(str, loc))
            line = doc.line_of(loc)
            info = catalog.FAKTEN.get(node.fakt)
            if info is None:
                guess = difflib.get_close_matches(node.fakt, names, n=1)
                hint = f"; meinten Sie „{guess[0]}“?" if guess else "; bekannte Fakten listet kimrules/catalog.py"
                problems.append(Problem(doc.file, where, f"unbekannter Fakt „{node.fakt}“{hint}", line))
                continue
            op, operand = node.operator, node.operand
            if isinstance(operand, ParameterRef):
                if operand.parameter not in parameter:
                    guess = difflib.get_close_matches(operand.parameter, list(parameter), n=1)
                    hint = f"; meinten Sie „{guess[0]}“?" if guess else "; Parameter stehen in rules/parameter/"
                    problems.append(Problem(doc.file, where, f"unbekannter Parameter „{operand.parameter}“{hint}", line))
                continue
            if info.typ is bool and op != "ist":
                problems.append(Problem(doc.file, where, f"„{node.fakt}“ ist ja/nein; erwartet „ist: true“ oder „ist: false“", line))
            elif info.typ is not bool and (op == "ist" or isinstance(operand, bool)):
                problems.append(
                    Problem(doc.file, where, f"„{node.fakt}“ ist eine Zahl ({info.einheit}); erwartet mindestens, hoechstens, mehr_als oder weniger_als mit einer Zahl", line)
                )
    return problems


def _check_familie(root: Path, versionen: dict[str, list[Fassung]]) -> list[Problem]:
    """A ``familie`` section names loaded norms and requirement ids that exist there."""
    problems = []
    for fassungen in versionen.values():
        for f in fassungen:
            fam = f.datei.familie
            if fam is None:
                continue
            datei = str(root / f.pfad)
            line = read_document(root / f.pfad).line_of
            for feld in ("stammnorm", "eigene_pruefung"):
                name = getattr(fam, feld)
                if name is not None and name not in versionen and name not in {a.value for a in Antragsnorm}:
                    guess = difflib.get_close_matches(name, list(versionen), n=1)
                    hint = f"; meinten Sie „{guess[0]}“?" if guess else ""
                    problems.append(Problem(datei, f"familie.{feld}", f"unbekannte Kennung „{name}“{hint}", line(("familie", feld))))
            if fam.stammnorm == f.datei.kennung:
                problems.append(Problem(datei, "familie.stammnorm", "ein Recht kann nicht von sich selbst abgeleitet sein", line(("familie", "stammnorm"))))
            if fam.ohne and fam.eigene_pruefung is None:
                problems.append(Problem(datei, "familie.ohne", "„ohne“ braucht „eigene_pruefung“", line(("familie", "ohne"))))
            if fam.eigene_pruefung in versionen:
                ids = {v.id for g in versionen[fam.eigene_pruefung] for v in g.datei.voraussetzungen}
                for i, id_ in enumerate(fam.ohne):
                    if id_ not in ids:
                        guess = difflib.get_close_matches(id_, sorted(ids), n=1)
                        hint = f"; meinten Sie „{guess[0]}“?" if guess else ""
                        problems.append(Problem(datei, f"familie.ohne.{i}", f"„{fam.eigene_pruefung}“ hat keine Voraussetzung „{id_}“{hint}", line(("familie", "ohne", i))))
    return problems


def _read(path: Path, root: Path) -> tuple[Document, str, bytes]:
    try:
        raw = path.read_bytes()
        doc = read_document(path)
    except InputSyntaxError as exc:
        raise RuleFileError(f"{path}: Regeldatei nicht lesbar", [exc.problem]) from None
    return doc, str(path.relative_to(root)), raw


def load_parameter(root: Path | str = RULES_DIR) -> dict[str, Parameter]:
    """Only the date-keyed parameters (``rules/parameter/*.yaml``), validated as :func:`load` does.

    For callers that need the figures but no rule files (``kimrules.fakten.derive`` without a Regelwerk).
    """
    root = Path(root)
    problems: list[Problem] = []
    parameter: dict[str, Parameter] = {}
    for path in sorted((root / "parameter").glob("*.yaml")):
        doc, _, _ = _read(path, root)
        try:
            pd = Parameterdatei.model_validate(doc.data)
        except ValidationError as exc:
            problems.extend(_validation_problems(exc, doc))
            continue
        parameter.update(pd.parameter)
    if problems:
        raise RuleFileError(f"{len(problems)} Fehler in den Parameterdateien", problems)
    return parameter


def load(root: Path | str = RULES_DIR) -> Regelwerk:
    """Load and validate every rule and parameter file below ``root``."""
    root = Path(root)
    problems: list[Problem] = []
    digest = hashlib.sha256()
    parameter: dict[str, Parameter] = {}
    parameter_dateien: dict[str, str] = {}
    for path in sorted((root / "parameter").glob("*.yaml")):
        doc, rel, raw = _read(path, root)
        digest.update(rel.encode() + b"\0" + raw)
        try:
            pd = Parameterdatei.model_validate(doc.data)
        except ValidationError as exc:
            problems.extend(_validation_problems(exc, doc))
            continue
        for name, p in pd.parameter.items():
            if name in parameter:
                problems.append(Problem(doc.file, f"parameter.{name}", f"Parameter „{name}“ ist schon in {parameter_dateien[name]} definiert", doc.line_of(("parameter", name))))
            parameter[name] = p
            parameter_dateien[name] = rel
    versionen: dict[str, list[Fassung]] = {}
    for path in sorted(p for p in root.rglob("*.yaml")
                       if (p.parent.name != "parameter" or p.parent.parent != root) and p.relative_to(root).parts[0] not in NEBENDATEN):
        doc, rel, raw = _read(path, root)
        digest.update(rel.encode() + b"\0" + raw)
        try:
            datei = Regeldatei.model_validate(doc.data)
        except ValidationError as exc:
            problems.extend(_validation_problems(exc, doc))
            continue
        problems.extend(_check_facts(datei, doc, parameter))
        expected = datei.gueltig_ab.isoformat() + ".yaml"
        if path.name != expected:
            problems.append(Problem(doc.file, "gueltig_ab", f"Dateiname muss dem Geltungsbeginn entsprechen: „{expected}“", doc.line_of(("gueltig_ab",))))
        versionen.setdefault(datei.kennung, []).append(
            Fassung(datei, rel, hashlib.sha256(raw).hexdigest(), datei.gueltig_bis)
        )
    for kennung, fassungen in versionen.items():
        fassungen.sort(key=lambda f: f.datei.gueltig_ab)
        for i, (a, b) in enumerate(zip(fassungen, fassungen[1:])):
            ende = a.datei.gueltig_bis
            if (ende is not None and ende >= b.datei.gueltig_ab) or a.datei.gueltig_ab == b.datei.gueltig_ab:
                problems.append(
                    Problem(
                        str(root / a.pfad),
                        "gueltig_bis",
                        f"Geltungszeitraum überschneidet sich mit {b.pfad} (gültig ab {format_datum(b.datei.gueltig_ab)}); "
                        f"gueltig_bis muss spätestens {format_datum(b.datei.gueltig_ab - timedelta(days=1))} sein",
                        read_document(root / a.pfad).line_of(("gueltig_bis",)),
                    )
                )
            if ende is None:
                fassungen[i] = Fassung(a.datei, a.pfad, a.sha256, b.datei.gueltig_ab - timedelta(days=1))
    problems.extend(_check_familie(root, versionen))
    if problems:
        raise RuleFileError(f"{len(problems)} Fehler in den Regeldateien", problems)
    return Regelwerk(root, versionen, parameter, parameter_dateien, digest.hexdigest())
