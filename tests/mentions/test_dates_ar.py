"""Arabic DATE mentions: every class of the dates issue, and the negatives.

The reference date is Monday 2024-12-09 unless a test says otherwise; values below
were worked out by hand from the calendar.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.mentions.dates import resolve

REF = "2024-12-09"  # a Monday
TODAY = date(2026, 1, 1)


def _dates(text: str, ref: str | None = REF) -> list[tuple[str, str, str]]:
    """``(text, value, precision)`` of every DATE mention, offsets checked."""
    out = []
    for m in resolve(text, ref, today=TODAY):
        assert text[m.start : m.end] == m.text
        assert m.kind == "DATE"
        out.append((m.text, m.value, m.precision))
    return out


def _one(text: str, ref: str | None = REF) -> tuple[str, str, str]:
    found = _dates(text, ref)
    assert len(found) == 1, found
    return found[0]


# --- explicit dates in every month-name system ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلن في 15 يناير 2024 عن الاتفاق", ("15 يناير 2024", "2024-01-15", "day")),
        ("وقع في 3 شباط 2023", ("3 شباط 2023", "2023-02-03", "day")),
        ("افتتح في 12 آذار 2022", ("12 آذار 2022", "2022-03-12", "day")),
        ("وصل في 5 أفريل 2021", ("5 أفريل 2021", "2021-04-05", "day")),
        ("انطلق في 6 جويلية 2020", ("6 جويلية 2020", "2020-07-06", "day")),
        ("تم في 9 أوت 2019", ("9 أوت 2019", "2019-08-09", "day")),
        ("في 21 حزيران 2018", ("21 حزيران 2018", "2018-06-21", "day")),
        ("في 1 تشرين الاول 2017", ("1 تشرين الاول 2017", "2017-10-01", "day")),
        ("وفي ١٢ أيار ٢٠١٦", ("١٢ أيار ٢٠١٦", "2016-05-12", "day")),
        ("في 30 سبتمبر 2015م", ("30 سبتمبر 2015م", "2015-09-30", "day")),
        ("في 7 أغسطس عام 2014", ("7 أغسطس عام 2014", "2014-08-07", "day")),
        ("في الخامس من يوليو 2013", ("الخامس من يوليو 2013", "2013-07-05", "day")),
        ("منذ ١٨ أغسطس ٢٠١٤ الماضي", ("١٨ أغسطس ٢٠١٤", "2014-08-18", "day")),
    ],
)
def test_explicit_dates_every_system(text: str, expected: tuple[str, str, str]) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في 2 كانون الأول/ديسمبر قال", ("2 كانون الأول/ديسمبر", "2024-12-02", "day")),
        ("في 6 ديسمبر/كانون الأول قال", ("6 ديسمبر/كانون الأول", "2024-12-06", "day")),
        ("في 10 ديسمبر (كانون الأول) 2023", ("10 ديسمبر (كانون الأول) 2023", "2023-12-10", "day")),
        ("في نوفمبر/تشرين الثاني 2017", ("نوفمبر/تشرين الثاني 2017", "2017-11", "month")),
        ("عقود أيلول (سبتمبر) ارتفعت", ("أيلول (سبتمبر)", "2024-09", "month")),
        ("في سبتمبر أيلول الماضي", ("سبتمبر أيلول الماضي", "2024-09", "month")),
    ],
)
def test_paired_month_names(text: str, expected: tuple[str, str, str]) -> None:
    assert _one(text) == expected


def test_diacritics_and_attached_clitics_stay_out_of_the_span() -> None:
    assert _dates("وَفِي يَوْمِ السَّبْتِ عاد") == [("يَوْمِ السَّبْتِ", "2024-12-07", "day")]
    assert _dates("وبالأمس قال") == [("الأمس", "2024-12-08", "day")]
    assert _dates("وفي 2 ديسمبر") == [("2 ديسمبر", "2024-12-02", "day")]
    # a fused "لل" (ل + ال) stays in the span
    assert _dates("خطة للعام المقبل") == [("للعام المقبل", "2025", "year")]


def test_years_with_and_without_markers() -> None:
    assert _dates("ولد عام 1990م وتخرج سنة 2012 وعمل في العام 2015") == [
        ("عام 1990م", "1990", "year"),
        ("سنة 2012", "2012", "year"),
        ("العام 2015", "2015", "year"),
    ]
    assert _dates("منذ 2012 وحتى 2019") == [("2012", "2012", "year"), ("2019", "2019", "year")]


# --- Hijri -----------------------------------------------------------------------------


def test_hijri_dates_convert_to_gregorian() -> None:
    assert _one("في 5 رمضان 1436هـ") == ("5 رمضان 1436هـ", "2015-06-22", "day")
    assert _one("بتاريخ 1436/10/5هـ") == ("1436/10/5هـ", "2015-07-21", "day")
    assert _one("الموافق 20 /10 / 1436 هـ") == ("20 /10 / 1436 هـ", "2015-08-05", "day")
    assert _one("في 4 ذي القعدة 1434هـ") == ("4 ذي القعدة 1434هـ", "2013-09-10", "day")


def test_hijri_month_and_year_are_ranges() -> None:
    assert _one("خلال عام 1436هـ") == ("عام 1436هـ", "2014-10-25/2015-10-13", "year")
    # Jumada II 1446 is the Hijri month of the reference
    assert _one("منتصف شهر جمادى الآخرة الجاري") == (
        "منتصف شهر جمادى الآخرة الجاري",
        "2024-12-02/2024-12-31",
        "month",
    )
    assert _one("خلال رمضان الماضي", "2015-08-03") == (
        "رمضان الماضي",
        "2015-06-18/2015-07-16",
        "month",
    )


def test_hijri_day_month_without_year_takes_the_hijri_year() -> None:
    # 2015-07-21 is 5 Shawwal 1436
    assert _one("الاثنين 11 شوال الجاري", "2015-07-21") == (
        "الاثنين 11 شوال الجاري",
        "2015-07-27",
        "day",
    )
    assert _one("بدأت يوم 6 شوال", "2015-07-31") == ("يوم 6 شوال", "2015-07-22", "day")


# --- weekdays and deictics -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فر الجنود يوم السبت", ("يوم السبت", "2024-12-07", "day")),
        ("سقط النظام يوم الأحد", ("يوم الأحد", "2024-12-08", "day")),
        ("التقى الوزير السبت نظيره", ("السبت", "2024-12-07", "day")),
        ("اجتمعوا الأحد الماضي", ("الأحد الماضي", "2024-12-08", "day")),
        ("يجتمعون الخميس المقبل", ("الخميس المقبل", "2024-12-12", "day")),
        ("ويلتقون الاثنين القادم", ("الاثنين القادم", "2024-12-16", "day")),
        ("وصل اليوم إلى بغداد", ("اليوم", "2024-12-09", "day")),
        ("غادر أمس", ("أمس", "2024-12-08", "day")),
        ("وصل أول أمس", ("أول أمس", "2024-12-07", "day")),
        ("وصل أول من أمس", ("أول من أمس", "2024-12-07", "day")),
        ("يعود غداً", ("غداً", "2024-12-10", "day")),
        ("تقام الحفلة الليلة", ("الليلة", "2024-12-09", "day")),
        ("وقع الانفجار مساء أمس", ("مساء أمس", "2024-12-08", "day")),
        ("افتتح صباح اليوم", ("صباح اليوم", "2024-12-09", "day")),
        ("وقع مساء يوم 7 ديسمبر", ("مساء يوم 7 ديسمبر", "2024-12-07", "day")),
        ("شُددت الإجراءات مساء يوم 7 ديسمبر/كانون الأول", None),
        ("حدث ذلك الليلة الماضية", ("الليلة الماضية", "2024-12-08", "day")),
    ],
)
def test_weekdays_and_deictics(text: str, expected: tuple[str, str, str] | None) -> None:
    if expected is None:
        expected = ("مساء يوم 7 ديسمبر/كانون الأول", "2024-12-07", "day")
    assert _one(text) == expected


def test_weekday_beside_a_deictic_pins_the_day() -> None:
    # reference Tuesday 2015-07-21 while the text says "today (Monday)": the weekday wins
    assert _one("أعلن اليوم (الاثنين) أن", "2015-07-21") == (
        "اليوم (الاثنين)",
        "2015-07-20",
        "day",
    )
    assert _one("وصل أمس (الأحد) إلى", "2015-07-21") == ("أمس (الأحد)", "2015-07-19", "day")


def test_future_tense_turns_a_bare_weekday_forward() -> None:
    assert _one("زار الرئيس بغداد الخميس") == ("الخميس", "2024-12-05", "day")
    assert _one("سيزور الرئيس بغداد الخميس") == ("الخميس", "2024-12-12", "day")
    # a future cue after a conjunction: "وتعتزم النقابة تنظيم وقفة يوم الجمعة" is next Friday
    assert _one("وتعتزم النقابة تنظيم وقفة احتجاجية يوم الخميس") == (
        "يوم الخميس",
        "2024-12-12",
        "day",
    )


# --- relative --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل قبل يومين", ("قبل يومين", "2024-12-07", "day")),
        ("بدأ منذ ثلاثة أيام", ("منذ ثلاثة أيام", "2024-12-06", "day")),
        ("بدأ قبل 3 أيام", ("قبل 3 أيام", "2024-12-06", "day")),
        ("أعلن الأسبوع الماضي", ("الأسبوع الماضي", "2024-12-01/2024-12-07", "week")),
        ("أعلن الشهر الماضي", ("الشهر الماضي", "2024-11", "month")),
        ("أعلن العام الماضي", ("العام الماضي", "2023", "year")),
        ("منذ مطلع الشهر الجاري", ("مطلع الشهر الجاري", "2024-12", "month")),
        ("في أواخر العام الماضي", ("أواخر العام الماضي", "2023", "year")),
        ("يبدأ الشهر المقبل", ("الشهر المقبل", "2025-01", "month")),
        ("انطلق منذ عامين", ("منذ عامين", "2022", "year")),
        ("تأسس قبل أكثر من 20 عاما", ("قبل أكثر من 20 عاما", "2004", "year")),
        ("يصدر بعد نحو عام من الآن", ("بعد نحو عام من الآن", "2025", "year")),
        ("خطط هذا العام", ("هذا العام", "2024", "year")),
    ],
)
def test_relative(text: str, expected: tuple[str, str, str]) -> None:
    assert _one(text) == expected


# --- anaphoric -------------------------------------------------------------------------


def test_anaphora_resolve_against_the_previous_date() -> None:
    text = "وفي 2 كانون الأول/ديسمبر قال. وفي ذلك اليوم أعلن. وفي اليوم التالي وصل."
    assert _dates(text) == [
        ("2 كانون الأول/ديسمبر", "2024-12-02", "day"),
        ("ذلك اليوم", "2024-12-02", "day"),
        ("اليوم التالي", "2024-12-03", "day"),
    ]
    assert _dates("وصل في 8 ديسمبر. وسافر الوزير في اليوم نفسه.") == [
        ("8 ديسمبر", "2024-12-08", "day"),
        ("اليوم نفسه", "2024-12-08", "day"),
    ]


def test_anchored_relative_counts_from_a_date() -> None:
    assert _dates("سقط يوم الأحد. وقبل يوم واحد من انهيار النظام عبروا") == [
        ("يوم الأحد", "2024-12-08", "day"),
        ("قبل يوم واحد", "2024-12-07", "day"),
    ]
    # the anchor is a date right after the expression
    assert _dates("بعد أربع سنوات على الإطاحة بالقذافي عام 2011", "2015-07-26") == [
        ("بعد أربع سنوات", "2015", "year"),
        ("عام 2011", "2011", "year"),
    ]


def test_a_relative_after_a_date_places_what_that_date_came_after() -> None:
    # "today, Tuesday, a day after completing their control": the control was Monday
    text = "ويحاولون استعادة الأحياء اليوم الثلاثاء بعد يوم من اكتمال سيطرتهم على المدينة."
    assert [v for _, v, _ in _dates(text, "2015-07-21")] == ["2015-07-21", "2015-07-20"]
    # told apart from the date, it counts from it as before
    text = "سقط النظام يوم الأحد. وعند العبور إلى القائم قبل يوم واحد من انهيار النظام."
    assert [v for _, v, _ in _dates(text)] == ["2024-12-08", "2024-12-07"]
    # an adjunct after a comma, however far: the announcement came three days after the
    # clashes began, which were three days before it, not three days after
    text = (
        "أعلنت وزارة الداخلية السورية، مساء الثلاثاء، التوصل إلى اتفاق لوقف إطلاق النار في "
        "مدينة السويداء، بعد ثلاثة أيام من اشتباكات دامية."
    )
    assert [v for _, v, _ in _dates(text, "2025-07-16")] == ["2025-07-15", "2025-07-12"]
    # a relative opening a clause of its own counts on from the date before it
    text = "وقع الهجوم يوم الأحد 3 مايو 2015، وبعد يومين من الهجوم اعتقلت الشرطة المنفذ."
    assert [v for _, v, _ in _dates(text, "2015-05-10")] == ["2015-05-03", "2015-05-05"]


def test_anaphora_without_a_previous_date_are_left_out() -> None:
    assert _dates("وفي ذلك اليوم أعلن") == []


# --- periods and ranges ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يقاتلون منذ 2012", ("2012", "2012", "year")),
        ("خلال عام 2017", ("عام 2017", "2017", "year")),
        ("بين 5 و7 ديسمبر", ("5 و7 ديسمبر", "2024-12-05/2024-12-07", "day")),
        ("من 19 إلى 21 شوال 1436هـ", ("19 إلى 21 شوال 1436هـ", "2015-08-04/2015-08-06", "day")),
        ("من 25 يوليو حتى 2 أغسطس", ("25 يوليو حتى 2 أغسطس", "2024-07-25/2024-08-02", "day")),
        ("من 2001 حتى 2007", ("2001 حتى 2007", "2001/2007", "year")),
        ("الخطة الخمسية 2011 – 2015", ("2011 – 2015", "2011/2015", "year")),
        ("في موسم 2015-2014", ("2015-2014", "2014/2015", "year")),
        ("بين ايلول/سبتمبر 2007 وآذار/مارس 2012", None),
    ],
)
def test_periods_and_ranges(text: str, expected: tuple[str, str, str] | None) -> None:
    if expected is None:
        expected = ("ايلول/سبتمبر 2007 وآذار/مارس 2012", "2007-09/2012-03", "month")
    assert _one(text) == expected


def test_years_after_a_dual_unit_are_separate_mentions() -> None:
    assert _dates("توقعاته لعامي 2015 و2016") == [
        ("عامي 2015", "2015", "year"),
        ("2016", "2016", "year"),
    ]


# --- not dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "فر نحو 2000 جندي سوري إلى العراق",  # a count
        "بلغ سعره 1500 ريال",  # a price
        "ارتفع بنسبة 20% خلال التداول",  # a percentage
        "للتواصل 0555123456 أو 920-000-123",  # phone numbers
        "[ad_1] بغداد – مع فرار الجنود",  # an ad marker
        "يبدأ الساعة 10:30 صباحا",  # a clock time
        "يبدأ الساعة العاشرة صباحا",  # a clock time in words
        "استمر لمدة ثلاثة أيام",  # a duration without anchor
        "خلال يومين فقط",  # a duration
        "قبل أيام",  # vague
        "حل في المركز الأول للمرة الثانية",  # ordinals that are not dates
        "احتفلت المملكة باليوم الوطني",  # "the national day"
        "الأمين العام المقبل للأمم المتحدة",  # "العام" = general
        "وقال لصحيفة عين اليوم",  # the outlet "عين اليوم"
        "بين الاثنين خلاف قديم",  # "الاثنين" = the two
        "فاز الهلال 2 صفر",  # صفر = zero
        "خطبة الجمعة في المسجد",  # the Friday sermon
        "ينتج 2.5 مليار قدم مكعبة في اليوم",  # per day
        "يوما بعد يوم",  # day after day
        "على مدار اليوم",  # all day long
        "القرار 2216 الصادر عن مجلس الأمن",  # a resolution number
    ],
)
def test_not_dates(text: str) -> None:
    assert _dates(text) == []


# --- year inference and direction ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        ("التقيا في 20 يوليو", "2015-07-21", "2015-07-20"),  # just before
        ("يقام في 25 يوليو", "2015-07-21", "2015-07-25"),  # a few days ahead: same year
        ("وقع في 10 ديسمبر", "2015-07-21", "2014-12-10"),  # far ahead: the year before
        ("وقع في 3 يناير", "2015-12-28", "2015-01-03"),  # past tense: the same year
        ("ستعقد القمة في 3 يناير", "2015-12-28", "2016-01-03"),  # future: the next
        ("وسيلتقي الفريقان في 30 مايو", "2015-07-24", "2016-05-30"),  # future, date passed
        ("في 17 يوليو الماضي", "2015-08-05", "2015-07-17"),
        ("في يوليو الماضي", "2015-07-21", "2014-07"),  # "الماضي" in July: the one before
        ("في أكتوبر المقبل", "2015-07-21", "2015-10"),
        ("في الـ 27 من الشهر الجاري", "2015-08-02", "2015-08-27"),
        ("في 10 يونيو من العام الماضي", "2015-08-02", "2014-06-10"),
    ],
)
def test_year_inference(text: str, ref: str, value: str) -> None:
    assert _one(text, ref)[1] == value


def test_a_day_of_the_month_just_named_takes_its_year() -> None:
    # "the October 1973 war ... on 24 and 25 October": 1973, not the last October
    text = "وشهدت المدينة آخر معارك حرب أكتوبر 1973، وبالتحديد في يومي 24 و25 أكتوبر."
    assert [v for _, v, _ in _dates(text, "2015-08-06")] == ["1973-10", "1973-10-24", "1973-10-25"]
    # another month named before does not lend its year
    text = "وشهدت المدينة آخر معارك حرب أكتوبر 1973، واجتمعوا في 25 يوليو."
    assert [v for _, v, _ in _dates(text, "2015-08-06")] == ["1973-10", "2015-07-25"]


def test_a_verb_of_duration_after_a_weekday_is_no_future() -> None:
    # "began on Saturday a visit that lasts three days": last Saturday (a Sunday paper)
    assert _one("بدأ رئيس اللجنة السبت زيارة إلى اليمن تستمر ثلاثة أيام", "2015-08-09")[1] == (
        "2015-08-08"
    )
    # before the date it still speaks of the future: "lasts until Saturday"
    assert _one("وتستمر المفاوضات حتى السبت", "2015-08-09")[1] == "2015-08-15"


def test_weekday_beside_a_day_month_picks_the_agreeing_year() -> None:
    # 10 Shawwal 1436 was a Sunday; the future verb after it does not move it a year
    assert _one("بدأت يوم الأحد 10 شوال وتستمر حتى نهايته", "2015-08-06")[1] == "2015-07-26"


def test_the_eve_of_a_weekday_is_the_night_before_it() -> None:
    """ "ليلة السبت" is the night before Saturday (Friday evening); "مساء السبت" and
    "ليلة أمس" keep their day. The reference is Monday 2024-12-09."""
    assert _one("اندلعت المعارك ليلة السبت في المدينة.") == ("ليلة السبت", "2024-12-06", "day")
    assert _one("وصل الوفد مساء السبت.") == ("مساء السبت", "2024-12-07", "day")
    assert _one("وقع الانفجار ليلة أمس.")[1] == "2024-12-08"


def test_future_verbs_that_start_like_nouns_look_forward() -> None:
    """ "سترسل" (will send) is a future verb, not a noun of "ستر": the Sunday ahead."""
    got = _dates("قال الوزير إن الحكومة سترسل مساعدات إلى غزة يوم الأحد.", "2024-02-03")
    assert [d[1] for d in got] == ["2024-02-04"]


def test_a_reported_future_does_not_move_the_report_date() -> None:
    """ "أعلنت في 20 يونيو أن الساعات ستتحسن": the announcement is past."""
    got = _dates("وكانت الوزارة قد أعلنت في 20 حزيران/يونيو أن ساعات التجهيز ستتحسن.", "2024-12-09")
    assert [d[1] for d in got] == ["2024-06-20"]


def test_a_month_of_last_year() -> None:
    """ "في مارس من العام الماضي": March of the year before the reference's."""
    assert _one("وقعت الحادثة في مارس من العام الماضي.", "2024-06-12")[1:] == ("2023-03", "month")


def test_a_market_named_for_its_day_is_no_date() -> None:
    from marsad.mentions.dates import resolve

    found = resolve("اعتقلت قوة الردع 12 مسلحاً في منطقة سوق الجمعة صباح اليوم", "2025-05-17")
    assert [(m.text, m.value) for m in found] == [("صباح اليوم", "2025-05-17")]
