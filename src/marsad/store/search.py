"""Turning a user's search words into a safe FTS5 query, and snippets with highlights.

The full-text index holds the normalized view of each document (see
``schema/0002_fulltext.sql``), so a query is normalized the same way before it is
matched: ``الأنبار``, ``الانبار`` and ``الأنبارِ`` are one search. Words are quoted, so
punctuation (``al-Qaim``, ``2,000``, ``"``) can never make the query a syntax error;
``OR``, ``AND``, ``NOT`` (upper case), parentheses, ``"exact phrases"`` and a trailing
``*`` (prefix) keep their FTS5 meaning. An Arabic word written without the article finds
it with the article too ("موصل" finds "الموصل" and "بالموصل").

>>> q = parse_query('الأنبار OR "القائم" داعش*')
>>> q.fts
'"الانبار" OR "القايم" AND ("داعش"* OR "الداعش"*)'
>>> q.plain
'"الانبار" AND "القايم" AND ("داعش"* OR "الداعش"*)'

Snippets are cut from the *original* text (not the normalized view) with the matched
words between markers:

>>> make_snippet("أعلنَ الجيشُ العراقيّ سيطرته", parse_query("الجيش").terms, width=60)
'أعلنَ [الجيشُ] العراقيّ سيطرته'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from marsad.clean.normalize import normalize, normalize_key
from marsad.text.clitics import analyze

_OPERATORS = frozenset({"AND", "OR", "NOT"})
_CHUNK = re.compile(r'"[^"]*"?|[()]|[^\s()"]+')
_WORD = re.compile(r"\w+")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def index_text(norm_text: str) -> str:
    """The text the full-text index holds: the normalized view with each Arabic word
    followed by its clitic-free stem where the two differ, so "العراق" finds "بالعراق".

    >>> index_text("وصل وفد الى بالعراق")
    'وصل وفد الى بالعراق العراق'
    """
    return _ARABIC_WORD.sub(_with_stem, norm_text)


def _with_stem(m: re.Match[str]) -> str:
    word = m.group()
    stem = analyze(word).stem
    return word if stem == word else f"{word} {stem}"


@dataclass(frozen=True, slots=True)
class Term:
    """A word to highlight: folded (normalized, lower-case, no diacritics); ``prefix`` for ``word*``."""

    word: str
    prefix: bool = False

    def matches(self, folded_token: str) -> bool:
        """Whether a folded token of the text is this term."""
        if self.prefix:
            return folded_token.startswith(self.word)
        return folded_token == self.word


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """``fts``: the query with operators kept; ``plain``: its words, quoted and ANDed.

    ``plain`` is the fallback when ``fts`` is not valid FTS5; it is empty when the
    query uses ``NOT`` (dropping the operator would invert the search).
    """

    fts: str
    plain: str
    terms: tuple[Term, ...]


def fold(text: str) -> str:
    """Normalized, lower-cased, Latin diacritics removed (as FTS5's remove_diacritics does).

    >>> fold("Café الأنبار")
    'cafe الانبار'
    """
    text = normalize_key(text)
    if text.isascii():
        return text
    return "".join(_fold_char(c) if "\u00c0" <= c <= "\u024f" else c for c in text).lower()


def _fold_char(c: str) -> str:
    return "".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d))


def _bare_arabic(word: str) -> bool:
    """An Arabic word of two letters or more written without the article."""
    return len(word) > 1 and _ARABIC_WORD.fullmatch(word) is not None and not word.startswith("ال")


def _quote(words: str) -> str:
    return '"' + words.replace('"', '""') + '"'


def parse_query(query: str) -> ParsedQuery:
    """Translate a user's query into FTS5 syntax over the normalized index.

    Chunks with no letter or digit (``-``, ``،``) are dropped; a minus right before a word
    is ``NOT`` ("بغداد -الموصل"). The result's ``fts`` may
    still be invalid FTS5 (``a OR``, ``(a``); the store then falls back to ``plain``,
    which always parses.
    """
    fts: list[str] = []
    plain: list[str] = []
    terms: list[Term] = []
    negated = False
    for chunk in _CHUNK.findall(query):
        if chunk in ("(", ")"):
            fts.append(chunk)
            continue
        if len(chunk) > 1 and chunk[0] == "-" and _WORD.search(chunk[1:]):
            # "بغداد -الموصل": a minus before a word is NOT, as in web search engines
            fts.append("NOT")
            negated = True
            chunk = chunk[1:]
        if chunk in _OPERATORS:
            fts.append(chunk)
            negated = negated or chunk == "NOT"
            continue
        phrase = chunk.startswith('"')
        body = chunk.strip('"') if phrase else chunk
        prefix = not phrase and body.endswith("*")
        body = fold(body.rstrip("*"))
        words = _WORD.findall(body)
        if not words:
            continue
        quoted = _quote(" ".join(words)) + ("*" if prefix else "")
        stem = analyze(words[0]).stem if not phrase and len(words) == 1 else words[0]
        if stem != words[0] and _ARABIC_WORD.fullmatch(words[0]) and not prefix:
            # "بالفاشر" finds "الفاشر": the index holds each word's clitic-free stem too
            quoted = f"({quoted} OR {_quote(stem)})"
            terms.append(Term(stem))
        elif not phrase and len(words) == 1 and _bare_arabic(words[0]):
            # "موصل" finds "الموصل" too: the index keeps the article on its stems
            with_article = _quote("ال" + words[0]) + ("*" if prefix else "")
            quoted = f"({quoted} OR {with_article})"
            terms.append(Term("ال" + words[0], prefix=prefix))
        fts.append(quoted)
        plain.append(quoted)
        terms.extend(Term(w) for w in words[:-1])
        terms.append(Term(words[-1], prefix=prefix))
    return ParsedQuery(_joined(fts), "" if negated else " AND ".join(plain), tuple(terms))


def _joined(parts: list[str]) -> str:
    """The query's parts with an explicit ``AND`` between two operands that have no
    operator between them (FTS5 reads ``("قوات" OR "القوات") "الدعم"`` as a syntax
    error: a bracketed group takes no implicit AND)."""
    out: list[str] = []
    for part in parts:
        if out and out[-1] not in (*_OPERATORS, "(") and part not in (*_OPERATORS, ")"):
            out.append("AND")
        out.append(part)
    return " ".join(out)


def make_snippet(
    text: str,
    terms: tuple[Term, ...],
    width: int = 200,
    markers: tuple[str, str] = ("[", "]"),
) -> str:
    """About ``width`` characters of ``text`` around the densest cluster of matched terms.

    Matches are found on the normalized view and mapped back to ``text``, so the
    snippet shows the words as written, diacritics included. Without a match (the
    query hit the title only) the snippet is the start of the text. Line breaks
    become spaces; ``…`` marks a cut.
    """
    view = normalize(text)
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(view.text):
        token = fold(m.group())
        stem = analyze(token).stem if _ARABIC_WORD.fullmatch(token) else token
        if any(t.matches(token) or t.matches(stem) for t in terms):
            spans.append(view.to_original(m.start(), m.end()))
    if spans:
        best = max(
            range(len(spans)),
            key=lambda i: sum(1 for s in spans[i:] if s[1] <= spans[i][0] + width * 2 // 3),
        )
        center_start = spans[best][0]
        start = max(0, center_start - width // 3)
    else:
        start = 0
    end = min(len(text), start + width)
    if end - start < width:
        start = max(0, end - width)
    # snap to word boundaries so no word is cut in two
    if start > 0:
        space = text.find(" ", start, min(end, start + 30))
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", max(start, end - 30), end)
        end = space if space != -1 else end
    out: list[str] = ["…"] if start > 0 else []
    pos = start
    for a, b in spans:
        if a < start or b > end:
            continue
        out += [text[pos:a], markers[0], text[a:b], markers[1]]
        pos = b
    out.append(text[pos:end])
    if end < len(text):
        out.append("…")
    return re.sub(r"\s+", " ", "".join(out)).strip()
