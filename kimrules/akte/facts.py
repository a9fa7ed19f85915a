"""The client file (Sachverhalt) as pydantic models.

Every fact may be absent: ``None`` means *unbekannt* and becomes *ungeklärt*
in the screening, never an error. An empty list means "none" (e.g.
``verurteilungen: []`` = keine Verurteilungen), a missing list means "unknown".
Dates are accepted as ``TT.MM.JJJJ`` or ISO ``JJJJ-MM-TT``.
"""

from __future__ import annotations

import re

from datetime import date
from enum import Enum
from typing import Annotated, Any, Optional, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, create_model, model_validator

from kimrules.basis.dates import format_datum, parse_datum
from kimrules.basis.grenzen import FRUEHESTES_DATUM, SPAETESTES_DATUM, UNBEFRISTET

_BEREICH = f"{format_datum(FRUEHESTES_DATUM)} bis {format_datum(SPAETESTES_DATUM)}"


def _datum(value: Any) -> Any:
    """A date in the plausible range (:mod:`kimrules.basis.grenzen`): far dates are typing errors and
    would overflow the date arithmetic."""
    if value is None:
        return value
    if not isinstance(value, date):
        if not isinstance(value, str):
            raise ValueError(f"„{value}“ ist kein Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT)")
        value = parse_datum(value)
    if not FRUEHESTES_DATUM <= value <= SPAETESTES_DATUM:
        raise ValueError(f"Datum {format_datum(value)} liegt außerhalb des möglichen Bereichs {_BEREICH}")
    return value


def _enddatum(value: Any) -> Any:
    """Like :func:`_datum`, and 31.12.9999 ("unbefristet") is kept as that day."""
    if value is None or value == UNBEFRISTET or (isinstance(value, str) and value.strip() in ("31.12.9999", "9999-12-31")):
        return None if value is None else UNBEFRISTET
    try:
        return _datum(value)
    except ValueError as exc:
        raise ValueError(f"{exc}; unbefristet: 31.12.9999") from None


def _offenes_ende(value: Any) -> Any:
    """The end of something that may last: 31.12.9999 ("unbefristet") means it lasts, like no end at all."""
    ende = _enddatum(value)
    return None if ende == UNBEFRISTET else ende


_TRI = {"ja": True, "nein": False, "unbekannt": None, "true": True, "false": False}


def _tri(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        key = value if value in _TRI else value.strip().lower()  # usually already "ja" / "nein"
        if key in _TRI:
            return _TRI[key]
    raise ValueError(f"„{value}“ ist keine gültige Angabe (erwartet ja, nein oder unbekannt)")


Datum = Annotated[date, BeforeValidator(_datum)]
Enddatum = Annotated[date, BeforeValidator(_enddatum)]  # may be 31.12.9999 = unbefristet
OffenesEnde = Annotated[Optional[date], BeforeValidator(_offenes_ende)]  # 31.12.9999 = unbefristet = no end
Kurztext = Annotated[str, Field(max_length=100)]  # Aktenzeichen, Staatsangehörigkeit, Paragraph
Tri = Annotated[Optional[bool], BeforeValidator(_tri)]
_BETRAG_DEUTSCH = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?")
_BETRAG_PUNKT = re.compile(r"\d+\.\d{1,2}")


def _betrag(value: Any) -> Any:
    """An amount in euros: a number, or German text such as ``1850``, ``1850,50``, ``1.850`` or
    ``1.850,50`` (thousands point, decimal comma; a trailing € is allowed). Anything else, e.g.
    ``1,850`` (comma with three digits: thousands or decimals?), is refused, never guessed.

    >>> [_betrag(x) for x in ("1.850", "1.850,50", "1850,5", "1850.50", "12 €")]
    [1850.0, 1850.5, 1850.5, 1850.5, 12.0]
    """
    if not isinstance(value, str):
        return value
    text = value.replace("\u00a0", " ").strip().removesuffix("€").removesuffix("EUR").strip()
    if _BETRAG_DEUTSCH.fullmatch(text):
        return float(text.replace(".", "").replace(",", "."))
    if _BETRAG_PUNKT.fullmatch(text):
        return float(text)
    raise ValueError(f"„{value}“ ist kein eindeutiger Betrag; erwartet Euro wie 1850, 1850,50 oder 1.850,50")


Betrag = Annotated[float, BeforeValidator(_betrag), Field(ge=0, allow_inf_nan=False, json_schema_extra={"einheit": "EUR"})]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Statusart(str, Enum):
    duldung = "duldung"
    duldung_60b = "duldung_60b"  # Duldung „für Personen mit ungeklärter Identität“
    duldung_60d = "duldung_60d"  # Beschäftigungsduldung
    duldung_60c = "duldung_60c"  # Ausbildungsduldung
    aufenthaltsgestattung = "aufenthaltsgestattung"
    aufenthaltserlaubnis = "aufenthaltserlaubnis"
    niederlassungserlaubnis = "niederlassungserlaubnis"
    fiktionsbescheinigung = "fiktionsbescheinigung"
    visum = "visum"
    kein_status = "kein_status"


DULDUNGEN = {Statusart.duldung, Statusart.duldung_60b, Statusart.duldung_60c, Statusart.duldung_60d}


class Sprachniveau(str, Enum):
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"

    @property
    def stufe(self) -> int:
        return _STUFE[self.value]


_STUFE = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6}  # Sprachniveau.stufe


class Person(_Model):
    name: Optional[str] = Field(None, max_length=200, title="Name", description="Name der Person; nur zur Anzeige im Merkblatt, nie in anderen Ausgaben oder Exporten.", examples=["Amina Beispiel"])  # nur zur Anzeige; nie in Exporten
    geburtsdatum: Optional[Datum] = Field(None, title="Geburtsdatum", description="Laut Pass, Duldung oder Geburtsurkunde.", examples=["15.03.2003"])
    einreisedatum: Optional[Datum] = Field(None, title="Einreisedatum", description="Tag der (letzten) Einreise nach Deutschland.", examples=["01.09.2015"])
    staatsangehoerigkeit: Optional[str] = Field(None, max_length=100, title="Staatsangehörigkeit", description="Staatsangehörigkeit(en) laut Pass oder Ausländerbehörde; nur zur Information.", examples=["afghanisch"])


