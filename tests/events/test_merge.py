"""One record per real event: merging mentions within a document."""

from __future__ import annotations

import pytest
from event_helpers import actor, extract_cleaned, make_doc, mention, place

from marsad.events.detector import EventDetector

#: Two sentences of something else, between an event and a later mention of it.
_FILLER = "وقال ناشط إن السكان يعيشون أوضاعا صعبة.\nوأضاف أن الأسعار ارتفعت كثيرا.\n"


def test_same_event_in_two_sentences_is_merged() -> None:
    text = "واعتقلت الشرطة عشرة متهمين في الدمام. وجرى اعتقال المتهمين بعد مداهمة فجر السبت."
    doc = make_doc(text)
    mention(doc, "الدمام", "LOC", place=place("Dammam", "SAU", 1, 110336))
    events = [e for e in EventDetector(models={})(doc).events if e.type == "COERCE"]
    assert len(events) == 1
    ev = events[0]
    assert ev.location["name"] == "Dammam"
    assert len(ev.more_evidence) == 1
    assert ev.id == "d:e1"


def test_different_places_are_not_merged() -> None:
    text = "واعتقلت الشرطة عشرة متهمين في الدمام.\nوفي خبر آخر، اعتقلت الشرطة خمسة متهمين في جدة."
    doc = make_doc(text)
    mention(doc, "الدمام", "LOC", place=place("Dammam", "SAU", 1, 110336))
    mention(doc, "جدة", "LOC", place=place("Jeddah", "SAU", 1, 105343))
    events = [e for e in EventDetector(models={})(doc).events if e.type == "COERCE"]
    assert {e.location["name"] for e in events} == {"Dammam", "Jeddah"}


def test_two_provinces_are_two_places_however_coarse() -> None:
    from marsad.document import Place

    text = "وقصفت طائرات التحالف مواقع في محافظة لحج.\nوقصفت طائرات التحالف مواقع في محافظة تعز."
    doc = make_doc(text)
    for name, en in (("محافظة لحج", "Lahij"), ("محافظة تعز", "Taiz")):
        mention(doc, name, "LOC", place=Place(en, "YEM", precision=3, admin1=en))
    events = [e for e in EventDetector(models={})(doc).events if e.type == "ASSAULT"]
    assert sorted(e.location["name"] for e in events) == ["Lahij", "Taiz"]


def test_different_actors_far_apart_are_not_merged() -> None:
    text = (
        "واعتقلت الشرطة السعودية خمسة أشخاص.\nوارتفعت الأسعار.\nوتحسن الطقس.\n"
        "واعتقلت الشرطة الأردنية ثلاثة أشخاص."
    )
    doc = make_doc(text)
    mention(doc, "الشرطة السعودية", "ORG", actor=actor("Saudi Police", "SAU", "COP"))
    mention(doc, "الشرطة الأردنية", "ORG", actor=actor("Jordanian Police", "JOR", "COP"))
    events = [e for e in EventDetector(models={})(doc).events if e.type == "COERCE"]
    assert len(events) == 2
    assert [e.id for e in EventDetector(models={})(doc).events][:1] == ["d:e1"]


def test_strike_and_its_toll_in_one_sentence_are_one_event() -> None:
    text = (
        "قصفت مقاتلات روسية أحياء في مدينة معرة النعمان صباح الجمعة، ما أدى إلى مقتل "
        "سبعة مدنيين وإصابة أربعة عشر آخرين، وفق مرصد محلي."
    )
    doc = make_doc(text, published="2023-06-10")
    mention(doc, "مقاتلات روسية", "ORG", actor=actor("Russian warplanes", "RUS", "MIL"))
    mention(doc, "مدنيين", "PER", actor=actor("Syrian civilians", "SYR", "CVL"))
    mention(doc, "معرة النعمان", "LOC", place=place("Maarat al-Numan", "SYR", 1, 169389))
    mention(doc, "سبعة", "QUANTITY", value=7)
    mention(doc, "أربعة عشر", "QUANTITY", value=14)
    events = [e for e in EventDetector(models={})(doc).events if e.type == "ASSAULT"]
    assert len(events) == 1
    ev = events[0]
    assert ev.actor is not None and ev.actor.name == "Russian warplanes"
    assert ev.recipient is not None and ev.recipient.name == "Syrian civilians"
    assert ev.size == {"killed": 7, "injured": 14}
    assert ev.modality == "asserted"


