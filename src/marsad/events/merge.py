"""One record per real event: merge mentions of the same event within a document.

Two event mentions are merged when they have the same type and modality and their
actors, recipients, places and dates are compatible (each either missing on one
side or agreeing), and something ties them together: a shared actor, place or
explicit date, or neighbouring sentences (at most :data:`NEAR` apart), or one of
them is a headline. Places in two different first-level divisions never agree, however
coarse ("محافظة لحج" and "محافظة تعز"). Within one sentence, two mentions of a type are one event when
their places and dates agree and no two countries act ("بمقتل وجرح 110 ... إثر
غارات" names one raid twice), whatever their clauses say of actor and recipient.
Repeated mentions of a verbal type (``verbal``: the argument cues' ``speaker_types``)
need not agree on the recipient: one demand names several addressees. Two mentions of a
meeting (:data:`MEETINGS`) agree when they share a side, whichever side each names as
its actor. An abduction and
an attack of another mode are two events (PLOVER tells abduction apart: fighters seized
in a battle are not the battle). A name the knowledge base does not know conflicts with
no known actor (two such names are two people), and a country agrees with a body of it
("إسبانيا", "وزارة الخارجية الإسبانية"). The merged record keeps the earliest body sentence as its evidence and the
others in ``more_evidence``; it takes each missing argument from the others, the most
precise place, the date the text gives over a fallback (then the most precise), the
largest counts and the highest confidence.

>>> from marsad.document import Event, Evidence, ActorRef
>>> a = Event("d:e1", "ASSAULT", Evidence(0, 10, "a"), actor=ActorRef("الجيش", country="SYR"))
>>> b = Event("d:e2", "ASSAULT", Evidence(11, 20, "b"), size={"killed": 3}, confidence=0.9)
>>> merged = merge_events([a, b], sentence_of={0: 0, 11: 1}, headlines=set())
>>> len(merged), merged[0].size, [e.start for e in merged[0].more_evidence]
(1, {'killed': 3}, [11])
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.clean.normalize import normalize_key
from marsad.document import ActorRef, Event
from marsad.events.arguments import FALLBACK_DATE_SOURCES
from marsad.events.lexicon import PROMISED_AS
from marsad.mentions.date_resolve import PRECISION_RANK

#: Sentences at most this far apart may hold one event without a shared argument.
NEAR = 2


def _actor_key(a: ActorRef | None) -> str | None:
    if a is None:
        return None
    return a.id or a.name or a.text


def _countries_agree(a: str | None, b: str | None) -> bool:
    """Two optional ISO3 codes do not contradict each other (either missing, or equal)."""
    return not a or not b or a == b


def _resolved(a: ActorRef | None) -> bool:
    """Whether ``a`` resolved to a country or a sector (not a bare name)."""
    return a is not None and bool(a.country or a.sector)


def _actors_compatible(a: ActorRef | None, b: ActorRef | None) -> bool:
    if a is None or b is None:
        return True
    if _actor_key(a) == _actor_key(b):
        return True
    if not _countries_agree(a.country, b.country):
        return False
    if not _resolved(a) and not _resolved(b):
        # two names the knowledge base does not know: two people, unless one holds the other
        return a.text in b.text or b.text in a.text
    if not _resolved(a) or not _resolved(b):
        return True  # an unresolved name ("بيتر ماور" after "رئيس اللجنة الدولية"): no conflict
    return (
        a.text in b.text
        or b.text in a.text
        or (a.name is None and b.name is None and a.country == b.country and a.country is not None)
        or _one_state(a, b)
    )


def _one_state(a: ActorRef, b: ActorRef) -> bool:
    """Two participants of one country of which one is only the country or its people
    ("وزارة الخارجية الإسبانية" and "إسبانيا"): the same side. (Two bodies of one state
    with the same sector are not: merging them cost more real events than it saved.)"""
    if a.country is None or a.country != b.country:
        return False
    return a.sector is None or b.sector is None


def _places_compatible(a: dict | None, b: dict | None) -> bool:
    if not a or not b:
        return True
    if not _countries_agree(a.get("country"), b.get("country")):
        return False
    if a.get("admin1") and b.get("admin1") and a["admin1"] != b["admin1"]:
        return False  # two provinces ("محافظة لحج", "تعز"): two places, however coarse
    if (a.get("precision") or 3) >= 3 or (b.get("precision") or 3) >= 3:
        return True
    return a.get("geonameid") == b.get("geonameid") or a.get("name") == b.get("name")


def _dates_compatible(a: Event, b: Event) -> bool:
    if not a.date or not b.date or "week" in (a.date_precision, b.date_precision):
        return True
    da, db = a.date.split("/")[0], b.date.split("/")[0]
    return da.startswith(db) or db.startswith(da)


def _named_apart(a: Event, b: Event) -> bool:
    """Both mentions name where they happened in their own words, and not the same place
    (a country, or a place one of them only took from the text around it, does not
    count)."""
    la, lb = a.location, b.location
    if not la or not lb or "country" in (la.get("feature"), lb.get("feature")):
        return False
    if la.get("basis") != "sentence" or lb.get("basis") != "sentence":
        return False
    return (la.get("geonameid"), la.get("name")) != (lb.get("geonameid"), lb.get("name"))


def _tied(a: Event, b: Event, sa: int, sb: int, headlines: set[int]) -> bool:
    if sa in headlines or sb in headlines or abs(sa - sb) <= NEAR:
        return True
    if a.actor and b.actor and _actor_key(a.actor) == _actor_key(b.actor):
        return True
    if a.location and b.location and (a.location.get("precision") or 3) < 3:
        if a.location.get("name") == b.location.get("name"):
            return True
    return bool(
        a.date and a.date == b.date and a.date_precision == "day" and b.date_precision == "day"
    )


def compatible(
    a: Event,
    b: Event,
    sa: int,
    sb: int,
    headlines: set[int],
    verbal: frozenset[str] = frozenset(),
    consequences: frozenset[str] = frozenset(),
    earlier: frozenset[str] = frozenset(),
) -> bool:
    """Whether event mentions ``a`` (in sentence ``sa``) and ``b`` (in ``sb``) report
    the same event; mentions of a type in ``verbal`` need not agree on the recipient
    (one demand names several addressees: "تطالب حزب العمال ... ودعا البيان الحكومة
    التركية"); of two attacks in one sentence, one told after a word of ``earlier``
    ("سيطرت المقاومة على لودر بعد تحرير عدن") is an act of its own."""
    if a.type != b.type or a.modality != b.modality or not _dates_compatible(a, b):
        return False
    if a.mode != b.mode and "abduct" in (a.mode, b.mode) and a.mode and b.mode:
        return False
    if sa == sb and sa >= 0 and (_tells_result(a, consequences) or _tells_result(b, consequences)):
        # "شنت قوات الدعم السريع هجوما على مخيم زمزم ... ما أسفر عن مقتل 32 شخصا": the toll
        # is the attack's, wherever else the sentence's places lie
        return _same_side(a.actor, b.actor)
    if sa == sb and sa >= 0:
        if _earlier(a, earlier) != _earlier(b, earlier) and a.type in PLACED_APART:
            return False  # "سيطرت المقاومة على لودر بعد تحرير عدن": the earlier act is its own
        # one sentence, one event of a type: its trigger words name it twice ("بمقتل وجرح
        # 110 ... إثر غارات"), and their clauses need not agree on who did it, unless
        # each names its own place ("قصف على أحياء في تعز، في وقت شن طيران التحالف غارات
        # على معسكر في المخاء": two attacks)
        return (
            _places_compatible(a.location, b.location)
            and _same_side(a.actor, b.actor)
            and not (a.type in PLACED_APART and _named_apart(a, b))
        )
    if a.type in MEETINGS:
        sides = _meeting_sides_agree(a, b)
    elif sa in headlines or sb in headlines:
        # a headline names who it befell loosely ("مقتل ثلاثة جنود عراقيين بهجوم لداعش"
        # and the body's gunmen's target): the doers must agree, not the victims
        sides = _actors_compatible(a.actor, b.actor)
    else:
        sides = _actors_compatible(a.actor, b.actor) and (
            a.type in verbal or _actors_compatible(a.recipient, b.recipient)
        )
    # a headline packs several events in one line ("غارة ... تقتل شخصين في النبطية وعون
    # يطالب واشنطن"): its place may be another event's
    placed = sa in headlines or sb in headlines or _places_compatible(a.location, b.location)
    return sides and placed and _tied(a, b, sa, sb, headlines)


def _earlier(e: Event, earlier: frozenset[str]) -> bool:
    """Whether ``e``'s trigger follows a word of ``earlier`` (the argument cues', "بعد",
    "غداة", "after"): an act told as earlier than its sentence's ("بعد تحرير عدن")."""
    if e.trigger is None or not earlier:
        return False
    before = e.evidence.text[: max(0, e.trigger.start - e.evidence.start)].split()
    return bool(before) and normalize_key(before[-1]).lower().lstrip("و") in earlier


