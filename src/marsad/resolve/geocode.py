"""Candidate scoring for place names, and the stand-alone :func:`geocode` lookup.

A name key usually names several places ("دمشق" only Damascus, Syria, but "Damascus"
also two US towns; "عمان" Oman and Amman). Each candidate gets

* a **prior** from what it is: a country 7, a first-level division 5, a supplement
  region 4.5-5.5, a town ``log10(population)`` (Baghdad 6.9, a village of 800 2.9), plus
  0.5 for a town of the Arab world when the name was written in Arabic;
* a **context** bonus: up to 2.5 for the share of the document's country evidence
  (country names, demonyms, unambiguous towns) that points at its country;
* a **type** bonus when the text's designator agrees ("محافظة" -> a division,
  "مدينة" -> a town, "سلطنة" -> a country);
* a **hierarchy** bonus when the text puts it inside a larger place ("القائم في
  محافظة الأنبار", "Damascus, Oregon");
* a **capital** bonus for a national capital, larger for a capital of the Arab world
  named in Arabic ("الدوحة" is Doha even in a Palestinian story);
* a **list** bonus for the country of the unambiguous towns listed with it ("صيدا
  وطرابلس وبعلبك": Tripoli, Lebanon).

The best score wins; the confidence grows with its margin over the runner-up.

>>> [p.country for p in geocode("دمشق")]
['SYR']
>>> [(p.name, p.country) for p in geocode("Damascus", country_hint="USA")][:1]
[('Damascus', 'USA')]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from marsad.document import Place
from marsad.resolve.gazetteer import GazEntry, Gazetteer, capital_ids, load_gazetteer
from marsad.resolve.gazetteer_keys import arabic_key, has_arabic, latin_key
from marsad.resolve.gazetteer_match import clitic_readings

#: ISO3 of the Arab world (a town there is a likelier reading of an Arabic name).
ARAB_ISO3 = frozenset(
    "SAU ARE BHR KWT QAT OMN YEM IRQ SYR JOR LBN PSE EGY SDN LBY TUN DZA MAR MRT SOM DJI COM".split()
)

DESIGNATOR_KIND = {"city": "PS", "admin": "A", "country": "C"}


@dataclass(slots=True)
class Scored:
    """A candidate place with its score parts."""

    entry: GazEntry
    score: float
    prior: float


#: Score bonus for a candidate in a country a demonym near the mention names.
NEAR_BONUS = 1.5
#: Score bonus for a candidate in the country of the towns listed with it ("الكورة
#: والمنية وزغرتا والبقاع وصيدا وسير الضنية وطرابلس وبعلبك": Tripoli, Lebanon, though
#: Libya's capital is larger): a list names places of one country far more often than not.
LIST_BONUS = 3.0


#: Added to a national capital among a name's candidates (unless the name is also a
#: country's: "تونس", "الجزائر" stay the countries): a capital is the reading of its name
#: in news, against a village abroad that one mention of its country would otherwise
#: favour ("احتفالات الرياض" in a column that names Egypt once is no Egyptian Ar Riyad).
CAPITAL_BONUS = 1.0
#: The bonus instead for a capital of the Arab world named in Arabic: Arabic news means
#: Doha, Qatar by "الدوحة" even in a Palestinian story, whose places would otherwise
#: favour the West Bank village Ad Dawhah.
ARAB_CAPITAL_BONUS = 3.0


def prior(e: GazEntry, arabic: bool = True) -> float:
    """How likely a place is as the reading of its name before any context."""
    if e.kind == "C":
        return 7.0
    if e.kind == "A":
        return 5.0
    if e.kind == "S":
        return {3: 5.5, 2: 5.0}.get(e.precision, 4.5)
    p = math.log10(e.population + 10)
    if arabic and e.country in ARAB_ISO3:
        p += 0.5
    return p


def contains(container: GazEntry, inner: GazEntry) -> bool:
    """True when ``inner`` lies inside ``container`` (same country, or same admin1); a
    town "contains" every town and site of its own province (two towns of one province
    contain each other): the text that puts a quarter or village in a town puts it there."""
    if container.row == inner.row:
        return False
    if container.kind == "C":
        return inner.country == container.country
    if container.kind == "A" or (container.kind == "S" and container.precision == 3):
        if container.admin1:
            return inner.admin1 == container.admin1
        return inner.country == container.country and inner.kind in "PS"
    if container.kind == "P" and inner.kind in "PS" and container.admin1:
        # "حي الروضة شرقي مدينة تعز": a quarter or village of the town's province
        return inner.country == container.country and inner.admin1 == container.admin1
    return False


#: Country evidence from which one country dominates a document: at least this weight
#: (about five places or demonyms of it) and :data:`DOMINANT_SHARE` of all the evidence.
DOMINANT_WEIGHT = 5.0
DOMINANT_SHARE = 0.75
#: Added to every candidate in the dominant country: enough for a village of a Yemeni
#: story ("منطقة العين التابعة لمديرية مودية") to beat a large city abroad of the same name
#: (Al Ain, UAE), whose population alone would win.
DOMINANT_BONUS = 2.5


def dominant_country(weights: Mapping[str, float]) -> str | None:
    """The country that dominates a document's country evidence, or None.

    >>> dominant_country({"YEM": 17, "IRN": 1, "LBY": 1})
    'YEM'
    >>> dominant_country({"YEM": 4, "SAU": 1}) is None
    True
    """
    if not weights:
        return None
    country, weight = max(weights.items(), key=lambda kv: (kv[1], kv[0]))
    if weight >= DOMINANT_WEIGHT and weight >= DOMINANT_SHARE * sum(weights.values()):
        return country
    return None


def score_candidates(
    entries: Iterable[GazEntry],
    *,
    arabic: bool = True,
    country_weights: Mapping[str, float] | None = None,
    designator: str | None = None,
    containers: Iterable[GazEntry] = (),
    inside: Iterable[GazEntry] = (),
    near: Mapping[str, float] | None = None,
    listed: Mapping[str, float] | None = None,
) -> list[Scored]:
    """Score and sort (best first) the candidates of one mention.

    ``country_weights``: the document's country evidence (ISO3 -> weight);
    ``designator``: ``"city"``, ``"admin"`` or ``"country"`` from the word before the
    name; ``containers``: candidates of a larger place the text links this one to;
    ``inside``: candidates of a smaller place the text links to this one; ``near``:
    country evidence from the words around the mention (demonyms), which outweighs
    the document's; ``listed``: the countries of the unambiguous towns listed with it.
    Where one country dominates the evidence (:func:`dominant_country`), its candidates
    gain :data:`DOMINANT_BONUS` more.
    """
    weights = country_weights or {}
    top = max(weights.values(), default=0.0)
    dominant = dominant_country(weights)
    containers = list(containers)
    inside = list(inside)
    entries = list(entries)
    capitals = set() if any(e.kind == "C" for e in entries) else capital_ids()
    out = []
    for e in entries:
        p = prior(e, arabic)
        s = p
        if e.geonameid in capitals:
            s += ARAB_CAPITAL_BONUS if arabic and e.country in ARAB_ISO3 else CAPITAL_BONUS
        if top > 0:
            s += 2.5 * weights.get(e.country, 0.0) / top
            if e.country == dominant:
                s += DOMINANT_BONUS
        if near and e.country in near:
            s += NEAR_BONUS
        if listed and e.country in listed:
            s += LIST_BONUS
        if designator and e.kind in DESIGNATOR_KIND.get(designator, ""):
            s += 3.0
        if any(contains(c, e) for c in containers):
            s += 6.0
        if any(contains(e, i) for i in inside):
            s += 2.0
        out.append(Scored(e, s, p))
    out.sort(key=lambda c: (-c.score, -c.entry.population, c.entry.row))
    return out


def confidence(scored: list[Scored]) -> float:
    """0.5-0.99 from the winner's margin over the runner-up (0.9 when it stands alone)."""
    if not scored:
        return 0.0
    if len(scored) == 1:
        return 0.9
    margin = scored[0].score - scored[1].score
    return round(min(0.99, 0.5 + 0.5 * (1 - math.exp(-margin))), 3)


