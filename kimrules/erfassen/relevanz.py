"""Which unknown facts matter, in the order they matter: the Vorprüfung's own questions.

:attr:`kimrules.vorpruefung.Vorpruefung.fragen` lists each unknown fact whose answer can change a
pathway (only ungeklärt requirements of pathways an answer can still change), most effective
first; the interview asks the main person's questions in that order and shows the pathways each
can change. Household members' questions belong to their own records and are not asked here.
"""

from __future__ import annotations

from dataclasses import dataclass

from kimrules.pruefung.haushalt import HAUPTPERSON
from kimrules.vorpruefung import Vorpruefung


@dataclass(frozen=True)
class Offen:
    fakt: str
    normen: tuple[str, ...]  # the pathways (e.g. "§ 25b AufenthG") an answer can move
    rang: int = 0  # lower = asked first; equal ranks keep the order of the questions


def offene_fakten(vorpruefung: Vorpruefung) -> list[Offen]:
    return [Offen(f.fakt, tuple(dict.fromkeys(w.text for w in f.wege)), rang)
            for rang, f in enumerate(vorpruefung.fragen) if f.person == HAUPTPERSON]
