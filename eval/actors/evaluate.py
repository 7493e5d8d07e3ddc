"""Evaluate actor linking on gold event actors and check the CI floors.

Two gold sets, both read from ``../shared`` at run time (nothing is copied):

* ``events``: the source / target actor spans of the Arabic PLOVER gold standard half in
  ``../shared/data/events/{assault,protest}_spans.json``. Each sentence was annotated by up
  to four coders; an actor is a distinct span (its words) of a sentence, its gold country
  and role the majority of the coders' CAMEO codes for that span. The sentences are split
  into ``dev`` and ``test`` halves by a hash of their id (:func:`split_of`).
* ``snn``: actor mentions annotated by hand for Marsad in SaudiNewsNet articles
  (``snn_gold.jsonl`` here holds pointers: day file, article URL, quoted text and its
  occurrence, gold country and sector; the article text is read from the zip).

For each gold actor the linker runs on its sentence (events; with the date in the
sentence id as the publication date) or its whole article (snn), and the actor mentions
overlapping the gold span are compared with the gold:

* ``country``: gold actors with a stated country (ISO3, or the CAMEO codes IGO -- an
  international organization, matched by sector IGO -- and IMG -- an international
  militant group, matched by an armed actor without a country): right when an overlapping
  actor has that country;
* ``country_all``: the same plus gold actors with no country, right when no overlapping
  actor claims one (never guessing counts);
* ``sector``: gold actors with a role code: right when an overlapping actor has it;
* ``coverage``: gold actors with a stated country that any linked actor overlaps.

Codes for ethnic groups and vague groupings (KUR, INT, UIS, NGO) are left out.

    PYTHONPATH=src python eval/actors/evaluate.py [--split dev|test|all] [--json] [--errors N]
        [--linker-only]

By default the place recognizer and the NER run before the linker, as in the pipeline
(``marsad annotate``): their mentions give the document's country, and a place mention
overlapping a gold actor counts as its country evidence. ``--linker-only`` scores the
linker alone. Both modes have floors (``floors.json``: ``pipeline`` and ``linker``).

Exits 1 when a figure is below its floor in ``floors.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from marsad.clean.normalize import normalize
from marsad.document import Document, Span
from marsad.ingest.pointers import day_articles
from marsad.resolve.actors_link import DocumentLinker
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = ROOT.parent / "shared"
EVENTS = SHARED / "data" / "events"
SNN = SHARED / "data" / "news" / "saudinewsnet"
FLOORS = HERE / "floors.json"
SNN_GOLD = HERE / "snn_gold.jsonl"

_ISO3 = re.compile(r"^[A-Z]{3}$")
_EXCLUDED = {"KUR", "INT", "UIS", "NGO"}
_ARMED = {"REB", "INS", "UAF", "MIL"}


@dataclass
class GoldActor:
    """One gold actor: where it is and what it is."""

    doc_key: str
    text: str
    start: int
    end: int
    country: str | None  # ISO3, "IGO", "IMG", or None (no country)
    sector: str | None
    published: str | None
    words: str


def split_of(record_id: str) -> str:
    """``dev`` or ``test``: a stable half of the sentences by a hash of their id."""
    return "dev" if zlib.crc32(record_id.encode()) % 2 == 0 else "test"


def _date_of(source: str) -> str | None:
    m = re.search(r"_(\d{4})(\d{2})(\d{2})\.", source)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _locate(text: str, words: list[str]) -> tuple[int, int] | None:
    """Span of the gold words in ``text``: first word's first occurrence to the last word."""
    words = [w for w in words if w.strip() and re.search(r"\w", w)]
    if not words:
        return None
    a = text.find(words[0])
    if a < 0:
        return None
    b = text.find(words[-1], a)
    if b < 0:
        return None
    return a, b + len(words[-1])


