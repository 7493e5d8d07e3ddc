"""Attribution: the source the text gives for an event.

Two shapes are recognized (cues in ``lang/{ar,en}/event_attribution.tsv`` and
``event_reporting.tsv``):

* a source phrase anywhere in the sentence: "حسبما قال مصدر محلي", "نقلاً عن ضباط
  سوريين", "بحسب وسائل إعلام عراقية", "according to officials";
* a reporting frame around the trigger: "وذكرت وسائل إعلام عراقية أن الحدود أُغلقت",
  "قال مسؤول إن مسلحين هاجموا ...".

The source text runs from after the cue to the first stop word, complementizer,
punctuation or dative ("للعربي الجديد"), at most :data:`MAX_SOURCE_WORDS` words,
and is widened to cover an actor mention that starts inside it; when that mention
carries an actor, it is the ``speaker``.

>>> from marsad.document import Document, Span
>>> doc = Document(id="d", raw="فر جنود إلى العراق، حسبما قال مصدر محلي للعربي الجديد.", lang="ar")
>>> doc.sentences = [Span(0, len(doc.text))]
>>> from marsad.events.view import DocView
>>> v = DocView(doc)
>>> find_attribution(v, v.sentences[0], 0)
{'text': 'مصدر محلي', 'speaker': None}
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from marsad.clean.normalize import normalize_key
from marsad.document import Mention
from marsad.events.arguments import (
    actor_ref,
    agent_candidates,
    argument_cues,
    describes_a_thing,
)
from marsad.events.lexicon import read_table, strip_article, strip_conjunction
from marsad.events.reporting import ReportingLexicon, reporting_lexicon
from marsad.events.view import DocView, SentenceView
from marsad.text.clitics import word_frequencies
from marsad.text.sentences import is_abbreviation

MAX_SOURCE_WORDS = 5
_QUOTES = "\"“”«»„'"


@dataclass(frozen=True, slots=True)
class SourceCues:
    """Normalized attribution cues of one language."""

    source: tuple[tuple[str, ...], ...]
    source_verb: tuple[tuple[str, ...], ...]
    stop: frozenset[str]
    firsts: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    role_links: frozenset[str] = frozenset()
    not_body: frozenset[str] = frozenset()
    adjuncts: frozenset[str] = frozenset()


@cache
def source_cues(lang: str) -> SourceCues:
    """Attribution cues of ``lang`` (longest first)."""
    lang = "ar" if lang == "ar" else "en"
    groups: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for kind, forms in read_table(lang, "event_attribution.tsv"):
        for f in forms.split(","):
            words = tuple((f.strip() if kind == "not_body" else normalize_key(f.strip())).split())
            if words:
                groups[kind].append(words)
    key = len

    def singles(kind: str) -> frozenset[str]:
        return frozenset(w[0] for w in groups[kind] if len(w) == 1)

    return SourceCues(
        tuple(sorted(groups["source"], key=key, reverse=True)),
        tuple(sorted(groups["source_verb"], key=key, reverse=True)),
        singles("stop"),
        frozenset(w[0] for w in groups["source"] + groups["source_verb"]),
        singles("role"),
        singles("role_link"),
        singles("not_body"),
        singles("adjunct"),
    )


@dataclass(frozen=True, slots=True)
class Source:
    """A source phrase: its text span and the actor mention inside it (if any)."""

    start: int
    end: int
    text: str
    mention: Mention | None
    next_token: int

    def record(self) -> dict:
        """The contract's ``attribution`` object."""
        speaker = (
            actor_ref(self.mention).to_record() if self.mention and self.mention.actor else None
        )
        return {"text": self.text, "speaker": speaker}


def _match_at(view: DocView, j: int, hi: int, cue: tuple[str, ...]) -> int:
    """Token index after ``cue`` when it starts at ``j`` (a trailing one-letter word such
    as "ل" in "وفقا ل" may be glued to the next word), else -1."""
    toks = view.tokens
    k = j
    for n, word in enumerate(cue):
        while k < hi and not toks[k].is_word:
            k += 1
        if k >= hi:
            return -1
        norm = toks[k].norm
        if n == 0 and norm != word:
            norm = strip_conjunction(norm)
        if len(word) == 1 and n == len(cue) - 1:
            return k if norm.startswith(word) else -1
        if norm != word:
            return -1
        k += 1
    return k


