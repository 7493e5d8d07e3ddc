"""PLOVER ``context`` tags from cue words in the event's sentence and its actors.

Cue words per context live in ``lang/{ar,en}/event_contexts.tsv`` and are matched
on clitic-stripped, article-less stems (single words) or on consecutive normalized
words (phrases). A military actor (CAMEO sector MIL) adds ``military``; an ASSAULT
or COERCE event by security forces on civilians adds ``repression`` only when the
text says so (a cue word), never by itself.

>>> from marsad.text.tokens import tokenize
>>> sentence_contexts(tokenize("قصف الجيش مواقع تنظيم داعش قرب الحدود"), "ar")
['military', 'terrorism', 'territory']
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.clean.normalize import normalize_key
from marsad.document import ActorRef, Token
from marsad.events.lexicon import read_table, strip_article


@cache
def context_cues(lang: str) -> tuple[dict[str, str], dict[tuple[str, ...], str], tuple[str, ...]]:
    """``(single-word cues, phrase cues, context order)`` of ``lang``."""
    lang = "ar" if lang == "ar" else "en"
    single: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    order: list[str] = []
    for context, forms in read_table(lang, "event_contexts.tsv"):
        order.append(context)
        for f in forms.split(","):
            words = tuple(normalize_key(f.strip()).split())
            if len(words) == 1:
                single.setdefault(strip_article(words[0]) if lang == "ar" else words[0], context)
            elif words:
                phrases.setdefault(tuple(strip_article(w) for w in words), context)
    return single, phrases, tuple(order)


def sentence_contexts(
    tokens: Sequence[Token], lang: str, actors: Sequence[ActorRef | None] = ()
) -> list[str]:
    """Contexts cued in ``tokens`` (one sentence) and by ``actors``, in table order."""
    single, phrases, order = context_cues(lang)
    words = [strip_article(t.stem) if lang == "ar" else t.norm for t in tokens if t.is_word]
    found: set[str] = set()
    for i, w in enumerate(words):
        c = single.get(w)
        if c:
            found.add(c)
        for n in (2, 3):
            c = phrases.get(tuple(words[i : i + n]))
            if c:
                found.add(c)
    if any(a is not None and a.sector == "MIL" for a in actors):
        found.add("military")
    return [c for c in order if c in found]
