"""Sentence features for the per-type event classifiers.

Features are strings (a linear model keeps a weight per string; unseen strings
weigh nothing):

* ``w=`` clitic-stripped word stems without the article, ``b=`` stem bigrams;
* ``c=`` character 3- and 4-grams of each stem (with ``#`` word boundaries), which
  catch inflections the lexicon does not list;
* ``t=TYPE``, ``tm=TYPE:mode``, ``tf=TYPE:form``: trigger-lexicon hits
  (:mod:`marsad.events.triggers`), ``tv=TYPE`` when the trigger is a verb,
  ``tn=TYPE`` when a negation particle or verb stands just before it and
  ``tx=TYPE`` when a future particle or modal does (cues from ``event_modality.tsv``).

>>> from marsad.text.tokens import tokenize
>>> f = sentence_features(tokenize("فجر انتحاري سيارة مفخخة"), "ar")
>>> "t=ASSAULT" in f and "w=مفخخه" in f and "c=#فجر" in f
True
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from marsad.document import Token
from marsad.events.lexicon import strip_article
from marsad.events.modality import cue_before
from marsad.events.triggers import TriggerHit, find_triggers

_MAX_STEM = 14
_CONTEXT = 2
#: Words that pin an event to a specific day (a report of a real event, not background).
_TIME_WORDS = frozenset(
    "امس وامس اليوم الليله صباح مساء فجر السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه".split()
)


@lru_cache(maxsize=200_000)
def _word_features(stem: str) -> tuple[str, ...]:
    out = [f"w={stem}"]
    if len(stem) <= _MAX_STEM:
        padded = f"#{stem}#"
        for n in (3, 4):
            out += [f"c={padded[i : i + n]}" for i in range(len(padded) - n + 1)]
    return tuple(out)


def _shape(norm: str, hit: TriggerHit) -> str:
    """A coarse morphological shape of a trigger word: past/present verb, noun, phrase."""
    if hit.pos in ("p", "pv", "po"):
        return "phrase"
    if hit.pos != "v":
        return "noun"
    core = norm.lstrip("وف")
    if core.startswith("س"):
        return "future"
    if core[:1] in "يتن" and not core.startswith(hit.form[:2]):
        return "present"
    return "past"


def word_stem(tok: Token) -> str:
    """The stem a feature uses: clitic-stripped, article-less (``"وبالهجوم"`` -> ``"هجوم"``)."""
    return strip_article(tok.stem)


def sentence_features(
    tokens: Sequence[Token],
    lang: str,
    hits: Sequence[TriggerHit] | None = None,
    *,
    chars: bool = True,
    context: bool = True,
) -> set[str]:
    """The feature set of one sentence given its tokens (and its trigger hits, found
    when not given)."""
    if hits is None:
        hits = find_triggers(tokens, lang)
    feats: set[str] = set()
    prev = "<s>"
    words: list[int] = []
    for k, tok in enumerate(tokens):
        if not tok.is_word:
            continue
        words.append(k)
        stem = tok.stem  # word_stem(tok), inlined: this loop sees every word
        if len(stem) > 4 and stem.startswith("ال"):
            stem = stem[2:]
        if chars:
            feats.update(_word_features(stem))
        else:
            feats.add(f"w={stem}")
        feats.add(f"b={prev}_{stem}")
        prev = stem
    position = {k: n for n, k in enumerate(words)}
    for h in hits:
        if context and h.type[0] != "!":
            n = position.get(h.first, 0)
            feats.add(f"tp={h.type}:{min(n, 4)}")
            feats.add(f"tg={h.type}:{_shape(tokens[h.first].norm, h)}")
            for m in range(max(0, n - _CONTEXT), min(len(words), n + _CONTEXT + 1)):
                if m != n:
                    feats.add(f"tw={h.type}:{word_stem(tokens[words[m]])}")
        feats.add(f"t={h.type}")
        feats.add(f"tm={h.type}:{h.mode}")
        feats.add(f"tf={h.type}:{h.form}")
        if h.weight >= 0.6:
            feats.add(f"ts={h.type}")
        if h.is_verb:
            feats.add(f"tv={h.type}")
        cue = cue_before(tokens, h.first, lang, h.prefixes)
        if cue is not None:
            feats.add(f"t{cue[0]}={h.type}")
    return feats
