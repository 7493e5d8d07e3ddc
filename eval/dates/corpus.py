"""Read SaudiNewsNet passages for the date evaluation from ``../shared`` at run time.

The dev set (``dev.jsonl``) stores pointers, never text: a day file, an article
index, character offsets into the article's ``content`` and a checksum of the
passage. :func:`passage` reads the text back and checks it.

>>> ptr = {"zip": "2015-07-21.zip", "article": 0, "start": 0, "end": 10}
>>> # passage(ptr) -> the first ten characters of that article (needs ../shared)
"""

from __future__ import annotations

from pathlib import Path

from marsad.ingest.pointers import day_articles, short_sha1

ROOT = Path(__file__).resolve().parents[2]
SAUDINEWSNET = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"


def day_file(name: str) -> list[dict]:
    """All articles of one SaudiNewsNet day file (``2015-07-21.zip``)."""
    return day_articles(SAUDINEWSNET / name)


def checksum(text: str) -> str:
    """Short SHA-1 of a passage, stored with each pointer."""
    return short_sha1(text, 12)


def passage(item: dict) -> str:
    """The passage an item points to; raises ValueError when the checksum disagrees."""
    art = day_file(item["zip"])[item["article"]]
    text = art["content"][item["start"] : item["end"]]
    if "sha1" in item and checksum(text) != item["sha1"]:
        raise ValueError(f"{item['id']}: passage checksum mismatch (corpus changed?)")
    return text


def available() -> bool:
    """True when ../shared holds the SaudiNewsNet day files."""
    return SAUDINEWSNET.is_dir() and any(SAUDINEWSNET.glob("*.zip"))
