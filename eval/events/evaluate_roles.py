"""Score the actor and recipient Marsad gives ASSAULT and PROTEST events against the
source and target spans of the Arabic PLOVER gold standard half in ``../shared``.

``../shared/data/events/{assault,protest}_spans.json`` holds, for each positive GSR
sentence, the spans of two to four annotators: ``source_actor`` (who acts),
``target_actor`` (who is acted on) and ``verb``. A role's gold span is the one most
annotators wrote (at least two agreeing; an empty majority means "no actor named" and
the sentence is left out of that role's figures).

Each sentence runs alone through the whole pipeline (no reference date), keeping every
record the detector finds (``marsad extract --all-records``: the record filter judges a
record in its article, and these sentences come without one). The first
event of the sentence's type is scored: the role is **right** when Marsad's actor
(recipient) text shares a word with the gold span, clitics and the article aside;
**none** counts events with no actor (recipient) at all. Sentences where Marsad finds
no event of the type count apart (``no_event``): detection is scored by
``evaluate.py``.

Sentences split by source document into ``tune`` (:func:`marsad.events.gold.fold_of`
fold 0 of 2: used while developing the role rules) and ``test`` (fold 1: figures
only)::

    PYTHONPATH=src python eval/events/evaluate_roles.py [tune|test|all] [--errors]

Exits 0 (the floors live in ``floors.json`` under ``roles`` and are checked by
``tests/events/test_events_eval.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from marsad.document import ActorRef, Document
from marsad.events.gold import fold_of
from marsad.events.lexicon import strip_article
from marsad.stages import build_pipeline
from marsad.text.tokens import tokenize

HERE = Path(__file__).resolve().parent
EVENTS = HERE.parents[1].parent / "shared" / "data" / "events"
TYPES = ("ASSAULT", "PROTEST")


def words(text: str) -> set[str]:
    """Normalized word stems of ``text``, clitics and the article removed (the pipeline's
    own tokenizer).

    >>> sorted(words("والجنود الإسرائيليين"))
    ['اسراييليين', 'جنود']
    """
    return {strip_article(t.stem) for t in tokenize(text) if t.is_word}


def majority(spans: list[list[str]]) -> tuple[str, ...] | None:
    """The span most annotators wrote when at least two agree (``()``: they agree
    there is none); None when no two agree."""
    top, n = Counter(tuple(s) for s in spans).most_common(1)[0]
    return top if n >= 2 else None


def role_sentences(part: str = "all") -> list[tuple[str, dict]]:
    """``(type, record)`` pairs of the spans files, in ``part`` (tune/test/all)."""
    out = []
    for t in TYPES:
        path = EVENTS / f"{t.lower()}_spans.json"
        for rec in json.loads(path.read_text(encoding="utf-8")):
            fold = fold_of(rec["source"], 2)
            if part == "all" or fold == (0 if part == "tune" else 1):
                out.append((t, rec))
    return out


def _right(ref: ActorRef | None, gold: tuple[str, ...]) -> bool:
    return ref is not None and bool(words(ref.text) & words(" ".join(gold)))


def score(part: str = "all", errors: list[str] | None = None) -> dict[str, dict]:
    """Per type and role: ``gold`` (sentences with a majority span and an event of the
    type), ``right``, ``none`` and the ``accuracy``; plus ``no_event`` per type."""
    # every record the detector finds (marsad extract --all-records): the roles are
    # measured here; the record filter judges records in their article, and a GSR
    # sentence comes without one
    pipeline = build_pipeline(events=True, all_records=True)
    n: dict[str, Counter] = {t: Counter() for t in TYPES}
    for t, rec in role_sentences(part):
        doc = pipeline(Document(id=rec["source"], raw=rec["text"]))
        ev = next((e for e in doc.events if e.type == t), None)
        n[t]["sentences"] += 1
        if ev is None:
            n[t]["no_event"] += 1
            continue
        for role, field, ref in (
            ("actor", "source_actor", ev.actor),
            ("recipient", "target_actor", ev.recipient),
        ):
            gold = majority([s[field] for s in rec["spans"]])
            if not gold:
                continue
            n[t][f"{role}_gold"] += 1
            ok = _right(ref, gold)
            n[t][f"{role}_right"] += ok
            n[t][f"{role}_none"] += ref is None
            if not ok and errors is not None:
                got = ref.text if ref else None
                errors.append(
                    f"{t} {role}: gold «{' '.join(gold)}» got «{got}» | {rec['text'][:160]}"
                )
    out: dict[str, dict] = {}
    for t, c in n.items():
        row: dict = {"sentences": c["sentences"], "no_event": c["no_event"]}
        for role in ("actor", "recipient"):
            g = c[f"{role}_gold"]
            row[role] = {
                "gold": g,
                "right": c[f"{role}_right"],
                "none": c[f"{role}_none"],
                "accuracy": round(c[f"{role}_right"] / g, 4) if g else 0.0,
            }
        out[t] = row
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("part", nargs="?", default="all", choices=["tune", "test", "all"])
    ap.add_argument("--errors", action="store_true", help="list the wrong roles")
    opts = ap.parse_args()
    if not EVENTS.is_dir():
        print("../shared/data/events is not present: nothing to evaluate", file=sys.stderr)
        return 0
    errors: list[str] | None = [] if opts.errors else None
    result = score(opts.part, errors)
    for t, row in result.items():
        print(f"{t:8s} sentences {row['sentences']:4d}  no event {row['no_event']:3d}")
        for role in ("actor", "recipient"):
            r = row[role]
            print(
                f"  {role:9s} right {r['right']:3d} of {r['gold']:3d}  "
                f"accuracy {r['accuracy']:.3f}  (none given {r['none']})"
            )
    for e in errors or []:
        print(e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
