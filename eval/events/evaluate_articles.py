"""Score ``marsad extract`` against hand-annotated event records of whole articles.

Gold: ``eval/events/articles/gold.jsonl`` (pointers into SaudiNewsNet, read from
``../shared`` at run time; see that folder's README): one object per article with its
``published`` day and its events (type, the sentences that report it, date, place and
actor countries).

The whole pipeline runs on each article as ``marsad extract`` does, cleaning included,
with the article's day as the reference date; an event's evidence is placed in the
article by its sentence text, wherever that occurs (cleaning moves offsets, not
sentences). ``--raw`` runs without cleaning (``raw=True``, offsets are the content's),
as the figures before round 2 were measured. Predictions are the events
Marsad asserts (``modality == "asserted"``); gold events marked ``uncertain`` count
neither way (a prediction matching one is dropped, a missed one is not a miss).

Matching: a predicted event may match a gold event of the same type when one of its
evidence spans overlaps one of the gold event's sentences; pairs are one to one, the
largest matching, and of the largest the one whose pairs agree on the most of date,
place country and actor country (:func:`match`; until stop 28 a greedy matching, gold
events in text order each taking the first unmatched prediction that overlaps, which
scored 0.69 where this scores 0.70 on development).

Figures: event precision, recall and F1 over all types; and, over matched pairs where
the gold states the field, the share with the right

* ``date``: the predicted date equals the gold date at the gold's precision (a gold
  "2015-07" is right for any day of July 2015; a ``week`` gold within 7 days);
* ``place_country``: the location's country is the gold place country;
* ``actor_country``: the actor's country is the gold actor country (gold ``IGO``: an
  actor of sector IGO).

    PYTHONPATH=src python eval/events/evaluate_articles.py [tune|test|all|r2|...|r66|dev|every|held] [--rounds LIST] [--errors] [--json FILE] [--models-dir DIR] [--no-record-filter]

Round 1 (``articles/gold.jsonl``, 30 articles): ``tune`` is the first half of the file
(used while developing), ``test`` the second half (looked at only for figures), ``all``
both. Round 2 (``articles/gold_2.jsonl``, 40 more articles, drawn and annotated later):
``r2``. ``dev`` = tune + r2 (what the rules are developed on since round 2 was scored
once as held-out data), ``r3`` round 3 (``articles/gold_3.jsonl``, 30 articles,
scored once as held-out data, then added to development), ``r4`` round 4
(``articles/gold_4.jsonl``, 30 articles, scored once held out on the final code of
stop 12), ``r5`` round 5 (``articles/gold_5.jsonl``, 30 articles, scored once held out
at the start of stop 13), ``r6`` round 6 (``articles/gold_6.jsonl``, 30 articles, scored
once held out late in stop 13, then development data), ``r7`` round 7 (scored once at the
end of stop 13), ``r8`` round 8 (scored once at the end of stop 14), ``r9`` round 9,
``r10`` round 10 and ``r11`` round 11 (each scored once in stop 15), ``r12`` round 12
(scored once at the end of stop 15), ``r13`` and ``r14`` rounds 13 and 14
(``articles/gold_13.jsonl``, ``gold_14.jsonl``, held out in stop 16),
``r15`` and ``r16`` (drawn at the end of stop 16, scored once, then development data),
``r17`` (``articles/gold_17.jsonl``, held out in stop 17, scored twice, then development
data), ``r18`` (``articles/gold_18.jsonl``, held out in stop 18, scored twice, then
development data), ``r19`` (drawn in stop 18, scored once, then development data), ``r20``,
``r21``, ``r22`` and ``r23`` (``articles/gold_20.jsonl`` ... ``gold_23.jsonl``, held out in
stop 19, then development data), ``r24`` to ``r27`` (``articles/gold_24.jsonl`` ...
``gold_27.jsonl``, held out in stop 20, then development data), ``r28`` to ``r32``
(``articles/gold_28.jsonl`` ... ``gold_32.jsonl``, held out in stop 21, not in
``every``), ...; today ``every`` = every round but the held-out ones (rounds 1-43, 46-47,
50-53 and 56: 1,510 articles, the default) and ``held`` the held-out rounds pooled (44, 45,
48, 49, 54, 55 and 57-66; see ``articles/README.md`` for each round's history).

``--no-record-filter`` keeps every merged record (the events stage's record filter off).

Exits 0 (figures are reported; the floors live in ``floors.json`` under ``articles``
and are checked by ``tests/events/test_events_eval.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from marsad.document import Document, Event
from marsad.events.actor_choice import ACTORS
from marsad.events.classifier import LinearModel, shipped_model
from marsad.events.detector import LEXICAL, EventDetector
from marsad.events.gold import prf
from marsad.events.record_filter import RECORDS, shipped_record_model
from marsad.events.statement_events import PREFIX, STATEMENT_TYPES, model_key
from marsad.ingest.pointers import pointed_articles
from marsad.pipeline import Pipeline
from marsad.stages import build_pipeline

HERE = Path(__file__).resolve().parent
#: Rounds of article gold, by number (``gold.jsonl`` is round 1, ``gold_N.jsonl`` round N).
ROUNDS = tuple(range(1, 73))
#: The rounds held out from ``every`` (each scored once, or at a stop's start and end,
#: never trained or tuned on).
HELD_OUT = frozenset(
    {44, 45, 48, 49, 54, 55, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72}
)
PARTS = ("tune", "test", "all", *(f"r{r}" for r in ROUNDS[1:]), "dev", "every", "held")
NEWS = HERE.parents[1].parent / "shared" / "data" / "news" / "saudinewsnet"


def round_lines(r: int) -> list[str]:
    """The JSON lines of gold round ``r`` (none when its file is absent)."""
    path = HERE / "articles" / ("gold.jsonl" if r == 1 else f"gold_{r}.jsonl")
    if not path.exists():
        return []
    return [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def gold_articles(part: str = "every", only: list[int] | None = None) -> list[tuple[dict, str]]:
    """``(gold record, article content)`` pairs of ``part``, content read from
    SaudiNewsNet. Round 1 (``gold.jsonl``): ``tune`` is the first half of the file,
    ``test`` the second, ``all`` both; ``rN`` is round N (``gold_N.jsonl``); ``dev`` is
    round 1's tune half with round 2; ``every`` every round but the held-out ones
    (:data:`HELD_OUT`); ``held`` the held-out rounds pooled. ``only``: these rounds,
    whatever ``part`` says (to score models trained without them)."""
    if only is not None:
        return pointed_articles([x for r in only for x in round_lines(r)], NEWS)
    rounds = {r: round_lines(r) for r in ROUNDS}
    one = rounds[1]
    half = (len(one) + 1) // 2
    chosen = {
        "tune": one[:half],
        "test": one[half:],
        **{f"r{r}": rounds[r] for r in ROUNDS[1:]},
        "dev": one[:half] + rounds[2],
        "every": [x for r in ROUNDS if r not in HELD_OUT for x in rounds[r]],
        "held": [x for r in sorted(HELD_OUT) for x in rounds[r]],
    }.get(part, one)
    return pointed_articles(chosen, NEWS)


def _spans(e: Event, content: str | None = None) -> list[tuple[int, int]]:
    """The event's evidence spans in the article content: its offsets when the text was
    not cleaned (``content`` None), else every place its evidence text occurs in the
    content (cleaning drops lines and shortcodes, so offsets move; sentences stay)."""
    evidence = [e.evidence, *e.more_evidence]
    if content is None:
        return [(ev.start, ev.end) for ev in evidence]
    out = []
    for ev in evidence:
        at = content.find(ev.text)
        while at >= 0 and ev.text:
            out.append((at, at + len(ev.text)))
            at = content.find(ev.text, at + 1)
    return out


def _overlaps(e: Event, sentences: list[list[int]], content: str | None = None) -> bool:
    return any(a < d and c < b for a, b in _spans(e, content) for c, d in sentences)


def _text_order(golds: list[dict]) -> list[int]:
    """Indices of an article's gold events in the order of their first sentence."""
    return sorted(range(len(golds)), key=lambda j: min(s[0] for s in golds[j]["sentences"]))


