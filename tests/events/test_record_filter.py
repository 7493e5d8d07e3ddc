"""The record filter: features of a record in its article, scoring, dropping, exemptions,
the shipped model, its training arithmetic and ``--all-records``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.cli import main
from marsad.document import ActorRef, Document, Event, Evidence
from marsad.events.classifier import LinearModel, shipped_model
from marsad.events.detector import LEXICAL, EventDetector
from marsad.events.record_filter import (
    RECORDS,
    document_features,
    exempted,
    filter_records,
    shipped_record_model,
)
from marsad.pipeline import Pipeline
from marsad.stages import build_pipeline
from tests.conftest import load_script


def _event(t: str, start: int = 0, **kw: object) -> Event:
    return Event(id="", type=t, evidence=Evidence(start, start + 5, "نص"), **kw)  # type: ignore[arg-type]


def test_features_place_a_record_in_its_article() -> None:
    evs = [
        _event("ASSAULT", 0, date="2015-07-20", date_precision="day", confidence=0.83),
        _event("COERCE", 0, modality="asserted"),
        _event("ASSAULT", 40, actor=ActorRef("الجيش", country="IRQ", sector="MIL")),
        _event("CONSULT", 40, modality="future"),  # not asserted: no features
    ]
    feats = document_features(evs, {0: 0, 40: 3}, "2015-07-21")
    assert set(feats) == {0, 1, 2}
    first, third = feats[0], feats[2]
    assert {"t=ASSAULT", "others=1", "same=1", "first=True", "lag=0-1", "conf=8"} <= first
    assert {"records=1", "dp=day", "actor=ASSAULT:False"} <= first
    assert {"others=0", "sentence=1", "first=False", "asector=MIL", "acountry=True"} <= third
    assert "lag=none" in third  # no date
    # how many sentences back the last record of its type was told: none for the first
    assert "after_same=none" in first and "after_same=3" in third
    assert "after_same=none" in feats[1]  # the first COERCE


def test_low_records_are_dropped_and_the_rest_rescored() -> None:
    model = LinearModel(RECORDS, 0.0, 0.5, {"t=COOPERATE": -3.0, "t=ASSAULT": 2.0})
    evs = [_event("ASSAULT"), _event("COOPERATE"), _event("COOPERATE", modality="future")]
    kept = filter_records(evs, {0: 0}, None, model)
    assert [(e.type, e.modality) for e in kept] == [
        ("ASSAULT", "asserted"),
        ("COOPERATE", "future"),
    ]
    assert kept[0].confidence == pytest.approx(0.881, abs=1e-3)
    # drop=False keeps every record, each with the model's score
    evs = [_event("ASSAULT"), _event("COOPERATE")]
    kept = filter_records(evs, {0: 0}, None, model, drop=False)
    assert [round(e.confidence, 3) for e in kept] == [0.881, 0.047]


def test_exempt_types_are_kept_as_they_are() -> None:
    model = LinearModel(RECORDS, -9.0, 0.5, {}, {"exempt_types": ["RETREAT"]})
    evs = [_event("RETREAT", confidence=0.7), _event("CONSULT")]
    kept = filter_records(evs, {0: 0}, None, model)
    assert [(e.type, e.confidence) for e in kept] == [("RETREAT", 0.7)]
    meta = {"exempt_types": ["RETREAT"], "exempt_political": True}
    soldiers = ActorRef("جنود", country="SYR", sector="MIL")
    assert exempted(_event("RETREAT", actor=soldiers), meta)
    assert not exempted(_event("RETREAT"), meta)  # no political participant
    assert not exempted(_event("CONSULT", actor=soldiers), meta)
    # a "TYPE:mode" entry exempts that mode alone: a withdrawal, not a ceasefire
    meta = {"exempt_types": ["RETREAT:withdraw"]}
    assert exempted(_event("RETREAT", mode="withdraw"), meta)
    assert not exempted(_event("RETREAT", mode="ceasefire"), meta)


def test_a_told_killing_is_kept_whatever_its_score() -> None:
    """An attack with a stated toll on a day the text gives stays; one dated by the
    report's week, or without a toll, is scored."""
    model = LinearModel(RECORDS, -9.0, 0.5, {}, {})
    told = _event("ASSAULT", confidence=0.8)
    told.size, told.date, told.date_precision, told.date_source = (
        {"killed": 23},
        "2025-09-09",
        "day",
        "sentence",
    )
    fallback = _event("ASSAULT")
    fallback.size, fallback.date, fallback.date_precision, fallback.date_source = (
        {"killed": 23},
        "2025-09-09",
        "day",
        "published",
    )
    kept = filter_records([told, fallback, _event("ASSAULT")], {0: 0}, None, model)
    assert [(e.size, e.confidence) for e in kept] == [({"killed": 23}, 0.8)]


#: Prose with no event, to make a text as long as the articles the record filter learnt from.
FILLER = " وتقع المدينة على ضفة النهر، ويعمل معظم سكانها في الزراعة والتجارة منذ قرون." * 6


