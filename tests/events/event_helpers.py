"""Helpers for event tests: build a Document with sentences, tokens and hand-set mentions."""

from __future__ import annotations

from marsad.clean.normalize import normalize
from marsad.document import Actor, Document, Mention, Place, Span
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize


def make_doc(
    text: str, lang: str = "ar", published: str | None = "2024-12-09", doc_id: str = "d"
) -> Document:
    """A document as the pipeline leaves it before the mention stages."""
    doc = Document(id=doc_id, raw=text, lang=lang, published=published)
    doc.norm = normalize(doc.text)
    doc.sentences = [Span(a, b) for a, b in split_sentences(doc.text, lang)]
    doc.tokens = tokenize(doc.text, doc.norm)
    return doc


def mention(doc: Document, surface: str, kind: str, nth: int = 0, **fields: object) -> Mention:
    """Add the ``nth`` occurrence of ``surface`` as a mention of ``kind`` and return it."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(surface, start + 1)
    m = Mention(start=start, end=start + len(surface), text=surface, kind=kind, **fields)  # type: ignore[arg-type]
    doc.add_mention(m)
    return m


def place(name: str, country: str, precision: int = 1, geonameid: int | None = None) -> Place:
    """A resolved place."""
    return Place(name=name, country=country, geonameid=geonameid, precision=precision)


def actor(name: str, country: str | None, sector: str | None) -> Actor:
    """A resolved actor."""
    return Actor(name=name, country=country, sector=sector)


def extract_english(text: str, published: str = "2024-05-06") -> Document:
    """``text`` through the whole ``extract`` pipeline as English, cleaning off."""
    from marsad.stages import build_pipeline

    pipe = build_pipeline(raw=True, events=True)
    return pipe(Document(id="en", raw=text, lang="en", published=published))


def extract_arabic(text: str, published: str = "2024-05-06") -> Document:
    """``text`` through the whole ``extract`` pipeline (Arabic by detection), cleaning off."""
    from marsad.stages import build_pipeline

    return build_pipeline(raw=True, events=True)(Document(id="t", raw=text, published=published))


def extract_cleaned(text: str, published: str = "2024-05-06") -> Document:
    """``text`` through the whole ``extract`` pipeline as the CLI runs it, cleaning on (a
    first line is a headline)."""
    from marsad.stages import build_pipeline

    return build_pipeline(events=True)(Document(id="t", raw=text, published=published))
