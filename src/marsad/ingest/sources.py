"""Where input bytes come from: files, folders, zip members, gzip streams.

A :class:`Source` names one readable thing (``where`` for messages, ``name`` for
its format and id stem, ``size`` when known before reading) and opens it as a
binary file. :func:`walk_folder` lists a folder's files in sorted order and
:func:`read_limited` reads a source whole but refuses one over a byte limit,
from its size when known, before reading it.

>>> kind_of("2015-07-21.json.gz"), kind_of("notes.md"), stem_of("day.jsonl.gz")
(('json', True), (None, False), 'day')
"""

from __future__ import annotations

import gzip
import os
import posixpath
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from marsad.ingest.errors import Reject, too_large

__all__ = [
    "Source",
    "describe_read_error",
    "file_source",
    "gunzip",
    "kind_of",
    "read_limited",
    "stem_of",
    "walk_folder",
]

#: File extension -> input format. Anything else inside a folder is skipped.
EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".zip": "zip",
}

#: Read errors that reject one input (file, member, stream) without stopping the batch.
READ_ERRORS = (OSError, EOFError, zlib.error, zipfile.BadZipFile, NotImplementedError)


@dataclass(slots=True)
class Source:
    """One readable input.

    ``where`` is how messages name it (``"data/a.zip!2015-07-21.json"``), ``name``
    its file name (format and id stem come from it), ``size`` its byte size when
    known without reading, ``path`` a real, seekable file path when there is one.
    """

    where: str
    name: str
    size: int | None
    opener: Callable[[], BinaryIO]
    path: str | None = None


def kind_of(name: str) -> tuple[str | None, bool]:
    """(format, gzip-compressed) for a file name: ``"x.jsonl.gz"`` -> ``("jsonl", True)``."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    if gz:
        lower = lower[:-3]
    return EXTENSIONS.get(os.path.splitext(lower)[1]), gz


def stem_of(name: str) -> str:
    """File name without directory, ``.gz`` and extension: ``"a/b/day.json.gz"`` -> ``"day"``."""
    base = posixpath.basename(name.replace(os.sep, "/"))
    if base.lower().endswith(".gz"):
        base = base[:-3]
    return os.path.splitext(base)[0] or base


def file_source(path: str, where: str | None = None) -> Source:
    """A Source for a path on disk (size from ``stat`` for regular files, None for pipes)."""
    st = os.stat(path)
    regular = os.path.isfile(path)
    return Source(
        where=where or path,
        name=os.path.basename(path),
        size=st.st_size if regular else None,
        opener=lambda: open(path, "rb"),
        path=path if regular else None,
    )


class _GzipReader(gzip.GzipFile):
    """A GzipFile that also closes the file object it decompresses."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__(fileobj=raw, mode="rb")
        self._raw = raw

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()


def gunzip(src: Source) -> Source:
    """The decompressed view of a ``.gz`` source (name without ``.gz``, size unknown)."""
    inner = src.opener
    return Source(
        where=src.where,
        name=src.name[:-3] if src.name.lower().endswith(".gz") else src.name,
        size=None,
        opener=lambda: _GzipReader(inner()),
    )


def read_limited(
    src: Source, limit: int, reject: Callable[[int | None, int], Reject] = too_large
) -> bytes:
    """All bytes of ``src``, or ``reject(size, limit)`` raised when there are more than ``limit``.

    A known ``size`` over the limit is refused without opening the source; an
    unknown size (gzip, pipes) reads at most ``limit + 1`` bytes and reports
    ``size=None``. ``reject`` defaults to the "document too large" rejection.
    """
    if src.size is not None and src.size > limit:
        raise reject(src.size, limit)
    with src.opener() as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise reject(src.size, limit)
    return data


def walk_folder(root: str) -> tuple[list[str], list[Reject]]:
    """Every file under ``root`` (recursively, hidden names skipped), sorted by path parts.

    Returns the paths (joined onto ``root`` as given) and one :class:`Reject` per
    unreadable sub-folder (its ``doc_id`` carries the folder path).
    """
    files: list[tuple[tuple[str, ...], str]] = []
    problems: list[Reject] = []

    def onerror(e: OSError) -> None:
        problems.append(Reject(f"cannot read folder: {e.strerror or e}", e.filename))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        rel = os.path.relpath(dirpath, root)
        parts = () if rel == os.curdir else tuple(rel.split(os.sep))
        for name in filenames:
            if not name.startswith("."):
                files.append(((*parts, name), os.path.join(dirpath, name)))
    files.sort()
    return [path for _, path in files], problems


def describe_read_error(e: BaseException) -> str:
    """A one-line reason for a failed read: ``"corrupt gzip data: Not a gzipped file (b'ab')"``."""
    if isinstance(e, gzip.BadGzipFile):
        return f"corrupt gzip data: {e}"
    if isinstance(e, zlib.error):
        return f"corrupt compressed data: {e}"
    if isinstance(e, EOFError):
        return f"truncated compressed data: {e}"
    if isinstance(e, zipfile.BadZipFile):
        return f"not a readable zip archive: {e}"
    if isinstance(e, NotImplementedError):
        return f"cannot read archive member: {e}"
    if isinstance(e, IsADirectoryError):
        return "is a directory"
    if isinstance(e, OSError):
        return f"cannot read: {e.strerror or e}"
    return f"{type(e).__name__}: {e}"
