"""Given steps: the Stichtag and the client's situation, in the words of a case manager.

Every step changes the :class:`akte.Akte` of the scenario. The step texts are
the vocabulary of ``features/*.feature``; the exact yes/no sentences are the
keys of :data:`akte.AUSSAGEN`, the names for "Die Angabe … ist unbekannt" the
keys of :data:`akte.ANGABEN`.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Callable

from pytest_bdd import given, parsers

from akte import ANGABEN, AUSSAGEN, DATUM, Akte, datum, geldbetrag, grundfall, statusart
from kimrules.basis.dates import add_years

BETRAG = r"\d[\d.]*(?:,\d{1,2})?"


# --- Stichtag and starting point ----------------------------------------------------------------
@given(parsers.re(rf"der Stichtag ist der (?P<tag>{DATUM})"))
def _(akte: Akte, tag: str) -> None:
    akte.stichtag = datum(tag)


@given("eine Person, über die noch nichts bekannt ist")
def _(akte: Akte) -> None:
    akte.daten = {"aktenzeichen": "BDD-leer"}


@given("eine gut integrierte geduldete Person")
def _(akte: Akte) -> None:
    akte.daten = grundfall()


@given(parsers.re(rf"die Person ist am (?P<tag>{DATUM}) geboren"))
def _(akte: Akte, tag: str) -> None:
    akte.setze("person.geburtsdatum", datum(tag))


# --- status history and stays abroad ------------------------------------------------------------
@given(parsers.re(rf"die Person ist seit dem (?P<von>{DATUM}) (?:ununterbrochen )?geduldet"))
def _(akte: Akte, von: str) -> None:
    akte.daten["aufenthalt"] = []
    akte.male_status(datum(von), None, "duldung", None)


@given(parsers.re(r"die Person ist am Stichtag seit genau (?P<jahre>\d+) Jahren (?:ununterbrochen )?geduldet"))
def _(akte: Akte, jahre: str) -> None:
    """Duldung seit dem Tag, der genau so viele Jahre vor dem Stichtag liegt (kein Datum von Hand rechnen)."""
    akte.daten["aufenthalt"] = []
    akte.male_status(add_years(_stichtag(akte), -int(jahre)), None, "duldung", None)


@given(parsers.re(r"die Person ist am Stichtag seit (?P<jahre>\d+) Jahren weniger einen Tag (?:ununterbrochen )?geduldet"))
def _(akte: Akte, jahre: str) -> None:
    """Duldung seit einem Tag nach dem Tag genau so viele Jahre vor dem Stichtag: die Frist fehlt um einen Tag."""
    akte.daten["aufenthalt"] = []
    akte.male_status(add_years(_stichtag(akte), -int(jahre)) + timedelta(days=1), None, "duldung", None)


def _stichtag(akte: Akte) -> date:
    if akte.stichtag is None:
        raise AssertionError("Erst den Stichtag angeben („Angenommen der Stichtag ist der TT.MM.JJJJ“)")
    return akte.stichtag


@given(parsers.re(rf"die Person hat seit dem (?P<von>{DATUM}) (?P<status>.+)"))
def _(akte: Akte, von: str, status: str) -> None:
    akte.male_status(datum(von), None, *statusart(status))


@given(parsers.re(rf"die Person hatte vom (?P<von>{DATUM}) bis (?P<bis>{DATUM}) (?P<status>.+)"))
def _(akte: Akte, von: str, bis: str, status: str) -> None:
    akte.male_status(datum(von), datum(bis), *statusart(status))


@given(parsers.re(rf"die Person war vom (?P<von>{DATUM}) bis (?P<bis>{DATUM}) im Ausland"))
def _(akte: Akte, von: str, bis: str) -> None:
    akte.liste("auslandsaufenthalte").append({"von": datum(von), "bis": datum(bis)})


# --- household and children ---------------------------------------------------------------------
@given("im Haushalt lebt kein Kind")
def _(akte: Akte) -> None:
    akte.setze("haushalt.kinder", [])


@given(parsers.re(rf"im Haushalt lebt ein (?P<minderjaehrig>minderjähriges )?(?P<stand>lediges|verheiratetes) Kind, geboren am (?P<geb>{DATUM})"))
def _(akte: Akte, minderjaehrig: str | None, stand: str, geb: str) -> None:
    akte.liste("haushalt.kinder").append({"geburtsdatum": datum(geb), "ledig": stand == "lediges", "im_haushalt": True})
    if minderjaehrig:
        akte.minderjaehrig_behauptet.append(datum(geb))


@given(parsers.re(rf"ein lediges Kind, geboren am (?P<geb>{DATUM}), lebt nicht im Haushalt"))
def _(akte: Akte, geb: str) -> None:
    akte.liste("haushalt.kinder").append({"geburtsdatum": datum(geb), "ledig": True, "im_haushalt": False})


SCHULE: dict[str, dict[str, Any]] = {
    "das Kind ist schulpflichtig und besucht nachweislich die Schule": {"schulpflichtig": True, "schulbesuch_nachgewiesen": True},
    "das Kind ist schulpflichtig, der Schulbesuch ist nicht nachgewiesen": {"schulpflichtig": True, "schulbesuch_nachgewiesen": False},
    "das Kind ist schulpflichtig, ob es die Schule besucht, ist unbekannt": {"schulpflichtig": True, "schulbesuch_nachgewiesen": None},
    "das Kind ist noch nicht schulpflichtig": {"schulpflichtig": False},
}


def _schule(werte: dict[str, Any]) -> Callable[[Akte], None]:
    def schritt(akte: Akte) -> None:
        akte.letztes_kind().update(werte)

    return schritt


for _text, _werte in SCHULE.items():
    given(_text)(_schule(_werte))


# --- German language ----------------------------------------------------------------------------
@given(parsers.re(r"die Person hat (?P<art>mündliche|schriftliche) Deutschkenntnisse auf Niveau (?P<niveau>A1|A2|B1|B2|C1|C2)"))
def _(akte: Akte, art: str, niveau: str) -> None:
    akte.sprachnachweis("muendlich" if art == "mündliche" else "schriftlich", niveau)


@given("die Person hat keine nachgewiesenen Deutschkenntnisse")
def _(akte: Akte) -> None:
    akte.setze("sprache.nachweise", [])


@given("die Person hat keine schriftlichen Deutschkenntnisse nachgewiesen")
def _(akte: Akte) -> None:
    akte.sprachnachweis("schriftlich", None)


# --- livelihood ---------------------------------------------------------------------------------
@given(parsers.re(rf"der Bedarf der Bedarfsgemeinschaft beträgt (?P<bedarf>{BETRAG}) € und das Erwerbseinkommen (?P<einkommen>{BETRAG}) €"))
def _(akte: Akte, bedarf: str, einkommen: str) -> None:
    akte.setze("lebensunterhalt.bedarf_eur_monat", geldbetrag(bedarf))
    akte.setze("lebensunterhalt.einkommen", [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": geldbetrag(einkommen)}])


# --- passport and convictions -------------------------------------------------------------------
@given(parsers.re(rf"die Person hat einen Pass, gültig bis (?P<bis>{DATUM})"))
def _(akte: Akte, bis: str) -> None:
    akte.setze("identitaet.pass", {"vorhanden": True, "gueltig_bis": datum(bis)})


@given(parsers.re(r"die Person wurde wegen einer (?P<art>vorsätzlichen|fahrlässigen) Straftat zu einer Freiheitsstrafe von (?P<monate>\d+) Monaten(?P<bewaehrung> auf Bewährung)? verurteilt"))
def _(akte: Akte, art: str, monate: str, bewaehrung: str | None) -> None:
    akte.liste("verurteilungen").append(
        {"freiheitsstrafe_monate": int(monate), "vorsaetzlich": art == "vorsätzlichen", "bewaehrung": bool(bewaehrung), "im_inland": True}
    )


@given(parsers.re(r"die Person wurde wegen einer vorsätzlichen Straftat zu einer Jugendstrafe von (?P<monate>\d+) Monaten (?P<bewaehrung>mit|ohne) Bewährung verurteilt"))
def _(akte: Akte, monate: str, bewaehrung: str) -> None:
    akte.liste("verurteilungen").append(
        {"jugendstrafe_monate": int(monate), "vorsaetzlich": True, "bewaehrung": bewaehrung == "mit", "jugendstrafrecht": True, "im_inland": True}
    )


@given(parsers.re(r"die Person wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von (?P<tagessaetze>\d+) Tagessätzen verurteilt"))
def _(akte: Akte, tagessaetze: str) -> None:
    akte.liste("verurteilungen").append({"tagessaetze": int(tagessaetze), "vorsaetzlich": True, "im_inland": True})


# --- unknown facts and yes/no statements --------------------------------------------------------
@given(parsers.re(r'die Angabe ["„](?P<angabe>[^"“]+)["“] ist unbekannt'))
def _(akte: Akte, angabe: str) -> None:
    if angabe not in ANGABEN:
        raise AssertionError(f"unbekannte Angabe „{angabe}“; bekannt sind: {', '.join(ANGABEN)}")
    for pfad in ANGABEN[angabe]:
        akte.setze(pfad, None)


def _aussage(aenderungen: tuple[tuple[str, Any], ...]) -> Callable[[Akte], None]:
    def schritt(akte: Akte) -> None:
        for pfad, wert in aenderungen:
            akte.setze(pfad, wert)

    return schritt


for _text, _aenderungen in AUSSAGEN.items():
    given(_text)(_aussage(_aenderungen))


# --- Bundeszentralregister: details of the last conviction (Tilgung, §§ 36, 46, 47, 51 BZRG) ------------
@given(parsers.re(rf"das erste Urteil dazu erging am (?P<tag>{DATUM}), die Strafe ist vollstreckt oder erlassen, keine Sexualstraftat"))
def _(akte: Akte, tag: str) -> None:
    v = akte.letzte_verurteilung()
    v.update({"datum": datum(tag), "vollstreckung_erledigt": True, "sexualstraftat": False})
    if v.get("bewaehrung"):
        v["strafe_erlassen"] = True


@given("der Tag des Urteils ist unbekannt")
def _(akte: Akte) -> None:
    akte.letzte_verurteilung()["datum"] = None


@given("der Strafmakel der Jugendstrafe ist beseitigt")
def _(akte: Akte) -> None:
    akte.letzte_verurteilung()["strafmakel_beseitigt"] = True
