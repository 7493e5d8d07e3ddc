"""Full-text search: Arabic spelling variants, operators, broken queries, snippets."""

from __future__ import annotations

import pytest

from marsad.clean.normalize import normalize
from marsad.document import Document
from marsad.store import QueryError, Store
from marsad.store.search import Term, make_snippet, parse_query

DOCS = [
    Document(
        id="anbar",
        raw="أعلنَ الجيشُ العراقيُّ أنّ قواته استعادت السيطرة على مناطق في محافظة الأنبار.",
        title="الجيش يستعيد مناطق في الأنبار",
    ),
    Document(
        id="protest",
        raw="خرجت تظاهرة في البصرة للمطالبة بتحسين الكهرباء، وقالت الشرطة إن التظاهرة سلمية.",
        title="تظاهرة في البصرة",
    ),
    Document(
        id="mosul-title",
        raw="زار الوزير المدينة وتفقد مشاريع إعادة الإعمار.",
        title="وزير الإعمار في الموصل",
    ),
    Document(
        id="mosul-text",
        raw=(
            "قالت منظمة إغاثة إن آلاف العائلات عادت إلى منازلها بعد سنوات من النزوح، "
            "وإن المدارس في الموصل أعيد فتحها، وإن المستشفيات ما زالت تحتاج إلى دعم كبير."
        ),
        title="عودة النازحين",
    ),
    Document(
        id="english",
        raw="Syrian troops withdrew from Deir ez-Zor on Friday, a local source told Reuters.",
        title="Troops withdraw from Deir ez-Zor",
    ),
]


@pytest.fixture
def store() -> Store:
    s = Store.open(":memory:")
    for d in DOCS:
        s.add(d)
    yield s
    s.close()


def ids(hits: list) -> list[str]:
    return [h.doc_id for h in hits]


@pytest.mark.parametrize(
    "query",
    ["الجيش العراقي", "الجيشُ العراقيُّ", "الأنبار", "الانبار", "الأنبارِ", "محافظه", "ٱلجيش"],
)
def test_arabic_matches_across_diacritics_hamza_and_ta_marbuta(store: Store, query: str) -> None:
    assert ids(store.search(query)) == ["anbar"]


def test_ta_marbuta_and_hamza_in_the_query_or_the_text(store: Store) -> None:
    assert ids(store.search("التظاهره")) == ["protest"]
    assert ids(store.search("اغاثة")) == ["mosul-text"]


def test_snippet_shows_the_original_words_highlighted(store: Store) -> None:
    (hit,) = store.search("الجيش العراقي")
    assert "[الجيشُ] [العراقيُّ]" in hit.snippet
    assert hit.title == "الجيش يستعيد مناطق في الأنبار"
    assert hit.score > 0
    (hit,) = store.search("الانبار", markers=("<b>", "</b>"))
    assert "<b>الأنبار</b>" in hit.snippet


def test_title_matches_rank_above_a_passing_mention(store: Store) -> None:
    assert ids(store.search("الموصل")) == ["mosul-title", "mosul-text"]
    hits = store.search("الموصل")
    assert hits[0].score > hits[1].score


def test_operators_phrases_and_prefixes(store: Store) -> None:
    assert set(ids(store.search("البصرة OR الموصل"))) == {"protest", "mosul-title", "mosul-text"}
    assert ids(store.search("الموصل NOT المدارس")) == ["mosul-title"]
    assert ids(store.search('"السيطرة على مناطق"')) == ["anbar"]
    assert ids(store.search('"على السيطرة مناطق"')) == []
    assert ids(store.search("withdr*")) == ["english"]
    assert ids(store.search("SYRIAN reuters")) == ["english"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Deir ez-Zor", ["english"]),
        ("البصرة OR", ["protest"]),
        ("(البصرة", ["protest"]),
        ('البصرة"', ["protest"]),
        ("الكهرباء، البصرة", ["protest"]),
        ("AND البصرة", ["protest"]),
        ("البصرة: الكهرباء", ["protest"]),
        ("^البصرة", ["protest"]),
    ],
)
def test_queries_fts5_cannot_parse_are_searched_as_words(
    store: Store, query: str, expected: list[str]
) -> None:
    assert ids(store.search(query)) == expected


@pytest.mark.parametrize("query", ["", "   ", "، - ؟", "NOT"])
def test_a_query_without_words_is_a_clear_error(store: Store, query: str) -> None:
    with pytest.raises(QueryError, match="nothing to search"):
        store.search(query)


def test_a_broken_negation_is_a_clear_error(store: Store) -> None:
    with pytest.raises(QueryError, match="cannot search"):
        store.search("NOT البصرة")