def _tells_result(e: Event, consequences: frozenset[str]) -> bool:
    """Whether ``e``'s trigger opens with a word that tells the result of what the
    sentence told before ("أسفر عن مقتل", "أدى إلى مقتل", "killing")."""
    if e.trigger is None or not consequences:
        return False
    words = e.trigger.text.split()
    return bool(words) and normalize_key(words[0]).lower() in consequences


#: Types whose mentions of one sentence are two events when each names its own place:
#: two attacks ("قصف ... في تعز، في وقت شن طيران التحالف غارات ... في المخاء"); one
#: protest may march through two towns.
PLACED_APART = frozenset({"ASSAULT"})

#: Types whose two sides meet: one mention may name the guest as its actor, another the
#: host ("التقى ولي العهد الرئيس", "وبحث الرئيس مع ولي العهد").
MEETINGS = frozenset({"CONSULT"})


def _meeting_sides_agree(a: Event, b: Event) -> bool:
    """Two mentions of a meeting share a side: a country among the participants of one
    is among the other's (or one names none)."""
    ca = {r.country for r in (a.actor, a.recipient) if r is not None and r.country}
    cb = {r.country for r in (b.actor, b.recipient) if r is not None and r.country}
    return not ca or not cb or bool(ca & cb)


def _same_side(a: ActorRef | None, b: ActorRef | None) -> bool:
    """No two different countries on the acting side (two sides' attacks are two events)."""
    return a is None or b is None or _countries_agree(a.country, b.country)


