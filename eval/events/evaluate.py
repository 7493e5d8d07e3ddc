"""Evaluate event detection: sentence-level precision / recall / F1.

1. **GSR** (``../shared/data/events/{assault,protest}_gsr.csv``, the Arabic PLOVER
   gold standard dev half): 5-fold cross-validation grouped by source article. In
   each fold the classifier is retrained from scratch on the other folds with the
   shipped model's hyperparameters (``c``, positive weight, feature-group scale,
   threshold from its ``meta``), and the real :class:`~marsad.events.detector.EventDetector` runs on
   each held-out sentence; a sentence counts as positive when the detector emits an
   event of the type (any modality). ``ambiguous`` sentences are left out.
2. **Own dev set** (``eval/events/dev_other.tsv``: pointers into SaudiNewsNet with
   hand labels): the whole pipeline runs on each article (``raw=True``, so offsets
   are the content's), and the predicted types of a sentence are the types of the
   events whose evidence overlaps it. Micro P/R/F1 over the 14 types other than
   ASSAULT and PROTEST, and over all types.

Usage (from the repository root)::

    PYTHONPATH=src python eval/events/evaluate.py [--skip-gsr] [--json out.json]

Floors are pinned in ``eval/events/floors.json`` and checked by
``tests/events/test_events_eval.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from marsad.document import Document
from marsad.events.classifier import shipped_model
from marsad.events.detector import EventDetector
from marsad.events.features import sentence_features
from marsad.events.gold import (
    GoldSentence,
    fold_of,
    prf,
    read_gsr,
    read_snn_folder,
    read_snn_labels,
)
from marsad.events.lexicon import PLOVER_TYPES
from marsad.events.training import (
    exempted,
    filter_keeps,
    fold_models,
    kept_scores,
    lexical_filter_examples,
    out_of_fold,
)
from marsad.ingest.pointers import day_articles, short_sha1
from marsad.stages import build_pipeline
from marsad.text.tokens import tokenize

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
GSR = SHARED / "data" / "events"
NEWS = SHARED / "data" / "news" / "saudinewsnet"
DEV = Path(__file__).resolve().parent / "dev_other.tsv"
OTHER_LABELS = Path(__file__).resolve().parent / "other_labels"  # labels*.tsv, all rounds
SNN_LABELS = Path(__file__).resolve().parent / "snn_labels"
K = 5


def annotated(rows: list[GoldSentence]) -> list[Document]:
    """Each labelled sentence alone through the pipeline's stages before the events
    (quantities, places, actors ...), as ``marsad extract`` annotates before detecting;
    the detector then runs on the result (clear ``doc.events`` to run it again)."""
    annotate = build_pipeline(raw=True)
    return [annotate(Document(id=r.id, raw=r.text, lang="ar")) for r in rows]


def gsr_scores(event_type: str) -> dict[str, float]:
    """Cross-validated sentence-level P/R/F1 of the detector for ``event_type`` on the
    GSR half, and (under ``snn``) on Marsad's own labelled SaudiNewsNet sentences
    (``snn_labels/``) with the same folds. The own sentences join the training folds
    only when the shipped model was trained with them (``meta.snn_sentences``), so a
    model built with ``train_classifier.py --no-snn`` is scored as the GSR alone makes
    it, on both sets."""
    name = event_type.lower()
    gsr = [r for r in read_gsr(GSR / f"{name}_gsr.csv") if r.label is not None]
    shipped = shipped_model(event_type, "ar")
    meta = shipped.meta if shipped else {}
    snn = [r for r in read_snn_folder(SNN_LABELS, NEWS, event_type) if r.label is not None]
    rows = gsr + snn
    train_rows = rows if meta.get("snn_sentences") else gsr
    c, pos = meta.get("c", 0.3), meta.get("positive_weight", 2.0)
    scale = meta.get("group_scale")
    threshold = shipped.threshold if shipped else 0.3
    toks = [tokenize(r.text) for r in rows]
    feats = [sentence_features(t, "ar") for t in toks]
    # each sentence annotated once, then classified per fold by that fold's detector
    docs = annotated(rows)
    counts = {"gsr": [0, 0, 0], "snn": [0, 0, 0]}
    for k, (model, held) in enumerate(
        fold_models(
            train_rows,
            feats[: len(train_rows)],
            event_type,
            folds=K,
            c=c,
            positive_weight=pos,
            threshold=threshold,
            group_scale=scale,
        )
    ):
        if train_rows is gsr:  # own sentences unseen in training: score them per fold too
            held = held + [i for i in range(len(gsr), len(rows)) if fold_of(rows[i].id, K) == k]
        detector = EventDetector(models={event_type: model})
        for i in held:
            r, doc = rows[i], docs[i]
            doc.events = []
            predicted = any(e.type == event_type for e in detector(doc).events)
            n = counts["snn" if i >= len(gsr) else "gsr"]
            n[0] += predicted and r.label == 1
            n[1] += predicted and r.label == 0
            n[2] += (not predicted) and r.label == 1
    p, rec, f = prf(*counts["gsr"])
    out: dict = {"precision": p, "recall": rec, "f1": f, "n": len(gsr)}
    out["positives"] = counts["gsr"][0] + counts["gsr"][2]
    if snn:
        sp, sr, sf = prf(*counts["snn"])
        out["snn"] = {"precision": sp, "recall": sr, "f1": sf, "n": len(snn)}
    return out


def _articles(zip_name: str) -> dict[str, str]:
    return {a["url"]: a["content"] for a in day_articles(NEWS / zip_name)}


def dev_scores(lexical_filter: bool = True) -> dict[str, object]:
    """Micro P/R/F1 on the own dev set (other types, and all types);
    ``lexical_filter=False`` turns the lexicon-type filter off."""
    from marsad.stages import build_pipeline

    pipeline = build_pipeline(raw=True)
    detector = EventDetector(lexical_filter=lexical_filter)
    rows = [
        line.rstrip("\n").split("\t")
        for line in DEV.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    cache: dict[str, dict[str, str]] = {}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    skipped = 0
    done: dict[str, Document] = {}
    for zip_name, url, start, end, digest, gold in rows:
        if zip_name not in cache:
            cache[zip_name] = _articles(zip_name)
        content = cache[zip_name].get(url)
        a, b = int(start), int(end)
        if content is None or short_sha1(content[a:b], 10) != digest:
            skipped += 1
            continue
        if url not in done:
            doc = pipeline(Document(id=url, raw=content))
            done[url] = detector(doc)
        doc = done[url]
        predicted = {
            e.type
            for e in doc.events
            if any(ev.start < b and a < ev.end for ev in [e.evidence, *e.more_evidence])
        }
        gold_types = set() if gold == "-" else set(gold.split(","))
        for t in PLOVER_TYPES:
            counts[t][0] += t in predicted and t in gold_types
            counts[t][1] += t in predicted and t not in gold_types
            counts[t][2] += t not in predicted and t in gold_types

    def micro(types: list[str]) -> dict[str, float]:
        tp = sum(counts[t][0] for t in types)
        fp = sum(counts[t][1] for t in types)
        fn = sum(counts[t][2] for t in types)
        p, r, f = prf(tp, fp, fn)
        return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}

    others = [t for t in PLOVER_TYPES if t not in ("ASSAULT", "PROTEST")]
    return {
        "sentences": len(rows) - skipped,
        "skipped": skipped,
        "other_types": micro(others),
        "all_types": micro(list(PLOVER_TYPES)),
        "per_type": {
            t: dict(zip(("tp", "fp", "fn"), counts[t], strict=True)) for t in PLOVER_TYPES
        },
    }


def lexical_scores() -> dict[str, float]:
    """Out-of-fold P/R/F1 of the lexicon-type filter (``LEXICAL``) on the own labels
    ``other_labels/labels*.tsv``, retrained per fold at the shipped setting (5 folds
    grouped by article; mentions with a political participant kept, as the detector
    does), and the F1 of keeping every mention."""
    from marsad.events.detector import LEXICAL

    shipped = shipped_model(LEXICAL, "ar")
    meta = shipped.meta if shipped else {}
    threshold = shipped.threshold if shipped else 0.5
    rows, feats, kinds = lexical_filter_examples(OTHER_LABELS, NEWS)
    probs = out_of_fold(
        rows, feats, LEXICAL, folds=K, c=meta.get("c", 1.0), group_scale=meta.get("group_scale")
    )
    labels = [r.label for r in rows]
    kept = filter_keeps(exempted(rows, kinds, meta), probs, threshold)
    p, r, f = kept_scores(kept, labels)
    keep_all = kept_scores([True] * len(rows), labels)[2]
    return {"precision": p, "recall": r, "f1": f, "n": len(rows), "keep_all_f1": keep_all}


def held_out_scores(labels: Path, models_dir: Path | None = None) -> dict[str, dict]:
    """P/R/F1 of the ASSAULT and PROTEST classifiers (the shipped ones, or
    ``ar_{assault,protest}.json.gz`` of ``models_dir``) on a labelled round of own
    sentences (``snn_labels/labels_N.tsv``) that they were not trained on: each sentence
    goes alone through the pipeline's mention stages, then the detector."""
    from marsad.events.classifier import LinearModel

    out: dict[str, dict] = {}
    for t in ("ASSAULT", "PROTEST"):
        model = (
            LinearModel.load(models_dir / f"ar_{t.lower()}.json.gz")
            if models_dir
            else shipped_model(t, "ar")
        )
        detector = EventDetector(models={t: model})
        rows = [r for r in read_snn_labels(labels, NEWS, t) if r.label is not None]
        kept = []
        for doc in annotated(rows):
            kept.append(any(e.type == t for e in detector(doc).events))
        p, rec, f = kept_scores(kept, [r.label for r in rows])
        out[t] = {"precision": p, "recall": rec, "f1": f, "n": len(rows)}
    return out


