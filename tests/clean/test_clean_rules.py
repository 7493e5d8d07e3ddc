"""Each removal reason on small realistic snippets, with the near misses that must stay."""

from __future__ import annotations

import random

import pytest

from marsad.clean import clean_text
from marsad.clean.spans import apply_cuts

BODY1 = "أعلنت وزارة الداخلية العراقية يوم الأحد اعتقال خمسة مشتبه بهم في محافظة الأنبار."
BODY2 = "وقال مصدر أمني إن العملية جرت بالتنسيق مع قوات الحشد الشعبي قرب مدينة القائم."
BODY3 = "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، بحسب ما أفادت وسائل إعلام محلية."
EN1 = "Iraqi security forces arrested five suspects in Anbar province on Sunday, officials said."
EN2 = "The operation was coordinated with the Popular Mobilization Forces near al-Qaim."


def check(raw: str, title: str | None = None) -> tuple[str, list[tuple[str, str]]]:
    """Clean ``raw`` and verify the offset contract; return text and (reason, text)."""
    text, removed = clean_text(raw, title)
    for r in removed:
        assert raw[r.start : r.end] == r.text
    assert all(a.end <= b.start for a, b in zip(removed, removed[1:], strict=False))
    assert text == apply_cuts(raw, [(r.start, r.end, r.reason) for r in removed])
    return text, [(r.reason, r.text) for r in removed if r.reason != "whitespace"]


def paras(*ps: str) -> str:
    return "\n\n".join(ps)


# --- ad markers -------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["[ad_1]", "[ad_2]", "[ads]", "[adsense]", "{ad}", "[AD 3]"])
def test_ad_shortcodes(marker: str) -> None:
    text, removed = check(paras(BODY1, marker, BODY2))
    assert text == paras(BODY1, BODY2)
    assert removed == [("ad-marker", marker)]


def test_ad_shortcode_glued_into_paragraph() -> None:
    text, removed = check(f"{BODY1} [ad_1] {BODY2}")
    assert text == f"{BODY1} {BODY2}"
    assert removed == [("ad-marker", "[ad_1]")]


def test_bracketed_words_are_not_ads() -> None:
    raw = paras("قالت الوكالة [أي الأمم المتحدة] إن الوضع خطير.", "[adjective] is a word class.")
    assert check(raw) == (raw, [])


# --- repeated headline --------------------------------------------------------------


def test_first_line_repeated() -> None:
    head = "الميليشيات تنسحب من الحدود بعد سقوط النظام"
    text, removed = check(paras(head, head + " ", BODY1))
    assert text == paras(head, BODY1)
    assert removed == [("repeated-headline", head)]


def test_body_opens_with_the_title() -> None:
    title = "اعتقال خمسة مشتبه بهم في الأنبار"
    text, removed = check(paras("اعتقال خمسة مشتبه بهم في الأنبار", BODY1), title=title)
    assert text == BODY1
    assert removed == [("repeated-headline", title)]


def test_title_matching_ignores_marks_and_spelling() -> None:
    text, _ = check(paras("إعتقالُ خمسةِ مشتبهٍ بهم", BODY1), title="اعتقال خمسة مشتبه بهم")
    assert text == BODY1


def test_different_second_line_stays() -> None:
    raw = paras("الميليشيات تنسحب من الحدود", "الميليشيات تنسحب من الحدود السورية", BODY1)
    assert check(raw) == (raw, [])
    assert check(raw, title="عنوان آخر")[1] == []


# --- photo credits and captions -----------------------------------------------------


def test_credit_after_sentence_end() -> None:
    text, removed = check(f"{BODY1} (رويترز) {BODY2}")
    assert text == f"{BODY1} {BODY2}"
    assert removed == [("photo-credit", "(رويترز)")]


@pytest.mark.parametrize(
    "credit", ["(غيتي)", "(أ ف ب)", "(الأناضول)", "(Getty)", "(AFP)", "[Getty]"]
)
def test_known_credits(credit: str) -> None:
    text, removed = check(paras(f"صورة لجنود عراقيين قرب الحدود مع سوريا. {credit}", BODY1))
    assert credit not in text
    assert removed[0] == ("photo-credit", credit)


