"""The actor knowledge base: load, look up, and resolve an entry to an :class:`Actor`.

The KB is ``resources/actors/actors.jsonl`` (built by ``train/build_actors.py`` from the
hand-written tables beside it; schema and provenance in that folder's README). Names are
looked up in the normalized spelling of :func:`marsad.clean.normalize.normalize_key`, so
hamza, ta marbuta and alef maqsura variants all find the same entry.

>>> kb = load_kb()
>>> [e.id for e in kb.lookup("الحشد الشعبي")]
['marsad:irq-pmf']
>>> kb.get("marsad:irq-pmf").actor().to_record()
{'id': 'marsad:irq-pmf', 'name': 'Popular Mobilization Forces', 'country': 'IRQ', 'sector': 'MIL'}
>>> kb.lookup("وزارة الدفاع العراقية")[0].country
'IRQ'
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from marsad.clean.normalize import normalize_key
from marsad.document import Actor
from marsad.resources import resource_path


@dataclass(frozen=True, slots=True)
class Role:
    """A dated office of a person: ``title`` key, organization id, sector, country."""

    title: str
    title_en: str
    title_ar: str
    org: str
    org_name: str
    sector: str | None
    country: str | None
    start: str | None = None
    end: str | None = None

    def active(self, date: str) -> bool:
        """Whether the role was held on ``date`` (``YYYY-MM-DD``; partial bounds compare by prefix).

        >>> Role("pm", "PM", "", "o", "O", "GOV", "IRQ", "2006-05-20", "2014-09-08").active("2010-01-01")
        True
        """
        if self.start and date[: len(self.start)] < self.start:
            return False
        return not (self.end and date[: len(self.end)] > self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One KB actor (see the README for field meanings)."""

    id: str
    type: str
    kind: str
    name_en: str
    names_ar: tuple[str, ...]
    aliases_ar: tuple[str, ...] = ()
    weak_aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None
    qid: str | None = None
    affiliations: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    history: tuple[dict[str, Any], ...] = field(default=())

    @property
    def stable_id(self) -> str:
        """The id written to output: the Wikidata QID where known, else the Marsad id."""
        return self.qid or self.id

    def sector_on(self, date: str | None) -> str | None:
        """The actor's sector on ``date``: an active role's, a history period's, ``ELI`` (a
        former office holder) for a person all of whose dated roles ended before ``date``,
        else the default.

        >>> load_kb().get("marsad:afg-taliban").sector_on("2010-06-01")
        'REB'
        >>> load_kb().get("marsad:p-hosni-mubarak").sector_on("2015-01-01")
        'ELI'
        """
        if date:
            for role in self.roles:
                if role.sector and role.active(date):
                    return role.sector
            ends = [r.end for r in self.roles]
            if ends and all(e and date[: len(e)] > e for e in ends):
                return "ELI"
            for period in self.history:
                r = Role(
                    "",
                    "",
                    "",
                    "",
                    "",
                    period["sector"],
                    None,
                    period.get("start"),
                    period.get("end"),
                )
                if r.active(date):
                    return period["sector"]
        return self.sector

    def actor(self, date: str | None = None) -> Actor:
        """The contract :class:`Actor` for this entry, its sector resolved for ``date``."""
        return Actor(
            name=self.name_en, country=self.country, sector=self.sector_on(date), id=self.stable_id
        )

    def all_names_ar(self) -> tuple[str, ...]:
        """Arabic names and strong aliases."""
        return self.names_ar + self.aliases_ar


