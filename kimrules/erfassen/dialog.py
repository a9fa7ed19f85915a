"""The conversation around the interview: how a question is shown, where answers come from
(the terminal via prompt_toolkit, or a file of answers for scripts and tests), and the loop."""

from __future__ import annotations

import sys
from typing import Any, Callable, Iterator, Mapping

from kimrules.erfassen.datei import holen
from kimrules.erfassen.interview import Interview, Rueckmeldung, Schritt

_ART = {
    "datum": "Datum (TT.MM.JJJJ)",
    "ja_nein": "ja oder nein",
    "betrag": "Betrag in Euro (z. B. 1.234,50)",
    "zahl": "ganze Zahl",
    "text": "Text",
}
MEHR = 6  # changes listed after an answer; the rest is counted
STEUERWORTE = "„weiß nicht“ lässt die Angabe offen, „zurück“ nimmt die letzte Antwort zurück"


def erlaubt(schritt: Schritt) -> str:
    f = schritt.feld
    if schritt.art in ("gibt_es", "weiterer"):
        return "ja oder nein"
    if f.art == "auswahl":
        return "eine von: " + ", ".join(f.werte)
    text = _ART.get(f.art, "Text")
    if f.art == "zahl" and f.minimum is not None and f.maximum is not None:
        text += f" von {f.minimum:g} bis {f.maximum:g}"
    if schritt.art == "eintrag" and not f.pflicht:
        text += "; leer lassen, wenn nicht bekannt oder nicht zutreffend"
    return text


def frage_text(schritt: Schritt, nummer: int) -> str:
    f = schritt.feld
    if schritt.art == "gibt_es":
        kopf = f"Gibt es Angaben zu „{f.titel}“? (nein = keine)"
    elif schritt.art == "weiterer":
        kopf = f"Noch ein Eintrag bei „{f.titel}“?"
    elif schritt.art == "eintrag":
        liste = schritt.frage.pfad
        kopf = f"{f.titel} (Eintrag bei „{liste}“)"
    else:
        kopf = f.titel
    zeilen = [f"Frage {nummer}: {kopf}   [{schritt.pfad}]"]
    if f.beschreibung and schritt.art != "weiterer":
        zeilen.append(f"  {f.beschreibung}")
    if schritt.normen:
        zeilen.append("  Wichtig für: " + ", ".join(schritt.normen))
    antwort = f"  Antwort: {erlaubt(schritt)}"
    if f.beispiel and schritt.art in ("wert", "eintrag"):
        antwort += f" – Beispiel: {f.beispiel}"
    zeilen.append(antwort)
    return "\n".join(zeilen)


def rueckmeldung_text(r: Rueckmeldung) -> str:
    zeilen = []
    for fehler in r.fehler:
        zeilen.append(f"  Fehler: {fehler}")
    if r.hinweis:
        zeilen.append(f"  {r.hinweis}")
    if not r.fehler and r.aenderungen is not None:
        if r.aenderungen:
            zeilen.append("  Geändert:")
            zeilen += [f"    {a}" for a in r.aenderungen[:MEHR]]
            if len(r.aenderungen) > MEHR:
                zeilen.append(f"    … und {len(r.aenderungen) - MEHR} weitere Voraussetzungen")
        else:
            zeilen.append("  Am Ergebnis der Vorprüfung ändert das nichts.")
    return "\n".join(zeilen)


Eingabe = Callable[[Schritt], str]  # raises EOFError when no answer is left


def aus_liste(antworten: list[str], echo: Callable[[str], None]) -> Eingabe:
    """Answers given in advance (``--antworten``), each shown as if typed."""
    quelle: Iterator[str] = iter(antworten)

    def lesen(schritt: Schritt) -> str:
        try:
            text = next(quelle)
        except StopIteration:
            raise EOFError from None
        echo(f"> {text}")
        return text

    return lesen


def _text(wert: Any) -> str:
    if wert is None:
        return ""
    if isinstance(wert, bool):
        return "ja" if wert else "nein"
    return str(wert)


def nach_feldern(antworten: Mapping[str, Any], echo: Callable[[str], None]) -> Eingabe:
    """Answers by field (``--antworten`` as a mapping shaped like a client file, or with dotted
    paths): whatever order the questions come in, each gets the answer for its field; a list field
    gets its entries one after the other; a field without an answer is „weiß nicht“. A question
    asked again right after its answer was refused ends the replay (the same answer would be
    refused again)."""
    eintrag: dict[str, int] = {}  # list path -> index of the entry being typed in
    zuletzt: list[tuple[str, str]] = []

    def wert(pfad: str) -> Any:
        return antworten[pfad] if pfad in antworten else holen(antworten, pfad)

    def antwort(schritt: Schritt) -> str:
        if schritt.art == "eintrag":
            liste, feld = schritt.pfad.rsplit(".", 1)
            eintraege = wert(liste) or []
            i = eintrag.get(liste, 0)
            return _text(eintraege[i].get(feld)) if i < len(eintraege) and isinstance(eintraege[i], Mapping) else ""
        v = wert(schritt.pfad)
        if schritt.art == "weiterer":
            eintrag[schritt.pfad] = eintrag.get(schritt.pfad, 0) + 1
            return "ja" if isinstance(v, list) and eintrag[schritt.pfad] < len(v) else "nein"
        if schritt.art == "gibt_es" and isinstance(v, list):
            eintrag[schritt.pfad] = 0
            return "ja" if v else "nein"
        return "weiß nicht" if v is None else _text(v)

    def lesen(schritt: Schritt) -> str:
        if zuletzt == [(schritt.art, schritt.pfad)]:
            raise EOFError  # refused before: asking again would loop
        text = antwort(schritt)
        zuletzt[:] = [(schritt.art, schritt.pfad)]
        echo(f"> {text}")
        return text

    return lesen


def vom_terminal() -> Eingabe:
    """Answers typed at the terminal: prompt_toolkit with the allowed answers to complete (Tab);
    plain ``input`` when the input is not a terminal."""
    if not sys.stdin.isatty():
        return lambda schritt: input("> ")
    from prompt_toolkit import PromptSession
    from prompt_toolkit.completion import WordCompleter

    sitzung: PromptSession[str] = PromptSession()

    def lesen(schritt: Schritt) -> str:
        werte = list(schritt.feld.werte) if schritt.feld.art == "auswahl" and schritt.art != "weiterer" else []
        if schritt.art in ("gibt_es", "weiterer") or schritt.feld.art == "ja_nein":
            werte = ["ja", "nein"]
        vervollstaendigen = WordCompleter(werte + ["weiß nicht", "zurück"], ignore_case=True, sentence=True)
        return sitzung.prompt("> ", completer=vervollstaendigen, complete_while_typing=False)

    return lesen


def fuehren(interview: Interview, lesen: Eingabe, schreiben: Callable[[str], None]) -> bool:
    """Ask until no relevant question is left (True) or the answers run out (False)."""
    while True:
        schritt = interview.naechster()
        if schritt is None:
            return True
        schreiben("")
        schreiben(frage_text(schritt, interview.beantwortet + 1))
        try:
            text = lesen(schritt)
        except EOFError:
            return False
        schreiben(rueckmeldung_text(interview.antworten(text)))
