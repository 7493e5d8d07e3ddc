"""Throughput of the date stage (DateRecognizer) over SaudiNewsNet, on one core.

Articles are read from ../shared/data/news/saudinewsnet, normalized and split into
sentences beforehand (not timed); then only the date stage runs. Prints sentences/s,
articles/s and DATE mentions per 100 sentences; ``--repeat N`` reports the median of
N passes. Times are CPU seconds of the process (wall seconds in brackets), so that
a busy shared machine does not distort them.

Usage: python bench/bench_dates.py [--limit 3000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

from corpus import documents

from marsad.document import Document
from marsad.mentions.dates import DateRecognizer


def one_pass(docs: list[Document]) -> tuple[float, float, int]:
    """CPU seconds and wall seconds of the date stage over ``docs``, and mentions found."""
    stage = DateRecognizer()
    found = 0
    c0, t0 = time.process_time(), time.perf_counter()
    for doc in docs:
        doc.mentions = []
        stage(doc)
        found += len(doc.mentions)
    return time.process_time() - c0, time.perf_counter() - t0, found


def main() -> None:
    """Load, run the passes, print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=3000, help="articles to process")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = documents(args.limit, through="sentences")
    n_sent = sum(len(d.sentences) for d in docs)
    one_pass(docs[:50])  # warm the lexicon and the compiled grammar
    cpu, wall, found = [], [], 0
    for _ in range(args.repeat):
        c, w, found = one_pass(docs)
        cpu.append(c)
        wall.append(w)
    sec = statistics.median(cpu)
    print(
        f"date stage: {len(docs)} articles, {n_sent} sentences, {found} DATE mentions "
        f"({100 * found / max(1, n_sent):.1f} per 100 sentences)"
    )
    print(
        f"median of {args.repeat}: {sec:.2f} CPU s ({statistics.median(wall):.2f} wall s)  ->  "
        f"{n_sent / sec:,.0f} sentences/s, {len(docs) / sec:,.0f} articles/s (one core)"
    )


if __name__ == "__main__":
    main()
