import pytest

from marsad.clean.normalize import normalize
from marsad.document import Document
from marsad.text.clitics import analyze, variants
from marsad.text.tokens import Tokenizer, tokenize


@pytest.mark.parametrize(
    ("word", "prefixes", "stem", "suffix"),
    [
        ("وبالعراق", "وب", "العراق", ""),
        ("للعراق", "ل", "العراق", ""),
        ("ولبنان", "و", "لبنان", ""),
        ("وقال", "و", "قال", ""),
        ("والحكومه", "و", "الحكومه", ""),
        ("قواتهم", "", "قوات", "هم"),
        # words that start with a clitic letter but carry none
        ("وزير", "", "وزير", ""),
        ("وليد", "", "وليد", ""),
        ("بغداد", "", "بغداد", ""),
        ("لبنان", "", "لبنان", ""),
        ("كركوك", "", "كركوك", ""),
        ("ولايه", "", "ولايه", ""),
        ("الله", "", "الله", ""),
    ],
)
def test_clitic_analysis(word: str, prefixes: str, stem: str, suffix: str) -> None:
    a = analyze(word)
    assert (a.prefixes, a.stem, a.suffix) == (prefixes, stem, suffix)


def test_unknown_name_with_article_is_split() -> None:
    # a rare place name never seen in the lexicon: the article after و/ب decides
    assert analyze("وبالزعفرانيه").stem == "الزعفرانيه"


def test_variants_offer_every_split() -> None:
    stems = [v.stem for v in variants("وليد")]
    assert stems[0] == "وليد" and "ليد" in stems
    assert any(v.stem == "قوات" and v.suffix == "ها" for v in variants("قواتها"))


def test_tokens_keep_original_spelling_and_offsets() -> None:
    text = "وأعلنَ الجيشُ، في ٢٠٢٤، مقتل 2,000 مسلح (تقريبا) ad_1"
    toks = tokenize(text, normalize(text))
    for t in toks:
        assert text[t.start : t.end] == t.text
    words = [t.text for t in toks]
    assert "وأعلنَ" in words and "الجيشُ" in words and "٢٠٢٤" in words and "2,000" in words
    jaysh = next(t for t in toks if t.text == "الجيشُ")
    assert jaysh.norm == "الجيش" and jaysh.is_word
    assert next(t for t in toks if t.text == "٢٠٢٤").norm == "2024"
    assert not next(t for t in toks if t.text == "(").is_word


def test_english_tokens_lowercase_stem() -> None:
    toks = tokenize("The U.N.'s envoy visited Marib.")
    assert [t.stem for t in toks if t.is_word][:3] == ["the", "u", "n"]
    assert toks[-1].text == "."


def test_stage_sets_tokens() -> None:
    doc = Document(id="d", raw="وبالعراق")
    doc.norm = normalize(doc.text)
    assert Tokenizer()(doc).tokens[0].stem == "العراق"
