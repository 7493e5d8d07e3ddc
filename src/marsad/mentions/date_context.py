"""Document-level evidence for dates: tense of a clause and the inferred reference date.

* :func:`is_future`: does the clause around an expression speak of the future? Cues
  are data (``lang/<lang>/dates_tense.tsv``): future particles and verbs ("سوف",
  "سيزور", "will"), "المقبل" / "next".
* :func:`infer_reference`: with no publication date, a reference is taken from the text:
  a weekday named with a day and month (beside it, or elsewhere in the text: "سقوط
  النظام يوم الأحد" ... "8 كانون الأول/ديسمبر") pins the year, the most recent one not
  after today in which they agree; the reference is then the latest such date (or the
  latest full date written with its year).

>>> from marsad.mentions.date_lexicon import load_language
>>> is_future("سيزور الرئيس البلاد الخميس", 21, 27, 0, 27, load_language("ar"))
True
>>> is_future("زار الرئيس البلاد الخميس", 18, 24, 0, 24, load_language("ar"))
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from marsad.mentions.date_calendar import gregorian_to_hijri, hijri_to_gregorian, safe_date
from marsad.mentions.date_grammar import Expr
from marsad.mentions.date_lexicon import DateLanguage
from marsad.mentions.date_resolve import Context, resolve_frame

_WORD = re.compile(r"[^\W\d_]+")
#: How far (characters) before / after an expression tense cues are looked for, within its
#: sentence: a cue before governs the date ("سيلتقي الفريقان ... في 30 مايو"); one after it
#: mostly belongs to another clause ("هبطت الطائرة مساء الجمعة حيث سيشارك ..."); a comma
#: or semicolon between cue and date ends the cue's reach.
TENSE_BEFORE, TENSE_AFTER = 80, 25
#: How many years back the weekday evidence is tried.
YEARS_BACK = 60
#: Content words an anchored relative's event must share with a dated sentence.
EVENT_OVERLAP = 2
_PAIR_SAME_EXPR = 3
_PAIR_TEXT = 1


def is_future(
    text: str, start: int, end: int, sent_start: int, sent_end: int, lang: DateLanguage
) -> bool:
    """True when a future cue stands near ``text[start:end]`` in its sentence."""
    a = max(sent_start, start - TENSE_BEFORE)
    b = min(sent_end, end + TENSE_AFTER)
    # the clause: a comma or semicolon ends the reach of a cue
    cut = max(text.rfind(",", a, start), text.rfind(";", a, start))
    if cut >= 0:
        a = cut + 1
    for sep in (",", ";"):
        k = text.find(sep, end, b)
        if k >= 0:
            b = k
    # what a verb after the date reports is another clause: "أعلنت في 20 يونيو أن
    # الساعات ستتحسن" (the announcement is past)
    said = lang.clause_after.search(text, end, b) if lang.clause_after is not None else None
    if said is not None:
        b = said.start()
    fw, fp, fx = lang.future_word, lang.future_prefix, lang.future_except
    for m in _WORD.finditer(text, a, b):
        if start <= m.start() < end:
            continue
        w = m.group()
        if fw is not None and fw.fullmatch(w):
            return True
        if lang.future_before is not None and m.start() < start and lang.future_before.fullmatch(w):
            return True  # "تستمر حتى السبت"; after the date it tells a duration
        if fp is not None and fp.fullmatch(w) and not (fx is not None and fx.fullmatch(w)):
            return True
    return False


def _clitic_prefixes(lang: DateLanguage) -> list[str]:
    """Attached conjunctions, prepositions and article, longest first ("وال", "لل", "و")."""
    art = [lang.article] if lang.article else []
    heads = [c + p for c in lang.conjunctions for p in lang.prepositions]
    heads += list(lang.conjunctions) + list(lang.prepositions)
    out = [h + a for h in heads for a in art] + ([lang.fused_article] if lang.fused_article else [])
    out += art + [c for c in lang.conjunctions] + [p for p in lang.prepositions]
    return sorted(set(out), key=len, reverse=True)


def _content_words(text: str, a: int, b: int, lang: DateLanguage, limit: int = 0) -> set[str]:
    """Content words of ``text[a:b]`` without clitics and article (at most ``limit``)."""
    out: set[str] = set()
    for m in _WORD.finditer(text, a, b):
        w = m.group()
        if w in lang.anchor_stopwords:
            continue
        for prefix in _clitic_prefixes(lang):
            if w.startswith(prefix) and len(w) - len(prefix) >= 3:
                w = w[len(prefix) :]
                break
        if len(w) >= 3 and w not in lang.anchor_stopwords:
            out.add(w)
            if limit and len(out) >= limit:
                break
    return out


def event_anchor(
    text: str,
    e: Expr,
    exprs: Sequence[Expr],
    candidates: Sequence[int],
    lang: DateLanguage,
    sentence_words: dict[tuple[int, int], set[str]] | None = None,
) -> int | None:
    """Index (into ``exprs``) of a date given elsewhere for the event an anchored relative
    names, or None.

    "قبل يوم واحد من انهيار نظام الأسد" names an event ("انهيار نظام الأسد"); a sentence
    that shares at least :data:`EVENT_OVERLAP` of its content words and holds a date
    ("سقوط نظام الأسد يوم الأحد") dates it. ``candidates`` are the usable expressions;
    ``sentence_words`` caches each sentence's content words across the calls for one
    document (a long text holds thousands of anchored expressions and candidates).
    """
    words = _content_words(text, e.end, min(len(text), e.end + 60), lang, limit=4)
    if len(words) < EVENT_OVERLAP:
        return None
    for k in candidates:
        c = exprs[k]
        if c is e or c.sent_start == e.sent_start:
            continue
        span = (c.sent_start, c.sent_end)
        cached = sentence_words.get(span) if sentence_words is not None else None
        if cached is None:
            cached = _content_words(text, c.sent_start, c.sent_end, lang)
            if sentence_words is not None:
                sentence_words[span] = cached
        if len(words & cached) >= EVENT_OVERLAP:
            return k
    return None


def _free_weekdays(exprs: Sequence[Expr]) -> list[int]:
    out = []
    for e in exprs:
        for f in e.frames:
            if (
                f.weekday is not None
                and not f.has_date
                and f.day is None
                and f.deictic is None
                and f.direction is None
            ):
                out.append(f.weekday)
    return out


def _day_months(exprs: Sequence[Expr]) -> list[tuple[int, int, str, int | None]]:
    """``(month, day, calendar, weekday beside it)`` of every day-month without a year."""
    out = []
    for e in exprs:
        for f in e.frames:
            if f.month is not None and f.day is not None and f.year is None and not f.numdate:
                out.append((f.month, f.day, f.calendar, f.weekday))
    return out


def _to_date(year: int, month: int, day: int, cal: str) -> date | None:
    return hijri_to_gregorian(year, month, day) if cal == "h" else safe_date(year, month, day)


def _best_year(
    pairs: list[tuple[int, int, str, int | None]], weekdays: list[int], cal: str, today: date
) -> int | None:
    top = gregorian_to_hijri(today)[0] if cal == "h" else today.year
    best, best_score = None, 0
    for year in range(top, top - YEARS_BACK, -1):
        score = 0
        for month, day, c, wd in pairs:
            if c != cal:
                continue
            d = _to_date(year, month, day, cal)
            if d is None or d > today:
                continue
            if wd is not None:
                score += _PAIR_SAME_EXPR * (d.weekday() == wd)
            else:
                score += _PAIR_TEXT * sum(d.weekday() == w for w in weekdays)
        if score > best_score:
            best, best_score = year, score
    return best


def infer_reference(exprs: Sequence[Expr], today: date) -> date | None:
    """A reference date from the text itself (see module doc), or None."""
    candidates: list[date] = []
    pairs = _day_months(exprs)
    weekdays = _free_weekdays(exprs)
    for cal in ("g", "h"):
        if not any(p[2] == cal for p in pairs):
            continue
        year = _best_year(pairs, weekdays, cal, today)
        if year is None:
            continue
        for month, day, c, _wd in pairs:
            if c == cal:
                d = _to_date(year, month, day, cal)
                if d is not None and d <= today:
                    candidates.append(d)
    ctx = Context(ref=None)
    for e in exprs:
        if e.rule.type != "date":
            continue
        f = e.frames[0]
        if f.day is None or f.month is None or f.year is None:
            continue
        r = resolve_frame(f, e.rule.type, ctx)
        if r is not None and r.precision == "day" and r.start <= today:
            candidates.append(r.start)
    return max(candidates) if candidates else None
