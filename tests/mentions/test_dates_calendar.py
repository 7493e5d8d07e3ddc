"""Calendar arithmetic behind date resolution: Hijri conversion, weeks, weekday search."""

from __future__ import annotations

from datetime import date

from marsad.mentions.date_calendar import (
    gregorian_to_hijri,
    hijri_month_range,
    hijri_to_gregorian,
    hijri_year_range,
    shift_date,
    week_range,
    weekday_nearest,
    weekday_on_or_after,
    weekday_on_or_before,
)


def test_umm_al_qura_conversion() -> None:
    assert hijri_to_gregorian(1436, 10, 4) == date(2015, 7, 20)
    assert hijri_to_gregorian(1446, 6, 1) == date(2024, 12, 2)
    assert gregorian_to_hijri(date(2015, 7, 21)) == (1436, 10, 5)
    assert hijri_to_gregorian(1436, 10, 31) is None
    assert hijri_to_gregorian(1436, 13, 1) is None


def test_outside_umm_al_qura_the_arithmetic_calendar_round_trips() -> None:
    for d in (date(1800, 1, 1), date(1900, 6, 15), date(2100, 3, 3)):
        y, m, day = gregorian_to_hijri(d)
        assert hijri_to_gregorian(y, m, day) == d


def test_hijri_ranges() -> None:
    assert hijri_month_range(1436, 9) == (date(2015, 6, 18), date(2015, 7, 16))
    assert hijri_year_range(1436) == (date(2014, 10, 25), date(2015, 10, 13))


def test_weeks_and_weekdays() -> None:
    monday = date(2024, 12, 9)
    assert week_range(monday, 0) == (date(2024, 12, 9), date(2024, 12, 15))
    assert week_range(monday, 6) == (date(2024, 12, 8), date(2024, 12, 14))
    assert weekday_on_or_before(monday, 5) == date(2024, 12, 7)
    assert weekday_on_or_before(monday, 0) == monday
    assert weekday_on_or_before(monday, 0, strict=True) == date(2024, 12, 2)
    assert weekday_on_or_after(monday, 3) == date(2024, 12, 12)
    assert weekday_nearest(date(2015, 7, 21), 0) == date(2015, 7, 20)


def test_month_shift_clamps_the_day() -> None:
    assert shift_date(date(2024, 3, 31), "month", -1) == date(2024, 2, 29)
    assert shift_date(date(2024, 2, 29), "year", 1) == date(2025, 2, 28)
