"""Draw random SaudiNewsNet articles and list every place mention the pipeline outputs.

For hand audits of false places on unseen text (the dev set is regional-news heavy).
In: a seed and a count; out: one block per article with places on stdout, one line per LOC mention
``[k] surface -> place name (country, kind)  | sentence``. Articles of the dev set
(tune/test) are skipped. Example::

    python eval/places/audit_sample.py --seed 11 --n 40 > /tmp/audit11.txt
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from marsad.ingest.pointers import day_articles

HERE = Path(__file__).resolve().parent
NEWS = HERE.parents[1] / ".." / "shared" / "data" / "news" / "saudinewsnet"


def _dev_keys() -> set[tuple[str, int]]:
    keys = set()
    for name in ("tune_articles.jsonl", "test_articles.jsonl"):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                keys.add((d["zip"], d["index"]))
    return keys


def draw(seed: int, n: int, min_len: int = 300, max_len: int = 2500) -> list[dict]:
    """``n`` random articles (at most 5 per outlet) of ``min_len``-``max_len`` characters."""
    rng = random.Random(seed)
    zips = sorted(NEWS.glob("*.zip"))
    dev = _dev_keys()
    per_source: dict[str, int] = {}
    out: list[dict] = []
    for _ in range(20000):
        if len(out) >= n:
            break
        z = rng.choice(zips)
        arts = day_articles(z)
        i = rng.randrange(len(arts))
        a = arts[i]
        text = a.get("content") or ""
        if (z.name, i) in dev or not (min_len <= len(text) <= max_len):
            continue
        if per_source.get(a["source"], 0) >= 5 or any(
            (o["zip"], o["index"]) == (z.name, i) for o in out
        ):
            continue
        per_source[a["source"]] = per_source.get(a["source"], 0) + 1
        out.append({"zip": z.name, "index": i, "source": a["source"], "text": text})
    return out


def audit_mentions(seed: int, n: int, pipeline=None):  # noqa: ANN001, ANN201 - Pipeline, iterator
    """``(article, mention, line)`` for every LOC mention with a place that the pipeline
    outputs on the ``n`` articles of :func:`draw` (``seed``), in text order; ``line`` is
    the listing line ``surface -> place (country)[ unlisted] | context`` without its number."""
    from marsad.document import Document
    from marsad.stages import build_pipeline

    pipeline = pipeline or build_pipeline(raw=True)
    for a in draw(seed, n):
        doc = pipeline(Document(id=f"{a['zip']}:{a['index']}", raw=a["text"]))
        for m in doc.mentions_of("LOC"):
            if m.place is None:
                continue
            s = doc.text.rfind("\n", 0, m.start) + 1
            s = max(s, m.start - 60)
            e = doc.text.find("\n", m.end)
            e = min(e if e >= 0 else len(doc.text), m.end + 60)
            ctx = (doc.text[s : m.start] + "[[" + m.text + "]]" + doc.text[m.end : e]).replace(
                "\n", " "
            )
            p = m.place
            kind = " unlisted" if m.source == "unlisted_places" else ""
            yield a, m, f"{m.text} -> {p.name} ({p.country}){kind} | {ctx}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=40)
    args = ap.parse_args()
    total = 0
    current = None
    for a, _m, line in audit_mentions(args.seed, args.n):
        if (a["zip"], a["index"]) != current:
            current = (a["zip"], a["index"])
            print(f"=== {a['zip']} {a['index']} {a['source']}")
        total += 1
        print(f"[{total}] {line}")
    print(f"# mentions: {total}")


if __name__ == "__main__":
    main()
