"""Screen a client on a Stichtag: select the law in force, evaluate it in durable-rules, explain.

For each norm: the version in force on the Stichtag is selected,
compiled (:mod:`kimrules.engine.compile`) and evaluated stage by stage in the engine
(:mod:`kimrules.engine.durable`); every requirement's and the pathway's status is the one
durable-rules decided. The explanation tree of each requirement is recorded in
the same call by the reference evaluator (:mod:`kimrules.engine.logic`) on the same
facts and must agree with the engine on every decided node, otherwise the
screening fails with an :class:`EngineError` instead of giving a wrong answer.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from functools import partial
from typing import Iterable, NamedTuple, Optional

from kimrules.basis.version import __version__

from kimrules.fakten import catalog

from kimrules.engine import compile as compiler

from kimrules.engine import logic
from kimrules.regelwerk.conditions import facts_used
from kimrules.basis.dates import format_datum
from kimrules.fakten.derive import Fakten, derive
from kimrules.engine.durable import CompiledRule, Engine, RulesetSpec
from kimrules.basis.errors import EngineError, Problem, RuleFileError
from kimrules.akte.facts import Sachverhalt
from kimrules.engine.outcome import Befund, Erklaerung, Ergebnis, Quittung, Status
from kimrules.regelwerk.rules import Fassung, Geltung, Normdatei, Regelwerk

def nicht_abgebildet_hinweis(norm: str, erste: date, stichtag: date, normdatei: Optional[Normdatei]) -> str:
    """The plain German reason of a pathway whose version on the Stichtag the rule set does not model."""
    seit = normdatei.in_kraft_seit if normdatei else None
    if seit is not None:
        satz = (f"Die am {format_datum(stichtag)} geltende Fassung von {norm} ist in kimrules nicht abgebildet "
                f"(abgebildet ab {format_datum(erste)}; die Norm gilt seit {format_datum(seit)}); bitte die damalige Fassung prüfen.")
    else:
        satz = (f"Ob und in welcher Fassung {norm} am {format_datum(stichtag)} galt, ist in kimrules nicht abgebildet "
                f"(abgebildet ab {format_datum(erste)}); bitte die damalige Fassung prüfen.")
    if normdatei is not None and normdatei.fruehere_fassungen:
        satz += " " + normdatei.fruehere_fassungen
    return satz + " Keine Voraussetzung ist geprüft."


class _Call(NamedTuple):
    """One engine call of a stage: the ruleset and what to send and read back."""

    name: str  # ruleset
    fact_fields: tuple[tuple[str, str], ...]  # (field in the ruleset, encoded client fact) it reads
    status_fields: tuple[tuple[str, str], ...]  # (field in the ruleset, status of an earlier stage) it reads
    outcomes: dict  # tag -> (unit, status, status field, rank as float)


_VERSION_CACHE = 1024  # (norm, Stichtag) pairs kept by a Screener
_TRACE_CACHE = 5_000  # explanation trees kept by a Screener (equal values of the facts read, equal tree; about 2.5 kB each)


class _Bundle(NamedTuple):
    """Several norm versions evaluated together: one engine call per stage and chunk for all of them.

    Stage ``s`` of the bundle holds, for each norm ``j``, its stage ``s - (depth - len(stages))``
    (right-aligned, so every norm's pathway stage is in the last bundle stage). Status fields
    and units of norm ``j`` are prefixed with ``n{j}`` so the norms cannot read each other's.
    """

    calls: list  # per stage: list of _Call; outcomes map a tag to ((j, unit), status, field, rank)
    decides: tuple[tuple[tuple[int, tuple[str, int]], ...], ...]  # per stage: the (norm j, unit) it decides
    fields: tuple[str, ...]  # engine facts used by any of the norms


class _Version(NamedTuple):
    """The version of a norm in force on one Stichtag, prepared for screening clients."""

    fassung: Optional[Fassung]  # None: not in force
    plan: Optional[compiler.Plan]
    names: list  # engine calls per stage (see Screener._prepared)
    befunde: tuple[tuple, ...]  # per requirement: its unit ("r", i), id, titel, fundstelle, art, nachweise
    parameter: dict[str, str]  # parameter name -> "value (Fundstelle)"
    ergebnis: dict  # the Ergebnis fields that do not depend on the client


def _renamed(condition: object, alias: dict[str, str]) -> object:
    """A durable condition with its field names replaced by their aliases."""
    if isinstance(condition, dict):
        return {alias.get(k, k): _renamed(v, alias) for k, v in condition.items()}  # operators and "t" stay
    if isinstance(condition, list):
        return [_renamed(c, alias) for c in condition]
    return condition


class Screener:
    """Holds the rules and one engine; screens one client after the other."""

    def __init__(self, regelwerk: Regelwerk, engine: Optional[Engine] = None) -> None:
        self.regelwerk = regelwerk
        self._eigene_engine = engine is None  # an engine passed in belongs to the caller, who closes it
        self.engine = engine or Engine()
        self._plans: dict[tuple, tuple[compiler.Plan, list[list[_Call]]]] = {}
        self._traces: dict[tuple, tuple] = {}
        self._offene: dict[int, tuple] = {}  # id of a tree -> (tree, its unknown facts, its Einzelfall reasons)
        self._used: dict[int, tuple[object, list[str]]] = {}
        self._versions: dict[tuple[str, date], _Version] = {}
        self._versions_of: Optional[Regelwerk] = None  # the rules self._versions was built from
        self._bundles: dict[tuple, _Bundle] = {}
        self._einmal: set[tuple] = set()  # combinations of versions screened once without a bundle

    def close(self) -> None:
        """Free the rule sets this screener registered in its own engine (a few MiB each); idempotent."""
        if self._eigene_engine:
            self.engine.close()
            self._plans.clear()  # registered no more: prepared again if the screener is used again
            self._bundles.clear()
            self._einmal.clear()
            self._versions.clear()
            self._versions_of = None

    def __enter__(self) -> "Screener":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- engine plumbing -------------------------------------------------
    def _prepared(self, fassung: Fassung) -> tuple[compiler.Plan, list]:
        """Compile and register a version once; per stage a list of :class:`_Call`."""
        key = (fassung.pfad, fassung.sha256, tuple(sorted(fassung.parameter.items())))
        if key in self._plans:
            return self._plans[key]
        try:
            plan = compiler.plan_cached(fassung)
        except ValueError as exc:  # too large for the engine: a defect of the rule file, reported as such
            raise RuleFileError(f"Regeldatei {fassung.pfad} ist für die Engine zu groß",
                                [Problem(fassung.pfad, "voraussetzungen", str(exc))]) from None
        suffix = hashlib.sha256(json.dumps(key).encode()).hexdigest()[:8]
        names: list[list[_Call]] = []
        try:
            for s, stage in enumerate(plan.stages):
                pathway = stage.decides == (("p", 0),)
                disc = compiler.DISCRIMINATOR_PFAD if pathway else compiler.DISCRIMINATOR_KLIENT
                stage_names = []
                for c, chunk in enumerate(stage.chunks):
                    call = self._register(f"{plan.name}#{suffix}s{s}c{c}", disc, chunk, set(stage.fields))
                    # what each tag means: the unit, its status, and the status field later stages read
                    call.outcomes.update({r.tag: (r.tag[:2], r.tag[2], f"{r.tag[0]}{r.tag[1]}", float(r.tag[2].rank)) for r in chunk})
                    stage_names.append(call)
                names.append(stage_names)
        except EngineError:  # the engine refuses what this rule file asks of it: a defect of the rule file
            raise RuleFileError(f"Regeldatei {fassung.pfad} passt nicht in die Regel-Engine", [Problem(
                fassung.pfad, "voraussetzungen",
                "die Bedingungen sind für die Engine zu groß (zu viele Alternativen, die zugleich zutreffen können); "
                "bitte die Voraussetzung aufteilen oder die Alternativen zusammenfassen")]) from None
        self._plans[key] = (plan, names)
        return plan, names

    def _register(self, name: str, discriminator: str, rules: Iterable[compiler.Rule], status_read: set[str]) -> _Call:
        """Register one chunk as a ruleset with short field names; what to send and how to read the tags."""
        rules = tuple(rules)
        read: set[str] = set()
        for r in rules:
            compiler.fields_of(r.condition, read)
        # durable parses every field name of a fact and copies the whole fact into the
        # message of every rule that fires: short names per ruleset ("a0", "a1", ...) are cheaper
        alias = {f: f"a{i}" for i, f in enumerate(sorted(read))}
        status_fields = tuple((alias[f], f) for f in sorted(read) if f in status_read)
        fact_fields = tuple((alias[f], f) for f in sorted(read) if f not in status_read)
        self.engine.register(RulesetSpec(name, discriminator, {alias[f]: float for f in read},
                                         tuple(CompiledRule(r.name, _renamed(r.condition, alias), r.tag, r.max_true, r.tag[:-1]) for r in rules)))
        return _Call(name, fact_fields, status_fields, {})

    @staticmethod
    def _bundle_key(versions: tuple[_Version, ...]) -> tuple:
        return tuple((v.fassung.pfad, v.fassung.sha256, tuple(sorted(v.fassung.parameter.items()))) for v in versions)

    def _buendel_lohnt(self, versions: tuple[_Version, ...]) -> bool:
        """Whether to screen these versions as one bundle. Registering a bundle costs about as much as
        screening a few clients one version after the other, so the first client with a combination
        of versions is screened version by version (enough for a single Vorprüfung) and the bundle is
        built when the same combination comes again, as in a caseload."""
        if not versions:
            return False
        key = self._bundle_key(versions)
        if key in self._bundles or key in self._einmal:
            return True
        self._einmal.add(key)
        return False

    def _bundle(self, versions: tuple[_Version, ...]) -> _Bundle:
        """Compile and register the versions of several norms as one bundle (once per combination)."""
        key = self._bundle_key(versions)
        hit = self._bundles.get(key)
        if hit is not None:
            return hit
        plans = [v.plan for v in versions]
        depth = max(len(p.stages) for p in plans)
        suffix = hashlib.sha256(json.dumps(key).encode()).hexdigest()[:8]
        calls: list[list[_Call]] = []
        decides: list[tuple] = []
        for s in range(depth):
            groups: list[list[compiler.Rule]] = []
            status_read: set[str] = set()
            units: list[tuple[int, tuple[str, int]]] = []
            pathway = False
            for j, p in enumerate(plans):
                k = s - (depth - len(p.stages))
                if k < 0:
                    continue
                stage = p.stages[k]
                pathway = k == len(p.stages) - 1  # right-aligned: the last bundle stage holds every pathway
                rename = {f: f"n{j}{f}" for f in stage.fields}
                status_read.update(rename.values())
                by_unit: dict[tuple, list[compiler.Rule]] = {}
                for r in (r for chunk in stage.chunks for r in chunk):
                    by_unit.setdefault(r.tag[:2], []).append(
                        compiler.Rule(f"n{j}_{r.name}", _renamed(r.condition, rename), (j, *r.tag), r.max_true, r.branches))
                groups.extend(by_unit.values())
                units += [(j, u) for u in stage.decides]
            disc = compiler.DISCRIMINATOR_PFAD if pathway else compiler.DISCRIMINATOR_KLIENT
            stage_calls = []
            for c, chunk in enumerate(compiler._chunk(groups)):
                call = self._register(f"bundle#{suffix}s{s}c{c}", disc, chunk, status_read)
                call.outcomes.update({r.tag: ((r.tag[0], r.tag[1:3]), r.tag[3], f"n{r.tag[0]}{r.tag[1]}{r.tag[2]}", float(r.tag[3].rank))
                                      for r in chunk})
                stage_calls.append(call)
            calls.append(stage_calls)
            decides.append(tuple(units))
        fields = tuple(dict.fromkeys(f for p in plans for f in p.fields))
        bundle = self._bundles[key] = _Bundle(calls, tuple(decides), fields)
        return bundle

    def _antworten(self, call: _Call, fact: dict[str, float]) -> list:
        """The tags durable-rules fires for one engine call (a subclass may remember them)."""
        return self.engine.evaluate(call.name, fact)

    def _decide_bundle(self, bundle: _Bundle, werte: dict, n: int) -> list[dict[tuple[str, int], Status]]:
        """The engine's decisions for each of the ``n`` norms of the bundle."""
        encoded = compiler.encode(werte, bundle.fields)
        decided: list[dict[tuple[str, int], Status]] = [{} for _ in range(n)]
        rank: dict[str, float] = {}
        antworten = self._antworten
        for calls, units in zip(bundle.calls, bundle.decides):
            for call in calls:
                fact = {a: encoded[f] for a, f in call.fact_fields}
                for a, f in call.status_fields:
                    fact[a] = rank[f]
                outcomes = call.outcomes
                for tag in antworten(call, fact):
                    (j, unit), status, field, number = outcomes[tag]
                    if decided[j].setdefault(unit, status) != status:
                        raise EngineError(f"{call.name}: widersprüchliche Ergebnisse für {field}")
                    rank[field] = number
            for j, unit in units:  # neither T nor F fired: ungeklärt (compile.py, module head)
                if unit not in decided[j]:
                    decided[j][unit] = Status.ungeklaert
                    rank[f"n{j}{unit[0]}{unit[1]}"] = 1.0
        return decided

    def _decide(self, plan: compiler.Plan, names: list, werte: dict) -> dict[tuple[str, int], Status]:
        encoded = compiler.encode(werte, plan.fields)
        decided: dict[tuple[str, int], Status] = {}
        rank: dict[str, float] = {}  # status fields of decided units: "k3" / "r0" -> 0, 1, 2
        antworten = self._antworten
        for stage, calls in zip(plan.stages, names):
            for call in calls:
                fact = {a: encoded[f] for a, f in call.fact_fields}
                for a, f in call.status_fields:
                    fact[a] = rank[f]
                outcomes = call.outcomes
                for tag in antworten(call, fact):
                    unit, status, field, number = outcomes[tag]
                    if decided.setdefault(unit, status) != status:
                        raise EngineError(f"{plan.name}: widersprüchliche Ergebnisse für {field}")
                    rank[field] = number
            for unit in stage.decides:  # neither T nor F fired: ungeklärt (compile.py, module head)
                if unit not in decided:
                    decided[unit] = Status.ungeklaert
                    rank[f"{unit[0]}{unit[1]}"] = 1.0
        return decided

    def _trace(self, plan: compiler.Plan, i: int, bedingung, werte: dict, parameter: dict):
        """The reference evaluator's tree of requirement ``i``, remembered per plan (version and parameters)
        and the values of the facts the requirement reads (with their types: 1 and 1.0 print differently)."""
        key = (id(plan), i, tuple([(type(x), x) for x in map(werte.get, self._facts_used(bedingung))]))
        hit = self._traces.get(key)
        if hit is not None and hit[0] is plan:
            return hit[1]
        trace = logic.evaluate(bedingung, werte, parameter)
        if len(self._traces) >= _TRACE_CACHE:
            self._traces.clear()
            self._offene.clear()
        self._traces[key] = (plan, trace)  # the plan is kept with it: its id is not reused while remembered
        return trace

    def _offen(self, trace) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The unknown facts and the Einzelfall reasons that leave the (ungeklärt) tree ``trace`` open
        (:func:`kimrules.engine.logic.relevant`), remembered as long as the tree is (:meth:`_trace`)."""
        hit = self._offene.get(id(trace))
        if hit is None or hit[0] is not trace:
            relevant = logic.relevant(trace, Status.ungeklaert)
            hit = self._offene[id(trace)] = (trace, tuple([k.fakt for k in relevant if k.art == "fakt" and k.fakt]),
                                             tuple(dict.fromkeys(k.text for k in relevant if k.art == "einzelfall")))
        return hit[1], hit[2]

    def _facts_used(self, bedingung) -> list[str]:
        hit = self._used.get(id(bedingung))
        if hit is None or hit[0] is not bedingung:
            hit = self._used[id(bedingung)] = (bedingung, facts_used(bedingung))
        return hit[1]

    # -- public API ------------------------------------------------------
    def screen(self, sachverhalt: Sachverhalt, stichtag: date, norms: Optional[Iterable[str]] = None) -> list[Ergebnis]:
        fakten = derive(sachverhalt, stichtag, self.regelwerk.parameter)  # Regelbedarfe etc. of these rules
        return self.screen_facts_all(fakten, norms)

    def screen_facts_all(self, fakten: Fakten, norms: Optional[Iterable[str]] = None) -> list[Ergebnis]:
        """Every norm (default: all of the rule set) on the same facts; the versions in force are
        evaluated together as one bundle (fewer engine calls than one norm after the other)."""
        kennungen = list(norms or self.regelwerk.norms())
        if len(kennungen) == 1:
            return [self.screen_facts(fakten, kennungen[0])]
        versions = [self._version(k, fakten.stichtag) for k in kennungen]
        active = tuple(v for v in versions if v.fassung is not None)
        if self._buendel_lohnt(active):
            decided = iter(self._decide_bundle(self._bundle(active), fakten.werte, len(active)))
        else:  # the same engine decisions, one version after the other
            decided = iter([self._decide(v.plan, v.names, fakten.werte) for v in active])
        return [self._ergebnis(v, fakten, next(decided)) if v.fassung is not None else Ergebnis(**v.ergebnis) for v in versions]

    def screen_facts(self, fakten: Fakten, kennung: str) -> Ergebnis:
        stichtag = fakten.stichtag
        version = self._version(kennung, stichtag)
        if version.fassung is None:
            return Ergebnis(**version.ergebnis)
        return self._ergebnis(version, fakten, self._decide(version.plan, version.names, fakten.werte))

    def _ergebnis(self, version: _Version, fakten: Fakten, decided: dict[tuple[str, int], Status]) -> Ergebnis:
        explain = self._explain
        befunde = tuple([
            Befund(id_, titel, fundstelle, art, decided[unit], nachweise, partial(explain, version, i, fakten, decided))
            for i, (unit, id_, titel, fundstelle, art, nachweise) in enumerate(version.befunde)
        ])
        return Ergebnis(**version.ergebnis, status=decided[("p", 0)], voraussetzungen=befunde, parameter=dict(version.parameter),
                        fragetexte=fakten.fragen)

    def _version(self, kennung: str, stichtag: date) -> _Version:
        """Everything about the version in force that does not depend on the client, cached per Stichtag."""
        if self._versions_of is not self.regelwerk:  # the rules were replaced: start over
            self._versions.clear()
            self._versions_of = self.regelwerk
        hit = self._versions.get((kennung, stichtag))
        if hit is not None:
            return hit
        fassung = self.regelwerk.select(kennung, stichtag)
        quittung_base = dict(kimrules_version=__version__, regelwerk_sha256=self.regelwerk.sha256, stichtag=stichtag.isoformat())
        if fassung is None:
            first = self.regelwerk.versionen[kennung][0].datei
            geltung = self.regelwerk.geltung(kennung, stichtag)
            normdatei = self.regelwerk.normen.get(kennung)
            if geltung is Geltung.nicht_in_kraft:
                status, quelle = Status.nicht_erfuellt, normdatei.quelle
                hinweis = f"{first.norm} ist am {format_datum(stichtag)} nicht in Kraft (in Kraft seit {format_datum(normdatei.in_kraft_seit)})."
            else:
                # the rule set does not cover that day: nothing is judged, never "nicht erfüllt"
                status, quelle = Status.ungeklaert, normdatei.quelle if normdatei else None
                hinweis = nicht_abgebildet_hinweis(first.norm, first.gueltig_ab, stichtag, normdatei)
            version = _Version(None, None, [], (), {}, dict(
                kennung=kennung, norm=first.norm, titel=first.titel, fassung=None, gueltig_ab=None, gueltig_bis=None,
                quelle=quelle, stand_hinweis=None, rechtsfolge=None, rechtsfolge_text=None, status=status,
                voraussetzungen=(),
                quittung=Quittung(regeldatei="", regeldatei_sha256="", **quittung_base),
                hinweis=hinweis, geltung=geltung.value,
            ))
        else:
            plan, names = self._prepared(fassung)
            d = fassung.datei
            version = _Version(
                fassung, plan, names,
                tuple((("r", i), v.id, v.titel, v.fundstelle, v.art.value, tuple(v.nachweise)) for i, v in enumerate(d.voraussetzungen)),
                {name: f"{value:g} ({self.regelwerk.parameter_fundstelle(name, stichtag)})" for name, value in fassung.parameter.items()
                 if name in self.regelwerk.parameter},  # practice points are named by the receipt
                dict(
                    kennung=kennung,
                    norm=d.norm,
                    titel=d.titel,
                    fassung=d.fassung,
                    gueltig_ab=d.gueltig_ab.isoformat(),
                    gueltig_bis=fassung.gueltig_bis.isoformat() if fassung.gueltig_bis else None,
                    quelle=d.quelle,
                    stand_hinweis=d.stand_hinweis,
                    rechtsfolge=d.rechtsfolge.value,
                    rechtsfolge_text=d.rechtsfolge_text,
                    quittung=Quittung(regeldatei=fassung.pfad, regeldatei_sha256=fassung.sha256, praxis=fassung.praxis, **quittung_base),
                ),
            )
            if d.keine_neuerteilung is not None:  # nothing is granted any more: say so on every result of this version
                version.ergebnis.update(hinweis=d.keine_neuerteilung.hinweis, keine_neuerteilung_ab=d.keine_neuerteilung.ab.isoformat())
        if len(self._versions) >= _VERSION_CACHE:
            self._versions.clear()
        self._versions[(kennung, stichtag)] = version
        return version

    def _explain(self, version: _Version, i: int, fakten: Fakten, decided: dict) -> Erklaerung:
        """The explanation of requirement ``i``, cross-checked against the engine's decisions."""
        fassung, plan = version.fassung, version.plan
        v = fassung.datei.voraussetzungen[i]
        status = decided[("r", i)]
        hoisted = [(decided[("k", n)], path) for n, (req, path) in enumerate(plan.hoisted) if req == i]
        trace = self._trace(plan, i, v.bedingung, fakten.werte, fassung.parameter)
        checks = [(trace, status, None)] + [(logic.node_at(trace, path), st, path) for st, path in hoisted]
        for knoten, engine_status, path in checks:
            if knoten.status != engine_status:
                what = f"Voraussetzung {v.id}" if path is None else f"Teilbedingung {v.id}/{'.'.join(map(str, path))}"
                raise EngineError(
                    f"{plan.name}: Engine ({engine_status.value}) und Referenzauswertung ({knoten.status.value}) "
                    f"uneinig bei {what}; bitte als Fehler melden"
                )
        offen, einzelfall = self._offen(trace) if status == Status.ungeklaert else ((), ())
        fragen = fakten.fragen
        fehlend = tuple(dict.fromkeys([fragen.get(name) or catalog.FAKTEN[name].frage for name in offen]))
        if status == Status.nicht_erfuellt:
            schritt: Optional[str] = v.wenn_nicht_erfuellt
        elif status == Status.ungeklaert:
            schritt = v.wenn_ungeklaert or ("Fehlende Angaben klären." if fehlend else "Einzelfallprüfung durch die Behörde.")
        else:
            schritt = None
        used = self._facts_used(v.bedingung)
        herleitung = fakten.herleitung
        return Erklaerung(
            baum=trace,  # the Herleitung sentences below are built when they are read
            fakten=lambda: {catalog.FAKTEN[name].titel: herleitung.get(name, "") for name in used},
            fehlend=fehlend,
            einzelfall=einzelfall,
            naechster_schritt=schritt,
        )
