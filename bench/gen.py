"""Seeded generator of realistic random client files (Sachverhalt dicts) for kimrules.

Shared by the benchmark (bench/screening.py) and the differential test
(tests/unit/test_differential.py, which loads this file by path). Pure: only
``random.Random`` and ``datetime``; nothing from kimrules, so the generator is
not derived from the code it is used to test.

Every produced dict is a valid client file for its Stichtag (``kimrules.akte.client.validate``
with that Stichtag accepts it): status periods do not overlap, no event lies after the
Stichtag, nothing lies before the birth. What is realistic about it:

* a status history from entry (Gestattung, then Duldungen of all kinds, § 104c, other
  Aufenthaltserlaubnisse, Fiktionsbescheinigung, sometimes gaps and "kein Status"),
  with the length of stay concentrated around the thresholds of § 25b (4/6/8 years,
  30 months of § 60d Beschäftigungsduldung, each ± a few days/months);
* income concentrated around the 50 % / 51 % share of the Bedarf;
* language levels A1..C1, children of all ages, convictions below and above the
  thresholds of § 54 AufenthG, passports expired or valid;
* every section may be missing (unknown), and tri-state answers come as ``"ja"``,
  ``"nein"``, ``"unbekannt"``, JSON booleans or an omitted key; dates come as
  ``TT.MM.JJJJ`` or ISO.
"""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta
from typing import Any, Iterator, Optional

FRUEHESTES_DATUM = date(1900, 1, 1)  # the earliest date a client file accepts
STICHTAG_MIN = date(2015, 8, 1)
STICHTAG_MAX = date(2028, 12, 31)
# first/last days of the four versions of § 25b and of the parameter
STICHTAG_BOUNDARIES = (
    date(2015, 8, 1), date(2019, 12, 31), date(2020, 1, 1), date(2022, 12, 30),
    date(2022, 12, 31), date(2027, 6, 30), date(2027, 7, 1), date(2028, 12, 31),
    # § 10 StAG (rules/stag/10) and § 104c (rules/aufenthg/104c)
    date(2021, 8, 24), date(2024, 6, 26), date(2024, 6, 27), date(2025, 10, 29), date(2025, 10, 30),
    date(2025, 12, 24), date(2025, 12, 25), date(2025, 12, 30),
)
RESIDENCE_THRESHOLDS = (48, 72, 96)  # months, § 25b Abs. 1 Satz 2 Nr. 1 (old and new) and Abs. 7
DULDUNG_60D_THRESHOLD = 30  # months, § 25b Abs. 6

Client = dict[str, Any]


# -- small date helpers (deliberately not kimrules.basis.dates) -----------------------------------
def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(d.day, last))


def add_days(d: date, days: int) -> date:
    return d + timedelta(days=days)


def between(rng: random.Random, a: date, b: date) -> date:
    """Uniform day in [a, b] (a if b < a)."""
    span = (b - a).days
    return a if span <= 0 else a + timedelta(days=rng.randint(0, span))


def fmt(rng: random.Random, d: date) -> str:
    return d.isoformat() if rng.random() < 0.5 else f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


# -- tri-state answers ------------------------------------------------------------------------
_MISSING = object()


def tri(rng: random.Random, p_true: float = 0.5, p_unknown: float = 0.2) -> Any:
    """A yes/no/unknown answer in one of the accepted spellings, or _MISSING (key omitted)."""
    r = rng.random()
    if r < p_unknown:
        return rng.choice([_MISSING, _MISSING, None, "unbekannt"])
    value = rng.random() < p_true
    return rng.choice([value, value, "ja" if value else "nein"])


def put(d: dict, key: str, value: Any) -> None:
    if value is not _MISSING:
        d[key] = value


def stichtag(rng: random.Random) -> date:
    """A Stichtag across all versions of § 25b, a quarter of them on a version boundary."""
    if rng.random() < 0.25:
        return rng.choice(STICHTAG_BOUNDARIES)
    return between(rng, STICHTAG_MIN, STICHTAG_MAX)


# -- sections -----------------------------------------------------------------------------------
def _target_months(rng: random.Random) -> int:
    """Length of stay in months: half near a threshold of § 25b, half anywhere in 0..20 years."""
    if rng.random() < 0.5:
        return max(0, rng.choice(RESIDENCE_THRESHOLDS) + rng.choice([-2, -1, -1, 0, 0, 0, 1, 1, 2]))
    return rng.randint(0, 240)


_LAST_STATUS = [  # (status, paragraph, weight) of the status on the Stichtag
    ("duldung", None, 34), ("duldung_60b", None, 8), ("duldung_60d", None, 10), ("duldung_60c", None, 5),
    ("aufenthaltserlaubnis", "§ 104c", 12), ("aufenthaltserlaubnis", "25 Abs. 5", 5),
    ("aufenthaltserlaubnis", "§ 25a AufenthG", 2), ("aufenthaltsgestattung", None, 10),
    ("fiktionsbescheinigung", None, 4), ("kein_status", None, 6), ("niederlassungserlaubnis", None, 2),
    ("visum", None, 2),
]
_MIDDLE_STATUS = [
    ("duldung", None, 50), ("duldung_60b", None, 12), ("duldung_60c", None, 5),
    ("aufenthaltserlaubnis", "25 Abs. 5", 8), ("fiktionsbescheinigung", None, 5), ("kein_status", None, 5),
]


def _weighted(rng: random.Random, table: list) -> tuple:
    return rng.choices(table, weights=[w for *_, w in table])[0][:2]


