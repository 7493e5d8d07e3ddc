"""Context words for place matching: designators, cues, person and organization markers.

The lists live in ``resources/gazetteer/context.json`` (any spelling; normalized here
into lookup keys) and ``given_names.txt``; :func:`load_context` reads them once.

>>> ctx = load_context()
>>> ctx.designators["محافظه"], ctx.designators["مدينه"]
('admin', 'city')
>>> "الشيخ" in ctx.person_before
True
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.resolve.gazetteer_keys import arabic_key, latin_key
from marsad.resolve.gazetteer_match import Words, clitic_readings


@dataclass(frozen=True, slots=True)
class Context:
    """The context word sets of ``resources/gazetteer/context.json``, as keys."""

    designators: dict[str, str]
    plural_designators: frozenset[str]
    prepositions: frozenset[str]
    person_before: frozenset[str]
    person_after: frozenset[str]
    org_before: frozenset[str]
    common_before: frozenset[str]
    facility_before: frozenset[str]
    named_before: frozenset[str]
    border_with: frozenset[str]
    org_heads: frozenset[str]
    team_before: frozenset[str]
    club_before: frozenset[str]
    club_after: frozenset[str]
    media_after: frozenset[str]
    surname_before: frozenset[str]
    name_titles: frozenset[str]
    kin_after: frozenset[str]
    hierarchy_links: frozenset[str]
    not_after: dict[str, frozenset[str]]
    not_before: dict[str, frozenset[str]]
    not_given_names: frozenset[str]
    speaker_before: frozenset[str]
    story_senses: dict[str, frozenset[str]]
    unknown_designators: frozenset[str]
    district_designators: frozenset[str]
    designator_idioms: dict[str, frozenset[str]]
    unknown_particles: frozenset[str]
    unknown_stop: frozenset[str]
    unlisted_cues: frozenset[str]
    sports_words: frozenset[str]
    sports_place_cues: frozenset[str]
    team_nations: frozenset[str]
    quoted_brands: frozenset[str]
    number_after: frozenset[str]
    capital_after: frozenset[str]
    quote_leads: frozenset[str]
    title_before: frozenset[str] = frozenset()
    place_of: frozenset[str] = frozenset()
    name_after_ok: frozenset[str] = frozenset()
    name_before_ok: frozenset[str] = frozenset()


def _key(word: str) -> str | None:
    return arabic_key(word) or latin_key(word)


@cache
def load_context() -> Context:
    """Read and normalize the context word lists."""
    raw = json.loads(
        resources.files("marsad.resources")
        .joinpath("gazetteer", "context.json")
        .read_text(encoding="utf-8")
    )

    def normalized(words: list[str]) -> frozenset[str]:
        return frozenset(k for k in map(_key, words) if k)

    def keys(name: str) -> frozenset[str]:
        return normalized(raw.get(name, []))

    def word_lists(name: str) -> dict[str, frozenset[str]]:
        """A table of names -> word lists (``not_after``), all keys normalized."""
        return {_key(head): normalized(words) for head, words in raw.get(name, {}).items()}

    designators: dict[str, str] = {}
    for kind in ("city", "admin", "country"):
        for k in keys(f"designators_{kind}"):
            designators.setdefault(k, kind)
    return Context(
        designators=designators,
        plural_designators=keys("plural_designators"),
        prepositions=keys("prepositions"),
        person_before=keys("person_before"),
        person_after=keys("person_after"),
        org_before=keys("org_before"),
        common_before=keys("common_before"),
        facility_before=keys("facility_before"),
        named_before=keys("named_before"),
        border_with=keys("border_with"),
        org_heads=keys("org_heads"),
        team_before=keys("team_before"),
        club_before=keys("club_before"),
        club_after=keys("club_after"),
        media_after=keys("media_after"),
        surname_before=keys("surname_before"),
        name_titles=keys("name_titles"),
        kin_after=keys("kin_after"),
        hierarchy_links=keys("hierarchy_links") | frozenset(designators),
        not_given_names=keys("not_given_names"),
        speaker_before=keys("speaker_before"),
        unknown_designators=keys("unknown_designators"),
        district_designators=keys("district_designators"),
        unknown_particles=keys("unknown_particles"),
        unknown_stop=keys("unknown_stop"),
        unlisted_cues=keys("unlisted_cues") | frozenset(designators),
        sports_words=keys("sports_words"),
        sports_place_cues=keys("sports_place_cues"),
        team_nations=keys("team_nations"),
        quoted_brands=keys("quoted_brands"),
        number_after=keys("number_after"),
        capital_after=keys("capital_after"),
        title_before=keys("title_before"),
        place_of=keys("place_of"),
        name_after_ok=keys("name_after_ok") | frozenset(designators),
        name_before_ok=keys("name_before_ok") | keys("prepositions"),
        # as written, tatweel dropped: one-letter "ل" has no name key
        quote_leads=frozenset(w.replace("\u0640", "") for w in raw.get("quote_leads", [])),
        not_after=word_lists("not_after"),
        designator_idioms=word_lists("designator_idioms"),
        not_before=word_lists("not_before"),
        story_senses=word_lists("story_senses"),
    )


@cache
def load_stop_policies() -> dict[str, str]:
    """Name key -> policy (``drop``, ``designator``, ``cue``, ``nostrip``) of
    ``resources/gazetteer/stopnames.tsv``: names that are mostly something else in news.

    The gazetteer build applies them to its own keys; the NER's unlisted places read them
    here, so that a word the gazetteer was told to drop ("بستان", an orchard) does not
    come back as a place the gazetteer lacks.

    >>> load_stop_policies()["الريف"]
    'designator'
    """
    text = (
        resources.files("marsad.resources")
        .joinpath("gazetteer", "stopnames.tsv")
        .read_text(encoding="utf-8")
    )
    out: dict[str, str] = {}
    for line in text.splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 2:
            continue
        key = _key(cells[0].strip())
        if key:
            out[key] = cells[1].strip()
    return out


@cache
def load_given_names() -> frozenset[str]:
    """Normalized given names (``resources/gazetteer/given_names.txt``)."""
    path = resources.files("marsad.resources").joinpath("gazetteer", "given_names.txt")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return frozenset()
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


#: Different words of a name's ``story_senses`` that make it a common noun in a text.
STORY_MIN_WORDS = 2


def story_common_keys(ctx: Context, keys: Callable[[], Iterable[str]]) -> frozenset[str]:
    """Keys of the ``story_senses`` names that a text's words make common nouns: at least
    :data:`STORY_MIN_WORDS` different words of the name's list occur ("العين" in a story
    of "القرنية" and "الشبكية" is the eye). ``keys`` gives the text's word keys (clitics
    stripped), called only when the table is not empty.

    >>> sorted(story_common_keys(load_context(), lambda: ["القرنيه", "الشبكيه", "العين"]))
    ['العين']
    >>> story_common_keys(load_context(), lambda: ["القرنيه", "العين"])
    frozenset()
    """
    if not ctx.story_senses:
        return frozenset()
    seen = set(keys())
    return frozenset(
        name for name, cues in ctx.story_senses.items() if len(cues & seen) >= STORY_MIN_WORDS
    )


def vetoed(ctx: Context, key: str, prev_keys: list[str], next_keys: list[str]) -> bool:
    """Whether the words right around a name say it is no place, whatever its size: it
    is part of an organization's, a club's or a newspaper's name ("نادي", "ريال مدريد",
    "نيويورك تايمز"), the common word after a near demonstrative ("هذه العقبة"), the
    name's own ``not_after`` / ``not_before`` words follow or precede it ("كوبا أمريكا",
    "أذان المغرب"), or a number follows a ``number_after`` name ("قطر 800 ملم", a
    diameter). ``key`` is the name's key, ``prev_keys`` / ``next_keys`` the keys of
    the words before and after it (:func:`word_keys`)."""
    return (
        any(
            k in ctx.org_before or k in ctx.common_before or k in ctx.club_before for k in prev_keys
        )
        or any(k in ctx.media_after for k in next_keys)
        or any(k in ctx.not_after.get(key, ()) for k in next_keys)
        or any(k in ctx.not_before.get(key, ()) for k in prev_keys)
        or (key in ctx.number_after and any(k[:1].isdigit() for k in next_keys))
    )


def word_keys(words: Words, i: int) -> list[str]:
    """Word ``i`` and its clitic-stripped readings (Arabic), or the word (Latin)."""
    w = words.toks[i]
    if w[0] < "\u0621":
        return [w]
    return [stem for stem, _ in clitic_readings(w)]


def keys_before(words: Words, i: int) -> list[str]:
    """:func:`word_keys` of the word right before word ``i`` when nothing but space
    separates them, else an empty list."""
    return word_keys(words, i - 1) if i > 0 and words.adjacent(i - 1) else []
