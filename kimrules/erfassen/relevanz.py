"""Which unknown facts matter, in the order they matter.

The Vorprüfung's own list of questions (``Vorpruefung.fragen``: each unknown fact whose answer can
change a pathway, most effective first) decides, where the Vorprüfung carries one; the interview
asks the main person's questions in that order. Without it, this module's own reading applies:
a fact matters when it is unknown in a requirement that is still *ungeklärt* of a pathway that is
still *ungeklärt*: an answer can then turn that requirement, and so perhaps the pathway, into
*erfüllt* or *nicht erfüllt*. A pathway already decided stays decided whatever an unknown fact turns
out to be (three-valued logic: settling an unknown never changes a decided value), so its
requirements ask nothing. All such facts get the same rank, so the
interview asks them in the order of its questions (:data:`kimrules.erfassen.fragen.FRAGEN`, a case
manager's order: person, status history, identity, …).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from kimrules.engine.outcome import Knoten, Status
from kimrules.pruefung.haushalt import HAUPTPERSON
from kimrules.vorpruefung import Vorpruefung


@dataclass(frozen=True)
class Offen:
    fakt: str
    normen: tuple[str, ...]  # the pathways (e.g. "§ 25b AufenthG") an answer can move
    rang: int = 0  # lower = asked first; equal ranks keep the order of the questions


def _unbekannt(k: Knoten) -> Iterator[str]:
    if k.art == "fakt" and k.wert is None and k.fakt:
        yield k.fakt
    for kind in k.kinder:
        yield from _unbekannt(kind)


def offene_fakten(vorpruefung: Vorpruefung) -> list[Offen]:
    fragen = getattr(vorpruefung, "fragen", None)
    if fragen is not None:  # the screening's relevance: the main person's questions, most effective first
        return [Offen(f.fakt, tuple(dict.fromkeys(w.text for w in f.wege)), rang)
                for rang, f in enumerate(fragen) if f.person == HAUPTPERSON]
    return _eigene(vorpruefung)


def _eigene(vorpruefung: Vorpruefung) -> list[Offen]:
    normen: dict[str, list[str]] = {}
    for e in vorpruefung.ergebnisse:
        if e.status is not Status.ungeklaert:
            continue
        for b in e.voraussetzungen:
            if b.status is not Status.ungeklaert:
                continue
            for fakt in _unbekannt(b.erklaerung):
                liste = normen.setdefault(fakt, [])
                if e.norm not in liste:
                    liste.append(e.norm)
    return [Offen(f, tuple(n)) for f, n in normen.items()]
