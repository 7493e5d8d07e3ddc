"""Shared test helpers: where ../shared is, a skip for tests that need it, a script loader."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

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


def load_script(relative: str, name: str) -> ModuleType:
    """Import a script of the repository that is not in a package (``eval/``, ``train/``).

    ``relative`` is its path from the repository root; its folder goes on ``sys.path``
    so that its own sibling imports work, and the module is registered under ``name``
    (dataclasses look their module up in ``sys.modules``).
    """
    path = REPO / relative
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
