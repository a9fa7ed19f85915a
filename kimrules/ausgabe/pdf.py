"""HTML → PDF (A4) with WeasyPrint, for the checklists.

The HTML is self-contained (CSS and SVG inline). WeasyPrint's URL fetcher is limited
to ``data:`` URLs, so a document can never make the PDF step read a local file or the
network. Errors become :class:`kimrules.basis.errors.RenderError` (exit 6).
"""

from __future__ import annotations

from typing import Any

from kimrules.basis.errors import Problem, RenderError


def dokument(html: str) -> Any:
    """The laid-out document (``weasyprint.Document``: ``.pages``, ``.write_pdf()``)."""
    try:
        import weasyprint
    except ImportError as exc:  # pragma: no cover - weasyprint is a dependency
        raise RenderError("PDF kann nicht erzeugt werden: WeasyPrint ist nicht installiert",
                          [Problem("weasyprint", "", str(exc))]) from None
    try:
        abruf = weasyprint.URLFetcher(allowed_protocols=("data",))
        return weasyprint.HTML(string=html, base_url=None, url_fetcher=abruf).render()
    except Exception as exc:  # noqa: BLE001 - any failure of the PDF library is an output error
        raise RenderError("PDF konnte nicht erzeugt werden", [Problem("weasyprint", "", str(exc))]) from None


def schreiben(doc: Any) -> bytes:
    """The PDF bytes of a document from :func:`dokument`."""
    try:
        return doc.write_pdf()
    except Exception as exc:  # noqa: BLE001
        raise RenderError("PDF konnte nicht erzeugt werden", [Problem("weasyprint", "", str(exc))]) from None


def pdf(html: str) -> bytes:
    """The PDF of one self-contained HTML document."""
    return schreiben(dokument(html))
