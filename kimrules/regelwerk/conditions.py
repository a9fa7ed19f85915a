"""The closed condition vocabulary of rule files.

A condition is one of::

    {fakt: NAME, ist: true|false}
    {fakt: NAME, mindestens|hoechstens|mehr_als|weniger_als: ZAHL oder {parameter: NAME}}
    {alle: [BEDINGUNG, ...]}        alle müssen erfüllt sein
    {eine_von: [BEDINGUNG, ...]}    mindestens eine muss erfüllt sein
    {nicht: BEDINGUNG}
    {einzelfall: "Grund"}           ungeklärt: Ermessen oder offene Rechtsfrage, der Grund wird angezeigt
    {praxis: PUNKT}                 hängt von der Verwaltungspraxis ab (rules/praxis/punkte.yaml): ja/nein nach
                                    der gewählten Praxis, ohne gewählte Praxis ungeklärt mit den bekannten Praxen

No expression strings, nothing is evaluated as code. Unknown facts, wrong
operand types and unknown parameters are rejected when the rules are loaded.
"""

from __future__ import annotations

from functools import cached_property
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, PrivateAttr, StrictBool, StrictFloat, StrictInt, Tag, field_validator, model_validator

COMPARISONS = ("ist", "mindestens", "hoechstens", "mehr_als", "weniger_als")
COMPARISON_TEXT = {
    "ist": "ist",
    "mindestens": "mindestens",
    "hoechstens": "höchstens",
    "mehr_als": "mehr als",
    "weniger_als": "weniger als",
}


JA_NEIN = {"ja": True, "nein": False, "true": True, "false": False}


class _Node(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ParameterRef(_Node):
    parameter: str


Operand = Union[bool, int, float, ParameterRef]


class Fakt(_Node):
    fakt: str
    ist: StrictBool | None = None
    mindestens: Union[StrictInt, StrictFloat, ParameterRef, None] = None
    hoechstens: Union[StrictInt, StrictFloat, ParameterRef, None] = None
    mehr_als: Union[StrictInt, StrictFloat, ParameterRef, None] = None
    weniger_als: Union[StrictInt, StrictFloat, ParameterRef, None] = None

    @field_validator("ist", mode="before")
    @classmethod
    def _ja_nein(cls, value: object) -> object:
        """German yes/no: ``ist: ja`` / ``ist: nein`` mean ``true`` / ``false``."""
        if isinstance(value, str) and value.strip().lower() in JA_NEIN:
            return JA_NEIN[value.strip().lower()]
        if value is not None and not isinstance(value, bool):
            raise ValueError(f"„{value}“ ist kein ja/nein-Wert; erwartet ja oder nein (auch true oder false)")
        return value

    @field_validator("mindestens", "hoechstens", "mehr_als", "weniger_als", mode="before")
    @classmethod
    def _number(cls, value: object) -> object:
        if value is None or isinstance(value, ParameterRef):
            return value
        if isinstance(value, dict):
            return ParameterRef.model_validate(value)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"„{value}“ ist keine Zahl; erwartet eine Zahl oder {{parameter: NAME}}")
        return value

    @model_validator(mode="after")
    def _one_operator(self) -> "Fakt":
        given = [op for op in COMPARISONS if getattr(self, op) is not None]
        if len(given) != 1:
            raise ValueError(
                "eine Faktbedingung braucht genau einen Vergleich: ist, mindestens, hoechstens, mehr_als oder weniger_als"
            )
        return self

    @cached_property
    def operator(self) -> str:
        return next(op for op in COMPARISONS if getattr(self, op) is not None)

    @cached_property
    def operand(self) -> Operand:
        return getattr(self, self.operator)


MAX_ALTERNATIVEN = 24  # entries of one alle/eine_von: far above any rule; 40 overran durable, 600 hung the compiler


class Alle(_Node):
    alle: Annotated[list["Bedingung"], Field(min_length=1, max_length=MAX_ALTERNATIVEN)]


class EineVon(_Node):
    eine_von: Annotated[list["Bedingung"], Field(min_length=1, max_length=MAX_ALTERNATIVEN)]


class Nicht(_Node):
    nicht: "Bedingung"


class Einzelfall(_Node):
    einzelfall: Annotated[str, Field(min_length=5)]


PRAXIS = "praxis:"  # key prefix of a practice point's value (1.0 ja, 0.0 nein) in a version's parameters


def praxis_text(node: "Praxis", wert: object) -> str:
    """The reason shown for a practice point: the question, and the chosen practice's answer or the known ones."""
    if wert is None:
        return f"{node._frage} Das entscheidet die Verwaltungspraxis; gewählt ist keine (--praxis). {node._bekannt}".strip()
    return f"{node._frage} Nach der gewählten Verwaltungspraxis: {'ja' if wert else 'nein'}."


class Praxis(_Node):
    """A point on which the practice of a Land or an authority decides (``rules/praxis/``)."""

    praxis: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    # set by the loader from rules/praxis/punkte.yaml and the known overlays (shown when no overlay decides)
    _frage: str = PrivateAttr(default="")
    _bekannt: str = PrivateAttr(default="")


_KEYS = ("fakt", "alle", "eine_von", "nicht", "einzelfall", "praxis")


def _which(value: object) -> str | None:
    if isinstance(value, dict):
        found = [k for k in _KEYS if k in value]
        return found[0] if len(found) == 1 else None
    return kind_of(value) if isinstance(value, _Node) else None  # type: ignore[arg-type]


Bedingung = Annotated[
    Union[
        Annotated[Fakt, Tag("fakt")],
        Annotated[Alle, Tag("alle")],
        Annotated[EineVon, Tag("eine_von")],
        Annotated[Nicht, Tag("nicht")],
        Annotated[Einzelfall, Tag("einzelfall")],
        Annotated[Praxis, Tag("praxis")],
    ],
    Discriminator(
        _which,
        custom_error_type="bedingung",
        custom_error_message="eine Bedingung beginnt mit genau einem von: fakt, alle, eine_von, nicht, einzelfall, praxis",
    ),
]

for _m in (Alle, EineVon, Nicht):
    _m.model_rebuild()


def kind_of(node: Bedingung) -> Literal["fakt", "alle", "eine_von", "nicht", "einzelfall", "praxis"]:
    if isinstance(node, Fakt):
        return "fakt"
    if isinstance(node, Alle):
        return "alle"
    if isinstance(node, EineVon):
        return "eine_von"
    if isinstance(node, Nicht):
        return "nicht"
    if isinstance(node, Praxis):
        return "praxis"
    return "einzelfall"


def children(node: Bedingung) -> list[Bedingung]:
    if isinstance(node, Alle):
        return list(node.alle)
    if isinstance(node, EineVon):
        return list(node.eine_von)
    if isinstance(node, Nicht):
        return [node.nicht]
    return []


def walk(node: Bedingung, path: tuple = ()):
    """Yield (path, node) for every node; path uses the YAML keys and list indices."""
    yield path, node
    if isinstance(node, Alle):
        for i, c in enumerate(node.alle):
            yield from walk(c, path + ("alle", i))
    elif isinstance(node, EineVon):
        for i, c in enumerate(node.eine_von):
            yield from walk(c, path + ("eine_von", i))
    elif isinstance(node, Nicht):
        yield from walk(node.nicht, path + ("nicht",))


def facts_used(node: Bedingung) -> list[str]:
    seen: dict[str, None] = {}
    for _, n in walk(node):
        if isinstance(n, Fakt):
            seen.setdefault(n.fakt, None)
    return list(seen)
