"""Evaluate the NER model on the held-out ANERcorp dev split and check the CI floor.

The shipped model (``src/marsad/resources/ner``) is trained on all of ANERcorp's
training portion, so it cannot be scored on any part of it honestly. This script
scores the *dev-split model* (``eval/ner/model_dev``: same code, same features,
same settings, trained by ``train/ner/train_ner.py --mode dev`` on the first 90% of
ANERcorp's sentences) on the last 10%, which it never saw. With ``--retrain`` it
first retrains that model from ``../shared`` into a temporary folder, so the figure
can be reproduced from scratch.

Two figures: ``sentence`` tags each sentence alone (the CRF only, as :func:`tag`);
``document`` runs :meth:`NERModel.tag_document` (the CRF plus document-level label
propagation, as the pipeline stage does) over groups of 20 consecutive sentences,
since ANERcorp has no document boundaries. Prints per-type P/R/F1 and exact-span
entity-level micro-F1 for both, and exits 1 when one is below its floor in
``floors.json``.

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


#: Consecutive dev sentences taken as one document for the ``document`` figure.
DOC_SENTENCES = 20


def evaluate(model_dir: Path = MODEL_DEV, data: Path = DATA) -> dict[str, Scores]:
    """``{"sentence": Scores, "document": Scores}`` of ``model_dir`` on the dev block."""
    _, dev = anercorp_split(data / "anercorp_train.txt", 0.1)
    model = NERModel(model_dir)
    words = [toks for toks, _ in dev]
    gold = [tags for _, tags in dev]
    by_doc: list[list[str]] = []
    for a in range(0, len(words), DOC_SENTENCES):
        by_doc += model.tag_document(words[a : a + DOC_SENTENCES])
    return {"sentence": score(gold, model.tag_batch(words)), "document": score(gold, by_doc)}


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
            res = evaluate(Path(tmp))
    else:
        res = evaluate()
    if args.json:
        print(
            json.dumps(
                {k: {"micro_f1": round(v.f1, 2), "per_type": v.per_type} for k, v in res.items()}
            )
        )
    else:
        print("ANERcorp dev block (last 10% of the training portion), exact span, entity level")
        for mode, sc in res.items():
            print(f"-- {mode}")
            print(sc.table())
    failed = False
    for mode, key in (("document", "dev_micro_f1"), ("sentence", "dev_micro_f1_sentence")):
        f1, floor = res[mode].f1, floors[key]
        ok = f1 >= floor
        failed |= not ok
        print(f"{'ok' if ok else 'FAIL'}: {mode} micro-F1 {f1:.2f} {'>=' if ok else '<'} {floor}")
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
