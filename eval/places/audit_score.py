"""Score the pipeline's places on the hand-audited random samples (``audits/judged.tsv``).

Each judged row points at one place mention that ``audit_sample.py --seed S --n 40``
listed (seed, day zip, article index, character offsets) with a hand verdict: ``TRUE``
(a place) or ``FALSE`` (a common word, club, person, company ...). This script reruns
the pipeline on the same draws and prints, per seed and over all, how many mentions it
outputs, how many of them were judged, and the share of judged mentions that are
false; mentions no verdict covers (new output after a change) are counted apart and,
with ``--unjudged``, listed for judging. A verdict on a mention the pipeline no
longer outputs simply drops out. Example::

    PYTHONPATH=src python eval/places/audit_score.py [--seeds 909 1010] [--unjudged]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from audit_sample import NEWS, audit_mentions  # noqa: E402

from marsad.stages import build_pipeline  # noqa: E402

JUDGED = HERE / "audits" / "judged.tsv"


def read_judged(path: Path = JUDGED) -> dict[int, dict[tuple[str, int, int, int], str]]:
    """``seed -> {(zip, index, start, end): verdict}``."""
    out: dict[int, dict] = defaultdict(dict)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        seed, z, idx, start, end, _surface, verdict = line.split("\t")[:7]
        out[int(seed)][(z, int(idx), int(start), int(end))] = verdict
    return out


def score(seeds: list[int] | None = None, show_unjudged: bool = False) -> dict[int, dict[str, int]]:
    """Per seed: ``mentions``, ``judged``, ``false`` and ``unjudged`` counts."""
    judged = read_judged()
    pipeline = build_pipeline(raw=True)
    out: dict[int, dict[str, int]] = {}
    for seed in seeds or sorted(judged):
        verdicts = judged[seed]
        counts = {"mentions": 0, "judged": 0, "false": 0, "unjudged": 0}
        for a, m, line in audit_mentions(seed, 40, pipeline):
            counts["mentions"] += 1
            verdict = verdicts.get((a["zip"], a["index"], m.start, m.end))
            if verdict is None:
                counts["unjudged"] += 1
                if show_unjudged:
                    print(f"UNJUDGED {seed} {a['zip']} {a['index']} {m.start} {m.end} {line}")
                continue
            counts["judged"] += 1
            counts["false"] += verdict == "FALSE"
        out[seed] = counts
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="*")
    ap.add_argument("--unjudged", action="store_true", help="list mentions without a verdict")
    opts = ap.parse_args()
    if not NEWS.is_dir():
        print("../shared not present: nothing to score")
        return
    result = score(opts.seeds, opts.unjudged)
    total = defaultdict(int)
    for seed, c in result.items():
        for k, v in c.items():
            total[k] += v
        rate = c["false"] / c["judged"] if c["judged"] else 0.0
        print(
            f"seed {seed}: {c['mentions']} mentions, {c['judged']} judged, {c['false']} false ({rate:.1%}), {c['unjudged']} unjudged"
        )
    rate = total["false"] / total["judged"] if total["judged"] else 0.0
    print(
        f"all: {total['mentions']} mentions, {total['judged']} judged, {total['false']} false ({rate:.1%}), {total['unjudged']} unjudged"
    )


if __name__ == "__main__":
    main()
