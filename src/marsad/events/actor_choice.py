"""A learnt second opinion on who acts in an event record.

The argument rules (:mod:`marsad.events.arguments`) pick an event's actor from its trigger's
clause, then fall back to a participant of its sentence or to who did the same just before.
They miss where Arabic word order or a long sentence hides the subject ("وقال مصدر ... إن
المقاومة تمكنت من دخول ..."), and then the record carries the reporter, the recipient or no
actor at all. This module scores every actor-slot mention of the record's evidence sentences
with a logistic model over string features (where it stands from the trigger and how far,
the words around it, its sector and kind, the event type, whether a complementizer stands
between it and the trigger, whether the rules chose it, whether it speaks in a statement
there) and, when the best one is both likely enough and clearly better than the rules'
choice, makes it the actor. The record's recipient is no candidate.

* :func:`candidates`: in, a :class:`~marsad.events.view.DocView` and an event; out, the
  mentions that may act in it.
* :func:`candidate_features`: the feature strings of one candidate;
  :func:`candidate_rows`: every candidate with its features.
* :func:`choose_actor`: in, the view, the event and the model; out, the mention to make the
  actor, or None to keep the rules' choice.

The model (``resources/events/ar_actors.json.gz``, type :data:`ACTORS`) is trained by
``train/events/train_actor_choice.py`` on the development rounds of the article gold: a
candidate is a positive example when its words are the gold actor's (or, where the gold
gives no words, when its country is the gold actor's). ``meta`` holds the chosen ``margin``
over the rules' choice; the model's ``threshold`` is the least probability to act on.
"""

from __future__ import annotations

import re

from marsad.clean.normalize import normalize_key
from marsad.document import Event, Mention
from marsad.events import arguments as args
from marsad.events.attribution import in_cue_source
from marsad.events.classifier import LinearModel
from marsad.events.reporting import reporting_lexicon
from marsad.events.view import DocView

#: The model's type (and file name stem: ``resources/events/<lang>_actors.json.gz``).
ACTORS = "ACTORS"
#: Types whose actor stays the rules' choice besides the verbal acts (the detector skips
#: them): who protests is the crowd the rules find, and the chooser, learnt mostly on
#: attacks, took the police or the target instead (GSR protest actors 0.73 -> 0.67).
RULES_ONLY = frozenset({"PROTEST"})
_WORD = re.compile(r"\w+")
_LOOK = 40  # characters looked at for the word before or after a candidate


def _word_before(text: str, i: int) -> str:
    words = _WORD.findall(text[max(0, i - _LOOK) : i])
    return normalize_key(words[-1]) if words else "<s>"


def _word_after(text: str, i: int) -> str:
    words = _WORD.findall(text[i : i + _LOOK])
    return normalize_key(words[0]) if words else "</s>"


#: Most evidence spans of a record whose mentions are candidates (a record merging a long
#: document's copies of one story must not make every mention a candidate).
MAX_SPANS = 12
#: Characters of the text between a candidate and the trigger read for its distance and
#: complementizers (anything farther is at the farthest distance already).
GAP_CHARS = 2000


def _bucket(n: int) -> int:
    """A word distance in coarse steps (0, 2, 5, 10, 20, farther)."""
    return next((lim for lim in (0, 2, 5, 10, 20) if n <= lim), 99)


def candidates(view: DocView, ev: Event) -> list[Mention]:
    """The mentions of ``ev``'s evidence sentences that may act: linked actors and the
    places that can stand for a state (:meth:`DocView.actor_mentions`), in text order,
    without the places a locative or movement preposition attaches ("في كل من الهند
    وباكستان": where it happened, as :func:`~marsad.events.arguments.agent_candidates`
    leaves them out for the rules) and the record's recipient (who suffers the event is
    not who does it, nor the word right after it that describes it: "قتل ثمانية مقاتلين
    حوثيين")."""
    cues = args.argument_cues(view.lang)
    recipient = ev.recipient.text if ev.recipient else None
    out: list[Mention] = []
    for span in (ev.evidence, *ev.more_evidence[: MAX_SPANS - 1]):
        found = view.actor_mentions(span.start, span.end, capitals=True)
        # a generic group the rules replaced by the one it belongs to ("مسلحون موالون
        # لتنظيم داعش": the Islamic State acts) is no candidate
        told_by = {
            id(g) for g, a in args.affiliations(view, found) if ev.actor and a.text == ev.actor.text
        }
        at = view.text.find(recipient, span.start, span.end) if recipient else -1
        rec_end = at + len(recipient) if at >= 0 else -1
        out += [
            m
            for m in args.agent_candidates(view, found, cues, ev.type)
            if (m.actor or m.kind == "LOC")
            and id(m) not in told_by
            and not (recipient and (m.text in recipient or recipient in m.text))
            and not (rec_end >= 0 and 0 <= m.start - rec_end <= 1)  # "مقاتلين حوثيين"
            # who a verb read as passive befell never acts: "وأصيب ثلاثة مدنيين"
            and not args.after_passive(view, m, cues)
            # who a source phrase names reports it: "وفق ما أعلنت تنسيقية لجان المقاومة"
            and not (in_cue_source(view, m.start) and not (ev.actor and m.text == ev.actor.text))
        ]
    return out