def test_caption_repeating_a_paragraph_goes_with_its_credit() -> None:
    caption = "تبنت الفصائل المسلحة العراقية مواقف متباينة بشأن إرسال قوات عبر الحدود لدعم النظام."
    earlier = "في الأيام الماضية تبنى قادة الفصائل المسلحة العراقية مواقف متباينة بشأن إرسال قوات عبر الحدود لدعم النظام السوري."
    sub = "هل ستكبح الحكومة الميليشيات؟"
    text, removed = check(paras(BODY1, earlier, f"{caption} (غيتي) {sub}", BODY2))
    assert text == paras(BODY1, earlier, sub, BODY2)
    assert removed == [("photo-caption", caption), ("photo-credit", "(غيتي)")]


def test_caption_that_is_new_text_stays() -> None:
    caption = "جنود عراقيون يتفقدون معبر القائم الحدودي مع سوريا."
    text, removed = check(paras(BODY1, f"{caption} (غيتي)", BODY2))
    assert text == paras(BODY1, caption, BODY2)
    assert removed == [("photo-credit", "(غيتي)")]


@pytest.mark.parametrize(
    "raw",
    [
        "بغداد (رويترز) - قالت مصادر أمنية إن خمسة أشخاص قتلوا في هجوم.",
        "(رويترز) - قالت مصادر أمنية إن خمسة أشخاص قتلوا في هجوم.",
        "وقال مسؤول عراقي لوكالة (رويترز) إن الحدود أغلقت بالكامل.",
        "ونقلت وكالة الصحافة الفرنسية (أ ف ب) عن مصدر عسكري أن القصف استمر.",
        "وقال المتحدث للصحافيين يوم (الخميس) إن المفاوضات مستمرة.",
        "BAGHDAD (Reuters) - Five people were killed in an attack, police said.",
        "وصرح مسؤول لوكالة الأنباء الألمانية (د.ب.أ)",
    ],
)
def test_datelines_and_in_sentence_agency_names_stay(raw: str) -> None:
    assert check(paras(raw, BODY1)) == (paras(raw, BODY1), [])


def test_credit_closing_a_caption_line() -> None:
    text, removed = check(paras(BODY1, "زوار في متحف اللوفر بباريس صباح اليوم (أ ف ب)", BODY2))
    assert text == paras(BODY1, "زوار في متحف اللوفر بباريس صباح اليوم", BODY2)
    assert removed == [("photo-credit", "(أ ف ب)")]


def test_photographer_line() -> None:
    text, removed = check(paras(BODY1, "تصوير: أحمد علي", BODY2))
    assert text == paras(BODY1, BODY2)
    assert removed == [("photo-credit", "تصوير: أحمد علي")]


# --- author bio and follow lines ----------------------------------------------------


def test_bio_before_follow_line_arabic() -> None:
    bio = "سارة أحمد صحفية مستقلة مقيمة في بيروت، تكتب عن شؤون اللاجئين."
    text, removed = check(paras(BODY1, BODY2, bio, "تابعها على تويتر: @sara_ahmad"))
    assert text == paras(BODY1, BODY2)
    assert removed == [("author-bio", bio), ("social-follow", "تابعها على تويتر: @sara_ahmad")]


def test_bio_english() -> None:
    bio = "Jane Doe is a freelance journalist based in Erbil covering Iraq and Syria."
    text, removed = check(paras(EN1, EN2, bio, "Follow her on Twitter: @janedoe"))
    assert text == paras(EN1, EN2)
    assert removed == [("author-bio", bio), ("social-follow", "Follow her on Twitter: @janedoe")]


def test_bio_at_end_without_follow_needs_a_cue() -> None:
    bio = "محمد علي كاتب وباحث متخصص في الشؤون العراقية."
    text, removed = check(paras(BODY1, bio))
    assert text == BODY1 and removed == [("author-bio", bio)]


