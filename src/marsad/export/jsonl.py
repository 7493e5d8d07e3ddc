"""JSON Lines export: the extract records exactly as stored, one per line.

>>> import io
>>> out = io.StringIO()
>>> write_jsonl([{"id": "d1:e1", "kind": "event", "type": "PROTEST"}], out)
1
>>> out.getvalue()
'{"id": "d1:e1", "kind": "event", "type": "PROTEST"}\\n'
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write every record (events and statements) as one UTF-8 JSON line; return the count."""
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n
