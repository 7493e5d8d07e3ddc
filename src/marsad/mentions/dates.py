"""DATE mentions: find every Arabic and English date expression and resolve it.

The grammar is data (``lang/ar/dates_*``, ``lang/en/dates_*``); the engine tags the
normalized text (:mod:`~marsad.mentions.date_tagger`), matches the grammar over the
tags (:mod:`~marsad.mentions.date_grammar`), reads each match into a frame
(:mod:`~marsad.mentions.date_frames`) and places it on the calendar
(:mod:`~marsad.mentions.date_resolve`) against a reference date: the document's
``published``, else one inferred from the text (:mod:`~marsad.mentions.date_context`).

Span convention: a mention covers the whole expression, part of the day, "يوم",
modifiers and relative operators included ("مساء يوم 7 ديسمبر/كانون الأول",
"قبل ثلاثة أيام", "الأحد الماضي", "أواخر العام الماضي"), but not a leading preposition
or an attached conjunction or preposition ("وفي أمس" -> "أمس"; "منذ 2012" -> "2012";
"بين 5 و7 ديسمبر" -> "5 و7 ديسمبر"). A fused "لل" ("للعام الماضي") stays in the span.

>>> [(m.text, m.value, m.precision) for m in resolve("فر نحو 2000 جندي يوم السبت", "2024-12-09")]
[('يوم السبت', '2024-12-07', 'day')]
>>> [(m.text, m.value) for m in resolve("وفي 2 كانون الأول/ديسمبر، ثم في اليوم التالي", "2024-12-09")]
[('2 كانون الأول/ديسمبر', '2024-12-02'), ('اليوم التالي', '2024-12-03')]
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from marsad.clean.normalize import NormalizedText, normalize
from marsad.document import Document, Mention
from marsad.mentions.date_calendar import weekday_on_or_after
from marsad.mentions.date_context import event_anchor, infer_reference, is_future
from marsad.mentions.date_frames import Frame
from marsad.mentions.date_grammar import Expr, find_expressions
from marsad.mentions.date_lexicon import DateLanguage, load_language
from marsad.mentions.date_resolve import (
    PRECISION_RANK,
    Context,
    Resolved,
    day_value,
    resolve_frame,
)
from marsad.text.sentences import split_sentences

__all__ = ["DateAnalysis", "DateRecognizer", "analyze", "parse_reference", "resolve"]

_INFERRED_FACTOR = 0.9
#: How far (characters of normalized text) after a day date an anchored relative may start
#: to place that date's clause against another event (:func:`_dates_its_clause`).
_CLAUSE_GAP = 2
#: How far (characters of normalized text) after an anchored relative its anchor date may be.
ANCHOR_REACH = 80


@dataclass(slots=True)
class DateAnalysis:
    """What :func:`analyze` finds: mentions, the reference used and where it came from.

    ``published_from``: ``"input"`` (given), ``"inferred"`` (from the text) or ``"none"``.
    """

    mentions: list[Mention] = field(default_factory=list)
    reference: date | None = None
    published_from: str = "none"


def parse_reference(value: date | datetime | str | None) -> date | None:
    """``"2015-07-21 02:51:32"`` / ``"2015-07-21T…"`` / a date -> ``date(2015, 7, 21)``."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip()
    if len(s) < 10:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def _pick_language(lang: str | None, text: str) -> str:
    if lang in ("ar", "en"):
        return lang
    arabic = sum(1 for ch in text[:2000] if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in text[:2000] if ch.isascii() and ch.isalpha())
    return "en" if latin > arabic else "ar"


def _simple_breaks(text: str, lang: str = "ar") -> list[int]:
    """Sentence starts of a normalized text (the project's splitter, abbreviation-aware)."""
    return [a for a, _b in split_sentences(text, lang)]


def _needs_tense(e: Expr) -> bool:
    f = e.frames[0]
    if e.rule.type != "date" or f.year is not None or f.numdate:
        return False
    if f.month is not None:
        return f.direction is None
    return f.weekday is not None and f.deictic is None and f.direction is None and f.day is None


