"""ACCUSE events carried by attributed statements.

An accusation is often not told by a verb of blame but stated: "قال عباس إن هذا النوع
من الهجمات سيستمر طالما ظلت المستوطنات"; "ووصف نتنياهو الهجوم بأنه عمل إرهابي"; "وقالت
المحامية إن «السلطة القضائية لم تتعامل مع الملف بصورة قانونية»". A statement whose
content holds a word of blame (``lang/ar/event_accusations.txt``, not as the epithet
right after a name: "تنظيم داعش الإرهابي") and names an actor other than its linked
speaker becomes an ACCUSE event (mode ``disapprove``): the speaker accuses the actor
the blame word speaks of (the last one named before it, else the first after it). A
sentence that already holds an ACCUSE event gets no second one, and one that reports an
attack or an arrest (ASSAULT, COERCE) none: there the blame word names who did it
("قال المتحدث إن العناصر الإرهابية فجرت عبوة"), the statement is the attack's source
(on the article gold, 6 of 7 such records were false). Needs
``doc.statements`` (the statements stage runs first).
"""

from __future__ import annotations

from functools import cache

from marsad.clean.normalize import normalize_key
from marsad.document import ActorRef, Event, Evidence, Mention, Statement
from marsad.events import arguments as args
from marsad.events.acled import acled_category
from marsad.events.lexicon import strip_article
from marsad.events.view import DocView, SentenceView
from marsad.lang import data_path

#: Confidence of an accusation read from a statement (no verb of blame).
CONFIDENCE = 0.5
#: Types whose sentence a statement reports rather than accuses in.
TOLD_BY_SOURCE = frozenset({"ASSAULT", "COERCE"})


@cache
def blame_words(lang: str) -> dict[str, frozenset[str]]:
    """Normalized blame words of ``lang``: first word -> the words that must follow it
    (an empty string for a one-word form); empty where none are listed."""
    path = data_path(lang, "event_accusations.txt")
    if not path.exists():
        return {}
    table: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            first, _, second = normalize_key(line).partition(" ")
            table.setdefault(first, set()).add(second)
    return {k: frozenset(v) for k, v in table.items()}


def statement_accusations(view: DocView, events: list[Event]) -> list[Event]:
    """ACCUSE event mentions for the statements of ``view.doc`` that blame a named
    actor, skipping sentences where ``events`` already hold an ACCUSE, ASSAULT or COERCE
    event."""
    words = blame_words(view.lang)
    if not words:
        return []
    taken = {e.evidence.start for e in events if e.type == "ACCUSE"}
    told = {e.evidence.start for e in events if e.type in TOLD_BY_SOURCE}
    out: list[Event] = []
    for st in view.doc.statements:
        s = view.sentence_at(st.evidence.start)
        if s is None or s.start in taken or s.start in told or not _linked(st.speaker):
            continue
        span = view.content_span(st)
        if span is None:
            continue
        start, end = span
        blame = _blame_at(view, start, end, words)
        if blame is None:
            continue
        target = _accused(view, start, end, blame, st)
        if target is None:
            continue
        taken.add(s.start)
        out.append(_event(view, s, st, target))
    return out


def _linked(speaker: ActorRef | None) -> bool:
    """A speaker the KB or a role pattern knows (not a bare nationality: "السعودي")."""
    return speaker is not None and (speaker.sector is not None or speaker.id is not None)


def _blame_at(view: DocView, start: int, end: int, words: dict[str, frozenset[str]]) -> int | None:
    """Offset of the first blame word in ``[start, end)`` that is not an epithet right
    after a name, or None."""
    ends = {m.end for m in view.actor_mentions(start, end)}
    toks = view.tokens
    i = view.token_index(start)
    while i < len(toks) and toks[i].start < end:
        follow = words.get(_form(toks[i].stem)) if toks[i].is_word else None
        if follow is not None:
            nxt = i + 1 < len(toks) and _form(toks[i + 1].stem) in follow
            if "" in follow or nxt:
                prev = i - 1
                while prev >= 0 and not toks[prev].is_word:
                    prev -= 1
                if prev < 0 or toks[prev].end not in ends:
                    return toks[i].start
        i += 1
    return None


def _form(stem: str) -> str:
    return strip_article(stem)


def _accused(view: DocView, start: int, end: int, blame: int, st: Statement) -> Mention | None:
    """The linked actor of the content, not the speaker, that the blame word at offset
    ``blame`` speaks of: the last one before it ("أن المتمردين السوريين إرهابيون"), else
    the first after it ("ارتكاب جرائم بحق المدنيين من قبل الميليشيات")."""
    named = others_named(view, start, end, st.speaker)
    before = [m for m in named if m.end <= blame]
    after = [m for m in named if m.start > blame]
    return before[-1] if before else (after[0] if after else None)


def others_named(view: DocView, start: int, end: int, speaker: ActorRef | None) -> list[Mention]:
    """The actor mentions of ``[start, end)`` that resolved (a country or a sector) and are
    not ``speaker`` (by words or canonical name): whom what was said speaks of."""
    return [
        m
        for m in view.actor_mentions(start, end)
        if m.actor is not None
        and (m.actor.country or m.actor.sector)
        and not (
            speaker is not None
            and (m.text == speaker.text or (m.actor.name and m.actor.name == speaker.name))
        )
    ]


def _event(view: DocView, s: SentenceView, st: Statement, target: Mention) -> Event:
    recipient = args.actor_ref(target)
    return Event(
        id="",
        type="ACCUSE",
        evidence=Evidence(s.start, s.end, view.sentence_text(s)),
        mode="disapprove",
        acled=acled_category("ACCUSE", "disapprove", recipient.sector),
        actor=st.speaker,
        recipient=recipient,
        date=st.date,
        date_precision=st.date_precision,
        date_source="statement",
        confidence=CONFIDENCE,
    )
