"""Screen a client on a Stichtag: select the law in force, evaluate it in durable-rules, explain.

For each norm: the version in force on the Stichtag is selected (LAW.md G3),
compiled (:mod:`kimrules.compile`) and evaluated stage by stage in the engine
(:mod:`kimrules.engine`); every requirement's and the pathway's status is the one
durable-rules decided. The explanation tree of each requirement is recorded in
the same call by the reference evaluator (:mod:`kimrules.logic`) on the same
facts and must agree with the engine on every decided node, otherwise the
screening fails with an :class:`EngineError` instead of giving a wrong answer.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from functools import partial
from typing import Iterable, NamedTuple, Optional

from kimrules import __version__, catalog, compile as compiler, logic
from kimrules.conditions import facts_used
from kimrules.dates import format_datum
from kimrules.derive import Fakten, derive
from kimrules.engine import CompiledRule, Engine, RulesetSpec
from kimrules.errors import EngineError
from kimrules.facts import Sachverhalt
from kimrules.outcome import Befund, Erklaerung, Ergebnis, Quittung, Status
from kimrules.rules import Fassung, Regelwerk

VORPRUEFUNG = (
    "Vorprüfung – keine Entscheidung. Die Ausländer- bzw. Einbürgerungsbehörde entscheidet; "
    "Ermessen und Einzelfall bleiben ihr vorbehalten."
)


class _Call(NamedTuple):
    """One engine call of a stage: the ruleset and what to send and read back."""

    name: str  # ruleset
    fact_fields: tuple[tuple[str, str], ...]  # (field in the ruleset, encoded client fact) it reads
    status_fields: tuple[tuple[str, str], ...]  # (field in the ruleset, status of an earlier stage) it reads
    outcomes: dict  # tag -> (unit, status, status field, rank as float)


_VERSION_CACHE = 1024  # (norm, Stichtag) pairs kept by a Screener


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
        self.engine = engine or Engine()
        self._plans: dict[tuple, tuple[compiler.Plan, list[list[_Call]]]] = {}
        self._used: dict[int, tuple[object, list[str]]] = {}
        self._versions: dict[tuple[str, date], _Version] = {}
        self._versions_of: Optional[Regelwerk] = None  # the rules self._versions was built from

    # -- engine plumbing -------------------------------------------------
    def _prepared(self, fassung: Fassung) -> tuple[compiler.Plan, list]:
        """Compile and register a version once; per stage a list of :class:`_Call`."""
        key = (fassung.pfad, fassung.sha256, tuple(sorted(fassung.parameter.items())))
        if key in self._plans:
            return self._plans[key]
        plan = compiler.plan(fassung)
        suffix = hashlib.sha256(json.dumps(key).encode()).hexdigest()[:8]
        names: list[list[_Call]] = []
        for s, stage in enumerate(plan.stages):
            pathway = stage.decides == (("p", 0),)
            disc = compiler.DISCRIMINATOR_PFAD if pathway else compiler.DISCRIMINATOR_KLIENT
            stage_names = []
            for c, chunk in enumerate(stage.chunks):
                name = f"{plan.name}#{suffix}s{s}c{c}"
                read: set[str] = set()
                for r in chunk:
                    compiler.fields_of(r.condition, read)
                # durable parses every field name of a fact and copies the whole fact into the
                # message of every rule that fires: short names per ruleset ("a0", "a1", ...) are cheaper
                alias = {f: f"a{i}" for i, f in enumerate(sorted(read))}
                status_fields = tuple((alias[f], f) for f in sorted(read) if f in stage.fields)
                fact_fields = tuple((alias[f], f) for f in sorted(read) if f not in stage.fields)
                rules = tuple(CompiledRule(r.name, _renamed(r.condition, alias), r.tag, r.max_true, r.tag[:2]) for r in chunk)
                self.engine.register(RulesetSpec(name, disc, {alias[f]: float for f in read}, rules))
                # what each tag means: the unit, its status, and the status field later stages read
                outcomes = {r.tag: (r.tag[:2], r.tag[2], f"{r.tag[0]}{r.tag[1]}", float(r.tag[2].rank)) for r in chunk}
                stage_names.append(_Call(name, fact_fields, status_fields, outcomes))
            names.append(stage_names)
        self._plans[key] = (plan, names)
        return plan, names

    def _decide(self, plan: compiler.Plan, names: list, werte: dict) -> dict[tuple[str, int], Status]:
        encoded = compiler.encode(werte, plan.fields)
        decided: dict[tuple[str, int], Status] = {}
        rank: dict[str, float] = {}  # status fields of decided units: "k3" / "r0" -> 0, 1, 2
        evaluate = self.engine.evaluate
        expected = 0  # units decided so far; each call only reports units of its own stage
        for stage, calls in zip(plan.stages, names):
            for call in calls:
                fact = {a: encoded[f] for a, f in call.fact_fields}
                for a, f in call.status_fields:
                    fact[a] = rank[f]
                outcomes = call.outcomes
                for tag in evaluate(call.name, fact):
                    unit, status, field, number = outcomes[tag]
                    if decided.setdefault(unit, status) != status:
                        raise EngineError(f"{plan.name}: widersprüchliche Ergebnisse für {field}")
                    rank[field] = number
            expected += len(stage.decides)
            if len(decided) != expected:
                missing = [u for u in stage.decides if u not in decided]
                raise EngineError(f"{plan.name}: kein Ergebnis der Engine für {missing}")
        return decided

    def _facts_used(self, bedingung) -> list[str]:
        hit = self._used.get(id(bedingung))
        if hit is None or hit[0] is not bedingung:
            hit = self._used[id(bedingung)] = (bedingung, facts_used(bedingung))
        return hit[1]

    # -- public API ------------------------------------------------------
    def screen(self, sachverhalt: Sachverhalt, stichtag: date, norms: Optional[Iterable[str]] = None) -> list[Ergebnis]:
        fakten = derive(sachverhalt, stichtag)
        return [self.screen_facts(fakten, kennung) for kennung in (norms or self.regelwerk.norms())]

    def screen_facts(self, fakten: Fakten, kennung: str) -> Ergebnis:
        stichtag = fakten.stichtag
        version = self._version(kennung, stichtag)
        if version.fassung is None:
            return Ergebnis(**version.ergebnis)
        decided = self._decide(version.plan, version.names, fakten.werte)
        explain = self._explain
        befunde = tuple([
            Befund(id_, titel, fundstelle, art, decided[unit], nachweise, partial(explain, version, i, fakten, decided))
            for i, (unit, id_, titel, fundstelle, art, nachweise) in enumerate(version.befunde)
        ])
        return Ergebnis(**version.ergebnis, status=decided[("p", 0)], voraussetzungen=befunde, parameter=dict(version.parameter))

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
            version = _Version(None, None, [], (), {}, dict(
                kennung=kennung, norm=first.norm, titel=first.titel, fassung=None, gueltig_ab=None, gueltig_bis=None,
                quelle=None, stand_hinweis=None, rechtsfolge=None, rechtsfolge_text=None, status=Status.nicht_erfuellt,
                voraussetzungen=(),
                quittung=Quittung(regeldatei="", regeldatei_sha256="", **quittung_base),
                hinweis=f"{first.norm} ist am {format_datum(stichtag)} nicht in Kraft.",
            ))
        else:
            plan, names = self._prepared(fassung)
            d = fassung.datei
            version = _Version(
                fassung, plan, names,
                tuple((("r", i), v.id, v.titel, v.fundstelle, v.art.value, tuple(v.nachweise)) for i, v in enumerate(d.voraussetzungen)),
                {name: f"{value:g} ({self.regelwerk.parameter_fundstelle(name, stichtag)})" for name, value in fassung.parameter.items()},
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
                    quittung=Quittung(regeldatei=fassung.pfad, regeldatei_sha256=fassung.sha256, **quittung_base),
                ),
            )
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
        trace = logic.evaluate(v.bedingung, fakten.werte, fassung.parameter)
        checks = [(trace, status, f"Voraussetzung {v.id}")]
        checks += [(logic.node_at(trace, path), st, f"Teilbedingung {v.id}/{'.'.join(map(str, path))}") for st, path in hoisted]
        for knoten, engine_status, what in checks:
            if knoten.status != engine_status:
                raise EngineError(
                    f"{plan.name}: Engine ({engine_status.value}) und Referenzauswertung ({knoten.status.value}) "
                    f"uneinig bei {what}; bitte als Fehler melden"
                )
        relevant = logic.relevant(trace, Status.ungeklaert) if status == Status.ungeklaert else []
        fehlend = tuple(dict.fromkeys(catalog.FAKTEN[k.fakt].frage for k in relevant if k.art == "fakt" and k.fakt))
        einzelfall = tuple(dict.fromkeys(k.text for k in relevant if k.art == "einzelfall"))
        if status == Status.nicht_erfuellt:
            schritt: Optional[str] = v.wenn_nicht_erfuellt
        elif status == Status.ungeklaert:
            schritt = v.wenn_ungeklaert or ("Fehlende Angaben klären." if fehlend else "Einzelfallprüfung durch die Behörde.")
        else:
            schritt = None
        used = self._facts_used(v.bedingung)
        return Erklaerung(
            baum=trace,
            fakten={catalog.FAKTEN[name].titel: fakten.herleitung.get(name, "") for name in used},
            fehlend=fehlend,
            einzelfall=einzelfall,
            naechster_schritt=schritt,
        )
