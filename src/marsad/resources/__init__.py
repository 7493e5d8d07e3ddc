"""Shipped, derived resources (lexicons, gazetteer index, model weights).

Each sub-folder has a README or MODEL_CARD naming the data it was derived from,
the script that built it and the data's license.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("lexicon", "ar_wordfreq.tsv.gz")``."""
    return Path(str(resources.files("marsad.resources").joinpath("/".join(parts))))
