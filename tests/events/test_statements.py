"""Statements: speaker, verb, content, direct and indirect quotes, continuation."""

from __future__ import annotations

from event_helpers import actor, extract_english, make_doc, mention

from marsad.document import Document
from marsad.events.statements import StatementExtractor


def _statements(doc):  # noqa: ANN001, ANN202
    return StatementExtractor()(doc).statements


def test_indirect_with_linked_speaker() -> None:
    doc = make_doc("وقال المتحدث باسم الحكومة بسام العوادي إن العراق يرفض التدخل في شؤون سوريا.")
    mention(doc, "بسام العوادي", "PER", actor=actor("Basim al-Awadi", "IRQ", "GOV"))
    (st,) = _statements(doc)
    assert st.verb == "وقال"
    assert st.quote == "indirect"
    assert st.content == "العراق يرفض التدخل في شؤون سوريا"
    assert st.speaker is not None and st.speaker.country == "IRQ"


def test_direct_quotes_of_every_kind() -> None:
    for opener, closer in (("“", "”"), ("«", "»"), ('"', '"')):
        doc = make_doc(f"وقال الوزير: {opener}لن نسمح بعودة الإرهاب{closer}.")
        (st,) = _statements(doc)
        assert (st.quote, st.content) == ("direct", "لن نسمح بعودة الإرهاب")


def test_wa_adaf_continues_the_previous_speaker() -> None:
    doc = make_doc("وقال وزير الخارجية إن المحادثات مستمرة. وأضاف: “نأمل التوصل إلى اتفاق قريبا”.")
    first, second = _statements(doc)
    assert first.speaker.text == "وزير الخارجية"
    assert second.verb == "وأضاف"
    assert second.speaker.text == "وزير الخارجية"
    assert second.quote == "direct"


def test_the_source_refers_back_to_the_last_linked_speaker() -> None:
    doc = make_doc("وقال مصدر محلي إن القوات دخلت المدينة. وأضاف المصدر: “لا نعرف أين ذهبوا”.")
    mention(doc, "مصدر محلي", "PER", actor=actor("anonymous local source", None, None))
    first, second = _statements(doc)
    assert second.speaker.text == "المصدر"
    assert second.speaker.name == "anonymous local source"
    # without an earlier linked speaker, "المصدر" stays unresolved
    (only,) = _statements(make_doc("وأضاف المصدر: “لا نعرف أين ذهبوا”."))
    assert only.speaker.text == "المصدر" and only.speaker.name is None


def test_continuation_takes_the_date_of_the_statement_it_continues() -> None:
    doc = make_doc(
        "وفي يوم 8 ديسمبر قال الوزير إن الحدود مغلقة.\n\nوأضاف: “لا نية لفتحها”.",
        published="2024-12-09",
    )
    mention(doc, "يوم 8 ديسمبر", "DATE", value="2024-12-08", precision="day")
    first, second = _statements(doc)
    assert (first.date, first.date_precision) == ("2024-12-08", "day")
    assert (second.date, second.date_precision) == ("2024-12-08", "day")


def test_quote_before_the_reporting_verb() -> None:
    text = "“نرفض أي تدخل في شؤون سوريا”.\nوأشار بيان صدر يوم الأحد ووقعه المتحدث باسم الحكومة."
    (st,) = _statements(make_doc(text))
    assert st.quote == "direct"
    assert st.content == "نرفض أي تدخل في شؤون سوريا"
    assert st.evidence.start == 0


def test_outlet_name_in_quotes_is_not_the_content() -> None:
    doc = make_doc("وقال مصدر محلي لـ”العربي الجديد” إن القوات انسحبت من المدينة.")
    (st,) = _statements(doc)
    assert st.quote == "indirect"
    assert st.content == "القوات انسحبت من المدينة"


def test_statement_date_from_the_sentence() -> None:
    doc = make_doc("وقال الوزير يوم السبت إن الحدود مغلقة.")
    mention(doc, "يوم السبت", "DATE", value="2024-12-07", precision="day")
    (st,) = _statements(doc)
    assert (st.date, st.date_precision) == ("2024-12-07", "day")


