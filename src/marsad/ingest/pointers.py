"""Pointers into SaudiNewsNet day files: how the evaluation sets and labelled data refer
to article text without storing it.

A pointer names a day file (``2015-07-21.zip``, one JSON list of articles), an article's
index in it, optional character offsets into its ``content`` and a short SHA-1 of the
text pointed at, so a changed corpus is noticed. Used by the evaluation scripts
(``eval/``) and the training scripts that read ``../shared`` at run time.

>>> short_sha1("بغداد", 8)
'ec508bed'
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from functools import cache
from pathlib import Path


@cache
def day_articles(path: Path) -> list[dict]:
    """All articles of one SaudiNewsNet day file (cached: a day file is read once)."""
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read(zf.namelist()[0]))


def short_sha1(text: str, n: int = 12) -> str:
    """The first ``n`` hex digits of the SHA-1 of ``text`` (UTF-8)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def pointed_text(
    news: Path,
    zip_name: str,
    index: int,
    start: int | None = None,
    end: int | None = None,
    digest: str | None = None,
) -> str | None:
    """The ``content`` of article ``index`` of day file ``news/zip_name`` (its
    ``[start:end]`` slice when given), or None when ``digest`` (a SHA-1 prefix of any
    length) no longer matches the text."""
    content = day_articles(news / zip_name)[index]["content"]
    text = content if start is None else content[start:end]
    if digest and short_sha1(text, len(digest)) != digest:
        return None
    return text


def pointed_articles(lines: list[str], news: Path) -> list[tuple[dict, str]]:
    """``(record, article content)`` for JSONL pointer records (``zip``, ``index``,
    ``sha1`` of the content); blank lines are skipped. Raises ``SystemExit`` naming the
    article when its text no longer matches its ``sha1``."""
    out = []
    for line in lines:
        if not line.strip():
            continue
        rec = json.loads(line)
        content = pointed_text(news, rec["zip"], rec["index"], digest=rec["sha1"])
        if content is None:
            raise SystemExit(f"{rec['zip']}#{rec['index']}: article changed (sha1)")
        out.append((rec, content))
    return out
