"""Boilerplate rules for the CLEAN stage, loaded from data files and compiled once.

The rules live in ``lang/<lang>/clean_patterns.tsv`` (``reason<TAB>scope<TAB>regex``),
``lang/<lang>/clean_bio.json`` (author bios) and ``lang/<lang>/clean_credits.json``
(when an agency name in parentheses is part of the sentence, not a photo credit); every language's rules apply to every document
(cleaning runs before language identification, and pages mix scripts). Adding an
outlet's boilerplate is a new TSV row, no code.

Scopes (see the TSV headers for details): ``inline``, ``line``, ``tail``, ``end``,
``block`` and ``credit``. Rows of one scope are fused into a single alternation with
one named group per row, so a scope costs one regex scan per document.

>>> rules = load_rules()
>>> m = rules.inline.search("نص [ad_1] نص")
>>> m.group(m.lastgroup), rules.inline_reasons[m.lastgroup]
('[ad_1]', 'ad-marker')
"""

from __future__ import annotations

import json
import re

try:  # first_chars() reads parsed patterns: CPython internals, so only an optimization
    import re._constants as _sre_constants
    import re._parser as _sre_parser
except ImportError:  # pragma: no cover - a Python without them: plain regexes, same results
    _sre_constants = _sre_parser = None  # type: ignore[assignment]
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.clean.normalize import normalize_key

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
LANGUAGES: tuple[str, ...] = ("ar", "en")
SCOPES = frozenset({"inline", "line", "tail", "end", "block", "credit"})

#: Horizontal whitespace, including the bidi and zero-width marks scraped pages carry.
HWS = r"(?:[^\S\n]|[\u200b-\u200f\u2066-\u2069\ufeff])"

#: How far from the end ``end``-scope rules look (characters).
END_WINDOW = 600


@dataclass(frozen=True, slots=True)
class Rule:
    """One TSV row: ``reason`` reported for what ``pattern`` matches in ``scope``."""

    reason: str
    scope: str
    pattern: str
    where: str  # "file:line", for error messages


@dataclass(frozen=True, slots=True)
class BioRules:
    """Author-bio detection for one language (see ``clean_bio.json``)."""

    lang: str
    on_normalized: bool
    max_chars: int
    bullet_max_chars: int
    lead: re.Pattern[str]
    bullet: re.Pattern[str]
    cues: re.Pattern[str]
    reject: frozenset[str]


@dataclass(frozen=True, slots=True)
class Rules:
    """All compiled cleaning rules.

    ``inline`` / ``line`` / ``tail`` / ``block`` / ``end`` are fused regexes (the line
    ones are meant for ``fullmatch`` on one stripped line) whose
    ``lastgroup`` names the row (``*_reasons`` maps it to the reason; the row's span is
    ``m.span(m.lastgroup)``); ``end`` only matches what reaches the end of the text
    (or of the ``endpos`` given to ``search``); ``credit`` matches a parenthesized or
    bracketed agency credit.
    """

    inline: re.Pattern[str] | None
    inline_reasons: dict[str, str]
    line: re.Pattern[str] | None
    line_reasons: dict[str, str]
    tail: re.Pattern[str] | None
    tail_reasons: dict[str, str]
    block: re.Pattern[str] | None
    block_reasons: dict[str, str]
    end: re.Pattern[str] | None
    end_reasons: dict[str, str]
    credit: re.Pattern[str] | None
    credit_guard_near: frozenset[str]
    credit_guard_last: frozenset[str]
    bio: tuple[BioRules, ...]


def read_rules(path: Path) -> list[Rule]:
    """Parse one ``clean_patterns.tsv``; raise ``ValueError`` naming the bad line."""
    rules: list[Rule] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{n}"
        parts = line.split("\t")
        if len(parts) != 3:
            raise ValueError(
                f"{where}: expected reason<TAB>scope<TAB>regex, got {len(parts)} fields"
            )
        reason, scope, pattern = (p.strip() for p in parts)
        if scope not in SCOPES:
            raise ValueError(f"{where}: unknown scope {scope!r} (one of {sorted(SCOPES)})")
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"{where}: bad regex: {exc}") from exc
        if compiled.groupindex:
            raise ValueError(f"{where}: named groups are reserved; use (?:...)")
        rules.append(Rule(reason, scope, pattern, where))
    return rules


def _fuse(
    rules: list[Rule], template: str, *, prefilter: bool = False
) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One regex for many rows: ``template`` gets ``(?P<r0>row0)|(?P<r1>row1)|...``.

    With ``prefilter``, the regex is rewritten to start with the class of characters a
    match can start with (see :func:`first_chars`), which lets ``re`` skip ahead in C:
    ``[FIRST](?<=(?=(?i:...))(?s:.))``. Such a match is one character long; the rule's
    real span is that of its named group (``m.span(m.lastgroup)``).
    """
    if not rules:
        return None, {}
    names = {f"r{i}": r.reason for i, r in enumerate(rules)}
    alts = "|".join(f"(?P<r{i}>{r.pattern})" for i, r in enumerate(rules))
    source = template.format(ALTS=alts)
    first = first_chars(source, re.IGNORECASE) if prefilter else None
    if first:
        cls = "".join(re.escape(c) for c in sorted(first))
        return re.compile(f"[{cls}](?<=(?=(?i:{source}))(?s:.))", re.MULTILINE), names
    return re.compile(source, re.IGNORECASE | re.MULTILINE), names


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, or None when unknown
    (a class such as ``\\s`` or ``.`` first, or a pattern that can match empty).

    >>> sorted(first_chars(r"\\b(?:ab|[xY])c", re.IGNORECASE))
    ['A', 'X', 'Y', 'a', 'x', 'y']
    """
    if _sre_parser is None:
        return None
    try:
        parsed = _sre_parser.parse(pattern, flags)
    except (re.error, AttributeError):  # pragma: no cover - parser internals changed
        return None
    found = _seq_first(list(parsed), bool(flags & re.IGNORECASE))
    if found is None or found[1] or not found[0]:
        return None
    return frozenset(found[0])


