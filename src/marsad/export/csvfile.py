"""CSV export: one row per event, ACLED-like columns then Marsad's (see :mod:`.columns`).

Statements have no CSV form (they have no type, location or actors in ACLED's sense):
records of another ``kind`` are skipped. Empty cells are unknown values. Rows end
with ``\\n``; cells holding line breaks are quoted.

>>> import io
>>> out = io.StringIO()
>>> write_csv([{"id": "d1:e1", "kind": "event", "type": "PROTEST", "date": "2024-12"},
...            {"id": "d1:s1", "kind": "statement"}], out)
1
>>> out.getvalue().splitlines()[1][:20]
'd1:e1,2024-12,2024,,'
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from marsad.export.columns import COLUMNS, event_row


def write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write a header and one row per ``kind: event`` record; return the number of rows."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n", extrasaction="raise")
    writer.writeheader()
    n = 0
    for rec in records:
        if rec.get("kind") != "event":
            continue
        writer.writerow(event_row(rec))
        n += 1
    return n
