"""A Screener that remembers durable-rules' decisions: per version, requirement and the values it reads.

In a caseload the same decision is asked for again and again: over 10,000 generated clients 97 %
of the decisions (one requirement of one version on the values of the facts it reads) repeat.
:class:`MerkenderScreener` asks durable-rules exactly as :class:`kimrules.screening.Screener` does,
and remembers, for every unit an engine call decides (a requirement, a hoisted part of one, or a
pathway), the engine's answer under the key (ruleset of that version, unit, values of the fields
the unit's rules read). When every unit of a call is remembered, the call is not made again and
the remembered answers are used; otherwise the call is made and every unit's answer is stored.

This is sound because durable-rules decides each unit from its own rules only, and those read
only the fields in the key (the ruleset name carries the version and its parameters). The engine
stays the only evaluator: nothing is decided that durable-rules did not decide before on the same
values. The memory is bounded (:data:`GRENZE` entries, then it starts over).
"""

from __future__ import annotations

from typing import Any, Iterable

from kimrules.engine import compile as compiler
from kimrules.pruefung.screening import Screener, _Call

GRENZE = 400_000  # remembered decisions per process (about 60 MB), then the memory starts over
_FEHLT = object()


class MerkenderScreener(Screener):
    """:class:`Screener` with the memory of decisions described in the module head."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._einheiten: dict[str, tuple[tuple[tuple, tuple[str, ...]], ...]] = {}
        self._gemerkt: dict[tuple, Any] = {}
        self.treffer = self.anfragen = 0

    def _register(self, name: str, discriminator: str, rules: Iterable[compiler.Rule], status_read: set[str]) -> _Call:
        rules = tuple(rules)
        call = super()._register(name, discriminator, rules, status_read)
        alias = {f: a for a, f in (*call.fact_fields, *call.status_fields)}
        felder: dict[tuple, set[str]] = {}
        for r in rules:
            felder.setdefault(r.tag[:-1], set()).update(alias[f] for f in compiler.fields_of(r.condition))
        self._einheiten[name] = tuple((einheit, tuple(sorted(f))) for einheit, f in felder.items())
        return call

    def _antworten(self, call: _Call, fact: dict[str, float]) -> list:
        """The tags the engine fires for ``fact`` (remembered or asked), grouped by unit."""
        einheiten = self._einheiten[call.name]
        gemerkt = self._gemerkt
        self.anfragen += 1
        schluessel = [(call.name, einheit, tuple([fact[a] for a in felder])) for einheit, felder in einheiten]
        antworten = [gemerkt.get(k, _FEHLT) for k in schluessel]
        if _FEHLT not in antworten:
            self.treffer += 1
            return [a for a in antworten if a is not None]
        fired = self.engine.evaluate(call.name, fact)
        je_einheit: dict[tuple, list] = {}
        for tag in fired:
            je_einheit.setdefault(tag[:-1], []).append(tag)
        if len(gemerkt) > GRENZE:
            gemerkt.clear()
        for k, (einheit, _) in zip(schluessel, einheiten):
            tags = je_einheit.get(einheit, [])
            if len(tags) <= 1:  # two answers for one unit are an EngineError (Screener._decide): never remembered
                gemerkt[k] = tags[0] if tags else None
        return list(fired)