def test_arrest_and_attack_in_one_sentence_stay_two_events() -> None:
    text = (
        "داهمت الشرطة منزلا في حي الزهور واعتقلت ثلاثة أشخاص، فيما هاجم مسلحون "
        "مجهولون دورية للشرطة قرب المدينة."
    )
    doc = make_doc(text, published="2023-06-10")
    mention(doc, "الشرطة", "ORG", actor=actor("Police", "IRQ", "COP"))
    mention(doc, "مسلحون", "PER", actor=actor("gunmen", None, "UAF"))
    types = sorted(e.type for e in EventDetector(models={})(doc).events)
    assert "COERCE" in types and "ASSAULT" in types


def test_one_sentence_one_event_of_a_type_whatever_its_clauses_say() -> None:
    text = "وأفاد البيان بمقتل عشرين مسلحا إثر غارات جوية شنتها مروحيات الجيش على الرمادي."
    doc = make_doc(text)
    mention(doc, "مروحيات الجيش", "ORG", actor=actor("Iraqi Army", "IRQ", "MIL"))
    mention(doc, "الرمادي", "LOC", place=place("Ramadi", "IRQ", 1, 91339))
    events = [e for e in EventDetector(models={})(doc).events if e.type == "ASSAULT"]
    assert len(events) == 1


def test_a_demonstrative_points_back_to_the_event_told() -> None:
    text = (
        "واجتمع وزير الخارجية مع نظيره الأمريكي في الدوحة أمس.\n\n"
        "وفي سياق آخر، بحث الوزراء ملفات أخرى.\n\n"
        "وأكد مسؤولون أهمية هذا اللقاء."
    )
    doc = make_doc(text)
    mention(doc, "الدوحة", "LOC", place=place("Doha", "QAT", 1, 290030))
    events = [e for e in EventDetector(models={})(doc).events if e.type == "CONSULT"]
    assert len(events) == 1 and events[0].more_evidence


def test_one_sentence_two_clauses_one_battle_two_sides_two_events() -> None:
    # one battle told by two clauses with different actors: one record
    text = "واشتبك مسلحو داعش مع الجيش، وقصفت مروحيات الجيش مواقعهم في الرمادي."
    doc = make_doc(text)
    mention(doc, "مسلحو داعش", "ORG", actor=actor("Islamic State", None, "INS"))
    mention(doc, "مروحيات الجيش", "ORG", actor=actor("Iraqi Army", "IRQ", "MIL"))
    mention(doc, "الرمادي", "LOC", place=place("Ramadi", "IRQ", 1, 91339))
    events = [e for e in EventDetector(models={})(doc).events if e.type == "ASSAULT"]
    assert len(events) == 1
    # two countries acting in one sentence are two events
    text = "وقصفت طائرات التحالف مواقع في صعدة، فيما قصف الحوثيون بالمدفعية مواقع في صعدة."
    doc = make_doc(text)
    mention(doc, "طائرات التحالف", "ORG", actor=actor("Saudi-led coalition", "SAU", "MIL"))
    mention(doc, "الحوثيون", "ORG", actor=actor("Houthis", "YEM", "REB"))
    events = [e for e in EventDetector(models={})(doc).events if e.type == "ASSAULT"]
    assert len(events) == 2


def test_a_reference_does_not_join_an_event_of_another_day() -> None:
    """A mention that points back joins the last record of its type only when the dates
    agree: yesterday's preparatory meeting is not today's."""
    from marsad.document import Event, Evidence
    from marsad.events.merge import merge_events

    today = Event("d:e1", "CONSULT", Evidence(0, 10, "a"), date="2015-08-03", date_precision="day")
    before = Event(
        "d:e2", "CONSULT", Evidence(50, 60, "b"), date="2015-08-02", date_precision="day"
    )
    later = Event("d:e3", "CONSULT", Evidence(90, 99, "c"), date="2015-08-03", date_precision="day")
    refs = {id(before), id(later)}
    merged = merge_events([today, before, later], {0: 0, 50: 3, 90: 6}, set(), refs)
    assert [e.date for e in merged] == ["2015-08-03", "2015-08-02"]
    assert [x.start for x in merged[0].more_evidence] == [90]


