"""Each PLOVER type's triggers on realistic snippets (lexicon only: no classifier)."""

from __future__ import annotations

import pytest
from event_helpers import make_doc

from marsad.document import Document
from marsad.events.detector import EventDetector

CASES = [
    ("AGREE", None, "واتفق الجانبان على استئناف المحادثات الشهر المقبل."),
    ("CONSULT", None, "والتقى وزير الخارجية السعودي نظيره الأمريكي في الرياض أمس."),
    ("CONSULT", "phone", "وتلقى ولي العهد اتصالا هاتفيا من الرئيس الفرنسي."),
    ("SUPPORT", None, "ورحبت الجامعة العربية بالقرار الصادر عن مجلس الأمن."),
    ("SUPPORT", None, "وقال رئيس البرلمان إنه يؤيد مطالب المتظاهرين في بغداد."),
    ("CONSULT", None, "وأكد الرئيس أثناء لقائه القنصل الأمريكي في القدس أمس ضرورة التهدئة."),
    ("CONCEDE", None, "وأعلن الجيش وقف إطلاق النار في المدينة اعتبارا من منتصف الليل."),
    ("COOPERATE", None, "وتتعاون الشرطة الأردنية مع نظيرتها العراقية في ملاحقة المهربين."),
    ("AID", None, "وقدمت الإمارات مساعدات إنسانية إلى النازحين في اليمن."),
    ("AID", None, "ورست في ميناء عدن سفينة إغاثية سعودية تحمل ثلاثة آلاف طن من الأغذية."),
    ("AID", None, "وأعلنت واشنطن أنها سلمت مصر 8 مقاتلات من طراز إف 16."),
    ("AID", None, "وأعلن الجيش النيجيري أنه حرر 30 رهينة قرب مايدوغوري."),
    ("AGREE", None, "ووجه الرئيس المصري الدعوة لملك الأردن للقيام بزيارة رسمية لمصر."),
    ("RETREAT", "withdraw", "وانسحبت القوات الحكومية من البلدة صباح اليوم."),
    ("RETREAT", "release", "وأفرجت السلطات عن عشرين معتقلا مساء السبت."),
    ("RETREAT", "disarm", "وأحرق مقاتلو الحزب أسلحتهم أمس في مراسم قرب السليمانية."),
    ("REQUEST", None, "وطالبت المنظمة الحكومة بالإفراج عن الصحفيين المعتقلين."),
    ("ACCUSE", "disapprove", "وأدانت وزارة الخارجية الهجوم على السفارة."),
    ("ACCUSE", "allege", "واتهمت الحكومة المعارضة بالتحريض على العنف."),
    ("REJECT", None, "ورفض البرلمان مشروع القانون بأغلبية كبيرة."),
    ("REJECT", None, "وجدد رئيس الحكومة موقف حكومته الرافض لأي تدخل عسكري أجنبي."),
    ("ACCUSE", "disapprove", "ودانت نقابة الصحفيين الجرائم الإسرائيلية."),
    ("ACCUSE", "disapprove", "والحكومة وصفت الهجوم بأنه عمل إرهابي جبان."),
    ("ACCUSE", "disapprove", "وشن رئيس البرلمان هجوما حادا على الرئيس في كلمته أمس."),
    ("REQUEST", None, "وألقى الرئيس كلمة داعيا إلى حملة دولية لمكافحة الإرهاب."),
    ("THREATEN", None, "وهدد زعيم الجماعة باستهداف القواعد الأجنبية."),
    ("SANCTION", "discontinue", "وفرضت الولايات المتحدة عقوبات على ثلاث شركات إيرانية."),
    ("MOBILIZE", "troops", "ودفع الجيش بتعزيزات عسكرية إلى الحدود الشمالية."),
    ("COERCE", "arrest", "واعتقلت قوات الأمن خمسة مشتبه بهم في الموصل."),
    ("COERCE", "curfew", "وفرضت السلطات حظر التجول في المدينة."),
    ("ASSAULT", "explosives", "وانفجرت سيارة مفخخة في سوق شعبي وسط بغداد."),
    ("ASSAULT", "aerial", "وشنت تركيا حملة جوية على معسكرات المسلحين في شمال العراق."),
    ("PROTEST", "demo", "وتظاهر آلاف الطلاب أمام مقر الحكومة احتجاجا على رفع الرسوم."),
]


