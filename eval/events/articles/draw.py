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

The candidates are shuffled with ``random.Random(seed)`` and taken in order, at
most ``PER_SOURCE`` per ``source``, until ``n`` are drawn; :data:`ROUNDS` holds each
round's seed and ``n``.

``--round R`` reproduces round R's draw (``gold_R.jsonl``): the same filters, with the
articles of every earlier round excluded as well, and from round 2 on the articles of the
classifiers' label files that existed when it was drawn (:data:`LABEL_FILES`; from
round 9 on also the third label draw of the lexicon-type filter).

Run from the repository root: ``python eval/events/articles/draw.py [--round R]``
(needs ../shared). Prints one JSON pointer per line; ``--check`` also compares them
with the pointers of that round's gold file (``GOLD_FILES``).
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

#: Per round: the shuffle's seed and how many articles it draws.
ROUNDS = {
    1: (20150801, 30),
    2: (20261130, 40),
    3: (20261206, 30),
    4: (20261207, 30),
    5: (20261208, 30),
    6: (20261209, 30),
    7: (20261210, 30),
    8: (20261211, 30),
    9: (20261213, 30),
    10: (20261214, 30),
    11: (20261215, 30),
    12: (20261216, 30),
    13: (20261217, 30),
    14: (20261218, 30),
    15: (20261219, 30),
    16: (20261220, 30),
    17: (20261221, 30),
    18: (20261222, 30),
    19: (20261223, 30),
    20: (20261224, 30),
    21: (20261225, 30),
    22: (20261226, 30),
    23: (20261227, 30),
    24: (20261228, 30),
    25: (20261229, 30),
    26: (20261230, 30),
    27: (20261231, 30),
    28: (20270101, 30),
    29: (20270102, 30),
    30: (20270103, 30),
    31: (20270104, 30),
    32: (20270105, 30),
    33: (20270106, 30),
    34: (20270107, 30),
    35: (20270108, 30),
    36: (20270109, 30),
    37: (20270110, 30),
    38: (20270111, 30),
    39: (20270112, 30),
    40: (20270113, 30),
    41: (20270114, 30),
    42: (20270115, 30),
    43: (20270116, 30),
    44: (20270117, 30),
    45: (20270118, 30),
    46: (20270119, 30),
    47: (20270120, 30),
    48: (20270121, 30),
    49: (20270122, 30),
    50: (20270123, 30),
    51: (20270124, 30),
    52: (20270125, 30),
    53: (20270126, 30),
    54: (20270127, 30),
    55: (20270128, 30),
    56: (20270129, 30),
    57: (20270130, 30),
    58: (20270131, 30),
    59: (20270201, 30),
    60: (20270202, 30),
    61: (20270203, 30),
    62: (20270204, 30),
    63: (20270205, 30),
    64: (20270206, 30),
    65: (20270207, 30),
    66: (20270208, 30),
    67: (20270209, 30),
    68: (20270210, 30),
    69: (20270211, 30),
    70: (20270212, 30),
    71: (20270213, 30),
    72: (20270214, 30),
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
LABEL_FILES.update({r: LABEL_FILES[3] for r in range(4, 9)})
LABEL_FILES.update(
    {r: (*LABEL_FILES[3], "other_labels/candidates_3.tsv") for r in ROUNDS if r >= 9}
)
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
    """The pointers of draw ``round_`` (a key of :data:`ROUNDS`), in draw order."""
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
