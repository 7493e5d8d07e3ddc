"""Turn the hand-written place annotations (``tune.tsv``, ``test.tsv``) into gold JSONL.

In: an annotation file with one decision a line, ``k<TAB>surface<TAB>gold<TAB>occ``:

* ``k``: the article's line number in the selection file (``tune_articles.jsonl``: zip,
  index, source of a SaudiNewsNet article);
* ``surface``: the place name as written, without proclitics;
* ``gold``: ``gn:<geonameid>`` (``gn:<geonameid>/<ISO3>`` when the index lacks that
  entry), ``sup:<supplement id>``, ``cc:<ISO3>`` (a place with no GeoNames entry
  known offline: country only) or ``ign`` (not scored either way: continents, seas,
  organizations named after places);
* ``occ``: ``*`` for every occurrence, or the 1-based occurrence number.

Out: ``tune.jsonl`` / ``test.jsonl``: one article a line, with code-point offsets into
the article's ``content`` and the gold of each mention (its country added). The article
text itself stays in ../shared; a SHA-1 prefix checks that it has not changed.

Run: ``python eval/places/make_gold.py tune`` (needs ../shared).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"
sys.path.insert(0, str(ROOT / "src"))

from marsad.ingest.pointers import pointed_text, short_sha1  # noqa: E402
from marsad.resolve.gazetteer import load_gazetteer  # noqa: E402

_PREFIX = r"(?:[وف]?[بلك]?)"


def load_articles(selection: Path) -> list[dict]:
    """The selection's articles with their ``content`` read from ../shared."""
    out = []
    for line in selection.read_text(encoding="utf-8").splitlines():
        sel = json.loads(line)
        out.append({**sel, "content": pointed_text(NEWS, sel["zip"], sel["index"])})
    return out


def occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Word-bounded spans of ``surface`` in ``text`` (proclitics allowed before it)."""
    pats = [rf"(?<!\w){_PREFIX}({re.escape(surface)})(?!\w)"]
    if surface.startswith("ال"):  # "للفلوجة": ل + الفلوجة, the span is "لفلوجة"
        pats.append(rf"(?<!\w)[وف]?ل(ل{re.escape(surface[2:])})(?!\w)")
    spans = {m.span(1) for p in pats for m in re.finditer(p, text)}
    return sorted(spans)


def country_of(gold: str, gid_country: dict[int, str], sup_country: dict[str, str]) -> str | None:
    """ISO3 of a gold value; ``gn:<id>/<ISO3>`` names it for an id the index lacks."""
    gold, _, explicit = gold.partition("/")
    if explicit:
        return explicit
    kind, _, value = gold.partition(":")
    if kind == "gn":
        return gid_country.get(int(value))
    if kind == "sup":
        return sup_country.get(value)
    if kind == "cc":
        return value
    return None


def convert(part: str) -> list[dict]:
    """Annotations of ``part`` -> gold records (raises on a surface that is not found)."""
    gaz = load_gazetteer()
    gid_country, sup_country = {}, {}
    for row in range(len(gaz)):
        e = gaz.entry(row)
        if e.geonameid:
            gid_country.setdefault(e.geonameid, e.country)
        else:
            sup_country[e.sid] = e.country
    articles = load_articles(HERE / f"{part}_articles.jsonl")
    decisions: dict[int, list[tuple[str, str, str]]] = {}
    for line in (HERE / f"{part}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            k, surface, gold, occ = line.split("\t")
            decisions.setdefault(int(k), []).append((surface, gold, occ))
    records = []
    for k, art in enumerate(articles):
        text = art["content"]
        taken: dict[str, list[tuple[int, int]]] = {}
        mentions = []
        for surface, gold, occ in sorted(decisions.get(k, []), key=lambda d: -len(d[0])):
            others = [s for other, spans in taken.items() if other != surface for s in spans]
            spans = [
                s
                for s in occurrences(text, surface)
                if not any(s[0] < b and a < s[1] for a, b in others)
            ]
            if not spans:
                raise SystemExit(f"{part} #{k}: {surface!r} not found")
            if occ != "*" and int(occ) > len(spans):
                raise SystemExit(f"{part} #{k}: {surface!r} has only {len(spans)} occurrences")
            chosen = spans if occ == "*" else [spans[int(occ) - 1]]
            for a, b in chosen:
                if gold != "ign" and country_of(gold, gid_country, sup_country) is None:
                    raise SystemExit(f"{part} #{k}: {gold} unknown to the gazetteer")
                mentions.append(
                    {
                        "start": a,
                        "end": b,
                        "text": text[a:b],
                        "gold": gold.partition("/")[0],
                        "country": country_of(gold, gid_country, sup_country),
                    }
                )
            taken.setdefault(surface, []).extend(chosen)
        mentions.sort(key=lambda m: m["start"])
        records.append(
            {
                "zip": art["zip"],
                "index": art["index"],
                "source": art["source"],
                "sha1": short_sha1(text, 12),
                "mentions": mentions,
            }
        )
    return records


def main() -> None:
    part = sys.argv[1] if len(sys.argv) > 1 else "tune"
    records = convert(part)
    out = HERE / f"{part}.jsonl"
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(1 for r in records for m in r["mentions"] if m["gold"] != "ign")
    print(f"{out.name}: {len(records)} articles, {n} place mentions")


if __name__ == "__main__":
    main()