def match(preds: list[Event], golds: list[dict], content: str | None = None) -> dict[int, int]:
    """One-to-one matching of an article's predicted events to its gold events.

    A pair may match when the prediction has the gold event's type and its evidence
    overlaps one of the gold event's sentences (``content``: see :func:`_spans`). Of all
    one-to-one matchings the largest is taken, and of the largest the one whose pairs
    agree on the most fields (:func:`_agreement`): two events of one type in one
    sentence are paired with the records that tell them, not by the order of the
    records (``scipy.optimize.linear_sum_assignment``). A greedy matching (until stop
    28: each gold event in text order taking the first free prediction) can leave a
    gold event unmatched whose only prediction an earlier gold event took although that
    one had another: two errors where none was made.

    Returns ``{gold index: prediction index}``. A prediction matched to a gold event
    marked ``uncertain`` counts neither way; an unmatched prediction is false."""
    from scipy.optimize import linear_sum_assignment

    spans = [_spans(e, content) for e in preds]
    weight = [[0] * len(preds) for _ in golds]
    for j, g in enumerate(golds):
        for i, e in enumerate(preds):
            if e.type == g["type"] and any(
                a < d and c < b for a, b in spans[i] for c, d in g["sentences"]
            ):
                weight[j][i] = _PAIR + _agreement(g, e)
    if not golds or not preds:
        return {}
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return {int(j): int(i) for j, i in zip(rows, cols, strict=True) if weight[j][i]}


