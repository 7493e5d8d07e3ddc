"""The stages in a pipeline and the extract records they produce."""

from __future__ import annotations

from event_helpers import extract_arabic, extract_cleaned, extract_english

from marsad.document import Document
from marsad.events import EventDetector, StatementExtractor
from marsad.pipeline import Pipeline
from marsad.stages import build_pipeline

KEYS = {
    "doc_id",
    "id",
    "kind",
    "type",
    "mode",
    "context",
    "acled",
    "actor",
    "recipient",
    "location",
    "date",
    "date_precision",
    "size",
    "modality",
    "attribution",
    "evidence",
    "trigger",
    "confidence",
}


def test_stages_fit_the_pipeline_and_records_follow_the_contract() -> None:
    base = build_pipeline(raw=True)
    pipe = Pipeline([*base.stages, EventDetector(), StatementExtractor()])
    text = "وقال مسؤول أمني إن مسلحين هاجموا نقطة تفتيش في الأنبار أمس، مما أدى إلى مقتل جنديين."
    doc = pipe(Document(id="d1", raw=text, published="2024-12-09"))
    records = doc.to_extract_records()
    events = [r for r in records if r["kind"] == "event"]
    statements = [r for r in records if r["kind"] == "statement"]
    assert events and statements
    assert KEYS <= set(events[0])
    assert events[0]["type"] == "ASSAULT"
    ev, trigger = events[0]["evidence"], events[0]["trigger"]
    assert text[ev["start"] : ev["end"]] == ev["text"]
    # the word that made the event, as written, inside its evidence
    assert text[trigger["start"] : trigger["end"]] == trigger["text"] == "هاجموا"
    assert ev["start"] <= trigger["start"] < trigger["end"] <= ev["end"]
    assert {"speaker", "verb", "content", "quote", "date", "evidence"} <= set(statements[0])


def test_degrades_without_mentions_or_tokens() -> None:
    doc = Document(id="x", raw="واعتقلت الشرطة خمسة أشخاص.", lang="ar")
    doc = EventDetector(models={})(doc)  # the lexicon alone: no filter, no classifier
    assert [e.type for e in doc.events] == ["COERCE"]
    assert doc.events[0].actor is None and doc.events[0].location is None


def test_verbal_event_without_actor_takes_the_statement_speaker() -> None:
    # the record filter (a learned judgement of whole records) is off: this is about
    # which actor the argument rules give the request
    stages = build_pipeline(raw=True, events=True).stages
    pipe = Pipeline([*stages[:-1], EventDetector(record_filter=False)])
    text = "وقال وزير الخارجية العراقي إن الوضع خطير. وأضاف: نطالب المجتمع الدولي بالتدخل فورا."
    doc = pipe(Document(id="d1", raw=text, published="2015-08-08"))
    (request,) = [e for e in doc.events if e.type == "REQUEST"]
    assert request.actor is not None and request.actor.country == "IRQ"


def _consult_doc() -> Document:
    from marsad.document import Span

    doc = Document(id="d1", raw="استقبل وزير الخارجية نظيره الأردني في عمان أمس.", lang="ar")
    doc.sentences = [Span(0, len(doc.text))]
    return doc


def test_lexical_filter_vetoes_lexicon_type_mentions() -> None:
    from marsad.events.classifier import LinearModel
    from marsad.events.detector import LEXICAL

    keep_all = EventDetector(models={})
    assert [e.type for e in keep_all(_consult_doc()).events] == ["CONSULT"]
    # a filter that scores every CONSULT mention low drops it; one that scores it high keeps it
    veto = LinearModel(LEXICAL, bias=0.0, threshold=0.5, weights={"T=CONSULT": -5.0})
    assert EventDetector(models={LEXICAL: veto})(_consult_doc()).events == []
    allow = LinearModel(LEXICAL, bias=0.0, threshold=0.5, weights={"T=CONSULT": 5.0})
    assert [e.type for e in EventDetector(models={LEXICAL: allow})(_consult_doc()).events] == [
        "CONSULT"
    ]


def test_shipped_lexical_filter_drops_other_senses_and_keeps_political_actors() -> None:
    pipe = build_pipeline(raw=True, events=True)
    # the lexicon alone: neither filter (the record filter may drop a bare record too)
    lexicon = Pipeline(
        [*pipe.stages[:-1], EventDetector(lexical_filter=False, record_filter=False)]
    )

    def types(pipeline: Pipeline, text: str) -> list[str]:
        return [e.type for e in pipeline(Document(id="d", raw=text)).events]

    health = "ويهدد التدخين صحة الشباب ويرفع خطر الإصابة بأمراض القلب."
    assert types(lexicon, health) == ["THREATEN"] and types(pipe, health) == []
    # a linked political actor exempts the mention from the filter
    arrest = "واعتقلت الشرطة خمسة أشخاص في المدينة."
    assert types(lexicon, arrest) == types(pipe, arrest) == ["COERCE"]


def test_political_participant_exempts_from_a_veto_filter() -> None:
    from marsad.events.classifier import LinearModel, shipped_model
    from marsad.events.detector import LEXICAL

    base = build_pipeline(raw=True, events=True).stages[:-1]
    models = {t: shipped_model(t, "ar") for t in ("ASSAULT", "PROTEST")}
    models[LEXICAL] = LinearModel(LEXICAL, bias=-9.0, threshold=0.5, weights={})
    veto_all = Pipeline([*base, EventDetector(models=models)])
    text = "وعند العبور إلى القائم، ساعدت القبائل الجيش السوري في نقل الجنود."
    assert [e.type for e in veto_all(Document(id="d", raw=text)).events] == ["AID"]
    health = "ويهدد التدخين صحة الشباب ويرفع خطر الإصابة بأمراض القلب."
    assert veto_all(Document(id="d", raw=health)).events == []


def test_a_town_taken_is_an_attack_though_the_classifier_doubts_it(monkeypatch) -> None:  # noqa: ANN001
    import marsad.events.detector as detector

    text = (
        "واكد مصدر محلي لوكالة فرانس برس ان المقاومة سيطرت على منطقتي السدة وحزم العديد "
        "واجزاء من منطقة الرضمة."
    )
    pipe = build_pipeline(raw=True, events=True)
    events = pipe(Document(id="t", raw=text, published="2015-08-04")).events
    assert [(e.type, e.modality) for e in events] == [("ASSAULT", "asserted")]
    assert events[0].location["country"] == "YEM"
    # freeing the traffic near a place takes no place: no attack
    traffic = "وانتشرت دوريات المرور لضمان تحرير الحركة المرورية في مكة المكرمة."
    assert [e.type for e in pipe(Document(id="t", raw=traffic)).events] == []
    # the territorial cue is what keeps it: without it the ASSAULT classifier drops it
    monkeypatch.setattr(detector, "_territorial", lambda *a: False)
    assert build_pipeline(raw=True, events=True)(Document(id="t", raw=text)).events == []


def test_a_town_taken_with_the_taker_between_verb_and_preposition() -> None:
    pipe = build_pipeline(raw=True, events=True)
    text = "وسيطرت المقاومة الشعبية فجر اليوم الأحد على مدينة زنجبار عاصمة أبين."
    events = pipe(Document(id="t", raw=text, published="2015-08-04")).events
    assert [(e.type, e.actor.text, e.location["country"]) for e in events] == [
        ("ASSAULT", "المقاومة الشعبية", "YEM")
    ]
    # the present tense tells a state, and weather takes no town
    heat = "وتسيطر الأجواء الحارة على معظم مناطق المملكة."
    assert pipe(Document(id="t", raw=heat, published="2015-08-04")).events == []


