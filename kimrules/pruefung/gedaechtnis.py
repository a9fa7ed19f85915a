"""A Screener that remembers durable-rules' decisions: per version, requirement and the values it reads.

In a caseload the same decision is asked for again and again: over 10,000 generated clients 97 %
of the decisions (one requirement of one version on the values of the facts it reads) repeat.
:class:`MerkenderScreener` asks durable-rules exactly as :class:`kimrules.screening.Screener` does,
and remembers, for every unit an engine call decides (a requirement, a hoisted part of one, or a
pathway), the engine's answer under the key (ruleset of that version, unit, classes of the values
of the fields the unit's rules read). When every unit of a call is remembered, the call is not
made again and the remembered answers are used; otherwise the call is made and every unit's
answer is stored. When only a few units of a call are unknown (:data:`SOLO`), the engine is asked
about each of them alone instead, in a ruleset of that unit's rules only (registered on first use,
about 0.3 MB each): the same rules decide the same way, and a call of one unit costs a fraction
of the whole call (the pathway units, whose 13 requirement statuses combine anew for most
clients, are the usual case). A whole call is also remembered under the classes of all the
fields it sends, so a call seen before costs one lookup; where whole calls hardly ever repeat
(the stages of a bundle of all pathways read 40 to 80 fields), they are no longer kept after
:data:`PROBE` new ones.

The class of a value (:class:`_Klassen`): the compiled rules compare every field only with numbers
(``$lt``, ``$lte``, ``$gt``, ``$gte`` against constants, :mod:`kimrules.engine.compile`). Two values
of a field that lie on the same side of every split those comparisons make (:mod:`kimrules.engine.klassen`:
``x >= 72`` splits before 72, ``x > 18`` after 18) make every one of them come out the same, so durable
fires the same rules for them. A ruleset that reads a field in any other way keeps the exact values as
its key.

This is sound because durable-rules decides each unit from its own rules only, and those read
only the fields in the key (the ruleset name carries the version and its parameters). The engine
stays the only evaluator: nothing is decided that durable-rules did not decide before on values
of the same classes. The memory is bounded (:data:`GRENZE` entries, then it starts over); the rulesets
of single units are registered once per unit of each combination of versions used (about 0.3 MB each) and
freed with the screener (:meth:`MerkenderScreener.close`).
"""

from __future__ import annotations

from bisect import bisect_right
from operator import itemgetter
from typing import Any, Callable, Iterable, Optional

from kimrules.engine import compile as compiler, klassen
from kimrules.pruefung.screening import Screener, _Call

# remembered decisions per process, then the memory starts over: an entry is 0.1 kB (a unit) to 0.5 kB (a whole
# call of 40-80 fields), so at most about 40-200 MB; 21,600 generated clients in one process needed 55,000
GRENZE = 400_000
PROBE = 1_000  # new whole calls of a ruleset after which they are no longer kept if under a tenth of its calls were repeats
SOLO = 2  # at most this many units of a call unknown: the engine is asked about each alone (see the module head)
_FEHLT = object()
_VERGLEICHE = frozenset({"$lt", "$lte", "$gt", "$gte"})  # durable's comparisons with a number


def _konstanten(condition: object, out: dict[str, set[tuple[str, float]]]) -> bool:
    """Add, per field, the comparisons ``(operator, constant)`` ``condition`` makes with it; False if it
    reads a field in any other way (then its values are not put into classes)."""
    if not isinstance(condition, dict):
        return False
    for key, value in condition.items():
        if key in ("$and", "$or"):
            if not all(_konstanten(part, out) for part in value):
                return False
        elif key in _VERGLEICHE:
            for feld, wert in value.items():
                if isinstance(wert, bool) or not isinstance(wert, (int, float)):
                    return False
                out.setdefault(feld, set()).add((key, float(wert)))
        elif key != "t":
            return False
    return True


class _Klassen:
    """What one registered ruleset needs to key its answers: the fields in the order the fact
    carries them, their class bounds (None: exact values) and, per unit, the positions it reads."""

    __slots__ = ("werte", "grenzen", "einheiten", "ganz", "je_einheit", "regeln", "solo", "art", "versuche", "ganz_treffer")

    def __init__(self, felder: tuple[str, ...], grenzen: Optional[tuple[tuple[float, ...], ...]],
                 einheiten: tuple[tuple[tuple, tuple[int, ...]], ...], regeln: tuple[tuple[compiler.Rule, ...], ...],
                 art: tuple[str, set[str], dict[str, str]]) -> None:
        self.werte: Callable[[dict], tuple] = _getter(felder)
        self.grenzen = grenzen
        self.einheiten = tuple((einheit, _getter(positionen)) for einheit, positionen in einheiten)
        self.ganz: Optional[dict[tuple, list]] = {}  # classes of every field -> the tags fired (None: not kept, see PROBE)
        self.versuche = self.ganz_treffer = 0  # whole calls not seen before / answered as a whole from memory
        self.je_einheit: tuple[dict, ...] = tuple({} for _ in einheiten)  # per unit: its classes -> its tag (None: none)
        self.regeln = regeln  # per unit: its rules, for a ruleset of that unit alone
        self.solo: list[Optional[tuple[str, tuple[tuple[str, str], ...]]]] = [None] * len(einheiten)
        self.art = art  # discriminator, status fields, alias of each field in the call

    def schluessel(self, fact: dict[str, float]) -> tuple:
        werte = self.werte(fact)
        if self.grenzen is None:
            return werte
        return tuple(map(bisect_right, self.grenzen, werte))


