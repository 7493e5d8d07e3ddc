"""Time of ``marsad extract`` on one long document: the reference article repeated.

A dump pasted as one document costs more than its size where a stage compares mentions
with mentions; this prints, for each number of copies, the document's size, the seconds
the whole pipeline takes, each stage's seconds and the process's peak resident memory.

Usage: PYTHONPATH=src python bench/bench_long_document.py [--copies 100 400]
(needs ../shared/examples; run each size in its own process for its peak memory).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from marsad.document import Document
from marsad.stages import build_pipeline

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "examples"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, nargs="+", default=[100])
    opts = ap.parse_args()
    article = REFERENCE / "000_6e59c3c8b09eb941.txt"
    if not article.exists():
        sys.exit(f"{article} not found: the benchmark needs ../shared")
    text = article.read_text(encoding="utf-8")
    pipeline = build_pipeline(events=True)
    for n in opts.copies:
        raw = "\n\n".join([text] * n)
        t0 = time.perf_counter()
        doc = pipeline(Document(id=f"x{n}", raw=raw, published="2024-12-09"))
        seconds = time.perf_counter() - t0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        stages = "  ".join(f"{k} {v:.1f}" for k, v in doc.timings.items() if v >= 0.1)
        print(
            f"copies {n}  {len(raw.encode()) / 1e6:.1f} MB  {seconds:.1f} s  peak RSS {rss:.0f} MB"
        )
        print(f"  {stages}")


if __name__ == "__main__":
    main()
