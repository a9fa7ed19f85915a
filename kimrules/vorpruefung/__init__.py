"""The Vorprüfung of one client: every stage put together, the one entry point of all commands."""

from kimrules.vorpruefung.vorpruefung import Vorpruefung, vorpruefung

__all__ = ["Vorpruefung", "vorpruefung"]
