"""The typed document model that flows through every Marsad stage.

One :class:`Document` owns one cleaned ``text``; every annotation on it (sentences,
tokens, mentions, events, statements) is a pair of code-point offsets into that
string, end exclusive, exactly as ``../shared/spec/records.md`` fixes for output.

Serialization lives here too: :meth:`Document.to_annotate_record` gives the
``marsad annotate`` line and :meth:`Document.to_extract_records` the
``marsad extract`` lines.

>>> doc = Document(id="d1", raw="نحو 2000 جندي")
>>> doc.text
'نحو 2000 جندي'
>>> doc.add_mention(Mention(start=4, end=13, text=doc.text[4:13], kind="QUANTITY", value=2000))
>>> doc.to_annotate_record()["mentions"][0]["value"]
2000
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # the view type only; importing marsad.clean here would be circular
    from marsad.clean.normalize import NormalizedText

MentionKind = Literal["PER", "ORG", "LOC", "MISC", "DATE", "QUANTITY"]
PublishedFrom = Literal["input", "option", "inferred", "none"]
Modality = Literal["asserted", "negated", "hypothetical", "future", "historical"]


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    """Return ``d`` without keys whose value is ``None``."""
    return {k: v for k, v in d.items() if v is not None}


@dataclass(slots=True)
class Span:
    """A half-open ``[start, end)`` range of code points in ``Document.text``."""

    start: int
    end: int

    def to_list(self) -> list[int]:
        """``Span(0, 5)`` -> ``[0, 5]`` (the contract's sentence form)."""
        return [self.start, self.end]


@dataclass(slots=True)
class Removal:
    """Something cleaning took out; offsets are into the *input* text (``Document.raw``)."""

    start: int
    end: int
    reason: str
    text: str

    def to_record(self) -> dict[str, Any]:
        """Contract form: ``{"start", "end", "reason", "text"}``."""
        return {"start": self.start, "end": self.end, "reason": self.reason, "text": self.text}


@dataclass(slots=True)
class Token:
    """One token of ``Document.text``.

    ``stem`` is the clitic-stripped, spelling-normalized form used for dictionary
    matching (``"وبالعراق"`` -> ``"عراق"`` with ``prefixes="وبال"``); for English it is
    the lower-cased form. ``suffix`` is an attached pronoun that was split off.
    """

    start: int
    end: int
    text: str
    norm: str
    stem: str
    prefixes: str = ""
    suffix: str = ""
    is_word: bool = True


@dataclass(slots=True)
class Place:
    """A resolved place (GeoNames-backed where an entry exists)."""

    name: str
    country: str | None
    geonameid: int | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int = 3
    feature: str | None = None

    def to_record(self) -> dict[str, Any]:
        """Contract form of ``place`` (None-valued optional keys kept for stable columns)."""
        return {
            "geonameid": self.geonameid,
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
            **({"feature": self.feature} if self.feature else {}),
        }


@dataclass(slots=True)
class Actor:
    """A resolved actor: ``id`` is stable (a Wikidata QID where known)."""

    name: str
    country: str | None = None
    sector: str | None = None
    id: str | None = None

    def to_record(self) -> dict[str, Any]:
        """Contract form of ``actor``."""
        return {"id": self.id, "name": self.name, "country": self.country, "sector": self.sector}


@dataclass(slots=True)
class Mention:
    """A typed span of ``Document.text``.

    Kind-specific fields (all optional, omitted from output when ``None``):

    * DATE: ``value`` (``"2024-12-07"``, ``"2024-12"``, ``"2024"`` or ``"start/end"``)
      and ``precision`` (``day``/``week``/``month``/``year``).
    * QUANTITY: ``value`` (a number), ``range`` (``[low, high]`` for vague counts such
      as "عشرات"), ``approximate`` and ``noun`` (the counted noun as written).
    * LOC: ``place``. PER/ORG/MISC: ``actor`` when linked.
    """

    start: int
    end: int
    text: str
    kind: str
    value: Any = None
    precision: str | None = None
    range: list[float] | None = None
    approximate: bool | None = None
    noun: str | None = None
    place: Place | None = None
    actor: Actor | None = None
    confidence: float | None = None
    source: str | None = None

    def to_record(self) -> dict[str, Any]:
        """Contract form: ``start``, ``end``, ``text``, ``kind`` plus the kind's fields."""
        rec: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
        }
        rec.update(
            _drop_none(
                {
                    "value": self.value,
                    "precision": self.precision,
                    "range": self.range,
                    "approximate": self.approximate,
                    "noun": self.noun,
                    "place": self.place.to_record() if self.place else None,
                    "actor": self.actor.to_record() if self.actor else None,
                    "confidence": self.confidence,
                }
            )
        )
        return rec


