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
from typing import Annotated, Any, Optional

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, create_model, model_validator

from kimrules.basis.dates import format_datum, parse_datum


def _datum(value: Any) -> Any:
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str):
        return parse_datum(value)
    raise ValueError(f"„{value}“ ist kein Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT)")


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
    name: Optional[str] = None  # nur zur Anzeige; nie in Exporten
    geburtsdatum: Optional[Datum] = None
    einreisedatum: Optional[Datum] = None
    staatsangehoerigkeit: Optional[str] = None


class Statuszeitraum(_Model):
    status: Statusart
    von: Datum
    bis: Optional[Datum] = None  # offen = dauert an
    paragraph: Optional[str] = None  # bei Aufenthaltserlaubnis, z. B. "§ 104c" oder "25 Abs. 5"
    schutz_zuerkannt: Tri = None  # Gestattung: später als schutzberechtigt anerkannt

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
    von: Datum
    bis: Datum

    @model_validator(mode="after")
    def _check(self) -> "Auslandsaufenthalt":
        if self.bis < self.von:
            raise ValueError("Auslandsaufenthalt endet vor seinem Beginn; „bis“ muss am oder nach „von“ liegen")
        return self


class Kind(_Model):
    geburtsdatum: Optional[Datum] = None
    ledig: Tri = None
    im_haushalt: Tri = None
    schulpflichtig: Tri = None
    schulbesuch_nachgewiesen: Tri = None


class Partnerart(str, Enum):
    ehegatte = "ehegatte"
    lebenspartner = "lebenspartner"


class Partner(_Model):
    art: Partnerart = Partnerart.ehegatte
    im_haushalt: Tri = None
    deutsch_schriftlich: Optional[Sprachniveau] = None


class Familienstand(str, Enum):
    ledig = "ledig"
    verheiratet = "verheiratet"
    eingetragene_lebenspartnerschaft = "eingetragene_lebenspartnerschaft"
    geschieden = "geschieden"
    verwitwet = "verwitwet"


class Haushalt(_Model):
    familienstand: Optional[Familienstand] = None
    partner: Optional[Partner] = None
    kinder: Optional[list[Kind]] = None  # [] = keine Kinder
    # Person ist Ehegatte/Lebenspartner/minderjähriges lediges Kind eines Begünstigten
    # nach § 25b Abs. 1 und lebt mit ihm in familiärer Lebensgemeinschaft (§ 25b Abs. 4)
    familienangehoeriger_25b_beguenstigter: Tri = None


class Nachweisart(str, Enum):
    zertifikat = "zertifikat"
    integrationskurs = "integrationskurs"
    schulabschluss = "schulabschluss"
    gespraech = "gespraech"  # Gespräch bei der Behörde ohne Dolmetscher
    sonstiges = "sonstiges"


class Sprachnachweis(_Model):
    niveau: Sprachniveau
    muendlich: Tri = True
    schriftlich: Tri = None
    art: Nachweisart = Nachweisart.zertifikat
    datum: Optional[Datum] = None


class Sprache(_Model):
    nachweise: Optional[list[Sprachnachweis]] = None  # [] = keine Nachweise
    integrationskurs_moeglich: Tri = None  # § 25b Abs. 6 Halbsatz 2


class Test(_Model):
    bestanden: Tri = None
    punkte: Optional[Annotated[int, Field(ge=0, le=33)]] = None
    datum: Optional[Datum] = None


class Bekenntnis(_Model):
    abgegeben: Tri = None
    datum: Optional[Datum] = None


