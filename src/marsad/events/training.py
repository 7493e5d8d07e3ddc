"""Training for :class:`marsad.events.classifier.LinearModel` (build time only).

L2-regularized logistic regression fitted with SciPy's L-BFGS on a sparse binary
feature matrix; numpy and scipy are imported only here, never at run time.
Features seen fewer than ``min_count`` times in the training sentences are dropped.

``group_scale`` gives a feature group (the prefix before ``=``, e.g. ``c`` for the
character n-grams) a value other than 1 during training: with the same L2 penalty a
group scaled by ``s`` has a prior ``s`` times as wide on its effective weight, so
many small, redundant features (the n-grams) can be held back against the few
informative ones. The stored weight is the trained weight times ``s``, so the model
still scores binary features and inference does not change.

>>> from marsad.events.classifier import LinearModel
>>> X = [{"a"}, {"a", "b"}, {"c"}, {"c", "b"}] * 5
>>> m = fit_logistic(X, [1, 1, 0, 0] * 5, "T", c=10.0, min_count=1)
>>> m.probability({"a"}) > 0.5 > m.probability({"c"})
True
>>> X = [{"w=a", "c=x"}, {"w=a", "c=y"}, {"w=b", "c=x"}, {"w=b", "c=y"}] * 5
>>> m = fit_logistic(X, [1, 1, 0, 0] * 5, "T", c=1.0, min_count=1, group_scale={"c": 0.5})
>>> m.probability({"w=a", "c=x"}) > 0.5 > m.probability({"w=b", "c=y"})
True
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from marsad.events.classifier import LinearModel
from marsad.events.gold import GoldSentence, fold_of, group_fold, prf

if TYPE_CHECKING:
    from marsad.events.detector import EventDetector
    from marsad.pipeline import Pipeline


def fit_logistic(
    feature_sets: Sequence[set[str]],
    labels: Sequence[int],
    event_type: str,
    *,
    c: float = 1.0,
    min_count: int = 2,
    positive_weight: float = 1.0,
    threshold: float = 0.5,
    group_scale: Mapping[str, float] | None = None,
) -> LinearModel:
    """Fit a logistic-regression model; ``c`` is the inverse L2 strength,
    ``positive_weight`` scales the loss of positive examples and ``group_scale``
    the value of a feature group's features (see the module docstring)."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    counts = Counter(f for fs in feature_sets for f in fs)
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    names = sorted(vocab, key=vocab.__getitem__)
    scales = group_scale or {}
    value = np.array([scales.get(f.split("=", 1)[0], 1.0) for f in names], dtype=np.float64)
    rows, cols = [], []
    for r, fs in enumerate(feature_sets):
        for f in fs:
            j = vocab.get(f)
            if j is not None:
                rows.append(r)
                cols.append(j)
    x = csr_matrix(
        (value[cols], (rows, cols)), shape=(len(feature_sets), len(vocab)), dtype=np.float64
    )
    y = np.asarray(labels, dtype=np.float64)
    sw = np.where(y > 0, positive_weight, 1.0)
    n_feat = len(vocab)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w[:-1] + w[-1]
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        ll = -np.sum(sw * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)))
        reg = 0.5 / c * np.dot(w[:-1], w[:-1])
        g = sw * (p - y)
        grad = np.empty_like(w)
        grad[:-1] = x.T @ g + w[:-1] / c
        grad[-1] = g.sum()
        return ll + reg, grad

    w0 = np.zeros(n_feat + 1)
    res = minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 300})
    w = res.x
    w[:-1] *= value
    weights = {f: float(w[i]) for i, f in enumerate(names) if abs(w[i]) >= 1e-4}
    return LinearModel(event_type, float(w[-1]), threshold, weights)