def _period(status: str, von: date, bis: Optional[date], paragraph: Optional[str], rng: random.Random) -> dict:
    p: dict[str, Any] = {"status": status, "von": fmt(rng, von)}
    if bis is not None:
        p["bis"] = fmt(rng, bis)
    if paragraph is not None:
        p["paragraph"] = paragraph
    if status == "aufenthaltsgestattung":
        put(p, "schutz_zuerkannt", tri(rng, 0.2, 0.5))
    return p


def _status_history(rng: random.Random, entry: date, st: date) -> list[dict]:
    """Non-overlapping periods from entry to (around) the Stichtag; the last one may be open."""
    periods: list[dict] = []
    cursor = entry
    last_status, last_para = _weighted(rng, _LAST_STATUS)
    # the last period: § 60d mostly near 30 months, others a few months to years
    if last_status == "duldung_60d":
        last_len = max(0, DULDUNG_60D_THRESHOLD + rng.choice([-2, -1, 0, 0, 1, 2, 6]))
    else:
        last_len = rng.randint(1, 40)
    last_start = max(entry, add_days(add_months(st, -last_len), rng.randint(-3, 3)))
    last_start = min(last_start, st)
    # first an asylum procedure, then middle periods until the last one begins
    first = True
    while cursor < last_start:
        if first:
            status, para = "aufenthaltsgestattung", None
            length = rng.randint(3, 36)
            first = False
        else:
            status, para = _weighted(rng, _MIDDLE_STATUS)
            length = rng.randint(1, 30)
        end = min(add_days(add_months(cursor, length), -1), add_days(last_start, -1))
        if end < cursor:
            break
        periods.append(_period(status, cursor, end, para, rng))
        gap = 1
        r = rng.random()
        if r < 0.08:
            gap = rng.randint(2, 80)  # short interruption (harmless up to 3 months)
        elif r < 0.12:
            gap = rng.randint(85, 200)  # long interruption: the chain breaks
        cursor = add_days(end, gap)
    if cursor > last_start:  # a gap ran into the last period: start it after the gap
        last_start = min(cursor, st)  # still after the end of the previous period
    # the last period: open, expired before the Stichtag, or valid beyond it
    r = rng.random()
    if r < 0.6:
        bis = None
    elif r < 0.85:
        bis = add_days(st, rng.randint(1, 400))
    else:
        bis = max(last_start, add_days(st, -rng.randint(1, 120)))
    periods.append(_period(last_status, last_start, bis, last_para, rng))
    if rng.random() < 0.3:
        rng.shuffle(periods)  # the order in the file does not matter
    return periods


def _abroad(rng: random.Random, entry: date, st: date) -> Any:
    r = rng.random()
    if r < 0.3:
        return _MISSING
    if r < 0.75 or (st - entry).days < 60:
        return []
    trips = []
    for _ in range(rng.randint(1, 2)):
        von = between(rng, entry, add_days(st, -1))
        bis = min(st, add_days(von, rng.choice([3, 10, 20, 45, 100, 150])))
        trips.append({"von": fmt(rng, von), "bis": fmt(rng, bis)})
    return trips


_LEVELS = ["A1", "A2", "B1", "B2", "C1"]


def _household(rng: random.Random, birth: date, st: date) -> dict:
    h: dict[str, Any] = {}
    if rng.random() < 0.8:
        h["familienstand"] = rng.choice(["ledig", "verheiratet", "verheiratet", "geschieden", "verwitwet",
                                         "eingetragene_lebenspartnerschaft"])
    if h.get("familienstand") in ("verheiratet", "eingetragene_lebenspartnerschaft") and rng.random() < 0.9:
        partner: dict[str, Any] = {"art": "ehegatte" if h["familienstand"] == "verheiratet" else "lebenspartner"}
        put(partner, "im_haushalt", tri(rng, 0.85))
        if rng.random() < 0.6:
            partner["deutsch_schriftlich"] = rng.choice(_LEVELS)
        h["partner"] = partner
    r = rng.random()
    if r < 0.15:
        pass  # children unknown
    elif r < 0.45:
        h["kinder"] = []
    else:
        kinder = []
        for _ in range(rng.randint(1, 4)):
            k: dict[str, Any] = {}
            earliest = max(add_months(birth, 16 * 12), add_months(st, -26 * 12))
            if rng.random() < 0.9 and earliest <= st:
                if rng.random() < 0.2:  # around the 18th birthday
                    kb = add_days(add_months(st, -18 * 12), rng.randint(-20, 20))
                    kb = min(max(kb, earliest), st)
                else:
                    kb = between(rng, earliest, st)
                k["geburtsdatum"] = fmt(rng, kb)
                child_age = (st - kb).days / 365.25
            else:
                child_age = None
            put(k, "ledig", tri(rng, 0.95, 0.1))
            put(k, "im_haushalt", tri(rng, 0.85, 0.1))
            if child_age is not None and 6 <= child_age < 18:
                put(k, "schulpflichtig", tri(rng, 0.95, 0.1))
                put(k, "schulbesuch_nachgewiesen", tri(rng, 0.75, 0.3))
            elif child_age is not None:
                put(k, "schulpflichtig", tri(rng, 0.05, 0.2))
            else:
                put(k, "schulpflichtig", tri(rng, 0.5, 0.5))
                put(k, "schulbesuch_nachgewiesen", tri(rng, 0.5, 0.5))
            kinder.append(k)
        h["kinder"] = kinder
    put(h, "familienangehoeriger_25b_beguenstigter", tri(rng, 0.1, 0.5))
    return h


