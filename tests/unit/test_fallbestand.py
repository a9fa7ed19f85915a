"""``kimrules fallbestand``: every good record written, faulty ones reported and skipped; the report
is anonymous; a comparison names exactly the persons that change; the caseload machinery
(remembered decisions, faster projection) gives the same answers as the single-client path."""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from kimrules.akte import client
from kimrules.ausgabe.fallbestand import Hindernis, Person, Weg, bester
from kimrules.ausgabe.fallbestand_bericht import GESPERRT, KLEIN, SCHWELLE, Zaehler, anonym
from kimrules.basis.dates import format_datum
from kimrules.basis.yamlio import Document, read_document
from kimrules.cli.main import main
from kimrules.pruefung import haushalt
from kimrules.pruefung.gedaechtnis import MerkenderScreener
from kimrules.pruefung.screening import Screener
from kimrules.regelwerk.cache import load_cached
from kimrules.regelwerk.conditions import Fakt, walk

ROOT = Path(__file__).resolve().parents[2]
BEISPIELE = ROOT / "examples"
STICHTAG = date(2025, 7, 1)


def _load_gen():
    name = "kimrules_bench_gen"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "gen.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_gen()


def _run(*args: str):
    return CliRunner().invoke(main, ["fallbestand", *args], prog_name="kimrules")


def _zeilen(pfad: Path) -> list[dict]:
    return [json.loads(z) for z in pfad.read_text(encoding="utf-8").splitlines()]


def _akte(name: str) -> dict:
    return read_document(BEISPIELE / name).data


# -- faulty records: reported with file and line, skipped, none of the good ones lost -------------------
def test_fehlerhafte_datensaetze_werden_gemeldet_und_kein_guter_geht_verloren(tmp_path):
    gute = [c for c in gen.caseload(12, 4, STICHTAG)]
    quelle = tmp_path / "bestand.jsonl"
    zeilen = [json.dumps(c, ensure_ascii=False) for c in gute[:5]]
    zeilen.append("{kein json")  # line 6
    zeilen += [json.dumps(c, ensure_ascii=False) for c in gute[5:9]]
    zeilen.append(json.dumps({"aktenzeichen": "FALSCH-1", "person": {"geburtsdatum": "31.02.1990"}}))  # line 11
    zeilen += [json.dumps(c, ensure_ascii=False) for c in gute[9:]]
    zeilen.append("[1, 2]")  # valid JSON, but not a record: line 15
    quelle.write_text("\n".join(zeilen) + "\n", encoding="utf-8")
    ausgabe = tmp_path / "ergebnis.jsonl"
    r = _run(str(quelle), "-o", str(ausgabe), "--stichtag", format_datum(STICHTAG), "--jobs", "2", "--vorausschau", "0")
    assert r.exit_code == 3, r.output
    assert f"{quelle}, Zeile 6: kein gültiges JSON" in r.stderr and "Expecting" not in r.stderr  # German, not the parser's
    assert f"{quelle}, Zeile 11, Feld „person.geburtsdatum“" in r.stderr
    assert f"{quelle}, Zeile 15: erwartet einen Abschnitt" in r.stderr
    rows = _zeilen(ausgabe)
    erwartet = [(c["aktenzeichen"], 1 + len(c.get("angehoerige") or [])) for c in gute]
    assert [a for a, n in erwartet for _ in range(n)] == [row["aktenzeichen"] for row in rows]
    assert all(row["quelle"].startswith(f"{quelle}:") for row in rows)
    assert "FALSCH-1" not in ausgabe.read_text(encoding="utf-8")


def test_tabelle_mit_fehlerhafter_zeile_nennt_zeile_und_spalte(tmp_path):
    quelle = tmp_path / "liste.csv"
    quelle.write_text(
        "Aktenzeichen;Name;Geburtsdatum;Aufenthaltsstatus;Status seit;verurteilungen;identitaet.geklaert\n"
        "T-1;Muster;14.05.1995;duldung;01.09.2016;keine;ja\n"
        "T-2;Beispiel;31.02.1990;duldung;01.09.2016;keine;nein\n"
        "\n"
        "T-3;;01.01.2001;aufenthaltsgestattung;01.02.2019;;\n", encoding="utf-8")
    ausgabe = tmp_path / "ergebnis.csv"
    r = _run(str(quelle), "-o", str(ausgabe), "--stichtag", format_datum(STICHTAG), "--jobs", "1", "--vorausschau", "0")
    assert r.exit_code == 3, r.output
    assert f"{quelle}, Zeile 3, Feld „person.geburtsdatum (Spalte „Geburtsdatum“)“" in r.stderr
    with ausgabe.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert [row["aktenzeichen"] for row in rows] == ["T-1", "T-3"]
    assert "Muster" not in ausgabe.read_text(encoding="utf-8")


