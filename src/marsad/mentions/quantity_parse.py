"""Number atoms and the grammar that joins them into numbers (QUANTITY recognizer, part 1).

:func:`find_atoms` finds every number token of a normalized text (a digit run such as
``"2,000"``/``"2.5"``/``"20-30"``, or a number word with its Arabic proclitics such as
``"وثلاثة"``); :func:`parse_numbers` groups adjacent atoms and evaluates each group
with a small cardinal grammar (Arabic and English), returning :class:`NumberSpan`
objects with offsets into the normalized text.

>>> from marsad.clean.normalize import normalize
>>> [(n.value, n.start, n.end) for n in parse_numbers(normalize("قتل مئة وعشرون ألفا").text, "ar")]
[(120000, 4, 19)]
>>> [(n.value, n.low, n.high) for n in parse_numbers("عشرات الالاف", "ar")]
[(20000, 20000, 99000)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.mentions.quantity_lexicon import AR_CLITICS, Lexicon, NumberWord, lexicon

_AR_GAP = re.compile(r"\)?[^\S\n]+(?:(?P<conj>و)[^\S\n]*)?")
_EN_GAP = re.compile(r"[^\S\n]*-[^\S\n]*|[^\S\n]+(?:(?P<conj>and)[^\S\n]+|(?P<of>of)[^\S\n]+)?")
#: Classes after which an Arabic "و" (or English juxtaposition) adds a smaller number.
_BIG = frozenset({"scale", "hundred"})
_COUNTS = frozenset({"unit", "ten", "teen", "tens", "hundred", "dig", "frac"})


@dataclass(slots=True)
class Atom:
    """One number token: ``start``/``end`` in the normalized text, clitics included."""

    start: int
    end: int
    clitic: str
    form: str
    word: NumberWord | None = None
    vague: NumberWord | None = None
    digits: str | None = None
    high: float | None = None

    @property
    def value(self) -> float:
        """The token's number (digits parsed, or the word's value)."""
        if self.digits is not None:
            return _parse_digits(self.digits)
        return self.word.value if self.word else 0


@dataclass(slots=True)
class NumberSpan:
    """A parsed number over ``atoms`` (normalized-text offsets ``start``-``end``).

    ``low``/``high`` are set for vague counts and digit ranges; ``role`` is ``""`` or
    one of ``post`` (a 1/2 word after its noun), ``def`` (a definite unit after a
    definite noun), ``weak`` (needs a noun) and ``noun`` (a vague word that needs one).
    ``scale`` is the last scale word's value when the number ends with one ("50 ألفا":
    1000), so that "بين 45 و50 ألفا" can read 45 as 45 thousand.
    """

    atoms: list[Atom]
    value: float
    low: float | None = None
    high: float | None = None
    approx: bool = False
    role: str = ""
    has_scale: bool = False
    scale: float = 0

    @property
    def start(self) -> int:
        return self.atoms[0].start

    @property
    def end(self) -> int:
        return self.atoms[-1].end

    @property
    def digits(self) -> str | None:
        """The digit string when this number is one bare digit run, else None."""
        a = self.atoms[0]
        return a.digits if len(self.atoms) == 1 and a.digits is not None else None


def _parse_digits(s: str) -> float:
    if "," in s and s.count(",") == 1 and len(s) - s.index(",") <= 3:
        s = s.replace(
            ",", "."
        )  # "2,5 مليار": a decimal comma (the pattern only allows it before a scale)
    f = float(s.replace(",", ""))
    return int(f) if f.is_integer() else f


#: Characters that may not touch a digit run on its left ("F-16", "[ad_1]", "21/7", "10:30").
_DIGIT_BLOCKERS = frozenset("+#/:.,-–_")
_CLITIC_SET = frozenset(AR_CLITICS)


def _digit_clitic(ntext: str, start: int, lang: str) -> str | None:
    """The proclitic glued to a digit run at ``start`` ("" if none), or None if the run
    sits inside a token ("G20", "ad_1", "21/7")."""
    if start == 0:
        return ""
    prev = ntext[start - 1]
    if prev in _DIGIT_BLOCKERS or prev.isdigit():
        return None
    if not (prev.isalpha()):
        return ""
    if lang != "ar":
        return None
    k = start - 1
    while k > 0 and ntext[k - 1].isalpha() and start - k < 5:
        k -= 1
    if k > 0 and (ntext[k - 1].isalnum() or ntext[k - 1] == "_"):
        return None
    clitic = ntext[k:start]
    return clitic if clitic in _CLITIC_SET else None


def find_atoms(ntext: str, lex: Lexicon) -> list[Atom]:
    """Every number token of the normalized text ``ntext``, in order."""
    atoms: list[Atom] = []
    for m in lex.digit_re.finditer(ntext):
        clitic = _digit_clitic(ntext, m.start(), lex.lang)
        if clitic is None:
            continue
        dig, high = m.group("dig"), m.group("dig2")
        atoms.append(
            Atom(
                m.start() - len(clitic),
                m.end(),
                clitic,
                dig,
                digits=dig,
                high=_parse_digits(high) if high else None,
            )
        )
    not_number = lex.sets["not_number"]
    words: list[Atom] = []
    for m in lex.word_re.finditer(ntext):
        surface = " ".join(m.group("word").split())  # a form of two words, any space between
        if surface in not_number:
            continue
        clitic, form = lex.split[surface]
        words.append(
            Atom(
                m.start(),
                m.end(),
                clitic,
                form,
                word=lex.words.get(form),
                vague=lex.vague.get(form),
            )
        )
    if words:
        atoms = sorted(atoms + words, key=lambda a: a.start)
    return atoms


class _Acc:
    """Accumulates one number from successive atoms (see :func:`parse_numbers`)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.atoms: list[Atom] = []
        self.total: float = 0
        self.cur: float = 0
        self.last = ""
        self.last_scale: float = 0
        self.low: float | None = None
        self.high: float | None = None
        self.mode = ""  # "", "num", "vague", "closed"
        self.approx = False
        self.role = ""
        self.has_scale = False
        self.teen_pending = False

    # -- starting -------------------------------------------------------------
    def start(self, a: Atom) -> bool:
        """Begin a number with atom ``a``; False when ``a`` cannot begin one."""
        lex, w = self.lex, a.word
        if a.digits is not None:
            self.atoms, self.mode, self.cur, self.last = [a], "num", a.value, "dig"
            if a.high is not None:
                self.low, self.high, self.mode = a.value, a.high, "closed"
            return True
        article = lex.lang == "ar" and lex.is_article_clitic(a.clitic)
        if a.vague is not None and (w is None or "plural" in w.flags):
            if article and a.vague.base == 1:
                return False
            self.atoms, self.mode = [a], "vague"
            self.low, self.high = a.vague.low, a.vague.high
            self.role = "noun" if "noun" in a.vague.flags else ""
            if "scaled" in a.vague.flags:
                self.role = "scaled"
            return True
        if w is None:
            return False
        if article:
            if w.kind in ("unit", "ten") and "def" in w.flags:
                self.atoms, self.mode, self.cur, self.role = [a], "closed", w.value, "def"
                return True
            return False
        self.atoms, self.mode, self.last = [a], "num", w.kind
        if w.kind in ("unit", "ten", "tens", "hundred", "frac"):
            self.cur = w.value
            self.teen_pending = "teen" in w.flags
            self.role = "post" if "post" in w.flags else "weak" if "weak" in w.flags else ""
        elif w.kind == "scale":
            self.total = w.value * (2 if "dual" in w.flags else 1)
            self.last, self.last_scale, self.has_scale = "scale", w.value, True
        elif w.kind == "dual":
            self.total, self.last, self.last_scale = w.value, "scale", w.value / 2
            self.has_scale = True
        elif w.kind == "dozen":
            self.total, self.last, self.approx = w.value, "scale", True
        return True

    # -- extending ------------------------------------------------------------
    def feed(self, a: Atom, conj: bool, of: bool) -> bool:
        """Extend the number with ``a``; False when the grammar does not allow it."""
        if self.mode == "vague":
            return self._feed_vague(a, conj)
        if self.mode != "num" or of:
            return False
        if self.lex.lang == "ar" and self.lex.is_article_clitic(a.clitic):
            return False
        en = self.lex.lang == "en"
        add = conj or en  # English adds by juxtaposition ("two hundred fifty")
        last, cur = self.last, self.cur
        w = a.word
        if a.digits is not None:
            if a.high is None and conj and last in _BIG and cur == 0:
                return self._take(a, "dig", cur=a.value)
            return False
        if w is None:
            return False
        k, v = w.kind, w.value
        if self.teen_pending:
            if k == "ten" and not conj:
                self.teen_pending = False
                return self._take(a, "teen", cur=cur + v)
            return False
        if k == "unit" and "teen" not in w.flags:
            if last in _BIG and add and cur % 100 == 0:
                return self._take(a, "unit", cur=cur + v)
            if en and last == "tens" and v < 10:
                return self._take(a, "unit", cur=cur + v)
            return False
        if k == "unit":  # a teen-only word ("أحد") after a hundred or thousand
            if last in _BIG and conj and cur % 100 == 0:
                self.teen_pending = True
                return self._take(a, "unit", cur=cur + v)
            return False
        if k == "ten":
            if not en and last == "unit" and not conj and 0 < cur % 100 < 10:
                return self._take(a, "teen", cur=cur + v)
            if last in _BIG and add and cur % 100 == 0:
                return self._take(a, "ten", cur=cur + v)
            return False
        if k == "tens":
            if not en and conj and last == "unit" and 0 < cur % 100 < 10:
                return self._take(a, "tens", cur=cur + v)
            if last in _BIG and add and cur % 100 == 0:
                return self._take(a, "tens", cur=cur + v)
            return False
        if k == "hundred":
            limit = 100 if en else 10
            if "mult" in w.flags and last in ("unit", "dig", "teen", "ten", "tens") and not conj:
                if 0 < cur < limit and float(cur).is_integer():
                    return self._take(a, "hundred", cur=cur * v)
                return False
            if last == "scale" and add and cur == 0:
                return self._take(a, "hundred", cur=v)
            return False
        if k == "scale":
            if "plural" in w.flags:
                if last in ("unit", "ten", "dig", "teen") and not conj and 0 < cur:
                    return self._scale(a, w)
                return False
            if last in _COUNTS and not conj and cur > 0:
                return self._scale(a, w)
            if last == "scale" and not conj and cur == 0 and v > self.last_scale:
                self.total *= v
                self.last_scale = v
                self.atoms.append(a)
                return True
            return False
        if k == "dual":
            if last in _BIG and conj and cur == 0:
                self.total += v
                self.atoms.append(a)
                self.last = "scale"
                return True
            return False
        if k == "frac":
            if last == "scale" and conj and cur == 0 and self.last_scale:
                self.total += v * self.last_scale
                self.atoms.append(a)
                self.last = "done"
                return True
            return False
        if k == "dozen":
            if last in _COUNTS and not conj and cur > 0:
                self.approx = True
                return self._scale(a, w)
            return False
        return False

    def _take(self, a: Atom, last: str, cur: float) -> bool:
        self.atoms.append(a)
        self.cur, self.last = cur, last
        self.role = ""
        return True

    def _scale(self, a: Atom, w: NumberWord) -> bool:
        self.total += self.cur * w.value
        self.cur = 0
        self.atoms.append(a)
        self.last, self.last_scale, self.has_scale = "scale", w.value, True
        self.role = ""
        return True

    def _feed_vague(self, a: Atom, conj: bool) -> bool:
        if conj or self.low is None or self.high is None:
            return False
        base = 0.0
        if a.vague is not None and a.vague.base > 1:
            base = a.vague.base
        elif (
            a.word is not None
            and a.word.kind in ("scale", "hundred", "dozen")
            and (a.word.kind != "hundred" or "mult" in a.word.flags)
        ):
            base = a.word.value
        if not base:
            return False
        self.low, self.high = self.low * base, self.high * base
        self.atoms.append(a)
        self.has_scale = True
        if self.role in ("scaled", "noun"):
            self.role = ""
        return True

    # -- closing --------------------------------------------------------------
    def close(self) -> NumberSpan | None:
        """The finished number, or None when the atoms do not make one."""
        if not self.atoms or self.teen_pending or self.last == "frac":
            return None
        if self.mode == "vague" or (self.mode == "closed" and self.high is not None):
            if self.role == "scaled" or self.low is None or self.high is None:
                return None
            if self.mode == "closed" and self.low >= self.high:
                return None  # "2-1": a score, not a range
            return NumberSpan(
                self.atoms,
                _num(self.low),
                _num(self.low),
                _num(self.high),
                approx=True,
                role=self.role,
                has_scale=self.has_scale,
            )
        value = self.total + self.cur
        scale = self.last_scale if self.has_scale and self.cur == 0 else 0
        return NumberSpan(
            self.atoms,
            _num(value),
            approx=self.approx,
            role=self.role,
            has_scale=self.has_scale,
            scale=scale,
        )


