"""Load, validate and select the versioned rule files in ``rules/``.

Layout: ``rules/<gesetz>/<norm>/<gueltig_ab>.yaml`` – one file per version of a
norm, named by the day it takes effect –, beside them ``norm.yaml`` with what is known of
the norm itself (the day it came into force, see :class:`Normdatei`), and
``rules/parameter/*.yaml`` for date-keyed parameters. A version ends the day before the next version of the
same norm starts (derived, never written into the old file, so its SHA-256 and
the receipts naming it stay valid). Loading reports every problem of every file
at once, with file, line, column and a suggestion ("meinten Sie …?"): broken
YAML, duplicate keys, unknown fields and values, unknown facts, wrong operand
types, unknown parameters, missing Fundstelle, duplicate requirement ids, a
file name that is not its ``gueltig_ab``, a kennung that is not its folder, and
two versions of a norm with the same start.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from kimrules.fakten import catalog
from kimrules.regelwerk.conditions import PRAXIS, Bedingung, Fakt, ParameterRef, Praxis, walk
from kimrules.basis.dates import format_datum, parse_datum
from kimrules.basis.errors import Problem, RuleFileError
from kimrules.akte.facts import Antragsnorm, Beziehung
from kimrules.basis.yamlio import Document, InputSyntaxError, parse_document, read_bytes, read_document

RULES_DIR = Path(__file__).resolve().parents[2] / "rules"
# folders below rules/ with data that are not rule files, read by their own module:
# verweise/ = who can help with which requirement (kimrules.ausgabe.checkliste)
# offene_fragen/ = the register of open legal questions (kimrules regeln fragen)
# praxis/ = practice overlays of Länder and authorities (read by load, chosen with Regelwerk.mit_praxis)
NEBENDATEN = ("verweise", "offene_fragen", "praxis")
# in a norm folder beside the version files: what is known of the norm itself (Normdatei)
NORMDATEI = "norm.yaml"


class Geltung(str, Enum):
    """How the law stands to a norm on a Stichtag, as far as the rule set can say."""

    in_kraft = "in_kraft"  # a modelled version is in force
    nicht_in_kraft = "nicht_in_kraft"  # the norm itself was not yet in force (Normdatei.in_kraft_seit)
    # the norm may be (or is) in force, but the version of that day is not modelled: ungeklärt, nothing judged
    fassung_nicht_abgebildet = "fassung_nicht_abgebildet"


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
    # set where the law itself rules an outcome out, with the reason (e.g. a Regelvoraussetzung
    # the authority can waive can at worst be "ungeklärt"); read by the scenario coverage check
    nie_nicht_erfuellt: Optional[Text] = None
    nie_erfuellt: Optional[Text] = None


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
    gueltig_ab: Datum  # the end is derived: the day before the next version of the same norm starts
    quelle: Text
    stand_hinweis: Optional[Text] = None
    rechtsfolge: Rechtsfolge
    rechtsfolge_text: Text
    voraussetzungen: Annotated[list[Voraussetzung], Field(min_length=1)]
    familie: Optional[Familie] = None  # set: a family-derived right, checked per household member (kimrules.pruefung.haushalt)
    keine_neuerteilung: Optional[KeineNeuerteilung] = None  # set: nothing is granted under this version any more

    @model_validator(mode="after")
    def _check(self) -> "Regeldatei":
        ids = [v.id for v in self.voraussetzungen]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:  # the loader reports each duplicate at its own line before this is reached
            raise ValueError(f"Voraussetzungs-id doppelt: {', '.join(dup)}; jede id darf nur einmal vorkommen")
        return self


class Normdatei(_Model):
    """What is known of a norm apart from its versions (``rules/<gesetz>/<norm>/norm.yaml``).

    ``in_kraft_seit`` is the day the norm itself came into force (with ``quelle``, the
    introducing law); on a Stichtag before it the norm is *nicht in Kraft*. On a Stichtag from
    that day until the first modelled version – or on any day before the first modelled
    version when ``in_kraft_seit`` is not known – the version in force is *nicht abgebildet*:
    the pathway is *ungeklärt* and no requirement is judged. ``fruehere_fassungen`` says what
    is known of the versions that are not modelled (shown with that result).
    """

    in_kraft_seit: Optional[Datum] = None
    quelle: Optional[Text] = None
    fruehere_fassungen: Optional[Text] = None

    @model_validator(mode="after")
    def _check(self) -> "Normdatei":
        if (self.in_kraft_seit is None) != (self.quelle is None):
            raise ValueError("in_kraft_seit und quelle gehören zusammen: der Tag, seit dem die Norm gilt, "
                             "und die Fundstelle des Gesetzes, das sie eingeführt hat (oder beide weglassen)")
        return self


def _zahl_oder_datum(value: Any) -> Any:
    """A parameter value: a number (amounts, months, points, an age) or a date the statute names
    (``JJJJ-MM-TT`` or ``TT.MM.JJJJ``; YAML leaves it text, see :mod:`kimrules.basis.yamlio`)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str, date)):
        raise ValueError(f"„{value}“ ist weder eine Zahl noch ein Datum; erwartet eine Zahl oder ein Datum (JJJJ-MM-TT)")
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return parse_datum(value)
    except ValueError:
        raise ValueError(f"„{value}“ ist weder eine Zahl noch ein gültiges Datum; erwartet eine Zahl oder ein Datum "
                         "(JJJJ-MM-TT oder TT.MM.JJJJ)") from None


