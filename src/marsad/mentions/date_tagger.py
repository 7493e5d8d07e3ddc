"""Tokens and tags: the string the date grammar reads.

The normalized text is cut into words, numbers and punctuation; each token gets one
tag letter (:data:`marsad.mentions.date_lexicon.TAGS`) from the language lexicon, after
stripping attached conjunctions and prepositions (``"وأمس"`` -> ``"امس"``, the ``و``
kept out of the span). Multi-word lexicon entries (``"كانون الأول"``) become one token.
A paragraph or sentence break between two tokens becomes a ``|`` pseudo-token, so no
rule runs across it.

>>> from marsad.mentions.date_lexicon import load_language
>>> toks = tag_text("وفي 2 كانون الاول/ديسمبر", load_language("ar"))
>>> "".join(t.tag for t in toks)
'pdM/M'
>>> toks[0].start, toks[2].start   # "وفي" keeps its "و" outside: the token starts after it
(1, 6)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.mentions.date_lexicon import NAME_TAGS, PUNCT_TAGS, TAGS, DateLanguage

_TOKEN = re.compile(
    r"(?P<numdate>(?<![\d/.\-])(?<![\d/\-] )"
    r"(?:\d{4}(?: ?[/\-] ?|\.)\d{1,2}(?: ?[/\-] ?|\.)\d{1,2}"
    r"|\d{1,2}(?: ?[/\-] ?|\.)\d{1,2}(?: ?[/\-] ?|\.)\d{2,4})"
    r"(?!\d| ?[/.\-] ?\d))"
    r"|(?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<punct>[^\w\s])"
)
_BREAK_CHARS = re.compile(r"\n")
_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"[^\W\d_]+")

_DAY, _YEAR, _NUM = TAGS["DAY"], TAGS["YEAR"], TAGS["NUM"]
_WORD, _PUNCT, _BREAK = TAGS["WORD"], TAGS["PUNCT"], TAGS["BREAK"]
_NUMDATE, _TIME = TAGS["NUMDATE"], TAGS["TIME"]


@dataclass(slots=True)
class Tok:
    """One token of the normalized text: ``[start, end)`` excludes stripped clitics."""

    start: int
    end: int
    tag: str
    value: object = None
    norm: str = ""
    form: str = ""  # the lexicon form it matched (clitics stripped)
    needs_context: int = 0
    pseudo: bool = False  # an "and" read off a clitic و ("وآذار" -> AND + MONTH)


#: Tags before which an attached "و" is shown to the grammar as a separate AND token, so
#: that "بين أيلول 2007 وآذار 2012" reads as a range and "سبتمبر وأكتوبر" as two months.
_SPLIT_AND = frozenset(TAGS[t] for t in NAME_TAGS)
_AND = TAGS["AND"]


def _number_tag(text: str) -> tuple[str, object]:
    if not text.isdigit():
        return _NUM, None
    v = int(text)
    if len(text) <= 2 and 1 <= v <= 31:
        return _DAY, v
    if len(text) == 4 and 1000 <= v <= 2100:
        return _YEAR, v
    return _NUM, v


def _numdate(text: str, order: str) -> tuple[int, int, int] | None:
    """``"20/7/2015"`` -> ``(2015, 7, 20)``; ``"1436/10/5"`` -> ``(1436, 10, 5)``; None if invalid."""
    parts = re.split(r" ?[/.\-] ?", text)
    a, b, c = (int(p) for p in parts)
    if len(parts[0]) == 4:
        y, m, d = a, b, c
    elif len(parts[2]) == 4 or (len(parts[2]) == 2 and (c <= 30 or c >= 50)):
        y = c if len(parts[2]) == 4 else (2000 + c if c <= 30 else 1900 + c)
        if order == "MDY":
            m, d = (a, b) if a <= 12 else (b, a)
        else:
            d, m = (a, b) if b <= 12 else (b, a)
    else:
        return None
    if not (1 <= m <= 12 and 1 <= d <= 31 and 1300 <= y <= 2100):
        return None
    return y, m, d


def _candidates(word: str, lang: DateLanguage) -> list[tuple[str, int]]:
    """Readings of a word with its clitic prefixes stripped, with the letters stripped."""
    out = [(word, 0)]
    if not lang.conjunctions:
        return out
    bases = [(word, 0)]
    if len(word) > 2 and word[0] in lang.conjunctions:
        bases.append((word[1:], 1))
        out.append((word[1:], 1))
    for base, skip in bases:
        if len(base) > 2 and base[0] in lang.prepositions:
            fused = lang.fused_article
            if fused and base.startswith(fused):
                out.append((lang.article + base[len(fused) :], skip))
            else:
                out.append((base[1:], skip + 1))
    return out


def _matches(pattern: re.Pattern[str], word: str, lang: DateLanguage) -> bool:
    """``pattern`` matches ``word`` as written or with its clitic prefixes stripped."""
    if not word:
        return False
    return any(pattern.fullmatch(w) for w, _ in _candidates(word, lang))


def _blocked(form: str, lang: DateLanguage, prev: str, nxt: str) -> bool:
    for b in lang.blockers.get(form, ()):
        here, there = (prev, nxt) if b.side == "prev" else (nxt, prev)
        if not _matches(b.pattern, here, lang):
            continue
        if b.other is not None and _matches(b.other, there, lang) != b.other_must:
            continue
        return True
    return False


def tag_text(
    text: str,
    lang: DateLanguage,
    breaks: Sequence[int] = (),
    original: str | None = None,
    to_original=None,  # noqa: ANN001 - (start, end) -> (start, end)
) -> list[Tok]:
    """Tag the normalized ``text``; ``breaks`` are offsets where a sentence starts.

    Only sentences with a digit or a date word are tokenized (the rest cannot hold a
    date). Runs of plain words become one ``_`` token (the grammar never looks inside
    them); its ``norm`` is the run's first word and ``form`` its last, for the blockers.
    ``original`` / ``to_original`` (optional) give the unnormalized text, used only for
    words whose reading depends on letter case (English "May", "March").
    """
    brk = sorted(set(breaks) | {m.end() for m in _BREAK_CHARS.finditer(text)} | {len(text)})
    toks: list[Tok] = []
    pos = 0
    for b in brk:
        if b <= pos:
            continue
        if _has_anchor(text, pos, b, lang):
            if toks:
                toks.append(Tok(pos, pos, _BREAK))
            _tag_span(text, pos, b, lang, toks, original, to_original)
        pos = b
    if lang.blockers:
        _apply_blockers(toks, lang)
    return toks


def _has_anchor(text: str, a: int, b: int, lang: DateLanguage) -> bool:
    """Cheap test: may ``text[a:b]`` hold a date (a digit or a date word)?"""
    if _DIGIT.search(text, a, b):
        return True
    return not lang.anchor_words.isdisjoint(_WORDS.findall(text, a, b))


def _tag_span(
    text: str,
    a: int,
    b: int,
    lang: DateLanguage,
    toks: list[Tok],
    original: str | None,
    to_original,  # noqa: ANN001
) -> None:
    """Append the tokens of ``text[a:b]`` (one sentence) to ``toks``."""
    append = toks.append
    surface, multi = lang.surface, lang.multi_surface
    case_sensitive = lang.case_sensitive
    word_run: Tok | None = None
    skip_until = 0
    for m in _TOKEN.finditer(text, a, b):
        start = m.start()
        if start < skip_until:
            continue
        kind = m.lastgroup
        w = m.group()
        if kind == "word":
            hit = None
            cands = multi.get(w)
            if cands:
                end0 = m.end()
                for rest, entry, form, skip in cands:
                    mm = rest.match(text, end0)
                    if mm:
                        hit = (entry, form, skip)
                        skip_until = mm.end()
                        break
            if hit is None:
                hit = surface.get(w)
                if hit is not None and hit[1] in case_sensitive:
                    if not _case_ok(hit[1], start, m.end(), lang, original, to_original):
                        hit = None
            if hit is None:
                if word_run is not None:
                    word_run.end = m.end()
                    word_run.form = w
                else:
                    word_run = Tok(start, m.end(), _WORD, None, w, w)
                    append(word_run)
                continue
            entry, form, skip = hit
            end = skip_until if skip_until > start else m.end()
            if skip and entry.tag in _SPLIT_AND and w[0] == lang.conjunctions[:1]:
                append(Tok(start, start + 1, _AND, None, w[0], pseudo=True))
            append(Tok(start + skip, end, entry.tag, entry.value, w, form, entry.needs_context))
            word_run = None
            continue
        word_run = None
        if kind == "num":
            tag, value = _number_tag(w)
            append(Tok(start, m.end(), tag, value, w))
        elif kind == "numdate":
            value = _numdate(w, lang.numeric_order)
            append(Tok(start, m.end(), _NUM if value is None else _NUMDATE, value, w))
        elif kind == "time":
            append(Tok(start, m.end(), _TIME, None, w))
        else:
            name = PUNCT_TAGS.get(w)
            append(Tok(start, m.end(), TAGS[name] if name else _PUNCT, None, w))


def _case_ok(
    form: str, start: int, end: int, lang: DateLanguage, original: str | None, to_original
) -> bool:  # noqa: ANN001
    """A case-sensitive word ("May") is a date word only when written as the data says."""
    if original is None or to_original is None:
        return True
    a, b = to_original(start, end)
    return re.fullmatch(lang.case_sensitive[form], original[a:b]) is not None


def _apply_blockers(toks: list[Tok], lang: DateLanguage) -> None:
    """Turn date words in blocking contexts into plain words (in place)."""
    real = [t for t in toks if not t.pseudo and t.tag != _BREAK]
    for k, t in enumerate(real):
        if t.form and t.tag != _WORD and t.form in lang.blockers:
            prev = (real[k - 1].form or real[k - 1].norm) if k > 0 else ""
            nxt = real[k + 1].norm if k + 1 < len(real) else ""
            if _blocked(t.form, lang, prev, nxt):
                t.tag = _WORD
    for k, t in enumerate(toks):  # an "and" split off a word that is no longer a date word
        if t.pseudo and (k + 1 >= len(toks) or toks[k + 1].tag not in _SPLIT_AND):
            t.tag = _WORD
