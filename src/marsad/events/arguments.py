"""Event arguments from the mentions other stages put on the document.

Rules (cue words in ``lang/{ar,en}/event_arguments.json`` and ``event_size.tsv``):

* **actor / recipient** (:func:`participants`): actor mentions (PER/ORG/MISC, any
  mention with ``.actor``, country names) in the trigger's clause. For a verb, the
  actor is the mention just before it (SVO, at most 3 words away) or else the first
  after it (Arabic VSO: "قتل مسلحون ثلاثة جنود"); the recipient is the next one
  after, or one after a patient marker ("على", "ضد"). For a patient noun
  ("مقتل", "اعتقال") the first mention after it is the recipient and the actor is
  one after an agent marker ("على يد", "من قبل") or before the trigger. Host verbs
  ("استقبل") swap the two: the visitor is the actor.
* **location** (:func:`location`): a LOC mention attached by a locative preposition
  or place noun ("في", "ب", "قرب", "مدينة"), or for movement ("إلى") in RETREAT,
  CONSULT, MOBILIZE and AID events; in the clause first (nearest after the trigger,
  then before), then in the sentence; a town beats a country in the same clause.
* **date** (:func:`event_date`): the DATE mention in the clause nearest the trigger,
  else the sentence's nearest, else the paragraph's nearest earlier (then later)
  one; else the document's reference date with precision ``week`` (the event is
  taken to be within the week before the report).
* **size** (:func:`size`): QUANTITY mentions in the clause (else the sentence): a
  count after a killing/injury/arrest word ("مقتل عشرة") is killed/injured/arrested;
  otherwise its counted noun decides ("قتلى" killed, "جرحى" injured, "جندي" people).
"""

from __future__ import annotations

import json
from calendar import monthrange
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from itertools import islice

from marsad.clean.normalize import normalize_key
from marsad.document import Actor, ActorRef, Event, Mention, Statement, Token
from marsad.events.agreement import disagrees
from marsad.events.dateline import dateline_end
from marsad.events.lexicon import read_table, strip_article, strip_conjunction
from marsad.events.reporting import reporting_lexicon
from marsad.events.triggers import TriggerHit, find_triggers
from marsad.events.view import DocView, SentenceView
from marsad.lang import data_path
from marsad.mentions.date_resolve import PRECISION_RANK
from marsad.resolve.gazetteer import capital_ids, capitals, load_gazetteer
from marsad.resolve.geocode_context import load_context

_SVO_WINDOW = 3
_QUANTITY = frozenset({"QUANTITY"})
_ORIGIN_KINDS = frozenset({"LOC", "MISC"})
#: How many sentences back in its paragraph an event without a place looks for one.
_CONTEXT_BACK = 2
#: How many body sentences make the lead whose date undated events fall back to.
_LEAD_SENTENCES = 2
#: How many tokens before a date a relative pronoun makes it the date of its clause.
_RELATIVE_REACH = 6
_HISTORICAL_DAYS = 365


@dataclass(frozen=True, slots=True)
class ArgumentCues:
    """Normalized cue sets of one language."""

    locative: frozenset[str]
    movement: frozenset[str]
    movement_types: frozenset[str]
    agent_markers: tuple[tuple[str, ...], ...]
    patient_markers: frozenset[str]
    patient_nouns: frozenset[str]
    swap_verbs: frozenset[str]
    reception_adjuncts: frozenset[str]
    meet_verbs: frozenset[str]
    meet_with: frozenset[str]
    oblique: frozenset[str]
    speaker_types: frozenset[str]
    passive_verbs: frozenset[str]
    receive_verbs: frozenset[str]
    masdar_heads: frozenset[str]
    undergo_verbs: frozenset[str]
    light_verbs: frozenset[str]
    complementizers: frozenset[str]
    demonstratives: frozenset[str]
    reporters: frozenset[str]
    reporter_sectors: frozenset[str]
    placed: frozenset[str]
    each_of: tuple[str, ...]
    sector_adjectives: frozenset[str]
    fired_from: tuple[tuple[str, ...], ...]
    relative_pronouns: frozenset[str]
    time_heads: frozenset[str]
    since: frozenset[str]
    target: frozenset[str]
    target_types: frozenset[str]
    topics: dict[str, frozenset[str]]
    reactions: dict[str, frozenset[str]]
    territorial: frozenset[str]
    flight_forms: frozenset[str]
    folded: dict[str, frozenset[str]]
    rescuers: tuple[str, ...]
    hazards: frozenset[str]
    accidents: tuple[tuple[str, ...], ...]
    determiners: frozenset[str]
    counterparts: frozenset[str]
    symmetric_types: frozenset[str]
    launch_verbs: frozenset[str]
    launch_verbs_subject: frozenset[str]
    named_years: frozenset[str]
    year_periods: frozenset[str]
    local: frozenset[str]
    outlet_leads: frozenset[str]
    size_before: dict[str, str]
    size_noun: dict[str, str]
    #: words right before a count that make it part of another ("بينهم ثلاثة أطفال")
    subset_cues: frozenset[str]
    #: words two before a count, before the whole's noun ("وبين القتلى خمسة أطفال")
    subset_heads: frozenset[str] = frozenset()
    #: words before a verb that make it the infinitive a talk, a request, a threat or a
    #: promise is about ("threatened to ban"): a topic, as a noun trigger is
    infinitive: frozenset[str] = frozenset()
    #: verbs and adjectives before an infinitive marker after which the infinitive's event
    #: took place ("managed to free", "began to withdraw"); after any other word it is
    #: only meant ("deployed to rescue", "sent to attack": an intention, ``future``)
    implicative: frozenset[str] = frozenset()
    #: words that join a second verb to the first one's subject ("Protesters chanted
    #: slogans against Ruto and demanded": the protesters demanded, not Ruto)
    coordinators: frozenset[str] = frozenset()
    #: whether a trigger's subject may follow it (Arabic: "قصفت الطائرات"); in English the
    #: noun after it is its object or another clause's subject ("to meet officials", "an
    #: accusation the SDF denied"): no actor without a marker
    subject_after_verb: bool = True
    #: complementizers that make the speaker the subject of what it says ("أعلن الحزب أنه
    #: سيصعد": the party itself will escalate)
    self_reference: frozenset[str] = frozenset()
    #: titles a building may be named after with a person ("مستشفى الملك فهد", "جامع
    #: الإمام تركي"): the person is the name, no participant
    eponym_titles: frozenset[str] = frozenset()
    #: duals of person nouns that count two where a count would ("مقتل شخصين")
    dual_people: frozenset[str] = frozenset()
    #: nouns of a country's land, sea or cities: a nationality adjective right after one
    #: describes the place ("غرب العاصمة الليبية"), no participant
    place_nouns: frozenset[str] = frozenset()
    #: words that tie a group to the one named after them ("مسلحون موالون لتنظيم داعش"):
    #: that one is the group's allegiance (:func:`affiliations`)
    affiliated: frozenset[str] = frozenset()
    #: words by which a group claims an attack ("وأعلنت حركة الشباب مسؤوليتها عن الهجوم"),
    #: as word tuples (:func:`claim_actors`)
    claims: tuple[tuple[str, ...], ...] = ()
    #: words before a claim that deny or negate it ("ولم تعلن ... مسؤوليتها")
    claim_denials: frozenset[str] = frozenset()
    #: prepositions between an affiliated word and the group ("انتمائهم إلى")
    affiliation_prepositions: frozenset[str] = frozenset()
    #: words that open what someone is charged with ("بتهمة التعاون مع الدعم السريع"):
    #: who is named after one is part of the charge, no party to the event
    charges: frozenset[tuple[str, ...]] = frozenset()
    #: force nouns with a possessive pronoun ("مقاتليها", "قواته"): in a statement, the
    #: speaker's own forces (:func:`own_forces_actor`)
    own_forces: frozenset[str] = frozenset()
    #: nouns of a group's members before "من" and its name ("مسلحون من تنظيم داعش"):
    #: right after a verb, the group acts (:func:`_members_of`)
    members: frozenset[str] = frozenset()
    #: border phrases before a country ("الحدود مع سوريا", "the border with"), as word
    #: tuples without the article: the country is where, no participant (:func:`_bordering`)
    borders: tuple[tuple[str, ...], ...] = ()
    #: prepositions between a members noun and its group ("مسلحون من تنظيم داعش")
    partitive: frozenset[str] = frozenset()
    #: words that tie a subject no mention names to the body after it ("المتحدث باسم")
    subject_links: frozenset[str] = frozenset()
    #: AGREE trigger forms of a vow ("تعهد", "vow"): with a threat in the sentence, the
    #: vow is that threat, no promise of its own
    vows: frozenset[str] = frozenset()
    #: words that open what an act seeks or protests ("احتجاجا على", "للمطالبة ب"): a
    #: participant after one is its target (:func:`_sought`)
    purposes: frozenset[str] = frozenset()
    #: nouns of a period's start after a ``since`` word ("منذ بدء", "since the start"):
    #: the clause counts over the period (:func:`tally_since`)
    period_starts: frozenset[str] = frozenset()
    #: words of "anyone" after a claim's denial ("ولم تتبن أي جهة التفجير"): no one's
    claim_anyone: frozenset[str] = frozenset()
    #: words that place one town against another ("قرية سنجل شمال رام الله")
    directions: frozenset[str] = frozenset()
    #: "the capital" written alone ("في العاصمة") and the prepositions that put an event
    #: in it (:func:`capital_location`)
    capital: frozenset[str] = frozenset()
    in_place: frozenset[str] = frozenset()
    #: first words of a trigger that tells the result of what its sentence told before
    #: ("ما أسفر عن مقتل 32 شخصا", "killing five"): one event with it
    consequences: frozenset[str] = frozenset()
    #: words right before a trigger that tell an act earlier than its sentence's ("بعد
    #: تحرير عدن", "غداة تبادل لإطلاق النار"): an attack of its own (events/merge.py)
    earlier: frozenset[str] = frozenset()
    #: words before a trigger that put it the day before its sentence's day ("غداة")
    day_after: frozenset[str] = frozenset()
    #: nouns of buildings and sites that a place may follow in construct after a locative
    #: preposition ("أمام مبنى ديوان محافظة البصرة")
    site_nouns: frozenset[str] = frozenset()
    #: "between" ("بين"): "بين X وY" names the two sides of an event of ``between_types``
    between: frozenset[str] = frozenset()
    between_types: frozenset[str] = frozenset()
    #: the word between a government body and the one it belongs to ("وزارة الداخلية في
    #: حكومة الوحدة الوطنية"): the second is no party
    affiliation: frozenset[str] = frozenset()
    #: words opening a clause whose verb, within a few words after, is what a request, a
    #: talk or a threat before it is about ("demanded that parliament reject the bill")
    embedding: frozenset[str] = frozenset()
    #: words before a town that put the event near it, not in it (ACLED precision 2)
    near: frozenset[str] = frozenset()
    #: verbs of telling whose object is only who hears it ("told reporters")
    listener_verbs: frozenset[str] = frozenset()
    #: forms of "be" that make an English past participle after them passive ("were killed")
    passive_auxiliaries: frozenset[str] = frozenset()
    #: words between a count's noun and the word after it that tells what it counts ("were")
    size_skip: frozenset[str] = frozenset()
    #: words right after a count and its noun that say what the count is ("two soldiers
    #: were killed"), read before the words in front of it
    size_after: dict[str, str] = field(default_factory=dict)


#: Mention kinds the argument rules look up by span.
_LOC = frozenset({"LOC"})
_DATE = frozenset({"DATE"})


def _norm_set(words: list[str]) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words)


@cache
def argument_cues(lang: str) -> ArgumentCues:
    """The argument cues of ``lang`` (``ar``; anything else reads ``en``)."""
    lang = "ar" if lang == "ar" else "en"
    cfg = json.loads(data_path(lang, "event_arguments.json").read_text(encoding="utf-8"))
    before: dict[str, str] = {}
    noun: dict[str, str] = {}
    after: dict[str, str] = {}
    for counted, where, forms in read_table(lang, "event_size.tsv"):
        target = {"before": before, "after": after}.get(where, noun)
        for f in forms.split(","):
            key = normalize_key(f.strip())
            if key:
                target.setdefault(key, counted)
                target.setdefault(strip_article(key), counted)
    return ArgumentCues(
        locative=_norm_set(cfg["locative"]),
        movement=_norm_set(cfg["movement"]),
        movement_types=frozenset(cfg["movement_types"]),
        agent_markers=tuple(tuple(normalize_key(w).split()) for w in cfg["agent_markers"]),
        patient_markers=_norm_set(cfg["patient_markers"]),
        patient_nouns=_norm_set(cfg["patient_nouns"]),
        swap_verbs=_norm_set(cfg["swap_verbs"]),
        reception_adjuncts=_norm_set(cfg.get("reception_adjuncts", [])),
        meet_verbs=_norm_set(cfg.get("meet_verbs", [])),
        meet_with=_norm_set(cfg.get("meet_with", [])),
        oblique=_norm_set(cfg.get("oblique", [])),
        speaker_types=frozenset(cfg.get("speaker_types", [])),
        passive_verbs=_norm_set(cfg.get("passive_verbs", [])),
        receive_verbs=_norm_set(cfg.get("receive_verbs", [])),
        masdar_heads=_norm_set(cfg.get("masdar_heads", [])),
        undergo_verbs=_norm_set(cfg.get("undergo_verbs", [])),
        light_verbs=_norm_set(cfg.get("light_verbs", [])),
        complementizers=_norm_set(cfg.get("complementizers", [])),
        demonstratives=_norm_set(cfg.get("demonstratives", [])),
        reporters=_norm_set(cfg.get("reporters", [])),
        reporter_sectors=frozenset(cfg.get("reporter_sectors", [])),
        placed=_norm_set(
            cfg["locative"] + cfg["movement"] + cfg.get("source", []) + cfg.get("seat", [])
        ),
        each_of=tuple(normalize_key(w) for w in cfg.get("each_of", [])),
        sector_adjectives=_norm_set(cfg.get("sector_adjectives", [])),
        fired_from=tuple(
            sorted(
                (tuple(normalize_key(w).split()) for w in cfg.get("fired_from", [])),
                key=len,
                reverse=True,
            )
        ),
        relative_pronouns=_norm_set(cfg.get("relative_pronouns", [])),
        time_heads=_norm_set(cfg.get("time_heads", [])),
        since=_norm_set(cfg.get("since", [])),
        target=_norm_set(cfg.get("target", [])),
        target_types=frozenset(cfg.get("target_types", [])),
        topics={t: frozenset(v) for t, v in cfg.get("topics", {}).items()},
        infinitive=frozenset(w.lower() for w in cfg.get("infinitive", [])),
        implicative=frozenset(w.lower() for w in cfg.get("implicative", [])),
        coordinators=frozenset(w.lower() for w in cfg.get("coordinators", [])),
        subject_after_verb=cfg.get("subject_after_verb", True),
        self_reference=_norm_set(cfg.get("self_reference", [])),
        dual_people=_norm_set(cfg.get("dual_people", [])),
        affiliated=_norm_set(cfg.get("affiliated", [])),
        place_nouns=_norm_set(cfg.get("place_nouns", [])),
        affiliation_prepositions=_norm_set(cfg.get("affiliation_prepositions", [])),
        claim_denials=frozenset(w.lower() for w in _norm_set(cfg.get("claim_denials", []))),
        charges=frozenset(
            tuple(normalize_key(w).lower().split()) for w in cfg.get("charges", []) if w.strip()
        ),
        own_forces=_norm_set(cfg.get("own_forces", [])),
        members=frozenset(strip_article(w) for w in _norm_set(cfg.get("members", []))),
        purposes=_norm_set(cfg.get("purposes", [])),
        vows=frozenset(w.lower() for w in _norm_set(cfg.get("vows", []))),
        subject_links=_norm_set(cfg.get("subject_links", [])),
        borders=tuple(
            tuple(strip_article(w.lower()) for w in normalize_key(p).split())
            for p in cfg.get("borders", [])
        ),
        partitive=_norm_set(cfg.get("partitive", [])),
        period_starts=frozenset(
            strip_article(w.lower()) for w in _norm_set(cfg.get("period_starts", []))
        ),
        claim_anyone=frozenset(w.lower() for w in _norm_set(cfg.get("claim_anyone", []))),
        directions=frozenset(w.lower() for w in _norm_set(cfg.get("directions", []))),
        claims=tuple(
            tuple(normalize_key(w).lower().split()) for w in cfg.get("claims", []) if w.strip()
        ),
        capital=frozenset(strip_article(w) for w in _norm_set(cfg.get("capital", []))),
        in_place=_norm_set(cfg.get("in_place", [])),
        consequences=frozenset(w.lower() for w in _norm_set(cfg.get("consequences", []))),
        earlier=frozenset(w.lower() for w in _norm_set(cfg.get("earlier", []))),
        day_after=frozenset(w.lower() for w in _norm_set(cfg.get("day_after", []))),
        eponym_titles=frozenset(strip_article(w) for w in _norm_set(cfg.get("eponym_titles", []))),
        embedding=frozenset(w.lower() for w in cfg.get("embedding", [])),
        site_nouns=_norm_set(cfg.get("site_nouns", [])),
        between=frozenset(w.lower() for w in _norm_set(cfg.get("between", []))),
        between_types=frozenset(cfg.get("between_types", [])),
        affiliation=frozenset(w.lower() for w in _norm_set(cfg.get("affiliation", []))),
        reactions={t: frozenset(v) for t, v in cfg.get("reactions", {}).items()},
        territorial=_norm_set(cfg.get("territorial", [])),
        flight_forms=_norm_set(cfg.get("flight_forms", [])),
        folded={t: frozenset(v) for t, v in cfg.get("folded", {}).items()},
        rescuers=tuple(normalize_key(w) for w in cfg.get("rescuers", [])),
        hazards=_norm_set(cfg.get("hazards", [])),
        accidents=tuple(tuple(normalize_key(w).split()) for w in cfg.get("accidents", [])),
        determiners=frozenset(w.lower() for w in cfg.get("determiners", [])),
        counterparts=_norm_set(cfg.get("counterparts", [])),
        symmetric_types=frozenset(cfg.get("symmetric_types", [])),
        launch_verbs=_norm_set(cfg.get("launch_verbs", [])),
        launch_verbs_subject=_norm_set(cfg.get("launch_verbs_subject", [])),
        named_years=_norm_set(cfg.get("named_years", [])),
        year_periods=_norm_set(cfg.get("year_periods", [])),
        local=_norm_set(cfg.get("local", [])),
        outlet_leads=_norm_set(cfg.get("outlet_leads", [])),
        size_before=before,
        size_noun=noun,
        subset_cues=frozenset(w.lower() for w in _norm_set(cfg.get("subset_cues", []))),
        subset_heads=_norm_set(cfg.get("subset_heads", [])),
        size_after=after,
        near=frozenset(w.lower() for w in _norm_set(cfg.get("near", []))),
        passive_auxiliaries=frozenset(w.lower() for w in cfg.get("passive_auxiliaries", [])),
        listener_verbs=frozenset(w.lower() for w in cfg.get("listener_verbs", [])),
        size_skip=frozenset(w.lower() for w in cfg.get("size_skip", [])),
    )