def test_the_detector_applies_the_record_model_it_is_given() -> None:
    stages = build_pipeline(raw=True, events=True).stages[:-1]
    text = "واعتقلت الشرطة خمسة أشخاص في المدينة." + FILLER
    drop_all = LinearModel(RECORDS, -9.0, 0.5, {})
    for models, n in (({}, 1), ({RECORDS: drop_all}, 0)):
        doc = Pipeline([*stages, EventDetector(models=models)])(Document(id="d", raw=text))
        assert len([e for e in doc.events if e.type == "COERCE"]) == n
    kept = Pipeline([*stages, EventDetector(models={RECORDS: drop_all}, all_records=True)])(
        Document(id="d", raw=text)
    ).events
    assert kept and kept[0].confidence < 0.01


def test_the_shipped_model_keeps_the_movements_users_watch() -> None:
    model = shipped_record_model("ar")
    assert model is not None and 0 < model.threshold < 1
    assert {"MOBILIZE", "RETREAT:withdraw", "COERCE"} <= set(model.meta["exempt_types"])
    assert "AID" not in model.meta["exempt_types"]  # aid records are scored (SCORED_WATCHED)
    # the lexicon filter reads coercion's words since stop 21 ("منع العرق من التبخر")
    lexical = shipped_model(LEXICAL, "ar")
    assert lexical is not None and "COERCE" not in lexical.meta["exempt_types"]
    assert model.meta["cv"]["f1"] > model.meta["keep_all"]["f1"]


def test_training_counts_dropped_right_records_as_misses() -> None:
    train = load_script("train/events/train_record_filter.py", "train_record_filter")
    # 3 right and 1 false record; 2 gold events missed by the detector; 1 right and
    # 1 false record of an exempt type always kept
    probs, labels = [0.9, 0.8, 0.1, 0.05], [1, 1, 1, 0]
    p, r, f = train.event_scores(probs, labels, 2, 0.5, (1, 1))
    assert (p, r) == (0.75, 0.5)  # kept 2 + 1 right, 1 false; 6 gold events
    assert train.event_scores(probs, labels, 2, 0.0, (1, 1))[1] == round(4 / 6, 4)


def test_the_grid_can_be_scored_on_some_rounds() -> None:
    """Event scores over the fresh rounds only count their rows, misses and kept records."""
    train = load_script("train/events/train_record_filter.py", "train_record_filter")
    rows = train.Rows(
        docs=["a", "a", "b", "b"],
        rounds=[1, 1, 33, 33],
        feats=[set()] * 4,
        labels=[1, 0, 1, 0],
        misses={1: 0, 33: 1},
        kept={1: (0, 0), 33: (1, 0)},
    )
    probs = [0.9, 0.9, 0.9, 0.1]
    assert rows.scores(probs, 0.5) == train.event_scores(probs, [1, 0, 1, 0], 1, 0.5, (1, 0))
    # round 33 alone: its right record kept, its false one dropped, one kept exempt, one miss
    assert rows.scores(probs, 0.5, frozenset({33})) == (1.0, round(2 / 3, 4), 0.8)
    assert {33, 46, 47} <= train.FRESH_ROUNDS


def test_all_records_keeps_what_the_filter_leaves_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "protest.txt"
    f.write_text("وتظاهر آلاف في كل من الهند وباكستان وبنغلاديش." + FILLER, encoding="utf-8")

    def events(*extra: str) -> list[dict]:
        assert main(["extract", str(f), "--published", "2024-12-09", *extra]) == 0
        out = capsys.readouterr().out
        return [r for r in map(json.loads, out.splitlines()) if r["kind"] == "event"]

    # the shipped model keeps a record at least as confident as its threshold
    model = shipped_record_model("ar")
    assert model is not None
    kept = events()
    assert all(r["confidence"] >= model.threshold for r in kept)
    # a model that rejects every record: extract leaves the protest out, --all-records
    # keeps it with that model's score
    rejects_all = LinearModel(RECORDS, -9.0, 0.5, {})
    monkeypatch.setattr("marsad.events.detector.shipped_record_model", lambda lang: rejects_all)
    assert not events()
    every = events("--all-records")
    assert [r["type"] for r in every] == ["PROTEST"] and every[0]["confidence"] < 0.01


def test_a_text_shorter_than_any_learnt_article_keeps_its_records() -> None:
    """The filter learnt from articles of 400 characters and more: a lone report keeps
    its record, scored, whatever the model says."""
    from marsad.events.detector import SHORTEST_FILTERED

    stages = build_pipeline(raw=True, events=True).stages[:-1]
    drop_all = LinearModel(RECORDS, -9.0, 0.5, {})
    detect = Pipeline([*stages, EventDetector(models={RECORDS: drop_all})])
    short = "واعتقلت الشرطة خمسة أشخاص في المدينة."
    assert len(short) < SHORTEST_FILTERED <= len(short + FILLER)
    (kept,) = [e for e in detect(Document(id="d", raw=short)).events if e.type == "COERCE"]
    assert kept.confidence < 0.01
    assert not [
        e for e in detect(Document(id="d", raw=short + FILLER)).events if e.type == "COERCE"
    ]
