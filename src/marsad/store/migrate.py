"""Schema versions and migrations for the SQLite store.

The schema lives in ordered SQL scripts under ``store/schema/``: ``0001_core.sql``,
``0002_fulltext.sql``, ... Script ``N`` takes a database from version ``N - 1`` to
``N``; the version a database is at is SQLite's ``PRAGMA user_version`` (0 for a new
file). :func:`migrate` applies the missing scripts in order, each in its own
transaction together with the ``user_version`` bump, so a failing script leaves the
database at the previous version, never halfway.

>>> [m.version for m in load_migrations()][:2]
[1, 2]
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SCHEMA_DIR = Path(__file__).with_name("schema")
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class MigrationError(RuntimeError):
    """A database whose schema this Marsad cannot bring to the current version."""


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: ``version`` is the ``user_version`` after it is applied."""

    version: int
    name: str
    sql: str


@cache
def load_migrations(schema_dir: Path = SCHEMA_DIR) -> tuple[Migration, ...]:
    """The migration scripts in ``schema_dir``, in version order (1, 2, ... with no gap)."""
    found: list[Migration] = []
    for path in sorted(schema_dir.glob("*.sql")):
        m = _NAME.match(path.name)
        if not m:
            raise MigrationError(f"unexpected file in {schema_dir}: {path.name}")
        found.append(Migration(int(m.group(1)), m.group(2), path.read_text(encoding="utf-8")))
    for expected, mig in enumerate(found, start=1):
        if mig.version != expected:
            raise MigrationError(f"migration {expected:04d} missing before {mig.name!r}")
    return tuple(found)


def schema_version(conn: sqlite3.Connection) -> int:
    """The database's schema version (``PRAGMA user_version``)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def latest_version() -> int:
    """The version the shipped scripts bring a database to."""
    return len(load_migrations())


def migrate(
    conn: sqlite3.Connection,
    target: int | None = None,
    migrations: Sequence[Migration] | None = None,
) -> list[int]:
    """Bring ``conn`` to ``target`` (default: the latest version); return the versions applied.

    ``migrations`` defaults to the shipped scripts (:func:`load_migrations`).

    ``conn`` must be in autocommit mode (``isolation_level=None``) and have every SQL
    function the scripts use registered (``marsad_norm``). Raises
    :class:`MigrationError` for a database newer than this code, or when a script
    fails (that script's changes are rolled back).
    """
    migrations = load_migrations() if migrations is None else migrations
    target = len(migrations) if target is None else target
    current = schema_version(conn)
    if current > len(migrations):
        raise MigrationError(
            f"database schema is v{current}, newer than this Marsad knows (v{len(migrations)}); "
            "upgrade Marsad to open it"
        )
    applied: list[int] = []
    for mig in migrations[current:target]:
        script = f"BEGIN IMMEDIATE;\n{mig.sql}\n;PRAGMA user_version = {mig.version};\nCOMMIT;"
        try:
            conn.executescript(script)
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise MigrationError(
                f"migration {mig.version:04d}_{mig.name} failed, database left at "
                f"v{schema_version(conn)}: {exc}"
            ) from exc
        applied.append(mig.version)
    return applied
