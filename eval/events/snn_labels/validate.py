"""Check every labelled round (labels.tsv with candidates.tsv, labels_N.tsv with
candidates_N.tsv) against the SaudiNewsNet zips: offsets in range, sha1 match, one sentence
boundary pair from split_sentences, trigger filter still fires, labels/reasons well-formed,
no excluded article, at most 3 rows per article over all rounds, no sentence twice, and
agreement with the round's candidates file.

Run from the repo root:  PYTHONPATH=src python eval/events/snn_labels/validate.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw import SNN, excluded  # noqa: E402

from marsad.events.triggers import find_triggers
from marsad.ingest.pointers import day_articles, short_sha1
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize

HERE = Path(__file__).resolve().parent
REASONS = {"hist", "plan", "neg", "word", "sport", "gen", "verbal", "other"}


def rows(name: str) -> list[list[str]]:
    with open(HERE / name, encoding="utf-8") as f:
        return [x.rstrip("\n").split("\t") for x in f if x.strip() and not x.startswith("#")]


def main() -> None:
    labels = []
    for lab_name, cand_name in (
        ("labels.tsv", "candidates.tsv"),
        ("labels_2.tsv", "candidates_2.tsv"),
        ("labels_3.tsv", "candidates_3.tsv"),
    ):
        if not (HERE / lab_name).exists():
            continue
        round_rows, cands = rows(lab_name), rows(cand_name)
        assert [r[:6] for r in round_rows] == cands, f"{lab_name} does not follow {cand_name}"
        labels += round_rows
    dup = [h for h, n in Counter(r[4] for r in labels).items() if n > 1]
    assert not dup, f"sentences labelled twice: {dup}"
    gold, urls = excluded(3)  # every round stays clear of both rounds of the article gold
    days: dict[str, list[dict]] = {}
    per_article: Counter = Counter()
    counts: Counter = Counter()
    errors = 0
    for z, idx, a, b, h, t, lab, why in labels:
        i, a, b = int(idx), int(a), int(b)
        if z not in days:
            days[z] = day_articles(SNN / z)
        art = days[z][i]
        text = art["content"]
        s = text[a:b]
        ok = 0 <= a < b <= len(text)
        ok &= short_sha1(s, 10) == h
        ok &= (a, b) in set(split_sentences(text, "ar"))
        ok &= any(x.type == t and x.weight > 0 for x in find_triggers(tokenize(s), "ar"))
        ok &= (z, i) not in gold and art.get("url") not in urls
        ok &= lab in ("yes", "no") and (
            (lab == "yes" and why == "") or (lab == "no" and why in REASONS)
        )
        if not ok:
            errors += 1
            print("BAD", z, idx, a, b, h, t, lab, why)
        per_article[(z, i)] += 1
        counts[(t, lab)] += 1
    over = [k for k, n in per_article.items() if n > 3]
    print(f"{len(labels)} rows, {errors} bad, {len(over)} articles over 3 rows")
    for k in sorted(counts):
        print(*k, counts[k])
    sys.exit(1 if errors or over else 0)


if __name__ == "__main__":
    main()
