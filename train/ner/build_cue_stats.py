"""Corpus statistics of how often each word follows a person, organization or place cue.

Weak evidence from unlabelled news: a word that often comes right after a title or a
given name (``الرئيس``, ``محمد``: ``lang/ar/ner_person_cues.tsv`` kind ``title``,
``ner_first_names.tsv``) is likely part of a person's name; after an organization head
noun (``حركة``, ``شركة``) part of an organization's; after a place head noun
(``مدينة``, ``محافظة``) a place. For every word seen at least ``--min-count`` times in
``../shared/data/news/saudinewsnet`` this counts the share of its occurrences that
follow each cue kind and writes it as a band (0: under 5% or fewer than two
occurrences, 1: under 20%, 2: under 50%, 3: half or more).

Writes ``src/marsad/resources/ner/cue_stats.tsv.gz``: ``word<TAB>per<TAB>org<TAB>loc``
for the words with some band above 0 (words and bands only, no text). Run from the
repository root::

    PYTHONPATH=src python train/ner/build_cue_stats.py
"""

from __future__ import annotations

import argparse
import gzip
import json
import zipfile
from collections import Counter
from pathlib import Path

from marsad.clean.normalize import normalize_key
from marsad.mentions.ner_features import RESOURCES, TOKEN_RE, FeatureExtractor

ROOT = Path(__file__).resolve().parents[2]
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"


def band(hits: int, total: int) -> str:
    """The share ``hits / total`` as a band ``"0"`` .. ``"3"`` (see module doc)."""
    share = hits / total if total else 0.0
    if hits < 2 or share < 0.05:
        return "0"
    return "1" if share < 0.2 else "2" if share < 0.5 else "3"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--out", type=Path, default=RESOURCES / "cue_stats.tsv.gz")
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args()
    if not args.news.is_dir():
        raise SystemExit(f"{args.news} not found (../shared is needed)")
    fx = FeatureExtractor.load()
    person = {w for w, k in fx.person_cues.items() if k == "title"} | set(fx.first_names)
    cues = (person, set(fx.org_cues), set(fx.loc_cues))
    freq: Counter[str] = Counter()
    after: tuple[Counter[str], ...] = (Counter(), Counter(), Counter())
    for path in sorted(args.news.glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for art in json.loads(z.read(name)):
                    prev = ""
                    for tok in TOKEN_RE.findall(normalize_key(art.get("content") or "")):
                        freq[tok] += 1
                        for cue, counter in zip(cues, after, strict=True):
                            if prev in cue:
                                counter[tok] += 1
                        prev = tok
    lines = ["# word\tper\torg\tloc"]
    for word, total in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
        if total < args.min_count:
            continue
        bands = [band(c[word], total) for c in after]
        if bands != ["0", "0", "0"]:
            lines.append(word + "\t" + "\t".join(bands))
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"wrote {len(lines) - 1:,} words to {args.out}")


if __name__ == "__main__":
    main()