def fold_models(
    rows: Sequence[GoldSentence],
    feats: Sequence[set[str]],
    event_type: str,
    *,
    folds: int = 5,
    **fit_options: object,
) -> Iterator[tuple[LinearModel, list[int]]]:
    """Cross-validation grouped by article: for each fold, the model trained on the other
    folds and the indices of the rows it holds out.

    ``fit_options`` go to :func:`fit_logistic` (``c``, ``positive_weight``, ``threshold``,
    ``group_scale``).
    """
    for k in range(folds):
        held = [i for i, r in enumerate(rows) if fold_of(r.id, folds) == k]
        train = [i for i, r in enumerate(rows) if fold_of(r.id, folds) != k]
        model = fit_logistic(
            [feats[i] for i in train], [rows[i].label for i in train], event_type, **fit_options
        )
        yield model, held


def out_of_fold(
    rows: Sequence[GoldSentence],
    feats: Sequence[set[str]],
    event_type: str,
    *,
    folds: int = 5,
    **fit_options: object,
) -> list[float]:
    """Out-of-fold probability of every row under :func:`fold_models`."""
    probs = [0.0] * len(rows)
    for model, held in fold_models(rows, feats, event_type, folds=folds, **fit_options):
        for i in held:
            probs[i] = model.probability(feats[i])
    return probs


def grouped_out_of_fold(
    groups: Sequence[str],
    feats: Sequence[set[str]],
    labels: Sequence[int],
    name: str,
    *,
    folds: int = 5,
    **fit_options: object,
) -> list[float]:
    """Out-of-fold probability of every row, the rows of one group (an article) always on
    one side of a split (:func:`~marsad.events.gold.group_fold`); ``fit_options`` go to
    :func:`fit_logistic`."""
    fold = [group_fold(g, folds) for g in groups]
    probs = [0.0] * len(groups)
    for k in range(folds):
        train = [i for i, f in enumerate(fold) if f != k]
        model = fit_logistic(
            [feats[i] for i in train], [labels[i] for i in train], name, **fit_options
        )
        for i, f in enumerate(fold):
            if f == k:
                probs[i] = model.probability(feats[i])
    return probs


def filter_keeps(
    exempt: Sequence[bool], probs: Sequence[float], threshold: float, exempts: bool = True
) -> list[bool]:
    """Which mentions the lexicon-type filter keeps: a score at ``threshold`` or more, or,
    when ``exempts``, a row its exemption covers (:func:`exempted`), as
    :class:`EventDetector` decides.

    >>> filter_keeps([True, False, False], [0.1, 0.6, 0.2], 0.5)
    [True, True, False]
    >>> filter_keeps([True, False], [0.1, 0.6], 0.5, exempts=False)
    [False, True]
    """
    return [(x and exempts) or p >= threshold for x, p in zip(exempt, probs, strict=True)]


def exempted(rows: Sequence[GoldSentence], kinds: Sequence[str], meta: Mapping) -> list[bool]:
    """Which rows the filter's exemption covers, as :class:`EventDetector` decides from a
    model's ``meta`` (:func:`marsad.events.detector.exempts`); ``kinds`` are the rows'
    :func:`marsad.events.detector.exemption` kinds.

    >>> rows = [GoldSentence("a", "", "AID", 1, "yes"), GoldSentence("b", "", "CONSULT", 0, "no")]
    >>> exempted(rows, ["political", "political"], {"exempt_types": ["AID"]})
    [True, False]
    """
    from marsad.events.detector import exempts

    return [exempts(k, r.event_type, meta) for r, k in zip(rows, kinds, strict=True)]


def kept_scores(kept: Sequence[bool], labels: Sequence[int]) -> tuple[float, float, float]:
    """P, R, F1 of the rows marked ``kept`` against binary ``labels``.

    >>> kept_scores([True, True, False, False], [1, 0, 1, 0])
    (0.5, 0.5, 0.5)
    """
    tp = sum(1 for k, y in zip(kept, labels, strict=True) if k and y)
    fp = sum(1 for k, y in zip(kept, labels, strict=True) if k and not y)
    return prf(tp, fp, sum(labels) - tp)