def actor_ref(m: Mention) -> ActorRef:
    """The contract's actor object for a mention (resolved fields where the mention
    carries an actor, a country place's country otherwise)."""
    if m.actor is not None:
        a = m.actor
        return ActorRef(text=m.text, name=a.name, country=a.country, sector=a.sector, id=a.id)
    if m.place is not None:
        if _capital(m):  # a capital that acts is its government: "ودعت واشنطن"
            return ActorRef(text=m.text, name=m.place.name, country=m.place.country, sector="GOV")
        return ActorRef(text=m.text, name=m.place.name, country=m.place.country)
    return ActorRef(text=m.text)


def local_actor(
    view: DocView, s: SentenceView, actor: ActorRef | None, location: dict | None
) -> ActorRef | None:
    """``actor``, with the country of the event's place when a word of ``local`` follows
    it in sentence ``s`` ("ساعدت القبائل المحلية الجنود" at al-Qaim: Iraqi tribes, whatever
    country the sentence names most); unchanged for a known actor of the knowledge base
    and when the place is not of the sentence (``basis`` other than ``sentence``) or has
    no country."""
    if actor is None or actor.id or not location or location.get("basis") != "sentence":
        return actor  # a known actor of the knowledge base keeps its country
    country = location.get("country")
    if not country or actor.country == country:
        return actor
    at = view.text.find(actor.text, s.start, s.end)
    if at < 0:
        return actor
    nxt = view.text[at + len(actor.text) : s.end].split(maxsplit=1)
    if not nxt or normalize_key(nxt[0]) not in argument_cues(view.lang).local:
        return actor
    # a generic group's name says its old country ("Syrian tribes"): left out
    return ActorRef(text=actor.text, country=country, sector=actor.sector)


#: CAMEO sectors of groups that are of the country they act in when the text names none:
#: unidentified armed men, rebels, civilians, an army, police, a government, an
#: opposition ("اشتباكات بين المسلحين وقوات الجيش" in Mali: Malian). Not international
#: bodies, media, refugees or businesses, which are often foreign.
LOCAL_SECTORS = frozenset({"UAF", "REB", "CVL", "MIL", "COP", "GOV", "OPP"})


def placed(ref: ActorRef | None, location: dict | None, persons: bool = True) -> ActorRef | None:
    """``ref`` with the country of the event's ``location`` when it is a generic group
    of :data:`LOCAL_SECTORS`, or a name with no sector at all (a person the knowledge
    base lacks: "ووصف الدكتور عادل عامر الحادث" in a story from Egypt), that has no
    country and no knowledge-base id; its ``country_basis`` says so (``"event_place"``).
    Else unchanged. ACLED codes an unnamed group by the country of the event; on the
    development articles the same guess for unknown persons is right more often than
    no country (actor country 0.734 -> 0.743), and the basis marks it as a guess. With
    ``persons`` False a name with no sector is left without a country: a meeting's place
    is its host's country, and the party the knowledge base lacks is as often the
    visitor (on the development rounds of stop 23 the guess was wrong for all nine
    meeting actors it gave a country).

    >>> placed(ActorRef("مسلحين", sector="UAF"), {"country": "MLI"}).country
    'MLI'
    >>> placed(ActorRef("كيفين كيليا"), {"country": "IRQ"}).country_basis
    'event_place'
    >>> placed(ActorRef("كيفين كيليا"), {"country": "IRQ"}, persons=False).country is None
    True
    >>> placed(ActorRef("الصحفيين", sector="MED"), {"country": "IRQ"}).country is None
    True
    """
    if ref is None or ref.country or ref.id:
        return ref
    if ref.sector is not None and ref.sector not in LOCAL_SECTORS:
        return ref
    if ref.sector is None and not persons:
        return ref
    country = (location or {}).get("country")
    if not country:
        return ref
    return ActorRef(ref.text, ref.name, country, ref.sector, None, "event_place")


def _capital(m: Mention) -> bool:
    """Whether ``m`` is a national capital (a place below country level that
    :meth:`DocView.actor_mentions` lets act when asked to)."""
    return m.place is not None and m.place.precision < 3 and m.place.geonameid in capital_ids()


def _next_to_verb(view: DocView, m: Mention, hit: TriggerHit, start: int, end: int) -> bool:
    """Whether ``m`` is the subject right next to verb trigger ``hit`` (token span
    ``start``-``end``): just after it ("ودعت واشنطن") or just before it ("وواشنطن
    تدين"). Only there does a capital act for its government; elsewhere it is where
    things happen ("لقاء بروكسل", "المعتقلين في الخرطوم")."""
    if not hit.is_verb:
        return False
    if m.start >= end:
        return _words_between(view, end, m.start) == 0
    return m.end <= start and _words_between(view, m.end, start) == 0


_DAMMA = "\u064f"


def marked_passive(word: str) -> bool:
    """Whether an Arabic verb as written carries the passive's damma on its first
    letter (after a conjunction "و"/"ف"): "قُتل", "وأُصيب", "يُعتقل"; unvocalized text
    says nothing (False).

    >>> [marked_passive(w) for w in ("قُتل", "وأُصيب", "قَتل", "قتل")]
    [True, True, False, False]
    """
    letters = [(i, ch) for i, ch in enumerate(word) if "\u0621" <= ch <= "\u064a"]
    if (
        len(letters) >= 3
        and letters[0][1] in "وف"
        and word[letters[0][0] + 1 : letters[0][0] + 2] != _DAMMA
    ):
        letters = letters[1:]
    if not letters:
        return False
    i = letters[0][0]
    return word[i + 1 : i + 2] == _DAMMA


def participants(
    view: DocView, hit: TriggerHit, clause: tuple[int, int]
) -> tuple[ActorRef | None, ActorRef | None]:
    """Actor and recipient of the event whose trigger is ``hit`` within the token
    range ``clause``: as :func:`_participants` reads them, the actor replaced by the group
    it is said to belong to when it is a generic group ("مسلحون موالون لتنظيم داعش": the
    Islamic State acts; :func:`affiliations`)."""
    actor, recipient = _participants(view, hit, clause)
    if actor is not None and actor.id is None and actor.sector in _GENERIC_SECTORS:
        toks = view.tokens
        a, b = clause
        start = toks[a].start if a < len(toks) else 0
        end = toks[b - 1].end if b - 1 < len(toks) and b > a else start
        for group, allegiance in affiliations(view, view.actor_mentions(start, end)):
            if group.text == actor.text:
                return actor_ref(allegiance), recipient
    return actor, recipient


#: Sectors of a group that may be told by the one it belongs to: armed men, fighters.
_GENERIC_SECTORS = frozenset({None, "UAF", "REB", "INS"})


