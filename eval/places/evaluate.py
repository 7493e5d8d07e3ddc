"""Score the place recognizer against the hand-checked SaudiNewsNet dev set.

In: ``tune.jsonl`` / ``test.jsonl`` (gold mentions with offsets into the ``content`` of
SaudiNewsNet articles, read from ../shared at run time). The recognizer runs on the raw
article text (no cleaning, so offsets agree).

Out (printed, and returned by :func:`evaluate`):

* ``exact``: share of gold mentions with an entry (GeoNames id or supplement id) whose
  overlapping system mention has exactly that entry (a missed mention counts as wrong);
* ``country``: share of all gold mentions whose overlapping system mention has the gold
  country;
* ``found``: share of gold mentions overlapped by some system mention;
* ``false_place``: share of system mentions that overlap no gold span (spans marked
  ``ign``, such as continents and organizations named after places, count as neither).

By default the places the pipeline outputs are scored (``marsad annotate --raw``: the
gazetteer recognizer, then the NER's unlisted places); ``--gazetteer-only`` scores the
gazetteer recognizer alone.

Run: ``python eval/places/evaluate.py [tune|test|all] [--errors] [--gazetteer-only]``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"
sys.path.insert(0, str(ROOT / "src"))

from marsad.clean.normalize import normalize  # noqa: E402
from marsad.document import Document  # noqa: E402
from marsad.ingest.pointers import pointed_articles  # noqa: E402
from marsad.mentions.places import PlaceRecognizer  # noqa: E402
from marsad.stages import build_pipeline  # noqa: E402


@dataclass
class Score:
    """Counts for one part of the dev set."""

    gold: int = 0
    gold_with_entry: int = 0
    exact: int = 0
    country: int = 0
    found: int = 0
    system: int = 0
    false_place: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, float | int]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        return {
            "gold_mentions": self.gold,
            "with_entry": self.gold_with_entry,
            "system_mentions": self.system,
            "exact": ratio(self.exact, self.gold_with_entry),
            "country": ratio(self.country, self.gold),
            "found": ratio(self.found, self.gold),
            "false_place": ratio(self.false_place, self.system),
        }


def shared_available() -> bool:
    """True when ../shared's SaudiNewsNet is present."""
    return NEWS.is_dir()


def _articles(part: str) -> list[tuple[dict, str]]:
    return pointed_articles((HERE / f"{part}.jsonl").read_text(encoding="utf-8").splitlines(), NEWS)


def _same_entry(gold: str, place) -> bool:
    kind, _, value = gold.partition(":")
    if kind == "gn":
        return place.geonameid == int(value)
    if kind == "sup":
        return place.feature == f"supplement:{value}"
    return False


def pipeline_places(pipeline=None):  # noqa: ANN001, ANN201 - a Pipeline and a callable
    """A callable ``text -> [(start, end, Place, confidence)]`` giving the LOC mentions
    of the whole pipeline on ``text`` as given (no cleaning)."""
    pipeline = pipeline or build_pipeline(raw=True)

    def run(text: str) -> list[tuple]:
        doc = pipeline(Document(id="eval", raw=text))
        return [(m.start, m.end, m.place, m.confidence) for m in doc.mentions_of("LOC") if m.place]

    return run


def evaluate(part: str, recognizer: PlaceRecognizer | None = None, places=None) -> Score:  # noqa: ANN001
    """Score one part (``tune`` or ``test``): the pipeline's places by default, or with
    ``recognizer`` the gazetteer recognizer alone (``places``: a :func:`pipeline_places`
    callable to reuse)."""
    if recognizer is not None:
        run = lambda text: recognizer.resolve(text, normalize(text))  # noqa: E731
    else:
        run = places or pipeline_places()
    score = Score()
    for gold_rec, text in _articles(part):
        system = run(text)
        golds = gold_rec["mentions"]
        score.system += len(system)
        for start, end, place, _conf in system:
            if not any(g["start"] < end and start < g["end"] for g in golds):
                score.false_place += 1
                score.errors.append(
                    f"FALSE {gold_rec['zip']}#{gold_rec['index']} {text[start:end]!r} -> {place.name} {place.country}"
                )
        for g in golds:
            if g["gold"] == "ign":
                continue
            score.gold += 1
            has_entry = g["gold"].startswith(("gn:", "sup:"))
            score.gold_with_entry += has_entry
            hits = [p for s, e, p, _ in system if s < g["end"] and g["start"] < e]
            if not hits:
                score.errors.append(
                    f"MISS  {gold_rec['zip']}#{gold_rec['index']} {g['text']!r} {g['gold']}"
                )
                continue
            score.found += 1
            place = hits[0]
            if place.country == g["country"]:
                score.country += 1
            if has_entry and _same_entry(g["gold"], place):
                score.exact += 1
            elif has_entry or place.country != g["country"]:
                score.errors.append(
                    f"WRONG {gold_rec['zip']}#{gold_rec['index']} {g['text']!r} {g['gold']} {g['country']}"
                    f" -> {place.geonameid or place.feature} {place.name} {place.country}"
                )
    return score


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    parts = ["tune", "test"] if not args or args[0] == "all" else args
    if not shared_available():
        print("../shared not present: nothing to evaluate")
        return
    rec = PlaceRecognizer() if "--gazetteer-only" in sys.argv else None
    places = None if rec else pipeline_places()
    for part in parts:
        score = evaluate(part, rec, places)
        print(part, json.dumps(score.summary()))
        if "--errors" in sys.argv:
            print("\n".join(score.errors))


if __name__ == "__main__":
    main()
