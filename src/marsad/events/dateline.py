"""The dateline that opens a paragraph: where a report was filed and who credits it
("MARIB, Yemen (Reuters) - ", "WASHINGTON (AP) — ", "بغداد – ", "الرياض (واس) - ").

Its place acts in nothing and its words are not what anyone said, so the arguments and
the statements stages both look it up here.
"""

from __future__ import annotations

import re

#: A word of a dateline's place: capitalized Latin or Arabic.
_WORD = r"(?:[A-Z][\w'.-]*|[\u0600-\u06ff]+)"
#: One to three such words.
_NAME = rf"{_WORD}(?: {_WORD}){{0,2}}"
#: The filing date a dateline may carry: "14 أكتوبر 2024", "17 مايو/أيار 2025", "Nov 3, 2025",
#: "June 2", "3 November 2025".
_DATE = (
    r"(?:\d{1,2} [\u0600-\u06ff]+(?: [\u0600-\u06ff]+)?(?:/[\u0600-\u06ff]+)?(?<=[\u0600-\u06ff]) \d{4}"
    r"|\d{1,2} [\u0600-\u06ff]+(?: [\u0600-\u06ff]+)?/[\u0600-\u06ff]+"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}(?: \d{4})?)"
)
#: A short aside in brackets: the country after the place ("الفاشر (السودان)"), the agency.
_ASIDE = r"\([^()\n]{1,30}\)"
_DATELINE = re.compile(
    rf"[ \t]*{_NAME}(?:[,،] ?{_NAME})?(?:\s*{_ASIDE})?(?:\s*[-–—,،]?\s*{_DATE})?"
    rf"\s*(?:{_ASIDE})?\s*[-–—]\s*"
)


def dateline_end(text: str, start: int) -> int | None:
    """The end of the dateline opening ``text`` at ``start`` (a line or sentence start),
    or None when none opens there.

    >>> dateline_end("MARIB, Yemen (Reuters) - Houthi fighters attacked", 0)
    25
    >>> dateline_end("EL OBEID, Sudan, Nov 3, 2025 (Agency) - RSF fighters killed", 0)
    40
    >>> dateline_end("إدلب - 14 أكتوبر 2024 (مراسلون) - قُتل أربعة مدنيين", 0)
    34
    >>> dateline_end("الفاشر (السودان) 16 نيسان/أبريل (أ ف ب) - قُتل 23 مدنيا", 0)
    42
    >>> dateline_end("The minister said on Monday", 0) is None
    True
    """
    m = _DATELINE.match(text, start)
    return m.end() if m is not None else None
