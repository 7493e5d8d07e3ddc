"""Spelling normalization for matching, with an offset map back to the original text.

Matching (dictionaries, dates, quantities, places) runs on a *normalized view* of
``Document.text``; the output ``text`` itself is never rewritten. The view:

* unifies alef and hamza seats (أ إ آ ٱ -> ا, ؤ -> و, ئ -> ي), alef maqsura (ى -> ي)
  and ta marbuta (ة -> ه);
* drops diacritics (harakat, shadda, sukun, dagger alef), tatweel, and bidi /
  zero-width controls;
* maps Arabic-Indic and Extended Arabic-Indic digits to ASCII, Arabic comma,
  semicolon and question mark to ASCII, and presentation forms (ﻻ, ﷲ, ...) to
  their NFKC letters (a presentation form that is only a mark is dropped like one);
* lower-cases ASCII and Latin-1 letters.

>>> v = normalize("وأعلنَ الجيشُ ٢٠٠٠")
>>> v.text
'واعلن الجيش 2000'
>>> v.to_original(6, 11)   # "الجيش" in the view -> its span in the input, marks included
(7, 13)
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

#: One-to-one character replacements of the view (the same length in and out).
_PAIRS: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ؤ": "و",
    "ئ": "ي",
    "ى": "ي",
    "ی": "ي",  # Persian yeh
    "ک": "ك",  # Persian kaf
    "ة": "ه",
    "ۃ": "ه",
    "،": ",",
    "؛": ";",
    "؟": "?",
    "٪": "%",
    "٫": ".",
    "٬": ",",
}
_DIGITS: dict[str, str] = {chr(base + i): str(i) for base in (0x0660, 0x06F0) for i in range(10)}
#: Upper-case letters whose lower case is one character (ASCII and Latin-1, not ×).
_UPPER_CLASS = "A-Z\u00c0-\u00d6\u00d8-\u00de"

_CHAR_MAP: dict[int, str] = {ord(k): v for k, v in (_PAIRS | _DIGITS).items()}
for _c in range(ord("A"), ord("Z") + 1):
    _CHAR_MAP[_c] = chr(_c + 32)
for _c in range(0xC0, 0xDF):
    if _c != 0xD7:
        _CHAR_MAP[_c] = chr(_c + 32)

_PAIR_ITEMS = tuple(_PAIRS.items())
_DIGIT_ITEMS = tuple(_DIGITS.items())
_ANY_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_UPPER = re.compile(f"[{_UPPER_CLASS}]+")
#: Below this length ``str.translate`` is quicker than one replace pass per character.
_SHORT = 48

#: Characters the view drops: Arabic marks, tatweel, bidi and zero-width controls, BOM.
_DROP = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c\u00ad"
_DROP_RUN = re.compile(f"[{_DROP}]+")
#: Marks that belong to the preceding letter: a span ending on the letter takes them too.
_TRAILING_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")
_SPECIAL = re.compile(f"[{_DROP}]+|[\ufb50-\ufdff\ufe70-\ufefc]")
_EXPANSIONS: dict[str, str] = {}


def _map_chars(text: str) -> str:
    """``text`` with the one-to-one replacements applied (same length).

    Equivalent to ``text.translate(_CHAR_MAP)``, but for long texts one
    ``str.replace`` per character actually present is several times faster.
    """
    if len(text) < _SHORT:
        return text.translate(_CHAR_MAP)
    for src, dst in _PAIR_ITEMS:
        if src in text:
            text = text.replace(src, dst)
    if _ANY_DIGIT.search(text):
        for src, dst in _DIGIT_ITEMS:
            if src in text:
                text = text.replace(src, dst)
    if _UPPER.search(text):
        text = _UPPER.sub(_lower, text)
    return text


def _lower(m: re.Match[str]) -> str:
    return m.group().lower()


def _expand(ch: str) -> str:
    """The view of a presentation-form character: its NFKC letters, normalized again;
    empty when the form is only a mark (such as the isolated fathatan U+FE70)."""
    exp = _EXPANSIONS.get(ch)
    if exp is None:
        exp = _DROP_RUN.sub("", unicodedata.normalize("NFKC", ch).translate(_CHAR_MAP))
        if not exp.strip():
            exp = ""
        _EXPANSIONS[ch] = exp
    return exp


@dataclass(slots=True)
class NormalizedText:
    """A normalized view of ``original`` and the map between the two.

    When the view has the same length as the original (the common fast path) offsets
    are identical and the segment lists are ``None``. Otherwise the view is a series of
    segments: segment ``k`` starts at view offset ``seg_view[k]`` and comes from
    ``original[seg_orig[k] : seg_orig[k] + seg_len[k]]``; a segment whose view length
    equals ``seg_len[k]`` maps character for character, any other (an expanded
    presentation form) maps as a whole. What the view dropped lies between segments.
    """

    original: str
    text: str
    seg_view: list[int] | None = None
    seg_orig: list[int] | None = None
    seg_len: list[int] | None = None

    def _orig_start(self, i: int) -> int:
        """Original offset of view character ``i``."""
        assert self.seg_view is not None and self.seg_orig is not None and self.seg_len is not None
        k = bisect_right(self.seg_view, i) - 1
        vlen = self._view_len(k)
        if vlen == self.seg_len[k]:
            return self.seg_orig[k] + (i - self.seg_view[k])
        return self.seg_orig[k]

    def _orig_end(self, i: int) -> int:
        """Original offset just after view character ``i``."""
        assert self.seg_view is not None and self.seg_orig is not None and self.seg_len is not None
        k = bisect_right(self.seg_view, i) - 1
        vlen = self._view_len(k)
        if vlen == self.seg_len[k]:
            return self.seg_orig[k] + (i - self.seg_view[k]) + 1
        return self.seg_orig[k] + self.seg_len[k]

    def _view_len(self, k: int) -> int:
        assert self.seg_view is not None
        nxt = self.seg_view[k + 1] if k + 1 < len(self.seg_view) else len(self.text)
        return nxt - self.seg_view[k]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span ``[start, end)`` to the original text's span.

        A non-empty span's end takes in the diacritics and tatweel that follow its last
        letter in the original.

        >>> normalize("ﻻ بُدَّ").to_original(0, 2)   # the lam-alef ligature is 2 view letters
        (0, 1)
        """
        if end <= start:
            if self.seg_view is None:
                pos = min(start, len(self.original))
            elif start >= len(self.text):
                pos = len(self.original)
            else:
                pos = self._orig_start(start)
            return pos, pos
        if self.seg_view is None:
            s, e = start, end
        else:
            s, e = self._orig_start(start), self._orig_end(end - 1)
        m = _TRAILING_MARKS.match(self.original, e)
        return s, (m.end() if m else e)

    def offset_tables(self) -> tuple[list[int], list[int], dict[int, int]] | None:
        """Per-character maps for mapping many spans fast, or None on the identity fast path.

        Returns ``(starts, ends, marks)``: view character ``i`` comes from
        ``original[starts[i]:ends[i]]``, and ``marks[e]`` is where a run of trailing
        diacritics starting at original offset ``e`` ends. A view span ``[a, b)`` maps
        to ``(starts[a], marks.get(ends[b - 1], ends[b - 1]))``, as :meth:`to_original`.
        """
        if self.seg_view is None:
            return None
        seg_view, seg_orig, seg_len = self.seg_view, self.seg_orig, self.seg_len
        assert seg_orig is not None and seg_len is not None
        starts: list[int] = []
        ends: list[int] = []
        bounds = [*seg_view[1:], len(self.text)]
        for k, v0 in enumerate(seg_view):
            o, n, vlen = seg_orig[k], seg_len[k], bounds[k] - v0
            if vlen == n:
                starts.extend(range(o, o + n))
                ends.extend(range(o + 1, o + n + 1))
            else:
                starts.extend([o] * vlen)
                ends.extend([o + n] * vlen)
        marks = {m.start(): m.end() for m in _TRAILING_MARKS.finditer(self.original)}
        return starts, ends, marks

    def to_view(self, offsets: list[int]) -> list[int]:
        """Map sorted offsets into ``original`` to offsets into the view ``text``.

        An offset inside a stretch the view dropped maps to the next view character.

        >>> normalize("قالَ الجيشُ").to_view([0, 5, 11])
        [0, 4, 9]
        """
        if self.seg_view is None:
            return list(offsets)
        sv, so, sl = self.seg_view, self.seg_orig, self.seg_len
        assert so is not None and sl is not None
        n = len(self.text)
        out = []
        for o in offsets:
            k = bisect_right(so, o) - 1
            if k < 0:
                out.append(0)
                continue
            vlen = (sv[k + 1] if k + 1 < len(sv) else n) - sv[k]
            if o < so[k] + sl[k]:
                out.append(sv[k] + (o - so[k] if vlen == sl[k] else 0))
            else:  # in a stretch the view dropped: the next view character
                out.append(sv[k] + vlen)
        return out