def _month_calendar(exprs: list[Expr]) -> str:
    hijri = sum(1 for e in exprs for f in e.frames if f.calendar == "h" and f.month is not None)
    greg = sum(1 for e in exprs for f in e.frames if f.calendar == "g" and f.month is not None)
    return "h" if hijri > greg else "g"


def _previous(history: list[Resolved], unit: str) -> Resolved | None:
    rank = PRECISION_RANK.get(unit, 0)
    for r in reversed(history):
        if PRECISION_RANK[r.precision] <= rank:
            return r
    return None


def _right_after(e: Expr, nxt: Expr | None) -> bool:
    """Whether date expression ``nxt`` follows ``e`` in its sentence, at most
    ``ANCHOR_REACH`` characters on: the date an anchored relative counts from."""
    return nxt is not None and nxt.start - e.end <= ANCHOR_REACH and nxt.sent_start == e.sent_start


def _anchor(e: Expr, nxt: Expr | None, ctx: Context, history: list[Resolved]) -> Resolved | None:
    """What an anchored relative counts from: a date right after it, else the previous one.

    "بعد أربع سنوات على الإطاحة بالقذافي عام 2011" counts from 2011; "قبل يوم واحد من
    انهيار النظام" (no date in the anchor) from the previously resolved date.
    """
    unit = e.frames[0].unit or "day"
    if _right_after(e, nxt) and nxt is not None and not nxt.is_range and nxt.rule.type == "date":
        r = resolve_frame(nxt.frames[0], "date", replace(ctx, prev=None, future=False))
        if r is not None and PRECISION_RANK[r.precision] <= PRECISION_RANK.get(unit, 0):
            return r
    return _previous(history, unit)


def _dates_its_clause(
    text: str, prev: Expr, e: Expr, nxt: Expr | None, prev_value: Resolved | None
) -> bool:
    """Whether ``prev`` (resolved to ``prev_value``) dates the clause that the anchored
    relative ``e`` after it places against another event ("يحاولون استعادة الأحياء
    اليوم الثلاثاء بعد يوم من اكتمال سيطرتهم"): a day date of its sentence ending at most
    ``_CLAUSE_GAP`` characters before it, or anywhere before it when a comma opens the
    relative as the clause's adjunct; and no date right after it to count from. ``text``
    is the normalized text the expressions index."""
    f = e.frames[0]
    if not f.anchored or e.is_range or f.op not in ("ago", "after") or prev_value is None:
        return False
    if prev_value.precision != "day" or prev.sent_start != e.sent_start:
        return False
    if e.start < prev.end or _right_after(e, nxt):
        return False
    if e.start - prev.end <= _CLAUSE_GAP:
        return True
    # "أعلنت الوزارة، مساء الثلاثاء، التوصل إلى اتفاق ...، بعد ثلاثة أيام من اشتباكات":
    # an adjunct after a comma places the clause's day against what came before it (a
    # relative opening a clause of its own, "وبعد يومين من الهجوم اعتقلت", counts on)
    return text[max(prev.end, e.start - 3) : e.start].rstrip().endswith((",", "،"))


def _bare_weekday(f: Frame) -> bool:
    return f.weekday is not None and not f.has_date and f.day is None and f.deictic is None


