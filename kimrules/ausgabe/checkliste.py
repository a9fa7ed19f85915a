"""Checklists from one screening result: Fallplan, Prüfschema and Merkblatt.

Three documents, each in three formats (``md``, ``html``, ``pdf``), all rendered
from the same data (:func:`daten`):

* **Fallplan** (case manager, KIM Baustein 2): per open or opening pathway (erfüllt,
  ungeklärt, or with a ``fruehestens_ab`` date from the deadline ledger; if there is
  none: every pathway not met without an Ausschlussgrund) the
  requirements that are not met or not yet clear as concrete next steps, with the
  proving documents, who can help (referral) and the next deadline – laid out as a
  Zielvereinbarung to agree with the client; the other pathways in force are listed
  with what is not met;
* **Prüfschema** (staff in the Ausländer- or Einbürgerungsbehörde, Baustein 3): per
  requirement in the order of the rule file (the statutory order) the status,
  Fundstelle, the facts used and a document checklist (vorhanden / fehlt / prüfen),
  with the receipt at the foot;
* **Merkblatt** (client, one page): what to bring and by when.

Everything legal comes from the screening (:func:`kimrules.ausgabe.report.build`) and so
from the rule files: requirements, Fundstellen, Nachweise, next steps. Who can help
comes from ``rules/verweise/verweise.yaml`` (:func:`load_verweise`, maintained by
the legal experts, with age limits as data). Deadlines are the Vorprüfung's
ledger (``v.fristen``: :class:`kimrules.fristen.ledger.Frist` with ``art, datum, fundstelle,
hinweis, wer, norm, offen_grund``).

Safety: HTML templates are always autoescaped; in Markdown templates every
``{{ … }}`` is escaped by the environment (:func:`md_escape`, via ``finalize``), so
a value such as ``<script>`` or ``|**x**|`` stays text. Only
:class:`markupsafe.Markup` values (the SVG built by :mod:`kimrules.ausgabe.zeitleiste`)
pass unescaped. Both environments use ``StrictUndefined`` and load templates only
from ``templates/`` (Jinja's loader refuses ``..``).

The client's name is printed only on the Merkblatt (it is the client's own sheet;
``mit_name=False`` leaves it out); Fallplan and Prüfschema name the Aktenzeichen only.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Iterable, Optional, Sequence

import jinja2
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kimrules.ausgabe import kurzfassung, report, uebersicht
from kimrules.basis.dates import age
from kimrules.basis.errors import Problem, RenderError, RuleFileError
from kimrules.basis.grenzen import ohne_steuerzeichen
from kimrules.akte.facts import Sachverhalt
from kimrules.engine.outcome import Ergebnis
from kimrules.ausgabe import ARTEN, FORMATE
from kimrules.engine.outcome import VORPRUEFUNG
from kimrules.vorpruefung import Vorpruefung
from kimrules.ausgabe.render import TEMPLATES, datum, kurz, statuswort, symbol
from kimrules.ausgabe.vorlagencache import vorlagencache
from kimrules.regelwerk.rules import RULES_DIR
from kimrules.basis.yamlio import InputSyntaxError, read_document

VERWEISE_DATEI = RULES_DIR / "verweise" / "verweise.yaml"

TITEL = {
    "fallplan": "Fallplan",
    "pruefschema": "Prüfschema",
    "merkblatt": "Merkblatt",
}

# -- referral data (rules/verweise/verweise.yaml) ------------------------------------------
Kennung = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
Text = Annotated[str, Field(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Stelle(_Model):
    name: Text
    hilft_bei: Text
    quelle: Text
    alter_von: Optional[Annotated[int, Field(ge=0)]] = None
    alter_bis: Optional[Annotated[int, Field(ge=0)]] = None
    kontakt: Optional[Text] = None


class Verweisdatei(_Model):
    stellen: dict[Kennung, Stelle]
    voraussetzungen: dict[Kennung, list[Kennung]] = {}
    normen: dict[Kennung, dict[Kennung, list[Kennung]]] = {}
    standard: dict[Kennung, list[Kennung]] = {}

    @model_validator(mode="after")
    def _bekannt(self) -> "Verweisdatei":
        listen = [*self.voraussetzungen.values(), *self.standard.values()]
        listen += [liste for je_norm in self.normen.values() for liste in je_norm.values()]
        unbekannt = sorted({k for liste in listen for k in liste if k not in self.stellen})
        if unbekannt:
            raise ValueError(f"unbekannte Stelle(n) {', '.join(unbekannt)}; bekannt sind: {', '.join(self.stellen)}")
        return self


@dataclass(frozen=True, eq=False)  # hashed by identity (for the cache of fuer)
class Verweise:
    """The referral data file, loaded: who can help with which requirement."""

    datei: Verweisdatei
    pfad: str
    sha256: str

    def fuer(self, kennung: str, voraussetzung: str, alter: Optional[int]) -> list[dict[str, Any]]:
        """The places that can help with one requirement, filtered by the client's age.

        With an unknown age, places with an age limit are kept and say their limit.
        """
        return [dict(s) for s in self._fuer(kennung, voraussetzung, alter)]

    @lru_cache(maxsize=4096)  # noqa: B019 - the instance is frozen and lives as long as its file
    def _fuer(self, kennung: str, voraussetzung: str, alter: Optional[int]) -> tuple[dict[str, Any], ...]:
        d = self.datei
        ids = d.normen.get(kennung, {}).get(voraussetzung) or d.voraussetzungen.get(voraussetzung)
        if ids is None:
            ids = d.standard.get(kennung.split("_", 1)[0], [])
        out = []
        for sid in ids:
            s = d.stellen[sid]
            if alter is not None and ((s.alter_von is not None and alter < s.alter_von) or (s.alter_bis is not None and alter > s.alter_bis)):
                continue
            out.append({"id": sid, "name": s.name, "hilft_bei": s.hilft_bei, "quelle": s.quelle,
                        "kontakt": s.kontakt, "altersgrenze": altersgrenze(s.alter_von, s.alter_bis)})
        return tuple(out)


def altersgrenze(von: Optional[int], bis: Optional[int]) -> Optional[str]:
    """German text of an age limit.

    >>> altersgrenze(27, None), altersgrenze(12, 26), altersgrenze(None, 17), altersgrenze(None, None)
    ('ab 27 Jahren', '12 bis 26 Jahre', 'bis 17 Jahre', None)
    """
    if von is not None and bis is not None:
        return f"{von} bis {bis} Jahre"
    if von is not None:
        return f"ab {von} Jahren"
    if bis is not None:
        return f"bis {bis} Jahre"
    return None


@lru_cache(maxsize=4)
def load_verweise(pfad: Path = VERWEISE_DATEI) -> Verweise:
    """Load and validate the referral file; errors name file, line and field (exit 4)."""
    from kimrules.regelwerk.rules import _validation_problems

    pfad = Path(pfad)
    try:
        doc = read_document(pfad)
    except InputSyntaxError as exc:
        raise RuleFileError(f"{pfad}: Verweisdatei nicht lesbar", [exc.problem]) from None
    try:
        datei = Verweisdatei.model_validate(doc.data)
    except ValidationError as exc:
        raise RuleFileError("Fehler in der Verweisdatei", _validation_problems(exc, doc)) from None
    try:
        rel = str(pfad.relative_to(RULES_DIR))
    except ValueError:
        rel = str(pfad)
    return Verweise(datei, rel, hashlib.sha256(pfad.read_bytes()).hexdigest())


def _iso(d: Optional[date]) -> Optional[str]:
    return None if d is None else d.isoformat()


def _frist(f: Any) -> dict[str, Any]:
    art = str(getattr(f, "art", "") or "")
    titel = getattr(f, "titel", None)
    return {
        "art": art,
        "bezeichnung": titel or (art.replace("_", " ").strip().capitalize() if art else "Frist"),
        "datum": _iso(getattr(f, "datum", None)),
        "fundstelle": getattr(f, "fundstelle", None) or "",
        "hinweis": getattr(f, "hinweis", None) or "",
        "wer": getattr(f, "wer", None) or "",
        "norm": getattr(f, "norm", None),
        "offen_grund": getattr(f, "offen_grund", None),
    }


# kinds of kimrules.fristen.ledger entries that say from when something holds, not by when to act;
# they are never the "bis" of a step (any other kind is)
AB_ARTEN = frozenset({"fruehestens_ab", "alter_14_25a", "alter_16_stag", "geplant"})

# -- the data all templates render -----------------------------------------------------------
_RANG = {"erfuellt": 0, "ungeklaert": 1, "nicht_erfuellt": 2}


def _pfad(e: Ergebnis, angaben: bool = True) -> dict[str, Any]:
    """The fields of :func:`kimrules.ausgabe.report.build` for one pathway (same names), without the
    explanation tree (no template shows it, and building its texts would cost more than the
    rendering); ``ausschlaggebend`` only if ``angaben`` (the Prüfschema shows it) and not for
    ungeklärt requirements (their considered facts are all shown)."""
    pfad = report._pfad(e, mit_baum=False, mit_ausschlaggebend=angaben)
    for v in pfad["voraussetzungen"]:
        if v["status"] == "ungeklaert":
            v["ausschlaggebend"] = []
    return pfad


def _alter(s: Sachverhalt, stichtag: date) -> Optional[int]:
    geb = s.person.geburtsdatum
    if geb is None or geb > stichtag:
        return None
    return age(geb, stichtag)


def daten(v: Vorpruefung, *, verweise: Optional[Verweise] = None, angaben: bool = True,
          alle_wege: bool = False) -> dict[str, Any]:
    """Everything the three checklists show of one Vorprüfung, as plain data (dates ISO, no name).

    ``angaben=False`` skips the facts each status rests on (only the Prüfschema shows them).
    The Prüfschema sets out the pathways that are open, open later or to be clarified
    (``pruefschema_pfade``), the others in one line each with the overview's sentence; with
    ``alle_wege`` (the pathways were chosen with ``--norm``) every one.
    """
    sachverhalt, stichtag, ergebnisse = v.sachverhalt, v.stichtag, v.ergebnisse
    projektionen, haushaltsergebnis = v.projektionen, v.haushalt
    verweise = verweise or load_verweise()
    alter = _alter(sachverhalt, stichtag)
    roh = v.fristen
    alle_fristen = sorted((_frist(f) for f in roh), key=lambda f: (f["datum"] is None, f["datum"] or ""))
    heute = stichtag.isoformat()
    pfade = []
    for e in ergebnisse:
        pfad = _pfad(e, angaben)
        eigene = [f for f in alle_fristen if f["norm"] in (None, "", e.kennung, e.norm)]
        kommend = [f for f in eigene if f["datum"] is not None and f["datum"] >= heute and f["art"] not in AB_ARTEN]
        naechste = kommend[0] if kommend else None
        ab = [f for f in eigene if f["art"] == "fruehestens_ab" and f["norm"] in (e.kennung, e.norm) and f["datum"]]
        for v in pfad["voraussetzungen"]:
            v["hilfe"] = verweise.fuer(e.kennung, v["id"], alter)
            v["offen"] = v["status"] != "erfuellt"
            # the facts the status rests on (ungeklärt: every fact considered), as in the text output
            zeigen = v["ausschlaggebend"] if v["status"] != "ungeklaert" and v["ausschlaggebend"] else list(v["fakten"])
            v["angaben"] = {t: v["fakten"].get(t) for t in zeigen}
        offen = [v for v in pfad["voraussetzungen"] if v["offen"]]
        ausgeschlossen = [v for v in offen if v["status"] == "nicht_erfuellt" and v["art"] == "versagungsgrund"]
        pfad.update(
            in_kraft=pfad["hinweis"] is None,
            fristen=eigene,
            naechste_frist=naechste,
            fruehestens_ab=ab[0] if ab else None,
            schritte=offen,
            ausgeschlossen=bool(ausgeschlossen),
        )
        pfade.append(pfad)
    in_kraft = sorted((p for p in pfade if p["in_kraft"]), key=lambda p: _RANG[p["status"]])
    # the pathways planned for (Fallplan steps, Merkblatt documents): open (erfüllt or ungeklärt)
    # or opening (a fruehestens_ab date, no Ausschlussgrund); only if there is none, every one not
    # met without an Ausschlussgrund – so that the client is not sent for papers of a closed pathway
    offen = [p for p in in_kraft if p["status"] != "nicht_erfuellt" or (p["fruehestens_ab"] and not p["ausgeschlossen"])]
    fuer_merkblatt = offen or [p for p in in_kraft if not p["ausgeschlossen"]]
    for p in in_kraft:
        p["im_plan"] = any(p is q for q in fuer_merkblatt)
    mitbringen: dict[str, dict[str, Any]] = {}
    for p in fuer_merkblatt:
        for v in p["schritte"]:
            for n in v["nachweise"]:
                eintrag = mitbringen.setdefault(n, {"nachweis": n, "wofuer": [], "bis": None})
                if v["titel"] not in eintrag["wofuer"]:
                    eintrag["wofuer"].append(v["titel"])
                frist = p["naechste_frist"]
                if frist and (eintrag["bis"] is None or frist["datum"] < eintrag["bis"]):
                    eintrag["bis"] = frist["datum"]
    bis = {m["bis"] for m in mitbringen.values()}
    hilfe: dict[str, dict[str, Any]] = {}
    for p in fuer_merkblatt:
        for v in p["schritte"]:
            for h in v["hilfe"]:
                hilfe.setdefault(h["id"], h)
    kommend = [f for f in alle_fristen if f["datum"] is not None and f["datum"] >= heute]
    # what the overview says of each pathway decides what the Merkblatt and the Prüfschema show
    zeilen = uebersicht.build(pfade, {k: report._projektion(p) for k, p in projektionen.items()})
    lage = {z["kennung"]: z["lage"] for z in zeilen}
    haushalt = report.haushalt(haushaltsergebnis) if haushaltsergebnis is not None else None
    blatt = kurzfassung.merkblatt(pfade, zeilen, kurzfassung.fristen_die_zaehlen(alle_fristen, zeilen), heute, haushalt,
                                  kinder=bool(sachverhalt.haushalt.kinder) or bool(sachverhalt.angehoerige))
    wichtig = [p for p in in_kraft if alle_wege or lage.get(p["kennung"]) in kurzfassung.LAGEN_MIT_SCHRITTEN]
    satz = {z["kennung"]: z["satz"] for z in zeilen}
    for p in in_kraft:
        p["satz"] = satz.get(p["kennung"], "")
    return {
        **blatt,  # antraege, spaeter, unterlagen, termine, begriffe
        "pruefschema_pfade": wichtig,
        "weitere_pfade": [p for p in in_kraft if not any(p is q for q in wichtig)],
        "haushalt": kurzfassung.angehoerige(haushalt),
        "aktenzeichen": sachverhalt.aktenzeichen,
        "stichtag": heute,
        "hinweis": VORPRUEFUNG,
        "alter": alter,
        "pfade": in_kraft,
        "im_plan": fuer_merkblatt,
        "weitere": [p for p in in_kraft if not p["im_plan"]],
        "nicht_in_kraft": [p for p in pfade if not p["in_kraft"]],
        "fristen": alle_fristen,
        "fristen_kommend": kommend,
        "fristen_offen": [f for f in alle_fristen if f["datum"] is None],
        "mitbringen": list(mitbringen.values()),
        "mitbringen_gleich": len(bis) == 1,  # one date (or none) for every document: say it once
        # the Merkblatt asks for everything by the next appointment: a pathway's deadline is not
        # the date by which a single document is due
        "mitbringen_bis": None,

        "hilfe": list(hilfe.values()),
        "verweise": {"datei": verweise.pfad, "sha256": verweise.sha256},
    }


# -- escaping ----------------------------------------------------------------------------------
_MD_INLINE = {ord(c): "\\" + c for c in "\\`*_{}[]<>|#~!&$^"}
_MD_LINE_START = re.compile(r"^(\s*)([-+]|\d{1,9}[.)])(?=\s|$)")
_LEERRAUM = re.compile(r"\s+")


# a word that a GFM viewer would turn into a link by itself: a URL, www.…, an e-mail address
_MD_AUTOLINK = re.compile(r"\S*(?:://|@|(?<![^\s(])www\.|mailto:|xmpp:)\S*", re.IGNORECASE)


def _md_code(word: str) -> str:
    """``word`` as a code span: never a link, never markup (a pipe stays escaped for table cells)."""
    fence = "`" * (max((len(r) for r in re.findall(r"`+", word)), default=0) + 1)
    pad = " " if word.startswith("`") or word.endswith("`") else ""
    return f"{fence}{pad}{word.replace('|', chr(92) + '|')}{pad}{fence}"


@lru_cache(maxsize=8192)
def _md_text(text: str) -> str:
    if "\n" in text or "\r" in text or "\t" in text or "  " in text or "\x0b" in text or "\x0c" in text:
        text = _LEERRAUM.sub(" ", text)
    text = ohne_steuerzeichen(text)
    if ":" in text or "@" in text or "ww." in text.lower():
        teile, pos = [], 0
        for m in _MD_AUTOLINK.finditer(text):
            teile += [_md_inline(text[pos:m.start()], pos == 0), _md_code(m.group())]
            pos = m.end()
        if teile:
            return "".join(teile) + _md_inline(text[pos:], pos == 0)
    return _md_inline(text, True)


def _md_inline(text: str, am_anfang: bool) -> str:
    text = text.translate(_MD_INLINE)
    if am_anfang and text[:1] in "-+0123456789 " and text:
        text = _MD_LINE_START.sub(lambda m: m.group(1) + re.sub(r"([-+.)])", r"\\\1", m.group(2)), text)
    return text


def md_escape(value: Any) -> str:
    """Make any value literal text in Markdown (CommonMark/GFM), also inside table cells.

    Whitespace (including line breaks) collapses to one space so that a value never
    starts a new block or table row.

    >>> md_escape("<script>alert(1)</script>")
    '\\\\<script\\\\>alert(1)\\\\</script\\\\>'
    >>> md_escape("|**x**|")
    '\\\\|\\\\*\\\\*x\\\\*\\\\*\\\\|'
    >>> md_escape("1. Zeile\\n# zwei"), md_escape("15.02.2025"), md_escape("- x")
    ('1\\\\. Zeile \\\\# zwei', '15.02.2025', '\\\\- x')
    >>> md_escape(Markup("<b>vertraut</b>"))
    '<b>vertraut</b>'

    A URL or an e-mail address stays text (a code span: GitHub-flavoured viewers link bare addresses):

    >>> md_escape("siehe https://example.invalid/a_b oder mail@example.invalid")
    'siehe `https://example.invalid/a_b` oder `mail@example.invalid`'
    """
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    return _md_text(str(value))


def _finalize_md(value: Any) -> Any:
    return md_escape(value)


def _datum_lang(value: Optional[str]) -> str:
    """``"2025-02-15"`` → ``"15.02.2025"`` (``None`` → ``"–"``); an undefined value is an error."""
    if isinstance(value, jinja2.Undefined):
        str(value)  # StrictUndefined raises here
    return datum(value)


_STATUS_KURZ = {"erfuellt": "erfüllt", "nicht_erfuellt": "nicht erfüllt", "ungeklaert": "ungeklärt"}


# print hygiene: "§ 25b", "Abs. 1", "Nr. 3", "Satz 2" and "1.850,00 €" never break at the line end
_BINDEN = re.compile(r"(?<=§) (?=\d)|(?<=§§) (?=\d)|(?<=\bAbs\.) (?=\d)|(?<=\bNr\.) (?=\d)|(?<=\bSatz) (?=\d)|(?<=\d) (?=€)")


def _finalize_html(value: Any) -> Any:
    """Every value printed into an HTML checklist: non-breaking spaces where a break would split
    a reference or an amount (markup such as the SVG time line passes unchanged)."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _BINDEN.sub("\u00a0", value)
    return value