class Bildung(_Model):
    deutscher_schulabschluss: Tri = None  # mindestens Hauptschulabschluss in Deutschland
    berufsabschluss_deutschland: Tri = None
    in_ausbildung_oder_studium: Tri = None  # § 25b Abs. 1 Satz 3 Nr. 1
    # § 25a Abs. 1 Satz 1 Nr. 2 AufenthG: Schulbesuch im Bundesgebiet
    schulbesuch_seit: Optional[Datum] = None  # Beginn des (ununterbrochenen) Schulbesuchs in Deutschland
    schulbesuch_bis: Optional[Datum] = None  # Ende des Schulbesuchs; leer = dauert an
    schulbesuch_erfolgreich: Tri = None  # regelmäßig, höchstens geringe Fehlzeiten, Versetzung/Abschluss zu erwarten
    schulbesuch_unmoeglich_krankheit_behinderung: Tri = None  # Nr. 2 Satz 2: wegen Krankheit oder Behinderung nicht möglich


class Einkommensquelle(str, Enum):
    erwerbstaetigkeit = "erwerbstaetigkeit"
    kindergeld = "kindergeld"
    unterhalt = "unterhalt"
    rente = "rente"
    arbeitslosengeld = "arbeitslosengeld"
    sonstiges = "sonstiges"


class Einkommen(_Model):
    quelle: Einkommensquelle
    betrag_eur_monat: Betrag


class Leistungsart(str, Enum):
    asylblg = "asylblg"
    sgb2 = "sgb2"
    sgb12 = "sgb12"
    wohngeld = "wohngeld"


class Leistung(_Model):
    art: Leistungsart
    betrag_eur_monat: Optional[Betrag] = None


class Lebensunterhalt(_Model):
    # Gesamtbedarf der Bedarfsgemeinschaft (Regelbedarfe, Unterkunft, Freibeträge), wie vom Jobcenter/der ABH berechnet
    bedarf_eur_monat: Optional[Betrag] = None
    einkommen: Optional[list[Einkommen]] = None
    leistungen: Optional[list[Leistung]] = None
    leistungsbezug_voruebergehend: Tri = None
    prognose_anhaltspunkte: Tri = None  # z. B. Arbeitsvertrag, Ausbildung kurz vor Abschluss
    alleinerziehend_arbeit_unzumutbar: Tri = None  # § 25b Abs. 1 Satz 3 Nr. 3
    pflegt_angehoerige: Tri = None  # § 25b Abs. 1 Satz 3 Nr. 4
    # für den berechneten Bedarf (kimrules.fakten.lebensunterhalt), wenn bedarf_eur_monat fehlt:
    miete_warm_eur_monat: Optional[Betrag] = None  # Kosten der Unterkunft und Heizung (Warmmiete) des Haushalts
    schwanger_nach_12_ssw: Tri = None  # Person oder Partnerin nach der 12. Schwangerschaftswoche (§ 21 Abs. 2 SGB II)


class Pass(_Model):
    vorhanden: Tri = None
    gueltig_bis: Optional[Datum] = None
    beantragt_am: Optional[Datum] = None


class Identitaet(_Model):
    geklaert: Tri = None
    pass_: Optional[Pass] = Field(default=None, alias="pass")
    taeuschung_aktuell: Tri = None  # eigene falsche Angaben/Täuschung verhindern derzeit die Abschiebung
    mitwirkung_verweigert_aktuell: Tri = None  # zumutbare Mitwirkung wird derzeit nicht erfüllt
    taeuschung_frueher: Tri = None  # frühere, inzwischen beendete Täuschung
    taeuschung_beendet_am: Optional[Datum] = None
    zumutbare_massnahmen_ergriffen: Tri = None  # § 25b Abs. 8 Satz 2

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Verurteilung(_Model):
    datum: Optional[Datum] = None
    tagessaetze: Optional[Annotated[int, Field(ge=0)]] = None
    freiheitsstrafe_monate: Optional[Annotated[int, Field(ge=0)]] = None
    jugendstrafe_monate: Optional[Annotated[int, Field(ge=0)]] = None
    bewaehrung: Tri = None
    vorsaetzlich: Tri = None
    im_inland: Tri = None
    nur_auslaender_straftat: Tri = None
    jugendstrafrecht: Tri = None
    motiv_menschenverachtend: Tri = None  # antisemitisch, rassistisch oder sonst menschenverachtend, im Urteil festgestellt (§ 12a Abs. 1 Satz 2 StAG)
    strafe_erlassen: Tri = None  # Bewährungsstrafe nach Ablauf der Bewährungszeit erlassen (§ 12a Abs. 1 Satz 1 Nr. 3 StAG)


