"""The monthly need of the household (Bedarfsgemeinschaft) on a Stichtag (pure: no clock, no files).

``bedarf(sachverhalt, stichtag, parameter)`` returns a :class:`Bedarf`: the amount the
livelihood facts compare the earned income with, and a German Herleitung listing every item.

* A need stated in the client file (``lebensunterhalt.bedarf_eur_monat``, the authority's or
  the Jobcenter's own figure) always wins.
* Otherwise the need is computed as the Bürgergeld rules describe it (§ 20, § 21 SGB II): the Regelbedarfe of
  everyone in the household (Stufe 1 single adult or single parent, Stufe 2 each partner,
  Stufe 3 other adults, Stufe 4/5/6 children aged 14–17 / 6–13 / 0–5), the Mehrbedarfe of
  § 21 SGB II (single parents, Abs. 3; pregnancy, Abs. 2) and the costs of accommodation
  (``miete_warm_eur_monat``). The amounts are date-keyed parameters
  (``rules/parameter/regelbedarfe.yaml``) with their Fundstelle.
* Not included, because the sources give no amounts: the Erwerbstätigenfreibetrag and health
  insurance contributions, which authorities also count. The Herleitung says so; the
  authority's own figure (``bedarf_eur_monat``) includes them.
* Honest about the figures: for a Stichtag before the first documented value, or after the
  day a value is documented for (``belegt_bis``), no need is computed (``betrag`` None, so the
  requirement is *ungeklärt*); the Herleitung names what the last documented rates would give
  and asks for the authority's figure. Missing household data likewise give no amount, with
  the list of what to ask.

Who is counted: the person (an adult; a minor belongs to the parents' household, whose need
must be stated), the spouse or registered partner if living in the household, and every child
living in the household (a child of 18 or more with Stufe 3, "other adults in the household",
§ 21 Abs. 2 SGB II; whether it belongs to the Bedarfsgemeinschaft the Jobcenter decides).
"Alleinerziehend" is read from the household: no partner in it and at least one minor child.

>>> from kimrules.akte.facts import Sachverhalt
>>> from kimrules.regelwerk.rules import Parameter
>>> def p(wert):
...     return Parameter(titel="t", werte=[{"gueltig_ab": "01.01.2024", "wert": wert, "fundstelle": "Anlage zu § 28 SGB XII"}])
>>> par = {"regelbedarf_stufe_1": p(563), "regelbedarf_stufe_6": p(357), "mehrbedarf_alleinerziehend_prozent": p(36),
...        "mehrbedarf_alleinerziehend_je_kind_prozent": p(12), "mehrbedarf_alleinerziehend_hoechstens_prozent": p(60)}
>>> s = Sachverhalt(aktenzeichen="X", person={"geburtsdatum": "01.01.1990"},
...                 haushalt={"familienstand": "ledig", "kinder": [{"geburtsdatum": "01.06.2022", "im_haushalt": "ja"}]},
...                 lebensunterhalt={"miete_warm_eur_monat": 600, "schwanger_nach_12_ssw": "nein"})
>>> b = bedarf(s, date(2025, 3, 15), par)
>>> b.betrag
1722.68
>>> print(b.text())
berechnet: Regelbedarfsstufe 1 (alleinerziehend): 563,00 €; Regelbedarfsstufe 6 (Kind, 2 Jahre): 357,00 €; \
Mehrbedarf für Alleinerziehende (§ 21 Abs. 3 SGB II, 36 % von 563,00 €): 202,68 €; \
Kosten der Unterkunft und Heizung (Warmmiete laut Akte): 600,00 € = 1.722,68 € \
(Beträge ab 01.01.2024, Anlage zu § 28 SGB XII, § 20 Abs. 1a SGB II; ohne Erwerbstätigenfreibetrag und Krankenversicherungsbeiträge)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping, Optional

from kimrules.basis.dates import age, format_datum
from kimrules.akte.facts import Familienstand, Sachverhalt


# how the need was obtained
AKTE = "akte"  # stated in the client file
BERECHNET = "berechnet"  # computed from documented rates
UNBELEGT = "unbelegt"  # rates not documented for the Stichtag: not computed
UNVOLLSTAENDIG = "unvollstaendig"  # household data missing: not computed
NICHT_ERFASST = "nicht_erfasst"  # neither a stated need nor costs of accommodation: nothing to compute with

RBS = {stufe: f"regelbedarf_stufe_{stufe}" for stufe in range(1, 7)}
MB_AE = "mehrbedarf_alleinerziehend_prozent"
MB_AE_JE_KIND = "mehrbedarf_alleinerziehend_je_kind_prozent"
MB_AE_MAX = "mehrbedarf_alleinerziehend_hoechstens_prozent"
MB_SCHWANGER = "mehrbedarf_schwangerschaft_prozent"

OHNE = "ohne Erwerbstätigenfreibetrag und Krankenversicherungsbeiträge"
EINTRAGEN = "Bedarf der Bedarfsgemeinschaft laut Behörde oder Jobcenter eintragen (bedarf_eur_monat)"


def euro(value: float) -> str:
    """German money format: 1.234,50 €."""
    return f"{value:,.2f} €".replace(",", "#").replace(".", ",").replace("#", ".")


def _prozent(value: float) -> str:
    return f"{value:g} %".replace(".", ",")


@dataclass(frozen=True)
class Posten:
    text: str
    betrag: float


@dataclass(frozen=True)
class Bedarf:
    """The household's monthly need on the Stichtag and how it was obtained."""

    betrag: Optional[float]  # the need the share is computed from; None = unknown
    herkunft: str  # AKTE, BERECHNET, UNBELEGT, UNVOLLSTAENDIG or NICHT_ERFASST
    posten: tuple[Posten, ...] = ()  # the computed items (also when not used)
    fehlt: tuple[str, ...] = ()  # household data missing for the computation
    stichtag: Optional[date] = None
    ab: Optional[date] = None  # earliest gueltig_ab of the rates used
    belegt_bis: Optional[date] = None  # the rates are documented up to this day (None = no end known)

    @property
    def summe(self) -> Optional[float]:
        """Sum of the computed items (None if nothing was computed)."""
        return round(sum(p.betrag for p in self.posten), 2) if self.posten else None

    def rechnung(self) -> str:
        items = "; ".join(f"{p.text}: {euro(p.betrag)}" for p in self.posten)
        quelle = f"Beträge ab {format_datum(self.ab)}, Anlage zu § 28 SGB XII, § 20 Abs. 1a SGB II" if self.ab else "Anlage zu § 28 SGB XII, § 20 Abs. 1a SGB II"
        return f"{items} = {euro(self.summe or 0)} ({quelle}; {OHNE})"

    def text(self, zusatz: str = "") -> str:
        """The German Herleitung; ``zusatz`` follows the figure the last documented rates would give."""
        if self.herkunft == AKTE:
            return f"Bedarf laut Akte (Angabe der Behörde oder des Jobcenters, geht der Berechnung vor): {euro(self.betrag or 0)}"
        if self.herkunft == BERECHNET:
            return "berechnet: " + self.rechnung()
        if self.herkunft == UNVOLLSTAENDIG:
            return "Bedarf nicht erfasst und nicht berechenbar, es fehlt: " + "; ".join(self.fehlt)
        if self.herkunft == UNBELEGT:
            tag = format_datum(self.stichtag) if self.stichtag else "den Stichtag"
            if not self.posten:
                return (f"Bedarf nicht erfasst; für den {tag} sind keine Regelbedarfe hinterlegt "
                        f"(hinterlegt sind Beträge erst ab 01.01.2023) – {EINTRAGEN}")
            return (f"Bedarf nicht erfasst; die Regelbedarfe für den {tag} sind nicht belegt ("
                    f"belegt bis {format_datum(self.belegt_bis) if self.belegt_bis else '?'}, neuere Beträge unverifiziert). "
                    f"Mit den zuletzt belegten Beträgen ergäbe sich: {self.rechnung()}{zusatz} – {EINTRAGEN}")
        return "Bedarf nicht erfasst (weder Bedarf der Behörde noch Warmmiete angegeben)"