@pytest.mark.parametrize(("event_type", "mode", "text"), CASES)
def test_type_and_mode(event_type: str, mode: str | None, text: str) -> None:
    doc = EventDetector(models={})(make_doc(text))
    found = {(e.type, e.mode) for e in doc.events}
    assert event_type in {t for t, _ in found}, found
    if mode is not None:
        assert (event_type, mode) in found, found


def test_no_event_in_plain_prose() -> None:
    doc = EventDetector(models={})(
        make_doc("ارتفعت درجات الحرارة في المنطقة الشرقية خلال عطلة نهاية الأسبوع.")
    )
    assert doc.events == []


def test_sports_page_is_not_an_assault() -> None:
    text = "ويخرج المنتخب الإيطالي لمواجهة إسرائيل في المباراة المقبلة من الدوري."
    assert EventDetector(models={})(make_doc(text)).events == []


def test_a_road_accident_is_not_an_assault() -> None:
    text = "لقي شاب مصرعه فيما أصيب مرافقه بإصابة بالغة إثر حادث مروع وقع على الطريق الدائري."
    assert all(e.type != "ASSAULT" for e in EventDetector(models={})(make_doc(text)).events)


def test_a_storm_that_kills_is_not_an_assault() -> None:
    from marsad.stages import build_pipeline

    pipeline = build_pipeline(events=True, all_records=True)
    text = "ضرب إعصار الساحل الشرقي للصين اليوم (الأحد)، مما أسفر عن مقتل تسعة أشخاص."
    doc = pipeline(Document(id="t", raw=text, published="2015-08-09"))
    assert all(e.type != "ASSAULT" for e in doc.events)


def test_noun_with_article_is_not_a_verb() -> None:
    """ "الطالب" (the student) is not "طالب" (he demanded)."""
    doc = EventDetector(models={})(make_doc("وألقى الطالب كلمة في الحفل."))
    assert all(e.type != "REQUEST" for e in doc.events)


def test_several_events_in_one_sentence() -> None:
    text = "واعتقلت الشرطة عشرة متظاهرين بعد أن تظاهر المئات أمام البرلمان."
    types = {e.type for e in EventDetector(models={})(make_doc(text)).events}
    assert {"COERCE", "PROTEST"} <= types


def test_classifier_types_use_the_shipped_model() -> None:
    text = "وقتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش جنوب بغداد أمس."
    # no mention stage ran: the record filter would score a record with no argument
    doc = EventDetector(record_filter=False)(make_doc(text))
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    assert assault and 0 < assault[0].confidence <= 1


def test_english_triggers() -> None:
    doc = EventDetector(models={})(
        make_doc("Police arrested twelve protesters in Cairo on Sunday.", lang="en")
    )
    assert "COERCE" in {e.type for e in doc.events}


def test_listed_verb_wins_over_another_verbs_inflection() -> None:
    """ "توعد" is the verb توعّد (threaten), not ت + وعد (promise)."""
    text = "وتوعد زعيم الجماعة الحكومة بالرد."
    types = {e.type for e in EventDetector(models={})(make_doc(text)).events}
    assert "THREATEN" in types and "AGREE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن الجيش الوطني يدين بالولاء للقيادة.",  # owes allegiance: no condemnation
        "ورفض المتحدث الكشف عن هوية المعتقلين.",  # refused to disclose: no rejection
        "ورصدت الوزارة مكافأة لقاء أي معلومات عن مكانه.",  # in exchange for: no meeting
        "إثر حادث تصادم وقع على طريق الساحل.",  # occurred on a road: no signing
        "وقال إن القرار يعزز الثقة بين البلدين.",  # strengthens: no troops
        "ولا يمثل مقاتلو التنظيم التهديد الوحيد على المنطقة.",  # a danger: no threat made
        "وقد استقبل معالي الوزير منسوبي الوزارة مهنئا إياهم بالعيد.",  # his staff: no talks
        "وتم اعتقال اثني عشر شخصا في القرية.",  # twelve, not "أثنى" (praised): no support
        "واستقبل مطار عدن أول طائرة منذ إعادة فتحه.",  # an airport receives: no talks
    ],
)
def test_idioms_block_their_trigger_words(text: str) -> None:
    types = {e.type for e in EventDetector(models={})(make_doc(text)).events}
    assert not types & {"ACCUSE", "REJECT", "CONSULT", "SUPPORT", "MOBILIZE", "THREATEN"}, types


