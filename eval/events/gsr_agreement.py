"""How far the GSR's own annotators agree with its labels: a ceiling for sentence F1.

The Arabic PLOVER gold standard (``../shared/data/events/{assault,protest}_gsr.csv``)
gives each sentence its annotators' votes (``accept`` of ``total``) and a label made from
them: ``yes`` almost only where every annotator accepted, ``difficult no`` where some
did, ``easy no`` where none did (``ambiguous`` is left out, as the detector's evaluation
leaves it out). This script scores the annotators themselves against those labels, with the
P/R/F1 of ``marsad.events.gold.prf``:

* **one annotator**: each sentence read by one of its annotators drawn at random (an
  accept with probability ``accept / total``), against the label (the expected counts);
* **one annotator against the others**: each annotator against the majority of the
  sentence's other annotators (a tie is no), averaged over annotators.

Run from the repository root (needs ../shared)::

    PYTHONPATH=src python eval/events/gsr_agreement.py

Out: one line per type with both figures. They say how much of the distance between the
detector's GSR figures (``evaluate.py``) and a perfect 1.0 lies in the labels' strictness.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from marsad.events.gold import prf

GSR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "events"
TYPES = ("ASSAULT", "PROTEST")


def votes(path: Path) -> list[tuple[int, int, bool]]:
    """``(accept, total, is_yes)`` for each labelled sentence of a GSR file (in: the
    ``*_gsr.csv`` path; ``ambiguous`` rows and rows without votes are left out)."""
    with path.open(encoding="utf-8", newline="") as f:
        return [
            (int(r["accept"]), int(r["total"]), r["label"] == "yes")
            for r in csv.DictReader(f)
            if r["label"] != "ambiguous" and int(r["total"] or 0) > 0
        ]


def one_annotator(rows: list[tuple[int, int, bool]]) -> tuple[float, float, float]:
    """Expected P/R/F1 of one randomly drawn annotator per sentence against the label."""
    tp = sum(a / n for a, n, y in rows if y)
    fp = sum(a / n for a, n, y in rows if not y)
    fn = sum(1 - a / n for a, n, y in rows if y)
    return prf(tp, fp, fn)


def against_the_others(rows: list[tuple[int, int, bool]]) -> tuple[float, float, float]:
    """P/R/F1 of each annotator against the majority of the sentence's other annotators
    (sentences with one annotator are left out), each annotator weighted ``1 / total``."""
    tp = fp = fn = 0.0
    for a, n, _ in rows:
        if n < 2:
            continue
        for accepted, weight in ((True, a / n), (False, (n - a) / n)):
            others_yes = (a - accepted) / (n - 1) > 0.5
            tp += weight * (accepted and others_yes)
            fp += weight * (accepted and not others_yes)
            fn += weight * (not accepted and others_yes)
    return prf(tp, fp, fn)


def main() -> int:
    if not GSR.is_dir():
        print(f"no GSR data at {GSR}", file=sys.stderr)
        return 1
    for event_type in TYPES:
        rows = votes(GSR / f"{event_type.lower()}_gsr.csv")
        p1, r1, f1 = one_annotator(rows)
        p2, r2, f2 = against_the_others(rows)
        print(
            f"GSR {event_type} ({len(rows)} sentences): one annotator vs the label "
            f"P={p1:.3f} R={r1:.3f} F1={f1:.3f}; one annotator vs the others' majority "
            f"P={p2:.3f} R={r2:.3f} F1={f2:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
