"""Thin, safe wrapper around durable-rules 2.0.28; the only module that imports durable.

One :class:`Engine` owns one durable ``Host``. Callers register :class:`RulesetSpec` objects
(compiled elsewhere) and evaluate one fact at a time; they get back the tags of the rules
that fired. Traps of durable-rules 2.0.28, measured (12, 13: measured for this module):

==  ==================================================  ====================================================
#   durable trap                                        countermeasure here
==  ==================================================  ====================================================
1   every Host starts 2 re-arming poller threads        ``_QuietHost._run`` does nothing
2   sids collide (32-bit FNV-1a), sessions get shared   one fixed sid, never a caller id
3   ``MemoryError`` at 1024 live sessions               ``delete_state`` in ``finally``; one call at a time
4   exceptions in actions are swallowed                 no Python code runs inside durable: the wrapper
                                                        drives the action queue, records errors, raises
5   ``$or``/``any`` fire once per true branch           actions only add the tag to a set
6   loose condition matches the state object, loops     lint: positive ``t`` test on top; catch-all rule
7   > 512 (DNF-expanded) rules hang in C                refuse > ``MAX_RULES_PER_RULESET`` branches
8   > 64 true conditions per fact: error 303            refuse sum(max_true_branches)+1 > ``MAX_TRUE_BRANCHES``
                                                        (an exclusive group counts its largest rule once)
9   a missing field makes every test false, even $neq   ``$neq`` refused; undeclared fields refused
10  ``"20" >= 10`` is true (coercion)                   fact values checked against ``field_types``
11  3.12: DeprecationWarning per action (_unix_now)     ``_unix_now`` replaced by ``time.time``
12  actions running > 10 s: rest dropped silently       durable's Python action loop (with the lease) unused
13  delete_state segfaults if every assert failed       a failed assert is not followed by delete_state
==  ==================================================  ====================================================

>>> spec = RulesetSpec("demo@1", "klient", {"alter_jahre": int}, (CompiledRule(
...     "volljaehrig", {"$and": [{"t": "klient"}, {"$gte": {"alter_jahre": 18}}]}, "volljaehrig"),))
>>> engine = Engine()
>>> engine.register(spec)
>>> engine.evaluate("demo@1", {"alter_jahre": 20}), engine.evaluate("demo@1", {})
(frozenset({'volljaehrig'}), frozenset())
>>> engine.close()
"""

from __future__ import annotations

import contextlib
import json
import math
import threading
import time
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, field

import durable_rules_engine as _dre
from durable import engine as _durable

from kimrules.basis.errors import EngineError

MAX_RULES_PER_RULESET = 400  # durable hangs in C at >= 512 rules
MAX_TRUE_BRANCHES = 62  # durable fails with error 303 above 64 simultaneously true conditions (measured)
MAX_FIELDS = 200  # durable fails with error 302 at about 250 properties per fact

_SID = "kimrules"  # the only sid ever used (trap 2)
_CATCH_ALL = "kimrules_catch_all"
_RESERVED = frozenset({"t", "id", "sid"})
_INT_RANGE = range(-(2**63), 2**63)  # durable stores integers as int64
_FIELD_OPS = frozenset({"$lt", "$lte", "$gt", "$gte", "$ex", "$nex", "$mt", "$imt"})
_TYPES = (bool, int, float, str)
_FLOAT = frozenset({float})


@dataclass(frozen=True)
class CompiledRule:
    name: str  # unique within its ruleset, ASCII
    condition: dict  # durable JSON expression for ONE fact
    tag: Hashable  # returned when the rule fires
    max_true_branches: int = 1  # DNF branches of `condition` that can be true at once
    exclusive_group: Hashable = None  # rules of one group never hold together (e.g. T/F/U of one requirement)


@dataclass(frozen=True)
class RulesetSpec:
    name: str  # e.g. "aufenthg_25b@2022-12-31#1"
    discriminator: str  # value of "t" every condition must test positively
    field_types: Mapping[str, type]  # allowed fact fields: bool, int, float, str
    rules: tuple[CompiledRule, ...]


