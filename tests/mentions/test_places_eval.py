"""The place recognizer meets its pinned floors on the hand-checked SaudiNewsNet dev set.

Needs ../shared (the articles are read from SaudiNewsNet at run time); skips without it.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import REPO, SAUDINEWSNET, load_script, need_shared

EVAL_DIR = REPO / "eval" / "places"


def _evaluate_module():  # noqa: ANN202 - a module loaded from a path
    return load_script("eval/places/evaluate.py", "places_evaluate")


def test_dev_set_is_well_formed() -> None:
    total = 0
    for part in ("tune", "test"):
        for line in (EVAL_DIR / f"{part}.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            assert {"zip", "index", "sha1", "mentions"} <= set(rec)
            for m in rec["mentions"]:
                assert m["end"] > m["start"]
                assert m["gold"] == "ign" or m["country"]
                total += m["gold"] != "ign"
    assert total >= 300


@pytest.mark.parametrize("part", ["tune", "test"])
def test_floors(part: str) -> None:
    need_shared(SAUDINEWSNET)
    floors = json.loads((EVAL_DIR / "floors.json").read_text())[part]
    score = _evaluate_module().evaluate(part).summary()
    assert score["exact"] >= floors["exact"], score
    assert score["country"] >= floors["country"], score
    assert score["found"] >= floors["found"], score
    assert score["false_place"] <= floors["false_place_max"], score


def test_random_news_audit_floor() -> None:
    need_shared(SAUDINEWSNET)
    floors = json.loads((EVAL_DIR / "floors.json").read_text())["audits"]
    result = load_script("eval/places/audit_score.py", "places_audit_score").score()
    mentions = sum(c["mentions"] for c in result.values())
    judged = sum(c["judged"] for c in result.values())
    false = sum(c["false"] for c in result.values())
    assert judged >= floors["judged_min"] * mentions, result
    assert false <= floors["false_place_max"] * judged, result
