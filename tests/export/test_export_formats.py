"""JSON Lines, ACLED-like CSV and GeoJSON export, with the --since/--until/--country/--type filters."""

from __future__ import annotations

import csv
import io
import json

import pytest

from marsad.document import Document
from marsad.export import COLUMNS, FORMATS, export, write_csv, write_geojson
from marsad.store import QueryError, Store

ACLED_NAMES = (
    "event_id_cnty event_date year time_precision event_type sub_event_type actor1 actor2 "
    "country admin1 location latitude longitude geo_precision notes source fatalities"
).split()
MARSAD_NAMES = (
    "marsad_type mode context modality actor1_country actor1_sector actor2_country "
    "actor2_sector attribution confidence doc_id evidence_start evidence_end iso3"
).split()


def run(store: Store, fmt: str, **filters) -> tuple[int, str]:
    out = io.StringIO()
    n = export(store, fmt, out, **filters)
    return n, out.getvalue()


def jsonl_ids(store: Store, **filters) -> list[str]:
    n, text = run(store, "jsonl", **filters)
    ids = [json.loads(line)["id"] for line in text.splitlines()]
    assert n == len(ids)
    return ids


def test_jsonl_carries_every_record_with_its_provenance(store: Store, docs: list[Document]) -> None:
    n, text = run(store, "jsonl")
    lines = text.splitlines()
    assert n == len(lines) == 6
    records = [json.loads(line) for line in lines]
    expected = [r for d in docs for r in d.to_extract_records()]
    assert [{k: v for k, v in r.items() if k != "document"} for r in records] == expected
    assert records[0]["document"] == {
        "title": None,
        "url": "https://example.org/a/1",
        "source": "Example News",
        "published": "2024-12-09",
    }
    assert "القائم" in lines[0]  # UTF-8, not \\u escapes
    assert [r["kind"] for r in records].count("statement") == 1


def test_csv_has_acled_columns_then_marsad_fields(store: Store) -> None:
    n, text = run(store, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n == len(rows) == 5  # events only: the statement has no CSV form
    header = text.splitlines()[0].split(",")
    assert header == list(COLUMNS)
    assert set(ACLED_NAMES) | set(MARSAD_NAMES) <= set(header)
    assert header.index("fatalities") < header.index("marsad_type")
    qaim = rows[0]
    assert qaim["event_id_cnty"] == "qaim:e1"
    assert (qaim["event_date"], qaim["year"], qaim["time_precision"]) == ("2024-12-07", "2024", "1")
    assert (qaim["disorder_type"], qaim["event_type"], qaim["sub_event_type"]) == (
        "Political violence",
        "Battles",
        "Armed clash",
    )
    assert (qaim["actor1"], qaim["actor2"]) == ("Iraqi Armed Forces", "مسلحين")
    assert (qaim["country"], qaim["iso3"], qaim["admin1"], qaim["location"]) == (
        "Iraq",
        "IRQ",
        "Anbar",
        "Al Qa'im",
    )
    assert (float(qaim["latitude"]), float(qaim["longitude"]), qaim["geo_precision"]) == (
        34.39,
        40.99,
        "1",
    )
    assert qaim["fatalities"] == "3"
    assert qaim["notes"].startswith("قتل ثلاثة مسلحين")
    assert qaim["source"] == "Example News"
    assert qaim["context"] == "military;terrorism"
    assert (qaim["actor1_country"], qaim["actor1_sector"], qaim["actor2_sector"]) == (
        "IRQ",
        "MIL",
        "UAF",
    )
    assert (qaim["attribution"], qaim["confidence"], qaim["marsad_type"]) == (
        "مصدر أمني",
        "0.82",
        "ASSAULT",
    )
    by_id = {r["event_id_cnty"]: r for r in rows}
    basra = by_id["basra:e1"]
    assert (basra["event_date"], basra["time_precision"], basra["disorder_type"]) == (
        "2024-12",
        "3",
        "Demonstrations",
    )
    assert basra["fatalities"] == "" and basra["people"] == "300"
    assert basra["size_approximate"] == "people" and qaim["size_approximate"] == ""
    assert basra["source"] == "news.example.net"  # no source name: the URL's host
    deir = by_id["deir:e1"]
    assert (deir["country"], deir["time_precision"], deir["event_type"]) == ("Syria", "2", "")
    assert by_id["iran:e1"]["latitude"] == "" and by_id["iran:e1"]["modality"] == "future"
    assert by_id["cairo:e1"]["year"] == "" and by_id["cairo:e1"]["country"] == "Egypt"


def test_geojson_is_rfc7946_points_with_flat_properties(store: Store) -> None:
    n, text = run(store, "geojson")
    fc = json.loads(text)
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    features = fc["features"]
    assert n == len(features) == 4  # the Iran threat has no location
    by_id = {f["id"]: f for f in features}
    assert set(by_id) == {"qaim:e1", "basra:e1", "deir:e1", "cairo:e1"}
    assert by_id["qaim:e1"]["geometry"] == {"type": "Point", "coordinates": [40.99, 34.39]}
    types_seen: dict[str, set[type]] = {}
    for f in features:
        assert f["type"] == "Feature"
        lon, lat = f["geometry"]["coordinates"]
        assert (lon, lat) == (f["properties"]["longitude"], f["properties"]["latitude"])
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert list(f["properties"]) == list(COLUMNS)
        for key, value in f["properties"].items():
            assert value is None or isinstance(value, str | int | float), (key, value)
            if value is not None:
                types_seen.setdefault(key, set()).add(type(value))
    # one type per attribute column, as GIS software expects (ints may widen to floats)
    assert all(len(t - {int}) <= 1 for t in types_seen.values()), types_seen
    assert by_id["basra:e1"]["properties"]["notes"].startswith("تظاهر مئات")


def test_writers_skip_statements_and_unlocated_events() -> None:
    records = [
        {"id": "x:s1", "kind": "statement", "verb": "قال"},
        {"id": "x:e1", "kind": "event", "type": "AID", "location": {"name": "Gaza"}},
        {"id": "x:e2", "kind": "event", "type": "AID", "location": {"lat": 95.0, "lon": 10.0}},
    ]
    assert write_csv(records, io.StringIO()) == 2
    out = io.StringIO()
    assert write_geojson(records, out) == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["qaim:e1", "basra:e1", "basra:s1", "deir:e1", "iran:e1", "cairo:e1"]),
        # month-precision basra and the range deir overlap December; undated cairo is out
        ({"since": "2024-12"}, ["qaim:e1", "basra:e1", "basra:s1", "deir:e1"]),
        ({"until": "2024-11"}, ["iran:e1"]),
        ({"until": "2024-12-03"}, ["basra:e1", "deir:e1", "iran:e1"]),
        ({"since": "2024-12-06", "until": "2024-12-06"}, ["basra:e1", "deir:e1"]),
        ({"since": "2024-12-07", "until": "2024-12-07"}, ["qaim:e1", "basra:e1"]),
        ({"since": "2024"}, ["qaim:e1", "basra:e1", "basra:s1", "deir:e1", "iran:e1"]),
        ({"since": "2025"}, []),
        # country is the event location's; statements have none, so they drop out
        ({"country": "irq"}, ["qaim:e1", "basra:e1"]),
        ({"country": ["SYR", "EGY"]}, ["deir:e1", "cairo:e1"]),
        ({"country": "IRN"}, []),
        ({"types": ["ASSAULT", "retreat"]}, ["qaim:e1", "deir:e1"]),
        ({"types": "PROTEST", "country": "IRQ", "since": "2024-12-01"}, ["basra:e1"]),
        # modality filters events only: a threat's future act is left out of a map of
        # what happened; statements have no modality and stay
        ({"modalities": "asserted"}, ["qaim:e1", "basra:e1", "basra:s1", "deir:e1", "cairo:e1"]),
        ({"modalities": ["FUTURE"]}, ["basra:s1", "iran:e1"]),
    ],
)
def test_filters(store: Store, filters: dict, expected: list[str]) -> None:
    assert jsonl_ids(store, **filters) == expected
    n, text = run(store, "csv", **filters)
    assert n == len([i for i in expected if ":e" in i]) == len(text.splitlines()) - 1


