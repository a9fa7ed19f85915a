"""One Vorprüfung of one client on one Stichtag: :func:`vorpruefung` runs every stage and
returns one immutable :class:`Vorpruefung` that commands hand to a renderer.

Stages, in order: the pathways the law in force opens (screening with durable-rules), the
household's derived rights, the earliest day each pathway opens ("frühestens ab") and the
deadline ledger. Nothing here prints or reads the clock; the Stichtag is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Optional

from kimrules.akte.facts import Sachverhalt
from kimrules.fakten.derive import derive
from kimrules.engine.outcome import Ergebnis
from kimrules.fristen import projektion, vorausschau
from kimrules.fristen.ledger import Frist, fristen, pruefe_parameter
from kimrules.fristen.projektion import Projektion
from kimrules.pruefung import haushalt
from kimrules.pruefung.haushalt import Haushaltsergebnis
from kimrules.pruefung.screening import Screener
from kimrules.regelwerk.cache import load_cached
from kimrules.regelwerk.rules import Regelwerk
from kimrules.vorpruefung.fragen import Frage, fragen_aus


@dataclass(frozen=True)
class Vorpruefung:
    """Everything known about one client on one Stichtag.

    ``ergebnisse``: one result per pathway screened (with its requirements, explanations and
    receipt); ``haushalt``: the household members' own and derived rights (None without
    household members); ``projektionen``: per pathway kennung, the earliest day it opens;
    ``fristen``: the deadline ledger, sorted by date, including one "frühestens ab" entry per
    pathway that time alone opens later; ``fragen`` (computed on first use): the questions whose
    answer can change a result.
    """

    sachverhalt: Sachverhalt
    stichtag: date
    ergebnisse: tuple[Ergebnis, ...]
    haushalt: Optional[Haushaltsergebnis]
    projektionen: Mapping[str, Projektion]
    fristen: tuple[Frist, ...]

    @property
    def aktenzeichen(self) -> str:
        return self.sachverhalt.aktenzeichen

    @cached_property
    def fragen(self) -> tuple[Frage, ...]:
        """The questions whose answer can change a result, most effective first
        (:func:`kimrules.vorpruefung.fragen.fragen`); computed on first use."""
        return tuple(fragen_aus(self.ergebnisse, self.projektionen, self.haushalt))


def _ledger(sachverhalt: Sachverhalt, stichtag: date, ergebnisse: tuple[Ergebnis, ...],
            projektionen: Mapping[str, Projektion], vorlauf_wochen: Optional[int],
            parameter: Mapping[str, Any], fakten: Any) -> tuple[Frist, ...]:
    # only pathways that time opens later are deadlines; "already now", "not by time" and changes
    # brought by a new version alone are in the overview
    eintraege = fristen(sachverhalt, stichtag, ergebnisse or None, parameter=parameter, vorlauf_wochen=vorlauf_wochen,
                        fakten=fakten) + [
        projektion.als_frist(p) for p in projektionen.values()
        if p.datum is not None and p.datum > stichtag and p.zeitabhaengig]
    eintraege.sort(key=lambda f: (f.datum is None, f.datum or date.max, f.art))
    return tuple(eintraege)


_SCREENER: dict[tuple, Screener] = {}


def _screener(regelwerk: Optional[Regelwerk]) -> Screener:
    """One screener per rule set and process: its engine keeps the compiled versions for the next client."""
    if regelwerk is None:
        regelwerk = load_cached()
    key = (str(regelwerk.root), regelwerk.sha256, regelwerk.aktive_praxis)  # a practice overlay decides differently
    if key not in _SCREENER:
        _SCREENER[key] = Screener(regelwerk)
    return _SCREENER[key]


def vorpruefung(akte: Sachverhalt, stichtag: date, normen: Optional[Iterable[str]] = None, *,
                screener: Optional[Screener] = None, regelwerk: Optional[Regelwerk] = None,
                vorlauf_wochen: Optional[int] = None, horizont_monate: Optional[int] = None) -> Vorpruefung:
    """The Vorprüfung of ``akte`` on ``stichtag``.

    ``normen``: the pathways (kennungen) to screen; None = every pathway of the rule set; an empty
    sequence screens none and gives only the deadlines that follow from the file itself.
    ``screener`` (or ``regelwerk``, or neither: the installed ``rules/``) decides the pathways;
    pass one screener to many calls to reuse its compiled rules.
    ``vorlauf_wochen``: lead time before the end of a § 104c permit (default of the ledger).
    ``horizont_monate``: how far "frühestens ab" looks ahead (default: the projection's horizon;
    0: no projection; :func:`kimrules.fristen.vorausschau.projektionen`).
    """
    if screener is None:
        screener = _screener(regelwerk)
    # a rule tree without a parameter the deadlines need is a rule-file error, before anything is screened
    pruefe_parameter(screener.regelwerk.parameter, str(Path(screener.regelwerk.root) / "parameter"))
    auswahl = None if normen is None else list(normen)
    if auswahl == []:
        return Vorpruefung(akte, stichtag, (), None, MappingProxyType({}),
                           tuple(fristen(akte, stichtag, parameter=screener.regelwerk.parameter, vorlauf_wochen=vorlauf_wochen)))
    fakten = derive(akte, stichtag, screener.regelwerk.parameter)  # as Screener.screen, kept for the household
    ergebnisse = tuple(screener.screen_facts_all(fakten, auswahl))
    haushaltsergebnis = (haushalt.screen_haushalt(screener, akte, stichtag, auswahl, haupt=(fakten, ergebnisse))
                         if akte.angehoerige else None)
    horizont = projektion.HORIZONT_MONATE if horizont_monate is None else horizont_monate
    projektionen: Mapping[str, Projektion] = {}
    if horizont > 0:
        projektionen = vorausschau.projektionen(screener, akte, stichtag, [e.kennung for e in ergebnisse],
                                                horizont_monate=horizont)
    return Vorpruefung(akte, stichtag, ergebnisse, haushaltsergebnis, MappingProxyType(dict(projektionen)),
                       _ledger(akte, stichtag, ergebnisse, projektionen, vorlauf_wochen, screener.regelwerk.parameter, fakten))