def test_dawn_is_no_explosion() -> None:
    """ "فجر أمس" is at dawn yesterday, not "فجّر" (blew up)."""
    doc = EventDetector(models={})(make_doc("وصل الوفد إلى المدينة فجر أمس الأربعاء."))
    assert not [e for e in doc.events if e.mode == "explosives"]
    doc = EventDetector(models={})(make_doc("وفجر مسلحون عبوة ناسفة في السوق."))
    assert [e.mode for e in doc.events if e.type == "ASSAULT"] == ["explosives"]


def test_one_letter_preposition_must_be_a_clitic() -> None:
    """ "طالب ... بوابة" (a student ... gate) is no "طالب بـ" phrase; "طالب بشن" is."""
    from marsad.events.triggers import find_triggers
    from marsad.text.tokens import tokenize

    def forms(text: str) -> set[str]:
        return {h.form for h in find_triggers(tokenize(text), "ar")}

    assert "طالب ب" not in forms("قبول ألف طالب عبر بوابة القبول")
    assert "طالب ب" in forms("وطالب الجيش بشن هجمات")


def test_relative_clause_verb_identifies_a_noun() -> None:
    """A lexicon type's verb right after a relative pronoun names who is meant; after a
    comma the relative clause tells news ("تيريزا ماي، التي استقبلت أمس نظيرها")."""
    identifying = "وطرد التنظيم من القرية العائلات التي تعاونت مع الجيش."
    assert all(
        e.type != "COOPERATE" for e in EventDetector(models={})(make_doc(identifying)).events
    )
    news = "وقالت وزيرة الداخلية تيريزا ماي، التي استقبلت أمس نظيرها الفرنسي، إن الوضع خطير."
    assert "CONSULT" in {e.type for e in EventDetector(models={})(make_doc(news)).events}
    # after a noun of time the pronoun is a conjunction: "while we condemn"
    meanwhile = "وقال الوزير إننا في الوقت الذي ندين هذا القصف نطالب بالتحقيق فيه."
    assert "ACCUSE" in {e.type for e in EventDetector(models={})(make_doc(meanwhile)).events}


def test_topic_of_talks_or_charges_is_no_event_of_its_own() -> None:
    """Cooperation the two sides discussed, or a charge of collaboration, is the topic of
    the CONSULT or ACCUSE, not a COOPERATE event; cooperation told as done still is."""
    talk = "وبحث الوزيران خلال اللقاء سبل تعزيز التعاون بين البلدين."
    types = {e.type for e in EventDetector(models={})(make_doc(talk)).events}
    assert "CONSULT" in types and "COOPERATE" not in types
    charge = "ووجه التنظيم للمعتقلين تهمة التعاون مع القوات الأمنية."
    assert "COOPERATE" not in {e.type for e in EventDetector(models={})(make_doc(charge)).events}
    done = "وتتعاون الشرطة الأردنية مع نظيرتها العراقية في ملاحقة المهربين."
    assert "COOPERATE" in {e.type for e in EventDetector(models={})(make_doc(done)).events}
    # the aid a truce lets in is its purpose, not an aid event of its own
    for truce, kind in (
        ("وسرت الهدنة ليلة أمس لإدخال المساعدات الإنسانية.", "RETREAT"),
        ("وأعلن التحالف هدنة إنسانية لإدخال المساعدات الإنسانية إلى اليمن.", "CONCEDE"),
    ):
        types = {e.type for e in EventDetector(models={})(make_doc(truce)).events}
        assert kind in types and "AID" not in types


def test_threat_of_something_is_a_threat() -> None:
    text = "وتلقت السفارة تهديدا بتفجير مقرها في العاصمة."
    assert "THREATEN" in {e.type for e in EventDetector(models={})(make_doc(text)).events}