#: What one matched pair weighs against the fields its events agree on (at most
#: three a pair, so any larger matching outweighs any agreement).
_PAIR = 1000


def _agreement(g: dict, e: Event) -> int:
    """How many of date, place country and actor country the prediction has right."""
    loc = (e.location or {}).get("country")
    return (
        _date_right(g.get("date"), e.date, g.get("date_precision"))
        + bool(g.get("place_country") and loc == g["place_country"])
        + bool(g.get("actor_country") and _actor_right(g["actor_country"], e))
    )


def _date_right(gold: str | None, got: str | None, precision: str | None = None) -> bool:
    """Equal at the gold's precision; a ``week`` gold (often "recently", dated to the
    article's day) is right within 7 days."""
    if not gold or not got:
        return False
    if precision == "week" and len(gold) == 10 and len(got) >= 10:
        delta = date.fromisoformat(got[:10]) - date.fromisoformat(gold)
        return abs(delta.days) <= 7
    return got == gold or (len(gold) < 10 and got.startswith(gold))


def _actor_right(gold: str, e: Event) -> bool:
    if e.actor is None:
        return False
    if gold == "IGO":
        return e.actor.sector == "IGO"
    return e.actor.country == gold


def _got(e: Event, field: str) -> str:
    """What Marsad gave for ``field`` of a matched event, for the error listing."""
    if field == "date":
        return f"{e.date} ({e.date_precision})"
    if field == "place_country":
        loc = e.location or {}
        return f"{loc.get('country')} «{loc.get('text')}»"
    a = e.actor
    return f"{a.country}/{a.sector} «{a.text}»" if a else "no actor"


def score(
    errors: list[str] | None = None,
    part: str = "every",
    lexical_filter: bool = True,
    raw: bool = False,
    models_dir: Path | None = None,
    record_filter: bool = True,
    only: list[int] | None = None,
) -> dict[str, object]:
    """Run the pipeline over the gold articles of ``part`` and compute the figures
    (``lexical_filter=False``: with the events stage's lexicon-type filter off;
    ``record_filter=False``: with its record filter off; ``models_dir``: the
    ``ar_assault``, ``ar_protest``, ``ar_lexical`` and ``ar_records`` models found there
    replace the shipped ones, e.g. a filter trained with another setting; ``only``: these
    rounds instead of ``part``)."""
    pipeline = build_pipeline(raw=raw, events=True)
    if not lexical_filter or not record_filter or models_dir is not None:
        detector = EventDetector(
            models=_models(models_dir), lexical_filter=lexical_filter, record_filter=record_filter
        )
        pipeline = Pipeline([*pipeline.stages[:-1], detector])
    n = Counter()
    per_type: dict[str, Counter] = {}
    for rec, content in gold_articles(part, only):
        doc = pipeline(
            Document(id=f"{rec['zip']}#{rec['index']}", raw=content, published=rec["published"])
        )
        preds = [e for e in doc.events if e.modality == "asserted"]
        pairs = match(preds, rec["events"], None if raw else content)
        used = set(pairs.values())
        for j in _text_order(rec["events"]):
            g, k = rec["events"][j], pairs.get(j)
            t = per_type.setdefault(g["type"], Counter())
            if k is None:
                if not g.get("uncertain"):
                    n["fn"] += 1
                    t["fn"] += 1
                    if errors is not None:
                        errors.append(f"MISS  {doc.id} {g['type']} «{g.get('anchor', '')}»")
                continue
            if g.get("uncertain"):
                n["dropped"] += 1
                continue
            e = preds[k]
            n["tp"] += 1
            t["tp"] += 1
            for field, right in (
                (
                    "date",
                    _date_right(g.get("date"), e.date, g.get("date_precision"))
                    if g.get("date")
                    else None,
                ),
                (
                    "place_country",
                    (e.location or {}).get("country") == g["place_country"]
                    if g.get("place_country")
                    else None,
                ),
                (
                    "actor_country",
                    _actor_right(g["actor_country"], e) if g.get("actor_country") else None,
                ),
            ):
                if right is None:
                    continue
                n[f"{field}_n"] += 1
                n[f"{field}_right"] += right
                if not right and errors is not None:
                    errors.append(
                        f"WRONG {doc.id} {g['type']} {field}: gold "
                        f"{g.get(field) or g.get('date')} got {_got(e, field)} "
                        f"«{g.get('anchor', '')}»"
                    )
        for i, e in enumerate(preds):
            if i in used:
                continue
            n["fp"] += 1
            per_type.setdefault(e.type, Counter())["fp"] += 1
            if errors is not None:
                errors.append(f"FALSE {doc.id} {e.type} «{e.evidence.text[:60]}»")
        n["articles"] += 1
    p, r, f = prf(n["tp"], n["fp"], n["fn"])

    def share(field: str) -> float:
        return round(n[f"{field}_right"] / n[f"{field}_n"], 4) if n[f"{field}_n"] else 0.0

    return {
        "articles": n["articles"],
        "gold_events": n["tp"] + n["fn"],
        "predicted": n["tp"] + n["fp"],
        "precision": p,
        "recall": r,
        "f1": f,
        "date": share("date"),
        "place_country": share("place_country"),
        "actor_country": share("actor_country"),
        "matched_with": {k: n[f"{k}_n"] for k in ("date", "place_country", "actor_country")},
        "per_type": {t: dict(c) for t, c in sorted(per_type.items())},
    }