def test_bullet_bio_at_end() -> None:
    bio = "* أستاذ العلوم السياسية بجامعة بغداد"
    assert check(paras(BODY1, BODY2, bio)) == (paras(BODY1, BODY2), [("author-bio", bio)])


@pytest.mark.parametrize(
    "last",
    [
        # A news sentence about a journalist is not a bio.
        "وقال صحفي متخصص في شؤون النفط إن الأسعار ستنخفض.",
        "محمد علي صحفي سوداني اعتقل الأسبوع الماضي في الخرطوم.",
        "وبين الصباغ في تصريح صحفي أن المركز المتخصص يستقبل الأطباء المتخصصين.",
        "John Smith is a journalist who was arrested in Cairo last week.",
        "The reporter said the border was closed on Sunday.",
    ],
)
def test_last_paragraph_about_a_journalist_stays(last: str) -> None:
    raw = paras(BODY1, last)
    assert check(raw) == (raw, [])


@pytest.mark.parametrize(
    "line",
    [
        "اتبعها على X: @shellykittleson",
        "تابعه على تويتر",
        "تابعونا على فيسبوك",
        "Follow her on Twitter @jane_doe",
        "You can follow John on X: @john",
        "اشترك في النشرة البريدية",
    ],
)
def test_follow_lines(line: str) -> None:
    text, removed = check(paras(BODY1, line, BODY2))
    assert text == paras(BODY1, BODY2)
    assert removed == [("social-follow", line)]


def test_follow_phrase_inside_a_sentence_stays() -> None:
    raw = paras("ويتابعه على تويتر أكثر من مليون شخص في العالم العربي.", BODY1)
    assert check(raw) == (raw, [])


def test_contact_sms_block_and_email_at_end() -> None:
    tail = (
        "writer@example.com\nللتواصل مع الكاتب ارسل رسالة SMS\n"
        "تبدأ بالرمز (12) ثم مسافة ثم نص الرسالة إلى\n88591 - Stc\n737221 - Zain"
    )
    text, removed = check(paras(BODY1, tail))
    assert text == BODY1
    assert [r for r, _ in removed] == ["social-follow", "social-follow"]
    assert removed[0][1] == "writer@example.com"


def test_email_glued_to_the_contact_block() -> None:
    tail = "تويتر: @writer\nwriter@example.comللتواصل أرسل sms إلى 88548 تبدأ بالرمز 455 مسافة ثم الرسالة"
    text, removed = check(paras(BODY1, tail))
    assert text == BODY1
    assert [t for _, t in removed] == [
        "تويتر: @writer",
        "writer@example.com",
        "للتواصل أرسل sms إلى 88548 تبدأ بالرمز 455 مسافة ثم الرسالة",
    ]


def test_email_mid_text_stays() -> None:
    raw = paras(BODY1, "info@example.org", BODY2)
    assert check(raw) == (raw, [])


# --- source line --------------------------------------------------------------------


@pytest.mark.parametrize("line", ["المصدر", "المصدر:", "Source", "Source:", "المصدر: رويترز"])
def test_trailing_source_line(line: str) -> None:
    text, removed = check(paras(BODY1, BODY2, line) + "\n")
    assert text == paras(BODY1, BODY2)
    assert removed == [("source-line", line)]


def test_source_inside_text_stays() -> None:
    raw = paras(
        BODY1, "وأضاف المصدر: «لسنا متأكدين من أين ذهبوا»", "المصدر نفسه رفض الكشف عن اسمه."
    )
    assert check(raw) == (raw, [])


def test_source_line_in_the_middle_stays() -> None:
    raw = paras(BODY1, "المصدر", BODY2)
    assert check(raw) == (raw, [])


def test_lone_agency_credit_at_end_is_a_source_line() -> None:
    text, removed = check(paras(BODY1, "(رويترز)"))
    assert text == BODY1 and removed == [("source-line", "(رويترز)")]