class Statuszeitraum(_Model):
    status: Statusart = Field(title="Status", description="Art des Aufenthaltsstatus in diesem Zeitraum.", examples=["duldung"])
    von: Datum = Field(title="Beginn", description="Erster Tag des Zeitraums.", examples=["15.03.2019"])
    bis: OffenesEnde = Field(None, title="Ende", description="Letzter Tag des Zeitraums; leer lassen, wenn der Status andauert.", examples=["31.12.2021"])  # offen = dauert an
    paragraph: Optional[str] = Field(None, max_length=100, title="Rechtsgrundlage", description="Bei Aufenthaltserlaubnis oder Fiktionsbescheinigung: der Paragraph des AufenthG.", examples=["§ 104c"])  # bei Aufenthaltserlaubnis, z. B. "§ 104c" oder "25 Abs. 5"
    schutz_zuerkannt: Tri = Field(None, title="Später Schutz zuerkannt", description="Nur bei Aufenthaltsgestattung: wurde die Person später als schutzberechtigt anerkannt?", examples=["ja"])  # Gestattung: später als schutzberechtigt anerkannt
    duldungsanspruch: Tri = Field(None, title="Anspruch auf Duldung", description="Nur bei kein_status: bestand ein Anspruch auf Duldung (§ 60a Abs. 2 Satz 1 AufenthG)? nein = kein Status und kein Anspruch auf Duldung.", examples=["nein"])
    visum_art: Optional[Literal["national", "schengen"]] = Field(None, title="Art des Visums", description="Nur bei visum: nationales Visum (§ 6 Abs. 3 AufenthG) oder Schengen-Visum (§ 6 Abs. 1 Nr. 1 AufenthG).", examples=["national"])
    fiktion: Optional[Literal["erlaubnis", "fortgeltung", "duldung"]] = Field(None, title="Art der Fiktion", description="Nur bei fiktionsbescheinigung: § 81 Abs. 3 Satz 1 (erlaubnis), Abs. 4 Satz 1 (fortgeltung) oder Abs. 3 Satz 2 AufenthG (duldung).", examples=["fortgeltung"])

    @model_validator(mode="after")
    def _check(self) -> "Statuszeitraum":
        if self.bis is not None and self.bis < self.von:
            raise ValueError(
                f"Zeitraum endet ({format_datum(self.bis)}) vor seinem Beginn ({format_datum(self.von)}); "
                "„bis“ muss am oder nach „von“ liegen"
            )
        return self

    @property
    def norm(self) -> Optional[str]:
        """Paragraph of an Aufenthaltserlaubnis, normalised ("§ 104c" -> "104c")."""
        if self.paragraph is None:
            return None
        return self.paragraph.replace("§", "").replace("AufenthG", "").strip().lower()


class Auslandsaufenthalt(_Model):
    von: Datum = Field(title="Ausreise", description="Erster Tag außerhalb Deutschlands.", examples=["01.07.2022"])
    bis: Datum = Field(title="Rückkehr", description="Letzter Tag außerhalb Deutschlands.", examples=["15.08.2022"])

    @model_validator(mode="after")
    def _check(self) -> "Auslandsaufenthalt":
        if self.bis < self.von:
            raise ValueError("Auslandsaufenthalt endet vor seinem Beginn; „bis“ muss am oder nach „von“ liegen")
        return self


class Kind(_Model):
    geburtsdatum: Optional[Datum] = Field(None, title="Geburtsdatum des Kindes", description="Laut Geburtsurkunde oder Pass.", examples=["12.05.2016"])
    ledig: Tri = Field(None, title="Kind ledig", description="Ist das Kind ledig?", examples=["ja"])
    im_haushalt: Tri = Field(None, title="Kind lebt im Haushalt", description="Lebt das Kind mit der Person in häuslicher Gemeinschaft?", examples=["ja"])
    schulpflichtig: Tri = Field(None, title="Kind schulpflichtig", description="Ist das Kind schulpflichtig?", examples=["ja"])
    schulbesuch_nachgewiesen: Tri = Field(None, title="Schulbesuch nachgewiesen", description="Ist der tatsächliche Schulbesuch nachgewiesen (Schulbescheinigung, Zeugnis)?", examples=["ja"])


class Partnerart(str, Enum):
    ehegatte = "ehegatte"
    lebenspartner = "lebenspartner"


class Partner(_Model):
    art: Partnerart = Field(Partnerart.ehegatte, title="Art der Partnerschaft", description="Ehegatte oder eingetragener Lebenspartner.", examples=["ehegatte"])
    im_haushalt: Tri = Field(None, title="Partner lebt im Haushalt", description="Lebt der Ehegatte bzw. Lebenspartner mit der Person zusammen?", examples=["ja"])
    deutsch_schriftlich: Optional[Sprachniveau] = Field(None, title="Schriftliches Deutsch des Partners", description="Nachgewiesenes Sprachniveau des Partners im Schriftlichen (zählt bei § 25b AufenthG für die Person mit).", examples=["A2"])


class Familienstand(str, Enum):
    ledig = "ledig"
    verheiratet = "verheiratet"
    eingetragene_lebenspartnerschaft = "eingetragene_lebenspartnerschaft"
    geschieden = "geschieden"
    verwitwet = "verwitwet"


class Haushalt(_Model):
    familienstand: Optional[Familienstand] = Field(None, title="Familienstand", description="Familienstand der Person.", examples=["verheiratet"])
    partner: Optional[Partner] = Field(None, title="Ehegatte oder Lebenspartner", description="Angaben zum Ehegatten oder eingetragenen Lebenspartner.")
    kinder: Optional[list[Kind]] = Field(None, title="Kinder", description="Kinder der Person. Leere Liste = keine Kinder; fehlende Liste = unbekannt.")  # [] = keine Kinder
    # Person ist Ehegatte/Lebenspartner/minderjähriges lediges Kind eines Begünstigten
    # nach § 25b Abs. 1 und lebt mit ihm in familiärer Lebensgemeinschaft (§ 25b Abs. 4)
    familienangehoeriger_25b_beguenstigter: Tri = Field(None, title="Familienangehöriger eines § 25b-Begünstigten", description="Ist die Person Ehegatte, Lebenspartner oder minderjähriges lediges Kind einer Person, die eine Aufenthaltserlaubnis nach § 25b Abs. 1 AufenthG erhält, und lebt mit ihr in familiärer Lebensgemeinschaft (§ 25b Abs. 4 AufenthG)?", examples=["nein"])


class Nachweisart(str, Enum):
    zertifikat = "zertifikat"
    integrationskurs = "integrationskurs"
    schulabschluss = "schulabschluss"
    gespraech = "gespraech"  # Gespräch bei der Behörde ohne Dolmetscher
    sonstiges = "sonstiges"


class Sprachnachweis(_Model):
    niveau: Sprachniveau = Field(title="Sprachniveau", description="Nachgewiesene Stufe nach dem Gemeinsamen Europäischen Referenzrahmen.", examples=["A2"])
    muendlich: Tri = Field(True, title="Mündlich nachgewiesen", description="Weist der Nachweis mündliche Kenntnisse nach?", examples=["ja"])
    schriftlich: Tri = Field(None, title="Schriftlich nachgewiesen", description="Weist der Nachweis schriftliche Kenntnisse nach?", examples=["ja"])
    art: Nachweisart = Field(Nachweisart.zertifikat, title="Art des Nachweises", description="Zertifikat, Integrationskurs, Schulabschluss, Gespräch bei der Behörde ohne Dolmetscher oder Sonstiges.", examples=["zertifikat"])
    datum: Optional[Datum] = Field(None, title="Datum des Nachweises", description="Ausstellungs- oder Prüfungsdatum.", examples=["20.06.2024"])


class Sprache(_Model):
    nachweise: Optional[list[Sprachnachweis]] = Field(None, title="Sprachnachweise", description="Nachweise der Deutschkenntnisse. Leere Liste = keine Nachweise; fehlende Liste = unbekannt.")  # [] = keine Nachweise
    integrationskurs_moeglich: Tri = Field(None, title="Integrationskurs möglich", description="Kann die Person einen Integrationskurs besuchen (§ 25b Abs. 6 AufenthG)?", examples=["ja"])  # § 25b Abs. 6 Halbsatz 2


class Test(_Model):
    bestanden: Tri = Field(None, title="Test bestanden", description="Wurde der Test „Leben in Deutschland“ (oder der Einbürgerungstest) bestanden?", examples=["ja"])
    punkte: Optional[Annotated[int, Field(ge=0, le=33)]] = Field(None, title="Punkte", description="Richtige Antworten von 33.", examples=[21])
    datum: Optional[Datum] = Field(None, title="Testdatum", description="Tag des Tests.", examples=["10.10.2024"])