def test_who_attended_the_meeting_joins_it() -> None:
    """ "حضر اللقاء وزير الدولة": the attendee names no new meeting."""
    text = (
        "والتقى ولي العهد في جدة أمس الرئيس الشيشاني.\n\nوحضر اللقاء وزير الدولة عضو مجلس الوزراء."
    )
    doc = make_doc(text)
    mention(doc, "ولي العهد", "PER", actor=actor("Crown Prince", "SAU", "GOV"))
    mention(doc, "الرئيس الشيشاني", "PER", actor=actor("Chechen president", "RUS", "GOV"))
    mention(doc, "وزير الدولة", "PER", actor=actor("Minister of State", "SAU", "GOV"))
    events = [e for e in EventDetector(models={})(doc).events if e.type == "CONSULT"]
    assert len(events) == 1 and events[0].more_evidence


def test_sentences_two_apart_report_one_event() -> None:
    """An attack told again two sentences on, with a quote between, is one record."""
    text = (
        "وقصفت طائرات حربية مواقع في ريف حلب فجر اليوم.\n"
        "وقال ناشط إن السكان يعيشون أوضاعا صعبة.\n"
        "واستهدفت الغارات مستودعات للأسلحة."
    )
    doc = make_doc(text)
    events = [e for e in EventDetector(models={})(doc).events if e.type == "ASSAULT"]
    assert len(events) == 1 and len(events[0].more_evidence) == 1


def test_the_raid_they_died_in_is_the_raid_told_before() -> None:
    """ "خلال الغارة", sentences after the raid was told, is that raid."""
    text = (
        "وشنت طائرات حربية غارة على قرية في ريف إدلب فجر اليوم.\n"
        f"{_FILLER}"
        "وأكد الناشط أن المدنيين كانوا نائمين خلال الغارة."
    )
    events = [e for e in EventDetector(models={})(make_doc(text)).events if e.type == "ASSAULT"]
    assert len(events) == 1 and len(events[0].more_evidence) == 1


def test_the_attack_a_government_condemns_is_the_attack_told_before() -> None:
    """Each government's condemnation or condolence names the attack the story told,
    not another one: "وأدانت الحكومة الألمانية التفجير الذي استهدف مسجداً"."""
    text = (
        "وقتل 15 شخصا في تفجير انتحاري استهدف مسجدا في أبها اليوم.\n"
        f"{_FILLER}"
        "وأدانت الحكومة الألمانية التفجير الذي استهدف مسجد قوات الطوارئ.\n"
        "وعبرت البحرين عن تعازيها في ضحايا الهجوم."
    )
    events = [e for e in EventDetector(models={})(make_doc(text)).events if e.type == "ASSAULT"]
    assert len(events) == 1 and len(events[0].more_evidence) == 2
    # told as news, not as what a government condemns, it is another attack
    text = text.replace("وأدانت الحكومة الألمانية التفجير الذي استهدف", "وفجر مسلحون سيارة استهدفت")
    events = [e for e in EventDetector(models={})(make_doc(text)).events if e.type == "ASSAULT"]
    assert len(events) == 2


def test_an_unresolved_name_joins_the_event_of_a_known_actor() -> None:
    """ "وقال كيري غداة لقاء مع لافروف" after "وزير الخارجية الأمريكي يلتقي وزير الخارجية
    الروسي": the name the knowledge base does not know conflicts with nobody, and the
    record keeps the actor it does know."""
    from marsad.document import ActorRef, Event, Evidence
    from marsad.events.merge import merge_events

    known = ActorRef(
        "وزير الخارجية الأمريكي", name="US Secretary of State", country="USA", sector="GOV"
    )
    bare = ActorRef("كيري")
    first = Event("d:e1", "CONSULT", Evidence(0, 10, "a"), actor=bare)
    second = Event("d:e2", "CONSULT", Evidence(20, 30, "b"), actor=known)
    merged = merge_events([first, second], {0: 0, 20: 1}, set())
    assert len(merged) == 1 and merged[0].actor is known
    # two known actors of different countries stay two events
    other = ActorRef("وزير الخارجية الروسي", name="Russian FM", country="RUS", sector="GOV")
    third = Event("d:e3", "CONSULT", Evidence(20, 30, "b"), actor=other)
    fourth = Event("d:e4", "CONSULT", Evidence(0, 10, "a"), actor=known)
    assert len(merge_events([fourth, third], {0: 0, 20: 1}, set())) == 2
    # two names it does not know are two people ("استنكر ناجي الشهابي" after "محمود الشريف")
    one = Event("d:e5", "ACCUSE", Evidence(0, 10, "a"), actor=ActorRef("محمود الشريف"))
    two = Event("d:e6", "ACCUSE", Evidence(20, 30, "b"), actor=ActorRef("ناجي الشهابي"))
    assert len(merge_events([one, two], {0: 0, 20: 1}, set())) == 2


