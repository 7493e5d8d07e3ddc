"""Build distributional word clusters for the NER model from unlabelled Arabic news.

Reads every ``*.zip`` of ``../shared/data/news/saudinewsnet`` (each a JSON list of
articles with ``content``), tokenizes the normalized text with the NER tokenizer, and
for the ``--vocab`` most frequent words builds a PPMI matrix over position-specific
contexts (the word 2 and 1 to the left and right, among the ``--contexts`` most frequent
words), reduces it with a truncated SVD and clusters the unit-length vectors with
k-means at four granularities (64, 256, 1024 and 4096 clusters by default); two more
clusterings (256 each) come from the left-context and right-context halves of the
matrix alone.

Writes ``src/marsad/resources/ner/clusters.tsv.gz``: one line per word, most frequent
first, ``word<TAB>c64<TAB>c256<TAB>c1024<TAB>c4096<TAB>L256<TAB>R256``. The line order is the frequency rank that
the clitic splitter in :mod:`marsad.mentions.ner_features` uses. Only words and
cluster numbers are written, no text.

Run from the repository root::

    PYTHONPATH=src python train/ner/build_clusters.py
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds

from marsad.clean.normalize import normalize_key
from marsad.mentions.ner_features import TOKEN_RE

ROOT = Path(__file__).resolve().parents[2]
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"
OUT = ROOT / "src" / "marsad" / "resources" / "ner" / "clusters.tsv.gz"


def read_tokens(folder: Path) -> list[str]:
    """All normalized tokens of all articles, articles in file order, in one list."""
    tokens: list[str] = []
    for path in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for art in json.loads(z.read(name)):
                    text = normalize_key(art.get("content") or "")
                    tokens.extend(TOKEN_RE.findall(text))
                    tokens.append("\n")  # article boundary: never a context
    return tokens


def kmeans(x: np.ndarray, k: int, iters: int, seed: int) -> np.ndarray:
    """Spherical k-means on unit rows of ``x``; returns the cluster of each row."""
    rng = np.random.default_rng(seed)
    cent = x[rng.choice(len(x), size=k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        assign = np.empty(len(x), dtype=np.int64)
        for a in range(0, len(x), 8192):
            assign[a : a + 8192] = np.argmax(x[a : a + 8192] @ cent.T, axis=1)
        sums = np.zeros_like(cent)
        np.add.at(sums, assign, x)
        counts = np.bincount(assign, minlength=k)
        empty = counts == 0
        sums[empty] = x[rng.choice(len(x), size=int(empty.sum()), replace=False)]
        cent = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)
    return assign


def unit_svd(m: sparse.csr_matrix, dim: int, seed: int) -> np.ndarray:
    """Rows of ``m`` reduced to ``dim`` dimensions (U * sqrt(S)), scaled to unit length."""
    u, s, _ = svds(m, k=dim, random_state=seed)
    vec = u * np.sqrt(s)
    return vec / np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-9)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--vocab", type=int, default=60000)
    ap.add_argument("--contexts", type=int, default=5000)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--ks", default="64,256,1024,4096")
    ap.add_argument("--side-k", type=int, default=256, help="clusters of the one-sided views")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    if not args.news.is_dir():
        raise SystemExit(f"{args.news} not found (../shared is needed to build clusters)")

    t0 = time.time()
    toks = read_tokens(args.news)
    counts = Counter(toks)
    counts.pop("\n", None)
    vocab = [w for w, c in counts.most_common(args.vocab) if c >= 3]
    index = {w: i for i, w in enumerate(vocab)}
    print(
        f"{len(toks):,} tokens, {len(counts):,} types, vocab {len(vocab):,} ({time.time() - t0:.0f}s)"
    )

    ids = np.fromiter((index.get(t, -1) for t in toks), dtype=np.int64, count=len(toks))
    boundary = np.fromiter((t == "\n" for t in toks), dtype=bool, count=len(toks))
    del toks
    nc = args.contexts
    rows, cols = [], []
    for slot, d in enumerate((-2, -1, 1, 2)):
        if d < 0:
            w, c = ids[-d:], ids[:d]
        else:
            w, c = ids[:-d], ids[d:]
        ok = (w >= 0) & (c >= 0) & (c < nc)
        # a pair may not straddle an article boundary
        bnd = np.cumsum(boundary)
        bw = bnd[-d:] if d < 0 else bnd[:-d]
        bc = bnd[:d] if d < 0 else bnd[d:]
        ok &= bw == bc
        rows.append(w[ok])
        cols.append(c[ok] + slot * nc)
    r = np.concatenate(rows)
    c = np.concatenate(cols)
    m = sparse.coo_matrix(
        (np.ones(len(r), dtype=np.float64), (r, c)), shape=(len(vocab), 4 * nc)
    ).tocsr()
    m.sum_duplicates()
    print(f"co-occurrence {m.nnz:,} non-zeros ({time.time() - t0:.0f}s)")

    # PPMI with context-distribution smoothing (alpha 0.75)
    total = m.sum()
    pw = np.asarray(m.sum(axis=1)).ravel() / total
    cc = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    pc = cc / cc.sum()
    coo = m.tocoo()
    pmi = np.log(coo.data / total) - np.log(pw[coo.row]) - np.log(pc[coo.col])
    keep = pmi > 0
    ppmi = sparse.csr_matrix(
        (pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape, dtype=np.float64
    )
    vec = unit_svd(ppmi, args.dim, args.seed)
    print(f"svd {vec.shape} ({time.time() - t0:.0f}s)")

    ks = [int(k) for k in args.ks.split(",")]
    assigns = [kmeans(vec, k, iters=25, seed=args.seed + i) for i, k in enumerate(ks)]
    names = [f"c{k}" for k in ks]
    # one-sided views: words alike by what precedes them / by what follows them
    for j, (side, cols) in enumerate((("L", slice(0, 2 * nc)), ("R", slice(2 * nc, 4 * nc)))):
        v = unit_svd(ppmi[:, cols], args.dim // 2, args.seed)
        assigns.append(kmeans(v, args.side_k, iters=25, seed=args.seed + 100 + j))
        names.append(f"{side}{args.side_k}")
    print(f"k-means {names} ({time.time() - t0:.0f}s)")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# word\t" + "\t".join(names)]
    lines += [w + "\t" + "\t".join(str(int(a[i])) for a in assigns) for i, w in enumerate(vocab)]
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