def _language(rng: random.Random, entry: date, st: date) -> dict:
    s: dict[str, Any] = {}
    r = rng.random()
    if r < 0.2:
        pass
    elif r < 0.4:
        s["nachweise"] = []
    else:
        nachweise = []
        for _ in range(rng.randint(1, 3)):
            n: dict[str, Any] = {"niveau": rng.choices(_LEVELS, weights=[25, 30, 30, 10, 5])[0]}
            put(n, "muendlich", rng.choice([_MISSING, True, True, "ja", False]))
            put(n, "schriftlich", tri(rng, 0.6, 0.3))
            n["art"] = rng.choice(["zertifikat", "zertifikat", "integrationskurs", "schulabschluss", "gespraech", "sonstiges"])
            if rng.random() < 0.7:
                n["datum"] = fmt(rng, between(rng, entry, st))
            nachweise.append(n)
        s["nachweise"] = nachweise
    put(s, "integrationskurs_moeglich", tri(rng, 0.6, 0.4))
    return s


def _livelihood(rng: random.Random) -> dict:
    lu: dict[str, Any] = {}
    bedarf: Optional[float] = None
    if rng.random() < 0.8:
        bedarf = round(rng.uniform(600, 3600), 2)
        lu["bedarf_eur_monat"] = bedarf
    r = rng.random()
    if r < 0.15:
        pass
    elif r < 0.35:
        lu["einkommen"] = []
    else:
        einkommen = []
        base = bedarf or 1800.0
        if rng.random() < 0.4:  # share of earned income near 50 % / 51 %
            share = rng.choice([0.495, 0.4999, 0.5, 0.5004, 0.5049, 0.505, 0.5051, 0.5094, 0.5095, 0.51, 0.515])
        else:
            share = rng.choice([0.0, rng.uniform(0.05, 1.6)])
        earned = round(base * share, 2)
        if earned > 0 or rng.random() < 0.5:
            einkommen.append({"quelle": "erwerbstaetigkeit", "betrag_eur_monat": earned})
        if rng.random() < 0.4:
            einkommen.append({"quelle": rng.choice(["kindergeld", "unterhalt", "rente", "arbeitslosengeld", "sonstiges"]),
                              "betrag_eur_monat": round(rng.uniform(50, 800), 2)})
        lu["einkommen"] = einkommen
    r = rng.random()
    if r < 0.3:
        pass
    elif r < 0.6:
        lu["leistungen"] = []
    else:
        lu["leistungen"] = [
            {"art": rng.choice(["asylblg", "sgb2", "sgb12", "wohngeld"]),
             **({"betrag_eur_monat": round(rng.uniform(100, 1500), 2)} if rng.random() < 0.7 else {})}
            for _ in range(rng.randint(1, 2))
        ]
    for key, p in (("leistungsbezug_voruebergehend", 0.4), ("prognose_anhaltspunkte", 0.4),
                   ("alleinerziehend_arbeit_unzumutbar", 0.1), ("pflegt_angehoerige", 0.05)):
        put(lu, key, tri(rng, p, 0.4))
    # warm rent and pregnancy, from which the need is computed when the file states none; drawn from
    # their own generator seeded by what was drawn so far, so every other field of the corpus stays as it was
    sub = random.Random(repr(sorted(lu.items())))
    if sub.random() < (0.7 if bedarf is None else 0.2):
        # a single person's need is 563 € + rent; earnings were drawn around 50 %/51 % of 1.800 €
        lu["miete_warm_eur_monat"] = round(sub.choice([sub.uniform(250, 1300), 1800.0 - 563.0, 1237.5]), 2)
    put(lu, "schwanger_nach_12_ssw", tri(sub, 0.05, 0.3))
    return lu


def _identity(rng: random.Random, entry: date, st: date) -> dict:
    i: dict[str, Any] = {}
    put(i, "geklaert", tri(rng, 0.6, 0.2))
    if rng.random() < 0.8:
        pa: dict[str, Any] = {}
        put(pa, "vorhanden", tri(rng, 0.6, 0.15))
        if pa.get("vorhanden") in (True, "ja") and rng.random() < 0.85:
            pa["gueltig_bis"] = fmt(rng, add_days(st, rng.choice([-400, -30, -1, 0, 1, 30, 400, 1500])))
        if rng.random() < 0.3:
            pa["beantragt_am"] = fmt(rng, between(rng, entry, st))
        i["pass"] = pa
    put(i, "taeuschung_aktuell", tri(rng, 0.08, 0.3))
    put(i, "mitwirkung_verweigert_aktuell", tri(rng, 0.1, 0.3))
    t = tri(rng, 0.15, 0.3)
    put(i, "taeuschung_frueher", t)
    if t in (True, "ja") and rng.random() < 0.6:
        i["taeuschung_beendet_am"] = fmt(rng, between(rng, entry, st))
    put(i, "zumutbare_massnahmen_ergriffen", tri(rng, 0.6, 0.4))
    return i


def _convictions(rng: random.Random, birth: date, st: date) -> Any:
    r = rng.random()
    if r < 0.2:
        return _MISSING
    if r < 0.75:
        return []
    out = []
    earliest = add_months(birth, 14 * 12)
    for _ in range(rng.randint(1, 2)):
        v: dict[str, Any] = {}
        if earliest <= st and rng.random() < 0.8:
            v["datum"] = fmt(rng, between(rng, earliest, st))
        kind = rng.random()
        if kind < 0.5:
            v["tagessaetze"] = rng.choice([10, 30, 50, 60, 90, 91, 120])
        elif kind < 0.8:
            v["freiheitsstrafe_monate"] = rng.choice([3, 5, 6, 7, 12, 24, 30])
            put(v, "vorsaetzlich", tri(rng, 0.8, 0.3))
        else:
            v["jugendstrafe_monate"] = rng.choice([5, 6, 11, 12, 13, 23, 24, 25])
            put(v, "jugendstrafrecht", True)
        put(v, "bewaehrung", tri(rng, 0.6, 0.3))
        put(v, "im_inland", tri(rng, 0.9, 0.3))
        put(v, "nur_auslaender_straftat", tri(rng, 0.2, 0.4))
        out.append(v)
    return out