def _unix_now() -> float:
    """Stands in for ``durable.engine._unix_now``; durable only uses differences of it."""
    return time.time()


if not getattr(_durable._unix_now, "kimrules_replacement", False):  # trap 11, patch only once
    _unix_now.kimrules_replacement = True  # type: ignore[attr-defined]
    _durable._unix_now = _unix_now


class _QuietHost(_durable.Host):
    def _run(self) -> None:  # trap 1: no pollers; actions run inside assert_fact
        pass


def _value_problem(value: object, ftype: type | None) -> str | None:
    vt = type(value)
    if ftype is None:
        return "ist nicht in field_types deklariert"
    if vt is not ftype and not (vt is int and ftype is float):
        return f"hat den Typ {vt.__name__}, erwartet {ftype.__name__}"
    if vt is float and not math.isfinite(value):  # type: ignore[arg-type]
        return "ist keine endliche Zahl"
    if vt is int and value not in _INT_RANGE:
        return "passt nicht in 64 Bit"
    return None


def _lint_expr(expr: object, types: Mapping[str, type], where: str, out: list[str]) -> int:
    """Append the problems of `expr` to `out`; return its number of DNF branches."""
    if not (isinstance(expr, dict) and len(expr) == 1):
        out.append(f"{where}: jeder Ausdruck braucht genau einen Schluessel, nicht {expr!r}")
        return 1
    ((op, arg),) = expr.items()
    if op in ("$and", "$or"):
        if not (isinstance(arg, list) and arg):
            out.append(f"{where}: {op} braucht eine nichtleere Liste")
            return 1
        counts = [_lint_expr(e, types, where, out) for e in arg]
        return sum(counts) if op == "$or" else math.prod(counts)
    if op == "$neq":
        out.append(f"{where}: $neq ist verboten (ein fehlendes Feld macht auch $neq falsch); "
                   "Unbekanntes explizit mit $ex/$nex pruefen")
        return 1
    if op in _FIELD_OPS:
        if not (isinstance(arg, dict) and len(arg) == 1):
            out.append(f"{where}: {op} braucht genau ein Feld, nicht {arg!r}")
            return 1
        ((field, value),) = arg.items()
    elif not isinstance(op, str) or op.startswith("$"):
        out.append(f"{where}: Operator {op!r} wird nicht unterstuetzt")
        return 1
    else:
        field, value = op, arg
    ftype = types.get(field)
    if op in ("$ex", "$nex"):
        value = None if ftype is None else ftype()  # only the field matters
    elif op in ("$mt", "$imt") and ftype not in (None, str):
        out.append(f"{where}: {op} auf Feld {field!r}, das kein str-Feld ist")
    problem = _value_problem(value, ftype)
    if problem:
        out.append(f"{where}: Feld {field!r} / Wert {value!r} {problem}")
    return 1


def _fingerprint(spec: RulesetSpec) -> tuple:
    """The content of a ruleset, independent of the order of fields and of keys in conditions."""
    return (spec.discriminator, tuple(sorted(spec.field_types.items(), key=lambda kv: kv[0])),
            tuple((r.name, json.dumps(r.condition, sort_keys=True), r.tag, r.max_true_branches, r.exclusive_group)
                  for r in spec.rules))


def _name_ok(name: object) -> bool:
    return isinstance(name, str) and name.isascii() and name.isprintable() and name != ""