def test_unbekannte_spalte_prueft_nichts_und_schreibt_nichts(tmp_path):
    quelle = tmp_path / "liste.csv"
    quelle.write_text("Aktenzeichen;Geburtsdatm\nT-1;14.05.1995\n", encoding="utf-8")
    ausgabe = tmp_path / "ergebnis.csv"
    r = _run(str(quelle), "-o", str(ausgabe), "--stichtag", format_datum(STICHTAG))
    assert r.exit_code == 3
    assert "Geburtsdatm" in r.stderr and "meinten Sie „geburtsdatum“" in r.stderr
    assert not ausgabe.exists() and list(tmp_path.iterdir()) == [quelle]


def test_spaltenzuordnung_und_xlsx(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    buch = openpyxl.Workbook()
    blatt = buch.active
    blatt.append(["Az.", "Duldung seit", "Geboren"])
    blatt.append(["X-1", date(2016, 9, 1), date(1995, 5, 14)])
    quelle = tmp_path / "liste.xlsx"
    buch.save(quelle)
    zuordnung = tmp_path / "spalten.yaml"
    zuordnung.write_text('"Az.": aktenzeichen\n"Duldung seit": aufenthalt.1.von\n"Geboren": person.geburtsdatum\n', encoding="utf-8")
    ausgabe = tmp_path / "ergebnis.xlsx"
    r = _run(str(quelle), "-o", str(ausgabe), "--spalten", str(zuordnung), "--stichtag", format_datum(STICHTAG), "--jobs", "1")
    # a status period without its status is incomplete: reported with the row and the field as the table counts it
    assert r.exit_code == 3, r.output
    assert f"{quelle}, Zeile 2, Feld „aufenthalt.1.status“" in r.stderr
    assert openpyxl.load_workbook(ausgabe).active.max_row == 1  # the heading only


# -- the Lenkungsgruppe report: anonymous --------------------------------------------------------------
def _person(az: str, lage: str) -> Person:
    h = () if lage == "jetzt_offen" else (Hindernis("pass", "Passpflicht erfüllt", "§ 5 Abs. 1 Nr. 4 AufenthG", "nicht_erfuellt"),)
    weg = Weg("aufenthg_25b", "§ 25b AufenthG", "Nachhaltige Integration", lage,
              "erfuellt" if lage == "jetzt_offen" else "nicht_erfuellt", None, h, "2022-12-31")
    return Person(az, az, "Hauptperson", "x", (weg,), 0, (), None, 0)


@pytest.mark.parametrize("klein", range(0, SCHWELLE + 2))
def test_anzahlen_unter_der_schwelle_erscheinen_nie(klein):
    z = Zaehler(STICHTAG, 6, 18)
    for i in range(klein):
        z.person(_person(f"A-{i}", "jetzt_offen"))
    for i in range(40):
        z.person(_person(f"B-{i}", "verschlossen"))
    b = z.bericht(uebersprungen=0, regelwerk_sha256="0" * 64, kimrules_version="t", hinweis="h")
    zellen = b["wege"][0]["lagen"]
    if 0 < klein < SCHWELLE:
        assert zellen["jetzt_offen"] == KLEIN == anonym(klein)
        assert zellen["verschlossen"] == GESPERRT  # else 40 + klein - 40 would give the small count away
        assert b["kampagnen"][0]["anzahl"] == KLEIN
    else:
        assert zellen["jetzt_offen"] == klein and zellen["verschlossen"] == 40
    # no number from 1 to 4 anywhere in the figures
    zahlen = [x for x in _alle_werte(b) if isinstance(x, int) and not isinstance(x, bool)]
    assert not [x for x in zahlen if 0 < x < SCHWELLE and x not in (b["vorausschau_monate"], b["kampagne_monate"], b["uebersprungen"])]


def _alle_werte(x):
    if isinstance(x, dict):
        for v in x.values():
            yield from _alle_werte(v)
    elif isinstance(x, list):
        for v in x:
            yield from _alle_werte(v)
    else:
        yield x


def test_bericht_nennt_keine_namen_und_zeigt_kleine_zahlen_als_unter_fuenf(tmp_path):
    akten = [c for c in gen.caseload(30, 9, STICHTAG)]
    namen = [c["person"]["name"] for c in akten if c.get("person", {}).get("name")]
    assert namen  # the generator writes names into some files
    quelle = tmp_path / "bestand.jsonl"
    quelle.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in akten), encoding="utf-8")
    r = _run(str(quelle), "-o", str(tmp_path / "e.csv"), "--bericht", str(tmp_path / "bericht.html"),
             "--stichtag", format_datum(STICHTAG), "--jobs", "1", "--vorausschau", "0")
    assert r.exit_code == 0, r.output
    html = (tmp_path / "bericht.html").read_text(encoding="utf-8")
    figures = json.loads((tmp_path / "bericht.json").read_text(encoding="utf-8"))
    for text in (html, json.dumps(figures, ensure_ascii=False), (tmp_path / "e.csv").read_text(encoding="utf-8")):
        assert not [n for n in namen if n in text]
    assert "&lt; 5" in html and "<svg" in html and "<script" not in html
    assert figures["wege"] and all(isinstance(v, str) or v == 0 or v >= SCHWELLE for w in figures["wege"] for v in w["lagen"].values())