# --- share / read-more / related / tags / wire markers ------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("اقرأ أيضا: الحكومة العراقية تغلق الحدود مع سوريا", "read-more"),
        ("اقرأ أيضاً:", "read-more"),
        ("إقرأ أيضا", "read-more"),
        ("Read more: Iraq closes its border with Syria", "read-more"),
        ("...المزيد", "read-more"),
        ("شارك هذا المقال", "share-line"),
        ("شارك الخبر على: فيسبوك تويتر واتساب", "share-line"),
        ("Share this article", "share-line"),
        ("Share on Facebook Twitter WhatsApp", "share-line"),
        ("// انتهى //", "wire-marker"),
        ("Advertisement", "ad-marker"),
        ("شارك عبر: فيسبوك تويتر واتساب تليغرام", "share-line"),
        ("شارك الخبر: فيسبوك - تويتر - واتساب", "share-line"),
        ("فيسبوك | إكس | واتساب | تليغرام", "share-line"),
        ("تابعونا على تطبيق واتساب وتليغرام", "social-follow"),
        ("(صورة: أرشيفية - رويترز)", "photo-credit"),
        ("Photo: Soldiers on patrol near Gao, Mali. REUTERS/File Photo", "photo-credit"),
    ],
)
def test_boilerplate_lines(line: str, reason: str) -> None:
    text, removed = check(paras(BODY1, line, BODY2))
    assert text == paras(BODY1, BODY2)
    assert removed == [(reason, line)]


@pytest.mark.parametrize(
    "raw",
    [
        "وقال الوزير: اقرأ أيضا ما كتبته الصحف عن الاتفاق قبل أن تحكم عليه.",
        "شارك في الاجتماع ممثلون عن الفصائل المسلحة وزعماء القبائل.",
        "Share prices fell sharply on Sunday after the announcement.",
        "He read more than 200 pages of the report before the hearing.",
        "وتضم الاتفاقية بنودا ذات صلة بأمن الحدود.",
        "وتابعنا على مدى أسبوع ما جرى في المدينة عبر مراسلينا في الميدان.",
        "Photo evidence shown to Reuters by the ministry was not verified.",
    ],
)
def test_sentences_with_boilerplate_words_stay(raw: str) -> None:
    assert check(paras(raw, BODY1)) == (paras(raw, BODY1), [])


def test_related_articles_block_at_end() -> None:
    tail = "مواضيع ذات صلة:\nالعراق يغلق الحدود\nسقوط النظام السوري"
    text, removed = check(paras(BODY1, BODY2, tail))
    assert text == paras(BODY1, BODY2)
    assert removed == [("related-articles", tail)]


def test_related_header_mid_text_takes_only_its_list() -> None:
    raw = paras(BODY1, "Related articles\nIraq closes border\nSyria: what next", EN1 + " " + EN2)
    text, removed = check(raw)
    assert text == paras(BODY1, EN1 + " " + EN2)
    assert removed == [
        ("related-articles", "Related articles\nIraq closes border\nSyria: what next")
    ]


def test_tag_list_glued_at_end() -> None:
    text, removed = check(f"{BODY1} {BODY2} سمات العراق الأنبار اعتقال")
    assert text == f"{BODY1} {BODY2}"
    assert removed == [("tags", "سمات العراق الأنبار اعتقال")]


def test_tags_word_inside_sentence_stays() -> None:
    raw = f"{BODY1} ومن أهم سمات المرحلة المقبلة التعاون الأمني"
    assert check(raw) == (raw, [])


def test_link_back_line_glued_at_end() -> None:
    raw = f"{BODY1}\n{BODY2} رابط الخبر بصحيفة الوئام: اعتقال خمسة في الأنبار "
    text, removed = check(raw)
    assert text == f"{BODY1}\n{BODY2}"
    assert removed == [("share-line", "رابط الخبر بصحيفة الوئام: اعتقال خمسة في الأنبار")]


