"""Arguments from hand-set mentions: actor, recipient, location, date, size."""

from __future__ import annotations

import pytest
from event_helpers import actor, make_doc, mention, place

from marsad.document import ActorRef, Document, Event
from marsad.events import arguments as args
from marsad.events.detector import EventDetector
from marsad.pipeline import Pipeline
from marsad.stages import build_pipeline


def _one(doc, event_type: str):  # noqa: ANN001, ANN202
    events = [e for e in EventDetector(models={})(doc).events if e.type == event_type]
    assert len(events) == 1, events
    return events[0]


def test_vso_actor_recipient_location_size_date() -> None:
    doc = make_doc("واعتقلت قوات الأمن العراقية خمسة مسلحين من داعش في الموصل يوم السبت.")
    mention(doc, "قوات الأمن العراقية", "ORG", actor=actor("Iraqi Security Forces", "IRQ", "COP"))
    mention(doc, "داعش", "ORG", actor=actor("Islamic State", None, "INS"))
    mention(doc, "الموصل", "LOC", place=place("Mosul", "IRQ", 1, 99072))
    mention(doc, "خمسة", "QUANTITY", value=5, noun="مسلحين")
    mention(doc, "يوم السبت", "DATE", value="2024-12-07", precision="day")
    ev = _one(doc, "COERCE")
    assert ev.actor.name == "Iraqi Security Forces"
    assert ev.recipient.name == "Islamic State"
    assert ev.location["name"] == "Mosul" and ev.location["text"] == "الموصل"
    assert (ev.date, ev.date_precision) == ("2024-12-07", "day")
    # the subject between the verb and its count counts no word: arrested (stop 25)
    assert ev.size == {"arrested": 5}
    assert ev.acled == {"event_type": "Strategic developments", "sub_event_type": "Arrests"}


def test_patient_noun_and_killed_count() -> None:
    doc = make_doc("وأسفر الانفجار عن مقتل عشرة مدنيين وإصابة عشرين آخرين في سوق ببغداد.")
    mention(doc, "عشرة", "QUANTITY", value=10, noun="مدنيين")
    mention(doc, "عشرين", "QUANTITY", value=20, noun="آخرين")
    mention(doc, "بغداد", "LOC", place=place("Baghdad", "IRQ", 1, 98182))
    ev = _one(doc, "ASSAULT")
    assert ev.size == {"killed": 10, "injured": 20}
    assert ev.location["name"] == "Baghdad"


def test_location_is_where_not_every_place() -> None:
    """A place named as an actor's origin is not the event's location."""
    doc = make_doc(
        "وانسحبت القوات الإيرانية القادمة من طهران إلى الحدود السورية ثم عبرت إلى البوكمال."
    )
    mention(doc, "طهران", "LOC", place=place("Tehran", "IRN", 1, 112931))
    mention(doc, "البوكمال", "LOC", place=place("Abu Kamal", "SYR", 1, 172515))
    ev = _one(doc, "RETREAT")
    assert ev.location["name"] == "Abu Kamal"


def test_date_falls_back_to_paragraph_then_reference() -> None:
    text = (
        "وفي يوم الأحد شهدت المدينة توترا.\nثم اعتقلت الشرطة عشرة أشخاص.\n\nواعتقلت الشرطة آخرين."
    )
    doc = make_doc(text.replace("\n\n", "\n"), published="2024-12-09")
    mention(doc, "يوم الأحد", "DATE", value="2024-12-08", precision="day")
    events = EventDetector(models={})(doc).events
    dates = {(e.date, e.date_precision) for e in events}
    # the lead's Sunday, at week precision: the arrests are not dated themselves
    assert dates == {("2024-12-08", "week")}


def test_lead_date_only_within_the_week_before_the_reference() -> None:
    text = "وفي يوم الأحد شهدت المدينة توترا.\nواعتقلت الشرطة آخرين."
    doc = make_doc(text, published="2024-12-20")
    mention(doc, "يوم الأحد", "DATE", value="2024-12-08", precision="day")
    ev = _one(doc, "COERCE")
    assert (ev.date, ev.date_precision) == ("2024-12-20", "week")


def test_reference_date_with_week_precision() -> None:
    ev = _one(make_doc("واعتقلت الشرطة عشرة أشخاص.", published="2024-12-09"), "COERCE")
    assert (ev.date, ev.date_precision) == ("2024-12-09", "week")


def test_host_verb_swaps_actor_and_recipient() -> None:
    doc = make_doc("واستقبل الملك سلمان الرئيس الفرنسي في الرياض.")
    mention(doc, "الملك سلمان", "PER", actor=actor("Salman of Saudi Arabia", "SAU", "GOV"))
    mention(doc, "الرئيس الفرنسي", "PER", actor=actor("President of France", "FRA", "GOV"))
    ev = _one(doc, "CONSULT")
    assert ev.mode == "visit"
    assert ev.actor.country == "FRA" and ev.recipient.country == "SAU"


def test_civilian_recipient_maps_to_violence_against_civilians() -> None:
    doc = make_doc("وقتل مسلحون مجهولون ثلاثة مزارعين في ريف درعا.")
    mention(doc, "مسلحون مجهولون", "ORG", actor=actor("Unidentified gunmen", None, "UAF"))
    mention(doc, "مزارعين", "MISC", actor=actor("Farmers", "SYR", "CVL"))
    ev = _one(doc, "ASSAULT")
    assert ev.actor.sector == "UAF" and ev.recipient.sector == "CVL"
    assert ev.acled["event_type"] == "Violence against civilians"


def test_victims_after_a_killing_noun_are_never_the_actor() -> None:
    text = "انفجرت سيارة مفخخة في سوق شعبي، ما أسفر عن مقتل ستة مدنيين."
    doc = make_doc(text, published="2023-06-10")
    mention(doc, "مدنيين", "PER", actor=actor("civilians", "IRQ", "CVL"))
    mention(doc, "ستة", "QUANTITY", value=6)
    (ev,) = [e for e in EventDetector(models={})(doc).events if e.type == "ASSAULT"]
    assert ev.actor is None
    assert ev.recipient is not None and ev.recipient.name == "civilians"
    assert ev.size.get("killed") == 6


def test_location_after_a_designator_with_a_proclitic() -> None:
    doc = make_doc("وقتل ضابطا شرطة أمس في هجوم بمدينة العريش عاصمة محافظة شمال سيناء.")
    mention(doc, "العريش", "LOC", place=place("Arish", "EGY", 1, 361546))
    ev = _one(doc, "ASSAULT")
    assert ev.location["name"] == "Arish"


def test_a_goal_or_origin_after_the_verb_is_never_the_actor() -> None:
    doc = make_doc("وكان القائد قد فر بالفعل إلى العراق من سوريا.")
    mention(doc, "العراق", "LOC", place=place("Iraq", "IRQ", 3, 99237))
    mention(doc, "سوريا", "LOC", place=place("Syria", "SYR", 3, 163843))
    ev = _one(doc, "RETREAT")
    assert ev.actor is None or ev.actor.text not in ("العراق", "سوريا")


def test_actor_falls_back_to_a_participant_of_the_sentence() -> None:
    text = "هبطت الطائرات السعودية في مطار عدن صباح أمس، وهي تحمل أطنانا من المساعدات الطبية."
    doc = make_doc(text)
    mention(doc, "الطائرات السعودية", "ORG", actor=actor("Saudi aircraft", "SAU", "MIL"))
    events = [e for e in EventDetector(models={})(doc).events if e.type == "AID"]
    assert events and events[0].actor is not None and events[0].actor.country == "SAU"


def test_a_source_before_a_complementizer_is_not_the_actor() -> None:
    for text, name, kind, who in (
        ("وذكرت وكالة الأنباء أن القصف استهدف الحي.", "وكالة الأنباء", "ORG", "MED"),
        ("وقال شهود إن الهجوم استهدف الحافلة.", "شهود", "PER", "CVL"),
    ):
        doc = make_doc(text)
        label = "news agency" if who == "MED" else "witnesses"
        mention(doc, name, kind, actor=actor(label, None, who))
        assert _one(doc, "ASSAULT").actor is None
    # a party that speaks may act in what it reports
    doc = make_doc("وقال الجيش إن قواته قصفت مواقع المسلحين.")
    mention(doc, "الجيش", "ORG", actor=actor("Iraqi Army", "IRQ", "MIL"))
    assert _one(doc, "ASSAULT").actor.name == "Iraqi Army"


