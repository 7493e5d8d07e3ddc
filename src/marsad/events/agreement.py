"""Gender agreement between an Arabic verb and the noun after it.

An Arabic verb before its subject agrees with it in gender: "قالت الحكومة", "دعت الأمم
المتحدة", "اتهمت إيران", but "قال الوزير", "دعا الرئيس". A masculine verb followed at once
by a feminine name has that name as its object, the subject being the pronoun of someone
told before ("ودعا الأمم المتحدة إلى الضغط على الجماعة": he called on the United
Nations; "واتهم إيران بدعم الجماعة"); a feminine verb followed by a masculine title or
office the same ("وطالبت المجتمع الدولي": she called on the international community).

Only what the written form shows is read, with the word lists of
``lang/ar/grammar_gender.json``: a past verb's final "ت" (feminine, unless the root ends
in it: "لفت") or its bare form (masculine), a present verb's "ي" (masculine); an
organization's head word ending in ta marbuta, or a place name written without the
article ("إيران", "واشنطن", not "لبنان"): feminine; the few office words of
``masculine_heads``: masculine. A person's name says nothing ("أسامة"). Anything else
agrees.

>>> verb_gender("ودعا"), verb_gender("قالت"), verb_gender("يطالبون"), verb_gender("ولفت")
('m', 'f', None, 'm')
>>> disagrees("ودعا", "الأمم المتحدة", kind="ORG")
True
>>> disagrees("دعت", "الأمم المتحدة", kind="ORG")
False
>>> disagrees("اتهم", "إيران", kind="LOC"), disagrees("اتهم", "لبنان", kind="LOC")
(True, False)
>>> disagrees("قال", "أسامة حمدان", kind="PER")
False
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from marsad.clean.normalize import normalize_key
from marsad.events.lexicon import strip_article, strip_conjunction
from marsad.lang import data_path


@dataclass(frozen=True, slots=True)
class GenderWords:
    """The word lists of ``lang/ar/grammar_gender.json``, normalized (see its ``_doc``)."""

    feminine_heads: frozenset[str]
    masculine_plurals: frozenset[str]
    masculine_heads: frozenset[str]
    masculine_places: frozenset[str]
    masculine_t_verbs: frozenset[str]
    plural_endings: tuple[str, ...]


@cache
def gender_words() -> GenderWords:
    """The Arabic gender word lists, loaded once."""
    cfg = json.loads(data_path("ar", "grammar_gender.json").read_text(encoding="utf-8"))

    def norm(key: str) -> frozenset[str]:
        return frozenset(strip_article(normalize_key(w)) for w in cfg.get(key, []))

    return GenderWords(
        feminine_heads=norm("feminine_heads"),
        masculine_plurals=norm("masculine_plurals"),
        masculine_heads=norm("masculine_heads"),
        masculine_places=norm("masculine_places"),
        masculine_t_verbs=frozenset(normalize_key(w) for w in cfg.get("masculine_t_verbs", [])),
        plural_endings=tuple(cfg.get("plural_endings", [])),
    )


def verb_gender(word: str) -> str | None:
    """``"m"`` or ``"f"`` for an Arabic verb form whose spelling shows it (a conjunction
    may lead), else None (plurals, duals, a present "ت" that may be a past of form V)."""
    g = gender_words()
    w = strip_conjunction(normalize_key(word))
    if len(w) < 3 or w.endswith(g.plural_endings):
        return None
    if w in g.masculine_t_verbs:
        return "m"
    if w.endswith("ت"):
        return "f"
    if w.startswith("ي"):
        return "m"
    if w.startswith(("ت", "ن")):
        return None
    return "m"


def noun_gender(text: str, kind: str | None) -> str | None:
    """``"f"`` or ``"m"`` for a name whose head word shows it, else None; ``kind`` is its
    mention's: a place (``LOC``) is feminine when written without the article and not
    masculine by the list ("إيران", not "لبنان"), an organization (``ORG``) by its head's
    ta marbuta, any name by an office head ("وزير الخارجية"); a person's own name says
    nothing ("أسامة حمدان")."""
    words = text.split()
    if not words:
        return None
    g = gender_words()
    written = normalize_key(words[0])
    first = strip_conjunction(written)
    head = strip_article(first)
    if head in g.masculine_heads or strip_article(written) in g.masculine_heads:
        return "m"  # "وزير الخارجية" is no و + "زير"
    if kind == "LOC":
        return "f" if not first.startswith("ال") and head not in g.masculine_places else None
    if kind != "ORG" or head in g.masculine_plurals:
        return None
    return "f" if head.endswith("ه") or head in g.feminine_heads else None


def disagrees(verb: str, name: str, kind: str | None) -> bool:
    """Whether the Arabic ``verb`` cannot have ``name`` (right after it, a mention of
    ``kind``) as its subject: their genders, where both are shown, differ."""
    v = verb_gender(verb)
    n = noun_gender(name, kind)
    return v is not None and n is not None and v != n
