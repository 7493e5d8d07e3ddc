"""Frames: what a matched date expression says, read off its tagged tokens.

A grammar match (:mod:`marsad.mentions.date_grammar`) is a run of tokens; the frame
collects their meaning field by field (day, month and its calendar, year, weekday,
deictic offset, unit and count, direction, operator, anaphora ...). Reading is the same
for every rule and every language: the rules only decide which tokens belong together.

>>> from marsad.mentions.date_lexicon import load_language
>>> from marsad.mentions.date_tagger import tag_text
>>> toks = tag_text("مساء يوم 7 ديسمبر/كانون الأول", load_language("ar"))
>>> f = build_frame(toks, "date")
>>> (f.day, f.month, f.calendar, f.part)
(7, 12, 'g', 'evening')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.mentions.date_lexicon import TAGS
from marsad.mentions.date_tagger import Tok

_T = TAGS
_MONTH_TAGS = frozenset(
    (_T["MONTH"], _T["MONTH_AMB"], _T["MONTH_WEAK"], _T["HMONTH"], _T["HMONTH_AMB"])
)
_DIRS = {_T["DIRP"]: "past", _T["DIRN"]: "next", _T["DIRC"]: "this"}
_OPS = {_T["AGO"]: "ago", _T["SINCE"]: "ago", _T["AFTER"]: "after", _T["POSTAGO"]: "ago"}


@dataclass(slots=True)
class Frame:
    """The meaning of one date expression before it is placed on the calendar."""

    day: int | None = None
    month: int | None = None
    calendar: str = "g"  # "g" Gregorian, "h" Hijri
    month_conflict: bool = False  # a paired month name disagrees ("تموز/أغسطس")
    year: int | None = None
    era: str | None = None
    weekday: int | None = None
    deictic: int | None = None
    unit: str | None = None
    count: int | None = None
    plural: bool = False
    direction: str | None = None
    demonstrative: str | None = None
    anaphor: str | None = None
    edge: str | None = None
    part: str | None = None
    op: str | None = None
    numdate: bool = False
    year_unit: bool = False  # the year came with "عام"/"سنة"/"year"
    approx: bool = False
    anchored: bool = False  # "قبل يومين من ...": counted from another time, not the reference
    year_dir: str | None = None  # "10 يونيو من العام الماضي": the year named by direction
    inherited_year: bool = False  # a range's first half took its year from the second

    @property
    def has_date(self) -> bool:
        """True when the frame names a calendar date, month or year explicitly."""
        return self.month is not None or self.year is not None or self.numdate


def build_frame(tokens: Sequence[Tok], rule_type: str) -> Frame:
    """Read a frame off ``tokens`` (see module doc); ``rule_type`` is the rule's type.

    In a ``relative`` rule a number counts units ("قبل 3 أيام"); elsewhere a small
    number is a day of the month.
    """
    f = Frame()
    relative = rule_type == "relative"
    seen_unit = False
    year_after_month = False
    for t in tokens:
        tag, v = t.tag, t.value
        if tag == _T["DAY"]:
            if relative:
                f.count = v  # type: ignore[assignment]
            elif f.day is None:
                f.day = v  # type: ignore[assignment]
        elif tag == _T["YEAR"]:
            if relative:
                f.count = v  # type: ignore[assignment]
            elif f.year is None:
                f.year = v  # type: ignore[assignment]
                f.year_unit = seen_unit
        elif tag == _T["NUM"]:
            if relative and v is not None:
                f.count = v  # type: ignore[assignment]
        elif tag == _T["CARD"]:
            if relative or f.unit is not None:
                f.count = v  # type: ignore[assignment]
        elif tag == _T["ORD"]:
            if f.day is None:
                f.day = v  # type: ignore[assignment]
        elif tag == _T["NUMDATE"]:
            y, m, d = v  # type: ignore[misc]
            f.year, f.month, f.day, f.numdate = y, m, d, True
        elif tag in _MONTH_TAGS:
            month, cal = v  # type: ignore[misc]
            if f.month is None:
                f.month, f.calendar = month, cal
            elif (f.month, f.calendar) != (month, cal):
                f.month_conflict = True
        elif tag == _T["WEEKDAY"]:
            f.weekday = v  # type: ignore[assignment]
        elif tag == _T["DEICTIC"] or tag == _T["TODAY"]:
            f.deictic = v  # type: ignore[assignment]
            if f.unit is None or f.unit == "day":
                f.unit = "day"
        elif tag == _T["UNIT"]:
            unit, count = v  # type: ignore[misc]
            seen_unit = True
            if f.unit is None or relative:
                f.unit = unit
                if count is None:
                    f.plural = True
                elif f.count is None:
                    f.count = count
        elif tag == _T["DUNIT"]:
            seen_unit = True
            if v == "year" and f.month is not None and not relative:
                year_after_month = True
                if f.demonstrative == "this":
                    f.year_dir, f.demonstrative = "this", None
            else:
                f.unit = v  # type: ignore[assignment]
        elif tag in _DIRS:
            direction = v if isinstance(v, str) else _DIRS[tag]
            if year_after_month:
                f.year_dir = direction
            else:
                f.direction = direction
        elif tag == _T["EDGE"]:
            if relative and seen_unit:  # "a day earlier", "two weeks later"
                f.op, f.anchored = ("ago" if v in ("early", "earlier") else "after"), True
            else:
                f.edge = v  # type: ignore[assignment]
        elif tag == _T["PART"]:
            f.part = v  # type: ignore[assignment]
        elif tag in _OPS:
            if seen_unit and tag != _T["POSTAGO"]:
                # a post-posed operator: "two days before" / "the day after"
                if relative:
                    f.op, f.anchored = _OPS[tag], True
                else:
                    f.anaphor = "prev" if _OPS[tag] == "ago" else "next"
            else:
                f.op = _OPS[tag]
        elif tag == _T["ERA"]:
            f.era = v  # type: ignore[assignment]
        elif tag == _T["DEMTHIS"]:
            f.demonstrative = "this"
        elif tag == _T["DEMTHAT"]:
            f.demonstrative = "that"
        elif tag == _T["ANAPH"]:
            f.anaphor = v  # type: ignore[assignment]
        elif tag == _T["SAME"]:
            f.anaphor = "same"
        elif tag == _T["APPROX"]:
            f.approx = True
    if f.count is not None:
        f.plural = False
    if f.era == "h" and f.numdate:
        f.calendar = "h"
    elif f.numdate and f.year is not None and f.year <= 1500:
        f.calendar = "h"
    elif f.month is None and f.year is not None:
        if f.era == "h" or (f.era is None and 1343 <= f.year <= 1500):
            f.calendar = "h"
    return f


def inherit(left: Frame, right: Frame) -> None:
    """Give each half of a range what only the other half states (in place).

    ``"5 و7 ديسمبر 2024"``: the left frame (day 5) takes month 12 and year 2024;
    ``"December 5-7"``: the right frame (day 7) takes month 12.
    """
    if left.month is None and right.month is not None and left.day is not None:
        left.month, left.calendar = right.month, right.calendar
    if left.year is None and right.year is not None:
        left.year, left.inherited_year = right.year, True
        if left.month is None:
            left.calendar = right.calendar
    if left.era is None and right.era is not None:
        left.era = right.era
        if left.month is None and right.era == "h":
            left.calendar = "h"
    if right.month is None and left.month is not None and right.day is not None:
        right.month, right.calendar = left.month, left.calendar
    if left.direction is None and right.direction is not None and left.year is None:
        left.direction = right.direction
