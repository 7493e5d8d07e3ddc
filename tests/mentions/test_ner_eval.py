"""The CI floor: the dev-split NER model on ANERcorp's held-out block (needs ../shared)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import REPO, SHARED, load_script


def _evaluate_module():  # noqa: ANN202 - a module loaded from a path
    return load_script("eval/ner/evaluate.py", "ner_evaluate")


def test_dev_micro_f1_above_floor() -> None:
    if not (SHARED / "data" / "ner" / "anercorp_train.txt").exists():
        pytest.skip("../shared not present: ANERcorp is needed for the NER dev evaluation")
    floors = json.loads((REPO / "eval" / "ner" / "floors.json").read_text(encoding="utf-8"))
    res = _evaluate_module().evaluate()
    doc, sent = res["document"], res["sentence"]
    assert doc.f1 >= floors["dev_micro_f1"], doc.table()
    assert sent.f1 >= floors["dev_micro_f1_sentence"], sent.table()
    for typ, floor in floors["dev_per_type_f1"].items():
        assert doc.per_type[typ][2] >= floor, (typ, doc.table())


def test_floor_file_is_sane() -> None:
    floors = json.loads((REPO / "eval" / "ner" / "floors.json").read_text(encoding="utf-8"))
    assert 0 < floors["dev_micro_f1"] <= 100
