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
    r"\d+(?:[.,:/]\d+)*"  # numbers, with separators: 2,000  3.5  10:30  5/12
    r"|[^\W\d_]+(?:['’\-][^\W\d_]+)*"  # words, with inner apostrophes / hyphens
    r"|[^\w\s]|_"  # one punctuation mark
)
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def tokenize(text: str, view: NormalizedText | None = None) -> list[Token]:
    """Tokens of ``text`` (``view`` is its normalized view; computed when omitted)."""
    view = view or normalize(text)
    out: list[Token] = []
    to_orig = view.to_original
    for m in _TOKEN.finditer(view.text):
        norm = m.group()
        start, end = to_orig(m.start(), m.end())
        is_word = norm[0].isalnum()
        if is_word and _ARABIC_WORD.fullmatch(norm):
            a = analyze(norm)
            out.append(Token(start, end, text[start:end], norm, a.stem, a.prefixes, a.suffix, True))
        else:
            out.append(Token(start, end, text[start:end], norm, norm, "", "", is_word))
    return out


class Tokenizer:
    """Stage: sets ``doc.tokens`` from ``doc.text`` and its normalized view."""

    name = "tokens"
    requires = frozenset({"text", "norm"})
    provides = frozenset({"tokens"})

    def __call__(self, doc: Document) -> Document:
        doc.tokens = tokenize(doc.text, doc.norm)
        return doc
