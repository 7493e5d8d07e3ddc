"""Find date expressions: run the grammar rules over the tag string, keep the best matches.

Every rule of ``lang/<lang>/dates_grammar.json`` is a regular expression over the tag
letters of :func:`marsad.mentions.date_tagger.tag_text`. All matches of all rules are
collected; the longest (in characters) wins, on equal length the earlier rule, and
the winners never overlap. Each winner becomes an :class:`Expr` with its frame(s).

>>> from marsad.mentions.date_lexicon import load_language
>>> text = "قال مصدر يوم السبت إن 2000 جندي عبروا في 2 كانون الاول/ديسمبر"
>>> [(text[e.start:e.end], e.rule.name) for e in find_expressions(text, load_language("ar"))]
[('يوم السبت', 'weekday'), ('2 كانون الاول/ديسمبر', 'date')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from marsad.mentions.date_frames import Frame, build_frame, inherit
from marsad.mentions.date_lexicon import NAME_TAGS, TAGS, DateLanguage, Rule
from marsad.mentions.date_tagger import Tok, tag_text

_ANCHORS = re.compile(
    "[" + re.escape("".join(TAGS[t] for t in ("DAY", "YEAR", "NUMDATE", *NAME_TAGS))) + "]"
)
_YEAR, _OF, _BREAK = TAGS["YEAR"], TAGS["OF"], TAGS["BREAK"]


@dataclass(slots=True)
class Expr:
    """One date expression: offsets into the normalized text, the rule, its frame(s).

    ``frames`` holds one frame, or two for a range (start, end). ``sent_start`` /
    ``sent_end`` bound the sentence it stands in (for tense cues).
    """

    start: int
    end: int
    rule: Rule
    frames: list[Frame]
    sent_start: int = 0
    sent_end: int = 0
    tokens: list[Tok] = field(default_factory=list)

    @property
    def is_range(self) -> bool:
        """True for a ``start/end`` range expression."""
        return len(self.frames) == 2


def _select(
    candidates: list[tuple[int, int, int, Rule, re.Match[str]]], toks: Sequence[Tok]
) -> list[tuple[int, int, int, Rule, re.Match[str]]]:
    def size(c: tuple[int, int, int, Rule, re.Match[str]]) -> int:
        return toks[c[1] - 1].end - toks[c[0]].start

    taken = bytearray(len(toks))
    chosen = []
    for c in sorted(candidates, key=lambda c: (-size(c), c[2], c[0])):
        s, e = c[0], c[1]
        if any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _sentence_bounds(toks: Sequence[Tok], s: int, e: int, text_len: int) -> tuple[int, int]:
    a = s
    while a > 0 and toks[a - 1].tag != _BREAK:
        a -= 1
    b = e
    while b < len(toks) and toks[b].tag != _BREAK:
        b += 1
    start = toks[a].start if a < len(toks) else 0
    end = toks[b - 1].end if b > 0 else text_len
    return start, end


def _bare_year_ok(f: Frame) -> bool:
    """A year with no unit word, era or month must look like a modern year."""
    if f.year is None or f.month is not None or f.year_unit or f.era is not None:
        return True
    return 1900 <= f.year <= 2100


def find_expressions(
    text: str,
    lang: DateLanguage,
    breaks: Sequence[int] = (),
    original: str | None = None,
    to_original=None,  # noqa: ANN001
) -> list[Expr]:
    """Date expressions of the normalized ``text`` in text order (see module doc).

    ``breaks``: offsets (into ``text``) where sentences start; no rule crosses them.
    """
    toks = tag_text(text, lang, breaks, original, to_original)
    tags = "".join(t.tag for t in toks)
    if not _ANCHORS.search(tags):
        return []
    candidates = []
    for order, rule in enumerate(lang.rules):
        for m in rule.regex.finditer(tags):
            if m.end() > m.start():
                candidates.append((m.start(), m.end(), order, rule, m))
    out: list[Expr] = []
    for s, e, _order, rule, m in _select(candidates, toks):
        sent = _sentence_bounds(toks, s, e, len(text))
        if rule.type == "list":
            out.extend(_list_exprs(toks, s, e, rule, sent))
            continue
        if rule.type in ("range", "pair"):
            ls, le = m.span("L")
            rs, re_ = m.span("R")
            left = build_frame(toks[ls:le], "date")
            right = build_frame(toks[rs:re_], "date")
            if left.era and right.era and left.era != right.era:
                # "1436هـ - 2015م": one year in two calendars, not a range
                out.append(Expr(toks[ls].start, toks[le - 1].end, rule, [left], *sent, toks[ls:le]))
                out.append(
                    Expr(toks[rs].start, toks[re_ - 1].end, rule, [right], *sent, toks[rs:re_])
                )
                continue
            inherit(left, right)
            if rule.type == "pair":  # "يومي 27 و31 يوليو": two dates sharing month and year
                out.append(Expr(toks[ls].start, toks[le - 1].end, rule, [left], *sent, toks[ls:le]))
                out.append(
                    Expr(toks[rs].start, toks[re_ - 1].end, rule, [right], *sent, toks[rs:re_])
                )
                continue
            frames = [left, right]
        else:
            frame = build_frame(toks[s:e], rule.type)
            if rule.type == "relative" and e < len(toks) and toks[e].tag == _OF:
                frame.anchored = True
            frames = [frame]
        if not all(_bare_year_ok(f) for f in frames):
            continue
        out.append(Expr(toks[s].start, toks[e - 1].end, rule, frames, *sent, toks[s:e]))
    return out


def _list_exprs(
    toks: Sequence[Tok], s: int, e: int, rule: Rule, sent: tuple[int, int]
) -> list[Expr]:
    """ "عامي 2011 و2015" -> one year expression per year (the first keeps the unit word)."""
    out = []
    first = s
    for k in range(s, e):
        if toks[k].tag != _YEAR:
            continue
        end = k + 1
        if end < e and toks[end].tag == TAGS["ERA"]:
            end += 1
        frame = build_frame(toks[first:end], "date")
        frame.year_unit = True
        out.append(
            Expr(toks[first].start, toks[end - 1].end, rule, [frame], *sent, toks[first:end])
        )
        first = end + 1 if end < e else end
        while first < e and toks[first].tag != _YEAR:
            first += 1
    return out
