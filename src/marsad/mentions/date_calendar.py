"""Calendar arithmetic for date resolution: Hijri conversion, month and week shifts.

Hijri dates convert with the Umm al-Qura calendar (:mod:`hijridate`, years 1343-1500 AH);
outside that range the arithmetic (tabular) Islamic calendar is used.

>>> hijri_to_gregorian(1436, 10, 4)
datetime.date(2015, 7, 20)
>>> gregorian_to_hijri(date(2015, 7, 21))
(1436, 10, 5)
>>> shift_month(2015, 1, -2)
(2014, 11)
>>> week_range(date(2015, 7, 21), week_start=6)   # Sunday-first week
(datetime.date(2015, 7, 19), datetime.date(2015, 7, 25))
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

from hijridate import Gregorian, Hijri

_UMM_AL_QURA = (1343, 1500)
_ISLAMIC_EPOCH = 1948439  # Julian day number of 1 Muharram 1 AH (civil)


def _jdn_to_date(jdn: int) -> date:
    return date.fromordinal(jdn - 1721425)


def _date_to_jdn(d: date) -> int:
    return d.toordinal() + 1721425


@lru_cache(maxsize=4096)
def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri date, or None when it does not exist."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    if _UMM_AL_QURA[0] <= year <= _UMM_AL_QURA[1]:
        try:
            h = Hijri(year, month, 1)
            if day > h.month_length():
                return None
            g = Hijri(year, month, day).to_gregorian()
            return date(g.year, g.month, g.day)
        except (ValueError, OverflowError):
            return None
    if year < 1:
        return None
    jdn = (
        day
        + int(29.5 * (month - 1) + 0.99)
        + (year - 1) * 354
        + (3 + 11 * year) // 30
        + _ISLAMIC_EPOCH
        - 1
    )
    return _jdn_to_date(jdn)


@lru_cache(maxsize=4096)
def gregorian_to_hijri(d: date) -> tuple[int, int, int]:
    """``(year, month, day)`` of the Hijri date of ``d``."""
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
        return h.year, h.month, h.day
    except (ValueError, OverflowError):
        pass
    year = max(1, int((_date_to_jdn(d) - _ISLAMIC_EPOCH) * 30 / 10631) + 1)
    while year > 1 and (hijri_to_gregorian(year, 1, 1) or d) > d:
        year -= 1
    while (hijri_to_gregorian(year + 1, 1, 1) or d) <= d:
        year += 1
    month = 12
    while month > 1 and (hijri_to_gregorian(year, month, 1) or d) > d:
        month -= 1
    first = hijri_to_gregorian(year, month, 1) or d
    return year, month, (d - first).days + 1


def hijri_month_range(year: int, month: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a Hijri month."""
    first = hijri_to_gregorian(year, month, 1)
    ny, nm = (year + 1, 1) if month == 12 else (year, month + 1)
    nxt = hijri_to_gregorian(ny, nm, 1)
    if first is None or nxt is None:
        return None
    return first, nxt - timedelta(days=1)


def hijri_year_range(year: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a Hijri year."""
    first = hijri_to_gregorian(year, 1, 1)
    nxt = hijri_to_gregorian(year + 1, 1, 1)
    if first is None or nxt is None:
        return None
    return first, nxt - timedelta(days=1)


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)`` or None when it does not exist."""
    if not (1 <= month <= 12) or not (1 <= year <= 9999):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``delta`` months."""
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def shift_hijri_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """Same as :func:`shift_month` for Hijri months (12 a year as well)."""
    return shift_month(year, month, delta)


def shift_date(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (``day``/``week``/``month``/``year``), clamping the day."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(days=7 * n)
    if unit == "month":
        y, m = shift_month(d.year, d.month, n)
    elif unit == "year":
        y, m = d.year + n, d.month
    else:
        raise ValueError(unit)
    last = calendar.monthrange(y, m)[1]
    return date(y, m, min(d.day, last))


def week_range(d: date, week_start: int = 0) -> tuple[date, date]:
    """The 7-day week containing ``d`` (``week_start``: 0 Monday ... 6 Sunday)."""
    start = d - timedelta(days=(d.weekday() - week_start) % 7)
    return start, start + timedelta(days=6)


def weekday_on_or_before(ref: date, weekday: int, strict: bool = False) -> date:
    """The latest day with ``weekday`` on or before ``ref`` (strictly before if ``strict``)."""
    back = (ref.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return ref - timedelta(days=back)


def weekday_on_or_after(ref: date, weekday: int, strict: bool = False) -> date:
    """The earliest day with ``weekday`` on or after ``ref`` (strictly after if ``strict``)."""
    ahead = (weekday - ref.weekday()) % 7
    if strict and ahead == 0:
        ahead = 7
    return ref + timedelta(days=ahead)


def weekday_nearest(ref: date, weekday: int) -> date:
    """The day with ``weekday`` nearest to ``ref`` (ties go back in time)."""
    before = weekday_on_or_before(ref, weekday)
    after = weekday_on_or_after(ref, weekday)
    return before if (ref - before) <= (after - ref) else after
