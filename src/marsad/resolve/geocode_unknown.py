"""Places the gazetteer lacks, named right after a designator ("حي التأميم", "قرية الطيوري").

News names neighbourhoods, villages and camps that no gazetteer lists. After a
designator of :data:`context.json`'s ``unknown_designators`` ("حي", "قرية", "بلدة",
"مخيم", "مدينة" ...), a word that is not a gazetteer name, not a stop word ("قرية
صغيرة", "مخيم اللاجئين"), not one the gazetteer's stop list drops ("مديرية أمن") and
not an indefinite adjective (a word ending in ة without the article that the corpus
lexicon knows; a rare one is a name: "حي عصيفرة") and not opened by a conjunction
("من ناحية والاستدانة") is taken as a place name. "ناحية" after "من" is the idiom "on
the one hand" (``designator_idioms`` of the context table), no designator. Particles
("عين", "تل", "دير" ...) start a two-word name ("بلدة عين عيسى").

Its place is unresolved (``geonameid`` None, ``feature`` ``"unresolved:<designator>"``)
and takes its country, and coordinates where known, from

1. a demonym right after it ("مدينة سيله الألمانية" -> Germany, precision 3);
2. else the nearest resolved place within 12 words, preferring one after it ("حي التأميم
   في الرمادي" -> Ramadi's point, precision 2);
3. else the document's main country (precision 3); none -> no mention.

>>> from marsad.resolve.gazetteer import load_gazetteer
>>> from marsad.resolve.gazetteer_match import tokenize
>>> words = tokenize("اشتباكات في حي التاميم جنوب الرمادي")
>>> gaz = load_gazetteer()
>>> ramadi = next(e for e in map(gaz.entry, gaz.lookup("الرمادي")[1]) if e.country == "IRQ")
>>> [(words.text[a:b], p.country, p.precision) for a, b, p in unknown_places(words, [(5, 5, ramadi)], {}, gaz)]
[('التاميم', 'IRQ', 2)]
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from marsad.document import Place
from marsad.resolve.gazetteer import GazEntry, Gazetteer
from marsad.resolve.gazetteer_match import Words, candidate_indices, clitic_readings
from marsad.resolve.geocode_context import load_context, load_stop_policies
from marsad.resolve.geocode_demonyms import demonym_table
from marsad.text.clitics import word_frequencies

#: How far (in words) a resolved place may be to lend its country.
NEAR_WORDS = 12
#: A word form seen this often in the corpus lexicon is a word, not a rare place name.
COMMON_WORD = 5


@cache
def _dropped() -> frozenset[str]:
    """Keys the gazetteer's stop list says are never a place (``drop``: "أمن", security)."""
    return frozenset(k for k, policy in load_stop_policies().items() if policy == "drop")


def _is_name(word: str, ctx, gaz: Gazetteer, demonyms: Mapping[str, str]) -> bool:
    if word[0] < "\u0621" or len(word) < 3 or word in ctx.unknown_stop or word in demonyms:
        return False
    if word in _dropped():
        return False  # "بمديرية أمن مطروح": a security directorate
    if word in ctx.designators or word in ctx.prepositions or word in gaz.starts:
        return False
    if word.startswith("ال"):
        return True
    if word.startswith(("وال", "فال")):
        return False  # "من ناحية والاستدانة": a conjunction opens a new phrase, not a name
    if word.startswith("لل"):
        return False  # "مخيم للأمم المتحدة": ل + the article opens a phrase, not a name
    if word.endswith("يه"):
        return False  # "مدينة سكنية": a relational adjective
    # "قرية صغيرة", "مدينة ساحلية": an indefinite adjective is a word the corpus knows;
    # a rare word in ة is a name ("حي عصيفرة", "بلدة كفرنبودة")
    return not word.endswith("ه") or word_frequencies().get(word, 0) < COMMON_WORD