def _env(html: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        autoescape=html,
        finalize=_finalize_html if html else _finalize_md,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=vorlagencache("html" if html else "md"),
    )
    env.filters.update(datum=_datum_lang, symbol=symbol, statuswort=statuswort, kurz=kurz)
    env.globals.update(TITEL=TITEL, STATUS=_STATUS_KURZ)
    return env


@lru_cache(maxsize=1)
def html_environment() -> jinja2.Environment:
    return _env(html=True)


@lru_cache(maxsize=1)
def md_environment() -> jinja2.Environment:
    return _env(html=False)


def _template(art: str, fmt: str) -> tuple[jinja2.Environment, str]:
    if art not in ARTEN:
        raise ValueError(f"unbekannte Art {art!r}; möglich: {', '.join(ARTEN)}")
    if fmt == "md":
        return md_environment(), f"{art}.md.j2"
    if fmt in ("html", "pdf"):
        return html_environment(), f"{art}.html.j2"
    raise ValueError(f"unbekanntes Format {fmt!r}; möglich: {', '.join(FORMATE)}")


DICHTEN = ("", "eng", "sehr-eng")  # Merkblatt: ever smaller type so that it stays one page


def dichte(d: dict[str, Any]) -> str:
    """First guess of the Merkblatt's density from the amount of text (about 80 characters a line)."""
    texte = [u["text"] for u in d.get("unterlagen", [])] + [h["name"] + h["hilft_bei"] for h in d.get("hilfe", [])]
    texte += [t["text"] for t in d.get("termine", [])] + [b["erklaerung"] for b in d.get("begriffe", [])]
    texte += [a["antrag"] + " " + a["stelle"] for a in d.get("antraege", [])]
    zeilen = sum(1 + len(t) // 80 for t in texte)
    return DICHTEN[0] if zeilen <= 26 else DICHTEN[1] if zeilen <= 36 else DICHTEN[2]


def _text(art: str, fmt: str, d: dict[str, Any], **kontext: Any) -> str:
    env, vorlage = _template(art, fmt)
    try:
        return env.get_template(vorlage).render(d=d, format=fmt, **kontext)
    except (jinja2.TemplateError, TypeError, ValueError) as exc:
        line = getattr(exc, "lineno", None)
        raise RenderError(
            f"Ausgabe konnte nicht erzeugt werden (Vorlage {vorlage})",
            [Problem(str(TEMPLATES / vorlage), "", str(getattr(exc, "message", None) or exc), line)],
        ) from None


def render(art: str, fmt: str, d: dict[str, Any], *, name: Optional[str] = None, zeitleiste: Optional[Markup] = None) -> str | bytes:
    """Render one checklist from :func:`daten`. ``pdf`` gives bytes, the others text.

    A Merkblatt as PDF is laid out once more with smaller type while it is longer than one page.
    """
    stufe = dichte(d) if art == "merkblatt" else ""
    text = _text(art, fmt, d, name=name, zeitleiste=zeitleiste, dichte=stufe)
    if fmt != "pdf":
        return text
    from kimrules.ausgabe import pdf

    doc = pdf.dokument(text)
    if art == "merkblatt":
        for naechste in DICHTEN[DICHTEN.index(stufe) + 1:]:
            if len(doc.pages) <= 1:
                break
            doc = pdf.dokument(_text(art, fmt, d, name=name, zeitleiste=zeitleiste, dichte=naechste))
    return pdf.schreiben(doc)


def checkliste(v: Vorpruefung, art: str, fmt: str, *, mit_name: bool = True,
               verweise: Optional[Verweise] = None, alle_wege: bool = False) -> str | bytes:
    """One checklist of one Vorprüfung: ``art`` in :data:`ARTEN`, ``fmt`` in :data:`FORMATE`;
    ``alle_wege``: the Prüfschema sets out every pathway screened, not only those that matter."""
    _template(art, fmt)  # fail early on a wrong art or format
    d = daten(v, verweise=verweise, angaben=art == "pruefschema", alle_wege=alle_wege)
    bild = None
    if fmt in ("html", "pdf") and art != "merkblatt":
        from kimrules.ausgabe.zeitleiste import svg

        bild = svg(v.sachverhalt, v.stichtag, v.fristen)
    name = v.sachverhalt.person.name if (mit_name and art == "merkblatt") else None
    return render(art, fmt, d, name=name, zeitleiste=bild)


__all__ = ["ARTEN", "FORMATE", "Verweise", "checkliste", "daten", "load_verweise", "md_escape", "render"]
