"""Removal spans: overlaps, whitespace tidy-up, and text == input minus the spans."""

from __future__ import annotations

from marsad.clean.spans import apply_cuts, resolve, tidy_whitespace


def _clean(raw: str, cuts: list) -> str:
    return apply_cuts(raw, tidy_whitespace(raw, cuts))


def test_resolve_drops_contained_and_trims_overlaps() -> None:
    assert resolve([(3, 8, "b"), (0, 5, "a"), (1, 2, "c"), (4, 4, "empty")]) == [
        (0, 5, "a"),
        (5, 8, "b"),
    ]


def test_paragraph_removed_between_paragraphs() -> None:
    raw = "P1.\n\n[ad_1]\n\nP2."
    assert _clean(raw, [(5, 11, "ad-marker")]) == "P1.\n\nP2."


def test_inline_removal_keeps_one_space() -> None:
    raw = "قتل 3. (رويترز) وأصيب 4."
    start = raw.index(" (")
    assert _clean(raw, [(start, start + 9, "photo-credit")]) == "قتل 3. وأصيب 4."


def test_removal_at_line_end_keeps_the_break() -> None:
    raw = "first line (AFP)\n\nsecond"
    start = raw.index(" (")
    assert _clean(raw, [(start + 1, start + 6, "photo-credit")]) == "first line\n\nsecond"


def test_removal_at_start_and_end_takes_all_whitespace() -> None:
    raw = "  Next Previous \n\nبغداد – خبر.\n\n[ad_2]\n\nالمصدر\n"
    cuts = [(2, 15, "navigation"), (raw.index("[ad_2]"), raw.index("[ad_2]") + 6, "ad-marker")]
    cuts.append((raw.index("المصدر"), raw.index("المصدر") + 6, "source-line"))
    assert _clean(raw, cuts) == "بغداد – خبر."


def test_gap_capped_at_one_blank_line() -> None:
    raw = "P1\n\n\n\n[ad]\n\nP2"
    s = raw.index("[ad]")
    assert _clean(raw, [(s, s + 4, "ad-marker")]) == "P1\n\nP2"


def test_untouched_whitespace_elsewhere_stays() -> None:
    raw = "P1\n\n\n\nP2\n\n[ad]\n\nP3"
    s = raw.index("[ad]")
    assert _clean(raw, [(s, s + 4, "ad-marker")]) == "P1\n\n\n\nP2\n\nP3"


def test_whitespace_cuts_are_reported_and_disjoint() -> None:
    raw = "A\n\n[ad_1]\n\n[ad_2]\n\nB"
    cuts = tidy_whitespace(raw, [(3, 9, "ad-marker"), (11, 17, "ad-marker")])
    assert [c[2] for c in cuts] == ["ad-marker", "whitespace", "ad-marker", "whitespace"]
    assert all(a[1] <= b[0] for a, b in zip(cuts, cuts[1:], strict=False))
    assert apply_cuts(raw, cuts) == "A\n\nB"


def test_no_cuts_no_change() -> None:
    assert tidy_whitespace("abc", []) == []
    assert apply_cuts("abc", []) == "abc"