def lexical_held_out_scores(labels: Path, models_dir: Path | None = None) -> dict[str, float]:
    """P/R/F1 of the lexicon-type filter (the shipped one, or ``ar_lexical.json.gz`` of
    ``models_dir``) on a labelled round of ``other_labels`` it was not trained on
    (``labels_N.tsv``), mentions with a political participant kept as the detector keeps
    them, and the F1 of keeping every mention."""
    from marsad.events.classifier import LinearModel
    from marsad.events.detector import LEXICAL

    model = (
        LinearModel.load(models_dir / "ar_lexical.json.gz")
        if models_dir
        else shipped_model(LEXICAL, "ar")
    )
    rows, feats, kinds = lexical_filter_examples(labels, NEWS)
    labels_ = [r.label for r in rows]
    probs = [model.probability(fs) for fs in feats]
    kept = filter_keeps(exempted(rows, kinds, model.meta), probs, model.threshold)
    p, r, f = kept_scores(kept, labels_)
    keep_all = kept_scores([True] * len(rows), labels_)[2]
    return {"precision": p, "recall": r, "f1": f, "n": len(rows), "keep_all_f1": keep_all}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--skip-gsr", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument(
        "--held-out",
        type=Path,
        metavar="LABELS",
        help="only score the ASSAULT/PROTEST classifiers on this labels file (no training)",
    )
    ap.add_argument(
        "--lexical-held-out",
        type=Path,
        metavar="LABELS",
        help="only score the lexicon-type filter on this other_labels file (no training)",
    )
    ap.add_argument(
        "--no-lexical-filter",
        action="store_true",
        help="own dev set with the lexicon-type filter off",
    )
    ap.add_argument(
        "--models-dir",
        type=Path,
        help="with --held-out / --lexical-held-out: models to score instead of the shipped ones",
    )
    opts = ap.parse_args()
    if not SHARED.exists():
        print("../shared not present: nothing to evaluate", file=sys.stderr)
        return 0
    if opts.lexical_held_out:
        x = lexical_held_out_scores(opts.lexical_held_out, opts.models_dir)
        print(
            f"held-out lexicon-type filter: P={x['precision']:.3f} R={x['recall']:.3f} "
            f"F1={x['f1']:.3f} n={x['n']} (keeping every mention: F1={x['keep_all_f1']:.3f})"
        )
        return 0
    if opts.held_out:
        for t, x in held_out_scores(opts.held_out, opts.models_dir).items():
            print(
                f"held-out {t}: P={x['precision']:.3f} R={x['recall']:.3f} F1={x['f1']:.3f} n={x['n']}"
            )
        return 0
    result: dict[str, object] = {}
    if not opts.skip_gsr:
        for t in ("ASSAULT", "PROTEST"):
            result[f"gsr_{t.lower()}"] = s = gsr_scores(t)
            print(f"GSR {t} (CV {K}): P={s['precision']} R={s['recall']} F1={s['f1']} n={s['n']}")
            if "snn" in s:
                o = s["snn"]
                print(
                    f"  own SaudiNewsNet {t} (same CV): P={o['precision']} R={o['recall']} F1={o['f1']} n={o['n']}"
                )
    result["lexical_filter"] = x = lexical_scores()
    print(
        f"lexicon-type filter (CV {K}, own labels): P={x['precision']} R={x['recall']} F1={x['f1']} "
        f"n={x['n']} (keeping every mention: F1={x['keep_all_f1']})"
    )
    result["dev_other"] = d = dev_scores(lexical_filter=not opts.no_lexical_filter)
    o, a = d["other_types"], d["all_types"]  # type: ignore[index]
    print(
        f"own dev ({d['sentences']} sentences): other types P={o['precision']} R={o['recall']} F1={o['f1']}; all types F1={a['f1']}"
    )
    if opts.json:
        opts.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
