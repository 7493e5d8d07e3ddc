"""QUANTITY mentions: digits, number words, vague counts, ranges, approximation, negatives."""

from __future__ import annotations

import pytest

from marsad.clean.normalize import normalize
from marsad.document import Document, Mention
from marsad.ingest.pointers import day_articles
from marsad.mentions.quantities import QuantityRecognizer, find_quantities
from marsad.mentions.quantity_lexicon import lexicon
from marsad.pipeline import Pipeline
from tests.conftest import SAUDINEWSNET, need_shared


def _run(text: str, lang: str = "ar") -> list[Mention]:
    """Through the stage, the way the pipeline runs it; offsets checked by add_mention."""
    doc = Document(id="t", raw=text)
    doc.norm = normalize(doc.text)
    doc.lang = lang
    QuantityRecognizer()(doc)
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
        assert m.kind == "QUANTITY"
    return doc.mentions


def _one(text: str, lang: str = "ar") -> Mention:
    ms = _run(text, lang)
    assert len(ms) == 1, [(m.text, m.value) for m in ms]
    return ms[0]


# -- numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "noun"),
    [
        # digits: Latin, Arabic-Indic, separators, decimals, glued clitics
        ("وصل 2000 جندي إلى الحدود", "2000", 2000, "جندي"),
        ("عبر ٢٠٠٠ جندي الحدود", "٢٠٠٠", 2000, "جندي"),
        ("بلغ عدد الحجاج 1,350 حاجا", "1,350", 1350, "حاجا"),
        ("سجل المؤشر ارتفاعا إلى 1621.31 نقطة", "1621.31", 1621.31, "نقطة"),
        ("قدرت الخسائر بـ20 مليون ريال", "بـ20 مليون", 20_000_000, "ريال"),
        # digits with a scale word
        ("وزعت الجمعية 3 آلاف سلة غذائية", "3 آلاف", 3000, "سلة"),
        ("بلغت الصفقة 2.5 مليون دولار", "2.5 مليون", 2_500_000, "دولار"),
        ("أنفقت الحكومة 2,5 مليار ريال", "2,5 مليار", 2_500_000_000, "ريال"),
        ("تسلمت الشركة 11 ألفا و507 سيارات", "11 ألفا و507", 11507, "سيارات"),
        # words: units, teens, tens, compounds, hundreds, thousands, duals
        ("قتل ثلاثة جنود في الهجوم", "ثلاثة", 3, "جنود"),
        ("اعتقلت الشرطة ثلاث نساء", "ثلاث", 3, "نساء"),
        ("وثلاثة جنود أصيبوا بجروح", "وثلاثة", 3, "جنود"),
        ("قتل أحد عشر مدنيا", "أحد عشر", 11, "مدنيا"),
        ("أفرج عن اثني عشر معتقلا", "اثني عشر", 12, "معتقلا"),
        ("قتل خمسة وعشرون شخصا", "خمسة وعشرون", 25, "شخصا"),
        ("شارك ثلاثون متطوعا", "ثلاثون", 30, "متطوعا"),
        ("أوقف ثلاث مئة رجل", "ثلاث مئة", 300, "رجل"),
        ("نزح ثلاثمائة شخص", "ثلاثمائة", 300, "شخص"),
        ("وصل مائتا لاجئ إلى المخيم", "مائتا", 200, "لاجئ"),
        ("فر ألفا جندي", "ألفا", 2000, "جندي"),
        ("قتل ألفي جندي", "ألفي", 2000, "جندي"),
        ("قتل ألفَي جندي", "ألفَي", 2000, "جندي"),
        ("حشدت أربعة آلاف مقاتل", "أربعة آلاف", 4000, "مقاتل"),
        ("يسكن المدينة مئة وعشرون ألفا", "مئة وعشرون ألفا", 120_000, None),
        ("قدر عدد السكان بستة وثلاثين مليون نسمة", "بستة وثلاثين مليون", 36_000_000, "نسمة"),
        ("يعيش فيها نصف مليون لاجئ", "نصف مليون", 500_000, "لاجئ"),
        ("زار المعرض مليون ونصف زائر", "مليون ونصف", 1_500_000, "زائر"),
        ("خصصت الدولة مليارين لدعم الوقود", "مليارين", 2_000_000_000, "لدعم"),
        # after the noun: 1 and 2, and definite counts
        ("عبروا الحدود قبل يوم واحد من الانهيار", "واحد", 1, "يوم"),
        ("أوقفت الشرطة آسيويين اثنين", "اثنين", 2, "آسيويين"),
        ("قتل الجنود الثلاثة في الكمين", "الثلاثة", 3, "الجنود"),
        ("انتهت السنوات الخمس الماضية", "الخمس", 5, "السنوات"),
    ],
)
def test_arabic_numbers(text: str, span: str, value: float, noun: str | None) -> None:
    m = _one(text)
    assert (m.text, m.value, m.noun) == (span, value, noun)
    assert m.range is None
    assert m.approximate is False