@pytest.mark.parametrize("bad", ["12/2024", "2024-1", "last week", "2024-12-07T10:00"])
def test_a_malformed_date_filter_is_a_clear_error(store: Store, bad: str) -> None:
    with pytest.raises(QueryError, match="YYYY"):
        run(store, "csv", since=bad)


def test_an_empty_window_or_an_unknown_modality_is_a_clear_error(store: Store) -> None:
    with pytest.raises(QueryError, match="after --until"):
        run(store, "csv", since="2024-12-08", until="2024-11")
    with pytest.raises(QueryError, match="unknown modality"):
        run(store, "csv", modalities="maybe")
    assert run(store, "csv", since="2024-12", until="2024-12-01")[0] >= 1  # overlapping: fine


def test_unknown_format_is_refused(store: Store) -> None:
    assert set(FORMATS) == {"jsonl", "csv", "geojson"}
    with pytest.raises(ValueError, match="xlsx"):
        run(store, "xlsx")


def test_export_of_an_empty_store_is_well_formed() -> None:
    with Store.open(":memory:") as store:
        assert run(store, "csv") == (0, ",".join(COLUMNS) + "\n")
        n, text = run(store, "geojson")
        assert n == 0 and json.loads(text)["features"] == []
        assert run(store, "jsonl") == (0, "")


def test_csv_row_says_where_the_location_came_from() -> None:
    from marsad.export.columns import event_row

    rec = {
        "id": "d:e1",
        "kind": "event",
        "type": "ASSAULT",
        "location": {
            "text": None,
            "name": "Syria",
            "country": "SYR",
            "precision": 3,
            "basis": "document",
        },
    }
    row = event_row(rec)
    assert (row["iso3"], row["geo_precision"], row["location_basis"]) == ("SYR", 3, "document")
    rec.update(date="2025-05-12/2025-05-18", date_precision="week", date_basis="published")
    assert (event_row(rec)["time_precision"], event_row(rec)["date_basis"]) == (2, "published")


def test_csv_row_gives_the_trigger_as_written() -> None:
    from marsad.export.columns import event_row

    rec = {"id": "d:e1", "kind": "event", "type": "ASSAULT"}
    assert event_row(rec)["trigger"] is None
    rec["trigger"] = {"start": 27, "end": 33, "text": "هاجموا"}
    assert event_row(rec)["trigger"] == "هاجموا"