def _lint(spec: RulesetSpec) -> tuple[list[str], int, int]:
    """Return (problems, DNF branches incl. catch-all, max true branches incl. catch-all)."""
    out: list[str] = []
    if not _name_ok(spec.name) or "$" in spec.name:  # "$state"/"$flow" make durable build a chart
        out.append(f"Name {spec.name!r}: nichtleeres ASCII ohne '$' erwartet")
    if not (isinstance(spec.discriminator, str) and spec.discriminator):
        out.append(f"Diskriminator {spec.discriminator!r}: nichtleerer Text erwartet")
    for key, ftype in spec.field_types.items():
        if not (isinstance(key, str) and key.isascii() and key.isidentifier()) or key in _RESERVED:
            out.append(f"Feld {key!r}: ASCII-Bezeichner erwartet; t, id und sid sind reserviert")
        if ftype not in _TYPES:
            out.append(f"Feld {key!r}: Typ {ftype!r} nicht erlaubt (bool, int, float, str)")
    if len(spec.field_types) > MAX_FIELDS:
        out.append(f"{len(spec.field_types)} Felder, hoechstens {MAX_FIELDS} (durable-Fehler 302)")
    top = {"t": spec.discriminator}
    branches = true_branches = 1  # the catch-all rule
    group_max: dict[Hashable, int] = {}
    names = {_CATCH_ALL}
    for rule in spec.rules:
        where = f"Regel {rule.name!r}"
        if not _name_ok(rule.name) or rule.name in names:
            out.append(f"{where}: Name muss nichtleeres ASCII und eindeutig sein")
        names.add(rule.name)
        cond, count = rule.condition, 1
        if (isinstance(cond, dict) and list(cond) == ["$and"] and isinstance(cond["$and"], list)
                and top in cond["$and"]):
            rest = [e for e in cond["$and"] if e != top]
            count = _lint_expr({"$and": rest}, spec.field_types, where, out) if rest else 1
        elif cond != top:  # trap 6
            out.append(f"{where}: die Bedingung muss {{'$and': [{top!r}, ...]}} oder {top!r} sein "
                       "(sonst passt sie auf durables eigenes Zustandsobjekt und feuert endlos)")
        mtb = rule.max_true_branches
        if type(mtb) is not int or not 1 <= mtb <= count:
            out.append(f"{where}: max_true_branches={mtb!r} muss zwischen 1 und {count} liegen")
            mtb = count
        try:
            hashable = rule.tag is not None and hash(rule.tag) is not None
        except TypeError:
            hashable = False
        if not hashable:
            out.append(f"{where}: Tag muss hashbar und nicht None sein")
        branches += count
        if rule.exclusive_group is None:
            true_branches += mtb
        else:  # at most one rule of the group holds: count its largest bound once
            group_max[rule.exclusive_group] = max(group_max.get(rule.exclusive_group, 0), mtb)
    return out, branches, true_branches + sum(group_max.values())


def _make_action(engine: Engine, rule_name: str, tag: Hashable):
    def action(c: object) -> None:  # one parameter: durable runs it synchronously
        try:
            engine._fire(tag)  # looked up per call so tests can inject failures
        except BaseException as exc:  # durable would swallow it (trap 4)
            engine._errors.append((rule_name, exc))
    return action


class _FloatText(dict):
    """float -> its JSON text (``repr``, exactly what ``json.dumps`` writes), remembered.

    Engine facts repeat few values (0.0, 1.0, unknown markers, thresholds), and ``repr``
    of a float is the main cost of encoding a fact. ``-0.0`` and ``0.0`` are equal keys,
    so either may be written for the other: durable compares them identically (IEEE).
    """

    LIMIT = 4096

    def __missing__(self, value: float) -> str:
        text = repr(value)
        if len(self) < self.LIMIT:
            self[value] = text
        return text


_FLOAT_TEXT = _FloatText()
_TEMPLATE_LIMIT = 64  # cached key orders per ruleset