def affiliations(view: DocView, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(group, allegiance) pairs of ``mentions``: a resolved mention right after a word of
    the ``affiliated`` cues (or two words after, the second a preposition: "انتمائهم إلى"),
    and the mention just before that word, at most two words before it."""
    cues = argument_cues(view.lang)
    if not cues.affiliated:
        return []
    out = []
    for k, m in enumerate(mentions):
        if m.actor is None or not (m.actor.sector or m.actor.id):
            continue
        i = view.token_index(m.start)
        words = _words_before(view, i, 2)
        if not words:
            continue
        if words[-1] in cues.affiliated:
            tie = 1
        elif (
            len(words) == 2
            and words[0] in cues.affiliated
            and words[1] in cues.affiliation_prepositions
        ):
            tie = 2
        else:
            continue
        tie_at = view.tokens[max(0, i - tie)].start
        group = next((g for g in reversed(mentions[:k]) if g.end <= tie_at), None)
        if group is not None and _words_between(view, group.end, tie_at) <= 2:
            out.append((group, m))
    return out


def _participants(
    view: DocView, hit: TriggerHit, clause: tuple[int, int]
) -> tuple[ActorRef | None, ActorRef | None]:
    """Actor and recipient by the rules below (:func:`participants` reads allegiance)."""
    toks = view.tokens
    a, b = clause
    start = toks[a].start if a < len(toks) else 0
    end = toks[b - 1].end if b - 1 < len(toks) and b > a else start
    cues = argument_cues(view.lang)
    trig_start, trig_end = toks[hit.first].start, toks[hit.first].end
    cands = [
        m
        for m in agent_candidates(
            view, view.actor_mentions(start, end, capitals=True), cues, hit.type
        )
        if (not _capital(m) or _next_to_verb(view, m, hit, trig_start, trig_end))
        and not _quoted_outlet(view, m, view.token_index(m.start), cues)
    ]
    cands = _one_per_apposition(view, cands)
    if cues.charges:  # "اعتقلت السلطات 23 شخصا بتهمة التعاون مع الدعم السريع": the charge's
        cands = [m for m in cands if not _in_charge(view, trig_end, m, cues.charges)]
    # whose side a group after the trigger is on names no party to it ("مسلحون موالون
    # لتنظيم داعش حاجزا": no recipient); before it, the allegiance stands for the group
    allegiances = {id(m) for _, m in affiliations(view, cands)}
    cands = [m for m in cands if id(m) not in allegiances or m.end <= trig_start]
    if not cands:
        return None, None
    s = view.sentence_at(trig_start)
    if hit.type in cues.speaker_types and hit.is_verb and s is not None:
        # "ودانت الرئاسة الفلسطينية التصعيد، وطالبت الإدارة الأمريكية بالتدخل": a verbal
        # act joined after a comma goes on with the sentence's opening subject; the name
        # after it is whom it addresses
        opening = continued_subject(view, s.lo, hit.first)
        if opening is not None:
            after_it = [m for m in cands if m.start >= trig_end and m is not opening]
            return actor_ref(opening), (actor_ref(after_it[0]) if after_it else None)
    if hit.pos == "po":
        # "داعيا المجتمع الدولي إلى الضغط": a participle's object stands inside its phrase;
        # its subject stands before it ("خرج آلاف المتظاهرين ... داعين إلى"), else it is
        # the speaker's (filled in later), never a name after
        inside = [m for m in cands if trig_end <= m.start and m.end <= toks[hit.last].start]
        subject_before = [m for m in cands if m.end <= trig_start]
        subject = (
            _subject_before(view, subject_before, trig_start, cues, hit.type)
            if subject_before
            else None
        )
        return (actor_ref(subject) if subject else None), (actor_ref(inside[0]) if inside else None)
    sides = _between_sides(view, clause, cands, cues) if hit.type in cues.between_types else None
    if sides is not None:  # "اشتباكات بين الجيش السوداني وقوات الدعم السريع"
        return actor_ref(sides[0]), actor_ref(sides[1])
    # the head word splits before from after: a gapped phrase's middle ("طالب حمادة
    # الوزارة بتوفير") holds its participants
    # a source that reports the clause does not act in it: "ذكرت مصادر ميدانية أن الغارات"
    # (a speaker that is a party may: "قال الجيش إن جنوده قتلوا")
    before = [
        m
        for m in cands
        if m.end <= trig_start
        and not (
            (_is_source(view, m, cues) or not hit.is_verb)
            and _reported(view, m.end, hit.first, cues)
        )
        and not _quote_between(view, m.end, trig_start)
        # "أصيب 11 متظاهرا ... في مواجهات": who an earlier passive befell does not act
        and not (not hit.is_verb and after_passive(view, m, cues, counted=True))
    ]
    after = [m for m in cands if m.start >= trig_end]
    if hit.first == hit.last and (_words_at(view, hit.first),) in cues.agent_markers:
        # the trigger is itself the agent marker ("استشهد شابان برصاص القوات الإسرائيلية",
        # "منزل لعائلة أبو سمرة قصفته طائرة إسرائيلية"): whose fire it was follows it, who
        # fell (or whose house it was) stands before it
        marked = after[0] if after and after[0].start - trig_end <= 1 else None
        if marked is not None:
            victim = before[-1] if before else None
            return actor_ref(marked), (actor_ref(victim) if victim else None)
    if hit.is_verb and view.lang == "ar" and marked_passive(toks[hit.first].text):
        # "قُتل متظاهر وأصيب 23": the script marks it passive, so no subject acts; who did
        # it follows an agent marker, who it befell is the noun after (or before) it
        actor = _after_marker(
            view, _near_after(view, after, trig_end, hit.type == "ASSAULT"), cues.agent_markers
        )
        victim = next((m for m in after if m is not actor), None)
        if victim is None and before:
            victim = before[-1]
        return (actor_ref(actor) if actor else None), (actor_ref(victim) if victim else None)
    if hit.is_verb and _english_passive(view, hit):
        # "Two soldiers were killed by gunmen": the subject underwent it, "by" names who did
        actor = _after_marker(
            view, _near_after(view, after, trig_end, hit.type == "ASSAULT"), cues.agent_markers
        )
        victim = before[-1] if before else None
        return (actor_ref(actor) if actor else None), (actor_ref(victim) if victim else None)
    hosting = hit.is_verb and _host_verb(view, hit, cues)
    if hosting or (hit.is_verb and _trigger_in(view, hit, cues.meet_verbs)):
        visit = _host_and_visitor(view, clause, after, cues, meeting=not hosting)
        if visit is not None:  # the visitor acts, the host receives
            return actor_ref(visit[1]), actor_ref(visit[0])
    trigger_form = strip_conjunction(toks[hit.first].norm)
    actor: Mention | None = None
    recipient: Mention | None = None
    marked_agent = _after_marker(
        view, _near_after(view, after, trig_end, hit.type == "ASSAULT"), cues.agent_markers
    )
    marked_patient = next((m for m in after if _prev_word(view, m) in cues.patient_markers), None)
    patient_noun = (
        not hit.is_verb
        and (
            hit.form in cues.patient_nouns
            or strip_article(trigger_form) in cues.patient_nouns
            or _phrase_has_patient_noun(view, hit, cues)
        )
    ) or (  # a verb form read as its verbal noun: "جريمة قتل الرضيع", "محاولة اغتيال"
        "".join(_words_before(view, hit.first, 1)) in cues.masdar_heads
        and (trigger_form in cues.passive_verbs or trigger_form in cues.patient_nouns)
    )
    if hit.is_verb and trigger_form in cues.passive_verbs and marked_agent is None:
        means = _means_nisba(view, after)
        if means is not None:  # "قتل الفضلي في ضربة جوية أمريكية": the strike's nation
            victim = next((m for m in after if m.end <= means[1]), None)
            return actor_ref(means[0]), (actor_ref(victim) if victim else None)
    sufferer = _undergoer(view, hit, clause, cands, cues)
    if sufferer is not None:  # "تعرض القيادي لمحاولة اغتيال": who underwent it, by whom
        actor = marked_agent if marked_agent is not sufferer else None
        return (actor_ref(actor) if actor else None), actor_ref(sufferer)
    agent_noun = next((m for m in cands if m.start < trig_end and trig_start < m.end), None)
    victim = _counted_victim(view, trig_end, after)
    if victim is not None and (patient_noun or trigger_form in cues.passive_verbs):
        # a count right after the trigger is who it befell: "مقتل ستة أشخاص", and a verb
        # read as passive, "قتل 28 شخصا", "قتل ثلاثة مسلحين في ضربة أمريكية"
        if marked_agent is not None and marked_agent is not victim:
            actor = marked_agent
        elif before and (
            patient_noun or _words_between(view, before[-1].end, trig_start) <= _SVO_WINDOW
        ):
            actor = _subject_before(view, before, trig_start, cues, hit.type)
        if _swapped(view, hit, clause, cues):
            return (actor_ref(actor) if actor else None), None
        return (actor_ref(actor) if actor else None), _as_ref(victim)
    if agent_noun is not None and not patient_noun:
        # the trigger names its doers ("وتجمع المتظاهرون", "ورشق المتظاهرون الشرطة"),
        # unless an agent marker names them ("هجوم انتحاري شنه مسلحون")
        actor = marked_agent or agent_noun
        recipient = marked_patient or (after[0] if after else None)
    elif patient_noun:
        recipient = after[0] if after and after[0] is not marked_agent else None
        actor = marked_agent or (
            _subject_before(view, before, trig_start, cues, hit.type) if before else None
        )
    else:
        light = None if hit.is_verb else _light_verb_subject(view, hit, clause, cands, cues)
        if light is not None:  # "شنت طائرات التحالف ... سلسلة من الغارات"
            actor = light
        elif (
            hit.is_verb
            and len(before) >= 2
            and "".join(_words_before(view, hit.first, 1)).lower() in cues.coordinators
        ):
            # a second verb shares the first one's subject: "Protesters chanted slogans
            # against President Ruto and demanded", "Israel struck Gaza and killed five"
            actor = before[0]
        elif (
            marked_agent is not None
            and trigger_form in cues.passive_verbs
            and before
            and _words_between(view, before[-1].end, trig_start) <= _SVO_WINDOW
        ):
            # "إن متظاهرا قتل برصاص قوات الأمن": a passive verb, who it befell before it,
            # who did it after the agent marker
            return actor_ref(marked_agent), actor_ref(before[-1])
        elif before and _words_between(view, before[-1].end, trig_start) <= _SVO_WINDOW:
            actor = _subject_before(view, before, trig_start, cues, hit.type)
            if _counted_sufferer(view, hit, actor, after, cues):
                # "إن 260 مقاتلا قتلوا في الغارات": counted people before a killing verb
                # with no object are who it befell (a passive the script does not mark)
                return None, actor_ref(actor)
        elif marked_agent is not None:
            actor = marked_agent
        elif after and _object_by_gender(view, hit, after[0]):
            # "ودعا الأمم المتحدة إلى": a feminine name after a masculine verb is its object
            marked_patient = after[0]
        elif after and _verb_subject_after(view, hit, after[0], cues):
            actor = after[0]  # "استهدف سلاح الجو التركي مواقع": the marker verb's subject
        elif (
            len(after) > 1
            and hit.is_verb
            and hit.type in cues.target_types
            and trigger_form not in cues.passive_verbs
            and _members_of(view, trig_end, after[0], cues)
        ):
            actor = after[0]  # "هاجم مسلحون من تنظيم داعش نقطة للجيش": its members act
        elif (
            after
            and cues.subject_after_verb
            and after[0] is not marked_patient
            and not _patient_marked(view, after[0], cues)
            and not _attached(view, after[0], cues.oblique)
            and not _sought(view, trig_end, after[0], cues)
            and not (hit.type in cues.speaker_types and _unnamed_subject(view, hit, after[0]))
        ):  # not a victim ("مقتل خمسة مدنيين", "على المدنيين") nor a goal ("إلى العراق")
            actor = after[0]
        rest = [m for m in after if m is not actor]
        recipient = marked_patient if marked_patient is not actor else None
        if recipient is None and rest:
            recipient = rest[0]
    if _swapped(view, hit, clause, cues):
        actor, recipient = recipient, actor
    if actor is not None and hit.type in cues.symmetric_types:
        first = _counterpart_of(view, cands, actor, cues)
        if first is not None:  # "بحث أوباما ونظيره التركي أردوغان": the first named leads
            actor, recipient = first, actor
    nisba = None if hit.is_verb or patient_noun else _nisba_after(view, hit, after)
    if nisba is not None and marked_agent is None:
        # "غارة أميركية", "قصف إسرائيلي": the nationality of an attack is its doer's
        if recipient is nisba:
            recipient = actor if actor is not nisba else None
        actor = nisba
    if actor is not None and _bordering(view, actor, cues):
        actor = None  # "قرب الحدود مع سوريا": where, not who (a closure's recipient stays)
    if actor is not None and recipient is not None and _same_participant(actor, recipient):
        recipient = None
    if actor is not None and recipient is not None and _affiliation(view, actor, recipient):
        recipient = None  # "أدانت وزارة الداخلية في حكومة الوحدة الوطنية": its own government
    if recipient is None and actor is not None:
        # no one named after the trigger: the counted victims of a killing word in its
        # clause ("أدى هجوم انتحاري إلى مقتل 71 شخصا")
        victim = _clause_victim(view, clause, cands, cues, skip=actor)
        if victim is not None:
            return actor_ref(actor), victim
    return (actor_ref(actor) if actor else None, actor_ref(recipient) if recipient else None)


def _object_by_gender(view: DocView, hit: TriggerHit, m: Mention) -> bool:
    """Whether mention ``m``, right after the Arabic verb trigger ``hit``, cannot be its
    subject, their genders differing ("ودعا الأمم المتحدة", "واتهم إيران", "وطالبت
    المجتمع الدولي"; :func:`marsad.events.agreement.disagrees`)."""
    if view.lang != "ar" or not hit.is_verb:
        return False
    verb = view.tokens[hit.first]  # a gapped phrase's verb ("دعا ... إلى")
    if view.text[verb.end : m.start].strip():
        return False
    return disagrees(verb.text, m.text, m.kind)


#: The most words outside dates between a verb and the first participant after it
#: before those words are read as a subject no mention names (:func:`_unnamed_subject`).
_SUBJECT_GAP = 2


def _unnamed_subject(view: DocView, hit: TriggerHit, m: Mention) -> bool:
    """Whether more than :data:`_SUBJECT_GAP` words outside dates stand between the verb
    trigger ``hit`` and participant ``m`` after it: a subject no mention names ("اتهمت
    مجموعة محامي الطوارئ قوات الدعم السريع", "اتهم النائب عن محافظة نينوى شيروان
    دوبرداني الحكومة"), so ``m`` is the object. Only a verb heading its clause counts."""
    if not hit.is_verb:
        return False
    end = view.tokens[hit.last].end
    dates = view.mentions_in(end, m.start, _DATE)
    words = [
        t
        for t in view.tokens[view.token_index(end) : view.token_index(m.start)]
        if t.is_word and not any(d.start <= t.start < d.end for d in dates)
    ]
    if words and strip_conjunction(words[-1].norm) in argument_cues(view.lang).subject_links:
        return False  # "المتحدث الرسمي باسم حركة حماس": the body the subject speaks for
    return len(words) > _SUBJECT_GAP


def _sought(view: DocView, trig_end: int, m: Mention, cues: ArgumentCues) -> bool:
    """Whether a word of ``purposes`` (what an act seeks or protests: "احتجاجا على",
    "للمطالبة برحيل", "تنديدا ب") stands between the trigger ending at ``trig_end`` and
    mention ``m``: ``m`` is what it is aimed at, not who acts ("تظاهر المئات احتجاجا
    على سياسات الحكومة")."""
    return any(
        w in cues.purposes or strip_conjunction(w) in cues.purposes
        for w in _norms_between(view, trig_end, m.start)
    )


def _members_of(view: DocView, trig_end: int, m: Mention, cues: ArgumentCues) -> bool:
    """Whether only a members noun and "من" stand between a verb ending at ``trig_end``
    and mention ``m`` ("هاجم مسلحون من تنظيم داعش", ``members`` cues): the verb's subject
    is ``m``'s members, so ``m`` acts."""
    words = _norms_between(view, trig_end, m.start)
    return (
        len(words) == 2
        and words[1] in cues.partitive
        and strip_article(strip_conjunction(words[0])) in cues.members
    )


def _affiliation(view: DocView, actor: Mention, other: Mention) -> bool:
    """Whether ``other`` names the body ``actor`` belongs to: a government body or state
    right after a government body behind "في" ("وزارة الداخلية في حكومة الوحدة الوطنية",
    the ministry of that government), not a party to the event."""
    if other.actor is None or actor.actor is None or other.start < actor.end:
        return False
    if actor.actor.sector != "GOV" or other.actor.sector not in ("GOV", None):
        return False  # a government body within a government or a state
    between = view.text[actor.end : other.start].split()
    affiliation = argument_cues(view.lang).affiliation
    return len(between) == 1 and normalize_key(between[0]).lower() in affiliation


def _between_sides(
    view: DocView, clause: tuple[int, int], cands: list[Mention], cues: ArgumentCues
) -> tuple[Mention, Mention] | None:
    """The two sides of "بين X وY" ("between X and Y") in the clause: the participant
    right after the ``between`` word and the next one joined to it by "و" / "and"
    ("اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع": the army acts, the RSF is
    acted on; "محادثات بين الرياض وطهران"), or None."""
    toks = view.tokens
    a, b = clause
    for k in range(a, b):
        tok = toks[k]
        if not tok.is_word or strip_conjunction(tok.norm).lower() not in cues.between:
            continue
        first = next((m for m in cands if m.start >= tok.end), None)
        if first is None or _words_between(view, tok.end, first.start) > 0:
            continue
        second = next((m for m in cands if m.start >= first.end), None)
        if second is not None and _coordinated(view, first.end, second):
            return first, second
    return None


#: Words besides a counterpart word that may stand between two counterparts ("ونظيره
#: التركي": its nationality).
_COUNTERPART_REACH = 2


def _counterpart_of(
    view: DocView, cands: list[Mention], m: Mention, cues: ArgumentCues
) -> Mention | None:
    """The party ``m`` is named the counterpart of ("الرئيس الأميركي باراك أوباما ونظيره
    التركي رجب طيب أردوغان": Obama for Erdogan), or None: the last candidate before ``m``
    that is no adjective, when only a ``counterparts`` word (with or without "و") and at
    most :data:`_COUNTERPART_REACH` more words stand between them."""
    prev = [c for c in cands if c.end <= m.start and c.kind != "MISC"]
    if not prev or not cues.counterparts:
        return None
    # the holder's name after an office left the candidates (one participant): measure
    # the gap from the last mention of any kind but an adjective
    last = [c for c in view.actor_mentions(prev[-1].start, m.start) if c.kind != "MISC"][-1]
    words = view.text[last.end : m.start].split()
    if not words or len(words) > 1 + _COUNTERPART_REACH:
        return None
    first = normalize_key(words[0])
    first = first[1:] if first.startswith("و") and first[1:] in cues.counterparts else first
    return prev[-1] if first in cues.counterparts else None


def _same_participant(a: Mention, b: Mention) -> bool:
    """Two mentions of one participant: the same words, or the same known actor."""
    if a.text == b.text:
        return True
    return bool(a.actor and b.actor and _actor_id(a.actor) == _actor_id(b.actor))


def _actor_id(a: Actor | ActorRef) -> str | None:
    """An actor's identity: its id, else its name (None for an unresolved reference)."""
    return a.id or a.name


def _office_holder(office: Mention, name: Mention) -> bool:
    """Whether person ``name`` right after person ``office`` holds it: the linker gave
    the name the office's country and sector ("بوزير الخارجية الإيطالي باولو
    جينتيلوني")."""
    a, b = office.actor, name.actor
    return bool(
        office.kind == name.kind == "PER"
        and a is not None
        and b is not None
        and a.country
        and (a.country, a.sector) == (b.country, b.sector)
    )


def _one_per_apposition(view: DocView, cands: list[Mention]) -> list[Mention]:
    """``cands`` without a mention that follows one of the same actor with only space
    between: a title and its holder's name ("الرئيس التركي رجب طيب إردوغان") are one
    participant, never an actor and its recipient."""
    out: list[Mention] = []
    for m in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.actor is not None
            and m.actor is not None
            and not view.text[prev.end : m.start].strip()
            and (_actor_id(prev.actor) == _actor_id(m.actor) or _office_holder(prev, m))
        ):
            continue
        out.append(m)
    return out


#: Characters before a subject within which a count of it may begin ("تسعة عناصر من داعش").
_COUNT_REACH = 40


def _counted_sufferer(
    view: DocView, hit: TriggerHit, subject: Mention, after: list[Mention], cues: ArgumentCues
) -> bool:
    """Whether ``subject``, before the verb ``hit``, is counted people a killing verb
    befell: the verb can be read as passive (``passive_verbs``: "قتلوا" is also
    "قُتلوا"), a count stands right before the subject ("260 مقاتلا", "تسعة عناصر من
    داعش"), and no object follows the verb (what follows, if anything, is governed by a
    preposition: "في الغارات"). "ثلاثة مسلحين قتلوا شرطيا" keeps its gunmen."""
    if not hit.is_verb or hit.form not in cues.passive_verbs:
        return False
    if after and not _attached(view, after[0], cues.oblique):
        return False
    for q in view.mentions_in(max(0, subject.start - _COUNT_REACH), subject.start, _QUANTITY):
        between = view.text[q.end : subject.start].strip()
        noun = q.noun or ""
        if between in ("", "من", noun, f"{noun} من"):
            return True
    return False


def _subject_before(
    view: DocView,
    before: list[Mention],
    trig_start: int,
    cues: ArgumentCues,
    event_type: str = "",
) -> Mention:
    """The subject among the mentions ``before`` a verb (the last one within
    :data:`_SVO_WINDOW` words of it): not one a preposition governs ("قوات المقاومة
    الشعبية المؤيدة للتحالف استولت": the forces, not the coalition they back), but
    the last mention before it that none governs, within twice the window; the last
    mention when every one is governed. Of subjects joined by "و" the first leads
    (:func:`_first_conjunct`), but for a symmetric type (``event_type`` in the cues'
    ``symmetric_types``)."""
    for k in range(len(before) - 1, -1, -1):
        m = before[k]
        if _words_between(view, m.end, trig_start) > 2 * _SVO_WINDOW:
            break
        if not _attached(view, m, cues.oblique):
            return m if event_type in cues.symmetric_types else _first_conjunct(view, before, k)
    return before[-1]


def _first_conjunct(view: DocView, mentions: list[Mention], k: int) -> Mention:
    """The first of the mentions joined to ``mentions[k]`` by "و" right before it ("قوات
    الأسد وحزب الله بدأت": the regime's forces lead the pair, as coders code it)."""
    while k > 0:
        prev, m = mentions[k - 1], mentions[k]
        gap = view.text[prev.end : m.start].strip()
        tok = view.tokens[view.token_index(m.start)]
        if not (gap == "و" or (gap == "" and tok.prefixes.startswith("و"))):
            break
        k -= 1
    return mentions[k]


def _verb_subject_after(view: DocView, hit: TriggerHit, m: Mention, cues: ArgumentCues) -> bool:
    """Whether ``m`` is the subject right after a trigger verb that is itself a patient
    marker ("استهدف سلاح الجو التركي ثلاثة مواقع"): verb-subject-object order. After a
    noun the same verb marks the target ("هجوم استهدف مسجدا"); as the trigger, with
    no subject before it, the name that follows does it."""
    if not hit.is_verb or hit.last != hit.first:
        return False
    if strip_conjunction(view.tokens[hit.first].norm) not in cues.patient_markers:
        return False
    return _word_before(view, view.token_index(m.start)) == hit.last


def _nisba_after(view: DocView, hit: TriggerHit, after: list[Mention]) -> Mention | None:
    """A nationality adjective (a MISC mention with a country) right after the event
    noun of ``hit``, or one word later ("غارة جوية أميركية"), else None."""
    if not after:
        return None
    m = after[0]
    if m.kind != "MISC" or m.actor is None or not m.actor.country:
        return None
    i = view.token_index(m.start)
    gap = i - hit.last - 1
    return m if gap == 0 or (gap == 1 and view.tokens[hit.last + 1].is_word) else None


def _means_nisba(view: DocView, after: list[Mention]) -> tuple[Mention, int] | None:
    """A nationality adjective, or an actor owning it with the clitic لـ, closing a phrase
    of one or two words opened by "في" or the clitic بـ after a passive-read verb ("قتل
    الفضلي في ضربة جوية أمريكية", "بغارة أميركية", "في غارة للتحالف"): the means and its
    nation or owner. Returns the mention and the start of the phrase, or None."""
    toks = view.tokens
    for m in after:
        if m.actor is None or not m.actor.country:
            continue
        owner = toks[view.token_index(m.start)].prefixes.endswith("ل")  # "في غارة للتحالف"
        if m.kind != "MISC" and not owner:
            continue
        k = view.token_index(m.start) - 1
        words: list[Token] = []  # the words before the adjective, nearest first
        while k >= 0 and len(words) < 3 and toks[k].is_word:
            words.append(toks[k])
            k -= 1
        for n, word in enumerate(words[:2]):
            if "ب" in word.prefixes and word.stem != word.norm:
                return m, word.start  # "بغارة أمريكية", "بضربة جوية أمريكية"
            if n + 1 < len(words) and strip_conjunction(words[n + 1].norm) == "في":
                return m, words[n + 1].start  # "في ضربة جوية أمريكية"
    return None


#: How many words before an event noun its light verb may stand ("شنت ... الغارات").
_LIGHT_REACH = 12


def _light_verb_subject(
    view: DocView,
    hit: TriggerHit,
    clause: tuple[int, int],
    cands: list[Mention],
    cues: ArgumentCues,
) -> Mention | None:
    """The subject of a light verb that carries an event noun ("شنت طائرات التحالف
    العربي أمس سلسلة من الغارات", "التحالف نفذ 17 ضربة"): the first candidate between the
    verb and the noun that no preposition attaches, else the one just before the verb;
    None when no light verb stands within ``_LIGHT_REACH`` words before the noun."""
    toks = view.tokens
    j = word_back(view, hit.first, clause[0], _LIGHT_REACH, cues.light_verbs)
    if j is None:
        return None
    verb_start, verb_end, noun = toks[j].start, toks[j].end, toks[hit.first].start
    for m in cands:
        if verb_end <= m.start and m.end <= noun:
            if not _attached(view, m, cues.oblique) and not _patient_marked(view, m, cues):
                return m
    before = [m for m in cands if m.end <= verb_start]
    if before and _words_between(view, before[-1].end, verb_start) <= _SVO_WINDOW:
        if hit.type in cues.symmetric_types:
            return before[-1]
        return _first_conjunct(view, before, len(before) - 1)
    return None


def word_back(view: DocView, i: int, lo: int, reach: int, words: frozenset[str]) -> int | None:
    """Index of the nearest token before token ``i`` (not before ``lo``, at most ``reach``
    words back) whose form without a conjunction is in ``words``, or None."""
    toks = view.tokens
    j, seen = i - 1, 0
    while j >= lo and seen < reach:
        if toks[j].is_word:
            seen += 1
            if strip_conjunction(toks[j].norm) in words:
                return j
        j -= 1
    return None


def _host_verb(view: DocView, hit: TriggerHit, cues: ArgumentCues) -> bool:
    """Whether the trigger is a host verb (``swap_verbs``: "استقبل", "واستقبل")."""
    return _trigger_in(view, hit, cues.swap_verbs)


def _trigger_in(view: DocView, hit: TriggerHit, words: frozenset[str]) -> bool:
    """Whether the trigger's word, as written or without its conjunction, is in ``words``."""
    head = view.tokens[hit.first].norm
    return strip_conjunction(head) in words or head in words


#: How many tokens after the host's first name the words that end its phrase may stand.
_HOST_REACH = 16
#: Prepositions of where a reception took place: a name after one is no visitor.
_AT = frozenset({"في", "ب"})


def _host_and_visitor(
    view: DocView,
    clause: tuple[int, int],
    after: list[Mention],
    cues: ArgumentCues,
    meeting: bool = False,
) -> tuple[Mention, Mention] | None:
    """For a host verb followed by its host (verb first: "استقبل ... الربيعة في مكتبه
    بالرياض أمس مدير إقليم ... لمنظمة الصحة العالمية"), the host, the first participant
    after the trigger, and the visitor, the first participant that is no place after the
    words that end the host's name and titles: ``reception_adjuncts`` (where and when)
    or a place after the clitic ب. "في" before a country ends nothing ("سفير خادم
    الحرمين الشريفين في الأردن" is a title). With ``meeting`` (a meet verb, "التقى"),
    only where the host's phrase ends ("التقى ولي العهد في جدة أمس الرئيس قاديروف"), and
    a visitor named bare, not ``meet_with`` ("مع") or ب someone ("التقى بأميرها": its
    subject visits).
    None when nothing ends the host's phrase or no one follows."""
    if not cues.reception_adjuncts or not after:
        return None
    toks = view.tokens
    host = after[0]
    j = view.token_index(host.end)
    # the host's titles may run past a comma ("بحاح نائب الرئيس ... رئيس مجلس الوزراء، أمس")
    sentence = view.sentence_at(host.start)
    last = view.token_index(sentence.end) if sentence is not None else clause[1]
    end = min(max(clause[1], last), j + _HOST_REACH, len(toks))
    boundary = None
    while j < end and boundary is None:
        t = toks[j]
        if not t.is_word:
            pass
        elif t.norm == "في":
            boundary = None if _country_next(view, j, end) else t.start
        elif (
            t.norm in cues.reception_adjuncts
            or strip_conjunction(t.norm) in cues.reception_adjuncts
        ):
            # a meeting's time ("أمس") ends no host's phrase: "التقى شكري أمس مع"
            if not (meeting and view.mentions_in(t.start, t.end + 1, _DATE)):
                boundary = t.start
        elif t.norm.startswith("ب"):  # "بالرياض": a place after the clitic
            places = view.mentions_in(t.start, t.end + 1, _LOC)
            boundary = t.start if places and places[0].start > t.start else None
        j += 1
    if boundary is None:
        return None
    # the visitor may stand past the clause ("... في الرياض اليوم, مدير إقليم ...")
    s = view.sentence_at(boundary)
    reach = s.end if s is not None else toks[end - 1].end
    later = agent_candidates(view, view.actor_mentions(boundary, reach), cues)
    visitor = next(
        (
            m
            for m in later
            if m.start > boundary
            and m.kind != "LOC"
            # not a name of the place ("في مقر الحكومة اليمنية", "بمكتب الوزارة")
            and _prev_word(view, m) not in cues.reception_adjuncts
            and not _attached(view, m, _AT)
        ),
        None,
    )
    if visitor is None:
        return None
    if meeting:
        k = view.token_index(visitor.start)
        if toks[k].norm.startswith("ب") or _prev_word(view, visitor) in cues.meet_with:
            return None
    return host, visitor


def _country_next(view: DocView, j: int, end: int) -> bool:
    """Whether a country's name starts right after token ``j`` (before token ``end``)."""
    if j + 1 >= end:
        return False
    nxt = view.tokens[j + 1]
    return any(
        m.start == nxt.start and m.place is not None and m.place.precision >= 3
        for m in view.mentions_in(nxt.start, view.tokens[end - 1].end, _LOC)[:1]
    )


def _swapped(view: DocView, hit: TriggerHit, clause: tuple[int, int], cues: ArgumentCues) -> bool:
    """True when the trigger's grammar swaps actor and recipient: a host verb
    ("استقبل": the visitor acts) or a received call near it ("تلقى ... اتصالا من")."""
    return (
        _host_verb(view, hit, cues)
        or _near_word(view, hit, clause, cues.receive_verbs)
        or _received_from(view, hit, clause, cues)
    )


#: How many words a received call's receiver may take ("تلقى خادم الحرمين الشريفين الملك
#: سلمان بن عبدالعزيز آل سعود ... اتصالاً هاتفياً من").
_RECEIVER_REACH = 16


def _received_from(
    view: DocView, hit: TriggerHit, clause: tuple[int, int], cues: ArgumentCues
) -> bool:
    """True for a received call or message whose receiver's name and titles are long:
    a receive verb opens the clause before the trigger (within ``_RECEIVER_REACH``
    words) and "من" follows the trigger within three words ("تلقى ... اتصالا هاتفيا أمس
    من ملك المغرب"): the caller after "من" acts."""
    toks = view.tokens
    if word_back(view, hit.first, clause[0], _RECEIVER_REACH, cues.receive_verbs) is None:
        return False
    words, j = 0, hit.last + 1
    while j < clause[1] and words < 3:
        if toks[j].is_word:
            words += 1
            if toks[j].norm == "من":
                return True
        j += 1
    return False


def _as_ref(victim: Mention | ActorRef) -> ActorRef:
    return actor_ref(victim) if isinstance(victim, Mention) else victim


def _counted_victim(
    view: DocView, trig_end: int, after: list[Mention]
) -> Mention | ActorRef | None:
    """The victims a count names right after a trigger: the actor mention after the
    count ("مقتل ثلاثة مسلحين" -> "مسلحين"), else the count and its noun as written
    ("قتل 28 شخصا" -> "28 شخصا"); None when no count follows the trigger at once."""
    q = next(
        (
            m
            for m in view.mentions_in(trig_end, trig_end + 12, _QUANTITY)
            if not view.text[trig_end : m.start].strip()
        ),
        None,
    )
    if q is None:
        return _dual_victim(view, trig_end, after)
    if not q.noun:
        # "قتل أكثر من 50 من عناصر حركة الشباب": the group the count is of
        return _partitive_group(view, q.end, after)
    gap_end = q.end + 1 + len(q.noun)
    m = next((m for m in after if q.end <= m.start <= q.end + 1), None)
    if m is not None:
        return m
    if view.text[q.end : gap_end].strip() != q.noun:
        return None
    return ActorRef(text=view.text[q.start : gap_end])


#: Words between a count's "من" and the group it counts ("50 من عناصر حركة الشباب").
_PARTITIVE_WORDS = 2


def _partitive_group(view: DocView, count_end: int, after: list[Mention]) -> Mention | None:
    """The mention a count without its own noun is "of" ("أكثر من 50 من عناصر حركة
    الشباب", "عشرات من مقاتلي الحوثي"): "من" right after the count, then at most
    :data:`_PARTITIVE_WORDS` words (the group's members) before the mention."""
    m = next((m for m in after if m.start >= count_end), None)
    if m is None:
        return None
    words = view.text[count_end : m.start].split()
    if not words or normalize_key(words[0]) != "من" or len(words) > 1 + _PARTITIVE_WORDS:
        return None
    return m if not any(ch in view.text[count_end : m.start] for ch in ".،,؛") else None


def _dual_victim(view: DocView, trig_end: int, after: list[Mention]) -> Mention | None:
    """A dual right after the trigger counts two ("وقتل جنديان", "إصابة شرطيين"): the
    mention there when it is one word of a dual ending ("ان", "ين") naming a group, not
    a person (no canonical name)."""
    m = after[0] if after else None
    if m is None or view.text[trig_end : m.start].strip():
        return None
    return m if _dual_group(view, m) else None


def _dual_group(view: DocView, m: Mention) -> bool:
    """Whether mention ``m`` is a word of a dual ending ("ان", "ين") naming a group of
    a sector, not a person (no canonical name), with at most dual adjectives after it:
    "جنديان", "شرطيين", "جنديان سوريان"; or one word, a nationality's dual in "يان"
    ("فلسطينيان", "سوريان": two of its people; its "يين" form is the plural too)."""
    i = view.token_index(m.start)
    toks = view.tokens
    if i >= len(toks) or m.actor is None or m.actor.id:
        return False
    words = [t for t in toks[i : view.token_index(m.end)] if t.start < m.end]
    if not words or len(words) > 2 or words[-1].end < m.end or len(words[0].norm) <= 4:
        return False
    if not m.actor.sector:
        return bool(m.actor.country) and len(words) == 1 and words[0].norm.endswith("يان")
    return all(t.is_word and t.norm.endswith(("ان", "ين")) for t in words)


def _clause_victim(
    view: DocView,
    clause: tuple[int, int],
    cands: list[Mention],
    cues: ArgumentCues,
    skip: Mention | None = None,
) -> ActorRef | None:
    """The first counted victims of the clause: a count right after a patient noun or a
    passive-read verb ("مقتل 71 شخصا", "قتل نحو 80 شخصا"), as :func:`_counted_victim`
    reads them; None when there are none (or they are ``skip``)."""
    a, b = clause
    for k in range(a, b):
        tok = view.tokens[k]
        if not tok.is_word:
            continue
        form = strip_conjunction(tok.norm)
        if not (
            form in cues.passive_verbs
            or form in cues.patient_nouns
            or strip_article(form) in cues.patient_nouns
        ):
            continue
        after = [m for m in cands if m.start >= tok.end]
        victim = _counted_victim(view, tok.end, after)
        if victim is not None and victim is not skip:
            return _as_ref(victim)
    return None


def _undergoer(
    view: DocView,
    hit: TriggerHit,
    clause: tuple[int, int],
    cands: list[Mention],
    cues: ArgumentCues,
    reach: int = 8,
) -> Mention | None:
    """The subject of an undergo verb: a few tokens before a noun trigger ("تعرض
    القيادي لمحاولة اغتيال": the first actor-slot mention between the verb and the
    trigger), or heading a gapped phrase ("لقي جندي مصرعه": the first one in the gap)."""
    head = view.tokens[hit.first]
    if hit.last > hit.first and strip_conjunction(head.norm) in cues.undergo_verbs:
        lo, hi = head.end, view.tokens[hit.last].start
        return next((m for m in cands if lo <= m.start and m.end <= hi), None)
    if hit.is_verb:
        return None
    a = max(clause[0], hit.first - reach)
    for k in range(hit.first - 1, a - 1, -1):
        tok = view.tokens[k]
        if tok.is_word and strip_conjunction(tok.norm) in cues.undergo_verbs:
            lo, hi = tok.end, view.tokens[hit.first].start
            return next((m for m in cands if lo <= m.start and m.end <= hi), None)
    return None


def _near_word(
    view: DocView, hit: TriggerHit, clause: tuple[int, int], words: frozenset[str], reach: int = 4
) -> bool:
    """True when a word of ``words`` is in the trigger or within ``reach`` tokens of
    it, inside its clause."""
    a, b = clause
    lo, hi = max(a, hit.first - reach), min(b, hit.last + reach + 1)
    return any(
        view.tokens[k].is_word and strip_conjunction(view.tokens[k].norm) in words
        for k in range(lo, hi)
    )


def agent_candidates(
    view: DocView, cands: list[Mention], cues: ArgumentCues, event_type: str | None = None
) -> list[Mention]:
    """Actor-slot candidates without the places that a locative or movement preposition
    or a place noun attaches ("في الهند", "إلى سوريا", "من العراق"), also down a
    coordinated list ("في كل من الهند وباكستان وبنغلاديش"): a place named as where
    something happens, or as a goal or an origin, is not its actor; nor is a news medium
    credited in parentheses (:func:`_credited_outlet`), nor, for an attack
    (``event_type`` among the target types), a country after a border word
    (:func:`_bordering`)."""
    out: list[Mention] = []
    chained = False
    prev_end = -1
    for m in cands:
        if describes_a_thing(view, m, cues) or _credited_outlet(view, m) or in_dateline(view, m):
            continue
        if _describes_a_place(view, m, cues):
            continue  # "غرب العاصمة الليبية": Libya's capital, not the Libyans
        if _namesake(view, m, cues):
            continue  # "مستشفى الملك فهد", "مدرسة خالد بن الوليد": a building's name
        if cues.listener_verbs and _prev_word(view, m).lower() in cues.listener_verbs:
            continue  # "condemned the attack and told reporters": who is told takes no part
        if m.kind != "LOC" and _inside_a_place(view, m):
            continue  # "سليم" of "حي أبو سليم": a word of a place's name
        if event_type in cues.target_types and _bordering(view, m, cues):
            continue  # "هجوم ... قرب الحدود مع سوريا": where, not who (a closure keeps it)
        if m.kind != "LOC" or (m.actor is not None and m.actor.sector):
            out.append(m)
            chained = False
            prev_end = m.end
            continue
        conj = chained and _coordinated(view, prev_end, m)
        each = _each_of(view, m, cues)  # "في كل من X": placed; "بدء كل من X": a subject
        chained = conj or each == "placed" or (each is None and _attached(view, m, cues.placed))
        prev_end = m.end
        if not chained:
            out.append(m)
    return out


def _bordering(view: DocView, m: Mention, cues: ArgumentCues) -> bool:
    """Whether a border word and "with" stand right before place ``m`` ("قرب الحدود مع
    سوريا", "toward the border with Mali"; ``borders``): the country says where, it
    takes no part."""
    i = view.token_index(m.start)
    for phrase in cues.borders:
        before = [strip_article(w.lower()) for w in _words_before(view, i, len(phrase))]
        if before == list(phrase):
            return True
    return False


def fired_from(view: DocView, hit: TriggerHit, clause: tuple[int, int]) -> ActorRef | None:
    """The country a projectile or shell came from, after the trigger in its clause
    (``fired_from`` cues: "سقوط مقذوف عسكري من داخل الأراضي اليمنية" -> Yemen), as an
    actor with that country only; None when the clause names none."""
    cues = argument_cues(view.lang)
    toks = view.tokens
    a, b = clause
    if b <= a or not cues.fired_from:
        return None
    start, end = toks[hit.last].end, toks[b - 1].end
    for m in view.mentions_in(start, end, _ORIGIN_KINDS):
        country = (m.actor.country if m.actor else None) or (m.place.country if m.place else None)
        if not country:
            continue
        words = tuple(_words_before(view, view.token_index(m.start), 4))
        if any(words[-len(marker) :] == marker for marker in cues.fired_from):
            return ActorRef(text=m.text, country=country)
    return None


#: Marks that may close a quoted name between a noun and its adjective ("موقع "أومان" العسكري").
_CLOSING = frozenset({'"', "»", "”", "'"})


def _namesake(view: DocView, m: Mention, cues: ArgumentCues) -> bool:
    """Whether person mention ``m`` names the building or site before it ("قرب مستشفى
    الملك فهد بالدمام", "على مدرسة خالد بن الوليد"): a site noun (``site_nouns``) right
    before it, or before an ``eponym_titles`` word that opens or precedes it."""
    if m.kind != "PER" or not cues.site_nouns:
        return False
    i = view.token_index(m.start)
    words = [strip_article(strip_conjunction(w)) for w in _words_before(view, i, 2)]
    first = view.tokens[i].norm if i < len(view.tokens) else ""
    if words and strip_article(first) in cues.eponym_titles:
        return words[-1] in cues.site_nouns
    if words and words[-1] in cues.eponym_titles:
        return len(words) > 1 and words[-2] in cues.site_nouns
    return bool(words) and words[-1] in cues.site_nouns


def _inside_a_place(view: DocView, m: Mention) -> bool:
    """Whether ``m`` lies inside a longer placed LOC mention (a word of a place's name)."""
    return any(
        p is not m
        and p.place is not None
        and p.start <= m.start
        and m.end <= p.end
        and (p.end - p.start) > (m.end - m.start)
        for p in view.mentions_in(m.start - _PLACE_REACH, m.end + _PLACE_REACH, _LOC)
    )


#: Characters either side of a mention within which a place holding it is looked for.
_PLACE_REACH = 40


def describes_a_thing(view: DocView, m: Mention, cues: ArgumentCues) -> bool:
    """Whether ``m`` is a one-word role that is also an adjective (``sector_adjectives``:
    "عسكري" a soldier or military) describing the word before it: right after a word
    that is no number and no noun or verb of what befalls people ("سقوط مقذوف عسكري",
    "مركزين عسكريين"), a closing quote between allowed ("موقع "أومان" العسكري"), not
    "مقتل عسكري", "إصابة عسكريين" or "ثلاثة عسكريين"."""
    i = view.token_index(m.start)
    if i >= len(view.tokens) or view.tokens[i].end < m.end:
        return False  # more than one word
    if strip_conjunction(view.tokens[i].norm) not in cues.sector_adjectives:
        return False
    j = _word_before(view, i)
    if j < 0 or any(view.tokens[k].norm not in _CLOSING for k in range(j + 1, i)):
        return False  # punctuation between: no noun it could describe
    prev = view.tokens[j]
    if any(ch.isdigit() for ch in prev.text) or view.mentions_in(prev.start, m.end, _QUANTITY):
        return False
    word = strip_article(strip_conjunction(prev.stem or prev.norm))
    return word not in cues.patient_nouns and word not in cues.passive_verbs


def _describes_a_place(view: DocView, m: Mention, cues: ArgumentCues) -> bool:
    """Whether ``m`` is a one-word nationality adjective (a country, no sector, no id)
    right after a noun of ``place_nouns`` ("العاصمة الليبية", "الأراضي اليمنية")."""
    if m.actor is None or m.actor.sector or m.actor.id or not m.actor.country:
        return False
    i = view.token_index(m.start)
    if i >= len(view.tokens) or view.tokens[i].end < m.end:
        return False  # more than one word
    return "".join(_words_before(view, i, 1)) in cues.place_nouns


def _each_of(view: DocView, m: Mention, cues: ArgumentCues) -> str | None:
    """How ``m`` stands after ``each_of`` ("كل من"): "placed" after a locative too ("في كل
    من الهند"), "subject" otherwise ("بدء كل من إيران وروسيا": its "من" is no origin);
    None when it does not follow ``each_of``."""
    if not cues.each_of:
        return None
    n = len(cues.each_of) + 1
    words = _words_before(view, view.token_index(m.start), n)
    if tuple(words[-len(cues.each_of) :]) != cues.each_of:
        return None
    return "placed" if len(words) == n and words[0] in cues.locative else "subject"


def _coordinated(view: DocView, prev_end: int, m: Mention) -> bool:
    """True when ``m`` follows the mention ending at ``prev_end`` with only "و" (a
    clitic on ``m`` or a word) and punctuation between them."""
    gap = view.text[prev_end : m.start].strip(" ،,")
    return gap in ("", "و") and (gap == "و" or m.text.startswith("و") or _has_waw(view, m))


def _has_waw(view: DocView, m: Mention) -> bool:
    i = view.token_index(m.start)
    tok = view.tokens[i] if i < len(view.tokens) else None
    return tok is not None and "و" in (tok.prefixes or ())


def in_cue_source(view: DocView, start: int) -> bool:
    """:func:`marsad.events.attribution.in_cue_source` (imported late: that module reads
    this one)."""
    from marsad.events.attribution import in_cue_source as in_source

    return in_source(view, start)


def sentence_actor(view: DocView, ev: Event) -> ActorRef | None:
    """Fallback actor of a merged event whose trigger clause named none: the first linked
    actor with a country in its evidence sentence that is not its recipient (by words or
    by the actor they name), not the
    speaker of a statement there, not after an oblique preposition ("إلى العراق") and not
    a victim ("مقتل خمسة مدنيين")."""
    cues = argument_cues(view.lang)
    rec = ev.recipient.text if ev.recipient else None
    rec_id = _actor_id(ev.recipient) if ev.recipient else None
    a, b = ev.evidence.start, ev.evidence.end
    # who reports the sentence is not who acts in it ("قال مصدر محلي إن رجلا فر إلى العراق")
    # (one announcing its own act, "أعلنت الوزارة عن توقيف عناصر", may: no complementizer,
    # colon or quotation opens what it said)
    speakers = {
        st.speaker.text
        for st in view.doc.statements
        if st.speaker is not None
        and st.evidence.start < b
        and a < st.evidence.end
        and _framed(view, st)
    }
    rec_end = -1
    if rec:
        at = view.text.find(rec, a, b)
        rec_end = at + len(rec) if at >= 0 else -1
    for m in agent_candidates(view, view.actor_mentions(a, b), cues, ev.type):
        if m.actor is None or not m.actor.country or m.text in (rec, *speakers):
            continue
        if rec_id is not None and _actor_id(m.actor) == rec_id:
            continue  # the recipient named again ("بوزير الخارجية الإيطالي باولو جينتيلوني")
        if rec_end >= 0 and 0 <= m.start - rec_end <= 1:
            continue  # the recipient's own adjective: "قتل ثمانية مقاتلين حوثيين"
        if _attached(view, m, cues.oblique) or _patient_marked(view, m, cues):
            continue
        if after_passive(view, m, cues):
            continue  # "قتل جنديان وأصيب ثلاثة مدنيين": who was wounded did nothing
        if _counted_object(view, m):
            continue  # "هاجموا قاعدة للجيش وقتلوا 12 جنديا": the counted dead did nothing
        if in_cue_source(view, m.start):
            continue  # "..., حسب مصدر عسكري": who reports it
        return actor_ref(m)
    return None


def _counted_object(view: DocView, m: Mention) -> bool:
    """Whether mention ``m`` is the noun of a count right after a violent or coercive
    trigger word ("وقتلوا 12 جنديا", "اعتقلت 20 شخصا"): those it befell."""
    q = next(
        (
            q
            for q in reversed(view.mentions_in(m.start - 20, m.start, _QUANTITY))
            if not view.text[q.end : m.start].strip()
        ),
        None,
    )
    if q is None:
        return False
    j = view.token_index(q.start) - 1
    while j >= 0 and not view.tokens[j].is_word:
        j -= 1
    if j < 0:
        return False
    return any(
        h.type in ("ASSAULT", "COERCE") and h.weight >= 0.5
        for h in find_triggers(view.tokens, view.lang, j, j + 1)
    )


def own_forces_actor(view: DocView, ev: Event) -> ActorRef | None:
    """The speaker of the statement whose content holds ``ev``'s trigger when a noun of
    the speaker's own forces with a possessive pronoun (``own_forces``: "مقاتليها",
    "قواته", "عناصرها") stands right before the trigger as its subject ("قالت حركة الشباب
    إن مقاتليها هاجموا قاعدة للجيش", "أعلنت السلطات أن قواتها سيطرت على"); else None."""
    cues = argument_cues(view.lang)
    if ev.trigger is None or not cues.own_forces:
        return None
    i = view.token_index(ev.trigger.start)
    # the noun right before the verb is its subject ("إن مقاتليها هاجموا"); after it, its
    # object ("إن الجيش الصومالي هاجم مقاتليها": the speaker's fighters were attacked)
    j = i - 1
    if j < 0 or not view.tokens[j].is_word:
        return None
    if strip_conjunction(view.tokens[j].norm) not in cues.own_forces:
        return None
    return next((st.speaker for st in view.saying(ev.trigger.start) if st.speaker), None)


def _english_passive(view: DocView, hit: TriggerHit) -> bool:
    """Whether the English verb trigger of ``hit`` is a passive ("were killed", "was
    attacked", "have been detained"): a form of "be" right before it (an adverb between
    allowed)."""
    passive = argument_cues(view.lang).passive_auxiliaries
    if not passive:
        return False
    toks = view.tokens
    k = hit.first - 1
    if k >= 0 and toks[k].norm.lower().endswith("ly"):
        k -= 1  # "were reportedly killed"
    return k >= 0 and toks[k].norm.lower() in passive


def after_passive(view: DocView, m: Mention, cues: ArgumentCues, counted: bool = False) -> bool:
    """Whether mention ``m`` follows a verb read as passive ("وأصيب ثلاثة مدنيين", "قتل
    جنديان"), a count between them allowed (required with ``counted``: "أصيب 11 متظاهرا",
    where an undotted "قتل الجيش" may be active): who it befell."""
    i = view.token_index(m.start) - 1
    toks = view.tokens
    while i >= 0 and not toks[i].is_word:
        i -= 1
    q = view.mentions_in(toks[i].start, toks[i].end, _QUANTITY) if i >= 0 else []
    if q:  # the count before the noun
        i = view.token_index(q[0].start) - 1
        while i >= 0 and not toks[i].is_word:
            i -= 1
    elif counted:
        return False
    return i >= 0 and strip_conjunction(toks[i].norm) in cues.passive_verbs


def donor(view: DocView, ev: Event) -> None:
    """An aid event whose actor is of the country the aid reaches is told from the
    receiving side ("وصول الطائرة الإماراتية إلى عدن ... لدعم اليمنيين", "سيئون بمحافظة
    حضرموت اليمنية"): the actor becomes the first participant of its sentence of another
    country, as :func:`sentence_actor` picks one, else the recipient when it has none.
    On the development articles every aid record whose actor was of the receiving
    country had the donor wrong. An actor the text itself made local ("العشائر
    المحلية", :func:`local_actor`, no canonical name) gives at home. Other types are
    unchanged. Changes ``ev`` in place."""
    country = (ev.location or {}).get("country")
    if ev.type != "AID" or ev.actor is None or not country or ev.actor.country != country:
        return
    if ev.actor.name is None:
        return
    home = ev.actor
    ev.actor = None
    other = sentence_actor(view, ev)
    if other is not None and other.country != country:
        ev.actor = other
    if ev.recipient is None:
        ev.recipient = home


def points_back(view: DocView, i: int, is_verb: bool) -> bool:
    """Whether the event noun at token ``i`` (a verb when ``is_verb``) refers to an event
    already told: a demonstrative before it ("هذا اللقاء", "تلك الهجمات") or after it
    ("اللقاء هذا"), or the article: a definite event noun is given information ("وأفاد
    الجبير أن اللقاء تناول", "حضر اللقاء وزير الدولة", "قتلوا في الغارة"). Such a mention
    joins the last record of its type whose country and date agree, when there is one
    (:func:`marsad.events.merge.merge_events`); otherwise it stands as a record of its own."""
    if is_verb:
        return False
    return view.tokens[i].stem.startswith("ال") or demonstrated(view, i)


def demonstrated(view: DocView, i: int) -> bool:
    """Whether a demonstrative stands right before or after the word at token ``i``
    ("هذا اللقاء", "لهذا الاجتماع", "اللقاء هذا")."""
    cues = argument_cues(view.lang)
    before = _words_before(view, i, 1)
    if before and (before[0] in cues.demonstratives or before[0][1:] in cues.demonstratives):
        return True
    j = i + 1
    while j < len(view.tokens) and not view.tokens[j].is_word:
        j += 1
    return j < len(view.tokens) and view.tokens[j].norm in cues.demonstratives


#: How many sentences back an event without a named actor looks for one of its type.
CARRY_REACH = 3


def carried_actor(events: list[Event], k: int, sentence_of: dict[int, int]) -> ActorRef | None:
    """The actor of the nearest event of the same type among ``events[:k]`` (text
    order) at most ``CARRY_REACH`` sentences before ``events[k]``, for an event whose
    sentence names no actor: a dropped subject ("أطلقوا النار") or an agentless passive
    ("وفي العراق نفذت 17 ضربة جوية") continues who was just said to do the same. The
    actor keeps the text it was named by, in the earlier sentence."""
    ev = events[k]
    at = sentence_of[ev.evidence.start]
    for prev in (events[j] for j in range(k - 1, -1, -1)):
        if prev.type != ev.type or prev.actor is None:
            continue
        if 0 <= at - sentence_of[prev.evidence.start] <= CARRY_REACH:
            return prev.actor
    return None


def speaker_actor(view: DocView, hit: TriggerHit, event_type: str) -> ActorRef | None:
    """For a verbal event type (``speaker_types``: ACCUSE, REQUEST, THREATEN ...), the
    linked speaker of the statement whose evidence holds the trigger, or None. Used when
    the clause names no actor: "وأضاف: نطالب المجتمع الدولي بالتدخل" is the speaker's
    request. Needs ``doc.statements`` (the statements stage runs first)."""
    if event_type not in argument_cues(view.lang).speaker_types:
        return None
    at = view.tokens[hit.first].start
    for st in view.doc.statements:
        ev = st.evidence
        if ev.start <= at < ev.end and st.speaker is not None:
            if st.speaker.name is not None or st.speaker.country is not None:
                return st.speaker
    return None


def _framed(view: DocView, st: Statement) -> bool:
    """Whether statement ``st``'s content opens after a complementizer, a colon or a
    quotation mark (what someone reported), not right after its speaker ("أعلنت الوزارة
    عن توقيف": an act announced); True when the content cannot be placed."""
    span = view.content_span(st)
    if span is None:
        return True
    i = view.token_index(span[0]) - 1
    toks = view.tokens
    while i >= 0 and toks[i].end > span[0]:
        i -= 1
    if i < 0:
        return True
    prev = toks[i]
    rv = reporting_lexicon(view.lang)
    return rv.is_complement(prev.norm) or not prev.is_word


def _phrase_has_patient_noun(view: DocView, hit: TriggerHit, cues: ArgumentCues) -> bool:
    """True when a multi-word trigger ends in a patient noun ("أسفر عن مقتل")."""
    if hit.last <= hit.first:
        return False
    last = strip_conjunction(view.tokens[hit.last].norm)
    return last in cues.patient_nouns or strip_article(last) in cues.patient_nouns


def _patient_marked(view: DocView, m: Mention, cues: ArgumentCues) -> bool:
    """True when mention ``m`` follows a patient noun or marker, a count between them
    allowed: "مقتل خمسة مدنيين", "إصابة عشرة آخرين", "على المدنيين"."""
    i = view.token_index(m.start)
    tok = view.tokens[i] if i < len(view.tokens) else None
    if tok is not None and tok.prefixes and tok.prefixes[-1] in cues.patient_markers:
        return True
    quantities = view.mentions_in(max(0, m.start - 40), m.start, _QUANTITY)
    covered = {(q.start, q.end) for q in quantities}
    j, words = i - 1, 0
    while j >= 0 and words < 3:
        t = view.tokens[j]
        j -= 1
        if not t.is_word:
            if t.norm in ",.;:،؛":
                return False
            continue
        words += 1
        if t.norm.isdigit() or any(a <= t.start and t.end <= b for a, b in covered):
            continue
        form = strip_conjunction(t.norm)
        return form in cues.patient_markers or strip_article(form) in cues.patient_nouns
    return False


def _is_source(view: DocView, m: Mention, cues: ArgumentCues) -> bool:
    """A mention that reports rather than acts (``reporters`` of the cues): media by
    sector, witnesses and sources by their head word ("شهود عيان", "مصادر ميدانية")."""
    if m.actor is not None and m.actor.sector in cues.reporter_sectors:
        return True
    i = view.token_index(m.start)
    return i < len(view.tokens) and strip_article(view.tokens[i].stem) in cues.reporters


#: Opening and closing quotation marks around an outlet's name ("«عكاظ»", "“سبأ”").
_OPEN_QUOTES, _CLOSE_QUOTES = "«“\"'", "»”\"'"


def _quoted_outlet(view: DocView, m: Mention, i: int, cues: ArgumentCues) -> bool:
    """A name in quotes that a newspaper or agency stands for: after a word of
    ``outlet_leads`` (told to it, "قالت مصادر لـ«عكاظ»", or it learnt, "وعلمت «عكاظ»") or
    after a reporter word ("وكالة الأنباء اليمنية “سبأ”"). It reports and acts in nothing. ``i`` is the mention's first
    token."""
    text = view.text
    before = text[max(0, m.start - 2) : m.start].rstrip()
    if not before or before[-1] not in _OPEN_QUOTES or text[m.end : m.end + 1] not in _CLOSE_QUOTES:
        return False
    k = i - 1
    while k >= 0 and not view.tokens[k].is_word:
        k -= 1
    if k < 0:
        return False
    lead = view.tokens[k]
    if lead.stem in cues.reporters or strip_conjunction(lead.norm) in cues.outlet_leads:
        return True
    words = [t for t in view.tokens[max(0, i - 6) : i] if t.is_word][-3:]
    return any(strip_article(t.stem) in cues.reporters for t in words) and not any(
        strip_conjunction(t.norm) in cues.complementizers for t in words
    )


def _credited_outlet(view: DocView, m: Mention) -> bool:
    """A news medium in parentheses, the credit of a dateline ("MARIB, Yemen (Reuters) -",
    "الرياض (واس)"): it reports the story and acts in nothing."""
    if m.actor is None or m.actor.sector != "MED":
        return False
    before = view.text[max(0, m.start - 2) : m.start].strip()
    after = view.text[m.end : m.end + 2].strip()
    return before.endswith("(") and after.startswith(")")


def in_dateline(view: DocView, m: Mention) -> bool:
    """Whether mention ``m`` lies in the dateline opening its paragraph: a place, a date or
    a name however it was read ("EL OBEID, Sudan, Nov 3, 2025 (Agency) -", "TRIPOLI, May
    14 -") of the filing, not of an event: no actor."""
    end = dateline_end(view.text, view.text.rfind("\n", 0, m.start) + 1)
    return end is not None and m.end <= end


def _quote_between(view: DocView, end: int, start: int) -> bool:
    """Whether an opening quote stands between offsets ``end`` and ``start``: a name
    before a quote is outside the quoted clause ("وقال المدير لوكالة فرانس برس «خطفت
    جبهة النصرة ...»": the agency abducted no one)."""
    return any(ch in _OPEN_QUOTES for ch in view.text[end:start])


def _reported(view: DocView, end: int, trigger: int, cues: ArgumentCues) -> bool:
    """True when a complementizer ("أن", "إن", "بأن") stands between offset ``end`` and
    token ``trigger``, or in English a reporting verb, which needs none ("Hawramani said
    the attacks were a terrorist act"): the trigger is in a reported clause the mention
    does not head."""
    english = reporting_lexicon(view.lang) if view.lang == "en" else None
    j = view.token_index(end)
    while j < trigger:
        tok = view.tokens[j]
        if tok.is_word and tok.start >= end:
            if strip_conjunction(tok.norm) in cues.complementizers:
                return True
            if english is not None and english.verb_kind(tok.norm) is not None:
                return True
        j += 1
    return False


def _in_charge(
    view: DocView, trig_end: int, m: Mention, charges: frozenset[tuple[str, ...]]
) -> bool:
    """Whether a phrase of ``charges`` stands between the trigger's end and mention ``m``
    (after the trigger): ``m`` is named in what someone is charged with."""
    if m.start < trig_end:
        return False
    i, j = view.token_index(trig_end), view.token_index(m.start)
    return any(charge_length(view.tokens, k, charges) for k in range(i, j))


def charge_length(tokens: Sequence, k: int, charges: frozenset[tuple[str, ...]]) -> int:
    """How many tokens the phrase of ``charges`` ("بتهمة", "accused of") that starts at
    token ``k`` takes (0: none starts there)."""
    if not tokens[k].is_word:
        return 0
    first = strip_conjunction(tokens[k].norm).lower()
    for charge in charges:
        if charge[0] == first and all(
            k + n < len(tokens) and tokens[k + n].norm.lower() == word
            for n, word in enumerate(charge[1:], 1)
        ):
            return len(charge)
    return 0


def _words_between(view: DocView, start: int, end: int) -> int:
    return len(view.text[start:end].split())


def _words_after(view: DocView, i: int, n: int) -> list[str]:
    """The ``n`` words after token ``i`` (fewer at the text's end), in text order, each
    without a leading conjunction."""
    words: list[str] = []
    j = i + 1
    while j < len(view.tokens) and len(words) < n:
        if view.tokens[j].is_word:
            words.append(strip_conjunction(view.tokens[j].norm))
        j += 1
    return words


def _words_before(view: DocView, i: int, n: int) -> list[str]:
    """The ``n`` words before token ``i`` (fewer at the text's start), in text order,
    each without a leading conjunction."""
    words: list[str] = []
    j = i - 1
    while j >= 0 and len(words) < n:
        if view.tokens[j].is_word:
            words.insert(0, strip_conjunction(view.tokens[j].norm))
        j -= 1
    return words


def _prev_word(view: DocView, m: Mention) -> str:
    """The word before mention ``m``, or ""."""
    return "".join(_words_before(view, view.token_index(m.start), 1))


def _words_at(view: DocView, i: int) -> str:
    """Token ``i``'s normalized form without a leading conjunction."""
    return strip_conjunction(view.tokens[i].norm) if i < len(view.tokens) else ""


def _after_marker(
    view: DocView, mentions: list[Mention], markers: tuple[tuple[str, ...], ...]
) -> Mention | None:
    """The first of ``mentions`` right after one of ``markers``, or None."""
    return next((m for m in mentions if _marker_before(view, m.start, markers)), None)


#: How many words after its trigger an agent marker's mention may stand: further on, a
#: marker with a pronoun ("نفذتها الشرطة") tells another noun's doer.
_MARKER_REACH = 8


#: How far a doer may stand after the trigger when a verb carrying its noun as object
#: pronoun comes right before it ("قُتل 3 صيادين وأصيب 5 آخرون أول أمس الخميس بقذيفة
#: مدفعية أطلقتها جماعة الحوثي"): the verb binds the doer to the weapon named before.
_BOUND_REACH = 14


def _near_after(
    view: DocView, mentions: list[Mention], trig_end: int, bound: bool = False
) -> list[Mention]:
    """``mentions`` within :data:`_MARKER_REACH` words after offset ``trig_end``, or, with
    ``bound`` (an attack's trigger), within :data:`_BOUND_REACH` right after a verb with an
    object pronoun that marks a doer ("أطلقتها", "قصفته": agent markers of one word ending
    in a pronoun)."""
    out = []
    for m in mentions:
        gap = _words_between(view, trig_end, m.start)
        if gap <= _MARKER_REACH or (
            bound and gap <= _BOUND_REACH and _bound_marker_before(view, m)
        ):
            out.append(m)
    return out


def _bound_marker_before(view: DocView, m: Mention) -> bool:
    """Whether the word right before ``m`` is a one-word agent marker ending in an
    object pronoun ("أطلقتها", "نصبه")."""
    words = _words_before(view, view.token_index(m.start), 1)
    return (
        bool(words)
        and words[0].endswith(("ه", "ها"))
        and (words[0],) in argument_cues(view.lang).agent_markers
    )


def _marker_before(view: DocView, start: int, markers: tuple[tuple[str, ...], ...]) -> bool:
    words = _words_before(view, view.token_index(start), 3)
    return any(tuple(words[-len(marker) :]) == marker for marker in markers)


def follows_agent_marker(view: DocView, start: int) -> bool:
    """Whether the words right before offset ``start`` end with an agent marker ("على
    يد", "شنته", "برصاص": ``agent_markers``)."""
    return _marker_before(view, start, argument_cues(view.lang).agent_markers)


def _attached(view: DocView, m: Mention, preps: frozenset[str]) -> bool:
    """True when mention ``m`` follows a preposition in ``preps`` (a separate word, or a
    one-letter proclitic on the name itself: "بالموصل"), or a designator that carries
    one ("بمدينة العريش": ب + مدينة), or an attached designator one or two words
    before it ("في العاصمة العمانية مسقط"). A nationality adjective is attached as its
    noun is ("للشعب اليمني", "إلى الجانب السوري")."""
    i = view.token_index(m.start)
    if _word_attached(view, i, preps):
        return True
    j = _word_before(view, i)
    if j >= 0 and view.tokens[j].stem in preps:
        return True
    if j >= 0 and _is_adjective(m) and _word_attached(view, j, preps):
        return True
    if m.kind == "LOC" and _site_attached(view, j, preps):
        return True
    # "في العاصمة العمانية مسقط": a designator (and an adjective with the article) between
    if m.kind != "LOC" or j < 0:
        return False
    designators = load_context().designators
    if view.tokens[j].norm not in designators:
        if not view.tokens[j].norm.startswith("ال"):
            return False
        j = _word_before(view, j)  # the adjective
    return j >= 0 and view.tokens[j].norm in designators and _word_attached(view, j, preps)


#: Most site nouns in a construct chain between a preposition and a place ("أمام مبنى
#: ديوان محافظة البصرة").
_SITE_CHAIN = 3


def _site_attached(view: DocView, j: int, preps: frozenset[str]) -> bool:
    """Whether word ``j`` ends a chain of site nouns (``site_nouns`` cues: building, seat,
    market, hospital ...) that a preposition in ``preps`` governs: the place after the
    chain is where the event happened ("تظاهروا أمام مبنى ديوان محافظة البصرة", "انفجار
    في سوق مدينة الحلة")."""
    sites = argument_cues(view.lang).site_nouns
    seen = 0
    while j >= 0 and seen < _SITE_CHAIN:
        tok = view.tokens[j]
        if strip_article(strip_conjunction(tok.stem)) not in sites and tok.stem not in sites:
            return False
        if _word_attached(view, j, preps):
            return True
        seen += 1
        j = _word_before(view, j)
    return False


def after_comma(view: DocView, i: int) -> bool:
    """Whether a comma stands right before token ``i``."""
    return 0 < i <= len(view.tokens) and view.tokens[i - 1].norm in ("،", ",")


def joined_after_comma(view: DocView, i: int) -> bool:
    """Whether Arabic token ``i`` carries the conjunction "و" right after a comma ("،
    وطالبت", "، وقال"): a verb that goes on with its sentence (a "ف" or a root "و", as in
    "وصف", does not)."""
    return (
        view.lang == "ar"
        and i < len(view.tokens)
        and after_comma(view, i)
        and view.tokens[i].prefixes.startswith("و")
    )


def continued_subject(
    view: DocView, lo: int, i: int, openers: frozenset[str] = frozenset()
) -> Mention | None:
    """The sentence's opening subject (:func:`opening_subject`, the sentence's first token
    ``lo``) that the verb at token ``i`` goes on with: the verb is joined by "و" after a
    comma (:func:`joined_after_comma`) and agrees with it in gender ("ودانت الرئاسة
    الفلسطينية التصعيد، وطالبت ..."; not "قال الوزير ...، وطالبت المعارضة"), else None."""
    if not joined_after_comma(view, i):
        return None
    m = opening_subject(view, lo, view.tokens[i].start, openers)
    if m is None or disagrees(view.tokens[i].text, m.text, m.kind):
        return None
    return m


def opening_subject(
    view: DocView, lo: int, end: int, openers: frozenset[str] = frozenset()
) -> Mention | None:
    """The actor named right after the verb that opens the sentence whose first token is
    ``lo`` (after words of ``openers``: "من جهته،"), before offset ``end``: the subject
    of that verb ("ودانت الرئاسة الفلسطينية ...", "أدان رئيس الوزراء الهجوم"), or None."""
    toks = view.tokens
    k = lo
    while (
        k < len(toks) and toks[k].start < end and (not toks[k].is_word or toks[k].norm in openers)
    ):
        k += 1
    if k + 1 >= len(toks) or toks[k + 1].start >= end or not toks[k].is_word:
        return None
    verb_end = toks[k].end
    first = view.actor_mentions(verb_end, end)
    return first[0] if first and not view.text[verb_end : first[0].start].strip() else None


def _word_attached(view: DocView, i: int, preps: frozenset[str]) -> bool:
    """Token ``i`` carries a proclitic in ``preps`` or follows a word in ``preps``."""
    if i < len(view.tokens):
        tok = view.tokens[i]
        if tok.prefixes and tok.prefixes[-1] in preps:
            return True
    if "".join(_words_before(view, i, 1)) in preps:
        return True
    j = _word_before(view, i)  # the word as written: "وسط" is no و + "سط"
    return j >= 0 and view.tokens[j].norm in preps


def _word_before(view: DocView, i: int) -> int:
    """Index of the last word token before token ``i``, or -1."""
    j = i - 1
    while j >= 0 and not view.tokens[j].is_word:
        j -= 1
    return j


def _is_adjective(m: Mention) -> bool:
    """A nationality adjective ("اليمني" in "الشعب اليمني"): a MISC mention whose actor
    carries only a country."""
    return m.kind == "MISC" and m.actor is not None and m.actor.sector is None


#: Mention kinds of names that may hold a place ("وزير الخارجية بجمهورية مصر العربية").
_ACTOR_NAMES = frozenset({"PER", "ORG"})


#: How many characters after a country an inner place may start ("Mali's Mopti").
_INNER_REACH = 8


def location(
    view: DocView, s: SentenceView, hit: TriggerHit, clause: tuple[int, int], event_type: str
) -> dict | None:
    """The contract's ``location`` object for the event, or None."""
    cues = argument_cues(view.lang)
    preps = cues.locative | (cues.movement if event_type in cues.movement_types else frozenset())
    toks = view.tokens
    trig = toks[hit.first].start
    targeted = event_type in cues.target_types
    if targeted:  # "هجوم على المطار", "سيطرة المقاومة على عدن": the target is the place
        preps = preps | cues.target

    def pick(start: int, end: int) -> Mention | None:
        # a place inside an actor's name is whose it is, not where: "وزير الخارجية
        # بجمهورية مصر العربية"
        names = view.mentions_in(start, end, _ACTOR_NAMES)
        locs = [
            m
            for m in view.mentions_in(start, end, _LOC)
            if (
                _attached(view, m, preps)
                or (targeted and not hit.is_verb and view.token_index(m.start) == hit.last + 1)
            )  # a noun trigger's construct: "تحرير عدن", "قصف حلب"
            and not any(n.start <= m.start and m.end <= n.end for n in names)
        ]
        # "في قرية سنجل شمال رام الله": the second place tells where the first lies
        locs = [m for m in locs if not _positions_another(view, m, locs, cues)] or locs
        if not locs:
            return None
        after = [m for m in locs if m.start >= trig]
        before = [m for m in locs if m.start < trig]
        best = after[0] if after else before[-1]
        precise = [m for m in locs if m.place is not None and m.place.precision < 3]
        if (best.place is None or best.place.precision >= 3) and precise:
            best = min(precise, key=lambda m: abs(m.start - trig))
        elif best.place is not None and best.place.feature == "country":
            # "in central Mali's Mopti region": the country's division is where
            inner = [
                m
                for m in view.mentions_in(best.end, end, _LOC)
                if m.start < best.end + _INNER_REACH
                and m.place is not None
                and m.place.feature != "country"
                and m.place.country == best.place.country
            ]
            if inner:
                best = inner[0]
        return best

    a, b = clause
    m = _antecedent_place(view, s, hit) if targeted and not hit.is_verb else None
    if m is None:
        m = pick(toks[a].start, toks[b - 1].end) if b > a else None
    if m is None:
        m = pick(s.start, s.end)
    if m is None:
        return None
    rec = {**location_record(m), "basis": "sentence"}
    if rec.get("precision") == 1 and _near_words(view, m, cues):
        rec["precision"] = 2  # "قرب الفاشر", "south of the city of Marib": near the town
    return rec


#: The precision of a country, region or province: the places of strikes told together
#: in two countries (:func:`further_countries`).
_WIDE = 3


def further_countries(
    view: DocView, trigger_end: int, clause: tuple[int, int], event_type: str, where: dict | None
) -> list[dict]:
    """Places in other countries that a conjunct of the trigger's clause adds to where
    the event happened ("غارات على مواقع داعش في سوريا وحزب العمال في شمال العراق",
    "في العراق وسوريا", "in Iraq and Syria"): after the chosen place ``where`` (itself
    after the trigger ending at offset ``trigger_end``), each place of a further country
    that a "و" / "and" conjunct adds, attached as :func:`location` attaches one or joined
    to the place before it, outside actors' names; both wide (a country, region or
    province). Strikes told together in two countries are one record per country. Empty for types without a target."""
    cues = argument_cues(view.lang)
    if event_type not in cues.target_types or where is None or not where.get("country"):
        return []
    if where.get("precision") != _WIDE:
        return []  # two towns in two countries are more often a namesake misread
    a, b = clause
    if b <= a:
        return []
    toks = view.tokens
    start, end = toks[a].start, toks[b - 1].end
    preps = cues.locative | cues.target
    chosen = next(
        (m for m in view.mentions_in(start, end, _LOC) if m.text == where.get("text")), None
    )
    if chosen is None or chosen.start < trigger_end:
        return []
    names = view.mentions_in(start, end, _ACTOR_NAMES)
    seen, out, last = {where["country"]}, [], chosen
    for m in view.mentions_in(chosen.end, end, _LOC):
        between = _norms_between(view, last.end, m.start)
        joined = all(_conjunction(w, preps) for w in between) and (
            bool(between) or view.tokens[view.token_index(m.start)].prefixes.startswith("و")
        )  # "في العراق وسوريا": the conjunct shares the preposition
        if m.place is None or not (joined or _attached(view, m, preps)):
            continue
        last = m
        if m.place.precision != _WIDE or _opens_clause(view, m):
            continue  # "in Yemen and Iran warned": Iran speaks, it is not struck
        if m.place.country in seen or any(n.start <= m.start and m.end <= n.end for n in names):
            continue
        # a "و" conjunct opens between the chosen place and this one (or on it)
        lo, hi = view.token_index(chosen.end), view.token_index(m.start)
        if any(
            t.is_word and (t.prefixes.startswith("و") or _conjunction(t.norm.lower(), preps))
            for t in view.tokens[lo : hi + 1]
        ):
            seen.add(m.place.country)
            out.append({**location_record(m), "basis": "sentence"})
    return out


def _opens_clause(view: DocView, m: Mention) -> bool:
    """Whether the word right after mention ``m`` is a verb that opens a clause of its own
    (a reporting verb or a verb trigger: "وأنقرة تحتج", "and Iran warned"): ``m`` is its
    subject."""
    j = view.token_index(m.end)
    while j < len(view.tokens) and not view.tokens[j].is_word:
        if view.tokens[j].norm in ".،,؛;:":
            return False
        j += 1
    if j >= len(view.tokens):
        return False
    if reporting_lexicon(view.lang).verb_kind(view.tokens[j].norm.lower()) is not None:
        return True
    return any(h.is_verb for h in find_triggers(view.tokens, view.lang, j, j + 1))


def _norms_between(view: DocView, start: int, end: int) -> list[str]:
    """The lower-cased normalized forms of the word tokens between offsets ``start`` and
    ``end`` (:func:`_words_between` counts the words of the raw text instead)."""
    return [
        t.norm.lower()
        for t in view.tokens[view.token_index(start) : view.token_index(end)]
        if t.is_word
    ]


def _conjunction(word: str, preps: frozenset[str]) -> bool:
    """Whether ``word`` is "و" / "and", alone or on a preposition of ``preps`` ("وفي")."""
    return word in ("و", "and") or (word[:1] == "و" and word[1:] in preps)


#: The most direction words between a place and the one that tells where it lies.
_POSITION_WORDS = 2


def _positions_another(view: DocView, m: Mention, locs: list[Mention], cues: ArgumentCues) -> bool:
    """Whether place ``m`` only tells where another place of ``locs`` lies: direction
    words and nothing else stand between that place and ``m`` ("قرية سنجل شمال رام الله",
    "بلدة كفررمان جنوب النبطية"; ``directions``), the first a town, not a country or
    region."""
    for other in locs:
        if other.end > m.start or other.place is None or other.place.precision >= 3:
            continue
        words = view.text[other.end : m.start].split()
        if 0 < len(words) <= _POSITION_WORDS and all(
            normalize_key(w).lower() in cues.directions for w in words
        ):
            return True
    return False


def _near_words(view: DocView, m: Mention, cues: ArgumentCues) -> bool:
    """Whether a ``near`` cue stands within :data:`_NEAR_REACH` words before place ``m``
    with no punctuation between ("قرب", "شمال", "بالقرب من", "near", "north of"; a
    designator, "مدينة", "the city of", may stand between)."""
    toks = view.tokens
    j, seen = view.token_index(m.start) - 1, 0
    while j >= 0 and seen < _NEAR_REACH:
        tok = toks[j]
        if not tok.is_word:
            if tok.norm not in "-ـ":
                return False  # punctuation: another phrase
        else:
            seen += 1
            word = tok.norm.lower()
            if word in cues.near or strip_conjunction(word) in cues.near:
                return True
        j -= 1
    return False


#: Words before a town within which a ``near`` cue may stand ("south of the city of").
_NEAR_REACH = 5


#: Attached pronouns of a noun trigger that stand for a place told before it.
_PLACE_PRONOUNS = ("ها", "ه")


def _antecedent_place(view: DocView, s: SentenceView, hit: TriggerHit) -> Mention | None:
    """The place a noun trigger's attached pronoun stands for ("زيارة محافظة عدن بعد
    تحريرها": Aden, not the Riyadh of the meeting before it): the last place named
    before the trigger in its sentence, outside an actor's name; None when the trigger
    carries no pronoun or no place precedes it."""
    tok = view.tokens[hit.last]
    if not tok.text.endswith(_PLACE_PRONOUNS):  # the pronoun split off or not ("وتحريره")
        return None
    names = view.mentions_in(s.start, tok.start, _ACTOR_NAMES)
    places = [
        m
        for m in view.mentions_in(s.start, tok.start, _LOC)
        if not any(n.start <= m.start and m.end <= n.end for n in names)
    ]
    return places[-1] if places else None


def context_location(view: DocView, s: SentenceView) -> dict | None:
    """Where an event happened when its sentence names no place: the nearest place a
    locative or place noun attaches in the sentences before it in its paragraph (at most
    :data:`_CONTEXT_BACK`; ``basis`` "paragraph"), else the document's main country, the
    one most of its places lie in (the first named on a tie), at precision 3 (``basis``
    "document", ``text`` None). None when the document names no place."""
    cues = argument_cues(view.lang)
    earlier = [t for t in view.paragraph_sentences(s) if t.index < s.index][-_CONTEXT_BACK:]
    for t in reversed(earlier):
        locs = [
            m
            for m in view.mentions_in(t.start, t.end, _LOC)
            if m.place is not None and _attached(view, m, cues.locative)
        ]
        if locs:
            return {**location_record(locs[-1]), "basis": "paragraph"}
    if "main_country" not in view.memo:
        view.memo["main_country"] = main_country(view)
    country = view.memo["main_country"]
    return country_location(country, "document") if country else None


@cache
def _capital_rows() -> dict[str, int]:
    """ISO3 -> the gazetteer row of the country's capital."""
    gaz = load_gazetteer()
    out: dict[str, int] = {}
    for iso3, (gid, name) in capitals().items():
        hit = gaz.lookup(name.lower())
        row = next((r for r in (hit[1] if hit else []) if gaz.entry(r).geonameid == gid), None)
        if row is not None:
            out[iso3] = row
    return out


def capital_location(view: DocView, ev: Event) -> dict | None:
    """Where an event placed only in a country happened when its sentence says "in the
    capital" (a locative preposition before it) with no name or nationality after it
    ("اندلعت اشتباكات في العاصمة" in a story from Libya): that country's capital
    (``basis`` "capital"); None otherwise."""
    loc = ev.location
    if not loc or (loc.get("precision") or 3) < 3 or not loc.get("country"):
        return None
    s = view.sentence_at(ev.evidence.start)
    if s is None:
        return None
    toks = view.tokens
    cues = argument_cues(view.lang)
    for i in range(s.lo, s.hi):
        if not toks[i].is_word or strip_article(toks[i].stem) not in cues.capital:
            continue
        if not _word_attached(view, i, cues.in_place):
            continue  # "نحو العاصمة", "بما في ذلك العاصمة": where it happened is not said
        nxt = next((j for j in range(i + 1, s.hi) if toks[j].is_word), None)
        if nxt is not None and view.mentions_in(toks[nxt].start, toks[nxt].end):
            continue  # "العاصمة طرابلس", "العاصمة الليبية": named, the places stage reads it
        row = _capital_rows().get(loc["country"])
        if row is None:
            return None
        gaz = load_gazetteer()
        text = toks[i].text
        return {
            "text": text,
            **gaz.to_place(gaz.entry(row), precision=1).to_record(),
            "basis": "capital",
        }
    return None


#: How many sentences back a claim reaches for the attack it claims.
_CLAIM_BACK = 4
#: How many words before a claim a denial or negation undoes it.
_DENIAL_REACH = 4


def claim_actors(view: DocView, records: list[Event], sentence_of: dict[int, int]) -> set[int]:
    """Give the last attack told before a claim, at most :data:`_CLAIM_BACK` sentences
    back, asserted and with no actor, the group that claims it ("قُتل 9 أشخاص في انفجار
    سيارة مفخخة ... وأعلنت حركة الشباب مسؤوليتها عن الهجوم"): the first resolved actor
    mention of the claim's sentence before the claim words, else the first after them
    (``claims`` of the argument cues). Returns the ``id()`` of the attacks no one claimed
    ("ولم تتبن أي جهة التفجير", ``claim_anyone`` after a denial): they take no actor
    from the text around them."""
    cues = argument_cues(view.lang)
    unclaimed: set[int] = set()
    if not cues.claims:
        return unclaimed
    toks = view.tokens
    for s in view.sentences:
        at = next(
            (
                (i, n)
                for i in range(s.lo, s.hi)
                if toks[i].is_word and (n := _claim_at(view, i, s.hi, cues.claims))
            ),
            None,
        )
        if at is None:
            continue
        told = [
            r
            for r in records
            if r.type == "ASSAULT"
            and r.modality == "asserted"
            and 0 < s.index - sentence_of.get(r.evidence.start, -99) <= _CLAIM_BACK
        ]
        before = _words_before(view, at[0], _DENIAL_REACH)
        if any(w.lower() in cues.claim_denials for w in before):
            # "ولم تعلن حركة الشباب مسؤوليتها", "نفت الحركة مسؤوليتها": no claim; "ولم
            # تتبن أي جهة التفجير": no one's
            after = _words_after(view, at[0] + at[1] - 1, 2)
            if told and any(w.lower() in cues.claim_anyone for w in (*before, *after)):
                unclaimed.add(id(told[-1]))
            continue
        claimer = _claimer(view, s, at[0], at[0] + at[1])
        if claimer is not None and told and told[-1].actor is None:
            told[-1].actor = actor_ref(claimer)
    return unclaimed


def _claim_at(view: DocView, i: int, end: int, claims: tuple[tuple[str, ...], ...]) -> int:
    """How many words from token ``i`` make one of ``claims`` (0: none)."""
    first = strip_conjunction(view.tokens[i].norm).lower()
    heads = [c for c in claims if c[0] == first]
    if not heads:
        return 0
    longest = max(len(c) for c in heads)
    words = list(
        islice(
            (strip_conjunction(t.norm).lower() for t in view.tokens[i:end] if t.is_word), longest
        )
    )
    return next((len(c) for c in heads if tuple(words[: len(c)]) == c), 0)


def _claimer(view: DocView, s: SentenceView, i: int, j: int) -> Mention | None:
    """Who claims at tokens ``[i, j)`` of sentence ``s``: the first resolved actor before
    them, else the first one after them."""
    toks = view.tokens
    resolved = [
        m
        for m in view.actor_mentions(s.start, s.end)
        if m.actor is not None and (m.actor.sector or m.actor.id)
    ]
    before = [m for m in resolved if m.end <= toks[i].start]
    if before:  # "وأعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها": the first
        return before[0]
    return next((m for m in resolved if m.start >= toks[j - 1].end), None)


def country_location(country: str, basis: str) -> dict | None:
    """The contract's ``location`` for a whole country (ISO3) at precision 3, with no
    text and the given ``basis``; None for a code the gazetteer lacks."""
    gaz = load_gazetteer()
    entry = gaz.country_entry(country)
    if entry is None:
        return None
    return {"text": None, **gaz.to_place(entry, precision=3).to_record(), "basis": basis}


def host_location(view: DocView, hit: TriggerHit, recipient: ActorRef | None) -> dict | None:
    """Where a reception took place when its sentence names no place: a host verb
    (``swap_verbs``, "استقبل": the visitor acts, the host is the recipient) receives at
    home, so the host's country at precision 3 (``basis`` "host": "استقبل خادم الحرمين
    الشريفين ... وزير الخارجية المصري" is in Saudi Arabia, not in Egypt). None for any
    other trigger or a host with no country."""
    if recipient is None or not recipient.country:
        return None
    if not _host_verb(view, hit, argument_cues(view.lang)):
        return None
    return country_location(recipient.country, "host")


def main_country(view: DocView) -> str | None:
    """The country most of the document's resolved places lie in (first named on a
    tie), or None."""
    counts: dict[str, int] = {}
    for m in view.mentions:
        if m.kind == "LOC" and m.place is not None and m.place.country:
            counts[m.place.country] = counts.get(m.place.country, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda c: counts[c])


def location_record(m: Mention) -> dict:
    """The contract's ``location`` object for a LOC mention."""
    rec: dict = {"text": m.text}
    if m.place is not None:
        rec.update(m.place.to_record())
    else:
        rec.update(
            {
                "name": None,
                "geonameid": None,
                "country": None,
                "admin1": None,
                "lat": None,
                "lon": None,
                "precision": None,
            }
        )
    return rec


#: The sources of :func:`event_date` that are no date of the text: its fallbacks.
FALLBACK_DATE_SOURCES = frozenset({"lead", "published"})


def event_date(
    view: DocView,
    s: SentenceView,
    hit: TriggerHit,
    clause: tuple[int, int],
    use_lead: bool = True,
    own_after: bool = True,
) -> tuple[str | None, str | None, str]:
    """``(date, precision, source)`` of the event; ``source`` says where it came from:
    ``clause``, ``sentence``, ``paragraph``, ``lead`` (:func:`lead_date`, precision
    ``week``; only with ``use_lead``: statements, made when reported, skip it),
    ``published`` or ``none``. Of the dates of the trigger's clause the nearest after it
    is taken (with ``own_after``; a date before it is an earlier verb's: "بثت القناة
    أمس قائمة بشهداء تفجير المسجد أمس الأول"), else the nearest; statements, whose
    content follows the reporting verb, take the nearest."""
    toks = view.tokens
    trig = toks[hit.first].start
    cues = argument_cues(view.doc.lang or "ar")
    dated = [
        m
        for m in view.mentions_in(s.start, s.end, _DATE)
        if m.value
        and not _in_relative_clause(view, m, cues.relative_pronouns, trig)
        and not in_dateline(view, m)  # the filing date: the report's, not the event's
    ]
    # a long span since ("المستمر منذ 5 سنوات") tells how long a state has lasted, and
    # the year of a named thing ("اتفاق فك الاشتباك لعام 1974") when it was made: never
    # the event's date
    dated = [
        m for m in dated if not _lasting(view, m, cues.since) and not _named_year(view, m, cues)
    ]
    # a date in a "since" phrase of another event ("منذ سيطرة قوات الدعم السريع على مخيم
    # زمزم الشهر الماضي") dates that event
    dated = [m for m in dated if not _since_event(view, m, cues.since, trig)]
    # a "since" date starts a state ("منذ الرابع من الشهر الجاري"): the event takes
    # another date of its sentence when there is one
    if hit.type in cues.speaker_types:
        # a verbal act is no state: "اتهم ...، مطالبا برفع الحصار المفروض منذ مايو 2024"
        # was said now, whatever the siege's start told after it
        dated = [m for m in dated if m.start < trig or not _since(view, m, cues.since)]
    dated = [m for m in dated if not _since(view, m, cues.since)] or dated
    # a year or month right after a finer date it holds only repeats it ("الخميس
    # 14-10-1436 هـ": the Hijri year of that Thursday)
    dated = [m for m in dated if not any(_holds(m, o) for o in dated)] or dated
    a, b = clause
    if dated:
        lo = toks[a].start if a < len(toks) else s.start
        hi = toks[b - 1].end if b > a else s.end
        inside = [m for m in dated if lo <= m.start < hi]
        if not inside:
            # outside the trigger's clause, the day a report was made ("..., police said on
            # Tuesday") is when it was said, not when the event happened
            dated = [m for m in dated if not _said_on(view, m)]
        pool, source = (inside, "clause") if inside else (dated, "sentence")
    if dated:
        after = [m for m in pool if m.start > trig]
        if own_after and source == "clause" and after:
            pool = after
        m = min(pool, key=lambda m: abs(m.start - trig))
        if m.precision == "day" and _day_before(view, hit, cues):
            # "قصفت طائرات تركية اليوم مواقع غداة تبادل لإطلاق النار": the day before
            return (first_day(str(m.value)) - timedelta(days=1)).isoformat(), "day", source
        return str(m.value), m.precision, source
    para = view.paragraph_sentences(s)
    p_start, p_end = para[0].start, para[-1].end
    pdated = [
        m
        for m in view.mentions_in(p_start, p_end, _DATE)
        if m.value
        and not _in_relative_clause(view, m, cues.relative_pronouns)
        and not _since(view, m, cues.since)
        and not _since_event(view, m, cues.since)
        and not _named_year(view, m, cues)
    ]
    earlier = [m for m in pdated if m.end <= s.start]
    later = [m for m in pdated if m.start >= s.end]
    if earlier or later:
        m = earlier[-1] if earlier else later[0]
        return str(m.value), m.precision, "paragraph"
    if use_lead and "lead" not in view.memo:
        view.memo["lead"] = lead_date(view)
    lead = view.memo["lead"] if use_lead else None
    if lead is not None:
        return lead, "week", "lead"
    if view.doc.published:
        return view.doc.published[:10], "week", "published"
    return None, None, "none"


def _named_year(view: DocView, m: Mention, cues: ArgumentCues) -> bool:
    """Whether DATE ``m`` is the year of a named thing: its first token, written with
    the clitic before it, is one of ``named_years`` ("لعام 1974" in "اتفاق فك الاشتباك
    لعام 1974", "لسنة 2025"), and no word of ``year_periods`` stands in the two before it
    ("خلال الربع الأول لعام 2025": a part of the year, which dates what happened in it)."""
    if not cues.named_years or m.precision != "year":
        return False
    k = view.token_index(m.start)
    if k >= len(view.tokens) or strip_conjunction(view.tokens[k].norm) not in cues.named_years:
        return False
    return not any(w in cues.year_periods for w in _words_before(view, k, 2))


#: How far (characters) after a finer date a coarser one may repeat it (:func:`_holds`).
_REPEAT_REACH = 20


def _holds(coarse: Mention, fine: Mention) -> bool:
    """Whether DATE ``coarse`` is less precise than ``fine``, starts at most
    ``_REPEAT_REACH`` characters after it and its period holds it.

    >>> d = Mention(0, 11, "الخميس 14-10", "DATE", value="2015-07-30", precision="day")
    >>> y = Mention(20, 27, "1436 هـ", "DATE", value="2014-10-25/2015-10-13", precision="year")
    >>> _holds(y, d), _holds(d, y)
    (True, False)
    """
    if PRECISION_RANK.get(coarse.precision or "", 0) <= PRECISION_RANK.get(fine.precision or "", 0):
        return False
    if not 0 <= coarse.start - fine.end <= _REPEAT_REACH:
        return False
    lo, hi = first_day(str(coarse.value)), _last_day(str(coarse.value))
    flo, fhi = first_day(str(fine.value)), _last_day(str(fine.value))
    if lo is None or hi is None or flo is None or fhi is None:
        return False
    return lo <= flo and fhi <= hi


def _lasting(view: DocView, m: Mention, since: frozenset[str]) -> bool:
    """Whether date ``m`` is a span of months or years counted back from the report by a
    ``since`` word it opens with ("منذ 5 سنوات", "منذ أربعة أعوام"): how long something
    has lasted."""
    if m.precision not in ("month", "year") or not since:
        return False
    i = view.token_index(m.start)
    return i < len(view.tokens) and view.tokens[i].norm in since and m.end > view.tokens[i].end


def _since(view: DocView, m: Mention, since: frozenset[str]) -> bool:
    """Whether date ``m`` is the start of a period: a ``since`` word opens it or stands
    right before it ("منذ 5 سنوات", "منذ الرابع من الشهر الجاري")."""
    if not since:
        return False
    i = view.token_index(m.start)
    return view.tokens[i].norm in since or "".join(_words_before(view, i, 1)) in since


#: Most tokens between a "since" word and the date closing its phrase (:func:`_since_event`).
_SINCE_REACH = 10


def tally_since(view: DocView, hit: TriggerHit, clause: tuple[int, int]) -> bool:
    """Whether the trigger's clause counts since a start: a ``since`` word after the
    trigger, then a word of ``period_starts`` ("قُتل أكثر من 200 شخص ... منذ بدء وقف
    إطلاق النار", "since the start of the war") or a month or year ("منذ أكتوبر 2023",
    "منذ خمس سنوات"). Such a count adds up many acts over a period: the record is marked
    ``tally`` and adds no toll to the day's act it merges with. "منذ يومين" (two days ago)
    dates one act and is no tally, nor is a "since" after a participle of another noun
    ("الفاشر المحاصرة منذ مايو 2024") or in a clause with a day of its own."""
    cues = argument_cues(view.lang)
    if not cues.since:
        return False
    toks = view.tokens
    a, b = clause
    dates = view.mentions_in(toks[a].start, toks[b - 1].end, _DATE)
    if any(m.precision == "day" and not _since(view, m, cues.since) for m in dates):
        return False  # "قتل خمسة أمس ...": a day's toll
    for i in range(max(hit.last + 1, a), b):
        if strip_conjunction(toks[i].norm.lower()) in cues.relative_pronouns:
            return False  # "في مخيم طولكرم الذي يشهد عملية منذ 27 يناير": the place's
        if strip_conjunction(toks[i].norm.lower()) not in cues.since:
            continue
        before = _words_before(view, i, 1)
        if before and before[0].startswith("الم") and len(before[0]) > 4:
            return False  # "الفاشر المحاصرة منذ مايو 2024": the siege lasts, not the count
        nxt = next(
            (
                k
                for k in range(i + 1, b)
                if toks[k].is_word and toks[k].norm.lower() not in cues.determiners
            ),
            None,
        )
        if nxt is None:
            return False
        word = strip_article(toks[nxt].norm.lower())
        if word in cues.period_starts or toks[nxt].norm.lower() in cues.period_starts:
            return True
        return any(
            m.start <= toks[nxt].start < m.end
            and (m.precision in ("month", "year") or _long_ago(view, m))
            for m in view.mentions_in(toks[i].start, toks[b - 1].end, _DATE)
        )
    return False


#: Days before the report after which a day a count runs since starts a period.
_PERIOD_DAYS = 7


def _long_ago(view: DocView, m: Mention) -> bool:
    """Whether day DATE ``m`` lies more than :data:`_PERIOD_DAYS` days before the report
    ("منذ السابع من أكتوبر 2023" in a July 2025 report: a war's toll, no day's)."""
    published = view.doc.published
    if m.precision != "day" or not published or not m.value:
        return False
    try:
        day = date.fromisoformat(str(m.value)[:10])
        return (date.fromisoformat(published[:10]) - day).days > _PERIOD_DAYS
    except ValueError:
        return False


def _said_on(view: DocView, m: Mention) -> bool:
    """Whether date ``m`` follows a reporting verb within three words ("police said on
    Tuesday", "قال مصدر أمني يوم الثلاثاء")."""
    rv = reporting_lexicon(view.lang)
    words = _words_before(view, view.token_index(m.start), 3)
    return any(rv.verb_kind(w.lower()) is not None for w in words)


def _since_event(view: DocView, m: Mention, since: frozenset[str], trigger: int = -1) -> bool:
    """Whether date ``m`` closes a "since" phrase of another event: a ``since`` word two to
    :data:`_SINCE_REACH` tokens before it, with no punctuation between ("منذ سيطرة قوات
    الدعم السريع على مخيم زمزم الشهر الماضي": the capture's date), and the trigger at
    character ``trigger`` not inside the phrase (there the date is its own: "منذ انسحاب
    الجيش السوري من لبنان في أبريل 2005" dates the withdrawal)."""
    if not since:
        return False
    i = view.token_index(m.start)
    k = _opener_before(view, i, _SINCE_REACH, lambda norm: strip_conjunction(norm) in since)
    if k is None or k >= i - 1:
        return False
    return not (view.tokens[k].start < trigger < m.start)


def _in_relative_clause(
    view: DocView, m: Mention, relative: frozenset[str], trigger: int = -1
) -> bool:
    """Whether date ``m`` dates a relative clause that does not hold the trigger at
    character ``trigger``: a relative pronoun (``relative``) at most
    :data:`_RELATIVE_REACH` tokens before it, with no punctuation between ("الإصلاحات
    التي تم الاتفاق عليها في صيف العام الماضي" dates the agreement, not the talks that
    discuss it). A relative clause right after the trigger word describes the event
    itself ("عملية الاعتقال التي جرت في 15 يوليو"): its date counts."""
    toks = view.tokens
    k = _opener_before(view, view.token_index(m.start), _RELATIVE_REACH, relative.__contains__)
    if k is None:
        return False
    if trigger >= 0 and k > 0 and toks[k - 1].start <= trigger < toks[k - 1].end:
        return False
    return not (toks[k].start < trigger < m.start)


def _opener_before(view: DocView, i: int, reach: int, opens: Callable[[str], bool]) -> int | None:
    """The index of the nearest word before token ``i``, at most ``reach`` tokens back,
    whose normalized form ``opens`` a phrase, with only words between; None when a
    punctuation token comes first or none is found."""
    toks = view.tokens
    for k in range(i - 1, max(i - 1 - reach, -1), -1):
        if not toks[k].is_word:
            return None
        if opens(toks[k].norm):
            return k
    return None


def _day_before(view: DocView, hit: TriggerHit, cues: ArgumentCues) -> bool:
    """Whether the trigger follows a ``day_after`` word ("غداة": on the morrow of): what
    followed it happened on its sentence's day, so the trigger's act the day before."""
    if not cues.day_after:
        return False
    before = _words_before(view, hit.first, 1)
    return bool(before) and before[0].lower() in cues.day_after


def lead_date(view: DocView) -> str | None:
    """The day the report's lead is about: the first day-precision date in the first
    :data:`_LEAD_SENTENCES` body sentences, when it lies in the week up to the reference
    date. An undated event later in the report is taken to be around then (precision
    ``week``) rather than at the reference date."""
    published = first_day(view.doc.published or "")
    if published is None:
        return None
    body = [s for s in view.sentences if not s.headline][:_LEAD_SENTENCES]
    for s in body:
        for m in view.mentions_in(s.start, s.end, _DATE):
            if m.precision != "day" or not m.value or "/" in str(m.value):
                continue
            day = first_day(str(m.value))
            if day is not None and 0 <= (published - day).days <= 7:
                return str(m.value)
    return None


def first_day(value: str) -> date | None:
    """The first day of a DATE value's period ("2015" -> 2015-01-01; a range's start)."""
    head = value.split("/")[0]
    parts = head.split("-")
    try:
        y = int(parts[0])
        mth = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2][:2]) if len(parts) > 2 else 1
        return date(y, mth, d)
    except (ValueError, IndexError):
        return None


