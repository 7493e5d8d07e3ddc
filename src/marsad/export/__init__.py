"""Exporting stored records: JSON Lines, ACLED-like CSV, GeoJSON (``marsad export``).

``jsonl`` carries every record, events and statements, as the extract contract
(plus a ``document`` provenance object). ``csv`` and ``geojson`` carry events only
(GeoJSON: only events with coordinates); see :mod:`marsad.export.columns`.

>>> import io
>>> from marsad.store import Store
>>> with Store.open(":memory:") as store:
...     export(store, "geojson", io.StringIO(), country="IRQ")
0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TextIO

from marsad.export.columns import ACLED_COLUMNS, COLUMNS, MARSAD_COLUMNS, event_row
from marsad.export.csvfile import write_csv
from marsad.export.geojson import write_geojson
from marsad.export.jsonl import write_jsonl

if TYPE_CHECKING:
    from marsad.store import Store

Writer = Callable[[Iterable[dict[str, Any]], TextIO], int]

#: ``--format`` name -> (writer, record kinds it carries).
FORMATS: dict[str, tuple[Writer, tuple[str, ...]]] = {
    "jsonl": (write_jsonl, ("event", "statement")),
    "csv": (write_csv, ("event",)),
    "geojson": (write_geojson, ("event",)),
}


def export(store: Store, fmt: str, out: TextIO, **filters: Any) -> int:
    """Write ``store``'s records in format ``fmt`` to ``out``; return how many were written.

    ``filters`` go to :meth:`marsad.store.Store.iter_records`: ``since``, ``until``
    (ISO prefixes, inclusive), ``country`` (ISO3 of the event location), ``types``
    (PLOVER types). Raises ``ValueError`` for an unknown format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    writer, kinds = FORMATS[fmt]
    filters.setdefault("kinds", kinds)
    return writer(store.iter_records(**filters), out)


__all__ = [
    "ACLED_COLUMNS",
    "COLUMNS",
    "FORMATS",
    "MARSAD_COLUMNS",
    "event_row",
    "export",
    "write_csv",
    "write_geojson",
    "write_jsonl",
]