def _getter(positionen: tuple) -> Callable[[Any], tuple]:
    """``itemgetter`` that always gives a tuple (also for one or no position)."""
    if not positionen:
        return lambda _: ()
    if len(positionen) == 1:
        (p,) = positionen
        return lambda x: (x[p],)
    return itemgetter(*positionen)


class MerkenderScreener(Screener):
    """:class:`Screener` with the memory of decisions described in the module head."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._klassen: dict[str, _Klassen] = {}
        self._anzahl = 0  # remembered entries (whole calls and units)
        self.treffer = self.anfragen = 0

    def _register(self, name: str, discriminator: str, rules: Iterable[compiler.Rule], status_read: set[str]) -> _Call:
        rules = tuple(rules)
        call = super()._register(name, discriminator, rules, status_read)
        felder = tuple(a for a, _ in (*call.fact_fields, *call.status_fields))  # the order _decide builds the fact in
        alias = {f: a for a, f in (*call.fact_fields, *call.status_fields)}
        position = {a: i for i, a in enumerate(felder)}
        gelesen: dict[tuple, set[str]] = {}
        regeln: dict[tuple, list[compiler.Rule]] = {}
        konstanten: dict[str, set[tuple[str, float]]] = {}
        vergleichbar = True
        for r in rules:
            gelesen.setdefault(r.tag[:-1], set()).update(alias[f] for f in compiler.fields_of(r.condition))
            regeln.setdefault(r.tag[:-1], []).append(r)
            vergleichbar = _konstanten(r.condition, konstanten) and vergleichbar
        grenzen = tuple(klassen.grenzen(konstanten.get(f, ())) for _, f in (*call.fact_fields, *call.status_fields)) if vergleichbar else None
        self._klassen[name] = _Klassen(
            felder, grenzen, tuple((einheit, tuple(sorted(position[a] for a in f))) for einheit, f in gelesen.items()),
            tuple(tuple(regeln[einheit]) for einheit in gelesen), (discriminator, set(status_read), alias))
        return call

    def _solo(self, name: str, k: _Klassen, i: int) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The ruleset of unit ``i`` of call ``name`` alone (registered on first use) and, per field it
        reads, the field of the call's fact it takes the value from."""
        hit = k.solo[i]
        if hit is None:
            discriminator, status_read, alias = k.art
            solo = Screener._register(self, f"{name}u{i}", discriminator, k.regeln[i], status_read)
            hit = k.solo[i] = (solo.name, tuple((a, alias[f]) for a, f in (*solo.fact_fields, *solo.status_fields)))
        return hit

    def _antworten(self, call: _Call, fact: dict[str, float]) -> list:
        """The tags the engine fires for ``fact`` (remembered or asked), grouped by unit."""
        k = self._klassen[call.name]
        self.anfragen += 1
        schluessel = k.schluessel(fact)
        ganz = k.ganz
        if ganz is not None:
            hit = ganz.get(schluessel)
            if hit is not None:
                self.treffer += 1
                k.ganz_treffer += 1
                return hit
            k.versuche += 1
            if k.versuche == PROBE and k.ganz_treffer * 9 < PROBE:  # under a tenth of the calls were repeats: stop keeping them
                self._anzahl -= len(ganz)
                ganz = k.ganz = None
        teile = [(m, get(schluessel)) for m, (_, get) in zip(k.je_einheit, k.einheiten)]
        antworten = [m.get(s, _FEHLT) for m, s in teile]
        if _FEHLT not in antworten:
            self.treffer += 1
            fired = [a for a in antworten if a is not None]
        elif antworten.count(_FEHLT) <= SOLO and len(antworten) > 1:
            fired = [a for a in antworten if a is not None and a is not _FEHLT]
            for i, a in enumerate(antworten):
                if a is _FEHLT:
                    solo, felder = self._solo(call.name, k, i)
                    tags = self.engine.evaluate(solo, {b: fact[a] for b, a in felder})
                    fired += tags
                    if len(tags) > 1:  # two answers for one unit are an EngineError (Screener._decide): never remembered
                        return fired
                    m, s = teile[i]
                    m[s] = next(iter(tags)) if tags else None
                    self._anzahl += 1
        else:
            fired = list(self.engine.evaluate(call.name, fact))
            je_einheit: dict[tuple, list] = {}
            for tag in fired:
                je_einheit.setdefault(tag[:-1], []).append(tag)
            for (m, s), (einheit, _), a in zip(teile, k.einheiten, antworten):
                tags = je_einheit.get(einheit, [])
                if len(tags) > 1:  # two answers for one unit are an EngineError (Screener._decide): never remembered
                    return fired
                if a is _FEHLT:
                    m[s] = tags[0] if tags else None
                    self._anzahl += 1
        if self._anzahl > GRENZE:
            self._vergessen()
        elif ganz is not None:
            ganz[schluessel] = fired
            self._anzahl += 1
        return fired

    def close(self) -> None:
        """Free the rulesets (also those of single units, in the same engine) and the memory; idempotent."""
        super().close()
        if self._eigene_engine:  # the rulesets are gone: what refers to them is registered again on use
            self._klassen.clear()
            self._anzahl = 0

    def _vergessen(self) -> None:
        """Start the memory over (it is bounded)."""
        for k in self._klassen.values():
            if k.ganz is not None:
                k.ganz.clear()
            for m in k.je_einheit:
                m.clear()
        self._anzahl = 0

