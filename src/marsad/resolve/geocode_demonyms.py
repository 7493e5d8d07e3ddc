"""Demonyms and nationality adjectives -> ISO 3166-1 alpha-3 country codes.

The table is ``resources/gazetteer/demonyms.tsv`` (one country a line: Arabic
masculine nisba forms, broken plurals, English forms), completed by the nisba
adjectives and people plurals of the actor KB's ``resources/actors/countries.tsv``. From each nisba ``N`` the
feminine, dual and plural forms are derived (``سوري`` -> ``سورية``, ``سوريون``,
``سوريين``, ``سوريات`` ...), each also with the article; clitics (و ف ب ل ك) are
stripped before lookup.

A demonym is not a place mention ("القوات العراقية"); the place matcher uses these
forms as country evidence for disambiguation, and the actor stage asks
:func:`country_of_demonym` for an actor's country.

>>> country_of_demonym("السوريين")
'SYR'
>>> country_of_demonym("والعراقية")
'IRQ'
>>> country_of_demonym("Iraqi")
'IRQ'
>>> country_of_demonym("الحكومة") is None
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from marsad.resolve.gazetteer_keys import arabic_key, has_arabic, latin_key

#: Suffixes added to a masculine nisba: feminine, plurals, duals.
_NISBA_SUFFIXES = ("", "ه", "ون", "ين", "ان", "ات", "تان", "تين")
_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")


def expand_arabic(nisba: str) -> set[str]:
    """All derived keys of a masculine nisba, with and without the article.

    >>> sorted(expand_arabic("يمني"))[:4]
    ['اليمني', 'اليمنيات', 'اليمنيان', 'اليمنيتان']
    """
    base = arabic_key(nisba)
    if not base:
        return set()
    forms = {base + s for s in _NISBA_SUFFIXES}
    return forms | {"ال" + f for f in forms}


def _table_rows() -> list[list[str]]:
    text = (
        resources.files("marsad.resources")
        .joinpath("gazetteer", "demonyms.tsv")
        .read_text(encoding="utf-8")
    )
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def demonym_table() -> dict[str, str]:
    """Every demonym key (Arabic normalized or Latin lower-case) -> ISO3."""
    table: dict[str, str] = {}
    for cells in _table_rows():
        cells = cells + ["", "", ""]
        iso3 = cells[0]
        for n in filter(None, cells[1].split("|")):
            for k in expand_arabic(n):
                table.setdefault(k, iso3)
        for n in filter(None, cells[2].split("|")):
            k = arabic_key(n)
            if k:
                table.setdefault(k, iso3)
                table.setdefault("ال" + k, iso3)
        for n in filter(None, cells[3].split("|")):
            k = latin_key(n)
            if k:
                table.setdefault(k, iso3)
    for iso3, adjectives, people in _state_rows():  # every other state's nisba too
        for n in adjectives:
            for k in expand_arabic(n):
                table.setdefault(k, iso3)
        for n in people:
            k = arabic_key(n)
            if k:
                table.setdefault(k, iso3)
                table.setdefault("ال" + k, iso3)
    return table


def _state_rows() -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """``(ISO3, nisba adjectives, people plurals)`` of the actor KB's state table
    (:func:`marsad.resolve.actors_lexicon.countries`): the states the hand table above
    does not list ("كيني", "تشادي")."""
    from marsad.resolve.actors_lexicon import countries  # it falls back on this module

    return [(c.iso3, c.adj_ar, c.people_ar) for c in countries().values()]


def _arabic_readings(key: str) -> list[str]:
    out = [key]
    for p in _PROCLITICS:
        if key.startswith(p) and len(key) - len(p) >= 3:
            rest = key[len(p) :]
            out.append(rest)
            if p.endswith("ل") and rest.startswith("ل"):
                out.append("ا" + rest)  # "للسوريين" -> ل + "السوريين"
    return out


def country_of_demonym(word: str) -> str | None:
    """ISO3 of the country a demonym (any form, clitics allowed) refers to, else None.

    In: one word as written (``"السورية"``, ``"وللعراقيين"``, ``"Syrians"``).
    Out: ``"SYR"``, ``"IRQ"``, ... or None when the word is not a known demonym.
    """
    table = demonym_table()
    if has_arabic(word):
        key = arabic_key(word)
        if not key:
            return None
        for reading in _arabic_readings(key):
            if reading in table:
                return table[reading]
        return None
    key = latin_key(word)
    return table.get(key) if key else None


def is_club_demonym(key: str) -> bool:
    """True when ``key`` (a normalized Arabic word key) is a masculine definite demonym.

    After a town's name such a word agrees with an implied "النادي", not with the town
    (a town is feminine: "مدريد الإسبانية"), so "فالنسيا الإسباني", "بورتو البرتغالي"
    name clubs.

    >>> is_club_demonym("الاسباني"), is_club_demonym("الاسبانيه"), is_club_demonym("اسباني")
    (True, False, False)
    """
    return key.startswith("ال") and key.endswith("ي") and key in demonym_table()