def test_integers_stay_integers() -> None:
    m = _one("بتداولات تجاوزت 4.1 مليارات ريال")
    assert m.value == 4_100_000_000 and isinstance(m.value, int)


# -- vague counts and ranges ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "rng", "noun"),
    [
        ("سقط عشرات القتلى في الهجوم", "عشرات", [20, 99], "القتلى"),
        ("خرج مئات المتظاهرين إلى الشوارع", "مئات", [200, 999], "المتظاهرين"),
        ("نزح آلاف المدنيين من المدينة", "آلاف", [2000, 9999], "المدنيين"),
        ("أصيب العشرات من المتظاهرين", "العشرات", [20, 99], "المتظاهرين"),
        ("شارك عشرات الآلاف من المحتجين", "عشرات الآلاف", [20_000, 99_000], "المحتجين"),
        ("عبر مئات الآلاف من اللاجئين الحدود", "مئات الآلاف", [200_000, 999_000], "اللاجئين"),
        ("انتشر بضعة آلاف من الجنود", "بضعة آلاف", [3000, 9000], "الجنود"),
        ("قصف الطيران عدة مواقع", "عدة", [3, 9], "مواقع"),
        ("وتطالب دول عدة بالتحقيق", "عدة", [3, 9], "دول"),
        ("قتل ما بين 20 و30 شخصا", "ما بين 20 و30", [20, 30], "شخصا"),
        ("أصيب 20-30 شخصا", "20-30", [20, 30], "شخصا"),
        ("تعتزم شراء 80 إلى 90 طائرة", "80 إلى 90", [80, 90], "طائرة"),
        ("دمرت ثلاثة أو أربعة منازل", "ثلاثة أو أربعة", [3, 4], "منازل"),
        ("يتراوح عددهم بين 45 و50 ألفا", "بين 45 و50 ألفا", [45_000, 50_000], None),
    ],
)
def test_vague_counts_and_ranges(text: str, span: str, rng: list[int], noun: str | None) -> None:
    m = _one(text)
    assert (m.text, m.range, m.noun) == (span, rng, noun)
    assert m.value == rng[0]
    assert m.approximate is True


def test_bare_several_needs_a_noun() -> None:
    assert _run("جاء بعد عدة في الطريق") == []


# -- approximation -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("فر نحو 2000 جندي سوري إلى العراق", "نحو 2000", 2000),
        ("قدرت الخسائر بنحو 41 مليون ريال", "بنحو 41 مليون", 41_000_000),
        ("لجأ حوالي ثلاثة آلاف لاجئ", "حوالي ثلاثة آلاف", 3000),
        ("وصل أكثر من 200 لاجئ", "أكثر من 200", 200),
        ("قتل ما لا يقل عن 15 قتيلا", "ما لا يقل عن 15", 15),
        ("أوقف ما يزيد على مئة شخص", "ما يزيد على مئة", 100),
        ("وصل قرابة 500 حاج", "قرابة 500", 500),
    ],
)
def test_approximation_word_is_in_the_span(text: str, span: str, value: int) -> None:
    m = _one(text)
    assert (m.text, m.value, m.approximate) == (span, value, True)


def test_postfix_approximation() -> None:
    m = _one("أدى الى مقتل عشرة اشخاص على الاقل وإصابة آخرين")
    assert (m.text, m.value, m.noun, m.approximate) == ("عشرة", 10, "اشخاص", True)


# -- percentages and money ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("ارتفعت الأسعار 20 في المئة", 20, "في المئة"),
        ("ارتفع المؤشر بنسبة 5% خلال الأسبوع", 5, "%"),
        ("تراجع السهم 2.3 بالمائة", 2.3, "بالمائة"),
        ("بلغت القيمة 120 ألف ريال", 120_000, "ريال"),
    ],
)
def test_percentages_and_money_keep_their_unit_as_noun(text: str, value: float, noun: str) -> None:
    m = _one(text)
    assert (m.value, m.noun) == (value, noun)


