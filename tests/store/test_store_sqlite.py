"""Storing documents: round trip, idempotency, one transaction per document, the file itself."""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

import pytest

from marsad.document import Document, Event, Evidence, Mention, Statement
from marsad.store import (
    TABLES,
    AddResult,
    QueryError,
    Store,
    StoreError,
    content_hash,
    default_db_path,
    latest_version,
)

DATA_TABLES = ("documents", "mentions", "events", "statements", "documents_fts")


def counts(store: Store) -> dict[str, int]:
    return {t: store.count(t) for t in DATA_TABLES}


def small_doc(i: int) -> Document:
    """A short, distinct Arabic report with one DATE mention, one event and one statement."""
    text = f"تظاهر {i} شخصا أمام مبنى المحافظة يوم {i % 28 + 1} ديسمبر، وقال شاهد إن الشرطة فرقتهم."
    doc = Document(id=f"n{i}", raw=text, published="2024-12-30", lang="ar")
    a = text.index("يوم")
    b = text.index("،")
    doc.add_mention(
        Mention(a, b, text[a:b], "DATE", value=f"2024-12-{i % 28 + 1:02d}", precision="day")
    )
    doc.events.append(
        Event(
            id=f"n{i}:e1",
            type="PROTEST",
            evidence=Evidence(0, len(text), text),
            date=f"2024-12-{i % 28 + 1:02d}",
        )
    )
    doc.statements.append(
        Statement(
            id=f"n{i}:s1",
            speaker=None,
            verb="وقال",
            content="الشرطة فرقتهم",
            quote="indirect",
            evidence=Evidence(0, len(text), text),
        )
    )
    return doc


def test_add_round_trips_the_contract_records(qaim_doc: Document) -> None:
    with Store.open(":memory:") as store:
        assert store.add(qaim_doc) is AddResult.ADDED
        assert store.annotate_record("qaim") == qaim_doc.to_annotate_record()
        assert list(store.iter_records(with_document=False)) == qaim_doc.to_extract_records()
        assert counts(store) == {
            "documents": 1,
            "mentions": 3,
            "events": 1,
            "statements": 1,
            "documents_fts": 1,
        }
        assert store.annotate_record("missing") is None


def test_same_raw_text_is_a_duplicate_whatever_the_id(qaim_doc: Document, make_qaim_doc) -> None:
    with Store.open(":memory:") as store:
        store.add(qaim_doc)
        before = counts(store)
        again = make_qaim_doc(doc_id="qaim-copy")
        assert content_hash(again) == content_hash(qaim_doc)
        assert store.has(again)
        assert store.add(again) == "duplicate"
        assert counts(store) == before
        other = make_qaim_doc(doc_id="qaim-2", raw=qaim_doc.text + " وأضاف المصدر تفاصيل.")
        assert store.add(other) == "added"
        assert store.count("documents") == 2


def test_reingesting_1000_documents_adds_no_row(tmp_path: Path) -> None:
    docs = [small_doc(i) for i in range(1000)]
    with Store.open(tmp_path / "m.db") as store:
        t0 = time.perf_counter()
        results = [store.add(d) for d in docs]
        elapsed = time.perf_counter() - t0
        assert results.count(AddResult.ADDED) == 1000
        first = counts(store)
        assert first == {
            "documents": 1000,
            "mentions": 1000,
            "events": 1000,
            "statements": 1000,
            "documents_fts": 1000,
        }
        assert store.add_many(docs) == {"added": 0, "duplicate": 1000, "replaced": 0, "failed": 0}
        assert counts(store) == first
    print(f"\nstore.add: {1000 / elapsed:.0f} docs/s (1,000 docs, one transaction each)")


