"""Train the filter over the events of Marsad's 14 lexicon types (``LEXICAL`` model).

The trigger lexicons of AGREE ... COERCE fire on sports, business and other senses of
their words ("دعم البورصة", "يهدد حياة الطفل"). This script fits one logistic model that
scores an event mention of any of those types from its sentence's features
(:func:`marsad.events.features.sentence_features`) and its own
(:func:`marsad.events.detector.event_features`: type, participants' sectors, modality),
on Marsad's hand labels ``eval/events/other_labels/labels*.tsv`` (all rounds) (pointers into
``../shared`` SaudiNewsNet; ``yes`` = a political event of that type):

1. runs the pipeline over each labelled article with the filter switched off and keeps
   the features of every mention of the labelled type in the labelled sentence;
2. picks ``c``, the character n-grams' scale and the threshold by 5-fold
   cross-validation grouped by article, maximizing F1 (keeping every mention scores
   P = the share of ``yes``, R = 1), and whether a mention with a political participant
   (``political_participant``) is kept whatever its score (``exempt_political`` in the
   model's meta, which the detector follows), and prints the out-of-fold figures;
3. trains on all of them and writes ``src/marsad/resources/events/ar_lexical.json.gz``.

Usage (from the repository root, about a minute)::

    PYTHONPATH=src python train/events/train_lexical_filter.py [--dry-run] [--exempt yes|no|auto]
        [--labels FILE_OR_FOLDER] [--out MODEL]

The held-out comparison of the exemption (``EXEMPT``) is reproduced by training on round 1
only into a folder and scoring round 2 there::

    python train/events/train_lexical_filter.py --labels eval/events/other_labels/labels.tsv \
        --exempt no --out /tmp/lex/ar_lexical.json.gz
    python eval/events/evaluate.py --lexical-held-out eval/events/other_labels/labels_2.tsv \
        --models-dir /tmp/lex
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

from marsad.events.detector import LEXICAL
from marsad.events.training import (
    filter_keeps,
    fit_logistic,
    kept_scores,
    lexical_filter_examples,
    out_of_fold,
)

REPO = Path(__file__).resolve().parents[2]
NEWS = REPO.parent / "shared" / "data" / "news" / "saudinewsnet"
LABELS = REPO / "eval" / "events" / "other_labels"  # every labels*.tsv (all rounds)
OUT = REPO / "src" / "marsad" / "resources" / "events" / "ar_lexical.json.gz"
K = 5
GRID_C = (0.3, 1.0, 3.0)
GRID_CHAR_SCALE = (1.0, 0.5)
#: ``--exempt``: the political-participant exemption settings the grid tries. The shipped
#: model keeps it ("yes"). Dropping it cross-validates better (F1 0.654 against 0.606 on
#: both rounds, ``--dry-run --exempt no|yes``) and scores a little better on round 2 held
#: out (0.618 against 0.605, trained on round 1: see the module docstring), but the F1 on
#: the 70 hand-coded articles did not move (0.455 against 0.458 when round 2 landed) and
#: real events whose sentence does not read as political were dropped (the reference
#: article's aid by local tribes at al-Qaim scored 0.01).
EXEMPT = {"yes": (True,), "no": (False,), "auto": (True, False)}
GRID_THRESHOLD = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def _shown(path: Path) -> str:
    """``path`` as the model's meta names its data (repository-relative when inside)."""
    path = path.resolve()
    rel = path.relative_to(REPO) if path.is_relative_to(REPO) else path
    return f"{rel}/labels*.tsv" if path.is_dir() else str(rel)


def main() -> None:
    """Cross-validate the grid, print the figures, write the model."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="report CV figures, write nothing")
    ap.add_argument(
        "--labels",
        type=Path,
        default=LABELS,
        help="a labels file or folder to train on (default: every round in other_labels/)",
    )
    ap.add_argument(
        "--out", type=Path, default=OUT, help="where to write the model (default: the shipped one)"
    )
    ap.add_argument(
        "--exempt",
        choices=sorted(EXEMPT),
        default="yes",
        help="keep mentions with a political participant whatever the score: yes (shipped), "
        "no, or auto (whichever cross-validates better)",
    )
    opts = ap.parse_args()
    if not NEWS.is_dir():
        raise SystemExit(f"{NEWS} not present: ../shared data is needed to train")
    rows, feats, exempt = lexical_filter_examples(opts.labels, NEWS)
    labels = [r.label for r in rows]
    pos = sum(labels)
    base = kept_scores([True] * len(rows), labels)
    print(f"{len(rows)} mentions, {pos} yes; keeping all: P={base[0]:.3f} R=1 F1={base[2]:.3f}")
    # mentions with a political participant are kept whatever the score, as in the detector
    print(f"{sum(exempt)} mentions have a political participant (kept whatever the score")
    print("when the chosen setting exempts them)")
    best = None
    for c, char in itertools.product(GRID_C, GRID_CHAR_SCALE):
        scale = {"c": char}
        probs = out_of_fold(rows, feats, LEXICAL, folds=K, c=c, group_scale=scale)
        for t, exempts in itertools.product(GRID_THRESHOLD, EXEMPT[opts.exempt]):
            kept = filter_keeps(exempt, probs, t, exempts)
            p, r, f = kept_scores(kept, labels)
            if best is None or f > best[0]:
                best = (f, p, r, c, scale, t, exempts)
    assert best is not None
    f, p, r, c, scale, t, exempts = best
    print(
        f"CV({K}) P={p:.3f} R={r:.3f} F1={f:.3f} c={c} group_scale={scale} threshold={t} "
        f"exempt_political={exempts}"
    )
    if opts.dry_run:
        return
    model = fit_logistic(feats, labels, LEXICAL, c=c, threshold=t, group_scale=scale)
    model.meta = {
        "data": f"{_shown(opts.labels)} (own SaudiNewsNet labels, pointers)",
        "labels": "yes = a political event of the proposed type (any modality)",
        "n_mentions": len(rows),
        "n_positive": pos,
        "keep_all": {"precision": round(base[0], 4), "f1": round(base[2], 4)},
        "c": c,
        "group_scale": scale,
        "exempt_political": exempts,
        "cv": {
            "folds": K,
            "grouped_by": "article",
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
        },
    }
    model.save(opts.out)
    print(f"wrote {opts.out} ({len(model.weights)} weights)")
    print("meta:", json.dumps(model.meta, ensure_ascii=False))


if __name__ == "__main__":
    main()
