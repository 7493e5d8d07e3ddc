"""The ``events`` stage: PLOVER event records with arguments, modality and attribution.

For each sentence:

1. trigger words and phrases are found (:mod:`marsad.events.triggers`);
2. each PLOVER type with a trigger is decided: by its trained sentence classifier
   where one is shipped for the language (Arabic ASSAULT and PROTEST), else by the
   lexicon score, a noisy-or of the trigger weights plus counter-cues (an event is
   kept at :data:`LEXICON_THRESHOLD` or more) and then, where the ``LEXICAL`` filter
   model is shipped, by its score of the mention (sports, business and other senses
   of the trigger words are dropped; ``train/events/train_lexical_filter.py``);
3. one event mention per clause with a trigger of the type (several events per
   sentence when the text has several), with mode (most specific cued mode,
   ``resources/events/mode_priority.json``), modality, arguments, attribution,
   contexts and the ACLED category;
4. PLOVER's rules for announced actions: a future CONSULT / SUPPORT / COOPERATE /
   AID is an AGREE, a future RETREAT a CONCEDE (the modality stays ``future``).

Mentions of one event across the document are then merged (:mod:`marsad.events.merge`);
where a record model is shipped for the language, each asserted record gets its
probability of being an event the article coders code as ``confidence`` and those
below the model's threshold are left out (:mod:`marsad.events.record_filter`). Where
statement models are shipped, verbal acts said in statements with no event of their type
in the sentence are added (:mod:`marsad.events.statement_events`); a record's dead and
injured go to its sentence's attack and its detained to its arrest (``TOLL_OWNERS``). The
records are numbered ``{doc.id}:e1``, ``:e2``, ... in text order.

>>> from marsad.document import Document, Span
>>> doc = Document(id="d1", raw="واعتقلت الشرطة خمسة أشخاص في المدينة.", lang="ar")
>>> doc.sentences = [Span(0, len(doc.text))]
>>> ev = EventDetector(models={})(doc).events[0]  # the lexicon alone
>>> (ev.id, ev.type, ev.mode, ev.modality)
('d1:e1', 'COERCE', 'arrest', 'asserted')
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from marsad.clean.normalize import normalize_key
from marsad.document import ActorRef, Document, Event, Evidence, Mention, Token
from marsad.events import arguments as args
from marsad.events.accusations import statement_accusations
from marsad.events.acled import acled_category
from marsad.events.actor_choice import ACTORS, RULES_ONLY, candidate_rows, choose_actor
from marsad.events.attribution import find_attribution, statement_source
from marsad.events.classifier import LinearModel, shipped_model
from marsad.events.contexts import sentence_contexts
from marsad.events.features import sentence_features
from marsad.events.lexicon import (
    PLOVER_TYPES,
    PROMISED_AS,
    THREATENED_AS,
    strip_article,
    strip_conjunction,
)
from marsad.events.merge import MEETINGS, join_events, merge_events
from marsad.events.modality import clause_bounds, trigger_modality
from marsad.events.record_filter import RECORDS, filter_records, shipped_record_model
from marsad.events.statement_events import is_statement_model, statement_events
from marsad.events.triggers import TriggerHit, find_triggers
from marsad.events.view import DocView, SentenceView
from marsad.lang import data_path, read_lines
from marsad.resources import resource_path

#: A lexicon score (noisy-or of trigger weights) at or above this makes an event.
LEXICON_THRESHOLD = 0.6
#: A classified type is only scored when its lexicon score reaches this.
CLASSIFY_FROM = 0.5
#: A trigger this strong heads its own clause's event mention.
HEAD_WEIGHT = 0.5
#: A classified type's sentence the classifier rejects is kept when its lexicon score
#: reaches this and it states one of these counts (see ``EventDetector._rescued``).
RESCUE_LEXICAL = 0.9
RESCUE_FIELDS = {"ASSAULT": ("killed", "injured")}
#: Confidence factor for an event read from a headline only.
HEADLINE_FACTOR = 0.8
_CLASSIFIED = ("ASSAULT", "PROTEST")
#: Mentions whose words trigger nothing: an organization's name, a date.
_NAMED = frozenset({"ORG", "DATE"})
_PERSON = frozenset({"PER"})
_DATE = frozenset({"DATE"})
_LOC = frozenset({"LOC"})
#: Tokens before a verb within which a clause opener embeds it (``embedding`` cues).
EMBED_REACH = 4
#: Tokens after a territorial trigger within which the place taken must begin ("تحرير
#: عدن", "استعادت السيطرة على قاعدة العند").
TERRITORY_REACH = 2
#: Third-person pronoun suffixes of a territorial noun that point back to the place taken.
_POINTING_SUFFIXES = ("ها", "ه", "هم")
#: Name of the filter model over the events of the lexicon types (``ar_lexical.json.gz``).
LEXICAL = "LEXICAL"


def event_features(event: Event) -> set[str]:
    """Features of an event mention for the lexicon-type filter: its type, the type
    crossed with each participant's sector, whether it has an actor, a recipient, a
    place, and its modality.

    >>> from marsad.document import Evidence
    >>> sorted(event_features(Event("", "CONSULT", Evidence(0, 1, "x"), modality="future")))
    ['T=CONSULT', 'Ta=CONSULT:none', 'Tr=CONSULT:none', 'm=future']
    """
    t = event.type
    out = {f"T={t}", f"m={event.modality}"}
    for key, ref in (("Ta", event.actor), ("Tr", event.recipient)):
        if ref is None:
            out.add(f"{key}={t}:none")
        else:
            out.add(f"{key}={t}:{ref.sector or ref.country or 'named'}")
            out.add(f"{key[1]}s={ref.sector or 'none'}")
    if event.location is not None:
        out.add("loc")
    return out


def exemption(view: DocView, event: Event) -> str:
    """Why the lexicon-type filter might keep ``event`` whatever its score: ``"known"``
    when its actor or recipient is a political actor of the knowledge base (a sector and
    an id: "وزير الخارجية العراقي", "الأمم المتحدة"), ``"political"`` for any other
    political participant (:func:`political_participant`), ``""`` for none. Which kinds
    exempt which types is the model's choice (:func:`exempts`)."""
    if any(r is not None and r.sector and r.id for r in (event.actor, event.recipient)):
        return "known"
    return "political" if political_participant(view, event) else ""


def exempts(kind: str, event_type: str, meta: Mapping) -> bool:
    """Whether an exemption of ``kind`` (:func:`exemption`) keeps a mention of
    ``event_type`` under a filter model's ``meta``: ``exempt_political`` switches the
    exemption on; a known actor exempts every type, any political participant the
    types of ``exempt_types`` (every type when absent).

    >>> meta = {"exempt_political": True, "exempt_types": ["AID"]}
    >>> exempts("known", "CONSULT", meta), exempts("political", "CONSULT", meta)
    (True, False)
    >>> exempts("political", "AID", meta), exempts("known", "AID", {"exempt_political": False})
    (True, False)
    """
    if not kind or not meta.get("exempt_political", True):
        return False
    types = meta.get("exempt_types")
    return kind == "known" or types is None or event_type in types


def political_participant(view: DocView, event: Event) -> bool:
    """True when a linked political actor (one with a sector) takes part in ``event``:
    its actor or recipient, or, with no actor in its clause, the fallback actor its
    record will get (:func:`marsad.events.arguments.sentence_actor`). The lexicon-type
    filter keeps such a mention whatever its score ("واعتقلت الشرطة خمسة أشخاص",
    "وهدد زعيم الحوثيين")."""
    refs = [event.actor, event.recipient]
    if event.actor is None:
        refs.append(args.sentence_actor(view, event))
    return any(r is not None and r.sector for r in refs)