class Bekenntnis(_Model):
    abgegeben: Tri = Field(None, title="Bekenntnis abgegeben", description="Hat die Person sich zur freiheitlichen demokratischen Grundordnung bekannt?", examples=["ja"])
    datum: Optional[Datum] = Field(None, title="Datum des Bekenntnisses", description="Tag der Abgabe.", examples=["01.02.2025"])


class Bildung(_Model):
    deutscher_schulabschluss: Tri = Field(None, title="Deutscher Schulabschluss", description="Hat die Person in Deutschland mindestens den Hauptschulabschluss erworben?", examples=["nein"])  # mindestens Hauptschulabschluss in Deutschland
    berufsabschluss_deutschland: Tri = Field(None, title="Deutscher Berufsabschluss", description="Hat die Person in Deutschland einen Berufsabschluss erworben?", examples=["nein"])
    in_ausbildung_oder_studium: Tri = Field(None, title="In Ausbildung oder Studium", description="Ist die Person in einer Ausbildung oder im Studium (§ 25b Abs. 1 Satz 3 Nr. 1 AufenthG)?", examples=["nein"])  # § 25b Abs. 1 Satz 3 Nr. 1
    # § 25a Abs. 1 Satz 1 Nr. 2 AufenthG: Schulbesuch im Bundesgebiet
    schulbesuch_seit: Optional[Datum] = Field(None, title="Schulbesuch in Deutschland seit", description="Beginn des ununterbrochenen Schulbesuchs in Deutschland (§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG).", examples=["01.09.2016"])  # Beginn des (ununterbrochenen) Schulbesuchs in Deutschland
    schulbesuch_bis: OffenesEnde = Field(None, title="Schulbesuch bis", description="Ende des Schulbesuchs; leer lassen, wenn er andauert.", examples=["30.06.2022"])  # Ende des Schulbesuchs; leer = dauert an
    schulbesuch_erfolgreich: Tri = Field(None, title="Schulbesuch erfolgreich", description="Regelmäßiger Schulbesuch mit höchstens geringen Fehlzeiten; Versetzung oder Abschluss ist zu erwarten.", examples=["ja"])  # regelmäßig, höchstens geringe Fehlzeiten, Versetzung/Abschluss zu erwarten
    schulbesuch_unmoeglich_krankheit_behinderung: Tri = Field(None, title="Schulbesuch wegen Krankheit oder Behinderung nicht möglich", description="§ 25a Abs. 1 Satz 1 Nr. 2 Satz 2 AufenthG.", examples=["nein"])  # Nr. 2 Satz 2: wegen Krankheit oder Behinderung nicht möglich


class Einkommensquelle(str, Enum):
    erwerbstaetigkeit = "erwerbstaetigkeit"
    kindergeld = "kindergeld"
    unterhalt = "unterhalt"
    rente = "rente"
    arbeitslosengeld = "arbeitslosengeld"
    sonstiges = "sonstiges"


class Einkommen(_Model):
    quelle: Einkommensquelle = Field(title="Einkommensquelle", description="Woher das Einkommen kommt.", examples=["erwerbstaetigkeit"])
    betrag_eur_monat: Betrag = Field(title="Betrag (€ im Monat)", description="Netto im Monat in Euro.", examples=[1450.0])


class Leistungsart(str, Enum):
    asylblg = "asylblg"
    sgb2 = "sgb2"
    sgb12 = "sgb12"
    wohngeld = "wohngeld"


class Leistung(_Model):
    art: Leistungsart = Field(title="Art der Leistung", description="AsylbLG, Bürgergeld (SGB II), Sozialhilfe (SGB XII) oder Wohngeld.", examples=["sgb2"])
    betrag_eur_monat: Optional[Betrag] = Field(None, title="Betrag (€ im Monat)", description="Leistung im Monat in Euro, falls bekannt.", examples=[312.5])


class Lebensunterhalt(_Model):
    # Gesamtbedarf der Bedarfsgemeinschaft (Regelbedarfe, Unterkunft, Freibeträge), wie vom Jobcenter/der ABH berechnet
    bedarf_eur_monat: Optional[Betrag] = Field(None, title="Bedarf der Bedarfsgemeinschaft (€ im Monat)", description="Gesamtbedarf (Regelbedarfe, Unterkunft, Freibeträge), wie vom Jobcenter oder der Ausländerbehörde berechnet. Fehlt er, rechnet kimrules ihn aus der Warmmiete.", examples=[1820.0])
    einkommen: Optional[list[Einkommen]] = Field(None, title="Einkommen", description="Einkommen der Bedarfsgemeinschaft nach Quelle. Leere Liste = kein Einkommen; fehlende Liste = unbekannt.")
    leistungen: Optional[list[Leistung]] = Field(None, title="Sozialleistungen", description="Bezogene Leistungen. Leere Liste = keine; fehlende Liste = unbekannt.")
    leistungsbezug_voruebergehend: Tri = Field(None, title="Leistungsbezug nur vorübergehend", description="Ist der Bezug von Leistungen nur vorübergehend?", examples=["ja"])
    prognose_anhaltspunkte: Tri = Field(None, title="Anhaltspunkte für künftige Sicherung", description="Gibt es Anhaltspunkte, dass der Lebensunterhalt künftig gesichert sein wird (z. B. Arbeitsvertrag, Ausbildung kurz vor Abschluss)?", examples=["ja"])  # z. B. Arbeitsvertrag, Ausbildung kurz vor Abschluss
    alleinerziehend_arbeit_unzumutbar: Tri = Field(None, title="Alleinerziehend, Arbeit nicht zumutbar", description="§ 25b Abs. 1 Satz 3 Nr. 3 AufenthG: alleinerziehend mit minderjährigem Kind, Erwerbstätigkeit nicht zumutbar.", examples=["nein"])  # § 25b Abs. 1 Satz 3 Nr. 3
    pflegt_angehoerige: Tri = Field(None, title="Pflegt Angehörige", description="§ 25b Abs. 1 Satz 3 Nr. 4 AufenthG: pflegt nahe Angehörige.", examples=["nein"])  # § 25b Abs. 1 Satz 3 Nr. 4
    # für den berechneten Bedarf (kimrules.fakten.lebensunterhalt), wenn bedarf_eur_monat fehlt:
    miete_warm_eur_monat: Optional[Betrag] = Field(None, title="Warmmiete (€ im Monat)", description="Kosten der Unterkunft und Heizung des Haushalts; daraus wird der Bedarf berechnet, wenn er nicht angegeben ist.", examples=[780.0])  # Kosten der Unterkunft und Heizung (Warmmiete) des Haushalts
    schwanger_nach_12_ssw: Tri = Field(None, title="Schwanger nach der 12. Woche", description="Ist die Person oder ihre Partnerin nach der 12. Schwangerschaftswoche (Mehrbedarf nach § 21 Abs. 2 SGB II)?", examples=["nein"])  # Person oder Partnerin nach der 12. Schwangerschaftswoche (§ 21 Abs. 2 SGB II)


class Pass(_Model):
    vorhanden: Tri = Field(None, title="Pass vorhanden", description="Hat die Person einen Pass oder Passersatz?", examples=["ja"])
    gueltig_bis: Optional[Enddatum] = Field(None, title="Pass gültig bis", description="Ablaufdatum des Passes.", examples=["14.08.2029"])
    beantragt_am: Optional[Datum] = Field(None, title="Pass beantragt am", description="Tag, an dem der Pass bei der Auslandsvertretung beantragt wurde.", examples=["03.05.2024"])


