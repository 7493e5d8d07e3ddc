"""Storing processed documents: the embedded SQLite store (``marsad ingest``, ``marsad search``).

>>> from marsad.store import Store, default_db_path
>>> default_db_path().name
'marsad.db'
"""

from marsad.store.migrate import MigrationError, latest_version
from marsad.store.sqlite import (
    TABLES,
    AddResult,
    QueryError,
    SearchHit,
    Store,
    StoreError,
    check_window,
    content_hash,
    default_db_path,
)

__all__ = [
    "TABLES",
    "AddResult",
    "MigrationError",
    "QueryError",
    "SearchHit",
    "Store",
    "StoreError",
    "check_window",
    "content_hash",
    "default_db_path",
    "latest_version",
]