def test_wire_time_stamp_only_at_end() -> None:
    text, removed = check(paras(BODY1, "// انتهى //", "10:07 ت م"))
    assert text == BODY1
    assert removed == [("wire-marker", "// انتهى //"), ("wire-marker", "10:07 ت م")]
    mid = paras(BODY1, "10:07 ت م", BODY2)
    assert check(mid) == (mid, [])


def test_slideshow_navigation() -> None:
    text, removed = check(" Next Previous عين اليوم – الرياض\n" + BODY1)
    assert text == "عين اليوم – الرياض\n" + BODY1
    assert removed == [("navigation", "Next Previous")]


# --- whole-text properties -----------------------------------------------------------

BOILERPLATE = [
    "[ad_1]",
    "اقرأ أيضا: الحكومة تغلق الحدود",
    "Share this article",
    "تابعه على تويتر: @someone",
    "صورة لجنود عراقيين قرب الحدود. (غيتي)",
    "مواضيع ذات صلة",
    "Related stories:",
    "// انتهى //",
    "المصدر",
    "(رويترز) - قالت الشرطة إن الهجوم وقع فجرا.",
]
BODIES = [BODY1, BODY2, BODY3, EN1, EN2]
HEADLINE = "اعتقال خمسة مشتبه بهم في الأنبار"


@pytest.mark.parametrize("seed", range(40))
def test_text_is_raw_minus_removed_spans(seed: int) -> None:
    """Random mixes of body paragraphs and boilerplate, glued with assorted breaks:
    the offsets always explain the text exactly, and no body sentence is lost."""
    rng = random.Random(seed)
    bodies = rng.sample(BODIES, rng.randint(1, len(BODIES)))
    pieces = bodies + [rng.choice(BOILERPLATE) for _ in range(rng.randint(0, 8))]
    rng.shuffle(pieces)
    if rng.random() < 0.3:
        pieces.insert(0, HEADLINE)
    seps = ["\n", "\n\n", "\n\n\n", " ", "\r\n", "\n \n"]
    raw = rng.choice(["", "\n", " "]) + "".join(p + rng.choice(seps) for p in pieces)
    text, removed = clean_text(raw, rng.choice([None, HEADLINE]))
    for r in removed:
        assert r.end > r.start
        assert raw[r.start : r.end] == r.text
    assert all(a.end <= b.start for a, b in zip(removed, removed[1:], strict=False))
    assert text == apply_cuts(raw, [(r.start, r.end, r.reason) for r in removed])
    for body in bodies:
        assert body in text, (body, raw)
    assert "\n\n\n" not in text.replace("\r", "") or "\n\n\n" in raw.replace("\r", "")


def test_empty_and_clean_inputs() -> None:
    assert clean_text("") == ("", [])
    assert clean_text("\n\n") == ("\n\n", [])
    assert check(paras(BODY1, BODY2, BODY3)) == (paras(BODY1, BODY2, BODY3), [])


FUZZ_PIECES = list("ab cd\n\n\n .؟!()[]{}@:-*") + [
    "[ad_1]",
    "(رويترز)",
    "(غيتي)",
    "المصدر",
    "اقرأ أيضا: ",
    "Next Previous",
    "سمات ",
    "x@y.com",
    "للتواصل أرسل ",
    "// انتهى //",
    "مواضيع ذات صلة",
    "محمد علي صحفي متخصص",
    "تابعه على تويتر",
    "\u200f",
    "\r\n",
    "\xa0",
]


def test_fuzz_offsets_and_gaps() -> None:
    """Arbitrary junk: never an exception, offsets always exact, and where something
    was removed the text is left with at most one blank line."""
    rng = random.Random(7)
    for _ in range(3000):
        raw = "".join(rng.choice(FUZZ_PIECES) for _ in range(rng.randint(0, 40)))
        text, removed = clean_text(raw, rng.choice([None, raw[:10]]))
        cuts = [(r.start, r.end, r.reason) for r in removed]
        assert text == apply_cuts(raw, cuts)
        assert all(raw[r.start : r.end] == r.text and r.end > r.start for r in removed)
        kept_before = 0
        prev_end = 0
        for r in removed:
            kept_before += r.start - prev_end
            prev_end = r.end
            lo = kept_before
            while lo > 0 and text[lo - 1].isspace():
                lo -= 1
            hi = kept_before
            while hi < len(text) and text[hi].isspace():
                hi += 1
            assert text.count("\n", lo, hi) <= 2, (raw, text)