class Identitaet(_Model):
    geklaert: Tri = Field(None, title="Identität geklärt", description="Ist die Identität der Person geklärt?", examples=["ja"])
    pass_: Optional[Pass] = Field(default=None, alias="pass", title="Pass", description="Angaben zum Pass.")
    taeuschung_aktuell: Tri = Field(None, title="Aktuelle Täuschung", description="Verhindern eigene falsche Angaben oder Täuschung über Identität oder Staatsangehörigkeit derzeit die Abschiebung?", examples=["nein"])  # eigene falsche Angaben/Täuschung verhindern derzeit die Abschiebung
    mitwirkung_verweigert_aktuell: Tri = Field(None, title="Mitwirkung derzeit verweigert", description="Wird zumutbare Mitwirkung (z. B. bei der Passbeschaffung) derzeit nicht erfüllt?", examples=["nein"])  # zumutbare Mitwirkung wird derzeit nicht erfüllt
    taeuschung_frueher: Tri = Field(None, title="Frühere Täuschung", description="Gab es früher eine inzwischen beendete Täuschung?", examples=["nein"])  # frühere, inzwischen beendete Täuschung
    taeuschung_beendet_am: Optional[Datum] = Field(None, title="Täuschung beendet am", description="Tag, an dem die frühere Täuschung endete.", examples=["01.06.2020"])
    zumutbare_massnahmen_ergriffen: Tri = Field(None, title="Zumutbare Maßnahmen zur Klärung ergriffen", description="Hat die Person alle zumutbaren Maßnahmen zur Klärung der Identität ergriffen (§ 25b Abs. 8 Satz 2 AufenthG)?", examples=["ja"])  # § 25b Abs. 8 Satz 2

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Verurteilung(_Model):
    datum: Optional[Datum] = Field(None, title="Datum der Verurteilung", description="Tag des Urteils oder Strafbefehls.", examples=["12.11.2021"])
    tagessaetze: Optional[Annotated[int, Field(ge=0)]] = Field(None, title="Geldstrafe in Tagessätzen", description="Anzahl der Tagessätze.", examples=[40])
    freiheitsstrafe_monate: Optional[Annotated[int, Field(ge=0)]] = Field(None, title="Freiheitsstrafe (Monate)", description="Dauer der Freiheitsstrafe in Monaten.", examples=[6])
    jugendstrafe_monate: Optional[Annotated[int, Field(ge=0)]] = Field(None, title="Jugendstrafe (Monate)", description="Dauer der Jugendstrafe in Monaten.", examples=[12])
    bewaehrung: Tri = Field(None, title="Zur Bewährung ausgesetzt", description="Wurde die Strafe zur Bewährung ausgesetzt?", examples=["ja"])
    vorsaetzlich: Tri = Field(None, title="Vorsätzliche Tat", description="Wurde die Person wegen einer vorsätzlichen Tat verurteilt?", examples=["ja"])
    im_inland: Tri = Field(None, title="Verurteilung in Deutschland", description="Wurde die Person von einem deutschen Gericht verurteilt?", examples=["ja"])
    nur_auslaender_straftat: Tri = Field(None, title="Nur von Ausländern begehbare Straftat", description="Kann die Tat nur von Ausländern begangen werden (z. B. nach AufenthG oder AsylG)?", examples=["nein"])
    jugendstrafrecht: Tri = Field(None, title="Nach Jugendstrafrecht", description="Wurde nach Jugendstrafrecht verurteilt (Erziehungsmaßregeln, Zuchtmittel oder Jugendstrafe)?", examples=["nein"])
    motiv_menschenverachtend: Tri = Field(None, title="Menschenverachtendes Motiv festgestellt", description="Hat das Urteil ein antisemitisches, rassistisches oder sonst menschenverachtendes Motiv festgestellt (§ 12a Abs. 1 Satz 2 StAG)?", examples=["nein"])  # antisemitisch, rassistisch oder sonst menschenverachtend, im Urteil festgestellt (§ 12a Abs. 1 Satz 2 StAG)
    strafe_erlassen: Tri = Field(None, title="Strafe erlassen", description="Wurde eine Bewährungsstrafe nach Ablauf der Bewährungszeit erlassen (§ 12a Abs. 1 Satz 1 Nr. 3 StAG)?", examples=["ja"])  # Bewährungsstrafe nach Ablauf der Bewährungszeit erlassen (§ 12a Abs. 1 Satz 1 Nr. 3 StAG)
    vollstreckung_erledigt: Tri = Field(None, title="Vollstreckung erledigt", description="Ist die Strafe vollstreckt bzw. die Geldstrafe bezahlt (§ 47 Abs. 2 BZRG)?", examples=["ja"])
    strafmakel_beseitigt: Tri = Field(None, title="Strafmakel beseitigt", description="Jugendstrafe: wurde der Strafmakel beseitigt (§ 100 JGG)?", examples=["nein"])
    sexualstraftat: Tri = Field(None, title="Sexualstraftat", description="Verurteilung wegen einer in § 46 Abs. 1 Nr. 1a BZRG genannten Straftat?", examples=["nein"])


class Beeintraechtigung(_Model):
    # kann die Voraussetzung wegen Krankheit, Behinderung oder aus Altersgründen nicht erfüllen
    lebensunterhalt: Tri = Field(None, title="Lebensunterhalt wegen Krankheit, Behinderung oder Alter nicht möglich", description="Kann die Person den Lebensunterhalt wegen Krankheit, Behinderung oder aus Altersgründen nicht sichern?", examples=["nein"])
    sprache: Tri = Field(None, title="Deutschkenntnisse wegen Krankheit, Behinderung oder Alter nicht möglich", description="Kann die Person die Sprachkenntnisse wegen Krankheit, Behinderung oder aus Altersgründen nicht erwerben?", examples=["nein"])


class Besonderheiten(_Model):
    besondere_integrationsleistungen: Tri = Field(None, title="Besondere Integrationsleistungen", description="Hat die Person besondere Integrationsleistungen erbracht (z. B. Ehrenamt, besonders gute Sprachkenntnisse, Schul- oder Berufserfolg)?", examples=["nein"])
    atypischer_fall: Tri = Field(None, title="Atypischer Fall", description="Liegt nach Einschätzung ein atypischer Fall vor, der vom Regelfall abweicht?", examples=["nein"])
    begruendung: Optional[str] = Field(None, title="Begründung", description="Kurze Begründung der Besonderheiten.", examples=["seit 2019 Ehrenamt in der Flüchtlingshilfe"])


class Beschaeftigungsduldung(_Model):
    voraussetzungen_60d_erfuellt: Tri = Field(None, title="Voraussetzungen des § 60d weiter erfüllt", description="Sind die Voraussetzungen der Beschäftigungsduldung nach § 60d AufenthG weiterhin erfüllt?", examples=["ja"])


class Antragsnorm(str, Enum):
    """The pathways kimrules screens (the rule sets' kennung)."""

    aufenthg_104c = "aufenthg_104c"
    aufenthg_25a = "aufenthg_25a"
    aufenthg_25b = "aufenthg_25b"
    stag_10 = "stag_10"


class Antrag(_Model):
    """An application already filed (date of receipt at the authority)."""

    norm: Antragsnorm = Field(title="Antrag nach", description="Der Weg, für den der Antrag gestellt wurde.", examples=["aufenthg_25b"])
    gestellt_am: Datum = Field(title="Antrag gestellt am", description="Tag des Eingangs bei der Behörde.", examples=["15.02.2025"])


