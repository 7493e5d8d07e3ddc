"""The default stage lists behind ``marsad annotate`` and ``marsad extract``.

>>> build_pipeline(raw=True)
Pipeline(['normalize', 'langid', 'sentences', 'tokens', 'dates', 'quantities', 'places', 'actors'])
"""

from __future__ import annotations

from marsad.clean import Cleaner, Normalizer
from marsad.mentions.actors import ActorLinker
from marsad.mentions.dates import DateRecognizer
from marsad.mentions.places import PlaceRecognizer
from marsad.mentions.quantities import QuantityRecognizer
from marsad.pipeline import Pipeline, Stage
from marsad.text import LanguageIdentifier, SentenceSplitter, Tokenizer


def build_pipeline(*, raw: bool = False) -> Pipeline:
    """Build the annotation pipeline.

    ``raw=True`` leaves the input text untouched (no boilerplate cleaning), so every
    output offset is an offset into the input exactly as given.
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
        ActorLinker(),
    ]
    return Pipeline(stages)
