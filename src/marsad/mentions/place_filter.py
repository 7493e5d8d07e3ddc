"""A learnt last check on gazetteer places: is this matched name a place here?

The places stage's rules (:mod:`marsad.mentions.places`) keep a name when its context
allows a place reading. What they let through most often on random news is a common word
that is also a foreign town's name ("من كنز" a treasure, not Cairns; "جنان السماء" the
gardens of heaven, not Jinan), a club, a company or a work's title. This module scores
each kept name with a logistic model over string features of the name and its
surroundings and drops it when the model is sure enough that it is no place.

* :func:`place_features`: in, the normalized words, the match, the chosen reading and
  entry and what the stage knows of the text; out, a set of feature strings.
* :func:`shipped_place_filter`: the model shipped in ``resources/gazetteer/`` (None when
  absent: every place is then kept).

The model is trained by ``train/build_place_filter.py`` on the hand verdicts of the
random news audits (``eval/places/audits/judged.tsv``: ``FALSE`` is a positive example);
see ``resources/gazetteer/README.md`` for its data and figures.

>>> from marsad.events.classifier import LinearModel
>>> m = LinearModel("NOT_PLACE", bias=-3.0, threshold=0.5, weights={"k=كنز": 4.0})
>>> m.probability({"k=كنز", "pw=من"}) >= m.threshold
True
"""

from __future__ import annotations

import math
from functools import cache

from marsad.events.classifier import LinearModel
from marsad.resolve.gazetteer import GazEntry
from marsad.resolve.gazetteer_match import NameMatch, Reading, Words
from marsad.resolve.geocode import ARAB_ISO3
from marsad.resources import resource_path

#: The model's ``type`` and file name under ``resources/gazetteer``.
NOT_PLACE = "NOT_PLACE"
MODEL_FILE = "place_filter.json.gz"


def _bucket(n: float, base: float = 10.0) -> int:
    """Order of magnitude of a count (0 for 0)."""
    return 0 if n <= 0 else 1 + int(math.log(n, base))


def _word(words: Words, i: int) -> str:
    """Word ``i`` as normalized, or a boundary mark outside the text."""
    return words.toks[i] if 0 <= i < len(words) else "<s>"


def place_features(
    words: Words,
    m: NameMatch,
    reading: Reading,
    entry: GazEntry,
    *,
    designator: str | None,
    weak: bool,
    confidence: float,
    home: str | None,
    sports: bool,
    freq: dict[str, int],
) -> set[str]:
    """Feature strings of one kept place name.

    In: the text's normalized ``words``; the match ``m`` (word indices ``first`` to
    ``last``); the ``reading`` chosen (its key, the name without proclitics, and the
    proclitics in ``prefix``); the gazetteer ``entry`` it resolved to; the designator
    before it ("city", "admin" ...) or None; ``weak`` (the name needed a cue); the
    geocoder's ``confidence``; ``home``, the country most of the text's places lie in;
    ``sports``, whether the text reads as a sports story; ``freq``, the corpus counts of
    written word forms. Out: a set of ``group=value`` strings.
    """
    first, last = m.first, m.last
    tok = words.toks[first]
    prev_adjacent = first > 0 and words.adjacent(first - 1)
    next_adjacent = last + 1 < len(words) and words.adjacent(last)
    prev = _word(words, first - 1) if prev_adjacent else "<p>"
    nxt = _word(words, last + 1) if next_adjacent else "<p>"
    home_rel = "none" if home is None else ("home" if entry.country == home else "foreign")
    region = "arab" if entry.country in ARAB_ISO3 else "other"
    pop = _bucket(entry.population)
    fq = _bucket(freq.get(tok, 0))
    key_fq = _bucket(freq.get(reading.key, 0))
    kind = entry.kind
    feats = {
        f"k={reading.key}",
        f"p={reading.prefix or '-'}",
        f"pw={prev}",
        f"nw={nxt}",
        f"pw2={_word(words, first - 2) if prev_adjacent else '<p>'}",
        f"kind={kind}",
        f"pop={pop}",
        f"fq={fq}",
        f"kfq={key_fq}",
        f"home={home_rel}",
        f"region={region}",
        f"des={designator or '-'}",
        f"weak={weak}",
        f"conf={round(confidence, 1)}",
        f"len={min(last - first + 1, 3)}",
        f"sports={sports}",
        f"art={reading.key.startswith('ال')}",
        f"kind_pop={kind}|{pop}",
        f"kind_home={kind}|{home_rel}|{region}",
        f"pop_fq={pop}|{key_fq}",
        f"des_home={designator or '-'}|{home_rel}",
        f"p_kind={reading.prefix or '-'}|{kind}",
    }
    if sports:
        feats.add(f"sports_kind={kind}")
    return feats


@cache
def shipped_place_filter() -> LinearModel | None:
    """The shipped place filter, or None when the package has none."""
    path = resource_path("gazetteer", MODEL_FILE)
    return LinearModel.load(path) if path.exists() else None