@pytest.fixture(scope="module")
def extract():  # noqa: ANN201 - the whole pipeline, as marsad extract --all-records runs it
    from marsad.stages import build_pipeline

    # every record: these tests are of arguments, not of the record filter
    pipeline = build_pipeline(events=True, all_records=True)

    def run(text: str, event_type: str, published: str = "2024-12-09") -> Event:
        doc = pipeline(Document(id="t", raw=text, published=published))
        return next(e for e in doc.events if e.type == event_type)

    return run


def test_a_trigger_that_names_its_doers_is_the_actor(extract) -> None:  # noqa: ANN001
    ev = extract("وتجمع المتظاهرون أمام مبنى البرلمان احتجاجا على القرار.", "PROTEST")
    assert ev.actor.text == "المتظاهرون"


def test_a_count_after_a_killing_word_is_the_recipient(extract) -> None:  # noqa: ANN001
    ev = extract("وأدى هجوم انتحاري شنه مسلحون بسيارة مفخخة إلى مقتل 71 شخصا.", "ASSAULT")
    assert (ev.actor.text, ev.recipient.text) == ("مسلحون", "71 شخصا")


def test_a_dual_after_a_killing_verb_is_the_recipient(extract) -> None:  # noqa: ANN001
    ev = extract("وقتل جنديان وأصيب اثنان آخران في الانفجار كما قتل حارس قرية.", "ASSAULT")
    assert ev.actor is None and ev.recipient.text == "جنديان"


def test_who_is_burnt_is_the_recipient(extract) -> None:  # noqa: ANN001
    text = (
        "دانت المملكة الجريمة الإرهابية التي نفذها مستوطنون إسرائيليون أمس، وأدت إلى حرق "
        "رضيع فلسطيني بمنزله في قرية دوما بمدينة نابلس."
    )
    ev = extract(text, "ASSAULT")
    assert ev.recipient.text == "فلسطيني" and ev.actor.country == "ISR"


def test_the_first_of_joined_subjects_leads(extract) -> None:  # noqa: ANN001
    text = "قالت مصادر في دمشق إن قوات النظام السوري وحزب الله بدأت هجوما واسعا على الزبداني."
    assert extract(text, "ASSAULT").actor.country == "SYR"


def test_a_received_call_makes_the_caller_the_actor(extract) -> None:  # noqa: ANN001
    ev = extract("وتلقى الملك سلمان اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان.", "CONSULT")
    assert (ev.actor.country, ev.recipient.country) == ("TUR", "SAU")


def test_places_in_a_locative_list_are_no_actor(extract) -> None:  # noqa: ANN001
    ev = extract("وتظاهر آلاف في كل من الهند وباكستان وبنغلاديش.", "PROTEST")
    assert ev.actor is None or ev.actor.text not in ("الهند", "باكستان", "بنغلاديش")


def test_an_event_without_a_place_takes_the_documents_country(extract) -> None:  # noqa: ANN001
    text = "قصفت الطائرات مدينة حلب أمس.\n\nوفي سياق آخر، اعتقلت الشرطة خمسة أشخاص."
    ev = extract(text, "COERCE")
    assert (ev.location["country"], ev.location["precision"], ev.location["basis"]) == (
        "SYR",
        3,
        "document",
    )


def _unfiltered() -> Pipeline:
    """The whole pipeline with the lexicon-type and record filters off: tests of arguments."""
    stages = build_pipeline(events=True).stages
    return Pipeline([*stages[:-1], EventDetector(lexical_filter=False, record_filter=False)])


def _first(text: str, event_type: str, published: str = "2024-12-09") -> Event:
    """The first event of ``event_type`` the unfiltered pipeline finds in ``text``."""
    doc = _unfiltered()(Document(id="t", raw=text, published=published))
    return next(e for e in doc.events if e.type == event_type)


def test_each_of_after_a_verb_is_a_list_of_subjects() -> None:
    # the arguments of the lexicon's mention, whatever the filter makes of the sentence
    ev = _first("ومع بدء كل من إيران وروسيا في سحب قواتهما من سوريا.", "RETREAT")
    assert ev.actor is not None and ev.actor.country in ("IRN", "RUS")


def test_a_post_in_a_named_organization_acts_for_its_holder(extract) -> None:  # noqa: ANN001
    text = "ندد الأمين العام للأمم المتحدة، بان كي مون، بمقتل طفل في هجوم على منزله."
    ev = extract(text, "ACCUSE")
    assert (ev.actor.text, ev.actor.name) == ("الأمين العام للأمم المتحدة", "Ban Ki-moon")


def test_a_nationality_adjective_attaches_as_its_noun() -> None:
    # the arguments of the lexicon's mention, whatever the filter makes of the sentence
    unfiltered = _unfiltered()
    text = "وجه الرئيس بتقديم مساعدات غذائية عاجلة للشعب اليمني الشقيق."
    doc = unfiltered(Document(id="t", raw=text, published="2024-12-09"))
    ev = next(e for e in doc.events if e.type == "AID")
    assert ev.actor is None or ev.actor.country != "YEM"


def test_the_subject_of_a_light_verb_acts_in_its_event_noun(extract) -> None:  # noqa: ANN001
    text = "شنت طائرات التحالف العربي أمس الجمعة سلسلة من الغارات الجوية على مواقع الحوثيين."
    ev = extract(text, "ASSAULT")
    assert ev.actor.text == "التحالف العربي"


def test_an_actorless_event_continues_the_actor_just_before(extract) -> None:  # noqa: ANN001
    text = (
        "وقال بيان إن الولايات المتحدة نفذت 26 غارة جوية على مواقع داعش في سوريا. "
        "وفي العراق قتل 17 مسلحا في غارات جوية قرب الموصل."
    )
    pipeline = build_pipeline(events=True, all_records=True)
    doc = pipeline(Document(id="t", raw=text, published="2015-07-31"))
    iraq = [e for e in doc.events if e.type == "ASSAULT" and e.location["country"] == "IRQ"]
    assert iraq and iraq[0].actor is not None and iraq[0].actor.country == "USA"


def test_a_source_before_that_is_not_the_actor(extract) -> None:  # noqa: ANN001
    text = "وذكرت مصادر ميدانية أن الغارات الجوية لطيران التحالف استهدفت مواقع في صعدة."
    ev = extract(text, "ASSAULT")
    assert ev.actor is None or ev.actor.text != "مصادر ميدانية"


def test_strong_triggers_with_a_toll_make_an_assault(extract) -> None:  # noqa: ANN001
    ev = extract("أعلن مصدر أمني عراقي أن تنظيم داعش أعدم 11 شابا بعد اختطافهم.", "ASSAULT")
    assert ev.size.get("killed") == 11


def test_a_statement_that_blames_a_named_actor_is_an_accusation(extract) -> None:  # noqa: ANN001
    text = "وقال وزير الخارجية السعودي إن الحكومة الإيرانية ترتكب جرائم بحق الشعب السوري."
    ev = extract(text, "ACCUSE")
    assert (ev.actor.country, ev.recipient.country, ev.mode) == ("SAU", "IRN", "disapprove")
    # an epithet after a name is no blame: "تنظيم داعش الإرهابي"
    pipeline = build_pipeline(events=True, all_records=True)
    doc = pipeline(
        Document(id="t", raw="وقال وزير الداخلية إن قوات الأمن تطارد عناصر تنظيم داعش الإرهابي.")
    )
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_blame_in_a_statement_reporting_an_attack_describes_the_attackers() -> None:
    """ "العناصر الإرهابية" in a spokesman's account of a bombing names who did it; the
    account is the attack's source, not an accusation of its own."""
    text = (
        "وقال المتحدث باسم الجيش المصري إن العناصر الإرهابية فجرت عبوة ناسفة "
        "استهدفت دورية للجيش في العريش مما أدى إلى مقتل ثلاثة جنود."
    )
    pipeline = build_pipeline(events=True, all_records=True)
    doc = pipeline(Document(id="t", raw=text, published="2015-07-23"))
    assert [e.type for e in doc.events if e.type in ("ASSAULT", "ACCUSE")] == ["ASSAULT"]


def test_the_accused_is_who_the_blame_word_speaks_of(extract) -> None:  # noqa: ANN001
    text = (
        "وقال المتحدث باسم الحكومة العراقية إن الجيش السوري يقاتل المتمردين السوريين "
        "الذين وصفهم بأنهم إرهابيون."
    )
    ev = extract(text, "ACCUSE")
    assert ev.recipient is not None and ev.recipient.text != "الجيش السوري"


