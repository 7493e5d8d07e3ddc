"""Training for :class:`marsad.events.classifier.LinearModel` (build time only).

L2-regularized logistic regression fitted with SciPy's L-BFGS on a sparse binary
feature matrix; numpy and scipy are imported only here, never at run time.
Features seen fewer than ``min_count`` times in the training sentences are dropped.

>>> from marsad.events.classifier import LinearModel
>>> X = [{"a"}, {"a", "b"}, {"c"}, {"c", "b"}] * 5
>>> m = fit_logistic(X, [1, 1, 0, 0] * 5, "T", c=10.0, min_count=1)
>>> m.probability({"a"}) > 0.5 > m.probability({"c"})
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

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
) -> LinearModel:
    """Fit a logistic-regression model; ``c`` is the inverse L2 strength and
    ``positive_weight`` scales the loss of positive examples."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    counts = Counter(f for fs in feature_sets for f in fs)
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    rows, cols = [], []
    for r, fs in enumerate(feature_sets):
        for f in fs:
            j = vocab.get(f)
            if j is not None:
                rows.append(r)
                cols.append(j)
    x = csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(len(feature_sets), len(vocab)), dtype=np.float64
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
    names = sorted(vocab, key=vocab.__getitem__)
    weights = {f: float(w[i]) for i, f in enumerate(names) if abs(w[i]) >= 1e-4}
    return LinearModel(event_type, float(w[-1]), threshold, weights)


def fold_models(
    rows: Sequence[GoldSentence],
    feats: Sequence[set[str]],
    event_type: str,
    *,
    folds: int = 5,
    **fit_options: float,
) -> Iterator[tuple[LinearModel, list[int]]]:
    """Cross-validation grouped by article: for each fold, the model trained on the other
    folds and the indices of the rows it holds out.

    ``fit_options`` go to :func:`fit_logistic` (``c``, ``positive_weight``, ``threshold``).
    """
    for k in range(folds):
        held = [i for i, r in enumerate(rows) if fold_of(r.id, folds) == k]
        train = [i for i, r in enumerate(rows) if fold_of(r.id, folds) != k]
        model = fit_logistic(
            [feats[i] for i in train], [rows[i].label for i in train], event_type, **fit_options
        )
        yield model, held