def unknown_places(
    words: Words,
    resolved: list[tuple[int, int, GazEntry]],
    country_weights: Mapping[str, float],
    gaz: Gazetteer,
    designated: list[int] | None = None,
) -> list[tuple[int, int, Place]]:
    """``(view start, view end, Place)`` for designated names the gazetteer lacks.

    ``resolved``: ``(first word, last word, entry)`` of the document's resolved places
    (their words are not reconsidered); ``country_weights``: the document's country
    evidence (ISO3 -> weight); ``designated``: indices of the designator words, when the
    caller has them (found by :func:`candidate_indices` otherwise).
    """
    ctx = load_context()
    demonyms = demonym_table()
    toks = words.toks
    n = len(toks)
    taken = {i for a, b, _ in resolved for i in range(a, b + 1)}
    out: list[tuple[int, int, Place]] = []
    done = -1
    if designated is None:
        designated = candidate_indices(toks, ctx.unknown_designators)
    for i in designated:
        j = i + 1
        if i <= done or j >= n or j in taken or not words.adjacent(i):
            continue
        designator = next(s for s, _ in clitic_readings(toks[i]) if s in ctx.unknown_designators)
        if i > 0 and toks[i - 1] in ctx.designator_idioms.get(designator, ()):
            continue  # "من ناحية أخرى": on the other hand
        if not _is_name(toks[j], ctx, gaz, demonyms) and toks[j] not in ctx.unknown_particles:
            continue
        last = j
        if toks[j] in ctx.unknown_particles:
            if j + 1 >= n or j + 1 in taken or not words.adjacent(j):
                continue
            if not _is_name(toks[j + 1], ctx, gaz, demonyms) and not toks[j + 1].startswith("ال"):
                continue
            last = j + 1
        place = place_for(words, j, last, resolved, country_weights, gaz, demonyms, designator)
        if place is not None:
            out.append((words.start(j), words.end(last), place))
            done = last
    return out


def place_for(
    words: Words,
    first: int,
    last: int,
    resolved: list[tuple[int, int, GazEntry]],
    weights: Mapping[str, float],
    gaz: Gazetteer,
    demonyms: Mapping[str, str],
    designator: str,
) -> Place | None:
    """The unresolved place of the name at words ``first``..``last`` after ``designator``:
    its country (and point) from a demonym after it, else the nearest of ``resolved``,
    else the heaviest country of ``weights``; None when nothing gives one."""
    name = words.text[words.start(first) : words.end(last)]
    feature = f"unresolved:{designator}"
    if last + 1 < len(words) and words.adjacent(last):
        iso = next(
            (demonyms[s] for s, _ in clitic_readings(words.toks[last + 1]) if s in demonyms), None
        )
        if iso:
            return country_place(name, iso, gaz, feature)
    near = [
        (a - last if a > last else first - b + 0.5, e)
        for a, b, e in resolved
        if (a > last and a - last <= NEAR_WORDS) or (b < first and first - b <= NEAR_WORDS)
    ]
    if near:
        e = min(near, key=lambda t: t[0])[1]
        if e.kind in "PS" and e.precision <= 2:
            return Place(
                name=name,
                country=e.country,
                admin1=gaz.admin1_name(e.admin1),
                lat=e.lat,
                lon=e.lon,
                precision=2,
                feature=feature,
            )
        return country_place(
            name, e.country, gaz, feature, admin1=e.admin1 if e.kind == "A" else ""
        )
    if weights:
        return country_place(name, max(weights, key=weights.get), gaz, feature)
    return None


def country_place(name: str, iso3: str, gaz: Gazetteer, feature: str, admin1: str = "") -> Place:
    """An unresolved place named ``name`` known only to lie in ``iso3`` (and ``admin1``):
    the country's (or division's) point, precision 3."""
    c = gaz.country_entry(iso3)
    a = gaz.admin1_entry(admin1) if admin1 else None
    anchor = a or c
    return Place(
        name=name,
        country=iso3,
        admin1=gaz.admin1_name(admin1) if admin1 else None,
        lat=anchor.lat if anchor else None,
        lon=anchor.lon if anchor else None,
        precision=3,
        feature=feature,
    )