_NATIONS = ["Irak", "Syrien", "Afghanistan", "Serbien", "Kosovo", "Nigeria", "Guinea", "Iran", "Türkei",
            "Georgien", "Albanien", "ungeklärt", "Eritrea", "Somalia", "Russische Föderation"]


def client(rng: random.Random, st: date, index: int = 0) -> Client:
    """One realistic client file, valid for Stichtag ``st``."""
    months = _target_months(rng)
    entry = add_days(add_months(st, -months), rng.randint(-5, 5))
    entry = min(entry, st)
    age_at_entry = rng.choice([rng.randint(14, 45), rng.randint(0, 70)])
    birth = add_days(add_months(entry, -12 * age_at_entry), -rng.randint(0, 364))
    c: Client = {"aktenzeichen": f"KIM-{index:06d}"}
    person: dict[str, Any] = {}
    if rng.random() < 0.3:
        person["name"] = f"Person {index}"
    if rng.random() < 0.93:
        person["geburtsdatum"] = fmt(rng, birth)
    if rng.random() < 0.9:
        person["einreisedatum"] = fmt(rng, entry)
    if rng.random() < 0.8:
        person["staatsangehoerigkeit"] = rng.choice(_NATIONS)
    c["person"] = person
    if rng.random() < 0.9:
        c["aufenthalt"] = _status_history(rng, entry, st)
    put(c, "auslandsaufenthalte", _abroad(rng, entry, st))
    c["haushalt"] = _household(rng, birth, st)
    c["sprache"] = _language(rng, entry, st)
    if rng.random() < 0.8:
        test: dict[str, Any] = {}
        punkte = rng.choice([None, rng.randint(0, 33), 16, 17])
        if punkte is not None:
            test["punkte"] = punkte
            test["bestanden"] = punkte >= 17 if rng.random() < 0.8 else ("ja" if punkte >= 17 else "nein")
        else:
            put(test, "bestanden", tri(rng, 0.4, 0.4))
        if rng.random() < 0.5:
            test["datum"] = fmt(rng, between(rng, entry, st))
        c["leben_in_deutschland_test"] = test
    bek: dict[str, Any] = {}
    put(bek, "abgegeben", tri(rng, 0.6, 0.3))
    if bek.get("abgegeben") in (True, "ja") and rng.random() < 0.6:
        bek["datum"] = fmt(rng, between(rng, entry, st))
    c["bekenntnis"] = bek
    bildung: dict[str, Any] = {}
    put(bildung, "deutscher_schulabschluss", tri(rng, 0.2, 0.3))
    put(bildung, "berufsabschluss_deutschland", tri(rng, 0.15, 0.3))
    put(bildung, "in_ausbildung_oder_studium", tri(rng, 0.15, 0.3))
    c["bildung"] = bildung
    c["lebensunterhalt"] = _livelihood(rng)
    c["identitaet"] = _identity(rng, entry, st)
    put(c, "verurteilungen", _convictions(rng, birth, st))
    put(c, "sonstiges_ausweisungsinteresse", tri(rng, 0.03, 0.3))
    be: dict[str, Any] = {}
    put(be, "lebensunterhalt", tri(rng, 0.08, 0.4))
    put(be, "sprache", tri(rng, 0.08, 0.4))
    c["beeintraechtigung"] = be
    bes: dict[str, Any] = {}
    put(bes, "besondere_integrationsleistungen", tri(rng, 0.15, 0.4))
    put(bes, "atypischer_fall", tri(rng, 0.05, 0.4))
    if rng.random() < 0.1:
        bes["begruendung"] = "ehrenamtlich in der Flüchtlingshilfe, Vereinsvorstand"
    c["besonderheiten"] = bes
    bd: dict[str, Any] = {}
    put(bd, "voraussetzungen_60d_erfuellt", tri(rng, 0.6, 0.4))
    c["beschaeftigungsduldung"] = bd
    _young_person_25a(random.Random(f"25a-{index}-{st.isoformat()}"), c, birth, entry, st)
    _chancen_104c(random.Random(f"104c-{index}-{st.isoformat()}"), c, st)
    _einbuergerung_stag(random.Random(f"stag-{index}-{st.isoformat()}"), c, birth, entry, st)
    if rng.random() < 0.15:  # some files leave whole optional sections out
        for key in rng.sample(["haushalt", "sprache", "bekenntnis", "bildung", "besonderheiten", "beeintraechtigung"], 2):
            c.pop(key, None)
    elif rng.random() < 0.15:  # a well-prepared file: (nearly) everything documented and in order
        _prepared(rng, c, entry, st)
    return c


SCHOOL_THRESHOLDS_25A = (36, 48)  # months, § 25a Abs. 1 Satz 1 Nr. 2 (since / until 31.12.2022)
AGE_LIMITS_25A = (21, 27)  # application before the 21st / 27th birthday, § 25a Abs. 1 Satz 1 Nr. 3