def test_role_word_that_describes_a_thing_acts_in_nothing() -> None:
    """ "مركزين عسكريين": military posts, not soldiers; "ثلاثة عسكريين" are soldiers."""
    posts = make_doc("وأطلق مسلح النار على مركزين عسكريين في المدينة.")
    mention(posts, "مسلح", "PER", actor=actor("gunman", None, "UAF"))
    mention(posts, "عسكريين", "PER", actor=actor("military personnel", None, "MIL"))
    ev = _one(posts, "ASSAULT")
    assert ev.actor is not None and ev.actor.text == "مسلح"
    assert ev.recipient is None
    soldiers = make_doc("وقتل مسلحون ثلاثة عسكريين في الهجوم.")
    mention(soldiers, "مسلحون", "PER", actor=actor("gunmen", None, "UAF"))
    mention(soldiers, "ثلاثة", "QUANTITY")
    mention(soldiers, "عسكريين", "PER", actor=actor("military personnel", None, "MIL"))
    assert _one(soldiers, "ASSAULT").recipient.text == "عسكريين"


def test_a_projectile_fired_from_a_country_has_that_country_as_actor() -> None:
    """ "سقوط مقذوف عسكري من داخل الأراضي اليمنية": fired from Yemen, whoever answered
    the call ("باشرت فرق الدفاع المدني") and whatever "عسكري" describes."""
    doc = make_doc(
        "باشرت فرق الدفاع المدني سقوط مقذوف عسكري من داخل الأراضي اليمنية على منزل في نجران."
    )
    mention(doc, "الدفاع المدني", "ORG", actor=actor("Civil Defence", "SAU", "GOV"))
    mention(doc, "عسكري", "PER", actor=actor("military personnel", None, "MIL"))
    mention(doc, "اليمنية", "MISC", actor=actor("Yemeni", "YEM", None))
    mention(doc, "نجران", "LOC", place=place("Najran", "SAU", 1, 103630))
    ev = _one(doc, "ASSAULT")
    assert ev.actor is not None and ev.actor.country == "YEM"
    assert ev.recipient is None or ev.recipient.text != "اليمنية"


def test_a_date_in_a_relative_clause_dates_that_clause_only() -> None:
    """ "الإصلاحات التي تم الاتفاق عليها في صيف العام الماضي" dates the agreement; the
    talks of the sentence are dated by its own "اليوم"."""
    text = (
        "وبحث الوزير مع نظيره المصري اليوم تعزيز العلاقات، وتناول اللقاء الإصلاحات التي "
        "تم الاتفاق عليها العام الماضي."
    )
    doc = _dated_doc(
        text, "2015-07-23", {"اليوم": ("2015-07-23", "day"), "العام الماضي": ("2014", "year")}
    )
    events = [e for e in EventDetector(models={})(doc).events if e.type == "CONSULT"]
    assert [e.date for e in events] == ["2015-07-23"]
    # the clause's own trigger keeps its date: the relative clause holds it
    text = "وقال إن الاتفاق الذي وقعه الطرفان العام الماضي صامد."
    doc = make_doc(text, published="2015-07-23")
    mention(doc, "العام الماضي", "DATE", value="2014", precision="year")
    from marsad.events.view import DocView

    view = DocView(doc)
    date = doc.mentions[0]
    trigger = doc.text.index("وقعه")
    relative = args.argument_cues("ar").relative_pronouns
    assert not args._in_relative_clause(view, date, relative, trigger)
    assert args._in_relative_clause(view, date, relative)
    # a relative clause right after the trigger word describes the event itself
    text = "وفي تفصيل عملية الاعتقال التي جرت في 15 يوليو قالت الداخلية إن المتهمين اعترفا."
    doc = make_doc(text, published="2015-07-26")
    mention(doc, "15 يوليو", "DATE", value="2015-07-15", precision="day")
    view = DocView(doc)
    trigger = doc.text.index("الاعتقال")
    assert not args._in_relative_clause(view, doc.mentions[0], relative, trigger)
    assert args._in_relative_clause(view, doc.mentions[0], relative, doc.text.index("قالت"))


def test_the_target_of_an_attack_is_where_it_happened() -> None:
    """ "سيطرة المقاومة على عدن" happened in Aden, not in Cairo where its speaker is;
    the construct "تحرير عدن" too."""
    text = "وقال القيادي المقيم في القاهرة إن ذلك جاء بعد سيطرة المقاومة على عدن."
    doc = make_doc(text)
    mention(doc, "القاهرة", "LOC", place=place("Cairo", "EGY", 1, 360630))
    mention(doc, "عدن", "LOC", place=place("Aden", "YEM", 1, 415189))
    assert _one(doc, "ASSAULT").location["name"] == "Aden"
    doc = make_doc("وأكد القائد من القاهرة استكمال تحرير عدن.")
    mention(doc, "القاهرة", "LOC", place=place("Cairo", "EGY", 1, 360630))
    mention(doc, "عدن", "LOC", place=place("Aden", "YEM", 1, 415189))
    assert _one(doc, "ASSAULT").location["name"] == "Aden"


def test_the_nationality_of_an_attack_is_its_doer_s() -> None:
    """ "غارة أميركية على القرية": the strike's doer is American."""
    doc = make_doc("وأصيب ثلاثة في غارة أميركية على القرية.")
    mention(doc, "أميركية", "MISC", actor=actor("American", "USA", None))
    ev = _one(doc, "ASSAULT")
    assert ev.actor is not None and ev.actor.country == "USA"
    assert ev.recipient is None or ev.recipient.country != "USA"


def test_a_since_date_starts_a_state_not_the_event() -> None:
    """ "منذ الرابع من الشهر الجاري" dates the start of a siege; the shelling reported
    "بعد منتصف ليل السبت" is dated by that night."""
    text = (
        "وأفاد المرصد بعد منتصف ليل السبت أن المدينة المحاصرة منذ الرابع من الشهر الجاري "
        "تعرضت لقصف عنيف."
    )
    dates = {
        "منتصف ليل السبت": ("2015-07-25", "day"),
        "الرابع من الشهر الجاري": ("2015-07-04", "day"),
    }
    assert _one(_dated_doc(text, "2015-07-27", dates), "ASSAULT").date == "2015-07-25"


def _dated_doc(text: str, published: str, dates: dict[str, tuple[str, str]]):
    """A document of ``text`` with a DATE mention (value, precision) for each phrase."""
    doc = make_doc(text, published=published)
    for phrase, (value, precision) in dates.items():
        mention(doc, phrase, "DATE", value=value, precision=precision)
    return doc


def test_a_capital_next_to_its_verb_is_its_government() -> None:
    ev = _first("ودعت واشنطن السلطات الإيرانية إلى الإفراج عن الصحافي.", "REQUEST")
    assert (ev.actor.country, ev.actor.sector) == ("USA", "GOV")
    assert ev.recipient is not None and ev.recipient.country == "IRN"
    ev = _first("وموسكو تدين الهجوم على السفارة.", "ACCUSE")
    assert ev.actor.country == "RUS"
    # where something happens, a capital acts in nothing
    ev = _first("واعتقلت الشرطة في القاهرة خمسة أشخاص.", "COERCE")
    assert ev.actor is None or ev.actor.text != "القاهرة"


def test_a_year_right_after_a_day_only_repeats_it() -> None:
    """ "الخميس 14 – 10 – 1436 هـ": the event is that Thursday, not the Hijri year."""
    text = (
        "وباشرت فرق الدفاع المدني عند ظهيرة هذا اليوم الخميس 14 – 10 – 1436 هـ سقوط "
        "مقذوف عسكري من داخل الأراضي اليمنية نتج عنه إصابة مقيمين."
    )
    ev = _first(text, "ASSAULT", "2015-07-31")
    assert (ev.date, ev.date_precision) == ("2015-07-30", "day")


def test_a_quoted_outlet_reports_and_acts_in_nothing() -> None:
    for text in (
        "وأكدت مصادر أمريكية في تصريحات لـ«عكاظ» على أهمية لقاء كيري ووزراء الخارجية.",
        "وأوضحت وكالة الأنباء اليمنية “سبأ” أن اللقاء ناقش التطورات في اليمن.",
    ):
        ev = _first(text, "CONSULT", "2015-08-03")
        assert ev.actor is None or ev.actor.text not in ("عكاظ", "سبأ"), text