def _resolve_expr(
    e: Expr, nxt: Expr | None, ctx: Context, history: list[Resolved]
) -> Resolved | None:
    f = e.frames[0]
    if f.anchored:
        ctx.prev = _anchor(e, nxt, ctx, history)
    elif f.anaphor is not None or f.demonstrative == "that":
        ctx.prev = _previous(history, f.unit or "day")
    else:
        ctx.prev = history[-1] if history else None
    if not e.is_range:
        return resolve_frame(f, e.rule.type, ctx)
    left, right = e.frames
    rl = resolve_frame(left, "date", ctx)
    if rl is not None and _bare_weekday(left) and _bare_weekday(right):
        # "بين الجمعة والأحد": the second weekday is the first such day from the first
        rr: Resolved | None = day_value(weekday_on_or_after(rl.start, right.weekday or 0))
    else:
        rr = resolve_frame(right, "date", ctx)
    if rl is None or rr is None:
        return None
    if rl.start > rr.start:
        if not left.inherited_year or left.year is None:
            rl, rr = rr, rl  # written from the later end: "2015-2014"
        else:  # "27 ديسمبر - 5 يناير 2016": the first half is in the year before
            rl = resolve_frame(replace(left, year=left.year - 1), "date", ctx)
            if rl is None or rl.start > rr.start:
                return None
    precision = max(rl.precision, rr.precision, key=PRECISION_RANK.__getitem__)
    if "/" in rl.value or "/" in rr.value or rl.precision != rr.precision:
        value = f"{rl.start.isoformat()}/{rr.end.isoformat()}"
    else:
        value = f"{rl.value}/{rr.value}"
    return Resolved(rl.start, rr.end, precision, value, rl.inferred or rr.inferred)


def _reanchor(
    text: str,
    exprs: list[Expr],
    resolved: list[Resolved | None],
    ctx: Context,
    lang: DateLanguage,
    placed: Collection[int] = (),
) -> None:
    """Re-place anchored relatives whose event is dated elsewhere in the text (in place).

    Applies only where no date follows the expression itself (see :func:`_anchor`) and
    not to those of ``placed`` (already placed against the date right before them).
    """
    usable = [
        k
        for k, (e, r) in enumerate(zip(exprs, resolved, strict=True))
        if r is not None
        and r.precision == "day"
        and e.rule.type == "date"
        and e.frames[0].anaphor is None
        and e.frames[0].demonstrative != "that"
    ]
    sentence_words: dict[tuple[int, int], set[str]] = {}
    for k, e in enumerate(exprs):
        f = e.frames[0]
        if not f.anchored or e.is_range or k in placed:
            continue
        nxt = exprs[k + 1] if k + 1 < len(exprs) else None
        if _right_after(e, nxt):
            continue
        j = event_anchor(text, e, exprs, usable, lang, sentence_words)
        if j is None:
            continue
        r = resolve_frame(f, e.rule.type, replace(ctx, prev=resolved[j], future=False))
        if r is not None:
            resolved[k] = r


def _after_since(text: str, e: Expr, lang: DateLanguage) -> bool:
    """Whether the word right before expression ``e`` is a SINCE word of ``lang``
    ("منذ", "since")."""
    words = text[max(0, e.start - 20) : e.start].split()
    if not words:
        return False
    word = words[-1].lower()
    for form in (word, word[1:] if word[:1] in lang.conjunctions else word):
        if any(entry.tag == "S" for entry in lang.single.get(form, ())):
            return True  # "منذ", "ومنذ", "since"
    return False


def _analyze_norm(
    original: str,
    norm: NormalizedText,
    lang: DateLanguage,
    reference: date | None,
    breaks: list[int],
    today: date,
) -> DateAnalysis:
    exprs = find_expressions(norm.text, lang, breaks, original, norm.to_original)
    result = DateAnalysis(reference=reference, published_from="input" if reference else "none")
    if reference is None and exprs:
        # a date a period starts from ("منذ السابع من أكتوبر 2023") is background: never
        # the day of the report
        reference = infer_reference(
            [e for e in exprs if not _after_since(norm.text, e, lang)], today
        )
        if reference is not None:
            result.reference, result.published_from = reference, "inferred"
    ctx = Context(ref=reference, week_start=lang.week_start, month_calendar=_month_calendar(exprs))
    history: list[Resolved] = []
    resolved: list[Resolved | None] = []
    placed: set[int] = set()  # anchored relatives placed against the date before them
    for k, e in enumerate(exprs):
        ctx.future = _needs_tense(e) and is_future(
            norm.text, e.start, e.end, e.sent_start, e.sent_end, lang
        )
        nxt = exprs[k + 1] if k + 1 < len(exprs) else None
        if k and _dates_its_clause(norm.text, exprs[k - 1], e, nxt, resolved[k - 1]):
            placed.add(k)
            # "اليوم الثلاثاء بعد يوم من اكتمال سيطرتهم": the date just before is when the
            # clause happened; what it came a day after was a day earlier
            f = e.frames[0]
            inverse = replace(f, op="after" if f.op == "ago" else "ago")
            r = resolve_frame(inverse, e.rule.type, replace(ctx, prev=resolved[k - 1]))
        else:
            r = _resolve_expr(e, nxt, ctx, history)
        resolved.append(r)
        if r is not None:
            history.append(r)
    _reanchor(norm.text, exprs, resolved, ctx, lang, placed)
    for e, r in zip(exprs, resolved, strict=True):
        if r is None:
            continue
        a, b = norm.to_original(e.start, e.end)
        conf = e.rule.confidence * (_INFERRED_FACTOR if r.inferred else 1.0)
        if any(f.month_conflict for f in e.frames):
            conf *= 0.5
        result.mentions.append(
            Mention(
                start=a,
                end=b,
                text=original[a:b],
                kind="DATE",
                value=r.value,
                precision=r.precision,
                confidence=round(conf, 3),
                source="dates",
            )
        )
    return result


