"""Schema versions: a v1 database is migrated on open; a failing step changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from marsad.clean.normalize import normalize_key
from marsad.document import Document
from marsad.store import Store, latest_version
from marsad.store.migrate import (
    Migration,
    MigrationError,
    load_migrations,
    migrate,
    schema_version,
)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("marsad_norm", 1, lambda v: None if v is None else normalize_key(v))
    return conn


def test_shipped_migrations_are_numbered_without_gaps() -> None:
    migrations = load_migrations()
    assert [m.version for m in migrations] == list(range(1, len(migrations) + 1))
    assert latest_version() == len(migrations) >= 2


def test_a_v1_database_is_migrated_and_its_documents_become_searchable(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = _connect(path)
    assert migrate(conn, target=1) == [1]
    conn.execute(
        "INSERT INTO documents (doc_id, content_hash, title, text, ingested_at) "
        "VALUES ('old1', 'h1', 'حصار الفلوجة', 'فرضت القوات حصاراً على مدينة الفلّوجة.', "
        "'2024-01-01T00:00:00Z')"
    )
    assert conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'documents_fts'"
    ).fetchone() == (0,)
    conn.close()

    with Store.open(path) as store:
        assert store.version == latest_version()
        assert [h.doc_id for h in store.search("الفلوجة")] == ["old1"]
        assert store.add(Document(id="new1", raw="دخلت القوات الفلوجة")) == "added"
        assert {h.doc_id for h in store.search("الفلوجه")} == {"old1", "new1"}


def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    conn = _connect(tmp_path / "m.db")
    first = load_migrations()[0]
    broken = Migration(2, "broken", "CREATE TABLE half_done (a);\nINSERT INTO nowhere VALUES (1);")
    migrate(conn, migrations=[first])
    with pytest.raises(MigrationError, match="0002_broken.*v1"):
        migrate(conn, migrations=[first, broken])
    assert schema_version(conn) == 1
    assert (
        conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
    )
    assert not conn.in_transaction


def test_migrating_is_a_no_op_at_the_latest_version(tmp_path: Path) -> None:
    conn = _connect(tmp_path / "m.db")
    assert migrate(conn) == list(range(1, latest_version() + 1))
    assert migrate(conn) == []


def test_a_gap_in_the_scripts_is_refused(tmp_path: Path) -> None:
    (tmp_path / "0001_a.sql").write_text("CREATE TABLE a (x);")
    (tmp_path / "0003_c.sql").write_text("CREATE TABLE c (x);")
    with pytest.raises(MigrationError, match="0002"):
        load_migrations(tmp_path)


def test_a_v2_index_is_rebuilt_with_clitic_stems(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    conn = _connect(path)  # v2's marsad_norm: the normalized view only
    assert migrate(conn, target=2) == [1, 2]
    conn.execute(
        "INSERT INTO documents (doc_id, content_hash, title, text, ingested_at) "
        "VALUES ('v2doc', 'h2', 'وفد', 'وصل الوفد إلى بالعراق أمس.', '2024-01-01T00:00:00Z')"
    )
    found = conn.execute(
        "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '\"العراق\"'"
    ).fetchone()
    assert found == (0,)
    conn.close()

    with Store.open(path) as store:
        assert store.version == latest_version() >= 3
        assert [h.doc_id for h in store.search("العراق")] == ["v2doc"]