def test_a_span_since_is_no_date_of_the_event() -> None:
    """ "المستمر منذ 5 سنوات" says how long a state has lasted, not when it was condemned."""
    text = (
        "وأوضح بأن الشعب السوري يستنكر ويشجب بأشد العبارات الدور الذي يلعبه النظام "
        "الإيراني في دعم إجرام النظام المستمر منذ 5 سنوات."
    )
    ev = _first(text, "ACCUSE", "2015-08-06")
    assert ev.modality == "asserted" and ev.date == "2015-08-06"


def test_a_local_group_belongs_where_the_event_happened() -> None:
    """ "العشائر المحلية" at Ramadi are Iraqi, whatever country the sentence names most."""

    def aid_actor(text: str) -> ActorRef | None:
        doc = make_doc(text)
        mention(doc, "العشائر", "ORG", actor=actor("Syrian tribes", "SYR", "CVL"))
        mention(doc, "الرمادي", "LOC", place=place("Ramadi", "IRQ", 1, 91339))
        return next(e for e in EventDetector(models={})(doc).events if e.type == "AID").actor

    got = aid_actor("وقدمت العشائر المحلية مساعدات للنازحين السوريين في مدينة الرمادي.")
    assert got is not None and got.country == "IRQ" and got.name is None
    got = aid_actor("وقدمت العشائر مساعدات للنازحين السوريين في مدينة الرمادي.")
    assert got is not None and got.country == "SYR"


def test_a_long_receiver_of_a_call_does_not_act(extract) -> None:  # noqa: ANN001
    ev = extract(
        "تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود اتصالاً هاتفياً اليوم "
        "من الرئيس الفرنسي فرانسوا هولاند.",
        "CONSULT",
    )
    assert ev.actor.country == "FRA" and ev.recipient.country == "SAU"


def test_the_nation_of_the_strike_kills_after_a_passive_verb(extract) -> None:  # noqa: ANN001
    ev = extract("قتل محسن الفضلي زعيم جماعة خراسان في ضربة جوية أمريكية في سوريا.", "ASSAULT")
    assert ev.actor.country == "USA" and ev.recipient.text == "محسن الفضلي"


def test_a_date_after_the_trigger_is_its_own(extract) -> None:  # noqa: ANN001
    ev = extract(
        "بثت قناة الإخبارية أمس قائمة بأسماء ضحايا تفجير المسجد أثناء صلاة الظهر أمس الأول السبت.",
        "ASSAULT",
    )
    assert (ev.date, ev.date_precision) == ("2024-12-07", "day")


def test_a_place_after_a_designator_and_an_adjective_is_where(extract) -> None:  # noqa: ANN001
    ev = extract(
        "وقال الوزير إن المفاوضات التي جرت أمس في العاصمة العمانية مسقط بحثت الأزمة في اليمن.",
        "CONSULT",
    )
    assert ev.location["country"] == "OMN"


def test_a_place_in_an_office_is_not_where(extract) -> None:  # noqa: ANN001
    ev = extract(
        "استقبل الملك سلمان في قصر السلام اليوم وزير الخارجية بجمهورية مصر العربية سامح شكري.",
        "CONSULT",
    )
    assert (ev.location or {}).get("text") != "جمهورية مصر العربية"


def test_an_organizations_seat_is_neither_actor_nor_place(extract) -> None:  # noqa: ANN001
    ev = extract(
        "وذكر المرصد ومقره بريطانيا أن الغارات الجوية قصفت مواقع للجبهة في سوريا.", "ASSAULT"
    )
    assert ev.actor is None or ev.actor.country != "GBR"
    assert ev.location["country"] == "SYR"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a bracketed aside does not cut the light verb's clause
        (
            "نفذ الائتلاف الدولي اليوم (الجمعة) غارات جوية على جسرين في محافظة دير الزور "
            "يستخدمهما تنظيم داعش.",
            "الائتلاف الدولي",
        ),
        # a name before an opening quote is outside the quoted clause
        (
            "وقال مدير المرصد رامي عبد الرحمن لوكالة فرانس برس «خطفت جبهة النصرة يوم أمس "
            "خمسة مقاتلين في قرية قاح».",
            "جبهة النصرة",
        ),
    ],
)
def test_the_clause_names_the_actor(extract, text: str, actor: str) -> None:  # noqa: ANN001
    assert extract(text, "ASSAULT").actor.text == actor


@pytest.mark.parametrize(
    "text",
    [
        "قصفت طائرات حربية تركية اليوم مواقع لتنظيم داعش في سوريا غداة تبادل لإطلاق النار "
        "بين الجيش التركي والمسلحين.",
        "قصفت طائرات حربية تركية اليوم مواقع لتنظيم داعش في سوريا عقب اشتباكات بين الجيش "
        "التركي والمسلحين.",
    ],
)
def test_a_time_connective_opens_another_events_clause(extract, text: str) -> None:  # noqa: ANN001
    # "غداة" / "عقب" / "إثر" + an earlier event: that event's parties are not this one's
    assert extract(text, "ASSAULT").recipient.text == "تنظيم داعش"


def test_an_unnamed_group_is_of_the_country_it_acts_in(extract) -> None:  # noqa: ANN001
    ev = extract("وهاجم مسلحون نقطة تفتيش في مدينة كيدال شمال مالي.", "ASSAULT")
    assert ev.actor.to_record()["country"] == "MLI"
    assert ev.actor.to_record()["country_basis"] == "event_place"
    # a person the knowledge base lacks is guessed to be of the event's country, marked so
    person = args.placed(ActorRef("كيفين كيليا"), {"country": "IRQ"}).to_record()
    assert (person["country"], person["country_basis"]) == ("IRQ", "event_place")
    # media and other often-foreign sectors are not
    assert args.placed(ActorRef("الصحفيين", sector="MED"), {"country": "IRQ"}).country is None
    # a country the text gives is kept, and says nothing of its basis
    soldiers = ActorRef("جنود سوريون", country="SYR", sector="MIL")
    assert args.placed(soldiers, {"country": "IRQ"}).to_record().get("country_basis") is None


def test_a_reception_with_no_place_is_at_the_hosts(extract) -> None:  # noqa: ANN001
    text = (
        "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أمس وزير الخارجية المصري سامح شكري."
    )
    ev = extract(text, "CONSULT")
    assert (ev.actor.country, ev.recipient.country) == ("EGY", "SAU")  # the visitor acts
    assert (ev.location["country"], ev.location["basis"]) == ("SAU", "host")
    # a place the sentence names stays where it happened
    ev = extract(
        "استقبل الرئيس المصري في القاهرة أمس وزير الخارجية السعودي عادل الجبير.", "CONSULT"
    )
    assert ev.location["country"] == "EGY" and ev.location["basis"] == "sentence"


def test_the_visitor_follows_where_and_when_the_host_received(extract) -> None:  # noqa: ANN001
    # the host's titles hold an organization; the visitor comes after "بمقر ... اليوم,"
    text = (
        "استقبل المستشار في الديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة "
        "والأعمال الإنسانية الدكتور عبدالله الربيعة بمقر المركز في الرياض اليوم, مدير "
        "إقليم شرق المتوسط لمنظمة الصحة العالمية الدكتور علاء العلوان."
    )
    ev = extract(text, "CONSULT")
    assert ev.actor.text == "منظمة الصحة العالمية"  # the visitor acts
    assert ev.recipient.country == "SAU"
    # a meet verb: a place after the subject's titles makes the one named after it the
    # visitor; met "مع" or ب someone, the subject visits
    ev = extract(
        "التقى نائب الرئيس اليمني رئيس مجلس الوزراء خالد بحاح، أمس في مقر الحكومة "
        "اليمنية المؤقت في الرياض، وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش.",
        "CONSULT",
    )
    assert (ev.actor.country, ev.recipient.country) == ("ARE", "YEM")
    ev = extract("التقى وزير الخارجية المصري أمس مع وزير خارجية الإمارات في أبوظبي.", "CONSULT")
    assert ev.actor.country == "EGY"
    # "في" before a country is part of a title, not where the reception was
    ev = extract(
        "استقبل سفير خادم الحرمين الشريفين في الأردن أمس وزير الداخلية الأردني.", "CONSULT"
    )
    assert ev.actor.country == "JOR"


