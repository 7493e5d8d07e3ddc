"""The benchmark corpus: SaudiNewsNet read by Marsad's own readers, prepared up to a stage.

Every benchmark in this folder reads its articles here, so they all measure the same
documents the same way. Scripts run as ``python bench/NAME.py``, which puts this folder
on ``sys.path``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from marsad.document import Document
from marsad.ingest import IngestError, read_documents
from marsad.pipeline import Pipeline
from marsad.stages import build_pipeline

SAUDINEWSNET = (
    Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "saudinewsnet"
)


def corpus_paths() -> list[str]:
    """The SaudiNewsNet day files; exits with a message when ../shared is absent."""
    paths = sorted(str(p) for p in SAUDINEWSNET.glob("*.zip"))
    if not paths:
        sys.exit(f"{SAUDINEWSNET} not present: this benchmark needs ../shared")
    return paths


def documents_with_tokens(n_tokens: int) -> list[Document]:
    """Articles through the ``tokens`` stage until they hold at least ``n_tokens`` tokens."""
    stages = build_pipeline().stages
    names = [s.name for s in stages]
    prepare = Pipeline(stages[: names.index("tokens") + 1])
    out: list[Document] = []
    total = 0
    for item in read_documents(corpus_paths()):
        if isinstance(item, IngestError):
            continue
        out.append(prepare(item))
        total += len(out[-1].tokens)
        if total >= n_tokens:
            break
    return out


def documents(limit: int, *, through: str | None = None) -> list[Document]:
    """The first ``limit`` readable articles, run through the default pipeline's stages
    up to and including the stage named ``through`` (none when ``through`` is None).

    >>> docs = documents(10, through="tokens")  # doctest: +SKIP
    """
    stages = build_pipeline().stages
    if through is not None:
        names = [s.name for s in stages]
        stages = stages[: names.index(through) + 1]
    else:
        stages = []
    prepare = Pipeline(stages)
    out: list[Document] = []
    for item in read_documents(corpus_paths()):
        if isinstance(item, IngestError):
            continue
        out.append(prepare(item))
        if len(out) >= limit:
            break
    return out