def normalize(text: str) -> NormalizedText:
    """Return the matching view of ``text`` with its offset map (see module doc)."""
    mapped = _map_chars(text)
    if not _SPECIAL.search(mapped):
        return NormalizedText(original=text, text=mapped)
    parts: list[str] = []
    seg_view: list[int] = []
    seg_orig: list[int] = []
    seg_len: list[int] = []
    vpos = 0  # view length so far
    pos = 0
    for m in _SPECIAL.finditer(mapped):
        a, b = m.span()
        if a > pos:
            parts.append(mapped[pos:a])
            seg_view.append(vpos)
            seg_orig.append(pos)
            seg_len.append(a - pos)
            vpos += a - pos
        if b - a == 1 and mapped[a] >= "\ufb50" and mapped[a] != "\ufeff":
            exp = _expand(mapped[a])
            if exp:
                parts.append(exp)
                seg_view.append(vpos)
                seg_orig.append(a)
                seg_len.append(1)
                vpos += len(exp)
        pos = b
    if pos < len(mapped):
        parts.append(mapped[pos:])
        seg_view.append(vpos)
        seg_orig.append(pos)
        seg_len.append(len(mapped) - pos)
    return NormalizedText(
        original=text, text="".join(parts), seg_view=seg_view, seg_orig=seg_orig, seg_len=seg_len
    )


def normalize_key(text: str) -> str:
    """The normalized form of a dictionary entry or query (view text only, no map).

    >>> normalize_key("الأنبار")
    'الانبار'
    """
    mapped = _map_chars(text)
    if not _SPECIAL.search(mapped):
        return mapped
    return normalize(text).text