def test_a_target_verb_as_trigger_takes_its_subject_after_it() -> None:
    """ "استهدف" marks the target after an attack noun ("هجوم استهدف مسجدا"); as the
    trigger verb, the name right after it is its subject (verb-subject-object)."""
    doc = make_doc("استهدف سلاح الجو التركي ثلاثة مواقع لتنظيم داعش داخل الأراضي السورية.")
    mention(doc, "سلاح الجو التركي", "ORG", actor=actor("Turkish Air Force", "TUR", "MIL"))
    mention(doc, "تنظيم داعش", "ORG", actor=actor("Islamic State", None, "INS"))
    ev = _one(doc, "ASSAULT")
    assert ev.actor.name == "Turkish Air Force"
    assert ev.recipient.name == "Islamic State"


def test_a_name_a_preposition_governs_is_no_subject() -> None:
    """ "قوات المقاومة الشعبية المؤيدة للتحالف استولت": the forces took the district,
    not the coalition they back ("للتحالف" is governed by ل)."""
    doc = make_doc("وقال سكان إن قوات المقاومة الشعبية المؤيدة للتحالف استولت على حي صبر.")
    mention(doc, "قوات المقاومة الشعبية", "ORG", actor=actor("Popular Resistance", "YEM", "REB"))
    mention(doc, "للتحالف", "ORG", actor=actor("Arab Coalition", "SAU", "MIL"))
    ev = _one(doc, "ASSAULT")
    assert ev.actor.name == "Popular Resistance"


def test_a_speaker_before_a_reported_event_noun_is_not_its_actor() -> None:
    """ "أوضح الجبير أن لقاء وزير خارجية مصر ... مع ولي العهد": the meeting the speaker
    reports is the Egyptian minister's; a verb keeps its speaker ("أعلن الجيش أنه قتل")."""
    doc = make_doc("وأوضح الجبير أن لقاء وزير خارجية مصر أمس مع ولي العهد كان مثمرا.")
    mention(doc, "الجبير", "PER", actor=actor("Adel al-Jubeir", "SAU", "GOV"))
    mention(doc, "وزير خارجية مصر", "PER", actor=actor("Foreign Minister of Egypt", "EGY", "GOV"))
    mention(doc, "ولي العهد", "PER", actor=actor("Crown Prince", "SAU", "GOV"))
    ev = _one(doc, "CONSULT")
    assert ev.actor.country == "EGY"


def test_aid_told_from_the_receiving_side_is_not_given_by_the_receiver(extract) -> None:  # noqa: ANN001
    # the adjective of the place ("حضرموت اليمنية") names who receives, not who gives
    ev = extract(
        "شهدت مدينة سيئون بمحافظة حضرموت اليمنية توزيع دفعة جديدة من المساعدات الإغاثية أمس.",
        "AID",
    )
    assert ev.location["country"] == "YEM"
    assert ev.actor is None
    assert ev.recipient is not None and ev.recipient.country == "YEM"
    # a giver of another country in the clause keeps the act
    ev = extract("وهبطت في مطار عدن طائرة إماراتية تحمل مساعدات طبية لليمنيين أمس.", "AID")
    assert (ev.actor.country, ev.recipient.country) == ("ARE", "YEM")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # counted people before a killing verb with no object: those it befell (whose raids
        # killed them acts: the learnt actor chooser reads "الغارات التركية" since stop 25)
        ("وقالت وكالة الأناضول إن 260 مقاتلا قتلوا في الغارات التركية.", "التركية", "مقاتلا"),
        ("وقال المرصد إن تسعة عناصر من داعش قتلوا في الغارات الجوية.", None, "داعش"),
        # with an object, they are who killed
        ("وقالت الشرطة إن ثلاثة مسلحين قتلوا شرطيا في الهجوم.", "مسلحين", "شرطيا"),
    ],
)
def test_counted_people_before_a_killing_verb_suffer_it(
    extract,
    text: str,
    actor: str | None,
    recipient: str,  # noqa: ANN001
) -> None:
    ev = extract(text, "ASSAULT")
    assert (ev.actor.text if ev.actor else None, ev.recipient.text) == (actor, recipient)


def test_a_title_and_its_holders_name_are_one_participant() -> None:
    """ "طالب رئيس مجلس النواب العراقي سليم الجبوري اليوم رئيس الوزراء": the speaker's
    name after his title is no recipient; the prime minister is."""
    doc = make_doc("طالب رئيس مجلس النواب العراقي سليم الجبوري اليوم رئيس الوزراء بإقالة الوزراء.")
    speaker = actor("Salim al-Jabouri", "IRQ", "GOV")
    mention(doc, "رئيس مجلس النواب العراقي", "PER", actor=speaker)
    mention(doc, "سليم الجبوري", "PER", actor=speaker)
    mention(doc, "رئيس الوزراء", "PER", actor=actor("Prime Minister of Iraq", "IRQ", "GOV"))
    ev = _one(doc, "REQUEST")
    assert ev.actor.name == "Salim al-Jabouri"
    assert ev.recipient is not None and ev.recipient.name == "Prime Minister of Iraq"


def test_a_press_adjective_is_no_actor_and_the_recipient_is_not_the_actor_too() -> None:
    """ "تصريح صحفي": a press statement, not journalists; the Italian minister met is the
    recipient, and his name after his office does not make him the actor as well."""
    doc = make_doc(
        "وأدان المبعوث في تصريح صحفي عقب لقائه بوزير الخارجية الإيطالي باولو جينتيلوني الهجوم."
    )
    minister = actor("باولو جينتيلوني", "ITA", "GOV")
    mention(doc, "صحفي", "PER", actor=actor("journalists", None, "MED"))
    mention(doc, "بوزير الخارجية الإيطالي", "PER", actor=minister)
    mention(doc, "باولو جينتيلوني", "PER", actor=minister)
    ev = _one(doc, "CONSULT")
    assert ev.recipient is not None and ev.recipient.country == "ITA"
    assert ev.actor is None or ev.actor.country != "ITA"
    assert ev.actor is None or ev.actor.sector != "MED"


def test_the_party_named_first_leads_its_counterpart() -> None:
    """ "بحث الرئيس الأميركي ... ونظيره التركي رجب طيب أردوغان خلال اتصال هاتفي": the
    call is Obama's with Erdogan, not Erdogan's alone."""
    doc = make_doc(
        "بحث الرئيس الأميركي باراك أوباما ونظيره التركي رجب طيب أردوغان خلال اتصال هاتفي الحرب."
    )
    obama = actor("Barack Obama", "USA", "GOV")
    mention(doc, "الرئيس الأميركي", "PER", actor=obama)
    mention(doc, "باراك أوباما", "PER", actor=obama)
    mention(doc, "التركي", "MISC", actor=actor("Turkish", "TUR", None))
    mention(doc, "رجب طيب أردوغان", "PER", actor=actor("Recep Tayyip Erdogan", "TUR", "GOV"))
    ev = _one(doc, "CONSULT")
    assert (ev.actor.country, ev.recipient.country) == ("USA", "TUR")


def test_a_place_after_a_chain_of_site_nouns_is_where(extract) -> None:  # noqa: ANN001
    ev = extract(
        "تظاهر مئات من خريجي الجامعات، أمس، أمام مبنى ديوان محافظة البصرة جنوبي العراق.",
        "PROTEST",
    )
    assert ev.location["name"] == "Basra" and ev.location["basis"] == "sentence"
    assert ev.size == {"people": 200}  # the count right after the protest verb
    ev = extract("قتل خمسة أشخاص في انفجار في سوق مدينة الحلة.", "ASSAULT")
    assert ev.location["country"] == "IRQ" and ev.location["precision"] == 1


def test_a_clash_between_two_sides_names_both(extract) -> None:  # noqa: ANN001
    ev = extract(
        "قتل 27 شخصا في اشتباكات عنيفة اندلعت يوم الأحد بين الجيش السوداني وقوات الدعم "
        "السريع في مدينة الأبيض.",
        "ASSAULT",
    )
    assert (ev.actor.text, ev.recipient.text) == ("الجيش السوداني", "قوات الدعم السريع")
    assert ev.size["killed"] == 27
    assert (ev.acled["event_type"], ev.acled["sub_event_type"]) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    ("text", "size"),
    [
        # the subject (and a date) between the verb and its counted object count no word
        ("اعتقلت الشرطة العراقية خمسة أشخاص في البصرة.", {"arrested": 5}),
        ("اعتقلت قوات الاحتلال الإسرائيلي فجر اليوم ستة فلسطينيين في بيتا.", {"arrested": 6}),
        # two words before the count say what it counts
        ("وألقت الشرطة القبض على سبعة أشخاص في المنطقة أمس.", {"arrested": 7}),
    ],
)
def test_a_count_after_the_subject_is_what_the_verb_did(extract, text: str, size) -> None:  # noqa: ANN001
    assert extract(text, "COERCE").size == size


