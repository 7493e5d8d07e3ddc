"""Reporting verbs ("قال", "أكد", "وأضاف", "said") and the words that open indirect
content ("أن", "إن", "that"), from ``lang/{ar,en}/event_reporting.tsv``.

>>> rv = reporting_lexicon("ar")
>>> [rv.verb_kind(normalize_key(w)) for w in ("وأضاف", "أكدت", "مضيفا", "هجوم")]
['continue', 'verb', 'continue', None]
>>> rv.is_complement(normalize_key("بأن"))
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from marsad.clean.normalize import normalize_key
from marsad.events.lexicon import (
    arabic_verb_forms,
    english_verb_forms,
    read_table,
    strip_conjunction,
)

_UNSET = object()
_KINDS_MAX = 50_000


@dataclass(frozen=True, slots=True)
class ReportingLexicon:
    """Reporting verb forms, continuation verbs and complementizers of one language."""

    lang: str
    verbs: frozenset[str]
    continuers: frozenset[str]
    complements: frozenset[str]
    documents: frozenset[str] = frozenset()
    anaphors: frozenset[str] = frozenset()
    #: words that end a speaker phrase read back from its verb (English: "that", "and")
    boundaries: frozenset[str] = frozenset()
    #: pronoun speakers that continue the last speaker ("he wrote")
    pronouns: frozenset[str] = frozenset()
    #: participles ("مشيرا", "مضيفا"): they report only when the content follows at once
    participles: frozenset[str] = frozenset()
    #: forms that report only with a complementizer soon after ("وبين المتحدث أن")
    guarded: frozenset[str] = frozenset()
    #: forms that are an adjective of belonging before the preposition ل ("مركز تابع
    #: لمؤسسة غزة": belonging to), a reporting verb otherwise ("وتابع ديفيس أن")
    belonging: frozenset[str] = frozenset()
    #: calls and demands whose object is the one addressed ("ودعت الحكومة العراقية إلى")
    addressing: frozenset[str] = frozenset()
    #: forms that report only when who is quoted follows ("نقلت الوكالة عن مصدر"); else
    #: they carry or move something ("ونُقل المفرج عنهم جواً": were flown)
    quoting: frozenset[str] = frozenset()
    #: the words that name who is quoted ("عن", "عنه")
    quoted_from: frozenset[str] = frozenset()
    #: the writer's impersonal asides ("يذكر أن"): no statement without a speaker
    asides: frozenset[str] = frozenset()
    #: words after a verb that open no speaker ("قال له", "أعلنت عن")
    prepositions: frozenset[str] = frozenset()
    #: words between an English subject and its verb ("Nobody has claimed")
    auxiliaries: frozenset[str] = frozenset()
    #: subjects that say no one spoke ("nobody")
    nobodies: frozenset[str] = frozenset()
    #: words opening a relative clause between commas that the subject stands before
    relatives: frozenset[str] = frozenset()
    #: English articles, and the words that join two noun phrases of one speaker ("a
    #: spokesman for the ministry"); two articles with no link between them are a noun
    #: and a relative clause ("an accusation the SDF denied"), no speaker
    determiners: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    #: words opening a clause of another time ("بعد أن أعلنت"): a date before one is not
    #: the time of a verb after it
    subordinators: frozenset[str] = frozenset()
    #: the word "to" between an aside verb and its complementizer ("ويشار إلى أن")
    to: frozenset[str] = frozenset()
    #: words before a sentence's opening verb that turn to another party ("من جهته،")
    openers: frozenset[str] = frozenset()
    #: conjunctions that join a reporting verb to an earlier verb of the same subject
    #: ("condemned the attack and told reporters")
    conjunctions: frozenset[str] = frozenset()
    #: auxiliaries that make a reporting participle after them passive ("No casualties
    #: were reported"): nobody speaks
    passives: frozenset[str] = frozenset()
    #: words right before a reporting verb that say nothing was said ("لم يعلن الجيش",
    #: "did not say", "declined to say")
    negations: frozenset[str] = frozenset()
    #: nouns that carry words (banners, slogans, chants): a reporting verb right after one
    #: describes it ("لافتات تطالب الحكومة"), no one speaks
    carriers: frozenset[str] = frozenset()
    #: answers of :meth:`verb_kind` so far (a plain dict: hashing the frozen instance
    #: for a method cache cost more than the look-up it saved)
    _kinds: dict[str, str | None] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def verb_kind(self, norm: str) -> str | None:
        """``"continue"`` for a continuation verb ("وأضاف"), ``"verb"`` for another
        reporting verb, None otherwise; ``norm`` is a token's normalized form."""
        kinds = self._kinds
        kind = kinds.get(norm, _UNSET)
        if kind is _UNSET:
            if len(kinds) >= _KINDS_MAX:
                kinds.clear()
            kind = kinds[norm] = self._verb_kind(norm)
        return kind  # type: ignore[return-value]

    def _verb_kind(self, norm: str) -> str | None:
        forms = [norm]
        if self.lang == "ar" and len(norm) > 3 and norm[0] in "وف":
            forms.append(norm[1:])
        for f in forms:
            if f in self.continuers:
                return "continue"
            if f in self.verbs:
                return "verb"
        return None

    def is_complement(self, norm: str) -> bool:
        """True for a word that opens indirect content ("أن", "بأن", "that")."""
        if norm in self.complements:
            return True
        return self.lang == "ar" and strip_conjunction(norm) in self.complements