def _freq(word: str) -> int:
    return word_frequencies().get(word, 0)


def source_phrase(view: DocView, k: int, hi: int, skip: int = 0) -> Source | None:
    """The source noun phrase starting at token ``k`` (before ``hi``), or None; ``skip``
    characters of the first token are left out (a glued "ل" of "وفقا ل")."""
    cues = source_cues(view.lang)
    rv = reporting_lexicon(view.lang)
    toks = view.tokens
    first = k
    last = -1
    words = 0
    limit = MAX_SOURCE_WORDS
    role_link = -1
    while k < hi and words < limit:
        tok = toks[k]
        if not tok.is_word:
            if (tok.norm in "-ـ" and last >= 0) or (
                tok.norm == "." and last == k - 1 and is_abbreviation(toks[last].norm)
            ):  # "قال د. عبدالله السند": the title's period
                k += 1
                continue
            break
        bare = strip_conjunction(tok.norm)
        if words and role_link < 0 and bare in cues.role_links and _is_role(toks[last].norm, cues):
            nxt = k + 1
            if nxt < hi and strip_article(strip_conjunction(toks[nxt].norm)) in cues.adjuncts:
                break  # "وقال الوزير في مؤتمر صحفي": where he said it, no body
            role_link, limit = k, limit + 2  # "مسؤول في الدفاع المدني": the body follows
            last = k
            words += 1
            k += 1
            continue
        if tok.norm in cues.stop or (words and bare in cues.stop) or rv.is_complement(tok.norm):
            break
        if words and rv.verb_kind(tok.norm) is not None:
            break  # "نفت الجماعة شن أي هجوم وقالت": the next reporting verb is no source word
        if (
            words
            and view.lang == "ar"
            and tok.prefixes.endswith("ل")
            and not tok.prefixes.startswith("و")
            and _freq(tok.norm) <= _freq(tok.stem)
        ):
            # a dative: "قال مصدر للعربي الجديد"; a word commoner whole than split is
            # none ("تنسيقية لجان المقاومة": committees, not ل + "جان")
            break
        if (
            words
            and view.lang == "ar"
            and tok.prefixes.endswith("ب")
            and role_link < 0
            and bare not in cues.role_links
            and not any(_is_role(toks[i].norm, cues) for i in range(first, k))
        ):
            break  # an object or a manner: "ونوه معاليه بالجهود" (a role's body goes on)
        last = k
        words += 1
        k += 1
    if last < 0:
        return None
    start, end = toks[first].start + skip, toks[last].end
    if role_link == last:  # a dangling link: "مسؤول في" + a stop
        last = role_link - 1
        role_link = -1
        end = toks[last].end
    mention = through = None
    arg_cues = argument_cues(view.lang)
    for m in view.actor_mentions(start, toks[min(last + 6, hi - 1)].end if hi > last else end):
        if not start <= m.start < end:
            continue
        if describes_a_thing(view, m, arg_cues):
            continue  # "وقال الوزير في مؤتمر صحفي": the conference's adjective, no journalist
        if role_link >= 0 and (
            m.actor is None or m.start < toks[role_link].end or m.actor.sector in cues.not_body
        ):
            link_end = toks[role_link].end
            if m.actor is not None and m.start < link_end < m.end and through is None:
                through = m  # a post phrase running through the link: "المتحدث باسم الحكومة"
            continue  # an official's body: the actor named after the link
        mention = m
        break
    mention = mention or through
    if mention is not None:
        end = max(end, mention.end)
    text = view.text[start:end].strip(" ،,")
    return Source(start, start + len(text), text, mention, view.token_index(end))


def _is_role(norm: str, cues: SourceCues) -> bool:
    """True for a role noun that can speak for a body ("مسؤول", "والمتحدث")."""
    bare = strip_conjunction(norm)
    return bool({norm, bare, strip_article(bare)} & cues.roles)


def cue_sources(view: DocView, s: SentenceView) -> list[Source]:
    """The source phrases that a cue opens in sentence ``s`` ("بحسب ما أفادت X", "نقلاً
    عن X", "according to X"), in text order."""
    cues = source_cues(view.lang)
    rv = reporting_lexicon(view.lang)
    toks = view.tokens
    out: list[Source] = []
    for j in range(s.lo, s.hi):
        tok = toks[j]
        if not tok.is_word or (
            tok.norm not in cues.firsts and strip_conjunction(tok.norm) not in cues.firsts
        ):
            continue
        src = _source_at(view, s, j, cues, rv)
        if src is not None:
            out.append(src)
    return out