def lookup_key(gaz: Gazetteer, name: str) -> str | None:
    """The index key for a free-text name, trying clitic-stripped Arabic readings.

    >>> lookup_key(load_gazetteer(), "وللعراق")
    'العراق'
    """
    if has_arabic(name):
        key = arabic_key(name)
        if not key:
            return None
        first, _, rest = key.partition(" ")
        for stem, _prefix in clitic_readings(first):
            cand = stem + (" " + rest if rest else "")
            if cand in gaz:
                return cand
        return None
    key = latin_key(name)
    return key if key and key in gaz else None


def geocode(name: str, country_hint: str | None = None) -> list[Place]:
    """Places a name may refer to, best first.

    In: a place name as written, in Arabic or English, with or without clitics
    (``"بالموصل"``, ``"Damascus"``); optionally an ISO3 ``country_hint`` that the
    caller knows from context. Out: ``Place`` objects (empty when the name is unknown).

    >>> geocode("بالموصل")[0].name
    'Mosul'
    """
    gaz = load_gazetteer()
    key = lookup_key(gaz, name)
    if key is None:
        return []
    _, rows = gaz.lookup(key)
    # the caller's hint counts as evidence next to the name, as a demonym does
    weights = {country_hint: 1.0} if country_hint else None
    scored = score_candidates(
        (gaz.entry(r) for r in rows),
        arabic=has_arabic(name),
        country_weights=weights,
        near=weights,
    )
    return [gaz.to_place(s.entry) for s in scored]