# -- not quantities -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "في عام 2017 شهدت البلاد اضطرابات",
        "منذ 2011 تعيش سوريا حربا",
        "تأسست الشركة في 2012.",
        "صدر القرار في 1436 هـ عن المجلس",
        "قالت الوزارة في 2 كانون الأول/ديسمبر إن",
        "وقال لـ«العربي الجديد» في 6 ديسمبر/كانون الأول إن رجلا",
        "يعقد الاجتماع في 20 من الشهر الجاري",
        "بدأ الهجوم في 27 تشرين الثاني/نوفمبر",
        "يوم الاثنين 20 يوليو 2015 أعلن",
        "بين يونيو (حزيران) 2014 ويناير (كانون الثاني) 2015 انخفضت الأسعار",
        "تبدأ الجلسة عند الساعة 10 صباحا",
        "انطلقت المباراة 10:30 مساء",
        "ثم يبدأ العرض 8 مساء",
        "[ad_1]\nبغداد – قالت مصادر",
        "نصت المادة 5 من النظام على ذلك",
        "صدر القرار رقم 2254 عن مجلس الأمن",
        "اتصل على الرقم 0555123456 للاستفسار",
        "اتصلوا على 920000123 للاستفسار",
        "حدث ذلك بتاريخ 21/7/2015 في المدينة",
        "بتاريخ 10 / 1 / 1436 هـ",
        "فاز الفريق 2-1 على منافسه",
        "تقرأ في الفصل الثاني من الكتاب",
        "شهد القرن التاسع عشر تحولات",
        "شهد القرن الـ11 الميلادي تحولات",
        "ستقام بطولة كأس العالم 2018 بروسيا",
        "اشترت الشركة طائرات من طراز 777 الجديدة",
        "تعتبر الرياضة واحدة من أفضل المسكنات",
        "لا تخلو واحدة منهن من ذلك",
        "لست أدري ما حدث",
        "وصل بعده الوفد",
        "زادت كميات النفط المصدرة",
        "أطلقت مقاتلات F-16 صواريخها",
        "1- تقديم الطلب\n2- دفع الرسوم",
        "قصفت الطائرات مبنى البورصة وأحد الفنادق الفخمة",
        "نشرت القضية للمرة الأولى في 7 ـ 12 ـ 2010 بعنوان",
        "يوفر ترقية مجانية إلى «ويندوز 10» للمستخدمين",
        "انتهت المباراة 1 - 2 أمام فولسبورغ",
        "سجل في الدقيقتين 44 و48 هدفين",
        "حتى عده مراقبون محبطا",
        "وسط حضور أقارب العروسين، ألف مبروك.",
        "تنظيم ساعات العمل طبقا لأحكام المواد 98، 99، 100 من نظام العمل",
    ],
)
def test_not_quantities(text: str) -> None:
    assert [(m.text, m.value) for m in _run(text)] == []


def test_year_shaped_number_can_still_be_a_count() -> None:
    assert [m.value for m in _run("شارك 1300 طالب في المسابقة")] == [1300]
    assert [m.value for m in _run("فر نحو 2000 جندي")] == [2000]


def test_reference_style_sentence() -> None:
    text = (
        "بغداد – مع فرار نحو 2000 جندي سوري إلى العراق يوم السبت، وفي 27 "
        "تشرين الثاني/نوفمبر عبرت عدة فصائل عراقية مسلحة الحدود منذ 2012."
    )
    found = [(m.text, m.value, m.noun) for m in _run(text)]
    assert found == [("نحو 2000", 2000, "جندي"), ("عدة", 3, "فصائل")]


# -- offsets through normalization -------------------------------------------------------


def test_offsets_survive_diacritics_and_tatweel() -> None:
    text = "وقُتِلَ نَحْوَ ٢٠٠٠ جنديٍّ، وأُصيبَ ثلاثـــة آلاف مدني."
    ms = _run(text)
    assert [(m.text, m.value) for m in ms] == [("نَحْوَ ٢٠٠٠", 2000), ("ثلاثـــة آلاف", 3000)]
    assert [m.noun for m in ms] == ["جنديٍّ", "مدني"]


def test_find_quantities_offsets_index_the_input() -> None:
    text = "قالت المصادر إن أكثر من ٣٠٠ مدنيٍّ قتلوا و عشرات الجرحى نقلوا"
    for m in find_quantities(text, "ar"):
        assert text[m.start : m.end] == m.text
    assert [m.value for m in find_quantities(text, "ar")] == [300, 20]


