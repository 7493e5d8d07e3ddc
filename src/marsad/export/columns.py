"""One flat row per event: ACLED-like columns first, then Marsad's own.

CSV and GeoJSON share these rows (:func:`event_row`), so a column means the same in
both. Values keep their types (``int``, ``float``, ``str``) and are ``None`` when
unknown; nothing is invented: a count the text does not state stays empty (ACLED
writes 0 fatalities; Marsad leaves ``fatalities`` empty unless a number of killed is
stated), and a partial date stays partial (``event_date="2024-12"`` with
``time_precision=3``).

>>> rec = {"id": "d1:e1", "doc_id": "d1", "kind": "event", "type": "ASSAULT",
...        "acled": {"event_type": "Battles", "sub_event_type": "Armed clash"},
...        "location": {"name": "Al Qa'im", "country": "IRQ", "lat": 34.39, "lon": 40.99,
...                     "precision": 1},
...        "date": "2024-12-07", "date_precision": "day", "size": {"killed": 3},
...        "evidence": {"start": 0, "end": 20, "text": "قتل 3 في القائم"}}
>>> row = event_row(rec)
>>> (row["event_date"], row["time_precision"], row["disorder_type"], row["country"])
('2024-12-07', 1, 'Political violence', 'Iraq')
>>> (row["latitude"], row["longitude"], row["fatalities"], row["marsad_type"])
(34.39, 40.99, 3, 'ASSAULT')
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

#: ACLED's column names, in ACLED's order, for the fields Marsad can fill.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "iso3",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)
#: Marsad's fields that ACLED has no column for.
MARSAD_COLUMNS: tuple[str, ...] = (
    "marsad_type",
    "mode",
    "context",
    "modality",
    "date_precision",
    "date_basis",
    "actor1_text",
    "actor1_id",
    "actor1_country",
    "actor1_sector",
    "actor2_text",
    "actor2_id",
    "actor2_country",
    "actor2_sector",
    "injured",
    "arrested",
    "people",
    "size_approximate",
    "tally",
    "geonameid",
    "location_text",
    "location_basis",
    "attribution",
    "attribution_speaker",
    "trigger",
    "confidence",
    "doc_id",
    "url",
    "published",
    "evidence_start",
    "evidence_end",
)
COLUMNS: tuple[str, ...] = ACLED_COLUMNS + MARSAD_COLUMNS


@cache
def _tables() -> dict[str, Any]:
    return json.loads(Path(__file__).with_name("acled.json").read_text(encoding="utf-8"))


@cache
def country_name(iso3: str | None) -> str | None:
    """English country name for an ISO 3166-1 alpha-3 code, spelled as ACLED does.

    >>> country_name("IRQ"), country_name("PSE"), country_name("XYZ")
    ('Iraq', 'Palestine', 'XYZ')
    """
    if not iso3:
        return None
    code = iso3.upper()
    override = _tables()["country_names"].get(code)
    if override:
        return override
    try:
        from babel import Locale
        from babel.core import get_global
    except ImportError:  # babel missing: the code is still an unambiguous name
        return code
    alpha2 = get_global("territory_aliases").get(code)
    if not alpha2:
        return code
    name = Locale("en").territories.get(alpha2[0])
    return name.replace(" & ", " and ") if name else code


def _time_precision(precision: str | None) -> int | None:
    return _tables()["time_precision"].get(precision) if precision else None


def _disorder_type(event_type: str | None, sub_event_type: str | None) -> str | None:
    table = _tables()["disorder_type"]
    return table["by_sub_event_type"].get(sub_event_type) or table["by_event_type"].get(event_type)


def _year(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def _source(document: dict[str, Any]) -> str | None:
    """The publisher: the document's ``source``, else the host of its URL."""
    if document.get("source"):
        return document["source"]
    url = document.get("url")
    return (urlparse(url).netloc or None) if url else None


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def event_row(rec: dict[str, Any]) -> dict[str, Any]:
    """Flatten one extract ``event`` record into :data:`COLUMNS` (see module doc).

    ``actor1``/``actor2`` are the canonical names (as written when unresolved);
    ``country``/``admin1``/``location`` and the coordinates are the event location's;
    ``notes`` is the evidence sentence; ``context`` is ``;``-joined. The optional
    ``"document"`` provenance that :meth:`Store.iter_records` adds fills ``source``,
    ``url`` and ``published``.
    """
    acled = rec.get("acled") or {}
    actor = rec.get("actor") or {}
    recipient = rec.get("recipient") or {}
    loc = rec.get("location") or {}
    size = rec.get("size") or {}
    attribution = rec.get("attribution") or {}
    speaker = attribution.get("speaker")
    evidence = rec.get("evidence") or {}
    document = rec.get("document") or {}
    date = rec.get("date")
    event_type = acled.get("event_type")
    sub_event_type = acled.get("sub_event_type")
    return {
        "event_id_cnty": rec.get("id"),
        "event_date": date,
        "year": _year(date),
        "time_precision": _time_precision(rec.get("date_precision")),
        "disorder_type": _disorder_type(event_type, sub_event_type),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor.get("name") or actor.get("text"),
        "actor2": recipient.get("name") or recipient.get("text"),
        "country": country_name(loc.get("country")),
        "iso3": loc.get("country"),
        "admin1": loc.get("admin1"),
        "location": loc.get("name") or loc.get("text"),
        "latitude": _number(loc.get("lat")),
        "longitude": _number(loc.get("lon")),
        "geo_precision": loc.get("precision"),
        "source": _source(document),
        "notes": evidence.get("text"),
        "fatalities": size.get("killed"),
        "marsad_type": rec.get("type"),
        "mode": rec.get("mode"),
        "context": ";".join(rec.get("context") or []) or None,
        "modality": rec.get("modality"),
        "date_precision": rec.get("date_precision"),
        "date_basis": rec.get("date_basis"),
        "actor1_text": actor.get("text"),
        "actor1_id": actor.get("id"),
        "actor1_country": actor.get("country"),
        "actor1_sector": actor.get("sector"),
        "actor2_text": recipient.get("text"),
        "actor2_id": recipient.get("id"),
        "actor2_country": recipient.get("country"),
        "actor2_sector": recipient.get("sector"),
        "injured": size.get("injured"),
        "arrested": size.get("arrested"),
        "people": size.get("people"),
        "size_approximate": ";".join(rec.get("size_approximate") or []) or None,
        # the counts add up acts over a period ("since the ceasefire"): not one event's toll
        "tally": rec.get("tally"),
        "geonameid": loc.get("geonameid"),
        "location_text": loc.get("text"),
        "location_basis": loc.get("basis"),
        "attribution": attribution.get("text"),
        "attribution_speaker": (
            speaker.get("name") or speaker.get("text") if isinstance(speaker, dict) else speaker
        ),
        "trigger": (rec.get("trigger") or {}).get("text"),
        "confidence": rec.get("confidence"),
        "doc_id": rec.get("doc_id"),
        "url": document.get("url"),
        "published": document.get("published"),
        "evidence_start": evidence.get("start"),
        "evidence_end": evidence.get("end"),
    }
