"""SaudiNewsNet (../shared/data/news/saudinewsnet): a real day archive reads completely."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.ingest import IngestError, read_documents
from tests.conftest import SAUDINEWSNET

SNN = SAUDINEWSNET


@pytest.fixture(scope="module")
def day_zip() -> Path:
    zips = sorted(SNN.glob("*.zip")) if SNN.is_dir() else []
    if not zips:
        pytest.skip(f"../shared not present: no SaudiNewsNet zips under {SNN}")
    return zips[-1]  # the smallest days are at the end; any day has the same layout


def test_one_day_archive(day_zip: Path) -> None:
    with zipfile.ZipFile(day_zip) as z:
        [member] = z.namelist()
        articles = json.loads(z.read(member))
    with_text = sum(1 for a in articles if a["content"].strip())

    items = list(read_documents([str(day_zip)]))
    docs = [x for x in items if isinstance(x, Document)]
    errors = [x for x in items if isinstance(x, IngestError)]
    assert len(docs) == with_text and len(errors) == len(articles) - with_text
    assert {e.problem for e in errors} <= {"empty document"}

    stem = day_zip.stem
    assert len({d.id for d in docs}) == len(docs)
    for d in docs:
        i = int(d.id.rsplit("-", 1)[1])
        a = articles[i]
        assert d.id == f"{stem}-{i}" and d.origin == f"{day_zip}!{member}[{i}]"
        assert d.raw == a["content"] == d.text
        assert d.url == (a["url"] or None) and d.source == a["source"]
        assert d.title == (a["title"].strip() or None)
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", d.published or "")
        assert d.published == a["date_extracted"].replace(" ", "T")
        assert d.published_from == "input"
