"""Train the filter over the events of Marsad's 14 lexicon types (``LEXICAL`` model).

The trigger lexicons of AGREE ... COERCE fire on sports, business and other senses of
their words ("دعم البورصة", "يهدد حياة الطفل"). This script fits one logistic model that
scores an event mention of any of those types from its sentence's features
(:func:`marsad.events.features.sentence_features`) and its own
(:func:`marsad.events.detector.event_features`: type, participants' sectors, modality),
on two kinds of rows (pointers into ``../shared`` SaudiNewsNet):

* Marsad's hand labels ``eval/events/other_labels/labels*.tsv`` (all rounds; ``yes`` = a
  political event of that type, whatever its modality);
* rows derived from the development rounds of the article gold
  (``eval/events/articles/filter_labels.tsv``, written by ``filter_labels.py`` there;
  ``yes`` = an asserted event the gold codes with that type): the distribution and the
  conventions ``marsad extract`` is judged on.

Steps:

1. runs the pipeline over each labelled article with the filter switched off and keeps
   the features of every mention of the labelled type in the labelled sentence;
2. picks ``c``, the character n-grams' scale and the threshold by 5-fold
   cross-validation grouped by article, maximizing F1 on the rows of the article gold
   (``--select-on all``: on every row), with the mentions that the exemption covers kept:
   a known political actor, or a political participant in a type of ``--exempt-types``
   (``exemption`` in the detector; ``exempt_political`` and ``exempt_types`` in the
   model's meta, which the detector follows); prints the out-of-fold figures;
3. trains on all rows and writes ``src/marsad/resources/events/ar_lexical.json.gz``.

Usage (from the repository root, about two minutes)::

    PYTHONPATH=src python train/events/train_lexical_filter.py [--dry-run] [--exempt yes|no|auto]
        [--exempt-types AID,MOBILIZE,RETREAT|all] [--labels FILE_OR_FOLDER ...]
        [--article-labels [FILE ...]] [--select-on articles|all] [--out MODEL]

Choosing the grid on the article rows was checked on two held-out gold rounds: trained
with the rows of rounds 1-7 the filter scored round 8 at event F1 0.514 (0.474 when the
grid was chosen on all rows, threshold 0.25), and trained without round 7 it scored
round 7 at 0.640 (0.621).

The held-out comparison of the exemption (``EXEMPT``) is reproduced by training on round 1
only into a folder and scoring round 2 there::

    python train/events/train_lexical_filter.py --labels eval/events/other_labels/labels.tsv \
        --article-labels --exempt no --out /tmp/lex/ar_lexical.json.gz
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
    exempted,
    filter_keeps,
    fit_logistic,
    kept_scores,
    lexical_filter_examples,
    out_of_fold,
)

REPO = Path(__file__).resolve().parents[2]
NEWS = REPO.parent / "shared" / "data" / "news" / "saudinewsnet"
LABELS = REPO / "eval" / "events" / "other_labels"  # every labels*.tsv (all rounds)
#: Rows derived from the article gold's development rounds (``filter_labels.py`` there).
ARTICLE_LABELS = REPO / "eval" / "events" / "articles" / "filter_labels.tsv"
OUT = REPO / "src" / "marsad" / "resources" / "events" / "ar_lexical.json.gz"
K = 5
GRID_C = (0.3, 1.0, 3.0)
GRID_CHAR_SCALE = (1.0, 0.5)
#: ``--exempt``: the political-participant exemption settings the grid tries. The shipped
#: model keeps it ("yes") for the types of ``--exempt-types`` only. Until stop 12 it
#: covered every type: dropping it then cross-validated better but dropped real events
#: whose sentence does not read as political (the reference article's aid by local tribes
#: at al-Qaim); stop 12's rules removed many of the false alarms it kept.
EXEMPT = {"yes": (True,), "no": (False,), "auto": (True, False)}
#: ``--exempt-types``: the types in which any political participant exempts a mention
#: (a known political actor of the knowledge base, with a sector and an id, exempts every
#: type: "نطالب المجتمع الدولي" said by the Iraqi foreign minister). Material aid and
#: coercion by a political actor are kept whatever their sentence reads like: the helping
#: verbs are mostly other senses in the labels, so the filter scores "ساعدت القبائل
#: المحلية الجنود" low (0.06), and a short arrest report ("اعتقلت الشرطة خمسة أشخاص")
#: reads like crime news. Every other mention is left to the filter's score. On the 100
#: hand-coded articles F1 0.569, against 0.557 when any political participant exempted
#: every type (the setting until stop 12) and 0.580 with no exemption; CV on the labels
#: 0.685, against 0.628 and 0.687.
#: Since stop 15 the filter also learns from the article gold (``filter_labels.tsv``),
#: whose coders seldom code troop movements: deployments and withdrawals with a political
#: participant (MOBILIZE, RETREAT) are kept too, since they are what early-warning users
#: watch ("تم نشر المزيد من المقاتلين المرتبطين بإيران في سوريا", "فر إلى العراق" in the
#: reference article scored 0.13 and 0.22). Cost when adopted: 3 more false alarms on the
#: 250 development articles.
#: Since stop 21 coercion is scored: with the article rows of rounds 1-27 the filter tells
#: arrests and closures from the other senses of their cues ("منع العرق من التبخر",
#: "قواعد أبعد", "حكما بالسجن" in a court's sentence); out-of-fold event F1 of the record
#: filter after it 0.682 against 0.668 with coercion exempt (COERCE records 35 right and
#: 15 false on rounds 1-27, against 35 and 41). Scoring movements too (AID alone exempt)
#: gave 0.690 but dropped the reference article's border closure and deployment.
EXEMPT_TYPES = ("AID", "MOBILIZE", "RETREAT")
GRID_THRESHOLD = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


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
        nargs="+",
        default=[LABELS],
        help="hand-label files or folders to train on (default: every round in other_labels/)",
    )
    ap.add_argument(
        "--article-labels",
        type=Path,
        nargs="*",
        default=[ARTICLE_LABELS],
        help="rows derived from the article gold (articles/filter_labels.py) to train on and "
        "to choose the grid on (default: articles/filter_labels.tsv; none: give no file)",
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
    ap.add_argument(
        "--exempt-types",
        default=",".join(EXEMPT_TYPES),
        help="the types whose mentions the exemption covers, comma-separated, or 'all' "
        f"(default: {','.join(EXEMPT_TYPES)})",
    )
    ap.add_argument(
        "--select-on",
        choices=("articles", "all"),
        default="articles",
        help="the rows whose out-of-fold F1 picks c, the n-gram scale and the threshold: "
        "those derived from the article gold (default; all rows when none is given) or all",
    )
    opts = ap.parse_args()
    types = None if opts.exempt_types == "all" else sorted(opts.exempt_types.split(","))
    if not NEWS.is_dir():
        raise SystemExit(f"{NEWS} not present: ../shared data is needed to train")
    sources = [*opts.labels, *opts.article_labels]
    rows, feats, kinds = lexical_filter_examples(opts.labels, NEWS)
    first = len(rows)  # the article gold's rows follow (their articles are disjoint)
    if opts.article_labels:
        more = lexical_filter_examples(opts.article_labels, NEWS)
        rows, feats, kinds = rows + more[0], feats + more[1], kinds + more[2]
    exempt = exempted(rows, kinds, {"exempt_political": True, "exempt_types": types})
    labels = [r.label for r in rows]
    pos = sum(labels)
    base = kept_scores([True] * len(rows), labels)
    print(f"{len(rows)} mentions, {pos} yes; keeping all: P={base[0]:.3f} R=1 F1={base[2]:.3f}")
    # mentions with a political participant are kept whatever the score, as in the detector
    print(
        f"{sum(exempt)} mentions have a known political actor, or a political participant "
        f"in {types or 'every type'} (kept whatever the score when the setting exempts them)"
    )
    # the rows of the article gold, when the grid is chosen on them
    chosen = list(range(first, len(rows))) if opts.select_on == "articles" else None
    on = [labels[i] for i in chosen] if chosen else labels
    print(
        f"the grid is chosen on {'the ' + str(len(on)) + ' rows of the article gold' if chosen else 'all rows'}"
    )
    best = None
    for c, char in itertools.product(GRID_C, GRID_CHAR_SCALE):
        scale = {"c": char}
        probs = out_of_fold(rows, feats, LEXICAL, folds=K, c=c, group_scale=scale)
        for t, exempts in itertools.product(GRID_THRESHOLD, EXEMPT[opts.exempt]):
            kept = filter_keeps(exempt, probs, t, exempts)
            sel = kept_scores([kept[i] for i in chosen], on) if chosen else None
            p, r, f = kept_scores(kept, labels)
            key = sel[2] if sel else f
            if best is None or key > best[0]:
                best = (key, p, r, f, c, scale, t, exempts, sel)
    assert best is not None
    _, p, r, f, c, scale, t, exempts, sel = best
    if sel:
        print(f"CV({K}) on the article rows: P={sel[0]:.3f} R={sel[1]:.3f} F1={sel[2]:.3f}")
    print(
        f"CV({K}) P={p:.3f} R={r:.3f} F1={f:.3f} c={c} group_scale={scale} threshold={t} "
        f"exempt_political={exempts}"
    )
    if opts.dry_run:
        return
    model = fit_logistic(feats, labels, LEXICAL, c=c, threshold=t, group_scale=scale)
    model.meta = {
        "data": f"{', '.join(_shown(p) for p in sources)} (own SaudiNewsNet labels, pointers)",
        "labels": "hand labels: yes = a political event of the proposed type (any modality); "
        "rows from the article gold: yes = an asserted event the gold codes with that type",
        "n_mentions": len(rows),
        "n_positive": pos,
        "keep_all": {"precision": round(base[0], 4), "f1": round(base[2], 4)},
        "c": c,
        "group_scale": scale,
        "exempt_political": exempts,
        "exempt_types": types,
        "cv": {
            "folds": K,
            "grouped_by": "article",
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
        },
        "selected_on": "article gold rows" if sel else "all rows",
    }
    if sel:
        model.meta["cv_article_rows"] = {
            "n": len(on),
            "precision": round(sel[0], 4),
            "recall": round(sel[1], 4),
            "f1": round(sel[2], 4),
        }
    model.save(opts.out)
    print(f"wrote {opts.out} ({len(model.weights)} weights)")
    print("meta:", json.dumps(model.meta, ensure_ascii=False))


if __name__ == "__main__":
    main()