def _young_person_25a(rng: random.Random, c: Client, birth: date, entry: date, st: date) -> None:
    """§ 25a fields: school attendance near 3/4 years, an application near the 21st/27th birthday, the
    authority's assessments. Uses its own Random (seeded by the caller) so the rest of the file is unchanged."""
    bildung = c.setdefault("bildung", {})
    earliest_school = add_months(birth, 12 * 6)
    if rng.random() < 0.85 and earliest_school <= st:
        months = rng.choice(SCHOOL_THRESHOLDS_25A) + rng.choice([0, 0, -1, 1, rng.randint(-30, 60)])
        seit = max(add_days(add_months(st, -months), rng.randint(-3, 3)), earliest_school, entry if rng.random() < 0.7 else birth)
        seit = min(seit, st)
        bildung["schulbesuch_seit"] = fmt(rng, seit)
        if rng.random() < 0.3:
            bildung["schulbesuch_bis"] = fmt(rng, between(rng, seit, add_days(st, 400)))
    put(bildung, "schulbesuch_erfolgreich", tri(rng, 0.7, 0.25))
    put(bildung, "schulbesuch_unmoeglich_krankheit_behinderung", tri(rng, 0.05, 0.4))
    g: dict[str, Any] = {}
    put(g, "integrationsprognose_positiv", tri(rng, 0.6, 0.35))
    put(g, "anhaltspunkte_gegen_bekenntnis", tri(rng, 0.05, 0.35))
    put(g, "taeuschung_nur_durch_eltern", tri(rng, 0.1, 0.5))
    if g or rng.random() < 0.5:
        c["gut_integrierte_jugendliche"] = g
    if rng.random() < 0.4:
        limit = rng.choice(AGE_LIMITS_25A)
        gestellt = add_days(add_months(birth, 12 * limit), rng.choice([-1, 0, 1, rng.randint(-900, 300)]))
        if max(birth, entry) <= gestellt <= st:
            antraege = c.get("antraege")
            c["antraege"] = (antraege if isinstance(antraege, list) else []) + [{"norm": "aufenthg_25a", "gestellt_am": fmt(rng, gestellt)}]
    elif rng.random() < 0.3 and "antraege" not in c:
        c["antraege"] = []


APPLICATION_DEADLINE_104C = date(2025, 12, 30)  # last day of the § 104c grant basis


def _chancen_104c(rng: random.Random, c: Client, st: date) -> None:
    """§ 104c fields: repeated deception, intent and kind of offence of the fines (50/90 Tagessätze),
    juvenile-law sanctions without Jugendstrafe, an application near 30.12.2025. Uses its own Random
    (seeded by the caller) so the rest of the file is unchanged."""
    ca: dict[str, Any] = {}
    put(ca, "taeuschung_wiederholt", tri(rng, 0.3, 0.4))
    if ca or rng.random() < 0.5:
        c["chancen_aufenthaltsrecht"] = ca
    for v in c.get("verurteilungen") or []:
        if "tagessaetze" in v and rng.random() < 0.1:
            del v["tagessaetze"]
            v["jugendstrafrecht"] = True  # Erziehungsmaßregel or Zuchtmittel: no Jugendstrafe
        elif "tagessaetze" in v and "vorsaetzlich" not in v:
            put(v, "vorsaetzlich", tri(rng, 0.8, 0.3))
    if rng.random() < 0.3:
        gestellt = rng.choice([APPLICATION_DEADLINE_104C + timedelta(days=rng.choice([-1, 0, 1])),
                               between(rng, date(2023, 1, 1), APPLICATION_DEADLINE_104C)])
        if gestellt <= st:
            antraege = c.get("antraege")
            c["antraege"] = (antraege if isinstance(antraege, list) else []) + [{"norm": "aufenthg_104c", "gestellt_am": fmt(rng, gestellt)}]


RESIDENCE_THRESHOLDS_STAG = (36, 60, 72, 84, 96)  # months, § 10 Abs. 1 and Abs. 3 StAG (5 / 3; 8 / 7 / 6 until 26.06.2024)
APPLICATION_DATES_STAG = (date(2023, 8, 23), date(2025, 12, 25))  # § 40a StAG; § 35a StAG in force


