"""Find gazetteer names in a normalized text: word-bounded, clitic-aware, longest match.

The text is the matching view of a document (:func:`marsad.clean.normalize.normalize`).
Every word is read with and without its proclitics (``و ف`` then ``ب ل ك``, and
``لل`` = ``ل`` + ``ال``); a reading that is a key of the index, or the first word of a
multiword key whose other words follow (separated by spaces only), is a match. At each
word the longest match wins; matches do not overlap. Words the index marks as not to
be split ("بلاد" is not ب + a town "لاد") are read whole only.

Speed: a word costs one to five set look-ups; readings are built only for words that
hit, so the scan runs at several million characters a second.

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
WORD = re.compile(
    r"[\u0621-\u064a]+|[0-9a-z\u00c0-\u024f\u1e00-\u1eff]+(?:['’][a-z\u00c0-\u024f\u1e00-\u1eff]+)*"
)
_GAP = re.compile(r"[ \t\u00a0]*")
_LATIN_TO_FOLD = re.compile("['’\u00c0-\u024f\u1e00-\u1eff]")
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


class Words:
    """The words of a normalized text: forms (Latin folded) and view offsets.

    ``toks[i]`` is the form of word ``i``; :meth:`start` / :meth:`end` its offsets.
    """

    __slots__ = ("text", "toks", "_ms", "_cut")

    def __init__(self, text: str) -> None:
        self.text = text
        self._ms = list(WORD.finditer(text))
        toks = [m.group() for m in self._ms]
        self._cut: dict[int, int] = {}  # word -> letters of a possessive "'s" left out
        if _LATIN_TO_FOLD.search(text):
            for i, w in enumerate(toks):
                if not "\u0621" <= w[0] <= "\u064a" and ("'" in w or "’" in w or not w.isascii()):
                    if w.endswith(("'s", "’s")) and len(w) > 3:
                        w = w[:-2]  # a possessive: "Mali's Mopti region" names Mali
                        self._cut[i] = 2
                    w = w.replace("'", "").replace("’", "")
                    toks[i] = w if w.isascii() else fold_latin(w)
        self.toks = toks

    def __len__(self) -> int:
        return len(self.toks)

    def start(self, i: int) -> int:
        """View offset where word ``i`` starts."""
        return self._ms[i].start()

    def end(self, i: int) -> int:
        """View offset just after word ``i`` (before a possessive "'s")."""
        return self._ms[i].end() - self._cut.get(i, 0)

    def adjacent(self, i: int) -> bool:
        """True when only spaces separate word ``i`` from word ``i + 1``."""
        a, b = self._ms[i].end(), self._ms[i + 1].start()
        return b == a or _GAP.fullmatch(self.text, a, b) is not None

    def gap(self, i: int) -> str:
        """The text between word ``i`` and word ``i + 1``."""
        return self.text[self._ms[i].end() : self._ms[i + 1].start()]


@dataclass(slots=True)
class Reading:
    """One way to read a matched span: the key and the clitic letters before it."""

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


def tokenize(text: str) -> Words:
    """The words of a normalized text, with offsets (Latin words: apostrophes dropped)."""
    return Words(text)


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


_PROCLITIC_FIRST = frozenset("وفبلك")


def may_start_name(w: str, starts: frozenset[str] | set[str]) -> bool:
    """Cheap test: could some clitic reading of ``w`` be in ``starts``? (no false negatives)"""
    if w in starts:
        return True
    if len(w) < 4 or w[0] not in _PROCLITIC_FIRST:
        return False
    r = w[1:]
    if r in starts:
        return True
    if w[0] in "وف":
        if r[0] in "بلك" and len(r) >= 4:
            if r[1:] in starts:
                return True
            return r[0] == "ل" and r[1] == "ل" and ("ا" + r[1:]) in starts
        return False
    return w[0] == "ل" and r[0] == "ل" and ("ا" + r) in starts


def candidate_indices(toks: list[str], starts: frozenset[str] | set[str]) -> list[int]:
    """Indices of the words that may begin a name of ``starts``."""
    pf = _PROCLITIC_FIRST
    return [
        i
        for i, w in enumerate(toks)
        if w in starts or (w[0] in pf and len(w) > 3 and may_start_name(w, starts))
    ]


def find_names(
    text: str,
    gaz: Gazetteer,
    words: Words | None = None,
    candidates: list[int] | None = None,
) -> list[NameMatch]:
    """Longest, non-overlapping gazetteer names in ``text`` (see module doc).

    ``candidates``: word indices to try (from :func:`candidate_indices` with a superset
    of ``gaz.starts``); all words that may start a name when omitted.
    """
    words = words if words is not None else tokenize(text)
    toks = words.toks
    starts = gaz.starts
    multi = gaz.multi_first
    if candidates is None:
        candidates = candidate_indices(toks, starts)
    out: list[NameMatch] = []
    n = len(toks)
    done = -1
    for i in candidates:
        if i <= done:
            continue
        w = toks[i]
        if w[0] < "\u0621" or w in gaz.no_strip:
            readings = [(w, "")]
        else:
            readings = clitic_readings(w)
        best_last = -1
        best: list[Reading] = []
        for stem, prefix in readings:
            if stem not in starts:
                continue
            last, key = -1, stem
            if stem in gaz:
                last = i
            follow = multi.get(stem)
            if follow and i + 1 < n:
                for rest in follow.get(toks[i + 1], ()):
                    j = i + len(rest)
                    if j >= n:
                        continue
                    if all(
                        toks[i + k + 1] == tok and words.adjacent(i + k)
                        for k, tok in enumerate(rest)
                    ):
                        last, key = j, stem + " " + " ".join(rest)
                        break
            if last < 0:
                continue
            if last > best_last:
                best_last, best = last, [Reading(key, prefix)]
            elif last == best_last:
                best.append(Reading(key, prefix))
        if best_last < 0:
            continue
        out.append(NameMatch(words.start(i), words.end(best_last), i, best_last, best))
        done = best_last
    return out
