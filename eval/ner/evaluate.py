"""Evaluate the NER model on the held-out ANERcorp dev split and check the CI floor.

The shipped model (``src/marsad/resources/ner``) is trained on all of ANERcorp's
training portion, so it cannot be scored on any part of it honestly. This script
scores the *dev-split model* (``eval/ner/model_dev``: same code, same features,
same settings, trained by ``train/ner/train_ner.py --mode dev`` on the first 90% of
ANERcorp's sentences) on the last 10%, which it never saw. With ``--retrain`` it
first retrains that model from ``../shared`` into a temporary folder, so the figure
can be reproduced from scratch.

Prints per-type P/R/F1 and the exact-span entity-level micro-F1, and exits 1 when
the micro-F1 is below ``floors.json``'s ``dev_micro_f1``.

    PYTHONPATH=src python eval/ner/evaluate.py [--retrain] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from marsad.mentions.ner import NERModel
from marsad.mentions.ner_corpus import Scores, anercorp_split, score

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = ROOT.parent / "shared" / "data" / "ner"
MODEL_DEV = HERE / "model_dev"
FLOORS = HERE / "floors.json"


def evaluate(model_dir: Path = MODEL_DEV, data: Path = DATA, dev_frac: float = 0.1) -> Scores:
    """Scores of the model in ``model_dir`` on ANERcorp's held-out dev block."""
    _, dev = anercorp_split(data / "anercorp_train.txt", dev_frac)
    model = NERModel(model_dir)
    pred = model.tag_batch([toks for toks, _ in dev])
    return score([tags for _, tags in dev], pred)


def retrain(out: Path, data: Path = DATA) -> None:
    """Retrain the dev-split model into ``out`` with the training script's defaults."""
    sys.path.insert(0, str(ROOT / "train" / "ner"))
    import train_ner  # noqa: PLC0415 (a script folder, not a package)

    train_s, _ = anercorp_split(data / "anercorp_train.txt", 0.1)
    train_ner.train(train_ner.with_extra_data(train_s, data), out, dict(train_ner.PARAMS))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--retrain", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not DATA.is_dir():
        raise SystemExit(f"{DATA} not found: ../shared is needed for the evaluation")
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    if args.retrain:
        with tempfile.TemporaryDirectory() as tmp:
            retrain(Path(tmp))
            sc = evaluate(Path(tmp))
    else:
        sc = evaluate()
    if args.json:
        print(json.dumps({"micro_f1": round(sc.f1, 2), "per_type": sc.per_type}))
    else:
        print("ANERcorp dev block (last 10% of the training portion), exact span, entity level")
        print(sc.table())
    floor = floors["dev_micro_f1"]
    if sc.f1 < floor:
        print(f"FAIL: micro-F1 {sc.f1:.2f} below the floor {floor}")
        raise SystemExit(1)
    print(f"ok: micro-F1 {sc.f1:.2f} >= floor {floor}")


if __name__ == "__main__":
    main()
