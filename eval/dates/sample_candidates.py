"""Draw the candidate passages of the date dev set from SaudiNewsNet (reproducible).

Articles are drawn at random (fixed seed) from every outlet and day; in each drawn
article one sentence is taken that holds a digit or any date-like word (month or
weekday name, "اليوم", "أمس", a time unit, "الماضي" ...), so that passages with
non-date numbers (counts, prices, times) come along and false positives are measured.
A sentence with an anaphoric date word ("اليوم التالي") takes the sentence before it
too. Writes pointer records (no text) to stdout as JSON lines; annotation adds gold.

Usage: python eval/dates/sample_candidates.py --per-outlet 36 --seed 7 > candidates.jsonl
       python eval/dates/sample_candidates.py --per-outlet 16 --seed 8 --strong 0.95 \\
           --exclude candidates.jsonl > candidates2.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import SAUDINEWSNET, checksum, day_file  # noqa: E402

from marsad.clean.normalize import normalize_key  # noqa: E402
from marsad.text.sentences import split_sentences  # noqa: E402

TRIGGER = re.compile(
    r"\d|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر"
    r"|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|\bاب\b|ايلول|تشرين"
    r"|محرم|صفر|ربيع|جماد|رجب|شعبان|رمضان|شوال|القعده|الحجه"
    r"|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت"
    r"|اليوم|امس|غدا|الغد|الليله|البارحه|يوم|ايام|اسبوع|شهر|عام|سنه|سنوات"
    r"|الماضي|المقبل|القادم|الجاري|الحالي|التالي|نفسه|مطلع|اواخر|منتصف"
)
#: Date words proper; by default three draws in four take a sentence with one of these when the
#: article has one (the rest take any triggered sentence: numbers that are not dates).
STRONG = re.compile(
    r"يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر"
    r"|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|ايلول|تشرين|شوال|رمضان|القعده|الحجه"
    r"|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|اليوم|امس|غدا|الماضي|المقبل"
    r"|الجاري|الحالي|القادم|عام \d|\dه|\d/"
)
ANAPHORIC = re.compile(r"التالي|نفسه|ذاته|ذلك اليوم|تلك الليله|ذلك العام|نفس اليوم")
MIN_LEN, MAX_LEN = 30, 420


def split_of(zip_name: str, article: int) -> str:
    """``dev`` (60 %) or ``test`` (40 %), fixed by the article's identity."""
    h = int(hashlib.sha1(f"{zip_name}:{article}".encode()).hexdigest(), 16)
    return "dev" if h % 5 < 3 else "test"


def main() -> None:
    """Draw the passages and print one pointer record a line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-outlet", type=int, default=36)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--strong", type=float, default=0.75, help="share of draws from date words")
    ap.add_argument("--exclude", help="a pointer file whose articles are not drawn again")
    args = ap.parse_args()
    seen: set[tuple[str, int]] = set()
    if args.exclude:
        with open(args.exclude, encoding="utf-8") as f:
            seen = {(r["zip"], r["article"]) for r in map(json.loads, f)}
    rng = random.Random(args.seed)
    by_outlet: dict[str, list[tuple[str, int]]] = {}
    for path in sorted(SAUDINEWSNET.glob("*.zip")):
        for i, art in enumerate(day_file(path.name)):
            by_outlet.setdefault(art["source"], []).append((path.name, i))
    for outlet in sorted(by_outlet):
        arts = by_outlet[outlet]
        rng.shuffle(arts)
        taken = 0
        for zip_name, i in arts:
            if taken >= args.per_outlet:
                break
            if (zip_name, i) in seen:
                continue
            art = day_file(zip_name)[i]
            content = art["content"]
            spans = [
                (a, b)
                for a, b in split_sentences(content, "ar")
                if MIN_LEN <= b - a <= MAX_LEN and TRIGGER.search(normalize_key(content[a:b]))
            ]
            if not spans:
                continue
            strong = [s for s in spans if STRONG.search(normalize_key(content[s[0] : s[1]]))]
            pool = strong if strong and rng.random() < args.strong else spans
            a, b = pool[rng.randrange(len(pool))]
            if ANAPHORIC.search(normalize_key(content[a:b])):
                sents = split_sentences(content, "ar")
                j = sents.index((a, b))
                if j > 0:
                    a = sents[j - 1][0]
            taken += 1
            rec = {
                "id": f"{zip_name[:-4]}:{i}:{a}",
                "split": split_of(zip_name, i),
                "outlet": outlet,
                "zip": zip_name,
                "article": i,
                "start": a,
                "end": b,
                "sha1": checksum(content[a:b]),
                "reference": art["date_extracted"][:10],
            }
            print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()
