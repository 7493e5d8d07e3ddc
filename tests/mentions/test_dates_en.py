"""English DATE mentions: the same classes as Arabic, and the negatives.

Reference: Monday 2024-12-09; English weeks run Monday to Sunday (ISO).
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.mentions.dates import resolve

REF = "2024-12-09"


def _dates(text: str, ref: str = REF) -> list[tuple[str, str, str]]:
    out = []
    for m in resolve(text, ref, lang="en", today=date(2026, 1, 1)):
        assert text[m.start : m.end] == m.text
        out.append((m.text, m.value, m.precision))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met on December 7, 2024 in Baghdad.", ("December 7, 2024", "2024-12-07", "day")),
        ("They met on 7 December 2024.", ("7 December 2024", "2024-12-07", "day")),
        ("They met on Dec. 5 in Baghdad", ("Dec. 5", "2024-12-05", "day")),
        ("It began on the 2nd of December.", ("the 2nd of December", "2024-12-02", "day")),
        ("The war began in March 2011.", ("March 2011", "2011-03", "month")),
        ("Filed on 2015-07-20 by the court", ("2015-07-20", "2015-07-20", "day")),
        ("Filed on 7/20/2015 by the court", ("7/20/2015", "2015-07-20", "day")),
        ("during Ramadan 1436 AH", ("Ramadan 1436 AH", "2015-06-18/2015-07-16", "month")),
    ],
)
def test_explicit(text: str, expected: tuple[str, str, str]) -> None:
    assert _dates(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers fled on Saturday.", ("Saturday", "2024-12-07", "day")),
        ("The regime fell last Sunday.", ("last Sunday", "2024-12-08", "day")),
        ("They will meet next Thursday.", ("next Thursday", "2024-12-12", "day")),
        ("The minister will visit on Thursday.", ("Thursday", "2024-12-12", "day")),
        ("He arrived today.", ("today", "2024-12-09", "day")),
        ("He left yesterday.", ("yesterday", "2024-12-08", "day")),
        ("He returns tomorrow.", ("tomorrow", "2024-12-10", "day")),
        ("A blast shook the city last night.", ("last night", "2024-12-08", "day")),
        ("Shelling resumed yesterday morning.", ("yesterday morning", "2024-12-08", "day")),
        ("He spoke this morning.", ("this morning", "2024-12-09", "day")),
    ],
)
def test_weekdays_and_deictics(text: str, expected: tuple[str, str, str]) -> None:
    assert _dates(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It started two days ago.", ("two days ago", "2024-12-07", "day")),
        ("It started a week ago.", ("a week ago", "2024-12-02/2024-12-08", "week")),
        ("It started three years ago.", ("three years ago", "2021", "year")),
        ("Talks were held last week.", ("last week", "2024-12-02/2024-12-08", "week")),
        ("Prices rose last month.", ("last month", "2024-11", "month")),
        ("Prices rose last year.", ("last year", "2023", "year")),
        ("Fighting flared early this month.", ("early this month", "2024-12", "month")),
        ("Fighting flared late last year.", ("late last year", "2023", "year")),
        ("Talks resume next month.", ("next month", "2025-01", "month")),
    ],
)
def test_relative(text: str, expected: tuple[str, str, str]) -> None:
    assert _dates(text) == [expected]


def test_anaphora() -> None:
    assert _dates("On December 2 he spoke. That day a blast hit. The next day was calm.") == [
        ("December 2", "2024-12-02", "day"),
        ("That day", "2024-12-02", "day"),
        ("The next day", "2024-12-03", "day"),
    ]
    assert _dates("He arrived on December 5 and left two days later.") == [
        ("December 5", "2024-12-05", "day"),
        ("two days later", "2024-12-07", "day"),
    ]


def test_periods_and_ranges() -> None:
    assert _dates("Fighting since 2012, worst in 2017.") == [
        ("2012", "2012", "year"),
        ("2017", "2017", "year"),
    ]
    assert _dates("Protests between 5 and 7 December.") == [
        ("5 and 7 December", "2024-12-05/2024-12-07", "day")
    ]
    assert _dates("Protests on December 5-7, 2024.") == [
        ("December 5-7, 2024", "2024-12-05/2024-12-07", "day")
    ]
    assert _dates("He served from 2011 to 2015.") == [("2011 to 2015", "2011/2015", "year")]


@pytest.mark.parametrize(
    "text",
    [
        "About 2,000 soldiers crossed the border.",
        "The fee is $500 per person.",
        "Prices rose 20% this quarter.",
        "The meeting starts at 10:30.",
        "The curfew lasted for three days.",
        "It may rain later.",
        "Thousands march in the capital.",
        "He came first in the race.",
        "Call 0555123456 for details.",
    ],
)
def test_not_dates(text: str) -> None:
    assert _dates(text) == []


def test_later_and_earlier_this_week_leave_out_the_other_side_of_today() -> None:
    """Reference Tuesday 2024-04-16: "later this week" is Wednesday to Sunday, "earlier this
    week" the Monday."""
    got = {
        m.text: (m.value, m.precision)
        for m in resolve(
            "He will visit later this week; talks began earlier this week.",
            "2024-04-16",
            lang="en",
        )
    }
    assert got["later this week"] == ("2024-04-17/2024-04-21", "week")
    assert got["earlier this week"] == ("2024-04-15", "week")


def test_would_before_a_weekday_looks_forward() -> None:
    got = [
        m.value
        for m in resolve(
            "Organisers said they would hold another protest on Thursday.", "2024-06-12", lang="en"
        )
    ]
    assert got == ["2024-06-13"]
    got = [
        m.value
        for m in resolve(
            "The attack happened on Thursday and would not be repeated.", "2024-06-12", lang="en"
        )
    ]
    assert got == ["2024-06-06"]


def test_a_future_verb_after_that_is_the_reported_clause() -> None:
    """ "said on Thursday that talks will resume": the saying is past; "will" is the
    reported clause's (the ``clause`` row of ``dates_tense.tsv``)."""
    got = _dates("The ministry said on Thursday that the talks will resume.")
    assert got == [("Thursday", "2024-12-05", "day")]
    assert _dates("The talks will resume on Thursday.") == [("Thursday", "2024-12-12", "day")]
