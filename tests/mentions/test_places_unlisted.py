"""UnlistedPlaces: NER LOC spans the gazetteer lacks become unresolved places with a
country from their context; common words, uncued spans and known names are handled."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.pipeline import Pipeline
from marsad.stages import build_pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return build_pipeline(raw=True)


def places(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = pipeline(Document(id="t", raw=text))
    return [
        (m.text, m.place.country, m.place.feature, m.source)
        for m in doc.mentions_of("LOC")
        if m.place is not None
    ]


def test_every_loc_mention_has_a_place(pipeline: Pipeline) -> None:
    doc = pipeline(Document(id="t", raw="قتل مدنيان في غارة على منطقة الحسيني شمال مدينة تعز."))
    assert doc.mentions_of("LOC")
    assert all(m.place is not None for m in doc.mentions_of("LOC"))
    assert not [m for m in doc.mentions if m.source == "ner" and m.kind == "LOC"]


def test_unlisted_district_takes_the_country_of_the_town_near_it(pipeline: Pipeline) -> None:
    got = places(pipeline, "قتل مدنيان في غارة على منطقة الحسيني شمال مدينة تعز.")
    assert ("الحسيني", "YEM", "unresolved:ner", "unlisted_places") in got


def test_demonym_after_an_unlisted_town_gives_its_country(pipeline: Pipeline) -> None:
    got = places(pipeline, "مثل رجلان أمام محكمة في مدينة سيله الألمانية أمس بتهمة الاحتيال.")
    assert ("سيله", "DEU", "unresolved:ner", "unlisted_places") in got


def test_no_unlisted_place_without_a_cue(pipeline: Pipeline) -> None:
    # the NER tags both names LOC; "على" is no place cue, "وتعرضت" none at all
    for text in (
        "وهو ما ينطبق أيضا على برادلي كوبر، نجم هوليوود.",
        "وتعرضت سوروتش لهجوم انتحاري أمس في جنوب تركيا.",
    ):
        got = places(pipeline, text)
        assert all(source != "unlisted_places" for *_, source in got), got


def test_designator_word_with_the_article_is_no_unlisted_name(pipeline: Pipeline) -> None:
    text = (
        "قالت الشرطة إن ثلاث انتحاريات فجرن أنفسهن صباح اليوم في داماتورو عاصمة الولاية "
        "الواقعة في شمال شرقي نيجيريا."
    )
    got = [p[0] for p in places(pipeline, text)]
    assert "الولاية" not in got
    assert "داماتورو" in got


def test_an_adjective_after_a_designator_is_no_unlisted_name(pipeline: Pipeline) -> None:
    got = places(pipeline, "أعيش في قرية نائية عن المدن في جنوب السعودية.")
    assert not any(text == "نائية" for text, *_ in got)


def test_a_demonym_closing_the_span_gives_its_country(pipeline: Pipeline) -> None:
    text = "قتل مسلحون خمسة أشخاص في هجوم على آلية للشرطة شمال الساحل الكيني قرب الحدود مع الصومال."
    got = [(t, c) for t, c, _, source in places(pipeline, text) if source == "unlisted_places"]
    assert ("الساحل الكيني", "KEN") in got


def test_the_gazetteer_stop_list_holds_for_unlisted_names(pipeline: Pipeline) -> None:
    # "drop": an orchard; "designator": the countryside after a mere preposition
    for text, word in (
        (
            "الطائرة من طراز «ثاندربولت بي 47» تحطمت في 14 فبراير (شباط) عام 1945 في بستان "
            "في جنوب غربي ألمانيا في أوترسفايير قرب الحدود مع فرنسا.",
            "بستان",
        ),
        (
            "فإيطاليا على سبيل المثال تعرف بأنها جنة المتقاعدين، ومدن مختلفة في الريف "
            "الفرنسي والإيطالي أصبحت ملاذا للمتقاعدين.",
            "الريف",
        ),
    ):
        got = [p[0] for p in places(pipeline, text)]
        assert word not in got and len(got) >= 1


def test_a_piece_of_a_word_is_no_unlisted_name(pipeline: Pipeline) -> None:
    text = (
        "وعرض الباحث زينو كوفا الدودة في الجزائر الشهر الماضي.\n"
        'وينوي الباحثان مناقشة ما توصلا إليه في مؤتمر "بلاك هات" الأمني، الذي سيقام في '
        "مدينة لاس فيجاس الخميس.\nوبحسب مواقع متخصصة، فإن شركة أبل لم تصدر أي بيان."
    )
    assert "اس" not in [p[0] for p in places(pipeline, text)]


def test_a_known_town_before_a_masculine_demonym_is_a_club(pipeline: Pipeline) -> None:
    """The places stage reads "إشبيلية الإسباني" as a club; the NER's LOC span must not
    bring the town back, while "مدينة إشبيلية الإسبانية" stays Seville."""
    text = "ومن الوافدين الجدد باكا (من إشبيلية الإسباني مقابل 21 مليون يورو) ولاعب آخر."
    assert not [p for p in places(pipeline, text) if p[0] == "إشبيلية"]
    got = places(pipeline, "وزار الوفد مدينة إشبيلية الإسبانية أمس.")
    assert [p[:2] for p in got if p[0] == "إشبيلية"] == [("إشبيلية", "ESP")]


def test_the_unlisted_stage_keeps_the_places_stage_context_vetoes(pipeline: Pipeline) -> None:
    """ "في كوبا أميركا" (the Copa America) is no Cuba in any stage: the NER's LOC span
    must not bring back a name its context vetoes; "إلى كوبا" stays Cuba."""
    text = "وغاب نيمار لايقافه في كوبا أميركا عقب طرده في نهاية المباراة ضد كولومبيا."
    doc = pipeline(Document(id="t", raw=text))
    assert not [m for m in doc.mentions if m.text == "كوبا" and m.kind == "LOC"]
    assert [p[:2] for p in places(pipeline, "وصل الوفد إلى كوبا أمس.")] == [("كوبا", "CUB")]


def test_an_english_town_named_by_the_division_it_lies_in() -> None:
    """ "in Kuriga, Kaduna state": a town the gazetteer lacks, placed in the division after
    the comma; a known name or a date is left alone."""
    pipe = build_pipeline(raw=True)
    text = "Gunmen abducted 287 pupils from a school in Kuriga, Kaduna state, on Thursday."
    doc = pipe(Document(id="en", raw=text, lang="en", published="2024-03-09"))
    (kuriga,) = [m for m in doc.mentions_of("LOC") if m.text == "Kuriga"]
    assert kuriga.place.country == "NGA" and kuriga.place.feature == "unresolved:ner"
    assert kuriga.place.precision == 2
    text = "The meeting in March, officials said, was cancelled."
    doc = pipe(Document(id="en", raw=text, lang="en", published="2024-06-25"))
    assert not doc.mentions_of("LOC")
