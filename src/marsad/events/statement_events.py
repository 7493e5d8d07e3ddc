"""Verbal events read from attributed statements by learnt models.

A verbal act is often not told by a verb of its type but said: "وقال الوزير إن إيران تقوم
بأنشطة تزعزع الاستقرار في المنطقة" is an accusation with no verb of blame; "وأكد أن
المملكة ستواصل دعمها" a promise of support. The statements stage has found who said what;
:func:`statement_events` asks one learnt model per verbal type (:data:`STATEMENT_TYPES`)
whether a statement does that type's act, and makes an event of it where the sentence
holds no event of that type yet (none of the detector's, asserted or not).

The models (:class:`~marsad.events.classifier.LinearModel`, one file per type,
``resources/events/<lang>_says_<type>.json.gz``, trained by
``train/events/train_statement_events.py`` on the article gold; see the model card) read
:func:`statement_features`: the reporting verb, the content's words and word pairs, its
first words, the quote kind, the speaker's sector and whether the content names another
actor. A type without a shipped model is never read from statements.

The event: the statement's sentence as evidence, its reporting verb as trigger, its
speaker as actor, the first linked actor of the content other than the speaker as
recipient, the statement's date, the paragraph's or document's place, the model's
probability as confidence; ``mode`` is left empty (the content does not say how).

>>> model_key("ACCUSE"), is_statement_model("SAYS_ACCUSE"), is_statement_model("ACCUSE")
('SAYS_ACCUSE', True, False)
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import ActorRef, Event, Evidence, Statement
from marsad.events import arguments as args
from marsad.events.accusations import others_named
from marsad.events.acled import acled_category
from marsad.events.classifier import LinearModel
from marsad.events.features import word_stem
from marsad.events.view import DocView

#: The verbal types a statement may carry, each with its own model.
STATEMENT_TYPES = ("ACCUSE", "REJECT", "THREATEN", "SUPPORT", "REQUEST", "AGREE", "SANCTION")
#: A model's key is this prefix and its type (file ``<lang>_says_<type>.json.gz``).
PREFIX = "SAYS_"
#: How many content words open a statement (``w0=``, ``w1=``, ...).
_OPENING = 3


def model_key(event_type: str) -> str:
    """The key (and, lower-cased, the file stem) of ``event_type``'s statement model."""
    return PREFIX + event_type


def is_statement_model(key: str) -> bool:
    """Whether ``key`` names a statement model (:func:`model_key`)."""
    return key.startswith(PREFIX) and key[len(PREFIX) :] in STATEMENT_TYPES


def statement_features(view: DocView, st: Statement) -> set[str]:
    """Binary features of statement ``st`` of ``view.doc`` (see the module docstring):
    ``v=`` the reporting verb's stem, ``q=`` direct or indirect, ``sec=`` the speaker's
    sector, ``linked=`` whether the speaker resolved, ``w=`` / ``b=`` the content's word
    stems and neighbouring pairs, ``w0=`` ... its first words, ``other_actor=`` whether it
    names a resolved actor other than the speaker, ``len=`` its length in three bins."""
    out: set[str] = {f"q={st.quote}"}
    toks = view.tokens
    if st.trigger is not None:
        i = view.token_index(st.trigger.start)
        if i < len(toks):
            out.add("v=" + word_stem(toks[i]))
    speaker = st.speaker
    out.add(f"sec={speaker.sector if speaker else 'none'}")
    out.add(f"linked={bool(speaker and (speaker.sector or speaker.id))}")
    span = view.content_span(st)
    if span is None:
        return out
    start, end = span
    i, n, prev = view.token_index(start), 0, ""
    while i < len(toks) and toks[i].start < end:
        if toks[i].is_word:
            w = word_stem(toks[i])
            out.add("w=" + w)
            if prev:
                out.add(f"b={prev}_{w}")
            if n < _OPENING:
                out.add(f"w{n}={w}")
            prev, n = w, n + 1
        i += 1
    out.add(f"other_actor={_addressee(view, start, end, speaker) is not None}")
    out.add("len=" + ("s" if n < 8 else "m" if n < 20 else "l"))
    return out


def _addressee(view: DocView, start: int, end: int, speaker: ActorRef | None) -> ActorRef | None:
    """The first actor of ``[start, end)`` that resolved and is not the speaker."""
    named = others_named(view, start, end, speaker)
    return args.actor_ref(named[0]) if named else None


def statement_events(
    view: DocView, events: list[Event], model_of: Callable[[str], LinearModel | None]
) -> list[Event]:
    """New events for the statements of ``view.doc`` that a type's model (``model_of``,
    by :func:`model_key`) scores at or above its threshold, one per sentence and type (the
    statement scored highest), none where ``events`` hold one of that type in the
    sentence. Returns them in text order."""
    models = {t: m for t in STATEMENT_TYPES if (m := model_of(model_key(t))) is not None}
    if not models or not view.doc.statements:
        return []
    best: dict[tuple[int, str], tuple[float, Statement]] = {}
    for st in view.doc.statements:
        s = view.sentence_at(st.evidence.start)
        if s is None:
            continue
        feats = statement_features(view, st)
        for t, model in models.items():
            if any(e.type == t and s.start <= e.evidence.start < s.end for e in events):
                continue
            p = model.probability(feats)
            if p >= model.threshold and p > best.get((s.start, t), (-1.0, st))[0]:
                best[(s.start, t)] = (p, st)
    out = []
    for (start, t), (p, st) in sorted(best.items()):
        s = view.sentence_at(start)
        content = view.content_span(st)
        recipient = _addressee(view, *content, st.speaker) if content else None
        out.append(
            Event(
                id="",
                type=t,
                evidence=Evidence(s.start, s.end, view.sentence_text(s)),
                trigger=st.trigger,
                acled=acled_category(t, None, recipient.sector if recipient else None),
                actor=st.speaker,
                recipient=recipient,
                location=args.context_location(view, s),
                date=st.date,
                date_precision=st.date_precision,
                date_source="statement",
                confidence=p,
            )
        )
    return out