def _last_day(value: str) -> date | None:
    """The last day of a DATE value's period ("2015-07" -> 2015-07-31; a range's end)."""
    tail = value.split("/")[-1]
    parts = tail.split("-")
    try:
        y = int(parts[0])
        mth = int(parts[1]) if len(parts) > 1 else 12
        d = int(parts[2][:2]) if len(parts) > 2 else monthrange(y, mth)[1]
        return date(y, mth, d)
    except (ValueError, IndexError):
        return None


def is_historical(value: str | None, published: str | None) -> bool:
    """True when an event dated ``value`` ended well before the report (a year or more).

    >>> is_historical("2012", "2024-12-09"), is_historical("2024-12-07", "2024-12-09")
    (True, False)
    """
    if not value or not published:
        return False
    end, ref = _last_day(value), first_day(published)
    return end is not None and ref is not None and (ref - end).days >= _HISTORICAL_DAYS


def is_future(value: str | None, published: str | None) -> bool:
    """True when an event dated ``value`` starts after the reference date.

    >>> is_future("2024-12-15", "2024-12-09"), is_future("2024-12", "2024-12-09")
    (True, False)
    """
    if not value or not published:
        return False
    start, ref = first_day(value), first_day(published)
    return start is not None and ref is not None and start > ref


def size(view: DocView, s: SentenceView, clause: tuple[int, int]) -> dict[str, int]:
    """Counts stated for the event: ``killed``, ``injured``, ``arrested``, ``people``."""
    return size_detail(view, s, clause)[0]