def test_an_attack_launched_is_an_attack_though_the_classifier_doubts_it(
    monkeypatch,  # noqa: ANN001
) -> None:
    import marsad.events.detector as detector

    detect = Pipeline([*build_pipeline(raw=True).stages, EventDetector(record_filter=False)])
    text = "وقال المتحدث باسم الجيش إن القوات شنت هجوما قرب أولاري على الطريق المؤدي إلى المدينة."
    events = detect(Document(id="t", raw=text, published="2015-07-24")).events
    assert [(e.type, e.modality) for e in events] == [("ASSAULT", "asserted")]
    # a launch the text does not assert, or one told to name who did it, keeps nothing
    for other in (
        "وقال إن أنقرة مستعدة لتحمل الانتقادات الدولية إذا شنت هجوما.",
        "وأوضح التلفزيون أن المعترفين هم الذين نفذوا الاعتداء على طريق المطار.",
    ):
        found = detect(Document(id="t", raw=other)).events
        assert [e for e in found if e.modality == "asserted"] == [], other
    # the launching verb is what keeps it: without it the ASSAULT classifier drops it
    monkeypatch.setattr(detector, "_launched", lambda *a: False)
    assert detect(Document(id="t", raw=text, published="2015-07-24")).events == []


def test_an_armed_force_opening_its_clause_with_an_attack_verb_attacks(
    monkeypatch,  # noqa: ANN001
) -> None:
    # a plain strike with no toll: the classifier doubts it, the force named as the
    # subject right after the verb (or after "شن", which is also the verbal noun) keeps it
    import marsad.events.detector as detector

    detect = Pipeline([*build_pipeline(raw=True).stages, EventDetector(record_filter=False)])
    for text, place in (
        ("قصف الجيش الإسرائيلي بلدة نوى في ريف درعا أمس.", "Nawá"),
        ("شن الجيش الإسرائيلي غارات جوية على درعا أمس.", "Dar‘ā"),
    ):
        events = detect(Document(id="t", raw=text, published="2025-07-20")).events
        assert [(e.type, e.modality, e.date) for e in events] == [
            ("ASSAULT", "asserted", "2025-07-19")
        ], text
        assert events[0].actor.text == "الجيش الإسرائيلي"
        assert events[0].to_record("t")["location"]["name"] == place
    # a force before the verb (SVO) launches too
    for text, actor in (("وقال المتحدث إن الجيش النيجيري شن هجوما قرب أولاري.", "الجيش النيجيري"),):
        events = detect(Document(id="t", raw=text, published="2015-08-04")).events
        assert [(e.type, e.actor.text) for e in events] == [("ASSAULT", actor)], text
    # the verbal noun with no force after it launches nothing; background keeps nothing;
    # the police recovering a car attack no one
    for other in (
        "وحذر الوزير من احتمال شن هجوم على المدينة.",
        "وكان الجيش قد قصف المدينة عام 2012.",
        "واستعادت الشرطة السيارة المسروقة.",
        "واستعاد الاقتصاد عافيته في الربع الثاني.",
        # a state criticizing, the verbal noun after a preposition, an exercise, an inquiry
        "هاجمت إيران قرار مجلس الأمن الدولي بشأن برنامجها النووي.",
        "حذرت الأمم المتحدة من شن إسرائيل هجوما بريا على رفح.",
        "نفذ الجيش الأردني تمرينا عسكريا يحاكي هجوما على منشأة حيوية.",
        "بدأ الجيش الإسرائيلي تحقيقا في الهجوم على القاعدة.",
        "أطلقت الصين صاروخا يحمل قمرا صناعيا إلى المدار.",
    ):
        found = detect(Document(id="t", raw=other, published="2025-07-20")).events
        assert [e for e in found if e.modality == "asserted"] == [], other
    # a state named by its country strikes too, also between the words of a phrase
    text = "أطلقت إيران صواريخ على قاعدة العديد في قطر يوم الاثنين."
    events = detect(Document(id="t", raw=text, published="2025-06-24")).events
    assert [(e.type, e.actor.text, e.date) for e in events] == [("ASSAULT", "إيران", "2025-06-23")]
    monkeypatch.setattr(detector, "_struck", lambda *a: False)
    text = "قصف الجيش الإسرائيلي بلدة نوى في ريف درعا أمس."
    assert detect(Document(id="t", raw=text, published="2025-07-20")).events == []


def test_an_attack_launched_by_a_long_name_is_an_attack() -> None:
    # five words (a group's name and a day) between the launch verb and the attack
    detect = Pipeline([*build_pipeline(raw=True).stages, EventDetector(record_filter=False)])
    text = "شنت جماعة نصرة الإسلام والمسلمين أمس هجوما على ثكنة للجيش في مدينة كايس."
    events = detect(Document(id="t", raw=text, published="2025-06-26")).events
    assert [(e.type, e.modality, e.date) for e in events] == [("ASSAULT", "asserted", "2025-06-25")]
    assert events[0].actor.text == "جماعة نصرة الإسلام والمسلمين"


def test_a_flight_is_a_retreat_only_toward_a_place() -> None:
    detect = Pipeline([*build_pipeline(raw=True).stages, EventDetector(record_filter=False)])

    def retreats(text: str) -> list[str]:
        doc = detect(Document(id="t", raw=text, published="2024-12-09"))
        return [e.mode for e in doc.events if e.type == "RETREAT"]

    assert retreats("مع فرار نحو 2000 جندي سوري إلى العراق يوم السبت.") == ["withdraw"]
    # residents fleeing their homes, a prisoner's escape: no retreat from a position
    assert retreats("وقال إن أعدادا كبيرة من السكان فروا من منازلهم عقب الهجوم.") == []
    assert retreats("وأشارت المواقع إلى أن المتهم هرب من السجن بعد كشف هويته.") == []
    # a withdrawal needs no destination
    assert retreats("انسحبت ميليشيات الحوثيين من مدينة التواهي السبت.") == ["withdraw"]


def test_military_supplies_are_no_aid_and_reinforcements_belong_to_the_fight() -> None:
    detect = Pipeline([*build_pipeline(raw=True).stages, EventDetector(record_filter=False)])

    def types(text: str) -> list[str]:
        doc = detect(Document(id="t", raw=text, published="2015-07-23"))
        return sorted(e.type for e in doc.events if e.modality == "asserted")

    struck = "واستهدف طيران التحالف أمس شاحنات تنقل إمدادات للمليشيات الحوثية في صعدة."
    assert "AID" not in types(struck)
    relief = "ووصلت أمس إلى ميناء عدن سفينة تحمل إمدادات إغاثية للنازحين اليمنيين."
    assert "AID" in types(relief)
    fight = "وقتل جنديان آخران في الاشتباكات عندما أرسلت الحكومة تعزيزات إلى المدينة."
    assert "MOBILIZE" not in types(fight)
    assert types("وأرسلت الحكومة تعزيزات عسكرية إلى الحدود أمس.") == ["MOBILIZE"]


def test_restraint_a_statement_issued_and_detainees_are_no_coercion() -> None:
    detect = Pipeline([*build_pipeline(raw=True).stages, EventDetector(record_filter=False)])

    def coerce(text: str) -> list[str | None]:
        doc = detect(Document(id="t", raw=text, published="2015-07-23"))
        return [e.mode for e in doc.events if e.type == "COERCE"]

    assert coerce("وناشد الأمين العام كل الأطراف التحلي بأقصى درجات ضبط النفس.") == []
    assert coerce("وتناقلت المواقع بيانا صادرا عن الفرقة 30 جاء فيه أن القائد بخير.") == []
    assert coerce("وأفادت مصادر أمنية نقلا عن الموقوفين بأن الخلية تلقت تدريبا في الخارج.") == []
    assert coerce("وضبطت الشرطة أمس كمية من الأسلحة في مداهمة لمخزن بالمدينة.") == ["seize"]


