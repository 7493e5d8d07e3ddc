"""Throughput of ``marsad extract`` (the annotation pipeline plus the event and
statement stages) over SaudiNewsNet, on one core, with peak resident memory.

Prints articles/s, sentences/s, records written and each stage's share of the time.
Target (issue 6): >= 1,000 sentences/s and peak RSS <= 1.5 GB.

Usage: PYTHONPATH=src python bench/bench_extract.py [--limit N]
"""

from __future__ import annotations

import argparse
import resource
import time
from collections import Counter

from corpus import corpus_paths

from marsad.ingest import IngestError, read_documents
from marsad.pipeline import Pipeline
from marsad.runner import batch_gc
from marsad.stages import build_pipeline


def extract_pipeline() -> Pipeline:
    """The annotate stages followed by the event and statement stages."""
    return build_pipeline(events=True)


def main() -> None:
    """Run one pass and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=2000, help="stop after N articles")
    opts = ap.parse_args()
    paths = corpus_paths()
    pipeline = extract_pipeline()
    stage_time: Counter[str] = Counter()
    docs = sentences = records = 0
    t0 = time.perf_counter()
    with batch_gc():  # as marsad.runner.run_batch, which marsad extract uses
        for item in read_documents(paths):
            if isinstance(item, IngestError):
                continue
            doc = pipeline(item)
            docs += 1
            sentences += len(doc.sentences)
            records += len(doc.to_extract_records())
            stage_time.update(doc.timings)
            if docs >= opts.limit:
                break
    seconds = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles {docs}  sentences {sentences}  records {records}  seconds {seconds:.1f}")
    print(
        f"articles/s {docs / seconds:.1f}  sentences/s {sentences / seconds:.0f}  peak RSS {rss_mb:.0f} MB"
    )
    total = sum(stage_time.values()) or 1.0
    for name, t in stage_time.most_common():
        print(f"  {name:12s} {t:7.2f} s  {100 * t / total:5.1f}%  {sentences / t:8.0f} sentences/s")


if __name__ == "__main__":
    main()
