"""CI floors of actor linking on the dev and test splits (eval/actors/floors.json)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import REPO, SHARED, load_script, need_shared

EVAL = REPO / "eval" / "actors"


def _evaluate_module():  # noqa: ANN202 - a module loaded from a path
    return load_script("eval/actors/evaluate.py", "actors_evaluate")


@pytest.mark.parametrize("mode", ["pipeline", "linker"])
@pytest.mark.parametrize("split", ["dev", "test"])
def test_linking_meets_its_floors(split, mode):
    need_shared(SHARED / "data" / "events" / "assault_spans.json")
    need_shared(SHARED / "data" / "news" / "saudinewsnet")
    ev = _evaluate_module()
    results = ev.evaluate(split, linker_only=mode == "linker")
    figures = {k: {f: v for f, v in r.items() if f != "errors"} for k, r in results.items()}
    floors = json.loads((EVAL / "floors.json").read_text(encoding="utf-8"))
    assert floors[mode][split], "no floors pinned"
    assert ev.check_floors(figures, split, mode) == []


def test_gold_sets_are_sound():
    need_shared(SHARED / "data" / "events" / "assault_spans.json")
    ev = _evaluate_module()
    dev, test = ev.events_gold("dev"), ev.events_gold("test")
    assert len(dev) > 300 and len(test) > 300
    assert not {g.doc_key for g in dev} & {g.doc_key for g in test}
    for g in dev + test:
        assert g.text[g.start : g.end]
        assert g.country is None or len(g.country) == 3
    snn = ev.snn_gold()
    assert len(snn) >= 90
    assert all(g.text[g.start : g.end] == g.words for g in snn)
