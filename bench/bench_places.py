"""Speed and memory of the place recognizer over SaudiNewsNet sentences, on one core.

Prints:

* index load: CPU seconds and peak RSS of a fresh process that loads the gazetteer;
* matching: sentences/s of the name scan alone (tokenize + clitic-aware longest match)
  on pre-normalized sentences;
* recognizer: sentences/s and characters/s of ``PlaceRecognizer.resolve`` (matching,
  context filters, disambiguation, unresolved places) on pre-normalized sentences, and
  articles/s on whole articles;
* peak RSS of this process.

Times are CPU time (``time.process_time``) so that other load on the machine does not
count; ``--repeat N`` reports the median of N passes. Sentences come from
:func:`marsad.text.sentences.split_sentences`.

Usage: python bench/bench_places.py [--articles 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from corpus import corpus_paths, documents  # noqa: E402

from marsad.clean.normalize import normalize  # noqa: E402
from marsad.mentions.places import PlaceRecognizer  # noqa: E402
from marsad.resolve.gazetteer_match import find_names, tokenize  # noqa: E402
from marsad.text.sentences import split_sentences  # noqa: E402

LOAD_CODE = (
    "import time,resource;t=time.process_time();w=time.perf_counter();"
    "from marsad.resolve.gazetteer import Gazetteer;Gazetteer.load();"
    "print(time.process_time()-t, time.perf_counter()-w,"
    " resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024)"
)  # run from this small process, ru_maxrss is the loader's own peak


def index_load() -> tuple[float, float, float]:
    """(CPU s, wall s, peak RSS MB) of loading the index in a fresh interpreter."""
    env_path = str(ROOT / "src")
    out = subprocess.run(
        [sys.executable, "-c", LOAD_CODE],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": env_path},
    )
    cpu, wall, rss = (float(x) for x in out.stdout.split())
    return cpu, wall, rss


def timed(fn, repeat: int) -> float:  # noqa: ANN001 - a callable
    """Median CPU seconds of ``fn()`` over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    corpus_paths()  # exits with a message when ../shared is absent
    cpu, wall, rss = index_load()
    print(f"index load: {cpu:.2f} s CPU ({wall:.2f} s wall), peak RSS {rss:.0f} MB")

    articles = [d.text for d in documents(args.articles, through="clean")]
    sentences = [a[s:e] for a in articles for s, e in split_sentences(a, "ar")]
    sent_views = [(s, normalize(s)) for s in sentences]
    art_views = [(a, normalize(a)) for a in articles]
    chars = sum(len(s) for s in sentences)
    print(
        f"corpus: {len(articles)} articles, {len(sentences)} sentences, {chars / len(sentences):.0f} chars/sentence"
    )

    rec = PlaceRecognizer()
    gaz = rec.gaz

    def match_only() -> None:
        for _, v in sent_views:
            find_names(v.text, gaz, tokenize(v.text))

    def recognize_sentences() -> None:
        for s, v in sent_views:
            rec.resolve(s, v)

    def recognize_articles() -> None:
        for a, v in art_views:
            rec.resolve(a, v)

    t = timed(match_only, args.repeat)
    print(f"matching:   {len(sentences) / t:,.0f} sentences/s ({chars / t / 1e6:.2f} M chars/s)")
    t = timed(recognize_sentences, args.repeat)
    print(f"recognizer: {len(sentences) / t:,.0f} sentences/s ({chars / t / 1e6:.2f} M chars/s)")
    t = timed(recognize_articles, args.repeat)
    mentions = sum(len(rec.resolve(a, v)) for a, v in art_views)
    print(
        f"articles:   {len(articles) / t:,.0f} articles/s, {mentions / len(articles):.1f} places/article"
    )
    print(
        f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )


if __name__ == "__main__":
    main()