def events_gold(split: str = "all") -> list[GoldActor]:
    """Gold actors of the PLOVER span files (``split``: dev, test or all)."""
    out: list[GoldActor] = []
    for name in ("assault_spans.json", "protest_spans.json"):
        for rec in json.loads((EVENTS / name).read_text(encoding="utf-8")):
            if split != "all" and split_of(rec["_id"]) != split:
                continue
            votes: dict[tuple[str, ...], list[tuple[str, str]]] = {}
            for s in rec["spans"]:
                for side in ("source", "target"):
                    words = s.get(f"{side}_actor") or []
                    role = s.get(f"{side}_role")
                    if not words or not isinstance(role, dict) or not role:
                        continue
                    votes.setdefault(tuple(words), []).append(
                        (role.get("main", "None"), role.get("role", "None"))
                    )
            for words, codes in votes.items():
                main = Counter(c for c, _ in codes).most_common(1)[0][0]
                role = Counter(r for _, r in codes).most_common(1)[0][0]
                if main in _EXCLUDED:
                    continue
                span = _locate(rec["text"], list(words))
                if span is None:
                    continue
                country = None if main == "None" else main
                if country and not (_ISO3.match(country)):
                    continue
                out.append(
                    GoldActor(
                        doc_key=rec["_id"],
                        text=rec["text"],
                        start=span[0],
                        end=span[1],
                        country=country,
                        sector=None if role == "None" else role,
                        published=_date_of(rec.get("source", "")),
                        words=" ".join(words),
                    )
                )
    return out


def snn_gold() -> list[GoldActor]:
    """Gold actors annotated in SaudiNewsNet articles (``snn_gold.jsonl`` pointers)."""
    out: list[GoldActor] = []
    by_zip: dict[str, dict[str, dict]] = {}
    for line in SNN_GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        g = json.loads(line)
        if g["zip"] not in by_zip:
            by_zip[g["zip"]] = {a["url"]: a for a in day_articles(SNN / g["zip"])}
        art = by_zip[g["zip"]][g["url"]]
        text = art["content"]
        pos = -1
        for _ in range(g.get("occurrence", 0) + 1):
            pos = text.find(g["quote"], pos + 1)
        if pos < 0:
            raise ValueError(f"snn_gold: {g['quote']!r} not found in {g['url']}")
        out.append(
            GoldActor(
                doc_key=g["url"],
                text=text,
                start=pos,
                end=pos + len(g["quote"]),
                country=g.get("country"),
                sector=g.get("sector"),
                published=art.get("date_extracted", "")[:10] or None,
                words=g["quote"],
            )
        )
    return out


def _places_stage(ner: bool = False):
    """The place recognizer (and with ``ner`` the entity recognizer) when importable, as one
    callable run before the linker; None when neither is available."""
    stages = []
    try:
        from marsad.mentions.places import PlaceRecognizer

        stages.append(PlaceRecognizer())
    except ImportError:
        pass
    if ner:
        try:
            from marsad.mentions.ner import EntityRecognizer

            # the kinds the pipeline's NER stage adds (src/marsad/stages.py)
            stages.append(EntityRecognizer(kinds=("PER", "ORG", "MISC")))
        except ImportError:
            pass
    if not stages:
        return None

    def run(doc: Document) -> Document:
        for stage in stages:
            doc = stage(doc)
        return doc

    return run


@dataclass(frozen=True)
class Pred:
    """What the system says about a stretch of text: an actor or a place."""

    start: int
    end: int
    text: str
    country: str | None
    sector: str | None


def _annotate(linker: DocumentLinker, text: str, published: str | None, places=None) -> list[Pred]:
    doc = Document(id="eval", raw=text, lang="ar", published=published)
    doc.norm = normalize(doc.text)
    doc.sentences = [Span(a, b) for a, b in split_sentences(doc.text, "ar")]
    doc.tokens = tokenize(doc.text, doc.norm)
    if places is not None:
        places(doc)
    linker(doc)
    out = []
    for m in doc.mentions:
        if m.actor is not None:
            out.append(Pred(m.start, m.end, m.text, m.actor.country, m.actor.sector))
        elif m.kind == "LOC" and m.place is not None and m.place.country:
            out.append(Pred(m.start, m.end, m.text, m.place.country, None))
    return out


