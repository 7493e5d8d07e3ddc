"""Score English event typing on the PLOVER gold standard records of the CAMEO manual.

Gold: ``../shared/data/reference/plover/PLOVER_GSR_CAMEO.txt`` (the Open Event Data
Alliance's English PLOVER records, CC BY-SA 4.0, read at run time): 322 English
sentences, each with the one PLOVER type its record codes. The file predates the
current PLOVER types, so its types are mapped (:data:`OLD_TYPES`: FIGHT is ASSAULT,
DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE modes).

Each sentence runs through the whole English pipeline (``lang="en"``, no cleaning, the
record's date as the reference). A sentence counts as right for its gold type when
Marsad gives an event of that type (any modality: the manual codes threats, promises
and refusals, and what they are about); every other type Marsad gives for the sentence
is a false positive. Figures: precision, recall and F1 over these sentence-level type
decisions, per half (``dev``: the even-numbered records, which the English lexicons
were tuned on in stop 24; ``test``: the odd ones, looked at only for figures; ``all``).

    PYTHONPATH=src python eval/events/evaluate_english.py [dev|test|all] [--errors]

Exits 0 (floors in ``floors.json`` under ``english``, checked by
``tests/events/test_events_eval.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from marsad.document import Document
from marsad.events.gold import prf
from marsad.stages import build_pipeline

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1].parent / "shared" / "data" / "reference" / "plover" / "PLOVER_GSR_CAMEO.txt"
#: Types of the 2016 file -> current PLOVER types.
OLD_TYPES = {
    "FIGHT": "ASSAULT",
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
}


def records(part: str = "all") -> list[dict]:
    """The gold records of ``part`` (``dev``: even positions, ``test``: odd, ``all``)."""
    rows = [r for r in json.loads(GOLD.read_text(encoding="utf-8")) if r["event"] != "DOCUMENT"]
    if part == "dev":
        return rows[::2]
    if part == "test":
        return rows[1::2]
    return rows


def score(part: str = "all", errors: bool = False) -> dict:
    """Precision, recall and F1 of the sentence-level type decisions, with per-type
    counts (see the module docstring)."""
    pipeline = build_pipeline(raw=True, events=True)
    n = Counter()
    per_type: dict[str, Counter] = {}
    for r in records(part):
        gold = OLD_TYPES.get(r["event"], r["event"])
        doc = pipeline(
            Document(id=r["id"], raw=r["text"], lang="en", published=r.get("date") or None)
        )
        types = {e.type for e in doc.events}
        hit = "tp" if gold in types else "fn"
        n[hit] += 1
        per_type.setdefault(gold, Counter())[hit] += 1
        for t in types - {gold}:
            n["fp"] += 1
            per_type.setdefault(t, Counter())["fp"] += 1
        if errors and (hit == "fn" or types - {gold}):
            print(f"{gold}\t{sorted(types)}\t{r['text'][:160]}")
    p, rc, f1 = prf(n["tp"], n["fp"], n["fn"])
    return {
        "sentences": n["tp"] + n["fn"],
        "precision": round(p, 4),
        "recall": round(rc, 4),
        "f1": round(f1, 4),
        "per_type": {t: dict(c) for t, c in sorted(per_type.items())},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("part", nargs="?", default="all", choices=("dev", "test", "all"))
    ap.add_argument("--errors", action="store_true", help="list sentences with a wrong type")
    args = ap.parse_args(argv)
    if not GOLD.exists():
        print(f"needs ../shared ({GOLD} not found)", file=sys.stderr)
        return 2
    res = score(args.part, errors=args.errors)
    print(
        f"{args.part}: {res['sentences']} sentences  "
        f"P={res['precision']} R={res['recall']} F1={res['f1']}"
    )
    for t, c in res["per_type"].items():
        print(f"  {t:10} tp {c.get('tp', 0):3} fp {c.get('fp', 0):3} fn {c.get('fn', 0):3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