@dataclass(slots=True)
class Evidence:
    """The sentence that supports a record; offsets into ``Document.text``."""

    start: int
    end: int
    text: str

    def to_record(self) -> dict[str, Any]:
        """Contract form: ``{"start", "end", "text"}``."""
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class ActorRef:
    """An event argument: the text as written plus what it resolved to."""

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    id: str | None = None
    #: Where ``country`` came from when the text does not say it: ``"event_place"`` for a
    #: generic group given the country of the event's place (``None``: said or linked).
    country_basis: str | None = None

    def to_record(self) -> dict[str, Any]:
        """Contract form of an event's ``actor`` / ``recipient`` / statement ``speaker``
        (``country_basis`` only when the country was inferred)."""
        rec: dict[str, Any] = {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "id": self.id,
        }
        if self.country_basis:
            rec["country_basis"] = self.country_basis
        return rec


@dataclass(slots=True)
class Event:
    """A PLOVER event record (``marsad extract`` ``kind: event``)."""

    id: str
    type: str
    evidence: Evidence
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    acled: dict[str, str] | None = None
    actor: ActorRef | None = None
    recipient: ActorRef | None = None
    location: dict[str, Any] | None = None
    date: str | None = None
    date_precision: str | None = None
    size: dict[str, int] = field(default_factory=dict)
    #: the fields of ``size`` whose count is approximate or a vague count's low end
    size_approximate: list[str] = field(default_factory=list)
    modality: str = "asserted"
    attribution: dict[str, Any] | None = None
    confidence: float = 0.0
    more_evidence: list[Evidence] = field(default_factory=list)
    #: Where ``date`` came from (:func:`marsad.events.arguments.event_date`: ``clause``,
    #: ``sentence``, ``paragraph``, or the fallbacks ``lead`` and ``published``); not
    #: part of the record, which marks a fallback by its ``week`` precision.
    date_source: str | None = None
    #: The trigger word or phrase that made the event, as written, with its offsets
    #: (None for an accusation read from a statement's content).
    trigger: Evidence | None = None
    #: Whether ``size`` counts over a period since a start ("قُتل أكثر من 200 شخص منذ بدء
    #: وقف إطلاق النار"): a tally of many acts; merged with the day's act told beside it,
    #: it adds nothing to that act's counts.
    tally: bool = False

    def to_record(self, doc_id: str) -> dict[str, Any]:
        """Contract form of one event line."""
        rec: dict[str, Any] = {
            "doc_id": doc_id,
            "id": self.id,
            "kind": "event",
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "acled": self.acled,
            "actor": self.actor.to_record() if self.actor else None,
            "recipient": self.recipient.to_record() if self.recipient else None,
            "location": self.location,
            "date": self.date,
            "date_precision": self.date_precision,
            # where the date came from: "clause", "sentence" or "paragraph" (the text
            # dates it), "statement" (the statement it was read from), the fallbacks
            # "lead" and "published" (week precision: the report's own date), or "none"
            # (no date in the text and no publication date to fall back on)
            "date_basis": self.date_source,
            "size": dict(self.size),
            "size_approximate": sorted(self.size_approximate),
            # the size adds up acts over a period since a start ("since the ceasefire")
            "tally": self.tally,
            "modality": self.modality,
            "attribution": self.attribution,
            "evidence": self.evidence.to_record(),
            "trigger": self.trigger.to_record() if self.trigger else None,
            "confidence": round(self.confidence, 3),
        }
        if self.more_evidence:
            rec["more_evidence"] = [e.to_record() for e in self.more_evidence]
        return rec


