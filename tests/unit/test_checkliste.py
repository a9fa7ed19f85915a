"""Checklists (Fallplan, Prüfschema, Merkblatt) in Markdown, HTML and PDF (kimrules.ausgabe.checkliste).

The expectations are taken from the screening results and the rule/referral files
directly, not from the data the templates get, so a template that drops a
requirement, a Fundstelle, a document or a deadline fails here.
"""

from __future__ import annotations

import html
import os
import re
import xml.etree.ElementTree as ET
import zlib
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Optional

import jinja2
import pytest
from click.testing import CliRunner

import kimrules
from kimrules.ausgabe import checkliste
from kimrules.ausgabe.checkliste import ARTEN, load_verweise, md_escape
from kimrules.cli.main import main
from kimrules.cli.common import schreiben
from kimrules.basis.dates import format_datum
from kimrules.basis.errors import RenderError, RuleFileError
from kimrules.akte.facts import Sachverhalt, event_dates
from kimrules.basis.yamlio import read_document
from kimrules.fristen.ledger import Frist, fristen as fristen_ledger
from kimrules.regelwerk.rules import load_parameter
from kimrules.ausgabe.zeitleiste import svg
from kimrules.ausgabe.kurzfassung import TERMINE_FUER_DIE_PERSON
from kimrules.vorpruefung import Vorpruefung, vorpruefung

ROOT = Path(__file__).resolve().parents[2]
BEISPIELE = sorted((ROOT / "examples").glob("kim-*.*"))
STICHTAG = date(2025, 2, 15)


def _v(s, stichtag, ergebnisse, fristen=()) -> Vorpruefung:
    """A Vorprüfung of already screened results with the given ledger (no household, no projection)."""
    return Vorpruefung(s, stichtag, tuple(ergebnisse), None, {}, tuple(fristen))


@pytest.fixture(scope="module")
def screener():
    return kimrules.Screener(kimrules.load_rules())


def _stichtag(pfad: Path) -> date:
    """15.02.2025, or the day of the example's latest event if that is later (newer examples)."""
    s = Sachverhalt.model_validate(read_document(pfad).data)
    return max([STICHTAG] + [d for _, d in event_dates(s)])


def _fall(screener, pfad: Path, stichtag: Optional[date] = None):
    s = kimrules.load_client(pfad, stichtag or _stichtag(pfad))
    return s, screener.screen(s, stichtag or _stichtag(pfad))


def _text(fmt: str, inhalt: str) -> str:
    """Plain text of a rendered checklist: HTML tags removed and entities decoded; Markdown
    backslash escapes removed; whitespace collapsed."""
    if fmt == "html":
        inhalt = re.sub(r"<style>.*?</style>|<svg.*?</svg>", " ", inhalt, flags=re.S)
        inhalt = html.unescape(re.sub(r"<[^>]+>", " ", inhalt))
    else:
        inhalt = re.sub(r"(?<!\\)\*\*", "", inhalt)  # bold markers of the template
        inhalt = re.sub(r"\\(.)", r"\1", inhalt)
    return re.sub(r"\s+", " ", inhalt)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _in_kraft(ergebnisse):
    return [e for e in ergebnisse if e.hinweis is None]


def _offene_wege(ergebnisse):
    """Pathways the Fallplan and Merkblatt plan for, derived from the statuses (see the module doc)."""
    in_kraft = _in_kraft(ergebnisse)
    offen = [e for e in in_kraft if e.status.value != "nicht_erfuellt"]
    if offen:
        return offen
    return [e for e in in_kraft
            if not any(b.status.value == "nicht_erfuellt" and b.art == "versagungsgrund" for b in e.voraussetzungen)]


