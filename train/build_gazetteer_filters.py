"""Filters of the gazetteer build: which name keys are dropped or need context.

Used by ``train/build_gazetteer.py`` (see there for inputs and outputs). Each filter
reads the hand-written tables in ``src/marsad/resources/gazetteer/`` or the corpus word
counts and marks keys with flags (``w`` needs a designator, ``c`` needs a cue, ``p``
given name, ``a`` adjective-shaped, ``e`` written with ة only) or drops them.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.resolve.gazetteer_keys import arabic_key, has_arabic, latin_key  # noqa: E402
from marsad.resolve.geocode_context import load_stop_policies  # noqa: E402

if TYPE_CHECKING:
    from build_gazetteer import Builder

GAZ = ROOT / "src" / "marsad" / "resources" / "gazetteer"
LEXICON = ROOT / "src" / "marsad" / "resources" / "lexicon" / "ar_wordfreq.tsv.gz"
DESIGNATED = LEXICON.with_name("ar_designated.tsv.gz")
FIRST_NAMES = ROOT / "src" / "marsad" / "lang" / "ar" / "ner_first_names.tsv"

#: Countries whose places keep every Arabic name GeoNames has; elsewhere only capitals and
#: towns of at least FOREIGN_MIN_POP keep theirs (foreign towns' Arabic-script names are
#: mostly Persian or Urdu spellings that collide with Arabic words: "كان" Caen, "يوما" Yuma).
ARAB_WORLD = frozenset(
    "SA AE BH KW QA OM YE IQ SY JO LB PS IL EG SD SS LY TN DZ MA MR SO DJ KM EH".split()
)
FOREIGN_MIN_POP = 100000
#: A one-word name written at least DESIGNATED_MIN_COUNT times in the corpus but after a
#: place designator in under DESIGNATED_MIN_RATE of them is mostly a word ("البرج" the
#: tower: 0 of 52; "الوقف" endowment: 1 of 57), not the town ("الطائف": 0.19, "لحج": 0.33).
DESIGNATED_MIN_COUNT = 20
DESIGNATED_MIN_RATE = 0.03
#: Towns this big keep their name cue-free whatever the rate.
DESIGNATED_MAX_POP = 500000
#: Neighbours whose Arabic-script names are mostly Arabic (or Ottoman) spellings keep
#: them from a lower population (Turkey's Mardin, Midyat; Iran's Ahvaz, Abadan).
NEIGHBOUR_MIN_POP = {"TR": 20000, "IR": 50000, "AF": 100000, "PK": 100000, "ER": 20000, "ET": 50000}
#: Places without an Arabic name are kept (for English text) from this population up.
LATIN_MIN_POP = 5000
#: Latin alternate names (other than the main name) are indexed from this population up.
LATIN_ALT_MIN_POP = 100000
#: In the Arab world, where English news spells names many ways ("Saada", "Sa'ada" for
#: GeoNames' "Sa'dah"; "Mokha" for "Mocha"), from this population up, those of at least
#: ARAB_LATIN_ALT_MIN_LEN letters that are no English word (simplemma's dictionary).
ARAB_LATIN_ALT_MIN_POP = 10000
ARAB_LATIN_ALT_MIN_LEN = 4
#: A bare Arabic name of a town this big also gets its "ال" form ("خرطوم" -> "الخرطوم").
AL_VARIANT_MIN_POP = 100000


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
    for k, policy in load_stop_policies().items():
        if policy != "nostrip" and k in b.keys:
            if policy == "drop":
                del b.keys[k]
                stats["stop-drop"] += 1
            else:
                b.flags[k].add("w" if policy == "designator" else "c")
                stats[f"stop-{policy}"] += 1
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
        if (
            " " not in k
            and k.startswith("ال")
            and k.endswith("ي")
            and not any(b.rows[r]["kind"] in "CA" or b.rows[r]["pop"] >= 500000 for r in b.keys[k])
        ):
            b.flags[k].add("c")  # nisba-shaped: also a family name ("لجين الأحمدي")
            stats["nisba-c"] += 1
    for k, letters in b.final_letters.items():
        if k in b.keys and letters == {"ة"}:
            b.flags[k].add("e")  # written with ة only: "قصره" (his palace) is not "قصرة"
            stats["ta-marbuta"] += 1
    stats.update(word_frequency_flags(b))
    stats.update(context_word_filters(b))
    stats["designated"] = drop_designated_duplicates(b)
    return stats


#: Designator words that GeoNames and the supplement sometimes write into a name.
NAME_DESIGNATORS = ("مدينه ", "بلده ", "قريه ", "حي ", "مخيم ")


def drop_designated_duplicates(b: Builder) -> int:
    """Drop "مدينة حمص" when "حمص" names the same place: the matcher reads the designator
    as context ("مدينة" -> a town), and the mention covers the name alone. Names that
    need the word stay ("مدينة الصدر", Sadr City: "الصدر" alone is not that place)."""
    dropped = 0
    for k in [k for k in b.keys if k.startswith(NAME_DESIGNATORS)]:
        rest = k.split(" ", 1)[1]
        if rest in b.keys and b.keys[k] <= b.keys[rest]:
            del b.keys[k]
            dropped += 1
    return dropped


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
    """Keys of the given names in lang/ar/ner_first_names.tsv and context.json's
    ``extra_given_names``."""
    ctx = json.loads((GAZ / "context.json").read_text(encoding="utf-8"))
    out: set[str] = {k for k in map(arabic_key, ctx.get("extra_given_names", [])) if k}
    if FIRST_NAMES.exists():
        for line in FIRST_NAMES.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                k = arabic_key(line.split("\t")[0].strip())
                if k:
                    out.add(k)
    return out


def read_counts(path: Path) -> dict[str, int]:
    """``word<TAB>count`` lines of a gzipped lexicon file ({} when it is absent)."""
    counts: dict[str, int] = {}
    if not path.exists():
        return counts
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                w, _, n = line.rstrip("\n").partition("\t")
                counts[w] = int(n)
    return counts


def designator_rate_flags(b: Builder, counts: dict[str, int]) -> dict[str, int]:
    """Mark the one-word town names that the corpus writes as words.

    ``counts``: corpus counts of word forms; the designated counts (forms right after
    "مدينة", "محافظة", "قرية"... in the same corpus) come from ``ar_designated.tsv.gz``.
    A key written at least :data:`DESIGNATED_MIN_COUNT` times and designated in under
    :data:`DESIGNATED_MIN_RATE` of them is word-like. Unless it names a country, a
    division, a supplement place or a capital, a word-like key without the article is
    marked ``v``: a clitic is no place cue for it ("بخالص تعازيه", with his sincere
    condolences; "بمباركة", with the blessing of); a separate preposition or a
    designator still is. With the article the clitic stays a cue ("للقائم"). A word-like key
    without ``w``/``c`` also gets ``c`` (needs a cue) unless it names a town of
    :data:`DESIGNATED_MAX_POP` people or more. Returns how many keys got each flag.
    """
    designated = read_counts(DESIGNATED)
    stats = {"designated-v": 0, "designated-c": 0}
    if not designated:
        return stats
    for k, rows in b.keys.items():
        if " " in k or "l" in b.flags[k] or not rows:
            continue
        n = counts.get(k, 0)
        if n < DESIGNATED_MIN_COUNT or designated.get(k, 0) >= DESIGNATED_MIN_RATE * n:
            continue
        if any(b.rows[r]["kind"] in "CAS" or b.rows[r].get("capital") for r in rows):
            continue
        if not k.startswith("ال"):
            # "بخالص", "بمباركة": ب + an indefinite noun is an idiom; "بالقائم" is a place
            b.flags[k].add("v")
            stats["designated-v"] += 1
        if b.flags[k] & {"w", "c"} or any(b.rows[r]["pop"] >= DESIGNATED_MAX_POP for r in rows):
            continue
        b.flags[k].add("c")
        stats["designated-c"] += 1
    return stats


def word_frequency_flags(b: Builder) -> dict[str, int]:
    """Mark single-word keys that are frequent words but name only small places.

    ``count``: how often the key occurs as a word in the corpus counts (SaudiNewsNet word
    forms); ``pop``: the population of its largest place. A town of 10,000 is not written
    300 times in 17 days of Saudi news; a word is. For places of the Arab world, a ratio
    pop / count under 30 marks the key ``w`` (needs a designator), under 150 ``c`` (needs
    a cue); for places elsewhere (names seldom written in Arabic news) the limits are 1000
    and 3000. Countries, admin1 divisions, national capitals and supplement places are
    never marked.
    """
    stats: dict[str, int] = defaultdict(int)
    counts = read_counts(LEXICON)
    if not counts:
        return stats
    for k, rows in b.keys.items():
        if " " in k or "l" in b.flags[k]:
            continue
        if any(b.rows[r]["kind"] in "CAS" or b.rows[r].get("capital") for r in rows):
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
    stats.update(designator_rate_flags(b, counts))
    stats["no-strip"] = blocked_prefixed_forms(b, counts)
    return stats


#: Proclitic sequences a place name may carry in text.
PREFIXES = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


def blocked_prefixed_forms(b: Builder, counts: dict[str, int]) -> int:
    """Words that must not be split into clitic + place name ("بلاد" is not ب + Lod).

    For a one-word key K of towns and a prefix P, the word P+K is blocked when it is
    frequent in the corpus counts (20 or more) and more than 0.6 times as frequent as K
    itself: a name is written bare far more often than with one given clitic
    ("بالرياض" is 0.16 of "الرياض", "بالدمام" 0.34 of "الدمام"), while "بلاد" occurs
    445 times and "لاد" almost never. Words that the ratio cannot catch ("بحجة" pretext,
    0.35 of "حجة") are listed in stopnames.tsv with policy ``nostrip``. Blocked words
    are written to names.tsv.gz as ``!word`` lines.
    """
    blocked: set[str] = set()
    for k, rows in list(b.keys.items()):
        if " " in k or "l" in b.flags[k] or not rows:
            continue
        if any(b.rows[r]["kind"] in "CAS" for r in rows):
            continue
        base = counts.get(k, 0)
        forms = [p + k for p in PREFIXES]
        if k.startswith("ال"):
            forms += [p + "ل" + k[1:] for p in ("ل", "ول", "فل")]
        for w in forms:
            n = counts.get(w, 0)
            if n >= 20 and n > 0.6 * base:
                blocked.add(w)
    blocked.update(k for k, policy in load_stop_policies().items() if policy == "nostrip")
    b.no_strip = blocked
    return len(blocked)
