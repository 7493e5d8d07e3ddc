"""Attribution: source phrases and reporting frames."""

from __future__ import annotations

from event_helpers import actor, make_doc, mention

from marsad.events.detector import EventDetector


def _attr(text: str, place: str | None = None):  # noqa: ANN202
    doc = make_doc(text)
    if place:  # a flight is a retreat toward a place the places stage found
        mention(doc, place, "LOC")
    events = EventDetector(models={})(doc).events
    assert events, text
    return events[0].attribution


def test_hasbama_qala() -> None:
    text = "فرّ نحو ألفي جندي إلى العراق يوم السبت، حسبما قال مصدر محلي للعربي الجديد."
    assert _attr(text, "العراق") == {"text": "مصدر محلي", "speaker": None}


def test_naqlan_an() -> None:
    text = "وذكرت وسائل إعلام دولية أنه تم نشر المزيد من المقاتلين في المدينة، نقلاً عن ضباط سوريين."
    assert _attr(text)["text"] == "ضباط سوريين"


def test_bihasab_ma_afad() -> None:
    # "بحسب ما أفاد X": the source is X, not the "ما" after "بحسب"
    text = "واعتقلت الشرطة خمسة أشخاص في جدة، بحسب ما أفاد مصدر أمني."
    assert _attr(text)["text"] == "مصدر أمني"


def test_a_source_naming_committees_is_whole() -> None:
    # "لجان" is committees, not the dative ل + "جان": the source runs on
    text = "واعتقلت الشرطة خمسة أشخاص في الفاشر، وفق ما أعلنت تنسيقية لجان المقاومة."
    assert _attr(text)["text"] == "تنسيقية لجان المقاومة"


def test_reporting_frame() -> None:
    text = "وذكرت وسائل إعلام عراقية أن قوات الأمن اعتقلت عشرة أشخاص في البصرة."
    assert _attr(text)["text"] == "وسائل إعلام عراقية"


def test_speaker_is_the_linked_actor() -> None:
    doc = make_doc("وقال وزير الداخلية إن الشرطة اعتقلت خمسة مهربين.")
    mention(doc, "وزير الداخلية", "PER", actor=actor("Minister of Interior", "IRQ", "GOV"))
    ev = EventDetector(models={})(doc).events[0]
    assert ev.attribution["text"] == "وزير الداخلية"
    assert ev.attribution["speaker"]["country"] == "IRQ"


def test_no_source() -> None:
    assert _attr("واعتقلت الشرطة خمسة أشخاص في جدة.") is None