def test_english_statement() -> None:
    doc = make_doc("The minister said that the border was closed.", lang="en")
    (st,) = _statements(doc)
    assert st.content == "the border was closed"


def test_the_statement_speaks_for_who_issued_it() -> None:
    """ "وأضاف البيان" after "قال الجيش الإسرائيلي في بيان": the army goes on."""
    from event_helpers import extract_arabic

    doc = extract_arabic(
        "وقال الجيش الإسرائيلي في بيان إن طائراته قصفت ميناء الحديدة. "
        "وأضاف البيان أن الغارات استهدفت بنى تحتية.",
        "2025-08-18",
    )
    first, second = doc.statements
    assert second.speaker is not None and second.speaker.country == "ISR"
    assert second.speaker.name == first.speaker.name


def test_an_english_passive_report_has_no_speaker() -> None:
    """ "No casualties were reported": no statement of "No casualties"; the officials who
    said it speak."""
    doc = make_doc("No casualties were reported in the attack, officials said.", lang="en")
    (st,) = _statements(doc)
    assert (st.speaker.text, st.verb) == ("officials", "said")


def test_official_of_an_unlinked_body_is_the_speaker_phrase() -> None:
    doc = make_doc(
        "وقال مسؤول في الهلال الأحمر إن فرق الإسعاف نقلت الجرحى إلى المستشفى. "
        "وأضاف أن بعضهم في حالة حرجة.",
        published="2023-02-14",
    )
    first, second = _statements(doc)
    assert first.speaker is not None
    assert (first.speaker.text, first.speaker.name) == ("مسؤول في الهلال الأحمر", None)
    assert first.content == "فرق الإسعاف نقلت الجرحى إلى المستشفى"
    assert second.verb == "وأضاف" and second.speaker.text == "مسؤول في الهلال الأحمر"


def test_official_of_a_linked_body_takes_the_body_not_a_population() -> None:
    doc = make_doc(
        "وقال ناطق باسم وزارة الصحة إن المدنيين نزحوا من المدينة.", published="2023-02-14"
    )
    mention(doc, "وزارة الصحة", "ORG", actor=actor("Ministry of Health", "SDN", "GOV"))
    mention(doc, "المدنيين", "PER", actor=actor("civilians", None, "CVL"))
    (st,) = _statements(doc)
    assert st.speaker is not None and st.speaker.name == "Ministry of Health"
    doc = make_doc("وقال مسؤول في الدفاع المدني إن فرق الإنقاذ انتشلت الضحايا.")
    mention(doc, "المدني", "PER", actor=actor("civilians", None, "CVL"))
    (st,) = _statements(doc)
    assert st.speaker is not None
    assert (st.speaker.text, st.speaker.name) == ("مسؤول في الدفاع المدني", None)


def test_a_post_phrase_through_the_link_speaks_for_its_body() -> None:
    from marsad.stages import build_pipeline

    pipeline = build_pipeline(events=True)
    doc = pipeline(Document(id="t", raw="وقال المتحدث باسم الحكومة العراقية إن الوضع مستقر."))
    (st,) = doc.statements
    assert (st.speaker.country, st.speaker.sector) == ("IRQ", "GOV")


def test_a_press_adjective_is_no_speaker() -> None:
    """ "وقال الوزير في مؤتمر صحفي": the conference's adjective, not a journalist, speaks;
    the pipeline's role mention "صحفي" is passed over."""
    from marsad.stages import build_pipeline

    pipe = build_pipeline(raw=True, events=True)
    text = "وقال الوزير في مؤتمر صحفي مشترك إن البلدين اتفقا على تشكيل لجنة مشتركة."
    doc = pipe(Document(id="t", raw=text, published="2024-05-14"))
    (st,) = doc.statements
    assert st.speaker is not None and st.speaker.sector != "MED"
    assert st.speaker.text.startswith("الوزير")