# -- every example, every checklist, md and html: content ------------------------------------
@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("beispiel", BEISPIELE, ids=lambda p: p.stem)
def test_pruefschema_zeigt_jede_voraussetzung_mit_fundstelle_nachweisen_und_quittung(screener, beispiel, fmt):
    st = _stichtag(beispiel)
    s, ergebnisse = _fall(screener, beispiel, st)
    text = _text(fmt, checkliste.checkliste(_v(s, st, ergebnisse, []), "pruefschema", fmt))
    alle = _text(fmt, checkliste.checkliste(_v(s, st, ergebnisse, []), "pruefschema", fmt, alle_wege=True))
    assert s.aktenzeichen in text
    assert "Vorprüfung – keine Entscheidung" in text
    for e in _in_kraft(ergebnisse):
        assert e.norm in text
        if e.status.value == "nicht_erfuellt":  # closed: named, set out only when chosen (--norm)
            assert "Nach Aktenlage verschlossen" in text and all(_norm(b.fundstelle) in alle for b in e.voraussetzungen)
            continue
        positionen = []
        for b in e.voraussetzungen:
            assert _norm(b.titel) in text, b.id
            assert _norm(b.fundstelle) in text, b.id
            for n in b.nachweise:
                assert _norm(n) in text, (b.id, n)
            positionen.append(text.index(_norm(b.titel), text.index(e.norm)))
        assert positionen == sorted(positionen), "Reihenfolge der Regeldatei (Gesetz) nicht eingehalten"
        q = e.quittung
        assert q.regeldatei in text and q.regeldatei_sha256[:12] in text and q.regelwerk_sha256[:12] in text
        assert f"Stichtag {format_datum(st)}" in text
    assert load_verweise().sha256[:12] in text
    for spalte in ("vorhanden", "fehlt", "prüfen"):
        assert spalte in alle


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("beispiel", BEISPIELE, ids=lambda p: p.stem)
def test_fallplan_nennt_offene_punkte_mit_nachweis_und_hilfe(screener, beispiel, fmt):
    st = _stichtag(beispiel)
    s, ergebnisse = _fall(screener, beispiel, st)
    text = _text(fmt, checkliste.checkliste(_v(s, st, ergebnisse, []), "fallplan", fmt))
    verweise = load_verweise()
    for e in _in_kraft(ergebnisse):
        assert e.norm in text and e.status.text in text
    for e in _offene_wege(ergebnisse):
        for b in e.voraussetzungen:
            if b.status.value == "erfuellt":
                continue
            assert _norm(b.titel) in text and _norm(b.fundstelle) in text, b.id
            for n in b.nachweise:
                assert _norm(n) in text, (b.id, n)
            for frage in b.fehlend:
                assert _norm(frage) in text, (b.id, frage)
            for stelle in verweise.fuer(e.kennung, b.id, None):
                if stelle["altersgrenze"] is None:
                    assert stelle["name"] in text, (b.id, stelle["id"])
    assert "Unterschrift" in text


MERKBLATT = read_document(ROOT / "rules" / "verweise" / "merkblatt.yaml").data


def _unterlagen(e, b, kinder: bool) -> list[str]:
    """The plain-language documents the rule data names for requirement ``b`` of pathway ``e``."""
    ids = MERKBLATT["voraussetzungen"][b.id]
    if b.status.value == "erfuellt":
        ids = [u for u in ids if u not in MERKBLATT["nur_wenn_offen"]]
    if not kinder:
        ids = [u for u in ids if u not in MERKBLATT["nur_mit_kindern"]]
    return [MERKBLATT["unterlagen"][u] for u in ids]


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("beispiel", BEISPIELE, ids=lambda p: p.stem)
def test_merkblatt_nennt_antrag_und_jede_unterlage_einmal(screener, beispiel, fmt):
    """Open now: the application and the documents of every requirement; ungeklärt: those of the
    requirements not met yet; each document once; a closed pathway asks for nothing."""
    st = _stichtag(beispiel)
    s, ergebnisse = _fall(screener, beispiel, st)
    text = _text(fmt, checkliste.checkliste(_v(s, st, ergebnisse, []), "merkblatt", fmt))
    kinder = bool(s.haushalt.kinder) or bool(s.angehoerige)
    erwartet: set[str] = set()
    for e in _in_kraft(ergebnisse):
        if e.status.value == "nicht_erfuellt":
            continue
        if e.status.value == "erfuellt":
            assert MERKBLATT["antraege"][e.kennung]["antrag"] in text, e.kennung
        for b in e.voraussetzungen:
            if e.status.value == "erfuellt" or b.status.value != "erfuellt":
                erwartet.update(_unterlagen(e, b, kinder))
    for u in erwartet:
        assert text.count(_norm(u)) == 1, u
    if not erwartet:
        assert "Sie müssen im Moment nichts mitbringen" in text
    assert "Die Behörde entscheidet" in text


