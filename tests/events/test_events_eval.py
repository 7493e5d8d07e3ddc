"""Quality floors (eval/events/floors.json) on the GSR dev half and the own dev set."""

from __future__ import annotations

import json

import pytest

from tests.conftest import REPO, SHARED, load_script

FLOORS = json.loads((REPO / "eval" / "events" / "floors.json").read_text(encoding="utf-8"))


def _evaluate():  # noqa: ANN202 - a module loaded from a path
    return load_script("eval/events/evaluate.py", "events_evaluate")


@pytest.mark.parametrize("event_type", ["ASSAULT", "PROTEST"])
def test_gsr_floor(event_type: str) -> None:
    if not (SHARED / "data" / "events" / f"{event_type.lower()}_gsr.csv").exists():
        pytest.skip("../shared not present: GSR data is not available in this checkout")
    scores = _evaluate().gsr_scores(event_type)
    floor = FLOORS[f"gsr_{event_type.lower()}"]
    for k in ("precision", "recall", "f1"):
        assert scores[k] >= floor[k], (event_type, scores, floor)
    # the same folds' figures on Marsad's own SaudiNewsNet labels
    if (SHARED / "data" / "news" / "saudinewsnet").exists():
        own, floor = scores["snn"], FLOORS[f"snn_{event_type.lower()}"]
        for k in ("precision", "recall", "f1"):
            assert own[k] >= floor[k], (event_type, own, floor)


def test_own_dev_floor() -> None:
    if not (SHARED / "data" / "news" / "saudinewsnet").exists():
        pytest.skip("../shared not present: SaudiNewsNet is not available in this checkout")
    scores = _evaluate().dev_scores()
    assert scores["skipped"] == 0
    floor = FLOORS["dev_other"]
    for k in ("precision", "recall", "f1"):
        assert scores["other_types"][k] >= floor[k], (scores["other_types"], floor)


def test_article_events_floor() -> None:
    if not (SHARED / "data" / "news" / "saudinewsnet").exists():
        pytest.skip("../shared not present: SaudiNewsNet is not available in this checkout")
    result = load_script("eval/events/evaluate_articles.py", "events_articles").score(part="every")
    assert result["articles"] == 220
    floor = FLOORS["articles"]
    for k in ("f1", "date", "place_country", "actor_country"):
        assert result[k] >= floor[k], (k, result, floor)


def test_roles_floor() -> None:
    if not (SHARED / "data" / "events" / "assault_spans.json").exists():
        pytest.skip("../shared not present: the GSR spans are not available in this checkout")
    result = load_script("eval/events/evaluate_roles.py", "events_roles").score()
    floor = FLOORS["roles"]
    for t, row in result.items():
        for role in ("actor", "recipient"):
            key = f"{t.lower()}_{role}"
            assert row[role]["accuracy"] >= floor[key], (key, row, floor)


def test_lexical_filter_floor() -> None:
    if not (SHARED / "data" / "news" / "saudinewsnet").exists():
        pytest.skip("../shared not present: SaudiNewsNet is not available in this checkout")
    scores = _evaluate().lexical_scores()
    floor = FLOORS["lexical_filter"]
    for k in ("precision", "recall", "f1"):
        assert scores[k] >= floor[k], (scores, floor)
    assert scores["f1"] > scores["keep_all_f1"]  # the filter beats keeping every mention


def test_article_eval_takes_models_from_a_folder(tmp_path) -> None:  # noqa: ANN001
    from marsad.events.classifier import LinearModel

    script = load_script("eval/events/evaluate_articles.py", "events_articles")
    assert script._models(None) is None
    shipped = script._models(tmp_path)  # nothing there: the shipped models
    assert set(shipped) == {"ASSAULT", "PROTEST", "LEXICAL"}
    LinearModel("LEXICAL", -9.0, 0.5, {}, {"exempt_political": False}).save(
        tmp_path / "ar_lexical.json.gz"
    )
    models = script._models(tmp_path)
    assert models["LEXICAL"].meta == {"exempt_political": False}
    assert models["ASSAULT"] is shipped["ASSAULT"]