def test_english_speakers_stand_before_the_verb() -> None:
    """English speaks subject first: "The air force said ...", a closing report clause
    ("..., the governor said on Sunday.") and a content clause without "that"."""
    text = (
        "KYIV, Ukraine - A drone strike killed three people in Kharkiv overnight, the "
        "regional governor Oleh Syniehubov said on Sunday. The air force said in a statement "
        "that it had shot down 20 drones. Army spokesman Nabil Abdallah said the troops had "
        "repelled the attack."
    )
    doc = extract_english(text)
    got = [(st.speaker.text if st.speaker else None, st.content) for st in doc.statements]
    assert got == [
        (
            "the regional governor Oleh Syniehubov",
            "A drone strike killed three people in Kharkiv overnight",
        ),
        ("The air force", "it had shot down 20 drones"),
        ("Army spokesman Nabil Abdallah", "the troops had repelled the attack"),
    ]


def test_a_title_abbreviation_does_not_end_the_speaker() -> None:
    """ "وقال د. عبدالله السند": the period closes the title "د." (doctor), not the name."""
    from marsad.stages import build_pipeline

    text = "وقال د. عبدالله السند إن المملكة ستواصل دعمها لليمن في كل المجالات."
    doc = build_pipeline(raw=True, events=True)(Document(id="t", raw=text, published="2015-08-01"))
    (st,) = doc.statements
    assert st.speaker is not None and "السند" in st.speaker.text


def test_an_english_closing_clause_keeps_what_precedes_it() -> None:
    """ "..., the governor said on Sunday in a statement.": what was said comes before the
    clause, however many words follow the verb."""
    text = (
        "Three people were killed in Kharkiv overnight, the regional governor said on "
        "Sunday in a statement."
    )
    (st,) = extract_english(text).statements
    assert st.content == "Three people were killed in Kharkiv overnight"
    assert st.speaker is not None and st.speaker.text == "the regional governor"


def test_participle_continues_the_speaker_and_ends_the_content() -> None:
    doc = make_doc("وقال الوزير إن الحدود مغلقة، مشيرا إلى أن المعبر سيفتح قريبا.")
    first, second = _statements(doc)
    assert first.content == "الحدود مغلقة"
    assert (second.verb, second.speaker.text) == ("مشيرا", "الوزير")
    assert second.content == "المعبر سيفتح قريبا"
    assert (
        second.trigger is not None
        and doc.text[second.trigger.start : second.trigger.end] == "مشيرا"
    )


def test_participle_inside_an_unclosed_quotation_opens_its_own_statement() -> None:
    doc = make_doc("وأكد الوزير أن “مواقف إيران لم تتغير، موضحا أن إيران قدمت الدعم.")
    first, second = _statements(doc)
    assert first.content == "مواقف إيران لم تتغير"
    assert (second.verb, second.speaker.text) == ("موضحا", "الوزير")


def test_words_that_also_mean_something_else_need_what_was_said() -> None:
    assert _statements(make_doc("ووقعت اشتباكات عنيفة بين الجيش والمسلحين في المدينة.")) == []
    assert _statements(make_doc("ورفع المتظاهرون لافتة كبيرة أمام المبنى.")) == []
    (st,) = _statements(make_doc("وبين المتحدث باسم الوزارة أن العمل مستمر."))
    assert (st.speaker.text, st.content) == ("المتحدث باسم الوزارة", "العمل مستمر")


def test_the_writers_aside_is_no_statement() -> None:
    assert _statements(make_doc("يذكر أن الحدود أغلقت منذ عامين.")) == []
    assert _statements(make_doc("ويشار إلى أن الحدود أغلقت منذ عامين.")) == []


def test_a_preposition_after_the_verb_opens_no_speaker() -> None:
    doc = make_doc("وكانت الحكومة اليمنية أعلنت عن مساهمتها في عملية إعادة الإعمار.")
    mention(doc, "الحكومة اليمنية", "ORG", actor=actor("Government of Yemen", "YEM", "GOV"))
    (st,) = _statements(doc)
    assert st.speaker.text == "الحكومة اليمنية"


def test_what_was_said_without_a_complementizer() -> None:
    doc = make_doc("أكد وزير الخارجية على أهمية الحل السياسي للأزمة السورية.")
    (st,) = _statements(doc)
    assert st.speaker.text == "وزير الخارجية"
    assert st.content == "على أهمية الحل السياسي للأزمة السورية"
    assert st.quote == "indirect"
    # too few words after the speaker: nothing was said
    assert _statements(make_doc("وأكد الوزير ذلك.")) == []