def parameterwert(parameter: Mapping[str, Any], name: str, stichtag: date) -> Optional[Any]:
    """The value of a date-keyed parameter in force on the Stichtag (latest gueltig_ab on or before it)."""
    p = parameter.get(name)
    return None if p is None else p.wert_am(stichtag)


def partner_im_haushalt(s: Sachverhalt) -> Optional[bool]:
    """Does a spouse or registered partner live in the household? None = unknown."""
    h = s.haushalt
    if h.partner is not None:
        return h.partner.im_haushalt
    if h.familienstand in (Familienstand.ledig, Familienstand.geschieden, Familienstand.verwitwet):
        return False
    return None  # married / partnership without partner details, or nothing known


def _stufe_kind(alter: int) -> tuple[int, str]:
    if alter < 6:
        return 6, f"Kind, {alter} Jahre"
    if alter < 14:
        return 5, f"Kind, {alter} Jahre"
    if alter < 18:
        return 4, f"Kind, {alter} Jahre"
    return 3, f"volljähriges Kind im Haushalt, {alter} Jahre"


def mehrbedarf_alleinerziehend_prozent(alter_minderjaehrige: list[int], hoch: float, je_kind: float, hoechstens: float) -> float:
    """§ 21 Abs. 3 SGB II: 36 % with one child under 7 or two or three
    children under 16; otherwise 12 % per child if that gives more; at most 60 %.

    >>> mehrbedarf_alleinerziehend_prozent([3], 36, 12, 60), mehrbedarf_alleinerziehend_prozent([10], 36, 12, 60)
    (36, 12)
    >>> mehrbedarf_alleinerziehend_prozent([8, 12], 36, 12, 60), mehrbedarf_alleinerziehend_prozent([10, 16], 36, 12, 60)
    (36, 24)
    >>> mehrbedarf_alleinerziehend_prozent([10, 12, 14, 16], 36, 12, 60), mehrbedarf_alleinerziehend_prozent([1, 2, 3, 4, 5, 6], 36, 12, 60)
    (48, 60)
    """
    if not alter_minderjaehrige:
        return 0
    nr1 = hoch if any(a < 7 for a in alter_minderjaehrige) or 2 <= sum(1 for a in alter_minderjaehrige if a < 16) <= 3 else 0
    return min(max(nr1, je_kind * len(alter_minderjaehrige)), hoechstens)


