"""Features shared by NER training and inference."""

from __future__ import annotations

import pytest

from marsad.mentions.ner_features import TOKEN_RE, FeatureExtractor


@pytest.fixture(scope="module")
def fx() -> FeatureExtractor:
    return FeatureExtractor.load()


def test_tokenizer_splits_like_anercorp() -> None:
    got = TOKEN_RE.findall("(د ب أ) أعلنَ «الاتحاد» 2,000.5 جندي؟")
    assert got == ["(", "د", "ب", "أ", ")", "أعلنَ", "«", "الاتحاد", "»", "2,000.5", "جندي", "؟"]


@pytest.mark.parametrize(
    ("word", "split"),
    [
        ("وبالعراق", ("وب", "العراق")),
        ("للامم", ("ل", "الامم")),
        ("ومحمد", ("و", "محمد")),
        ("بوش", ("", "بوش")),
        ("فرنسا", ("", "فرنسا")),
        ("في", ("", "في")),
    ],
)
def test_split_prefix(fx: FeatureExtractor, word: str, split: tuple[str, str]) -> None:
    assert fx.split_prefix(word) == split


def test_sequence_window_features(fx: FeatureExtractor) -> None:
    feats = fx.sequence(["قال", "الرئيس", "محمد", "في", "بغداد"])
    assert len(feats) == 5
    assert "BOS" in feats[0] and "EOS" in feats[4]
    assert "-1:pc=title" in feats[2]
    assert "fn" in feats[2]
    assert "+2:w=بغداد" in feats[2]
    assert "bg-=الرييس|محمد" in feats[2]
    assert "gz=B" in feats[4]


def test_clusters_group_similar_words(fx: FeatureExtractor) -> None:
    # built from unlabelled news: capitals fall together, unlike a function word
    assert fx.clusters["بغداد"][0] == fx.clusters["دمشق"][0]
    assert fx.clusters["بغداد"][0] != fx.clusters["الذي"][0]


def test_gazetteer_prefers_longest_match(fx: FeatureExtractor) -> None:
    words = ["في", "المملكه", "العربيه", "السعوديه", "اليوم"]
    assert fx.gazetteer(words, words) == [None, "B", "I", "I", None]
