"""Train the learnt actor chooser (``ACTORS`` model of :mod:`marsad.events.actor_choice`).

Rows: for every asserted event record ``marsad extract`` writes for the articles of the
development rounds of the article gold (``every`` in ``eval/events/evaluate_articles.py``;
the held-out rounds are never read) that the evaluation matches to a sure gold event with
an actor country, each actor-slot mention of its evidence sentences is a row: a yes when
its words are the gold actor's words (one holds the other), or, where the gold gives no
words, when its country is the gold actor's; else a no. The features are taken where the
detector applies the chooser, with the chooser off, so the rows follow the rules: retrain
after changing the events stage or the actors stage.

Steps:

1. runs the pipeline over the articles and keeps the rows, and for each matched record
   whether the rules' actor country is right;
2. picks the L2 strength ``c``, the probability ``threshold`` and the ``margin`` over the
   rules' choice by 5-fold cross-validation grouped by article, maximizing the share of
   matched records whose actor country is right (a record whose chosen candidate has the
   gold country is right; one the chooser leaves alone is right when the rules were);
3. trains on all rows and writes ``src/marsad/resources/events/ar_actors.json.gz``.

Usage (from the repository root, about a minute; needs ../shared and the ``[train]``
extras)::

    PYTHONPATH=src python train/events/train_actor_choice.py [--dry-run] [--out MODEL]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from marsad.document import Document, Mention
from marsad.events.actor_choice import ACTORS
from marsad.events.detector import EventDetector
from marsad.events.training import fit_logistic, grouped_out_of_fold
from marsad.pipeline import Pipeline
from marsad.runner import progress_bar
from marsad.stages import build_pipeline

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "eval" / "events"))
import evaluate_articles as ev  # noqa: E402

OUT = REPO / "src" / "marsad" / "resources" / "events" / "ar_actors.json.gz"
K = 5
GRID_C = (0.1, 0.3, 1.0, 3.0)
GRID_T = (0.3, 0.4, 0.5, 0.6, 0.7)
GRID_MARGIN = (0.0, 0.1, 0.2, 0.3)


@dataclass
class Record:
    """One matched record: its article, whether the rules' actor country is right, and
    its candidates' ``(features, label, country right)``."""

    article: str
    rules_right: bool
    cands: list[tuple[set[str], int, bool]] = field(default_factory=list)


def _country_right(gold: str, m: Mention) -> bool:
    """Whether mention ``m`` names an actor of the gold country (``IGO``: of sector IGO)."""
    a = m.actor
    if gold == "IGO":
        return a is not None and a.sector == "IGO"
    if a is not None and a.country == gold:
        return True
    return m.kind == "LOC" and m.place is not None and m.place.country == gold


def records() -> list[Record]:
    """The matched records of the development rounds with their candidates."""
    base = build_pipeline(events=True)
    detector = EventDetector()
    pipeline = Pipeline([*base.stages[:-1], detector])
    out: list[Record] = []
    for rec, content in progress_bar(ev.gold_articles("every"), desc="articles"):
        detector.actor_trace = []
        doc = pipeline(Document(id="t", raw=content, published=rec["published"]))
        traced = {id(e): cands for e, cands in detector.actor_trace}
        preds = [e for e in doc.events if e.modality == "asserted"]
        for j, k in ev.match(preds, rec["events"], content).items():
            g = rec["events"][j]
            if g.get("uncertain") or not g.get("actor_country"):
                continue
            e = preds[k]
            r = Record(f"{rec['zip']}#{rec['index']}", ev._actor_right(g["actor_country"], e))
            words = g.get("actor_text") or ""
            for m, feats in traced.get(id(e), []):
                right = _country_right(g["actor_country"], m)
                label = (m.text in words or words in m.text) if words else right
                r.cands.append((feats, int(label), right))
            out.append(r)
    detector.actor_trace = None
    return out


def right_share(recs: list[Record], probs: list[list[float]], t: float, margin: float) -> float:
    """The share of records whose actor country is right when the chooser acts at
    threshold ``t`` and ``margin`` (``probs``: each record's candidates' probabilities)."""
    right = 0
    for r, ps in zip(recs, probs, strict=True):
        if not ps:
            right += r.rules_right
            continue
        best = max(range(len(ps)), key=ps.__getitem__)
        feats, _, best_right = r.cands[best]
        rule_p = max(
            (p for p, (f, _, _) in zip(ps, r.cands, strict=True) if "rule=actor" in f),
            default=0.0,
        )
        acts = "rule=actor" not in feats and ps[best] >= t and ps[best] - rule_p >= margin
        right += best_right if acts else r.rules_right
    return right / len(recs) if recs else 0.0


def out_of_fold(recs: list[Record], c: float) -> list[list[float]]:
    """Each record's candidate probabilities under the model trained on the other folds
    (folds by article)."""
    rows = [(r.article, x) for r in recs for x in r.cands]
    flat = grouped_out_of_fold(
        [g for g, _ in rows], [x[0] for _, x in rows], [x[1] for _, x in rows], ACTORS, folds=K, c=c
    )
    probs: list[list[float]] = []
    at = 0
    for r in recs:
        probs.append(flat[at : at + len(r.cands)])
        at += len(r.cands)
    return probs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    opts = ap.parse_args()
    if not ev.NEWS.is_dir():
        sys.exit("../shared/data/news/saudinewsnet not found: cannot train")
    recs = records()
    rules = sum(r.rules_right for r in recs) / len(recs)
    print(f"{len(recs)} matched records with a gold actor country; rules right {rules:.4f}")
    best = None
    for c in GRID_C:
        probs = out_of_fold(recs, c)
        for t in GRID_T:
            for margin in GRID_MARGIN:
                share = right_share(recs, probs, t, margin)
                if best is None or share > best[0]:
                    best = (share, c, t, margin)
        print(
            f"c {c}: best so far {best[0]:.4f} (c {best[1]}, threshold {best[2]}, margin {best[3]})"
        )
    share, c, t, margin = best
    print(
        f"chosen c {c}, threshold {t}, margin {margin}: out of fold right {share:.4f} (rules {rules:.4f})"
    )
    rows = [x for r in recs for x in r.cands]
    model = fit_logistic([f for f, _, _ in rows], [y for _, y, _ in rows], ACTORS, c=c, threshold=t)
    model.meta = {
        "margin": margin,
        "c": c,
        "records": len(recs),
        "candidates": len(rows),
        "cv_right": round(share, 4),
        "rules_right": round(rules, 4),
        "data": "eval/events/articles gold, development rounds (pointers into SaudiNewsNet)",
    }
    if opts.dry_run:
        print(model.meta)
        return
    model.save(opts.out)
    print(f"wrote {opts.out}")


if __name__ == "__main__":
    main()
