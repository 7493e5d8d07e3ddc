"""Modality: negated, future, hypothetical, historical, question, headline."""

from __future__ import annotations

import pytest
from event_helpers import make_doc, mention

from marsad.document import Document
from marsad.events.detector import EventDetector
from marsad.events.modality import trigger_modality
from marsad.pipeline import Pipeline
from marsad.stages import build_pipeline
from marsad.text.tokens import tokenize


def _events(text: str, **kw: object):  # noqa: ANN202
    return EventDetector(models={})(make_doc(text, **kw)).events  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("لم تهاجم القوات الحكومية البلدة حتى الآن.", "negated"),
        ("ونفى الجيش قصف المستشفى في المدينة.", "negated"),
        ("واعتقلت الشرطة ثلاثة أشخاص في الرياض.", "asserted"),
        ("وقد تهاجم الجماعة المواقع الحكومية إذا فشلت المفاوضات.", "hypothetical"),
        ("وكان المسلحون قد أطلقوا النار على الدورية.", "asserted"),
        ("وقد تعرضت الدورية لهجوم مسلح.", "asserted"),
        ("وفي حال استمرار القصف ستتدخل القوات الدولية.", "hypothetical"),
        ("هل ستعتقل الحكومة قادة المعارضة؟", "hypothetical"),
        ("وتعتزم الحكومة فرض حظر التجول في المدينة.", "future"),
        ("وقال إنه مستعد لتوجيه أوامر بشن ضربات جوية على التنظيم.", "hypothetical"),
        ("وأحيت المدينة الذكرى السبعين لقصف المدينة بقنبلة نووية.", "historical"),
        ("ودأب التنظيم على إعدام الأسرى في الساحات العامة.", "historical"),
        ("ولم تستبعد المصادر مشاركة الوزير في اجتماع الوزراء.", "hypothetical"),
        ("وأعلن وزير الخارجية عزمه زيارة إيران.", "future"),
        ("ومثل الصحفي أمام المحكمة ثلاث مرات منذ توقيفه في طهران.", "historical"),
        ("وقال إن الحكومة لا بد أن تفرض حظر التجول في المدينة.", "hypothetical"),
        ("وكشف المصدر سبب تأخير إطلاق سراح الصيادين المعتقلين في الخرطوم.", "negated"),
        ("وأعلنت الحكومة إطلاق سراح الصيادين المعتقلين في الخرطوم.", "asserted"),
        # "any": no particular event ("not announced any arrests", "any attack")
        ("ولم يعلن الجيش الإسرائيلي عن أي اعتقالات في المنطقة.", "hypothetical"),
        ("وأعرب الوزير عن أمله في إلقاء القبض على مرتكبي الهجوم.", "hypothetical"),
        (
            "ورصدت الوزارة مكافأة لمن يدلي بمعلومات تؤدي إلى اعتقال القيادي في التنظيم.",
            "hypothetical",
        ),
        # a future verb carrying the event noun ("سيصعد الهجمات": attacks to come)
        ("وأعلن الحزب أنه سيصعد الهجمات على مواقع الجيش.", "future"),
        ("وقالت الحركة إنها ستواصل استهداف النواب.", "future"),
        # a one-word aside between commas does not end the governor's clause
        ("ومن المتوقع أن تصدر المحكمة، اليوم، أمرا باعتقال قادة المعارضة في المدينة.", "future"),
    ],
)
def test_modality(text: str, modality: str) -> None:
    events = _events(text)
    assert events, text
    assert events[0].modality == modality


@pytest.mark.parametrize(
    "text",
    [
        "وأوضح عضو الوفد أن الجماعة ما زالت تحتجز آلاف المختطفين، داعياً الأمم المتحدة إلى "
        "الضغط من أجل الإفراج عنهم.",
    ],
)
def test_what_a_call_or_a_purpose_seeks_has_not_happened(text: str) -> None:
    events = _events(text)
    # the release asked for is the call's topic (no record) or one not yet made
    assert all(e.modality == "hypothetical" for e in events if e.type == "RETREAT")
    assert "REQUEST" in {e.type for e in events}


def test_a_lexicon_noun_after_bare_lam_is_a_purpose() -> None:
    """ "تمهد لانسحابهم": a purpose, not a withdrawal told; "دعوة للمتطوعين" (with the
    article) and a classified type ("تعرضت لقصف") stay asserted."""
    retreats = [
        e
        for e in _events("وقالت المصادر إن الضربات تمهد لانسحابهم من المدينة.")
        if e.type == "RETREAT"
    ]
    assert retreats and all(e.modality == "hypothetical" for e in retreats)
    told = [e for e in _events("وبدأ انسحابهم من المدينة أمس.") if e.type == "RETREAT"]
    assert told and told[0].modality == "asserted"
    shelled = [e for e in _events("وتعرضت البلدة لقصف مدفعي عنيف.") if e.type == "ASSAULT"]
    assert shelled and shelled[0].modality == "asserted"


def test_wishing_to_fight_is_no_fight() -> None:
    events = _events("ومنعت السلطات تسجيل الرجال الراغبين في القتال عبر الحدود.")
    fights = [e for e in events if e.type == "ASSAULT"]
    assert fights and all(e.modality == "hypothetical" for e in fights)


def test_future_retreat_is_a_concession() -> None:
    """PLOVER: an announced withdrawal is CONCEDE (the modality stays future)."""
    events = _events("وأعلنت الحكومة أن قواتها ستنسحب من المدينة.")
    assert [(e.type, e.modality) for e in events] == [("CONCEDE", "future")]