def _models(models_dir: Path | None) -> dict[str, LinearModel] | None:
    """The event models of ``models_dir`` where present, the shipped ones otherwise (but
    a statement model, ``ar_says_<type>``, the folder lacks is none: its trainer writes
    only the types it keeps); None without a folder: the detector then loads the shipped
    ones itself."""
    if models_dir is None:
        return None
    out: dict[str, LinearModel] = {}
    says = [(model_key(t), f"ar_{model_key(t).lower()}") for t in STATEMENT_TYPES]
    for name, file in (
        ("ASSAULT", "ar_assault"),
        ("PROTEST", "ar_protest"),
        (LEXICAL, "ar_lexical"),
        (RECORDS, "ar_records"),
        (ACTORS, "ar_actors"),
        *says,
    ):
        path = models_dir / f"{file}.json.gz"
        if path.exists():
            model: LinearModel | None = LinearModel.load(path)
        elif name.startswith(PREFIX):
            model = None  # the statement trainer writes only the types it keeps
        else:
            model = shipped_record_model("ar") if name == RECORDS else shipped_model(name, "ar")
        if model is not None:
            out[name] = model
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list misses, false and wrong fields")
    ap.add_argument("--json", type=Path)
    ap.add_argument("part", nargs="?", default="every", choices=PARTS)
    ap.add_argument(
        "--raw",
        action="store_true",
        help="no cleaning (as `marsad extract --raw`): the old setting",
    )
    ap.add_argument(
        "--no-lexical-filter", action="store_true", help="keep every lexicon-type event mention"
    )
    ap.add_argument(
        "--no-record-filter", action="store_true", help="keep every merged event record"
    )
    ap.add_argument(
        "--models-dir", type=Path, help="event models replacing the shipped ones (ar_*.json.gz)"
    )
    ap.add_argument(
        "--rounds",
        help='score these rounds instead of PART ("1,3,5-9"), e.g. models trained without them',
    )
    opts = ap.parse_args()
    only = None
    if opts.rounds:
        sys.path.insert(0, str(HERE / "articles"))
        from filter_labels import parse_rounds

        only = parse_rounds(opts.rounds)
    if not NEWS.is_dir() or not (HERE / "articles" / "gold.jsonl").exists():
        print("../shared or the gold file is not present: nothing to evaluate", file=sys.stderr)
        return 0
    errors: list[str] | None = [] if opts.errors else None
    result = score(
        errors,
        opts.part,
        lexical_filter=not opts.no_lexical_filter,
        raw=opts.raw,
        models_dir=opts.models_dir,
        record_filter=not opts.no_record_filter,
        only=only,
    )
    print(
        f"articles {result['articles']}  gold events {result['gold_events']}  predicted {result['predicted']}"
    )
    print(f"events P={result['precision']} R={result['recall']} F1={result['f1']}")
    print(
        f"matched events right: date {result['date']}  place country {result['place_country']}"
        f"  actor country {result['actor_country']}  (of {result['matched_with']})"
    )
    for t, c in result["per_type"].items():  # type: ignore[union-attr]
        print(f"  {t:10s} tp {c.get('tp', 0):3d} fp {c.get('fp', 0):3d} fn {c.get('fn', 0):3d}")
    for line in errors or []:
        print(line)
    if opts.json:
        opts.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
