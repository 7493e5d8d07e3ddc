"""The code base stays ruff-clean (the project's lint rules live in pyproject.toml)."""

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_ruff_clean() -> None:
    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff not installed (pip install '.[test]' brings it)")
    result = subprocess.run(
        [ruff, "check", "src", "tests", "bench", "train", "eval"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
