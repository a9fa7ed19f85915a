"""Deadline ledger (Fristen) of one client on a Stichtag (pure: no clock, no engine).

``fristen(sachverhalt, stichtag, parameter=…)`` lists every date a case manager has to watch,
each as a :class:`Frist` with its kind (``art``), date, Fundstelle, who must act
and what. Dates follow §§ 187, 188 BGB (:mod:`kimrules.basis.dates`);
months are never approximated as days. What cannot be computed (a missing birth
date, an impossible grant date) becomes an entry with ``datum=None`` and the
reason in ``offen_grund``; the rest of the ledger is still computed.

Kinds (``art``) and their sources:

* ``ende_104c`` – last day of the § 104c permit: 18 months from the grant
  (§ 104c Abs. 3 Satz 3; parameter ``geltungsdauer_104c_monate``). The § 25a/§ 25b application must be filed before
  it ends to keep the permit in force (§ 81 Abs. 4 Satz 1; § 104c Abs. 3 Satz 5).
* ``folgeantrag_empfohlen`` – recommended latest day for that application: a lead
  time before the end (default :data:`VORLAUF_WOCHEN`).
* ``ende_104c_erleichterungen`` – 30.06.2027, the last day before the § 104c
  privileges in § 25a Abs. 5, 6 / § 25b Abs. 7, 8 lapse (parameter ``erleichterungen_104c_letzter_tag``).
* ``alter_27_25a`` – the day before the birthday of the age limit in force on the day of the application:
  last day for a § 25a application (§ 25a Abs. 1 Satz 1 Nr. 3; § 187 Abs. 2 Satz 2 BGB; parameter
  ``antrag_25a_altersgrenze_jahre``: 21 before 31.12.2022, 27 since; the kind keeps its name).
* ``alter_14_25a`` – 14th birthday: minimum age for § 25a at the decision (§ 1 Abs. 2 JGG; parameter
  ``mindestalter_25a_jahre``, as in the rule files).
* ``alter_16_stag`` – 16th birthday: from then on Bekenntnis and Einbürgerungstest,
  no age-appropriate language level (§ 10 Abs. 1 Satz 2, Abs. 4 Satz 2 StAG; parameters
  ``handlungsfaehig_stag_ab_jahre`` and ``sprache_altersgemaess_stag_unter_jahre``). The kinds keep their names.
* ``kind_18_25b`` – a child in the household turns 18: the shorter period of
  § 25b Abs. 1 Satz 2 Nr. 1 needs a minor child (parameters ``voraufenthalt_25b_monate`` and
  ``voraufenthalt_25b_mit_kind_monate``; reference date open: offene Rechtsfrage kind-minderjaehrig-zeitpunkt).
* ``ablauf_status`` – expiry of the current Duldung, Gestattung or permit.
* ``geplant`` – a planned fact of the client file (``geplant:``) falls due.

The dates, periods and age limits the statute names are read from the Regelwerk's parameters
(``rules/parameter/``), which every caller passes in. The earliest date of each pathway (``fruehestens_ab``) needs the screener and
is added by :func:`kimrules.fristen.projektion.als_frist`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Iterable, Mapping, Optional, Sequence

from kimrules.fakten import derive_104c, derive_stag, gesetzesdaten
from kimrules.fakten.derive import derive, euro
from kimrules.basis.dates import add_months, birthday_completed, format_datum, last_day_before_age, period_end
from kimrules.akte.facts import DULDUNGEN, Sachverhalt, Statusart, Statuszeitraum
from kimrules.basis.errors import Problem, RuleFileError

__all__ = ["Frist", "fristen", "VORLAUF_WOCHEN", "VORLAUF_QUELLE", "ART_TITEL", "wochentag_hinweis"]

VORLAUF_WOCHEN = 6
VORLAUF_QUELLE = (
    "Praxis der Ausländerbehörde Berlin: Antrag 4–6 Wochen vor Ablauf; "
    "kimrules nimmt den sicheren Wert 6 Wochen (mit --vorlauf-wochen änderbar)"
)

# parameters with the dates, periods and limits the statute names (rules/parameter/)
ERSTER_TAG_104C = "chancen_aufenthaltsrecht_erster_tag"
LETZTER_TAG_104C = derive_104c.LETZTER_TAG  # the parameters' names as the derivation reads them: one name each
GELTUNGSDAUER_104C = "geltungsdauer_104c_monate"
LETZTER_TAG_ERLEICHTERUNGEN = "erleichterungen_104c_letzter_tag"
ALTERSGRENZE_25A = "antrag_25a_altersgrenze_jahre"
MINDESTALTER_25A = "mindestalter_25a_jahre"
HANDLUNGSFAEHIG_STAG = derive_stag.HANDLUNGSFAEHIG_AB  # from then on Bekenntnis and test (§ 10 Abs. 1 Satz 2 StAG)
SPRACHE_ALTERSGEMAESS_STAG = "sprache_altersgemaess_stag_unter_jahre"  # § 10 Abs. 4 Satz 2 StAG
REGELFRIST_25B = "voraufenthalt_25b_monate"  # § 25b Abs. 1 Satz 2 Nr. 1: the period in general …
KINDFRIST_25B = "voraufenthalt_25b_mit_kind_monate"  # … and with a minor unmarried child in the household

# every parameter the ledger reads: a rule tree without one of them cannot give the deadlines
BENOETIGTE_PARAMETER = (ERSTER_TAG_104C, LETZTER_TAG_104C, GELTUNGSDAUER_104C, LETZTER_TAG_ERLEICHTERUNGEN,
                        ALTERSGRENZE_25A, MINDESTALTER_25A, HANDLUNGSFAEHIG_STAG, SPRACHE_ALTERSGEMAESS_STAG,
                        REGELFRIST_25B, KINDFRIST_25B)


def fehlende_parameter(parameter: Mapping[str, Any], ordner: str = "rules/parameter") -> list[Problem]:
    """Every parameter the ledger needs that the rule tree (its folder ``ordner``) lacks, e.g. a tree written
    for an earlier kimrules, as a problem of that folder."""
    return [Problem(ordner, n, "Parameter fehlt: kimrules braucht ihn für die Fristen; in einer Datei dieses Ordners "
                    "mit Titel und Werten (gueltig_ab, wert, fundstelle) ergänzen, wie im mitgelieferten "
                    "rules/parameter/fristen_und_stichtage.yaml") for n in BENOETIGTE_PARAMETER if n not in parameter]


def pruefe_parameter(parameter: Mapping[str, Any], ordner: str = "rules/parameter") -> None:
    """A :class:`RuleFileError` naming every parameter of :func:`fehlende_parameter`; nothing if all are there."""
    fehlend = fehlende_parameter(parameter, ordner)
    if fehlend:
        raise RuleFileError(
            "Dem Regelwerk fehlt ein Parameter, ohne den kimrules die Fristen nicht berechnen kann" if len(fehlend) == 1 else
            f"Dem Regelwerk fehlen {len(fehlend)} Parameter, ohne die kimrules die Fristen nicht berechnen kann", fehlend)


PERSON = "Person mit Case Management"
ABH = "Ausländerbehörde"
CM = "Case Management"

ART_TITEL = {
    "ende_104c": "Ende der Aufenthaltserlaubnis nach § 104c",
    "folgeantrag_empfohlen": "Folgeantrag § 25a/§ 25b spätestens stellen (Empfehlung)",
    "ende_104c_erleichterungen": "Letzter Tag der § 104c-Erleichterungen in § 25a/§ 25b",
    "antrag_104c_letzter_tag": "Letzter Tag für einen Antrag auf das Chancen-Aufenthaltsrecht (§ 104c)",
    "alter_27_25a": "Letzter Tag für einen Antrag nach § 25a (vor der Altersgrenze)",  # with the limit: Frist.titel
    "alter_14_25a": "Geburtstag: Mindestalter für § 25a",  # with the age: Frist.titel
    "alter_16_stag": "Geburtstag: Einbürgerung mit Bekenntnis und Test",
    "kind_18_25b": "Kind wird volljährig: kürzere Frist nach § 25b endet",
    "pass_ablauf": "Pass läuft ab",
    "ablauf_status": "Ablauf des aktuellen Aufenthaltsstatus",
    "geplant": "Geplante Angabe fällig",
    "fruehestens_ab": "Weg frühestens möglich",
}

_WOCHENTAG = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


@dataclass(frozen=True)
class Frist:
    """One entry of the ledger. ``datum`` None: cannot be computed, ``offen_grund`` says why."""

    art: str
    datum: Optional[date]
    fundstelle: str
    hinweis: str
    wer: str
    norm: Optional[str] = None  # kennung of the pathway it belongs to (None: several / general)
    offen_grund: Optional[str] = None
    altersgrenze: Optional[int] = None  # the age of an age limit (alter_27_25a: in force on the last day, 21 or 27)

    @property
    def titel(self) -> str:
        if self.art == "fruehestens_ab" and self.norm:
            return f"{norm_text(self.norm)} frühestens möglich"
        if self.art == "alter_27_25a" and self.altersgrenze is not None:
            return f"Letzter Tag für einen Antrag nach § 25a (vor dem {self.altersgrenze}. Geburtstag)"
        if self.art in ("alter_14_25a", "alter_16_stag") and self.altersgrenze is not None:
            return f"{self.altersgrenze}. {ART_TITEL[self.art]}"
        return ART_TITEL.get(self.art, self.art)


_GESETZ = {"aufenthg": "AufenthG", "stag": "StAG"}


def norm_text(kennung: str) -> str:
    """``aufenthg_25b`` → ``§ 25b AufenthG``.

    >>> norm_text("aufenthg_104c"), norm_text("stag_10")
    ('§ 104c AufenthG', '§ 10 StAG')
    """
    gesetz, _, rest = kennung.partition("_")
    return f"§ {rest.replace('_', ' ')} {_GESETZ.get(gesetz, gesetz)}"


def wochentag_hinweis(d: date) -> str:
    """A note when a last day falls on a weekend (the permit still ends then: no § 193 BGB shift).

    >>> wochentag_hinweis(date(2025, 3, 8)), wochentag_hinweis(date(2025, 3, 7))
    (' Der Tag ist ein Samstag: Behörde meist geschlossen – Antrag vorher oder online stellen.', '')
    """
    if d.weekday() < 5:
        return ""
    return f" Der Tag ist ein {_WOCHENTAG[d.weekday()]}: Behörde meist geschlossen – Antrag vorher oder online stellen."


def _current(perioden: Sequence[Statuszeitraum], stichtag: date) -> Optional[Statuszeitraum]:
    for p in perioden:
        if p.von <= stichtag and (p.bis is None or p.bis >= stichtag):
            return p
    return None


def _ist_104c(p: Statuszeitraum) -> bool:
    return p.norm == "104c"


def _antrag_folgetitel(s: Sachverhalt, ab: date) -> Optional[date]:
    """Date of the earliest § 25a/§ 25b application filed on or after ``ab`` (None: none recorded)."""
    tage = [a.gestellt_am for a in s.antraege or [] if a.norm.value in ("aufenthg_25a", "aufenthg_25b") and a.gestellt_am >= ab]
    return min(tage) if tage else None


def _fristen_104c(s: Sachverhalt, stichtag: date, perioden: list[Statuszeitraum], cur: Optional[Statuszeitraum],
                  vorlauf: int, parameter: Mapping[str, Any]) -> list[Frist]:
    out: list[Frist] = []
    fund_ende = "§ 104c Abs. 3 Satz 3 AufenthG; § 81 Abs. 4 Satz 1 AufenthG"
    erteilungen = [p for p in perioden if p.status == Statusart.aufenthaltserlaubnis and _ist_104c(p)]
    fiktion_104c = cur is not None and cur.status == Statusart.fiktionsbescheinigung and _ist_104c(cur)
    haelt_104c = cur is not None and _ist_104c(cur) and cur.status in (Statusart.aufenthaltserlaubnis, Statusart.fiktionsbescheinigung)
    if not erteilungen:
        if not haelt_104c and not fiktion_104c:
            out += _letzter_antrag_104c(s, stichtag, parameter)
        if fiktion_104c:
            out.append(Frist(
                "ende_104c", None, fund_ende,
                "Fiktionsbescheinigung zur Aufenthaltserlaubnis nach § 104c erfasst, aber nicht die Erlaubnis selbst.",
                PERSON, None,
                "Das Erteilungsdatum der Aufenthaltserlaubnis nach § 104c fehlt; ohne es lässt sich das Ende der "
                "18 Monate nicht berechnen. Bitte die Erlaubnis mit Datum der Erteilung („von“) eintragen.",
            ))
        if haelt_104c:
            out.append(_erleichterungen(s, stichtag, parameter))
        return out
    p = erteilungen[-1]
    spaetere = [q for q in perioden if q.von > p.von and not (q.status == Statusart.fiktionsbescheinigung and _ist_104c(q))]
    if spaetere and not haelt_104c:
        return out  # the § 104c permit lies behind another status: nothing left to watch
    erteilt = p.von
    if erteilt > stichtag:
        out.append(Frist(
            "ende_104c", None, fund_ende, "", PERSON, None,
            f"Das Erteilungsdatum {format_datum(erteilt)} liegt nach dem Stichtag {format_datum(stichtag)}; "
            "eine künftige Erteilung kann nicht die Grundlage einer Frist sein. Datum prüfen.",
        ))
        return out
    erster_tag = _datum(parameter, ERSTER_TAG_104C, stichtag)
    if erteilt < erster_tag:
        out.append(Frist(
            "ende_104c", None, fund_ende, "", PERSON, None,
            f"Das Erteilungsdatum {format_datum(erteilt)} liegt vor dem Inkrafttreten des § 104c am "
            f"{format_datum(erster_tag)}; so kann die Erlaubnis nicht erteilt worden sein. Datum prüfen.",
        ))
        out.append(_erleichterungen(s, stichtag, parameter))
        return out
    dauer = _zahl(parameter, GELTUNGSDAUER_104C, erteilt)
    ende = period_end(erteilt, dauer)
    letzter_tag = _datum(parameter, LETZTER_TAG_104C, stichtag)
    hinweis = (
        f"Erteilt am {format_datum(erteilt)}, gilt {dauer} Monate bis einschließlich {format_datum(ende)} und ist nicht "
        "verlängerbar. Nur ein Antrag auf § 25a oder § 25b, gestellt spätestens an diesem Tag, lässt die Erlaubnis "
        "fortgelten (§ 81 Abs. 4 Satz 1); danach Fiktion nur noch auf Anordnung der Behörde (§ 81 Abs. 4 Satz 3)."
    )
    if erteilt > letzter_tag:
        hinweis += (
            f" Erteilung nach dem {format_datum(letzter_tag)}: ob das nach Wegfall der Rechtsgrundlage noch "
            "möglich war, ist ungeklärt (offene Rechtsfrage 104c-entscheidung-nach-ablauf)."
        )
    if p.bis is not None and p.bis != ende:
        hinweis += f" Die Akte nennt „gültig bis {format_datum(p.bis)}“ – Aufenthaltstitel prüfen."
    antrag = _antrag_folgetitel(s, erteilt)
    if antrag is not None and antrag <= ende:
        hinweis += f" Antrag auf § 25a/§ 25b gestellt am {format_datum(antrag)}: die Erlaubnis gilt bis zur Entscheidung fort."
    elif fiktion_104c:
        hinweis += " Eine Fiktionsbescheinigung ist erfasst: die Erlaubnis gilt bis zur Entscheidung fort."
    erledigt = (antrag is not None and antrag <= ende) or fiktion_104c
    if not erledigt and ende < stichtag:
        hinweis += (
            f" Nach der Akte ist die Erlaubnis am {format_datum(ende)} abgelaufen, und kein Antrag auf § 25a/§ 25b "
            "vor Ablauf ist erfasst: sofort klären, ob er gestellt wurde, und den Status in der Akte nachtragen."
        )
    if not erledigt:
        out.append(Frist("ende_104c", ende, fund_ende, hinweis + wochentag_hinweis(ende), PERSON))
        empfohlen = ende - timedelta(weeks=vorlauf)
        out.append(Frist(
            "folgeantrag_empfohlen", empfohlen,
            f"§ 81 Abs. 4 Satz 1 AufenthG; {VORLAUF_QUELLE.split(':')[0]}",
            f"Antrag auf § 25b (oder § 25a) mit Unterlagen {vorlauf} Wochen vor dem Ende der § 104c-Erlaubnis "
            f"({format_datum(ende)}) stellen, damit die Behörde rechtzeitig eine Fiktionsbescheinigung ausstellt. "
            f"Quelle der Vorlaufzeit: {VORLAUF_QUELLE}.",
            PERSON,
        ))
    out.append(_erleichterungen(s, stichtag, parameter, antrag if erledigt else None, fiktion_104c))
    return out


def _datum(parameter: Mapping[str, Any], name: str, stichtag: date) -> date:
    """A date the statute names (one of :data:`BENOETIGTE_PARAMETER`, which :func:`fristen` checks first)."""
    d = gesetzesdaten.datum(parameter, name, stichtag)
    assert d is not None, name
    return d


def _zahl(parameter: Mapping[str, Any], name: str, stichtag: date) -> int:
    """A number the statute names (one of :data:`BENOETIGTE_PARAMETER`, which :func:`fristen` checks first)."""
    n = gesetzesdaten.zahl(parameter, name, stichtag)
    assert n is not None, name
    return n


def _letzter_antrag_104c(s: Sachverhalt, stichtag: date, parameter: Mapping[str, Any]) -> list[Frist]:
    """For someone without a § 104c permit while it can still be granted: the last day to apply (none once an
    application on or before that day is recorded). Belongs to the pathway: not shown once it is closed."""
    erster = _datum(parameter, ERSTER_TAG_104C, stichtag)
    letzter = gesetzesdaten.wert_am(parameter, LETZTER_TAG_104C, stichtag)
    assert letzter is not None, LETZTER_TAG_104C  # one of BENOETIGTE_PARAMETER, which fristen() checks first
    if not erster <= stichtag <= letzter.wert:
        return []
    if any(a.gestellt_am <= letzter.wert for a in derive_104c.antraege_104c(s)):
        return []
    return [Frist(
        "antrag_104c_letzter_tag", letzter.wert, "§ 104c AufenthG; Art. 5 Nr. 4 Gesetz vom 21.12.2022 (BGBl. I S. 2847)",
        f"Bis zu diesem Tag kann das Chancen-Aufenthaltsrecht beantragt werden; ab dem "
        f"{format_datum(letzter.wert + timedelta(days=1))} wird nach § 104c nichts mehr neu erteilt. Ob ein "
        "rechtzeitig gestellter, erst danach beschiedener Antrag noch bewilligt werden kann, ist offen: auf eine "
        "Entscheidung vorher hinwirken.",
        PERSON, "aufenthg_104c",
    )]


def _erleichterungen(s: Sachverhalt, stichtag: date, parameter: Mapping[str, Any], antrag: Optional[date] = None,
                     fiktion: bool = False) -> Frist:
    letzter = _datum(parameter, LETZTER_TAG_ERLEICHTERUNGEN, stichtag)
    entfallen = format_datum(letzter + timedelta(days=1))
    hinweis = (
        "Inhaber der Aufenthaltserlaubnis nach § 104c können § 25a/§ 25b mit den Erleichterungen "
        "(§ 25a Abs. 5, 6; § 25b Abs. 7, 8: Anrechnung der Zeiten nach § 60b, Erteilung trotz ungeklärter "
        f"Identität nach zumutbaren Maßnahmen) nur bis zu diesem Tag beantragen; am {entfallen} entfallen sie, und "
        "§ 25a/§ 25b verlangen dann wieder eine Duldung."
    )
    if antrag is not None or fiktion:
        hinweis += (
            " Maßgeblich ist die Rechtslage bei der Entscheidung: auf eine Entscheidung bis "
            "zu diesem Tag hinwirken."
        )
    return Frist(
        "ende_104c_erleichterungen", letzter,
        f"§ 25a Abs. 5, 6 und § 25b Abs. 7, 8 AufenthG (entfallen am {entfallen})",
        hinweis, PERSON,
    )


def letzter_antragstag_25a(geb: date, stichtag: date, parameter: Mapping[str, Any]) -> tuple[int, date, Optional[Any]]:
    """The age limit of § 25a Abs. 1 Satz 1 Nr. 3 AufenthG that decides the last day for an application, that
    day, and the next value of the limit (None: no later one).

    The limit in force on the day of the application counts. Starting with the limit in force on the
    Stichtag: if its last day falls before the next value takes effect, that is the deadline (the
    person must apply under it); otherwise the person can still apply when the next value is in force,
    and its last day counts (e.g. 21 before 31.12.2022, 27 since)."""
    werte = [gesetzesdaten.wert_am(parameter, ALTERSGRENZE_25A, stichtag)] + gesetzesdaten.spaetere_werte(parameter, ALTERSGRENZE_25A, stichtag)
    assert werte[0] is not None, ALTERSGRENZE_25A  # one of BENOETIGTE_PARAMETER, which fristen() checks first
    for i, w in enumerate(werte):
        naechster = werte[i + 1] if i + 1 < len(werte) else None
        grenze = int(w.wert)
        letzter = last_day_before_age(geb, grenze)
        if naechster is None or letzter < naechster.gueltig_ab:
            return grenze, letzter, naechster
    raise AssertionError("unreachable")  # pragma: no cover - the last value has no successor


def _altersfristen(s: Sachverhalt, stichtag: date, parameter: Mapping[str, Any]) -> list[Frist]:
    geb = s.person.geburtsdatum
    fund_27 = "§ 25a Abs. 1 Satz 1 Nr. 3 AufenthG"
    if geb is None:
        grenze_heute = _zahl(parameter, ALTERSGRENZE_25A, stichtag)
        return [Frist(
            "alter_27_25a", None, fund_27, "", PERSON, "aufenthg_25a",
            f"Das Geburtsdatum fehlt: der letzte Tag für einen Antrag nach § 25a (vor dem {grenze_heute}. Geburtstag) und "
            f"die Altersgrenzen {_zahl(parameter, MINDESTALTER_25A, stichtag)} (§ 25a) und "
            f"{_zahl(parameter, HANDLUNGSFAEHIG_STAG, stichtag)} (§ 10 StAG) lassen sich nicht berechnen. Geburtsdatum eintragen.",
            grenze_heute,
        )]
    out: list[Frist] = []
    grenze, letzter, naechster = letzter_antragstag_25a(geb, stichtag, parameter)
    if letzter >= stichtag:
        hinweis = (
            f"Der Antrag nach § 25a muss vor Vollendung des {grenze}. Lebensjahres gestellt sein, also spätestens "
            f"am {format_datum(letzter)} (Tag vor dem {grenze}. Geburtstag). Eine Verlängerung nach dem "
            f"{grenze}. Geburtstag bleibt möglich."
        )
        if naechster is not None:
            hinweis += f" Ab {format_datum(naechster.gueltig_ab)} gilt die Grenze {int(naechster.wert)}."
        out.append(Frist("alter_27_25a", letzter, fund_27, hinweis + wochentag_hinweis(letzter), PERSON, "aufenthg_25a",
                         altersgrenze=grenze))
    alter = _zahl(parameter, MINDESTALTER_25A, stichtag)
    tag = birthday_completed(geb, alter)
    if tag > stichtag:
        out.append(Frist(
            "alter_14_25a", tag, "§ 25a Abs. 1 AufenthG",
            f"Ab diesem Tag ist die Person {alter} Jahre alt: Mindestalter für die Erteilung nach § 25a "
            "(maßgeblich ist der Tag der Entscheidung). Antrag vorbereiten.",
            CM, "aufenthg_25a", altersgrenze=alter,
        ))
    alter = _zahl(parameter, HANDLUNGSFAEHIG_STAG, stichtag)
    tag = birthday_completed(geb, alter)
    if tag > stichtag:
        sprache = _zahl(parameter, SPRACHE_ALTERSGEMAESS_STAG, stichtag) == alter  # Abs. 4 Satz 2 ends on the same day
        out.append(Frist(
            "alter_16_stag", tag, "§ 10 Abs. 1 Satz 2" + (", Abs. 4 Satz 2" if sprache else "") + " StAG",
            f"Ab diesem Tag ist die Person {alter} Jahre alt: für eine Einbürgerung sind dann das Bekenntnis "
            "(§ 10 Abs. 1 Satz 1 Nr. 1) und der Einbürgerungstest (Nr. 7) nötig"
            + ("; die Deutschkenntnisse müssen nicht mehr nur altersgemäß sein." if sprache else "."),
            CM, "stag_10", altersgrenze=alter,
        ))
    return out


def _jahre(monate: int) -> str:
    return f"{monate // 12} Jahren" if monate % 12 == 0 else f"{monate} Monaten"


def _kinder(s: Sachverhalt, stichtag: date, parameter: Mapping[str, Any], fakten: Optional[Any] = None) -> list[Frist]:
    """When a child comes of age and the shorter period of § 25b for parents ends – only while
    it can matter: not if the general period (parameter ``voraufenthalt_25b_monate`` on the day the child
    comes of age) is complete by then anyway, counting on from the months complete on the Stichtag
    (so the true day is that one or earlier)."""
    out: list[Frist] = []
    fund = "§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG"
    monate: Optional[int] = None
    berechnet = False
    for i, k in enumerate(s.haushalt.kinder or [], start=1):
        if k.im_haushalt is False or k.ledig is False:
            continue
        if k.geburtsdatum is None:
            out.append(Frist(
                "kind_18_25b", None, fund, "", PERSON, "aufenthg_25b",
                f"Geburtsdatum von Kind {i} fehlt: wann die kürzere Frist von "
                f"{_jahre(_zahl(parameter, KINDFRIST_25B, stichtag))} (minderjähriges lediges "
                "Kind im Haushalt) endet, lässt sich nicht berechnen.",
            ))
            continue
        volljaehrig = birthday_completed(k.geburtsdatum, 18)
        if volljaehrig <= stichtag:
            continue
        if not berechnet:
            wert = (fakten or derive(s, stichtag, parameter)).werte.get("voraufenthalt_monate")
            berechnet = True
            monate = None if wert is None else int(wert)
        regelfrist = _zahl(parameter, REGELFRIST_25B, volljaehrig)
        if monate is not None and (monate >= regelfrist or add_months(stichtag, regelfrist - monate) <= volljaehrig):
            continue  # the general period is complete by then: the child's age changes nothing
        out.append(Frist(
            "kind_18_25b", volljaehrig, fund,
            f"Kind {i} ist ab diesem Tag volljährig (18. Geburtstag). Die kürzere Frist von "
            f"{_jahre(_zahl(parameter, KINDFRIST_25B, volljaehrig))} "
            "für § 25b gilt nur mit einem minderjährigen ledigen Kind im Haushalt; ob es bei Antrag oder bei "
            "Entscheidung minderjährig sein muss, ist offen (offene Rechtsfrage kind-minderjaehrig-zeitpunkt) – Antrag so stellen, dass vorher "
            "entschieden werden kann. Gilt ebenso für das Aufenthaltsrecht der Eltern nach § 25a Abs. 2.",
            PERSON, "aufenthg_25b",
        ))
    return out


_ABLAUF = {
    "duldung": ("Duldung", "Rechtzeitig vor Ablauf bei der Ausländerbehörde verlängern lassen: Lücken im Status "
                "können die Voraufenthaltszeit unterbrechen."),
    "aufenthaltsgestattung": ("Aufenthaltsgestattung", "Rechtzeitig vor Ablauf verlängern lassen: Lücken im Status "
                              "können die Voraufenthaltszeit unterbrechen."),
    "aufenthaltserlaubnis": ("Aufenthaltserlaubnis", "Verlängerung vor Ablauf beantragen: nur dann gilt die Erlaubnis "
                             "bis zur Entscheidung fort (§ 81 Abs. 4 Satz 1)."),
    "fiktionsbescheinigung": ("Fiktionsbescheinigung", "Vor Ablauf bei der Ausländerbehörde verlängern lassen."),
}


def _ablauf(s: Sachverhalt, stichtag: date, cur: Optional[Statuszeitraum]) -> list[Frist]:
    if cur is None or cur.bis is None:
        return []
    if cur.status == Statusart.aufenthaltserlaubnis and _ist_104c(cur):
        return []  # its own entries (ende_104c)
    key = "duldung" if cur.status in DULDUNGEN else cur.status.value
    if key not in _ABLAUF:
        return []
    name, was = _ABLAUF[key]
    if cur.paragraph:
        name += f" nach {cur.paragraph if cur.paragraph.strip().startswith('§') else '§ ' + cur.paragraph}"
    fund = ("§ 81 Abs. 4 Satz 1 AufenthG" if key == "aufenthaltserlaubnis"
            else "Gültigkeit laut Akte; § 25b Abs. 1 Satz 2 Nr. 1, § 25a Abs. 1 Satz 1 Nr. 1 AufenthG (ununterbrochener Voraufenthalt)")
    return [Frist("ablauf_status", cur.bis, fund, f"{name} gültig bis {format_datum(cur.bis)}. {was}" + wochentag_hinweis(cur.bis), PERSON)]


def _pass(s: Sachverhalt, stichtag: date) -> list[Frist]:
    """The day the passport held on the Stichtag expires: the Passpflicht (§ 3 Abs. 1 AufenthG) is a
    general requirement of every residence title (§ 5 Abs. 1 Nr. 4 AufenthG) and the first step of
    proving identity for naturalisation; a new passport takes time, so it is a deadline."""
    p = s.identitaet.pass_
    if p is None or p.vorhanden is False or p.gueltig_bis is None or p.gueltig_bis < stichtag:
        return []
    return [Frist("pass_ablauf", p.gueltig_bis, "§ 3 Abs. 1, § 5 Abs. 1 Nr. 4 AufenthG",
                  f"Pass gültig bis {format_datum(p.gueltig_bis)}. Rechtzeitig vorher einen neuen Pass bei der Botschaft "
                  "beantragen: ohne gültigen Pass ist die Passpflicht nicht erfüllt." + wochentag_hinweis(p.gueltig_bis), PERSON)]


def _geplant(s: Sachverhalt, stichtag: date) -> list[Frist]:
    g = s.geplant
    if g is None:
        return []
    fund = "geplante Angabe der Mandantendatei (geplant:)"
    out: list[Frist] = []

    def add(tag: date, was: str) -> None:
        hinweis = f"{was} Nach Eingang den Nachweis in die Akte eintragen (und aus „geplant“ entfernen)."
        if tag <= stichtag:
            hinweis += " Der Tag ist erreicht: nachhalten, ob es eingetreten ist."
        out.append(Frist("geplant", tag, fund, hinweis, CM))

    for n in g.sprachnachweise:
        add(n.erwartet_am, f"Sprachnachweis {n.niveau.value} ({n.art.value}) erwartet.")
    if g.leben_in_deutschland_test_am:
        add(g.leben_in_deutschland_test_am, "Ergebnis des Tests „Leben in Deutschland“ erwartet.")
    if g.bekenntnis_am:
        add(g.bekenntnis_am, "Bekenntnis zur freiheitlichen demokratischen Grundordnung soll abgegeben werden.")
    if g.identitaet_geklaert_am:
        add(g.identitaet_geklaert_am, "Klärung der Identität erwartet.")
    if g.pass_ is not None:
        beantragt = f" (beantragt am {format_datum(g.pass_.beantragt_am)})" if g.pass_.beantragt_am else ""
        add(g.pass_.erwartet_am, f"Pass erwartet{beantragt}.")
    for w in g.statuswechsel:
        add(w.ab, f"Statuswechsel geplant: {w.status.value}{' nach ' + w.paragraph if w.paragraph else ''}.")
    for e in g.einkommen:
        add(e.ab, f"Einkommen ({e.quelle.value}) von {euro(e.betrag_eur_monat)} im Monat erwartet.")
    return out


def _sortiert(eintraege: Iterable[Frist]) -> list[Frist]:
    return sorted(eintraege, key=lambda f: (f.datum is None, f.datum or date.max, f.art))


def fristen(sachverhalt: Sachverhalt, stichtag: date, ergebnisse: Optional[Sequence] = None, *,
            parameter: Mapping[str, Any], vorlauf_wochen: Optional[int] = None,
            fakten: Optional[Any] = None) -> list[Frist]:
    """The deadline ledger of one client on ``stichtag``, sorted by date (entries without date last).

    ``parameter``: the Regelwerk's date-keyed parameters (``regelwerk.parameter``) with the dates, periods
    and age limits the statute names.

    ``ergebnisse`` (the screening results of the same Stichtag), when given, limits the entries that
    belong to one pathway to the pathways screened. ``vorlauf_wochen``: lead time before the end of a
    § 104c permit (default :data:`VORLAUF_WOCHEN`, source :data:`VORLAUF_QUELLE`). ``fakten``: the facts of
    the same file on the same Stichtag with the same parameters, if already derived (else derived here when needed).
    """
    if not parameter:
        raise ValueError("fristen() braucht die Parameter des Regelwerks (regelwerk.parameter)")
    pruefe_parameter(parameter)
    vorlauf = VORLAUF_WOCHEN if vorlauf_wochen is None else vorlauf_wochen
    if vorlauf < 0:
        raise ValueError(f"Vorlaufzeit {vorlauf} Wochen: erwartet 0 oder mehr")
    perioden = sorted(sachverhalt.aufenthalt or [], key=lambda p: p.von)
    cur = _current(perioden, stichtag)
    out = _fristen_104c(sachverhalt, stichtag, perioden, cur, vorlauf, parameter)
    out += _altersfristen(sachverhalt, stichtag, parameter)
    out += _kinder(sachverhalt, stichtag, parameter, fakten)
    out += _ablauf(sachverhalt, stichtag, cur)
    out += _pass(sachverhalt, stichtag)
    out += _geplant(sachverhalt, stichtag)
    if ergebnisse is not None:
        geprueft = {e.kennung for e in ergebnisse}
        out = [f for f in out if f.norm is None or f.norm in geprueft]
    return _sortiert(out)