def analyze(
    text: str,
    reference_date: date | str | None = None,
    lang: str | None = "ar",
    *,
    today: date | None = None,
) -> DateAnalysis:
    """Find and resolve the dates of a raw string; offsets index ``text``.

    ``reference_date``: the publication date (a date or an ISO string); when None it is
    inferred from the text (``published_from == "inferred"``) where the text allows.
    ``today`` bounds inference (default: the system date).
    """
    norm = normalize(text)
    code = _pick_language(lang, text)
    return _analyze_norm(
        text,
        norm,
        load_language(code),
        parse_reference(reference_date),
        _simple_breaks(norm.text, code),
        today or date.today(),
    )


def resolve(
    text: str, reference_date: date | str | None, lang: str = "ar", *, today: date | None = None
) -> list[Mention]:
    """DATE mentions of ``text`` resolved against ``reference_date`` (see :func:`analyze`).

    >>> [(m.text, m.value) for m in resolve("وصل أمس (الأحد) إلى الرياض", "2015-07-21")]
    [('أمس (الأحد)', '2015-07-19')]
    """
    return analyze(text, reference_date, lang, today=today).mentions


class DateRecognizer:
    """Stage: DATE mentions on ``doc.text`` and the document's reference date.

    Sets ``doc.published`` (``YYYY-MM-DD``) and ``doc.published_from``: kept as
    ``"input"`` / ``"option"`` when the document came with a date, ``"inferred"`` when
    the text gave one, ``"none"`` otherwise.
    """

    name = "dates"
    requires = frozenset({"norm", "lang", "sentences"})
    provides = frozenset({"mentions.DATE", "published"})

    def __init__(self, today: date | None = None) -> None:
        self.today = today

    def _breaks(self, doc: Document, norm: NormalizedText, lang: str) -> list[int]:
        """Sentence starts of ``doc.sentences`` as offsets into the normalized view."""
        starts = [s.start for s in doc.sentences]
        if not starts:
            return _simple_breaks(norm.text, lang)
        return norm.to_view(starts)

    def __call__(self, doc: Document) -> Document:
        norm = doc.norm if isinstance(doc.norm, NormalizedText) else normalize(doc.text)
        ref = parse_reference(doc.published)
        lang = load_language(_pick_language(doc.lang, doc.text))
        result = _analyze_norm(
            doc.text,
            norm,
            lang,
            ref,
            self._breaks(doc, norm, lang.code),
            self.today or date.today(),
        )
        for m in result.mentions:
            doc.add_mention(m)
        if ref is not None:
            doc.published = ref.isoformat()
            if doc.published_from not in ("input", "option"):
                doc.published_from = "input"
        elif result.reference is not None:
            doc.published = result.reference.isoformat()
            doc.published_from = "inferred"
        else:
            doc.published = None
            doc.published_from = "none"
        return doc
