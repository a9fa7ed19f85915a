"""Seeded generator of realistic random client files (Sachverhalt dicts) for kimrules.

Shared by the benchmark (bench/screening.py) and the differential test
(tests/unit/test_differential.py, which loads this file by path). Pure: only
``random.Random`` and ``datetime``; nothing from kimrules, so the generator is
not derived from the code it is used to test.

Every produced dict is a valid client file for its Stichtag (``kimrules.client.validate``
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

STICHTAG_MIN = date(2015, 8, 1)
STICHTAG_MAX = date(2028, 12, 31)
# first/last days of the four versions of § 25b and of the parameter
STICHTAG_BOUNDARIES = (
    date(2015, 8, 1), date(2019, 12, 31), date(2020, 1, 1), date(2022, 12, 30),
    date(2022, 12, 31), date(2027, 6, 30), date(2027, 7, 1), date(2028, 12, 31),
)
RESIDENCE_THRESHOLDS = (48, 72, 96)  # months, § 25b Abs. 1 Satz 2 Nr. 1 (old and new) and Abs. 7
DULDUNG_60D_THRESHOLD = 30  # months, § 25b Abs. 6

Client = dict[str, Any]


# -- small date helpers (deliberately not kimrules.dates) -----------------------------------
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
    if rng.random() < 0.15:  # some files leave whole optional sections out
        for key in rng.sample(["haushalt", "sprache", "bekenntnis", "bildung", "besonderheiten", "beeintraechtigung"], 2):
            c.pop(key, None)
    elif rng.random() < 0.15:  # a well-prepared file: (nearly) everything documented and in order
        _prepared(rng, c, entry, st)
    return c


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