class GeplanterSprachnachweis(_Model):
    """A language certificate expected on a date (e.g. „A2-Zertifikat erwartet am …“)."""

    niveau: Sprachniveau = Field(title="Erwartetes Sprachniveau", description="Stufe des erwarteten Nachweises.", examples=["B1"])
    muendlich: Tri = Field(True, title="Mündlich", description="Weist der erwartete Nachweis mündliche Kenntnisse nach?", examples=["ja"])
    schriftlich: Tri = Field(None, title="Schriftlich", description="Weist der erwartete Nachweis schriftliche Kenntnisse nach?", examples=["ja"])
    art: Nachweisart = Field(Nachweisart.zertifikat, title="Art des Nachweises", description="Art des erwarteten Nachweises.", examples=["zertifikat"])
    erwartet_am: Datum = Field(title="Erwartet am", description="Tag, an dem der Nachweis erwartet wird.", examples=["30.09.2025"])


class GeplanterPass(_Model):
    """A passport applied for and expected on a date."""

    beantragt_am: Optional[Datum] = Field(None, title="Beantragt am", description="Tag der Beantragung (nur zur Information).", examples=["03.05.2025"])  # nur zur Information (darf vor dem Stichtag liegen)
    erwartet_am: Datum = Field(title="Erwartet am", description="Tag, an dem der Pass erwartet wird.", examples=["01.10.2025"])
    gueltig_bis: Optional[Enddatum] = Field(None, title="Gültig bis", description="Erwartete Gültigkeit; leer = unbekannt.", examples=["30.09.2035"])  # leer: Gültigkeit unbekannt (→ ungeklärt)


class GeplanterStatus(_Model):
    """A planned status change: the status held on the Stichtag ends the day before ``ab``."""

    status: Statusart = Field(title="Neuer Status", description="Status ab dem Wechsel.", examples=["aufenthaltserlaubnis"])
    ab: Datum = Field(title="Ab", description="Erster Tag des neuen Status; der bisherige endet am Vortag.", examples=["01.11.2025"])
    paragraph: Optional[str] = Field(None, max_length=100, title="Rechtsgrundlage", description="Bei Aufenthaltserlaubnis: der Paragraph.", examples=["§ 25b"])


class GeplantesEinkommen(_Model):
    """Income expected from a date on (e.g. an employment contract starting then); adds to ``lebensunterhalt.einkommen``."""

    quelle: Einkommensquelle = Field(Einkommensquelle.erwerbstaetigkeit, title="Einkommensquelle", description="Woher das erwartete Einkommen kommt.", examples=["erwerbstaetigkeit"])
    betrag_eur_monat: Betrag = Field(title="Betrag (€ im Monat)", description="Erwartetes Einkommen netto im Monat.", examples=[1600.0])
    ab: Datum = Field(title="Ab", description="Erster Monat des Einkommens.", examples=["01.01.2026"])


class Geplant(_Model):
    """Planned facts: used ONLY in the what-if projection (:mod:`kimrules.fristen.projektion`), never in the
    screening on the Stichtag. Their dates may lie after the Stichtag."""

    sprachnachweise: list[GeplanterSprachnachweis] = Field([], title="Erwartete Sprachnachweise", description="Sprachzertifikate, die erwartet werden.")
    leben_in_deutschland_test_am: Optional[Datum] = Field(None, title="Test erwartet bestanden am", description="Tag, an dem der Test „Leben in Deutschland“ voraussichtlich bestanden ist.", examples=["15.11.2025"])  # Test bestanden erwartet am
    bekenntnis_am: Optional[Datum] = Field(None, title="Bekenntnis am", description="Tag, an dem das Bekenntnis abgegeben werden soll.", examples=["01.12.2025"])  # Bekenntnis wird abgegeben am
    identitaet_geklaert_am: Optional[Datum] = Field(None, title="Identität geklärt am", description="Tag, an dem die Identität voraussichtlich geklärt ist.", examples=["01.10.2025"])
    pass_: Optional[GeplanterPass] = Field(default=None, alias="pass", title="Erwarteter Pass", description="Ein beantragter Pass, der erwartet wird.")
    statuswechsel: list[GeplanterStatus] = Field([], title="Geplante Statuswechsel", description="Erwartete Wechsel des Aufenthaltsstatus.")
    einkommen: list[GeplantesEinkommen] = Field([], title="Erwartetes Einkommen", description="Einkommen ab einem Tag (z. B. Arbeitsvertrag); kommt zum Einkommen hinzu.")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


# --- norm-specific sections: added below this line, one class block per norm -------------------


class GutIntegrierteJugendliche(_Model):
    """§ 25a AufenthG: Einschätzungen, die nur die Ausländerbehörde abschließend trifft."""

    integrationsprognose_positiv: Tri = Field(None, title="Positive Integrationsprognose", description="Fügt sich die Person nach Ausbildung und Lebensverhältnissen voraussichtlich ein (§ 25a Abs. 1 Satz 1 Nr. 4 AufenthG)?", examples=["ja"])  # Abs. 1 Satz 1 Nr. 4: fügt sich nach Ausbildung und Lebensverhältnissen ein
    anhaltspunkte_gegen_bekenntnis: Tri = Field(None, title="Anhaltspunkte gegen das Bekenntnis", description="Gibt es konkrete Anhaltspunkte, dass die Person sich nicht zur freiheitlichen demokratischen Grundordnung bekennt (§ 25a Abs. 1 Satz 1 Nr. 5 AufenthG)?", examples=["nein"])  # Abs. 1 Satz 1 Nr. 5: konkrete Anhaltspunkte gegen das Bekenntnis zur fdGO
    taeuschung_nur_durch_eltern: Tri = Field(None, title="Täuschung nur durch die Eltern", description="Ging die Täuschung nur von den Eltern aus (wird nach § 25a Abs. 1 Satz 3 AufenthG nicht zugerechnet)?", examples=["nein"])  # Täuschung ging nur von den Eltern aus (wird nicht zugerechnet, Abs. 1 Satz 3)


class ChancenAufenthaltsrecht(_Model):
    """§ 104c AufenthG: Angaben, die nur für das Chancen-Aufenthaltsrecht gebraucht werden."""

    # Abs. 1 Satz 2: die aktuelle Täuschung bzw. die falschen Angaben (identitaet.taeuschung_aktuell)
    # erfolgten wiederholt und vorsätzlich; bloß fehlende Mitwirkung zählt nicht
    taeuschung_wiederholt: Tri = Field(None, title="Wiederholte vorsätzliche Täuschung", description="Waren die aktuelle Täuschung bzw. die falschen Angaben wiederholt und vorsätzlich (§ 104c Abs. 1 Satz 2 AufenthG)? Bloß fehlende Mitwirkung zählt nicht.", examples=["nein"])


class Erwerbszeit(_Model):
    """A period of employment (§ 10 Abs. 1 Satz 1 Nr. 3 Buchst. b StAG: Vollzeit jetzt und 20 der letzten 24 Monate)."""

    von: Datum = Field(title="Beginn", description="Erster Tag der Erwerbstätigkeit.", examples=["01.04.2023"])
    bis: OffenesEnde = Field(None, title="Ende", description="Letzter Tag; leer lassen, wenn sie andauert.", examples=["31.03.2025"])  # offen = dauert an
    vollzeit: Tri = Field(None, title="Vollzeit", description="Vollzeit laut Arbeitsvertrag?", examples=["ja"])  # Vollzeit laut Arbeitsvertrag; wie viele Wochenstunden „Vollzeit“ sind, bestimmt das Gesetz nicht

    @model_validator(mode="after")
    def _check(self) -> "Erwerbszeit":
        if self.bis is not None and self.bis < self.von:
            raise ValueError("Erwerbszeit endet vor ihrem Beginn; „bis“ muss am oder nach „von“ liegen")
        return self