class Parameterwert(_Model):
    gueltig_ab: Datum
    # a number, or a date the statute names (a Stichtag, the last day of a transitional rule)
    wert: Annotated[float | date, BeforeValidator(_zahl_oder_datum)]
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

    @model_validator(mode="after")
    def _eine_art(self) -> "Parameter":
        daten = [isinstance(w.wert, date) for w in self.werte]
        if any(daten) and not all(daten):
            raise ValueError("die Werte mischen Zahlen und Daten; erwartet nur Zahlen oder nur Daten (JJJJ-MM-TT)")
        return self

    def wert_am(self, stichtag: date) -> Optional[Parameterwert]:
        """The value in force on the Stichtag (the latest ``gueltig_ab`` on or before it); None before the first."""
        best = None
        for w in self.werte:
            if w.gueltig_ab <= stichtag and (best is None or w.gueltig_ab > best.gueltig_ab):
                best = w
        return best

    @property
    def ist_datum(self) -> bool:
        """The values are dates (read by the fact derivation and the deadlines, never compared in a condition)."""
        return isinstance(self.werte[0].wert, date)


class Parameterdatei(_Model):
    parameter: dict[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")], Parameter]


def _ja_nein(value: Any) -> Any:
    if isinstance(value, str) and value.strip().lower() in ("ja", "nein"):
        return value.strip().lower() == "ja"
    return value


class Praxispunkt(_Model):
    """A point the statute leaves to administrative practice (``rules/praxis/punkte.yaml``)."""

    frage: Text  # a yes/no question; the rule file's condition is erfüllt where the practice says ja
    fundstelle: Text


class Punktedatei(_Model):
    punkte: dict[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")], Praxispunkt]


class Festlegung(_Model):
    gilt: Annotated[bool, BeforeValidator(_ja_nein)]
    fundstelle: Text


class Praxisdatei(_Model):
    """One version of the practice of a Land or an authority (``rules/praxis/<kennung>/<gueltig_ab>.yaml``)."""

    kennung: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    titel: Text  # e.g. "Land Nordrhein-Westfalen (Anwendungshinweise des Ministeriums)"
    art: Annotated[str, Field(pattern=r"^(land|behoerde)$")]  # practice of a Land or of one authority
    quelle: Text
    gueltig_ab: Datum  # ends the day before the next version of the same practice
    festlegungen: Annotated[dict[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")], Festlegung], Field(min_length=1)]


@dataclass(frozen=True)
class Praxisfassung:
    datei: Praxisdatei
    pfad: str  # relative to rules/
    sha256: str
    gueltig_bis: Optional[date]

    def quittung(self) -> str:
        """How a receipt names it."""
        return f"{self.datei.kennung}: {self.datei.titel} ({self.pfad}, SHA-256 {self.sha256[:12]})"


@dataclass(frozen=True)
class Fassung:
    """One version of one norm, with everything needed to cite it."""

    datei: Regeldatei
    pfad: str  # relative to rules/
    sha256: str
    gueltig_bis: Optional[date]  # the day before the next version of the norm starts; None = no later version
    parameter: dict[str, float] = field(default_factory=dict)  # resolved for the Stichtag (with the practice points)
    praxis: Optional[str] = None  # the practice overlay in force on the Stichtag, as a receipt names it

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
    # norms left out because a rule file of theirs is faulty (only when loaded with tolerant=True):
    # kennung -> the problems; they are reported as "Regeldatei fehlerhaft", the other norms are screened
    fehlerhaft: dict[str, list[Problem]] = field(default_factory=dict)
    praxis_punkte: dict[str, Praxispunkt] = field(default_factory=dict)  # rules/praxis/punkte.yaml
    praxen: dict[str, list[Praxisfassung]] = field(default_factory=dict)  # practice overlays by kennung, sorted
    aktive_praxis: Optional[str] = None  # chosen with mit_praxis (configuration or --praxis); None: no overlay
    normen: dict[str, Normdatei] = field(default_factory=dict)  # kennung -> its norm.yaml (where there is one)
    normdateien: dict[str, tuple[str, str]] = field(default_factory=dict)  # kennung -> (path, SHA-256) of norm.yaml

    def mit_praxis(self, kennung: Optional[str]) -> "Regelwerk":
        """The same rules with the practice overlay ``kennung`` (None: without overlay)."""
        if kennung is not None and kennung not in self.praxen:
            raise ValueError(f"unbekannte Verwaltungspraxis „{kennung}“" + (_suggest(kennung, sorted(self.praxen)) or
                                                                           f"; bekannt: {', '.join(sorted(self.praxen)) or 'keine'}"))
        return dataclasses.replace(self, aktive_praxis=kennung)

    def praxis_am(self, stichtag: date) -> Optional[Praxisfassung]:
        for p in self.praxen.get(self.aktive_praxis or "", []):
            if p.datei.gueltig_ab <= stichtag and (p.gueltig_bis is None or stichtag <= p.gueltig_bis):
                return p
        return None

    def norms(self) -> list[str]:
        """The pathways a person is screened on (family-derived rights are checked per household member)."""
        return sorted(k for k, v in self.versionen.items() if v[0].datei.familie is None)

    def familiennormen(self) -> list[str]:
        """Family-derived rights (rule files with a ``familie`` section), see :mod:`kimrules.pruefung.haushalt`."""
        return sorted(k for k, v in self.versionen.items() if v[0].datei.familie is not None)

    def select(self, kennung: str, stichtag: date) -> Optional[Fassung]:
        """The version in force on the Stichtag (decision date), or None."""
        for f in self.versionen[kennung]:
            if f.datei.gueltig_ab <= stichtag and (f.gueltig_bis is None or stichtag <= f.gueltig_bis):
                parameter = self.resolve_parameters(f, stichtag)
                praxis = self.praxis_am(stichtag)
                if praxis is not None:  # the chosen practice decides its points (1.0 ja, 0.0 nein)
                    parameter.update({PRAXIS + name: float(fl.gilt) for name, fl in praxis.datei.festlegungen.items()})
                return Fassung(f.datei, f.pfad, f.sha256, f.gueltig_bis, parameter, praxis.quittung() if praxis else None)
        return None

    def geltung(self, kennung: str, stichtag: date) -> Geltung:
        """Whether a modelled version is in force on the Stichtag, the norm is not yet in force, or
        the version in force is not modelled (see :class:`Normdatei`)."""
        erste = self.versionen[kennung][0].datei.gueltig_ab
        if stichtag >= erste:
            return Geltung.in_kraft  # the last version has no end
        seit = self.normen[kennung].in_kraft_seit if kennung in self.normen else None
        if seit is not None and stichtag < seit:
            return Geltung.nicht_in_kraft
        return Geltung.fassung_nicht_abgebildet

    def resolve_parameters(self, f: Fassung, stichtag: date) -> dict[str, float]:
        out = {}
        for name in _parameters_used_cached(f.datei):
            w = self.parameter[name].wert_am(stichtag)
            if w is not None:
                out[name] = w.wert
        return out

    def parameter_fundstelle(self, name: str, stichtag: date) -> Optional[str]:
        w = self.parameter[name].wert_am(stichtag)
        return None if w is None else w.fundstelle


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


_TAGS = {"fakt", "alle", "eine_von", "nicht", "einzelfall", "praxis"}


def _known_keys() -> list[str]:
    """Every key a rule or parameter file may use (for "meinten Sie …?" on a misspelt key)."""
    from kimrules.regelwerk.conditions import Alle, EineVon, Einzelfall, Nicht

    keys: dict[str, None] = {}
    for model in (Regeldatei, Voraussetzung, Familie, KeineNeuerteilung, Normdatei, Parameterdatei, Parameter, Parameterwert,
                  Fakt, Alle, EineVon, Nicht, Einzelfall, ParameterRef, Praxispunkt, Punktedatei, Festlegung, Praxisdatei):
        keys.update(dict.fromkeys(model.model_fields))
    return list(keys)


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


def _suggest(word: object, choices: list[str]) -> str:
    guess = difflib.get_close_matches(str(word), choices, n=1, cutoff=0.6)
    return f"; meinten Sie „{guess[0]}“?" if guess else ""


def _problem(doc: Document, loc: tuple[Any, ...], message: str) -> Problem:
    return Problem(doc.file, ".".join(map(str, loc)), message, doc.line_of(loc), doc.column_of(loc))


def _validation_problems(exc: ValidationError, doc: Document) -> list[Problem]:
    from kimrules.akte.client import MESSAGES

    problems = []
    for err in exc.errors(include_url=False):
        loc = _yaml_path(tuple(err["loc"]))
        template = MESSAGES.get(err["type"], err["msg"])
        ctx = dict(err.get("ctx") or {})
        if "error" in ctx:
            ctx["error"] = str(ctx["error"]).removeprefix("Value error, ")
        try:
            text = template.format(**ctx)
        except (KeyError, IndexError):
            text = err["msg"]
        if err["type"] == "missing" and loc and loc[-1] == "fundstelle":
            text = "Fundstelle fehlt; jede Voraussetzung braucht ihre Fundstelle (Gesetz mit Abs., Satz, Nr., z. B. „§ 25b Abs. 1 Satz 2 Nr. 4 AufenthG“)"
        elif err["type"] == "missing":
            text = f"Pflichtfeld „{loc[-1]}“ fehlt"
        elif err["type"] == "extra_forbidden" and loc and loc[-1] == "gueltig_bis":
            text = ("„gueltig_bis“ wird nicht geschrieben: eine Fassung gilt bis zum Tag vor dem Beginn der nächsten "
                    "Fassung derselben Norm; die Zeile löschen")
        elif err["type"] == "extra_forbidden":
            text = f"unbekanntes Feld „{loc[-1]}“" + (_suggest(loc[-1], _known_keys()) or "; die erlaubten Felder beschreibt die README (Regeln und Szenarien)")
        elif err["type"] == "enum":
            expected = [e.strip(" '") for e in str(ctx.get("expected", "")).replace(" or ", ", ").split(",") if e.strip(" '")]
            text = f"„{err.get('input')}“ ist nicht erlaubt; erwartet einer dieser Werte: {', '.join(expected)}" + _suggest(err.get("input"), expected)
        problems.append(_problem(doc, loc, text))
    return problems


def _bedingungen(data: Any) -> list[tuple[tuple[Any, ...], Any]]:
    """(location, raw condition) of every requirement's ``bedingung`` in the raw data of a rule file."""
    out = []
    reqs = data.get("voraussetzungen") if isinstance(data, dict) else None
    for i, v in enumerate(reqs if isinstance(reqs, list) else []):
        if isinstance(v, dict) and "bedingung" in v:
            out.append((("voraussetzungen", i, "bedingung"), v["bedingung"]))
    return out


def _raw_nodes(node: Any, loc: tuple[Any, ...]):
    """Every mapping inside a raw condition tree, with its location."""
    if isinstance(node, dict):
        yield loc, node
        for key in ("alle", "eine_von"):
            if isinstance(node.get(key), list):
                for i, child in enumerate(node[key]):
                    yield from _raw_nodes(child, loc + (key, i))
        if "nicht" in node:
            yield from _raw_nodes(node["nicht"], loc + ("nicht",))


def _check_facts(doc: Document, parameter: dict[str, Parameter], defekt: frozenset[str] = frozenset()) -> list[Problem]:
    """Facts, their comparisons and parameters, checked on the raw data (also when other fields are wrong).
    ``defekt``: parameters whose file is faulty (reported there, not again at every use)."""
    from kimrules.regelwerk.conditions import COMPARISONS

    problems = []
    names = list(catalog.FAKTEN)
    for base, bedingung in _bedingungen(doc.data):
        for loc, node in _raw_nodes(bedingung, base):
            name = node.get("fakt")
            if name is None:
                continue
            where = loc + ("fakt",)
            info = catalog.FAKTEN.get(name) if isinstance(name, str) else None
            if info is None:
                problems.append(_problem(doc, where, f"unbekannter Fakt „{name}“" + (_suggest(name, names) or "; die bekannten Fakten zeigt „kimrules regeln saetze“ nicht, sondern die README (Fakten)")))
                continue
            ops = [op for op in COMPARISONS if op in node]
            if len(ops) != 1:
                continue  # reported by the model ("genau einen Vergleich")
            op, operand = ops[0], node[ops[0]]
            if isinstance(operand, dict) and "parameter" in operand:
                if operand["parameter"] in defekt:
                    pass
                elif operand["parameter"] not in parameter:
                    problems.append(_problem(doc, loc + (op, "parameter"), f"unbekannter Parameter „{operand['parameter']}“"
                                             + (_suggest(operand["parameter"], list(parameter)) or "; Parameter stehen in rules/parameter/")))
                elif parameter[operand["parameter"]].ist_datum:
                    problems.append(_problem(doc, loc + (op, "parameter"), f"Parameter „{operand['parameter']}“ ist ein Datum; "
                                             f"„{op}“ vergleicht „{name}“ mit einer Zahl – erwartet ein Parameter mit Zahlen"))
                continue
            if info.typ is bool and op != "ist":
                problems.append(_problem(doc, loc + (op,), f"„{name}“ ist ja/nein; erwartet „ist: ja“ oder „ist: nein“"))
            elif info.typ is not bool and op == "ist":  # a yes/no operand of a number comparison: the model says so
                problems.append(_problem(doc, loc + (op,), f"„{name}“ ist eine Zahl ({info.einheit}); erwartet mindestens, hoechstens, mehr_als oder weniger_als mit einer Zahl"))
    return problems


def _check_ids(doc: Document) -> list[Problem]:
    """A requirement id used twice is reported at its second (third …) occurrence."""
    problems, seen = [], {}
    reqs = doc.data.get("voraussetzungen") if isinstance(doc.data, dict) else None
    for i, v in enumerate(reqs if isinstance(reqs, list) else []):
        id_ = v.get("id") if isinstance(v, dict) else None
        if not isinstance(id_, str):
            continue
        if id_ in seen:
            problems.append(_problem(doc, ("voraussetzungen", i, "id"),
                                     f"Voraussetzungs-id „{id_}“ kommt doppelt vor (zuerst in Zeile {doc.line_of(('voraussetzungen', seen[id_], 'id'))}); jede id darf nur einmal vorkommen"))
        else:
            seen[id_] = i
    return problems


def _familienzyklen(root: Path, versionen: dict[str, list[Fassung]]) -> list[tuple[str, Problem]]:
    """Derived rights whose ``stammnorm`` chain leads back to themselves (A from B, B from A)."""
    stamm: dict[str, tuple[str, Fassung]] = {}
    for kennung, fassungen in versionen.items():
        for f in fassungen:
            if f.datei.familie is not None and f.datei.familie.stammnorm is not None:
                stamm.setdefault(kennung, (f.datei.familie.stammnorm, f))
    problems, gemeldet = [], set()
    for start in sorted(stamm):
        kette, k = [start], stamm[start][0]
        while k in stamm and k not in kette:
            kette.append(k)
            k = stamm[k][0]
        if k == start and start not in gemeldet:
            gemeldet.update(kette)
            f = stamm[start][1]
            line = read_document(root / f.pfad).line_of(("familie", "stammnorm"))
            problems.append((start, Problem(str(root / f.pfad), "familie.stammnorm",
                                    "abgeleitete Rechte bilden einen Kreis: " + " → ".join(kette + [start])
                                    + "; ein Recht kann nicht (auch nicht über andere) von sich selbst abgeleitet sein", line)))
    return problems


def _check_familie(root: Path, versionen: dict[str, list[Fassung]], faulty: set[str] = frozenset()) -> list[tuple[str, Problem]]:
    """A ``familie`` section names loaded norms and requirement ids that exist there, and no chain of
    derived rights leads back to itself; (kennung, problem)."""
    problems = _familienzyklen(root, versionen)
    for fassungen in versionen.values():
        for f in fassungen:
            fam = f.datei.familie
            if fam is None:
                continue
            datei = str(root / f.pfad)
            doc = read_document(root / f.pfad)

            def add(loc: tuple, message: str) -> None:
                problems.append((f.kennung, Problem(datei, ".".join(map(str, loc)), message, doc.line_of(loc), doc.column_of(loc))))

            for feld in ("stammnorm", "eigene_pruefung"):
                name = getattr(fam, feld)
                if name is not None and name not in versionen and name not in {a.value for a in Antragsnorm}:
                    add(("familie", feld), f"unbekannte Kennung „{name}“" + _suggest(name, list(versionen)))
            if fam.stammnorm == f.datei.kennung:
                add(("familie", "stammnorm"), "ein Recht kann nicht von sich selbst abgeleitet sein")
            if fam.ohne and fam.eigene_pruefung is None:
                add(("familie", "ohne"), "„ohne“ braucht „eigene_pruefung“")
            if fam.eigene_pruefung in versionen and fam.eigene_pruefung not in faulty:  # else its ids are not all known
                ids = {v.id for g in versionen[fam.eigene_pruefung] for v in g.datei.voraussetzungen}
                for i, id_ in enumerate(fam.ohne):
                    if id_ not in ids:
                        add(("familie", "ohne", i), f"„{fam.eigene_pruefung}“ hat keine Voraussetzung „{id_}“" + _suggest(id_, sorted(ids)))
    return problems


def _read(path: Path, root: Path) -> tuple[Document, str, bytes]:
    try:
        raw = read_bytes(path)  # a FIFO, device or folder named *.yaml is refused before reading
        doc = parse_document(raw, path)
    except InputSyntaxError as exc:
        raise RuleFileError(f"{path}: Regeldatei nicht lesbar", exc.problems) from None
    except OSError as exc:
        raise RuleFileError(f"{path}: Regeldatei nicht lesbar", [Problem(str(path), "", f"Datei nicht lesbar ({exc.strerror})")]) from None
    return doc, str(path.relative_to(root)), raw


def _read_model(path: Path, root: Path, model: type, problems: list[Problem], digest: Any) -> Optional[tuple[Any, Document, str, bytes]]:
    """Read one side file into ``model`` (its bytes go into ``digest``); None after adding its problems."""
    try:
        doc, rel, raw = _read(path, root)
    except RuleFileError as exc:
        problems.extend(exc.problems)
        return None
    digest.update(rel.encode() + b"\0" + raw)
    try:
        return model.model_validate(doc.data if doc.data is not None else {}), doc, rel, raw
    except ValidationError as exc:
        problems.extend(_validation_problems(exc, doc))
        return None


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


def _load_praxis(root: Path, problems: list[Problem], digest: Any) -> tuple[dict[str, Praxispunkt], dict[str, list[Praxisfassung]]]:
    """``rules/praxis/punkte.yaml`` and every overlay ``rules/praxis/<kennung>/<gueltig_ab>.yaml``."""
    ordner = root / "praxis"
    punkte: dict[str, Praxispunkt] = {}
    praxen: dict[str, list[Praxisfassung]] = {}
    if not ordner.is_dir():
        return punkte, praxen
    datei = ordner / "punkte.yaml"
    if datei.exists():
        try:
            doc, rel, raw = _read(datei, root)
            digest.update(rel.encode() + b"\0" + raw)
            punkte = dict(Punktedatei.model_validate(doc.data).punkte)
        except RuleFileError as exc:
            problems.extend(exc.problems)
        except ValidationError as exc:
            problems.extend(_validation_problems(exc, doc))
    for path in sorted(ordner.glob("*/*.yaml")):
        gelesen = _read_model(path, root, Praxisdatei, problems, digest)
        if gelesen is None:
            continue
        pd, doc, rel, raw = gelesen
        if pd.kennung != path.parent.name:
            problems.append(_problem(doc, ("kennung",), f"die Kennung muss dem Ordner entsprechen: „{path.parent.name}“"))
        if path.name != pd.gueltig_ab.isoformat() + ".yaml":
            problems.append(_problem(doc, ("gueltig_ab",), f"Dateiname muss dem Geltungsbeginn entsprechen: „{pd.gueltig_ab.isoformat()}.yaml“"))
        for name in pd.festlegungen:
            if name not in punkte:
                problems.append(_problem(doc, ("festlegungen", name), f"unbekannter Praxispunkt „{name}“"
                                         + (_suggest(name, list(punkte)) or "; Praxispunkte stehen in rules/praxis/punkte.yaml")))
        praxen.setdefault(pd.kennung, []).append(Praxisfassung(pd, rel, hashlib.sha256(raw).hexdigest(), None))
    for kennung, fassungen in praxen.items():
        fassungen.sort(key=lambda p: p.datei.gueltig_ab)
        praxen[kennung] = [dataclasses.replace(p, gueltig_bis=fassungen[i + 1].datei.gueltig_ab - timedelta(days=1) if i + 1 < len(fassungen) else None)
                           for i, p in enumerate(fassungen)]
    return punkte, praxen


def _check_praxis(doc: Document, punkte: dict[str, Praxispunkt]) -> list[Problem]:
    problems = []
    for base, bedingung in _bedingungen(doc.data):
        for loc, node in _raw_nodes(bedingung, base):
            name = node.get("praxis")
            if name is not None and name not in punkte:
                problems.append(_problem(doc, loc + ("praxis",), f"unbekannter Praxispunkt „{name}“"
                                         + (_suggest(name, list(punkte)) or "; Praxispunkte stehen in rules/praxis/punkte.yaml")))
    return problems


def _praxis_texte(versionen: dict[str, list[Fassung]], punkte: dict[str, Praxispunkt], praxen: dict[str, list[Praxisfassung]]) -> None:
    """Give every practice node of the rule files its question and the known practices (shown without overlay)."""
    for fassungen in versionen.values():
        for f in fassungen:
            for v in f.datei.voraussetzungen:
                for _, node in walk(v.bedingung):
                    if isinstance(node, Praxis) and node.praxis in punkte:
                        punkt = punkte[node.praxis]
                        bekannt = [f"{p.datei.titel} ab {format_datum(p.datei.gueltig_ab)}: {'ja' if p.datei.festlegungen[node.praxis].gilt else 'nein'} "
                                   f"({p.datei.festlegungen[node.praxis].fundstelle})"
                                   for ps in praxen.values() for p in ps if node.praxis in p.datei.festlegungen]
                        node._frage = f"{punkt.frage} ({punkt.fundstelle})"
                        node._bekannt = ("Bekannte Praxis: " + "; ".join(bekannt) + ".") if bekannt else "Keine Praxis erfasst."


def kennung_of(rel: Path | str) -> str:
    """The kennung a rule file's folder stands for: ``aufenthg/25b/2022-12-31.yaml`` -> ``aufenthg_25b``."""
    return "_".join(Path(rel).parent.parts)


def rule_files(root: Path) -> list[Path]:
    """Every rule file below ``root`` (not the parameters, the norm files and the side data in NEBENDATEN)."""
    return sorted(p for p in root.rglob("*.yaml")
                  if (p.parent.name != "parameter" or p.parent.parent != root) and p.relative_to(root).parts[0] not in NEBENDATEN
                  and p.name != NORMDATEI)


def _load_normen(root: Path, versionen: dict[str, list[Fassung]], by_norm: dict[str, list[Problem]],
                 problems: list[Problem], digest: Any) -> tuple[dict[str, Normdatei], dict[str, tuple[str, str]]]:
    """Every ``norm.yaml`` beside version files; its problems count for its norm."""
    normen: dict[str, Normdatei] = {}
    dateien: dict[str, tuple[str, str]] = {}
    for path in sorted(p for p in root.rglob(NORMDATEI) if p.relative_to(root).parts[0] not in NEBENDATEN + ("parameter",)):
        kennung = kennung_of(path.relative_to(root))
        found = by_norm.setdefault(kennung, []) if kennung in versionen or kennung in by_norm else problems
        gelesen = _read_model(path, root, Normdatei, found, digest)
        if gelesen is None:
            continue
        normdatei, doc, rel, raw = gelesen
        if kennung not in versionen and kennung not in by_norm:
            found.append(_problem(doc, (), "neben dieser Datei liegt keine Fassungsdatei (<gültig-ab>.yaml) derselben Norm"))
            continue
        erste = versionen[kennung][0].datei.gueltig_ab if versionen.get(kennung) else None
        if normdatei.in_kraft_seit is not None and erste is not None and normdatei.in_kraft_seit > erste:
            found.append(_problem(doc, ("in_kraft_seit",), f"die Norm kann nicht nach ihrer ersten abgebildeten Fassung "
                                  f"in Kraft getreten sein (erste Fassung ab {format_datum(erste)})"))
            continue
        normen[kennung] = normdatei
        dateien[kennung] = (rel, hashlib.sha256(raw).hexdigest())
    return normen, dateien


def load(root: Path | str = RULES_DIR, *, tolerant: bool = False) -> Regelwerk:
    """Load and validate every rule and parameter file below ``root``.

    Every problem of every file is collected. Without ``tolerant`` any problem raises one
    :class:`RuleFileError` listing them all. With ``tolerant`` a norm with a faulty rule file
    (and a family-derived right built on it) is left out and listed in ``Regelwerk.fehlerhaft``;
    the other norms load. Faulty parameter files always raise (every norm may read them).
    """
    root = Path(root)
    if not root.is_dir():
        raise RuleFileError("Regeldateien nicht gefunden",
                            [Problem(str(root), "", "Regelverzeichnis gibt es nicht (oder es ist kein Ordner)")])
    problems: list[Problem] = []
    by_norm: dict[str, list[Problem]] = {}
    digest = hashlib.sha256()
    parameter: dict[str, Parameter] = {}
    parameter_dateien: dict[str, str] = {}
    defekt: set[str] = set()  # names in a faulty parameter file
    for path in sorted((root / "parameter").glob("*.yaml")):
        try:
            doc, rel, raw = _read(path, root)
        except RuleFileError as exc:
            problems.extend(exc.problems)
            continue
        digest.update(rel.encode() + b"\0" + raw)
        try:
            pd = Parameterdatei.model_validate(doc.data)
        except ValidationError as exc:
            problems.extend(_validation_problems(exc, doc))
            roh = doc.data.get("parameter") if isinstance(doc.data, dict) else None
            defekt.update(n for n in (roh if isinstance(roh, dict) else {}) if isinstance(n, str))
            continue
        for name, p in pd.parameter.items():
            if name in parameter:
                problems.append(_problem(doc, ("parameter", name), f"Parameter „{name}“ ist schon in {parameter_dateien[name]} definiert"))
            parameter[name] = p
            parameter_dateien[name] = rel
    punkte, praxen = _load_praxis(root, problems, digest)
    versionen: dict[str, list[Fassung]] = {}
    docs: dict[str, Document] = {}
    for path in rule_files(root):
        kennung = kennung_of(path.relative_to(root))
        found = by_norm.setdefault(kennung, [])
        try:
            doc, rel, raw = _read(path, root)
        except RuleFileError as exc:
            found.extend(exc.problems)
            continue
        digest.update(rel.encode() + b"\0" + raw)
        found.extend(_check_facts(doc, parameter, frozenset(defekt)))
        found.extend(_check_praxis(doc, punkte))
        found.extend(_check_ids(doc))
        try:
            datei = Regeldatei.model_validate(doc.data)
        except ValidationError as exc:
            found.extend(p for p in _validation_problems(exc, doc) if "Voraussetzungs-id doppelt" not in p.message)
            continue
        if datei.kennung != kennung:
            found.append(_problem(doc, ("kennung",), f"die Kennung muss dem Ordner entsprechen: „{kennung}“ (Ordner {Path(rel).parent.as_posix()}/)"))
        expected = datei.gueltig_ab.isoformat() + ".yaml"
        if path.name != expected:
            found.append(_problem(doc, ("gueltig_ab",), f"Dateiname muss dem Geltungsbeginn entsprechen: „{expected}“"))
        docs[rel] = doc
        versionen.setdefault(kennung, []).append(Fassung(datei, rel, hashlib.sha256(raw).hexdigest(), None))
    for kennung, fassungen in versionen.items():
        fassungen.sort(key=lambda f: f.datei.gueltig_ab)
        for a, b in zip(fassungen, fassungen[1:]):
            if a.datei.gueltig_ab == b.datei.gueltig_ab:
                by_norm[kennung].append(_problem(docs[b.pfad], ("gueltig_ab",), f"dieselbe Norm hat schon eine Fassung ab {format_datum(a.datei.gueltig_ab)} ({a.pfad})"))
        for i, f in enumerate(fassungen):  # a version ends the day before the next one starts
            ende = fassungen[i + 1].datei.gueltig_ab - timedelta(days=1) if i + 1 < len(fassungen) else None
            fassungen[i] = Fassung(f.datei, f.pfad, f.sha256, ende)
            k = f.datei.keine_neuerteilung
            if k is not None and (k.ab < f.datei.gueltig_ab or (ende is not None and k.ab > ende)):
                bis = f" bis {format_datum(ende)}" if ende else ""
                by_norm[kennung].append(_problem(docs[f.pfad], ("keine_neuerteilung", "ab"),
                                                 f"keine_neuerteilung.ab muss im Geltungszeitraum der Fassung liegen (ab {format_datum(f.datei.gueltig_ab)}{bis})"))
    normen, normdateien = _load_normen(root, versionen, by_norm, problems, digest)
    for kennung, problem in _check_familie(root, versionen, {k for k, v in by_norm.items() if v}):
        by_norm[kennung].append(problem)
    if not versionen and not problems:
        problems.append(Problem(str(root), "", "keine Regeldatei gefunden (erwartet <gesetz>/<norm>/<gültig-ab>.yaml)"))
    if problems or (not tolerant and any(by_norm.values())):
        alle = problems + [p for k in sorted(by_norm) for p in by_norm[k]]
        raise RuleFileError(f"{len(alle)} Fehler in den Regeldateien", alle)
    fehlerhaft = {k: v for k, v in by_norm.items() if v}
    changed = True
    while changed:  # a family-derived right built on a faulty norm cannot be checked either
        changed = False
        for kennung, fassungen in versionen.items():
            fam = fassungen[0].datei.familie
            if kennung in fehlerhaft or fam is None:
                continue
            for basis in (fam.stammnorm, fam.eigene_pruefung):
                if basis in fehlerhaft:
                    fehlerhaft[kennung] = [Problem(str(root / fassungen[0].pfad), "familie", f"baut auf „{basis}“ auf, dessen Regeldatei fehlerhaft ist")]
                    changed = True
                    break
    for kennung in fehlerhaft:
        versionen.pop(kennung, None)
        normen.pop(kennung, None)
        normdateien.pop(kennung, None)
    _praxis_texte(versionen, punkte, praxen)
    return Regelwerk(root, versionen, parameter, parameter_dateien, digest.hexdigest(), fehlerhaft, punkte, praxen,
                     normen=normen, normdateien=normdateien)
