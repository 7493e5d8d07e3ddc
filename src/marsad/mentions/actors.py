"""Stage: actor mentions linked to the actor knowledge base and to role patterns.

:class:`ActorLinker` adds ``ORG`` / ``PER`` mentions carrying an ``actor`` (id, canonical
name, ISO3 country, CAMEO sector) for KB names ("الحشد الشعبي"), titled persons ("وزير
الداخلية عبد الأمير الشمري") and their later short forms ("الشمري"), nationality + role
phrases ("جندي سوري") and anonymous sources ("مصادر أمنية عراقية"). A NER ``PER`` / ``ORG``
mention that overlaps one of these receives the actor instead of a duplicate mention; a
state name ("إسرائيل") sets the actor of the overlapping ``LOC`` mention (or adds one).
Nothing is guessed: an unknown name stays unlinked. See :mod:`marsad.resolve.actors_link`.

Run it after the place and entity recognizers when they are in the pipeline: their LOC
mentions give the document's country and their PER / ORG mentions are linked in place.

>>> from marsad.document import Document
>>> from marsad.clean.normalize import normalize
>>> from marsad.text.tokens import tokenize
>>> doc = Document(id="d", raw="أعلنت وزارة الدفاع العراقية مقتل جندي سوري", lang="ar")
>>> doc.norm = normalize(doc.text); doc.tokens = tokenize(doc.text, doc.norm)
>>> [(m.text, m.actor.country, m.actor.sector) for m in ActorLinker()(doc).mentions]
[('وزارة الدفاع العراقية', 'IRQ', 'GOV'), ('جندي سوري', 'SYR', 'MIL')]
"""

from __future__ import annotations

from marsad.document import Document
from marsad.resolve.actors_link import DocumentLinker


class ActorLinker:
    """Pipeline stage ``actors``: requires norm, lang, sentences, tokens; provides mentions.ACTOR."""

    name = "actors"
    requires = frozenset({"norm", "lang", "sentences", "tokens"})
    provides = frozenset({"mentions.ACTOR"})

    def __init__(self, linker: DocumentLinker | None = None) -> None:
        self._linker = linker

    def __call__(self, doc: Document) -> Document:
        if self._linker is None:
            self._linker = DocumentLinker()
        self._linker(doc)
        return doc