def _country_right(gold: GoldActor, preds: list[Pred]) -> bool:
    if gold.country is None:
        return all(p.country is None for p in preds)
    if gold.country == "IGO":
        return any(p.sector == "IGO" for p in preds)
    if gold.country == "IMG":
        return any(p.country is None and p.sector in _ARMED for p in preds)
    return any(p.country == gold.country for p in preds)


def score(golds: list[GoldActor], linker: DocumentLinker | None = None, places=None) -> dict:
    """Figures and error list for ``golds`` (``places``: a place stage to run first)."""
    linker = linker or DocumentLinker()
    cache: dict[str, list[Pred]] = {}
    n: Counter[str] = Counter()
    errors = []
    for g in golds:
        if g.doc_key not in cache:
            cache[g.doc_key] = _annotate(linker, g.text, g.published, places)
        preds = [p for p in cache[g.doc_key] if p.start < g.end and p.end > g.start]
        right = _country_right(g, preds)
        n["all"] += 1
        n["all_right"] += right
        if g.country is not None:
            n["stated"] += 1
            n["stated_right"] += right
            n["covered"] += bool(preds)
        if g.sector is not None:
            n["sector"] += 1
            n["sector_right"] += any(p.sector == g.sector for p in preds)
        if not right:
            errors.append((g, preds))

    def ratio(a: str, b: str) -> float:
        return round(n[a] / n[b], 4) if n[b] else 0.0

    return {
        "actors": n["all"],
        "stated": n["stated"],
        "country": ratio("stated_right", "stated"),
        "country_all": ratio("all_right", "all"),
        "sector": ratio("sector_right", "sector"),
        "coverage": ratio("covered", "stated"),
        "errors": errors,
    }


def evaluate(split: str = "dev", linker_only: bool = False) -> dict[str, dict]:
    """``{"events": figures, "snn": figures}`` for one events split (dev, test or all).

    Unless ``linker_only``, the place recognizer and the NER run first, as in the
    pipeline: their LOC mentions give the document's country and count as actor evidence.
    """
    linker = DocumentLinker()
    stage = None if linker_only else _places_stage(ner=True)
    out = {"events": score(events_gold(split), linker, stage)}
    if SNN_GOLD.exists():
        out["snn"] = score(snn_gold(), linker, stage)
    return out


def check_floors(results: dict[str, dict], split: str, mode: str = "pipeline") -> list[str]:
    """Figures below their floor (``floors.json``: {mode: {split: {set: {figure: floor}}}},
    ``mode`` being ``pipeline`` or ``linker``)."""
    floors = json.loads(FLOORS.read_text(encoding="utf-8")).get(mode, {}).get(split) or {}
    fails = []
    for set_name, figs in floors.items():
        for fig, floor in figs.items():
            got = results.get(set_name, {}).get(fig)
            if got is None or got < floor:
                fails.append(f"{split}/{set_name}/{fig}: {got} < {floor}")
    return fails


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--linker-only",
        action="store_true",
        help="score the linker alone, without the place recognizer and the NER before it",
    )
    ap.add_argument("--errors", type=int, default=0, help="print this many errors per set")
    args = ap.parse_args(argv)
    if not EVENTS.exists():
        print(f"{EVENTS} not present: ../shared data is not available", file=sys.stderr)
        return 2
    results = evaluate(args.split, args.linker_only)
    figures = {k: {f: v for f, v in r.items() if f != "errors"} for k, r in results.items()}
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for name, figs in figures.items():
            print(f"{name:7s} " + "  ".join(f"{k}={v}" for k, v in figs.items()))
    for name, r in results.items():
        for g, preds in r["errors"][: args.errors]:
            got = [(p.text, p.country, p.sector) for p in preds]
            print(f"  [{name}] gold {g.country}/{g.sector} {g.words!r} -> {got}")
    mode = "linker" if args.linker_only else "pipeline"
    fails = check_floors(figures, args.split, mode)
    for f in fails:
        print("BELOW FLOOR:", f, file=sys.stderr)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
