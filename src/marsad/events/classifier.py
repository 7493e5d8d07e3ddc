"""Per-type sentence classifiers: logistic regression over string features.

A model is a bias, a threshold and a weight per feature string (features from
:func:`marsad.events.features.sentence_features`); scoring is a dictionary
lookup per feature, so it needs no numerical library at run time. Models are
trained by ``train/events/train_classifier.py`` and shipped as
``resources/events/<type>.json.gz`` (see that folder's MODEL_CARD.md).

>>> m = LinearModel("ASSAULT", bias=-2.0, threshold=0.5, weights={"t=ASSAULT": 3.0})
>>> round(m.probability({"t=ASSAULT", "w=قتل"}), 3)
0.731
>>> m.probability({"w=مباراه"}) < 0.5
True
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from marsad.resources import resource_path


@dataclass(slots=True)
class LinearModel:
    """A binary logistic-regression model for one event type.

    ``probability(features)`` is ``sigmoid(bias + sum(weights[f]))``; a sentence is
    positive when it reaches ``threshold``. ``meta`` keeps the training figures.
    """

    type: str
    bias: float
    threshold: float
    weights: dict[str, float]
    meta: dict = field(default_factory=dict)

    def score(self, features: Iterable[str]) -> float:
        """The linear score (log-odds) of a feature set."""
        return self.bias + sum(filter(None, map(self.weights.get, features)))

    def probability(self, features: Iterable[str]) -> float:
        """The model's probability that the sentence reports an event of ``type``."""
        s = self.score(features)
        if s < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-s))

    def save(self, path: Path) -> None:
        """Write the model as gzipped JSON (weights rounded to 5 decimals)."""
        data = {
            "type": self.type,
            "bias": round(self.bias, 6),
            "threshold": round(self.threshold, 4),
            "meta": self.meta,
            "weights": {k: round(v, 5) for k, v in sorted(self.weights.items())},
        }
        with gzip.open(path, "wt", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        """Read a model written by :meth:`save`."""
        with gzip.open(path, "rt", encoding="utf-8") as f:
            data = json.load(f)
        return cls(data["type"], data["bias"], data["threshold"], data["weights"], data["meta"])


@cache
def shipped_model(event_type: str, lang: str = "ar") -> LinearModel | None:
    """The shipped classifier for ``event_type`` in ``lang``, or None when there is none."""
    path = resource_path("events", f"{lang}_{event_type.lower()}.json.gz")
    if not path.exists():
        return None
    return LinearModel.load(path)
