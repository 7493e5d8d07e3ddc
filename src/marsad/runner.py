"""Run a pipeline over a batch of inputs, one document at a time, never stopping on bad input.

The runner joins the pieces the CLI commands share: readers
(:func:`marsad.ingest.read_documents`), the pipeline, a sink that writes or stores
each finished document, a progress bar on a terminal (quiet when stderr is piped),
and a :class:`BatchReport` that counts what happened and lists every failure by
document, so the exit code can say whether anything failed.
"""

from __future__ import annotations

import gc
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TextIO

from tqdm import tqdm

from marsad.document import Document
from marsad.ingest import IngestError, read_documents
from marsad.pipeline import Pipeline


@dataclass(slots=True)
class Failure:
    """One document (or input unit) that could not be processed."""

    where: str
    problem: str
    doc_id: str | None = None

    def __str__(self) -> str:
        who = f" [{self.doc_id}]" if self.doc_id else ""
        return f"{self.where}{who}: {self.problem}"


@dataclass(slots=True)
class BatchReport:
    """What a batch did: documents done, outcome counts, failures, sentences seen, how
    many documents had no publication date to resolve relative dates against, and how
    many took theirs from a date in their text (``inferred``)."""

    done: int = 0
    sentences: int = 0
    undated: int = 0
    inferred: int = 0
    outcomes: Counter = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failures


#: Young-generation threshold of the garbage collector while a batch runs (CPython: 700).
BATCH_GC_THRESHOLD = 10_000


@contextmanager
def batch_gc(threshold: int = BATCH_GC_THRESHOLD) -> Iterator[None]:
    """Run a batch with the cyclic garbage collector's young generation ``threshold`` large.

    A document's tokens and mentions live through every stage, so with CPython's default
    threshold (700 allocations) most of them outlive several young collections and are
    promoted to the old generation, and every full collection then walks the loaded
    models and per-word caches again: about a seventh of ``marsad extract``'s CPU time
    (``bench/bench_extract.py``). With a larger young generation they die young; peak
    memory there is unchanged. The previous thresholds are restored on exit.
    """
    old = gc.get_threshold()
    gc.set_threshold(threshold, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def progress_bar(items: Iterable, desc: str, enabled: bool | None = None) -> Iterable:
    """``items`` with a progress bar on stderr (``enabled`` None: only on a terminal)."""
    show = sys.stderr.isatty() if enabled is None else enabled
    return tqdm(items, desc=desc, unit="doc", disable=not show, file=sys.stderr, leave=False)


def run_batch(
    paths: Sequence[str],
    pipeline: Pipeline | Callable[[Document], Document],
    sink: Callable[[Document], str | None],
    *,
    published: str | None = None,
    max_bytes: int = 10_000_000,
    errors: TextIO | None = None,
    progress: bool | None = None,
    desc: str = "marsad",
) -> BatchReport:
    """Read ``paths``, run ``pipeline`` on each document and hand it to ``sink``.

    ``sink`` returns an outcome label (e.g. ``"added"`` / ``"duplicate"``) or None.
    A reader error, a pipeline exception or a sink exception becomes a
    :class:`Failure` printed to stderr at once (``marsad: error: WHERE: PROBLEM``)
    and, when ``errors`` is given, written there as a JSON line; the batch goes on. A
    closed output (``BrokenPipeError``) ends the batch: the caller stops quietly.
    """
    report = BatchReport()
    items = read_documents(paths, published=published, max_bytes=max_bytes)
    with batch_gc():
        for item in progress_bar(items, desc, progress):
            if isinstance(item, IngestError):
                _fail(report, Failure(item.where, item.problem, item.doc_id), errors)
                continue
            try:
                doc = pipeline(item)
                outcome = sink(doc)
            except BrokenPipeError:
                raise  # the reader of the output has gone ("| head"): stop, no failure
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
                where = item.origin or item.id
                _fail(report, Failure(where, f"{type(exc).__name__}: {exc}", item.id), errors)
                continue
            report.done += 1
            report.sentences += len(doc.sentences)
            report.undated += doc.published is None
            report.inferred += doc.published_from == "inferred"
            if outcome:
                report.outcomes[outcome] += 1
    return report


def _fail(report: BatchReport, failure: Failure, errors: TextIO | None) -> None:
    report.failures.append(failure)
    print(f"marsad: error: {failure}", file=sys.stderr)
    if errors is not None:
        rec = {"where": failure.where, "doc_id": failure.doc_id, "problem": failure.problem}
        errors.write(json.dumps(rec, ensure_ascii=False) + "\n")
