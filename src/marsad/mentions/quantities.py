"""QUANTITY mentions: counts and amounts in Arabic and English news text.

Finds numbers written in Latin or Arabic-Indic digits ("2,000", "٢٠٠٠", "2.5 مليون",
"20-30") and in words ("ألفي", "خمسة وعشرون", "مئة وعشرون ألفا", "three", "two hundred
and fifty"), vague counts ("عشرات", "مئات الآلاف", "بضعة", "dozens", "tens of
thousands") and ranges ("بين 20 و30", "three or four"), and records each as a
``QUANTITY`` :class:`~marsad.document.Mention` with:

* ``value``: the number (``int`` when whole, else ``float``); for vague counts and
  ranges the low end;
* ``range``: ``[low, high]`` for vague counts and ranges, else absent. A plural of a
  unit means at least two of it: "عشرات" = [20, 99], "مئات" = [200, 999], "آلاف" =
  [2000, 9999], "عشرات الآلاف" = [20000, 99000], "بضعة"/"عدة" = [3, 9], "dozens" =
  [24, 99], "عدد من" (a number of) = [3, 9]. (ACLED-style codings such as "dozens" -> 12
  are left to the event stage.)
* ``approximate``: True after an approximation word ("نحو", "حوالي", "أكثر من", "ما
  لا يقل عن", "about", "more than", "at least"), before a postfix one ("عشرة أشخاص على
  الأقل", "or so"), and for every vague count and range;
* ``noun``: the counted noun as written in the text: the word after the number
  ("جندي", "القتلى", "soldiers"); after "من"/"of" when that introduces it ("عشرات
  من المتظاهرين" -> "المتظاهرين"); the word before a post-nominal 1 or 2 or a definite
  count ("جندي واحد", "الجنود الثلاثة"); the percent marker for percentages
  ("20 في المئة" -> "في المئة", "5%" -> "%"); absent when what follows is not a noun.

Spans are whole tokens: the number words with their attached proclitics ("وثلاثة",
"بـ20") plus a preceding approximation word or range lead ("بنحو 2000", "ما بين 20
و30"); the counted noun is never inside the span.

Not quantities (choices): years ("عام 2017", "في 2012", "منذ 2011", "1436 هـ"; a
four-digit 1900-2100 or 1300-1500 number is a year unless an approximation word precedes
it, or an indefinite noun follows it and neither a year cue nor a definite word precedes
it: "1300 طالب" counts, "كأس العالم 2018" does not); day numbers beside month names
("2 كانون الأول", "6 ديسمبر", "20 من الشهر الجاري", "December 6"), with the days listed
before them ("12 و13 و14 شوال"); clock times ("الساعة 10", "10:30", "10 صباحا");
identifiers after "رقم", "المادة", "القرار", "طراز", "page", ... and the rest of such a
list ("المواد 98، 99، 100"); a number closing a quoted name ("«ويندوز 10»"); phone-like
digit runs (a leading zero, or eight or more digits); list numbering ("2- ...", a line
starting "2 - "); digits inside tokens ("[ad_1]", "F-16", "G20", "2015م", URL escapes);
dates written with "/", "-" or spaces ("21/7/2015", "7 ـ 12 ـ 2010"); ordinals ("الفصل
الثاني", "التاسع عشر", "القرن الـ11"); scores ("2-1", "1 - 2 أمام"); "one of" ("واحدة من
أفضل"); set phrases ("ألف مبروك"). Percentages and money amounts ARE quantities (their
noun tells them apart: "%", "ريال").
All word lists live in ``lang/ar/numbers.tsv`` and ``lang/en/numbers.tsv``.

>>> [(m.text, m.value, m.approximate, m.noun) for m in find_quantities("فر نحو ٢٠٠٠ جندي", "ar")]
[('نحو ٢٠٠٠', 2000, True, 'جندي')]
>>> [(m.text, m.value, m.range, m.noun) for m in find_quantities("أصيب عشرات المتظاهرين", "ar")]
[('عشرات', 20, [20, 99], 'المتظاهرين')]
"""

from __future__ import annotations

import re

from marsad.clean.normalize import NormalizedText, normalize
from marsad.document import Document, Mention
from marsad.mentions.quantity_context import (
    Cand,
    is_definite,
    is_in,
    latin_identifier,
    noun_after,
    noun_before,
    one_of,
    ordinal_digits,
    prev_word,
    reject_reason,
    year_shaped,
)
from marsad.mentions.quantity_lexicon import Lexicon, lexicon
from marsad.mentions.quantity_parse import NumberSpan, parse_numbers