def test_an_admission_and_chad_are_no_support() -> None:
    detect = Pipeline([*build_pipeline(raw=True).stages, EventDetector(record_filter=False)])

    def support(text: str) -> int:
        doc = detect(Document(id="t", raw=text, published="2015-07-23"))
        return sum(e.type == "SUPPORT" for e in doc.events)

    assert support("وكثفت بوكو حرام هجماتها في تشاد والكاميرون والنيجر.") == 0
    assert support("وأضافت المصادر أن الحزب اعترف بمقتل اثنين من مقاتليه.") == 0
    assert support("وقال إن الأسد اعترف بكل وضوح أنه باع البلاد.") == 0
    assert support("وأعلنت السويد أمس اعترافها بدولة فلسطين.") == 1


def test_declining_to_be_named_is_no_rejection() -> None:
    detect = Pipeline([*build_pipeline(raw=True).stages, EventDetector(record_filter=False)])
    for text in (
        "وقال أحد المسؤولين ورفض نشر اسمه إن الدلائل تشير إلى التنظيم.",
        "ورفضت وزارة الدفاع الأمريكية تأكيد الخبر.",
    ):
        doc = detect(Document(id="t", raw=text, published="2015-07-23"))
        assert [e.type for e in doc.events if e.type == "REJECT"] == [], text


def test_a_rescue_service_attacks_and_detains_no_one() -> None:
    detect = Pipeline([*build_pipeline(raw=True).stages, EventDetector(record_filter=False)])
    text = "وحررت فرق الدفاع المدني ثلاثة أشخاص احتجزوا في السيول بعقبة الأبناء أمس."
    doc = detect(Document(id="t", raw=text, published="2015-07-23"))
    assert [e.type for e in doc.events if e.type in ("ASSAULT", "COERCE")] == []
    police = "واحتجزت الشرطة ثلاثة أشخاص في المدينة أمس."
    doc = detect(Document(id="t", raw=police, published="2015-07-23"))
    assert [e.type for e in doc.events] == ["COERCE"]


def test_english_demo_story_errors_of_the_user_check() -> None:
    """The bundled English stories: a news agency credited in a dateline is no attacker,
    a month is no protest march, "calling X Y" is no phone call, and a flood that kills is
    no attack."""
    pipe = build_pipeline(raw=True, events=True)
    text = (
        "MARIB, Yemen (Reuters) - Fighting between government forces and Houthi fighters "
        "killed at least twelve people on Sunday. He added that 3,000 displaced families "
        "had arrived since March 2021. A United Nations envoy urged both sides to return "
        'to talks, calling the escalation "deeply worrying".'
    )
    doc = pipe(Document(id="en1", raw=text, lang="en", published="2024-05-06"))
    types = [e.type for e in doc.events]
    assert "PROTEST" not in types and "CONSULT" not in types
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.actor is None or attack.actor.text != "Reuters"
    flood = (
        "Flash floods swept through several towns on Sunday, killing at least eight people. "
        "Rescue teams evacuated more than 200 residents from low-lying areas."
    )
    doc = pipe(Document(id="en2", raw=flood, lang="en", published="2024-05-06"))
    # a flood story's deaths, rescue and evacuation, with no party, are no political events
    assert [e.type for e in doc.events] == []


def test_an_accident_that_kills_is_no_attack() -> None:
    """Deaths in a road accident, told with no one who did them, are no attack; the same
    deaths in a shelling are."""
    detect = Pipeline([*build_pipeline(raw=True).stages, EventDetector(record_filter=False)])
    crash = "لقي 4 أشخاص مصرعهم وأصيب 3 آخرون في حادث اصطدام سيارة على طريق جازان أمس."
    doc = detect(Document(id="t", raw=crash, published="2015-07-23"))
    assert [e.type for e in doc.events if e.type == "ASSAULT"] == []
    shelling = "لقي 4 أشخاص مصرعهم وأصيب 3 آخرون في قصف على بلدة في ريف حلب أمس."
    doc = detect(Document(id="t", raw=shelling, published="2015-07-23"))
    assert [e.type for e in doc.events] == ["ASSAULT"]
    pipe = build_pipeline(raw=True, events=True)
    text = "Four people were killed on Sunday when their car crashed into a truck."
    doc = pipe(Document(id="en", raw=text, lang="en", published="2024-05-06"))
    assert [e.type for e in doc.events if e.type == "ASSAULT"] == []


def test_strikes_told_again_are_one_record() -> None:
    """ "إن الضربات استهدفت": a verb whose subject is a definite event noun of its type
    tells the strikes already reported, not new ones, even paragraphs later."""
    detect = Pipeline([*build_pipeline(raw=True).stages, EventDetector(record_filter=False)])
    text = (
        "شنت مقاتلات التحالف الدولي ضربات جوية على مواقع لتنظيم داعش في قضاء مخمور أمس. "
        "وتقع مخمور جنوب أربيل. ويسكن القضاء نحو مئة ألف نسمة. ويعمل معظم سكانه في "
        "الزراعة.\nوقال مسؤول كردي إن الضربات استهدفت مبنى لداعش في قرية تل شعير."
    )
    doc = detect(Document(id="t", raw=text, published="2015-07-23"))
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_a_withdrawal_in_a_battle_is_the_battle_s_outcome() -> None:
    """ "أسفرت معارك عنيفة عن ... انسحاب مقاتلي الحوثي": the coders code the fighting, not
    a retreat; a withdrawal told alone is one, and so is a release after a battle."""
    detect = Pipeline([*build_pipeline(raw=True).stages, EventDetector(record_filter=False)])

    def types(text: str) -> list[str]:
        return [e.type for e in detect(Document(id="t", raw=text, published="2015-07-23")).events]

    battle = "ودارت معارك عنيفة في منطقة كرش أسفرت عن انسحاب مقاتلي الحوثي من مواقعهم أمس."
    assert "RETREAT" not in types(battle) and "ASSAULT" in types(battle)
    assert types("وانسحبت القوات الحكومية من البلدة صباح أمس.") == ["RETREAT"]


