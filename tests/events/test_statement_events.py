"""Verbal events read from statements by learnt models (marsad.events.statement_events)."""

from __future__ import annotations

from marsad.document import Document
from marsad.events.classifier import LinearModel, shipped_model
from marsad.events.detector import EventDetector
from marsad.events.statement_events import (
    STATEMENT_TYPES,
    is_statement_model,
    model_key,
    statement_features,
)
from marsad.events.view import DocView
from marsad.pipeline import Pipeline
from marsad.stages import build_pipeline

TEXT = (
    "وقال وزير الخارجية السعودي عادل الجبير أمس الأحد إن إيران تقوم بأنشطة تزعزع "
    "الاستقرار في المنطقة."
)


def _mentions_only() -> Pipeline:
    pipe = build_pipeline(raw=True, events=True)
    return Pipeline(pipe.stages[:-1])


def _doc() -> Document:
    return _mentions_only()(Document(id="t", raw=TEXT, published="2015-08-03"))


def _accuse_model(threshold: float = 0.5) -> LinearModel:
    # only the content word decides: "تزعزع" (destabilize) says an accusation
    return LinearModel(model_key("ACCUSE"), -5.0, threshold, {"w=تزعزع": 10.0})


def test_features_read_the_verb_the_content_and_the_speaker() -> None:
    doc = _doc()
    assert doc.statements, "the statements stage finds the statement"
    feats = statement_features(DocView(doc), doc.statements[0])
    assert {"w=تزعزع", "q=indirect", "other_actor=True"} <= feats
    assert any(f.startswith("v=") for f in feats)


def test_a_statement_the_model_scores_high_is_an_event_of_its_speaker() -> None:
    doc = EventDetector(models={model_key("ACCUSE"): _accuse_model()})(_doc())
    accuse = [e for e in doc.events if e.type == "ACCUSE"]
    assert len(accuse) == 1
    ev = accuse[0]
    assert ev.actor is not None and ev.actor.country == "SAU"
    assert ev.recipient is not None and ev.recipient.country == "IRN"
    assert ev.trigger is not None and ev.trigger.text.endswith("قال")
    assert ev.date == "2015-08-02" and ev.modality == "asserted"
    assert ev.evidence.text == TEXT and 0.5 <= ev.confidence < 1.0


def test_no_event_below_the_threshold_without_a_model_or_when_turned_off() -> None:
    assert not [
        e
        for e in EventDetector(models={model_key("ACCUSE"): _accuse_model(0.9999)})(_doc()).events
        if e.type == "ACCUSE"
    ]
    assert not [e for e in EventDetector(models={})(_doc()).events if e.type == "ACCUSE"]
    off = EventDetector(statement_events=False)
    assert off.model(model_key("ACCUSE"), "ar") is None


def test_a_sentence_with_an_event_of_the_type_gets_no_second_one() -> None:
    text = (
        "واتهم وزير الخارجية السعودي عادل الجبير إيران بدعم الإرهاب، وقال إن إيران تزعزع المنطقة."
    )
    doc = _mentions_only()(Document(id="t", raw=text, published="2015-08-03"))
    doc = EventDetector(models={model_key("ACCUSE"): _accuse_model()})(doc)
    assert len([e for e in doc.events if e.type == "ACCUSE"]) == 1


def test_shipped_models_carry_their_provenance() -> None:
    assert is_statement_model("SAYS_ACCUSE") and not is_statement_model("ACCUSE")
    shipped = [t for t in STATEMENT_TYPES if shipped_model(model_key(t), "ar") is not None]
    assert "ACCUSE" in shipped
    for t in shipped:
        model = shipped_model(model_key(t), "ar")
        assert "article gold" in model.meta["data"] and model.meta["cv5_added_right"] > 0
        assert 0.0 < model.threshold < 1.0
    assert shipped_model(model_key("ACCUSE"), "en") is None


def test_one_speaker_saying_it_again_is_one_record_with_both_sentences() -> None:
    # "وقال ... إن" then "وأضاف أن": one accusation told twice, as the article gold codes it
    text = TEXT + " وأضاف الجبير أن إيران تزعزع أمن لبنان واليمن."
    doc = _mentions_only()(Document(id="t", raw=text, published="2015-08-03"))
    doc = EventDetector(models={model_key("ACCUSE"): _accuse_model()})(doc)
    accuse = [e for e in doc.events if e.type == "ACCUSE"]
    assert len(accuse) == 1
    assert [sp.text for sp in accuse[0].more_evidence] == [text[len(TEXT) + 1 :]]