def _source_at(
    view: DocView, s: SentenceView, j: int, cues: SourceCues, rv: ReportingLexicon
) -> Source | None:
    """The source phrase a cue at token ``j`` opens, or None."""
    toks = view.tokens
    # "بحسب ما أفادت X" before "بحسب X": the source follows the verb, not "ما"
    for cue in cues.source_verb:
        k = _match_at(view, j, s.hi, cue)
        if k >= 0:
            while k < s.hi and not toks[k].is_word:
                k += 1
            if k < s.hi and rv.verb_kind(toks[k].norm):
                src = source_phrase(view, k + 1, s.hi)
                if src is not None:
                    return src
    for cue in cues.source:
        k = _match_at(view, j, s.hi, cue)
        if k >= 0:
            glued = len(cue[-1]) == 1
            if glued:
                k_norm = toks[k].norm
                skip = toks[k].text.find(cue[-1]) + 1 if k_norm.startswith(cue[-1]) else 0
                src = source_phrase(view, k, s.hi, skip)
            else:
                src = source_phrase(view, k, s.hi)
            if src is not None:
                return src
    return None


def _sentence_sources(view: DocView, s: SentenceView) -> list[Source]:
    """:func:`cue_sources` of ``s``, computed once per sentence and view."""
    memo = view.memo.setdefault("cue_sources", {})
    found = memo.get(s.start)
    if found is None:
        found = memo[s.start] = cue_sources(view, s)
    return found


def in_cue_source(view: DocView, start: int) -> bool:
    """Whether offset ``start`` lies in a source phrase a cue opens in its sentence."""
    s = view.sentence_at(start)
    return s is not None and any(x.start <= start < x.end for x in _sentence_sources(view, s))


def find_attribution(view: DocView, s: SentenceView, trigger: int) -> dict | None:
    """The ``attribution`` object for an event triggered at token ``trigger`` of
    sentence ``s``, or None when the text gives no source."""
    found = _sentence_sources(view, s)
    if found:
        return found[0].record()
    if view.lang != "ar":
        return None  # English speaks subject first: statement_source reads its frames
    frame = reporting_frame(view, s, trigger)
    return frame.record() if frame else None


def reporting_frame(view: DocView, s: SentenceView, trigger: int) -> Source | None:
    """The speaker of a reporting verb before token ``trigger`` whose content (after a
    complementizer, colon or quote) contains the trigger."""
    rv = reporting_lexicon(view.lang)
    toks = view.tokens
    for j in range(s.lo, min(trigger, s.hi)):
        if not toks[j].is_word or not rv.verb_kind(toks[j].norm):
            continue
        src = source_phrase(view, j + 1, trigger)
        opener = src.next_token if src else j + 1
        for k in range(opener, trigger):
            t = toks[k]
            if rv.is_complement(t.norm) or t.norm == ":" or t.text in _QUOTES:
                if src is not None:
                    return src
                before = _subject_before(view, s, j)
                return before
        break
    return None


def _subject_before(view: DocView, s: SentenceView, j: int) -> Source | None:
    """An actor mention ending just before the verb at token ``j`` (SVO order); a place
    after a preposition ("إلى سوريا منذ 2012، وزعمت") is none."""
    verb_start = view.tokens[j].start
    cands = agent_candidates(
        view, view.actor_mentions(view.tokens[s.lo].start, verb_start), argument_cues(view.lang)
    )
    if cands and len(view.text[cands[-1].end : verb_start].split()) <= 2:
        m = cands[-1]
        return Source(m.start, m.end, m.text, m, j)
    return None


def statement_source(view: DocView, ev_start: int) -> dict | None:
    """The ``attribution`` object of an event whose trigger starts at offset
    ``ev_start`` inside what a statement of ``view.doc`` says ("..., police said",
    '"...," said the spokesman'): the statement's speaker; None when no statement with a
    speaker holds it."""
    sp = next((st.speaker for st in view.saying(ev_start) if st.speaker is not None), None)
    if sp is None:
        return None
    linked = sp.name is not None or sp.country is not None or sp.sector is not None
    return {"text": sp.text, "speaker": sp.to_record() if linked else None}
