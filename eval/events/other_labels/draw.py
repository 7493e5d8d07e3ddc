"""Draw sentences where Marsad's lexicon event types fire, for hand labelling.

Run from the repo root:  PYTHONPATH=src python eval/events/other_labels/draw.py [--round 2|3]
Writes eval/events/other_labels/candidates.tsv (round N: candidates_N.tsv; pointers only,
no article text).

Round 2 (seed 20261201) is drawn the same way with the code of its day, and also leaves
out the articles of round 1's candidates and of ``eval/events/articles/gold_2.jsonl``.
Round 3 (seed 20261212, QUOTA_3 rows per type) leaves out the articles of both earlier
rounds' candidates and of the eight article gold rounds (rounds 1-7 by their gold files,
round 8 by its draw, ``eval/events/articles/draw.py --round 8``), by pointer and by
content hash.

Procedure (reproducible, seed 20261130): the articles of the 17 SaudiNewsNet day zips,
minus those of eval/events/dev_other.tsv, eval/events/articles/gold.jsonl and the two
snn_labels rounds, shuffled; each article of 300-6,000 characters runs through the
pipeline with the events stage as it was on the day of the draw (the lexicon-type filter
``LEXICAL``, trained on these labels, is off); every
event of one of the 14 lexicon types (not ASSAULT or PROTEST, which have classifiers)
gives a (sentence, type) candidate. Candidates are taken in article order until a type
has QUOTA rows, at most PER_ARTICLE rows per article and one row per sentence, from at
most MAX_ARTICLES articles.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from marsad.document import Document
from marsad.events.detector import EventDetector
from marsad.events.lexicon import PLOVER_TYPES
from marsad.ingest.pointers import day_articles, short_sha1
from marsad.pipeline import Pipeline
from marsad.stages import build_pipeline

SEED = 20261130
SEED_2 = 20261201
SEED_3 = 20261212
QUOTA = 22
QUOTA_3 = 30
PER_ARTICLE = 2
MAX_ARTICLES = 4000
MIN_LEN, MAX_LEN = 300, 6000
TYPES = tuple(t for t in PLOVER_TYPES if t not in ("ASSAULT", "PROTEST"))

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SNN = REPO.parent / "shared" / "data" / "news" / "saudinewsnet"


def excluded(round_: int = 1) -> tuple[set[tuple[str, int]], set[str]]:
    """(zip, index) of gold articles and labelled sentences; URLs of dev_other. Round 2
    also leaves out round 1's candidate articles and the second article gold round; round 3
    every earlier candidate article and the article gold rounds 1-8."""
    keys: set[tuple[str, int]] = set()
    golds = ["gold.jsonl"] + (["gold_2.jsonl"] if round_ > 1 else [])
    if round_ > 2:
        golds += [f"gold_{r}.jsonl" for r in range(3, 8)]
        sys.path.insert(0, str(REPO / "eval" / "events" / "articles"))
        from draw import draw as draw_articles  # the article gold's own draw

        keys |= {(p["zip"], p["index"]) for p in draw_articles(8)}
    for name in golds:
        for line in (REPO / "eval/events/articles" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                keys.add((r["zip"], int(r["index"])))
    label_files = list((REPO / "eval/events/snn_labels").glob("candidates*.tsv"))
    label_files += [HERE / f"candidates{'' if r == 1 else f'_{r}'}.tsv" for r in range(1, round_)]
    for path in label_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                cells = line.split("\t")
                keys.add((cells[0], int(cells[1])))
    urls = set()
    for line in (REPO / "eval/events/dev_other.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            urls.add(line.split("\t")[1])
    return keys, urls


def main() -> None:
    round_ = int(sys.argv[sys.argv.index("--round") + 1]) if "--round" in sys.argv else 1
    keys, urls = excluded(round_)
    days = {zp.name: day_articles(zp) for zp in sorted(SNN.glob("*.zip"))}
    # round 3 on: the same text under another pointer is left out as well
    hashes = {short_sha1(days[z][i]["content"] or "", 40) for z, i in keys} if round_ > 2 else set()
    articles = []
    for zname, arts in days.items():
        for idx, art in enumerate(arts):
            text = art.get("content") or ""
            if (zname, idx) in keys or art.get("url") in urls:
                continue
            if hashes and short_sha1(text, 40) in hashes:
                continue
            if MIN_LEN <= len(text) <= MAX_LEN:
                articles.append((zname, idx))
    quota = QUOTA_3 if round_ > 2 else QUOTA
    random.Random({1: SEED, 2: SEED_2}.get(round_, SEED_3)).shuffle(articles)
    base = build_pipeline(raw=True, events=True)
    pipeline = Pipeline([*base.stages[:-1], EventDetector(lexical_filter=False)])
    taken = {t: 0 for t in TYPES}
    rows: list[tuple] = []
    for n, (zname, idx) in enumerate(articles[:MAX_ARTICLES]):
        if all(v >= quota for v in taken.values()):
            break
        text = days[zname][idx]["content"]
        doc = pipeline(Document(id=f"{zname}#{idx}", raw=text))
        here = 0
        seen: set[int] = set()
        for ev in doc.events:
            a, b = ev.evidence.start, ev.evidence.end
            if ev.type not in taken or taken[ev.type] >= quota or a in seen or here >= PER_ARTICLE:
                continue
            seen.add(a)
            here += 1
            taken[ev.type] += 1
            rows.append((zname, idx, a, b, short_sha1(text[a:b], 10), ev.type))
        if n % 500 == 0:
            print(n, taken, file=sys.stderr)
    print("taken", taken, file=sys.stderr)
    rows.sort(key=lambda r: (r[5], r[0], r[1], r[2]))
    out = HERE / ("candidates.tsv" if round_ == 1 else f"candidates_{round_}.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# zip\tindex\tstart\tend\tsha1_10\ttype  (see draw.py; pointers into content)\n")
        for r in rows:
            f.write("\t".join(map(str, r)) + "\n")


if __name__ == "__main__":
    main()