def test_a_definite_event_noun_is_the_event_told_before() -> None:
    """ "وأفاد مسؤول مصري أن اللقاء تناول": the meeting told three sentences back, though
    this clause names another side; an indefinite "لقاء" is another meeting."""
    text = (
        "والتقى وزير الخارجية السعودي نظيره المصري في القاهرة أمس.\n"
        f"{_FILLER}"
        "وأفاد مسؤول مصري أن اللقاء تناول الأوضاع في اليمن."
    )

    def consults(text: str) -> list:
        doc = make_doc(text)
        mention(doc, "وزير الخارجية السعودي", "PER", actor=actor("Saudi FM", "SAU", "GOV"))
        mention(doc, "مسؤول مصري", "PER", actor=actor("Egyptian official", "EGY", "GOV"))
        mention(doc, "القاهرة", "LOC", place=place("Cairo", "EGY", 1, 360630))
        return [e for e in EventDetector(models={})(doc).events if e.type == "CONSULT"]

    events = consults(text)
    assert len(events) == 1 and len(events[0].more_evidence) == 1
    assert len(consults(text.replace("أن اللقاء تناول", "أن لقاء آخر تناول"))) == 2


def test_a_meeting_told_as_planned_stays_planned() -> None:
    """ "حيث سيلتقي نظراءه" then "وعلى هامش اللقاء": the meeting to come (coded as its
    promise, AGREE), not one that took place."""
    from marsad.document import Event, Evidence
    from marsad.events.merge import merge_events

    planned = Event("d:e1", "AGREE", Evidence(0, 10, "a"), modality="future")
    told = Event("d:e2", "CONSULT", Evidence(20, 30, "b"))
    merged = merge_events([planned, told], {0: 0, 20: 1}, set(), references={id(told)})
    assert len(merged) == 1 and merged[0].modality == "future"
    # without the pointing back, or three sentences on, it is a meeting of its own
    told = Event("d:e2", "CONSULT", Evidence(20, 30, "b"))
    assert len(merge_events([planned, told], {0: 0, 20: 1}, set())) == 2
    told = Event("d:e2", "CONSULT", Evidence(20, 30, "b"))
    far = merge_events([planned, told], {0: 0, 20: 3}, set(), references={id(told)})
    assert [e.modality for e in far] == ["future", "asserted"]


def test_a_date_the_text_gives_beats_the_reports_week() -> None:
    """ "تقدمت الخارجية السورية مايو الماضي بشكوى" merged with an undated mention of it:
    the record keeps May, not the week of the report its fallback gave."""
    from marsad.document import ActorRef, Event, Evidence
    from marsad.events.merge import merge_events

    syria = ActorRef("وزارة الخارجية السورية", name="Syrian MFA", country="SYR", sector="GOV")

    def accuse(start: int, day: str, precision: str, source: str) -> Event:
        return Event(
            f"d:e{start}", "ACCUSE", Evidence(start, start + 10, "a"), actor=syria, date=day,
            date_precision=precision, date_source=source,
        )  # fmt: skip

    may = accuse(0, "2015-05", "month", "clause")
    undated = accuse(20, "2015-08-08", "week", "published")
    for order in ([may, undated], [undated, may]):
        merged = merge_events(order, {0: 0, 20: 1}, set())
        assert len(merged) == 1 and merged[0].date == "2015-05"


def test_a_country_and_its_ministry_are_one_side() -> None:
    """ "نقل البيان تعازي إسبانيا" after "أعربت وزارة الخارجية الإسبانية عن تضامنها": one
    condolence; two bodies of one state with a sector of their own stay apart."""
    from marsad.document import ActorRef, Event, Evidence
    from marsad.events.merge import merge_events

    ministry = ActorRef("وزارة الخارجية الإسبانية", name="Spanish MFA", country="ESP", sector="GOV")
    spain = ActorRef("إسبانيا", name="Spain", country="ESP")
    first = Event("d:e1", "SUPPORT", Evidence(0, 10, "a"), actor=ministry)
    second = Event("d:e2", "SUPPORT", Evidence(20, 30, "b"), actor=spain)
    assert len(merge_events([first, second], {0: 0, 20: 1}, set())) == 1
    army = ActorRef("الجيش الإسباني", name="Spanish Army", country="ESP", sector="MIL")
    third = Event("d:e3", "SUPPORT", Evidence(20, 30, "b"), actor=army)
    first = Event("d:e1", "SUPPORT", Evidence(0, 10, "a"), actor=ministry)
    assert len(merge_events([first, third], {0: 0, 20: 1}, set())) == 2