@dataclass(slots=True)
class Statement:
    """An attributed statement (``marsad extract`` ``kind: statement``)."""

    id: str
    speaker: ActorRef | None
    verb: str
    content: str
    quote: Literal["direct", "indirect"]
    evidence: Evidence
    date: str | None = None
    date_precision: str | None = None
    confidence: float = 0.0
    #: The reporting verb as written, with its offsets (``verb`` is its text).
    trigger: Evidence | None = None

    def to_record(self, doc_id: str) -> dict[str, Any]:
        """Contract form of one statement line."""
        return {
            "doc_id": doc_id,
            "id": self.id,
            "kind": "statement",
            "speaker": self.speaker.to_record() if self.speaker else None,
            "verb": self.verb,
            "content": self.content,
            "quote": self.quote,
            "date": self.date,
            "date_precision": self.date_precision,
            "evidence": self.evidence.to_record(),
            "confidence": round(self.confidence, 3),
            "trigger": self.trigger.to_record() if self.trigger else None,
        }


@dataclass(slots=True)
class Document:
    """One article as it flows through the pipeline.

    Built by a reader from the input (``raw`` is the decoded input text, never
    changed); cleaning sets ``text`` and ``removed``; later stages add the rest.
    ``text`` starts equal to ``raw`` so that a pipeline without cleaning (``--raw``)
    keeps ``text == raw`` character for character.
    """

    id: str
    raw: str
    text: str = ""
    title: str | None = None
    published: str | None = None
    published_from: str = "none"
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    lang_score: float | None = None
    origin: str | None = None
    removed: list[Removal] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    norm: NormalizedText | None = None
    timings: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.raw
        if self.published and self.published_from == "none":
            self.published_from = "input"

    def add_mention(self, mention: Mention) -> None:
        """Append ``mention`` after checking that its offsets and text agree with ``text``."""
        if not 0 <= mention.start <= mention.end <= len(self.text):
            raise ValueError(
                f"{self.id}: mention offsets {mention.start}-{mention.end} out of range"
            )
        if self.text[mention.start : mention.end] != mention.text:
            raise ValueError(
                f"{self.id}: mention text {mention.text!r} does not match "
                f"text[{mention.start}:{mention.end}] = {self.text[mention.start : mention.end]!r}"
            )
        self.mentions.append(mention)

    def mentions_of(self, kind: str) -> list[Mention]:
        """All mentions of ``kind``, in text order."""
        return [m for m in self.mentions if m.kind == kind]

    def sentence_of(self, offset: int) -> Span | None:
        """The sentence containing character ``offset``, or None."""
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def to_annotate_record(self) -> dict[str, Any]:
        """The ``marsad annotate`` line for this document (see records.md)."""
        rec: dict[str, Any] = {
            "doc_id": self.id,
            "lang": self.lang,
            "published": self.published,
            "published_from": self.published_from,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "text": self.text,
            "removed": [r.to_record() for r in self.removed],
            "sentences": [s.to_list() for s in self.sentences],
            "mentions": [m.to_record() for m in sorted(self.mentions, key=_mention_order)],
        }
        return rec

    def to_extract_records(self) -> list[dict[str, Any]]:
        """The ``marsad extract`` lines for this document: events then statements."""
        records = [e.to_record(self.id) for e in self.events]
        records += [s.to_record(self.id) for s in self.statements]
        return records


def _mention_order(m: Mention) -> tuple[int, int, str]:
    return (m.start, -m.end, m.kind)