# -- the comparison: exactly the expected persons change ------------------------------------------------
def test_vergleich_zweier_stichtage_nennt_genau_die_person_deren_pass_ablaeuft(tmp_path):
    tag = date(2025, 7, 24)  # no date of the file completes a month on the next day
    basis = _akte("kim-2025-0001-baecker.yaml")
    ablaufend = json.loads(json.dumps(basis))
    ablaufend["aktenzeichen"] = "PASS-ENDET"
    ablaufend["identitaet"]["pass"]["gueltig_bis"] = tag.isoformat()
    gueltig = json.loads(json.dumps(basis))
    gueltig["aktenzeichen"] = "PASS-GILT"
    quelle = tmp_path / "bestand.jsonl"
    quelle.write_text(json.dumps(gueltig) + "\n" + json.dumps(ablaufend) + "\n", encoding="utf-8")
    vergleich = tmp_path / "vergleich.jsonl"
    r = _run(str(quelle), "-o", str(tmp_path / "e.jsonl"), "--stichtag", format_datum(tag), "--jobs", "1",
             "--vergleich-stichtag", format_datum(tag + timedelta(days=1)), "--vergleich", str(vergleich))
    assert r.exit_code == 0, r.output
    rows = _zeilen(vergleich)
    assert rows and {row["aktenzeichen"] for row in rows} == {"PASS-ENDET"}
    # every change is explained by a requirement that reads whether the passport is valid
    regelwerk = load_cached()
    pass_titel = set()
    for kennung in {row["kennung"] for row in rows}:
        fassung = regelwerk.select(kennung, tag)
        pass_titel |= {v.titel for v in fassung.datei.voraussetzungen
                       if any(isinstance(n, Fakt) and n.fakt == "pass_gueltig" for _, n in walk(v.bedingung))}
    assert pass_titel
    for row in rows:
        assert row["ursache"] and all(u.split(":")[0] in pass_titel for u in row["ursache"]), row