def _einbuergerung_stag(rng: random.Random, c: Client, birth: date, entry: date, st: date) -> None:
    """§ 10 StAG fields: a lawful-residence history near 3/5/6/7/8 years (Gestattung with or without
    recognition, § 104c, Duldung gaps, Fiktionsbescheinigung), full-time work near 20 of 24 months, test
    points near 17, fines near 90/120 Tagessätze with motive and remission, stays abroad near six months,
    applications near 23.08.2023 / 25.12.2025, the § 35a bar near ten years. Uses its own Random (seeded
    by the caller) so the rest of the file is unchanged."""
    ready = False  # preparing naturalisation: a settled person with most documents in order
    if rng.random() < 0.5:
        ready = rng.random() < 0.85 and add_months(entry, 61) <= st  # settled for at least five years
        if ready:  # at least five years, some exactly at a threshold
            months = rng.choice(RESIDENCE_THRESHOLDS_STAG[1:]) + rng.choice([0, 0, 1, rng.randint(0, 40)])
        else:
            months = rng.choice(RESIDENCE_THRESHOLDS_STAG) + rng.choice([0, 0, -1, 1, rng.randint(-20, 40)])
        t0 = min(max(add_days(add_months(st, -months), rng.randint(-3, 3)), add_days(entry, 1)), st)
        periods: list[dict[str, Any]] = []
        if entry < t0:
            g = {"status": rng.choice(["aufenthaltsgestattung", "aufenthaltsgestattung", "duldung", "kein_status"]),
                 "von": fmt(rng, entry), "bis": fmt(rng, add_days(t0, -1))}
            if g["status"] == "aufenthaltsgestattung":
                put(g, "schutz_zuerkannt", tri(rng, 0.6, 0.3))
            periods.append(g)
        paragraph = rng.choice(["§ 25 Abs. 2", "§ 25b", "§ 25a", "§ 104c", "§ 25 Abs. 5", "§ 18b", "§ 23 Abs. 1", "§ 18d", "§ 25", None])
        t1 = between(rng, t0, st)
        first = {"status": "aufenthaltserlaubnis", "von": fmt(rng, t0)}
        if paragraph:
            first["paragraph"] = paragraph
        if t1 > t0 and rng.random() < 0.6:
            first["bis"] = fmt(rng, add_days(t1, -1))
            periods.append(first)
            nxt = rng.choice(["niederlassungserlaubnis", "aufenthaltserlaubnis", "fiktionsbescheinigung", "duldung", "kein_status"])
            last: dict[str, Any] = {"status": nxt, "von": fmt(rng, t1)}
            if nxt in ("aufenthaltserlaubnis", "fiktionsbescheinigung"):
                last["paragraph"] = rng.choice(["§ 25b", "§ 25 Abs. 2", "§ 104c", "§ 16b"])
            periods.append(last)
        else:
            periods.append(first)
        if ready:
            periods[-1] = {"status": "niederlassungserlaubnis", "von": periods[-1]["von"]}
            c["bekenntnis"] = {"abgegeben": rng.choice([True, True, True, "ja", "unbekannt"])}
            c["sprache"] = {"nachweise": [{"niveau": rng.choice(["A2", "B1", "B1", "B2", "C1"]), "muendlich": True, "schriftlich": True}]}
            c["leben_in_deutschland_test"] = {"punkte": rng.choice([16, 17, 17, 25, 33])}
            bedarf = round(rng.uniform(900, 2500), 2)
            c["lebensunterhalt"] = {"bedarf_eur_monat": bedarf, "leistungen": rng.choice([[], [], [], [{"art": "sgb2"}]]),
                                    "einkommen": [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": round(bedarf * rng.choice([0.99, 1.0, rng.uniform(1.0, 1.5)]), 2)}]}
            c["identitaet"] = {"geklaert": rng.choice([True, True, "unbekannt"]),
                               "pass": {"vorhanden": rng.choice([True, True, False]), "gueltig_bis": fmt(rng, add_days(st, rng.randint(-400, 2000)))}}
            c["verurteilungen"] = rng.choice([[], [], [], [{"tagessaetze": rng.choice([30, 90, 90, 91, 120]), "im_inland": True, "motiv_menschenverachtend": False}]])
            c["sonstiges_ausweisungsinteresse"] = False
            c["haushalt"] = {"familienstand": rng.choice(["ledig", "verheiratet", "geschieden"]), "kinder": []}
        c["aufenthalt"] = periods
        if rng.random() < 0.3:  # a stay abroad of about six months inside the lawful time
            von = between(rng, t0, st)
            bis = min(add_days(add_months(von, 6), rng.choice([-2, -1, 0, 1, 30])), st)
            abroad = c.get("auslandsaufenthalte")
            c["auslandsaufenthalte"] = (abroad if isinstance(abroad, list) else []) + [{"von": fmt(rng, von), "bis": fmt(rng, bis)}]
    e: dict[str, Any] = {}
    for key, p_true in (("handlungsfaehigkeit_eingeschraenkt", 0.03), ("gesetzlich_vertreten", 0.1), ("pass_beschaffung_unzumutbar", 0.3),
                        ("bekenntnis_verantwortung", 0.6), ("aufgabe_staatsangehoerigkeit", 0.5), ("mehrstaatigkeit_hinzunehmen", 0.3),
                        ("leistungsbezug_nicht_zu_vertreten", 0.4), ("gastarbeiter_oder_vertragsarbeitnehmer", 0.03),
                        ("partner_vollzeit_20_von_24_monaten", 0.3), ("integrationskurs_erfolgreich", 0.4),
                        ("altersgemaesse_sprachentwicklung", 0.7), ("muendlich_alltag_verstaendigung", 0.7),
                        ("sprache_haerte_nachgewiesen", 0.1), ("kenntnisse_unmoeglich_krankheit_alter", 0.05),
                        ("massregel_schuldunfaehigkeit", 0.02), ("anhaltspunkte_verfassungsfeindlich", 0.03), ("abwendung_glaubhaft", 0.3),
                        ("anhaltspunkte_bekenntnis_unrichtig", 0.03), ("ausweisungsinteresse_54_1_nr2_oder_4", 0.02), ("mehrehe", 0.02),
                        ("missachtung_gleichberechtigung", 0.02), ("sperrgrund_35a", 0.05)):
        if ready:  # mostly the favourable answer, fewer unknowns
            p_true = 0.95 if p_true >= 0.5 else 0.01 if p_true <= 0.05 else p_true
        put(e, key, tri(rng, p_true, 0.15 if ready else 0.3))
    if rng.random() < 0.7:
        zeiten = []
        if rng.random() < 0.8:
            von = min(add_days(add_months(st, -(20 + rng.choice([0, -1, 1, rng.randint(-12, 30)]))), rng.randint(-2, 2)), st)
            z: dict[str, Any] = {"von": fmt(rng, von)}
            put(z, "vollzeit", tri(rng, 0.7, 0.15))
            if rng.random() < 0.2:
                z["bis"] = fmt(rng, between(rng, von, add_days(st, 300)))
            zeiten.append(z)
        e["erwerbszeiten"] = zeiten
    if rng.random() < 0.5:
        e["einbuergerungstest_punkte"] = rng.choice([16, 17, rng.randint(0, 33)])
    if e.get("sperrgrund_35a") in (True, "ja"):
        am = add_days(add_months(st, -120), rng.choice([-1, 0, 1, rng.randint(-2000, 3000)]))
        if birth <= am <= st:
            e["sperrgrund_35a_am"] = fmt(rng, am)
    if e or rng.random() < 0.5:
        c["einbuergerung"] = e
    for v in c.get("verurteilungen") or []:
        put(v, "motiv_menschenverachtend", tri(rng, 0.05, 0.3))
        if "freiheitsstrafe_monate" in v or "jugendstrafe_monate" in v:
            put(v, "strafe_erlassen", tri(rng, 0.5, 0.3))
        if "tagessaetze" in v and rng.random() < 0.3:
            v["tagessaetze"] = rng.choice([89, 90, 91, 111, 119, 120, 121])
    if rng.random() < 0.25:
        gestellt = add_days(rng.choice(APPLICATION_DATES_STAG), rng.choice([-1, 0, 1, rng.randint(-700, 400)]))
        if birth <= gestellt <= st:
            antraege = c.get("antraege")
            c["antraege"] = (antraege if isinstance(antraege, list) else []) + [{"norm": "stag_10", "gestellt_am": fmt(rng, gestellt)}]


def _prepared(rng: random.Random, c: Client, entry: date, st: date) -> None:
    """Make the file favourable; one or two aspects may stay open or fail."""
    c["bekenntnis"] = {"abgegeben": "ja", "datum": fmt(rng, between(rng, entry, st))}
    c["leben_in_deutschland_test"] = {"bestanden": True, "punkte": rng.randint(17, 33)}
    c["sprache"] = {"nachweise": [{"niveau": rng.choice(["A2", "B1", "B1", "B2"]), "muendlich": True,
                                   "schriftlich": True, "art": "zertifikat", "datum": fmt(rng, between(rng, entry, st))}],
                    "integrationskurs_moeglich": True}
    bedarf = round(rng.uniform(900, 3000), 2)
    c["lebensunterhalt"] = {"bedarf_eur_monat": bedarf, "leistungen": [],
                            "einkommen": [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": round(bedarf * rng.uniform(0.52, 1.4), 2)}]}
    c["identitaet"] = {"geklaert": True, "pass": {"vorhanden": True, "gueltig_bis": fmt(rng, add_days(st, rng.randint(30, 2000)))},
                       "taeuschung_aktuell": False, "mitwirkung_verweigert_aktuell": False, "taeuschung_frueher": False}
    c["verurteilungen"] = []
    c["sonstiges_ausweisungsinteresse"] = False
    c["besonderheiten"] = {"besondere_integrationsleistungen": False, "atypischer_fall": False}
    for k in c.get("haushalt", {}).get("kinder") or []:
        if k.get("schulpflichtig") in (True, "ja") or "schulpflichtig" not in k:
            k["schulbesuch_nachgewiesen"] = True
    for _ in range(rng.choice([0, 0, 1, 2])):  # leave an aspect open again
        section = rng.choice(["bekenntnis", "leben_in_deutschland_test", "sprache", "lebensunterhalt", "identitaet"])
        c[section] = {}


def corpus(n: int, seed: int, st: Optional[date] = None) -> Iterator[tuple[date, Client]]:
    """``n`` (Stichtag, client) pairs; a fixed Stichtag ``st`` or a random one per client."""
    rng = random.Random(seed)
    for i in range(n):
        day = st if st is not None else stichtag(rng)
        yield day, client(rng, day, i)


# -- households (kimrules.pruefung.haushalt): the main person plus members with their own records ------------
_RELATIONS = [("ehegatte", 30), ("lebenspartner", 5), ("kind", 40), ("elternteil", 12), ("geschwister", 10), ("sonstige", 3)]


def _parse(text: Any) -> Optional[date]:
    """A date written by :func:`fmt` (ISO or TT.MM.JJJJ)."""
    if not isinstance(text, str):
        return None
    if "-" in text:
        return date.fromisoformat(text)
    d, m, y = text.split(".")
    return date(int(y), int(m), int(d))


def _reborn(rng: random.Random, c: Client, birth: date, st: date) -> None:
    """Give the record birth date ``birth`` and drop or clip everything that would lie before it."""
    person = c.setdefault("person", {})
    person["geburtsdatum"] = fmt(rng, birth)
    entry = _parse(person.get("einreisedatum"))
    if entry is not None and entry < birth:
        # sometimes entry as a minor (§ 104c Abs. 2 Satz 2), sometimes right after the 18th birthday
        candidates = [birth, between(rng, birth, st), add_days(add_months(birth, 12 * 18), rng.choice([-1, 0, 1]))]
        person["einreisedatum"] = fmt(rng, min(rng.choice(candidates), st))
    periods = []
    for p in c.get("aufenthalt") or []:
        von, bis = _parse(p["von"]), _parse(p.get("bis"))
        if bis is not None and bis < birth:
            continue
        if von < birth:
            p = {**p, "von": fmt(rng, birth)}
        periods.append(p)
    if "aufenthalt" in c:
        c["aufenthalt"] = periods


def member(rng: random.Random, st: date, main_birth: Optional[date], index: int, relation: Optional[str] = None) -> Client:
    """One household member: a realistic client file of its own plus the relation to the main person.

    Ages are concentrated around the limits the family provisions use (18, 16, minor at entry).
    """
    c = client(rng, st, index)
    if rng.random() < 0.6:
        del c["aktenzeichen"]
    rel = relation or _weighted(rng, [(r, None, w) for r, w in _RELATIONS])[0]
    c["beziehung"] = rel
    put(c, "im_haushalt", tri(rng, 0.85, 0.1))
    if rng.random() < 0.3:
        put(c, "familiaere_lebensgemeinschaft", tri(rng, 0.8, 0.2))
    if rel == "elternteil":
        put(c, "personensorgeberechtigt", tri(rng, 0.8, 0.2))
    if rel in ("kind", "geschwister") and rng.random() < 0.9:
        years = rng.choice([18, 18, 16, rng.randint(0, 30)])
        birth = add_days(add_months(st, -12 * years), rng.choice([-1, 0, 1, rng.randint(-400, 400)]))
        if main_birth is not None and rel == "kind" and rng.random() < 0.8:
            birth = max(birth, add_months(main_birth, 12 * 16))
        _reborn(rng, c, min(birth, st), st)
    elif rel == "elternteil" and main_birth is not None and rng.random() < 0.9:
        # not before 1900: the client file accepts no earlier date (a parent of a main person born in the 1930s)
        _reborn(rng, c, max(min(add_months(main_birth, -12 * rng.randint(17, 45)), st), FRUEHESTES_DATUM), st)
    return c


def household(rng: random.Random, st: date, index: int = 0) -> Client:
    """A client file with 0 to 4 household members (``angehoerige``), valid for Stichtag ``st``."""
    c = client(rng, st, index)
    if rng.random() < 0.3:  # the main person young (§ 25a, Eltern und Geschwister)
        _reborn(rng, c, add_days(add_months(st, -12 * rng.choice([15, 17, 18, 20, 26])), rng.randint(-2, 2)), st)
    main_birth = _parse(c.get("person", {}).get("geburtsdatum"))
    r = rng.random()
    if r < 0.05:
        return c  # no angehoerige key: unknown
    if r < 0.1:
        c["angehoerige"] = []
        return c
    c["angehoerige"] = [member(rng, st, main_birth, index * 10 + j + 1) for j in range(rng.randint(1, 4))]
    return c


def household_corpus(n: int, seed: int) -> Iterator[tuple[date, Client]]:
    """``n`` (Stichtag, household client file) pairs."""
    rng = random.Random(seed)
    for i in range(n):
        day = stichtag(rng)
        yield day, household(rng, day, i)


# -- planned events (``geplant``): only the what-if projection reads them --------------------------
_NIVEAUS = ["A1", "A2", "A2", "B1", "B1", "B2"]


def planned(rng: random.Random, st: date) -> Client:
    """A ``geplant`` section with one to three expected events within the next two years.

    What case managers typically note down: a language certificate after a course, a passport
    applied for at the embassy, an employment contract starting, the Leben-in-Deutschland test,
    the Bekenntnis at the next appointment, a change of status (e.g. a § 60c Ausbildungsduldung).
    """
    g: Client = {}
    soon = lambda: fmt(rng, add_days(st, rng.randint(1, 730)))  # noqa: E731
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(["sprache", "sprache", "pass", "einkommen", "einkommen", "test", "bekenntnis", "identitaet", "status"])
        if kind == "sprache":
            g.setdefault("sprachnachweise", []).append(
                {"niveau": rng.choice(_NIVEAUS), "muendlich": True, "schriftlich": rng.choice([True, True, False]),
                 "erwartet_am": soon()})
        elif kind == "pass":
            erwartet = add_days(st, rng.randint(30, 540))
            g["pass"] = {"erwartet_am": fmt(rng, erwartet), "gueltig_bis": fmt(rng, add_months(erwartet, 12 * rng.choice([5, 10])))}
            if rng.random() < 0.5:
                g["pass"]["beantragt_am"] = fmt(rng, add_days(st, -rng.randint(0, 300)))
        elif kind == "einkommen":
            g.setdefault("einkommen", []).append(
                {"quelle": "erwerbstaetigkeit", "betrag_eur_monat": round(rng.uniform(600, 2600), 2), "ab": soon()})
        elif kind == "test":
            g["leben_in_deutschland_test_am"] = soon()
        elif kind == "bekenntnis":
            g["bekenntnis_am"] = soon()
        elif kind == "identitaet":
            g["identitaet_geklaert_am"] = soon()
        else:
            g["statuswechsel"] = [{"status": rng.choice(["duldung_60c", "duldung_60d", "aufenthaltserlaubnis"]), "ab": soon()}]
    return g


# Shares of the benchmark caseload (assumptions, not statistics): about a third of the tolerated
# persons a KIM team follows live with family members whose files are kept with theirs, and about a
# quarter of the files note at least one expected event (course, passport, contract).
HAUSHALT_ANTEIL = 0.33
GEPLANT_ANTEIL = 0.25


def caseload(n: int, seed: int, st: date, haushalt_anteil: float = HAUSHALT_ANTEIL,
             geplant_anteil: float = GEPLANT_ANTEIL) -> Iterator[Client]:
    """``n`` client files of one caseload on Stichtag ``st``: single persons, households
    (``haushalt_anteil``) and planned events (``geplant_anteil``); Aktenzeichen unique."""
    rng = random.Random(seed)
    for i in range(n):
        c = household(rng, st, i) if rng.random() < haushalt_anteil else client(rng, st, i)
        c["aktenzeichen"] = f"KIM-{seed}-{i:06d}"
        if rng.random() < geplant_anteil:
            c["geplant"] = planned(rng, st)
        yield c
