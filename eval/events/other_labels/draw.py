"""Draw sentences where Marsad's lexicon event types fire, for hand labelling.

Run from the repo root:  PYTHONPATH=src python eval/events/other_labels/draw.py [--round 2]
Writes eval/events/other_labels/candidates.tsv (round 2: candidates_2.tsv; pointers only,
no article text).

Round 2 (seed 20261201) is drawn the same way with the code of its day, and also leaves
out the articles of round 1's candidates and of ``eval/events/articles/gold_2.jsonl``.

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
QUOTA = 22
PER_ARTICLE = 2
MAX_ARTICLES = 4000
MIN_LEN, MAX_LEN = 300, 6000
TYPES = tuple(t for t in PLOVER_TYPES if t not in ("ASSAULT", "PROTEST"))

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SNN = REPO.parent / "shared" / "data" / "news" / "saudinewsnet"


def excluded(round_: int = 1) -> tuple[set[tuple[str, int]], set[str]]:
    """(zip, index) of gold articles and labelled sentences; URLs of dev_other. Round 2
    also leaves out round 1's candidate articles and the second article gold round."""
    keys: set[tuple[str, int]] = set()
    golds = ["gold.jsonl"] + (["gold_2.jsonl"] if round_ > 1 else [])
    for name in golds:
        for line in (REPO / "eval/events/articles" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                keys.add((r["zip"], int(r["index"])))
    label_files = list((REPO / "eval/events/snn_labels").glob("candidates*.tsv"))
    if round_ > 1:
        label_files.append(HERE / "candidates.tsv")
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
    articles = []
    for zp in sorted(SNN.glob("*.zip")):
        for idx, art in enumerate(day_articles(zp)):
            text = art.get("content") or ""
            if (zp.name, idx) in keys or art.get("url") in urls:
                continue
            if MIN_LEN <= len(text) <= MAX_LEN:
                articles.append((zp.name, idx))
    random.Random(SEED if round_ == 1 else SEED_2).shuffle(articles)
    base = build_pipeline(raw=True, events=True)
    pipeline = Pipeline([*base.stages[:-1], EventDetector(lexical_filter=False)])
    taken = {t: 0 for t in TYPES}
    rows: list[tuple] = []
    cache: dict[str, list[dict]] = {}
    for n, (zname, idx) in enumerate(articles[:MAX_ARTICLES]):
        if all(v >= QUOTA for v in taken.values()):
            break
        if zname not in cache:
            cache[zname] = day_articles(SNN / zname)
        text = cache[zname][idx]["content"]
        doc = pipeline(Document(id=f"{zname}#{idx}", raw=text))
        here = 0
        seen: set[int] = set()
        for ev in doc.events:
            a, b = ev.evidence.start, ev.evidence.end
            if ev.type not in taken or taken[ev.type] >= QUOTA or a in seen or here >= PER_ARTICLE:
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