class Beeintraechtigung(_Model):
    # kann die Voraussetzung wegen Krankheit, Behinderung oder aus Altersgründen nicht erfüllen
    lebensunterhalt: Tri = None
    sprache: Tri = None


class Besonderheiten(_Model):
    besondere_integrationsleistungen: Tri = None
    atypischer_fall: Tri = None
    begruendung: Optional[str] = None


class Beschaeftigungsduldung(_Model):
    voraussetzungen_60d_erfuellt: Tri = None


class Antragsnorm(str, Enum):
    """The pathways kimrules screens (the rule sets' kennung)."""

    aufenthg_104c = "aufenthg_104c"
    aufenthg_25a = "aufenthg_25a"
    aufenthg_25b = "aufenthg_25b"
    stag_10 = "stag_10"


class Antrag(_Model):
    """An application already filed (date of receipt at the authority)."""

    norm: Antragsnorm
    gestellt_am: Datum


class GeplanterSprachnachweis(_Model):
    """A language certificate expected on a date (e.g. „A2-Zertifikat erwartet am …“)."""

    niveau: Sprachniveau
    muendlich: Tri = True
    schriftlich: Tri = None
    art: Nachweisart = Nachweisart.zertifikat
    erwartet_am: Datum


class GeplanterPass(_Model):
    """A passport applied for and expected on a date."""

    beantragt_am: Optional[Datum] = None  # nur zur Information (darf vor dem Stichtag liegen)
    erwartet_am: Datum
    gueltig_bis: Optional[Datum] = None  # leer: Gültigkeit unbekannt (→ ungeklärt)


class GeplanterStatus(_Model):
    """A planned status change: the status held on the Stichtag ends the day before ``ab``."""

    status: Statusart
    ab: Datum
    paragraph: Optional[str] = None


class GeplantesEinkommen(_Model):
    """Income expected from a date on (e.g. an employment contract starting then); adds to ``lebensunterhalt.einkommen``."""

    quelle: Einkommensquelle = Einkommensquelle.erwerbstaetigkeit
    betrag_eur_monat: Betrag
    ab: Datum


class Geplant(_Model):
    """Planned facts: used ONLY in the what-if projection (:mod:`kimrules.fristen.projektion`), never in the
    screening on the Stichtag. Their dates may lie after the Stichtag."""

    sprachnachweise: list[GeplanterSprachnachweis] = []
    leben_in_deutschland_test_am: Optional[Datum] = None  # Test bestanden erwartet am
    bekenntnis_am: Optional[Datum] = None  # Bekenntnis wird abgegeben am
    identitaet_geklaert_am: Optional[Datum] = None
    pass_: Optional[GeplanterPass] = Field(default=None, alias="pass")
    statuswechsel: list[GeplanterStatus] = []
    einkommen: list[GeplantesEinkommen] = []

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


# --- norm-specific sections: added below this line, one class block per norm -------------------


class GutIntegrierteJugendliche(_Model):
    """§ 25a AufenthG: Einschätzungen, die nur die Ausländerbehörde abschließend trifft."""

    integrationsprognose_positiv: Tri = None  # Abs. 1 Satz 1 Nr. 4: fügt sich nach Ausbildung und Lebensverhältnissen ein
    anhaltspunkte_gegen_bekenntnis: Tri = None  # Abs. 1 Satz 1 Nr. 5: konkrete Anhaltspunkte gegen das Bekenntnis zur fdGO
    taeuschung_nur_durch_eltern: Tri = None  # Täuschung ging nur von den Eltern aus (wird nicht zugerechnet, Abs. 1 Satz 3)


