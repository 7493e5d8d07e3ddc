"""Actor linking for one document: KB names, patterns, NER mentions, short-form coreference.

:func:`link_document` is what the :class:`marsad.mentions.actors.ActorLinker` stage runs:

1. KB names (:mod:`marsad.resolve.actors_match`), longest first;
2. title + name and bare offices (:mod:`marsad.resolve.actors_titles`);
3. nationality + role phrases, anonymous sources, institutions named without their state
   and nationality nouns (:mod:`marsad.resolve.actors_patterns`);
4. the NER's PER / ORG mentions: one overlapping a candidate above takes its actor; an ORG
   left over gets a sector from its head noun ("حزب ...") and a country from a nationality
   word or state name inside it, or stays unlinked;
5. short forms: the family name of a person found above ("الشمري") links to that person
   wherever else it stands in the document, unless two persons share it.

The country of an institution or office named without its state ("وزارة الدفاع", "رئيس
الوزراء") is the one its sentence states (LOC mentions, nationality words, state names),
else the document's (its LOC mentions, else its nationality words and state names).

>>> [(m.text, m.kind, m.actor.id) for m in link("وهاجمت عناصر من الحشد الشعبي مواقع داعش")]
[('الحشد الشعبي', 'ORG', 'marsad:irq-pmf'), ('داعش', 'ORG', 'marsad:isis')]
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from typing import TypeVar

from marsad.clean.normalize import NormalizedText, normalize, normalize_key
from marsad.document import Actor, Document, Mention, Span
from marsad.lang import data_path, read_lines
from marsad.resolve.actors import ActorEntry, ActorKB, load_kb
from marsad.resolve.actors_lexicon import (
    Lexicon,
    bare,
    demonym_country,
    demonym_table,
    load_lexicon,
)
from marsad.resolve.actors_match import ActorMatcher, matcher
from marsad.resolve.actors_patterns import (
    Candidate,
    Words,
    find_context_names,
    find_demonym_people,
    find_institutions,
    find_roles,
    nationality_at,
    role_before,
)
from marsad.resolve.actors_titles import find_english_titled, find_titled
from marsad.resolve.gazetteer_keys import arabic_key, latin_key
from marsad.resolve.geocode_context import load_context, vetoed
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize

_ACTOR_KINDS = ("PER", "ORG", "MISC")
#: KB kinds whose country is no evidence of where a story happens.
_NOT_CONTEXT = frozenset({"media", "igo", "ngo", "company"})
_KIND_OF_TYPE = {"person": "PER", "state": "LOC", "org": "ORG"}
#: An owner of a family name: a candidate or an actor (:func:`_own`).
T = TypeVar("T")


class DocumentLinker:
    """Links actors in documents against one KB (reuse one instance across documents)."""

    def __init__(self, kb: ActorKB | None = None, names: ActorMatcher | None = None) -> None:
        self.kb = kb or load_kb()
        self.names = names or (matcher() if kb is None else ActorMatcher(self.kb))
        self.lex: Lexicon = load_lexicon()
        self.office_words = office_words(self.lex)

    def __call__(self, doc: Document) -> list[Mention]:
        """Annotate ``doc`` in place; returns the mentions that now carry an actor."""
        view = doc.norm if isinstance(doc.norm, NormalizedText) else normalize(doc.text)
        tokens = doc.tokens or tokenize(doc.text, view)
        lang = _lang(doc, view.text)
        words = Words.build(doc.text, tokens, lang, self.lex.triggers)
        date = doc.published[:10] if doc.published else None
        covered = bytearray(len(doc.text) + 1)
        starts = [t.start for t in tokens]

        persons = [m for m in doc.mentions if m.kind == "PER"]
        kb_cands = [
            c
            for c in self._kb_candidates(doc, view, date)
            if not _in_facility(words, starts, c)
            and not self._role_nationality(words, starts, c)
            and not _no_state_here(words, starts, c)
            and not _longer_person(doc.text, persons, c)
        ]
        spans: dict[str, dict[int, tuple[int, ActorEntry | None]]] = {
            "person": {}, "org": {}, "state": {}, "ner": {}, "place": {},
        }  # fmt: skip
        for c in kb_cands:
            _mark(covered, c)
            a, b = _tok_range(starts, tokens, c.start, c.end)
            key = {"PER": "person", "LOC": "state"}.get(c.kind, "org")
            spans[key][a] = (b, c.entry)
        for m in doc.mentions:
            if m.kind == "PER":
                a, b = _tok_range(starts, tokens, m.start, m.end)
                spans["ner"].setdefault(a, (b, None))
        states = {a: (e.country if e else "") for a, (b, e) in spans["state"].items()}
        for m in doc.mentions:
            if m.kind == "LOC" and m.place is not None and m.place.country:
                a, b = _tok_range(starts, tokens, m.start, m.end)
                states.setdefault(a, m.place.country)
                spans["place"].setdefault(a, (b, None))
        orgs = frozenset(spans["org"]) | frozenset(spans["person"])
        ctx = CountryContext(doc, words, kb_cands, covered)

        # chars of KB state and organization names: an office phrase may hold one ("أمير
        # قطر", "ملك الأردن", "الأمين العام للأمم المتحدة")
        name_chars = bytearray(len(doc.text) + 1)
        for c in kb_cands:
            if c.kind != "PER":
                name_chars[c.start : c.end] = b"\x01" * (c.end - c.start)
        cands = list(kb_cands)

        def owners() -> frozenset[int]:
            # a context name is an organization a role noun before it belongs to too
            # ("مقاتلات التحالف": the coalition's warplanes, not a Yemeni force)
            told = (c for c in cands if c.source == "context")
            return orgs | {_tok_range(starts, tokens, c.start, c.end)[0] for c in told}

        for finder in (
            lambda: find_titled(words, self.lex, self.kb, covered, spans, ctx.at, date),
            lambda: find_english_titled(words, covered, ctx.at),
            lambda: find_institutions(words, self.lex, self.kb, covered, states, ctx.at, date),
            lambda: find_context_names(words, self.kb, covered, ctx.at, date),
            lambda: find_roles(words, self.lex, covered, states, owners(), ctx.at),
            lambda: _short_forms(words, cands, covered, self.lex),
            lambda: find_demonym_people(words, covered),
        ):
            for c in finder():
                if not _blocked(covered, name_chars, c):
                    _mark(covered, c)
                    cands.append(c)
        linked = self._write(doc, cands)
        # "رئيس الحكومة الليبية عبدالله الثني" ... "واتهم الثني": a person the NER found and
        # an office named is known only now; its family name elsewhere is that person too
        linked += _linked_short_forms(doc, words, starts, self.lex, self.office_words)
        return sorted(linked, key=lambda m: (m.start, m.end))

    def _role_nationality(self, words: Words, starts: list[int], c: Candidate) -> bool:
        """True for a KB country name that is the nationality adjective of a role noun
        right before it ("الطائرات السعودية"): the role pattern takes it instead."""
        if c.kind != "LOC":
            return False
        i = bisect.bisect_right(starts, c.start) - 1
        return i >= 0 and role_before(words, self.lex, i)

    def _kb_candidates(
        self, doc: Document, view: NormalizedText, date: str | None
    ) -> list[Candidate]:
        out = []
        for m in self.names.find(view.text, view):
            start, end = view.to_original(m.start, m.end)
            entry, actor = _resolve(m.entries, date)
            kind = _KIND_OF_TYPE.get(entry.type, "ORG")
            words = m.text.split() if entry.type == "person" else []
            out.append(Candidate(start, end, kind, actor, "kb", entry, words, priority=2))
        return out + self._patronym_candidates(view, date, out)

    def _patronym_candidates(
        self, view: NormalizedText, date: str | None, found: list[Candidate]
    ) -> list[Candidate]:
        """KB persons written with their father's name between given and family name
        ("عادل بن أحمد الجبير" is the KB's "عادل الجبير"): each "A بن B الC" that no KB
        name covers is looked up as "A الC" and kept when that whole form is one
        person's name. Royal names ("محمد بن سلمان بن عبدالعزيز آل سعود") are left to
        the KB, whose aliases spell them out."""
        out = []
        for m in _PATRONYM.finditer(view.text):
            start, end = view.to_original(m.start(), m.end())
            if any(c.start <= start and end <= c.end for c in found):
                continue
            short = f"{m.group(1)} {m.group(3)}"
            hit = next(
                (
                    n
                    for n in self.names.find(short)
                    if n.start == 0 and n.end == len(short) and not n.weak
                ),
                None,
            )
            if hit is None:
                continue
            entry, actor = _resolve(hit.entries, date)
            if entry.type != "person":
                continue
            words = view.text[m.start() : m.end()].split()
            out.append(Candidate(start, end, "PER", actor, "kb", entry, words, priority=2))
        return out

    def _write(self, doc: Document, cands: list[Candidate]) -> list[Mention]:
        linked: list[Mention] = []
        existing = sorted(doc.mentions, key=lambda m: m.start)
        starts = [m.start for m in existing]
        # the longest span a mention may reach back from its start (a KB name may widen one)
        reach = max([m.end - m.start for m in existing] + [c.end - c.start for c in cands] + [0])
        for c in sorted(cands, key=lambda c: c.start):
            if not c.emit:
                continue
            lo = bisect.bisect_left(starts, c.start - reach)
            target = _overlapping(existing, c, lo)
            if (
                target is not None
                and c.source == "kb"
                and target.source == "ner"
                and target.actor is None
                and c.start <= target.start
                and target.end <= c.end
                and c.end - c.start > target.end - target.start
            ):  # a KB name around a shorter NER span: "مركز الملك سلمان للإغاثة", not "سلمان"
                target.start, target.end = c.start, c.end
                target.text, target.kind = doc.text[c.start : c.end], c.kind
            if (
                target is not None
                and target.kind != "PER"
                and c.source in _OFFICE_SOURCES
                and c.start < target.start
                and target.end <= c.end
            ):  # "أمير قطر", "الأمين العام للأمم المتحدة": the office phrase holds the
                target = None  # state's or organization's name; both are mentions
            if target is not None:
                if c.source != "kb" and c.start > target.start and c.kind != "LOC":
                    continue  # a pattern inside a longer name ("حزب العمال ...") is not an actor
                if (
                    c.kind == "LOC"
                    and target.kind == "LOC"
                    and target.end - target.start > c.end - c.start
                ):
                    continue  # a region named for the state ("جنوب العراق") is no state actor
                if target.actor is None:
                    target.actor = c.actor
                    linked.append(target)
                continue
            text = doc.text[c.start : c.end]
            mention = Mention(c.start, c.end, text, c.kind, actor=c.actor, source="actors")
            doc.add_mention(mention)
            linked.append(mention)
        for m in doc.mentions:
            if m.kind == "ORG" and m.actor is None:
                actor = _unknown_org(m.text, self.lex)
                if actor is not None:
                    m.actor = actor
                    linked.append(m)
        linked += _first_name_mentions(doc.mentions)
        linked += _appositions(doc.text, doc.mentions)
        linked += _offices_after(doc.text, doc.mentions, self.lex)
        _without_org_places(doc)
        if doc.lang == "en":
            _english_members(doc, linked)
        return sorted(linked, key=lambda m: (m.start, m.end))


def _without_org_places(doc: Document) -> None:
    """Drop a place mention whose words are exactly an organization's linked name
    ("Hamas" is not Hamm, Germany): the organization is meant. A state's name is no
    organization here ("إسرائيل" keeps its place)."""
    orgs = {
        (m.start, m.end)
        for m in doc.mentions
        if m.kind == "ORG" and m.actor is not None and m.actor.sector not in (None, "GOV")
    }
    if orgs:
        doc.mentions[:] = [
            m for m in doc.mentions if not (m.kind == "LOC" and (m.start, m.end) in orgs)
        ]


def _english_members(doc: Document, linked: list[Mention]) -> None:
    """English "Hamas fighters", "Houthi forces": a linked organization right before a
    one-word role mention of no country (a space between) names that organization's
    members; the organization's mention grows over the role word, whose own mention goes.
    Changes ``doc.mentions`` and ``linked`` in place."""
    ordered = sorted(doc.mentions, key=lambda m: (m.start, m.end))
    gone: set[int] = set()
    for org, role in zip(ordered, ordered[1:], strict=False):
        if (
            org.kind == "ORG"
            and org.actor is not None
            and role.kind == "PER"
            and role.actor is not None
            and role.actor.country is None
            and role.actor.sector is not None
            and " " not in role.text
            and doc.text[org.end : role.start] == " "
        ):
            org.end, org.text = role.end, doc.text[org.start : role.end]
            gone.add(id(role))
    if gone:
        doc.mentions[:] = [m for m in doc.mentions if id(m) not in gone]
        linked[:] = [m for m in linked if id(m) not in gone]


#: At most this many words between an office and the name it introduces.
_APPOSITION_GAP = 3


#: A given name, "بن" and the father's name, then a family name with the article (in the
#: normalized view): "عادل بن احمد الجبير".
_PATRONYM = re.compile(r"(?<!\S)(\S+) بن (\S+) (ال\S+)")


def _appositions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Unlinked person names right after a linked office (at most
    :data:`_APPOSITION_GAP` words between, each with the article, an adjective or a rank,
    no punctuation) take the office's country and sector:
    "رئيس الحكومة الليبية المؤقتة عبدالله الثني" is a Libyan official. A word without the
    article breaks the apposition ("وزير الخارجية الإسباني نظيره ..."), unless the office's
    state follows it with "بـ" or "في" ("رئيس هيئة الأركان العامة بدولة الإمارات حمد
    الرميثي"). Returns the mentions given an actor."""
    out: list[Mention] = []
    offices = sorted(
        (
            m
            for m in mentions
            if m.kind == "PER" and m.actor is not None and (m.actor.country or m.actor.sector)
        ),
        key=lambda o: o.end,
    )
    if not offices:
        return out
    ends = [o.end for o in offices]
    for m in mentions:
        if m.kind != "PER" or m.actor is not None:
            continue
        k = bisect.bisect_right(ends, m.start)  # the office ending last before the name
        if k == 0:
            continue
        office = offices[k - 1]
        if not _apposition_gap(text, office.end, m.start, mentions):
            continue
        a = office.actor
        m.actor = Actor(name=m.text, country=a.country, sector=a.sector)
        out.append(m)
    return out


@cache
def _rank_words() -> frozenset[str]:
    """Words of a military rank that carry no article ("الفريق ركن", "اللواء طيار";
    ``lang/ar/actor_rank_words.txt``), normalized."""
    return frozenset(normalize_key(w) for w in read_lines("ar", "actor_rank_words.txt"))


def _apposition_gap(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether ``text[start:end]``, between an office and a name, keeps them in
    apposition: at most :data:`_APPOSITION_GAP` words, each with the article or a rank
    word (:func:`_rank_words`), and a place mention opened by "بـ"/"في" (and a state
    word, "بدولة": :func:`_state_word`) among them."""
    words = text[start:end].split()
    if any(not w.isalpha() for w in words):
        return False
    places = [m for m in mentions if m.kind == "LOC" and start <= m.start and m.end <= end]
    if places:  # "العامة بدولة الإمارات": the office's state
        p = places[-1]
        before = normalize_key(text[start : p.start]).split()
        if not before:
            return False
        lead = before[-1]
        if not (lead in ("في", "ب") or (lead[:1] == "ب" and _state_word(lead[1:]))):
            return False
        words = before[:-1] + text[p.end : end].split()
    return len(words) <= _APPOSITION_GAP and all(
        normalize_key(w).startswith("ال") or normalize_key(w) in _rank_words() for w in words
    )


def _state_word(word: str) -> bool:
    """Whether ``word`` (normalized) is a designator of a country ("دولة", "المملكة"), as
    the gazetteer's context table lists them."""
    designators = load_context().designators
    return "country" in (designators.get(word), designators.get(word.removeprefix("ال")))


#: At most this many words between a name's title after it and the state or
#: organization the title names ("فيديريكا موغيريني، وزيرة الخارجية في الاتحاد الأوروبي").
_TITLE_AFTER_GAP = 4


def _offices_after(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Unlinked person names followed by their office, the apposition after the name:
    a linked office right after it ("خالد بحاح نائب الرئيس اليمني", "الجروان، رئيس
    البرلمان العربي"), or a title word opening the words after it and a linked state or
    organization within :data:`_TITLE_AFTER_GAP` words, no punctuation between
    ("موغيريني، وزيرة الخارجية في الاتحاد الأوروبي"). The name takes the office's or the
    organization's country and sector. Returns the mentions given an actor."""
    out: list[Mention] = []
    title_heads = {key[0] for key in lex.titles}
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    starts = [m.start for m in ordered]
    for m in ordered:
        if m.kind != "PER" or m.actor is not None:
            continue
        k = bisect.bisect_left(starts, m.end)
        if k == len(ordered):
            continue
        o = ordered[k]
        a = o.actor
        if a is None or not (a.country or a.sector):
            continue
        gap = text[m.end : o.start].strip()
        gap = gap[1:].strip() if gap[:1] in "،," else gap
        if gap:
            words = gap.split()
            if (
                o.kind not in ("ORG", "LOC")
                or len(words) > _TITLE_AFTER_GAP
                or any(not w.isalpha() for w in words)
                or bare(normalize_key(words[0])) not in title_heads
            ):
                continue
        elif o.kind != "PER":
            continue
        else:  # "وزيرة الخارجية في الاتحاد الأوروبي": the office is the organization's
            a = _office_of(text, ordered, k, a)
        m.actor = Actor(name=m.text, country=a.country, sector=a.sector)
        out.append(m)
    return out


def _office_of(text: str, ordered: list[Mention], k: int, actor: Actor) -> Actor:
    """The actor of office ``ordered[k]``, or that of the state or organization named
    right after it with "في" ("وزيرة الخارجية في الاتحاد الأوروبي")."""
    office = ordered[k]
    nxt = next((m for m in ordered[k + 1 :] if m.start >= office.end), None)
    if nxt is None or nxt.actor is None or not (nxt.actor.country or nxt.actor.sector):
        return actor
    if normalize_key(text[office.end : nxt.start]).split() != ["في"]:
        return actor
    return nxt.actor


def _lang(doc: Document, view_text: str) -> str:
    if doc.lang in ("ar", "en"):
        return doc.lang
    arabic = sum(1 for ch in view_text[:2000] if "\u0600" <= ch <= "\u06ff")
    return "ar" if arabic * 4 >= len(view_text[:2000].replace(" ", "")) else "en"


def _resolve(entries: tuple[ActorEntry, ...], date: str | None) -> tuple[ActorEntry, Actor]:
    """One actor for a name: the entry, or what several entries sharing the name agree on."""
    first = entries[0]
    if len({e.id for e in entries}) == 1:
        return first, first.actor(date)
    if date:  # "بوش" in 2007 is the Bush who then held office
        active = [e for e in entries if any(r.active(date) for r in e.roles)]
        if len({e.id for e in active}) == 1:
            return active[0], active[0].actor(date)
    countries = {e.country for e in entries}
    sectors = {e.sector_on(date) for e in entries}
    actor = Actor(
        name=first.name_en,
        country=countries.pop() if len(countries) == 1 else None,
        sector=sectors.pop() if len(sectors) == 1 else None,
    )
    return first, actor


def _no_state_here(words: Words, starts: list[int], c: Candidate) -> bool:
    """Whether the words around a state's name say it is no place, so no state either
    (:func:`geocode_context.vetoed`): a newspaper's or news site's name ("نيويورك
    تايمز", "تايوان نيوز"), a company's or a club's ("منتخب العراق" is a team), a
    competition ("كوبا أميركا")."""
    if c.kind != "LOC":
        return False

    def keys(i: int) -> list[str]:
        if not 0 <= i < len(words.toks) or not words.is_word(i):
            return []
        text = words.toks[i].text
        return [k for k in {arabic_key(text) or latin_key(text), *words.bares[i]} if k]

    first = bisect.bisect_right(starts, c.start) - 1  # the name's first token
    after = bisect.bisect_left(starts, c.end)  # the first token after the name
    name = arabic_key(words.text[c.start : c.end]) or ""
    return vetoed(load_context(), name, keys(first - 1), keys(after))


def _longer_person(text: str, persons: list[Mention], c: Candidate) -> bool:
    """True for a KB person whose name one of the NER's ``persons`` goes on with a family
    name the KB entry lacks ("عبدالله بن عبدالعزيز الربيعة" is no King Abdullah): the
    next word of the mention has the article and no name of the entry holds it."""
    if c.kind != "PER" or c.entry is None:
        return False
    for m in persons:
        if m.start <= c.start and m.end > c.end:
            rest = text[c.end : m.end].split()
            if not rest or not rest[0].startswith("ال"):
                return False
            forms = (*c.entry.names_ar, *c.entry.aliases_ar, *c.entry.weak_aliases_ar)
            words = {w for n in forms for w in normalize_key(n).split()}
            return normalize_key(rest[0]) not in words
    return False


def _in_facility(words: Words, starts: list[int], c: Candidate) -> bool:
    """Whether a person's name opens a facility's name ("سد الملك فهد", "جامعة الملك سعود")."""
    if c.kind != "PER" or words.lang != "ar":
        return False
    i = max(bisect.bisect_right(starts, c.start) - 1, 0)
    facility = load_lexicon().facility_words
    for k in (i - 1, i - 2):  # the word before, or before a title ("جامعة الملك سعود")
        if 0 <= k < len(words) and words.is_word(k) and bare(words.norms[k]) in facility:
            return k == i - 1 or (words.norms[i - 1],) in load_lexicon().titles
    return False


#: Candidate sources of title and office phrases, which may hold a state's or an
#: organization's name.
_OFFICE_SOURCES = frozenset({"title", "office"})


def _blocked(covered: bytearray, name_chars: bytearray, c: Candidate) -> bool:
    """True when an earlier candidate covers part of ``c``; a title or office phrase is
    only blocked by what is not a KB state or organization name inside it ("أمير قطر",
    "الأمين العام للأمم المتحدة")."""
    if c.source not in _OFFICE_SOURCES:
        return any(covered[c.start : c.end])
    return any(covered[k] and not name_chars[k] for k in range(c.start, c.end))


def _mark(covered: bytearray, c: Candidate) -> None:
    covered[c.start : c.end] = b"\x01" * (c.end - c.start)


def _tok_range(starts: list[int], tokens, start: int, end: int) -> tuple[int, int]:
    """Token indices ``[a, b)`` of the tokens overlapping ``[start, end)``."""
    a = max(bisect.bisect_right(starts, start) - 1, 0)
    b = bisect.bisect_left(starts, end)
    return a, max(b, a + 1)


def _overlapping(existing: list[Mention], c: Candidate, lo: int = 0) -> Mention | None:
    """An existing mention ``c`` should enrich instead of duplicating (``existing`` sorted by
    start; none before index ``lo`` reaches ``c``)."""
    for m in existing[lo:]:
        if m.start >= c.end:
            break
        if m.end <= c.start:
            continue
        if c.kind == "LOC" and m.kind == "LOC":
            return m
        if c.kind != "LOC" and m.kind in _ACTOR_KINDS:
            return m
    return None


@cache
def _counterpart_words() -> frozenset[str]:
    """Normalized counterpart words ("نظيره", "نظيرته"; ``counterparts`` of the Arabic
    argument cues): a nationality after one is the other party's."""
    cfg = json.loads(data_path("ar", "event_arguments.json").read_text(encoding="utf-8"))
    words = {normalize_key(w) for w in cfg.get("counterparts", [])}
    return frozenset(words | {"و" + w for w in words})  # "ونظيره"


class CountryContext:
    """The country a text position's context states: its sentence's, else the document's.

    A sentence's (or the document's) country is the most frequent country among its LOC
    mentions, nationality words and state names; a tie states nothing.
    """

    def __init__(
        self,
        doc: Document,
        words: Words,
        kb_cands: list[Candidate],
        covered: bytearray | None = None,
    ) -> None:
        self.spans = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.text))]
        self.starts = [a for a, _ in self.spans]
        #: per sentence: (offset, ISO3) of every piece of country evidence
        self.hits: list[list[tuple[int, str]]] = [[] for _ in self.spans]
        locs: Counter[str] = Counter()
        for m in doc.mentions:
            if m.kind == "LOC" and m.place is not None and m.place.country:
                locs[m.place.country] += 1
                self.hits[self._sent(m.start)].append((m.start, m.place.country))
        evidence: Counter[str] = Counter()
        i = 0
        while (i := words.next_hot(i)) < len(words):
            iso, n = self._nationality(words, i)
            if iso and covered is not None and covered[words.toks[i].start]:
                iso = None  # "وكالة الأنباء الألمانية": part of a name, not context
            if iso and i > 0 and words.norms[i - 1] in _counterpart_words():
                iso = None  # "استقبل وزير الخارجية نظيره الأردني": the guest's, not the host's
            if iso:
                evidence[iso] += 1
                self.hits[self._sent(words.toks[i].start)].append((words.toks[i].start, iso))
            i += n
        seen = {pos for sent in self.hits for pos, _ in sent}
        for c in kb_cands:
            if c.entry is not None and c.entry.kind in _NOT_CONTEXT:
                continue  # a newspaper's or agency's country says nothing about the story
            if c.actor.country and c.start not in seen:
                evidence[c.actor.country] += 1
                self.hits[self._sent(c.start)].append((c.start, c.actor.country))
        self.doc_country = _top(locs) or _top(evidence)

    @staticmethod
    def _nationality(words: Words, i: int) -> tuple[str | None, int]:
        if words.lang == "ar":
            nat = nationality_at(words, i)
            return (nat[0], nat[1]) if nat else (None, 1)
        if words.is_word(i):
            return demonym_table().get(words.norms[i].lower()), 1
        return None, 1

    def _sent(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def at(self, offset: int) -> str | None:
        """The country stated around ``offset``: its sentence's most frequent when stated at
        least twice (ties go to the nearest evidence), else the document's, else the
        sentence's single piece of evidence."""
        hits = self.hits[self._sent(offset)]
        if not hits:
            return self.doc_country
        counts = Counter(iso for _, iso in hits)
        top = counts.most_common(1)[0][1]
        if top < 2 and self.doc_country:
            return self.doc_country  # one passing mention does not outweigh the document
        tied = {iso for iso, n in counts.items() if n == top}
        return min((abs(pos - offset), iso) for pos, iso in hits if iso in tied)[1]


def _top(counts: Counter[str]) -> str | None:
    if not counts:
        return None
    best = counts.most_common(2)
    if len(best) > 1 and best[0][1] == best[1][1]:
        return None  # a tie says nothing
    return best[0][0]


def _short_forms(
    words: Words, cands: list[Candidate], covered: bytearray, lex: Lexicon
) -> list[Candidate]:
    """Later mentions of a found person's family name ("الشمري") linked to that person."""
    owners: dict[str, Candidate | None] = {}
    for c in cands:
        if c.kind == "PER" and len(c.name_words) >= 2 and _standalone(c.name_words[-1], lex):
            _own(owners, c.name_words[-1], c, c.actor, lambda o: o.actor)
    out = []
    if not owners:
        return out
    for i in range(len(words)):
        if not words.is_word(i):
            continue
        t = words.toks[i]
        if any(covered[t.start : t.end]):
            continue
        owner = owners.get(t.stem if words.lang == "ar" else words.norms[i].lower())
        if owner is not None:
            start = _short_form_start(words, i)
            out.append(Candidate(start, t.end, "PER", owner.actor, "short-form", owner.entry))
    return out


def _standalone(last: str, lex: Lexicon) -> bool:
    """Whether a person's last name word may stand for the person alone: long enough, no
    name stop, no first name unless it has the article ("فؤاد حسين": "حسين" alone is
    anyone's first name)."""
    if len(bare(last)) < 3 or last in lex.name_stops or bare(last) in lex.name_stops:
        return False
    return last.startswith("ال") or last not in lex.first_names


def _own(
    owners: dict[str, T | None], key: str, owner: T, actor: Actor, actor_of: Callable[[T], Actor]
) -> None:
    """Record ``owner`` (whose actor is ``actor``; ``actor_of`` gives an owner's actor)
    for the family name ``key``; a second owner naming another actor makes the name no
    one's (None)."""
    if key not in owners:
        owners[key] = owner
        return
    prev = owners[key]
    if prev is not None:
        was = actor_of(prev)
        owners[key] = owner if (was.id or was.name) == (actor.id or actor.name) else None


def _short_form_start(words: Words, i: int) -> int:
    """Where a family name standing alone at token ``i`` starts: after its proclitics
    ("والثني", "لكيري"), with its article ("الثني")."""
    t = words.toks[i]
    if t.stem.startswith("ال"):
        return words.start_after_clitic(i, 0)
    if t.prefixes:
        return words.start_after_clitic(i, 1) if len(words.prefix[i]) > 1 else t.start
    return t.start


def _family_name(
    words: Words, starts: list[int], m: Mention, lex: Lexicon, office_words: frozenset[str]
) -> str | None:
    """The last word of a person mention of two words or more, as :func:`_short_forms`
    keys it (the token's stem), or None when it may not stand for the person alone
    (:func:`_standalone`) or is a word of a role or an office (``office_words``: "الجندي",
    "ولي" of "ولي العهد", "الوزراء")."""
    i = bisect.bisect_right(starts, m.end - 1) - 1
    if i < 0 or words.toks[i].start < m.start or len(m.text.split()) < 2:
        return None
    last = words.toks[i].stem
    if not _standalone(last, lex) or bare(last) in office_words:
        return None
    return last


def office_words(lex: Lexicon) -> frozenset[str]:
    """Bare words of the lexicon's role nouns, titles and institutions."""
    keys = (*lex.roles_ar, *lex.titles, *lex.institutions)
    return frozenset(bare(w) for key in keys for w in key)


def _linked_short_forms(
    doc: Document, words: Words, starts: list[int], lex: Lexicon, office: frozenset[str]
) -> list[Mention]:
    """Mentions of the family name of a person linked with a country only after the
    candidates were written (a NER person beside an office, "رئيس الحكومة الليبية عبدالله
    الثني") wherever else it stands, linked to that person unless two persons of the
    document share it: the NER's unlinked one-word persons ("وقال كيري") and words outside
    every mention ("واتهم الثني", a new mention). Returns the mentions linked."""
    if words.lang != "ar":
        return []
    owners: dict[str, Actor | None] = {}
    for m in doc.mentions:
        if m.kind != "PER" or m.actor is None or m.actor.country is None:
            continue
        last = _family_name(words, starts, m, lex, office)
        if last is not None:
            _own(owners, last, m.actor, m.actor, lambda o: o)
    if not any(owners.values()):
        return []
    out = []
    for m in doc.mentions:  # the NER's unlinked one-word persons: "وقال كيري"
        if m.kind == "PER" and m.actor is None and " " not in m.text:
            i = bisect.bisect_right(starts, m.start) - 1
            actor = owners.get(words.toks[i].stem) if i >= 0 else None
            if actor is not None and words.toks[i].end == m.end:
                m.actor = actor
                out.append(m)
    covered = bytearray(len(doc.text) + 1)
    for m in doc.mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    for i in range(len(words)):
        t = words.toks[i]
        if not words.is_word(i) or any(covered[t.start : t.end]):
            continue
        actor = owners.get(t.stem)
        if actor is None:
            continue
        start = _short_form_start(words, i)
        mention = Mention(
            start, t.end, doc.text[start : t.end], "PER", actor=actor, source="actors"
        )
        doc.add_mention(mention)
        out.append(mention)
    return out


def _first_name_mentions(mentions: list[Mention]) -> list[Mention]:
    """Unlinked one-word PER mentions (the NER's) that are the first name of exactly one
    linked person of the document ("الملك سلمان بن عبدالعزيز" ... "واستقبل سلمان"): they
    get that person's actor. Returns the mentions linked."""
    owners: dict[str, Actor | None] = {}
    for m in mentions:
        if m.kind != "PER" or m.actor is None or m.actor.country is None:
            continue
        parts = m.text.split()
        if len(parts) < 2:
            continue
        prev = owners.get(parts[0], m.actor)
        same = prev is not None and (prev.id or prev.name) == (m.actor.id or m.actor.name)
        owners[parts[0]] = m.actor if same else None
    out = []
    for m in mentions:
        if m.kind == "PER" and m.actor is None and " " not in m.text:
            actor = owners.get(m.text)
            if actor is not None:
                m.actor = actor
                out.append(m)
    return out


def _unknown_org(text: str, lex: Lexicon) -> Actor | None:
    """Sector from an ORG name's head noun, country from a nationality word in it; else None."""
    parts = text.split()
    if not parts:
        return None
    sector = lex.org_heads.get(bare(normalize_key(parts[0])))
    country = next((c for w in parts[1:] if (c := demonym_country(w))), None)
    if sector is None and country is None:
        return None
    return Actor(name=text, country=country, sector=sector)


_LINKER: DocumentLinker | None = None


def link_document(doc: Document) -> list[Mention]:
    """Link actors in ``doc`` (in place) with the shipped KB; returns the linked mentions."""
    global _LINKER
    if _LINKER is None:
        _LINKER = DocumentLinker()
    return _LINKER(doc)


def link(text: str, lang: str = "ar", published: str | None = None) -> list[Mention]:
    """Actor mentions of a bare text (a one-document convenience for tests and scripts).

    >>> [(m.text, m.actor.country, m.actor.sector) for m in link("أعلنت مصادر أمنية عراقية")]
    [('مصادر أمنية عراقية', 'IRQ', 'COP')]
    """
    doc = Document(id="text", raw=text, lang=lang, published=published)
    doc.norm = normalize(doc.text)
    doc.sentences = [Span(a, b) for a, b in split_sentences(doc.text, lang)]
    doc.tokens = tokenize(doc.text, doc.norm)
    return link_document(doc)