def test_a_verb_with_no_subject_goes_on_with_the_last_speaker() -> None:
    doc = make_doc("قال وزير الخارجية إن المحادثات مستمرة. وأكد أن الاتفاق قريب.")
    first, second = _statements(doc)
    assert second.speaker.text == "وزير الخارجية"
    assert second.confidence < first.confidence


def test_a_documents_issuer_is_named_before_what_it_says() -> None:
    doc = make_doc("وقال البيان إن الجيش الباكستاني قتل عشرة مسلحين.")
    mention(doc, "الجيش الباكستاني", "ORG", actor=actor("Pakistan Army", "PAK", "MIL"))
    (st,) = _statements(doc)
    assert st.speaker.text == "البيان"  # the army is what the statement is about


def test_english_subject_before_a_relative_clause() -> None:
    doc = extract_english(
        "The officials, who spoke on condition of anonymity, said dozens of fighters were "
        "wounded in the clashes."
    )
    (st,) = doc.statements
    assert st.speaker is not None and st.speaker.text == "The officials"
    assert st.content.startswith("dozens of fighters were wounded")


def test_english_quotation_before_an_inverted_report() -> None:
    doc = extract_english(
        '"The attackers came on motorcycles and opened fire without warning," said Borno '
        "state police spokesman Daso Nahum. He said security forces had arrested three "
        "suspects. Nobody has claimed responsibility, but militants have carried out "
        "similar attacks in the region."
    )
    first, second = doc.statements
    assert (first.speaker.text, first.quote) == (
        "Borno state police spokesman Daso Nahum",
        "direct",
    )
    assert first.content == "The attackers came on motorcycles and opened fire without warning"
    assert second.speaker.text == first.speaker.text  # "He said"
    assert second.content == "security forces had arrested three suspects"


def test_english_listener_never_speaks() -> None:
    doc = extract_english(
        "Governor Babagana Zulum condemned the attack and told reporters that the state "
        "would deploy more troops. An RSF spokesman denied the allegation, saying its forces "
        "had only targeted military positions."
    )
    told, denied, saying = doc.statements
    assert told.speaker.text.endswith("Babagana Zulum") and told.speaker.sector == "GOV"
    assert (denied.speaker.text, denied.content) == ("An RSF spokesman", "the allegation")
    assert (saying.verb, saying.speaker.text) == ("saying", "An RSF spokesman")


def test_the_source_refers_back_to_the_source_of_that_noun() -> None:
    """ "وأضاف المصدر" after "قال مصدر في الشرطة" is that police source, not the last
    speaker linked to an actor."""
    doc = make_doc(
        "وقال المتحدث باسم الحكومة إن الوضع هادئ. وقال مصدر في الشرطة إن قوات الأمن "
        "اعتقلت 15 شخصا. وأضاف المصدر أن الهدوء عاد إلى المنطقة."
    )
    mention(doc, "الحكومة", "ORG", actor=actor("Government of Iraq", "IRQ", "GOV"))
    *_, added = _statements(doc)
    assert added.speaker.text == "المصدر"
    assert added.speaker.country is None  # the unlinked police source, not the government


def test_a_statement_is_dated_outside_what_was_said() -> None:
    doc = make_doc(
        "وبعد الانتفاضة الشعبية في عام 2011، خاصة بعد أن أعلنت روسيا أنها منحت الأسد "
        "حق اللجوء. وقال الوزير أمس إن الحدود أغلقت في عام 2012."
    )
    from marsad.stages import build_pipeline

    doc = build_pipeline(raw=True, events=True)(
        Document(id="d", raw=doc.text, published="2024-12-09")
    )
    russia, minister = doc.statements
    assert (russia.date, russia.date_precision) == ("2024-12-09", "week")
    assert (minister.date, minister.date_precision) == ("2024-12-08", "day")


def test_a_dateline_is_not_what_was_said() -> None:
    (st,) = _statements(make_doc("البصرة – خرج مئات المتظاهرين إلى الشوارع، حسبما قال شهود عيان."))
    assert st.content == "خرج مئات المتظاهرين إلى الشوارع"


