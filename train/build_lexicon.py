"""Build the Arabic word-frequency lexicon that the clitic analyser consults.

Reads SaudiNewsNet (../shared/data/news/saudinewsnet/*.zip), counts normalized
Arabic word forms (marsad.clean.normalize.normalize_key) and writes those seen at
least ``--min-count`` times to ``src/marsad/resources/lexicon/ar_wordfreq.tsv.gz``
(``word<TAB>count``). Only counts of single word forms are kept, no text.

Usage: python train/build_lexicon.py [--shared ../shared] [--min-count 5]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.clean.normalize import normalize_key  # noqa: E402

WORD = re.compile(r"[\u0621-\u064a]+")


def main() -> None:
    """Count word forms over every SaudiNewsNet zip and write the lexicon file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--out", default=str(ROOT / "src/marsad/resources/lexicon/ar_wordfreq.tsv.gz"))
    args = ap.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    zips = sorted(Path(args.shared, "data/news/saudinewsnet").glob("*.zip"))
    if not zips:
        sys.exit(f"no SaudiNewsNet zips under {args.shared}/data/news/saudinewsnet")
    n = 0
    for z in zips:
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for art in json.loads(zf.read(name)):
                    text = f"{art.get('title') or ''} {art.get('content') or ''}"
                    counts.update(WORD.findall(normalize_key(text)))
                    n += 1
    kept = sorted((w, c) for w, c in counts.items() if c >= args.min_count)
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(f"# SaudiNewsNet word-form counts ({n} articles, min count {args.min_count})\n")
        for w, c in kept:
            f.write(f"{w}\t{c}\n")
    print(f"{n} articles, {len(counts)} forms, kept {len(kept)} -> {args.out}")


if __name__ == "__main__":
    main()