def read_lexical_labels(
    paths: Path | Sequence[Path],
) -> dict[tuple[str, int], list[tuple[int, int, str, str, int]]]:
    """Rows of the lexicon-type filter's label files by article: ``(zip, index) ->
    [(start, end, sha1_10, type, label)]`` (label 1 for ``yes``). Each of ``paths`` is a
    file (``eval/events/other_labels/labels.tsv``, ``eval/events/articles/filter_labels.tsv``)
    or a folder (every ``labels*.tsv`` in it: all hand-labelled rounds)."""
    out: dict[tuple[str, int], list] = defaultdict(list)
    for path in [paths] if isinstance(paths, Path) else paths:
        files = sorted(path.glob("labels*.tsv")) if path.is_dir() else [path]
        for f in files:
            for line in f.read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                z, idx, a, b, h, t, label = line.split("\t")[:7]
                out[(z, int(idx))].append((int(a), int(b), h, t, 1 if label == "yes" else 0))
    return out


def lexicon_mentions_detector() -> type:
    """An :class:`EventDetector` subclass that records, instead of filtering, every
    lexicon-type mention the ``LEXICAL`` filter would score: its ``seen`` maps
    ``(sentence start, type)`` to ``[(features, exemption kind, event)]``."""
    from marsad.document import Event
    from marsad.events.detector import EventDetector, event_features, exemption
    from marsad.events.view import DocView

    class Recorder(EventDetector):
        """The events stage recording, not filtering, each lexicon-type mention."""

        def __init__(self) -> None:
            super().__init__()
            self.seen: dict[tuple[int, str], list[tuple[set[str], str, Event]]] = defaultdict(list)

        def _lexical_ok(
            self, view: DocView, event: Event, sentence_feats: Callable[[], set[str]]
        ) -> bool:
            features = sentence_feats() | event_features(event)
            key = (event.evidence.start, event.type)
            self.seen[key].append((features, exemption(view, event), event))
            return True

    return Recorder


def recording_pipeline() -> tuple[Pipeline, EventDetector]:
    """The ``extract`` pipeline without cleaning (``raw=True``: offsets are the input's)
    whose events stage is a :func:`lexicon_mentions_detector` recorder, and that
    recorder (its ``seen`` holds the mentions of the last document run)."""
    from marsad.pipeline import Pipeline
    from marsad.stages import build_pipeline

    recorder = lexicon_mentions_detector()()
    return Pipeline([*build_pipeline(raw=True, events=True).stages[:-1], recorder]), recorder


def lexical_filter_examples(
    labels: Path | Sequence[Path], news: Path
) -> tuple[list[GoldSentence], list[set[str]], list[str]]:
    """Training examples of the lexicon-type filter (``LEXICAL``): the pipeline runs over
    each labelled SaudiNewsNet article (``news``: the day zips) with the filter off, and
    every mention of a labelled (sentence, type) of ``labels`` (files or folders, as
    :func:`read_lexical_labels` reads them) gives a row, its features (sentence and event
    features, as the detector scores them) and its exemption kind
    (:func:`marsad.events.detector.exemption`: the model's meta decides which kinds the
    detector keeps whatever the score). Raises ``SystemExit`` when a labelled sentence's
    text changed."""
    from marsad.document import Document
    from marsad.ingest.pointers import day_articles, short_sha1

    pipeline, recorder = recording_pipeline()
    rows: list[GoldSentence] = []
    feats: list[set[str]] = []
    kinds: list[str] = []
    for (z, idx), labelled in sorted(read_lexical_labels(labels).items()):
        text = day_articles(news / z)[idx].get("content") or ""
        recorder.seen.clear()
        pipeline(Document(id=f"{z}#{idx}", raw=text))
        for a, b, h, t, label in labelled:
            if short_sha1(text[a:b], 10) != h:
                raise SystemExit(f"{z}#{idx} {a}-{b}: the text changed")
            for k, (fs, kind, _event) in enumerate(recorder.seen.get((a, t), [])):
                rows.append(GoldSentence(f"lex:{z}#{idx}-{a}_{k}", text[a:b], t, label, str(label)))
                feats.append(fs)
                kinds.append(kind)
    return rows, feats, kinds
