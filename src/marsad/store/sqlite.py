"""The embedded SQLite store: documents, mentions, events and statements.

One :class:`Store` is one SQLite file (WAL mode, foreign keys on, schema migrated
on open). :meth:`Store.add` stores a processed :class:`~marsad.document.Document`
in one transaction: the document row, its mentions, events and statements, and
its full-text entry, all or nothing. A document whose raw input text was stored
before (same :func:`content_hash`) is a duplicate and adds nothing.

Records are stored as the contract serializers give them
(:meth:`Document.to_annotate_record`, :meth:`Document.to_extract_records`), whole,
as JSON; :meth:`Store.iter_records` gives the extract records back for export.

>>> from marsad.document import Document, Modality
>>> with Store.open(":memory:") as store:
...     print(store.add(Document(id="d1", raw="سيطر الجيش على القائم")))
...     print(store.add(Document(id="d1-again", raw="سيطر الجيش على القائم")))
...     print([hit.doc_id for hit in store.search("الجيش")])
added
duplicate
['d1']
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self, get_args

from marsad.clean.normalize import normalize_key
from marsad.document import Document, Modality
from marsad.store.migrate import MigrationError, migrate, schema_version
from marsad.store.records import DOC_COLUMNS, ISO_PREFIX, as_upper_set, date_window, document_rows
from marsad.store.search import ParsedQuery, index_text, make_snippet, parse_query

#: Event modalities of the record contract.
MODALITIES = frozenset(get_args(Modality))
#: Tables :meth:`Store.count` accepts.
TABLES = ("documents", "mentions", "events", "statements", "documents_fts")


class StoreError(RuntimeError):
    """A document that could not be stored, or a database that cannot be used."""


class QueryError(StoreError, ValueError):
    """A search query or export filter that cannot be run; the message says why."""


class AddResult(enum.StrEnum):
    """What :meth:`Store.add` did: ``AddResult.ADDED == "added"``."""

    ADDED = "added"
    DUPLICATE = "duplicate"
    REPLACED = "replaced"


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result; ``score`` is higher for a better match (negated BM25)."""

    doc_id: str
    title: str | None
    snippet: str
    score: float
    published: str | None = None
    url: str | None = None
    source: str | None = None


def default_db_path() -> Path:
    """Where ``marsad ingest`` keeps its database when ``--db`` is not given.

    ``$MARSAD_DB`` if set; else the user data directory: ``$XDG_DATA_HOME/marsad/marsad.db``
    (``~/.local/share/marsad/marsad.db`` when unset), ``%LOCALAPPDATA%\\marsad\\marsad.db``
    on Windows, ``~/Library/Application Support/marsad/marsad.db`` on macOS.
    """
    if os.environ.get("MARSAD_DB"):
        return Path(os.environ["MARSAD_DB"]).expanduser()
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        base = Path(os.environ["LOCALAPPDATA"])
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "marsad" / "marsad.db"


def content_hash(doc: Document) -> str:
    """SHA-256 (hex) of the document's raw input text: same text, same document.

    >>> content_hash(Document(id="a", raw="abc"))[:12]
    'ba7816bf8f01'
    """
    return hashlib.sha256(doc.raw.encode("utf-8", "surrogatepass")).hexdigest()


class _SqlNorm:
    """``marsad_norm(x)``, the SQL function the full-text triggers index with.

    Normalizing a long article costs about as much as indexing it, so :meth:`Store.add`
    primes this with the view the pipeline's Normalizer already computed
    (``doc.norm``) and the trigger reuses it instead of normalizing again.
    """

    def __init__(self) -> None:
        self._known: tuple[str, str] | None = None

    def prime(self, doc: Document) -> None:
        norm = doc.norm
        ok = norm is not None and getattr(norm, "original", None) == doc.text
        self._known = (doc.text, norm.text) if ok else None

    def prime_clear(self) -> None:
        self._known = None

    def __call__(self, value: str | None) -> str | None:
        if value is None:
            return None
        known = self._known
        if known is not None and value == known[0]:
            return index_text(known[1])
        return index_text(normalize_key(value))