_ARABIC = re.compile("[\u0621-\u064a]")
_LIST_GAP = re.compile(r"[^\S\n]*(?:[,و]|and)?[^\S\n]*")
_LIST_NEXT = re.compile(r"[^\S\n]*(?:و|,|and)[^\S\n]*\d")


def _whole(x: float) -> float:
    return int(x) if float(x).is_integer() else x


def _merge_ranges(nt: str, nums: list[NumberSpan], lex: Lexicon) -> list[Cand]:
    """Turn numbers into candidates, joining "بين 20 و30" / "three or four" into ranges."""
    out: list[Cand] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        if i + 1 < len(nums):
            b = nums[i + 1]
            start = _range_start(nt, a, b, lex)
            if start is not None:
                low = a.value
                if b.scale and not a.has_scale and a.value * b.scale < b.value:
                    low = _whole(round(a.value * b.scale, 6))  # "بين 45 و50 ألفا": 45 thousand
                out.append(Cand(a, start, b.end, low, low, b.value, True, ""))
                i += 2
                continue
        out.append(Cand(a, a.start, a.end, a.value, a.low, a.high, a.approx, a.role))
        i += 1
    return out


def _range_start(nt: str, a: NumberSpan, b: NumberSpan, lex: Lexicon) -> int | None:
    """Start of the range "a .. b" (including a lead such as "بين"), or None if none."""
    if a.low is not None or b.low is not None or a.role or b.role not in ("", "weak"):
        return None
    if not a.value < b.value or year_shaped(a.digits) or year_shaped(b.digits):
        return None  # "في 2008 إلى 178 مليون": a year, then a count
    gap = nt[a.end : b.start]
    if len(gap) > 12 or "\n" in gap or _LIST_NEXT.match(nt, b.end):
        return None  # "بين 16 و32 و64": a list, not a range
    conj = (lex.lang == "ar" and b.atoms[0].clitic == "و" and not gap.strip()) or gap.strip() in (
        "و",
        "and",
    )
    if conj:
        prev = prev_word(nt, a.start)
        if prev is None or not is_in(nt[prev[0] : prev[1]], lex.gates["range_lead"], lex.lang):
            return None
        lead = lex.range_lead_re.search(nt, max(0, a.start - 20), a.start)
        return lead.start() if lead else None
    if lex.range_join_re.match(nt, a.end, b.start):
        return a.start
    return None


def _to_mention(c: Cand, noun: tuple[int, int] | None, norm: NormalizedText) -> Mention:
    start, end = c.start, c.end
    nt = norm.text
    if start > 0 and nt[start - 1] == "(" and ")" in nt[start:end] and "(" not in nt[start:end]:
        start -= 1  # "(135) مليون": keep the brackets balanced
    s, e = norm.to_original(start, end)
    text = norm.original
    noun_text = None
    if noun is not None:
        ns, ne = norm.to_original(*noun)
        noun_text = text[ns:ne]
    rng = [c.low, c.high] if c.low is not None and c.high is not None else None
    return Mention(
        start=s,
        end=e,
        text=text[s:e],
        kind="QUANTITY",
        value=c.value,
        range=rng,
        approximate=c.approx,
        noun=noun_text,
        source="quantities",
    )


def _noun(
    c: Cand, prev: tuple[int, int] | None, pw: str | None, nt: str, lex: Lexicon
) -> tuple[bool, tuple[int, int] | None]:
    """``(keep, noun span)`` for a candidate that passed the context tests."""
    if c.role in ("post", "def"):
        if c.value == 1 and one_of(nt, c.end, lex):
            return False, None  # "واحدة من أفضل", "واحدة منهن": "one of", not a count
        if lex.percent_re.match(nt, c.end):
            return True, noun_after(nt, c.end, lex)  # "عند اثنين في المائة"
        nxt = lex.after_word_re.match(nt, c.end)
        if nxt and nxt.group("w") in lex.sets["other"]:
            return True, nxt.span("w")  # "اثنين آخرين"
        noun = noun_before(c, prev, nt, lex)
        if noun is None and c.role == "post" and c.value == 2:
            noun = noun_after(nt, c.end, lex)
            if noun is not None and not nt[c.end : noun[0]].strip():
                noun = None  # "اثنين" + a noun right after it: a weekday or a name
        return noun is not None, noun
    noun = noun_after(nt, c.end, lex)
    partitive = nt[c.start : c.end].endswith(" من")  # "عدد من المدنيين": of the civilians
    if c.role == "noun" and (
        noun is None or (is_definite(nt[noun[0] : noun[1]]) and not partitive)
    ):
        noun = noun_before(c, prev, nt, lex)  # "دول عدة": "عدة" only counts an indefinite noun
    if noun is None and c.role in ("weak", "noun"):
        return False, None
    if noun is None and c.num.digits is not None and nt[c.start - 1 : c.start] == "%":
        noun = (c.start - 1, c.start)  # "%20": the sign written first
    if ordinal_digits(c, pw, noun, nt, lex) or latin_identifier(c, pw, noun, lex):
        return False, None
    if noun is None and c.num.atoms[0].high is not None and c.num.atoms[0].high <= 15:
        return False, None  # "1 - 2 أمام فولسبورغ": a score, not a range
    return True, noun


