"""The date grammar of one language, loaded from its data files.

Everything a language knows about dates lives in ``lang/<lang>/dates_*``:

* ``dates_months.tsv``: month names of every calendar and naming system;
* ``dates_weekdays.tsv``: weekday names;
* ``dates_words.tsv``: the rest of the vocabulary (deictics, units, directions,
  parts of the day, operators, number words), each word with a *tag*;
* ``dates_blockers.tsv``: contexts in which a date word is not one;
* ``dates_tense.tsv``: future-tense cues;
* ``dates_grammar.json``: the grammar, regular expressions over tag letters, plus
  language parameters (clitic prefixes, first day of the week, numeric date order).

Words are normalized with :func:`marsad.clean.normalize.normalize_key` on loading, so
a data file may be written with hamza, ta marbuta and diacritics as usual.

>>> lang = load_language("ar")
>>> lang.single["يناير"][0].tag == TAGS["MONTH"], lang.single["يناير"][0].value
(True, (1, 'g'))
>>> lang.multi["كانون"][0][0]
('كانون', 'الثاني')
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache

from marsad.clean.normalize import normalize_key
from marsad.lang import data_path

#: Tag name -> the one letter that stands for it in the tag string the grammar reads.
TAGS: dict[str, str] = {
    "DAY": "d",  # a number 1..31
    "YEAR": "y",  # a four-digit number 1000..2100
    "NUM": "n",  # any other number
    "NUMDATE": "N",  # 20/7/2015, 1436/10/5, 2015-07-20
    "TIME": "t",  # 10:30
    "ORD": "o",  # ordinal day word ("الخامس", "fifth")
    "CARD": "q",  # cardinal number word
    "MONTH": "M",
    "MONTH_AMB": "m",  # a month name that needs context
    "MONTH_WEAK": "V",  # a month name that needs a year or "month" beside it (صفر)
    "HMONTH": "H",
    "HMONTH_AMB": "h",
    "WEEKDAY": "w",
    "DEICTIC": "T",
    "TODAY": "Y",  # a deictic for the reference day itself ("اليوم", "الليلة")
    "UNIT": "U",
    "DUNIT": "u",
    "DIRP": "R",
    "DIRN": "F",
    "DIRC": "C",
    "EDGE": "E",
    "PART": "P",
    "AGO": "B",
    "SINCE": "S",
    "AFTER": "A",
    "POSTAGO": "O",
    "CORR": "G",
    "ERA": "X",
    "DEMTHIS": "z",
    "DEMTHAT": "Z",
    "ANAPH": "a",
    "SAME": "j",
    "OF": "f",
    "TO": "i",
    "AND": "c",
    "BETWEEN": "b",
    "APPROX": "x",
    "PREP": "p",
    "AL": "L",
    "THE": "e",
    "ORDSUF": "k",
    "NOW": "K",
    "SLASH": "/",
    "LPAR": "(",
    "RPAR": ")",
    "DASH": "-",
    "COMMA": ",",
    "PUNCT": ".",
    "BREAK": "|",
    "WORD": "_",
}
#: Punctuation characters that have their own tag.
PUNCT_TAGS: dict[str, str] = {
    "/": "SLASH",
    "(": "LPAR",
    ")": "RPAR",
    "-": "DASH",
    "–": "DASH",
    "—": "DASH",
    ",": "COMMA",
}
#: Tags of date words (month and weekday names, deictics, units, ordinals): the core of
#: the groups below, written once.
NAME_TAGS = (
    "MONTH",
    "MONTH_AMB",
    "MONTH_WEAK",
    "HMONTH",
    "HMONTH_AMB",
    "WEEKDAY",
    "DEICTIC",
    "TODAY",
    "UNIT",
    "DUNIT",
    "ORD",
)
#: Tags that can head a date expression (with numbers); see ``DateLanguage.anchor_words``.
ANCHOR_TAGS = (*NAME_TAGS, "DIRC")
_MACRO = re.compile(r"\{@(\w+)\}")
_TAGREF = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class Entry:
    """A lexicon word: its tag letter and value (month number, offset, ``"day:2"`` ...)."""

    tag: str
    value: object = None
    needs_context: int = 0


@dataclass(frozen=True, slots=True)
class Blocker:
    """A context in which a date word is not one (see ``dates_blockers.tsv``).

    ``side`` is ``prev`` or ``next``; ``pattern`` must match the token on that side;
    ``other`` (optional) must match (``other_must=True``) or must not match the token
    on the other side.
    """

    side: str
    pattern: re.Pattern[str]
    other: re.Pattern[str] | None = None
    other_must: bool = True


@dataclass(frozen=True, slots=True)
class Rule:
    """One grammar rule: a compiled regex over the tag string and the frame type it builds."""

    name: str
    type: str  # "date", "relative", "range" or "list"
    regex: re.Pattern[str]
    confidence: float


@dataclass(slots=True)
class DateLanguage:
    """Everything the engine needs for one language (see module doc)."""

    code: str
    single: dict[str, list[Entry]] = field(default_factory=dict)
    multi: dict[str, list[tuple[tuple[str, ...], Entry]]] = field(default_factory=dict)
    blockers: dict[str, list[Blocker]] = field(default_factory=dict)
    no_split: re.Pattern[str] | None = None
    rules: list[Rule] = field(default_factory=list)
    future_word: re.Pattern[str] | None = None
    future_prefix: re.Pattern[str] | None = None
    future_except: re.Pattern[str] | None = None
    future_before: re.Pattern[str] | None = None
    #: a complementizer word after a date: the tense cues after it are another clause's
    clause_after: re.Pattern[str] | None = None
    conjunctions: str = ""
    prepositions: str = ""
    article: str = ""
    fused_article: str = ""  # ل + ال written "لل"
    week_start: int = 0
    numeric_order: str = "DMY"
    case_sensitive: dict[str, str] = field(default_factory=dict)
    #: words that do not name an event ("من", "the"): ignored when an anchored relative
    #: ("قبل يوم من انهيار النظام") looks for the same event dated elsewhere
    anchor_stopwords: frozenset[str] = frozenset()
    #: every written form of a one-word entry, clitics included -> (entry, form, letters
    #: to skip before the span starts); built by :meth:`build_surfaces`
    surface: dict[str, tuple[Entry, str, int]] = field(default_factory=dict)
    #: first word (clitics included) of a multi-word entry -> [(regex for the remaining
    #: words, entry, form, skip)], longest entry first
    multi_surface: dict[str, list[tuple[re.Pattern[str], Entry, str, int]]] = field(
        default_factory=dict
    )
    #: written forms that can head a date expression (months, weekdays, deictics, units,
    #: "الجاري"): a sentence without one of them and without a digit holds no date
    anchor_words: frozenset[str] = frozenset()

    def add(self, form: str, entry: Entry) -> None:
        """Register ``form`` (normalized here; several words make a multi-word entry)."""
        words = tuple(normalize_key(form).split())
        if not words:
            return
        if len(words) == 1:
            self.single.setdefault(words[0], []).append(entry)
        else:
            lst = self.multi.setdefault(words[0], [])
            lst.append((words, entry))
            lst.sort(key=lambda x: -len(x[0]))


def _prefixes(conj: str, prep: str) -> list[str]:
    """Clitic prefixes, shortest first: ``و``, ``ب``, ``وب`` ..."""
    out = [c for c in conj] + [p for p in prep]
    out += [c + p for c in conj for p in prep]
    return out


def build_surfaces(lang: DateLanguage) -> None:
    """Fill ``lang.surface`` / ``lang.multi_surface`` from the lexicon (in place).

    A form written bare wins over a reading with clitics ("بعد" is AFTER, not ب + "عد");
    ``ل`` before the article fuses ("للعام" = ل + "العام") and then stays in the span.
    """
    prefixes = _prefixes(lang.conjunctions, lang.prepositions)

    def variants(form: str) -> list[tuple[str, int]]:
        out = [(form, 0)]
        if len(form) < 2:
            return out
        for p in prefixes:
            fused = lang.fused_article
            if fused and p.endswith(fused[0]) and form.startswith(lang.article):
                written = p[:-1] + fused + form[len(lang.article) :]
                skip = len(p) - 1
            else:
                written, skip = p + form, len(p)
            if lang.no_split is not None and lang.no_split.fullmatch(written):
                continue
            out.append((written, skip))
        return out

    for rank in (0, 1):
        for form, entries in lang.single.items():
            for written, skip in variants(form):
                if (skip == 0) == (rank == 0):
                    lang.surface.setdefault(written, (entries[0], form, skip))
    for first, lst in lang.multi.items():
        for words, entry in lst:
            rest = re.compile(
                "".join(r"[ \t]+" + re.escape(w) for w in words[1:]) + r"(?![^\W\d_])"
            )
            for written, skip in variants(first):
                lang.multi_surface.setdefault(written, []).append((rest, entry, first, skip))
    for lst2 in lang.multi_surface.values():
        lst2.sort(key=lambda x: -len(x[0].pattern))
    anchors = {TAGS[t] for t in ANCHOR_TAGS}
    words = {w for w, (entry, _f, _s) in lang.surface.items() if entry.tag in anchors}
    words |= {w for w, lst in lang.multi_surface.items() if any(x[1].tag in anchors for x in lst)}
    lang.anchor_words = frozenset(words)


def _rows(lang: str, name: str) -> list[list[str]]:
    text = data_path(lang, name).read_text(encoding="utf-8")
    return [
        line.split("\t")
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def _value(tag: str, raw: str) -> object:
    if tag in ("DEICTIC", "TODAY", "CARD", "ORD"):
        return int(raw)
    if tag == "UNIT":
        unit, count = raw.split(":")
        return (unit, None if count == "pl" else int(count))
    return raw


def compile_pattern(pattern: str, macros: dict[str, str]) -> re.Pattern[str]:
    """Compile a grammar pattern: ``{@MACRO}`` expands, ``{TAG}`` becomes its escaped letter.

    >>> compile_pattern("{DAY}{LPAR}?", {}).pattern
    'd\\\\(?'
    """
    for _ in range(10):
        expanded = _MACRO.sub(lambda m: macros[m.group(1)], pattern)
        if expanded == pattern:
            break
        pattern = expanded
    pattern = re.sub(r"\s+", "", pattern)
    return re.compile(_TAGREF.sub(lambda m: re.escape(TAGS[m.group(1)]), pattern))


@cache
def load_language(lang: str) -> DateLanguage:
    """Load (once) the date grammar of ``lang`` (``"ar"`` or ``"en"``)."""
    out = DateLanguage(code=lang)
    for form, month, calendar, _system, needs in _rows(lang, "dates_months.tsv"):
        level = int(needs)
        if calendar == "hijri":
            tag = "HMONTH_AMB" if level else "HMONTH"
        else:
            tag = "MONTH_AMB" if level else "MONTH"
        if level >= 2:
            tag = "MONTH_WEAK"
        out.add(form, Entry(TAGS[tag], (int(month), calendar[0]), level))
    for form, weekday in _rows(lang, "dates_weekdays.tsv"):
        out.add(form, Entry(TAGS["WEEKDAY"], int(weekday)))
    for row in _rows(lang, "dates_words.tsv"):
        form, tag, raw = row[0], row[1], row[2]
        out.add(form, Entry(TAGS[tag], _value(tag, raw)))
    no_split: list[str] = []
    for row in _rows(lang, "dates_blockers.tsv"):
        form, side, pattern = row[0], row[1], row[2]
        if side == "self":
            no_split.append(pattern)
            continue
        other, must = None, True
        if len(row) > 3 and row[3]:
            kind, _, extra = row[3].partition(":")
            other, must = re.compile(extra), kind == "and"
        blocker = Blocker(side, re.compile(pattern), other, must)
        out.blockers.setdefault(normalize_key(form), []).append(blocker)
    if no_split:
        out.no_split = re.compile("|".join(f"(?:{p})" for p in no_split))
    tense: dict[str, list[str]] = {}
    for kind, pattern in _rows(lang, "dates_tense.tsv"):
        tense.setdefault(kind, []).append(pattern)
    if "word" in tense:
        out.future_word = re.compile("|".join(f"(?:{p})" for p in tense["word"]))
    if "prefix" in tense:
        out.future_prefix = re.compile("|".join(f"(?:{p})" for p in tense["prefix"]))
    if "except" in tense:
        out.future_except = re.compile("|".join(f"(?:{p})" for p in tense["except"]))
    if "before" in tense:
        out.future_before = re.compile("|".join(f"(?:{p})" for p in tense["before"]))
    if "clause" in tense:
        words = "|".join(f"(?:{p})" for p in tense["clause"])
        out.clause_after = re.compile(rf"(?<!\S)(?:{words})(?!\S)")
    grammar = json.loads(data_path(lang, "dates_grammar.json").read_text(encoding="utf-8"))
    params = grammar.get("params", {})
    out.conjunctions = "".join(params.get("conjunctions", []))
    out.prepositions = "".join(params.get("prepositions", []))
    out.article = params.get("article", "")
    out.fused_article = params.get("fused_article", "")
    out.week_start = int(params.get("week_start", 0))
    out.numeric_order = params.get("numeric_order", "DMY")
    out.anchor_stopwords = frozenset(normalize_key(w) for w in params.get("anchor_stopwords", []))
    out.case_sensitive = {normalize_key(k): v for k, v in params.get("case_sensitive", {}).items()}
    build_surfaces(out)
    macros = grammar.get("macros", {})
    for rule in grammar["rules"]:
        out.rules.append(
            Rule(
                rule["name"],
                rule["type"],
                compile_pattern(rule["pattern"], macros),
                float(rule.get("confidence", 0.9)),
            )
        )
    return out