def test_a_pronoun_on_a_liberation_stands_for_the_place_told_before() -> None:
    """ "زيارة محافظة عدن بعد تحريرها": Aden was liberated, not the Riyadh of the meeting."""
    detect = Pipeline([*build_pipeline(raw=True).stages, EventDetector(record_filter=False)])
    text = (
        "ودعا الرئيس اليمني خلال لقائه اليوم المبعوث الأممي في الرياض الى زيارة محافظة "
        "عدن بعد تحريرها من المليشيات المتمردة."
    )
    doc = detect(Document(id="t", raw=text, published="2015-07-26"))
    (freed,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert freed.location is not None and freed.location["country"] == "YEM"


def test_who_condemns_an_attack_did_not_carry_it_out() -> None:
    """ "Zelensky condemned the attack": the attack told before, not one by Zelensky."""
    text = (
        "A drone strike killed three people in Kharkiv overnight. Zelensky condemned the "
        "attack and urged allies to send more air defence systems."
    )
    doc = extract_english(text)
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.actor is None or attack.actor.text != "Zelensky"
    assert any(e.type == "ACCUSE" and e.actor and e.actor.text == "Zelensky" for e in doc.events)


def test_the_owner_of_the_means_kills_not_the_victims_adjective() -> None:
    """ "قتل ثمانية مقاتلين حوثيين في غارة للتحالف": the coalition's raid killed Houthi
    fighters; "حوثيين" describes the victims and never acts."""
    detect = Pipeline([*build_pipeline(raw=True).stages, EventDetector(record_filter=False)])
    text = "قتل ثمانية مقاتلين حوثيين في غارة للتحالف على مواقعهم في صعدة أمس."
    doc = detect(Document(id="t", raw=text, published="2015-08-01"))
    (raid,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert raid.actor is not None and raid.actor.country == "SAU"
    assert raid.recipient is not None and raid.recipient.country == "YEM"
    fight = "قتل ثمانية مقاتلين حوثيين في اشتباكات في تعز أمس."
    (clash,) = [
        e
        for e in detect(Document(id="t", raw=fight, published="2015-08-01")).events
        if e.type == "ASSAULT"
    ]
    assert clash.actor is None or clash.actor.text != "حوثيين"


def _unfiltered(text: str, published: str) -> list:  # noqa: ANN001
    """The events of an Arabic ``text`` (no cleaning), the record filter off."""
    detect = Pipeline([*build_pipeline(raw=True).stages, EventDetector(record_filter=False)])
    return detect(Document(id="t", raw=text, published=published)).events


def test_whose_bullets_killed_acts() -> None:
    """ "قتل شاب فلسطيني برصاص الجيش الإسرائيلي": the army's bullets killed the young
    man, who is the recipient, not the actor."""
    text = "قتل شاب فلسطيني صباح أمس الأربعاء برصاص الجيش الإسرائيلي أثناء مواجهات في مخيم الفوار."
    (killing,) = [e for e in _unfiltered(text, "2015-07-23") if e.type == "ASSAULT"]
    assert killing.actor is not None and killing.actor.country == "ISR"
    assert killing.recipient is not None and killing.recipient.country == "PSE"


def test_an_english_nationality_before_an_attack_is_its_doer() -> None:
    doc = extract_english("A Russian drone strike killed three civilians in Kharkiv on Thursday.")
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.actor is not None and attack.actor.country == "RUS"


def test_a_datelines_place_acts_in_nothing() -> None:
    doc = extract_english(
        "MARIB, Yemen (Reuters) - Fighting between government forces and Houthi fighters "
        "killed at least twelve people on Sunday, two military officials said."
    )
    (fight,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert fight.actor is not None and fight.actor.text != "Yemen"
    assert {fight.actor.text, fight.recipient.text if fight.recipient else None} >= {
        "government forces"
    }


def test_the_wounded_of_a_passive_verb_never_act() -> None:
    """ "قتل جنديان وأصيب ثلاثة مدنيين": two soldiers killed (a dual counts two), three
    civilians wounded, and no one of them the attacker."""
    text = "قتل جنديان وأصيب ثلاثة مدنيين في انفجار عبوة ناسفة في الموصل أمس."
    (blast,) = _unfiltered(text, "2024-03-01")
    assert blast.actor is None
    assert blast.size == {"killed": 2, "injured": 3}


def test_an_english_passive_names_who_it_befell() -> None:
    doc = extract_english(
        "Two soldiers were killed and three civilians wounded when a roadside bomb "
        "exploded in Mosul yesterday. Three protesters were shot dead by police in Nairobi."
    )
    bomb, shooting = [e for e in doc.events if e.type == "ASSAULT"]
    assert bomb.actor is None and bomb.recipient.text == "soldiers"
    assert bomb.size == {"killed": 2, "injured": 3}
    assert (shooting.actor.text, shooting.recipient.text) == ("police", "protesters")


def test_asking_for_anonymity_is_no_request() -> None:
    text = "وقال مصدر عسكري، طالبا عدم الكشف عن اسمه، إن الجيش سيطر على المدينة."
    assert all(e.type != "REQUEST" for e in _unfiltered(text, "2024-03-01"))


def test_an_event_near_a_town_has_precision_two() -> None:
    doc = extract_english(
        "The Rapid Support Forces shelled a displacement camp near El Fasher on Saturday."
    )
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.location["name"] == "El Fasher" and attack.location["precision"] == 2
    doc = extract_english(
        "The Rapid Support Forces shelled a displacement camp in El Fasher on Saturday."
    )
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.location["precision"] == 1


def test_raids_by_aircraft_are_air_strikes() -> None:
    text = "وأكد المرصد أن طائرات روسية شنت أمس الأحد ثلاث غارات على أطراف مدينة أريحا."
    (raid,) = _unfiltered(text, "2024-03-04")
    assert raid.mode == "aerial"
    assert raid.acled["sub_event_type"] == "Air/drone strike"


def test_who_announces_a_meeting_to_come_promises_it() -> None:
    text = "أعلنت الأمم المتحدة أنها ستعقد جولة جديدة من محادثات سلام ليبيا يوم الاثنين في جنيف."
    pipe = Pipeline(
        [*build_pipeline(raw=True, events=True).stages[:-1], EventDetector(record_filter=False)]
    )
    (promise,) = [e for e in pipe(Document(id="t", raw=text, published="2015-08-08")).events]
    assert (promise.type, promise.modality) == ("AGREE", "asserted")
    assert promise.actor is not None and promise.actor.text == "الأمم المتحدة"


def test_who_a_passive_verb_befell_stands_before_it() -> None:
    """ "إن متظاهرا قتل برصاص قوات الأمن": the protester was killed, by the security forces."""
    text = "وقالت لجنة الأطباء إن متظاهرا قتل برصاص قوات الأمن في مدينة أم درمان."
    (killing,) = [e for e in _unfiltered(text, "2024-06-12") if e.type == "ASSAULT"]
    assert killing.actor is not None and killing.actor.text == "قوات الأمن"
    assert killing.recipient is not None and killing.recipient.text == "متظاهرا"


def test_what_an_english_request_asks_for_is_no_event_of_its_own() -> None:
    from event_helpers import extract_english

    def types(text: str) -> list[str]:
        return sorted(e.type for e in extract_english(text).events)

    # a verb a few words after "that", a noun after "the": what was demanded
    assert "REJECT" not in types("Protesters demanded that parliament reject the finance bill.")
    assert types("The United States requested the release of the two journalists.") == ["REQUEST"]
    # a request for comment is the reporter's, no event
    assert types("The coalition did not immediately respond to a request for comment.") == []
    # the same verb told as news stays an event
    assert "REJECT" in types("Parliament rejected the finance bill on Tuesday.")


def test_a_spokesperson_neither_suffers_nor_does_what_he_reports() -> None:
    from event_helpers import extract_english

    doc = extract_english("Police spokeswoman Resila Onyango said 23 people were arrested.")
    (arrest,) = [e for e in doc.events if e.type == "COERCE"]
    assert arrest.recipient is None or "Onyango" not in arrest.recipient.text
    doc = extract_english(
        "Kaduna State police spokesman Mansir Hassan confirmed the abduction of 20 students."
    )
    (abduction,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert abduction.actor is None or "Hassan" not in abduction.actor.text
    # a body that reports its own act still acts
    text = "وقال الجيش العراقي إنه قتل 20 مسلحا في الأنبار أمس."
    pipe = build_pipeline(raw=True, events=True)
    (kill,) = [
        e
        for e in pipe(Document(id="t", raw=text, published="2015-08-01")).events
        if e.type == "ASSAULT"
    ]
    assert kill.actor is not None and kill.actor.country == "IRQ"


def test_english_air_strike_story_of_the_user_check() -> None:
    from event_helpers import extract_english

    doc = extract_english(
        "An air strike hit a market in the northern Yemeni province of Saada on Monday. "
        "At least nine people, including four children, were killed in the raid. "
        "The strike destroyed several shops."
    )
    types = [e.type for e in doc.events]
    assert "PROTEST" not in types  # an air strike told again is no labour strike
    # a nationality before a place noun describes the place and does not act
    assert all(e.actor is None or e.actor.text != "Yemeni" for e in doc.events)
    # the count is read over the aside between commas
    assert any(e.size.get("killed") == 9 for e in doc.events)
    strike = extract_english("Teachers went on strike across Kenya on Monday.")
    assert [(e.type, e.mode) for e in strike.events] == [("PROTEST", "strike")]


def test_english_occupational_groups_act() -> None:
    from event_helpers import extract_english

    (strike,) = extract_english("Teachers went on strike across Kenya on Monday.").events
    assert strike.actor is not None and strike.actor.text == "Teachers"
    assert strike.actor.sector == "EDU"


def test_an_infinitive_after_a_verb_of_sending_is_only_meant() -> None:
    """ "deployed to rescue": the rescue was meant, not told as done; "managed to free"
    tells it was done."""
    from event_helpers import extract_english

    def modality(text: str, kind: str) -> str:
        (ev,) = [e for e in extract_english(text).events if e.type == kind]
        return ev.modality

    assert modality("Police officers were deployed to rescue the students.", "AID") == "future"
    assert modality("The army was sent to attack the rebels on Friday.", "ASSAULT") == "future"
    assert modality("Rescuers managed to free three miners on Friday.", "RETREAT") == "asserted"
    assert modality("The army attacked the rebels on Friday.", "ASSAULT") == "asserted"


def test_a_second_english_verb_shares_the_first_ones_subject() -> None:
    """ "X chanted ... against Y and demanded": X demanded; the noun after an active
    English verb is its object, never its actor ("to meet officials")."""
    from event_helpers import extract_english

    doc = extract_english(
        "Protesters chanted slogans against President William Ruto and demanded the "
        "withdrawal of the finance bill on Tuesday."
    )
    (demand,) = [e for e in doc.events if e.type == "REQUEST"]
    assert demand.actor is not None and demand.actor.text == "Protesters"
    doc = extract_english("He said he would travel to Cairo next week to meet officials.")
    assert all(e.actor is None or e.actor.text != "officials" for e in doc.events)


def test_force_a_speaker_announces_it_will_use_is_its_threat() -> None:
    """PLOVER codes announced force as THREATEN: "أعلن الحزب أنه سيصعد الهجمات" is a
    threat told now; a cell the ministry says planned bombings threatens nothing."""

    def extract(text: str) -> Document:
        return extract_arabic(text, "2015-08-01")

    doc = extract("وأعلن حزب العمال الكردستاني أنه سيصعد الهجمات بسبب انتهاكات وقف إطلاق النار.")
    (threat,) = [e for e in doc.events if e.type == "THREATEN"]
    assert threat.modality == "asserted" and "الكردستاني" in threat.actor.text
    assert not [e for e in doc.events if e.type == "ASSAULT" and e.modality == "asserted"]
    doc = extract("وأعلنت وزارة الداخلية القبض على 431 عنصرا خططوا لتفجير 7 مساجد.")
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_a_building_named_after_a_person_has_no_participant_in_its_name() -> None:
    """ "قرب مستشفى الملك فهد بالدمام", "على مدرسة خالد بن الوليد": the king and the
    companion name buildings; they neither attack nor are attacked."""
    for text, name in (
        ("انفجرت سيارة مفخخة قرب مستشفى الملك فهد بالدمام صباح أمس.", "فهد"),
        ("سقطت قذيفة هاون على مدرسة خالد بن الوليد في حي الوعر بمدينة حمص أمس.", "خالد"),
    ):
        doc = extract_arabic(text, "2015-07-26")
        (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
        for side in (attack.actor, attack.recipient):
            assert side is None or name not in side.text


def test_a_dual_counts_two_and_its_people_suffer_the_event() -> None:
    """ "قتل جنديان سوريان": two soldiers were killed (recipients, not actors);
    "مقتل شخصين": killed 2."""
    doc = extract_arabic("قتل جنديان سوريان في هجوم على حاجز في درعا أمس.", "2015-07-26")
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.size.get("killed") == 2 and attack.actor is None
    assert attack.recipient is not None and "جنديان" in attack.recipient.text
    doc = extract_arabic("أسفرت الغارة عن مقتل شخصين.", "2015-07-26")
    assert [e.size for e in doc.events if e.type == "ASSAULT"] == [{"killed": 2}]


def test_a_toll_told_as_the_result_of_an_attack_is_that_attack() -> None:
    """ "... هجوما واسعا على مخيم زمزم ... ما أسفر عن مقتل 32 شخصا" is one attack, wherever
    the sentence's places lie; "لقي ثلاثة أشخاص حتفهم جراء غارة" reports three killed."""
    text = (
        "شنت قوات الدعم السريع يوم السبت هجوما واسعا على مخيم زمزم للنازحين جنوب الفاشر، "
        "ما أسفر عن مقتل 32 شخصا، بحسب ما أفادت تنسيقية لجان المقاومة في الفاشر."
    )
    doc = extract_arabic(text, "2025-03-12")
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.size.get("killed") == 32 and "الدعم السريع" in attack.actor.text
    text = "لقي ثلاثة أشخاص حتفهم جراء غارة جوية على حي الشجاعية بمدينة غزة أمس."
    doc = extract_arabic(text, "2024-06-25")
    assert [e.size for e in doc.events if e.type == "ASSAULT"] == [{"killed": 3}]


def test_a_place_after_a_part_of_it_is_where_the_event_happened() -> None:
    """ "في شوارع بغداد", "in central Nairobi": the city, not the country the document names."""
    doc = extract_arabic("وخرج آلاف المتظاهرين في شوارع بغداد أمس.", "2024-06-25")
    assert [e.location["name"] for e in doc.events if e.type == "PROTEST"] == ["Baghdad"]
    doc = extract_english(
        "Police fired tear gas at protesters in central Nairobi on Tuesday.", "2024-06-25"
    )
    assert {e.location["name"] for e in doc.events} == {"Nairobi"}


def test_a_drone_raid_and_tear_gas_have_their_acled_categories() -> None:
    """ "أغارت طائرة مسيرة": an air/drone strike; tear gas on protesters is a protest with
    intervention, not an attack on civilians."""
    text = "أغارت طائرة مسيرة إسرائيلية على سيارة في بلدة عيتا الشعب جنوبي لبنان أمس."
    doc = extract_arabic(text, "2024-06-25")
    assert [e.acled["sub_event_type"] for e in doc.events if e.type == "ASSAULT"] == [
        "Air/drone strike"
    ]
    from marsad.events.acled import acled_category

    assert acled_category("ASSAULT", "crowd-control", "CVL") == {
        "event_type": "Protests",
        "sub_event_type": "Protest with intervention",
    }


def test_a_toll_stays_with_the_violence_not_with_a_demand_beside_it() -> None:
    from event_helpers import extract_english

    doc = extract_english("The UN envoy urged calm after gunmen killed three villagers on Sunday.")
    assert [e.size for e in doc.events if e.type == "REQUEST"] == [{}]
    assert any(e.size.get("killed") == 3 for e in doc.events if e.type == "ASSAULT")


def test_fire_named_by_its_trigger_is_the_shooters() -> None:
    """ "استشهد شابان فلسطينيان برصاص القوات الإسرائيلية": the forces shot, the two fell
    (not the ministry that reported it, nor the victims)."""
    text = (
        "استشهد شابان فلسطينيان برصاص القوات الإسرائيلية خلال اقتحامها مخيم جنين فجر اليوم "
        "السبت، حسبما أعلنت وزارة الصحة الفلسطينية."
    )
    doc = extract_arabic(text, "2025-11-15")
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.actor.country == "ISR" and "شابان" in attack.recipient.text


def test_two_role_nouns_in_a_row_are_two_parties() -> None:
    """ "قتل مسلحون جنديين عراقيين": gunmen killed two Iraqi soldiers (one mention swallowed
    both)."""
    doc = extract_arabic(
        "قتل مسلحون جنديين عراقيين في هجوم على نقطة تفتيش في الرمادي.", "2025-11-15"
    )
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.actor.text == "مسلحون" and attack.recipient.text == "جنديين عراقيين"
    assert attack.size == {"killed": 2}


def test_a_trigger_word_inside_a_units_name_is_none() -> None:
    """ "قوات مكافحة الشغب" are riot police: their name tells no riot; they disperse the
    protest, and the protester killed is who it befell."""
    text = "وأفاد شهود بأن قوات مكافحة الشغب فرّقت بالقوة احتجاجاً أمام مبنى المحافظة في الناصرية."
    events = _unfiltered(text, "2025-10-26")
    assert not [e for e in events if e.trigger and e.trigger.text == "الشغب"]
    text = (
        "قُتل متظاهر عندما فرّقت قوات مكافحة الشغب مساء أمس احتجاجاً في مدينة الناصرية "
        "باستخدام الغاز المسيل للدموع."
    )
    (attack,) = [e for e in _unfiltered(text, "2025-10-26") if e.type == "ASSAULT"]
    assert (attack.actor.text, attack.recipient.text) == ("قوات مكافحة الشغب", "متظاهر")


def test_the_act_tells_the_mode_before_the_agent_noun() -> None:
    """ "Gunmen abducted": an abduction (ACLED "Abduction/forced disappearance"), not a
    firearms attack because the doers carry guns."""
    doc = extract_english("Gunmen abducted at least 35 people in Kuchi village on Sunday.")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.mode == "abduct"
    assert ev.acled["sub_event_type"] == "Abduction/forced disappearance"


def test_an_english_trigger_word_capitalized_inside_a_name_is_none() -> None:
    """ "the Group for the Support of Islam and Muslims": a name, no support; a title-case
    headline and a dateline's first word still count."""
    doc = extract_english(
        "The Group for the Support of Islam and Muslims, al Qaeda's affiliate, claimed the attack."
    )
    assert not [e for e in doc.events if e.type == "SUPPORT"]
    doc = extract_english("BAMAKO (AFP) - Fighting killed twelve soldiers near Mopti on Sunday.")
    assert [e for e in doc.events if e.type == "ASSAULT"]


def test_english_aid_workers_kidnapped_are_no_aid() -> None:
    doc = extract_english(
        "Gunmen kidnapped two foreign aid workers and killed their driver near Tillaberi."
    )
    assert not [e for e in doc.events if e.type == "AID"]
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.mode == "abduct"  # "kidnapped" doubles its p


def test_a_trigger_noun_in_a_squares_name_is_none() -> None:
    """ "ميدان الشهداء" is Martyrs' Square: its name tells no killing."""
    text = (
        "فرقت قوات الأمن الليبية مساء أمس بالقوة مئات المتظاهرين الذين تجمعوا في ميدان "
        "الشهداء وسط طرابلس."
    )
    assert not [
        e for e in _unfiltered(text, "2025-05-17") if e.trigger and e.trigger.text == "الشهداء"
    ]


def test_counts_of_arrests_and_nationality_duals() -> None:
    """ "أوقفت ... سبعة أشخاص": seven arrested (not people); "قتل فلسطينيان": two killed."""
    text = "أوقفت قوات الأمن التونسية ليل الاثنين سبعة أشخاص في صفاقس."
    (arrest,) = [e for e in _unfiltered(text, "2025-02-05") if e.type == "COERCE"]
    assert arrest.size == {"arrested": 7}
    text = "قتل فلسطينيان أمس برصاص الجيش الإسرائيلي شرقي مدينة خان يونس."
    (attack,) = [e for e in _unfiltered(text, "2025-10-22") if e.type == "ASSAULT"]
    assert attack.size == {"killed": 2} and attack.actor.country == "ISR"


def test_a_group_told_by_its_allegiance_acts_as_that_group() -> None:
    """ "مسلحون موالون لتنظيم داعش": the Islamic State attacks, and is no recipient;
    "يشتبه في انتمائهم إلى جماعة نصرة الإسلام": JNIM abducts the workers."""
    text = "هاجم مسلحون موالون لتنظيم داعش حاجزا للجيش قرب بلدة القريتين."
    (attack,) = [e for e in _unfiltered(text, "2025-09-10") if e.type == "ASSAULT"]
    assert attack.actor.text == "تنظيم داعش" and attack.recipient.text != "تنظيم داعش"
    text = (
        "اختطف مسلحون يشتبه في انتمائهم إلى جماعة نصرة الإسلام والمسلمين خمسة عمال أجانب "
        "قرب مدينة كايس."
    )
    (abduction,) = [e for e in _unfiltered(text, "2025-09-10") if e.type == "ASSAULT"]
    assert abduction.actor.text == "جماعة نصرة الإسلام والمسلمين"
    assert abduction.recipient is not None and "عمال" in abduction.recipient.text


def test_an_english_speaker_does_not_act_in_what_it_reports() -> None:
    """ "Hawramani said the attacks were a terrorist act": English needs no "that"; the
    spokesman reports the attacks, he did not carry them out."""
    doc = extract_english(
        "Kurdistan Regional Government spokesman Peshawa Hawramani said the attacks were "
        '"a terrorist act against the economic infrastructure of Iraq".'
    )
    assert all(
        e.actor is None or "Hawramani" not in e.actor.text
        for e in doc.events
        if e.type == "ASSAULT"
    )
    assert [e for e in doc.events if e.type == "ASSAULT"]


def test_a_toll_joins_its_own_sentences_attack_and_a_marked_doer_stays() -> None:
    """ "وقصف الجيش ... ما أسفر عن مقتل تسعة": the shelling's toll, not the drone strike's
    told before on the same day; "في هجوم ... شنته قوات الدعم السريع" names who attacked,
    whom the learnt chooser keeps though the record's next sentence quotes a committee."""
    text = (
        "قُتل 14 مدنياً يوم الثلاثاء في هجوم بطائرة مسيّرة شنته قوات الدعم السريع على سوق "
        'في مدينة الفاشر. وقال المتحدث باسم لجان المقاومة في الفاشر إن "المسيّرة استهدفت '
        'السوق". وقصف الجيش السوداني أمس مواقع لقوات الدعم السريع شرقي مخيم زمزم، ما '
        "أسفر عن مقتل تسعة من عناصرها."
    )
    doc = extract_arabic(text, "2025-06-18")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    drone = next(e for e in attacks if e.size.get("killed") == 14)
    assert drone.actor is not None and drone.actor.text == "قوات الدعم السريع"
    assert not any("وقصف" in m.text for m in drone.more_evidence)
    shelling = next(e for e in attacks if e.actor and e.actor.text == "الجيش السوداني")
    assert shelling.size.get("killed") == 9


def test_words_of_names_and_places_are_neither_triggers_nor_parties() -> None:
    """ "ناحية سيدكان" is a town, no "سـ + يدك" (pound); "ثمنا باهظا" a heavy price, no
    praise; "العاصمة الليبية" Libya's capital, not the Libyans as the side attacked."""
    text = "وقال مدير ناحية سيدكان إحسان جلبي إن الغارة أسفرت عن مقتل أربعة أشخاص."
    assert not [e for e in _unfiltered(text, "2025-01-20") if e.modality == "future"]
    text = 'وحذر وزير الدفاع الإسرائيلي يسرائيل كاتس من أن الحوثيين "سيدفعون ثمنا باهظا".'
    assert not [e for e in _unfiltered(text, "2025-08-18") if e.type == "SUPPORT"]
    text = (
        "قُتل شخصان في اشتباكات عنيفة اندلعت ليل السبت بين مجموعتين مسلحتين في مدينة "
        "الزاوية غرب العاصمة الليبية طرابلس."
    )
    (attack,) = [e for e in _unfiltered(text, "2025-06-09") if e.type == "ASSAULT"]
    assert all(r is None or r.text != "الليبية" for r in (attack.actor, attack.recipient))


def test_the_dead_of_a_raid_are_counted_once() -> None:
    """ "استشهد ثلاثة شبان ... برصاص قوات الاحتلال خلال اقتحامها مدينة جنين": the shooting
    counts the dead; the raid told beside it counts none."""
    text = (
        "استشهد ثلاثة شبان وأصيب سبعة آخرون فجر اليوم برصاص قوات الاحتلال الإسرائيلي خلال "
        "اقتحامها مدينة جنين."
    )
    events = _unfiltered(text, "2025-03-10")
    killed = [e for e in events if e.size.get("killed")]
    assert [(e.type, e.size["killed"]) for e in killed] == [("ASSAULT", 3)]


def test_a_since_phrase_dates_its_own_event() -> None:
    """ "منذ انسحاب الجيش السوري من لبنان في أبريل/نيسان 2005": the withdrawal's date is
    April 2005 (another event's "since" phrase dates only that event)."""
    text = (
        "وكانت العلاقات بين البلدين قد شهدت توترا كبيرا منذ انسحاب الجيش السوري من لبنان في "
        "أبريل/نيسان 2005."
    )
    (retreat,) = [e for e in _unfiltered(text, "2025-03-28") if e.type == "RETREAT"]
    assert (retreat.date, retreat.modality) == ("2005-04", "historical")


def test_the_condemner_is_barred_from_the_record_its_reaction_joins() -> None:
    """ "وأدانت وزارة الخارجية الفلسطينية الاقتحام": the ministry condemns the raid; the
    record the condemned noun joins does not take the ministry as its actor."""
    text = (
        'من جهته، قال المتحدث باسم جيش الاحتلال في بيان إن قواته "اعتقلت مطلوبين وصادرت '
        'أسلحة". وأدانت وزارة الخارجية الفلسطينية الاقتحام، وطالبت المجتمع الدولي بالتدخل.'
    )
    doc = extract_arabic(text, "2025-03-10")
    coerced = [e for e in doc.events if e.type == "COERCE"]
    assert coerced
    assert all(e.actor is None or "الخارجية" not in e.actor.text for e in coerced)


def test_the_capital_alone_is_the_story_countrys() -> None:
    """ "في العاصمة" in a story from Libya is Tripoli (basis "capital"); "العاصمة الليبية
    طرابلس" is read by the places stage."""
    text = (
        "طرابلس (ليبيا) - قال مسؤولون ليبيون إن الوضع متوتر. واندلعت اشتباكات عنيفة أمس في "
        "العاصمة بين جهاز الردع واللواء 444، ما أسفر عن مقتل ثمانية أشخاص."
    )
    (clash,) = [e for e in _unfiltered(text, "2025-05-17") if e.type == "ASSAULT"]
    assert (clash.location["country"], clash.location["basis"]) == ("LBY", "capital")
    assert clash.location["precision"] == 1 and clash.location["name"] == "Tripoli"
    # toward the capital, or "including the capital": where it happened is not said
    text = (
        "طرابلس (ليبيا) - قال مسؤولون ليبيون إن الوضع متوتر. وقُتل ثمانية أشخاص أمس في "
        "اشتباكات بين جهاز الردع واللواء 444 الذي يتقدم نحو العاصمة."
    )
    (clash,) = [e for e in _unfiltered(text, "2025-05-17") if e.type == "ASSAULT"]
    assert clash.location is None or clash.location.get("basis") != "capital"


def test_who_an_earlier_passive_befell_does_not_act() -> None:
    """ "أصيب 11 متظاهرا ... في مواجهات": the injured protesters are not the clashes'
    actor."""
    text = (
        "أصيب 11 متظاهرا و5 من عناصر الأمن أمس في مواجهات خلال احتجاج نظمه مئات المعلمين "
        "أمام مبنى المحافظة في الناصرية."
    )
    (clash,) = [e for e in _unfiltered(text, "2025-10-27") if e.type == "ASSAULT"]
    assert clash.actor is None or clash.actor.text != "متظاهرا"
    assert clash.size.get("injured") == 11


def test_a_dispersal_by_force_is_an_attack_on_the_protesters() -> None:
    """ "فرقت قوات الأمن ... بالقوة مئات المتظاهرين": violent repression (CAMEO 175, PLOVER
    ASSAULT), the security forces acting on the protesters."""
    text = (
        "فرقت قوات الأمن الليبية مساء أمس بالقوة مئات المتظاهرين الذين تجمعوا في ميدان "
        "الشهداء وسط طرابلس."
    )
    (attack,) = [e for e in _unfiltered(text, "2025-05-17") if e.type == "ASSAULT"]
    assert attack.actor.text == "قوات الأمن الليبية" and attack.recipient.text == "المتظاهرين"


def test_a_claim_names_the_doer_of_the_attack_told_before() -> None:
    """ "وأعلنت حركة الشباب ... مسؤوليتها عن الهجوم" after a bombing with no actor: al-Shabaab
    did it; "ولم تعلن حركة الشباب مسؤوليتها" claims nothing; English the same."""
    told = "قُتل 9 أشخاص على الأقل أمس في انفجار سيارة مفخخة في مقديشو. "
    claimed = told + "وأعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها عن الهجوم في بيان."
    (attack,) = [e for e in _unfiltered(claimed, "2025-04-15") if e.type == "ASSAULT"]
    assert attack.actor is not None and attack.actor.text == "حركة الشباب"
    denied = told + "ولم تعلن حركة الشباب مسؤوليتها عن الهجوم."
    (attack,) = [e for e in _unfiltered(denied, "2025-04-15") if e.type == "ASSAULT"]
    assert attack.actor is None
    doc = extract_english(
        "A car bomb killed nine people at a checkpoint in Mogadishu on Tuesday. "
        "Al-Shabaab claimed responsibility for the attack."
    )
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.actor is not None and attack.actor.text == "Al-Shabaab"


def test_a_verb_with_the_object_pronoun_after_its_noun_names_the_doer() -> None:
    """ "منزل ... قصفته طائرة إسرائيلية", "بقذيفة أطلقتها جماعة الحوثي": the verb carries
    the noun as its object, and who did it follows; the noun before it is no actor."""
    text = (
        "وقالت مصادر طبية إن خمسة أشخاص قتلوا في منزل لعائلة أبو سمرة قصفته طائرة "
        "إسرائيلية في خان يونس."
    )
    (attack,) = [e for e in _unfiltered(text, "2025-07-20") if e.type == "ASSAULT"]
    assert attack.actor is not None and attack.actor.country == "ISR"
    text = "قُتل 3 صيادين بقذيفة مدفعية أطلقتها جماعة الحوثي على قارب صيد قبالة سواحل الخوخة."
    (attack,) = [e for e in _unfiltered(text, "2025-07-20") if e.type == "ASSAULT"]
    assert attack.actor is not None and "الحوثي" in attack.actor.text


def test_the_prisoners_society_as_source_is_no_sports_club() -> None:
    """ "حسب نادي الأسير الفلسطيني" (the Palestinian Prisoners' Society, the usual source of
    West Bank arrests) names no club: its "نادي" is no sports cue against the arrest."""
    text = (
        "وفي الضفة الغربية، اعتقلت القوات الإسرائيلية فجر السبت 18 فلسطينيا على الأقل في "
        "حملة مداهمات طالت بلدتي بيت أمر وسعير في محافظة الخليل، حسب نادي الأسير الفلسطيني."
    )
    arrests = [e for e in _unfiltered(text, "2025-07-20") if e.type == "COERCE"]
    assert [e.size.get("arrested") for e in arrests] == [18]


def test_who_is_named_in_a_charge_is_no_party() -> None:
    """ "اعتقلت السلطات 23 شخصا بتهمة التعاون مع الدعم السريع": the RSF is named in the
    charge, neither the arrest's recipient nor a cooperation that happened."""
    text = (
        "وفي مدينة الأبيض بولاية شمال كردفان، اعتقلت السلطات الأمنية 23 شخصا بتهمة التعاون "
        "مع الدعم السريع، بحسب ما أفاد مصدر في الشرطة."
    )
    events = _unfiltered(text, "2025-06-20")
    assert [(e.type, e.recipient) for e in events] == [("COERCE", None)]


def test_a_drone_is_no_march() -> None:
    """ "مسيرة" is a march or a drone: written "مسيّرة", or "by" one in an attack's
    sentence, it is the drone; a march stays a march."""
    headline = "غارة إسرائيلية {} تقتل شخصين في قضاء النبطية وعون يطالب واشنطن بالضغط على إسرائيل"
    for text in (headline.format("بمسيّرة"), headline.format("بمسيرة")):
        assert not [e for e in _unfiltered(text, "2025-04-10") if e.type == "PROTEST"]
    text = "وخرج آلاف المتظاهرين في مسيرة حاشدة وسط الرباط."
    assert [e.type for e in _unfiltered(text, "2025-04-10")] == ["PROTEST"]


def test_a_withdrawal_asked_for_is_no_withdrawal() -> None:
    """ "مطالبا واشنطن بالضغط على إسرائيل للانسحاب": a demand, whose withdrawal is what
    is asked for, not a withdrawal that happened."""
    text = (
        "وقال الرئيس اللبناني جوزيف عون أمس الأربعاء إن استمرار الاحتلال الإسرائيلي للنقاط "
        "الخمس يشكل خرقا واضحا للاتفاق، مطالبا واشنطن بالضغط على إسرائيل للانسحاب."
    )
    events = _unfiltered(text, "2025-04-10")
    assert "RETREAT" not in [e.type for e in events if e.modality == "asserted"]
    assert "REQUEST" in [e.type for e in events]


def test_the_group_a_count_is_of_is_the_victim() -> None:
    """ "قتل أكثر من 50 من عناصر حركة الشباب": al-Shabaab's men were killed; the group is
    the recipient, never the actor."""
    text = (
        "قالت الحكومة الصومالية إن الجيش الوطني، بدعم من قوات محلية، قتل أكثر من 50 من "
        "عناصر حركة الشباب في عملية عسكرية بمنطقة شبيلي الوسطى يوم الجمعة."
    )
    (attack,) = [e for e in _unfiltered(text, "2025-02-09") if e.type == "ASSAULT"]
    assert attack.recipient is not None and attack.recipient.text == "حركة الشباب"
    assert attack.actor is None or attack.actor.text != "حركة الشباب"


def test_the_speakers_own_forces_and_an_attack_no_one_claimed() -> None:
    """ "قالت حركة الشباب إن مقاتليها هاجموا ... وقتلوا 12 جنديا": al-Shabaab attacked,
    not the soldiers it killed; a car bomb "no party has claimed" takes no actor from the
    attack told before it."""
    text = (
        "قالت حركة الشباب عبر إذاعة الأندلس التابعة لها إن مقاتليها هاجموا قاعدة للجيش في "
        "بلدة مسجواي بإقليم غلغدود وقتلوا 12 جنديا.\n"
        "وفي العاصمة مقديشو، انفجرت سيارة مفخخة قرب مطعم مساء أمس، ما أسفر عن مقتل ثلاثة "
        "مدنيين وإصابة ثمانية، وفق الشرطة.\nولم تتبنّ أي جهة التفجير حتى الآن."
    )
    attacks = [e for e in extract_arabic(text, "2025-02-09").events if e.type == "ASSAULT"]
    claimed = next(e for e in attacks if e.size.get("killed") == 12)
    assert claimed.actor is not None and claimed.actor.text == "حركة الشباب"
    bomb = next(e for e in attacks if e.size.get("killed") == 3)
    assert bomb.actor is None


def test_the_forces_of_who_announces_are_its_side() -> None:
    text = (
        "وفي بونتلاند، أعلنت سلطات الإقليم أن قواتها سيطرت على كهوف في جبال كال مسكاد كانت "
        "تتحصن فيها عناصر تنظيم داعش."
    )
    (attack,) = [e for e in extract_arabic(text, "2025-02-09").events if e.type == "ASSAULT"]
    assert attack.actor is not None and attack.actor.text == "سلطات الإقليم"


def test_a_town_placed_against_another_is_where() -> None:
    """ "في قرية سنجل شمال رام الله": Sinjil, which lies north of Ramallah, is where."""
    text = (
        "وأضرم مستوطنون النار في منزلين وعدد من المركبات في قرية سنجل شمال رام الله مساء "
        "الجمعة، وأصيب أربعة فلسطينيين بجروح خلال تصديهم للهجوم."
    )
    (attack,) = [e for e in _unfiltered(text, "2025-07-20") if e.type == "ASSAULT"]
    assert attack.location is not None and attack.location["name"] == "Sinjil"


def test_an_english_dateline_is_neither_a_modal_nor_an_actor() -> None:
    """ "TRIPOLI, May 14 - Heavy clashes erupted ...": "May" is the month, no "may" of a
    hypothetical, and the dateline's place acts in nothing."""
    text = (
        "Clashes rock Tripoli after killing of militia chief\n"
        "TRIPOLI, May 14 - Heavy clashes erupted in Tripoli on Tuesday between forces loyal "
        "to the Government of National Unity and the Radaa Deterrence Force, killing at "
        "least eight people, the health ministry said."
    )
    (attack,) = [e for e in extract_cleaned(text, "2025-05-14").events if e.type == "ASSAULT"]
    assert attack.modality == "asserted" and attack.size.get("killed") == 8
    assert attack.actor is None or attack.actor.text != "TRIPOLI"


def test_an_event_record_says_where_its_date_came_from() -> None:
    text = (
        "قُتل ثلاثة أشخاص في قصف على بلدة في ريف إدلب يوم الأحد.\n"
        "وأصيب آخرون في انفجار عبوة ناسفة في المدينة."
    )
    records = [e.to_record("t") for e in extract_arabic(text, "2025-05-14").events]
    assert {r["date_basis"] for r in records} <= {"clause", "sentence", "lead", "published"}
    day = next(r for r in records if r["date_precision"] == "day")
    assert day["date_basis"] in ("clause", "sentence")


def test_a_doer_bound_to_its_weapon_far_from_the_trigger() -> None:
    """ "قُتل 3 صيادين وأصيب 5 آخرون أول أمس الخميس بقذيفة مدفعية أطلقتها جماعة الحوثي":
    the verb carrying the shell as its object names who fired it, however far from the
    trigger; "منزل لعائلة أبو سمرة قصفته طائرة إسرائيلية" with that verb as the trigger."""
    text = (
        "وفي محافظة الحديدة غربي البلاد، قُتل 3 صيادين وأصيب 5 آخرون أول أمس الخميس بقذيفة "
        "مدفعية أطلقتها جماعة الحوثي على قارب صيد قبالة سواحل مديرية الخوخة."
    )
    (attack,) = [e for e in _unfiltered(text, "2025-07-20") if e.type == "ASSAULT"]
    assert attack.actor is not None and attack.actor.text == "جماعة الحوثي"
    text = (
        "وقال المتحدث باسم الدفاع المدني في غزة محمود بصل إن طواقمه انتشلت جثامين ثلاثة "
        "شهداء من تحت أنقاض منزل لعائلة أبو سمرة قصفته طائرة إسرائيلية فجر اليوم."
    )
    (attack,) = [e for e in extract_arabic(text, "2025-07-20").events if e.type == "ASSAULT"]
    assert attack.actor is not None and attack.actor.country == "ISR"


def test_the_speakers_forces_after_the_verb_were_attacked() -> None:
    """ "إن الجيش الصومالي هاجم مقاتليها": the speaker's fighters are the verb's object."""
    text = (
        "قالت حركة الشباب عبر إذاعة الأندلس التابعة لها إن الجيش الصومالي هاجم مقاتليها في "
        "بلدة مسجواي بإقليم غلغدود وقتل 12 منهم يوم الجمعة."
    )
    attacks = [e for e in extract_arabic(text, "2025-02-09").events if e.type == "ASSAULT"]
    assert attacks and all(e.actor is None or e.actor.text != "حركة الشباب" for e in attacks)


def test_a_suspected_airstrike_is_no_charge() -> None:
    english = "Israel carried out a suspected airstrike on a weapons depot near Damascus, Syria."
    assert "ASSAULT" in [e.type for e in extract_english(english, "2025-02-09").events]


def test_a_march_by_which_people_protest_a_killing_stays_a_march() -> None:
    text = (
        "شارك آلاف الفلسطينيين بمسيرة حاشدة في مدينة نابلس احتجاجا على مقتل شاب برصاص الجيش "
        "الإسرائيلي."
    )
    assert "PROTEST" in [e.type for e in _unfiltered(text, "2025-02-09")]
