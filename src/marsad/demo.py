"""``marsad demo``: the whole pipeline on the bundled example articles.

Annotates and extracts the articles in ``marsad/examples``, writes the annotate
records to a JSON Lines file, stores everything in a SQLite database, and prints a
summary a newcomer can read: per document the language, what cleaning removed, the
mentions found by kind (with a few examples), events and statements, then where the
output went and what to run next.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

from marsad.document import Document
from marsad.runner import run_batch
from marsad.stages import build_pipeline
from marsad.store import Store

_EXAMPLE_SUFFIXES = (".txt", ".json", ".jsonl", ".html")


def example_paths() -> list[str]:
    """Paths of the bundled example articles, sorted."""
    root = Path(str(resources.files("marsad").joinpath("examples")))
    return sorted(str(p) for p in root.iterdir() if p.suffix in _EXAMPLE_SUFFIXES)


def _describe(doc: Document) -> list[str]:
    lines = [f"• {doc.id}  [{doc.lang}]  {doc.title or doc.text.splitlines()[0][:70]}"]
    lines.append(f"    reference date: {doc.published or '-'} ({doc.published_from})")
    reasons = Counter(r.reason for r in doc.removed if r.reason != "whitespace")
    if reasons:
        lines.append("    cleaned: " + ", ".join(f"{n}× {r}" for r, n in sorted(reasons.items())))
    lines.append(f"    {len(doc.sentences)} sentences, {len(doc.tokens)} tokens")
    by_kind: dict[str, list[str]] = {}
    for m in sorted(doc.mentions, key=lambda m: m.start):
        shown = m.text
        if m.kind == "DATE" and m.value:
            shown += f" → {m.value}"
        elif m.kind == "QUANTITY" and m.value is not None:
            shown += f" → {m.value}" + (f" {m.noun}" if m.noun else "")
        elif m.kind == "LOC" and m.place:
            shown += f" → {m.place.name}, {m.place.country}"
        elif m.actor:
            shown += f" → {m.actor.name}"
        by_kind.setdefault(m.kind, []).append(shown)
    for kind, items in sorted(by_kind.items()):
        more = f" (+{len(items) - 4} more)" if len(items) > 4 else ""
        lines.append(f"    {kind:<8} {len(items):>3}: " + " | ".join(items[:4]) + more)
    if doc.events or doc.statements:
        lines.append(f"    events: {len(doc.events)}, statements: {len(doc.statements)}")
    return lines


def run_demo(db: Path, output: Path) -> int:
    """Run the demo, storing into ``db`` and writing annotate records to ``output``.

    Returns the exit code (0 when every example succeeded).
    """
    paths = example_paths()
    pipeline = build_pipeline(events=True)
    docs: list[Document] = []
    output.parent.mkdir(parents=True, exist_ok=True)
    with Store.open(db) as store, open(output, "w", encoding="utf-8") as out:

        def sink(doc: Document) -> str:
            out.write(json.dumps(doc.to_annotate_record(), ensure_ascii=False) + "\n")
            docs.append(doc)
            return store.add(doc)

        report = run_batch(paths, pipeline, sink, progress=False, desc="demo")
    print(f"Marsad demo: {len(paths)} example file(s), {report.done} document(s)\n")
    for doc in docs:
        print("\n".join(_describe(doc)) + "\n")
    stored = ", ".join(f"{v} {k}" for k, v in sorted(report.outcomes.items()))
    print(f"Annotations written to {output}")
    print(f"Stored in {db} ({stored})")
    print("\nNext:")
    print(f"  marsad search 'البصرة' --db {db}          # full-text search")
    print(f"  marsad export --db {db} --format csv       # ACLED-like CSV of events")
    print(
        "  marsad annotate YOUR_ARTICLES/ -o out.jsonl   # your own files (txt, html, json, jsonl, zip)"
    )
    for failure in report.failures:
        print(f"marsad: error: {failure}", file=sys.stderr)
    return 0 if report.ok else 1