def size_detail(
    view: DocView, s: SentenceView, clause: tuple[int, int]
) -> tuple[dict[str, int], set[str]]:
    """:func:`size` and the fields whose count is approximate ("نحو 20", "more than 30")
    or the low end of a vague count or a range ("عشرات": 20, "dozens": 24)."""
    cues = argument_cues(view.lang)
    toks = view.tokens
    a, b = clause
    out: dict[str, int] = {}
    approximate: set[str] = set()
    for lo, hi in (
        ((toks[a].start, toks[b - 1].end), (s.start, s.end)) if b > a else ((s.start, s.end),)
    ):
        for m in view.mentions_in(lo, hi, _QUANTITY):
            prev = _words_before(view, view.token_index(m.start), 2)
            if prev and prev[-1].lower() in cues.subset_cues:
                continue  # "بينهم ثلاثة أطفال": three of the dead, no count of its own
            if (
                len(prev) == 2
                and prev[0].lower() in cues.subset_heads
                and cues.size_noun.get(strip_article(prev[1])) in ("killed", "injured", "arrested")
            ):
                continue  # "بين القتلى خمسة أطفال": the same
            counted = _size_field(view, m, cues)
            if counted is None:
                continue
            value = m.value if not m.range else m.range[0]
            if isinstance(value, int | float) and value > 0 and counted not in out:
                out[counted] = int(value)
                if m.range or m.approximate:
                    approximate.add(counted)
        for m in view.actor_mentions(lo, hi):
            # a dual of a group noun counts two ("قتل جنديان", "إصابة شرطيين")
            if _dual_group(view, m) and (counted := _size_field(view, m, cues)) is not None:
                out.setdefault(counted, 2)
        if cues.dual_people:
            for tok in toks[view.token_index(lo) : view.token_index(hi)]:
                if not tok.is_word or strip_conjunction(tok.norm) not in cues.dual_people:
                    continue
                # "مقتل شخصين", "إصابة طفلين": a dual of a person noun counts two
                two = Mention(start=tok.start, end=tok.end, text=tok.text, kind="QUANTITY", value=2)
                if (counted := _size_field(view, two, cues)) is not None:
                    out.setdefault(counted, 2)
        if out:
            break
    return out, approximate