class Einbuergerung(_Model):
    """§ 10 StAG (Anspruchseinbürgerung) with §§ 11, 12a, 12b, 35a, 40a StAG: what only this pathway asks."""

    handlungsfaehigkeit_eingeschraenkt: Tri = Field(None, title="Handlungsfähigkeit eingeschränkt", description="Geschäftsunfähig oder Betreuung mit Einwilligungsvorbehalt (§ 34 Satz 1 StAG)?", examples=["nein"])  # geschäftsunfähig oder Betreuung mit Einwilligungsvorbehalt (§ 34 Satz 1 StAG)
    gesetzlich_vertreten: Tri = Field(None, title="Antrag durch gesetzliche Vertretung", description="Wird der Antrag durch die gesetzliche Vertretung gestellt (z. B. Eltern eines Kindes unter 16)?", examples=["nein"])  # Antrag durch die gesetzliche Vertretung (z. B. Eltern eines Kindes unter 16)
    pass_beschaffung_unzumutbar: Tri = Field(None, title="Passbeschaffung unmöglich oder unzumutbar", description="Ist ein Pass objektiv nicht zu beschaffen oder die Beschaffung subjektiv unzumutbar?", examples=["nein"])  # Stufenmodell: Pass objektiv unmöglich oder subjektiv unzumutbar zu beschaffen
    bekenntnis_verantwortung: Tri = Field(None, title="Bekenntnis zur historischen Verantwortung", description="§ 10 Abs. 1 Satz 1 Nr. 1a StAG (seit 27.06.2024): Bekenntnis zur besonderen historischen Verantwortung Deutschlands abgegeben?", examples=["ja"])  # Abs. 1 Satz 1 Nr. 1a: Bekenntnis zur historischen Verantwortung (seit 27.06.2024)
    aufgabe_staatsangehoerigkeit: Tri = Field(None, title="Aufgabe der bisherigen Staatsangehörigkeit", description="Bis 26.06.2024 (§ 10 Abs. 1 Satz 1 Nr. 4 StAG a. F.): gibt die bisherige Staatsangehörigkeit auf oder verliert sie?", examples=["nein"])  # bis 26.06.2024 Nr. 4: gibt bisherige Staatsangehörigkeit auf oder verliert sie
    mehrstaatigkeit_hinzunehmen: Tri = Field(None, title="Mehrstaatigkeit hinzunehmen", description="Bis 26.06.2024: Ausnahme nach § 12 StAG a. F.?", examples=["nein"])  # bis 26.06.2024: Ausnahme nach § 12 StAG a. F. oder Abs. 3a
    leistungsbezug_nicht_zu_vertreten: Tri = Field(None, title="Leistungsbezug nicht zu vertreten", description="Ist der Bezug von Leistungen nach SGB II oder SGB XII nicht zu vertreten?", examples=["ja"])  # Bezug von SGB II/XII nicht zu vertreten (Nr. 3 a. F., § 40a, Buchst. a)
    gastarbeiter_oder_vertragsarbeitnehmer: Tri = Field(None, title="Gastarbeiter oder Vertragsarbeitnehmer", description="Eingereist über ein Anwerbeabkommen bis 30.06.1974 oder als Vertragsarbeitnehmer bis 13.06.1990 (oder deren Ehegatte)?", examples=["nein"])  # Anwerbeabkommen bis 30.06.1974 / Vertragsarbeitnehmer bis 13.06.1990 (oder Ehegatte)
    erwerbszeiten: Optional[list[Erwerbszeit]] = Field(None, title="Erwerbszeiten", description="Zeiten der Erwerbstätigkeit (Vollzeit jetzt und 20 der letzten 24 Monate, § 10 Abs. 1 Satz 1 Nr. 3 Buchst. b StAG). Leere Liste = keine.")  # [] = keine Erwerbstätigkeit
    partner_vollzeit_20_von_24_monaten: Tri = Field(None, title="Partner 20 von 24 Monaten in Vollzeit", description="Erfüllt der Ehegatte oder Lebenspartner die Vollzeit-Voraussetzung (§ 10 Abs. 1 Satz 1 Nr. 3 Buchst. c StAG)?", examples=["nein"])  # Buchst. c: Ehegatte/Lebenspartner erfüllt Buchst. b
    einbuergerungstest_punkte: Optional[Annotated[int, Field(ge=0, le=33)]] = Field(None, title="Punkte im Einbürgerungstest", description="Richtige Antworten von 33.", examples=[25])  # richtige Antworten von 33
    integrationskurs_erfolgreich: Tri = Field(None, title="Integrationskurs erfolgreich", description="Bis 26.06.2024 (§ 10 Abs. 3 Satz 1 StAG a. F.): Bescheinigung des BAMF über die erfolgreiche Teilnahme?", examples=["nein"])  # bis 26.06.2024 Abs. 3 Satz 1: Bescheinigung des BAMF
    altersgemaesse_sprachentwicklung: Tri = Field(None, title="Altersgemäße Sprachentwicklung", description="Nur Kind unter 16 (§ 10 Abs. 4 Satz 2 StAG): altersgemäße Sprachentwicklung?", examples=["ja"])  # Abs. 4 Satz 2: Kind unter 16
    muendlich_alltag_verstaendigung: Tri = Field(None, title="Mündliche Verständigung im Alltag", description="Verständigt sich die Person mündlich ohne nennenswerte Probleme im Alltag (§ 10 Abs. 4 Satz 3, Abs. 4a StAG)?", examples=["ja"])  # Abs. 4 Satz 3, Abs. 4a: verständigt sich mündlich ohne nennenswerte Probleme im Alltag
    sprache_haerte_nachgewiesen: Tri = Field(None, title="Härte bei der Sprache nachgewiesen", description="Ist B1 trotz ernsthafter und nachhaltiger Bemühungen nicht erreichbar (§ 10 Abs. 4a StAG)?", examples=["nein"])  # Abs. 4a: B1 trotz ernsthafter und nachhaltiger Bemühungen nicht möglich
    kenntnisse_unmoeglich_krankheit_alter: Tri = Field(None, title="Kenntnisse wegen Krankheit oder Alter nicht möglich", description="§ 10 Abs. 6 Satz 1 StAG für die Kenntnisse der Rechts- und Gesellschaftsordnung.", examples=["nein"])  # Abs. 6 Satz 1 für Nr. 7 (Sprache: beeintraechtigung.sprache)
    massregel_schuldunfaehigkeit: Tri = Field(None, title="Maßregel wegen Schuldunfähigkeit", description="Wurde eine Maßregel der Besserung und Sicherung wegen Schuldunfähigkeit angeordnet (§ 10 Abs. 1 Satz 1 Nr. 5 StAG)?", examples=["nein"])  # Nr. 5: Maßregel der Besserung und Sicherung wegen Schuldunfähigkeit
    anhaltspunkte_verfassungsfeindlich: Tri = Field(None, title="Anhaltspunkte für verfassungsfeindliche Bestrebungen", description="§ 11 Satz 1 Nr. 1 StAG.", examples=["nein"])  # § 11 Satz 1 Nr. 1: Anhaltspunkte für verfassungsfeindliche Bestrebungen
    abwendung_glaubhaft: Tri = Field(None, title="Glaubhafte Abwendung", description="Hat die Person sich glaubhaft von früheren Bestrebungen abgewandt (§ 11 Satz 1 Nr. 1 StAG)?", examples=["nein"])  # § 11 Satz 1 Nr. 1: glaubhafte Abwendung von früheren Bestrebungen
    anhaltspunkte_bekenntnis_unrichtig: Tri = Field(None, title="Bekenntnis inhaltlich unrichtig", description="Anhaltspunkte, dass das Bekenntnis inhaltlich unrichtig ist (§ 11 Satz 1 Nr. 1a StAG)?", examples=["nein"])  # § 11 Satz 1 Nr. 1a: Bekenntnis inhaltlich unrichtig
    ausweisungsinteresse_54_1_nr2_oder_4: Tri = Field(None, title="Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2 oder 4 AufenthG", description="§ 11 Satz 1 Nr. 2 StAG.", examples=["nein"])  # § 11 Satz 1 Nr. 2
    mehrehe: Tri = Field(None, title="Mehrehe", description="Gleichzeitig mit mehreren Ehegatten verheiratet (§ 11 Satz 1 Nr. 3 Buchst. a StAG)?", examples=["nein"])  # gleichzeitig mit mehreren Ehegatten verheiratet (§ 11 Satz 1 Nr. 3 Buchst. a; bis 26.06.2024 § 10 Abs. 1)
    missachtung_gleichberechtigung: Tri = Field(None, title="Missachtung der Gleichberechtigung", description="Missachtet die Person durch ihr Verhalten die Gleichberechtigung von Mann und Frau (§ 11 Satz 1 Nr. 3 Buchst. b StAG)?", examples=["nein"])  # § 11 Satz 1 Nr. 3 Buchst. b
    sperrgrund_35a: Tri = Field(None, title="Sperrgrund nach § 35a StAG", description="Wurde eine Einbürgerung unanfechtbar zurückgenommen oder eine Täuschung festgestellt?", examples=["nein"])  # § 35a: Einbürgerung unanfechtbar zurückgenommen oder Täuschung festgestellt
    sperrgrund_35a_am: Optional[Datum] = Field(None, title="Sperrgrund seit", description="Tag der Rücknahme bzw. Feststellung.", examples=["01.03.2022"])  # Tag der Rücknahme bzw. Feststellung