class ChancenAufenthaltsrecht(_Model):
    """§ 104c AufenthG: Angaben, die nur für das Chancen-Aufenthaltsrecht gebraucht werden."""

    # Abs. 1 Satz 2: die aktuelle Täuschung bzw. die falschen Angaben (identitaet.taeuschung_aktuell)
    # erfolgten wiederholt und vorsätzlich; bloß fehlende Mitwirkung zählt nicht
    taeuschung_wiederholt: Tri = None


class Erwerbszeit(_Model):
    """A period of employment (§ 10 Abs. 1 Satz 1 Nr. 3 Buchst. b StAG: Vollzeit jetzt und 20 der letzten 24 Monate)."""

    von: Datum
    bis: Optional[Datum] = None  # offen = dauert an
    vollzeit: Tri = None  # Vollzeit laut Arbeitsvertrag; wie viele Wochenstunden „Vollzeit“ sind, bestimmt das Gesetz nicht

    @model_validator(mode="after")
    def _check(self) -> "Erwerbszeit":
        if self.bis is not None and self.bis < self.von:
            raise ValueError("Erwerbszeit endet vor ihrem Beginn; „bis“ muss am oder nach „von“ liegen")
        return self


class Einbuergerung(_Model):
    """§ 10 StAG (Anspruchseinbürgerung) with §§ 11, 12a, 12b, 35a, 40a StAG: what only this pathway asks."""

    handlungsfaehigkeit_eingeschraenkt: Tri = None  # geschäftsunfähig oder Betreuung mit Einwilligungsvorbehalt (§ 34 Satz 1 StAG)
    gesetzlich_vertreten: Tri = None  # Antrag durch die gesetzliche Vertretung (z. B. Eltern eines Kindes unter 16)
    pass_beschaffung_unzumutbar: Tri = None  # Stufenmodell: Pass objektiv unmöglich oder subjektiv unzumutbar zu beschaffen
    bekenntnis_verantwortung: Tri = None  # Abs. 1 Satz 1 Nr. 1a: Bekenntnis zur historischen Verantwortung (seit 27.06.2024)
    aufgabe_staatsangehoerigkeit: Tri = None  # bis 26.06.2024 Nr. 4: gibt bisherige Staatsangehörigkeit auf oder verliert sie
    mehrstaatigkeit_hinzunehmen: Tri = None  # bis 26.06.2024: Ausnahme nach § 12 StAG a. F. oder Abs. 3a
    leistungsbezug_nicht_zu_vertreten: Tri = None  # Bezug von SGB II/XII nicht zu vertreten (Nr. 3 a. F., § 40a, Buchst. a)
    gastarbeiter_oder_vertragsarbeitnehmer: Tri = None  # Anwerbeabkommen bis 30.06.1974 / Vertragsarbeitnehmer bis 13.06.1990 (oder Ehegatte)
    erwerbszeiten: Optional[list[Erwerbszeit]] = None  # [] = keine Erwerbstätigkeit
    partner_vollzeit_20_von_24_monaten: Tri = None  # Buchst. c: Ehegatte/Lebenspartner erfüllt Buchst. b
    einbuergerungstest_punkte: Optional[Annotated[int, Field(ge=0, le=33)]] = None  # richtige Antworten von 33
    integrationskurs_erfolgreich: Tri = None  # bis 26.06.2024 Abs. 3 Satz 1: Bescheinigung des BAMF
    altersgemaesse_sprachentwicklung: Tri = None  # Abs. 4 Satz 2: Kind unter 16
    muendlich_alltag_verstaendigung: Tri = None  # Abs. 4 Satz 3, Abs. 4a: verständigt sich mündlich ohne nennenswerte Probleme im Alltag
    sprache_haerte_nachgewiesen: Tri = None  # Abs. 4a: B1 trotz ernsthafter und nachhaltiger Bemühungen nicht möglich
    kenntnisse_unmoeglich_krankheit_alter: Tri = None  # Abs. 6 Satz 1 für Nr. 7 (Sprache: beeintraechtigung.sprache)
    massregel_schuldunfaehigkeit: Tri = None  # Nr. 5: Maßregel der Besserung und Sicherung wegen Schuldunfähigkeit
    anhaltspunkte_verfassungsfeindlich: Tri = None  # § 11 Satz 1 Nr. 1: Anhaltspunkte für verfassungsfeindliche Bestrebungen
    abwendung_glaubhaft: Tri = None  # § 11 Satz 1 Nr. 1: glaubhafte Abwendung von früheren Bestrebungen
    anhaltspunkte_bekenntnis_unrichtig: Tri = None  # § 11 Satz 1 Nr. 1a: Bekenntnis inhaltlich unrichtig
    ausweisungsinteresse_54_1_nr2_oder_4: Tri = None  # § 11 Satz 1 Nr. 2
    mehrehe: Tri = None  # gleichzeitig mit mehreren Ehegatten verheiratet (§ 11 Satz 1 Nr. 3 Buchst. a; bis 26.06.2024 § 10 Abs. 1)
    missachtung_gleichberechtigung: Tri = None  # § 11 Satz 1 Nr. 3 Buchst. b
    sperrgrund_35a: Tri = None  # § 35a: Einbürgerung unanfechtbar zurückgenommen oder Täuschung festgestellt
    sperrgrund_35a_am: Optional[Datum] = None  # Tag der Rücknahme bzw. Feststellung


