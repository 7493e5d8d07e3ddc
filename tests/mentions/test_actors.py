"""The ActorLinker pipeline stage."""

from __future__ import annotations

import pytest

from marsad.clean import Normalizer
from marsad.document import Document
from marsad.mentions.actors import ActorLinker
from marsad.pipeline import Pipeline, PipelineError, Stage
from marsad.text import LanguageIdentifier, SentenceSplitter, Tokenizer


def test_stage_protocol():
    stage = ActorLinker()
    assert isinstance(stage, Stage)
    assert stage.name == "actors"
    assert stage.requires == {"norm", "lang", "sentences", "tokens"}
    assert stage.provides == {"mentions.ACTOR"}


def test_pipeline_order_is_checked():
    with pytest.raises(PipelineError):
        Pipeline([Normalizer(), ActorLinker()])
    Pipeline([Normalizer(), LanguageIdentifier(), SentenceSplitter(), Tokenizer(), ActorLinker()])


def test_stage_in_a_pipeline_links_actors():
    text = (
        "أعلنت خلية الإعلام الأمني أن قوات الحشد الشعبي صدت هجوما لتنظيم داعش غرب الموصل، "
        "وقال مصدر أمني عراقي إن ثلاثة جنود عراقيين أصيبوا."
    )
    pipe = Pipeline(
        [Normalizer(), LanguageIdentifier(), SentenceSplitter(), Tokenizer(), ActorLinker()]
    )
    doc = pipe(Document(id="d1", raw=text, published="2016-11-20"))
    got = [(m.text, m.kind, m.actor.id, m.actor.country, m.actor.sector) for m in doc.mentions]
    assert got == [
        ("خلية الإعلام الأمني", "ORG", "marsad:irq-security-media-cell", "IRQ", "MIL"),
        ("قوات الحشد الشعبي", "ORG", "marsad:irq-pmf", "IRQ", "MIL"),
        ("تنظيم داعش", "ORG", "marsad:isis", None, "REB"),
        ("مصدر أمني عراقي", "PER", None, "IRQ", "COP"),
        ("جنود عراقيين", "PER", None, "IRQ", "MIL"),
    ]
    rec = doc.to_annotate_record()
    assert rec["mentions"][1]["actor"] == {
        "id": "marsad:irq-pmf",
        "name": "Popular Mobilization Forces",
        "country": "IRQ",
        "sector": "MIL",
    }
    for m in rec["mentions"]:
        assert rec["text"][m["start"] : m["end"]] == m["text"]


def test_offsets_survive_diacritics_and_tatweel():
    text = "وقالَ الحـشدُ الشعبيُّ إنّ"
    pipe = Pipeline(
        [Normalizer(), LanguageIdentifier(), SentenceSplitter(), Tokenizer(), ActorLinker()]
    )
    doc = pipe(Document(id="d2", raw=text, lang="ar"))
    (m,) = doc.mentions
    assert m.text == text[m.start : m.end] == "الحـشدُ الشعبيُّ"
    assert m.actor.id == "marsad:irq-pmf"
