"""The sentence view events read: paragraphs, and their reach in texts with no breaks."""

from __future__ import annotations

from marsad.document import Document, Span
from marsad.events.view import DocView
from marsad.text.sentences import split_sentences


def _doc(text: str) -> Document:
    doc = Document(id="v", raw=text, lang="ar")
    doc.sentences = [Span(a, b) for a, b in split_sentences(text)]
    return doc


def test_paragraphs_follow_line_breaks() -> None:
    view = DocView(_doc("جملة أولى. جملة ثانية\nجملة ثالثة. جملة رابعة"))
    assert [s.paragraph for s in view.sentences] == [0, 0, 1, 1]
    assert [t.index for t in view.paragraph_sentences(view.sentences[2])] == [2, 3]


def test_a_text_without_breaks_has_a_bounded_paragraph_context() -> None:
    view = DocView(_doc(". ".join(f"الجملة رقم {i}" for i in range(60))))
    assert len({s.paragraph for s in view.sentences}) == 1
    context = view.paragraph_sentences(view.sentences[30])
    assert view.sentences[30] in context
    assert len(context) < 20


def test_a_headline_may_trail_off_or_close_on_a_quotation() -> None:
    text = (
        'غارة إسرائيلية تقتل شخصين في قضاء بنت جبيل... وعون: "اعتداء على السيادة"\n\n'
        "قُتل شخصان جراء غارة إسرائيلية على سيارة في بلدة عيناثا اليوم."
    )
    view = DocView(_doc(text))
    assert [s.headline for s in view.sentences] == [True, True, False]
    # a first paragraph that ends a sentence is body text
    view = DocView(_doc("قُتل شخصان في غارة.\n\nوقال الجيش إنه استهدف عنصرين."))
    assert not any(s.headline for s in view.sentences)
