"""Sentence splitting for Arabic and English, offset-preserving.

A paragraph break (any newline) always ends a sentence. Inside a paragraph a
sentence ends after ``. ! ? ؟ …`` (and any closing quotes or brackets) followed by
white space, unless the period closes a known abbreviation (``lang/*/abbreviations.txt``)
or an initial ("J. Smith"), or the next word starts in lower case (English).

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


def _append(line: str, a: int, b: int, offset: int, out: list[tuple[int, int]]) -> None:
    seg = line[a:b]
    stripped = seg.strip()
    if not stripped:
        return
    lead = len(seg) - len(seg.lstrip())
    out.append((offset + a + lead, offset + a + lead + len(stripped)))


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
