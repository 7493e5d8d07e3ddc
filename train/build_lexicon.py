"""Build the Arabic word-frequency lexicon that the clitic analyser consults.

Reads SaudiNewsNet (../shared/data/news/saudinewsnet/*.zip), counts normalized
Arabic word forms (marsad.clean.normalize.normalize_key) and writes those seen at
least ``--min-count`` times to ``src/marsad/resources/lexicon/ar_wordfreq.tsv.gz``
(``word<TAB>count``). Beside it, ``ar_designated.tsv.gz`` counts how often each of those
forms comes right after a place designator ("مدينة", "محافظة", "قرية": the
``designators_city`` and ``designators_admin`` of the gazetteer's ``context.json``); the
gazetteer build reads it to tell town names from common words (a town is written
"مدينة القائم" now and then, "البرج" the tower almost never). Only counts of single word
forms are kept, no text.

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
CONTEXT = ROOT / "src/marsad/resources/gazetteer/context.json"


def designator_keys() -> frozenset[str]:
    """Normalized Arabic city and admin designators of the gazetteer's context table."""
    ctx = json.loads(CONTEXT.read_text(encoding="utf-8"))
    words = ctx["designators_city"] + ctx["designators_admin"]
    return frozenset(normalize_key(w) for w in words if WORD.fullmatch(normalize_key(w)))


def write_counts(path: Path, header: str, items: list[tuple[str, int]]) -> None:
    """Write ``word<TAB>count`` lines under a ``#`` header, gzip-compressed."""
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(f"# {header}\n")
        for w, c in items:
            f.write(f"{w}\t{c}\n")


def main() -> None:
    """Count word forms over every SaudiNewsNet zip and write the lexicon file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--out", default=str(ROOT / "src/marsad/resources/lexicon/ar_wordfreq.tsv.gz"))
    args = ap.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    designated: collections.Counter[str] = collections.Counter()
    designators = designator_keys()
    zips = sorted(Path(args.shared, "data/news/saudinewsnet").glob("*.zip"))
    if not zips:
        sys.exit(f"no SaudiNewsNet zips under {args.shared}/data/news/saudinewsnet")
    n = 0
    for z in zips:
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for art in json.loads(zf.read(name)):
                    text = f"{art.get('title') or ''} {art.get('content') or ''}"
                    words = WORD.findall(normalize_key(text))
                    counts.update(words)
                    designated.update(
                        w for d, w in zip(words, words[1:], strict=False) if d in designators
                    )
                    n += 1
    kept = sorted((w, c) for w, c in counts.items() if c >= args.min_count)
    out = Path(args.out)
    write_counts(
        out, f"SaudiNewsNet word-form counts ({n} articles, min count {args.min_count})", kept
    )
    after = sorted((w, designated[w]) for w, _ in kept if designated[w])
    out_designated = out.with_name("ar_designated.tsv.gz")
    write_counts(
        out_designated,
        f"SaudiNewsNet counts of word forms right after a place designator ({n} articles)",
        after,
    )
    print(
        f"{n} articles, {len(counts)} forms, kept {len(kept)} -> {out}; "
        f"{len(after)} seen after a designator -> {out_designated}"
    )


if __name__ == "__main__":
    main()
