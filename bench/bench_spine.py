"""Throughput of the Marsad spine over SaudiNewsNet, on one core.

Reads every zip in ../shared/data/news/saudinewsnet with Marsad's own readers, runs
the stages (clean, normalize, language id, sentences, tokens, and optionally the
later ones) and prints articles/s, sentences/s, each stage's share of the time and
the peak resident memory. ``--repeat N`` runs the whole pass N times and reports
the median.

Usage: python bench/bench_spine.py [--limit N] [--repeat 3] [--stages spine|all]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from collections import Counter

from corpus import corpus_paths

from marsad.ingest import IngestError, read_documents
from marsad.pipeline import Pipeline
from marsad.stages import build_pipeline

SPINE = ("clean", "normalize", "langid", "sentences", "tokens")


def one_pass(paths: list[str], pipeline: Pipeline, limit: int | None) -> dict:
    """Run the pipeline over the corpus once; return counts and seconds by stage."""
    stage_time: Counter[str] = Counter()
    n_docs = n_sent = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    read_time = 0.0
    it = iter(read_documents(paths))
    while True:
        r0 = time.perf_counter()
        item = next(it, None)
        read_time += time.perf_counter() - r0
        if item is None:
            break
        if isinstance(item, IngestError):
            continue
        doc = pipeline(item)
        n_docs += 1
        n_sent += len(doc.sentences)
        stage_time.update(doc.timings)
        if limit and n_docs >= limit:
            break
    total = time.perf_counter() - t0
    stage_time["read"] = read_time
    cpu = time.process_time() - c0
    return {"docs": n_docs, "sentences": n_sent, "seconds": total, "cpu": cpu, "stages": stage_time}


def main() -> None:
    """Parse options, run the passes, print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="stop after N articles per pass")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--stages", choices=["spine", "all"], default="spine")
    args = ap.parse_args()
    paths = corpus_paths()
    full = build_pipeline()
    stages = [s for s in full.stages if args.stages == "all" or s.name in SPINE]
    pipeline = Pipeline(stages)
    runs = [one_pass(paths, pipeline, args.limit) for _ in range(args.repeat)]
    secs = statistics.median(r["seconds"] for r in runs)
    last = runs[-1]
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"stages: read + {', '.join(s.name for s in stages)}")
    print(f"articles: {last['docs']}  sentences: {last['sentences']}  passes: {len(runs)}")
    every = ", ".join(f"{r['seconds']:.2f}" for r in runs)
    print(f"median seconds: {secs:.2f}  (all: {every})")
    cpu = statistics.median(r["cpu"] for r in runs)
    print(f"median CPU seconds: {cpu:.2f}  (one core; less sensitive to a busy machine)")
    print(f"articles/s: {last['docs'] / secs:,.0f}  (per CPU second: {last['docs'] / cpu:,.0f})")
    print(f"sentences/s: {last['sentences'] / secs:,.0f}")
    total = sum(last["stages"].values()) or 1.0
    for name, t in last["stages"].most_common():
        print(f"  {name:<12} {t:7.2f} s  {100 * t / total:5.1f}%")
    print(f"peak RSS: {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
