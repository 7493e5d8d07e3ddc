"""How contract records become rows, and export filters become SQL.

Nothing here serializes a record: the rows are cut from what
:meth:`Document.to_annotate_record` and :meth:`Document.to_extract_records` return,
and the whole record is kept as JSON beside the columns that filters need.

>>> split_date("2024-12-01/2024-12-07"), split_date("2024-12")
(('2024-12-01', '2024-12-07'), ('2024-12', '2024-12'))
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from marsad.document import Document

Row = tuple[Any, ...]

#: Annotate-record keys that have their own ``documents`` column (the rest go to ``extra``).
DOC_COLUMNS = (
    "doc_id",
    "title",
    "url",
    "source",
    "published",
    "published_from",
    "lang",
    "text",
    "removed",
    "sentences",
)
ISO_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def to_json(value: Any) -> str:
    """Compact UTF-8 JSON; NaN and infinities are refused (they are not JSON)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def split_date(value: Any) -> tuple[str | None, str | None]:
    """``"2024-12-01/2024-12-07"`` -> both ends; ``"2024-12"`` -> ``("2024-12", "2024-12")``."""
    if not isinstance(value, str) or not value:
        return None, None
    start, _, end = value.partition("/")
    return start or None, end or start or None


def now_utc() -> str:
    """The current UTC time, ``2024-12-09T10:11:12Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def as_upper_set(value: str | Iterable[str] | None) -> set[str]:
    """``"irq"`` or ``["IRQ", " syr "]`` -> ``{"IRQ"}`` / ``{"IRQ", "SYR"}``; None -> empty."""
    if value is None:
        return set()
    if isinstance(value, str):
        value = [value]
    return {v.strip().upper() for v in value if v and v.strip()}


def date_window(
    start_col: str, end_col: str, since: str | None, until: str | None
) -> tuple[list[str], list[Any]]:
    """SQL conditions (and their parameters) for an inclusive date window.

    Dates and bounds are compared at the coarser of their two precisions
    (``"2024-12"`` vs ``"2024-12-05"`` compares ``"2024-12"``), so a partial date
    counts when its period overlaps the window; ``start_col``/``end_col`` are the two
    ends of a range date (equal otherwise). A NULL date never matches.
    """
    where: list[str] = []
    params: list[Any] = []
    if since:
        where.append(
            f"{end_col} >= ? AND substr({end_col}, 1, min(length({end_col}), ?)) "
            f">= substr(?, 1, length({end_col}))"
        )
        params += [since[:4], len(since), since]
    if until:
        where.append(
            f"{start_col} IS NOT NULL AND substr({start_col}, 1, min(length({start_col}), ?)) "
            f"<= substr(?, 1, length({start_col}))"
        )
        params += [len(until), until]
    return where, params


def document_rows(doc: Document, digest: str) -> tuple[Row, list[Row], list[Row], list[Row]]:
    """The rows for one document, from the contract serializers (nothing re-serialized here)."""
    ann = doc.to_annotate_record()
    extra = {k: v for k, v in ann.items() if k not in DOC_COLUMNS and k != "mentions"}
    doc_row = (
        digest,
        ann["doc_id"],
        ann.get("title"),
        ann.get("url"),
        ann.get("source"),
        ann.get("published"),
        ann.get("published_from"),
        ann.get("lang"),
        ann["text"],
        to_json(ann.get("removed", [])),
        to_json(ann.get("sentences", [])),
        to_json(extra) if extra else None,
        now_utc(),
    )
    mention_rows = []
    for m in ann.get("mentions", []):
        value = m.get("value")
        if value is not None and not isinstance(value, str | int | float):
            value = to_json(value)
        mention_rows.append(
            (m["start"], m["end"], m["kind"], m["text"], value, m.get("precision"), to_json(m))
        )
    event_rows = []
    statement_rows = []
    for rec in doc.to_extract_records():
        kind = rec.get("kind")
        start, end = split_date(rec.get("date"))
        if kind == "event":
            location = rec.get("location") or {}
            event_rows.append(
                (rec["id"], rec.get("type"), start, end, location.get("country"), to_json(rec))
            )
        elif kind == "statement":
            speaker = rec.get("speaker") or {}
            statement_rows.append((rec["id"], start, end, speaker.get("country"), to_json(rec)))
        else:
            raise ValueError(f"record {rec.get('id')!r} has unknown kind {kind!r}")
    return doc_row, mention_rows, event_rows, statement_rows