def test_who_condemns_an_attack_neither_does_it_nor_suffers_its_own_government(
    extract,  # noqa: ANN001
) -> None:
    text = (
        "أدانت وزارة الداخلية في حكومة الوحدة الوطنية الليبية، اليوم الاثنين، الهجوم المسلح "
        "الذي استهدف بوابة أمنية في مدينة الزاوية غرب العاصمة طرابلس مساء أمس."
    )
    condemn = extract(text, "ACCUSE")
    assert condemn.actor.text == "وزارة الداخلية" and condemn.recipient is None
    attack = extract(text, "ASSAULT")
    assert attack.actor is None or attack.actor.text != "وزارة الداخلية"


def test_a_division_after_its_country_is_where(extract) -> None:  # noqa: ANN001
    ev = extract("Fighters attacked a camp in central Mali's Mopti region on Sunday.", "ASSAULT")
    assert (ev.location["name"], ev.location["country"]) == ("Mopti Region", "MLI")


def test_shot_dead_counts_the_killed(extract) -> None:  # noqa: ANN001
    ev = extract("Israeli troops shot dead three Palestinians in Jenin on Sunday.", "ASSAULT")
    assert (ev.size, ev.actor.text, ev.recipient.text) == (
        {"killed": 3},
        "Israeli troops",
        "Palestinians",
    )


def test_the_year_of_a_named_thing_dates_no_event(extract) -> None:  # noqa: ANN001
    text = (
        "ودانت وزارة الخارجية السورية الانتهاكات الإسرائيلية، وطالبت باحترام اتفاق فك "
        "الاشتباك لعام 1974."
    )
    for event_type in ("ACCUSE", "REQUEST"):
        ev = extract(text, event_type, published="2025-07-17")
        assert (ev.date, ev.modality) == ("2025-07-17", "asserted"), event_type


def test_an_age_is_no_count(extract) -> None:  # noqa: ANN001
    ev = extract("وفي جنين، استشهد الشاب محمد أبو الرب (22 عاماً) برصاص قوات الاحتلال.", "ASSAULT")
    assert "killed" not in ev.size
    # "قوات الاحتلال" unqualified is Israel's army, and it fired
    assert (ev.actor.text, ev.actor.country) == ("قوات الاحتلال", "ISR")


def test_a_count_after_a_date_aside_is_the_verbs(extract) -> None:  # noqa: ANN001
    text = "اعتقلت قوات الأمن، فجر اليوم الثلاثاء، 25 شخصاً على الأقل في مدينة الخليل."
    assert extract(text, "COERCE").size == {"arrested": 25}


def test_a_verb_the_script_marks_passive_has_no_subject(extract) -> None:  # noqa: ANN001
    ev = extract("قُتل متظاهر وأصيب 23 آخرون في مدينة الناصرية.", "ASSAULT")
    assert ev.actor is None and ev.recipient.text == "متظاهر"
    ev = extract("خُطف اثنان من عمال الإغاثة على يد مسلحين مجهولين في مدينة كيدال.", "ASSAULT")
    assert ev.actor.text == "مسلحين مجهولين"


def test_a_count_among_the_victims_is_no_size_of_its_own(extract) -> None:  # noqa: ANN001
    ev = extract("قتل 12 مدنيا بينهم ثلاثة أطفال في غارة على مدينة الحديدة.", "ASSAULT")
    assert ev.size == {"killed": 12}
    # "وبين القتلى خمسة أطفال": part of the toll
    text = "قتل 14 مدنيا وأصيب 23 آخرون في قصف على مخيم أبو شوك، وبين القتلى خمسة أطفال."
    assert extract(text, "ASSAULT").size == {"killed": 14, "injured": 23}
    # right before a count, "بين" is a range
    assert extract("قتل ما بين 10 و15 شخصا في قصف على المخيم.", "ASSAULT").size == {"killed": 10}


def test_a_datelines_date_is_the_filings_not_the_events(extract) -> None:  # noqa: ANN001
    text = (
        "إدلب - 14 أكتوبر 2024 (مراسلون) - قُتل أربعة مدنيين، بينهم امرأة وطفلان، وأصيب تسعة "
        "آخرون، يوم الأحد، في قصف مدفعي لقوات النظام السوري استهدف قرية كفرعويد."
    )
    ev = extract(text, "ASSAULT", published="2024-10-14")
    assert (ev.date, ev.date_precision) == ("2024-10-13", "day")
    assert ev.size == {"killed": 4, "injured": 9}
    ev = extract(
        "EL OBEID, Sudan, Nov 3, 2025 (Agency) - RSF fighters killed at least 27 civilians "
        "when they stormed the village of Um Sumeima on Saturday.",
        "ASSAULT",
        published="2025-11-03",
    )
    assert ev.date == "2025-11-01"


def test_a_dual_of_fighters_counts_two(extract) -> None:  # noqa: ANN001
    text = "قُتل عنصران من قوات سوريا الديمقراطية بغارة لطائرة مسيرة تركية في ريف الحسكة."
    assert extract(text, "ASSAULT").size == {"killed": 2}


def test_who_reports_is_no_fallback_actor(extract) -> None:  # noqa: ANN001
    text = (
        "قُتل جنديان من القوات الحكومية وأصيب ثلاثة آخرون بقصف حوثي استهدف مواقعهم في "
        "مديرية حيس جنوبي محافظة الحديدة، حسب مصدر عسكري."
    )
    ev = extract(text, "ASSAULT")
    assert ev.actor.name == "Houthi movement"
    assert ev.size == {"killed": 2, "injured": 3}


def test_a_word_of_a_places_name_takes_no_part(extract) -> None:  # noqa: ANN001
    text = (
        "قُتل ثمانية أشخاص في اشتباكات عنيفة اندلعت الليلة الماضية بين جهاز دعم الاستقرار "
        "واللواء 444 قتال في حي أبو سليم بطرابلس."
    )
    ev = extract(text, "ASSAULT", published="2025-05-17")
    assert (ev.actor.name, ev.recipient.name) == (
        "Stability Support Apparatus",
        "444th Combat Brigade",
    )
    assert ev.location["name"] == "Abu Salim"
    ev = extract("اندلعت اشتباكات عنيفة الليلة الماضية في حي أبو سليم بطرابلس.", "ASSAULT")
    assert ev.actor is None  # "سليم" of the district's name is no one


def test_wasat_is_a_locative_not_wa_plus_a_word(extract) -> None:  # noqa: ANN001
    text = "تظاهر مئات الأشخاص أمس في شارع الحبيب بورقيبة وسط العاصمة تونس للمطالبة بالإفراج."
    ev = extract(text, "PROTEST")
    assert (ev.location["name"], ev.location["basis"]) == ("Tunis", "sentence")


def test_an_approximate_count_is_marked_so(extract) -> None:  # noqa: ANN001
    ev = extract("قتل نحو 20 مسلحا وأصيب خمسة جنود في اشتباكات بريف إدلب.", "ASSAULT")
    assert ev.size == {"killed": 20, "injured": 5}
    assert ev.to_record("t")["size_approximate"] == ["killed"]


def test_a_date_closing_a_since_phrase_dates_that_event(extract) -> None:  # noqa: ANN001
    text = (
        "وصلت قافلة تحمل مساعدات غذائية أرسلها برنامج الأغذية العالمي إلى بلدة طويلة، حيث فرّ "
        "آلاف النازحين منذ سيطرة قوات الدعم السريع على مخيم زمزم الشهر الماضي."
    )
    ev = extract(text, "AID", published="2025-05-08")
    assert ev.date != "2025-04"  # the capture's month, not the convoy's


def test_the_day_a_report_was_made_dates_no_event_outside_its_clause(extract) -> None:  # noqa: ANN001
    text = (
        "Gunmen abducted at least 35 people in an overnight raid on a village, police said "
        "on Tuesday. The attackers arrived on motorcycles late on Sunday."
    )
    ev = extract(text, "ASSAULT", published="2025-06-10")
    assert ev.date == "2025-06-08"