#: Characters before a count within which a subject between its verb and it is looked for.
_SUBJECT_CHARS = 60
#: Most tokens of an aside between commas that a count's verb is looked for after.
ASIDE_TOKENS = 10


def _aside_end(toks: Sequence[Token], k: int) -> int | None:
    """The index of the comma closing an aside that opens at token ``k`` (at most
    :data:`ASIDE_TOKENS` tokens on, no other stop before it), or None."""
    for j in range(k, min(k + ASIDE_TOKENS, len(toks))):
        if toks[j].norm == ",":
            return j
        if toks[j].norm in ".;:":
            return None
    return None


def _date_aside_start(toks: Sequence[Token], i: int, spans: list[tuple[int, int]]) -> int | None:
    """The index of the comma opening an aside that the comma at token ``i`` closes,
    when every word between lies in ``spans`` (a date, the subject) and at most
    :data:`ASIDE_TOKENS` tokens stand between; else None."""
    words = 0
    for j in range(i - 1, max(-1, i - ASIDE_TOKENS - 1), -1):
        tok = toks[j]
        if tok.norm == ",":
            return j if words else None
        if not tok.is_word:
            return None
        if not any(a <= tok.start < b for a, b in spans):
            return None
        words += 1
    return None


def _pair_before(toks: Sequence[Token], i: int) -> str | None:
    """Token ``i`` with the word token right before it, lower-cased and without the
    first one's conjunction ("القبض على", "shot dead"), or None."""
    if i == 0 or not toks[i - 1].is_word:
        return None
    return f"{strip_conjunction(toks[i - 1].norm)} {toks[i].norm}".lower()


