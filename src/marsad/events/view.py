"""A read-only index over a :class:`~marsad.document.Document` for the event stages:
sentences with their token ranges and paragraphs, and mentions by position.

>>> from marsad.document import Document, Span
>>> doc = Document(id="d", raw="قتل جندي.\\nوتظاهر الناس.")
>>> doc.sentences = [Span(0, 9), Span(10, 23)]
>>> v = DocView(doc)
>>> [(s.lo, s.hi, s.paragraph) for s in v.sentences]
[(0, 3, 0), (3, 6, 1)]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from marsad.clean.normalize import normalize
from marsad.document import Document, Mention, Place, Span, Statement, Token
from marsad.resolve.gazetteer import capital_ids
from marsad.text.tokens import tokenize

#: Mention kinds that can name an actor (also any mention carrying ``.actor``).
ACTOR_KINDS = frozenset({"PER", "ORG", "MISC"})
#: A first paragraph this short with no final punctuation is read as a headline.
_HEADLINE_MAX_WORDS = 18
#: How many sentences either side of a sentence count as its paragraph context.
_PARAGRAPH_REACH = 8


@dataclass(frozen=True, slots=True)
class SentenceView:
    """One sentence: character span, token range ``[lo, hi)`` and paragraph number."""

    index: int
    start: int
    end: int
    lo: int
    hi: int
    paragraph: int
    headline: bool = False


class DocView:
    """Sentences, tokens and mentions of ``doc`` indexed for quick lookups.

    Degrades gracefully: without ``doc.tokens`` the text is tokenized here; without
    ``doc.sentences`` every line is one sentence.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.lang = "ar" if (doc.lang or "ar") == "ar" else "en"
        self.tokens: list[Token] = doc.tokens or tokenize(doc.text, doc.norm or normalize(doc.text))
        self._tok_starts = [t.start for t in self.tokens]
        spans = doc.sentences or _line_spans(doc.text)
        self.sentences: list[SentenceView] = []
        para = 0
        prev_end = 0
        for k, sp in enumerate(spans):
            if k and "\n" in doc.text[prev_end : sp.start]:
                para += 1
            lo = bisect_left(self._tok_starts, sp.start)
            hi = bisect_left(self._tok_starts, sp.end)
            self.sentences.append(SentenceView(k, sp.start, sp.end, lo, hi, para))
            prev_end = sp.end
        self._mark_headlines()
        self._sent_starts = [s.start for s in self.sentences]
        self.mentions: list[Mention] = sorted(doc.mentions, key=lambda m: (m.start, -m.end))
        self._m_starts = [m.start for m in self.mentions]
        #: Per-document values the argument rules derive once (the lead's day, the main
        #: country), keyed by name.
        self.memo: dict[str, Any] = {}

    def _mark_headlines(self) -> None:
        """Mark the title and a leading unpunctuated short paragraph (and its repeats)."""
        title = (self.doc.title or "").strip()
        heads: set[str] = {title} if title else set()
        if self.sentences:
            # the first paragraph, short and with no full stop at its end (a quotation
            # or a trailing ellipsis may close it: "غارة ... بنت جبيل... وعون: "اعتداء""):
            # each of its sentences is the headline's
            s0 = self.sentences[0]
            lead = [s for s in self.sentences if s.paragraph == s0.paragraph]
            first = self.text[s0.start : lead[-1].end].strip()
            bare = first.rstrip("»”\"'") if first else first
            bare = bare.rstrip(".…") if bare.endswith(("..", "…")) else bare
            if (
                bare
                and bare[-1] not in ".!?؟:"
                and len(first.split()) <= _HEADLINE_MAX_WORDS
                and len(lead) < len(self.sentences)
            ):
                heads.update(self.text[s.start : s.end].strip() for s in lead)
        if not heads:
            return
        self.sentences = [
            SentenceView(s.index, s.start, s.end, s.lo, s.hi, s.paragraph, True)
            if self.text[s.start : s.end].strip() in heads
            else s
            for s in self.sentences
        ]

    def sentence_at(self, offset: int) -> SentenceView | None:
        """The sentence holding character ``offset``, or None."""
        k = bisect_right(self._sent_starts, offset) - 1
        if k >= 0 and offset < self.sentences[k].end:
            return self.sentences[k]
        return None

    def sentence_text(self, s: SentenceView) -> str:
        """The text of sentence ``s``."""
        return self.text[s.start : s.end]

    def token_index(self, offset: int) -> int:
        """Index of the token that contains (or first follows) character ``offset``."""
        i = bisect_right(self._tok_starts, offset) - 1
        if i >= 0 and self.tokens[i].end > offset:
            return i
        return i + 1

    def mentions_in(
        self, start: int, end: int, kinds: frozenset[str] | None = None
    ) -> list[Mention]:
        """Mentions lying inside ``[start, end)``, of ``kinds`` when given, in text order."""
        i = bisect_left(self._m_starts, start)
        out: list[Mention] = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end and (kinds is None or m.kind in kinds):
                out.append(m)
            i += 1
        return out

    def content_span(self, st: Statement) -> tuple[int, int] | None:
        """Where statement ``st``'s content stands in the text: the first occurrence
        from the start of its sentence, when it begins in that sentence; else None."""
        s = self.sentence_at(st.evidence.start)
        if s is None:
            return None
        start = self.text.find(st.content, s.start)
        if not s.start <= start < s.end:
            return None
        return start, start + len(st.content)

    def saying(self, offset: int) -> list[Statement]:
        """The statements of the document whose content (:meth:`content_span`) holds
        character ``offset``, in text order; the spans are found once per view."""
        spans = self.memo.get("content_spans")
        if spans is None:
            spans = self.memo["content_spans"] = [
                (st, span)
                for st in self.doc.statements
                if (span := self.content_span(st)) is not None
            ]
        return [st for st, (a, b) in spans if a <= offset < b]

    def mentions_at(self, offset: int) -> list[Mention]:
        """Mentions that start at character ``offset``, longest first."""
        i = bisect_left(self._m_starts, offset)
        out: list[Mention] = []
        while i < len(self.mentions) and self.mentions[i].start == offset:
            out.append(self.mentions[i])
            i += 1
        return out

    def actor_mentions(self, start: int, end: int, capitals: bool = False) -> list[Mention]:
        """Mentions in ``[start, end)`` that can fill an actor slot, longest first at a
        position, overlaps removed: PER/ORG/MISC or any mention with ``.actor``, and
        country-level places (an actor such as "إيران" in "رفضت إيران ...") and, with
        ``capitals``, national capitals ("واشنطن" in "ودعت واشنطن ...")."""
        out: list[Mention] = []
        last_end = -1
        for m in self.mentions_in(start, end):
            ok = m.actor is not None or m.kind in ACTOR_KINDS
            if not ok and m.kind == "LOC" and m.place is not None:
                ok = _acts(m.place, capitals)
            if ok and m.start >= last_end:
                out.append(m)
                last_end = m.end
        return out

    def paragraph_sentences(self, s: SentenceView) -> list[SentenceView]:
        """The sentences of the paragraph of ``s``, in order, at most
        ``_PARAGRAPH_REACH`` sentences either side of it (a text with no paragraph
        breaks must not make every fallback scan the whole document)."""
        lo = max(0, s.index - _PARAGRAPH_REACH)
        hi = min(len(self.sentences), s.index + _PARAGRAPH_REACH + 1)
        return [t for t in self.sentences[lo:hi] if t.paragraph == s.paragraph]


def _acts(place: Place, capitals: bool) -> bool:
    """Whether a place can fill an actor slot: a country ("رفضت إيران"; the gazetteer's
    feature ``country``, GeoNames codes never reach here) or, with ``capitals``, a
    national capital standing for its government ("ودعت واشنطن")."""
    if place.precision >= 3:
        return place.feature in (None, "country")
    return capitals and place.geonameid in capital_ids()


def _line_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            a = pos + line.index(stripped)
            spans.append(Span(a, a + len(stripped)))
        pos += len(line) + 1
    return spans