def test_a_failing_document_leaves_no_partial_rows(qaim_doc: Document) -> None:
    with Store.open(":memory:") as store:
        store.add(qaim_doc)
        store.add(small_doc(1))
        before = counts(store)
        bad = small_doc(2)
        # a second statement with the same id fails on UNIQUE(doc, record_id), after the
        # document, its mention and its event rows were inserted in the same transaction
        bad.statements.append(bad.statements[0])
        with pytest.raises(StoreError, match="n2"):
            store.add(bad)
        assert counts(store) == before
        assert not store.has(bad)
        assert store.add(small_doc(3)) == "added"
        assert store.annotate_record("qaim") == qaim_doc.to_annotate_record()


def test_a_failure_inside_the_transaction_is_rolled_back(monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(":memory:") as store:
        store.add(small_doc(1))
        before = counts(store)
        original = Store._insert_annotations

        def explode(self: Store, rowid: int, *rows: list) -> None:
            original(self, rowid, *rows)
            raise OSError("disk went away")

        monkeypatch.setattr(Store, "_insert_annotations", explode)
        with pytest.raises(StoreError, match="disk went away"):
            store.add(small_doc(2))
        assert counts(store) == before
        monkeypatch.undo()
        assert store.add(small_doc(2)) == "added"
        assert store.count("events") == 2


def test_an_unserializable_record_is_reported_not_stored() -> None:
    doc = small_doc(5)
    doc.events[0].size = {"killed": float("nan")}
    with Store.open(":memory:") as store:
        with pytest.raises(StoreError, match="n5"):
            store.add(doc)
        assert store.count("documents") == 0


def test_replace_swaps_every_row_of_the_document(qaim_doc: Document, make_qaim_doc) -> None:
    with Store.open(":memory:") as store:
        store.add(qaim_doc)
        store.add(small_doc(1))
        improved = make_qaim_doc()
        improved.events[0].type = "COERCE"
        improved.statements.clear()
        assert store.add(improved, replace=True) == "replaced"
        assert counts(store)["documents"] == 2
        assert counts(store)["statements"] == 1
        assert [
            r["type"] for r in store.iter_records(kinds=["event"]) if r["doc_id"] == "qaim"
        ] == ["COERCE"]
        assert [h.doc_id for h in store.search("القائم")] == ["qaim"]


def test_deleting_a_document_cascades_to_its_rows(qaim_doc: Document) -> None:
    with Store.open(":memory:") as store:
        store.add(qaim_doc)
        store.add(small_doc(1))
        store._conn.execute("DELETE FROM documents WHERE doc_id = 'qaim'")
        assert counts(store) == {
            "documents": 1,
            "mentions": 1,
            "events": 1,
            "statements": 1,
            "documents_fts": 1,
        }
        assert store.search("القائم") == []


def test_open_creates_folders_and_uses_wal(tmp_path: Path, qaim_doc: Document) -> None:
    path = tmp_path / "a" / "b" / "marsad.db"
    with Store.open(path) as store:
        assert store.version == latest_version()
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        store.add(qaim_doc)
    with Store.open(str(path)) as store:
        assert store.count("documents") == 1
        assert store.add(qaim_doc) == "duplicate"


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match="notes.db"):
        Store.open(path)


def test_another_applications_database_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a Marsad database"):
        Store.open(path)
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.close()
    assert tables == ["notes"] and mode == "delete"
    # a new, empty file is no other application's: it becomes a Marsad database
    with Store.open(tmp_path / "new.db") as store:
        assert store.version > 0


def test_a_database_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="v99"):
        Store.open(path)


def test_count_rejects_unknown_tables() -> None:
    with Store.open(":memory:") as store:
        assert set(DATA_TABLES) <= set(TABLES)
        with pytest.raises(QueryError, match="unknown table"):
            store.count("documents; DROP TABLE events")


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG layout is for Linux/BSD")
def test_default_db_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("MARSAD_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "marsad" / "marsad.db"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert default_db_path() == Path.home() / ".local" / "share" / "marsad" / "marsad.db"
    monkeypatch.setenv("MARSAD_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"
