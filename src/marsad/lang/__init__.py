"""Per-language data tables (month names, clitics, abbreviations, patterns).

Files live beside this module in ``ar/`` and ``en/``; :func:`data_path` finds them
inside the installed package and :func:`read_lines` reads a one-item-a-line list.

>>> "د" in read_lines("ar", "abbreviations.txt")
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


def data_path(lang: str, name: str) -> Path:
    """Path of the data file ``name`` for language ``lang`` (``"ar"`` or ``"en"``)."""
    return Path(str(resources.files("marsad.lang").joinpath(lang, name)))


@cache
def read_lines(lang: str, name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file, stripped."""
    text = data_path(lang, name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
