"""Validate ``gold.jsonl`` (article-level PLOVER event records on SaudiNewsNet).

Checks, for every article and event:

* the article pointer resolves (day zip + index) and ``sha1`` (first 12 hex of the
  SHA-1 of ``content``, UTF-8) matches, ``published`` = ``date_extracted[:10]``;
* ``type`` is one of the 16 PLOVER types, ``mode`` is null or a mode PLOVER lists
  for that type;
* every ``sentences`` span is inside ``content`` and is exactly one sentence of
  :func:`sentences` (the cutting rule used when annotating), in increasing order;
* ``anchor`` is at most 8 words, occurs in ``content`` and its first occurrence lies
  inside one of the event's sentences; ``place_text`` / ``actor_text`` /
  ``recipient_text`` occur verbatim in ``content`` when not null;
* ``date`` matches ``date_precision`` (day/week: YYYY-MM-DD, month: YYYY-MM,
  year: YYYY) and is not after ``published``; country fields are null, "IGO" or
  three capital letters.

Run from the repository root: ``python eval/events/articles/check.py [FILE]`` (needs
../shared; FILE defaults to ``gold.jsonl``, e.g. ``gold_2.jsonl`` for round 2). Exit status 0 when all checks pass. ``sentences`` can be imported by a
scorer that wants the same sentence cut.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from marsad.ingest.pointers import day_articles, short_sha1

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"

MODES = {
    "AGREE": set(),
    "SUPPORT": set(),
    "CONCEDE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "COOPERATE": set(),
    "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    },
    "ASSAULT": {
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    },
}
DATE_RE = {
    "day": r"\d{4}-\d{2}-\d{2}",
    "week": r"\d{4}-\d{2}-\d{2}",
    "month": r"\d{4}-\d{2}",
    "year": r"\d{4}",
}

# A sentence ends at a line break or after a run of . ! ? ؟ ; a "." between two
# digits (3.5) does not end one. Spans are trimmed of surrounding whitespace and
# empty ones dropped; the end mark belongs to the sentence.
_END = re.compile(r"\n|(?<!\d)[.!?؟]+|(?<=\d)[.!?؟]+(?!\d)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` (code-point offsets) of ``text``."""
    cuts, start = [], 0
    for m in _END.finditer(text):
        end = m.start() if m.group() == "\n" else m.end()
        cuts.append((start, end))
        start = m.end()
    cuts.append((start, len(text)))
    out = []
    for s, e in cuts:
        seg = text[s:e]
        if seg.strip():
            out.append((s + len(seg) - len(seg.lstrip()), s + len(seg.rstrip())))
    return out


def main() -> int:
    gold = HERE / (sys.argv[1] if len(sys.argv) > 1 else "gold.jsonl")
    errors: list[str] = []
    n_art = n_ev = n_unc = 0
    types: Counter = Counter()
    for ln, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        g = json.loads(line)
        n_art += 1
        where = f"line {ln} ({g['zip']}#{g['index']})"
        art = day_articles(NEWS / g["zip"])[g["index"]]
        text = art["content"]
        if short_sha1(text, 12) != g["sha1"]:
            errors.append(f"{where}: sha1 mismatch")
            continue
        if art["date_extracted"][:10] != g["published"]:
            errors.append(f"{where}: published != date_extracted day")
        segs = set(sentences(text))
        for j, e in enumerate(g["events"]):
            n_ev += 1
            n_unc += bool(e.get("uncertain"))
            types[e["type"]] += 1
            w = f"{where} event {j}"
            if e["type"] not in MODES:
                errors.append(f"{w}: bad type {e['type']}")
            elif e["mode"] is not None and e["mode"] not in MODES[e["type"]]:
                errors.append(f"{w}: bad mode {e['mode']} for {e['type']}")
            spans = [tuple(s) for s in e["sentences"]]
            if not spans or spans != sorted(set(spans)):
                errors.append(f"{w}: sentences empty, unsorted or repeated")
            for s, t in spans:
                if not (0 <= s < t <= len(text)):
                    errors.append(f"{w}: span {s}-{t} outside content")
                elif (s, t) not in segs:
                    errors.append(f"{w}: span {s}-{t} is not a sentence of the cut")
            a = e["anchor"]
            pos = text.find(a)
            if len(a.split()) > 8:
                errors.append(f"{w}: anchor longer than 8 words")
            if pos < 0 or not any(s <= pos < t for s, t in spans):
                errors.append(f"{w}: anchor not found inside its sentences")
            for f in ("place_text", "actor_text", "recipient_text"):
                if e[f] is not None and e[f] not in text:
                    errors.append(f"{w}: {f} not in content")
            for f in ("place_country", "actor_country", "recipient_country"):
                v = e[f]
                if v is not None and v != "IGO" and not re.fullmatch(r"[A-Z]{3}", v):
                    errors.append(f"{w}: bad {f} {v}")
            p = e["date_precision"]
            if p not in DATE_RE or not re.fullmatch(DATE_RE[p], e["date"] or ""):
                errors.append(f"{w}: date {e['date']} does not fit precision {p}")
            elif e["date"] > g["published"]:
                errors.append(f"{w}: date after published")
    for err in errors:
        print(err)
    print(
        f"{n_art} articles, {n_ev} events ({n_unc} uncertain); "
        + ", ".join(f"{t} {c}" for t, c in types.most_common())
    )
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
