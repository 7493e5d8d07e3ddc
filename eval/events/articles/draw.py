"""Reproduce the draw of the 30 SaudiNewsNet articles in ``gold.jsonl``.

Filters (applied to every article of the 17 day files, in sorted file order):

* ``400 <= len(content) <= 2500`` (Python code points, content as stored);
* ``content`` contains at least one conflict keyword as a plain substring
  (``KEYWORDS`` below; no word boundaries, so e.g. "القصف" matches "قصف");
* not one of the articles of ``eval/places/tune_articles.jsonl`` /
  ``test_articles.jsonl`` (by zip+index and by content hash), nor an article of
  ``eval/events/dev_other.tsv`` (by URL), so the set is disjoint from those dev sets;
* identical ``content`` seen earlier (same text in another day file) is dropped,
  the first occurrence (sorted zip, index) is kept.

The candidates are shuffled with ``random.Random(SEED)`` and taken in order, at
most ``PER_SOURCE`` per ``source``, until ``N`` are drawn.

``--round 2`` reproduces the second draw (``gold_2.jsonl``): seed ``SEED_2``, ``N_2``
articles, the same filters, and the articles of round 1 and of the classifiers' own
labels excluded as well. ``--round 3`` (``gold_3.jsonl``): seed ``SEED_3``, ``N_3``
articles, excluding rounds 1 and 2 and every label file of :data:`LABEL_FILES`;
``--round 4`` (``gold_4.jsonl``): seed ``SEED_4``, ``N_4`` articles, excluding rounds 1-3;
``--round 5`` (``gold_5.jsonl``): seed ``SEED_5``, ``N_5`` articles, excluding rounds 1-4;
``--round 6`` (``gold_6.jsonl``): seed ``SEED_6``, ``N_6`` articles, excluding rounds 1-5;
``--round 7`` (``gold_7.jsonl``): seed ``SEED_7``, ``N_7`` articles, excluding rounds 1-6;
``--round 8`` (``gold_8.jsonl``): seed ``SEED_8``, ``N_8`` articles, excluding rounds 1-7;
``--round 9`` (``gold_9.jsonl``): seed ``SEED_9``, ``N_9`` articles, excluding rounds 1-8
and also the third label draw of the lexicon-type filter;
``--round 10`` (``gold_10.jsonl``): seed ``SEED_10``, ``N_10`` articles, excluding rounds 1-9
and the same label files as round 9;
``--round 11`` (``gold_11.jsonl``): seed ``SEED_11``, ``N_11`` articles, excluding rounds 1-10
and the same label files; ``--round 12`` (``gold_12.jsonl``): seed ``SEED_12``, ``N_12``
articles, excluding rounds 1-11 and the same label files.

Run from the repository root: ``python eval/events/articles/draw.py [--round 2|...|12]``
(needs ../shared). Prints one JSON pointer per line; ``--check`` also compares them
with the pointers of ``gold.jsonl`` (``gold_2.jsonl`` ... ``gold_12.jsonl`` for rounds 2-12).
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

from marsad.ingest.pointers import day_articles, short_sha1

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"

SEED = 20150801
N = 30
SEED_2 = 20261130
N_2 = 40
SEED_3 = 20261206
N_3 = 30
SEED_4 = 20261207
N_4 = 30
SEED_5 = 20261208
N_5 = 30
SEED_6 = 20261209
N_6 = 30
SEED_7 = 20261210
N_7 = 30
SEED_8 = 20261211
N_8 = 30
SEED_9 = 20261213
N_9 = 30
SEED_10 = 20261214
N_10 = 30
SEED_11 = 20261215
N_11 = 30
SEED_12 = 20261216
N_12 = 30
#: Per round: seed, number of articles, gold file.
ROUNDS = {
    1: (SEED, N),
    2: (SEED_2, N_2),
    3: (SEED_3, N_3),
    4: (SEED_4, N_4),
    5: (SEED_5, N_5),
    6: (SEED_6, N_6),
    7: (SEED_7, N_7),
    8: (SEED_8, N_8),
    9: (SEED_9, N_9),
    10: (SEED_10, N_10),
    11: (SEED_11, N_11),
    12: (SEED_12, N_12),
}
GOLD_FILES = {r: "gold.jsonl" if r == 1 else f"gold_{r}.jsonl" for r in ROUNDS}
#: Per round from 2 on, the classifiers' label files whose articles it skips: those that
#: existed when it was drawn (a later file would change an earlier draw).
LABEL_FILES = {
    2: ("other_labels/candidates.tsv", "snn_labels/candidates.tsv", "snn_labels/candidates_2.tsv"),
    3: (
        "other_labels/candidates.tsv",
        "other_labels/candidates_2.tsv",
        "snn_labels/candidates.tsv",
        "snn_labels/candidates_2.tsv",
        "snn_labels/candidates_3.tsv",
    ),
}
for _r in (4, 5, 6, 7, 8):
    LABEL_FILES[_r] = LABEL_FILES[3]
LABEL_FILES[9] = (*LABEL_FILES[3], "other_labels/candidates_3.tsv")
LABEL_FILES[10] = LABEL_FILES[11] = LABEL_FILES[12] = LABEL_FILES[9]
PER_SOURCE = 4
MIN_LEN, MAX_LEN = 400, 2500
KEYWORDS = (
    "اليمن سوريا سورية العراق ليبيا غزة لبنان مصر داعش الحوثي "
    "قصف هجوم غارة مقتل اعتقال احتجاج مظاهرة"
).split()


def sha1(text: str) -> str:
    return short_sha1(text, 40)


def load_day(name: str) -> list[dict]:
    return day_articles(NEWS / name)


def excluded(round_: int = 1) -> tuple[set, set]:
    """``(zip, index)`` pointers and URLs a draw of ``round_`` must skip: the places dev
    articles, the events dev set, and from round 2 on the articles of every earlier
    round and every article whose sentences label the event classifiers
    (:data:`LABEL_FILES`), so that no training sentence is scored."""
    pointers = set()
    if round_ > 1:
        for name in LABEL_FILES[round_]:
            f = ROOT / "eval" / "events" / name
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    z, i = line.split("\t")[:2]
                    pointers.add((z, int(i)))
    for r in range(1, round_):
        for line in (HERE / GOLD_FILES[r]).read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                pointers.add((d["zip"], d["index"]))
    for f in ("tune_articles.jsonl", "test_articles.jsonl"):
        for line in (ROOT / "eval" / "places" / f).read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                pointers.add((d["zip"], d["index"]))
    urls = set()
    for line in (
        (ROOT / "eval" / "events" / "dev_other.tsv").read_text(encoding="utf-8").splitlines()
    ):
        if line.strip() and not line.startswith("#"):
            urls.add(line.split("\t")[1])
    return pointers, urls


def draw(round_: int = 1) -> list[dict]:
    """The pointers of draw ``round_`` (1 to 12), in draw order."""
    seed, n = ROUNDS[round_]
    ex_pointers, ex_urls = excluded(round_)
    days = {p.name: load_day(p.name) for p in sorted(NEWS.glob("*.zip"))}
    ex_hashes = {sha1(days[z][i]["content"]) for z, i in ex_pointers}
    seen: set[str] = set()
    cands = []
    for z, arts in days.items():
        for i, a in enumerate(arts):
            c = a.get("content") or ""
            h = sha1(c)
            if h in seen:
                continue
            seen.add(h)
            if not (MIN_LEN <= len(c) <= MAX_LEN):
                continue
            if not any(k in c for k in KEYWORDS):
                continue
            if (z, i) in ex_pointers or h in ex_hashes or a.get("url") in ex_urls:
                continue
            cands.append(
                {
                    "zip": z,
                    "index": i,
                    "source": a["source"],
                    "len": len(c),
                    "sha1": h[:12],
                    "published": (a.get("date_extracted") or "")[:10],
                }
            )
    random.Random(seed).shuffle(cands)
    per: Counter = Counter()
    out = []
    for d in cands:
        if per[d["source"]] >= PER_SOURCE:
            continue
        per[d["source"]] += 1
        out.append(d)
        if len(out) == n:
            break
    return out


def main() -> int:
    round_ = int(sys.argv[sys.argv.index("--round") + 1]) if "--round" in sys.argv else 1
    picked = draw(round_)
    for d in picked:
        print(json.dumps(d, ensure_ascii=False))
    if "--check" in sys.argv:
        gold = [
            json.loads(x)
            for x in (HERE / GOLD_FILES[round_]).read_text(encoding="utf-8").splitlines()
            if x.strip()
        ]
        a = [(d["zip"], d["index"], d["sha1"]) for d in picked]
        b = [(g["zip"], g["index"], g["sha1"]) for g in gold]
        ok = a == b
        print(
            f"# {GOLD_FILES[round_]} pointers {'match' if ok else 'DO NOT match'} the draw",
            file=sys.stderr,
        )
        return 0 if ok else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
