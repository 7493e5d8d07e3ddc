"""Number words and context words for the QUANTITY recognizer, loaded from data files.

``lang/ar/numbers.tsv`` and ``lang/en/numbers.tsv`` hold one row a form:
``kind <TAB> form <TAB> value <TAB> flags``. :func:`lexicon` reads one language's
file, normalizes every form with :func:`marsad.clean.normalize.normalize_key` and
compiles the regular expressions the recognizer runs (once per language, cached).

>>> lex = lexicon("ar")
>>> lex.words["الفين"].value
2000
>>> lex.vague["عشرات"].low, lex.vague["عشرات"].high
(20, 99)
>>> "عام" in lex.sets["not_count_before"]
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from marsad.clean.normalize import normalize_key
from marsad.lang import read_lines

#: Kinds whose rows are number words (parsed into :class:`NumberWord`).
NUMBER_KINDS = frozenset(
    {"unit", "ten", "tens", "hundred", "scale", "dual", "frac", "vague", "dozen"}
)
#: Kinds whose rows are plain word/phrase lists.
PHRASE_KINDS = frozenset(
    {
        "approx",
        "approx_after",
        "range_lead",
        "range_join",
        "of",
        "percent",
        "not_count_before",
        "year_before",
        "year_after",
        "time_after",
        "month",
        "ordinal",
        "not_number",
        "written_not_number",
        "other",
        "idiom",
        "not_noun",
    }
)

#: Proclitics that may be attached to an Arabic number word or digit run, shortest first
#: so that a whole-word reading ("واحد") wins over a clitic one ("و" + "احد").
#: ("ك" is left out: "كميات" and "كمية" would read as "ك" + "مئات"/"مئة").
AR_CLITICS = (
    "",
    "و",
    "ف",
    "ب",
    "ل",
    "وب",
    "ول",
    "فب",
    "فل",
    "ال",
    "وال",
    "فال",
    "بال",
    "لل",
    "وبال",
    "ولل",
    "فبال",
    "فلل",
)
_ARTICLE_CLITICS = frozenset(c for c in AR_CLITICS if c.endswith("ال") or c.endswith("لل"))


@dataclass(frozen=True, slots=True)
class NumberWord:
    """One number-word reading of a normalized form.

    ``kind`` is a row kind of the data file; ``value`` the numeric value (for
    ``vague``: ``low``/``high`` and the ``base`` a preceding vague word multiplies).
    """

    kind: str
    value: float = 0
    low: float = 0
    high: float = 0
    base: float = 1
    flags: frozenset[str] = frozenset()


@dataclass(slots=True)
class Lexicon:
    """One language's number words, phrase sets and compiled patterns."""

    lang: str
    words: dict[str, NumberWord] = field(default_factory=dict)
    vague: dict[str, NumberWord] = field(default_factory=dict)
    sets: dict[str, frozenset[str]] = field(default_factory=dict)
    cased: frozenset[str] = frozenset()
    split: dict[str, tuple[str, str]] = field(default_factory=dict)
    gates: dict[str, frozenset[str]] = field(default_factory=dict)
    digit_re: re.Pattern[str] = re.compile("(?!)")
    word_re: re.Pattern[str] = re.compile("(?!)")
    approx_re: re.Pattern[str] = re.compile("(?!)")
    approx_after_re: re.Pattern[str] = re.compile("(?!)")
    range_lead_re: re.Pattern[str] = re.compile("(?!)")
    range_join_re: re.Pattern[str] = re.compile("(?!)")
    percent_re: re.Pattern[str] = re.compile("(?!)")
    month_after_re: re.Pattern[str] = re.compile("(?!)")
    month_before_re: re.Pattern[str] = re.compile("(?!)")
    after_word_re: re.Pattern[str] = re.compile("(?!)")

    def is_article_clitic(self, clitic: str) -> bool:
        """True when an Arabic proclitic string ends with the article (``"وال"``, ``"لل"``)."""
        return clitic in _ARTICLE_CLITICS


def _number(v: str) -> float:
    f = float(v)
    return int(f) if f.is_integer() else f


def trie_regex(phrases: list[str]) -> str:
    """A regex alternation matching any of ``phrases``, factored as a character trie.

    Spaces inside a phrase match any run of white space; regex metacharacters are
    escaped. Longer phrases win over their prefixes.

    >>> re.fullmatch(trie_regex(["ثلاث", "ثلاثه", "ثلاثون"]), "ثلاثون") is not None
    True
    """
    trie: dict = {}
    for p in phrases:
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            alts.append(piece + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie) or "(?!)"


