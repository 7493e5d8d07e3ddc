"""One JSON input object -> one :class:`~marsad.document.Document`.

Field names follow ``../shared/spec/records.md``: ``id``, ``text`` (or ``html``),
``title``, ``published``, ``url``, ``source``, ``lang``. Common variants are read
too: SaudiNewsNet's ``content`` (text) and ``date_extracted`` (published), and
``doc_id`` (Marsad's own output, fed back in). A missing id is derived by the
reader (``"<file stem>-<index>"``).

>>> doc, derived = record_to_document(
...     {"title": "", "content": "أعلن الجيش ...", "date_extracted": "2015-07-21 02:51:32",
...      "url": "http://www.spa.gov.sa/1", "source": "was"},
...     default_id="2015-07-21-0", max_bytes=10_000_000)
>>> (doc.id, derived, doc.title, doc.published, doc.published_from)
('2015-07-21-0', True, None, '2015-07-21T02:51:32', 'input')
"""

from __future__ import annotations

from typing import Any

from marsad.document import Document
from marsad.ingest.dates import normalize_published
from marsad.ingest.errors import Reject, too_large
from marsad.ingest.html import extract_html

__all__ = ["check_size", "json_type", "record_to_document"]

#: Input field names, in order of preference.
ID_FIELDS = ("id", "doc_id")
TEXT_FIELDS = ("text", "content")
#: ``kind`` values of the records ``marsad extract`` writes (with ``doc_id`` and
#: ``evidence``): they are output, never documents.
EXTRACT_KINDS = ("event", "statement")
HTML_FIELDS = ("html",)
PUBLISHED_FIELDS = ("published", "date_published", "date", "date_extracted")


def check_size(text: str, max_bytes: int, doc_id: str | None = None) -> None:
    """Raise the "document too large" :class:`Reject` when ``text`` exceeds ``max_bytes`` in UTF-8.

    Only texts longer than ``max_bytes // 4`` characters are encoded to count bytes.
    """
    if len(text) > max_bytes // 4:
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > max_bytes:
            err = too_large(size, max_bytes)
            err.doc_id = doc_id
            raise err


def _string(obj: dict[str, Any], names: tuple[str, ...], doc_id: str | None) -> str | None:
    """The first of ``names`` present with a non-null value; it must be a string."""
    for name in names:
        value = obj.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise Reject(f"field {name!r} must be a string, got {type(value).__name__}", doc_id)
        return value
    return None


def _optional(obj: dict[str, Any], name: str) -> str | None:
    """A metadata string, stripped; empty or non-string values count as absent."""
    value = obj.get(name)
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def _lang(value: str | None) -> str | None:
    """``"AR"``, ``"ar-SA"``, ``"ar_EG"`` -> ``"ar"``; anything not ISO 639-1-shaped -> None."""
    if not value:
        return None
    primary = value.replace("_", "-").split("-", 1)[0].lower()
    return primary if len(primary) == 2 and primary.isalpha() else None


def _doc_id(obj: dict[str, Any]) -> str | None:
    for name in ID_FIELDS:
        value = obj.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise Reject(f"field {name!r} must be a string, got {type(value).__name__}")
        value = str(value).strip()
        if value:
            return value
    return None


def read_published(obj: dict[str, Any]) -> tuple[str | None, str | None]:
    """``(day, unreadable)`` of a JSON record's ``published`` fields (:data:`PUBLISHED_FIELDS`,
    first match wins): the first value naming a full day, normalized, else None; and, when
    none does, the first non-empty value as written (``"yesterday"``, ``"2015-13-45"``).

    >>> read_published({"published": "soon"}), read_published({"date": "2015-08-01"})
    ((None, 'soon'), ('2015-08-01', None))
    """
    bad = None
    for name in PUBLISHED_FIELDS:
        value = obj.get(name)
        if value in (None, ""):
            continue
        day = normalize_published(value)
        if day:
            return day, None
        bad = bad or str(value)
    return None, bad


def unreadable_published(obj: Any) -> str | None:
    """The unreadable ``published`` value of a JSON record (:func:`read_published`), or None."""
    return read_published(obj)[1] if isinstance(obj, dict) else None


def record_to_document(obj: Any, *, default_id: str, max_bytes: int) -> tuple[Document, bool]:
    """Build a Document from one JSON value; return it and whether its id was derived.

    Raises :class:`Reject` for a non-object, a missing/non-string text, an empty
    text and a text over ``max_bytes``. A ``published`` value that names no full
    day is ignored (the document then counts as having no date).
    """
    if not isinstance(obj, dict):
        raise Reject(f"expected a JSON object, got {json_type(obj)}")
    if obj.get("kind") in EXTRACT_KINDS and "doc_id" in obj and "evidence" in obj:
        raise Reject(
            f"a Marsad extract {obj['kind']} record, not a document: ingest the articles it "
            "came from",
            _doc_id(obj),
        )
    explicit = _doc_id(obj)
    doc_id = explicit or default_id

    title = _optional(obj, "title")
    url = _optional(obj, "url")
    published = read_published(obj)[0]

    text = _string(obj, TEXT_FIELDS, doc_id)
    if text is None:
        html = _string(obj, HTML_FIELDS, doc_id)
        if html is None:
            raise Reject("no text: expected a 'text', 'content' or 'html' field", doc_id)
        check_size(html, max_bytes, doc_id)
        page = extract_html(html, url)
        text = page.text
        title = title or page.title
        published = published or page.published
    check_size(text, max_bytes, doc_id)
    if not text.strip():
        raise Reject("empty document", doc_id)

    doc = Document(
        id=doc_id,
        raw=text,
        title=title,
        published=published,
        published_from="input" if published else "none",
        url=url,
        source=_optional(obj, "source"),
        lang=_lang(_optional(obj, "lang")),
    )
    return doc, explicit is None


def json_type(value: Any) -> str:
    """JSON's name for a parsed value's type: ``[]`` -> ``"list"``, ``"x"`` -> ``"string"``."""
    names = {list: "list", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
