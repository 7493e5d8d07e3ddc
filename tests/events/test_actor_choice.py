"""The learnt actor chooser (``events/actor_choice.py``), its use by the detector and its
trainer."""

from __future__ import annotations

from event_helpers import actor, extract_arabic, make_doc, mention

from marsad.document import ActorRef, Event, Evidence
from marsad.events.actor_choice import (
    ACTORS,
    candidate_features,
    candidates,
    choose_actor,
)
from marsad.events.classifier import LinearModel, shipped_model
from marsad.events.detector import EventDetector
from marsad.events.view import DocView
from tests.conftest import load_script

TEXT = "وقال مصدر محلي إن المقاومة الشعبية سيطرت على مواقع الحوثيين في تعز."


def _doc_and_event():  # noqa: ANN202 - a (Document, Event) pair
    doc = make_doc(TEXT)
    mention(doc, "مصدر محلي", "ORG", actor=actor("local source", "YEM", None))
    mention(doc, "المقاومة الشعبية", "ORG", actor=actor("Popular Resistance", "YEM", "UAF"))
    mention(doc, "الحوثيين", "ORG", actor=actor("Houthis", "YEM", "REB"))
    start = TEXT.index("سيطرت")
    ev = Event(
        "d:e1",
        "ASSAULT",
        Evidence(0, len(TEXT), TEXT),
        actor=ActorRef("مصدر محلي", country="YEM"),
        trigger=Evidence(start, start + 5, "سيطرت"),
    )
    return doc, ev


def test_candidates_and_their_features() -> None:
    doc, ev = _doc_and_event()
    view = DocView(doc)
    cands = candidates(view, ev)
    assert [m.text for m in cands] == ["مصدر محلي", "المقاومة الشعبية", "الحوثيين"]
    source = candidate_features(view, ev, cands[0], 0, 3)
    resistance = candidate_features(view, ev, cands[1], 1, 3)
    houthis = candidate_features(view, ev, cands[2], 2, 3)
    assert {"rule=actor", "side=before", "comp=True", "sec=-"} <= source
    assert {
        "side=before",
        "comp=False",
        "sec=UAF",
        "sd=before|0",
        "tp=ASSAULT|before",
    } <= resistance
    assert "rule=actor" not in resistance
    assert {"side=after", "pw=مواقع", "sec=REB"} <= houthis


def test_the_chooser_acts_only_when_sure_and_clearly_better() -> None:
    doc, ev = _doc_and_event()
    view = DocView(doc)
    weights = {"comp=False": 2.0, "sec=UAF": 1.0, "rule=actor": -1.0, "side=after": -3.0}
    model = LinearModel(ACTORS, bias=-1.0, threshold=0.5, weights=weights, meta={"margin": 0.1})
    assert choose_actor(view, ev, model).text == "المقاومة الشعبية"
    # not sure enough, or not clearly better than the rules' choice: the rules stand
    model.threshold = 0.95
    assert choose_actor(view, ev, model) is None
    model.threshold, model.meta["margin"] = 0.5, 0.99
    assert choose_actor(view, ev, model) is None


def test_the_detector_applies_the_chooser_after_the_record_filter() -> None:
    doc, _ = _doc_and_event()
    model = LinearModel(
        ACTORS, bias=-1.0, threshold=0.5, weights={"sec=UAF": 4.0}, meta={"margin": 0.1}
    )
    with_choice = EventDetector(models={ACTORS: model})(doc)
    assert [(e.type, e.actor.text) for e in with_choice.events] == [("ASSAULT", "المقاومة الشعبية")]
    doc2, _ = _doc_and_event()
    traced = EventDetector(models={ACTORS: model})
    traced.actor_trace = []
    traced(doc2)
    assert len(traced.actor_trace) == len(doc2.events) == 1  # features kept, nothing changed
    assert [m.text for m, _ in traced.actor_trace[0][1]][1] == "المقاومة الشعبية"


def test_the_shipped_model_carries_its_choice_and_provenance() -> None:
    model = shipped_model(ACTORS, "ar")
    assert model is not None and 0.0 < model.threshold < 1.0
    assert model.meta["margin"] >= 0.0
    assert model.meta["cv_right"] >= model.meta["rules_right"]
    assert "gold" in model.meta["data"]
    assert shipped_model(ACTORS, "en") is None  # the gold is Arabic: English keeps its rules


def test_the_trainer_scores_the_chooser_out_of_fold() -> None:
    trainer = load_script("train/events/train_actor_choice.py", "train_actor_choice")
    rec = trainer.Record("a", False, [({"rule=actor"}, 0, False), ({"x"}, 1, True)])
    assert trainer.right_share([rec], [[0.2, 0.9]], 0.5, 0.1) == 1.0  # the chooser fixes it
    assert trainer.right_share([rec], [[0.2, 0.9]], 0.95, 0.1) == 0.0  # not sure: rules stand
    assert trainer.right_share([rec], [[0.85, 0.9]], 0.5, 0.1) == 0.0  # not clearly better


def test_a_record_merging_many_sentences_reads_candidates_from_a_few() -> None:
    from marsad.events.actor_choice import MAX_SPANS

    text = " ".join(["قال مصدر محلي إن المقاومة الشعبية سيطرت على مواقع في تعز."] * (MAX_SPANS + 5))
    doc = make_doc(text)
    for k in range(MAX_SPANS + 5):
        mention(doc, "المقاومة الشعبية", "ORG", nth=k, actor=actor("Resistance", "YEM", "UAF"))
    spans = [Evidence(m.start, m.end, m.text) for m in doc.mentions if m.kind == "ORG"]
    ev = Event("d:e1", "ASSAULT", spans[0], more_evidence=spans[1:])
    assert len(candidates(DocView(doc), ev)) == MAX_SPANS


def test_who_a_source_phrase_names_is_no_candidate() -> None:
    text = (
        "قُتل 14 مدنياً، يوم الأربعاء، في قصف مدفعي شنته قوات الدعم السريع على مخيم أبو شوك "
        "شمالي مدينة الفاشر، وفق ما أعلنت تنسيقية لجان المقاومة في الفاشر."
    )
    ev = next(e for e in extract_arabic(text).events if e.type == "ASSAULT")
    assert ev.actor.text == "قوات الدعم السريع"
