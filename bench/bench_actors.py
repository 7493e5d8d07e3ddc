"""Speed of actor linking over SaudiNewsNet, on one core.

Prints three figures (medians of ``--repeat`` passes):

* ``load``: seconds to parse the knowledge base (``load_kb``) and to build the name
  automaton, in a fresh state (caches cleared);
* ``match``: KB name matching alone (:meth:`ActorMatcher.find` on each sentence's
  normalized text), sentences/s -- the figure the issue's ">= 20,000 sentences/s" is about;
* ``link``: the whole :class:`DocumentLinker` (names, titles, roles, institutions,
  nationality words, short forms) on prepared documents (normalized, split, tokenized
  outside the timing), documents/s and sentences/s.

Usage: PYTHONPATH=src python bench/bench_actors.py [--limit 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from corpus import corpus_paths, documents

from marsad.clean.normalize import normalize_key
from marsad.document import Document
from marsad.resolve import actors as actors_mod
from marsad.resolve import actors_match
from marsad.resolve.actors_link import DocumentLinker


def time_load() -> tuple[float, float]:
    """Seconds to load the KB and to build the automaton, caches cleared."""
    actors_mod.load_kb.cache_clear()
    actors_match.matcher.cache_clear()
    t0 = time.perf_counter()
    actors_mod.load_kb()
    t1 = time.perf_counter()
    actors_match.matcher()
    return t1 - t0, time.perf_counter() - t1


def time_match(sentences: list[str]) -> float:
    """Seconds to run the name matcher over every normalized sentence."""
    m = actors_match.matcher()
    t0 = time.perf_counter()
    for s in sentences:
        m.find(s)
    return time.perf_counter() - t0


def time_link(docs: list[Document]) -> tuple[float, int]:
    """Seconds to link every document (fresh mention lists) and the mentions found."""
    linker = DocumentLinker()
    for d in docs:
        d.mentions = []
    t0 = time.perf_counter()
    n = 0
    for d in docs:
        n += len(linker(d))
    return time.perf_counter() - t0, n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=2000, help="articles to use")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    corpus_paths()  # exits with a message when ../shared is absent
    loads = [time_load() for _ in range(args.repeat)]
    print(
        f"load: knowledge base {statistics.median(a for a, _ in loads):.3f} s, "
        f"automaton {statistics.median(b for _, b in loads):.3f} s"
    )
    docs = documents(args.limit, through="tokens")
    sentences = [normalize_key(d.text[s.start : s.end]) for d in docs for s in d.sentences]
    n_chars = sum(len(s) for s in sentences)
    t_match = statistics.median(time_match(sentences) for _ in range(args.repeat))
    print(
        f"match: {len(sentences)} sentences ({n_chars / len(sentences):.0f} chars avg) in "
        f"{t_match:.2f} s = {len(sentences) / t_match:,.0f} sentences/s"
    )
    runs = [time_link(docs) for _ in range(args.repeat)]
    t_link = statistics.median(t for t, _ in runs)
    print(
        f"link: {len(docs)} documents, {len(sentences)} sentences in {t_link:.2f} s = "
        f"{len(docs) / t_link:,.0f} docs/s, {len(sentences) / t_link:,.0f} sentences/s, "
        f"{runs[0][1] / len(docs):.1f} linked mentions/doc"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
