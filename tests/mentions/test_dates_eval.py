"""The date stage meets its pinned floors on the hand-checked SaudiNewsNet dev set.

Needs ../shared (the passages are read from SaudiNewsNet at run time); skips without it.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import REPO, SAUDINEWSNET, load_script, need_shared

EVAL_DIR = REPO / "eval" / "dates"


def _evaluate_module():  # noqa: ANN202 - a module loaded from a path
    return load_script("eval/dates/evaluate.py", "dates_evaluate")


def test_dev_set_is_well_formed() -> None:
    items = [json.loads(line) for line in (EVAL_DIR / "dev.jsonl").read_text().splitlines()]
    assert sum(len(it["gold"]) for it in items) >= 300
    assert {it["split"] for it in items} == {"dev", "test"}
    assert len({it["outlet"] for it in items}) >= 13
    for it in items:
        assert "text" not in it  # pointers only: no article text is committed
        for g in it["gold"]:
            assert g["precision"] in {"day", "week", "month", "year"}
            assert 0 <= g["start"] < g["end"] <= it["end"] - it["start"]


@pytest.mark.parametrize("split", ["dev", "test"])
def test_floors(split: str) -> None:
    need_shared(SAUDINEWSNET)
    floors = json.loads((EVAL_DIR / "floors.json").read_text())[split]
    result = _evaluate_module().evaluate(split)
    assert result["found_rate"] >= floors["found"], result["errors"]
    assert result["exact_rate"] >= floors["exact"], result["errors"]
    assert result["fp_rate"] <= floors["fp_rate_max"], result["errors"]


def test_every_passage_matches_its_checksum() -> None:
    need_shared(SAUDINEWSNET)
    passage = load_script("eval/dates/corpus.py", "dates_corpus").passage

    for line in (EVAL_DIR / "dev.jsonl").read_text().splitlines():
        item = json.loads(line)
        text = passage(item)
        for g in item["gold"] + item.get("ignore", []):
            assert text[g["start"] : g["end"]] == g["text"]
