"""Render a report dict (:func:`kimrules.ausgabe.report.build`) as printable text.

The wording lives in ``templates/pruefung.txt.j2``; this module only provides the
Jinja2 environment (``StrictUndefined``, templates from the repository's
``templates/`` folder, autoescape only for HTML/XML) and small filters:

* ``datum``  – ISO date to ``TT.MM.JJJJ`` (``None`` → ``–``);
* ``absatz`` – wrap a text to at most :data:`BREITE` characters with a hanging indent;
* ``symbol`` / ``statuswort`` – ``[✓] erfüllt``, ``[✗] nicht erfüllt``, ``[?] ungeklärt``;
* ``kurz``   – the first 12 hex digits of a SHA-256.

Every template error is raised as :class:`kimrules.basis.errors.RenderError` (exit 6).
"""

from __future__ import annotations

import re
import textwrap
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

import jinja2

from kimrules.basis.dates import format_datum
from kimrules.basis.errors import Problem, RenderError
from kimrules.basis.grenzen import ohne_steuerzeichen
from kimrules.engine.outcome import Status
from kimrules.ausgabe.uebersicht import LAGEN
from kimrules.ausgabe.vorlagencache import vorlagencache

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
BREITE = 100  # printable: no line longer than this

_NBSP = "\u00a0"
# keep "§ 25b", "Abs. 1", "z. B.", "6 Jahre", "51 %" on one line
_BINDEN = re.compile(
    r"(?<=§) (?=\d)|(?<=\bAbs\.) (?=\d)|(?<=\bNr\.) (?=\d)|(?<=\bSatz) (?=\d)|(?<=\bS\.) (?=\d)"
    r"|(?<=\bArt\.) (?=\d)|(?<=\bz\.) (?=B\.)|(?<=\d) (?=(?:Jahre?|Monate?|Tage|%|€)(?!\w))"
)
_SYMBOL = {"erfuellt": "✓", "nicht_erfuellt": "✗", "ungeklaert": "?"}


def datum(value: Optional[str]) -> str:
    """``"2025-02-15"`` → ``"15.02.2025"``; ``None`` → ``"–"``.

    >>> datum("2025-02-15"), datum(None)
    ('15.02.2025', '–')
    """
    return "–" if value is None else format_datum(date.fromisoformat(value))


def absatz(text: str, erste: str = "", weitere: Optional[str] = None, breite: int = BREITE) -> str:
    """Wrap ``text``; the first line starts with ``erste``, later ones with ``weitere``.

    >>> print(absatz("eins zwei drei vier", "  - ", "    ", breite=14))
      - eins zwei
        drei vier
    >>> print(absatz("nach § 25b Abs. 1 AufenthG", breite=12))
    nach § 25b
    Abs. 1
    AufenthG
    """
    text = re.sub(r"[ \t\r\n]+", " ", str(text)).strip()
    text = _BINDEN.sub(_NBSP, text)
    return textwrap.fill(
        text,
        width=breite,
        initial_indent=erste,
        subsequent_indent=" " * len(erste) if weitere is None else weitere,
        break_on_hyphens=False,
    ).replace(_NBSP, " ")


def symbol(status: str) -> str:
    return f"[{_SYMBOL[status]}]"


def statuswort(status: str) -> str:
    return Status(status).text


def kurz(sha256: str) -> str:
    return sha256[:12] if sha256 else "–"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "htm", "xml"), default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=vorlagencache("text"),
    )
    env.filters.update(datum=datum, absatz=absatz, symbol=symbol, statuswort=statuswort, kurz=kurz)
    env.globals["BREITE"] = BREITE
    env.globals["LAGEN"] = LAGEN
    return env


def render(template: str, **context: Any) -> str:
    """Render ``templates/<template>``; any template problem becomes a RenderError."""
    try:
        return environment().get_template(template).render(**context)
    except jinja2.TemplateError as exc:
        line = getattr(exc, "lineno", None)
        raise RenderError(
            f"Ausgabe konnte nicht erzeugt werden (Vorlage {template})",
            [Problem(str(TEMPLATES / template), "", str(exc.message or exc), line)],
        ) from None


def text(bericht: dict[str, Any], *, ausfuehrlich: bool = False) -> str:
    """The printable Vorprüfung for one client (``bericht`` from :func:`kimrules.ausgabe.report.build`):
    by default the short one (about two screens: overview, household, the questions that can
    change a result, the deadlines that matter, next steps), with ``ausfuehrlich`` every
    requirement with its Fundstelle, facts, questions and documents. Never a control character
    (it goes to a terminal)."""
    return ohne_steuerzeichen(render("pruefung.txt.j2" if ausfuehrlich else "pruefung_kurz.txt.j2", bericht=bericht))
