"""Place a frame on the calendar: from what an expression says to a value and precision.

Values follow ``../shared/spec/records.md``: ``YYYY-MM-DD`` (day), ``YYYY-MM`` (month),
``YYYY`` (year), or ``start/end`` for ranges, weeks and Hijri months or years (which do
not coincide with Gregorian months). Relative expressions need a reference date;
anaphoric ones ("في اليوم التالي") the previously resolved date.

Year inference for a day and month without a year: the reference year when that puts
the date on or before the reference; a date after the reference stays in the reference
year when the clause speaks of the future or the date is at most
:data:`FORWARD_DAYS` ahead (news announces coming days), else it goes back a year
(a month named alone: :data:`FORWARD_MONTHS`). In a future-tense clause a date more
than :data:`FUTURE_BEHIND_DAYS` before the reference moves to the next year. A weekday named with the date picks, among the
neighbouring years, the one in which they agree.
"الماضي" / "المقبل" / "الجاري" after a month force the previous / next / current one.

>>> from marsad.mentions.date_frames import Frame
>>> ctx = Context(ref=date(2024, 12, 9))
>>> resolve_frame(Frame(day=7, month=12), "date", ctx).value
'2024-12-07'
>>> resolve_frame(Frame(weekday=5), "date", ctx).value   # a bare Saturday, past tense
'2024-12-07'
>>> resolve_frame(Frame(unit="month", direction="past"), "date", ctx).value
'2024-11'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from marsad.mentions.date_calendar import (
    gregorian_to_hijri,
    hijri_month_range,
    hijri_to_gregorian,
    hijri_year_range,
    safe_date,
    shift_date,
    shift_month,
    week_range,
    weekday_nearest,
    weekday_on_or_after,
    weekday_on_or_before,
)
from marsad.mentions.date_frames import Frame

#: A day-month after the reference still belongs to the reference year up to this many
#: days ahead, even in a past-tense clause.
FORWARD_DAYS = 45
#: In a future-tense clause a date before the reference moves to the next year only when
#: it lies more than this many days behind (a date just passed is more likely a misread
#: tense or a late reference date than an event a year away).
FUTURE_BEHIND_DAYS = 30
#: Likewise for a month named alone ("في سبتمبر" read in July is the coming September).
FORWARD_MONTHS = 5
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_SHIFT = {"past": -1, "next": 1, "next2": 2, "this": 0, None: 0}
_ANAPHOR_SHIFT = {"same": 0, "next": 1, "prev": -1, None: 0}


@dataclass(slots=True)
class Resolved:
    """A resolved date: the covered days, the precision and the contract ``value``."""

    start: date
    end: date
    precision: str
    value: str
    inferred: bool = False  # the year (or the whole date) came from the reference


@dataclass(slots=True)
class Context:
    """What resolution needs beyond the frame."""

    ref: date | None
    future: bool = False
    prev: Resolved | None = None
    week_start: int = 0
    month_calendar: str = "g"  # calendar of "25 الجاري" (the current month)


def day_value(d: date) -> Resolved:
    """A day-precision value."""
    return Resolved(d, d, "day", d.isoformat())


def month_value(y: int, m: int) -> Resolved:
    """A Gregorian month."""
    start = date(y, m, 1)
    end = shift_date(start, "month", 1) - timedelta(days=1)
    return Resolved(start, end, "month", f"{y:04d}-{m:02d}")


def year_value(y: int) -> Resolved:
    """A Gregorian year."""
    return Resolved(date(y, 1, 1), date(y, 12, 31), "year", f"{y:04d}")


def span_value(start: date, end: date, precision: str) -> Resolved:
    """A value written as an ISO range ``start/end``."""
    return Resolved(start, end, precision, f"{start.isoformat()}/{end.isoformat()}")


def unit_value(d: date, unit: str, week_start: int) -> Resolved:
    """The ``unit`` (day/week/month/year) that contains ``d``."""
    if unit == "day":
        return day_value(d)
    if unit == "week":
        s, e = week_range(d, week_start)
        return span_value(s, e, "week")
    if unit == "month":
        return month_value(d.year, d.month)
    return year_value(d.year)


def resolve_frame(f: Frame, rule_type: str, ctx: Context) -> Resolved | None:
    """The calendar value of frame ``f`` (see module doc), or None when it cannot be placed."""
    if rule_type == "relative":
        return _relative(f, ctx)
    if f.numdate:
        return _numdate(f)
    if f.month is not None:
        return _explicit(f, ctx)
    if f.anaphor is not None or f.demonstrative == "that":
        return _anaphor(f, ctx)
    if f.year is not None:
        return _year_only(f)
    if ctx.ref is None:
        return None
    if f.day is not None:
        if f.unit in (None, "month", "day") and (f.direction is not None or f.unit == "month"):
            return _day_of_month(f, ctx)
        if f.weekday is None:
            return None
    if f.weekday is not None:
        return _weekday(f, ctx)
    if f.deictic is not None:
        return day_value(ctx.ref + timedelta(days=f.deictic))
    unit = f.unit
    if unit is None and f.edge is not None and f.direction == "this":
        unit = "month"  # "نهاية الجاري": the end of the current month
    if unit in ("week", "month", "year") and (
        f.direction is not None or f.demonstrative == "this" or f.edge is not None
    ):
        if unit == "month" and ctx.month_calendar == "h":
            return _hijri_month_shift(ctx.ref, _SHIFT[f.direction])
        d = shift_date(ctx.ref, unit, _SHIFT[f.direction])
        shift = _SHIFT[f.direction]
        if unit == "week" and f.edge in ("later", "earlier") and shift == 0:
            return _week_part(ctx.ref, f.edge, ctx.week_start)
        return unit_value(d, unit, ctx.week_start)
    return None


def _week_part(ref: date, edge: str, week_start: int) -> Resolved:
    """ "later this week": the days of the reference's week after it; "earlier this week":
    the days before it (the reference day itself when none is left). A calendar edge ("end
    of this week", "نهاية الأسبوع الحالي") keeps the whole week."""
    s, e = week_range(ref, week_start)
    if edge == "later":
        s = min(ref + timedelta(days=1), e)
    else:
        e = max(ref - timedelta(days=1), s)
    return span_value(s, e, "week") if s != e else Resolved(s, s, "week", s.isoformat())


def _hijri_month_shift(ref: date, delta: int) -> Resolved | None:
    """The Hijri month ``delta`` months from the one containing ``ref``."""
    hy, hm, _ = gregorian_to_hijri(ref)
    hy, hm = shift_month(hy, hm, delta)
    rng = hijri_month_range(hy, hm)
    return span_value(rng[0], rng[1], "month") if rng else None


def _numdate(f: Frame) -> Resolved | None:
    assert f.year is not None and f.month is not None and f.day is not None
    if f.calendar == "h":
        d = hijri_to_gregorian(f.year, f.month, f.day)
    else:
        d = safe_date(f.year, f.month, f.day)
    return day_value(d) if d else None


def infer_year(
    ref_ymd: tuple[int, int, int], month: int, day: int | None, direction: str | None, future: bool
) -> int:
    """The year of ``day``/``month`` (day None: the month alone) seen from ``ref_ymd``.

    Works for either calendar: all arguments are in the calendar of the month.

    >>> infer_year((2015, 7, 21), 7, 20, None, False), infer_year((2015, 7, 21), 12, 10, None, False)
    (2015, 2014)
    >>> infer_year((2015, 12, 28), 1, 3, None, True), infer_year((2015, 7, 21), 7, None, "past", False)
    (2016, 2014)
    >>> infer_year((2015, 7, 24), 5, 30, None, True)   # future tense: the next 30 May
    2016
    """
    ry, rm, rd = ref_ymd
    if direction == "next2":
        direction = "next"
    key = (month, day or 0)
    rkey = (rm, rd if day else 0)
    if direction == "this":
        return ry
    if direction == "past":
        return ry if key < rkey else ry - 1
    if direction == "next":
        return ry if key > rkey else ry + 1
    if future:
        behind = (rm - month) * 30.5 + ((rd - day) if day else 0)
        return ry + 1 if key < rkey and behind > FUTURE_BEHIND_DAYS else ry
    if key <= rkey:
        return ry
    if day is None:
        return ry if month - rm <= FORWARD_MONTHS else ry - 1
    ahead = (month - rm) * 30.5 + (day - rd)
    return ry if ahead <= FORWARD_DAYS else ry - 1


def _explicit(f: Frame, ctx: Context) -> Resolved | None:
    m = f.month
    assert m is not None
    if f.calendar == "h":
        return _explicit_hijri(f, ctx)
    inferred = False
    if f.year is not None:
        if not 1000 <= f.year <= 2100 or f.era == "h":
            return None
        y = f.year
    else:
        if ctx.ref is None:
            return None
        ref = ctx.ref
        prev = ctx.prev
        if f.year_dir is not None:
            y = ref.year + _SHIFT[f.year_dir]
        elif (
            f.day is not None
            and prev is not None
            and prev.precision in ("month", "day")
            and prev.start.month == m
        ):  # "حرب أكتوبر 1973 ... في يومي 24 و25 أكتوبر": days of the month just named
            y = prev.start.year
        else:
            y = infer_year((ref.year, ref.month, ref.day), m, f.day, f.direction, ctx.future)
            if f.weekday is not None and f.day is not None:
                y = _agreeing_year(y, f.weekday, lambda yy: safe_date(yy, m, f.day))
        inferred = True
    if f.day is not None:
        d = safe_date(y, m, f.day)
        if d is None:
            return None
        r = day_value(d)
    else:
        r = month_value(y, m)
    r.inferred = inferred
    return r


def _agreeing_year(year: int, weekday: int, to_date: Callable[[int], date | None]) -> int:
    """``year``, or the nearest neighbouring year in which the date falls on ``weekday``."""
    for cand in (year, year - 1, year + 1):
        d = to_date(cand)
        if d is not None and d.weekday() == weekday:
            return cand
    return year


def _explicit_hijri(f: Frame, ctx: Context) -> Resolved | None:
    m = f.month
    assert m is not None
    inferred = False
    if f.year is not None and f.year > 1500:
        # "رمضان 2015": the Hijri year whose month falls in that Gregorian year
        hy = gregorian_to_hijri(date(f.year, 7, 1))[0]
        for cand in (hy, hy - 1, hy + 1):
            rng = hijri_month_range(cand, m)
            if rng and rng[0].year == f.year:
                hy = cand
                break
    elif f.year is not None:
        hy = f.year
    else:
        if ctx.ref is None:
            return None
        href = gregorian_to_hijri(ctx.ref)
        if f.year_dir is not None:
            hy = href[0] + _SHIFT[f.year_dir]
        else:
            hy = infer_year(href, m, f.day, f.direction, ctx.future)
            if f.weekday is not None and f.day is not None:
                hy = _agreeing_year(hy, f.weekday, lambda yy: hijri_to_gregorian(yy, m, f.day))
        inferred = True
    if f.day is not None:
        d = hijri_to_gregorian(hy, m, f.day)
        if d is None:
            return None
        r = day_value(d)
    else:
        rng = hijri_month_range(hy, m)
        if rng is None:
            return None
        r = span_value(rng[0], rng[1], "month")
    r.inferred = inferred
    return r


def _year_only(f: Frame) -> Resolved | None:
    y = f.year
    assert y is not None
    if f.calendar == "h":
        rng = hijri_year_range(y)
        return span_value(rng[0], rng[1], "year") if rng else None
    if not 1000 <= y <= 2100:
        return None
    return year_value(y)


def _day_of_month(f: Frame, ctx: Context) -> Resolved | None:
    ref = ctx.ref
    assert ref is not None and f.day is not None
    delta = _SHIFT[f.direction]
    if ctx.month_calendar == "h":
        hy, hm, _ = gregorian_to_hijri(ref)
        hy, hm = shift_month(hy, hm, delta)
        d = hijri_to_gregorian(hy, hm, f.day)
    else:
        y, m = shift_month(ref.year, ref.month, delta)
        d = safe_date(y, m, f.day)
    if d is None:
        return None
    r = day_value(d)
    r.inferred = True
    return r


def _weekday(f: Frame, ctx: Context) -> Resolved:
    ref = ctx.ref
    assert ref is not None and f.weekday is not None
    wd = f.weekday
    if f.deictic is not None:
        d = weekday_nearest(ref + timedelta(days=f.deictic), wd)
    elif f.direction == "past":
        d = weekday_on_or_before(ref, wd, strict=True)
    elif f.direction == "next":
        d = weekday_on_or_after(ref, wd, strict=True)
    elif f.direction == "next2":  # "الأربعاء بعد القادم": the one after next
        d = weekday_on_or_after(ref, wd, strict=True) + timedelta(days=7)
    elif ctx.future:
        d = weekday_on_or_after(ref, wd)
    else:
        d = weekday_on_or_before(ref, wd)
    if f.part == "eve":  # "ليلة السبت": the night before Saturday, Friday evening
        d -= timedelta(days=1)
    r = day_value(d)
    r.inferred = True
    return r


def _anaphor(f: Frame, ctx: Context) -> Resolved | None:
    unit = f.unit or "day"
    base = ctx.prev
    if base is None:
        if f.anaphor != "prev" or ctx.ref is None:
            return None
        base = day_value(ctx.ref)
    if PRECISION_RANK[base.precision] > PRECISION_RANK[unit]:
        return None
    d = shift_date(base.start, unit, _ANAPHOR_SHIFT[f.anaphor])
    r = unit_value(d, unit, ctx.week_start)
    r.inferred = True
    return r


def _relative(f: Frame, ctx: Context) -> Resolved | None:
    if f.unit not in ("day", "week", "month", "year") or f.op is None:
        return None
    if f.plural or f.count is None or not 0 < f.count <= 1000:
        return None
    if f.approx and f.anchored:  # "بعد أقل من أسبوعين من القتال": too vague to place
        return None
    if f.demonstrative == "that" or f.anchored:
        if ctx.prev is None or PRECISION_RANK[ctx.prev.precision] > PRECISION_RANK[f.unit]:
            return None
        if f.anchored and f.unit in ("month", "year") and ctx.prev.precision != f.unit:
            # "بعد أربعة أعوام من الإطاحة بالقذافي": an event far back, not the last date
            return None
        base = ctx.prev.start
    else:
        if ctx.ref is None:
            return None
        base = ctx.ref
    sign = -1 if f.op == "ago" else 1
    d = shift_date(base, f.unit, sign * f.count)
    r = unit_value(d, f.unit, ctx.week_start)
    r.inferred = True
    return r
