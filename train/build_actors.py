"""Build Marsad's actor knowledge base, ``src/marsad/resources/actors/actors.jsonl``.

Inputs (all in ``src/marsad/resources/actors/``, written for Marsad, see its README):

* ``countries.tsv``    states with Arabic names and nisba adjectives;
* ``institutions.tsv`` institution templates expanded for every state of a tier
  (``وزارة الدفاع {f}`` -> ``وزارة الدفاع العراقية``);
* ``overrides.tsv``    proper names and extra or wrong aliases of templated entries;
* ``orgs_*.tsv``       hand-written organizations (armed groups, parties, IGOs, media ...);
* ``persons_*.tsv``    hand-written persons with dated roles (keys in ``titles.tsv``).

Output: one JSON object a line, sorted by id, schema in the README. The build fails on a
broken reference (an affiliation or role organization that is not in the KB), an unknown
sector code or a malformed date. ``tests/resolve/test_actors_kb.py`` re-runs
:func:`build` and checks that the shipped file is up to date.

Run: ``python train/build_actors.py`` (``--check`` only reports whether the file is current).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "marsad" / "resources" / "actors"
OUT = DATA / "actors.jsonl"

SECTORS = {
    "GOV", "MIL", "COP", "SPY", "REB", "INS", "OPP", "PTY", "CVL", "REF", "MED", "EDU",
    "REL", "BUS", "NGO", "IGO", "JUD", "LEG", "CRM", "UAF", "HLH", "ELI", "LAB", "AGR",
}  # fmt: skip
#: ISO3 codes valid beside the states of countries.tsv (territories an actor may belong to).
EXTRA_COUNTRIES = {"ESH"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _split(field: str) -> list[str]:
    """``"a|b"`` -> ``["a", "b"]``; ``"-"`` or empty -> ``[]``."""
    field = field.strip()
    if field in ("", "-"):
        return []
    return [p.strip() for p in field.split("|") if p.strip()]


def _rows(path: Path, ncols: int) -> list[list[str]]:
    """TAB-separated rows of ``path`` without comments, each padded to ``ncols`` fields."""
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != ncols:
            raise ValueError(f"{path.name}:{lineno}: {len(cols)} columns, expected {ncols}")
        rows.append([c.strip() for c in cols])
    return rows


def _inflect(adj: str, fem: bool) -> str:
    """Definite form of a (possibly multi-word) nisba: ``كوري جنوبي`` -> ``الكورية الجنوبية``."""
    return " ".join("ال" + w + ("ة" if fem else "") for w in adj.split())


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def load_countries() -> list[dict]:
    """Rows of countries.tsv as dicts."""
    out = []
    for r in _rows(DATA / "countries.tsv", 11):
        iso3, tier, gov, flags, name_en, names_ar, adj_ar, people_ar, adj_en, al_en, qid = r
        out.append(
            {
                "iso3": iso3,
                "tier": tier,
                "gov": gov,
                "flags": set(_split(flags.replace(",", "|"))),
                "name_en": name_en,
                "names_ar": _split(names_ar),
                "adj_ar": _split(adj_ar),
                "people_ar": _split(people_ar),
                "adj_en": adj_en,
                "aliases_en": _split(al_en),
                "qid": None if qid == "-" else qid,
            }
        )
    return out


def _state_entry(c: dict) -> dict:
    names = [n.lstrip("~") for n in c["names_ar"]]
    return {
        "id": f"marsad:{c['iso3'].lower()}",
        "qid": c["qid"],
        "type": "state",
        "kind": "state",
        "name_en": c["name_en"],
        "names_ar": names[:1],
        "aliases_ar": names[1:],
        "aliases_en": _dedupe([c["name_en"], *c["aliases_en"]]),
        "country": c["iso3"],
        "sector": None,
        "source": "countries.tsv (general knowledge)",
    }


def _fill(template: str, c: dict) -> list[str]:
    """Expand one template string for country ``c`` (``[]`` when a placeholder has no value)."""
    if "{m}" in template or "{f}" in template:
        if not c["adj_ar"]:
            return []
        fem = "{f}" in template
        return [
            template.replace("{m}" if not fem else "{f}", _inflect(a, fem)) for a in c["adj_ar"]
        ]
    if "{n}" in template:
        safe = [n for n in c["names_ar"] if not n.startswith("~")]
        return [template.replace("{n}", n) for n in safe]
    if "{A}" in template or "{N}" in template:
        return [template.replace("{A}", c["adj_en"]).replace("{N}", c["name_en"])]
    return [template]


def templated_entries(countries: list[dict]) -> list[dict]:
    """State entries and their institutions, from countries.tsv x institutions.tsv."""
    rows = _rows(DATA / "institutions.tsv", 10)
    out = []
    for c in countries:
        out.append(_state_entry(c))
        for key, tiers, gov, needs, skip, sector, kind, name_en, al_en, names_ar in rows:
            if c["tier"] not in tiers.split(","):
                continue
            if gov == "R" and c["gov"] != "R":
                continue
            if needs == "army" and "noarmy" in c["flags"]:
                continue
            if c["iso3"] in _split(skip.replace(",", "|")):
                continue
            ar = _dedupe([x for t in _split(names_ar) for x in _fill(t, c)])
            if not ar:
                continue
            en_names = _fill(name_en, c)
            out.append(
                {
                    "id": f"marsad:{c['iso3'].lower()}-{key}",
                    "qid": None,
                    "type": "org",
                    "kind": kind,
                    "name_en": en_names[0],
                    "names_ar": ar[:1],
                    "aliases_ar": ar[1:],
                    "aliases_en": _dedupe([x for t in _split(al_en) for x in _fill(t, c)]),
                    "country": c["iso3"],
                    "sector": sector,
                    "affiliations": [f"marsad:{c['iso3'].lower()}"],
                    "source": f"template {key} (institutions.tsv) x countries.tsv",
                }
            )
    return out


def apply_overrides(entries: dict[str, dict]) -> None:
    """Apply overrides.tsv to templated entries in place."""
    for oid, name_en, add_en, add_ar, remove, note in _rows(DATA / "overrides.tsv", 6):
        e = entries.get(oid)
        if e is None:
            raise ValueError(f"overrides.tsv: unknown id {oid}")
        old_name = e["name_en"]
        if name_en != "-":
            e["name_en"] = name_en
            e["aliases_en"] = _dedupe([old_name, *e["aliases_en"]])
        e["aliases_en"] = _dedupe([*e["aliases_en"], *_split(add_en)])
        e["aliases_ar"] = _dedupe([*e["aliases_ar"], *_split(add_ar)])
        drop = set(_split(remove))
        e["names_ar"] = [a for a in e["names_ar"] if a not in drop]
        e["aliases_ar"] = [a for a in e["aliases_ar"] if a not in drop]
        e["aliases_en"] = [a for a in e["aliases_en"] if a not in drop]
        if not e["names_ar"] and e["aliases_ar"]:
            e["names_ar"], e["aliases_ar"] = e["aliases_ar"][:1], e["aliases_ar"][1:]
        if note != "-":
            e["note"] = note
        e["source"] += "; overrides.tsv"


def _history(field: str) -> list[dict]:
    out = []
    for part in field.split(";") if field != "-" else []:
        sector, start, end = part.split("@")
        out.append({"sector": sector, "start": _date(start), "end": _date(end)})
    return out


def _date(s: str) -> str | None:
    if s in ("-", ""):
        return None
    if not _DATE.match(s):
        raise ValueError(f"bad date {s!r}")
    return s


#: Head words of an armed group's name that the news also drops or sets apart with
#: guillemets ('جماعة «نصرة الإسلام والمسلمين»', 'حركة «الشباب المجاهدين»').
GROUP_HEADS = ("جماعة", "حركة", "تنظيم", "جبهة", "هيئة")
#: Kinds of organization whose name without its head word is an alias.
HEADLESS_KINDS = frozenset({"armed_group", "militia"})
#: Rests that name more than one group ("المقاومة الإسلامية" is also Hezbollah's and the
#: Iraqi factions' name for themselves).
HEADLESS_STOP = frozenset({"المقاومة الإسلامية"})


def headless(names: list[str]) -> list[str]:
    """The names of ``names`` without a head word of :data:`GROUP_HEADS`, where two
    words or more remain (a one-word rest, "النصرة", is too often a common word).

    >>> headless(["جماعة نصرة الإسلام والمسلمين", "حزب الله", "جبهة النصرة"])
    ['نصرة الإسلام والمسلمين']
    """
    out = []
    for name in names:
        head, _, rest = name.partition(" ")
        if head in GROUP_HEADS and len(rest.split()) >= 2 and rest not in HEADLESS_STOP:
            out.append(rest)
    return out


def org_entries() -> list[dict]:
    """Entries of every orgs_*.tsv; an armed group's names without their head word
    (:func:`headless`) are aliases too."""
    out = []
    for path in sorted(DATA.glob("orgs_*.tsv")):
        for r in _rows(path, 12):
            oid, kind, country, sector, name_en, names_ar, al_en, al_ar, aff, qid, hist, note = r
            ar = _split(names_ar) + _split(al_ar)
            strong = [a for a in ar if not a.startswith("?")]
            if kind in HEADLESS_KINDS:
                strong = _dedupe([*strong, *headless(strong)])
            weak = [a[1:] for a in ar if a.startswith("?")]
            e = {
                "id": f"marsad:{oid}",
                "qid": None if qid == "-" else qid,
                "type": "org",
                "kind": kind,
                "name_en": name_en,
                "names_ar": strong[:1],
                "aliases_ar": strong[1:],
                "aliases_en": _dedupe([name_en, *_split(al_en)]),
                "country": None if country == "-" else country,
                "sector": sector,
                "affiliations": [f"marsad:{a}" for a in _split(aff)],
                "source": f"{path.name} (general knowledge)",
            }
            if weak:
                e["weak_aliases_ar"] = weak
            if hist != "-":
                e["history"] = _history(hist)
            if note != "-":
                e["note"] = note
            out.append(e)
    return out


def person_entries() -> list[dict]:
    """Entries of every persons_*.tsv, roles resolved against titles.tsv."""
    titles = {r[0]: r for r in _rows(DATA / "titles.tsv", 4)}
    out = []
    for path in sorted(DATA.glob("persons_*.tsv")):
        for r in _rows(path, 10):
            pid, name_en, names_ar, al_en, al_ar, country, sector, qid, roles, note = r
            ar = _split(names_ar)
            role_list = []
            for part in roles.split(";") if roles != "-" else []:
                key, org, start, end = part.split("@")
                if key not in titles:
                    raise ValueError(f"{path.name}: {pid}: unknown title {key}")
                _, t_en, t_ar, t_sector = titles[key]
                role_list.append(
                    {
                        "title": key,
                        "title_en": t_en,
                        "title_ar": t_ar,
                        "org": f"marsad:{org}",
                        "sector": None if t_sector == "-" else t_sector,
                        "start": _date(start),
                        "end": _date(end),
                    }
                )
            e = {
                "id": f"marsad:{pid}",
                "qid": None if qid == "-" else qid,
                "type": "person",
                "kind": "person",
                "name_en": name_en,
                "names_ar": ar[:1],
                "aliases_ar": _dedupe([*ar[1:], *_split(al_ar)]),
                "aliases_en": _dedupe([name_en, *_split(al_en)]),
                "country": None if country == "-" else country,
                "sector": sector,
                "roles": role_list,
                "source": f"{path.name} (general knowledge)",
            }
            if note != "-":
                e["note"] = note
            out.append(e)
    return out


def _finish(entries: dict[str, dict], countries: set[str]) -> list[dict]:
    """Resolve role sectors and countries, validate references, normalize key order."""
    keys = [
        "id", "qid", "type", "kind", "name_en", "names_ar", "aliases_ar", "weak_aliases_ar",
        "aliases_en", "country", "sector", "affiliations", "roles", "history", "source", "note",
    ]  # fmt: skip
    out = []
    for eid in sorted(entries):
        e = entries[eid]
        if e["country"] is not None and e["country"] not in countries:
            raise ValueError(f"{eid}: unknown country {e['country']}")
        if e["sector"] is not None and e["sector"] not in SECTORS:
            raise ValueError(f"{eid}: unknown sector {e['sector']}")
        if not e["names_ar"]:
            raise ValueError(f"{eid}: no Arabic name")
        for a in e.get("affiliations", []):
            if a not in entries:
                raise ValueError(f"{eid}: unknown affiliation {a}")
        for role in e.get("roles", []):
            org = entries.get(role["org"])
            if org is None:
                raise ValueError(f"{eid}: unknown role organization {role['org']}")
            role["sector"] = role["sector"] or org["sector"] or e["sector"]
            role["country"] = org["country"]
            role["org_name"] = org["name_en"]
        e.setdefault("affiliations", [])
        e["aliases_ar"] = [a for a in _dedupe(e["aliases_ar"]) if a not in e["names_ar"]]
        out.append({k: e[k] for k in keys if k in e})
    return out


def build() -> list[dict]:
    """All KB entries, sorted by id (raises ValueError on a broken input)."""
    countries = load_countries()
    entries: dict[str, dict] = {}
    for e in templated_entries(countries) + org_entries() + person_entries():
        if e["id"] in entries:
            raise ValueError(f"duplicate id {e['id']}")
        entries[e["id"]] = e
    apply_overrides(entries)
    return _finish(entries, {c["iso3"] for c in countries} | EXTRA_COUNTRIES)


def render(entries: list[dict]) -> str:
    """The JSON Lines text of ``entries``."""
    return "".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in entries)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check that actors.jsonl is current")
    args = ap.parse_args(argv)
    entries = build()
    text = render(entries)
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        print("actors.jsonl is", "up to date" if current == text else "OUT OF DATE")
        return 0 if current == text else 1
    OUT.write_text(text, encoding="utf-8")
    by: dict[str, int] = {}
    for e in entries:
        by[e["type"]] = by.get(e["type"], 0) + 1
    print(f"wrote {len(entries)} actors to {OUT.relative_to(ROOT)}: {by}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