def _size_field(view: DocView, m: Mention, cues: ArgumentCues) -> str | None:
    """What count ``m`` states (``killed``, ``injured``, ``arrested``, ``people``), or
    None: read from the words after it, before it, then its counted noun; a noun of age
    or time ("22 عاماً", "three years") makes it no count of people."""
    by_noun = _noun_field(m, cues)
    if by_noun == "none":
        return None
    if cues.size_after:
        end = m.end + (1 + len(m.noun) if m.noun else 0)
        k = view.token_index(end)
        seen = 0
        skipped = False
        while k < len(view.tokens) and seen < 3:
            tok = view.tokens[k]
            if tok.start >= end and tok.is_word:
                seen += 1
                form = tok.norm.lower()
                if form in cues.size_after:
                    if _object_after(view, k):
                        return None  # "إن ثلاثة مسلحين قتلوا جنديا": they killed, not died
                    return cues.size_after[form]
                if form not in cues.size_skip:
                    break
            elif tok.start >= end and tok.norm == "," and seen == 0 and not skipped:
                # "nine people, including four children, were killed": over the aside
                close = _aside_end(view.tokens, k + 1)
                if close is None:
                    break
                k, skipped = close, True
            elif tok.start >= end and tok.norm in ",.;:":
                break
            k += 1
    i = view.token_index(m.start) - 1
    seen = 0
    # the subject between a verb and its counted object counts no word ("اعتقلت الشرطة
    # العراقية خمسة أشخاص": arrested)
    lo = max(0, m.start - _SUBJECT_CHARS)
    subject = [
        (a.start, a.end)
        for a in [*view.actor_mentions(lo, m.start), *view.mentions_in(lo, m.start, _DATE)]
        if a.kind != "QUANTITY"
    ]
    while i >= 0 and seen < 2:
        tok = view.tokens[i]
        if tok.is_word:
            if not any(a <= tok.start < b for a, b in subject):
                seen += 1
            for form in (tok.norm, strip_conjunction(tok.norm), strip_article(tok.stem)):
                if form in cues.size_before:
                    return cues.size_before[form]
            pair = _pair_before(view.tokens, i)
            if pair in cues.size_before:
                return cues.size_before[pair]  # "القبض على سبعة", "shot dead three"
        elif tok.norm == "," and (j := _date_aside_start(view.tokens, i, subject)) is not None:
            i = j  # "اعتقلت القوات، فجر اليوم، 25 فلسطينياً": over the date between commas
        elif tok.norm in ",.;:":
            break
        i -= 1
    if by_noun is None and m.noun and _counts_a_people(view, m):
        return "people"  # "Thousands of Jordanians rallied"
    return by_noun


