"""Draw ASSAULT / PROTEST trigger-candidate sentences from SaudiNewsNet for hand labelling.

Run from the repo root:  PYTHONPATH=src python eval/events/snn_labels/draw.py [--round 2|3]
Writes eval/events/snn_labels/candidates.tsv (round 1) or candidates_N.tsv (round N),
pointers only, no article text.

Round 3 (seed 20261203) draws 240 ASSAULT sentences more, from the same pool minus every
sentence of rounds 1 and 2, minus the articles of both rounds of the whole-article gold
(eval/events/articles/gold*.jsonl), at most 3 rows per article over all rounds.

Round 2 (seed 20261130) draws 240 ASSAULT and 160 PROTEST sentences more, from the same
pools minus every sentence of round 1 and at most 3 rows per article over both rounds;
its PROTEST pool keeps only sentences with a strong protest word (STRONG_PROTEST:
تظاهر, مظاهرة, احتجاج, اعتصام, إضراب and their forms), as round 1's README advised.

Procedure (reproducible, seed 20240611):
  * every article of the 17 day zips in ../shared/data/news/saudinewsnet (path taken
    from $MARSAD_SNN or /work/shared/data/news/saudinewsnet), minus the articles in
    eval/events/articles/gold.jsonl (zip+index) and the URLs in eval/events/dev_other.tsv;
  * sentences from marsad.text.sentences.split_sentences(content, "ar"), kept if
    25 <= length <= 1200 characters;
  * a sentence is a TYPE candidate when find_triggers(tokenize(sentence), "ar") has a hit
    with h.type == TYPE and h.weight > 0;
  * identical sentence texts (sha1) are kept once (SaudiNewsNet repeats wire copy);
  * each type's pool is shuffled with random.Random(SEED); PROTEST is drawn first
    (up to 100), then ASSAULT (up to 220), at most 3 drawn rows per article over both types.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from marsad.events.triggers import find_triggers
from marsad.ingest.pointers import day_articles, short_sha1
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize

SEED = 20240611
QUOTA = {"PROTEST": 100, "ASSAULT": 220}
ROUND2_SEED = 20261130
ROUND2_QUOTA = {"PROTEST": 160, "ASSAULT": 240}
ROUND3_SEED = 20261203
ROUND3_QUOTA = {"PROTEST": 0, "ASSAULT": 240}
#: Round 2's PROTEST pool: sentences holding one of these stems (any clitic, any form).
STRONG_PROTEST = re.compile(
    "(تظاهر|مظاهر|متظاهر|احتجاج|احتجاجات|محتج|يحتج|احتج|اعتصام|معتصم|اعتصم|إضراب|اضراب|مضرب)"
)
PER_ARTICLE = 3
MIN_LEN, MAX_LEN = 25, 1200

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SNN = REPO.parent / "shared" / "data" / "news" / "saudinewsnet"


def excluded(rounds: int = 1) -> tuple[set[tuple[str, int]], set[str]]:
    """Articles of the whole-article gold (round 1's file; from round 3 on, every
    ``gold*.jsonl``) and the URLs of the own dev set: never drawn."""
    gold = set()
    names = ["gold.jsonl"] if rounds < 3 else ["gold.jsonl", "gold_2.jsonl"]
    for name in names:
        with open(REPO / "eval/events/articles" / name, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    gold.add((r["zip"], int(r["index"])))
    urls = set()
    with open(REPO / "eval/events/dev_other.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 1:
                urls.add(cols[1])
    return gold, urls


def earlier_rows(before: int) -> list[list[str]]:
    """The rows of the rounds before round ``before`` (zip, index, start, end, sha1_10,
    type), from candidates.tsv and candidates_N.tsv."""
    rows = []
    for n in range(1, before):
        path = HERE / ("candidates.tsv" if n == 1 else f"candidates_{n}.tsv")
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                rows.append(line.split("\t"))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--round", type=int, choices=(1, 2, 3), default=1)
    rnd = ap.parse_args().round
    second = rnd == 2
    quota = {1: QUOTA, 2: ROUND2_QUOTA, 3: ROUND3_QUOTA}[rnd]
    gold, urls = excluded(rnd)
    pools: dict[str, list[tuple]] = {t: [] for t in QUOTA}
    seen: set[str] = set()
    zips = sorted(SNN.glob("*.zip"))
    assert len(zips) == 17, zips
    for zp in zips:
        for idx, art in enumerate(day_articles(zp)):
            if (zp.name, idx) in gold or art.get("url") in urls:
                continue
            text = art.get("content") or ""
            for a, b in split_sentences(text, "ar"):
                s = text[a:b]
                if not (MIN_LEN <= len(s) <= MAX_LEN):
                    continue
                types = {h.type for h in find_triggers(tokenize(s), "ar") if h.weight > 0}
                types &= set(QUOTA)
                if not types:
                    continue
                h = short_sha1(s, 10)
                if h in seen:
                    continue
                seen.add(h)
                for t in types:
                    pools[t].append((zp.name, idx, a, b, h))
    rng = random.Random({1: SEED, 2: ROUND2_SEED, 3: ROUND3_SEED}[rnd])
    per_article: dict[tuple[str, int], int] = {}
    rows = []
    drawn: set[str] = set()
    for r in earlier_rows(rnd):
        drawn.add(r[4])
        per_article[(r[0], int(r[1]))] = per_article.get((r[0], int(r[1])), 0) + 1
    for t in ("PROTEST", "ASSAULT"):
        pool = sorted(p for p in pools[t] if p[4] not in drawn)
        if second and t == "PROTEST":
            pool = [p for p in pool if STRONG_PROTEST.search(_sentence(p))]
        rng.shuffle(pool)
        n = 0
        for zname, idx, a, b, h in pool:
            if n >= quota[t]:
                break
            if per_article.get((zname, idx), 0) >= PER_ARTICLE:
                continue
            per_article[(zname, idx)] = per_article.get((zname, idx), 0) + 1
            rows.append((zname, idx, a, b, h, t))
            n += 1
        print(f"{t}: pool {len(pool)}, drawn {n}", file=sys.stderr)
    rows.sort(key=lambda r: (r[5], r[0], r[1], r[2]))
    with open(
        HERE / (f"candidates_{rnd}.tsv" if rnd > 1 else "candidates.tsv"), "w", encoding="utf-8"
    ) as f:
        f.write("# zip\tindex\tstart\tend\tsha1_10\ttype  (see draw.py; pointers into content)\n")
        for r in rows:
            f.write("\t".join(map(str, r)) + "\n")


def _sentence(row: tuple) -> str:
    """The text of a pool row ``(zip, index, start, end, sha1)``."""
    zname, idx, a, b, _ = row
    return (day_articles(SNN / zname)[idx].get("content") or "")[a:b]


if __name__ == "__main__":
    main()