def _read(
    lang: str,
) -> tuple[dict[str, NumberWord], dict[str, NumberWord], dict[str, set[str]], set[str]]:
    words: dict[str, NumberWord] = {}
    vague: dict[str, NumberWord] = {}
    sets: dict[str, set[str]] = {k: set() for k in PHRASE_KINDS}
    cased: set[str] = set()
    for line in read_lines(lang, "numbers.tsv"):
        cols = line.split("\t")
        kind, form = cols[0], cols[1]
        value = cols[2] if len(cols) > 2 else ""
        flags = frozenset(f for f in (cols[3] if len(cols) > 3 else "").split(",") if f)
        key = form if kind == "written_not_number" else normalize_key(form)
        if kind in PHRASE_KINDS:
            sets[kind].add(key)
            if "cased" in flags:
                cased.add(key)
            continue
        if kind not in NUMBER_KINDS:
            raise ValueError(f"numbers.tsv ({lang}): unknown kind {kind!r} in {line!r}")
        base = 1.0
        for f in flags:
            if f.startswith("base="):
                base = _number(f[5:])
        if kind == "vague":
            low, high = (_number(x) for x in value.split("-"))
            vague[key] = NumberWord(kind, low, low, high, base, flags)
        else:
            words[key] = NumberWord(kind, _number(value) if value else 0, flags=flags)
    return words, vague, sets, cased


def _build_atom_res(
    surface: list[str], scales: list[str]
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of one number token: a digit run, and a number word (``surface``
    forms, Arabic proclitics already attached).

    Both start with a plain character test so that the regex engine can skip ahead
    quickly; what precedes a digit run (a proclitic, or nothing) is checked by the caller.
    """
    num = (
        r"\d(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?"
        rf"|\d*,\d{{1,2}}(?=\s+(?:{trie_regex(scales)})(?!\w))"
        r"|\d*(?:\.\d+)?)"
    )
    guard_after = r"(?!\w|[/:]\d|[.,]\d)"
    digit_re = re.compile(rf"(?P<dig>{num})(?:\s*[-–]\s*(?P<dig2>{num}))?{guard_after}")
    word_re = re.compile(rf"(?<![\w+#/:.,_])(?P<word>{trie_regex(surface)})(?![\w'])")
    return digit_re, word_re


def _surface_forms(lang: str, forms: set[str]) -> dict[str, tuple[str, str]]:
    """Every written form of a number word with its Arabic proclitics: form -> (clitic, word).

    A whole-word reading wins over a clitic one ("واحد" is 1, not "و" + "أحد").
    """
    split: dict[str, tuple[str, str]] = {}
    clitics = AR_CLITICS if lang == "ar" else ("",)
    for c in clitics:
        for f in sorted(forms):
            split.setdefault(c + f, (c, f))
    return split


def _last_words(phrases: set[str]) -> frozenset[str]:
    """The last word of each phrase (a cheap gate before searching for the phrase)."""
    return frozenset(p.split()[-1] for p in phrases if p.split())


@cache
def lexicon(lang: str) -> Lexicon:
    """The cached :class:`Lexicon` of ``lang`` (``"ar"``; anything else reads ``"en"``)."""
    lang = "ar" if lang == "ar" else "en"
    words, vague, sets, cased = _read(lang)
    split = _surface_forms(lang, set(words) | set(vague))
    scales = [f for f, w in words.items() if w.kind in ("scale", "dual")]
    lex = Lexicon(lang=lang, words=words, vague=vague, cased=frozenset(cased), split=split)
    lex.sets = {k: frozenset(v) for k, v in sets.items()}
    lex.gates = {k: _last_words(sets[k]) for k in ("approx", "range_lead", "month")}
    lex.digit_re, lex.word_re = _build_atom_res(sorted(split), scales)
    pre_clitic = "(?:[وف]?[بلك]?)" if lang == "ar" else ""
    approx = trie_regex(sorted(sets["approx"]))
    lex.approx_re = re.compile(rf"(?<!\w){pre_clitic}(?:{approx})\s*$")
    lex.approx_after_re = re.compile(rf"\s*(?:{trie_regex(sorted(sets['approx_after']))})(?!\w)")
    lead = trie_regex(sorted(sets["range_lead"]))
    lex.range_lead_re = re.compile(rf"(?<!\w){pre_clitic}(?:{lead})\s*$")
    joins = sorted(sets["range_join"])
    lex.range_join_re = re.compile(rf"\s*(?:{trie_regex(joins)})\s*$")
    lex.percent_re = re.compile(rf"\s*(?:{trie_regex(sorted(sets['percent']))})(?!\w)")
    months = trie_regex(sorted(sets["month"]))
    of = trie_regex(sorted(sets["of"]))
    month_word = r"(?:شهر\s+)?" if lang == "ar" else ""
    lex.month_after_re = re.compile(rf"[)\]]?\s*(?:(?:{of})\s+)?{month_word}(?P<m>{months})(?!\w)")
    lex.month_before_re = re.compile(rf"(?<![^\W\d])(?:[وفبل]?)(?P<m>{months})[\s,.()]*$")
    lex.after_word_re = re.compile(r"[^\S\n]*(?P<w>[^\W\d_]+(?:['.][^\W\d_]+)*)(?!\d)")
    return lex
