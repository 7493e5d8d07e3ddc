"""Gender agreement between an Arabic verb and the noun after it.

An Arabic verb before its subject agrees with it in gender: "قالت الحكومة", "دعت الأمم
المتحدة", "اتهمت إيران", but "قال الوزير", "دعا الرئيس". A masculine verb followed at once
by a feminine name has that name as its object, the subject being the pronoun of someone
told before ("ودعا الأمم المتحدة إلى الضغط على الجماعة": he called on the United
Nations; "واتهم إيران بدعم الجماعة"); a feminine verb followed by a masculine title or
office the same ("وطالبت المجتمع الدولي": she called on the international community).

Only what the written form shows is read: a past verb's final "ت" (feminine) or its bare
form (masculine), a present verb's "ي" (masculine); a name's head word ending in ta
marbuta, or a place name written without the article ("إيران", "واشنطن": feminine), or a
head of :data:`FEMININE_HEADS`; masculine heads are the few office words of
:data:`MASCULINE_HEADS`. Anything else agrees.

>>> verb_gender("ودعا"), verb_gender("قالت"), verb_gender("يطالبون")
('m', 'f', None)
>>> disagrees("ودعا", "الأمم المتحدة", is_place=False)
True
>>> disagrees("دعت", "الأمم المتحدة", is_place=False)
False
>>> disagrees("اتهم", "إيران", is_place=True), disagrees("اتهم", "العراق", is_place=True)
(True, False)
"""

from __future__ import annotations

from marsad.clean.normalize import normalize_key
from marsad.events.lexicon import strip_article, strip_conjunction

#: Heads of a feminine name that do not end in ta marbuta (normalized: "الأمم" of "الأمم
#: المتحدة"). Plurals of things ("مصادر", "قوات") are left out: the press gives them a
#: masculine verb too ("قال مصادر").
FEMININE_HEADS = frozenset({"امم"})

#: Broken plurals of men that end in ta marbuta and take a masculine verb ("قال قادة").
MASCULINE_PLURALS = frozenset({"قاده", "قضاه", "دعاه", "ولاه", "رعاه", "رماه", "حماه", "غزاه"})

#: Masculine office and title heads that a feminine verb cannot have as its subject
#: ("وطالبت المجتمع الدولي").
MASCULINE_HEADS = frozenset(
    {"مجتمع", "مجلس", "اتحاد", "وزير", "رئيس", "امين", "جيش", "مبعوث", "متحدث", "مسؤول"}
)

#: Endings of plural and dual verbs, which say nothing of the subject after them.
_PLURAL_ENDINGS = ("وا", "ون", "ان", "ين", "تا")


def verb_gender(word: str) -> str | None:
    """``"m"`` or ``"f"`` for an Arabic verb form whose spelling shows it (a conjunction
    may lead), else None (plurals, duals, a present "ت" that may be a past of form V)."""
    w = strip_conjunction(normalize_key(word))
    if len(w) < 3 or w.endswith(_PLURAL_ENDINGS):
        return None
    if w.endswith("ت"):
        return "f"
    if w.startswith("ي"):
        return "m"
    if w.startswith(("ت", "ن")):
        return None
    return "m"


def noun_gender(text: str, is_place: bool, person: bool = False) -> str | None:
    """``"f"`` or ``"m"`` for a name whose head word shows it, else None; ``is_place``:
    the name is a place, feminine when written without the article ("إيران");
    ``person``: a person's name, whose ta marbuta says nothing ("أسامة", "حمزة"), only
    its title does ("وزير الخارجية")."""
    words = text.split()
    if not words:
        return None
    first = strip_conjunction(normalize_key(words[0]))
    head = strip_article(first)
    if is_place:
        return "f" if not first.startswith("ال") else None
    if head in MASCULINE_PLURALS:
        return None
    if not person and (head.endswith("ه") or head in FEMININE_HEADS):
        return "f"
    if head in MASCULINE_HEADS:
        return "m"
    return None


def disagrees(verb: str, name: str, is_place: bool, person: bool = False) -> bool:
    """Whether the Arabic ``verb`` cannot have ``name`` (right after it) as its subject:
    their genders, where both are shown, differ (``is_place``, ``person``: as
    :func:`noun_gender` reads them)."""
    v = verb_gender(verb)
    n = noun_gender(name, is_place, person)
    return v is not None and n is not None and v != n