def test_an_abduction_is_not_the_battle_told_next_to_it() -> None:
    """PLOVER tells abduction apart: the fighters seized and the clashes told next are
    two events, though neighbouring sentences of one event type would merge."""
    text = "وخطف مسلحون ثمانية مقاتلين في ريف حلب.\nودارت اشتباكات عنيفة قتل فيها ثلاثة أشخاص."
    events = [e for e in EventDetector(models={})(make_doc(text)).events if e.type == "ASSAULT"]
    assert sorted(e.mode for e in events) == ["abduct", "targeted"]


def test_one_demand_to_several_addressees_is_one_request() -> None:
    text = (
        "وطالبت رئاسة الإقليم حزب العمال الكردستاني بإخراج قواعده من أراضي الإقليم.\n"
        "ودعت رئاسة الإقليم الحكومة التركية إلى العودة إلى عملية السلام."
    )
    doc = make_doc(text)
    presidency = actor("Kurdistan Region Presidency", "IRQ", "GOV")
    mention(doc, "رئاسة الإقليم", "ORG", actor=presidency)
    mention(doc, "رئاسة الإقليم", "ORG", nth=1, actor=presidency)
    mention(doc, "حزب العمال الكردستاني", "ORG", actor=actor("PKK", "TUR", "REB"))
    mention(doc, "الحكومة التركية", "ORG", actor=actor("Government of Turkey", "TUR", "GOV"))
    events = [e for e in EventDetector(models={})(doc).events if e.type == "REQUEST"]
    assert len(events) == 1 and len(events[0].more_evidence) == 1


def test_a_meeting_told_from_both_sides_is_one_event() -> None:
    from marsad.document import ActorRef, Event, Evidence
    from marsad.events.merge import merge_events

    guest, host = ActorRef("لافروف", country="RUS"), ActorRef("حماس", country="PSE")
    leader = ActorRef("خالد مشعل", country="PSE")
    a = Event("d:e1", "CONSULT", Evidence(0, 10, "a"), actor=guest, recipient=host)
    b = Event("d:e2", "CONSULT", Evidence(11, 20, "b"), actor=leader, recipient=guest)
    assert len(merge_events([a, b], {0: 0, 11: 1}, set())) == 1
    # a meeting of other sides is another meeting
    qatar, jordan = ActorRef("قطر", country="QAT"), ActorRef("الأردن", country="JOR")
    c = Event("d:e3", "CONSULT", Evidence(11, 20, "b"), actor=jordan, recipient=leader)
    d = Event("d:e4", "CONSULT", Evidence(0, 10, "a"), actor=guest, recipient=qatar)
    assert len(merge_events([d, c], {0: 0, 11: 1}, set())) == 2


def test_two_attacks_of_one_sentence_each_with_its_place_stay_two() -> None:
    from marsad.document import Document
    from marsad.events.detector import EventDetector as Detector
    from marsad.pipeline import Pipeline
    from marsad.stages import build_pipeline

    text = (
        "وأفادت مصادر بمقتل مدني في قصف شنه الحوثيون على أحياء سكنية في مدينة تعز، ليلة "
        "السبت، في وقت شن طيران التحالف غارات على معسكر في مدينة المخاء بالمحافظة."
    )
    pipe = Pipeline([*build_pipeline(raw=True).stages, Detector(record_filter=False)])
    doc = pipe(Document(id="t", raw=text, published="2015-08-01"))
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(attacks) == 2
    assert {e.actor.country for e in attacks if e.actor} <= {"YEM", "SAU"}
    # no actor on either side and coarse places: the two places alone keep them apart
    from marsad.document import Place

    text = "قصفت الطائرات مواقع في منطقة الوازعية، فيما قصفت الطائرات مواقع في منطقة الصلو."
    doc = make_doc(text)
    for name in ("منطقة الوازعية", "منطقة الصلو"):
        mention(doc, name, "LOC", place=Place(name, "YEM", precision=3))
    events = [e for e in Detector(models={})(doc).events if e.type == "ASSAULT"]
    assert sorted(e.location["name"] for e in events) == ["منطقة الصلو", "منطقة الوازعية"]


