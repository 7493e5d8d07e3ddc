"""Train the record filter (``RECORDS`` model of :mod:`marsad.events.record_filter`).

Rows: every asserted event record ``marsad extract`` writes for the articles of the
development rounds of the article gold (``every`` in ``eval/events/evaluate_articles.py``:
the held-out rounds are never read), with the record filter switched off. A record that
the evaluation matches to a sure gold event is a yes; one it matches to nothing is a
no; one matched to a gold event marked uncertain is left out. The article texts are
read from ``../shared`` (SaudiNewsNet pointers), so the rows are rebuilt on each run
and follow the code: retrain after changing the events stage.

Steps:

1. runs the pipeline over the articles and keeps each record's features
   (:func:`marsad.events.record_filter.document_features`) and label; the records of
   the watched types (:data:`WATCHED`: AID, COERCE, MOBILIZE, RETREAT) but AID
   (:data:`SCORED_WATCHED`) are always kept, as in the
   detector, and are no training rows; RETREAT only in its ``withdraw`` mode
   (:data:`EXEMPT_MODES`), its ceasefires, releases and resignations are scored;
2. picks ``c`` and the threshold by 5-fold cross-validation grouped by article,
   maximizing event F1 over the rounds: a record the filter drops counts as a miss
   when it was right, and the gold events the detector missed count as misses too;
3. trains on all rows and writes ``src/marsad/resources/events/ar_records.json.gz``.

Usage (from the repository root, about a minute)::

    PYTHONPATH=src python train/events/train_record_filter.py [--dry-run] [--without N ...]
        [--out MODEL]

``--without 12`` leaves round 12 out of the rows, so that the model can be scored on it
(``evaluate_articles.py r12 --models-dir DIR``) as on data it never saw.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

from marsad.document import Document
from marsad.events.detector import EventDetector
from marsad.events.gold import prf
from marsad.events.record_filter import RECORDS, document_features, exempted
from marsad.events.training import fit_logistic
from marsad.ingest.pointers import pointed_articles
from marsad.pipeline import Pipeline
from marsad.runner import progress_bar
from marsad.stages import build_pipeline

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "eval" / "events"))
import evaluate_articles as ev  # noqa: E402

OUT = REPO / "src" / "marsad" / "resources" / "events" / "ar_records.json.gz"
K = 5
GRID_C = (0.3, 1.0, 3.0, 10.0)
GRID_THRESHOLD = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
#: The types early-warning users watch: aid, closures and arrests, movements.
WATCHED = frozenset({"AID", "COERCE", "MOBILIZE", "RETREAT"})
#: Watched types this filter still scores: aid records. The article coders code
#: deliveries of aid, and the records they do not code are what the filter learns to
#: drop (out-of-fold event F1 on rounds 1-23: 0.6697 scoring AID, 0.6655 keeping it
#: whatever its score); the movements, closures and arrests stay exempt. Since stop 21
#: the lexicon filter scores coercion's words (``train_lexical_filter.py``); this filter,
#: which reads no word, keeps the coercion records they pass (scoring them too gave
#: 0.687 against 0.684, and dropped closures such as the reference article's "ومع إغلاق
#: الحدود في 8 كانون الأول/ديسمبر").
SCORED_WATCHED = frozenset({"AID"})
#: Watched types whose records are kept whatever their score only in these modes
#: (written "TYPE:mode" in the model's ``exempt_types``): a withdrawal or flight stays
#: ("مع فرار نحو 2000 جندي سوري إلى العراق"), while ceasefires, releases and resignations
#: are scored: RETREAT records of rounds 1-32 and 38-41 are 14 right against 34 false with
#: this filter off (``evaluate_articles.py every --no-record-filter``), and on the final code
#: of stop 22 out-of-fold event F1 is 0.677 against 0.675 with this table emptied
#: (``--dry-run``; the shipped model, trained midway through the stop, records 0.678).
EXEMPT_MODES = {"RETREAT": ("withdraw",)}


def examples(
    rounds: list[int], exempt: dict
) -> tuple[list[str], list[set[str]], list[int], int, tuple[int, int]]:
    """``(document ids, features, labels, misses, (kept right, kept false))`` of the
    records of ``rounds``: one entry per asserted record that matches a sure gold event
    (1) or none (0), except for those the filter keeps whatever their score (``exempt``:
    the model's meta, see :func:`marsad.events.record_filter.exempted`), which are only
    counted (right, false); ``misses`` counts the sure gold events no record matched."""
    base = build_pipeline(events=True)
    pipeline = Pipeline([*base.stages[:-1], EventDetector(record_filter=False)])
    articles = pointed_articles([x for r in rounds for x in ev.round_lines(r)], ev.NEWS)
    docs, feats, labels = [], [], []
    misses = kept_right = kept_false = 0
    for rec, content in progress_bar(articles, "articles"):
        doc = pipeline(
            Document(id=f"{rec['zip']}#{rec['index']}", raw=content, published=rec["published"])
        )
        found = doc.events
        sentence_of = {s.start: k for k, s in enumerate(doc.sentences)}
        features = document_features(found, sentence_of, doc.published)
        asserted = [i for i in range(len(found)) if i in features]
        preds = [found[i] for i in asserted]
        pairs = ev.match(preds, rec["events"], content)
        gold_of = {k: rec["events"][j] for j, k in pairs.items()}
        misses += sum(
            1 for j, g in enumerate(rec["events"]) if j not in pairs and not g.get("uncertain")
        )
        for k, i in enumerate(asserted):
            g = gold_of.get(k)
            if g is not None and g.get("uncertain"):
                continue
            if exempted(preds[k], exempt):
                kept_right += g is not None
                kept_false += g is None
                continue
            docs.append(doc.id)
            feats.append(features[i])
            labels.append(int(g is not None))
    return docs, feats, labels, misses, (kept_right, kept_false)


def cross_validate(
    docs: list[str], feats: list[set[str]], labels: list[int], c: float
) -> list[float]:
    """Out-of-fold probability of each row, folds grouped by article."""
    fold = [zlib.crc32(d.encode("utf-8")) % K for d in docs]
    probs = [0.0] * len(docs)
    for k in range(K):
        train = [i for i in range(len(docs)) if fold[i] != k]
        model = fit_logistic(
            [feats[i] for i in train], [labels[i] for i in train], RECORDS, c=c, min_count=3
        )
        for i in range(len(docs)):
            if fold[i] == k:
                probs[i] = model.probability(feats[i])
    return probs


def event_scores(
    probs: list[float],
    labels: list[int],
    misses: int,
    threshold: float,
    exempt: tuple[int, int] = (0, 0),
) -> tuple[float, float, float]:
    """Event P, R, F1 when the records below ``threshold`` are dropped (``exempt``: the
    right and false records always kept)."""
    kept = [y for p, y in zip(probs, labels, strict=True) if p >= threshold]
    tp = sum(kept)
    return prf(tp + exempt[0], len(kept) - tp + exempt[1], misses + sum(labels) - tp)


def main() -> None:
    """Cross-validate the grid, print the figures, write the model."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="report CV figures, write nothing")
    ap.add_argument(
        "--without", type=int, nargs="*", default=[], help="development rounds to leave out"
    )
    ap.add_argument(
        "--out", type=Path, default=OUT, help="where to write the model (default: the shipped one)"
    )
    ap.add_argument(
        "--exempt",
        choices=("types", "political", "none"),
        default="types",
        help="which records of the lexicon filter's exempt types are kept whatever their "
        "score: all (types, the default), those with a political participant, or none",
    )
    opts = ap.parse_args()
    if not ev.NEWS.is_dir():
        raise SystemExit(f"{ev.NEWS} not present: ../shared data is needed to train")
    rounds = [r for r in ev.ROUNDS if r not in ev.HELD_OUT and r not in opts.without]
    exempt_types = sorted(
        f"{t}:{m}" if m else t for t in WATCHED - SCORED_WATCHED for m in EXEMPT_MODES.get(t, ("",))
    )
    exemption = {"exempt_types": exempt_types, "exempt_political": opts.exempt == "political"}
    if opts.exempt == "none":
        exemption["exempt_types"] = exempt_types = []
    docs, feats, labels, misses, exempt = examples(rounds, exemption)
    pos = sum(labels)
    keep_all = event_scores([1.0] * len(labels), labels, misses, 0.5, exempt)
    print(
        f"rounds {rounds}: {len(labels)} records, {pos} right, {misses} gold events missed; "
        f"{sum(exempt)} records of {exempt_types} always kept ({exempt[0]} right); "
        f"keeping all: P={keep_all[0]:.3f} R={keep_all[1]:.3f} F1={keep_all[2]:.3f}"
    )
    best = None
    for c in GRID_C:
        probs = cross_validate(docs, feats, labels, c)
        for t in GRID_THRESHOLD:
            scores = event_scores(probs, labels, misses, t, exempt)
            if best is None or scores[2] > best[0][2]:
                best = (scores, c, t)
    assert best is not None
    (p, r, f), c, t = best
    print(f"CV({K}) event P={p:.3f} R={r:.3f} F1={f:.3f} c={c} threshold={t}")
    if opts.dry_run:
        return
    model = fit_logistic(feats, labels, RECORDS, c=c, threshold=t, min_count=3)
    model.meta = {
        "data": "eval/events/articles/gold*.jsonl (pointers into ../shared SaudiNewsNet): "
        "the asserted records marsad extract writes for the development rounds, "
        "with this filter off",
        "labels": "yes = the record matches an event the gold codes (sure); "
        "no = it matches none; records matching an uncertain gold event are left out",
        "rounds": rounds,
        **exemption,
        "n_records": len(labels),
        "n_positive": pos,
        "keep_all": dict(zip(("precision", "recall", "f1"), keep_all, strict=True)),
        "c": c,
        "cv": {"folds": K, "grouped_by": "article", "precision": p, "recall": r, "f1": f},
    }
    opts.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(opts.out)
    print(f"wrote {opts.out} ({len(model.weights)} weights)")
    print("meta:", json.dumps(model.meta, ensure_ascii=False))


if __name__ == "__main__":
    main()
