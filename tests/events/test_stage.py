"""The stages in a pipeline and the extract records they produce."""

from __future__ import annotations

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
    ev = events[0]["evidence"]
    assert text[ev["start"] : ev["end"]] == ev["text"]
    assert {"speaker", "verb", "content", "quote", "date", "evidence"} <= set(statements[0])


def test_degrades_without_mentions_or_tokens() -> None:
    doc = Document(id="x", raw="واعتقلت الشرطة خمسة أشخاص.", lang="ar")
    doc = EventDetector()(doc)
    assert [e.type for e in doc.events] == ["COERCE"]
    assert doc.events[0].actor is None and doc.events[0].location is None


def test_verbal_event_without_actor_takes_the_statement_speaker() -> None:
    pipe = build_pipeline(raw=True, events=True)
    text = "وقال وزير الخارجية العراقي إن الوضع خطير. وأضاف: نطالب المجتمع الدولي بالتدخل فورا."
    doc = pipe(Document(id="d1", raw=text, published="2015-08-08"))
    (request,) = [e for e in doc.events if e.type == "REQUEST"]
    assert request.actor is not None and request.actor.country == "IRQ"
