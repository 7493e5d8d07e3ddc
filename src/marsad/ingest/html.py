"""HTML pages -> main text, title and publication date (via trafilatura).

Boilerplate (navigation, footers, comment threads) is left out; the extracted
text becomes the document's ``raw``. The page's ``<meta charset>`` is offered to
:func:`~marsad.ingest.decode.decode_bytes` as a hint for pages that are not UTF-8.

>>> page = extract_html("<html><head><title>Blast in Baghdad</title></head><body>"
...     "<article><p>Three people were killed in Baghdad on Saturday.</p></article></body></html>")
>>> page.text
'Three people were killed in Baghdad on Saturday.'
>>> page.title
'Blast in Baghdad'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.ingest.dates import normalize_published
from marsad.ingest.decode import DecodeError, decode_bytes
from marsad.ingest.errors import Reject

__all__ = ["HtmlContent", "declared_charset", "extract_html", "html_bytes_to_content"]

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


@dataclass(slots=True)
class HtmlContent:
    """What a page yields: main ``text`` ("" when none), ``title`` and ISO ``published``."""

    text: str
    title: str | None
    published: str | None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB, e.g. ``b'<meta charset="windows-1256">'``.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
    'windows-1256'
    """
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def extract_html(html: str, url: str | None = None) -> HtmlContent:
    """Main text, title and date of an HTML page given as text.

    Raises :class:`~marsad.ingest.errors.Reject` when trafilatura fails on the markup.
    """
    import trafilatura  # heavy import: only when HTML arrives

    if not html.strip():
        return HtmlContent("", None, None)
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False
        )
    except Exception as e:  # trafilatura/lxml raise many kinds on broken markup
        raise Reject(f"HTML extraction failed: {type(e).__name__}: {e}") from None
    text = (result.text or "") if result is not None else ""
    if not text.strip():
        # a fragment without a page around it ("<p>...</p>"): trafilatura's main-text
        # extraction finds no article in it, its baseline keeps its paragraphs
        text = _baseline_text(html)
    if result is None:
        return HtmlContent(text, None, None)
    title = (result.title or "").strip() or None
    return HtmlContent(text, title, normalize_published(result.date))


def _baseline_text(html: str) -> str:
    """The text of a page or fragment by trafilatura's baseline (paragraphs, no scripts);
    a fragment is wrapped in a body first, which the baseline needs."""
    import trafilatura

    page = (
        html if re.search(r"<\s*(html|body)\b", html, re.I) else f"<html><body>{html}</body></html>"
    )
    try:
        return trafilatura.baseline(page)[1] or ""
    except Exception:  # noqa: BLE001 - broken markup: nothing to read
        return ""


def html_bytes_to_content(data: bytes, url: str | None = None) -> HtmlContent:
    """Decode a page's bytes (honouring its declared charset) and extract it."""
    try:
        html = decode_bytes(data, hint=declared_charset(data))
    except DecodeError as e:
        raise Reject(e.problem) from None
    return extract_html(html, url)