def test_merkblatt_schickt_nicht_nach_papieren_eines_verschlossenen_wegs(screener):
    """Example 0006: § 25b is open (ungeklärt), § 25a is not met (27 or older): no § 25a-only papers."""
    s, ergebnisse = _fall(screener, ROOT / "examples" / "kim-2025-0006-chancen-aufenthaltsrecht.json")
    status = {e.kennung: e.status.value for e in ergebnisse}
    assert status["aufenthg_25b"] == "ungeklaert" and status.get("aufenthg_25a") == "nicht_erfuellt"
    text = _text("md", checkliste.checkliste(_v(s, STICHTAG, ergebnisse, []), "merkblatt", "md"))
    ids = lambda kennung: {u for e in ergebnisse if e.kennung == kennung for b in e.voraussetzungen
                           for u in MERKBLATT["voraussetzungen"][b.id]}
    nur_25a = ids("aufenthg_25a") - ids("aufenthg_25b") - ids("aufenthg_104c") - ids("stag_10")
    assert nur_25a
    for u in nur_25a:
        assert _norm(MERKBLATT["unterlagen"][u]) not in text


def test_jede_voraussetzung_hat_unterlagen_fuer_das_merkblatt():
    """Every requirement id of every rule file says what the client brings (possibly nothing)."""
    ids = {v["id"] for datei in (ROOT / "rules").glob("*/*/*.yaml")
           for v in (read_document(datei).data or {}).get("voraussetzungen", [])}
    assert ids and not ids - set(MERKBLATT["voraussetzungen"]), sorted(ids - set(MERKBLATT["voraussetzungen"]))
    assert not set(MERKBLATT["voraussetzungen"]) - ids, "Einträge ohne Voraussetzung"


# -- deadlines --------------------------------------------------------------------------------
def test_fristen_aus_dem_fristenmodul_stehen_als_termin_in_allen_drei_listen(screener):
    """§ 104c permit granted 02.10.2023 ends 01.04.2025; the follow-up application is recommended
    six weeks before (fristen.VORLAUF_WOCHEN): 18.02.2025 is the 'bis' of every open step."""
    s, ergebnisse = _fall(screener, ROOT / "examples" / "kim-2025-0006-chancen-aufenthaltsrecht.json")
    ledger = fristen_ledger(s, STICHTAG, ergebnisse, parameter=load_parameter())
    datiert = [f for f in ledger if f.datum and f.datum >= STICHTAG]
    assert datiert
    fallplan = _text("html", checkliste.checkliste(_v(s, STICHTAG, ergebnisse, ledger), "fallplan", "html"))
    merkblatt = _text("md", checkliste.checkliste(_v(s, STICHTAG, ergebnisse, ledger), "merkblatt", "md"))
    pruefschema = _text("md", checkliste.checkliste(_v(s, STICHTAG, ergebnisse, ledger), "pruefschema", "md"))
    for f in datiert:
        for text in (fallplan, pruefschema):
            assert format_datum(f.datum) in text and _norm(f.fundstelle) in text
        # the client's sheet names only the dates that concern the client, in plain words
        if f.art in TERMINE_FUER_DIE_PERSON:
            assert f"{format_datum(f.datum)}: {TERMINE_FUER_DIE_PERSON[f.art]}" in merkblatt
        else:
            assert format_datum(f.datum) not in merkblatt
    erste = min(f.datum for f in datiert if f.art != "fruehestens_ab")
    assert f"Bis {format_datum(erste)}" in fallplan
    assert "Bitte bringen Sie zum nächsten Termin mit" in merkblatt


def test_ohne_fristen_wird_das_datum_vereinbart(screener):
    s, ergebnisse = _fall(screener, ROOT / "examples" / "kim-2025-0003-angaben-fehlen.yaml")
    text = checkliste.checkliste(_v(s, STICHTAG, ergebnisse, []), "fallplan", "md")
    assert "________ (mit der Person vereinbaren)" in text
    assert "## Fristen" not in text


