"""The default stage lists behind ``marsad annotate`` and ``marsad extract``.

>>> build_pipeline(raw=True)
Pipeline(['normalize', 'langid', 'sentences', 'tokens', 'dates', 'quantities', 'places', 'ner', 'unlisted_places', 'actors'])
"""

from __future__ import annotations

from marsad.clean import Cleaner, Normalizer
from marsad.events import EventDetector, StatementExtractor
from marsad.mentions.actors import ActorLinker
from marsad.mentions.dates import DateRecognizer
from marsad.mentions.ner import EntityRecognizer
from marsad.mentions.places import PlaceRecognizer
from marsad.mentions.places_unlisted import UnlistedPlaces
from marsad.mentions.quantities import QuantityRecognizer
from marsad.pipeline import Pipeline, Stage
from marsad.text import LanguageIdentifier, SentenceSplitter, Tokenizer


def build_pipeline(
    *, raw: bool = False, events: bool = False, all_records: bool = False
) -> Pipeline:
    """Build the pipeline: cleaning, text basics and every mention stage.

    ``raw=True`` leaves the input text untouched (no boilerplate cleaning), so every
    output offset is an offset into the input exactly as given. ``events=True`` adds
    the event and statement stages (``marsad extract`` / ``ingest``; ``annotate``
    does not need them); ``all_records=True`` keeps the event records that the record
    filter scores below its threshold (:mod:`marsad.events.record_filter`), each with
    that score as its confidence.
    """
    stages: list[Stage] = [] if raw else [Cleaner()]
    stages += [
        Normalizer(),
        LanguageIdentifier(),
        SentenceSplitter(),
        Tokenizer(),
        DateRecognizer(),
        QuantityRecognizer(),
        PlaceRecognizer(),
        # LOC is the gazetteer-backed places stage's job; the NER adds persons,
        # organizations and other names, which the actor linker then links, and LOC
        # spans, which become places only where the gazetteer has none (UnlistedPlaces).
        EntityRecognizer(),
        UnlistedPlaces(),
        ActorLinker(),
    ]
    if events:
        # statements first: a verbal event with no actor in its clause takes the speaker
        stages += [StatementExtractor(), EventDetector(all_records=all_records)]
    return Pipeline(stages)