class Sachverhalt(_Model):
    aktenzeichen: str = Field(min_length=1)
    person: Person = Person()
    aufenthalt: Optional[list[Statuszeitraum]] = None
    auslandsaufenthalte: Optional[list[Auslandsaufenthalt]] = None  # [] = keine
    haushalt: Haushalt = Haushalt()
    sprache: Sprache = Sprache()
    leben_in_deutschland_test: Test = Test()
    bekenntnis: Bekenntnis = Bekenntnis()
    bildung: Bildung = Bildung()
    lebensunterhalt: Lebensunterhalt = Lebensunterhalt()
    identitaet: Identitaet = Identitaet()
    verurteilungen: Optional[list[Verurteilung]] = None  # [] = keine
    sonstiges_ausweisungsinteresse: Tri = None  # § 54 Abs. 1 Nr. 2–5 AufenthG (Sicherheit, Extremismus, Gewalt)
    beeintraechtigung: Beeintraechtigung = Beeintraechtigung()
    besonderheiten: Besonderheiten = Besonderheiten()
    beschaeftigungsduldung: Beschaeftigungsduldung = Beschaeftigungsduldung()
    antraege: Optional[list[Antrag]] = None  # [] = keine gestellt
    geplant: Optional[Geplant] = None  # nur für die Was-wäre-wenn-Projektion (kimrules.fristen.projektion)
    # --- norm-specific fields: added below this line, one line per section --------------------------
    angehoerige: Optional[list["Angehoeriger"]] = None  # Haushalt: weitere Personen mit eigenen Angaben; [] = keine
    gut_integrierte_jugendliche: GutIntegrierteJugendliche = GutIntegrierteJugendliche()  # § 25a AufenthG
    chancen_aufenthaltsrecht: ChancenAufenthaltsrecht = ChancenAufenthaltsrecht()  # § 104c AufenthG
    einbuergerung: Einbuergerung = Einbuergerung()  # § 10 StAG

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

    aktenzeichen: Optional[Annotated[str, Field(min_length=1)]] = None  # eigenes Aktenzeichen, falls vorhanden
    beziehung: Beziehung
    im_haushalt: Tri = None  # lebt mit der Hauptperson in häuslicher Gemeinschaft
    familiaere_lebensgemeinschaft: Tri = None  # fehlt: aus im_haushalt (ja) geschlossen
    personensorgeberechtigt: Tri = None  # nur Elternteil: hat die Personensorge für die Hauptperson


Sachverhalt.model_rebuild()