def test_a_datelines_country_in_brackets_acts_in_nothing(extract) -> None:  # noqa: ANN001
    text = (
        "الفاشر (السودان) 16 نيسان/أبريل (أ ف ب) - قُتل 23 مدنيا على الأقل، أمس الثلاثاء، في "
        "غارة بطائرة مسيرة استهدفت سوقا شعبيا في مدينة الفاشر."
    )
    ev = extract(text, "ASSAULT", published="2025-04-16")
    assert ev.date == "2025-04-15"
    assert ev.actor is None or ev.actor.text != "السودان"


def _acted_on(ev: Event, name: str) -> None:
    """Assert that ``name`` is ``ev``'s recipient and not its actor."""
    assert ev.recipient is not None and ev.recipient.text == name
    assert ev.actor is None or ev.actor.text != name


@pytest.fixture(scope="module")
def extract_all():  # noqa: ANN201 - every record of one type, as marsad extract --all-records
    from marsad.stages import build_pipeline

    pipeline = build_pipeline(events=True, all_records=True)

    def run(text: str, event_type: str, published: str = "2024-12-09") -> list[Event]:
        doc = pipeline(Document(id="t", raw=text, published=published))
        return [e for e in doc.events if e.type == event_type]

    return run


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("شن التحالف الدولي عشرات الغارات الجوية في العراق وسوريا.", ["IRQ", "SYR"]),
        (
            "وشنت المقاتلات التركية غارات جوية ضد مقاتلي التنظيم في سوريا وحزب العمال "
            "الكردستاني في شمال العراق.",
            ["SYR", "IRQ"],
        ),
        ("The US-led coalition carried out 25 air strikes in Iraq and Syria.", ["IRQ", "SYR"]),
        # one country: one record, wherever its towns lie
        ("شنت طائرات التحالف غارات جوية على مواقع في صنعاء وصعدة.", ["YEM"]),
    ],
)
def test_strikes_told_together_in_two_countries_are_a_record_each(
    extract_all,
    text: str,
    countries: list[str],  # noqa: ANN001
) -> None:
    events = extract_all(text, "ASSAULT", published="2015-07-28")
    assert [e.location["country"] for e in events] == countries
    assert len({e.actor.text for e in events}) == 1  # the same attacker


def test_members_of_a_group_after_the_verb_make_the_group_the_actor(extract) -> None:  # noqa: ANN001
    ev = extract("هاجم مسلحون من تنظيم داعش نقطة للجيش العراقي قرب الرطبة يوم السبت.", "ASSAULT")
    assert ev.actor.text == "تنظيم داعش"
    assert ev.recipient is not None and ev.recipient.country == "IRQ"


def test_a_tally_since_a_start_is_no_toll_of_the_days_attack(extract_all) -> None:  # noqa: ANN001
    text = (
        "قُتل شخصان جراء غارة شنتها مسيّرة إسرائيلية على سيارة في بلدة عيناثا اليوم.\n"
        "وقُتل أكثر من 200 شخص في لبنان بنيران إسرائيلية منذ بدء وقف إطلاق النار."
    )
    (strike,) = extract_all(text, "ASSAULT", published="2025-08-12")
    assert strike.size == {"killed": 2}
    assert strike.to_record("t")["tally"] is False
    # told alone, the count over a period is a tally record
    (alone,) = extract_all(text.split("\n")[1], "ASSAULT", published="2025-08-12")
    assert alone.size == {"killed": 200} and alone.tally
    # "منذ يومين" dates one act two days ago: no tally
    (act,) = extract_all("وقُتل ثلاثة أشخاص بنيران إسرائيلية منذ يومين في عيناثا.", "ASSAULT")
    assert not act.tally


def test_a_people_named_by_its_nationality_is_counted(extract) -> None:  # noqa: ANN001
    ev = extract("Thousands of Jordanians rallied near the Israeli embassy in Amman.", "PROTEST")
    assert ev.size == {"people": 2000}
    assert ev.size_approximate == ["people"]


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        (
            "وقال محافظ تعز نبيل شمسان إن الوضع صعب. ودعا الأمم المتحدة إلى الضغط على الحوثيين.",
            "REQUEST",
            "الأمم المتحدة",
        ),
        ("وقال محافظ تعز نبيل شمسان إن الوضع صعب. واتهم إيران بدعم الجماعة.", "ACCUSE", "إيران"),
    ],
)
def test_a_feminine_name_after_a_masculine_verb_is_its_object(
    extract,
    text: str,
    event_type: str,
    recipient: str,  # noqa: ANN001
) -> None:
    _acted_on(extract(text, event_type, published="2025-05-14"), recipient)


@pytest.mark.parametrize(
    "text",
    [
        "تظاهر المئات في الزاوية احتجاجا على سياسات الحكومة.",
        "خرج العشرات في مدينة الزاوية في مظاهرة للمطالبة برحيل الحكومة.",
    ],
)
def test_what_a_protest_is_against_is_no_actor(extract, text: str) -> None:  # noqa: ANN001
    _acted_on(extract(text, "PROTEST", published="2025-05-14"), "الحكومة")


def test_counts_before_a_killing_verb_and_after_a_feminine_one(extract) -> None:  # noqa: ANN001
    ev = extract("قال مصدر أمني إن ثلاثة جنود قتلوا في هجوم على قرية ديبولي.", "ASSAULT")
    assert ev.size.get("killed") == 3 and "people" not in ev.size
    ev = extract("قُتل طفل وأصيبت ثلاث نساء جراء قصف حوثي على حي في مدينة تعز.", "ASSAULT")
    assert ev.size.get("injured") == 3 and "people" not in ev.size


def test_a_verbal_act_is_not_dated_by_a_since_phrase(extract) -> None:  # noqa: ANN001
    text = (
        "واتهم مني أركو مناوي قوات الدعم السريع بارتكاب جرائم حرب، مطالبا برفع الحصار "
        "المفروض على الفاشر منذ مايو/أيار 2024."
    )
    ev = extract(text, "ACCUSE", published="2025-08-12")
    assert (ev.modality, ev.date) == ("asserted", "2025-08-12")


def test_a_country_after_a_border_word_takes_no_part(extract) -> None:  # noqa: ANN001
    text = (
        "وكان التنظيم قد شن الشهر الماضي هجوما مماثلا على موقع للحشد الشعبي في قضاء القائم "
        "قرب الحدود مع سوريا."
    )
    ev = extract(text, "ASSAULT", published="2025-05-14")
    assert ev.actor is None or ev.actor.country != "SYR"


def test_an_english_arson_is_an_attack_its_withdrawal_part_of_it(extract_all) -> None:  # noqa: ANN001
    text = "Gunmen set fire to a market and several homes before withdrawing toward the border."
    assert [e.mode for e in extract_all(text, "ASSAULT")] == ["primitive"]
    assert extract_all(text, "RETREAT") == []


def test_told_by_phone_is_no_phone_call(extract_all) -> None:  # noqa: ANN001
    told = "Two residents told Reuters by phone that the attackers arrived on motorcycles."
    assert extract_all(told, "CONSULT") == []
    assert extract_all("Obama spoke by phone with Putin on Monday.", "CONSULT")


def test_an_accusers_name_no_mention_holds_makes_no_accused_the_accuser(extract) -> None:  # noqa: ANN001
    text = (
        "اتهم النائب عن محافظة نينوى شيروان دوبرداني الحكومة الاتحادية بتجاهل مطالب "
        "إعادة إعمار قضاء سنجار."
    )
    _acted_on(extract(text, "ACCUSE", published="2025-09-14"), "الحكومة")


@pytest.mark.parametrize(
    "text",
    [
        "تعهد رئيس اقليم كردستان العراق مسعود بارزاني اليوم بالانتقام من تنظيم داعش.",
        "Interior Minister Mohamed Toumba vowed that the attackers would pay a heavy price.",
    ],
)
def test_a_vow_of_revenge_is_a_threat(extract_all, text: str) -> None:  # noqa: ANN001
    threats = extract_all(text, "THREATEN", published="2025-03-23")
    assert [e.modality for e in threats] == ["asserted"]
    assert extract_all(text, "AGREE", published="2025-03-23") == []


def test_a_protests_demand_is_part_of_the_protest(extract_all) -> None:  # noqa: ANN001
    text = "خرج العشرات في مدينة الزاوية في مظاهرة للمطالبة برحيل الحكومة."
    assert len(extract_all(text, "PROTEST", published="2025-05-14")) == 1
    assert extract_all(text, "REQUEST", published="2025-05-14") == []


