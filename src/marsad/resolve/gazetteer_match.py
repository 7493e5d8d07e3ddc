"""Find gazetteer names in a normalized text: word-bounded, clitic-aware, longest match.

The text is the matching view of a document (:func:`marsad.clean.normalize.normalize`).
Every word is read with and without its proclitics (``و ف`` then ``ب ل ك``, and
``لل`` = ``ل`` + ``ال``); a reading that is a key of the index, or the first word of a
multiword key whose other words follow (separated by spaces only), is a match. At each
word the longest match wins; matches do not overlap.

>>> from marsad.resolve.gazetteer import load_gazetteer
>>> text = "وصلت القوات والقامشلي وبدير الزور"
>>> [(m.start, m.end, text[m.start:m.end]) for m in find_names(text, load_gazetteer())]
[(13, 21, 'القامشلي'), (24, 33, 'دير الزور')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.resolve.gazetteer import Gazetteer
from marsad.resolve.gazetteer_keys import fold_latin

#: A word of the normalized view: Arabic letters, Latin letters (apostrophes inside), digits.
WORD = re.compile(r"[\u0621-\u064a]+|[0-9a-z\u00c0-\u024f]+(?:['’][a-z\u00c0-\u024f]+)*|[0-9]+")
_GAP = re.compile(r"[ \t\u00a0]+")
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


@dataclass(slots=True)
class Word:
    """A word of the normalized text."""

    start: int
    end: int
    text: str
    arabic: bool


@dataclass(slots=True)
class Reading:
    """One way to read a matched span: the key and how many clitic letters precede it."""

    key: str
    prefix: str


@dataclass(slots=True)
class NameMatch:
    """A matched span: view offsets from the first word's start, word indices, readings.

    ``start`` is where the name begins under the first (least stripped) reading;
    :meth:`start_of` gives it for any reading.
    """

    word_start: int
    end: int
    first: int
    last: int
    readings: list[Reading]

    @property
    def start(self) -> int:
        return self.word_start + len(self.readings[0].prefix)

    def start_of(self, reading: Reading) -> int:
        """View offset where the name begins when read as ``reading``."""
        return self.word_start + len(reading.prefix)


def tokenize(text: str) -> list[Word]:
    """The words of a normalized text, with offsets."""
    out = []
    for m in WORD.finditer(text):
        w = m.group()
        arabic = "\u0621" <= w[0] <= "\u064a"
        if not arabic:
            w = w.replace("'", "").replace("’", "")
            if not w.isascii():
                w = fold_latin(w)
        out.append(Word(m.start(), m.end(), w, arabic))
    return out


def clitic_readings(word: str) -> list[tuple[str, str]]:
    """``(stem, prefix)`` readings of an Arabic word, the bare word first.

    >>> clitic_readings("وللعراق")
    [('وللعراق', ''), ('للعراق', 'و'), ('لعراق', 'ول'), ('العراق', 'ول')]
    """
    out = [(word, "")]
    rest, pre = word, ""
    if rest[0] in _CONJ and len(rest) >= 4:
        rest, pre = rest[1:], rest[0]
        out.append((rest, pre))
    if rest[0] in _PREP and len(rest) >= 4:
        out.append((rest[1:], pre + rest[0]))
        if rest.startswith("لل") and len(rest) >= 5:
            out.append(("ا" + rest[1:], pre + "ل"))
    return out


def adjacent(text: str, a: Word, b: Word) -> bool:
    """True when only spaces separate word ``a`` from the following word ``b``."""
    return b.start == a.end or bool(_GAP.fullmatch(text, a.end, b.start))


def find_names(text: str, gaz: Gazetteer, words: list[Word] | None = None) -> list[NameMatch]:
    """Longest, non-overlapping gazetteer names in ``text`` (see module doc)."""
    words = words if words is not None else tokenize(text)
    multi = gaz.multi_first
    out: list[NameMatch] = []
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        if not w.arabic:
            readings = [(w.text, "")]
        elif w.text in gaz.no_strip:
            readings = [(w.text, "")]
        else:
            readings = clitic_readings(w.text)
        best_last = -1
        best: list[Reading] = []
        for stem, prefix in readings:
            last = -1
            if stem in gaz:
                last = i
            rests = multi.get(stem)
            if rests:
                for rest in rests:
                    j = i + len(rest)
                    if j <= best_last or j < last or j >= n:
                        continue
                    if all(
                        words[i + k + 1].text == tok and adjacent(text, words[i + k], words[i + k + 1])
                        for k, tok in enumerate(rest)
                    ):
                        last = j
                        stem_key = stem + " " + " ".join(rest)
                        break
                else:
                    stem_key = stem
            else:
                stem_key = stem
            if last < 0:
                continue
            if last > best_last:
                best_last, best = last, [Reading(stem_key, prefix)]
            elif last == best_last:
                best.append(Reading(stem_key, prefix))
        if best_last < 0:
            i += 1
            continue
        out.append(NameMatch(w.start, words[best_last].end, i, best_last, best))
        i = best_last + 1
    return out
