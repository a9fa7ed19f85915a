"""The interview as a state machine: which question comes next, what an answer does.

The next question is a function of the file alone (its data and the interview's notes in it,
:mod:`kimrules.erfassen.datei`) and of the entry being typed in: so a rerun resumes where the last
one stopped, and "zurück" only has to restore the state before the last answer. Every accepted
answer is validated like the file loader does it, saved at once and followed by the changes it
made to the Vorprüfung.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Optional, Sequence

from kimrules.akte.client import validate
from kimrules.basis.errors import ClientFileError
from kimrules.erfassen import eingabe
from kimrules.erfassen.datei import Akte, holen, neue_liste, neuer_eintrag, setzen
from kimrules.erfassen.fragen import FRAGEN, Frage
from kimrules.akte.felder import Feld, feld, reihenfolge
from kimrules.akte.facts import Sachverhalt
from kimrules.basis.yamlio import parse_yaml
from kimrules.engine.outcome import Ergebnis
from kimrules.vorpruefung import Vorpruefung

Pruefen = Callable[[Sachverhalt], Vorpruefung]
Relevanz = Callable[[Vorpruefung], Sequence[Any]]  # items with .fakt, .normen and .rang (lower = first)

_FRAGE_ZU = {f.pfad: f for f in FRAGEN}
_AKTENZEICHEN = Frage("aktenzeichen", ())


@dataclass(frozen=True)
class Schritt:
    """One question: ``art`` is wert (a single field), gibt_es (does a list have entries?),
    eintrag (a field of the entry being typed in) or weiterer (another entry?)."""

    art: str
    pfad: str  # the field asked (for eintrag: list path + "." + field name)
    feld: Feld
    frage: Frage
    normen: tuple[str, ...] = ()  # pathways waiting for the answer


@dataclass
class Rueckmeldung:
    fehler: list[str] = field(default_factory=list)  # the loader's messages; the question is asked again
    aenderungen: Optional[list[str]] = None  # None: there was no result before to compare with
    hinweis: str = ""


def _norm(wert: Any) -> Any:
    """File values compared with ``Frage.wenn``: ja/nein as booleans, everything else as is."""
    if isinstance(wert, str) and wert.strip().lower() in ("ja", "true"):
        return True
    if isinstance(wert, str) and wert.strip().lower() in ("nein", "false"):
        return False
    return wert


def _erfuellt(wert: Any, erlaubt: tuple[Any, ...]) -> bool:
    if wert is None:
        return False
    return not erlaubt or _norm(wert) in erlaubt


class Interview:
    def __init__(self, akte: Akte, stichtag: date, pruefen: Pruefen, relevanz: Relevanz) -> None:
        self.akte = akte
        self.stichtag = stichtag
        self._pruefen = pruefen
        self._relevanz = relevanz
        self._verlauf: list[tuple[Any, ...]] = []
        self.vorpruefung: Optional[Vorpruefung] = None
        if holen(akte.daten, "aktenzeichen") is not None:
            self.vorpruefung = self._pruefen(self.sachverhalt())  # an invalid file stops here (ClientFileError)

    # -- validation and screening --------------------------------------------------------------------
    def _dokument(self, daten: Any) -> Any:
        probe = Akte(self.akte.pfad, daten, self.akte.offen, self.akte.weitere, self.akte.neu, self.akte.eintrag)
        return parse_yaml(probe.text(), str(self.akte.pfad))

    def sachverhalt(self, daten: Any = None) -> Sachverhalt:
        """Validate like the file loader (same messages, with the line in the file as it will be saved)."""
        return validate(self._dokument(self.akte.daten if daten is None else daten), self.stichtag)

    # -- which question comes next --------------------------------------------------------------------
    def _eintragsfelder(self, frage: Frage, antworten: dict[str, Any]) -> list[str]:
        out = []
        for name in frage.eintrag:
            bedingung = (frage.nur_wenn or {}).get(name)
            if bedingung and not _erfuellt(antworten.get(bedingung[0]), bedingung[1]):
                continue
            out.append(name)
        return out

    def _offen(self, frage: Frage) -> bool:
        if holen(self.akte.daten, frage.pfad) is not None or frage.pfad in self.akte.offen:
            return False
        if frage.wenn is not None and not _erfuellt(holen(self.akte.daten, frage.wenn[0]), frage.wenn[1]):
            return False
        return True

    def naechster(self) -> Optional[Schritt]:
        if holen(self.akte.daten, "aktenzeichen") is None:
            return Schritt("wert", "aktenzeichen", feld("aktenzeichen"), _AKTENZEICHEN)
        if self.akte.eintrag is not None and self.akte.eintrag[0] not in _FRAGE_ZU:
            self.akte.eintrag = None  # a note from another version of the interview: that entry is typed in again
        if self.akte.eintrag is not None:
            liste, antworten = self.akte.eintrag
            frage = _FRAGE_ZU[liste]
            for name in self._eintragsfelder(frage, antworten):
                if name not in antworten:
                    return Schritt("eintrag", f"{liste}.{name}", feld(f"{liste}.{name}"), frage)
        for liste in self.akte.weitere:
            if liste in _FRAGE_ZU:
                return Schritt("weiterer", liste, feld(liste), _FRAGE_ZU[liste])
        assert self.vorpruefung is not None
        relevant = {o.fakt: o for o in self._relevanz(self.vorpruefung)}
        beste: Optional[tuple[tuple[int, int], Frage, tuple[str, ...]]] = None
        for i, frage in enumerate(FRAGEN):
            treffer = [relevant[f] for f in frage.fakten if f in relevant]
            if not treffer or not self._offen(frage):
                continue
            rang = (min(o.rang for o in treffer), i)
            if beste is None or rang < beste[0]:
                normen = tuple(dict.fromkeys(n for o in treffer for n in o.normen))
                beste = (rang, frage, normen)
        if beste is None:
            return None
        _, frage, normen = beste
        return Schritt("gibt_es" if frage.ist_liste else "wert", frage.pfad, feld(frage.pfad), frage, normen)

    # -- answers ---------------------------------------------------------------------------------------
    def _zustand(self) -> tuple[Any, ...]:
        return (copy.deepcopy(self.akte.daten), list(self.akte.offen), list(self.akte.weitere), copy.deepcopy(self.akte.eintrag))

    def _herstellen(self, zustand: tuple[Any, ...]) -> None:
        self.akte.daten, self.akte.offen, self.akte.weitere, self.akte.eintrag = zustand

    def _setzen(self, daten: Any, pfad: str, wert: Any) -> None:
        setzen(daten, pfad, wert, reihenfolge)

    def _mit_eintrag(self, liste: str, antworten: dict[str, Any]) -> Any:
        """The data with the entry appended (only when all its mandatory fields are answered), else None."""
        modell = feld(liste).modell
        assert modell is not None
        pflicht = [(i.alias or n) for n, i in modell.model_fields.items() if i.is_required()]
        if any(antworten.get(p) is None for p in pflicht):
            return None
        daten = copy.deepcopy(self.akte.daten)
        werte = {k: v for k, v in antworten.items() if v is not None}
        eintrag = neuer_eintrag({})
        for name in reihenfolge(liste):
            if name in werte:
                eintrag[name] = werte[name]
        bestehend = holen(daten, liste)
        if isinstance(bestehend, list):
            bestehend.append(eintrag)
        else:
            self._setzen(daten, liste, neue_liste([eintrag]))
        return daten

    def antworten(self, text: str) -> Rueckmeldung:
        schritt = self.naechster()
        if schritt is None:
            return Rueckmeldung(hinweis="Es ist keine Frage mehr offen.")
        st = eingabe.steuerung(text)
        if st is not None and st.was == "zurueck":
            return self.zurueck()
        vorher = self._zustand()
        try:
            rueck = self._anwenden(schritt, text, st)
        except ClientFileError as exc:
            self._herstellen(vorher)
            return Rueckmeldung(fehler=[str(p) for p in exc.problems] or [exc.message])
        if rueck.fehler:
            self._herstellen(vorher)
            return rueck
        self._verlauf.append(vorher)
        self.akte.speichern()
        rueck.aenderungen = self._neu_pruefen()
        return rueck

    def _anwenden(self, schritt: Schritt, text: str, st: Optional[eingabe.Steuerung]) -> Rueckmeldung:
        f = schritt.feld
        akte = self.akte
        unbekannt = st is not None and st.was in ("weiss_nicht", "leer")
        if schritt.art == "wert":
            if unbekannt:
                if f.pflicht:
                    return Rueckmeldung(fehler=[f"„{f.titel}“ ist Pflicht und kann nicht offen bleiben."])
                akte.offen.append(schritt.pfad)
                return Rueckmeldung(hinweis=f"„{f.titel}“ bleibt unbekannt.")
            self._setzen(akte.daten, schritt.pfad, eingabe.wert(f.art, text, f.werte))
            self.sachverhalt()  # raises ClientFileError with the loader's messages
            return Rueckmeldung()
        if schritt.art in ("gibt_es", "weiterer"):
            antwort = _norm(eingabe.wert("ja_nein", text)) if not unbekannt else None
            if antwort not in (True, False, None):
                return Rueckmeldung(fehler=["Bitte mit ja, nein oder „weiß nicht“ antworten."])
            if schritt.art == "gibt_es":
                if antwort is True:
                    self.akte.eintrag = (schritt.pfad, {})
                elif antwort is False:
                    self._setzen(akte.daten, schritt.pfad, neue_liste())
                    self.sachverhalt()
                else:
                    akte.offen.append(schritt.pfad)
                    return Rueckmeldung(hinweis=f"„{f.titel}“ bleibt unbekannt.")
                return Rueckmeldung()
            if antwort is True:
                self.akte.eintrag = (schritt.pfad, {})
            else:
                akte.weitere.remove(schritt.pfad)
            return Rueckmeldung()
        # a field of the entry being typed in
        assert self.akte.eintrag is not None
        liste, antworten = self.akte.eintrag
        name = schritt.pfad.rsplit(".", 1)[1]
        if unbekannt:
            if f.pflicht:
                return Rueckmeldung(fehler=[f"„{f.titel}“ ist für jeden Eintrag Pflicht; ohne diese Angabe kann der Eintrag "
                                            "nicht gespeichert werden („zurück“ nimmt die letzte Antwort zurück)."])
            antworten[name] = None
        else:
            antworten[name] = eingabe.wert(f.art, text, f.werte)
        daten = self._mit_eintrag(liste, antworten)
        if daten is not None:
            self.sachverhalt(daten)  # the loader's checks, overlapping periods included
        if all(n in antworten for n in self._eintragsfelder(schritt.frage, antworten)):
            assert daten is not None
            akte.daten = daten
            self.akte.eintrag = None
            if liste not in akte.weitere:
                akte.weitere.append(liste)
            return Rueckmeldung(hinweis="Eintrag gespeichert.")
        return Rueckmeldung()

    @property
    def beantwortet(self) -> int:
        """Answers given in this run (and not taken back)."""
        return len(self._verlauf)

    def zurueck(self) -> Rueckmeldung:
        if not self._verlauf:
            return Rueckmeldung(hinweis="In diesem Durchgang gibt es noch keine Antwort, die zurückgenommen werden kann.")
        self._herstellen(self._verlauf.pop())
        self.akte.speichern()
        rueck = Rueckmeldung(hinweis="Letzte Antwort zurückgenommen.")
        rueck.aenderungen = self._neu_pruefen()
        return rueck

    def _neu_pruefen(self) -> Optional[list[str]]:
        alt = self.vorpruefung
        self.vorpruefung = self._pruefen(self.sachverhalt())
        return None if alt is None else unterschiede(alt.ergebnisse, self.vorpruefung.ergebnisse)


def unterschiede(alt: Sequence[Ergebnis], neu: Sequence[Ergebnis]) -> list[str]:
    """What an answer changed: "§ 25b AufenthG: jetzt ungeklärt statt nicht erfüllt", then the requirements."""
    vorher = {e.kennung: e for e in alt}
    wege: list[str] = []
    punkte: list[str] = []
    for e in neu:
        a = vorher.get(e.kennung)
        if a is None:
            continue
        if a.status != e.status:
            wege.append(f"{e.norm}: jetzt {e.status.text} statt {a.status.text}")
        status_alt = {b.id: b.status for b in a.voraussetzungen}
        for b in e.voraussetzungen:
            s = status_alt.get(b.id)
            if s is not None and s != b.status:
                punkte.append(f"{e.norm}, {b.titel}: jetzt {b.status.text} statt {s.text}")
    return wege + punkte
