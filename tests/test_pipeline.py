import pytest

from marsad.document import Document, Mention
from marsad.pipeline import Pipeline, PipelineError


class _Stage:
    def __init__(self, name: str, requires: set[str], provides: set[str]) -> None:
        self.name = name
        self.requires = frozenset(requires)
        self.provides = frozenset(provides)
        self.calls = 0

    def __call__(self, doc: Document) -> Document:
        self.calls += 1
        return doc


def test_misordered_pipeline_fails_when_built() -> None:
    a = _Stage("tokens", {"norm"}, {"tokens"})
    b = _Stage("normalize", {"text"}, {"norm"})
    with pytest.raises(PipelineError, match="tokens.*requires.*norm"):
        Pipeline([a, b])
    assert Pipeline([b, a]).provides >= {"norm", "tokens", "raw"}


def test_duplicate_stage_rejected() -> None:
    s = _Stage("x", set(), set())
    with pytest.raises(PipelineError, match="twice"):
        Pipeline([s, _Stage("x", set(), set())])


def test_pipeline_runs_in_order_and_times_stages() -> None:
    b = _Stage("normalize", {"text"}, {"norm"})
    doc = Pipeline([b])(Document(id="d", raw="نص"))
    assert b.calls == 1 and "normalize" in doc.timings


def test_default_pipeline_builds() -> None:
    from marsad.stages import build_pipeline

    names = [s.name for s in build_pipeline().stages]
    assert names[0] == "clean" and "tokens" in names
    assert "clean" not in [s.name for s in build_pipeline(raw=True).stages]


def test_add_mention_checks_offsets() -> None:
    doc = Document(id="d", raw="نحو 2000 جندي")
    with pytest.raises(ValueError, match="does not match"):
        doc.add_mention(Mention(start=0, end=3, text="xyz", kind="QUANTITY"))
    with pytest.raises(ValueError, match="out of range"):
        doc.add_mention(Mention(start=5, end=99, text="x", kind="QUANTITY"))


def test_annotate_record_fields() -> None:
    doc = Document(id="d1", raw="نحو 2000 جندي", published="2024-12-09")
    doc.add_mention(Mention(start=4, end=8, text="2000", kind="QUANTITY", value=2000))
    rec = doc.to_annotate_record()
    for key in (
        "doc_id",
        "lang",
        "published",
        "published_from",
        "text",
        "removed",
        "sentences",
        "mentions",
    ):
        assert key in rec
    assert rec["published_from"] == "input"
    assert rec["mentions"][0] == {
        "start": 4,
        "end": 8,
        "text": "2000",
        "kind": "QUANTITY",
        "value": 2000,
    }
