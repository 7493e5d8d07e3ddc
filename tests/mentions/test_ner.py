"""The shipped Arabic NER model: loading, tagging, mention offsets, the pipeline stage."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.document import Document, Span
from marsad.mentions.ner import EntityRecognizer, load_model, simple_tokens, tag
from marsad.mentions.ner_corpus import spans
from marsad.mentions.ner_features import RESOURCES
from marsad.stages import build_pipeline

# Written for these tests (not from any corpus).
SENTENCE = (
    "وقال وزير الخارجية الأردني أيمن الصفدي خلال لقائه رئيس منظمة الصحة العالمية "
    "في عمّان أمس إن الأردن سيواصل دعم جهود الإغاثة ."
)


def test_model_files_are_small() -> None:
    size = sum(p.stat().st_size for p in RESOURCES.iterdir() if p.is_file())
    assert size < 50 * 1024 * 1024
    assert (RESOURCES / "ner.npz").exists()


def test_tag_finds_person_and_organization() -> None:
    words = [t.text for t in simple_tokens(SENTENCE)]
    labels = tag(words)
    assert len(labels) == len(words)
    found = {(k, " ".join(words[a:b])) for k, a, b in spans(labels)}
    assert ("PER", "أيمن الصفدي") in found
    assert ("ORG", "منظمة الصحة العالمية") in found
    assert any(k == "LOC" and "الأردن" in text for k, text in found)


def test_tag_empty_and_punctuation_only() -> None:
    assert tag([]) == []
    assert tag([".", "،"]) == ["O", "O"]


def test_stage_offsets_align_with_text() -> None:
    doc = Document(id="t1", raw=SENTENCE, lang="ar")
    EntityRecognizer()(doc)
    assert doc.mentions, "expected NER mentions"
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
        assert m.source == "ner"
        assert m.kind in {"PER", "ORG", "LOC", "MISC"}
    by_kind = {(m.kind, m.text) for m in doc.mentions}
    assert ("PER", "أيمن الصفدي") in by_kind
    assert ("ORG", "منظمة الصحة العالمية") in by_kind


def test_stage_leaves_conjunction_outside_the_name() -> None:
    text = "التقى الرئيس المصري عبد الفتاح السيسي وبريطانيا وفرنسا ."
    doc = Document(id="t2", raw=text, lang="ar")
    EntityRecognizer()(doc)
    locs = [m for m in doc.mentions if m.kind == "LOC"]
    assert locs, doc.mentions
    for m in locs:
        assert not m.text.startswith("و"), m.text
    assert {"بريطانيا", "فرنسا"} <= {m.text for m in locs}


def test_stage_uses_document_tokens_and_sentences() -> None:
    from marsad.text.tokens import tokenize

    text = (
        "دعا مجلس الأمن الدولي أمس إلى وقف إطلاق النار . وقال الوزير لويد أوستن إن القوات ستبقى ."
    )
    doc = Document(id="t3", raw=text, lang="ar")
    doc.tokens = tokenize(text)
    cut = text.index(".") + 1
    doc.sentences = [Span(0, cut), Span(cut + 1, len(text))]
    EntityRecognizer()(doc)
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
    assert any(m.kind == "ORG" and m.text.startswith("مجلس الأمن") for m in doc.mentions)
    assert any(m.kind == "PER" and "أوستن" in m.text for m in doc.mentions)


def test_stage_ignores_other_languages() -> None:
    doc = Document(id="t4", raw="President Biden met NATO leaders in Brussels.", lang="en")
    EntityRecognizer()(doc)
    assert doc.mentions == []


def test_stage_declares_its_fields() -> None:
    stage = EntityRecognizer()
    assert stage.name == "ner"
    assert stage.requires == {"tokens", "sentences", "lang"}
    assert {"mentions.PER", "mentions.ORG", "mentions.MISC"} <= stage.provides


def test_cached_scores_equal_feature_sums() -> None:
    """The per-word cached emission scores equal the sum of the weights of the features
    that training used (FeatureExtractor.sequence), token by token."""
    model = load_model()
    words = [t.text for t in simple_tokens(SENTENCE)]
    got = model.scorer.emissions_batch([words, words[:3], words[:1]])
    for sent, em in zip([words, words[:3], words[:1]], got, strict=True):
        feats = model.features.sequence(sent)
        want = np.stack([model.crf.score(f) for f in feats])
        np.testing.assert_allclose(em, want, rtol=1e-5, atol=1e-5)


def test_batch_viterbi_matches_single() -> None:
    model = load_model()
    rng = np.random.default_rng(0)
    ems = [rng.normal(size=(n, len(model.crf.labels))).astype(np.float32) for n in (5, 1, 9, 3)]
    assert model.crf.viterbi_batch(ems) == [model.crf.viterbi(e) for e in ems]


@pytest.mark.parametrize(
    ("token", "start"),
    [("وبريطانيا", 1), ("بريطانيا", 0), ("وبالعراق", 2), ("بوش", 0), ("للأمم", 1), ("وَبِلندن", 4)],
)
def test_name_start_skips_clitics(token: str, start: int) -> None:
    assert load_model().name_start(token) == start


def test_religious_formula_word_is_no_name() -> None:
    from marsad.mentions.ner import not_names

    assert "الله" in not_names()
    doc = build_pipeline()(
        Document(
            id="t", raw="وصلت السفينة إنفاذاً لتوجيهات خادم الحرمين الشريفين - حفظه الله - إلى عدن."
        )
    )
    assert not any(m.text == "الله" for m in doc.mentions)
    formula = build_pipeline()(
        Document(
            id="f",
            raw="استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - حفظه الله - "
            "في قصر السلام بجدة اليوم رئيس الوزراء المصري.",
        )
    )
    assert not any("الله" in m.text for m in formula.mentions)
    deputy = build_pipeline()(
        Document(id="d", raw="وجاءت زيارة سمو ولي ولي العهد الأمير محمد بن سلمان لمصر أمس.")
    )
    assert not any(m.text == "لي" for m in deputy.mentions)


def test_no_name_inside_a_date() -> None:
    """A month's other name in a date ("أبريل (نيسان)") is no organization (Nissan)."""
    text = "وأدى هجوم انتحاري بسيارة مفخخة في ابريل (نيسان) الماضي الى مقتل 71 شخصا."
    doc = build_pipeline(raw=True)(Document(id="t", raw=text, published="2015-08-01"))
    assert any(m.kind == "DATE" and "نيسان" in m.text for m in doc.mentions)
    assert not [m for m in doc.mentions if m.kind in ("ORG", "PER") and m.text == "نيسان"]


def test_a_named_district_is_no_person() -> None:
    """After a place designator ("حي") a gazetteer name is the place, not a man's name."""
    text = "اندلعت اشتباكات عنيفة أمس في حي أبو سليم بطرابلس بين مجموعتين مسلحتين."
    doc = build_pipeline(raw=True)(Document(id="t", raw=text, published="2024-06-25"))
    assert not [m for m in doc.mentions if m.kind == "PER" and "سليم" in m.text]
    assert {m.text for m in doc.mentions if m.kind == "LOC"} >= {"أبو سليم", "طرابلس"}