class Sachverhalt(_Model):
    aktenzeichen: str = Field(min_length=1, max_length=100, title="Aktenzeichen", description="Aktenzeichen des Falls im Case Management; Ausgaben nennen nur das Aktenzeichen, nie den Namen. Pflichtangabe.", examples=["KIM-2025-0001"])
    person: Person = Field(Person(), title="Person", description="Grunddaten der Person, um die es geht.")
    aufenthalt: Optional[list[Statuszeitraum]] = Field(None, title="Aufenthaltsstatus seit der Einreise", description="Lückenlose Liste der Aufenthaltsstatus (Duldung, Gestattung, Aufenthaltserlaubnis …) mit Beginn und Ende, wie im AZR-Auszug oder auf den Bescheinigungen. Fehlt die Liste, ist die Aufenthaltsgeschichte unbekannt.")
    auslandsaufenthalte: Optional[list[Auslandsaufenthalt]] = Field(None, title="Auslandsaufenthalte", description="Zeiten, in denen die Person sich außerhalb Deutschlands aufgehalten hat. Leere Liste = keine; fehlende Liste = unbekannt (wird in der Zählung als keine gewertet und so vermerkt).")  # [] = keine
    haushalt: Haushalt = Field(Haushalt(), title="Haushalt und Familie", description="Familienstand, Ehegatte oder Lebenspartner, Kinder.")
    sprache: Sprache = Field(Sprache(), title="Deutschkenntnisse", description="Nachweise der Deutschkenntnisse und ob ein Integrationskurs möglich ist.")
    leben_in_deutschland_test: Test = Field(Test(), title="Test „Leben in Deutschland“ / Einbürgerungstest", description="Ergebnis des bundeseinheitlichen Tests (33 Fragen).")
    bekenntnis: Bekenntnis = Field(Bekenntnis(), title="Bekenntnis zur freiheitlichen demokratischen Grundordnung", description="Ob und wann das Bekenntnis abgegeben wurde.")
    bildung: Bildung = Field(Bildung(), title="Schule, Ausbildung, Studium", description="Abschlüsse in Deutschland und der Schulbesuch (für § 25a AufenthG).")
    lebensunterhalt: Lebensunterhalt = Field(Lebensunterhalt(), title="Lebensunterhalt", description="Bedarf, Einkommen und Sozialleistungen der Bedarfsgemeinschaft.")
    identitaet: Identitaet = Field(Identitaet(), title="Identität und Pass", description="Ob die Identität geklärt ist, Pass, Täuschung und Mitwirkung.")
    verurteilungen: Optional[list[Verurteilung]] = Field(None, title="Verurteilungen", description="Strafrechtliche Verurteilungen (auch im Ausland). Leere Liste = keine; fehlende Liste = unbekannt.")  # [] = keine
    sonstiges_ausweisungsinteresse: Tri = Field(None, title="Sonstiges schweres Ausweisungsinteresse", description="Liegt ein Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2–5 AufenthG vor (Gefährdung der Sicherheit, Extremismus, Gewalt)?", examples=["nein"])  # § 54 Abs. 1 Nr. 2–5 AufenthG (Sicherheit, Extremismus, Gewalt)
    beeintraechtigung: Beeintraechtigung = Field(Beeintraechtigung(), title="Krankheit, Behinderung, Alter", description="Kann die Person eine Voraussetzung wegen Krankheit, Behinderung oder aus Altersgründen nicht erfüllen?")
    besonderheiten: Besonderheiten = Field(Besonderheiten(), title="Besonderheiten des Einzelfalls", description="Besondere Integrationsleistungen oder ein atypischer Fall, mit Begründung.")
    beschaeftigungsduldung: Beschaeftigungsduldung = Field(Beschaeftigungsduldung(), title="Beschäftigungsduldung", description="Angaben zur Beschäftigungsduldung nach § 60d AufenthG.")
    antraege: Optional[list[Antrag]] = Field(None, title="Gestellte Anträge", description="Bereits gestellte Anträge mit Eingangsdatum bei der Behörde. Leere Liste = keine gestellt.")  # [] = keine gestellt
    geplant: Optional[Geplant] = Field(None, title="Geplante Ereignisse", description="Erwartete Ereignisse (Zertifikat, Pass, Statuswechsel, Einkommen) nur für die Vorausschau „frühestens ab“, nie für die Prüfung am Stichtag.")  # nur für die Was-wäre-wenn-Projektion (kimrules.fristen.projektion)
    # --- norm-specific fields: added below this line, one line per section --------------------------
    angehoerige: Optional[list["Angehoeriger"]] = Field(None, title="Angehörige im Haushalt", description="Weitere Personen des Haushalts mit Beziehung zur Hauptperson und eigenen Angaben; daraus werden abgeleitete Rechte geprüft. Leere Liste = keine.")  # Haushalt: weitere Personen mit eigenen Angaben; [] = keine
    gut_integrierte_jugendliche: GutIntegrierteJugendliche = Field(GutIntegrierteJugendliche(), title="Angaben nur für § 25a AufenthG", description="Einschätzungen, die die Ausländerbehörde abschließend trifft.")  # § 25a AufenthG
    chancen_aufenthaltsrecht: ChancenAufenthaltsrecht = Field(ChancenAufenthaltsrecht(), title="Angaben nur für § 104c AufenthG", description="Angaben, die nur das Chancen-Aufenthaltsrecht braucht.")  # § 104c AufenthG
    einbuergerung: Einbuergerung = Field(Einbuergerung(), title="Angaben nur für die Einbürgerung (§ 10 StAG)", description="Angaben, die nur für die Anspruchseinbürgerung und die §§ 11, 12a, 12b, 35a, 40a StAG gebraucht werden.")  # § 10 StAG

    @model_validator(mode="after")
    def _check(self, info: ValidationInfo) -> "Sachverhalt":
        if info.context and info.context.get("konsistenz_spaeter"):
            return self  # the file loader reports these with field path and line
        problems = consistency_problems(self)
        if problems:
            raise ValueError(problems[0][1])
        return self


