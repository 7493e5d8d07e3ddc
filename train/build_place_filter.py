"""Train the places stage's learnt last check (``resources/gazetteer/place_filter.json.gz``).

Rows: every gazetteer place the pipeline keeps on the articles of the hand-audited random
news samples (``eval/places/audits/judged.tsv``, one seed a sample of 40 articles) that a
verdict covers: ``FALSE`` (a common word, club, company, title ...) is a positive example,
``TRUE`` a negative one. The features are
:func:`marsad.mentions.place_filter.place_features`, taken with the filter off, so the rows
follow the code: retrain after changing the places stage. An article drawn by several seeds
gives its rows once.

Steps:

1. runs the pipeline over the sampled articles (the seeds of ``--without`` left out, so a
   model can be scored on them as on text it never saw) and keeps each judged place's
   features and verdict;
2. picks the L2 strength ``c`` and the threshold by 5-fold cross-validation grouped by
   article: the threshold maximizes ``false places dropped - COST * true places dropped``
   out of fold (a true place lost costs more than a false one kept: it takes its event's
   place with it);
3. trains on all rows and writes the model with its cross-validated figures in ``meta``.

Usage (from the repository root, about two minutes; needs ../shared and the ``[train]``
extras)::

    PYTHONPATH=src python train/build_place_filter.py [--without 8383 8484] [--out MODEL]
        [--dry-run]

Score a model on the left-out seeds with ``eval/places/audit_score.py --seeds ...``
after copying it over the shipped one (or compare ``--dry-run`` figures).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from marsad.document import Document
from marsad.events.training import fit_logistic, grouped_out_of_fold
from marsad.mentions.place_filter import MODEL_FILE, NOT_PLACE
from marsad.mentions.places import PlaceRecognizer
from marsad.runner import progress_bar
from marsad.stages import build_pipeline

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "eval" / "places"))
from audit_sample import NEWS, draw  # noqa: E402
from audit_score import read_judged  # noqa: E402

OUT = REPO / "src" / "marsad" / "resources" / "gazetteer" / MODEL_FILE
K = 5
GRID_C = (0.1, 0.3, 1.0, 3.0)
GRID_T = tuple(round(0.3 + 0.05 * i, 2) for i in range(14))  # 0.30 ... 0.95
#: How many false places a dropped true place is worth.
COST = 2.0


def rows(
    without: set[int], only: set[int] | None = None
) -> tuple[list[set[str]], list[int], list[str]]:
    """Features, labels (1 = no place) and article keys of the judged places of every
    audited seed (or of the seeds in ``only``) but those in ``without``."""
    judged = read_judged()
    pipeline = build_pipeline(raw=True)
    stage = next(s for s in pipeline.stages if isinstance(s, PlaceRecognizer))
    stage.filter = None
    verdicts: dict[tuple[str, int, int, int], str] = {}
    articles: dict[tuple[str, int], str] = {}
    for seed in sorted(judged):
        if seed in without or (only is not None and seed not in only):
            continue
        verdicts.update(judged[seed])
        for a in draw(seed, 40):
            articles.setdefault((a["zip"], a["index"]), a["text"])
    feats: list[set[str]] = []
    labels: list[int] = []
    groups: list[str] = []
    for (z, i), text in progress_bar(sorted(articles.items()), desc="articles"):
        stage.trace = []
        pipeline(Document(id=f"{z}:{i}", raw=text))
        for start, end, fs in stage.trace:
            v = verdicts.get((z, i, start, end))
            if v is None:
                continue
            feats.append(fs)
            labels.append(int(v == "FALSE"))
            groups.append(f"{z}:{i}")
    stage.trace = None
    return feats, labels, groups


def out_of_fold(
    feats: list[set[str]], labels: list[int], groups: list[str], c: float
) -> list[float]:
    """Each row's probability under the model trained on the other folds (by article)."""
    return grouped_out_of_fold(groups, feats, labels, NOT_PLACE, folds=K, c=c)


def gain(probs: list[float], labels: list[int], t: float) -> tuple[float, int, int]:
    """``(false dropped - COST * true dropped, false dropped, true dropped)`` at ``t``."""
    tp = sum(1 for p, y in zip(probs, labels, strict=True) if p >= t and y)
    fp = sum(1 for p, y in zip(probs, labels, strict=True) if p >= t and not y)
    return tp - COST * fp, tp, fp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--without", type=int, nargs="*", default=[], help="seeds left out")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    opts = ap.parse_args()
    if not NEWS.is_dir():
        sys.exit("../shared/data/news/saudinewsnet not found: cannot train")
    feats, labels, groups = rows(set(opts.without))
    print(f"{len(labels)} judged places, {sum(labels)} false, {len(set(groups))} articles")
    best = None
    for c in GRID_C:
        probs = out_of_fold(feats, labels, groups, c)
        for t in GRID_T:
            g, tp, fp = gain(probs, labels, t)
            print(
                f"c {c:<4} threshold {t:.2f}: drops {tp} false and {fp} true places (gain {g:.1f})"
            )
            if best is None or g > best[0]:
                best = (g, c, t, tp, fp)
    g, c, t, tp, fp = best
    false_rate = (sum(labels) - tp) / max(1, len(labels) - tp - fp)
    print(
        f"chosen c {c}, threshold {t}: out of fold drops {tp} of {sum(labels)} false places and"
        f" {fp} of {len(labels) - sum(labels)} true ones; false places {sum(labels) / len(labels):.1%}"
        f" -> {false_rate:.1%}"
    )
    model = fit_logistic(feats, labels, NOT_PLACE, c=c, threshold=t)
    model.meta = {
        "rows": len(labels),
        "false": sum(labels),
        "articles": len(set(groups)),
        "without_seeds": sorted(opts.without),
        "c": c,
        "cost": COST,
        "cv_false_dropped": tp,
        "cv_true_dropped": fp,
        "data": "eval/places/audits/judged.tsv verdicts on SaudiNewsNet articles (pointers)",
    }
    if opts.dry_run:
        print(json.dumps(model.meta))
        return
    model.save(opts.out)
    print(f"wrote {opts.out}")


if __name__ == "__main__":
    main()