class Store:
    """A Marsad database. Open with :meth:`Store.open`; use as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, norm: _SqlNorm) -> None:
        self._conn = conn
        self._norm = norm
        self.path = path

    # -- opening and closing -------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None) -> Store:
        """Open (creating it and its parent folders if needed) and migrate the database.

        ``path=None`` uses :func:`default_db_path`; ``":memory:"`` gives a private
        in-memory database. Raises :class:`StoreError` when the file is not a SQLite
        database, is another application's SQLite database (tables but no Marsad schema:
        nothing is created in it), is newer than this code, or SQLite lacks FTS5.
        """
        memory = str(path) == ":memory:"
        db_path = None if memory else Path(path or default_db_path()).expanduser()
        if db_path is not None:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(
                ":memory:" if db_path is None else db_path, isolation_level=None, timeout=30.0
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {db_path}: {exc}") from exc
        norm = _SqlNorm()
        try:
            conn.create_function("marsad_norm", 1, norm, deterministic=True)
            if schema_version(conn) == 0 and _has_tables(conn):
                raise MigrationError(
                    "it holds tables of another application and no Marsad schema: "
                    "not a Marsad database, left as it is"
                )
            conn.execute("PRAGMA foreign_keys = ON")
            if db_path is not None:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn)
        except (sqlite3.Error, MigrationError) as exc:
            conn.close()
            hint = " (is it a Marsad database?)" if isinstance(exc, sqlite3.DatabaseError) else ""
            raise StoreError(f"cannot use database {db_path or ':memory:'}{hint}: {exc}") from exc
        return cls(conn, db_path, norm)

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def version(self) -> int:
        """The database's schema version."""
        return schema_version(self._conn)

    # -- writing --------------------------------------------------------------------

    def add(self, doc: Document, *, replace: bool = False) -> AddResult:
        """Store ``doc`` and everything annotated on it, in one transaction.

        Returns ``AddResult.DUPLICATE`` (and changes nothing) when a document with the
        same raw text is stored already, unless ``replace=True``: then the stored
        document with that text or with ``doc.id`` and its rows are replaced
        (``AddResult.REPLACED``), e.g. after re-running an improved pipeline, with another
        reference date, or for a corrected version of the article. Raises
        :class:`StoreError` when anything fails; that document's rows are rolled back,
        earlier documents stay.
        """
        digest = content_hash(doc)
        if not replace and self._has_hash(digest):  # fast path for re-ingest; rechecked below
            return AddResult.DUPLICATE
        try:
            doc_row, mention_rows, event_rows, statement_rows = document_rows(doc, digest)
        except (TypeError, ValueError, KeyError) as exc:
            raise StoreError(f"document {doc.id!r} not stored: cannot serialize: {exc}") from exc
        conn = self._conn
        self._norm.prime(doc)
        try:
            conn.execute("BEGIN IMMEDIATE")
            old = conn.execute(
                "SELECT id FROM documents WHERE content_hash = ?", (digest,)
            ).fetchone()
            if old is not None and not replace:
                conn.execute("ROLLBACK")
                return AddResult.DUPLICATE
            if replace:  # the stored document with this text, and those with this id
                gone = {*conn.execute("SELECT id FROM documents WHERE doc_id = ?", (doc.id,))}
                if old is not None:
                    gone.add(tuple(old))
                old = old or next(iter(gone), None)
                conn.executemany("DELETE FROM documents WHERE id = ?", gone)
            rowid = self._insert_document(doc_row)
            self._insert_annotations(rowid, mention_rows, event_rows, statement_rows)
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, Exception):
                raise StoreError(f"document {doc.id!r} not stored: {exc}") from exc
            raise
        finally:
            self._norm.prime_clear()
        return AddResult.ADDED if old is None else AddResult.REPLACED

    def add_many(self, docs: Iterable[Document]) -> dict[str, int]:
        """Add each document in its own transaction; count ``added``/``duplicate``/``replaced``/``failed``.

        A failing document is counted and skipped; the others are kept. (The CLI
        calls :meth:`add` itself to report each failure.)
        """
        counts = {r.value: 0 for r in AddResult} | {"failed": 0}
        for doc in docs:
            try:
                counts[self.add(doc)] += 1
            except StoreError:
                counts["failed"] += 1
        return counts

    def _insert_document(self, row: tuple[Any, ...]) -> int:
        cur = self._conn.execute(
            "INSERT INTO documents (content_hash, doc_id, title, url, source, published, "
            "published_from, lang, text, removed, sentences, extra, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            row,
        )
        return int(cur.lastrowid or 0)

    def _insert_annotations(
        self,
        rowid: int,
        mentions: list[tuple[Any, ...]],
        events: list[tuple[Any, ...]],
        statements: list[tuple[Any, ...]],
    ) -> None:
        conn = self._conn
        conn.executemany(
            'INSERT INTO mentions (doc, "start", "end", kind, text, value, precision, payload) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(rowid, *r) for r in mentions],
        )
        conn.executemany(
            "INSERT INTO events (doc, record_id, type, event_date, event_date_end, country, "
            "payload) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(rowid, *r) for r in events],
        )
        conn.executemany(
            "INSERT INTO statements (doc, record_id, date, date_end, speaker_country, payload) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(rowid, *r) for r in statements],
        )

    # -- reading --------------------------------------------------------------------

    def count(self, table: str) -> int:
        """Number of rows in ``table`` (one of :data:`TABLES`)."""
        if table not in TABLES:
            raise QueryError(f"unknown table {table!r}; one of {', '.join(TABLES)}")
        return int(self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def taken_by_other_text(self, doc: Document) -> bool:
        """Whether a document with ``doc.id`` but another raw text is stored (an earlier
        version of the article, or another article that got the same id)."""
        row = self._conn.execute(
            "SELECT 1 FROM documents WHERE doc_id = ? AND content_hash != ?",
            (doc.id, content_hash(doc)),
        ).fetchone()
        return row is not None

    def free_id(self, doc_id: str) -> str:
        """``doc_id`` with the first ``~N`` suffix (N >= 2) no stored document has."""
        n = 2
        while self._conn.execute(
            "SELECT 1 FROM documents WHERE doc_id = ?", (f"{doc_id}~{n}",)
        ).fetchone():
            n += 1
        return f"{doc_id}~{n}"

    def has(self, doc: Document) -> bool:
        """Whether a document with ``doc``'s raw text is stored."""
        return self._has_hash(content_hash(doc))

    def _has_hash(self, digest: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM documents WHERE content_hash = ?", (digest,)
        ).fetchone()
        return row is not None

    def annotate_record(self, doc_id: str) -> dict[str, Any] | None:
        """The stored ``marsad annotate`` record of the latest document with ``doc_id``, or None."""
        row = self._conn.execute(
            "SELECT id, doc_id, title, url, source, published, published_from, lang, text, "
            "removed, sentences, extra FROM documents WHERE doc_id = ? ORDER BY id DESC LIMIT 1",
            (doc_id,),
        ).fetchone()
        if row is None:
            return None
        rowid, *values = row
        rec: dict[str, Any] = dict(zip(DOC_COLUMNS, values[:-1], strict=True))
        rec["removed"] = json.loads(rec["removed"])
        rec["sentences"] = json.loads(rec["sentences"])
        rec.update(json.loads(values[-1]) if values[-1] else {})
        rec["mentions"] = [
            json.loads(p)
            for (p,) in self._conn.execute(
                "SELECT payload FROM mentions WHERE doc = ? ORDER BY id", (rowid,)
            )
        ]
        return rec

    def search(
        self, query: str, limit: int = 20, *, markers: tuple[str, str] = ("[", "]")
    ) -> list[SearchHit]:
        """Full-text search over titles and texts, best match first.

        Spelling variants match (hamza seats, ta marbuta, alef maqsura, diacritics);
        ``OR``/``AND``/``NOT``, ``"phrases"`` and ``prefix*`` work as in FTS5; a query
        FTS5 cannot parse is retried as plain words. Raises :class:`QueryError` for an
        empty or unusable query.
        """
        parsed = parse_query(query)
        sql = (
            "SELECT d.doc_id, d.title, d.text, d.published, d.url, d.source, "
            "bm25(documents_fts, 2.0, 1.0) AS rank "
            "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
            "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        rows = self._match(query, parsed, sql, (limit,))
        return [
            SearchHit(
                doc_id=doc_id,
                title=title,
                snippet=make_snippet(text, parsed.terms, markers=markers),
                score=round(-rank, 4),
                published=published,
                url=url,
                source=source,
            )
            for doc_id, title, text, published, url, source, rank in rows
        ]

    def search_total(self, query: str) -> int:
        """How many stored documents :meth:`search` finds for ``query``, past its limit."""
        sql = "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?"
        return int(self._match(query, parse_query(query), sql, ())[0][0])

    def _match(self, query: str, parsed: ParsedQuery, sql: str, extra: tuple) -> list[tuple]:
        """Rows of ``sql`` (``MATCH ?`` then ``extra`` parameters) for the parsed query, a
        query FTS5 cannot parse retried as plain words. Raises :class:`QueryError`."""
        if not parsed.terms:
            raise QueryError(f"nothing to search for in {query!r}")
        try:
            return self._conn.execute(sql, (parsed.fts, *extra)).fetchall()
        except sqlite3.OperationalError as exc:
            problem = exc
        if parsed.plain:
            try:
                return self._conn.execute(sql, (parsed.plain, *extra)).fetchall()
            except sqlite3.OperationalError as exc:
                problem = exc
        raise QueryError(
            f"cannot search for {query!r} ({problem}): join words with AND, OR or NOT "
            '(NOT and a minus need a word before them), quote "phrases", end a prefix with *'
        ) from None

    def iter_records(
        self,
        since: str | None = None,
        until: str | None = None,
        country: str | Iterable[str] | None = None,
        types: str | Iterable[str] | None = None,
        kinds: Iterable[str] = ("event", "statement"),
        *,
        with_document: bool = True,
        modalities: str | Iterable[str] | None = None,
    ) -> Iterator[dict[str, Any]]:
        """The stored extract records, document by document (events, then statements).

        Filters (all inclusive, combined with AND):

        * ``since`` / ``until``: ISO prefixes (``2024``, ``2024-12``, ``2024-12-07``)
          compared with the record's ``date`` at the coarser of the two precisions, so
          ``until="2024-12"`` keeps ``2024-12-31`` and a month-precision ``2024-12``
          event is kept by ``since="2024-12-15"``. A range date counts if it overlaps.
          Records without a date are left out when either is given.
        * ``country``: ISO 3166-1 alpha-3 of the event's *location* (not an actor's).
        * ``types``: PLOVER event types.
        * ``modalities``: event modalities (``asserted``, ``negated``, ``hypothetical``,
          ``future``, ``historical``): a map of what happened wants ``asserted``.

        Statements have no location or type: ``country`` or ``types`` leave them out.
        With ``with_document`` each record also gets ``"document": {"title", "url",
        "source", "published"}`` (provenance for export; the contract allows extra fields).
        """
        countries = as_upper_set(country)
        type_set = as_upper_set(types)
        kinds = set(kinds)
        unknown = kinds - {"event", "statement"}
        if unknown:
            raise QueryError(f"unknown record kind(s) {sorted(unknown)}; use event, statement")
        check_window(since, until)
        wanted = {m.lower() for m in as_upper_set(modalities)} if modalities else None
        if wanted and wanted - MODALITIES:
            raise QueryError(
                f"unknown modality {sorted(wanted - MODALITIES)}; one of {sorted(MODALITIES)}"
            )
        parts: list[str] = []
        params: list[Any] = []
        if "event" in kinds:
            where, p = date_window("e.event_date", "e.event_date_end", since, until)
            if countries:
                where.append(f"e.country IN ({', '.join('?' * len(countries))})")
                p += sorted(countries)
            if type_set:
                where.append(f"e.type IN ({', '.join('?' * len(type_set))})")
                p += sorted(type_set)
            parts.append(
                "SELECT e.doc AS doc, 0 AS k, e.id AS id, e.payload AS payload FROM events e"
                + (" WHERE " + " AND ".join(where) if where else "")
            )
            params += p
        if "statement" in kinds and not countries and not type_set:
            where, p = date_window("s.date", "s.date_end", since, until)
            parts.append(
                "SELECT s.doc AS doc, 1 AS k, s.id AS id, s.payload AS payload FROM statements s"
                + (" WHERE " + " AND ".join(where) if where else "")
            )
            params += p
        if not parts:
            return
        sql = (
            "SELECT r.payload, d.title, d.url, d.source, d.published FROM ("
            + " UNION ALL ".join(parts)
            + ") AS r JOIN documents d ON d.id = r.doc "
            "ORDER BY r.doc, r.k, r.id"
        )
        for payload, title, url, source, published in self._conn.execute(sql, params):
            rec = json.loads(payload)
            if wanted and rec.get("kind") == "event" and rec.get("modality") not in wanted:
                continue
            if with_document:
                rec["document"] = {
                    "title": title,
                    "url": url,
                    "source": source,
                    "published": published,
                }
            yield rec


def check_window(since: str | None, until: str | None) -> None:
    """Raise :class:`QueryError` unless ``since`` and ``until`` (ISO prefixes ``YYYY``,
    ``YYYY-MM`` or ``YYYY-MM-DD``, or None) make a window that can hold a record."""
    for name, value in (("since", since), ("until", until)):
        if value is not None and not ISO_PREFIX.match(value):
            raise QueryError(f"--{name} wants YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    if since and until:
        n = min(len(since), len(until))
        if since[:n] > until[:n]:
            raise QueryError(f"--since {since} is after --until {until}: an empty window")


def _has_tables(conn: sqlite3.Connection) -> bool:
    """Whether the database holds any table (a fresh file holds none)."""
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone()
        is not None
    )
