"""Publication dates as inputs give them -> ISO 8601 (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SS``).

Readers meet ``2015-07-21 02:51:32`` (SaudiNewsNet), ``2024-12-09T10:30:00+03:00``
(page metadata), ``Mon, 09 Dec 2024 10:30:00 +0300`` (RSS) and the odd
``09/12/2024``. :func:`normalize_published` turns each into ISO 8601, keeping a
time and a UTC offset when the input has them, or returns ``None`` when the
string names no full calendar day. The result never depends on today's date.

>>> normalize_published("2015-07-21 02:51:32")
'2015-07-21T02:51:32'
>>> normalize_published("Mon, 09 Dec 2024 10:30:00 +0300")
'2024-12-09T10:30:00+03:00'
>>> normalize_published("2024-12") is None
True
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

__all__ = ["normalize_published"]

_ISO = re.compile(
    r"(?P<date>\d{4}[-/]\d{1,2}[-/]\d{1,2})"
    r"(?:[T ](?P<time>\d{1,2}:\d{2}(?::\d{2})?)(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?"
)
#: dateparser settings: absolute dates only, day-month-year order for ambiguous
#: numeric dates (the Arab world's and Europe's), all three parts required so that
#: nothing is filled in from the current date.
_DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "DATE_ORDER": "DMY",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
}


def _format(dt: datetime, has_time: bool) -> str:
    if not has_time:
        return dt.date().isoformat()
    return dt.isoformat(timespec="seconds")


def _from_iso(m: re.Match[str]) -> str | None:
    """ISO-shaped match -> canonical ISO string, or None for an impossible date/time."""
    date_s, time_s, tz = m["date"], m["time"], m["tz"] or ""
    if len(date_s) != 10 or "/" in date_s:
        y, mo, d = (int(p) for p in re.split(r"[-/]", date_s))
        date_s = f"{y:04d}-{mo:02d}-{d:02d}"
    if not time_s:
        try:
            return date.fromisoformat(date_s).isoformat()
        except ValueError:
            return None
    if len(time_s) != 8:
        hms = [int(p) for p in time_s.split(":")] + [0]
        time_s = f"{hms[0]:02d}:{hms[1]:02d}:{hms[2]:02d}"
    if tz == "Z":
        tz = "+00:00"
    elif tz and ":" not in tz:
        tz = f"{tz[:3]}:{tz[3:]}"
    try:
        return datetime.fromisoformat(f"{date_s}T{time_s}{tz}").isoformat(timespec="seconds")
    except ValueError:
        return None


def _from_rfc2822(value: str) -> str | None:
    if "," not in value and not re.search(r"\d{2}:\d{2}", value):
        return None
    try:
        dt = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None:
        return None
    return _format(dt, True)


def _from_dateparser(value: str) -> str | None:
    try:
        import dateparser  # slow to import; only odd formats get here
    except ImportError:  # optional: ISO and RFC 2822 dates need no dependency
        return None

    try:
        dt = dateparser.parse(value, settings=_DATEPARSER_SETTINGS)
    except (ValueError, OverflowError, TypeError):
        return None
    if dt is None:
        return None
    return _format(dt, bool(re.search(r"\d:\d{2}", value)))


def normalize_published(value: Any) -> str | None:
    """ISO 8601 form of a publication date string, or ``None`` when it names no full day.

    Only strings are read (numbers and other JSON values give ``None``).

    >>> normalize_published("2024-12-09T10:30:00Z")
    '2024-12-09T10:30:00+00:00'
    >>> normalize_published("2015/7/21")
    '2015-07-21'
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > 100:
        return None
    m = _ISO.fullmatch(value)
    if m:  # ISO-shaped: valid or not, never reinterpreted by the fallbacks
        return _from_iso(m)
    return _from_rfc2822(value) or _from_dateparser(value)