def _outside_names(view: DocView, toks: Sequence, hits: list[TriggerHit]) -> list[TriggerHit]:
    """The trigger hits not inside an organization's name or a date: "مجلس التعاون
    الخليجي" is no cooperation, "منظمة العفو الدولية" no pardon, "since March 2021" no
    protest march; nor after the first word of a person's name or a group's ("بطرس
    حرب", "قوات مكافحة الشغب": riot police, no riot), where a group noun that is itself
    the trigger ("المتظاهرون") starts its mention (``toks`` are the sentence's tokens,
    the hits' positions relative to them)."""
    if not hits:
        return hits
    start, end = toks[0].start, toks[-1].end
    names = [(m.start, m.end, m.start) for m in view.mentions_in(start, end, _NAMED)]
    names += [(m.start, m.end, m.start + 1) for m in view.mentions_in(start, end, _PERSON)]
    if not names:
        return hits
    return [
        h
        for h in hits
        if not any(
            a <= toks[h.first].start and toks[h.last].end <= b and toks[h.first].start >= c
            for a, b, c in names
        )
    ]


@cache
def _name_heads(lang: str) -> frozenset[str]:
    """Normalized words that open a place's or unit's name (``event_name_heads.txt``);
    empty where the language lists none."""
    if not data_path(lang, "event_name_heads.txt").exists():
        return frozenset()
    return frozenset(normalize_key(w) for w in read_lines(lang, "event_name_heads.txt"))


def _outside_place_names(toks: Sequence, hits: list[TriggerHit], lang: str) -> list[TriggerHit]:
    """The trigger hits less the nouns with the article, and the verbs, right after a word
    that opens a place's or unit's name in the construct state ("ميدان الشهداء", "ساحة
    التحرير", "لواء الثورة", "ناحية سيدكان": :func:`_name_heads`); ``toks`` are the
    sentence's tokens."""
    heads = _name_heads(lang)
    if not heads:
        return hits
    out = []
    for h in hits:
        if h.first > 0 and (h.is_verb or _definite(toks[h.first])):
            # a verb never follows a noun in the construct state: "ناحية سيدكان" is a
            # town, no "سـ + يدك"
            prev = toks[h.first - 1]
            if prev.is_word and not _definite(prev) and prev.stem in heads:
                continue
        out.append(h)
    return out


def _definite(tok: Token) -> bool:
    """Whether an Arabic token carries the article (in its stem or its clitics)."""
    return tok.prefixes.endswith("ال") or strip_article(tok.stem) != tok.stem


#: Share of capitalized words from which an English sentence is a title-case headline.
_TITLE_CASE = 0.6


def _not_capitalized(toks: Sequence, hits: list[TriggerHit]) -> list[TriggerHit]:
    """English trigger hits less those capitalized inside a sentence that is no title-case
    headline: a word of a name ("the Group for the Support of Islam and Muslims", "Rapid
    Support Forces", "the Protest Committee"), not the act."""
    words = [t for t in toks if t.is_word and t.text[:1].isalpha()]
    if not hits or not words:
        return hits
    capitalized = sum(t.text[:1].isupper() for t in words)
    if capitalized >= _TITLE_CASE * len(words):
        return hits
    first = next(i for i, t in enumerate(toks) if t.is_word)
    return [
        h
        for h in hits
        if h.first == first
        or not toks[h.first].text[:1].isupper()
        or toks[h.first - 1].text in '"“:(-–—'  # a quote, a dateline's dash
    ]