def test_event_noun_with_a_possessive_pronoun() -> None:
    """ "اعتقاله" (his arrest), "مساعدته" (helping him: the ة turned ت) are triggers."""
    from marsad.events.triggers import find_triggers
    from marsad.text.tokens import tokenize

    def types(text: str) -> set[str]:
        return {h.type for h in find_triggers(tokenize(text), "ar")}

    assert "COERCE" in types("ومثل أمام المحكمة بعد اعتقاله")
    assert "AID" in types("وأعلنت الحكومة مساعدتها للنازحين")


def test_what_a_request_asks_for_is_no_event_of_its_own() -> None:
    """The release Washington called for is the content of the REQUEST, not a RETREAT."""
    text = "ودعت واشنطن السلطات الإيرانية إلى الإفراج عن الصحافي المعتقل."
    types = {e.type for e in EventDetector(models={})(make_doc(text)).events}
    assert "REQUEST" in types and "RETREAT" not in types
    done = "وأفرجت السلطات الإيرانية عن الصحافي المعتقل أمس."
    assert "RETREAT" in {e.type for e in EventDetector(models={})(make_doc(done)).events}


def test_an_appeal_to_the_public_is_no_request_between_actors() -> None:
    appeal = "ودعت الشرطة كل من يملك أي معلومات إلى التقدم إلى أقرب مركز."
    assert "REQUEST" not in {e.type for e in EventDetector(models={})(make_doc(appeal)).events}
    call = "ودعت الحكومة اليمنية مجلس الأمن إلى التدخل."
    assert "REQUEST" in {e.type for e in EventDetector(models={})(make_doc(call)).events}


def test_liberating_or_taking_a_place_is_an_assault() -> None:
    """ "تحرير عدن", "سيطرة المقاومة على المطار" report fighting; an editor-in-chief, a fine
    written out or a place "under control" do not."""
    for text in (
        "وأكد القائد استكمال تحرير محافظة عدن من الميليشيات.",
        "وجاء ذلك بعد سيطرة المقاومة الشعبية على المطار.",
    ):
        assert "ASSAULT" in {e.type for e in EventDetector(models={})(make_doc(text)).events}, text
    for text in (
        "وقال رئيس تحرير الصحيفة إن العدد صدر أمس.",
        "وتم تحرير مخالفات بحق المحلات المخالفة.",
        "وتقع المنطقة تحت سيطرة الحكومة منذ سنوات.",
    ):
        assert "ASSAULT" not in {e.type for e in EventDetector(models={})(make_doc(text)).events}, (
            text
        )


def test_what_armed_groups_seize_they_take_by_force() -> None:
    """Rebels storming a position attack it; the police raiding a house coerce."""
    from event_helpers import actor, mention

    doc = make_doc("واقتحم مسلحو الحوثي موقعا للجيش في تعز.")
    mention(doc, "مسلحو الحوثي", "ORG", actor=actor("Houthi fighters", "YEM", "REB"))
    types = {e.type for e in EventDetector(models={})(doc).events}
    assert "ASSAULT" in types and "COERCE" not in types
    doc = make_doc("واقتحمت الشرطة منزلا في تعز.")
    mention(doc, "الشرطة", "ORG", actor=actor("Police", "YEM", "COP"))
    assert "COERCE" in {e.type for e in EventDetector(models={})(doc).events}


def test_issued_by_is_no_seizure_and_a_review_s_topics_are_no_events() -> None:
    report = "وذكر تقرير صادر عن البنك الدولي أن النمو تباطأ."
    assert "COERCE" not in {e.type for e in EventDetector(models={})(make_doc(report)).events}
    seized = "وصادرت الشرطة كميات من الأسلحة في الميناء."
    assert "COERCE" in {e.type for e in EventDetector(models={})(make_doc(seized)).events}
    review = "واستعرض الوزير مع السفير آلية إيصال المعونات إلى اليمن."
    types = {e.type for e in EventDetector(models={})(make_doc(review)).events}
    assert "CONSULT" in types and "AID" not in types


def test_tear_gas_and_stun_grenades_are_no_explosives() -> None:
    from marsad.events.triggers import find_triggers
    from marsad.text.tokens import tokenize

    for text in ("أطلق الجنود قنابل الغاز المسيل للدموع", "ألقت الشرطة قنابل صوتية"):
        assert [h.type for h in find_triggers(tokenize(text), "ar")] == []
    assert {h.mode for h in find_triggers(tokenize("انفجرت قنبلة في السوق"), "ar")} == {
        "explosives"
    }


