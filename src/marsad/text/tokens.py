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
    r"(?P<num>\d+(?:[.,:/]\d+)*)"  # numbers, with separators: 2,000  3.5  10:30  5/12
    r"|(?P<ar>[\u0621-\u064a]+(?![^\W\d_]))"  # an Arabic word (letters only)
    r"|(?P<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*)"  # other words, inner apostrophes / hyphens
    r"|(?P<punct>[^\w\s]|_)"  # one punctuation mark
)
_NUM, _AR, _WORD = 1, 2, 3


def tokenize(text: str, view: NormalizedText | None = None) -> list[Token]:
    """Tokens of ``text`` (``view`` is its normalized view; computed when omitted)."""
    view = view or normalize(text)
    found = [(m.start(), m.end(), m.group(), m.lastindex) for m in _TOKEN.finditer(view.text)]
    spans = view.map_spans([(a, b) for a, b, _, _ in found])
    out: list[Token] = []
    append = out.append
    for (start, end), (_, _, norm, kind) in zip(spans, found, strict=True):
        if kind == _AR:
            a = analyze(norm)
            append(Token(start, end, text[start:end], norm, a.stem, a.prefixes, a.suffix, True))
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