def quantities_in(norm: NormalizedText, lang: str | None) -> list[Mention]:
    """QUANTITY mentions of ``norm.original``, found on its normalized view ``norm``.

    ``lang`` picks the word lists: ``"ar"`` Arabic, anything else English (digits
    work for every language); with ``None`` the script decides. Offsets of the mentions
    are into ``norm.original``.
    """
    if lang is None:
        lang = "ar" if _ARABIC.search(norm.text, 0, 2000) else "en"
    lex = lexicon("ar" if lang == "ar" else "en")
    nt = norm.text
    kept: list[tuple[Cand, Mention]] = []
    rejected_end = -1
    for c in _merge_ranges(nt, parse_numbers(nt, lex.lang), lex):
        prev = prev_word(nt, c.start)
        pw = nt[prev[0] : prev[1]] if prev else None
        if c.start == c.num.start and is_in(pw, lex.gates["approx"], lex.lang):
            am = lex.approx_re.search(nt, max(0, c.start - 30), c.start)
            if am:
                c.start, c.approx = am.start(), True
        in_list = rejected_end >= 0 and _LIST_GAP.fullmatch(nt, rejected_end, c.start)
        reason = "list" if in_list else reject_reason(c, pw, nt, norm, lex)
        if reason:
            # The rest of a rejected list goes too ("القرارات 1696 و1737"), and for a
            # date the days listed before it ("12 و13 و14 شوال").
            rejected_end = c.end
            start = c.start
            while reason == "date" and kept and _LIST_GAP.fullmatch(nt, kept[-1][0].end, start):
                start = kept.pop()[0].start
            continue
        keep, noun = _noun(c, prev, pw, nt, lex)
        if not keep or (noun and " ".join(nt[c.start : noun[1]].split()) in lex.sets["idiom"]):
            continue  # no count, or a set phrase ("ألف مبروك")
        if lex.approx_after_re.match(nt, noun[1] if noun else c.end):
            c.approx = True
        kept.append((c, _to_mention(c, noun, norm)))
    return [m for _, m in kept]


def find_quantities(text: str, lang: str) -> list[Mention]:
    """QUANTITY mentions of ``text`` (offsets into ``text``); ``lang`` is ``"ar"`` or ``"en"``.

    >>> [(m.text, m.value, m.noun) for m in find_quantities("three soldiers and 1,500 civilians", "en")]
    [('three', 3, 'soldiers'), ('1,500', 1500, 'civilians')]
    """
    return quantities_in(normalize(text), lang)


class QuantityRecognizer:
    """Pipeline stage adding QUANTITY mentions (see the module docstring for what counts).

    Reads ``doc.norm`` (the normalized view of ``doc.text``) and ``doc.lang``; adds one
    :class:`~marsad.document.Mention` of kind ``QUANTITY`` per number found. A number
    inside a DATE mention already on the document ("قبل يوم واحد") is part of that date,
    not a count, and is skipped; run the dates stage first.

    >>> doc = Document(id="t", raw="قتل ثلاثة جنود")
    >>> doc.norm, doc.lang = normalize(doc.text), "ar"
    >>> [(m.text, m.value, m.noun) for m in QuantityRecognizer()(doc).mentions]
    [('ثلاثة', 3, 'جنود')]
    """

    name = "quantities"
    requires = frozenset({"norm", "lang"})
    provides = frozenset({"mentions.QUANTITY"})

    def __call__(self, doc: Document) -> Document:
        norm = doc.norm
        if not isinstance(norm, NormalizedText) or norm.original != doc.text:
            norm = normalize(doc.text)
        dates = [(d.start, d.end) for d in doc.mentions if d.kind == "DATE"]
        for m in quantities_in(norm, doc.lang):
            if not any(a < m.end and m.start < b for a, b in dates):
                doc.add_mention(m)
        return doc