def _identifying(
    toks: Sequence,
    hit: TriggerHit,
    relative: frozenset[str],
    time_heads: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``hit`` is a verb right after a relative pronoun (``relative``, the
    language's ``relative_pronouns`` cue) with no comma before it: the clause identifies
    a noun ("القوات التي دربتها الولايات المتحدة") and reports no event of its own; after
    a comma it tells news of a named one ("تيريزا ماي، التي استقبلت أمس نظيرها"), after a
    noun of time (``time_heads``) the pronoun is a conjunction ("في الوقت الذي ندين هذا
    القصف": while we condemn). ``toks`` are the sentence's tokens, ``hit`` indexes them.

    >>> from marsad.text.tokens import tokenize
    >>> toks = tokenize("القوات التي دربتها الولايات المتحدة")
    >>> rel = args.argument_cues("ar").relative_pronouns
    >>> _identifying(toks, TriggerHit("AID", None, 0.8, 2, 2, "v", "درب"), rel)
    True
    """
    return hit.is_verb and _relative_clause_at(toks, hit.first, relative, time_heads)


def _relative_clause_at(
    toks: Sequence, i: int, relative: frozenset[str], time_heads: frozenset[str]
) -> bool:
    """Whether the verb at ``toks[i]`` opens an identifying relative clause: right after a
    relative pronoun, with neither a comma nor a noun of time before the pronoun (see
    :func:`_identifying`)."""
    if i == 0 or toks[i - 1].norm not in relative:
        return False
    before = i - 2
    if before >= 0 and toks[before].stem in time_heads:
        return False
    # after a comma the clause adds news about a named noun ("تيريزا ماي، التي استقبلت أمس")
    return before < 0 or toks[before].norm not in ("،", ",")


#: Sectors of armed groups outside the state: what they seize, they take by force.
_ARMED_NONSTATE = frozenset({"REB", "INS", "UAF"})


def _as_armed_violence(event: Event) -> None:
    """A COERCE event other than an arrest by a non-state armed actor is an ASSAULT, as
    coders code it: the rebels who storm or seize a position attack it ("اقتحام موقع تبة
    مسعود"). Their arrests stay COERCE (the PLOVER gold standard's ASSAULT scored worse
    when they became abductions: CV F1 0.570 against 0.579)."""
    if event.type != "COERCE" or event.actor is None or event.mode == "arrest":
        return
    if event.actor.sector not in _ARMED_NONSTATE:
        return
    event.type = "ASSAULT"
    event.mode = None
    event.acled = acled_category(
        "ASSAULT", event.mode, event.recipient.sector if event.recipient else None
    )


def _by_air(event: Event) -> None:
    """An attack of no stated mode by aircraft ("طائرات روسية شنت ثلاث غارات", "Israeli
    warplanes struck"; the role patterns label them "military aircraft") is an air
    strike (:func:`actor_modes`)."""
    actor = event.actor
    if event.type != "ASSAULT" or event.mode is not None or actor is None:
        return
    name = (actor.name or "").lower()
    mode = next((m for w, m in actor_modes().items() if w in name), None)
    if mode is None:
        return
    event.mode = mode
    event.acled = acled_category(
        "ASSAULT", event.mode, event.recipient.sector if event.recipient else None
    )


def _without_topics(
    events: list[Event],
    heads: list[TriggerHit],
    cues: args.ArgumentCues,
    toks: Sequence[Token] = (),
) -> list[Event]:
    """``events`` of one sentence less those that are only the topic of a talk, a charge
    or a request: a noun-triggered mention of one of the ``topics`` types of an event
    whose trigger comes first ("بحث الجانبان تعزيز التعاون", "تهمة التعاون مع",
    "دعت واشنطن إلى الإفراج عن الصحافي"), or a verb after an infinitive marker
    (``infinitive`` cues: "threatened to ban", "agreed to release", "refused to deploy") or
    a few words after a clause opener (``embedding``: "demanded that parliament reject")."""
    firsts: dict[str, int] = {}
    for e, h in zip(events, heads, strict=True):
        if e.type in cues.topics:
            firsts[e.type] = min(firsts.get(e.type, h.first), h.first)
    if not firsts:
        return events

    def embedded(h: TriggerHit) -> bool:
        if not h.is_verb:
            return True
        k = h.first - 1
        while k >= 0 and not toks[k].is_word:
            k -= 1
        if k >= 0 and toks[k].norm.lower() in cues.infinitive:
            return True
        # "demanded that parliament reject": a verb a few words after "that"
        words = [t for t in toks[max(0, h.first - EMBED_REACH) : h.first] if t.is_word]
        return any(t.norm.lower() in cues.embedding for t in words)

    return [
        e
        for e, h in zip(events, heads, strict=True)
        if not embedded(h)
        or not any(e.type in cues.topics[t] and h.first > at for t, at in firsts.items())
    ]


def _without_folded(events: list[Event], folded: Mapping[str, frozenset[str]]) -> list[Event]:
    """``events`` of one sentence less the asserted mentions of a type (or a ``"TYPE:mode"``)
    that an asserted mention of one of its ``folded`` types makes part of its event
    ("وقتل جنديان عندما أرسلت الحكومة تعزيزات": the reinforcements belong to the fight;
    "أسفرت المعارك عن تقدم المقاومة وانسحاب مقاتلي الحوثي": the withdrawal is the battle's
    outcome)."""
    present = {e.type for e in events if e.modality == "asserted"}

    def folds(e: Event) -> bool:
        into = folded.get(e.type, frozenset()) | folded.get(f"{e.type}:{e.mode}", frozenset())
        return bool(into & present)

    return [e for e in events if e.modality != "asserted" or not folds(e)]


#: Texts shorter than this many characters keep every record the record filter scores:
#: the article gold it learnt from draws articles of 400 characters and more.
SHORTEST_FILTERED = 400
#: The least weight of a reaction's trigger word (``_reacted_to``): "أدان", "تعازي", not
#: the weak "دعم" of military backing ("بدعم من التحالف").
REACTION_WEIGHT = 0.5


def _reacted_to(
    toks: Sequence,
    hits: Sequence[TriggerHit],
    events: list[Event],
    heads: list[TriggerHit],
    cues: args.ArgumentCues,
) -> set[int]:
    """The ``id()`` of the mentions of one sentence that are the event a condemnation or
    condolence reacts to: a mention of one of the ``reactions`` types after a trigger
    word of the reaction (``hits``, whether or not it made an event), triggered by a noun
    or by a verb of a relative clause (:func:`_identifying`: "وأدانت الحكومة التفجير
    الإرهابي الذي استهدف مسجداً", "عن تعازيها في ضحايا الهجوم"). They point back to the event
    when the story told it before (:func:`merge_events`). ``toks`` are the sentence's
    tokens, which ``hits`` and ``heads`` index."""
    firsts: dict[str, int] = {}
    for h in hits:
        if h.type in cues.reactions and h.weight >= REACTION_WEIGHT:
            firsts[h.type] = min(firsts.get(h.type, h.first), h.first)
    if not firsts:
        return set()
    return {
        id(e)
        for e, h in zip(events, heads, strict=True)
        if (not h.is_verb or _identifying(toks, h, cues.relative_pronouns, cues.time_heads))
        and any(e.type in cues.reactions[t] and h.first > at for t, at in firsts.items())
    }


def _without_spokespeople(view: DocView, ev: Event, cues: args.ArgumentCues) -> None:
    """Clear the participants of ``ev`` that are the speaker of a statement whose content
    tells it: who reports an arrest does not suffer it ("Police spokeswoman Resila Onyango
    said 23 people were arrested"), and a speaker named with a role does not do what he
    reports ("police spokesman Mansir Hassan confirmed the abduction"; the body that
    reports its own act still acts: "أعلن الجيش أنه قتل 20 مسلحا"). Verbal acts keep
    their speaker."""
    if ev.trigger is None or ev.type in cues.speaker_types:
        return
    for st in view.saying(ev.trigger.start):
        said_by = st.speaker.text if st.speaker else ""
        if not said_by:
            continue
        if ev.recipient is not None and ev.recipient.text in said_by:
            ev.recipient = None
        if ev.actor is not None and ev.actor.text in said_by and ev.actor.text != said_by:
            ev.actor = None


def _nouns_after_determiners(
    toks: Sequence, hits: list[TriggerHit], determiners: frozenset[str]
) -> list[TriggerHit]:
    """``hits`` (indexing ``toks``) where a word right after a determiner is read as a
    noun: its verb reading is dropped when it also has a noun reading ("condemned the
    attack"), else read as a noun ("requested the release of": what was requested)."""
    if not determiners:
        return hits
    nouns = {(h.type, h.first) for h in hits if not h.is_verb}
    out = []
    for h in hits:
        if h.is_verb and h.first > 0 and toks[h.first - 1].norm.lower() in determiners:
            if (h.type, h.first) in nouns:
                continue
            h = dataclasses.replace(h, pos="n")
        out.append(h)
    return out


#: The shadda ("مسيّرة", a drone; "مسيرة" is also a march).
_SHADDA = "\u0651"


def _drones_not_marches(toks: Sequence, hits: list[TriggerHit]) -> list[TriggerHit]:
    """``hits`` (indexing ``toks``) without the PROTEST reading of a word that also reads
    as an attack's drone ("مسيرة": a march or a drone) when the word is written with the
    shadda ("مسيّرة") or, "by" a drone, right after an attack's strong trigger ("غارة
    إسرائيلية بمسيرة تقتل شخصين"; "أطلقت الشرطة الغاز على مسيرة سلمية وقتلت متظاهرين"
    and "شارك الآلاف بمسيرة احتجاجا على مقتل شاب" keep their march)."""
    drones = {h.first for h in hits if h.type == "ASSAULT" and h.mode == "drone"}
    if not drones:
        return hits
    # an attack's trigger at most three tokens before the drone: "غارة إسرائيلية بمسيرة"
    # ("شارك آلاف الفلسطينيين بمسيرة ... احتجاجا على مقتل شاب" keeps its march)
    attacks = [h.last for h in hits if h.type == "ASSAULT" and h.weight >= 0.8]

    def by_drone(h: TriggerHit) -> bool:
        return "ب" in h.prefixes and any(0 < h.first - a <= 3 for a in attacks)

    return [
        h
        for h in hits
        if not (
            h.type == "PROTEST"
            and h.first == h.last
            and h.first in drones
            and (_SHADDA in toks[h.first].text or by_drone(h))
        )
    ]


def _without_charges(
    toks: Sequence, hits: list[TriggerHit], charges: frozenset[tuple[str, ...]]
) -> list[TriggerHit]:
    """``hits`` (indexing ``toks``) without the triggers right after a phrase of
    ``charges``: "بتهمة التعاون مع الدعم السريع", "accused of collaborating" name what
    someone is charged with, no cooperation that happened."""
    if not charges:
        return hits
    longest = max(len(c) for c in charges)
    return [
        h
        for h in hits
        if not any(
            args.charge_length(toks, h.first - n, charges) == n
            for n in range(1, min(longest, h.first) + 1)
        )
    ]


def _without_reactors(
    view: DocView, events: list[Event], reacted: set[int], cues: args.ArgumentCues
) -> dict[int, frozenset[str]]:
    """Clear the actor of a mention that a reaction of its sentence is about when it is
    the one who reacts ("Zelensky condemned the attack": Zelensky attacked no one); return
    ``id()`` -> the words of the reactors that stand as the reaction verb's subject (before
    it, or within :data:`SUBJECT_REACH` words after it), whom no fallback may make the
    reacted event's actor either ("أدانت وزارة الداخلية الهجوم المسلح الذي استهدف بوابة
    أمنية")."""
    reactors = {e.actor.text for e in events if e.type in cues.reactions and e.actor is not None}
    subjects = frozenset(
        e.actor.text
        for e in events
        if e.type in cues.reactions
        and e.actor is not None
        and e.trigger is not None
        and _subject_of(view, e.actor.text, e.trigger)
    )
    barred: dict[int, frozenset[str]] = {}
    for e in events:
        if id(e) not in reacted:
            continue
        if subjects:
            barred[id(e)] = subjects
        if e.actor is not None and e.actor.text in reactors:
            e.actor = None
    return barred


#: Words after a reaction verb within which its subject stands (Arabic VSO: "أدانت وزارة
#: الداخلية الهجوم").
SUBJECT_REACH = 3


def _subject_of(view: DocView, words: str, trigger: Evidence) -> bool:
    """Whether ``words`` stand right before the verb ``trigger`` or within
    :data:`SUBJECT_REACH` words after it, in its sentence."""
    s = view.sentence_at(trigger.start)
    if s is None:
        return False
    before = view.text.rfind(words, s.start, trigger.start)
    if before >= 0:
        return True
    after = view.text.find(words, trigger.end, s.end)
    return after >= 0 and len(view.text[trigger.end : after].split()) <= SUBJECT_REACH


@cache
def mode_priority() -> dict[str, tuple[str, ...]]:
    """Per type, modes from most to least specific."""
    return {k: tuple(v) for k, v in _mode_data().items() if not k.startswith("_")}


@cache
def _mode_data() -> dict:
    return json.loads(resource_path("events", "mode_priority.json").read_text(encoding="utf-8"))


def actor_modes() -> dict[str, str]:
    """Words of an actor's name -> the mode of an attack that cues none
    (``_actor_modes`` in ``mode_priority.json``: "aircraft" -> "aerial")."""
    return dict(_mode_data().get("_actor_modes", {}))


def _noisy_or(weights: Sequence[float]) -> float:
    p = 1.0
    for w in weights:
        p *= 1.0 - min(max(w, 0.0), 0.99)
    return 1.0 - p


def _told_subject(view: DocView, s: SentenceView, head: TriggerHit, hits: list[TriggerHit]) -> bool:
    """Whether verb trigger ``head`` has for subject, right before it, an event noun of
    its type that points back ("إن الضربات استهدفت مبنى": the strikes already told)."""
    if not head.is_verb:
        return False
    before = head.first - 1
    while before >= 0 and not view.tokens[before + s.lo].is_word:
        before -= 1
    return any(
        not h.is_verb and h.last == before and args.points_back(view, h.first + s.lo, False)
        for h in hits
    )


def _purpose(lang: str, event_type: str, head: TriggerHit, norm: str) -> bool:
    """Whether a lexicon type's indefinite noun trigger (``norm``: its word, normalized)
    carries the bare preposition لـ, which reads as a purpose or a cause, not as an event
    told: "تمهد لانسحابهم", "مدعوة لاستنفار", "نظراً لرفضه". With the article it is a
    complement ("دعوة للمتطوعين"), and the classified types keep it ("تعرضت لقصف")."""
    return (
        lang == "ar"
        and not head.is_verb
        and event_type not in _CLASSIFIED
        and head.prefixes.lstrip("وف") == "ل"
        and not norm.lstrip("وف").startswith("لل")
    )


def _meant(toks: Sequence[Token], head: TriggerHit, cues: args.ArgumentCues) -> bool:
    """Whether a verb trigger in its base form right after an infinitive marker tells only
    what someone meant to do ("were deployed to rescue the students", "was sent to attack"),
    not after an ``implicative`` word ("managed to free", "began to withdraw")."""
    k = head.first - 1
    if not head.is_verb or k < 1 or toks[k].norm.lower() not in cues.infinitive:
        return False
    if toks[head.first].norm.lower() != head.form.split()[0].lower():
        return False  # "to attacked" is no infinitive
    return toks[k - 1].norm.lower() not in cues.implicative


def _mode(event_type: str, hits: Sequence[TriggerHit], head: TriggerHit) -> str | None:
    """The mode of an event of ``hits``: the most specific (``mode_priority``) of those
    its act words tell, before those of the agent nouns ("Gunmen abducted": abduct, not
    firearms); else the head's."""
    modes = {h.mode for h in hits if h.mode and h.pos != "p"} or {h.mode for h in hits if h.mode}
    order = mode_priority().get(event_type)
    if order and modes:
        for m in order:
            if m in modes:
                return m
    return head.mode or (sorted(modes)[0] if modes else None)


class EventDetector:
    """Stage ``events``: fills ``doc.events`` (see the module docstring).

    ``models`` overrides the shipped classifiers (``{"ASSAULT": LinearModel, ...}``;
    an empty mapping uses the lexicon for every type), for evaluation and tests;
    ``lexical_filter=False`` keeps every lexicon-type mention (the detector before the
    ``LEXICAL`` filter: for drawing and comparing); ``record_filter=False`` keeps every
    merged record with the detector's own confidence (the input of the record model's
    training); ``all_records=True`` keeps them too, with the record model's
    probability as confidence (``marsad extract --all-records``). A ``models`` mapping
    without a :data:`~marsad.events.record_filter.RECORDS` entry has no record filter,
    and one without an :data:`~marsad.events.actor_choice.ACTORS` entry no learnt actor
    chooser (``actor_choice=False`` turns the shipped one off), and one without the
    statement models (:mod:`marsad.events.statement_events`, keys ``SAYS_<TYPE>``) reads
    no verbal event from statements (``statement_events=False`` turns the shipped ones
    off: the input of their training).
    Mentions (DATE, LOC, QUANTITY, PER/ORG/MISC, actors) are used when present.
    """

    name = "events"
    requires = frozenset({"tokens", "sentences", "lang"})
    provides = frozenset({"events"})

    def __init__(
        self,
        models: Mapping[str, LinearModel] | None = None,
        lexical_filter: bool = True,
        record_filter: bool = True,
        all_records: bool = False,
        actor_choice: bool = True,
        statement_events: bool = True,
    ) -> None:
        self._models = models
        self._lexical_filter = lexical_filter
        self._record_filter = record_filter
        self._all_records = all_records
        self._actor_choice = actor_choice
        self._statement_events = statement_events
        self._barred: dict[int, frozenset[str]] = {}
        self._told_doer: set[int] = set()
        #: when a list, each record's actor candidates and their features are appended to
        #: it and the learnt chooser is not applied (``train/events/train_actor_choice.py``)
        self.actor_trace: list | None = None

    def _second_opinion(self, view: DocView, ev: Event) -> None:
        """Let the learnt actor chooser (:mod:`marsad.events.actor_choice`) replace the
        rules' actor of ``ev``; with :attr:`actor_trace` set, record the candidates'
        features instead, for training. A verbal act's actor (``speaker_types``: the
        speaker who accuses, demands or supports) stays the rules' choice: they read the
        speaker well, and the chooser would take a name from what was said; so does a
        protest's (:data:`~marsad.events.actor_choice.RULES_ONLY`)."""
        if ev.type in RULES_ONLY or ev.type in args.argument_cues(view.lang).speaker_types:
            return
        if id(ev) in self._told_doer:
            return  # "قالت الحركة إن مقاتليها هاجموا": the speaker's own forces
        if self.actor_trace is not None:
            self.actor_trace.append((ev, candidate_rows(view, ev)))
            return
        model = self.model(ACTORS, view.lang)
        if model is None:
            return
        m = choose_actor(view, ev, model)
        if m is None:
            return
        ev.actor = args.placed(args.actor_ref(m), ev.location, persons=ev.type not in MEETINGS)

    def model(self, event_type: str, lang: str) -> LinearModel | None:
        """The classifier deciding ``event_type`` in ``lang``, or None (lexicon); for
        :data:`LEXICAL`, the filter of the lexicon types' events, for
        :data:`~marsad.events.record_filter.RECORDS` the record model (None: keep them
        all)."""
        if event_type == LEXICAL and not self._lexical_filter:
            return None
        if event_type == RECORDS and not self._record_filter:
            return None
        if event_type == ACTORS and not self._actor_choice:
            return None
        if is_statement_model(event_type) and not self._statement_events:
            return None
        if self._models is not None:
            return self._models.get(event_type)
        if event_type == RECORDS:
            return shipped_record_model(lang)
        if event_type == ACTORS or is_statement_model(event_type):
            return shipped_model(event_type, lang)
        if event_type not in _CLASSIFIED and event_type != LEXICAL:
            return None
        return shipped_model(event_type, lang)

    def __call__(self, doc: Document) -> Document:
        view = DocView(doc)
        mentions: list[Event] = []
        self._barred: dict[int, frozenset[str]] = {}  # reacted-to mention -> its reactors
        self._told_doer: set[int] = set()  # records whose actor the text itself tells
        references: set[int] = set()  # ids of mentions that point back ("هذا اللقاء")
        for s in view.sentences:
            if s.hi > s.lo:
                mentions += self.sentence_events(view, s, references)
        mentions += statement_accusations(view, mentions)
        sentence_of = {s.start: s.index for s in view.sentences}
        headlines = {s.index for s in view.sentences if s.headline}
        cues = args.argument_cues(view.lang)
        verbal = cues.speaker_types
        # the reactors a mention may not take as actor, by its type and evidence, so that
        # the record it joins keeps them barred ("وأدانت الوزارة الاقتحام" joining a raid)
        barred_at = {
            (e.type, e.evidence.start): self._barred[id(e)]
            for e in mentions
            if id(e) in self._barred
        }
        merged = merge_events(
            mentions, sentence_of, headlines, references, verbal, cues.consequences, cues.earlier
        )
        for ev in merged:
            words = frozenset().union(
                self._barred.get(id(ev), frozenset()),
                *(barred_at.get((ev.type, sp.start), frozenset()) for sp in ev.more_evidence),
            )
            if words:
                self._barred[id(ev)] = words
        # "وأعلنت حركة الشباب مسؤوليتها عن الهجوم"; "ولم تتبن أي جهة التفجير": no one's
        unclaimed = args.claim_actors(view, merged, sentence_of)
        for k, ev in enumerate(merged):
            # "قالت الحركة إن مقاتليها هاجموا", "أعلنت السلطات أن قواتها سيطرت على":
            # the speaker's own forces act
            own = args.own_forces_actor(view, ev)
            if own is not None:
                ev.actor = own
                self._told_doer.add(id(ev))  # the learnt chooser keeps it
            if ev.actor is None and id(ev) not in unclaimed:
                # nothing in the trigger's clause: a participant of its sentence, else who
                # did the same just before
                ev.actor = args.sentence_actor(view, ev) or args.carried_actor(
                    merged, k, sentence_of
                )
            if ev.actor is not None and ev.actor.text in self._barred.get(id(ev), ()):
                ev.actor = None  # the condemner does not do what it condemns
            if ev.location is None:  # no place in its sentence: the paragraph's, the document's
                ev.location = args.context_location(
                    view, view.sentences[sentence_of[ev.evidence.start]]
                )
            # "في العاصمة" alone in a story from a country: its capital
            ev.location = args.capital_location(view, ev) or ev.location
            if ev.attribution is None and ev.trigger is not None:
                # "..., police said": what a statement says is attributed to its speaker
                ev.attribution = statement_source(view, ev.trigger.start)
            args.donor(view, ev)  # aid told from the receiving side: the giver acts
            _without_spokespeople(view, ev, cues)
            # an unnamed group is of the country where it acts (or is acted on)
            ev.actor = args.placed(ev.actor, ev.location, persons=ev.type not in MEETINGS)
            ev.recipient = args.placed(ev.recipient, ev.location)
        merged = [ev for ev in merged if not _rescue(ev, cues) and not _disaster(ev, cues)]
        if any(_relief_without_a_party(ev) for ev in merged) and _disaster_story(view, cues):
            merged = [ev for ev in merged if not _relief_without_a_party(ev)]
        record_model = self.model(RECORDS, view.lang)
        if record_model is not None:
            # a text shorter than any article the model learnt from keeps its records
            # (with their scores): a lone report's one record looks like noise to it
            learnt = len(view.text.strip()) >= SHORTEST_FILTERED
            merged = filter_records(
                merged,
                sentence_of,
                doc.published,
                record_model,
                drop=learnt and not self._all_records,
            )
        # verbal acts said in statements the rules read no event in (learnt, per type)
        merged = join_events(
            merged,
            statement_events(view, merged, lambda key: self.model(key, view.lang)),
            sentence_of,
            headlines,
            verbal,
        )
        for ev in merged:  # after the record filter, which learnt from the rules' actors
            self._second_opinion(view, ev)
            if ev.actor is not None and ev.actor.text in self._barred.get(id(ev), ()):
                ev.actor = None  # the condemner does not do what it condemns
        merged = _per_country(view, merged)
        told = {(ev.type, ev.evidence.start) for ev in merged if ev.modality == "asserted"}
        for ev in merged:
            # a toll belongs to the violence the sentence tells, not to a demand, a rescue or
            # a talk told beside it ("Tetteh urged ...", "rescued two of the women"); the
            # dead to the attack and the detained to the arrest its sentence also tells
            # ("برصاص قوات الاحتلال خلال اقتحامها": the raid's record counts no dead twice)
            if ev.type not in TOLL_TYPES:
                ev.size = {k: v for k, v in ev.size.items() if k not in TOLL_FIELDS}
            else:
                ev.size = {
                    k: v
                    for k, v in ev.size.items()
                    if TOLL_OWNERS.get(k, ev.type) == ev.type
                    or (TOLL_OWNERS[k], ev.evidence.start) not in told
                }
            ev.size_approximate = [k for k in ev.size_approximate if k in ev.size]
        for n, ev in enumerate(merged, 1):
            ev.id = f"{doc.id}:e{n}"
        doc.events = merged
        return doc

    def sentence_events(
        self, view: DocView, s: SentenceView, references: set[int] | None = None
    ) -> list[Event]:
        """Event mentions of one sentence (ids not yet assigned); the ``id()`` of each
        mention whose trigger points back to an event already told is added to
        ``references``."""
        toks = view.tokens[s.lo : s.hi]
        cues = args.argument_cues(view.lang)
        hits = _outside_names(view, toks, find_triggers(toks, view.lang))
        hits = _outside_place_names(toks, hits, view.lang)
        if view.lang == "en":
            hits = _not_capitalized(toks, hits)
        hits = _nouns_after_determiners(toks, hits, cues.determiners)
        hits = _without_charges(toks, hits, cues.charges)
        hits = _drones_not_marches(toks, hits)
        if not hits:
            return []
        by_type: dict[str, list[TriggerHit]] = defaultdict(list)
        counter: dict[str, float] = defaultdict(float)
        for h in hits:
            if h.type == "!*":
                for t in PLOVER_TYPES:
                    counter[t] += h.weight
            elif h.type.startswith("!"):
                counter[h.type[1:]] += h.weight
            elif h.type in PLOVER_TYPES:
                by_type[h.type].append(h)
        out: list[Event] = []
        heads: list[TriggerHit] = []  # each event's trigger (``_without_topics``)
        feats: set[str] | None = None

        def sentence_feats() -> set[str]:
            nonlocal feats
            if feats is None:
                feats = sentence_features(toks, view.lang, hits)
            return feats

        self._contexts: dict[tuple, list[str]] = {}
        relative, time_heads = cues.relative_pronouns, cues.time_heads
        for event_type, type_hits in by_type.items():
            model = self.model(event_type, view.lang)
            # a lexicon type's verb in a relative clause identifies a noun: no event
            strong = [
                h
                for h in type_hits
                if h.weight > 0
                and (model is not None or not _identifying(toks, h, relative, time_heads))
            ]
            if not strong:
                continue
            lexical = _noisy_or([h.weight for h in strong]) + counter.get(event_type, 0.0)
            if model is not None:
                if lexical < CLASSIFY_FROM:
                    continue
                conf = model.probability(sentence_feats())
                if conf < model.threshold and not self._rescued(view, s, event_type, lexical):
                    if not _territorial(view, s, event_type, strong, cues.territorial):
                        if not _launched(view, s, event_type, strong, cues):
                            if not _struck(view, s, event_type, strong):
                                continue
            else:
                conf = lexical
                if conf < LEXICON_THRESHOLD:
                    continue
            for head in self._heads(view, s, strong):
                if event_type == "RETREAT" and not _fled_somewhere(view, s, head, cues):
                    continue
                event = self._event(view, s, event_type, type_hits, head, min(conf, 0.99))
                # a lexicon type: the filter model may veto it (sentence features on demand)
                if model is None and not self._lexical_ok(view, event, sentence_feats):
                    continue
                _as_armed_violence(event)
                _by_air(event)
                out.append(event)
                heads.append(head)
        if cues.vows and any(e.type == "THREATEN" for e in out):
            # "تعهد بارزاني بالانتقام من داعش": the vow is the threat it makes
            pairs = [(e, h) for e, h in zip(out, heads, strict=True) if not _vow(h, cues.vows)]
            out, heads = [e for e, _ in pairs], [h for _, h in pairs]
        kept = _without_topics(out, heads, cues, toks)
        if cues.folded and len(kept) > 1:
            kept = _without_folded(kept, cues.folded)
        if references is not None and kept:
            # only mentions that live on: the id of a dropped one may be reused
            alive = {id(e) for e in kept}
            pointing = {
                id(e)
                for e, h in zip(out, heads, strict=True)
                if args.points_back(view, h.first + s.lo, h.is_verb)
                or _told_subject(view, s, h, by_type[h.type])
            }
            reacted = _reacted_to(toks, hits, out, heads, cues) & alive
            self._barred.update(_without_reactors(view, kept, reacted, cues))
            references.update((pointing | reacted) & alive)
        return kept

    @staticmethod
    def _rescued(view: DocView, s: SentenceView, event_type: str, lexical: float) -> bool:
        """A sentence the classifier rejects is kept when strong trigger words and a
        stated toll agree: an ASSAULT lexicon score of at least ``RESCUE_LEXICAL`` and a
        count of killed or injured people ("أعدم 11 شابا", "إصابة ثلاثة أشخاص بانفجار
        عبوة"), in a sentence without a month or year date (background). The
        classifier learnt the PLOVER gold standard's strict reading, which rejects many
        plain attack reports."""
        if event_type not in RESCUE_FIELDS or lexical < RESCUE_LEXICAL:
            return False
        if any(d.precision in ("month", "year") for d in view.mentions_in(s.start, s.end, _DATE)):
            return False  # "قتل 16 ألف شخص في 2004": background, not a report
        toll = args.size(view, s, (s.lo, s.hi))
        return any(toll.get(f) for f in RESCUE_FIELDS[event_type])

    def _lexical_ok(
        self, view: DocView, event: Event, sentence_feats: Callable[[], set[str]]
    ) -> bool:
        """True unless the lexicon-type filter (``LEXICAL`` model) scores ``event`` below
        its threshold: sports, business and other-sense hits of the trigger words. A
        mention with a political participant (:func:`political_participant`) is always
        kept when the model says so (``meta["exempt_political"]``, chosen in training);
        ``sentence_feats`` gives the sentence's features, computed only when the
        model has to score."""
        model = self.model(LEXICAL, view.lang)
        if model is None:
            return True
        if exempts(exemption(view, event), event.type, model.meta):
            return True
        return model.probability(sentence_feats() | event_features(event)) >= model.threshold

    @staticmethod
    def _heads(view: DocView, s: SentenceView, strong: list[TriggerHit]) -> list[TriggerHit]:
        """The best trigger of each clause that has a strong one (the best overall if none);
        a trigger that points back with a demonstrative ("لهذا الاجتماع") heads its clause
        only when no other does."""
        toks = view.tokens[s.lo : s.hi]
        best: dict[tuple[int, int], tuple[tuple[bool, float, bool], TriggerHit]] = {}
        for h in strong:
            if h.weight < HEAD_WEIGHT:
                continue
            key = clause_bounds(toks, h.first, 0, len(toks))
            rank = (not args.demonstrated(view, h.first + s.lo), h.weight, h.is_verb)
            if key not in best or rank > best[key][0]:
                best[key] = (rank, h)
        by_clause = {key: h for key, (_, h) in best.items()}
        if not by_clause:
            return [max(strong, key=lambda h: (h.weight, h.is_verb))]
        return sorted(by_clause.values(), key=lambda h: h.first)

    def _event(
        self,
        view: DocView,
        s: SentenceView,
        event_type: str,
        type_hits: list[TriggerHit],
        head_rel: TriggerHit,
        confidence: float,
    ) -> Event:
        lang = view.lang
        toks = view.tokens
        head = TriggerHit(
            head_rel.type,
            head_rel.mode,
            head_rel.weight,
            head_rel.first + s.lo,
            head_rel.last + s.lo,
            head_rel.pos,
            head_rel.form,
            head_rel.prefixes,
        )
        text = view.sentence_text(s)
        clause = clause_bounds(toks, head.first, s.lo, s.hi)
        modality, _cue = trigger_modality(toks, head.first, s.lo, s.hi, lang, head.prefixes, text)
        if modality == "future" and event_type == "THREATEN" and head.pos == "p":
            # "vowed that the attackers would pay a heavy price": a threat's words tell what
            # is to come; the threat itself is made now
            modality = "asserted"
        if modality == "asserted" and _purpose(lang, event_type, head, toks[head.first].norm):
            modality = "hypothetical"
        cues = args.argument_cues(lang)
        meant = modality == "asserted" and _meant(toks, head, cues)
        if meant:
            modality = "future"
        actor, recipient = args.participants(view, head, clause)
        size, approximate = args.size_detail(view, s, clause)
        origin = args.fired_from(view, head, clause) if event_type == "ASSAULT" else None
        if origin is not None:  # "سقوط مقذوف عسكري من داخل الأراضي اليمنية": from Yemen
            if actor is None or not actor.sector or actor.country != origin.country:
                actor = origin  # not the civil defence that answered the call
            if recipient is not None and recipient.text == origin.text:
                recipient = None
        if actor is None:
            actor = args.speaker_actor(view, head, event_type)
        location = args.location(view, s, head, clause, event_type)
        if location is None:  # a reception with no place said: at the host's
            location = args.host_location(view, head, recipient)
        actor = args.local_actor(view, s, actor, location)
        date, precision, _source = args.event_date(view, s, head, clause)
        published = view.doc.published
        if modality == "asserted" and args.is_historical(date, published):
            modality = "historical"
        elif modality == "asserted" and _source != "published" and args.is_future(date, published):
            modality = "future"
        mode = _mode(event_type, type_hits, head_rel)
        if modality == "future" and event_type in PROMISED_AS and not meant:
            event_type, mode = PROMISED_AS[event_type], None
            if event_type == "AGREE" and _announced(view, toks[head.first].start):
                # "أعلنت الأمم المتحدة أنها ستعقد جولة جديدة": the announcement of a
                # meeting to come is the promise, and it took place; who announced it
                # promises ("محادثات سلام ليبيا" names what the talks are about)
                modality = "asserted"
                promiser = _announcer(view, toks[head.first].start)
                if promiser is not None and (actor is None or actor.text != promiser.text):
                    recipient = recipient or actor
                    actor = promiser
        if modality == "future" and _cue is not None and event_type in THREATENED_AS and not meant:
            promiser = _announcer(view, toks[head.first].start)
            own = _speaks_of_itself(toks, head.first, cues)
            if promiser is not None and (
                _same_party(actor, promiser) if actor is not None else own
            ):
                # "أعلن الحزب أنه سيصعد الهجمات": the announcement is the threat, told
                event_type, mode, modality = THREATENED_AS[event_type], None, "asserted"
                if published and args.is_future(date, published):
                    # the threat is told now; the date said is the force's ("منتصف يوليو")
                    date, precision, _source = published[:10], "week", "published"
                actor = promiser
        key = (s.index, actor.sector if actor else None, recipient.sector if recipient else None)
        contexts = self._contexts.get(key)
        if contexts is None:
            contexts = sentence_contexts(toks[s.lo : s.hi], lang, (actor, recipient))
            self._contexts[key] = contexts
        contexts = list(contexts)
        if s.headline:
            confidence *= HEADLINE_FACTOR
        return Event(
            id="",
            type=event_type,
            evidence=Evidence(s.start, s.end, text),
            mode=mode,
            context=contexts,
            acled=acled_category(event_type, mode, recipient.sector if recipient else None),
            actor=actor,
            recipient=recipient,
            location=location,
            date=date,
            date_precision=precision,
            size=size,
            size_approximate=sorted(approximate),
            modality=modality,
            attribution=find_attribution(view, s, head.first),
            confidence=confidence,
            date_source=_source,
            trigger=Evidence(
                toks[head.first].start,
                toks[head.last].end,
                view.text[toks[head.first].start : toks[head.last].end],
            ),
            # "قُتل أكثر من 200 شخص منذ بدء وقف إطلاق النار": a tally over a period
            tally=bool(TOLL_FIELDS & size.keys()) and args.tally_since(view, head, clause),
        )


def _per_country(view: DocView, records: list[Event]) -> list[Event]:
    """``records`` with a copy of each kept attack for every further country its
    trigger's clause adds with "و" ("شنت عشرات الغارات الجوية في العراق وسوريا": one
    record in Iraq, one in Syria; :func:`args.further_countries`), right after it. The
    copies come after the record filter, which judged the attack told, not each place
    (it had learnt that a second record of one sentence is mostly a duplicate)."""
    out: list[Event] = []
    for ev in records:
        out.append(ev)
        if ev.trigger is None or ev.modality != "asserted":
            continue
        s = view.sentence_at(ev.trigger.start)
        if s is None:
            continue
        first = view.token_index(ev.trigger.start)
        clause = clause_bounds(view.tokens, first, s.lo, s.hi)
        for where in args.further_countries(view, ev.trigger.end, clause, ev.type, ev.location):
            # the toll told once stays with the first record: a sum would count it twice
            out.append(
                dataclasses.replace(
                    ev, location=where, size={}, size_approximate=[], context=list(ev.context)
                )
            )
    return out


def _vow(hit: TriggerHit, vows: frozenset[str]) -> bool:
    """Whether ``hit`` is an AGREE trigger of a vow (``vows`` cue: "تعهد", "vow")."""
    return hit.type == "AGREE" and normalize_key(hit.form).lower() in vows


def _territorial(
    view: DocView,
    s: SentenceView,
    event_type: str,
    hits: Sequence[TriggerHit],
    forms: frozenset[str],
) -> bool:
    """Whether an ASSAULT mention the classifier rejects is a territorial gain to keep:
    one of its trigger hits is a form of ``forms`` (the ``territorial`` argument cues:
    "سيطرت على مدينة الحوطة", "بعد تحرير عدن") and a place is named within
    :data:`TERRITORY_REACH` tokens after it, or anywhere before it when a pronoun suffix
    points back to it ("فعدن تم تطهيرها"): what was taken ("تحرير الحركة المرورية",
    freeing the traffic, and "الدكتور تحرير علي", a name, take none). The classifier
    learnt the PLOVER gold standard's strict reading; the article coders code a town
    taken as an attack."""
    if event_type != "ASSAULT":
        return False
    for h in hits:
        if h.form not in forms:
            continue
        last = s.lo + h.last
        reach = min(last + TERRITORY_REACH, s.hi - 1)
        # a pronoun suffix points back to a place told before it ("عدن ... بعد تحريرها")
        start = s.start if h.form.endswith(_POINTING_SUFFIXES) else view.tokens[last].end
        if view.mentions_in(start, view.tokens[reach].end, _LOC):
            return True
    return False


#: Words before an ASSAULT noun within which its launching verb may stand ("شنت قوات
#: الجيش النيجيري هجوما", "شنت جماعة نصرة الإسلام والمسلمين أمس هجوما": the actor and
#: a day between them).
LAUNCH_REACH = 6


#: Words before a trigger searched for a complementizer that refers to the speaker.
SELF_REACH = 3


def _speaks_of_itself(toks: Sequence[Token], i: int, cues: args.ArgumentCues) -> bool:
    """Whether one of the :data:`SELF_REACH` words before token ``i`` is a complementizer
    that makes the speaker the subject ("أنه سيصعد الهجمات", "إنها ستواصل استهداف")."""
    words = [t.norm for t in toks[max(0, i - SELF_REACH * 2) : i] if t.is_word][-SELF_REACH:]
    return any(strip_conjunction(w) in cues.self_reference for w in words)


#: Types whose records may carry a toll (:data:`TOLL_FIELDS`): attacks, protests (ACLED
#: counts the dead of a protest put down) and coercion (arrests, deaths in a raid).
TOLL_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE"})
#: Size fields that count victims or detainees; other types keep only ``people``.
TOLL_FIELDS = frozenset({"killed", "injured", "arrested"})
#: The type whose record a size field belongs to when one of it shares the sentence
#: ("Thousands rallied to protest against Israeli strikes": the strikes count no one).
TOLL_OWNERS = {"killed": "ASSAULT", "injured": "ASSAULT", "arrested": "COERCE", "people": "PROTEST"}


def _same_party(a: ActorRef, b: ActorRef) -> bool:
    """Whether two participants are one party: the same words, one inside the other, or
    the same linked actor."""
    if a.id and a.id == b.id:
        return True
    return a.text in b.text or b.text in a.text


def _announced(view: DocView, offset: int) -> bool:
    """Whether character ``offset`` lies in the content of an attributed statement."""
    return bool(view.saying(offset))


def _announcer(view: DocView, offset: int) -> ActorRef | None:
    """The linked speaker of the statement whose content holds character ``offset``."""
    return next(
        (
            st.speaker
            for st in view.saying(offset)
            if st.speaker is not None and (st.speaker.name or st.speaker.country)
        ),
        None,
    )


def _launched(
    view: DocView,
    s: SentenceView,
    event_type: str,
    hits: Sequence[TriggerHit],
    cues: args.ArgumentCues,
) -> bool:
    """Whether an ASSAULT mention the classifier rejects is an attack launched: a verb
    of the ``launch_verbs`` argument cues ("شنت", "نفذوا", "بدأت") stands at most
    :data:`LAUNCH_REACH` words before one of its noun trigger hits in the clause ("إن
    القوات شنت هجوما قرب أولاري", "بدأت تشكيلات الجبهة الجنوبية هجوما واسعا") and the
    text asserts it (no "إذا شنت هجوما"), not in an identifying relative clause
    ("الذين نفذوا الاعتداء", :func:`_relative_clause_at`). The verb says an attack took place, not that
    one was spoken of ("وقف الهجمات", "احتمال شن هجوم"). A form that is also the verbal
    noun (``launch_verbs_subject``: "شن", "نفذ") launches only with an armed force as its
    subject (:func:`_launched_by_force`)."""
    verbs = cues.launch_verbs | cues.launch_verbs_subject
    if event_type != "ASSAULT" or not verbs:
        return False
    toks = view.tokens[s.lo : s.hi]
    for h in hits:
        if h.is_verb:
            continue
        clause = clause_bounds(toks, h.first, 0, len(toks))
        j = args.word_back(view, s.lo + h.first, s.lo + clause[0], LAUNCH_REACH, verbs)
        if j is None or _relative_clause_at(
            toks, j - s.lo, cues.relative_pronouns, cues.time_heads
        ):
            continue  # "الذين نفذوا الاعتداء": who carried it out, told to name them
        if strip_conjunction(
            view.tokens[j].norm
        ) in cues.launch_verbs_subject and not _launched_by_force(
            view, j, s.lo + h.first, (s.lo + clause[0], s.lo + clause[1])
        ):
            continue  # "احتمال شن هجوم": the verbal noun, no attack launched
        modality, _ = trigger_modality(view.tokens, j, s.lo, s.hi, view.lang)
        if modality == "asserted":
            return True
    return False


#: Actor sectors of armed forces, whose attack verb opening a clause tells an attack.
_FORCES = frozenset({"MIL", "SPY", *_ARMED_NONSTATE})


def _is_force(m: Mention, states: bool) -> bool:
    """Whether actor mention ``m`` is an armed force (an actor of a :data:`_FORCES`
    sector: "الجيش الإسرائيلي") or, with ``states``, a country standing for its state."""
    if m.kind == "LOC":
        return states and m.place is not None and m.place.feature in (None, "country")
    return m.actor is not None and m.actor.sector in _FORCES


def _force_after(view: DocView, i: int, end: int, states: bool = False) -> Mention | None:
    """The mention of an armed force (:func:`_is_force`) that starts at the first word
    token after token ``i`` (before token ``end``), or None."""
    toks = view.tokens
    nxt = next((k for k in range(i + 1, end) if toks[k].is_word), None)
    if nxt is None:
        return None
    subject = view.actor_mentions(toks[nxt].start, toks[end - 1].end)
    if not subject or subject[0].start != toks[nxt].start:
        return None
    return subject[0] if _is_force(subject[0], states) else None


def _force_before(view: DocView, i: int, start: int) -> bool:
    """Whether a mention of an armed force (:func:`_is_force`, no state) ends right before
    token ``i``, not before token ``start``, opening its clause as the subject: "إن الجيش
    النيجيري شن هجوما"."""
    toks = view.tokens
    prev = next((k for k in range(i - 1, start - 1, -1) if toks[k].is_word), None)
    if prev is None:
        return False
    ends = [
        m for m in view.actor_mentions(toks[start].start, toks[i].start) if m.end == toks[prev].end
    ]
    return bool(ends) and _is_force(ends[0], states=False)


#: Most words between a launching verb's subject and the attack noun it launches ("شن
#: الجيش الإسرائيلي أمس غارات").
_LAUNCHED_GAP = 1


def _launched_by_force(view: DocView, j: int, noun: int, clause: tuple[int, int]) -> bool:
    """Whether the verb form at token ``j`` that is also a verbal noun ("شن", "نفذ") is a
    verb launching the attack noun at token ``noun``: it opens its clause with an armed
    force named right after it and the noun at most :data:`_LAUNCHED_GAP` words after the
    force ("شن الجيش الإسرائيلي غارات جوية"), or the force stands right before it and the
    noun follows it ("إن الجيش النيجيري شن هجوما"). After a preposition it is the verbal
    noun ("حذرت من شن إسرائيل هجوما"), and an exercise or an inquiry is no attack
    ("نفذ الجيش تمرينا يحاكي هجوما")."""
    toks = view.tokens
    if _force_before(view, j, clause[0]):
        return not any(t.is_word for t in toks[j + 1 : noun])
    if any(t.is_word for t in toks[clause[0] : j]):
        return False  # not the clause's first word: "من شن", "احتمال شن"
    force = _force_after(view, j, clause[1])
    if force is None:
        return False
    words = [t for t in toks[view.token_index(force.end) : noun] if t.is_word]
    return len(words) <= _LAUNCHED_GAP


def _struck(view: DocView, s: SentenceView, event_type: str, hits: Sequence[TriggerHit]) -> bool:
    """Whether an ASSAULT mention the classifier rejects is an attack told as news: a
    verb hit of weight at least ``RESCUE_LEXICAL`` opens its clause, an armed force (an
    actor of a :data:`_FORCES` sector) is named right after it as its subject ("قصف الجيش
    الإسرائيلي بلدة نوى في ريف درعا أمس"), or a state when the hit is a phrase that names
    the weapon ("أطلقت إيران صواريخ على قاعدة العديد"; "هاجمت إيران قرار مجلس الأمن" is
    criticism), the text asserts it and the sentence has no month or year date
    (background). The classifier learnt the PLOVER gold standard's strict reading, which
    rejects many plain attack reports."""
    if event_type != "ASSAULT":
        return False
    if any(d.precision in ("month", "year") for d in view.mentions_in(s.start, s.end, _DATE)):
        return False
    toks = view.tokens[s.lo : s.hi]
    for h in hits:
        if not h.is_verb or h.weight < RESCUE_LEXICAL:
            continue
        lo, hi = clause_bounds(toks, h.first, 0, len(toks))
        if any(t.is_word for t in toks[lo : h.first]):
            continue  # not the clause's first word
        states = h.pos == "pv" and h.last > h.first
        if _force_after(view, s.lo + h.first, s.lo + hi, states) is None:
            continue
        modality, _ = trigger_modality(view.tokens, s.lo + h.first, s.lo, s.hi, view.lang)
        if modality == "asserted":
            return True
    return False


def _fled_somewhere(
    view: DocView, s: SentenceView, head: TriggerHit, cues: args.ArgumentCues
) -> bool:
    """Whether a RETREAT trigger is a retreat: any trigger but a flight form
    (``flight_forms``: "فر", "الفرار", "هرب"), and a flight toward a place, a movement
    preposition after it in its clause with a place right after that ("فرار نحو 2000
    جندي سوري إلى العراق"). Residents fleeing their homes ("فروا من منازلهم"), a
    prisoner's escape or fighters fleeing the fighting retreat from no position."""
    if head.form not in cues.flight_forms:
        return True
    toks = view.tokens[s.lo : s.hi]
    _, end = clause_bounds(toks, head.first, 0, len(toks))
    for k in range(head.last + 1, end - 1):
        if toks[k].is_word and toks[k].norm in cues.movement:
            nxt = toks[k + 1]
            if view.mentions_in(nxt.start, nxt.end, _LOC):
                return True
    return False


#: Words of a text, for matching cue words.
_WORDS = re.compile(r"\w+")
#: Types a rescue service never carries out: as their actor it tells an accident.
_NOT_RESCUE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _disaster(ev: Event, cues: args.ArgumentCues) -> bool:
    """Whether ``ev`` is an attack or a coercion with no actor whose sentence names a
    natural hazard before its trigger (``hazards``: "Flash floods swept ... killing at
    least eight", "جرفت السيول ... ما أدى إلى مقتل") or an accident anywhere
    (``accidents``: "لقي 4 أشخاص مصرعهم ... في حادث اصطدام سيارة"): a disaster or an
    accident, not violence."""
    if ev.type not in _NOT_RESCUE_TYPES or ev.actor is not None:
        return False
    end = ev.trigger.start if ev.trigger is not None else ev.evidence.end
    before = ev.evidence.text[: max(0, end - ev.evidence.start)]
    if any(w in cues.hazards for w in _WORDS.findall(normalize_key(before))):
        return True
    return _names_accident(_WORDS.findall(normalize_key(ev.evidence.text)), cues.accidents)


def _names_accident(words: list[str], accidents: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the normalized ``words`` hold an accident phrase, its first word as written
    or after a one-letter proclitic ("بحادث مروري")."""
    for i, w in enumerate(words):
        for phrase in accidents:
            if (w == phrase[0] or (len(w) > 3 and w[1:] == phrase[0])) and tuple(
                words[i + 1 : i + len(phrase)]
            ) == phrase[1:]:
                return True
    return False


#: Hazard words that make a text a disaster story (:func:`_disaster_story`).
DISASTER_WORDS = 1
#: Types a disaster story tells with no party: rescues, evacuations, deaths.
_RELIEF_TYPES = frozenset({"AID", "RETREAT", "ASSAULT", "COERCE"})


def _disaster_story(view: DocView, cues: args.ArgumentCues) -> bool:
    """Whether a text's words (its tokens' normalized forms) name natural hazards
    (``hazards``) at least :data:`DISASTER_WORDS` times: a flood, storm or earthquake
    story."""
    if not cues.hazards:
        return False
    return sum(1 for t in view.tokens if t.norm in cues.hazards) >= DISASTER_WORDS


def _relief_without_a_party(ev: Event) -> bool:
    """Whether ``ev`` is a rescue, evacuation or death with no party of any sector
    ("Rescue teams evacuated more than 200 residents" in a flood story)."""
    return ev.type in _RELIEF_TYPES and not any(
        r is not None and r.sector for r in (ev.actor, ev.recipient)
    )


def _rescue(ev: Event, cues: args.ArgumentCues) -> bool:
    """Whether ``ev`` is an attack or a coercion whose actor is a rescue service
    (``rescuers``: "الدفاع المدني", "الهلال الأحمر"): an accident or a rescue told with
    the words of violence ("حررت فرق الهلال الأحمر 3 أشخاص احتجزوا بعقبة الأبناء")."""
    if ev.type not in _NOT_RESCUE_TYPES or ev.actor is None or not cues.rescuers:
        return False
    text = normalize_key(ev.actor.text)
    return any(r in text for r in cues.rescuers)
