"""normalize_published: the date forms news inputs carry -> ISO 8601."""

from __future__ import annotations

import pytest

from marsad.ingest.dates import normalize_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-07-21 02:51:32", "2015-07-21T02:51:32"),  # SaudiNewsNet date_extracted
        ("2024-12-09", "2024-12-09"),
        ("2024-12-09T10:30:00+03:00", "2024-12-09T10:30:00+03:00"),
        ("2024-12-09T10:30:00.123Z", "2024-12-09T10:30:00+00:00"),
        ("2024-12-09T10:30+0300", "2024-12-09T10:30:00+03:00"),
        ("2015/7/21", "2015-07-21"),
        ("Mon, 09 Dec 2024 10:30:00 +0300", "2024-12-09T10:30:00+03:00"),
        ("09/12/2024", "2024-12-09"),  # day first
        ("9 December 2024", "2024-12-09"),
    ],
)
def test_normalizes(value: str, expected: str) -> None:
    assert normalize_published(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", "  ", "2024-13-01", "2024-02-30", "2024-12", "December 2024", "yesterday", None, 20241209],
)
def test_rejects_what_names_no_full_day(value: object) -> None:
    assert normalize_published(value) is None
