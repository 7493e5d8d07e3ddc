from marsad.text.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_arabic_punctuation_and_paragraphs() -> None:
    text = "قتل ثلاثة أشخاص في انفجار. هل كان الهجوم متوقعا؟ لا أحد يعرف!\nفقرة ثانية بلا نقطة"
    assert _split(text) == [
        "قتل ثلاثة أشخاص في انفجار.",
        "هل كان الهجوم متوقعا؟",
        "لا أحد يعرف!",
        "فقرة ثانية بلا نقطة",
    ]


def test_closing_quotes_stay_with_sentence() -> None:
    text = "وقال: “لسنا متأكدين”. ثم غادر."
    assert _split(text) == ["وقال: “لسنا متأكدين”.", "ثم غادر."]


def test_abbreviations_and_numbers_do_not_split() -> None:
    text = "Dr. Smith met Mr. Jones in the U.S. on Monday. The deal is worth 3.5 billion dollars."
    assert _split(text) == [
        "Dr. Smith met Mr. Jones in the U.S. on Monday.",
        "The deal is worth 3.5 billion dollars.",
    ]
    assert _split("التقى د. محمد الوزير. ثم عاد.") == ["التقى د. محمد الوزير.", "ثم عاد."]


def test_lowercase_continuation_and_offsets() -> None:
    text = "  It rose by approx. ten percent.  Then fell.  "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["It rose by approx. ten percent.", "Then fell."]
    assert all(text[a] != " " and text[b - 1] != " " for a, b in spans)


def test_empty_text() -> None:
    assert split_sentences("") == []
    assert split_sentences("\n\n  \n") == []


def test_a_sentence_without_stops_is_cut_at_a_comma_or_a_space() -> None:
    """Text without stops (a dump) makes no sentence longer than MAX_SENTENCE characters;
    each piece ends at a comma, or at a space when there is none."""
    from marsad.text.sentences import MAX_SENTENCE

    text = "قتل ثلاثة أشخاص في قصف، " * 400
    spans = split_sentences(text, "ar")
    assert len(spans) > 1 and all(b - a <= MAX_SENTENCE for a, b in spans)
    assert all(text[b - 1] == "،" for a, b in spans[:-1])
    words = "كلمة " * 2000
    spans = split_sentences(words, "ar")
    assert all(b - a <= MAX_SENTENCE and words[a:b].strip() == words[a:b] for a, b in spans)
    assert "".join(words[a:b] for a, b in spans).replace(" ", "") == words.replace(" ", "")
