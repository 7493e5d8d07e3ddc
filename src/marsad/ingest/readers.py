"""Readers: paths (files, folders, zip archives, ``-`` for stdin) -> Documents or IngestErrors.

Each format has one reader generator; :func:`read_documents` walks the paths,
dispatches on the file name and finishes every document in one place (the
``--published`` fallback and run-wide id uniqueness). Errors never stop the
batch: a bad line, file or archive member becomes an :class:`IngestError` and
reading goes on.

Formats (``.gz`` of any of them too): ``.txt`` (id = file stem), ``.html``/``.htm``
(main text via trafilatura), ``.json`` (one object or a list; ids default to
``"<stem>-<list index>"``), ``.jsonl`` (ids default to ``"<stem>-<line number>"``),
``.zip`` (its members, sorted). Inside folders and archives unknown extensions
and hidden names are skipped; a file named explicitly is read as text.

Document ids are unique within a run: a derived id that repeats (``a/x.txt`` and
``b/x.txt``) gets ``~2``, ``~3``...; a repeated id given in the input is an
IngestError ("duplicate id") and the later document is skipped.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import posixpath
import sys
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from typing import Any, BinaryIO

from marsad.document import Document
from marsad.ingest.dates import normalize_published
from marsad.ingest.decode import DecodeError, decode_bytes
from marsad.ingest.errors import IngestError, Reject, too_large
from marsad.ingest.html import html_bytes_to_content
from marsad.ingest.records import json_type, record_to_document, unreadable_published
from marsad.ingest.sources import (
    READ_ERRORS,
    Source,
    describe_read_error,
    file_source,
    gunzip,
    kind_of,
    read_limited,
    stem_of,
    walk_folder,
)

__all__ = ["CONTAINER_FACTOR", "read_documents"]

#: A JSON file (or zip, or stdin) is read whole up to this many times ``max_bytes``.
CONTAINER_FACTOR = 20

#: What readers produce: a document with "was its id derived?", or an error.
_Item = tuple[Document, bool] | IngestError
_Lines = Iterable[tuple[int, bytes | None, int]]
_UNICODE_BOMS = (
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
)


@dataclass(slots=True)
class _Run:
    """Per-call state: limits, the ``--published`` fallback and the ids seen so far."""

    max_bytes: int
    published: str | None
    seen: dict[str, str] = field(default_factory=dict)

    @property
    def container_limit(self) -> int:
        return self.max_bytes * CONTAINER_FACTOR

    def container_too_large(self, size: int | None, limit: int) -> Reject:
        amount = f"{size} bytes > limit {limit}" if size is not None else f"more than {limit} bytes"
        return Reject(
            f"file too large to read whole: {amount} ({CONTAINER_FACTOR} x --max-bytes; "
            "split it, use JSON Lines, or raise --max-bytes)"
        )

    def finish(self, item: _Item) -> Document | IngestError:
        """Apply run-wide rules to one reader item: unique ids, the ``published`` fallback."""
        if isinstance(item, IngestError):
            return item
        doc, derived = item
        where = doc.origin or doc.id
        if doc.id in self.seen:
            if not derived:
                return IngestError(
                    where, f"duplicate id {doc.id!r} (first seen at {self.seen[doc.id]})", doc.id
                )
            n = 2
            while f"{doc.id}~{n}" in self.seen:
                n += 1
            _warn(
                where,
                f"id {doc.id!r} already names {self.seen[doc.id]}; this document is "
                f"{doc.id + '~' + str(n)!r}",
            )
            doc.id = f"{doc.id}~{n}"
        self.seen[doc.id] = where
        if not doc.published and self.published:
            doc.published = self.published
            doc.published_from = "option"
        return doc


def read_documents(
    paths: Sequence[str], *, published: str | None = None, max_bytes: int = 10_000_000
) -> Iterator[Document | IngestError]:
    """Read every document in ``paths``, lazily, in order.

    ``paths`` holds files, folders (read recursively in sorted order) and ``"-"``
    (standard input). ``published`` (``"2024-12-09"``) is the date given to
    documents that carry none (``published_from="option"``); documents with their
    own keep it (``"input"``). ``max_bytes`` bounds one document; JSON, zip and
    stdin inputs read whole are bounded by ``CONTAINER_FACTOR * max_bytes``.

    Raises ValueError at once for an unparseable ``published`` or a bad limit.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "report.txt").write_text("اندلعت اشتباكات في حلب", encoding="utf-8")
    >>> [(x.id, x.published, x.published_from) for x in read_documents([str(d)], published="2024-12-09")]
    [('report', '2024-12-09', 'option')]
    """
    if isinstance(paths, str | bytes):
        raise TypeError("paths must be a sequence of paths, not a single string")
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    reference = None
    if published is not None:
        reference = normalize_published(published)
        if reference is None:
            raise ValueError(f"published: {published!r} is not a date (expected YYYY-MM-DD)")
    run = _Run(max_bytes=max_bytes, published=reference)
    return (run.finish(item) for item in _paths(paths, run))


def _paths(paths: Sequence[str], run: _Run) -> Iterator[_Item]:
    for path in paths:
        if path == "-":
            yield from _read_stdin(run)
        elif os.path.isdir(path):
            files, problems = walk_folder(path)
            for p in problems:
                yield IngestError(p.doc_id or path, p.problem)
            for file in files:
                yield from _from_path(file, run, explicit=False)
        else:
            yield from _from_path(path, run, explicit=True)


def _from_path(path: str, run: _Run, *, explicit: bool) -> Iterator[_Item]:
    try:
        src = file_source(path)
    except FileNotFoundError:
        yield IngestError(path, "no such file or directory")
        return
    except OSError as e:
        yield IngestError(path, describe_read_error(e))
        return
    yield from _dispatch(src, run, explicit=explicit)


def _dispatch(src: Source, run: _Run, *, explicit: bool) -> Iterator[_Item]:
    """Read ``src`` with the reader its name calls for; unknown kinds only when ``explicit``."""
    kind, gz = kind_of(src.name)
    if kind is None and not explicit:
        return
    if gz:
        src = gunzip(src)
    reader = _READERS[kind or "text"]
    try:
        yield from reader(src, run)
    except Reject as r:
        yield IngestError(src.where, r.problem, r.doc_id)
    except READ_ERRORS as e:
        yield IngestError(src.where, describe_read_error(e))


def _decode(data: bytes, doc_id: str | None = None, where: str | None = None) -> str:
    """``data`` as text (see :func:`decode_bytes`); a problem that does not stop the
    document (a cut last character, a legacy code page) is a warning naming ``where``."""
    notes: list[str] = []
    try:
        text = decode_bytes(data, notes=notes)
    except DecodeError as e:
        raise Reject(e.problem, doc_id) from None
    for note in notes:
        _warn(where or doc_id or "input", note)
    return text


def _read_text(src: Source, run: _Run) -> Iterator[_Item]:
    """A text file: the whole file is the document; id = file stem."""
    doc_id = stem_of(src.name)
    try:
        text = _decode(read_limited(src, run.max_bytes), doc_id, src.where)
    except Reject as r:
        r.doc_id = r.doc_id or doc_id
        raise
    if not text.strip():
        raise Reject("empty document", doc_id)
    yield Document(id=doc_id, raw=text, origin=src.where), True


def _read_html(src: Source, run: _Run) -> Iterator[_Item]:
    """An HTML page: main text, title and date via trafilatura; id = file stem."""
    doc_id = stem_of(src.name)
    try:
        page = html_bytes_to_content(read_limited(src, run.max_bytes))
    except Reject as r:
        r.doc_id = r.doc_id or doc_id
        raise
    if not page.text.strip():
        raise Reject("empty document: no main text found in the page", doc_id)
    yield (
        Document(
            id=doc_id,
            raw=page.text,
            title=page.title,
            published=page.published,
            published_from="input" if page.published else "none",
            origin=src.where,
        ),
        True,
    )


def _warn(where: str, problem: str) -> None:
    """A problem that does not stop the document, on stderr as ``marsad: warning: WHERE:
    PROBLEM`` (the batch's errors read ``marsad: error: ...``)."""
    print(f"marsad: warning: {where}: {problem}", file=sys.stderr)


def _record(obj: Any, where: str, default_id: str, run: _Run) -> _Item:
    """One parsed JSON value -> a document item or the error that rejects it."""
    try:
        doc, derived = record_to_document(obj, default_id=default_id, max_bytes=run.max_bytes)
    except Reject as r:
        return IngestError(where, r.problem, r.doc_id)
    doc.origin = where
    bad = None if doc.published else unreadable_published(obj)
    if bad is not None:  # the document goes on, undated (a --published date may apply)
        fallback = (
            f"--published {run.published} is used" if run.published else "the document is undated"
        )
        _warn(
            where, f"published value {bad[:40]!r} is not a date (YYYY-MM-DD expected); {fallback}"
        )
    return doc, derived


def _json_value(obj: Any, where: str, stem: str, run: _Run) -> Iterator[_Item]:
    """A whole JSON document: one object (default id = stem) or a list (``stem-<index>``)."""
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            yield _record(item, f"{where}[{i}]", f"{stem}-{i}", run)
    elif isinstance(obj, dict):
        yield _record(obj, where, stem, run)
    else:
        raise Reject(f"expected a JSON object or a list of objects, got {json_type(obj)}")


def _loads_whole(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise Reject(
            f"malformed JSON: {_json_problem(e)} at line {e.lineno} column {e.colno}"
        ) from None


def _read_json(src: Source, run: _Run) -> Iterator[_Item]:
    """A ``.json`` file, parsed whole (SaudiNewsNet day files are lists of ~3,000 articles)."""
    data = read_limited(src, run.container_limit, run.container_too_large)
    obj = _loads_whole(_decode(data, where=src.where))
    yield from _json_value(obj, src.where, stem_of(src.name), run)


def _lines(
    f: BinaryIO, limit: int, start: int = 1, first: bytes | None = None
) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, line, byte length) for each line; ``None`` for a line over ``limit``.

    ``first`` is a line already read with ``f.readline(limit + 2)``. An over-long
    line is skipped in 1 MB steps, never held whole.
    """
    lineno = start - 1
    while True:
        line = f.readline(limit + 2) if first is None else first
        first = None
        if not line:
            return
        lineno += 1
        ending = 2 if line.endswith(b"\r\n") else 1 if line.endswith(b"\n") else 0
        size = len(line) - ending
        if size <= limit:
            yield lineno, line, size
            continue
        while not line.endswith(b"\n"):
            line = f.readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield lineno, None, size - (1 if line.endswith(b"\n") else 0)


def _parse_line(line: bytes | str) -> Any:
    """One JSON Lines line -> its value; a non-UTF-8 line is decoded first (cp1256 etc.)."""
    try:
        try:
            return json.loads(line)
        except UnicodeDecodeError:
            assert isinstance(line, bytes)
            return json.loads(_decode(line))
    except json.JSONDecodeError as e:
        raise Reject(f"malformed JSON: {_json_problem(e)} at column {e.colno}") from None


def _line_item(line: bytes | str, where: str, default_id: str, run: _Run) -> _Item:
    try:
        obj = _parse_line(line)
    except Reject as r:
        return IngestError(where, r.problem)
    return _record(obj, where, default_id, run)


def _jsonl_items(lines: _Lines, where: str, stem: str, run: _Run) -> Iterator[_Item]:
    """Items of a JSON Lines stream; blank lines skipped; a read failure ends the stream."""
    it = iter(lines)
    lineno = 0
    while True:
        try:
            lineno, line, size = next(it)
        except StopIteration:
            return
        except READ_ERRORS as e:
            yield IngestError(f"{where}:{lineno + 1}", describe_read_error(e))
            return
        here = f"{where}:{lineno}"
        if line is None:
            yield IngestError(here, too_large(size, run.max_bytes).problem, f"{stem}-{lineno}")
        elif line.strip():
            yield _line_item(line, here, f"{stem}-{lineno}", run)


def _read_jsonl(src: Source, run: _Run) -> Iterator[_Item]:
    """A JSON Lines file, streamed line by line (UTF-16/32 files are decoded whole)."""
    stem = stem_of(src.name)
    with src.opener() as f:
        first = f.readline(run.max_bytes + 2)
        if first.startswith(_UNICODE_BOMS):
            rest = f.read(run.container_limit + 1 - len(first))
            if len(first) + len(rest) > run.container_limit:
                raise run.container_too_large(None, run.container_limit)
            text = _decode(first + rest, where=src.where)
            for n, line in enumerate(text.split("\n"), 1):
                if line.strip():
                    yield _line_item(line, f"{src.where}:{n}", f"{stem}-{n}", run)
            return
        yield from _jsonl_items(_lines(f, run.max_bytes, first=first), src.where, stem, run)


def _read_zip(src: Source, run: _Run) -> Iterator[_Item]:
    """A zip archive: every member of a known format, in sorted order."""
    if src.path:
        archive = zipfile.ZipFile(src.path)
    else:
        data = read_limited(src, run.container_limit, run.container_too_large)
        archive = zipfile.ZipFile(io.BytesIO(data))
    with archive:
        infos = sorted(
            (i for i in archive.infolist() if not i.is_dir()),
            key=lambda i: tuple(i.filename.split("/")),
        )
        for info in infos:
            parts = info.filename.split("/")
            if parts[0] == "__MACOSX" or any(
                p.startswith(".") and p not in (".", "..") for p in parts
            ):
                continue  # macOS metadata and hidden files ("../x.txt" is read: nothing is written)
            base = posixpath.basename(info.filename)
            if kind_of(base)[0] is None:
                continue
            where = f"{src.where}!{info.filename}"
            if info.flag_bits & 0x1:
                yield IngestError(where, "encrypted archive member (password required)")
                continue
            member = Source(
                where=where,
                name=base,
                size=info.file_size,
                opener=partial(archive.open, info),
            )
            yield from _dispatch(member, run, explicit=False)


def _is_json_object(line: bytes | str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _read_stdin(run: _Run) -> Iterator[_Item]:
    """Standard input: JSON Lines, one JSON object or list, or plain text (id ``"stdin"``)."""
    try:
        yield from _stdin_items(sys.stdin.buffer, run)
    except Reject as r:
        yield IngestError("stdin", r.problem, r.doc_id)
    except READ_ERRORS as e:
        yield IngestError("stdin", describe_read_error(e))


def _stdin_items(stream: BinaryIO, run: _Run) -> Iterator[_Item]:
    """Streams JSON Lines when the first non-blank line is a JSON object; else reads whole."""
    cap = run.container_limit
    head = b""
    line = b""
    lineno = 0
    while len(head) <= cap:
        line = stream.readline(cap + 1 - len(head))
        if not line:
            break
        head += line
        lineno += 1
        if line.strip():
            break
    if not head.strip():
        raise Reject("empty document", "stdin")
    if len(line) <= run.max_bytes + 2 and _is_json_object(line):
        first = [(lineno, line, len(line.rstrip(b"\r\n")))]
        rest = _lines(stream, run.max_bytes, start=lineno + 1)
        yield from _jsonl_items(chain(first, rest), "stdin", "stdin", run)
        return

    data = head + stream.read(max(cap + 1 - len(head), 0))
    looks_json = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")
    if len(data) > cap:
        raise run.container_too_large(None, cap) if looks_json else too_large(None, run.max_bytes)
    text = _decode(data, "stdin", "stdin")
    body = text.lstrip(" \t\r\n")
    if not body.startswith(("{", "[")):
        if len(data) > run.max_bytes:
            raise too_large(len(data), run.max_bytes)
        if not body.strip():
            raise Reject("empty document", "stdin")
        yield Document(id="stdin", raw=text, origin="stdin"), True
        return
    try:
        obj = _loads_whole(text)
    except Reject:
        if body.startswith("["):
            raise
        yield from _stdin_lines_fallback(text, run)
        return
    yield from _json_value(obj, "stdin", "stdin", run)


def _stdin_lines_fallback(text: str, run: _Run) -> Iterator[_Item]:
    """Stdin starting with ``{`` that is not one JSON value: JSON Lines if any line parses."""
    entries = [(n, line) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    if not any(_is_json_object(line) for _, line in entries):
        _loads_whole(text)  # raises the whole-input "malformed JSON" Reject
    for n, line in entries:
        yield _line_item(line, f"stdin:{n}", f"stdin-{n}", run)


_READERS: dict[str, Callable[[Source, _Run], Iterator[_Item]]] = {
    "text": _read_text,
    "html": _read_html,
    "json": _read_json,
    "jsonl": _read_jsonl,
    "zip": _read_zip,
}


def _json_problem(e: json.JSONDecodeError) -> str:
    """The decoder's message without a dangling "at" ("Unterminated string starting at"),
    which the caller follows with where."""
    return e.msg.removesuffix(" at")