def candidate_features(view: DocView, ev: Event, m: Mention, rank: int, n: int) -> set[str]:
    """Feature strings of mention ``m`` as ``ev``'s actor; ``rank`` is its place among the
    ``n`` candidates (text order)."""
    text = view.text
    trig = ev.trigger.start if ev.trigger else ev.evidence.start
    before = m.start < trig
    side = "before" if before else "after"
    lo, hi = (m.end, trig) if before else (trig, m.start)
    gap = _WORD.findall(text[lo : min(hi, lo + GAP_CHARS)]) if lo < hi else []
    distance = _bucket(len(gap))
    a = m.actor
    sector = (a.sector if a else None) or ("STATE" if m.kind == "LOC" else "-")
    prev, nxt = _word_before(text, m.start), _word_after(text, m.end)
    rv = reporting_lexicon(view.lang)
    comp = any(rv.is_complement(normalize_key(w).lower()) for w in gap)
    feats = {
        f"side={side}",
        f"d={distance}",
        f"sd={side}|{distance}",
        f"sec={sector}",
        f"kind={m.kind}",
        f"cty={bool(a and a.country)}",
        f"pw={prev}",
        f"nw={nxt}",
        f"tp={ev.type}|{side}",
        f"ts={ev.type}|{sector}",
        f"tpw={ev.type}|{prev}",
        f"comp={comp}",
        f"cs={comp}|{side}",
        f"rank={min(rank, 4)}",
        f"n={min(n, 5)}",
        f"prim={ev.evidence.start <= m.start < ev.evidence.end}",
    }
    if ev.actor is None:
        feats.add("rule=none")
    elif m.text == ev.actor.text:
        feats.add("rule=actor")
    if any(a <= m.start < b for a, b in _speaker_spans(view).get(m.text, ())):
        feats.add("speaker")
    return feats


def _speaker_spans(view: DocView) -> dict[str, list[tuple[int, int]]]:
    """Speaker words -> the evidence spans of the statements they speak in (once per view)."""
    spans = view.memo.get("speaker_spans")
    if spans is None:
        spans = view.memo["speaker_spans"] = {}
        for st in view.doc.statements:
            if st.speaker is not None:
                spans.setdefault(st.speaker.text, []).append((st.evidence.start, st.evidence.end))
    return spans


def candidate_rows(view: DocView, ev: Event) -> list[tuple[Mention, set[str]]]:
    """``(mention, features)`` for each candidate of ``ev`` (the chooser's input, and the
    training script's rows)."""
    cands = candidates(view, ev)
    return [(m, candidate_features(view, ev, m, k, len(cands))) for k, m in enumerate(cands)]


def scored_candidates(view: DocView, ev: Event, model: LinearModel) -> list[tuple[float, Mention]]:
    """``(probability, mention)`` for each candidate of ``ev``."""
    return [(model.probability(feats), m) for m, feats in candidate_rows(view, ev)]


def _marked(view: DocView, ev: Event) -> bool:
    """Whether the rules' actor follows an agent marker in the record's first sentence
    ("شنته", "على يد", "برصاص": ``agent_markers`` of the argument cues)."""
    if ev.actor is None:
        return False
    at = view.text.find(ev.actor.text, ev.evidence.start, ev.evidence.end)
    return at >= 0 and args.follows_agent_marker(view, at)


def choose_actor(view: DocView, ev: Event, model: LinearModel) -> Mention | None:
    """The candidate to make ``ev``'s actor, or None to keep the rules' choice: the best
    scored candidate when its probability reaches the model's threshold, it is not the
    rules' actor already, and it beats the rules' actor (0 when the rules chose none or
    one outside the candidates) by the model's ``meta["margin"]``."""
    if _marked(view, ev):
        return None  # "في هجوم شنته قوات الدعم السريع", "برصاص الجيش": the text says who
    scored = scored_candidates(view, ev, model)
    if not scored:
        return None
    p, best = max(scored, key=lambda x: x[0])
    rule = ev.actor.text if ev.actor else None
    if best.text == rule or p < model.threshold:
        return None
    rule_p = max((q for q, m in scored if m.text == rule), default=0.0)
    return best if p - rule_p >= model.meta.get("margin", 0.0) else None
