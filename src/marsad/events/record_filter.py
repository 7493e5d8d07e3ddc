"""The record filter: how likely a finished event record is one a human coder would code.

The detector decides event by event, sentence by sentence; some of its records are
right by every rule and still not what an analyst codes: a second record for an event
already told, a verbal type fired in a condolence, a ceasefire announced in a sentence
about the aid it lets in. What gives them away is the record as a whole and its place
in the article: which arguments it found, where its date came from, how many other
types fired in its sentence, how many records of its type the article has.

:func:`record_features` turns each asserted record of a document into binary string
features (no word of the text: the sentence classifiers and the lexicon filter have
read the words); a :class:`~marsad.events.classifier.LinearModel` trained by
``train/events/train_record_filter.py`` on the article gold (pointers into SaudiNewsNet;
see ``resources/events/MODEL_CARD.md``) gives each the probability that it matches an
event the coders coded. :func:`filter_records` writes that probability into the
record's ``confidence`` and drops the records below the model's threshold. Records
that are not asserted (negated, future, ...) are left as they are: the gold codes only
asserted events, so the model knows nothing of the others.

>>> from marsad.document import Event, Evidence
>>> from marsad.events.classifier import LinearModel
>>> evs = [Event(id="", type=t, evidence=Evidence(0, 10, "x"), confidence=0.9) for t in ("ASSAULT", "COOPERATE")]
>>> m = LinearModel("RECORDS", bias=0.0, threshold=0.5, weights={"t=COOPERATE": -3.0})
>>> [(e.type, round(e.confidence, 2)) for e in filter_records(evs, {0: 0}, None, m)]
[('ASSAULT', 0.5)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from marsad.document import Event
from marsad.events.arguments import FALLBACK_DATE_SOURCES, first_day
from marsad.events.classifier import LinearModel
from marsad.resources import resource_path

#: The key of the record model in a detector's ``models`` (and of its file,
#: ``resources/events/<lang>_records.json.gz``).
RECORDS = "RECORDS"
#: Marks that open a quotation.
_QUOTES = ('"', "«", "“")


def _lag(value: str | None, published: str | None) -> str:
    """Days from the first day of the event's period to the report's day, in three bins."""
    first, ref = first_day(value or ""), first_day(published or "")
    if first is None or ref is None:
        return "none"
    days = (ref - first).days
    return "0-1" if days <= 1 else "2-7" if days <= 7 else "8+"


def record_features(
    ev: Event,
    *,
    sentence_index: int,
    types_in_sentence: int,
    of_its_type: int,
    records: int,
    published: str | None,
    after_same: int | None = None,
) -> set[str]:
    """Binary features of one record.

    In: the record and its place in the document: ``sentence_index`` (0 = the first
    sentence), ``types_in_sentence`` (how many types the document's asserted records
    have in its evidence sentence), ``of_its_type`` (asserted records of its type in the
    document), ``records`` (asserted records in the document), ``published`` (the
    report's day), ``after_same`` (how many sentences back the nearest earlier asserted
    record of its type is told, None for the first: a second raid record one sentence
    after the first is often the same raid told again). Out: feature strings
    (``name=value``)."""
    t = ev.type
    actor, recipient = ev.actor, ev.recipient
    loc = ev.location or {}
    feats = {
        f"t={t}",
        f"m={ev.mode}",
        f"actor={t}:{actor is not None}",
        f"recipient={t}:{recipient is not None}",
        f"size={t}:{bool(ev.size)}",
        f"asector={actor.sector if actor else None}",
        f"rsector={recipient.sector if recipient else None}",
        f"acountry={bool(actor and actor.country)}",
        f"loc={loc.get('precision')}",
        f"dp={ev.date_precision}",
        # a statement's date was no source when the model learnt ("statement" is newer)
        f"ds={None if ev.date_source == 'statement' else ev.date_source}",
        f"lag={_lag(ev.date, published)}",
        f"attr={ev.attribution is not None}",
        f"evidence={min(len(ev.more_evidence), 3)}",
        f"conf={min(int(ev.confidence * 10), 9)}",
        f"sentence={min(sentence_index, 10) // 2}",
        f"first={sentence_index == 0}",
        f"others={min(types_in_sentence - 1, 3)}",
        f"same={min(of_its_type - 1, 5)}",
        f"records={min(records, 15) // 3}",
        f"quote={any(q in ev.evidence.text for q in _QUOTES)}",
        f"after_same={'none' if after_same is None else min(after_same, 4)}",
    }
    if actor and recipient and actor.country:
        feats.add(f"domestic={actor.country == recipient.country}")
    if actor and actor.country and loc.get("country"):
        feats.add(f"at_home={actor.country == loc.get('country')}")
    return feats


def document_features(
    events: Sequence[Event], sentence_of: dict[int, int], published: str | None
) -> dict[int, set[str]]:
    """Features of each asserted record of a document, by index into ``events``
    (``sentence_of`` maps a sentence's start offset to its index)."""
    asserted = [(i, e) for i, e in enumerate(events) if e.modality == "asserted"]
    per_sentence: dict[int, set[str]] = {}
    for _, e in asserted:
        per_sentence.setdefault(e.evidence.start, set()).add(e.type)
    of_type = Counter(e.type for _, e in asserted)
    last_of_type: dict[str, int] = {}
    after_same: dict[int, int | None] = {}
    for s, i, e in sorted((sentence_of.get(e.evidence.start, 0), i, e) for i, e in asserted):
        before = last_of_type.get(e.type)
        after_same[i] = None if before is None else s - before
        last_of_type[e.type] = s
    return {
        i: record_features(
            e,
            sentence_index=sentence_of.get(e.evidence.start, 0),
            types_in_sentence=len(per_sentence[e.evidence.start]),
            of_its_type=of_type[e.type],
            records=len(asserted),
            published=published,
            after_same=after_same[i],
        )
        for i, e in asserted
    }


def filter_records(
    events: Sequence[Event],
    sentence_of: dict[int, int],
    published: str | None,
    model: LinearModel,
    drop: bool = True,
) -> list[Event]:
    """``events`` with each asserted record's ``confidence`` set to the model's
    probability and the asserted records below its threshold left out (``drop=False``:
    kept with their low confidence); records the filter exempts (:func:`exempted`) are
    kept as they are."""
    feats = document_features(events, sentence_of, published)
    out = []
    for i, e in enumerate(events):
        if i in feats and not exempted(e, model.meta):
            e.confidence = model.probability(feats[i])
            if drop and e.confidence < model.threshold:
                continue
        out.append(e)
    return out


def exempted(ev: Event, meta: dict) -> bool:
    """Whether the record filter keeps ``ev`` whatever its score: a told killing
    (:func:`told_killing`), or a record of a type in ``meta["exempt_types"]`` (or of a
    ``"TYPE:mode"`` entry there), with a political participant (an actor or recipient
    with a sector) when ``meta["exempt_political"]`` is set."""
    if told_killing(ev):
        return True
    types = meta.get("exempt_types", ())
    if ev.type not in types and f"{ev.type}:{ev.mode}" not in types:
        return False
    if not meta.get("exempt_political"):
        return True
    return any(r is not None and r.sector for r in (ev.actor, ev.recipient))


def told_killing(ev: Event) -> bool:
    """An attack that killed a stated number of people on a day the text gives ("قُتل 23
    جندياً على الأقل أمس في هجوم"): what an analyst least wants dropped. On the
    development articles, of the records the filter dropped, these were right as often
    as not (6 right, 4 false, the filter in sample)."""
    return (
        ev.type == "ASSAULT"
        and ev.size.get("killed", 0) > 0
        and ev.date_precision == "day"
        and ev.date_source not in FALLBACK_DATE_SOURCES
    )


@cache
def shipped_record_model(lang: str = "ar") -> LinearModel | None:
    """The shipped record model for ``lang``, or None when there is none."""
    path = resource_path("events", f"{lang}_records.json.gz")
    return LinearModel.load(path) if path.exists() else None