def _cases(ch: str, icase: bool) -> set[str]:
    if not icase:
        return {ch}
    return {c for c in (ch, ch.lower(), ch.upper(), ch.casefold(), ch.swapcase()) if len(c) == 1}


def _seq_first(seq: list, icase: bool) -> tuple[set[str], bool] | None:
    """(first characters, can be empty) of a parsed sequence; None when unknown."""
    chars: set[str] = set()
    for op, av in seq:
        one = _op_first(op, av, icase)
        if one is None:
            return None
        chars |= one[0]
        if not one[1]:
            return chars, False
    return chars, True


def _op_first(op, av, icase: bool) -> tuple[set[str], bool] | None:
    c = _sre_constants
    if op is c.LITERAL:
        return _cases(chr(av), icase), False
    if op is c.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is c.LITERAL:
                chars |= _cases(chr(a), icase)
            elif o is c.RANGE and a[1] - a[0] <= 1024:
                for code in range(a[0], a[1] + 1):
                    chars |= _cases(chr(code), icase)
            else:
                return None
        return chars, False
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True
    if op is c.BRANCH:
        chars, empty = set(), False
        for alt in av[1]:
            one = _seq_first(list(alt), icase)
            if one is None:
                return None
            chars |= one[0]
            empty = empty or one[1]
        return chars, empty
    if op is c.SUBPATTERN:
        _group, add, delete, sub = av
        icase = (icase or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
        return _seq_first(list(sub), icase)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _high, item = av
        one = _seq_first(list(item), icase)
        return None if one is None else (one[0], low == 0 or one[1])
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _seq_first(list(av), icase)
    return None


def _load_bio(lang: str) -> BioRules | None:
    path = LANG_DIR / lang / "clean_bio.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    on_norm = data.get("match_on", "raw") == "normalized"

    def prep(words: list[str]) -> list[str]:
        out = [normalize_key(w) if on_norm else w.lower() for w in words]
        return sorted(set(out), key=len, reverse=True)

    prof = "|".join(re.escape(w) for w in prep(data["professions"]))
    bullet = "|".join(re.escape(w) for w in prep(data["bullet_professions"]))
    flags = 0 if on_norm else re.IGNORECASE
    # The lead needs case (capitalized names) on raw text: compile it case-sensitively,
    # with the profession words case-insensitive.
    lead_src = data["lead_pattern"].replace("{PROF}", f"(?i:{prof})" if not on_norm else prof)
    return BioRules(
        lang=lang,
        on_normalized=on_norm,
        max_chars=int(data.get("max_chars", 450)),
        bullet_max_chars=int(data.get("bullet_max_chars", 220)),
        lead=re.compile(lead_src),
        bullet=re.compile(data["bullet_pattern"].replace("{BULLET}", bullet), flags),
        cues=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in prep(data["cues"])) + ")"),
        reject=frozenset(prep(data["reject"])),
    )


@lru_cache(maxsize=4)
def load_rules(languages: tuple[str, ...] = LANGUAGES) -> Rules:
    """Read and compile the rules of ``languages`` (cached; the files are read once)."""
    rows: list[Rule] = []
    for lang in languages:
        path = LANG_DIR / lang / "clean_patterns.tsv"
        if path.exists():
            rows += read_rules(path)
    by_scope: dict[str, list[Rule]] = {s: [r for r in rows if r.scope == s] for s in SCOPES}

    inline, inline_reasons = _fuse(by_scope["inline"], "{ALTS}", prefilter=True)
    # Line rules are used with fullmatch() on one stripped line at a time, so a "\s"
    # in them can never run into the next line.
    line, line_reasons = _fuse(by_scope["line"], "(?:{ALTS})")
    # A tail line may be any line rule too (it is boilerplate wherever it stands).
    tail, tail_reasons = _fuse(by_scope["tail"] + by_scope["line"], "(?:{ALTS})")
    block, block_reasons = _fuse(by_scope["block"], "(?:{ALTS})")
    end, end_reasons = _fuse(by_scope["end"], r"(?:{ALTS})(?=\s*\Z)", prefilter=True)
    credit = None
    if by_scope["credit"]:
        names = "|".join(f"(?:{r.pattern})" for r in by_scope["credit"])
        sep = rf"{HWS}*[/,،|+]{HWS}*"
        credit = re.compile(
            rf"[(\[]{HWS}*(?:{names})(?:{sep}(?:{names}))*{HWS}*[)\]]", re.IGNORECASE
        )
    bio = tuple(b for b in (_load_bio(lang) for lang in languages) if b is not None)
    near: set[str] = set()
    last: set[str] = set()
    for lang in languages:
        path = LANG_DIR / lang / "clean_credits.json"
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            near |= {normalize_key(w) for w in data.get("near", [])}
            last |= {normalize_key(w) for w in data.get("last", [])}
    return Rules(
        inline=inline,
        inline_reasons=inline_reasons,
        line=line,
        line_reasons=line_reasons,
        tail=tail,
        tail_reasons=tail_reasons,
        block=block,
        block_reasons=block_reasons,
        end=end,
        end_reasons=end_reasons,
        credit=credit,
        credit_guard_near=frozenset(near),
        credit_guard_last=frozenset(last),
        bio=bio,
    )
