"""Context tests of the QUANTITY recognizer: is this number a count, and what does it count?

All functions work on the normalized text ``nt`` (see :mod:`marsad.clean.normalize`) and
take their word lists from a :class:`~marsad.mentions.quantity_lexicon.Lexicon`.
:func:`reject_reason` says why a number is not a count (a date, a year, a clock time,
an identifier, list numbering), :func:`noun_after` / :func:`noun_before` find the
counted noun.

>>> from marsad.mentions.quantity_lexicon import lexicon
>>> nt = "قتل 3 جنود في 6 ديسمبر"
>>> noun_after(nt, 5, lexicon("ar"))
(6, 10)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.clean.normalize import NormalizedText
from marsad.mentions.quantity_lexicon import Lexicon
from marsad.mentions.quantity_parse import NumberSpan

_OPENERS = frozenset(" \t\u00a0()[]«\"“'")
_LINE_START = re.compile(r"(?:^|\n)[^\S\n]*[(\[]?[^\S\n]*$")
_ENUM_AFTER = re.compile(r"[^\S\n]*[-–.)]")
#: Digits in a spaced date ("10 / 1 / 1436"), a sum or product ("5 + 1", "4×6"), after a
#: dash ("DC - 3"), after another number ("7 ـ 12 ـ 2010") or in a URL escape ("%d9%82").
_BAD_BEFORE = re.compile(
    r"(?:[/\\×*]|[0-9a-f]%|\d[^\S\n]*[+x]|[\w)][^\S\n]*[-–]|\d[^\S\n])[^\S\n]*$"
)
_BAD_AFTER = re.compile(r"[^\S\n]*(?:/|[+×*][^\S\n]*\d|x\d)|[-–]|\)|\.[^\S\n]{2,}|[^\S\n]+\d")
#: A number closing a quoted name ("«ويندوز 10»", "“خليجي 23”"): an identifier.
_QUOTE_CLOSE = re.compile(r"[^\S\n]*[»”\"″]")
_QUOTE_OPEN = re.compile(r"[«“\"][^«»“”\"\n]*[^\W\d_][^«»“”\"\n]*$")
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_NOUN_AFTER = re.compile(r"[^\S\n]*[)\]»”\"]?[^\S\n]*(?P<w>[^\W\d_]+(?:['.][^\W\d_]+)*)(?!\d)")
_AR_DEF = re.compile(r"^[وف]?(?:[بك]?ال|لل)..")
#: A word after a year-shaped number that starts like this is no counted noun: a
#: proclitic or the article ("2018 بروسيا", "2015 المزمع"), or a verb prefix ("1997 يمكن").
_CLITIC_START = re.compile(r"^(?:[وفبلكسي]|ال)")
_SUPERLATIVE = re.compile(r"^ا[^\W\d_]{2,3}$")
_LATIN = re.compile(r"^[a-z.]+$")


@dataclass(slots=True)
class Cand:
    """A number being turned into a mention (normalized-text offsets).

    ``start`` may lie before ``num.start`` when an approximation word or a range lead
    ("بين") is taken into the span.
    """

    num: NumberSpan
    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    approx: bool
    role: str


def variants(word: str, lang: str, preps: bool = True) -> tuple[str, ...]:
    """``word`` and its forms without Arabic proclitics ("للعام" -> "العام", "عام").

    With ``preps=False`` only a conjunction (و/ف) is removed.
    """
    if lang != "ar" or len(word) < 3:
        return (word,)
    out = [word]
    w = word
    if w[0] in "وف":
        w = w[1:]
        out.append(w)
    if not preps or len(w) < 3:
        return tuple(out)
    if w.startswith("لل") and len(w) > 3:
        out.append("ال" + w[2:])
        out.append(w[2:])
    elif w[0] in "بل":
        out.append(w[1:])
    return tuple(out)


def is_in(word: str | None, words: frozenset[str], lang: str, preps: bool = True) -> bool:
    """True when ``word`` or one of its :func:`variants` is in ``words``."""
    return word is not None and any(v in words for v in variants(word, lang, preps))


def prev_word(nt: str, pos: int) -> tuple[int, int] | None:
    """Span of the word before ``pos`` (spaces, brackets or a quote between), or None."""
    lim = max(0, pos - 40)
    j = pos
    while j > lim and nt[j - 1] in _OPENERS:
        j -= 1
    k = j
    while k > lim and (
        nt[k - 1].isalpha() or (nt[k - 1] == "." and k - 1 > lim and nt[k - 2].isalpha())
    ):
        k -= 1
    if k < j and k > 0 and (nt[k - 1].isdigit() or nt[k - 1] == "_"):
        return None
    return (k, j) if k < j else None


def is_month(m: re.Match[str] | None, norm: NormalizedText, lex: Lexicon) -> bool:
    """True when ``m`` (a month pattern match) names a month (cased English ones capitalized)."""
    if m is None:
        return False
    if m.group("m") not in lex.cased:
        return True
    start, _ = norm.to_original(m.start("m"), m.end("m"))
    return norm.original[start : start + 1].isupper()


def year_shaped(digits: str | None) -> bool:
    """A bare four-digit 1900-2100 (Gregorian) or 1300-1500 (Hijri) number."""
    if digits is None or len(digits) != 4 or not digits.isdigit():
        return False
    v = int(digits)
    return 1900 <= v <= 2100 or 1300 <= v <= 1500


def _digit_reason(c: Cand, pw: str | None, nt: str, norm: NormalizedText, lex: Lexicon) -> str:
    num = c.num
    digits = num.digits or ""
    plain = digits.replace(".", "", 1)
    if len(digits) > 1 and digits[0] == "0" and not digits.startswith("0."):
        return "phone"
    if plain.isdigit() and len(plain) >= 8:
        return "phone"
    if num.atoms[0].high is not None and year_shaped(digits):
        return "year"
    if is_in(pw, lex.sets["not_count_before"], lex.lang):
        return "identifier"
    if is_in(pw, lex.gates["month"], lex.lang) and is_month(
        lex.month_before_re.search(nt, max(0, c.start - 25), c.start), norm, lex
    ):
        return "date"
    if _LINE_START.search(nt, max(0, c.start - 10), c.start) and _ENUM_AFTER.match(nt, num.end):
        return "numbering"
    if _BAD_BEFORE.search(nt, max(0, num.start - 6), num.start):
        return "date"
    if _QUOTE_CLOSE.match(nt, num.end) and _QUOTE_OPEN.search(
        nt, max(0, num.start - 30), num.start
    ):
        return "identifier"
    bad = _BAD_AFTER.match(nt, num.end)
    if bad and (bad.group() != ")" or nt[num.start - 1 : num.start] != "("):
        return "numbering"  # "2-" / "2)" / "10.  " numbering, a spaced date, a sum; "(3)" is fine
    return ""


def reject_reason(c: Cand, pw: str | None, nt: str, norm: NormalizedText, lex: Lexicon) -> str:
    """Why ``c`` is not a count ("date", "year", "time", "identifier", "phone",
    "numbering", "ordinal", "word"), or "" when it is one. ``pw`` is the word before it."""
    num, sets = c.num, lex.sets
    first = num.atoms[0]
    if first.digits is None and sets["written_not_number"]:
        s, e = norm.to_original(first.start, first.end)
        if _MARKS.sub("", norm.original[s:e]) in sets["written_not_number"]:
            return "word"
    if num.digits is not None:
        reason = _digit_reason(c, pw, nt, norm, lex)
        if reason:
            return reason
    whole = c.low is None and float(c.value).is_integer() and not num.has_scale
    nxt = _NOUN_AFTER.match(nt, c.end)
    nw = nxt.group("w") if nxt else None
    if (whole or c.low is not None) and c.value <= 31:
        if is_month(lex.month_after_re.match(nt, c.end), norm, lex):
            return "date"
    if whole and c.value <= 24 and nw in sets["time_after"]:
        return "time"
    if first.word is not None and first.word.kind == "ten" and is_in(pw, sets["ordinal"], lex.lang):
        return "ordinal"
    if year_shaped(num.digits) and c.low is None and not _year_is_count(c, pw, nt, norm, lex):
        return "year"
    return ""


def _year_is_count(c: Cand, pw: str | None, nt: str, norm: NormalizedText, lex: Lexicon) -> bool:
    """Whether a year-shaped number is a count after all.

    Years are far more frequent, so it counts only after an approximation word, or
    when an indefinite noun follows it directly ("1300 طالب", "1350 محتاجا") and the
    word before is not a year cue, a month or a definite noun ("كأس العالم 2018").
    """
    sets, lang = lex.sets, lex.lang
    nxt = lex.after_word_re.match(nt, c.end)
    nw = nxt.group("w") if nxt else None
    if nw in sets["year_after"] or nw in sets["time_after"]:
        return False
    if c.approx:
        return True
    if nw is None or is_in(nw, sets["not_noun"], lang, preps=False) or nw in lex.split:
        return False
    if (lang == "ar" and _CLITIC_START.match(nw)) or is_in(pw, sets["year_before"], lang):
        return False
    if pw is not None and _AR_DEF.match(pw):
        return False
    return not is_month(lex.month_after_re.match(nt, c.end), norm, lex)


def noun_after(nt: str, pos: int, lex: Lexicon) -> tuple[int, int] | None:
    """Span of the counted noun after a number ending at ``pos``, if any.

    A percent marker counts as the noun; after "من"/"of" the noun is the word after it
    (Arabic: only a definite one, "عشرات من المتظاهرين").
    """
    pm = lex.percent_re.match(nt, pos)
    if pm:
        return pm.start() + len(pm.group()) - len(pm.group().lstrip()), pm.end()
    m = _NOUN_AFTER.match(nt, pos)
    if not m or lex.approx_after_re.match(nt, pos):
        return None  # nothing, or "7.3 تقريبا"
    w = m.group("w")
    if w in lex.sets["of"]:
        m = lex.after_word_re.match(nt, m.end())
        if not m:
            return None
        w = m.group("w")
        if lex.lang == "ar" and not _AR_DEF.match(w):
            return None
        if lex.lang == "en" and w in ("the", "these", "those", "their", "his", "her", "its"):
            m = lex.after_word_re.match(nt, m.end())
            if not m:
                return None
            w = m.group("w")
    if is_in(w, lex.sets["not_noun"], lex.lang, preps=False) or w in lex.split:
        return None
    return m.start("w"), m.end("w")


def noun_before(
    c: Cand, prev: tuple[int, int] | None, nt: str, lex: Lexicon
) -> tuple[int, int] | None:
    """Span of the noun before a post-nominal number ("جندي واحد", "الجنود الثلاثة", "دول عدة")."""
    if prev is None or nt[prev[1] : c.start].strip():
        return None
    w = nt[prev[0] : prev[1]]
    sets, lang = lex.sets, lex.lang
    if is_in(w, sets["not_noun"], lang, preps=False) or is_in(w, sets["ordinal"], lang):
        return None
    if w in lex.split or is_in(w, sets["month"], lang):
        return None
    if c.role == "def" and not _AR_DEF.match(w):
        return None
    return prev


def ordinal_digits(
    c: Cand, pw: str | None, noun: tuple[int, int] | None, nt: str, lex: Lexicon
) -> bool:
    """True for "القرن الـ11" / "الدورة الـ35 للمجلس": digits with the article and no
    indefinite noun after them are an ordinal ("الـ20 عاما" is a count)."""
    first = c.num.atoms[0]
    if first.digits is None or c.start != first.start or lex.lang != "ar":
        return False
    if not (lex.is_article_clitic(first.clitic) or pw == "ال"):
        return False
    return noun is None or bool(_AR_DEF.match(nt[noun[0] : noun[1]]))


def latin_identifier(c: Cand, pw: str | None, noun: tuple[int, int] | None, lex: Lexicon) -> bool:
    """True for a bare number after a Latin word in Arabic text with no noun ("iOS 5")."""
    return (
        lex.lang == "ar"
        and noun is None
        and c.num.digits is not None
        and bool(pw and _LATIN.match(pw))
    )


def one_of(nt: str, pos: int, lex: Lexicon) -> bool:
    """True when "من" + a superlative (أفعل), or "منهم"/"منهن", follows ``pos``:
    "واحدة من أفضل" is "one of", not a count ("يوم واحد من العيد" is one)."""
    m = lex.after_word_re.match(nt, pos)
    if not m or m.group("w") not in lex.sets["of"]:
        return False
    if m.group("w") != "من":
        return True  # "واحدة منهن"
    m = lex.after_word_re.match(nt, m.end())
    return bool(m and _SUPERLATIVE.match(m.group("w")))


def is_definite(word: str) -> bool:
    """True for an Arabic word with the article ("الجنود", "بالتحقيق", "للعام")."""
    return bool(_AR_DEF.match(word))
