"""The place recognizer meets its pinned floors on the hand-checked SaudiNewsNet dev set.

Needs ../shared (the articles are read from SaudiNewsNet at run time); skips without it.
"""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from tests.conftest import REPO, SAUDINEWSNET, need_shared

EVAL_DIR = REPO / "eval" / "places"


def _evaluate_module():  # noqa: ANN202 - a module loaded from a path
    sys.path.insert(0, str(EVAL_DIR))
    spec = importlib.util.spec_from_file_location("places_evaluate", EVAL_DIR / "evaluate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


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
