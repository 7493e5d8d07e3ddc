"""Measure cleaning on a SaudiNewsNet-style corpus: speed, removals by reason, samples.

Reads ``*.zip`` files that each hold one JSON list of ``{title, content, source, ...}``
(or ``*.json`` files with such a list) and cleans every article once.

    python -m marsad.clean.survey ../shared/data/news/saudinewsnet --sample 30

prints articles per second (cleaning only, one core; wall clock and CPU time, which
differ on a busy machine), the number of removals per
reason (``whitespace`` excluded from the sample), and ``--sample`` random removals with
their context for spot checks. Nothing is written.
"""

from __future__ import annotations

import argparse
import json
import random
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from marsad.clean.cleaner import clean_text
from marsad.document import Removal


def read_articles(folder: Path) -> Iterator[dict]:
    """Articles from every ``*.zip`` / ``*.json`` in ``folder`` (sorted by name)."""
    for path in sorted(folder.iterdir()):
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as zf:
                for name in zf.namelist():
                    if name.endswith(".json"):
                        yield from json.loads(zf.read(name).decode("utf-8"))
        elif path.suffix == ".json":
            yield from json.loads(path.read_text(encoding="utf-8"))


def survey(articles: list[dict]) -> tuple[float, float, Counter, list[tuple[dict, Removal]]]:
    """Clean every article; return (wall seconds, CPU seconds, removals per reason,
    all removals but whitespace)."""
    counts: Counter = Counter()
    found: list[tuple[dict, Removal]] = []
    t0, c0 = time.perf_counter(), time.process_time()
    results = [clean_text(a.get("content") or "", a.get("title") or None) for a in articles]
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    for article, (_text, removed) in zip(articles, results, strict=True):
        for r in removed:
            counts[r.reason] += 1
            if r.reason != "whitespace":
                found.append((article, r))
    return seconds, cpu, counts, found


def main(argv: list[str] | None = None) -> int:
    """Command line entry point (see module doc)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--sample", type=int, default=0, help="print this many random removals")
    ap.add_argument("--reason", help="only sample removals with this reason")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    articles = list(read_articles(args.folder))
    chars = sum(len(a.get("content") or "") for a in articles)
    seconds, cpu, counts, found = survey(articles)
    docs_with = len({id(a) for a, _ in found})
    print(
        f"{len(articles)} articles, {chars / 1e6:.1f} M chars: {seconds:.2f} s wall "
        f"({len(articles) / seconds:,.0f} articles/s), {cpu:.2f} s CPU "
        f"({len(articles) / cpu:,.0f} articles/s); {docs_with} articles had removals"
    )
    for reason, n in counts.most_common():
        print(f"  {reason:18s} {n}")
    pool = [f for f in found if not args.reason or f[1].reason == args.reason]
    rng = random.Random(args.seed)
    for article, r in rng.sample(pool, min(args.sample, len(pool))):
        raw = article.get("content") or ""
        before = raw[max(0, r.start - 80) : r.start].replace("\n", "⏎")
        after = raw[r.end : r.end + 40].replace("\n", "⏎")
        print(f"--- {article.get('source')} {r.reason} [{r.start}:{r.end}]")
        print(f"    …{before}⟦{r.text.replace(chr(10), '⏎')}⟧{after}…")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