@pytest.mark.parametrize(
    ("text", "published", "event_type"),
    [
        # a headline packs several events in one line: its demand placed at the strike's
        # town is the demand the body tells at the palace
        (
            "غارة إسرائيلية بمسيّرة تقتل شخصين في قضاء النبطية وعون يطالب واشنطن بالضغط على "
            "إسرائيل\n\nوقال الرئيس اللبناني جوزيف عون خلال استقباله وفدا من الكونغرس "
            "الأميركي في قصر بعبدا، أمس الأربعاء، إن «استمرار الاحتلال للنقاط الخمس يشكل خرقا "
            "واضحا»، مطالبا واشنطن بالضغط على إسرائيل للانسحاب.",
            "2025-04-10",
            "REQUEST",
        ),
        # whoever it says was hit
        (
            'مقتل ثلاثة جنود عراقيين بهجوم لـ"داعش" في صحراء الأنبار\n\nقتل ثلاثة جنود من '
            "الجيش العراقي وأصيب خمسة آخرون، مساء يوم السبت، بهجوم شنه مسلحون من تنظيم "
            '"داعش" على نقطة عسكرية قرب قضاء الرطبة غربي محافظة الأنبار.',
            "2025-03-17",
            "ASSAULT",
        ),
    ],
)
def test_a_headline_joins_its_event(text: str, published: str, event_type: str) -> None:
    doc = extract_cleaned(text, published)
    assert len([e for e in doc.events if e.type == event_type]) == 1


def test_an_attack_told_as_earlier_in_the_sentence_is_its_own() -> None:
    text = (
        "قصفت ثلاث طائرات حربية تركية اليوم عدة مواقع لتنظيم داعش في سوريا وذلك غداة تبادل "
        "لإطلاق النار بين الجيش التركي والمسلحين على الحدود."
    )
    doc = extract_cleaned(text, "2015-07-24")
    assert len([e for e in doc.events if e.type == "ASSAULT"]) == 2
    # a toll told as the attack's result stays one event
    one = "قتل خمسة أشخاص بعد أن قصفت طائرات حربية سوقا في المدينة."
    assert len([e for e in extract_cleaned(one, "2015-07-24").events if e.type == "ASSAULT"]) == 1
    # "غداة": on the morrow of; the exchange of fire was the day before
    (_, fire) = sorted(
        (e for e in doc.events if e.type == "ASSAULT"), key=lambda e: e.trigger.start
    )
    assert (fire.date, fire.date_precision) == ("2015-07-23", "day")


def test_a_headlines_place_does_not_replace_the_bodys() -> None:
    text = (
        "غارة إسرائيلية تقتل شخصين في قضاء بنت جبيل\n\n"
        "قُتل شخصان جراء غارة شنتها مسيّرة إسرائيلية على سيارة على طريق بلدة عيناثا اليوم."
    )
    (strike,) = [e for e in extract_cleaned(text, "2025-08-12").events if e.type == "ASSAULT"]
    assert strike.location["text"] == "عيناثا"


def test_a_headlines_vague_count_does_not_replace_the_bodys() -> None:
    text = (
        "مقتل العشرات في هجوم على حاجز أمني في جبلة\n\n"
        "قُتل 16 عنصرا من قوات الأمن السورية في هجوم شنه مسلحون على حاجز أمني في مدينة جبلة "
        "بريف اللاذقية أمس."
    )
    (attack,) = [e for e in extract_cleaned(text, "2025-03-07").events if e.type == "ASSAULT"]
    assert (attack.size, attack.size_approximate) == ({"killed": 16}, [])
    assert len(attack.more_evidence) == 1  # the headline joined it


def test_a_headlines_larger_count_raises_a_bodys_lower_bound() -> None:
    text = (
        "مقتل أكثر من 20 جنديا في هجوم على قاعدة عسكرية\n\n"
        "قتل 15 جنديا على الأقل في هجوم شنه مسلحون على قاعدة عسكرية في شمال مالي أمس."
    )
    attacks = [e for e in extract_cleaned(text, "2025-06-10").events if e.type == "ASSAULT"]
    assert attacks and attacks[0].size["killed"] == 20