def consistency_problems(s: Sachverhalt) -> list[tuple[str, str]]:
    """Checks across fields: (field path, German message) for every problem found."""
    out: list[tuple[str, str]] = []
    perioden = s.aufenthalt or []
    order = sorted(range(len(perioden)), key=lambda i: perioden[i].von)
    for a, b in zip(order, order[1:]):
        vorher, nachher = perioden[a], perioden[b]
        if vorher.bis is None or vorher.bis >= nachher.von:
            out.append((
                f"aufenthalt.{b}.von",
                f"Statuszeiträume überschneiden sich: {vorher.status.value} ab {format_datum(vorher.von)} "
                f"(Eintrag {a + 1}) und {nachher.status.value} ab {format_datum(nachher.von)} (Eintrag {b + 1}); "
                "jeder Tag darf nur einen Status haben („bis“ des früheren Zeitraums muss vor „von“ des nächsten liegen)",
            ))
    geburt = s.person.geburtsdatum
    if geburt is not None:
        if s.person.einreisedatum is not None and s.person.einreisedatum < geburt:
            out.append(("person.einreisedatum", f"Einreisedatum {format_datum(s.person.einreisedatum)} liegt vor dem Geburtsdatum {format_datum(geburt)}"))
        for i, z in enumerate(perioden):
            if z.von < geburt:
                out.append((f"aufenthalt.{i}.von", f"Statuszeitraum beginnt ({format_datum(z.von)}) vor dem Geburtsdatum {format_datum(geburt)}"))
    for n, m in enumerate(getattr(s, "angehoerige", None) or []):  # household members: same checks, path prefixed
        out += [(f"angehoerige.{n}.{path}", message) for path, message in consistency_problems(m)]
    return out


def event_dates(s: Sachverhalt) -> list[tuple[str, date]]:
    """Dates of past events (field path, date) that may not lie after the Stichtag.

    End dates of status periods and passport validity may lie in the future.
    """
    out: list[tuple[str, date]] = []

    def add(path: str, value: Optional[date]) -> None:
        if value is not None:
            out.append((path, value))

    add("person.geburtsdatum", s.person.geburtsdatum)
    add("person.einreisedatum", s.person.einreisedatum)
    for i, z in enumerate(s.aufenthalt or []):
        add(f"aufenthalt.{i}.von", z.von)
    for i, a in enumerate(s.auslandsaufenthalte or []):
        add(f"auslandsaufenthalte.{i}.von", a.von)
        add(f"auslandsaufenthalte.{i}.bis", a.bis)
    for i, k in enumerate(s.haushalt.kinder or []):
        add(f"haushalt.kinder.{i}.geburtsdatum", k.geburtsdatum)
    for i, n in enumerate(s.sprache.nachweise or []):
        add(f"sprache.nachweise.{i}.datum", n.datum)
    add("leben_in_deutschland_test.datum", s.leben_in_deutschland_test.datum)
    add("bekenntnis.datum", s.bekenntnis.datum)
    for i, v in enumerate(s.verurteilungen or []):
        add(f"verurteilungen.{i}.datum", v.datum)
    add("identitaet.taeuschung_beendet_am", s.identitaet.taeuschung_beendet_am)
    if s.identitaet.pass_ is not None:
        add("identitaet.pass.beantragt_am", s.identitaet.pass_.beantragt_am)
    for i, a in enumerate(s.antraege or []):
        add(f"antraege.{i}.gestellt_am", a.gestellt_am)
    add("bildung.schulbesuch_seit", s.bildung.schulbesuch_seit)
    for i, e in enumerate(s.einbuergerung.erwerbszeiten or []):
        add(f"einbuergerung.erwerbszeiten.{i}.von", e.von)
    add("einbuergerung.sperrgrund_35a_am", s.einbuergerung.sperrgrund_35a_am)
    for n, m in enumerate(getattr(s, "angehoerige", None) or []):  # household members: same checks, path prefixed
        out += [(f"angehoerige.{n}.{path}", value) for path, value in event_dates(m)]
    return out


# --- household (Haushalt): further persons of the client file ----------------------------------


class Beziehung(str, Enum):
    """How a household member is related to the main person (the one the file is about)."""

    ehegatte = "ehegatte"
    lebenspartner = "lebenspartner"  # eingetragene Lebenspartnerschaft
    kind = "kind"  # Kind der Hauptperson
    elternteil = "elternteil"  # Mutter oder Vater der Hauptperson
    geschwister = "geschwister"  # Bruder oder Schwester der Hauptperson
    sonstige = "sonstige"


def _ohne_unterhaushalt() -> type[_Model]:
    """Every field of Sachverhalt except aktenzeichen and angehoerige (a member has no household of its own)."""
    fields = {name: (info.annotation, info) for name, info in Sachverhalt.model_fields.items()
              if name not in ("aktenzeichen", "angehoerige")}
    return create_model("AngehoerigerAngaben", __base__=_Model, **fields)  # type: ignore[call-overload]


class Angehoeriger(_ohne_unterhaushalt()):  # type: ignore[misc]
    """A household member: the relation to the main person plus a full client record of their own.

    Every field of :class:`Sachverhalt` except ``angehoerige`` is allowed (own Aufenthalt,
    Geburtsdatum, Sprache, …), so each member can be screened like the main person; the member's
    own ``haushalt.familienstand`` says whether the member is ledig. Every person of the household
    is listed once, in the main person's ``angehoerige``.
    """

    aktenzeichen: Optional[Annotated[str, Field(min_length=1, max_length=100)]] = Field(None, title="Eigenes Aktenzeichen", description="Aktenzeichen der angehörigen Person, falls vorhanden.", examples=["KIM-2025-0002"])  # eigenes Aktenzeichen, falls vorhanden
    beziehung: Beziehung = Field(title="Beziehung zur Hauptperson", description="Wie die Person mit der Hauptperson verwandt ist.", examples=["kind"])
    im_haushalt: Tri = Field(None, title="Lebt im Haushalt", description="Lebt die Person mit der Hauptperson in häuslicher Gemeinschaft?", examples=["ja"])  # lebt mit der Hauptperson in häuslicher Gemeinschaft
    familiaere_lebensgemeinschaft: Tri = Field(None, title="Familiäre Lebensgemeinschaft", description="Besteht eine familiäre Lebensgemeinschaft? Fehlt die Angabe, wird sie aus „im Haushalt: ja“ geschlossen.", examples=["ja"])  # fehlt: aus im_haushalt (ja) geschlossen
    personensorgeberechtigt: Tri = Field(None, title="Personensorge", description="Nur Elternteil: hat die Person die Personensorge für die Hauptperson?", examples=["ja"])  # nur Elternteil: hat die Personensorge für die Hauptperson


Sachverhalt.model_rebuild()
