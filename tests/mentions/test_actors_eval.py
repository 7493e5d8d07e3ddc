"""CI floors of actor linking on the dev and test splits (eval/actors/floors.json)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
EVAL = REPO / "eval" / "actors"


def need_shared(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} not present: ../shared data is not available in this checkout")


def _evaluate_module():
    spec = importlib.util.spec_from_file_location("actors_evaluate", EVAL / "evaluate.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("split", ["dev", "test"])
def test_linking_meets_its_floors(split):
    need_shared(SHARED / "data" / "events" / "assault_spans.json")
    need_shared(SHARED / "data" / "news" / "saudinewsnet")
    ev = _evaluate_module()
    results = ev.evaluate(split)
    figures = {k: {f: v for f, v in r.items() if f != "errors"} for k, r in results.items()}
    floors = json.loads((EVAL / "floors.json").read_text(encoding="utf-8"))
    assert floors[split], "no floors pinned"
    assert ev.check_floors(figures, split) == []


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