def _counts_a_people(view: DocView, m: Mention) -> bool:
    """Whether count ``m``'s noun is a people named by its nationality ("Thousands of
    Jordanians", "آلاف الأردنيين"): an actor mention within a few characters after the
    count, with a country and no sector."""
    return any(
        a.actor is not None and a.actor.country and a.actor.sector is None and a.kind == "PER"
        for a in view.actor_mentions(m.end, m.end + len(m.noun) + _OF_CHARS)
        if a.text == m.noun
    )


#: Characters a count's noun may start after it ("Thousands of Jordanians").
_OF_CHARS = 5


def _object_after(view: DocView, k: int) -> bool:
    """Whether a person or a count (an actor or quantity mention) starts at the word right
    after token ``k``: the verb there has an object."""
    j = k + 1
    while j < len(view.tokens) and not view.tokens[j].is_word:
        j += 1
    if j >= len(view.tokens):
        return False
    return any(m.kind != "DATE" for m in view.mentions_at(view.tokens[j].start))


def _noun_field(m: Mention, cues: ArgumentCues) -> str | None:
    """What count ``m``'s counted noun makes it (``size_noun``, tried with and without a
    conjunction and the article): a field, ``"none"`` (an age or a span of time), or
    None."""
    if not m.noun:
        return None
    key = normalize_key(m.noun)
    for form in (key, strip_conjunction(key), strip_article(strip_conjunction(key))):
        if form in cues.size_noun:
            return cues.size_noun[form]
    return None