def _better_date(a: Event, b: Event) -> bool:
    """Whether ``a``'s date should replace ``b``'s in a merged record: a date the text
    gives beats a fallback ("مايو الماضي" over the report's week), else the finer one."""
    fa, fb = a.date_source in FALLBACK_DATE_SOURCES, b.date_source in FALLBACK_DATE_SOURCES
    if fa != fb:
        return fb
    return PRECISION_RANK.get(a.date_precision, 4) < PRECISION_RANK.get(b.date_precision, 4)


def _absorb(into: Event, other: Event, headline: bool = False) -> None:
    """Merge ``other`` into ``into``; a ``headline``'s place only fills a missing one (the
    body names where: "غارة ... في قضاء بنت جبيل" over the body's village), and its
    approximate count only a missing count or the body's own approximate one ("مقتل
    العشرات" does not replace the body's exact "قُتل 16 عنصرا"; "أكثر من 20" raises "15 على
    الأقل")."""
    # a resolved participant beats an unresolved name ("كيري" then "وزير الخارجية الأمريكي")
    if into.actor is None or (not _resolved(into.actor) and _resolved(other.actor)):
        into.actor = other.actor or into.actor
    if into.recipient is None or (not _resolved(into.recipient) and _resolved(other.recipient)):
        into.recipient = other.recipient or into.recipient
    if into.recipient is not None and _actor_key(into.recipient) == _actor_key(into.actor):
        into.recipient = None  # one side only: "وهاجمت جبهة النصرة ... بينها وبين"
    into.mode = into.mode or other.mode
    into.acled = into.acled or other.acled
    into.attribution = into.attribution or other.attribution
    if other.location and (
        not into.location
        or (
            not headline
            and (other.location.get("precision") or 3) < (into.location.get("precision") or 3)
        )
    ):
        into.location = other.location
    if other.date and _better_date(other, into):
        into.date, into.date_precision = other.date, other.date_precision
        into.date_source = other.date_source
    if into.tally and not other.tally and other.size:
        # a count over a period ("منذ بدء وقف إطلاق النار") is not the toll of the act told
        # with it: the act's own counts replace it
        into.size, into.size_approximate = {}, []
        into.tally = False
    for k, v in ({} if other.tally and not into.tally else other.size).items():
        if headline and k in other.size_approximate and k in into.size:
            if k not in into.size_approximate:
                continue  # "مقتل العشرات" in the headline: the body's exact 16 is the toll
        if v > into.size.get(k, 0):
            into.size[k] = v
            approximate = set(into.size_approximate) - {k}
            if k in other.size_approximate:
                approximate.add(k)
            into.size_approximate = sorted(approximate)
    for c in other.context:
        if c not in into.context:
            into.context.append(c)
    into.confidence = max(into.confidence, other.confidence)
    seen = {(e.start, e.end) for e in [into.evidence, *into.more_evidence]}
    for ev in [other.evidence, *other.more_evidence]:
        if (ev.start, ev.end) not in seen:
            into.more_evidence.append(ev)
            seen.add((ev.start, ev.end))