def _inflect(lang: str, spec: str) -> list[str]:
    return arabic_verb_forms(spec) if lang == "ar" else english_verb_forms(spec)


#: Rows of ``event_reporting.tsv`` read as plain word sets (lower-cased): row kind ->
#: the :class:`ReportingLexicon` field that holds them.
_WORD_SETS = {
    "guarded": "guarded",
    "belonging": "belonging",
    "addressing": "addressing",
    "quoting": "quoting",
    "quoted_from": "quoted_from",
    "aside": "asides",
    "preposition": "prepositions",
    "auxiliary": "auxiliaries",
    "nobody": "nobodies",
    "relative": "relatives",
    "subordinator": "subordinators",
    "to": "to",
    "opener": "openers",
    "conjunction": "conjunctions",
    "negation": "negations",
    "carrier": "carriers",
    "determiner": "determiners",
    "link": "links",
    "passive": "passives",
}


@cache
def reporting_lexicon(lang: str) -> ReportingLexicon:
    """The reporting lexicon of ``lang`` (``ar``; anything else reads ``en``)."""
    lang = "ar" if lang == "ar" else "en"
    verbs: set[str] = set()
    cont: set[str] = set()
    comp: set[str] = set()
    docs: set[str] = set()
    anaphors: set[str] = set()
    boundaries: set[str] = set()
    pronouns: set[str] = set()
    sets: dict[str, set[str]] = {k: set() for k in _WORD_SETS}
    participles: set[str] = set()
    for kind, forms in read_table(lang, "event_reporting.tsv"):
        for raw in forms.split(","):
            raw = normalize_key(raw.strip())
            if not raw:
                continue
            if kind == "verb":
                # an English -ing form reports only as a listed participle ("saying"):
                # "without warning", "the reporting" are nouns
                verbs.update(
                    f for f in _inflect(lang, raw) if lang == "ar" or not f.endswith("ing")
                )
            elif kind in ("exact", "participle"):
                verbs.add(raw)
                if kind == "participle":
                    participles.add(raw)
            elif kind in sets:
                sets[kind].add(raw.lower())
            elif kind == "continue":
                participle = lang == "ar" and raw.startswith("م")
                cont.update([raw] if participle else _inflect(lang, raw))
            elif kind == "complement":
                comp.add(raw)
            elif kind == "document":
                docs.add(raw)
            elif kind == "anaphor":
                anaphors.add(raw)
            elif kind == "boundary":
                boundaries.add(raw.lower())
            elif kind == "pronoun":
                pronouns.add(raw.lower())
    return ReportingLexicon(
        lang,
        frozenset(verbs),
        frozenset(cont),
        frozenset(comp),
        frozenset(docs),
        frozenset(anaphors),
        frozenset(boundaries),
        frozenset(pronouns),
        frozenset(participles),
        **{field: frozenset(sets[kind]) for kind, field in _WORD_SETS.items()},
    )