def test_where_a_role_spoke_is_not_its_body() -> None:
    """ "وقال الوزير في مؤتمر صحفي": the minister, not "the minister at a press
    conference"; "مسؤول في الدفاع المدني" keeps its body."""
    first, second = _statements(
        make_doc(
            "وقال الوزير في مؤتمر صحفي مشترك إن العلاقات متينة. "
            "وقال مسؤول في الدفاع المدني إن الحريق أخمد."
        )
    )
    assert first.speaker.text == "الوزير"
    assert second.speaker.text.endswith("الدفاع المدني")


def test_a_participle_goes_on_with_its_sentences_subject() -> None:
    doc = make_doc(
        "وقال مصدر أمني إن الهجوم وقع ليلا. من جهته، أدان رئيس الوزراء الهجوم، مؤكدا أن "
        "المسؤولين عنه سينالون جزاءهم. ودعا الوزير الطرفين إلى العودة إلى المفاوضات، محذرا "
        "من أن الوضع قد يخرج عن السيطرة، نافيا وجود وساطة."
    )
    mention(doc, "رئيس الوزراء", "PER", actor=actor("Prime Minister", "IRQ", "GOV"))
    _, stressed, called, warned, denied = _statements(doc)
    assert (stressed.verb, stressed.speaker.text) == ("مؤكدا", "رئيس الوزراء")
    assert called.content.endswith("إلى العودة إلى المفاوضات")  # not the warning's content
    assert warned.content == "الوضع قد يخرج عن السيطرة"
    assert (denied.verb, denied.content) == ("نافيا", "وجود وساطة")


def test_english_participle_and_quoted_verbs() -> None:
    doc = extract_english(
        "Prime Minister Mohammed al-Sudani condemned the attack, saying those responsible "
        'would be punished. "We will continue to operate," military spokesman Daniel Hagari '
        "told reporters."
    )
    saying, told = doc.statements
    assert (saying.verb, saying.speaker.text) == ("saying", "Mohammed al-Sudani")
    assert (told.verb, told.quote, told.content) == (
        "told",
        "direct",
        "We will continue to operate",
    )


def _army_says(text: str):  # noqa: ANN202 - the statements of a text naming the IDF
    doc = make_doc(text)
    mention(doc, "الجيش الإسرائيلي", "ORG", actor=actor("Israel Defense Forces", "ISR", "MIL"))
    return _statements(doc)


def test_a_negated_reporting_verb_says_nothing() -> None:
    assert _army_says("ولم يقل الجيش الإسرائيلي إنه اعتقل أحدا في المنطقة.") == []
    assert len(_army_says("وقال الجيش الإسرائيلي إنه اعتقل ثلاثة فلسطينيين في المنطقة.")) == 1
    # the banners' words: no one speaks
    banners = make_doc("ورفع المتظاهرون لافتات تطالب الحكومة المحلية بإنهاء المحسوبية.")
    mention(banners, "الحكومة المحلية", "ORG", actor=actor("local government", "IRQ", "GOV"))
    assert _statements(banners) == []
    # "what he said" is no negation
    assert len(_army_says("ووفق ما قال الجيش الإسرائيلي فإن القوات اعتقلت خمسة أشخاص.")) == 1
    english = extract_english(
        "The army did not say whether anyone was arrested. Police declined to say how "
        "many people were held. Police said 23 people were arrested."
    )
    assert [st.content for st in english.statements] == ["23 people were arrested"]


def test_english_content_after_the_verb_without_that() -> None:
    doc = extract_english(
        '"I call on all sides to show restraint."\n\nHe said he would travel to Riyadh and '
        "Muscat next week to meet officials from both sides."
    )
    contents = [st.content for st in doc.statements]
    assert any(c.startswith("he would travel to Riyadh") for c in contents)
    assert all(c != "I call on all sides to show restraint" for c in contents)