def test_towns_of_two_countries_in_one_clause_make_no_second_record(extract_all) -> None:  # noqa: ANN001
    # a namesake misread ("صلاح الدين" of Erbil in a Tripoli story) is no strike abroad
    text = "وأصيب عدد من المدنيين بالرصاص العشوائي في أحياء صلاح الدين وطريق المطار في طرابلس."
    assert len(extract_all(text, "ASSAULT", published="2025-05-14")) == 1


def test_a_protests_count_is_not_the_attacks_it_protests(extract_all) -> None:  # noqa: ANN001
    text = (
        "Thousands of Jordanians rallied near the Israeli embassy in Amman to protest against "
        "the resumption of Israeli strikes on Gaza."
    )
    assert [e.size for e in extract_all(text, "PROTEST")] == [{"people": 2000}]
    assert all("people" not in e.size for e in extract_all(text, "ASSAULT"))


@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        # a place joined by "and" that speaks next is not struck
        (
            "US warplanes struck Houthi targets in Yemen and Iran warned of a wider war.",
            "ASSAULT",
            1,
        ),
        ("قصفت القوات الروسية مواقع للمعارضة في إدلب وأنقرة تحتج.", "ASSAULT", 1),
        # an agreement beside a threat stays an agreement
        (
            "Israel and Hamas agreed to a ceasefire on Sunday, while Iran threatened Israel "
            "with a harsh response.",
            "AGREE",
            1,
        ),
        # a retaliation told done is the attack, no threat; a price paid is no threat
        (
            "Israel retaliated with airstrikes on Hezbollah positions in southern Lebanon.",
            "THREATEN",
            0,
        ),
        (
            "Civilians in Gaza continue to pay a heavy price for the war, the UN said.",
            "THREATEN",
            0,
        ),
        # a torch relay and a short circuit are no attacks
        ("Thousands lined the streets as the Olympic torch passed through the city.", "ASSAULT", 0),
        (
            "An electrical short circuit set fire to a warehouse in the industrial area.",
            "ASSAULT",
            0,
        ),
    ],
)
def test_review_cases_of_this_stops_rules(
    extract_all,
    text: str,
    event_type: str,
    count: int,  # noqa: ANN001
) -> None:
    assert len(extract_all(text, event_type, published="2025-06-10")) == count


def test_a_toll_told_once_is_not_copied_to_the_second_country(extract_all) -> None:  # noqa: ANN001
    text = (
        "شنت طائرات التحالف الدولي 25 غارة جوية على مواقع تنظيم داعش في العراق وسوريا ما أسفر "
        "عن مقتل 40 مسلحا."
    )
    sizes = [e.size.get("killed") for e in extract_all(text, "ASSAULT", published="2025-06-10")]
    assert sorted(sizes, key=str) == [40, None]


def test_a_since_of_a_siege_makes_no_tally_of_the_days_shelling(extract) -> None:  # noqa: ANN001
    text = "قتل خمسة مدنيين أمس في قصف مدفعي على مدينة الفاشر المحاصرة منذ مايو 2024."
    ev = extract(text, "ASSAULT", published="2025-06-10")
    assert not ev.tally and ev.size == {"killed": 5}


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        (
            "قتل مسلحون من تنظيم داعش في اشتباكات مع الجيش العراقي غرب الرمادي.",
            "ASSAULT",
            None,
            None,
        ),
        ("اتهم لبنان إسرائيل بانتهاك القرار 1701.", "ACCUSE", "لبنان", "إسرائيل"),
        (
            "اتهم المتحدث الرسمي باسم حركة حماس إسرائيل بعرقلة المفاوضات.",
            "ACCUSE",
            "حركة حماس",
            "إسرائيل",
        ),
        (
            "Pakistan closed the border with Afghanistan after clashes.",
            "COERCE",
            "Pakistan",
            "Afghanistan",
        ),
    ],
)
def test_review_cases_of_roles(
    extract,
    text: str,
    event_type: str,
    actor: str | None,
    recipient: str | None,  # noqa: ANN001
) -> None:
    ev = extract(text, event_type, published="2025-06-10")
    if actor is None:  # the killed gunmen's group is no doer
        assert ev.actor is None or ev.actor.text != "تنظيم داعش"
    else:
        assert ev.actor is not None and ev.actor.text == actor
        assert ev.recipient is not None and ev.recipient.text == recipient


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("وقال الجيش إن ثلاثة مسلحين قتلوا جنديا في هجوم على نقطة تفتيش قرب كركوك.", {}),
        ("اندلعت مواجهات بين الشرطة ونحو 500 متظاهر في وسط الخرطوم.", {"people": 500}),
        ("اندلعت اشتباكات بين الجيش و200 مسلح في ريف درعا.", {"people": 200}),
    ],
)
def test_review_cases_of_counts(extract_all, text: str, size: dict) -> None:  # noqa: ANN001
    events = [e for t in ("ASSAULT", "PROTEST") for e in extract_all(text, t)]
    assert events and events[0].size == size


def test_a_toll_since_a_day_long_ago_is_a_tally(extract) -> None:  # noqa: ANN001
    text = (
        "وأعلنت وزارة الصحة في غزة، في تقريرها اليومي، ارتفاع حصيلة الحرب منذ السابع من "
        "أكتوبر 2023 إلى 58895 شهيدا و140980 إصابة."
    )
    ev = extract(text, "ASSAULT", published="2025-07-20")
    assert ev.tally and ev.size == {"killed": 58895, "injured": 140980}
    # since this morning: the day's toll
    ev = extract("قتل خمسة أشخاص منذ صباح الأحد في قصف على خان يونس.", "ASSAULT", "2025-07-20")
    assert not ev.tally and ev.size == {"killed": 5}


def test_a_count_of_injuries_counts_the_injured(extract) -> None:  # noqa: ANN001
    assert extract("وأسفر القصف عن 12 إصابة بين المدنيين.", "ASSAULT").size == {"injured": 12}


def test_a_verbal_act_after_a_comma_goes_on_with_the_opening_subject() -> None:
    from marsad.document import Document
    from marsad.events.detector import EventDetector as Detector

    pipe = Pipeline([*build_pipeline(raw=True).stages, Detector(record_filter=False)])
    text = "ودانت الرئاسة الفلسطينية التصعيد، وطالبت الإدارة الأمريكية بالتدخل الفوري."
    doc = pipe(Document(id="t", raw=text, published="2025-07-16"))
    (request,) = [e for e in doc.events if e.type == "REQUEST"]
    assert (request.actor.text, request.recipient.text) == (
        "الرئاسة الفلسطينية",
        "الإدارة الأمريكية",
    )


def test_an_office_starting_with_waw_is_masculine() -> None:
    from marsad.events.agreement import noun_gender

    # "وزير" is no conjunction + "زير"
    assert noun_gender("وزير الداخلية", "PER") == "m"


def test_the_review_cases_of_sizes_dates_and_tallies_stay_right(extract) -> None:  # noqa: ANN001
    # a "since" inside a relative clause of the place is no tally of the count
    text = (
        "قتل ثلاثة جنود إسرائيليين في اشتباك مع مسلحين في مخيم طولكرم الذي يشهد عملية "
        "عسكرية منذ 27 يناير."
    )
    assert not extract(text, "ASSAULT", published="2025-06-10").tally
    # cells are no people arrested
    ev = extract("وأعلنت الشرطة القبض على 3 خلايا إرهابية في الرياض.", "COERCE")
    assert "arrested" not in ev.size
    # a quarter of a year dates what happened in it
    text = "واعتقلت الشرطة 40 شخصا خلال الربع الأول لعام 2025 في بغداد."
    assert extract(text, "COERCE", published="2025-06-10").date.startswith("2025")


def test_a_time_aside_before_a_joined_verb_ends_its_clause() -> None:
    from marsad.events.modality import clause_bounds
    from marsad.text.tokens import tokenize

    for text, verb in (
        ("أصيب جنديان قرب نابلس، مساء أمس، واعتقل الجيش مشتبها به", "واعتقل"),
        (
            "Two soldiers were wounded near Nablus, last night, and the army arrested one",
            "arrested",
        ),
    ):
        toks = tokenize(text)
        i = next(k for k, t in enumerate(toks) if t.text == verb)
        a, _ = clause_bounds(toks, i, 0, len(toks))
        assert "مساء" not in [t.text for t in toks[a:i]] and "night" not in [
            t.text for t in toks[a:i]
        ], text