def _entry(d: dict[str, Any]) -> ActorEntry:
    return ActorEntry(
        id=d["id"],
        type=d["type"],
        kind=d.get("kind", d["type"]),
        name_en=d["name_en"],
        names_ar=tuple(d.get("names_ar", ())),
        aliases_ar=tuple(d.get("aliases_ar", ())),
        weak_aliases_ar=tuple(d.get("weak_aliases_ar", ())),
        aliases_en=tuple(d.get("aliases_en", ())),
        country=d.get("country"),
        sector=d.get("sector"),
        qid=d.get("qid"),
        affiliations=tuple(d.get("affiliations", ())),
        roles=tuple(
            Role(
                r["title"],
                r["title_en"],
                r["title_ar"],
                r["org"],
                r.get("org_name", ""),
                r.get("sector"),
                r.get("country"),
                r.get("start"),
                r.get("end"),
            )  # fmt: skip
            for r in d.get("roles", ())
        ),
        history=tuple(d.get("history", ())),
    )


class ActorKB:
    """All KB entries with name indexes.

    ``lookup(name)`` finds entries by any Arabic or English name or alias (normalized,
    case-insensitive); ``get(id)`` by Marsad id or QID; ``institution(iso3, key)`` the
    templated institution of a state (``("IRQ", "mod")`` -> the Iraqi defence ministry).
    """

    def __init__(self, entries: list[ActorEntry]) -> None:
        self.entries: list[ActorEntry] = entries
        self._by_id: dict[str, ActorEntry] = {}
        self._by_name: dict[str, list[ActorEntry]] = {}
        self._weak: dict[str, list[ActorEntry]] = {}
        for e in entries:
            self._by_id[e.id] = e
            if e.qid:
                self._by_id.setdefault(e.qid, e)
            for name in (*e.names_ar, *e.aliases_ar, *e.aliases_en):
                for key in _spellings(normalize_key(name)):
                    self._add(self._by_name, key, e)
            for name in e.weak_aliases_ar:
                self._add(self._weak, normalize_key(name), e)

    @staticmethod
    def _add(index: dict[str, list[ActorEntry]], key: str, e: ActorEntry) -> None:
        bucket = index.setdefault(key, [])
        if e not in bucket:
            bucket.append(e)

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, name: str) -> list[ActorEntry]:
        """Entries whose name or (strong or weak) alias is ``name`` (any spelling variant)."""
        key = normalize_key(name.strip())
        return list(self._by_name.get(key, ())) + list(self._weak.get(key, ()))

    def get(self, actor_id: str) -> ActorEntry | None:
        """The entry with Marsad id or QID ``actor_id``, or None."""
        return self._by_id.get(actor_id)

    def institution(self, iso3: str, key: str) -> ActorEntry | None:
        """The templated institution ``key`` (``gov``, ``mod``, ``army`` ...) of state ``iso3``."""
        return self._by_id.get(f"marsad:{iso3.lower()}-{key}")

    def state(self, iso3: str) -> ActorEntry | None:
        """The state entry of ``iso3``."""
        return self._by_id.get(f"marsad:{iso3.lower()}")

    def names(self) -> dict[str, list[ActorEntry]]:
        """Normalized strong name -> entries (the matcher's dictionary)."""
        return self._by_name

    def weak_names(self) -> dict[str, list[ActorEntry]]:
        """Normalized weak alias -> entries (matched only in licensing contexts)."""
        return self._weak


def _spellings(key: str) -> tuple[str, ...]:
    """A normalized name and its spacing variant: "عبد الله" is also written "عبدالله".

    >>> _spellings("علي عبد الله صالح")
    ('علي عبد الله صالح', 'علي عبدالله صالح')
    """
    if "عبد ال" in key:
        return key, key.replace("عبد ال", "عبدال")
    if "عبدال" in key:
        return key, key.replace("عبدال", "عبد ال")
    return (key,)


def read_entries() -> list[ActorEntry]:
    """Parse ``actors.jsonl`` (no caching)."""
    path = resource_path("actors", "actors.jsonl")
    with path.open(encoding="utf-8") as f:
        return [_entry(json.loads(line)) for line in f if line.strip()]


@cache
def load_kb() -> ActorKB:
    """The shipped knowledge base (parsed once per process)."""
    return ActorKB(read_entries())