def merge_events(
    events: Iterable[Event],
    sentence_of: dict[int, int],
    headlines: set[int],
    references: set[int] = frozenset(),
    verbal: frozenset[str] = frozenset(),
    consequences: frozenset[str] = frozenset(),
    earlier: frozenset[str] = frozenset(),
) -> list[Event]:
    """Merge compatible mentions; ``sentence_of`` maps an evidence start offset to its
    sentence number and ``headlines`` holds the headline sentence numbers. Body
    evidence is preferred as the primary evidence; output is in text order.
    ``references`` holds the ``id()`` of mentions whose trigger points back to an event
    already told ("هذا اللقاء", "ويرأس وفد المملكة في الاجتماع"): one that matches no
    kept record by the rules above joins the last earlier record of its type and
    modality in the same country whose date agrees. ``verbal`` holds the types whose
    mentions need not agree on the recipient (:func:`compatible`); a mention whose trigger
    opens with a word of ``consequences`` is one event with the others of its sentence;
    ``earlier``: as :func:`compatible` reads it."""
    ordered = sorted(
        events,
        key=lambda e: (e.evidence.start in _starts(headlines, sentence_of), e.evidence.start),
    )
    out: list[tuple[Event, int]] = []
    for ev in ordered:
        s = sentence_of.get(ev.evidence.start, -1)
        # a record of its own sentence first: "وقصف الجيش ... ما أسفر عن مقتل تسعة" is
        # that shelling's toll, not an earlier attack's of the same day
        for kept, ks in sorted(out, key=lambda pair: pair[1] != s or s < 0):
            if compatible(kept, ev, ks, s, headlines, verbal, consequences, earlier):
                _absorb(kept, ev, headline=s in headlines)
                break
        else:
            pointing = id(ev) in references
            planned = _planned(out, ev, s) if pointing else None
            antecedent = _antecedent(out, ev) if pointing and planned is None else None
            if planned is not None:
                ev.type, ev.modality = planned.type, planned.modality
                _absorb(planned, ev)
            elif antecedent is not None:
                _absorb(antecedent, ev)
            else:
                out.append((ev, s))
    return sorted((e for e, _ in out), key=lambda e: e.evidence.start)


def join_events(
    records: list[Event],
    new: Iterable[Event],
    sentence_of: dict[int, int],
    headlines: set[int],
    verbal: frozenset[str] = frozenset(),
) -> list[Event]:
    """``records`` with each of ``new`` (events found after the merge, such as the
    verbal acts read from statements) joined to the first record, of ``records`` or of
    the new ones kept before it, that :func:`compatible` finds the same event ("وقال
    عباس ... إن" then "وأضاف": one accusation told twice), or added; in text order."""
    out = [(e, sentence_of.get(e.evidence.start, -1)) for e in records]
    for ev in new:
        s = sentence_of.get(ev.evidence.start, -1)
        kept = next((k for k, ks in out if compatible(k, ev, ks, s, headlines, verbal)), None)
        if kept is None:
            out.append((ev, s))
        else:
            _absorb(kept, ev)
    return sorted((e for e, _ in out), key=lambda e: e.evidence.start)


def _planned(out: list[tuple[Event, int]], ev: Event, s: int) -> Event | None:
    """The record an asserted mention that points back joins when the last mention of
    its type told before it, at most :data:`NEAR` sentences back, is planned or
    hypothetical (a planned meeting is coded as its promise, :data:`PROMISED_AS`):
    "حيث سيلتقي نظراءه ... وعلى هامش اللقاء" is the meeting to come, not one that took
    place. None otherwise."""
    if ev.modality != "asserted":
        return None
    for kept, ks in reversed(out):
        if kept.evidence.start >= ev.evidence.start:
            continue
        if kept.type not in (ev.type, PROMISED_AS.get(ev.type)):
            continue
        if kept.modality in ("future", "hypothetical") and 0 <= s - ks <= NEAR:
            return kept
        return None
    return None


def _antecedent(out: list[tuple[Event, int]], ev: Event) -> Event | None:
    """The last kept record before ``ev`` of its type and modality whose place's country
    and date agree with it, or None."""
    for kept, _ in reversed(out):
        if kept.evidence.start >= ev.evidence.start:
            continue
        if kept.type != ev.type or kept.modality != ev.modality:
            continue
        if not _dates_compatible(kept, ev):
            continue  # "عقد الوزراء أمس لقاء": not the meeting held today
        if _countries_agree(
            (kept.location or {}).get("country"), (ev.location or {}).get("country")
        ):
            return kept
    return None


def _starts(headlines: set[int], sentence_of: dict[int, int]) -> set[int]:
    return {start for start, s in sentence_of.items() if s in headlines}
