"""Train Marsad's Arabic NER model (a linear-chain CRF, python-crfsuite).

Data, read from ``../shared/data/ner`` at run time (never copied into the repo):

* ANERcorp's training portion (``anercorp_train.txt``), cut into sentences;
* optionally (``--wojood``) the Wojood sample (``wojood_sample_{train,val}.txt``),
  flattened to PER/ORG/LOC/MISC with :data:`marsad.mentions.ner_corpus.WOJOOD_MAP`.

``--mode dev`` holds out the last ``--dev-frac`` of ANERcorp's sentences (one
contiguous block, so no article leaks across; ``--dev-start F`` holds out the block
starting at fraction ``F`` instead, for figures on other blocks), trains on the rest and reports
exact-span entity-level P/R/F1 on the held-out block; it writes the model to
``eval/ner/model_dev/`` for the CI floor. ``--mode full`` trains on everything and
writes the shipped model to ``src/marsad/resources/ner/``.

Each model directory holds ``ner.npz`` (the CRF's weights, exported from the
crfsuite file, which is kept out of the package) and ``entity_words.txt`` (the
normalized words seen inside entities in that model's training data, used by the
clitic splitter).

    PYTHONPATH=src python train/ner/train_ner.py --mode dev
    PYTHONPATH=src python train/ner/train_ner.py --mode full
    PYTHONPATH=src python train/ner/train_ner.py --mode dev --dev-start 0.0 --out /tmp/ner_b0
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import pycrfsuite

from marsad.clean.normalize import normalize_key
from marsad.mentions.ner import NERModel
from marsad.mentions.ner_corpus import Scores, Sentence, anercorp_split, read_wojood, score
from marsad.mentions.ner_crf import export_crfsuite
from marsad.mentions.ner_features import RESOURCES, FeatureExtractor

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "ner"
DEV_DIR = ROOT / "eval" / "ner" / "model_dev"

PARAMS = {"c1": 0.05, "c2": 0.02, "max_iterations": 100, "feature.possible_transitions": True}
#: Whether the Wojood sample joins the training data by default (it lowered dev F1:
#: its annotation conventions differ from ANERcorp's; see MODEL_CARD.md).
USE_WOJOOD = False


def with_extra_data(sents: list[Sentence], data: Path, wojood: bool = USE_WOJOOD) -> list[Sentence]:
    """``sents`` plus the Wojood sample's sentences when ``wojood``."""
    if not wojood:
        return sents
    out = list(sents)
    for name in ("wojood_sample_train.txt", "wojood_sample_val.txt"):
        out += read_wojood(data / name)
    return out


def entity_words(sents: list[Sentence]) -> list[str]:
    """Sorted normalized words that occur inside an entity in ``sents``."""
    words = {
        normalize_key(t)
        for toks, tags in sents
        for t, g in zip(toks, tags, strict=True)
        if g != "O"
    }
    return sorted(w for w in words if len(w) > 1)


def train(sents: list[Sentence], out_dir: Path, params: dict, verbose: bool = False) -> None:
    """Train on ``sents``; write ``ner.npz`` and ``entity_words.txt`` to ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    ents = entity_words(sents)
    (out_dir / "entity_words.txt").write_text(
        "# normalized words seen inside entities in this model's training data\n"
        + "\n".join(ents)
        + "\n",
        encoding="utf-8",
    )
    fx = FeatureExtractor.load(entity_words=ents)
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for toks, tags in sents:
        trainer.append(fx.sequence(toks), tags)
    trainer.select("lbfgs")
    trainer.set_params(params)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ner.crfsuite"
        trainer.train(str(path))
        export_crfsuite(path, out_dir / "ner.npz")


def evaluate(model_dir: Path, sents: list[Sentence]) -> Scores:
    """Tag ``sents`` with the runtime model in ``model_dir``; score against gold tags."""
    model = NERModel(model_dir)
    pred = model.tag_batch([toks for toks, _ in sents])
    return score([tags for _, tags in sents], pred)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mode", choices=("dev", "full"), default="dev")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--dev-frac", type=float, default=0.1)
    ap.add_argument(
        "--dev-start",
        type=float,
        default=None,
        help="hold out the block starting at this fraction of the sentences (default: the last one)",
    )
    ap.add_argument("--wojood", action=argparse.BooleanOptionalAction, default=USE_WOJOOD)
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--iters", type=int, default=PARAMS["max_iterations"])
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    if not args.data.is_dir():
        raise SystemExit(f"{args.data} not found (../shared is needed to train)")
    if args.dev_start is not None and args.out is None:
        raise SystemExit("--dev-start needs --out (eval/ner/model_dev is the last block's model)")

    t0 = time.time()
    train_s, dev_s = anercorp_split(args.data / "anercorp_train.txt", args.dev_frac, args.dev_start)
    if args.mode == "full":
        train_s = train_s + dev_s
    train_s = with_extra_data(train_s, args.data, args.wojood)
    params = dict(PARAMS, c1=args.c1, c2=args.c2, max_iterations=args.iters)
    out = args.out or (DEV_DIR if args.mode == "dev" else RESOURCES)
    n_tok = sum(len(t) for t, _ in train_s)
    print(f"training on {len(train_s):,} sentences / {n_tok:,} tokens, params {params}")
    train(train_s, out, params, verbose=args.verbose)
    size = (out / "ner.npz").stat().st_size
    print(f"model {out / 'ner.npz'} ({size / 1e6:.1f} MB) in {time.time() - t0:.0f}s")
    if args.mode == "dev":
        sc = evaluate(out, dev_s)
        print(f"dev: {len(dev_s):,} sentences / {sum(len(t) for t, _ in dev_s):,} tokens")
        print(sc.table())
        report = {
            "params": params,
            "wojood": args.wojood,
            "train_tokens": n_tok,
            "dev_f1": round(sc.f1, 2),
            "per_type": {k: round(v[2], 2) for k, v in sc.per_type.items()},
        }
        print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
