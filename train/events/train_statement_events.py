"""Train the statement models (``SAYS_<TYPE>`` of :mod:`marsad.events.statement_events`).

Rows: every statement ``marsad extract`` finds in the articles of the development rounds
of the article gold (``every`` in ``eval/events/evaluate_articles.py``: the held-out
rounds are never read), with the statement models off. For each verbal type
(:data:`~marsad.events.statement_events.STATEMENT_TYPES`), a statement whose sentence
holds no record of that type (asserted or not) is a row: yes when a sure gold event of the
type lists the sentence and no record matches that gold event (an event the statement
would add), no when no gold event of the type lists it or the one that does is matched
already; left out when only an uncertain one lists it. The article texts are read from
``../shared`` (SaudiNewsNet pointers), so the rows follow the code: retrain after
changing the events stage.

Steps:

1. runs the pipeline over the articles and keeps each row's features
   (:func:`~marsad.events.statement_events.statement_features`) and label;
2. picks ``c`` (:data:`GRID_C`) by 5-fold cross-validation grouped by article, and per
   type the threshold (:data:`GRID_THRESHOLD`) with the most out-of-fold right events
   over false ones, counting one event per sentence as the detector makes (the
   statement scored highest); a type whose best out-of-fold gain is below
   :data:`MIN_GAIN` gets no model (its file is removed);
3. trains each kept type on all its rows and writes
   ``src/marsad/resources/events/ar_says_<type>.json.gz``.

Usage (from the repository root, about a minute)::

    PYTHONPATH=src python train/events/train_statement_events.py [--dry-run] [--out-dir DIR]
        [--without N ...]

``--without 12`` leaves round 12 out of the rows, so that the models can be scored on it
(``evaluate_articles.py r12 --models-dir DIR``) as on data they never saw.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from marsad.document import Document
from marsad.events.detector import EventDetector
from marsad.events.statement_events import STATEMENT_TYPES, model_key, statement_features
from marsad.events.training import fit_logistic, grouped_out_of_fold
from marsad.events.view import DocView
from marsad.ingest.pointers import pointed_articles
from marsad.pipeline import Pipeline
from marsad.runner import progress_bar
from marsad.stages import build_pipeline

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "eval" / "events"))
sys.path.insert(0, str(REPO / "eval" / "events" / "articles"))
import evaluate_articles as ev  # noqa: E402
from filter_labels import development_rounds, label_of  # noqa: E402

OUT_DIR = REPO / "src" / "marsad" / "resources" / "events"
K = 5
GRID_C = (0.3, 1.0, 3.0)
GRID_THRESHOLD = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
#: Out-of-fold right events minus false ones a type must add to get a model.
MIN_GAIN = 3
MIN_COUNT = 3


@dataclass
class Rows:
    """One type's rows: article, sentence start, features, label."""

    docs: list[str] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    feats: list[set[str]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)


def examples(rounds: list[int]) -> dict[str, Rows]:
    """Rows per type from the articles of ``rounds`` (see the module docstring)."""
    base = build_pipeline(events=True)
    pipeline = Pipeline([*base.stages[:-1], EventDetector(statement_events=False)])
    rows = {t: Rows() for t in STATEMENT_TYPES}
    articles = [a for r in rounds for a in pointed_articles(ev.round_lines(r), ev.NEWS)]
    for rec, content in progress_bar(articles, "articles"):
        doc = pipeline(
            Document(id=f"{rec['zip']}#{rec['index']}", raw=content, published=rec["published"])
        )
        asserted = [e for e in doc.events if e.modality == "asserted"]
        matched = set(ev.match(asserted, rec["events"], content))
        view = DocView(doc)
        for st in doc.statements:
            s = view.sentence_at(st.evidence.start)
            if s is None:
                continue
            at = content.find(view.sentence_text(s))
            span = (at, at + s.end - s.start) if at >= 0 else None
            feats = statement_features(view, st)
            for t in STATEMENT_TYPES:
                if any(e.type == t and s.start <= e.evidence.start < s.end for e in doc.events):
                    continue
                label = _label(rec["events"], t, span, matched)
                if label is None:
                    continue
                r = rows[t]
                r.docs.append(doc.id)
                r.sentences.append(s.start)
                r.feats.append(feats)
                r.labels.append(label)
    return rows


