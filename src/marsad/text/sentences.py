"""Sentence splitting for Arabic and English, offset-preserving.

A paragraph break (any newline) always ends a sentence. Inside a paragraph a
sentence ends after ``. ! ? ؟ …`` (and any closing quotes or brackets) followed by
white space, unless the period closes a known abbreviation (``lang/*/abbreviations.txt``)
or an initial ("J. Smith"), or the next word starts in lower case (English). A sentence
longer than :data:`MAX_SENTENCE` characters is cut at a comma or a space.

>>> text = "قال د. أحمد إن الوضع هادئ. وأضاف: “لا جديد”.\\nSecond para."
>>> [text[a:b] for a, b in split_sentences(text, "ar")]
['قال د. أحمد إن الوضع هادئ.', 'وأضاف: “لا جديد”.', 'Second para.']
"""

from __future__ import annotations

import re
from functools import cache

from marsad.clean.normalize import normalize_key
from marsad.document import Document, Span
from marsad.lang import read_lines

_LINE = re.compile(r"[^\n]+")
_END = re.compile(r"[.!?؟…]+[”\"»’'\)\]]*(?=\s)")
_PREV_WORD = re.compile(r"(\w+)\.$")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(
        normalize_key(a).rstrip(".")
        for lang in ("ar", "en")
        for a in read_lines(lang, "abbreviations.txt")
    )


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` (without its period) is a known abbreviation ("د", "Dr")."""
    return normalize_key(word).rstrip(".") in _abbreviations()


def _is_abbreviation(line: str, dot: int) -> bool:
    """True when the period at ``line[dot]`` closes an abbreviation or an initial."""
    if line[dot] != ".":
        return False
    m = _PREV_WORD.search(line, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True
    key = normalize_key(word)
    # "U.S." / "e.g.": the word before the final period may itself follow a period.
    if m.start() > 0 and line[m.start() - 1] == ".":
        return True
    return key in _abbreviations()


def _split_line(line: str, offset: int, out: list[tuple[int, int]]) -> None:
    start = 0
    for m in _END.finditer(line):
        end = m.end()
        if _is_abbreviation(line, m.start()):
            continue
        nxt = line[end:].lstrip()
        if nxt and nxt[0].islower():
            continue
        _append(line, start, end, offset, out)
        start = end
    _append(line, start, len(line), offset, out)


#: A sentence longer than this many characters is cut (at a comma, else a space, in its
#: second half): text without stops (a dump, a list) would otherwise make one sentence
#: whose cost grows with the square of its length. News sentences stay far below it (the
#: longest of the 1,600 gold articles has 2,236).
MAX_SENTENCE = 3000
_SOFT_BREAKS = ("،", ",", "؛", ";", " ")


def _append(line: str, a: int, b: int, offset: int, out: list[tuple[int, int]]) -> None:
    seg = line[a:b]
    stripped = seg.strip()
    if not stripped:
        return
    lead = len(seg) - len(seg.lstrip())
    start, end = a + lead, a + lead + len(stripped)
    while end - start > MAX_SENTENCE:
        cut = _soft_break(line, start, start + MAX_SENTENCE)
        _append(line, start, cut, offset, out)
        start = cut
        while start < end and line[start].isspace():
            start += 1
    if end > start:
        out.append((offset + start, offset + end))


def _soft_break(line: str, start: int, limit: int) -> int:
    """Where to cut ``line[start:limit]``: after the last comma or semicolon in its second
    half, else at its last space there, else at ``limit``."""
    half = start + (limit - start) // 2
    for mark in _SOFT_BREAKS:
        at = line.rfind(mark, half, limit)
        if at >= 0:
            return at + 1 if mark != " " else at
    return limit


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Return sentence spans ``(start, end)`` of ``text``, trimmed of white space.

    ``lang`` is accepted for symmetry with other stages; the rules above serve both
    Arabic and English (abbreviation lists of both are always consulted).
    """
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        _split_line(m.group(), m.start(), out)
    return out


class SentenceSplitter:
    """Stage: sets ``doc.sentences`` (a list of :class:`Span` into ``doc.text``)."""

    name = "sentences"
    requires = frozenset({"text", "lang"})
    provides = frozenset({"sentences"})

    def __call__(self, doc: Document) -> Document:
        doc.sentences = [Span(a, b) for a, b in split_sentences(doc.text, doc.lang)]
        return doc