# -- English ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "rng", "approx", "noun"),
    [
        ("three soldiers were killed", "three", 3, None, False, "soldiers"),
        ("about 2,000 troops fled", "about 2,000", 2000, None, True, "troops"),
        ("more than 200 people died", "more than 200", 200, None, True, "people"),
        (
            "two hundred and fifty thousand refugees",
            "two hundred and fifty thousand",
            250_000,
            None,
            False,
            "refugees",
        ),
        ("twenty-five villages were hit", "twenty-five", 25, None, False, "villages"),
        ("a dozen villages burned", "a dozen", 12, None, True, "villages"),
        ("dozens of protesters gathered", "dozens", 24, [24, 99], True, "protesters"),
        (
            "tens of thousands of people marched",
            "tens of thousands",
            20_000,
            [20_000, 99_000],
            True,
            "people",
        ),
        ("between 20 and 30 civilians", "between 20 and 30", 20, [20, 30], True, "civilians"),
        ("half a million people fled", "half a million", 500_000, None, False, "people"),
        ("several hundred fighters", "several hundred", 300, [300, 900], True, "fighters"),
    ],
)
def test_english(
    text: str, span: str, value: int, rng: list[int] | None, approx: bool, noun: str
) -> None:
    m = _one(text, "en")
    assert (m.text, m.value, m.range, m.approximate, m.noun) == (span, value, rng, approx, noun)


@pytest.mark.parametrize(
    "text",
    [
        "in 2012 the war began",
        "on December 6 the army",
        "on 6 December 2024",
        "at 10 pm",
        "no one was hurt",
    ],
)
def test_english_not_quantities(text: str) -> None:
    assert _run(text, "en") == []


def test_cased_month_name() -> None:
    assert _run("the talks open on 6 May in Geneva", "en") == []
    assert [m.value for m in _run("at least 6 may have died", "en")] == [6]


# -- stage and data -------------------------------------------------------------------


def test_stage_contract() -> None:
    stage = QuantityRecognizer()
    assert stage.name == "quantities"
    assert stage.requires == {"norm", "lang"}
    assert stage.provides == {"mentions.QUANTITY"}

    class _Prep:
        name, requires, provides = "prep", frozenset({"text"}), frozenset({"norm", "lang"})

        def __call__(self, doc: Document) -> Document:
            doc.norm, doc.lang = normalize(doc.text), "ar"
            return doc

    doc = Pipeline([_Prep(), stage])(Document(id="d", raw="أصيب خمسة مدنيين"))
    rec = doc.to_annotate_record()["mentions"]
    assert rec == [
        {
            "start": 5,
            "end": 9,
            "text": "خمسة",
            "kind": "QUANTITY",
            "value": 5,
            "approximate": False,
            "noun": "مدنيين",
        }
    ]


def test_unknown_language_falls_back_on_the_script() -> None:
    doc = Document(id="d", raw="أصيب خمسة مدنيين")
    doc.norm = normalize(doc.text)
    assert [m.value for m in QuantityRecognizer()(doc).mentions] == [5]


def test_stale_norm_is_recomputed() -> None:
    doc = Document(id="d", raw="أصيب خمسة مدنيين")
    doc.norm, doc.lang = normalize("نص آخر"), "ar"
    assert [m.value for m in QuantityRecognizer()(doc).mentions] == [5]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_number_tables_load(lang: str) -> None:
    lex = lexicon(lang)
    assert all(w.value > 0 for w in lex.words.values() if w.kind != "vague")
    assert all(0 < v.low < v.high for v in lex.vague.values())
    assert lex.sets["approx"] and lex.sets["month"] and lex.sets["not_noun"]


# -- real news ---------------------------------------------------------------------------


def test_saudinewsnet_day_offsets_and_values() -> None:
    path = need_shared(SAUDINEWSNET / "2015-07-21.zip")
    articles = day_articles(path)[:300]
    total = 0
    for a in articles:
        text = a.get("content") or ""
        for m in find_quantities(text, "ar"):
            assert text[m.start : m.end] == m.text
            assert m.value >= 0
            if m.range is not None:
                assert m.range[0] <= m.range[1]
            total += 1
    assert total > 300  # news is full of counts; a broken pattern finds next to none


def test_a_number_of_counts_a_few_of_the_noun_after_it() -> None:
    """ "عددا من عناصر", "عدد من المدنيين": a vague count of the noun after "من"; "عدد
    السكان" (the number of residents) is no count."""
    from marsad.mentions.quantities import find_quantities

    got = [(m.value, m.range, m.noun) for m in find_quantities("أصيب عدد من المدنيين", "ar")]
    assert got == [(3, [3, 9], "المدنيين")]
    assert find_quantities("عدد السكان كبير", "ar") == []


def test_a_two_word_count_with_any_space_between() -> None:
    from marsad.mentions.quantities import find_quantities

    got = [(m.value, m.noun) for m in find_quantities("وقتل عددا\u00a0من عناصر الدعم", "ar")]
    assert got == [(3, "عناصر")]