def test_vergleich_nennt_eine_in_der_anderen_fassung_fehlende_voraussetzung_nicht_erfuellt(tmp_path):
    """Across a new version, a requirement the other version does not have is "in dieser Fassung nicht
    verlangt", never "erfüllt" (the sets of requirements are read from the rule files)."""
    vorher, nachher = date(2025, 12, 1), date(2026, 12, 5)
    vergleich = tmp_path / "v.jsonl"
    r = _run(str(BEISPIELE), "-o", str(tmp_path / "e.jsonl"), "--stichtag", format_datum(vorher), "--jobs", "1",
             "--vorausschau", "0", "--vergleich-stichtag", format_datum(nachher), "--vergleich", str(vergleich))
    assert r.exit_code == 0, r.output
    regelwerk = load_cached()
    weg_fuer = {}
    for row in _zeilen(vergleich):
        if row["kennung"]:
            weg_fuer.setdefault(row["kennung"], []).extend(row["ursache"])
    geprueft = 0
    for kennung, ursachen in weg_fuer.items():
        alt, neu = regelwerk.select(kennung, vorher), regelwerk.select(kennung, nachher)
        if alt is None or neu is None or alt.pfad == neu.pfad:
            continue
        nur_alt = {v.titel for v in alt.datei.voraussetzungen} - {v.titel for v in neu.datei.voraussetzungen}
        nur_neu = {v.titel for v in neu.datei.voraussetzungen} - {v.titel for v in alt.datei.voraussetzungen}
        for u in ursachen:
            titel, _, wechsel = u.rpartition(": ")
            if titel in nur_alt:
                geprueft += 1
                assert wechsel.endswith("→ in dieser Fassung nicht verlangt"), u
            if titel in nur_neu:
                geprueft += 1
                assert wechsel.startswith("in dieser Fassung nicht verlangt →"), u
    assert geprueft  # the examples do cross a new version with other requirements


def test_ein_weg_ohne_neuerteilung_ist_nie_der_beste_wenn_es_einen_anderen_gibt(tmp_path):
    """Since § 104c grants nothing new, a person's best pathway is another one (the versions that grant nothing
    new are read from the rule files), also for a holder whose § 104c permit continues."""
    stichtag = date(2026, 12, 5)
    regelwerk = load_cached()
    ohne = {k for k in regelwerk.norms() if (f := regelwerk.select(k, stichtag)) is not None and f.datei.keine_neuerteilung}
    assert ohne  # the rule files have such versions on this day
    quelle = tmp_path / "bestand.jsonl"
    quelle.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in gen.caseload(40, 5, stichtag)), encoding="utf-8")
    ausgabe = tmp_path / "e.jsonl"
    r = _run(str(quelle), "-o", str(ausgabe), "--stichtag", format_datum(stichtag), "--jobs", "1", "--vorausschau", "0")
    assert r.exit_code == 0, r.output
    rows = _zeilen(ausgabe)
    assert rows and not [row for row in rows if row["kennung"] in ohne]
    inhaber = Weg("aufenthg_104c_abs2", "§ 104c Abs. 2 AufenthG", "", "jetzt_offen", "erfuellt", None, (), "2025-12-31",
                  ("bestehende_erlaubnis",), True)
    verschlossen = Weg("aufenthg_25b", "§ 25b AufenthG", "", "verschlossen", "nicht_erfuellt", None,
                       (Hindernis("voraufenthalt", "Voraufenthalt", "", "nicht_erfuellt"),), "2022-12-31", ("voraufenthalt",))
    assert bester([inhaber, verschlossen]) == 1


def test_naechste_frist_ohne_fristen_verschlossener_wege(tmp_path):
    """The row's next deadline is the one pruefen shows: none of a pathway closed for good."""
    from kimrules.ausgabe.fallbestand import personen
    from kimrules.fristen.projektion import HORIZONT_MONATE
    from kimrules.vorpruefung.vorpruefung import vorpruefung

    stichtag = date(2025, 2, 15)
    ausgabe = tmp_path / "e.jsonl"
    r = _run(str(BEISPIELE), "-o", str(ausgabe), "--stichtag", format_datum(stichtag), "--jobs", "1",
             "--vorausschau", str(HORIZONT_MONATE))  # the look-ahead of pruefen
    assert r.exit_code == 0, r.output
    zeilen = {row["aktenzeichen"]: row for row in _zeilen(ausgabe) if row["person"] == "Hauptperson"}
    gezeigt = 0
    for pfad in sorted(BEISPIELE.iterdir()):
        akte = client.validate(read_document(pfad), stichtag)
        v = vorpruefung(akte, stichtag)
        zu = {w.kennung for w in personen(v, "x")[0].wege if w.lage in ("verschlossen", "nicht_in_kraft")}
        kommend = [f for f in v.fristen if f.datum is not None and f.datum >= stichtag]
        zaehlen = [(f.datum, f.titel) for f in kommend if f.norm is None or f.norm not in zu]
        row = zeilen[akte.aktenzeichen]
        erwartet = min(zaehlen, default=None)
        assert (row["naechste_frist"], row["naechste_frist_art"]) == ((erwartet[0].isoformat(), erwartet[1]) if erwartet else (None, None))
        gezeigt += min(kommend, key=lambda f: (f.datum, f.titel)).norm in zu if kommend else 0
    assert gezeigt  # an example whose earliest deadline belongs to a closed pathway