def _num(x: float) -> float:
    """``x`` as an int when whole (after float noise: 4.1 * 10**9), else rounded."""
    x = round(float(x), 6)
    return int(x) if x.is_integer() else x


def parse_numbers(ntext: str, lang: str, atoms: list[Atom] | None = None) -> list[NumberSpan]:
    """Numbers of the normalized text ``ntext`` (offsets into ``ntext``), in order.

    Adjacent atoms (separated by spaces, an Arabic "و", or English "-", "and", "of")
    are fed to one accumulator; an atom the grammar rejects ends the current number
    and starts the next one.
    """
    lex = lexicon(lang)
    if atoms is None:
        atoms = find_atoms(ntext, lex)
    gap_re = _AR_GAP if lex.lang == "ar" else _EN_GAP
    out: list[NumberSpan] = []
    acc: _Acc | None = None
    prev: Atom | None = None
    for a in atoms:
        joined = False
        if acc is not None and prev is not None:
            g = gap_re.fullmatch(ntext, prev.end, a.start)
            if g is not None:
                conj = bool(g.group("conj")) or a.clitic.startswith("و")
                of = bool(g.groupdict().get("of"))
                if lex.lang != "ar" or a.clitic in ("", "و", "ال"):
                    joined = acc.feed(a, conj, of)
        if not joined:
            if acc is not None:
                n = acc.close()
                if n is not None:
                    out.append(n)
            acc = _Acc(lex)
            if not acc.start(a):
                acc = None
        prev = a
    if acc is not None:
        n = acc.close()
        if n is not None:
            out.append(n)
    return out
