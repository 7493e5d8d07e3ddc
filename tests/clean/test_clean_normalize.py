"""The normalized view: what it maps, and that its offset map always points back right."""

from __future__ import annotations

import random

import pytest

from marsad.clean.normalize import normalize, normalize_key


@pytest.mark.parametrize(
    ("written", "view"),
    [
        ("أحمد وإبراهيم وآمنة", "احمد وابراهيم وامنه"),
        ("مؤتمر شاطئ مستشفى", "موتمر شاطي مستشفي"),
        ("الجَيْشُ العِرَاقِيُّ", "الجيش العراقي"),
        ("الســـلام", "السلام"),
        ("٢٠٢٤/١٢/٠٨ و۱۲", "2024/12/08 و12"),
        ("قال، ثم؛ لماذا؟", "قال, ثم; لماذا?"),
        ("ﻻ إله إلا ﷲ", "لا اله الا الله"),
        ("Reuters À BAGDAD", "reuters à bagdad"),
        ("\u200fبغداد\u200e", "بغداد"),
        ("", ""),
    ],
)
def test_view_text(written: str, view: str) -> None:
    assert normalize(written).text == view
    assert normalize_key(written) == view


def test_long_text_maps_like_short_text() -> None:
    # Long texts take the replace-per-character path, short ones str.translate.
    piece = "أعلنَ الجيشُ يوم ٨ كانون الأول أنّ NATO ﻻ يتدخل؟ "
    assert normalize(piece * 20).text == normalize(piece).text * 20


def test_mark_only_presentation_form_is_dropped_not_spaced() -> None:
    # U+FE70 (isolated fathatan) has NFKC " ً": the view must not get a space in a word.
    assert normalize("كتابﹰا").text == "كتابا"


def test_span_takes_trailing_marks() -> None:
    text = "وأعلنَ الجيشُ"
    v = normalize(text)
    start, end = v.to_original(v.text.index("الجيش"), len(v.text))
    assert text[start:end] == "الجيشُ"


def test_ligature_maps_as_a_whole() -> None:
    text = "قال ﻻ أحد"
    v = normalize(text)
    i = v.text.index("لا")
    assert v.to_original(i, i + 2) == (4, 5)
    assert v.to_original(i, i + 1) == (4, 5)


def test_empty_span_positions() -> None:
    v = normalize("ab\u200fcd")
    assert v.to_original(2, 2) == (3, 3)
    assert v.to_original(len(v.text), len(v.text)) == (5, 5)


ALPHABET = "أإآاةىيوؤئبتجحدرسشعلمنهـًٌٍَُِّْٰ٠٣۴ABCxyzÀ ،.؟\u200f\u200eﻻﷲﺍ\ufeffﹰ"


@pytest.mark.parametrize("seed", range(5))
def test_offset_map_round_trips(seed: int) -> None:
    """Every view span maps to an original span whose own view is that span's text
    (plus nothing but dropped characters)."""
    rng = random.Random(seed)
    for _ in range(200):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 60)))
        v = normalize(text)
        n = len(v.text)
        for _ in range(10):
            i = rng.randint(0, n)
            j = rng.randint(i, n)
            s, e = v.to_original(i, j)
            assert 0 <= s <= e <= len(text)
            if j > i:
                # The original span's view contains the view span (a ligature cut in
                # half maps to the whole ligature).
                assert v.text[i:j] in normalize(text[s:e]).text


def test_identity_fast_path_offsets() -> None:
    v = normalize("قتل 3 جنود")
    assert v.to_original(4, 5) == (4, 5)