def test_limit(store: Store) -> None:
    assert len(store.search("في", limit=2)) == 2
    assert store.search_total("في") > 2  # what the limit left out is counted


def test_a_minus_before_a_word_excludes_it(store: Store) -> None:
    """ "الموصل -الإعمار": as in web search, the minus is NOT."""
    assert set(ids(store.search("الموصل"))) == {"mosul-title", "mosul-text"}
    assert ids(store.search("الموصل -الإعمار")) == ["mosul-text"]


def test_the_pipeline_normalized_view_is_reused_and_a_stale_one_ignored() -> None:
    fresh = Document(id="fresh", raw="وصلت قافلة مساعدات إلى مدينة الرقة")
    fresh.norm = normalize(fresh.text)
    stale = Document(id="stale", raw="انفجرت عبوة ناسفة في إدلب")
    stale.norm = normalize("نص آخر تماما")
    with Store.open(":memory:") as s:
        s.add(fresh)
        s.add(stale)
        assert ids(s.search("مساعدات")) == ["fresh"]
        assert ids(s.search("ادلب")) == ["stale"]
        assert s.search("تماما") == []


def test_parse_query_quotes_every_word() -> None:
    q = parse_query('أبو "عملية عسكرية" Deir-ez-Zor* OR (x')
    # a bare Arabic word is also looked up with the article ("موصل" finds "الموصل")
    # with AND between operands: FTS5 takes no implicit AND after a bracketed group
    assert q.fts == '("ابو" OR "الابو") AND "عمليه عسكريه" AND "deir ez zor"* OR ( "x"'
    assert q.plain == '("ابو" OR "الابو") AND "عمليه عسكريه" AND "deir ez zor"* AND "x"'
    assert q.terms[-2] == Term("zor", prefix=True)


def test_snippet_without_a_match_in_the_text_is_its_start() -> None:
    text = "كلمة " * 100
    snippet = make_snippet(text, (Term("غائب"),), width=50)
    assert snippet.startswith("كلمة") and snippet.endswith("…") and len(snippet) <= 52


def test_snippet_cuts_around_the_match_on_word_boundaries() -> None:
    text = "بداية " * 60 + "انفجرت سيارةٌ مفخخة في السوق " + "نهاية " * 60
    snippet = make_snippet(text, (Term("سياره"),), width=80)
    assert "[سيارةٌ]" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    words = snippet.strip("…").split()
    assert all(w in ("بداية", "نهاية", "انفجرت", "[سيارةٌ]", "مفخخة", "في", "السوق") for w in words)


def test_a_word_finds_its_clitic_forms() -> None:
    with Store.open(":memory:") as s:
        s.add(Document(id="c1", raw="وصل وفد أممي إلى بالعراق أمس، ثم توجه والعراقيون يترقبون."))
        s.add(Document(id="c2", raw="قال مسؤول إن الحكومة تدرس الأمر."))
        hits = s.search("العراق")
        assert [h.doc_id for h in hits] == ["c1"]
        assert "[بالعراق]" in hits[0].snippet
        assert [h.doc_id for h in s.search("بالعراق")] == ["c1"]


def test_a_word_without_its_article_finds_it_with_the_article(tmp_path) -> None:  # noqa: ANN001
    from marsad.document import Document
    from marsad.store import Store

    with Store.open(tmp_path / "m.db") as store:
        store.add(Document(id="d1", raw="قتل ثلاثة جنود في هجوم على نقطة تفتيش بالموصل أمس."))
        store.add(Document(id="d2", raw="وصل الوفد إلى بغداد صباح اليوم."))
        hits = store.search("موصل")
        assert [h.doc_id for h in hits] == ["d1"] and "[بالموصل]" in hits[0].snippet
        assert [h.doc_id for h in store.search("بغداد")] == ["d2"]


def test_an_arabic_name_of_several_words_and_a_word_with_a_clitic_are_found() -> None:
    """ "قوات الدعم السريع" was an FTS5 syntax error (a bare first word looked up with the
    article made a bracketed group); "بالفاشر" finds "الفاشر"."""
    with Store.open(":memory:") as s:
        s.add(Document(id="s1", raw="شنت قوات الدعم السريع هجوما على الفاشر أمس."))
        s.add(Document(id="s2", raw="قال مسؤول إن الحكومة تدرس الأمر."))
        assert [h.doc_id for h in s.search("قوات الدعم السريع")] == ["s1"]
        assert [h.doc_id for h in s.search("بالفاشر")] == ["s1"]
        assert [h.doc_id for h in s.search("تعز الحوثي")] == []