def test_a_date_set_off_by_commas_after_the_speaker_is_when_it_spoke() -> None:
    """ "أعلنت رئاسة أمن الدولة في السعودية، يوم الأحد، القبض على ...": said on Sunday."""
    from marsad.document import Document
    from marsad.stages import build_pipeline

    text = "أعلنت رئاسة أمن الدولة في السعودية، يوم الأحد، القبض على أربعة أشخاص في القطيف."
    doc = build_pipeline(raw=True, events=True)(Document(id="t", raw=text, published="2025-03-12"))
    assert [(st.date, st.date_precision) for st in doc.statements] == [("2025-03-09", "day")]


def test_a_noun_and_its_relative_clause_is_no_speaker() -> None:
    """ ", an accusation the SDF denied": no statement by "an accusation the SDF"."""
    from event_helpers import extract_english

    doc = extract_english(
        "Turkey's foreign ministry accused Syrian Democratic Forces of shelling a border "
        "post near Jarablus, an accusation the SDF denied."
    )
    assert not [
        st for st in doc.statements if "accusation" in (st.speaker.text if st.speaker else "")
    ]
    (accusation,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert accusation.actor.country == "TUR" and accusation.recipient.country == "SYR"
    doc = extract_english("A spokesman for the ministry said the border was closed.")
    assert [st.speaker.text for st in doc.statements if st.speaker] == [
        "A spokesman for the ministry"
    ]


def test_an_english_speaker_named_with_full_stops_and_a_states_body() -> None:
    """ "The U.S. military said": the whole name (the reading back stopped at "U.S.");
    "Mali's army said": Mali's army."""
    from event_helpers import extract_english

    doc = extract_english("The U.S. military said it carried out a drone strike near Jilib.")
    assert [(st.speaker.text, st.speaker.country) for st in doc.statements] == [
        ("U.S. military", "USA")
    ]
    doc = extract_english("Mali's army said it repelled an attack on its base on Monday.")
    assert [st.speaker.country for st in doc.statements] == ["MLI"]


def test_an_unnamed_subject_is_the_speaker_not_what_it_denied() -> None:
    """ "فيما نفت الجماعة شن أي هجوم وقالت إنها ...": the group speaks, not "الجماعة شن أي
    هجوم وقالت"."""
    from event_helpers import extract_arabic

    doc = extract_arabic("فيما نفت الجماعة شن أي هجوم وقالت إنها تحترم الهدنة.", "2025-11-15")
    assert [st.speaker.text for st in doc.statements] == ["الجماعة"]


def test_naqala_reports_only_when_someone_is_quoted() -> None:
    """ "نقل" quotes ("نقلت الوكالة عن مصدر") or carries ("ونُقل المفرج عنهم جواً": the
    freed were flown): only the first is a statement."""
    from event_helpers import extract_arabic

    carried = extract_arabic(
        "أفرجت جماعة الحوثي عن 246 محتجزاً في عملية تبادل، ونُقل خلالها المفرج عنهم جواً "
        "بين مطاري صنعاء وعدن."
    )
    assert not [s for s in carried.statements if "نقل" in s.verb]
    quoted = extract_arabic("ونقلت وكالة رويترز عن مصدر أمني قوله إن الهجوم أسفر عن مقتل ثلاثة.")
    assert [s.speaker.text for s in quoted.statements] == ["وكالة رويترز"]


def test_a_participles_noun_is_its_object_not_its_speaker() -> None:
    doc = make_doc(
        "دان الرئيس اللبناني جوزاف عون الغارة، داعيا الدول الراعية للاتفاق إلى الضغط على إسرائيل."
    )
    mention(doc, "الرئيس اللبناني", "PER", actor=actor("Joseph Aoun", "LBN", "GOV"))
    mention(doc, "الدول الراعية", "ORG")
    (st,) = _statements(doc)
    assert st.verb == "داعيا"
    assert st.speaker.text == "الرئيس اللبناني"
    assert st.content.startswith("الدول الراعية")


def test_a_verb_after_a_comma_goes_on_with_the_sentences_speaker() -> None:
    doc = make_doc(
        'أكد محافظ الأنبار أن "الوضع الأمني مستقر"، ونفى وجود أي نزوح للعائلات من القرى.'
    )
    mention(doc, "محافظ الأنبار", "PER", actor=actor("Governor of Anbar", "IRQ", "GOV"))
    first, second = _statements(doc)
    assert second.verb == "ونفى"
    assert second.speaker.text == "محافظ الأنبار"
    assert second.content == "وجود أي نزوح للعائلات من القرى"


def test_a_masculine_verb_goes_on_with_its_speaker_before_a_feminine_name() -> None:
    doc = make_doc("وقال المحافظ إن الوضع صعب. ودعا الأمم المتحدة إلى الضغط على الجماعة.")
    mention(doc, "المحافظ", "PER", actor=actor("Governor", "YEM", "GOV"))
    mention(doc, "الأمم المتحدة", "ORG", actor=actor("United Nations", None, "IGO"))
    first, second = _statements(doc)
    assert second.verb == "ودعا"
    assert second.speaker.text == "المحافظ"
    # a feminine verb has it as subject
    doc = make_doc("ودعت الأمم المتحدة إلى وقف القتال فورا.")
    mention(doc, "الأمم المتحدة", "ORG", actor=actor("United Nations", None, "IGO"))
    (st,) = _statements(doc)
    assert st.speaker.text == "الأمم المتحدة"


def test_a_participle_going_on_is_said_when_its_statement_was() -> None:
    doc = make_doc(
        "وقال رئيس الهيئة أمس إن المستوطنين نفذوا أكثر من 400 اعتداء خلال الشهر الماضي، "
        "متهما الحكومة الإسرائيلية بتوفير الغطاء للمستوطنين.",
        published="2025-06-26",
    )
    mention(doc, "رئيس الهيئة", "PER", actor=actor("Head", "PSE", "GOV"))
    mention(doc, "أمس", "DATE", value="2025-06-25", precision="day")
    mention(doc, "الشهر الماضي", "DATE", value="2025-05", precision="month")
    first, second = _statements(doc)
    assert second.verb == "متهما"
    assert (
        (second.date, second.date_precision)
        == ("2025-06-25", "day")
        == (
            first.date,
            first.date_precision,
        )
    )


def test_masculine_forms_the_gender_rule_must_not_misread() -> None:
    # "لفت" ends in its root's ت, no feminine ending
    doc = make_doc("ولفت المتحدث باسم الجيش إلى أن القوات تواصل عملياتها في الأنبار.")
    mention(doc, "المتحدث باسم الجيش", "PER", actor=actor("Army spokesman", "IRQ", "MIL"))
    (st,) = _statements(doc)
    assert st.speaker.text == "المتحدث باسم الجيش"
    # a man's name in ta marbuta, when the phrase is not the mention's alone
    doc = make_doc("قال أسامة حمدان القيادي في حركة حماس إن الحركة لن تسلم سلاحها.")
    mention(doc, "حركة حماس", "ORG", actor=actor("Hamas", "PSE", "REB"))
    (st,) = _statements(doc)
    assert st.speaker is not None


def test_belonging_to_is_no_reporting_verb() -> None:
    text = (
        "أطلقت القوات النار على حشود كانوا ينتظرون المساعدات قرب مركز توزيع تابع لمؤسسة غزة "
        'الإنسانية في رفح، حسب ما نقلت وكالة الأنباء الفلسطينية "وفا" عن مصادر طبية.'
    )
    from marsad.stages import build_pipeline

    doc = build_pipeline(events=True)(Document(id="t", raw=text, published="2025-07-20"))
    assert [st.verb for st in doc.statements] == ["نقلت"]
    # "وتابع" with who continued after it still reports
    doc = make_doc("وقال الوزير إن المحادثات مستمرة. وتابع الوزير أن الاتفاق قريب.")
    assert [st.verb for st in _statements(doc)] == ["وقال", "وتابع"]


def test_a_quoted_name_is_no_content_and_a_verb_after_a_comma_goes_on() -> None:
    from marsad.stages import build_pipeline

    text = (
        'ونفى مصدر في وزارة الدفاع، في تصريح لوكالة الأنباء السورية "سانا"، استهداف '
        "المدنيين، وقال إن القوات تلاحق فلول النظام."
    )
    doc = build_pipeline(events=True)(Document(id="t", raw=text, published="2025-03-08"))
    denial, said = doc.statements
    assert denial.content.endswith("استهداف المدنيين") and denial.quote == "indirect"
    # the civilians before the comma are no subject of "وقال": the source goes on
    assert said.speaker.text == denial.speaker.text == "وزارة الدفاع"
    # a quotation after the next report is that report's
    quoted = text.replace("القوات تلاحق فلول النظام", '"تجاوزات فردية" وقعت')
    doc = build_pipeline(events=True)(Document(id="t", raw=quoted, published="2025-03-08"))
    denial, said = doc.statements
    assert (denial.verb, said.verb, said.content) == ("ونفى", "وقال", "تجاوزات فردية")
    assert "تجاوزات" not in denial.content


def test_a_bare_definite_speaker_is_the_body_named_before_with_its_head_noun() -> None:
    from marsad.stages import build_pipeline

    text = (
        "أعلنت وزارة الداخلية البحرينية أمس القبض على خلية إرهابية. وقالت الوزارة في بيان "
        "إن الخلية تلقت تدريبا في إيران."
    )
    doc = build_pipeline(events=True)(Document(id="t", raw=text, published="2025-07-20"))
    said = doc.statements[-1]
    assert (said.speaker.text, said.speaker.country, said.speaker.sector) == (
        "الوزارة",
        "BHR",
        "GOV",
    )


def test_a_call_after_a_comma_goes_on_with_the_opening_subject() -> None:
    from marsad.stages import build_pipeline

    text = (
        "وأدانت السفارة الأمريكية في بغداد الهجمات، ودعت الحكومة العراقية إلى منع "
        "الميليشيات من تنفيذ هجمات."
    )
    doc = build_pipeline(events=True)(Document(id="t", raw=text, published="2025-07-16"))
    (call,) = doc.statements
    # the embassy is linked to its state and goes on calling; Iraq's government is called
    assert (call.speaker.text, call.speaker.country) == ("السفارة الأمريكية", "USA")
    request = next(e for e in doc.events if e.type == "REQUEST")
    assert request.recipient.text == "الحكومة العراقية"


def test_the_review_cases_of_speakers_stay_right() -> None:
    from marsad.stages import build_pipeline

    pipe = build_pipeline(events=True)

    def said(text: str) -> list:
        return pipe(Document(id="t", raw=text, published="2025-06-10")).statements

    # "أما X، فقال": X speaks (the ف is no "و" joining the verb to the sentence before)
    text = (
        "قال المتحدث باسم الجيش الإسرائيلي إن القوات قصفت مواقع لحركة حماس. أما رئيس الوزراء "
        "الفلسطيني محمد مصطفى، فقال إن الاحتلال يرتكب مجازر."
    )
    assert said(text)[-1].speaker.country == "PSE"
    # "وتابع" before a name or an agency with "ل" still reports
    assert [st.verb for st in said("وتابع لافروف أن موسكو لن تقبل بأي شروط مسبقة.")] == ["وتابع"]
    text = "وتابع لوكالة الأنباء الألمانية أن الجيش سيواصل عملياته."
    assert [st.verb for st in said(text)] == ["وتابع"]
    # a bare "الوزارة" in a sentence placed in another country is not the earlier body
    text = "أعلنت وزارة الداخلية السعودية القبض على خلية. وفي الكويت، قالت الوزارة إن الأمن مستتب."
    assert said(text)[-1].speaker.country != "SAU"


def test_a_feminine_role_speaks_for_the_body_after_it() -> None:
    from marsad.stages import build_pipeline

    text = "وقالت القيادية في حزب العمال الكردستاني بيسه هوزات إن الخطوة تاريخية."
    doc = build_pipeline(events=True)(Document(id="t", raw=text, published="2025-07-12"))
    (st,) = doc.statements
    assert (st.speaker.country, st.speaker.sector) == ("TUR", "REB")


def test_a_time_aside_opening_what_was_said_dates_the_statement() -> None:
    from marsad.stages import build_pipeline

    text = "وأعلنت وزارة الدفاع السورية، أمس الجمعة، إرسال تعزيزات عسكرية إلى اللاذقية."
    doc = build_pipeline(events=True)(Document(id="t", raw=text, published="2025-03-08"))
    (st,) = doc.statements
    assert (st.date, st.date_precision) == ("2025-03-07", "day")
