"""Evaluate the date stage on the hand-checked SaudiNewsNet dev set.

Each item of ``dev.jsonl`` points to a passage of a real article (read from
``../shared`` at run time, see ``corpus.py``) with the article's ``date_extracted`` as
reference date, the gold date expressions (offsets into the passage, value, precision)
and ``ignore`` spans (expressions a system may or may not mark: generic "اليوم" =
nowadays, holidays, seasons, quarters, unresolvable anaphora).

Figures, per split (``dev`` is tuned on, ``test`` is held out):

* ``found``: share of gold expressions overlapped by a system mention;
* ``exact``: share found with exactly the gold value and precision (the target);
* ``span``: share found with exactly the gold span;
* ``fp_rate``: system mentions overlapping neither a gold nor an ignore span, as a
  share of all system mentions that do not fall on an ignore span.

Usage: python eval/dates/evaluate.py [--split dev|test|all] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import available, passage  # noqa: E402

from marsad.mentions.dates import resolve  # noqa: E402

DEV_SET = HERE / "dev.jsonl"
FLOORS = HERE / "floors.json"


def load_items(split: str = "all") -> list[dict]:
    """Items of the dev set for ``split`` (``dev``, ``test`` or ``all``)."""
    with DEV_SET.open(encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    return [it for it in items if split == "all" or it["split"] == split]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_item(item: dict, text: str) -> dict:
    """Counts and error descriptions for one item."""
    system = resolve(text, item["reference"])
    gold = item["gold"]
    ignore = [(g["start"], g["end"]) for g in item.get("ignore", [])]
    out = {"gold": len(gold), "found": 0, "exact": 0, "span": 0, "system": 0, "fp": 0}
    errors: list[str] = []
    used: set[int] = set()
    for g in gold:
        gspan = (g["start"], g["end"])
        best, best_ov = None, 0
        for k, m in enumerate(system):
            ov = _overlap(gspan, (m.start, m.end))
            if k not in used and ov > best_ov:
                best, best_ov = k, ov
        if best is None:
            errors.append(f"MISS {g['text']!r} {g['value']} {g['precision']}")
            continue
        used.add(best)
        m = system[best]
        out["found"] += 1
        if (m.value, m.precision) == (g["value"], g["precision"]):
            out["exact"] += 1
        else:
            errors.append(
                f"WRONG {g['text']!r} gold {g['value']} {g['precision']} "
                f"got {m.text!r} {m.value} {m.precision}"
            )
        if (m.start, m.end) == gspan:
            out["span"] += 1
    for k, m in enumerate(system):
        if k in used:
            continue
        if any(_overlap((m.start, m.end), sp) for sp in ignore):
            continue
        out["system"] += 1
        if not any(_overlap((m.start, m.end), (g["start"], g["end"])) for g in gold):
            out["fp"] += 1
            errors.append(f"FP {m.text!r} {m.value} {m.precision}")
    out["system"] += len(used)
    out["errors"] = errors
    return out


def evaluate(split: str = "all") -> dict:
    """Figures for ``split`` (see module doc) plus the error list by item id."""
    totals = {"items": 0, "gold": 0, "found": 0, "exact": 0, "span": 0, "system": 0, "fp": 0}
    errors: dict[str, list[str]] = {}
    outlets: set[str] = set()
    for item in load_items(split):
        r = score_item(item, passage(item))
        totals["items"] += 1
        outlets.add(item["outlet"])
        for key in ("gold", "found", "exact", "span", "system", "fp"):
            totals[key] += r[key]
        if r["errors"]:
            errors[item["id"]] = r["errors"]
    g = max(1, totals["gold"])
    return {
        **totals,
        "outlets": len(outlets),
        "found_rate": totals["found"] / g,
        "exact_rate": totals["exact"] / g,
        "span_rate": totals["span"] / g,
        "fp_rate": totals["fp"] / max(1, totals["system"]),
        "errors": errors,
    }


def main() -> None:
    """Print the figures (and with ``--errors`` every error) for the chosen split(s)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="all", choices=["dev", "test", "all"])
    ap.add_argument("--errors", action="store_true", help="list every error")
    args = ap.parse_args()
    if not available():
        sys.exit("../shared/data/news/saudinewsnet not present: nothing to evaluate")
    splits = ["dev", "test"] if args.split == "all" else [args.split]
    for split in splits:
        r = evaluate(split)
        print(
            f"{split:5s} items={r['items']} outlets={r['outlets']} gold={r['gold']} "
            f"found={r['found_rate']:.3f} exact={r['exact_rate']:.3f} span={r['span_rate']:.3f} "
            f"system={r['system']} fp={r['fp']} fp_rate={r['fp_rate']:.3f}"
        )
        if args.errors:
            for item_id, errs in r["errors"].items():
                for e in errs:
                    print(f"  {item_id}  {e}")


if __name__ == "__main__":
    main()