def test_vergleich_mit_einem_regelwerk_ohne_einen_noetigen_parameter_nennt_ihn_und_schreibt_nichts(tmp_path):
    """A rule tree written for an earlier kimrules (here without a parameter the deadlines read) is refused
    before anything is screened: exit code 4, the folder and the parameter named, no output file."""
    import shutil

    from kimrules.fristen.ledger import BENOETIGTE_PARAMETER
    from kimrules.regelwerk.rules import RULES_DIR

    alt = tmp_path / "rules"
    shutil.copytree(RULES_DIR, alt)
    # a parameter only the deadlines read (one that a version references is already a loading error)
    versionen = "".join(p.read_text(encoding="utf-8") for p in alt.rglob("*.yaml") if p.parent.name != "parameter")
    name = next(n for n in BENOETIGTE_PARAMETER if n not in versionen)
    datei = next(p for p in (alt / "parameter").glob("*.yaml") if f"\n  {name}:\n" in p.read_text(encoding="utf-8"))
    text = datei.read_text(encoding="utf-8")
    anfang = text.index(f"\n  {name}:\n")
    ende = text.find("\n  ", anfang + 1)
    while ende != -1 and text[ende + 3] == " ":  # the parameter's own, deeper lines
        ende = text.find("\n  ", ende + 1)
    datei.write_text(text[:anfang + 1] + (text[ende + 1:] if ende != -1 else ""), encoding="utf-8")
    quelle = tmp_path / "bestand.jsonl"
    quelle.write_text(json.dumps(_akte("kim-2025-0002-familie.yaml")) + "\n", encoding="utf-8")
    ausgabe = tmp_path / "e.csv"
    r = _run(str(quelle), "-o", str(ausgabe), "--stichtag", format_datum(STICHTAG), "--jobs", "1",
             "--regeln-vergleich", str(alt), "--vergleich", str(tmp_path / "v.csv"))
    assert r.exit_code == 4, r.output
    assert name in r.output and str(alt / "parameter") in r.output
    assert not ausgabe.exists() and not (tmp_path / "v.csv").exists()
    # the check of a rule tree says so before it is used
    r = CliRunner().invoke(main, ["regeln", "--verzeichnis", str(alt), "pruefen"], prog_name="kimrules")
    assert r.exit_code == 4 and name in r.output, r.output


# -- the caseload machinery gives the single-client answers ---------------------------------------------
def test_gemerkte_entscheidungen_gleichen_denen_der_engine():
    regelwerk = load_cached()
    akten = [client.validate(Document(c, "x"), STICHTAG) for c in gen.caseload(150, 21, STICHTAG)]
    frisch, merkend = Screener(regelwerk), MerkenderScreener(regelwerk)
    for _ in range(2):  # the second round answers mostly from memory
        for s in akten:
            a = [(e.status, [b.status for b in e.voraussetzungen]) for e in frisch.screen(s, STICHTAG)]
            b = [(e.status, [b.status for b in e.voraussetzungen]) for e in merkend.screen(s, STICHTAG)]
            assert a == b, s.aktenzeichen
    assert merkend.treffer > 0
    for s in [s for s in akten if s.angehoerige][:15]:
        assert haushalt.statuses(haushalt.screen_haushalt(frisch, s, STICHTAG)) == \
            haushalt.statuses(haushalt.screen_haushalt(merkend, s, STICHTAG))


