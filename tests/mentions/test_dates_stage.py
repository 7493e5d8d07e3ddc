"""DateRecognizer as a pipeline stage: the reference date, published_from, offsets."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.clean import Normalizer
from marsad.document import Document
from marsad.mentions.dates import DateRecognizer, analyze, parse_reference
from marsad.pipeline import Pipeline
from marsad.text import LanguageIdentifier, SentenceSplitter
from tests.conftest import REFERENCE_ARTICLE, need_shared

TODAY = date(2026, 1, 1)


def _pipeline() -> Pipeline:
    return Pipeline(
        [Normalizer(), LanguageIdentifier(), SentenceSplitter(), DateRecognizer(today=TODAY)]
    )


def _run(text: str, published: str | None = None, published_from: str = "none") -> Document:
    doc = Document(id="d", raw=text, published=published)
    if published and published_from != "none":
        doc.published_from = published_from
    return _pipeline()(doc)


def test_stage_declares_its_fields() -> None:
    stage = DateRecognizer()
    assert stage.name == "dates"
    assert stage.requires == {"norm", "lang", "sentences"}
    assert stage.provides == {"mentions.DATE", "published"}
    with pytest.raises(ValueError):
        Pipeline([DateRecognizer()])  # nothing provides norm, lang, sentences


def test_input_reference_and_offsets_into_doc_text() -> None:
    text = "وَأعلنَ الجيشُ يومَ السبتِ سيطرته.\nوفي اليوم التالي انسحب."
    doc = _run(text, published="2024-12-09T10:30:00+03:00")
    assert doc.published == "2024-12-09"
    assert doc.published_from == "input"
    dates = doc.mentions_of("DATE")
    assert [(m.text, m.value) for m in dates] == [
        ("يومَ السبتِ", "2024-12-07"),
        ("اليوم التالي", "2024-12-08"),
    ]
    for m in dates:
        assert doc.text[m.start : m.end] == m.text
        assert m.precision == "day" and 0 < m.confidence <= 1


def test_option_reference_is_kept_as_option() -> None:
    doc = _run("وصل أمس إلى عمان", published="2015-07-21", published_from="option")
    assert doc.published_from == "option"
    assert [m.value for m in doc.mentions_of("DATE")] == ["2015-07-20"]


def test_reference_inferred_from_weekday_and_day_month() -> None:
    text = (
        "سقط النظام يوم الأحد بعد هجوم خاطف.\n"
        "وكانت الحدود قد أغلقت في 8 كانون الأول/ديسمبر، وقال مسؤول يوم السبت إن الوضع هادئ."
    )
    doc = _run(text)
    assert doc.published_from == "inferred"
    assert doc.published == "2024-12-08"  # 8 December falls on a Sunday in 2024 (and 2019)
    assert [m.value for m in doc.mentions_of("DATE")] == ["2024-12-08", "2024-12-08", "2024-12-07"]


def test_reference_inferred_from_a_full_date() -> None:
    a = analyze("صدر البيان في 20 يوليو 2015، وكان الوزير قد وصل أمس", None, today=TODAY)
    assert (a.reference, a.published_from) == (date(2015, 7, 20), "inferred")
    assert [m.value for m in a.mentions] == ["2015-07-20", "2015-07-19"]


def test_no_reference_at_all() -> None:
    doc = _run("وصل الوفد أمس، وفي عام 2011 بدأت الأزمة")
    assert doc.published_from == "none"
    assert doc.published is None
    assert [m.value for m in doc.mentions_of("DATE")] == ["2011"]  # "أمس" cannot be placed


def test_event_anchor_dates_a_relative_from_elsewhere() -> None:
    text = (
        "أعلن الجيش وقف إطلاق النار يوم الخميس الماضي.\n"
        "وقبل يومين من وقف إطلاق النار اشتدت المعارك في الشمال."
    )
    doc = _run(text, published="2024-12-09")
    assert [(m.text, m.value) for m in doc.mentions_of("DATE")] == [
        ("يوم الخميس الماضي", "2024-12-05"),
        ("قبل يومين", "2024-12-03"),
    ]
    # a text repeated many times dates every copy alike (each sentence's words are read
    # once per document: the anchored relatives of a long text no longer rescan it)
    long = _run("\n".join([text] * 30), published="2024-12-09")
    assert [m.value for m in long.mentions_of("DATE")] == ["2024-12-05", "2024-12-03"] * 30


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-07-21 02:51:32", date(2015, 7, 21)),
        ("2024-12-09T10:30:00+03:00", date(2024, 12, 9)),
        (date(2024, 1, 2), date(2024, 1, 2)),
        ("yesterday", None),
        (None, None),
    ],
)
def test_parse_reference(value: object, expected: date | None) -> None:
    assert parse_reference(value) == expected  # type: ignore[arg-type]


def _reference_article() -> str:
    return need_shared(REFERENCE_ARTICLE).read_text(encoding="utf-8")


def test_reference_article_with_publication_date() -> None:
    doc = _run(_reference_article(), published="2024-12-09")
    got = {(m.text, m.value, m.precision) for m in doc.mentions_of("DATE")}
    for expected in [
        ("يوم السبت", "2024-12-07", "day"),
        ("يوم الأحد", "2024-12-08", "day"),
        ("27 تشرين الثاني/نوفمبر", "2024-11-27", "day"),
        ("2012", "2012", "year"),
        ("عام 2011", "2011", "year"),
        ("2 كانون الأول/ديسمبر", "2024-12-02", "day"),
        ("6 ديسمبر/كانون الأول", "2024-12-06", "day"),
        ("مساء يوم 7 ديسمبر/كانون الأول", "2024-12-07", "day"),
        ("ذلك اليوم", "2024-12-07", "day"),
        ("بعد ظهر يوم 8 كانون الأول/ديسمبر", "2024-12-08", "day"),
        ("اليوم نفسه", "2024-12-08", "day"),
        ("مساء يوم 8 ديسمبر/كانون الأول", "2024-12-08", "day"),
        ("نوفمبر/تشرين الثاني 2017", "2017-11", "month"),
        ("عام 2017", "2017", "year"),
        ("عام 2019", "2019", "year"),
        ("8 كانون الأول/ديسمبر", "2024-12-08", "day"),
    ]:
        assert expected in got, expected
    texts = {m.text for m in doc.mentions_of("DATE")}
    assert not any("2000" in t or "ad_" in t for t in texts)  # "2000 جندي", "[ad_1]"


def test_reference_article_without_publication_date_infers_2024() -> None:
    doc = _run(_reference_article())
    assert doc.published_from == "inferred"
    assert doc.published == "2024-12-08"
    values = {m.text: m.value for m in doc.mentions_of("DATE")}
    assert values["يوم السبت"] == "2024-12-07"
    assert values["2 كانون الأول/ديسمبر"] == "2024-12-02"


def test_a_date_a_period_starts_from_is_no_reference() -> None:
    # "منذ السابع من أكتوبر 2023" is background: the report is not of that day
    a = analyze("وقتل أكثر من 58 ألف فلسطيني منذ السابع من أكتوبر 2023 في غزة.", None, today=TODAY)
    assert (a.reference, a.published_from) == (None, "none")
    assert [m.value for m in a.mentions] == ["2023-10-07"]
    a = analyze("صدر البيان في 20 يوليو 2015 عن الحرب المستمرة منذ مارس 2015", None, today=TODAY)
    assert a.reference == date(2015, 7, 20)


def test_a_date_after_wa_mundhu_is_no_reference_either() -> None:
    a = analyze("ومنذ 7 أكتوبر 2023 قتل آلاف المدنيين في غزة.", None, today=TODAY)
    assert a.reference is None
