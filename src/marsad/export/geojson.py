"""GeoJSON export (RFC 7946): a FeatureCollection of Point features, one per located event.

Only events whose location has both ``lat`` and ``lon`` become features (GeoJSON
needs a geometry to be useful on a map); statements and unlocated events are
skipped. Coordinates are ``[longitude, latitude]`` in WGS 84 (no ``crs`` member, as
RFC 7946 wants). Properties are the flat :data:`~marsad.export.columns.COLUMNS`, so
QGIS, ogr2ogr and geopandas show them as attribute columns. The file is written
feature by feature, so exports of any size stream.

>>> import io, json
>>> out = io.StringIO()
>>> write_geojson([{"id": "d1:e1", "kind": "event", "type": "ASSAULT",
...                 "location": {"name": "Mosul", "lat": 36.34, "lon": 43.13}}], out)
1
>>> json.loads(out.getvalue())["features"][0]["geometry"]
{'type': 'Point', 'coordinates': [43.13, 36.34]}
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from marsad.export.columns import event_row


def write_geojson(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write the FeatureCollection; return the number of features written."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for rec in records:
        if rec.get("kind") != "event":
            continue
        row = event_row(rec)
        lat, lon = row["latitude"], row["longitude"]
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            continue
        feature = {
            "type": "Feature",
            "id": row["event_id_cnty"],
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": row,
        }
        out.write(",\n" if n else "\n")
        out.write(json.dumps(feature, ensure_ascii=False, allow_nan=False))
        n += 1
    out.write("\n]}\n")
    return n
