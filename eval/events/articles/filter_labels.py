"""Derive labels for the lexicon-type filter from the article gold (``filter_labels.tsv``).

The filter (``LEXICAL`` model, ``train/events/train_lexical_filter.py``) was trained on
hand labels of single sentences (``../other_labels``), whose guidelines count an event of
the type whatever its modality. What ``marsad extract`` is judged on is the article gold:
one record per real event reported as happening, coded by its conventions. This script
turns the development rounds of that gold into rows of the same shape as the hand labels,
so the filter also learns from the articles it is scored on:

1. the pipeline runs over each article of the chosen rounds (``raw=True``, so offsets are
   the content's; the article's day as the reference date) with the filter recording,
   not filtering, each lexicon-type mention;
2. each asserted mention gives a row for its (sentence, type): ``yes`` when a gold event
   of that type, not marked uncertain, lists an overlapping sentence; ``no`` when no gold
   event of that type does; none when only an uncertain one does. Mentions that are not
   asserted are not rows (the gold codes no planned or denied event; the hand labels
   count them, so the two sources would contradict each other).

The held-out rounds (``HELD_OUT`` of ``../evaluate_articles.py``) are never read. Rows keep
pointers only (zip, index, sentence offsets, SHA-1 prefix of the sentence, type, label,
reason = the gold round), as the hand labels do.

Usage (from the repository root; needs ../shared; about a minute)::

    PYTHONPATH=src python eval/events/articles/filter_labels.py [--rounds 1-9] [--out FILE]

The rows depend on which mentions the pipeline produces, so rerun it after changing the
lexicons or the mention stages (``--check`` reports whether the file is up to date).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from functools import cache
from pathlib import Path

from marsad.document import Document
from marsad.events.training import recording_pipeline
from marsad.ingest.pointers import short_sha1

HERE = Path(__file__).resolve().parent
OUT = HERE / "filter_labels.tsv"
HEADER = (
    "# zip\tindex\tstart\tend\tsha1_10\ttype\tlabel\treason  (derived from the article gold by "
    "filter_labels.py; do not edit)"
)


@cache
def _evaluate_articles():  # noqa: ANN202 - a module loaded from a path
    """The article scorer module (``../evaluate_articles.py``: rounds and the gold reader)."""
    spec = importlib.util.spec_from_file_location(
        "evaluate_articles", HERE.parent / "evaluate_articles.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_rounds(text: str) -> list[int]:
    """``"1-8"`` or ``"1,3,5"`` to a list of round numbers.

    >>> parse_rounds("1-3"), parse_rounds("2,5")
    ([1, 2, 3], [2, 5])
    """
    out: list[int] = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out.extend(range(int(a), int(b or a) + 1))
    return out


def development_rounds() -> list[int]:
    """Every round of ``../evaluate_articles.py`` but the held-out ones (``every``)."""
    ev = _evaluate_articles()
    return [r for r in ev.ROUNDS if r not in ev.HELD_OUT]


def label_of(sentence: tuple[int, int], event_type: str, gold_events: list[dict]) -> str | None:
    """``"yes"``, ``"no"`` or None (only an uncertain gold event of the type overlaps) for
    a mention of ``event_type`` in the content span ``sentence``.

    >>> g = [{"type": "AID", "sentences": [[0, 10]]}, {"type": "SUPPORT", "sentences": [[0, 10]], "uncertain": True}]
    >>> label_of((5, 20), "AID", g), label_of((5, 20), "SUPPORT", g), label_of((10, 20), "AID", g)
    ('yes', None, 'no')
    """
    a, b = sentence
    hits = [
        g
        for g in gold_events
        if g["type"] == event_type and any(c < b and a < d for c, d in g["sentences"])
    ]
    if any(not g.get("uncertain") for g in hits):
        return "yes"
    return None if hits else "no"


def derive(rounds: list[int]) -> list[str]:
    """The TSV rows (without header) for the gold of ``rounds``, in article order."""
    ev = _evaluate_articles()
    if ev.HELD_OUT & set(rounds):
        raise SystemExit(f"rounds {sorted(ev.HELD_OUT)} are held out: never trained on")
    pipeline, recorder = recording_pipeline()
    rows: list[str] = []
    for r in rounds:
        for rec, content in ev.gold_articles("all" if r == 1 else f"r{r}"):
            recorder.seen.clear()
            pipeline(
                Document(id=f"{rec['zip']}#{rec['index']}", raw=content, published=rec["published"])
            )
            for (start, event_type), mentions in sorted(recorder.seen.items()):
                events = [e for _f, _k, e in mentions if e.modality == "asserted"]
                if not events:
                    continue
                end = events[0].evidence.end
                label = label_of((start, end), event_type, rec["events"])
                if label is None:
                    continue
                rows.append(
                    "\t".join(
                        (
                            rec["zip"],
                            str(rec["index"]),
                            str(start),
                            str(end),
                            short_sha1(content[start:end], 10),
                            event_type,
                            label,
                            f"article gold round {r}",
                        )
                    )
                )
    return rows


def main() -> int:
    """Write (or ``--check``) the derived label file; print its counts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--rounds",
        help="gold rounds to derive from, e.g. 1-7 (default: every round but the held-out one)",
    )
    ap.add_argument(
        "--out", type=Path, default=OUT, help="where to write (default: filter_labels.tsv)"
    )
    ap.add_argument("--check", action="store_true", help="compare with --out, write nothing")
    opts = ap.parse_args()
    rounds = parse_rounds(opts.rounds) if opts.rounds else development_rounds()
    rows = derive(rounds)
    text = "\n".join([HEADER, *rows]) + "\n"
    yes = sum(1 for r in rows if r.split("\t")[6] == "yes")
    print(
        f"{len(rows)} rows, {yes} yes, {len(rows) - yes} no (rounds {', '.join(map(str, rounds))})"
    )
    if opts.check:
        same = opts.out.exists() and opts.out.read_text(encoding="utf-8") == text
        print(f"{opts.out.name} {'is up to date' if same else 'differs: rerun without --check'}")
        return 0 if same else 1
    opts.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
