"""Tokens and tags: the string the date grammar reads.

The normalized text is cut into words, numbers and punctuation; each token gets one
tag letter (:data:`marsad.mentions.date_lexicon.TAGS`) from the language lexicon, after
stripping attached conjunctions and prepositions (``"وأمس"`` -> ``"امس"``, the ``و``
kept out of the span). Multi-word lexicon entries (``"كانون الأول"``) become one token.
A paragraph or sentence break between two tokens becomes a ``|`` pseudo-token, so no
rule runs across it.

>>> from marsad.mentions.date_lexicon import load_language
>>> toks = tag_text("وفي 2 كانون الأول/ديسمبر", load_language("ar"))
>>> "".join(t.tag for t in toks)
'pdM/M'
>>> toks[0].start, toks[2].start   # "وفي" keeps its "و" outside: the token starts after it
(1, 6)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.mentions.date_lexicon import PUNCT_TAGS, TAGS, DateLanguage, Entry

_TOKEN = re.compile(
    r"(?P<numdate>(?<![\d/.\-])(?<![\d/\-] )\d{1,4}(?: ?[/\-] ?|\.)\d{1,2}(?: ?[/\-] ?|\.)\d{2,4}"
    r"(?!\d| ?[/.\-] ?\d))"
    r"|(?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<punct>[^\w\s])"
)
_BREAK_CHARS = re.compile(r"\n")

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
    """Lexicon keys a word may stand for, with the number of prefix letters to skip."""
    out = [(word, 0)]
    if not lang.conjunctions:
        return out
    if lang.no_split is not None and lang.no_split.fullmatch(word):
        return out
    bases = [(word, 0)]
    if len(word) > 2 and word[0] in lang.conjunctions:
        bases.append((word[1:], 1))
        out.append((word[1:], 1))
    for base, skip in bases:
        if len(base) > 2 and base[0] in lang.prepositions:
            if base.startswith("لل") and lang.article:
                out.append((lang.article + base[2:], skip))
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

    ``original`` / ``to_original`` (optional) give the unnormalized text, used only for
    words whose reading depends on letter case (English "May", "March").
    """
    raw: list[tuple[int, int, str, str]] = []  # start, end, kind, text
    for m in _TOKEN.finditer(text):
        raw.append((m.start(), m.end(), m.lastgroup or "punct", m.group()))
    toks: list[Tok] = []
    n = len(raw)
    i = 0
    prev_end = 0
    brk = list(breaks)
    single, multi = lang.single, lang.multi
    while i < n:
        start, end, kind, word = raw[i]
        if toks and (
            _BREAK_CHARS.search(text, prev_end, start)
            or (brk and bisect_right(brk, start) != bisect_right(brk, prev_end))
        ):
            toks.append(Tok(prev_end, prev_end, _BREAK))
        if kind == "word":
            tok, used = _word_token(raw, i, text, lang, single, multi, original, to_original)
            toks.append(tok)
            i += used
            prev_end = tok.end
            continue
        if kind == "num":
            tag, value = _number_tag(word)
            toks.append(Tok(start, end, tag, value, word))
        elif kind == "numdate":
            value = _numdate(word, lang.numeric_order)
            if value is None:
                toks.append(Tok(start, end, _NUM, None, word))
            else:
                toks.append(Tok(start, end, _NUMDATE, value, word))
        elif kind == "time":
            toks.append(Tok(start, end, _TIME, None, word))
        else:
            name = PUNCT_TAGS.get(word)
            toks.append(Tok(start, end, TAGS[name] if name else _PUNCT, None, word))
        prev_end = end
        i += 1
    _apply_blockers(toks, lang)
    return toks


def _word_token(
    raw: list[tuple[int, int, str, str]],
    i: int,
    text: str,
    lang: DateLanguage,
    single: dict[str, list[Entry]],
    multi: dict[str, list[tuple[tuple[str, ...], Entry]]],
    original: str | None,
    to_original,  # noqa: ANN001
) -> tuple[Tok, int]:
    start, end, _kind, word = raw[i]
    for form, skip in _candidates(word, lang):
        for words, entry in multi.get(form, ()):
            k = len(words)
            if i + k > len(raw):
                continue
            ok = True
            for j in range(1, k):
                s2, _e2, kind2, w2 = raw[i + j]
                if w2 != words[j] or "\n" in text[raw[i + j - 1][1] : s2]:
                    ok = False
                    break
            if ok:
                tok = Tok(start + skip, raw[i + k - 1][1], entry.tag, entry.value, word, form)
                tok.needs_context = entry.needs_context
                return tok, k
        entries = single.get(form)
        if entries:
            entry = entries[0]
            if form in lang.case_sensitive and original is not None and to_original is not None:
                a, b = to_original(start, end)
                if not re.fullmatch(lang.case_sensitive[form], original[a:b]):
                    continue
            tok = Tok(start + skip, end, entry.tag, entry.value, word, form, entry.needs_context)
            return tok, 1
    return Tok(start, end, _WORD, None, word), 1


def _apply_blockers(toks: list[Tok], lang: DateLanguage) -> None:
    """Turn date words in blocking contexts into plain words (in place)."""
    if not lang.blockers:
        return
    for k, t in enumerate(toks):
        if t.form and t.form in lang.blockers:
            prev = toks[k - 1].norm if k > 0 else ""
            nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
            if _blocked(t.form, lang, prev, nxt):
                t.tag = _WORD
