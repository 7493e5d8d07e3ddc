"""Shared fixtures: the location of ../shared and a skip helper for tests that need it."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REFERENCE_ARTICLE = SHARED / "examples" / "000_6e59c3c8b09eb941.txt"
SAUDINEWSNET = SHARED / "data" / "news" / "saudinewsnet"


def need_shared(path: Path) -> Path:
    """Return ``path`` or skip the test with a reason when ../shared does not hold it."""
    if not path.exists():
        pytest.skip(f"{path} not present: ../shared data is not available in this checkout")
    return path