def test_a_retaliation_is_a_clause_of_its_own() -> None:
    # the missiles are Iran's attack; the strikes it retaliates for do not take it over
    from marsad.stages import build_pipeline

    pipeline = build_pipeline(events=True)
    text = (
        "Iran launched missiles at Al Udeid Air Base in Qatar on Monday in retaliation "
        "for US strikes on its nuclear facilities."
    )
    doc = pipeline(Document(id="t", raw=text, published="2025-06-24"))
    iran = [e for e in doc.events if e.type == "ASSAULT" and e.actor and e.actor.text == "Iran"]
    assert [(e.trigger.text, e.date) for e in iran] == [("launched missiles", "2025-06-23")]


def test_a_vow_to_hunt_down_is_a_threat_and_posing_a_threat_none() -> None:
    from event_helpers import extract_english

    vow = extract_english("President Ahmed al-Sharaa vowed to hunt down all those involved.")
    assert [(e.type, e.actor.text) for e in vow.events] == [("THREATEN", "Ahmed al-Sharaa")]
    text = "Officials said the men had crossed the line and posed a threat to the soldiers."
    doc = EventDetector(models={})(make_doc(text, lang="en"))
    assert "THREATEN" not in {e.type for e in doc.events}


def test_a_participles_object_may_stand_inside_its_phrase() -> None:
    from marsad.stages import build_pipeline

    text = (
        "وأكد وزير الخارجية المصري بدر عبد العاطي أن بلاده لن تسكت، داعيا المجتمع الدولي إلى "
        "الضغط على إسرائيل."
    )
    doc = build_pipeline(events=True)(Document(id="t", raw=text, published="2025-07-20"))
    (request,) = [e for e in doc.events if e.type == "REQUEST"]
    # the participle's subject is the minister's, not a name after it
    assert request.actor.text == "وزير الخارجية المصري"
    assert request.recipient is None or request.recipient.text != "إسرائيل"


def test_hostages_released_are_no_abduction() -> None:
    from event_helpers import extract_english

    doc = extract_english("Hamas released 20 Israeli hostages on Monday.", "2025-10-14")
    assert [(e.type, e.mode, e.actor.text) for e in doc.events] == [("RETREAT", "release", "Hamas")]


def test_aid_seekers_are_no_aid() -> None:
    for text in (
        "أطلقت القوات الإسرائيلية النار على منتظري المساعدات قرب رفح.",
        "أطلقت القوات النار على حشود كانوا ينتظرون المساعدات قرب مركز توزيع المساعدات.",
    ):
        types = {e.type for e in EventDetector(models={})(make_doc(text)).events}
        assert "AID" not in types and "ASSAULT" in types, text


def test_threatened_with_famine_is_no_threat() -> None:
    text = "وقالت الأمم المتحدة إن حياة آلاف الأطفال في السودان باتت مهددة بالمجاعة."
    assert "THREATEN" not in {e.type for e in EventDetector(models={})(make_doc(text)).events}


def test_a_stoppage_is_no_arrest() -> None:
    # "توقف" is the stoppage (or "it stopped"), read as the imperfect of "أوقف" it was one
    for text in (
        "وأعلنت الشركة عن توقف الإنتاج في الحقل بعد الهجوم.",
        "استأنف مطار عدن حركة الطيران بعد توقف حوالي أربعة أشهر.",
    ):
        types = {e.type for e in EventDetector(models={})(make_doc(text)).events}
        assert "COERCE" not in types, text
    arrest = EventDetector(models={})(make_doc("وأوقفت الشرطة خمسة أشخاص في الرياض."))
    assert "COERCE" in {e.type for e in arrest.events}


def test_a_can_of_milk_is_no_bomb() -> None:
    text = "وزعت الحملة 8538 عبوة حليب للأطفال الرضع في مخيم الزعتري."
    assert all(e.type != "ASSAULT" for e in EventDetector(models={})(make_doc(text)).events)
    bomb = "انفجرت عبوة ناسفة في سوق المدينة."
    assert any(e.type == "ASSAULT" for e in EventDetector(models={})(make_doc(bomb)).events)