def test_frist_die_nicht_berechnet_werden_kann_steht_mit_grund(screener):
    s, ergebnisse = _fall(screener, ROOT / "examples" / "kim-2025-0003-angaben-fehlen.yaml")
    offen = Frist("alter_27_25a", None, "§ 25a Abs. 1 Satz 1 Nr. 3 AufenthG", "Antrag vor dem 27. Geburtstag", "Case Management",
                  "aufenthg_25a", "Geburtsdatum fehlt")
    text = _text("html", checkliste.checkliste(_v(s, STICHTAG, ergebnisse, [offen]), "fallplan", "html"))
    assert "nicht berechnet" in text and "Geburtsdatum fehlt" in text


# -- PDF ----------------------------------------------------------------------------------------
def _entpackt(pdf: bytes) -> bytes:
    """The PDF with every compressed stream appended in plain form (a decompressor object
    tolerates bytes after the end of the zlib data, which ``zlib.decompress`` does not)."""
    inhalt = pdf
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            inhalt += zlib.decompressobj().decompress(m.group(1))
        except zlib.error:
            pass
    return inhalt


def _seiten(pdf: bytes) -> int:
    """Number of pages of a PDF (page objects, also inside compressed object streams)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", _entpackt(pdf)))


@pytest.mark.parametrize("art", ARTEN)
@pytest.mark.parametrize("beispiel", BEISPIELE, ids=lambda p: p.stem)
def test_pdf_fuer_jedes_beispiel(screener, beispiel, art):
    """Every checklist of every example as PDF. Fallplan and Prüfschema for § 25b only, as staff
    print them (``--norm``): the PDF step converts the same HTML whose content is tested above
    for all pathways, and a many-page PDF takes seconds. The Merkblatt with every pathway: it
    must stay one A4 page."""
    st = _stichtag(beispiel)
    s = kimrules.load_client(beispiel, st)
    ergebnisse = screener.screen(s, st, None if art == "merkblatt" else ["aufenthg_25b"])
    pdf = checkliste.checkliste(_v(s, st, ergebnisse, []), art, "pdf")
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    seiten = _seiten(pdf)
    assert seiten == 1 if art == "merkblatt" else seiten >= 1
    assert re.search(rb"/MediaBox\s*\[\s*0\s+0\s+595", _entpackt(pdf))


def test_langes_merkblatt_wird_enger_gesetzt_und_bleibt_eine_seite(screener):
    s, ergebnisse = _fall(screener, ROOT / "examples" / "kim-2025-0003-angaben-fehlen.yaml")
    d = checkliste.daten(_v(s, STICHTAG, ergebnisse, []))
    viele = [{"id": f"u{i}", "text": f"Nachweis Nummer {i} mit einer recht langen Beschreibung, was genau vorzulegen ist"}
             for i in range(26)]
    d = {**d, "unterlagen": viele}
    assert checkliste.dichte(d) == "sehr-eng"
    assert _seiten(checkliste.render("merkblatt", "pdf", d)) == 1


# -- print hygiene ------------------------------------------------------------------------------
PRUEFSCHEMA_HOECHSTENS_SEITEN = 15  # the examples' Prüfschema set out only the pathways that matter


def _ueberschriften_am_seitenende(doc) -> list[str]:
    """Per page but the last: the heading that is the last block on the page, if it is one."""
    from weasyprint.formatting_structure import boxes

    def letzter_block(box, letzter=None):
        if isinstance(box, boxes.MarginBox):
            return letzter
        if isinstance(box, boxes.BlockBox) and box.element_tag:
            letzter = box.element_tag
        for kind in getattr(box, "children", []):
            letzter = letzter_block(kind, letzter)
        return letzter

    enden = [(i, letzter_block(seite._page_box)) for i, seite in enumerate(doc.pages[:-1], start=1)]
    return [f"Seite {i}: {tag}" for i, tag in enden if tag in ("h1", "h2", "h3")]


@pytest.mark.parametrize("beispiel", BEISPIELE, ids=lambda p: p.stem)
def test_pdf_keine_ueberschrift_am_seitenende_und_kurzes_pruefschema(screener, beispiel):
    """Laid out as the PDF is: no page ends with a heading (it stays with its table), the
    Prüfschema sets out only what matters and stays within its page budget, the Merkblatt is one page."""
    from kimrules.ausgabe import pdf

    st = _stichtag(beispiel)
    s = kimrules.load_client(beispiel, st)
    v = vorpruefung(s, st, screener=screener)
    for art in ("pruefschema", "fallplan") if beispiel.stem.endswith(("haushalt", "baecker")) else ("pruefschema",):
        doc = pdf.dokument(checkliste.render(art, "html", checkliste.daten(v, angaben=art == "pruefschema")))
        assert not _ueberschriften_am_seitenende(doc), (art, _ueberschriften_am_seitenende(doc))
        if art == "pruefschema":
            assert len(doc.pages) <= PRUEFSCHEMA_HOECHSTENS_SEITEN
    assert _seiten(checkliste.checkliste(v, "merkblatt", "pdf")) == 1
    html = checkliste.checkliste(v, "pruefschema", "html")
    assert not re.search(r"§ \d|\d €", html.split("<body", 1)[1].split("<svg", 1)[0]), "Umbruch nach § oder vor €"


# -- safety -------------------------------------------------------------------------------------
BOESE_NAME = '<script>alert("name")</script>|**x**|'
BOESES_AZ = 'AZ-<img src=x onerror=alert(1)>-|**x**|'
BOESER_PARAGRAPH = '</text><script>alert("svg")</script>'


@pytest.fixture(scope="module")
def boeser_fall(screener):
    s = Sachverhalt.model_validate({
        "aktenzeichen": BOESES_AZ,
        "person": {"name": BOESE_NAME, "geburtsdatum": "1990-01-01"},
        "aufenthalt": [{"status": "aufenthaltserlaubnis", "paragraph": BOESER_PARAGRAPH, "von": "2019-01-01"}],
    })
    return s, screener.screen(s, STICHTAG)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)


ERLAUBTE_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "footer", "section", "div", "span", "p",
                 "h1", "h2", "h3", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "ul", "li", "strong",
                 "em", "br", "code", "figure", "figcaption", "svg", "rect", "text", "line", "circle"}


@pytest.mark.parametrize("art", ARTEN)
def test_html_mit_feindlichem_namen_enthaelt_kein_aktives_markup(boeser_fall, art):
    s, ergebnisse = boeser_fall
    seite = checkliste.checkliste(_v(s, STICHTAG, ergebnisse, []), art, "html")
    parser = _Tags()
    parser.feed(seite)
    tags = {t for t, _ in parser.tags}
    assert tags <= ERLAUBTE_TAGS, tags - ERLAUBTE_TAGS
    for tag, attrs in parser.tags:
        for name, wert in attrs:
            assert not name.startswith("on"), (tag, name)
            assert "javascript:" not in (wert or "")
    text = "".join(parser.text)
    assert BOESES_AZ in text  # shown as text, unchanged
    if art == "merkblatt":
        assert BOESE_NAME in text  # the client's own sheet names the client, as text
    else:
        assert "alert(\"name\")" not in seite  # Fallplan and Prüfschema never print the name
    if art != "merkblatt":
        assert BOESER_PARAGRAPH in text  # label in the timeline, as text
    assert "Content-Security-Policy" in seite


def test_merkblatt_ohne_name(boeser_fall):
    s, ergebnisse = boeser_fall
    seite = checkliste.checkliste(_v(s, STICHTAG, ergebnisse, []), "merkblatt", "html", mit_name=False)
    assert "alert(&#34;name&#34;)" not in seite and 'alert("name")' not in seite


@pytest.mark.parametrize("art", ARTEN)
def test_markdown_mit_feindlichem_namen_bleibt_text(boeser_fall, art):
    s, ergebnisse = boeser_fall
    md = checkliste.checkliste(_v(s, STICHTAG, ergebnisse, []), art, "md")
    assert not re.search(r"(?<!\\)<", md), "unescaped < in Markdown"
    assert "|**x**|" not in md
    assert md_escape(BOESES_AZ) in md
    if art == "merkblatt":
        assert md_escape(BOESE_NAME) in md
    # every table row keeps its number of cells: no value opened a new column
    tabelle: list[int] = []
    for zeile in md.splitlines() + [""]:
        if zeile.startswith("|"):
            tabelle.append(len(re.findall(r"(?<!\\)\|", zeile)))
        elif tabelle:
            assert len(set(tabelle)) == 1, tabelle
            tabelle = []


def test_md_escape_macht_markdown_zu_text():
    assert md_escape("a|b") == "a\\|b"
    assert md_escape("**fett** _kursiv_ `code` [link](x) ![bild](y)") == (
        "\\*\\*fett\\*\\* \\_kursiv\\_ \\`code\\` \\[link\\](x) \\!\\[bild\\](y)")
    assert md_escape("# Titel") == "\\# Titel"
    assert md_escape("- Punkt") == "\\- Punkt" and md_escape("+ Punkt") == "\\+ Punkt"
    assert md_escape("3) Punkt") == "3\\) Punkt"
    assert md_escape("&lt;script&gt;") == "\\&lt;script\\&gt;"
    assert md_escape("Zeile 1\n\n| a | b |") == "Zeile 1 \\| a \\| b \\|"
    assert md_escape("15.02.2025 – § 25b Abs. 1") == "15.02.2025 – § 25b Abs. 1"
    assert md_escape(None) == ""


def test_vorlagen_lesen_nichts_ausserhalb_von_templates():
    for env in (checkliste.html_environment(), checkliste.md_environment()):
        assert env.undefined is jinja2.StrictUndefined
        for name in ("../README.md", "../kimrules/cli.py", "/etc/passwd", "..\\README.md"):
            with pytest.raises(jinja2.TemplateNotFound):
                env.get_template(name)
        with pytest.raises(jinja2.TemplateNotFound):
            env.from_string('{% include "../README.md" %}').render()
    assert checkliste.html_environment().autoescape is True


def test_fehlender_wert_ist_ein_ausgabefehler():
    with pytest.raises(RenderError) as info:
        checkliste.render("merkblatt", "md", {"aktenzeichen": "X"})
    assert "merkblatt.md.j2" in str(info.value)


# -- referral data ---------------------------------------------------------------------------------
def test_verweise_nach_alter():
    v = load_verweise()
    namen = lambda alter: [s["id"] for s in v.fuer("aufenthg_25b", "deutsch_a2", alter)]  # noqa: E731
    assert "jmd" in namen(20) and "mbe" not in namen(20)
    assert "mbe" in namen(27) and "jmd" not in namen(27)
    assert "jmd" in namen(26) and "jmd" not in namen(11)
    unbekannt = {s["id"]: s["altersgrenze"] for s in v.fuer("aufenthg_25b", "deutsch_a2", None)}
    assert unbekannt["mbe"] == "ab 27 Jahren" and unbekannt["jmd"] == "12 bis 26 Jahre"


def test_jede_voraussetzung_von_25b_hat_einen_eigenen_verweis(screener):
    v = load_verweise()
    regelwerk = screener.regelwerk
    for fassung in regelwerk.versionen["aufenthg_25b"]:
        for r in fassung.datei.voraussetzungen:
            assert r.id in v.datei.voraussetzungen, r.id
    # unknown ids fall back to the default of their law
    assert [s["id"] for s in v.fuer("stag_10", "gibt_es_nicht", 40)] == ["einbuergerungsbehoerde", "mbe"]
    # every place names its source
    assert all(s.quelle for s in v.datei.stellen.values())


def test_fehlerhafte_verweisdatei_nennt_datei_und_zeile(tmp_path):
    datei = tmp_path / "verweise.yaml"
    datei.write_text("stellen:\n  a:\n    name: A\n    hilft_bei: x\n    quelle: y\nvoraussetzungen:\n  pass: [a, b]\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_verweise(datei)
    assert "unbekannte Stelle(n) b" in str(info.value)
    datei.write_text("stellen:\n  a:\n    name: A\n    hilft_bei: x\n    quelle: y\n    alter: 3\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_verweise(datei)
    assert "Zeile 6" in str(info.value) and "alter" in str(info.value)


def test_regelwerk_laedt_die_verweisdatei_nicht_als_norm(screener):
    assert (ROOT / "rules" / "verweise" / "verweise.yaml").exists()
    assert not any(f.pfad.startswith("verweise") for fs in screener.regelwerk.versionen.values() for f in fs)


# -- timeline ---------------------------------------------------------------------------------------
def test_zeitleiste_zeigt_status_fenster_und_fristen():
    s = Sachverhalt.model_validate({
        "aktenzeichen": "X",
        "aufenthalt": [
            {"status": "aufenthaltsgestattung", "von": "2016-03-10", "bis": "2016-08-31"},
            {"status": "duldung", "von": "2016-09-01"},
        ],
        "auslandsaufenthalte": [],
    })
    frist = Frist("ablauf_status", date(2025, 5, 31), "§ 60a AufenthG", "Duldung verlängern", "Person")
    bild = str(svg(s, STICHTAG, [frist]))
    wurzel = ET.fromstring(bild)  # well-formed XML
    texte = " ".join("".join(t.itertext()) for t in wurzel.iter("{http://www.w3.org/2000/svg}text"))
    assert "Aufenthaltsgestattung" in texte and "Duldung" in texte
    assert "seit 10.03.2016: 8 Jahre 11 Monate" in texte  # the qualifying chain, no gap
    assert "31.05.2025" in texte and frist.titel in texte
    assert "Stichtag 15.02.2025" in texte


# -- command line -------------------------------------------------------------------------------------
BAECKER = str(ROOT / "examples" / "kim-2025-0001-baecker.yaml")


def test_schreiben_ist_atomar_und_ueberschreibt_nur_mit_force(tmp_path):
    ziel = tmp_path / "fallplan.html"
    schreiben(ziel, b"eins")
    assert ziel.read_bytes() == b"eins" and oct(ziel.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(RenderError) as info:
        schreiben(ziel, b"zwei")
    assert "--force" in str(info.value) and ziel.read_bytes() == b"eins"
    schreiben(ziel, b"drei", force=True)
    assert ziel.read_bytes() == b"drei"
    assert sorted(os.listdir(tmp_path)) == ["fallplan.html"]  # no temporary file left
    with pytest.raises(RenderError):
        schreiben(tmp_path / "fehlt" / "x.md", b"x")


def test_befehl_schreibt_datei_und_verweigert_ueberschreiben(tmp_path):
    runner = CliRunner()
    ziel = tmp_path / "fallplan.html"
    args = ["checkliste", BAECKER, "--art", "fallplan", "--format", "html", "--stichtag", "15.02.2025", "-o", str(ziel)]
    r = runner.invoke(main, args)
    assert r.exit_code == 0, r.output
    erst = ziel.read_text(encoding="utf-8")
    assert erst.startswith("<!DOCTYPE html>") and "KIM-2025-0001" in erst
    r = runner.invoke(main, args)
    assert r.exit_code == 6 and "--force" in r.output
    assert ziel.read_text(encoding="utf-8") == erst
    assert sorted(os.listdir(tmp_path)) == ["fallplan.html"]


def test_befehl_markdown_auf_die_standardausgabe_und_pdf_in_datei(tmp_path):
    runner = CliRunner()
    r = runner.invoke(main, ["checkliste", BAECKER, "--art", "pruefschema", "--stichtag", "15.02.2025", "--norm", "aufenthg_25b"])
    assert r.exit_code == 0
    assert r.output.startswith("# Prüfschema – Aktenzeichen KIM-2025-0001") and "§ 10 StAG" not in r.output
    ziel = tmp_path / "merkblatt.pdf"
    r = runner.invoke(main, ["checkliste", BAECKER, "--art", "merkblatt", "--format", "pdf", "--stichtag", "15.02.2025",
                             "-o", str(ziel)])
    assert r.exit_code == 0 and ziel.read_bytes().startswith(b"%PDF-")


def test_befehl_fehler(tmp_path):
    runner = CliRunner()
    r = runner.invoke(main, ["checkliste", BAECKER, "--art", "brief", "--stichtag", "15.02.2025"])
    assert r.exit_code == 2
    r = runner.invoke(main, ["checkliste", BAECKER, "--art", "fallplan", "--norm", "gibt_es_nicht"])
    assert r.exit_code == 2 and "unbekannte Kennung" in r.output
    r = runner.invoke(main, ["checkliste", str(tmp_path / "fehlt.yaml"), "--art", "fallplan", "--stichtag", "15.02.2025"])
    assert r.exit_code == 3