def test_a_closing_copyright_line_goes() -> None:
    text, removed = check(paras(BODY1, BODY2, "جميع الحقوق محفوظة © 2025"))
    assert text == paras(BODY1, BODY2)
    assert [r for r, _ in removed] == ["social-follow"]


def test_about_the_writer_and_the_anadolu_disclaimer_at_the_end() -> None:
    bio = "عن الكاتب: صالح المقطري مراسل في اليمن، عمل سابقا محررا في عدة صحف محلية."
    text, removed = check(paras(BODY1, BODY2, bio))
    assert text == paras(BODY1, BODY2) and removed == [("author-bio", bio)]
    bio = "محمد العلي: صحفي فلسطيني مقيم في غزة، يغطي الشؤون الميدانية والإنسانية."
    assert check(paras(BODY1, BODY2, bio))[0] == paras(BODY1, BODY2)
    note = (
        "الأخبار المنشورة على الموقع الإلكتروني لوكالة الأناضول هي ملخص مختصر من الأخبار "
        "التي تقدم لعملاء نظام تدفق الأخبار."
    )
    assert check(paras(BODY1, BODY2, note))[0] == paras(BODY1, BODY2)


def test_a_bare_read_more_header_takes_the_headlines_under_it() -> None:
    raw = paras(BODY1, "اقرأ أيضا:\nوزير الكهرباء يزور محطة الهارثة\nالعراق يوقع عقدا جديدا", BODY2)
    text, removed = check(raw)
    assert [r for r, _ in removed] == ["read-more"]
    assert "الهارثة" not in text and BODY1 in text and BODY2 in text
    # a paragraph after the header is no headline: it stays
    raw = paras(BODY1, "اقرأ أيضا:", BODY2)
    text, removed = check(raw)
    assert BODY2 in text


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("بقلم: محمد الأطرش", BODY1),
        ("القاهرة - كتب: محمد عبد الرحمن", BODY1),
        ("القاهرة- كتب: محمد عبد الرحمن", BODY1),
        ("دمشق - بقلم: سامر الحلبي", BODY1),
        ("By Suleiman Al-Khalidi", EN1),
        ("(Reporting by Suleiman Al-Khalidi; Editing by Alex Richardson)", EN1),
    ],
)
def test_the_writers_line_goes(line: str, body: str) -> None:
    text, removed = check(paras(body, line, body.replace(".", "!")))
    assert removed == [("byline", line)]
    # "by" inside a sentence stays
    text, removed = check(paras("The town was shelled by government forces on Monday.", body))
    assert removed == []


def test_a_photo_rights_line_is_a_credit() -> None:
    text, removed = check(paras(BODY1, "حقوق الصورة: مواقع التواصل", BODY2))
    assert removed == [("photo-credit", "حقوق الصورة: مواقع التواصل")]


def test_reported_speech_under_a_read_more_header_is_body_text() -> None:
    quote = "وقال المتحدث باسم العمليات المشتركة: «القوات ستلاحق المهاجمين»"
    raw = paras(BODY1, "اقرأ أيضا:", "مقتل قيادي في داعش بغارة للتحالف", quote, BODY2)
    text, removed = check(raw)
    assert quote in text and BODY2 in text
    assert "مقتل قيادي" not in text


def test_a_wrapped_line_that_starts_with_by_is_no_byline() -> None:
    raw = (
        "A Palestinian man was shot dead on Tuesday\nby Israeli forces near Jenin\n"
        "in the occupied West Bank, the health ministry said."
    )
    assert check(raw)[1] == []
