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
from typing import Iterable, Optional

from kimrules import __version__, catalog, compile as compiler, logic
from kimrules.conditions import facts_used
from kimrules.dates import format_datum
from kimrules.derive import Fakten, derive
from kimrules.engine import CompiledRule, Engine, RulesetSpec
from kimrules.errors import EngineError
from kimrules.facts import Sachverhalt
from kimrules.outcome import Befund, Erklaerung, Ergebnis, Knoten, Quittung, Status
from kimrules.rules import Fassung, Regelwerk

VORPRUEFUNG = (
    "Vorprüfung – keine Entscheidung. Die Ausländer- bzw. Einbürgerungsbehörde entscheidet; "
    "Ermessen und Einzelfall bleiben ihr vorbehalten."
)


def _node_at(knoten: Knoten, path: tuple) -> Knoten:
    for part in path:
        if isinstance(part, int):
            knoten = knoten.kinder[part]
        elif part == "nicht":
            knoten = knoten.kinder[0]
    return knoten


class Screener:
    """Holds the rules and one engine; screens one client after the other."""

    def __init__(self, regelwerk: Regelwerk, engine: Optional[Engine] = None) -> None:
        self.regelwerk = regelwerk
        self.engine = engine or Engine()
        self._plans: dict[tuple, tuple[compiler.Plan, list[list[tuple[str, tuple[str, ...], tuple[str, ...]]]]]] = {}
        self._used: dict[int, tuple[object, list[str]]] = {}

    # -- engine plumbing -------------------------------------------------
    def _prepared(self, fassung: Fassung) -> tuple[compiler.Plan, list]:
        """Compile and register a version once; per stage: (ruleset name, fact fields, status fields)."""
        key = (fassung.pfad, fassung.sha256, tuple(sorted(fassung.parameter.items())))
        if key in self._plans:
            return self._plans[key]
        plan = compiler.plan(fassung)
        suffix = hashlib.sha256(json.dumps(key).encode()).hexdigest()[:8]
        names: list[list[tuple[str, tuple[str, ...], tuple[str, ...]]]] = []
        for s, stage in enumerate(plan.stages):
            pathway = stage.decides == (("p", 0),)
            disc = compiler.DISCRIMINATOR_PFAD if pathway else compiler.DISCRIMINATOR_KLIENT
            stage_names = []
            for c, chunk in enumerate(stage.chunks):
                name = f"{plan.name}#{suffix}s{s}c{c}"
                read: set[str] = set()
                for r in chunk:
                    compiler.fields_of(r.condition, read)
                status_fields = tuple(sorted(f for f in read if f in stage.fields))
                fact_fields = tuple(sorted(f for f in read if f not in stage.fields))
                rules = tuple(CompiledRule(r.name, r.condition, r.tag, r.max_true, r.tag[:2]) for r in chunk)
                self.engine.register(RulesetSpec(name, disc, {f: float for f in read}, rules))
                stage_names.append((name, fact_fields, status_fields))
            names.append(stage_names)
        self._plans[key] = (plan, names)
        return plan, names

    def _decide(self, plan: compiler.Plan, names: list, werte: dict) -> dict[tuple[str, int], Status]:
        encoded = compiler.encode(werte, plan.fields)
        decided: dict[tuple[str, int], Status] = {}
        rank: dict[str, float] = {}  # status fields of decided units: "k3" / "r0" -> 0, 1, 2
        for stage, stage_names in zip(plan.stages, names):
            for name, fact_fields, status_fields in stage_names:
                fact = {f: encoded[f] for f in fact_fields}
                for f in status_fields:
                    fact[f] = rank[f]
                for kind, index, status in self.engine.evaluate(name, fact):
                    unit = (kind, index)
                    if decided.get(unit, status) != status:
                        raise EngineError(f"{plan.name}: widersprüchliche Ergebnisse für {kind}{index}")
                    decided[unit] = status
                    rank[f"{kind}{index}"] = float(status.rank)
            missing = [u for u in stage.decides if u not in decided]
            if missing:
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
        fassung = self.regelwerk.select(kennung, stichtag)
        quittung_base = dict(kimrules_version=__version__, regelwerk_sha256=self.regelwerk.sha256, stichtag=stichtag.isoformat())
        if fassung is None:
            first = self.regelwerk.versionen[kennung][0].datei
            return Ergebnis(
                kennung=kennung, norm=first.norm, titel=first.titel, fassung=None, gueltig_ab=None, gueltig_bis=None,
                quelle=None, stand_hinweis=None, rechtsfolge=None, rechtsfolge_text=None, status=Status.nicht_erfuellt,
                voraussetzungen=(),
                quittung=Quittung(regeldatei="", regeldatei_sha256="", **quittung_base),
                hinweis=f"{first.norm} ist am {format_datum(stichtag)} nicht in Kraft.",
            )
        plan, names = self._prepared(fassung)
        decided = self._decide(plan, names, fakten.werte)
        befunde = tuple(self._befund(fassung, i, fakten, decided, plan) for i in range(plan.n_requirements))
        d = fassung.datei
        return Ergebnis(
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
            status=decided[("p", 0)],
            voraussetzungen=befunde,
            quittung=Quittung(regeldatei=fassung.pfad, regeldatei_sha256=fassung.sha256, **quittung_base),
            parameter={
                name: f"{value:g} ({self.regelwerk.parameter_fundstelle(name, stichtag)})" for name, value in fassung.parameter.items()
            },
        )

    def _befund(self, fassung: Fassung, i: int, fakten: Fakten, decided: dict, plan: compiler.Plan) -> Befund:
        v = fassung.datei.voraussetzungen[i]
        status = decided[("r", i)]
        hoisted = [(decided[("k", n)], path) for n, (req, path) in enumerate(plan.hoisted) if req == i]

        def explain() -> Erklaerung:
            trace = logic.evaluate(v.bedingung, fakten.werte, fassung.parameter)
            checks = [(trace, status, f"Voraussetzung {v.id}")]
            checks += [(_node_at(trace, path), st, f"Teilbedingung {v.id}/{'.'.join(map(str, path))}") for st, path in hoisted]
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

        return Befund(v.id, v.titel, v.fundstelle, v.art.value, status, tuple(v.nachweise), explain)