@dataclass(frozen=True)
class _Entry:
    discriminator: str
    field_types: dict[str, type]
    spec: RulesetSpec  # as registered: a second registration under the name must have the same content
    ruleset: _durable.Ruleset
    tags: dict[str, Hashable]  # rule name -> tag (the catch-all maps to None)
    all_float: bool  # every declared field is a float (enables the fast path)
    # key order of a fact -> JSON text of the message with "%s" for each value; only key
    # orders whose keys were all checked to be declared (float) fields are ever stored
    templates: dict[tuple[str, ...], str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:  # also after dataclasses.replace: a fresh cache
        object.__setattr__(self, "templates", {})

    def template(self, keys: tuple[str, ...]) -> str:
        """The message ``{**fact, "t": discriminator, "sid": _SID}`` as ``json.dumps`` writes it."""
        head = "".join(f'"{k}": %s, ' for k in keys)  # keys are checked ASCII identifiers
        text = "{" + head + f'"t": {json.dumps(self.discriminator)}, "sid": {json.dumps(_SID)}}}'
        if len(self.templates) < _TEMPLATE_LIMIT:
            self.templates[keys] = text
        return text


class Engine:
    """Registers rulesets in a private durable Host and evaluates one fact at a time."""

    def __init__(self) -> None:
        self._host = _QuietHost()
        self._rulesets: dict[str, _Entry] = {}
        self._lock = threading.Lock()
        self._owner: int | None = None
        self._fired: set[Hashable] = set()
        self._errors: list[tuple[str, BaseException]] = []

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        me = threading.get_ident()
        if self._owner == me:  # a plain Lock would deadlock here
            raise EngineError("Engine wurde aus einer Regel-Aktion heraus erneut aufgerufen")
        with self._lock:
            self._owner = me
            try:
                yield
            finally:
                self._owner = None

    def _fire(self, tag: Hashable) -> None:
        if tag is not None:  # None: the catch-all rule
            self._fired.add(tag)  # a set: double firing of $or is harmless (trap 5)

    def register(self, spec: RulesetSpec) -> None:
        problems, branches, true_branches = _lint(spec)
        if branches > MAX_RULES_PER_RULESET:
            problems.append(f"{branches} Regeln nach $or-Ausmultiplizieren (mit Auffangregel), hoechstens "
                            f"{MAX_RULES_PER_RULESET}: das Regelwerk aufteilen (durable haengt ab 512)")
        if true_branches > MAX_TRUE_BRANCHES:
            problems.append(f"bis zu {true_branches} gleichzeitig wahre Bedingungen (mit Auffangregel), "
                            f"hoechstens {MAX_TRUE_BRANCHES}: das Regelwerk aufteilen (durable-Fehler 303)")
        if problems:
            raise EngineError(f"Regelwerk {spec.name!r} abgelehnt:\n  - " + "\n  - ".join(problems))
        with self._exclusive():
            known = self._rulesets.get(spec.name)
            if known is not None:
                if _fingerprint(known.spec) == _fingerprint(spec):
                    return
                raise EngineError(f"Regelwerk {spec.name!r} ist bereits mit anderem Inhalt registriert; "
                                  "eine neue Fassung braucht einen neuen Namen")
            definition = {r.name: {"all": [{"m": r.condition}], "run": _make_action(self, r.name, r.tag)}
                          for r in spec.rules}
            definition[_CATCH_ALL] = {"all": [{"m": {"t": spec.discriminator}}],
                                      "run": _make_action(self, _CATCH_ALL, None)}
            try:
                self._host.set_rulesets({spec.name: definition})
            except _dre.error as exc:
                raise EngineError(f"durable lehnt Regelwerk {spec.name!r} ab: {exc}") from exc
            ruleset = self._host.get_ruleset(spec.name)
            tags = {r.name: r.tag for r in spec.rules}
            all_float = all(t is float for t in spec.field_types.values())
            self._rulesets[spec.name] = _Entry(spec.discriminator, dict(spec.field_types), spec, ruleset, tags, all_float)

    def has(self, name: str) -> bool:
        return name in self._rulesets

    def evaluate(self, name: str, fact: Mapping[str, object]) -> frozenset[Hashable]:
        entry = self._rulesets.get(name)
        if entry is None:
            raise EngineError(f"Regelwerk {name!r} ist nicht registriert")
        values = fact.values()
        keys = tuple(fact)
        template = entry.templates.get(keys)
        # fast path (traps 9 and 10): a known key order (only declared float fields) and only
        # finite floats (a sum that is not finite sends the fact through the full check)
        if template is not None and set(map(type, values)) <= _FLOAT and math.isfinite(sum(values)):
            text = template % tuple(map(_FLOAT_TEXT.__getitem__, values))
            message = None
        else:
            types = entry.field_types
            for key, value in fact.items():
                problem = _value_problem(value, types.get(key))
                if problem:
                    hint = " (reservierter Schluessel)" if key in _RESERVED else ""
                    raise EngineError(f"Regelwerk {name!r}: Fakt-Feld {key!r}{hint} = {value!r} {problem}")
            message = {**fact, "t": entry.discriminator, "sid": _SID}
            if entry.all_float and all(type(v) is float for v in values):
                text = entry.template(keys) % tuple(map(_FLOAT_TEXT.__getitem__, values))
            elif any(type(v) is str for v in values):
                text = None  # durable encodes it itself (non-ASCII text)
            else:
                text = json.dumps(message)
        with self._exclusive():
            self._fired = fired = set()
            self._errors = errors = []
            try:  # a failed assert stores nothing; deleting its session could segfault (trap 13)
                state = self._assert(entry, message, text)
            except (_durable.MessageNotHandledException, _durable.MessageObservedException) as exc:
                raise EngineError(f"Regelwerk {name!r}: {type(exc).__name__}: {exc.message}") from exc
            except _dre.error as exc:
                shown = message if message is not None else {**fact, "t": entry.discriminator, "sid": _SID}
                raise EngineError(f"Regelwerk {name!r}: durable-Fehler {exc} bei {shown!r}") from exc
            try:
                self._run_actions(entry, state)
            finally:
                try:
                    _dre.delete_state(entry.ruleset._handle, _SID)  # trap 3
                except _dre.error as exc:
                    raise EngineError(f"Regelwerk {name!r}: Sitzung nicht loeschbar: {exc}") from exc
        if errors:
            rule_name, exc = errors[0]
            if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: pass on unchanged
                raise exc
            raise EngineError(f"Regelwerk {name!r}: Aktion der Regel {rule_name!r} schlug fehl: {exc!r}") from exc
        return frozenset(fired)

    @staticmethod
    def _assert(entry: _Entry, message: dict | None, text: str | None) -> int:
        """``Ruleset.assert_fact`` without its per-call ``JSONEncoder(ensure_ascii=False)``.

        ``text`` is the message as ``json.dumps`` writes it (numbers and ASCII keys);
        a message with text values (``text`` None) goes through durable unchanged.
        """
        if text is None:
            return entry.ruleset.assert_fact(message)
        result = _dre.assert_fact(entry.ruleset._handle, text)
        if result[0] == 1:
            raise _durable.MessageNotHandledException(message if message is not None else json.loads(text))
        if result[0] == 2:
            raise _durable.MessageObservedException(message if message is not None else json.loads(text))
        return 0 if result[0] == 3 else result[1]

    def _run_actions(self, entry: _Entry, state_handle: int) -> None:
        """Drive durable's action queue directly (this replaces ``Ruleset.do_actions``).

        durable's own loop decodes the whole fact from JSON for every fired rule and hands
        it to a Python closure; the wrapper only needs the name of the rule that fired,
        which is the first key of the message. This keeps the cost per fired rule at a
        few microseconds. Everything else (one sid, delete in ``finally``, tags in a set,
        errors recorded and raised afterwards) is as before. Every queued action is taken
        and completed: deleting a session with actions still queued can crash durable.
        """
        handle = entry.ruleset._handle
        tags = entry.tags
        fire = self._fire  # looked up per evaluation so tests can inject failures
        errors = self._errors
        complete = _dre.complete_and_start_action
        try:
            result = _dre.start_action_for_state(handle, state_handle)
            message = result[1] if result else None
            while message:
                rule_name = message[2 : message.index('"', 2)]
                try:
                    fire(tags.get(rule_name))
                except BaseException as exc:  # recorded, raised after cleanup (trap 4)
                    errors.append((rule_name, exc))
                message = complete(handle, state_handle)
        except _dre.error as exc:
            raise EngineError(f"durable-Fehler in den Aktionen: {exc}") from exc

    def close(self) -> None:
        with self._exclusive():
            for name in list(self._rulesets):
                ruleset = self._host._ruleset_directory.pop(name)
                self._host._ruleset_list.remove(ruleset)
                _dre.delete_ruleset(ruleset._handle)  # measured safe even with a live session
                del self._rulesets[name]