def bedarf(s: Sachverhalt, stichtag: date, parameter: Mapping[str, Any]) -> Bedarf:
    """The need of the household on the Stichtag: stated in the file, computed, or unknown (see module doc)."""
    lu = s.lebensunterhalt
    if lu.bedarf_eur_monat is not None:
        return Bedarf(lu.bedarf_eur_monat, AKTE, stichtag=stichtag)
    if lu.miete_warm_eur_monat is None:
        return Bedarf(None, NICHT_ERFASST, fehlt=("Warmmiete (Kosten der Unterkunft und Heizung)",), stichtag=stichtag)

    fehlt: list[str] = []
    # who lives in the household: (Stufe, label) per person
    personen: list[tuple[int, str]] = []
    partner = partner_im_haushalt(s)
    if partner is None:
        fehlt.append("ob eine Ehegattin/ein Ehegatte oder eine Lebenspartnerin/ein Lebenspartner im Haushalt lebt")
    geb = s.person.geburtsdatum
    if geb is None:
        fehlt.append("Geburtsdatum der Person")
    elif age(geb, stichtag) < 18:
        fehlt.append("die Person ist minderjährig und gehört zur Bedarfsgemeinschaft ihrer Eltern: deren Bedarf angeben")
    kinder = s.haushalt.kinder
    minderjaehrige: list[int] = []
    kind_posten: list[tuple[int, str]] = []
    if kinder is None:
        fehlt.append("Kinder im Haushalt")
    else:
        for nr, k in enumerate(kinder, start=1):
            if k.im_haushalt is False:
                continue
            if k.im_haushalt is None:
                fehlt.append(f"ob Kind {nr} im Haushalt lebt")
                continue
            if k.geburtsdatum is None:
                fehlt.append(f"Geburtsdatum von Kind {nr}")
                continue
            alter = age(k.geburtsdatum, stichtag)
            if alter < 18:
                minderjaehrige.append(alter)
            kind_posten.append(_stufe_kind(alter))
    if lu.schwanger_nach_12_ssw is None:
        fehlt.append("ob die Person oder ihre Partnerin nach der 12. Schwangerschaftswoche schwanger ist (Mehrbedarf § 21 Abs. 2 SGB II)")
    if fehlt:
        return Bedarf(None, UNVOLLSTAENDIG, fehlt=tuple(fehlt), stichtag=stichtag)

    alleinerziehend = not partner and bool(minderjaehrige)
    if partner:
        personen += [(2, "Person"), (2, "Ehegatte oder Lebenspartner")]
    else:
        personen.append((1, "alleinerziehend" if alleinerziehend else "alleinstehend"))
    personen += kind_posten

    werte: list[Any] = []  # kimrules.regelwerk.rules.Parameterwert

    def wert(name: str) -> Optional[float]:
        w = parameterwert(parameter, name, stichtag)
        if w is None:
            return None
        werte.append(w)
        return w.wert

    posten: list[Posten] = []
    fehlende_saetze = False
    for stufe, label in personen:
        betrag = wert(RBS[stufe])
        if betrag is None:
            fehlende_saetze = True
            continue
        posten.append(Posten(f"Regelbedarfsstufe {stufe} ({label})", betrag))
    rbs_schwanger = wert(RBS[2 if partner else 1])
    if alleinerziehend:
        rbs1, hoch, je_kind, hoechstens = wert(RBS[1]), wert(MB_AE), wert(MB_AE_JE_KIND), wert(MB_AE_MAX)
        if None in (rbs1, hoch, je_kind, hoechstens):
            fehlende_saetze = True
        else:
            satz = mehrbedarf_alleinerziehend_prozent(minderjaehrige, hoch, je_kind, hoechstens)
            posten.append(Posten(f"Mehrbedarf für Alleinerziehende (§ 21 Abs. 3 SGB II, {_prozent(satz)} von {euro(rbs1)})",
                                 round(rbs1 * satz / 100, 2)))
    if lu.schwanger_nach_12_ssw:
        satz = wert(MB_SCHWANGER)
        if satz is None or rbs_schwanger is None:
            fehlende_saetze = True
        else:
            posten.append(Posten(f"Mehrbedarf bei Schwangerschaft (§ 21 Abs. 2 SGB II, {_prozent(satz)} von {euro(rbs_schwanger)})",
                                 round(rbs_schwanger * satz / 100, 2)))
    posten.append(Posten("Kosten der Unterkunft und Heizung (Warmmiete laut Akte)", lu.miete_warm_eur_monat))

    ab = max((w.gueltig_ab for w in werte), default=None)
    if fehlende_saetze:
        return Bedarf(None, UNBELEGT, stichtag=stichtag)
    enden = [w.belegt_bis for w in werte if w.belegt_bis is not None]
    belegt_bis = min(enden) if enden else None
    if belegt_bis is not None and stichtag > belegt_bis:
        return Bedarf(None, UNBELEGT, tuple(posten), stichtag=stichtag, ab=ab, belegt_bis=belegt_bis)
    return Bedarf(round(sum(p.betrag for p in posten), 2), BERECHNET, tuple(posten), stichtag=stichtag, ab=ab, belegt_bis=belegt_bis)


__all__ = ["Bedarf", "Posten", "bedarf", "mehrbedarf_alleinerziehend_prozent", "partner_im_haushalt"]
