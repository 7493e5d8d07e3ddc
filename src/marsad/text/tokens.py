"""Tokenization with a clitic-aware view, offset-preserving.

Tokens are found on the normalized view (``doc.norm``) and mapped back to
``doc.text``, so a token's ``text`` is exactly as written (diacritics included)
while ``norm`` and ``stem`` are in matching spelling. Arabic tokens carry the
clitic analysis of :mod:`marsad.text.clitics`; other tokens use the lower-cased
form as ``stem``.

>>> from marsad.clean.normalize import normalize
>>> toks = tokenize("وبالعراقِ، قال 2,000 جندي", normalize("وبالعراقِ، قال 2,000 جندي"))
>>> [(t.text, t.prefixes, t.stem) for t in toks][:2]
[('وبالعراقِ', 'وب', 'العراق'), ('،', '', ',')]
>>> toks[3].text
'2,000'
"""

from __future__ import annotations

import re

from marsad.clean.normalize import NormalizedText, normalize
from marsad.document import Document, Token
from marsad.text.clitics import analyze

_TOKEN = re.compile(
    # the whitespace before a token is taken by the match (the token is the group that
    # matched), so no alternative is tried at a space; every other character opens
    # one of the alternatives.
    r"\s*+(?:"
    # Arabic words first (most tokens); no digit is an Arabic letter, so trying them
    # before numbers finds the same tokens
    r"(?P<ar>[\u0621-\u064a]+(?![^\W\d_]))"  # an Arabic word (letters only)
    r"|(?P<num>\d+(?:[.,:/]\d+)*)"  # numbers, with separators: 2,000  3.5  10:30  5/12
    r"|(?P<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*)"  # other words, inner apostrophes / hyphens
    r"|(?P<punct>[^\w\s]|_)"  # one punctuation mark
    r")"
)
_AR, _NUM, _WORD = 1, 2, 3
#: Marks that belong to the letter before them (a token ending on the letter takes them).
_TRAILING_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")


def tokenize(text: str, view: NormalizedText | None = None) -> list[Token]:
    """Tokens of ``text`` (``view`` is its normalized view; computed when omitted)."""
    view = view or normalize(text)
    tables = view.offset_tables()
    if tables is None:
        marks = {m.start(): m.end() for m in _TRAILING_MARKS.finditer(text)}
    else:
        starts, ends, marks = tables
    out: list[Token] = []
    append = out.append
    get_mark = marks.get
    vtext = view.text
    # trailing whitespace ends the scan (the pattern would retry it from every position)
    for m in _TOKEN.finditer(vtext, 0, len(vtext.rstrip())):
        kind = m.lastindex
        a, b = m.span(kind)
        if tables is None:
            start, end = a, b
        else:
            start, end = starts[a], ends[b - 1]
        end = get_mark(end, end)
        norm = m.group(kind)
        if kind == _AR:
            an = analyze(norm)
            append(Token(start, end, text[start:end], norm, an.stem, an.prefixes, an.suffix, True))
        else:
            word = kind == _NUM or kind == _WORD
            append(Token(start, end, text[start:end], norm, norm, "", "", word))
    return out


class Tokenizer:
    """Stage: sets ``doc.tokens`` from ``doc.text`` and its normalized view."""

    name = "tokens"
    requires = frozenset({"text", "norm"})
    provides = frozenset({"tokens"})

    def __call__(self, doc: Document) -> Document:
        doc.tokens = tokenize(doc.text, doc.norm)
        return doc
