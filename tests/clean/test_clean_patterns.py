"""The pattern data files load, validate, and the regex prefilter stays exact."""

from __future__ import annotations

import doctest
import importlib
import re
from pathlib import Path

import pytest

from marsad.clean.patterns import LANG_DIR, first_chars, load_rules, read_rules

REASONS = {
    "ad-marker",
    "repeated-headline",
    "photo-credit",
    "photo-caption",
    "author-bio",
    "social-follow",
    "source-line",
    "share-line",
    "read-more",
    "related-articles",
    "tags",
    "navigation",
    "wire-marker",
    "byline",
    "whitespace",
}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_pattern_files_parse_with_known_reasons(lang: str) -> None:
    rules = read_rules(LANG_DIR / lang / "clean_patterns.tsv")
    assert rules
    assert {r.reason for r in rules} <= REASONS


def test_bad_rows_are_reported_with_their_line(tmp_path: Path) -> None:
    bad = tmp_path / "clean_patterns.tsv"
    bad.write_text("# comment\nad-marker\tinline\t[ad\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"clean_patterns.tsv:2: bad regex"):
        read_rules(bad)
    bad.write_text("ad-marker\teverywhere\tx\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown scope"):
        read_rules(bad)
    bad.write_text("ad-marker\tinline\t(?P<x>ad)\n", encoding="utf-8")
    with pytest.raises(ValueError, match="named groups"):
        read_rules(bad)


def test_first_chars() -> None:
    assert first_chars(r"\[ad\]") == frozenset("[")
    assert first_chars(r"(?:ab|cd)?e") == frozenset("ace")
    assert first_chars(r"\s*x") is None  # a class of spaces: unknown
    assert first_chars(r"a?") is None  # can match empty
    assert first_chars(r"(?<=\.)x|y", re.IGNORECASE) == frozenset("xXyY")


@pytest.mark.parametrize(
    "text",
    [
        "نص [ad_1] ونص {ads} و[AdSense] Next   Previous end",
        "no markers here, only [brackets] and {braces}",
        "![صورة](http://example.com/a.jpg) ثم نص",
    ],
)
def test_prefiltered_regex_finds_what_the_plain_one_finds(text: str) -> None:
    rules = load_rules()
    plain_src = "|".join(
        f"(?:{r.pattern})"
        for lang in ("ar", "en")
        for r in read_rules(LANG_DIR / lang / "clean_patterns.tsv")
        if r.scope == "inline"
    )
    plain = re.compile(plain_src, re.IGNORECASE)
    fast = [m.span(m.lastgroup) for m in rules.inline.finditer(text)]
    assert fast == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    "name", ["normalize", "patterns", "spans", "detect", "cleaner", "survey", None]
)
def test_doctests(name: str | None) -> None:
    # import_module: the package re-exports a function named "normalize".
    module = importlib.import_module("marsad.clean" + (f".{name}" if name else ""))
    result = doctest.testmod(module)
    assert result.failed == 0
    assert result.attempted > 0 or name == "survey"