def test_future_meeting_is_an_agreement() -> None:
    events = _events("وسيلتقي الرئيس نظيره الفرنسي في باريس.")
    assert [(e.type, e.modality) for e in events] == [("AGREE", "future")]


def test_an_announced_meeting_to_come_is_an_agreement_made() -> None:
    """ "أعلنت الأمم المتحدة أنها ستعقد جولة جديدة": the announcement, a promise to meet,
    took place (PLOVER's AGREE, asserted); a meeting to come with no one announcing it
    stays a future AGREE."""
    stages = build_pipeline(raw=True, events=True).stages[:-1]  # statements included
    detect = Pipeline([*stages, EventDetector(models={})])

    def agreements(text: str) -> list[tuple[str, str]]:
        doc = detect(Document(id="t", raw=text, published="2015-08-08"))
        return [(e.type, e.modality) for e in doc.events if e.type == "AGREE"]

    said = "وأعلنت الأمم المتحدة أنها ستعقد جولة جديدة من محادثات السلام يوم الاثنين في جنيف."
    assert agreements(said) == [("AGREE", "asserted")]
    assert agreements("وسيلتقي الرئيس نظيره الفرنسي في باريس.") == [("AGREE", "future")]


def test_historical_by_date() -> None:
    doc = make_doc("وعبرت فصائل مسلحة الحدود منذ 2012 لمحاربة جماعات المعارضة واعتقلت عشرات.")
    mention(doc, "2012", "DATE", value="2012", precision="year")
    events = EventDetector(models={})(doc).events
    assert events and all(e.modality == "historical" for e in events)
    assert events[0].date == "2012"


def test_headline_merges_into_body_event() -> None:
    text = "اعتقال خمسة مطلوبين في الرياض\n\nواعتقلت الشرطة خمسة مطلوبين في حي النسيم بالرياض أمس."
    events = _events(text)
    coerce = [e for e in events if e.type == "COERCE"]
    assert len(coerce) == 1
    assert coerce[0].evidence.text.startswith("واعتقلت")
    assert [e.text for e in coerce[0].more_evidence] == ["اعتقال خمسة مطلوبين في الرياض"]


def test_resultative_ma_is_no_negation() -> None:
    toks = tokenize("انفجرت عبوة ناسفة في السوق، ما أسفر عن مقتل ثلاثة أشخاص")
    i = next(k for k, t in enumerate(toks) if t.text == "أسفر")
    assert trigger_modality(toks, i, 0, len(toks), "ar")[0] == "asserted"
    toks = tokenize("ما هاجم الجيش القرية")
    assert trigger_modality(toks, 1, 0, len(toks), "ar")[0] == "negated"


def test_relative_ma_is_no_negation() -> None:
    # "وهو ما انتقدته": which the ministry criticized; a bare "ما" before it still negates
    for text, trigger in (
        ("تظاهر العشرات في المنامة، وهو ما انتقدته وزارة الداخلية", "انتقدته"),
        ("وأعلن الجيش بعد ما هاجم المسلحون القرية", "هاجم"),
    ):
        toks = tokenize(text)
        i = next(k for k, t in enumerate(toks) if t.text == trigger)
        assert trigger_modality(toks, i, 0, len(toks), "ar")[0] == "asserted", text
    toks = tokenize("وقال إن الجيش ما هاجم القرية")
    i = next(k for k, t in enumerate(toks) if t.text == "هاجم")
    assert trigger_modality(toks, i, 0, len(toks), "ar")[0] == "negated"


def test_a_time_between_commas_does_not_split_a_clause() -> None:
    from marsad.events.modality import clause_bounds

    toks = tokenize("شنت طائرات حربية إسرائيلية، أمس الأربعاء، غارات على دمشق")
    i = next(k for k, t in enumerate(toks) if t.text == "غارات")
    assert clause_bounds(toks, i, 0, len(toks))[0] == 0
    # a time followed by a preposition closes its clause
    toks = tokenize("قصف الحوثيون أحياء في تعز، ليلة السبت، في وقت شن الطيران غارات")
    i = next(k for k, t in enumerate(toks) if t.text == "غارات")
    assert toks[clause_bounds(toks, i, 0, len(toks))[0]].text == "في"
    # two words between commas that tell no time are a clause of their own
    toks = tokenize("قتل ثلاثة، وأصيب اثنان، في الهجوم على السوق")
    i = next(k for k, t in enumerate(toks) if t.text == "وأصيب")
    a, b = clause_bounds(toks, i, 0, len(toks))
    assert [t.text for t in toks[a:b]] == ["وأصيب", "اثنان"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأسهمت جهود رجال الأمن في منع هجمات إرهابية في عدة مناطق.", "هجمات"),
        ("وخفضت الحكومة الأسعار بهدف تجنب اندلاع أي احتجاجات في العاصمة.", "احتجاجات"),
    ],
)
def test_what_is_prevented_or_avoided_did_not_happen(text: str, trigger: str) -> None:
    toks = tokenize(text)
    i = next(k for k, t in enumerate(toks) if t.text == trigger)
    assert trigger_modality(toks, i, 0, len(toks), "ar")[0] == "negated"


def test_any_under_a_negation_is_none() -> None:
    """ "لم تشن القوات الأمريكية أي غارات": no raid at all, negated (not hypothetical)."""
    from marsad.document import Document
    from marsad.stages import build_pipeline

    text = "لم تشن القوات الأمريكية أي غارات على اليمن أمس."
    doc = build_pipeline(raw=True, events=True)(Document(id="t", raw=text, published="2024-06-25"))
    assert [e.modality for e in doc.events if e.type == "ASSAULT"] == ["negated"]
