"""The Vorprüfung of one client: every stage put together, the one entry point of all commands."""

from kimrules.vorpruefung.fragen import Frage, Weg, fragen, fragen_aus
from kimrules.vorpruefung.vorpruefung import Vorpruefung, vorpruefung

__all__ = ["Frage", "Vorpruefung", "Weg", "fragen", "fragen_aus", "vorpruefung"]
