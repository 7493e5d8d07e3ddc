"""The ordered list of stages a :class:`~marsad.document.Document` flows through.

Each stage is a small object with a ``name``, the set of document fields it
``requires`` and the set it ``provides``, and a ``__call__(doc) -> doc``. A
:class:`Pipeline` checks once, when it is built, that every stage's requirements
are provided by a stage before it (or by the reader, which provides ``raw``,
``text`` and the metadata), so a misordered pipeline fails at build time, not
halfway through a batch.

>>> from marsad.pipeline import Pipeline
>>> Pipeline([])  # the reader alone
Pipeline([])
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from marsad.document import Document

#: What every reader gives a document before the first stage runs.
READER_PROVIDES: frozenset[str] = frozenset({"raw", "text", "metadata"})


@runtime_checkable
class Stage(Protocol):
    """A pipeline component: takes a Document, annotates it in place, returns it."""

    name: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, doc: Document) -> Document: ...


class PipelineError(ValueError):
    """A pipeline whose stages are misordered or missing a requirement."""


class Pipeline:
    """An ordered, checked sequence of stages.

    ``Pipeline(stages)`` raises :class:`PipelineError` when a stage requires a field
    that no earlier stage provides. ``pipeline(doc)`` runs every stage in order and
    records each stage's wall time (seconds) in ``doc.timings``.
    """

    def __init__(self, stages: Sequence[Stage]) -> None:
        self.stages: list[Stage] = list(stages)
        have = set(READER_PROVIDES)
        names: set[str] = set()
        for stage in self.stages:
            if stage.name in names:
                raise PipelineError(f"stage {stage.name!r} appears twice")
            names.add(stage.name)
            missing = set(stage.requires) - have
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {sorted(missing)}, which no earlier stage "
                    f"provides (have {sorted(have)})"
                )
            have |= set(stage.provides)
        self.provides: frozenset[str] = frozenset(have)

    def __repr__(self) -> str:
        return f"Pipeline({[s.name for s in self.stages]})"

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            t0 = time.perf_counter()
            doc = stage(doc)
            doc.timings[stage.name] = doc.timings.get(stage.name, 0.0) + time.perf_counter() - t0
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        """Run the pipeline over ``docs`` lazily, one document at a time."""
        for doc in docs:
            yield self(doc)