def _label(
    golds: list[dict], t: str, span: tuple[int, int] | None, matched: set[int]
) -> int | None:
    """1 when a sure gold event of type ``t`` lists the sentence at ``span`` and no record
    matched it, None when only uncertain ones list it, else 0: ``filter_labels.label_of``
    over the gold events no record matched (and the uncertain ones)."""
    if span is None:
        return 0
    free = [g for j, g in enumerate(golds) if j not in matched or g.get("uncertain")]
    label = label_of(span, t, free)
    return None if label is None else int(label == "yes")


def gains(rows: Rows, probs: list[float]) -> dict[float, tuple[int, int]]:
    """(right, false) events added at each threshold, one per sentence (its best row)."""
    best: dict[tuple[str, int], tuple[float, int]] = {}
    for d, s, p, y in zip(rows.docs, rows.sentences, probs, rows.labels, strict=True):
        if p > best.get((d, s), (-1.0, 0))[0]:
            best[(d, s)] = (p, y)
    return {
        x: (
            sum(1 for p, y in best.values() if p >= x and y),
            sum(1 for p, y in best.values() if p >= x and not y),
        )
        for x in GRID_THRESHOLD
    }


def main() -> None:
    """Cross-validate, print the figures, write the models."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="report CV figures, write nothing")
    ap.add_argument(
        "--out-dir", type=Path, default=OUT_DIR, help="where to write the models (default: shipped)"
    )
    ap.add_argument(
        "--without", type=int, nargs="*", default=[], help="development rounds to leave out"
    )
    opts = ap.parse_args()
    if not ev.NEWS.is_dir():
        raise SystemExit(f"{ev.NEWS} not present: ../shared data is needed to train")
    rounds = [r for r in development_rounds() if r not in opts.without]
    per_type = examples(rounds)
    total = (0, 0)
    for t, rows in per_type.items():
        best = None  # (gain, c, threshold, right, false)
        for c in GRID_C:
            probs = grouped_out_of_fold(
                rows.docs, rows.feats, rows.labels, t, folds=K, c=c, min_count=MIN_COUNT
            )
            for x, (right, false) in gains(rows, probs).items():
                if best is None or right - false > best[0]:
                    best = (right - false, c, x, right, false)
        assert best is not None
        gain, c, x, right, false = best
        yes = len(
            {(d, s) for d, s, y in zip(rows.docs, rows.sentences, rows.labels, strict=True) if y}
        )
        print(
            f"{t}: {len(rows.labels)} rows, {yes} sentences with a missed event; "
            f"CV({K}) best c={c} threshold={x}: {right} right, {false} false added"
        )
        path = opts.out_dir / f"ar_{model_key(t).lower()}.json.gz"
        if gain < MIN_GAIN:
            print(f"  {t}: gain {gain} < {MIN_GAIN}: no model")
            if not opts.dry_run and path.exists():
                path.unlink()
            continue
        total = (total[0] + right, total[1] + false)
        if opts.dry_run:
            continue
        model = fit_logistic(
            rows.feats, rows.labels, model_key(t), c=c, min_count=MIN_COUNT, threshold=x
        )
        model.meta = {
            "data": "statements of the article gold's development rounds (held-out "
            f"rounds excluded), eval/events/articles: {len(rounds)} rounds"
            + (f", without {sorted(opts.without)}" if opts.without else ""),
            "rows": len(rows.labels),
            "positive_sentences": yes,
            "c": c,
            f"cv{K}_added_right": right,
            f"cv{K}_added_false": false,
        }
        opts.out_dir.mkdir(parents=True, exist_ok=True)
        model.save(path)
        print(f"  wrote {path}")
    print(f"all types, out of fold: {total[0]} right, {total[1]} false events added")


if __name__ == "__main__":
    main()