def test_person_kommt_aus_dem_arbeitsprozess_unveraendert_an():
    """A person travels from a worker process by pickle as plain tuples: read back, it is equal, with the
    same pathways, best pathway and row."""
    import pickle

    from kimrules.ausgabe.fallbestand import personen
    from kimrules.vorpruefung import vorpruefung

    screener = MerkenderScreener(load_cached())
    for c in gen.caseload(40, 23, STICHTAG):
        s = client.validate(Document(c, "x"), STICHTAG)
        for p in personen(vorpruefung(s, STICHTAG, screener=screener, horizont_monate=0), "x"):
            q = pickle.loads(pickle.dumps(p))
            assert q.zeile() == p.zeile() and q.bester == p.bester
            assert q.wege == p.wege and all(type(w) is Weg and all(type(h) is Hindernis for h in w.hindernisse) for w in q.wege)
            assert q == p and hash(q) == hash(p)


def _beide_ganz(s, stichtag, parameter):
    """The facts with open Tilgung the long way: every fact derived with and without the open convictions,
    a fact that differs is unknown (the rule of ``derive``, written out independently)."""
    from kimrules.fakten import bzrg
    from kimrules.fakten.derive import _derive

    t = bzrg.pruefen(s.verurteilungen, stichtag)
    mit = _derive(s.model_copy(update={"verurteilungen": [*t.sicher, *t.unsicher]}), stichtag, parameter)
    ohne = _derive(s.model_copy(update={"verurteilungen": list(t.sicher)}), stichtag, parameter)
    werte = {k: v for k, v in mit.werte.items() if ohne.werte.get(k) == v}
    offen = {k for k in set(mit.werte) | set(ohne.werte) if mit.werte.get(k) != ohne.werte.get(k)}
    return werte, offen


def test_open_tilgung_rederives_only_the_conviction_facts_with_the_same_result():
    """``derive`` derives a second time only the facts read from the convictions; on generated clients
    whose Tilgung is open (and on later days, where it becomes open or due) the facts and the unknown
    ones are those of two complete derivations."""
    from kimrules.fakten import bzrg
    from kimrules.fakten.derive import derive

    parameter = load_cached().parameter
    geprueft = 0
    for st, daten in gen.corpus(600, 5, STICHTAG):
        s = client.validate(Document(daten, "gen"), st)
        for tag in (st, st + timedelta(days=400), st + timedelta(days=1500)):
            t = bzrg.pruefen(s.verurteilungen, tag)
            if t is None or not t.unsicher:
                continue
            geprueft += 1
            f = derive(s, tag, parameter)
            werte, offen = _beide_ganz(s, tag, parameter)
            assert f.werte == werte
            for name in offen:
                assert "Zu klären" in f.herleitung[name] or t.text in f.herleitung[name]
    assert geprueft >= 50


def test_derive_with_some_modules_gives_the_common_facts_and_theirs_exactly():
    """A day the projection searches for one norm is derived with that norm's module only: its facts,
    values and Herleitung, are those of the complete derivation restricted to the common facts and the
    module's own (also with convictions whose Tilgung is open, and on later days)."""
    from kimrules.fakten.derive import derive
    from kimrules.fakten.derive_norms import MODULE

    parameter = load_cached().parameter
    fremd = {m: {n for other in MODULE if other is not m for n in other.FAKTEN} for m in MODULE}
    for st, daten in gen.corpus(150, 9, STICHTAG):
        s = client.validate(Document(daten, "gen"), st)
        for tag in (st, st + timedelta(days=400)):
            ganz = derive(s, tag, parameter)
            for m in MODULE:
                teil = derive(s, tag, parameter, module={m})
                assert teil.werte == {k: v for k, v in ganz.werte.items() if k not in fremd[m]}
                assert set(teil.herleitung) == {k for k in ganz.herleitung if k not in fremd[m]}
                assert all(teil.herleitung[k] == ganz.herleitung[k] for k in teil.herleitung)



def test_fristen_grafik_zaehlt_ganze_fristen_auch_ohne_jede_frist():
    """The deadline chart of months without any deadline has the axis 0 to 1 in whole numbers (no "-0.04")."""
    import re

    from kimrules.ausgabe import grafik

    svg = grafik.fristen({"fristen_monate": [{"monat": f"2026-{m:02d}", "anzahl": 0} for m in range(1, 13)]})
    texte = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    zahlen = [t for t in texte if re.fullmatch(r"[−-]?[\d.]+", t)]
    assert zahlen == ["0", "1"], zahlen
