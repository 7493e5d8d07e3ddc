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

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

from marsad.events.classifier import LinearModel
from marsad.events.gold import GoldSentence, fold_of


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
