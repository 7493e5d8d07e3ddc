"""End to end on the reference article (../shared/examples), and the pipeline stages."""

from __future__ import annotations

import re

import pytest

from marsad.clean import Cleaner, Normalizer, clean_text
from marsad.document import Document
from marsad.pipeline import Pipeline
from tests.conftest import REFERENCE_ARTICLE, need_shared


@pytest.fixture(scope="module")
def reference() -> str:
    return need_shared(REFERENCE_ARTICLE).read_text(encoding="utf-8")


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def test_reference_article(reference: str) -> None:
    text, removed = clean_text(reference)
    headline = _paragraphs(reference)[0]

    assert "[ad_" not in text
    assert text.count(headline) == 1 and text.startswith(headline)
    assert "صحافية متخصصة" not in text
    assert "اتبعها" not in text and "@shellykittleson" not in text
    assert not text.rstrip().endswith("المصدر")
    assert "(غيتي)" not in text
    assert "هل ستكبح الحكومة العراقية الميليشيات؟" in text

    # Every other paragraph is there verbatim: all paragraphs no removal touches.
    spans = [m.span() for m in re.finditer(r"\S(?:.*\S)?", reference)]  # one per line
    content = [r for r in removed if r.reason != "whitespace"]
    touched = {reference[s:e] for s, e in spans if any(r.start < e and s < r.end for r in content)}
    kept = _paragraphs(text)
    for s, e in spans:
        if reference[s:e] not in touched:
            assert reference[s:e] in kept, reference[s:e]
    # Touched: the second headline, 2 ads, the caption paragraph, bio, follow, source.
    assert len(touched) == 7
    assert len(kept) == len(spans) - 6

    # The offsets explain the text exactly.
    for r in removed:
        assert reference[r.start : r.end] == r.text
    pieces, pos = [], 0
    for r in removed:
        pieces.append(reference[pos : r.start])
        pos = r.end
    assert "".join(pieces) + reference[pos:] == text
    assert {r.reason for r in removed} >= {
        "repeated-headline",
        "ad-marker",
        "photo-credit",
        "author-bio",
        "social-follow",
        "source-line",
    }


def test_reference_raw_mode_is_untouched(reference: str) -> None:
    doc = Pipeline([Normalizer()])(Document(id="ref", raw=reference))
    assert doc.text == reference and doc.removed == []
    assert doc.norm.original == reference


def test_stages_in_a_pipeline() -> None:
    raw = "عنوان الخبر\n\n[ad_1]\n\nقُتل ثلاثة أشخاص في بغداد.\n\nالمصدر"
    pipe = Pipeline([Cleaner(), Normalizer()])
    assert {"clean", "norm"} <= pipe.provides
    doc = pipe(Document(id="d1", raw=raw, title="عنوان الخبر"))
    assert doc.text == "قُتل ثلاثة أشخاص في بغداد."
    assert [r.reason for r in doc.removed if r.reason != "whitespace"] == [
        "repeated-headline",
        "ad-marker",
        "source-line",
    ]
    assert doc.norm.text == "قتل ثلاثه اشخاص في بغداد."
    start, end = doc.norm.to_original(0, 3)
    assert doc.text[start:end] == "قُتل"
    record = doc.to_annotate_record()
    assert record["removed"][0]["reason"] == "whitespace" or record["removed"][0]["start"] == 0
    assert all(raw[r["start"] : r["end"]] == r["text"] for r in record["removed"])


def test_stage_declarations() -> None:
    assert Cleaner.name == "clean" and Cleaner.requires == {"raw", "text", "metadata"}
    assert Cleaner.provides == {"clean"}
    assert Normalizer.name == "normalize" and Normalizer.requires == {"text"}
    assert Normalizer.provides == {"norm"}
