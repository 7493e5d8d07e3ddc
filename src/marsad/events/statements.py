"""The ``statements`` stage: attributed statements (speaker, verb, content, quote).

For each reporting verb (``lang/{ar,en}/event_reporting.tsv``) in a sentence:

* **speaker**: the noun phrase after the verb (Arabic VSO: "وقال وزير الخارجية
  ..."), widened to the actor mention that starts in it (PER preferred); else
  the actor mention just before the verb (SVO); a continuation verb with no
  subject ("وأضاف: ...", "وأضاف أن ...") continues the previous statement's
  speaker, and a definite back-reference ("وأضاف المصدر" after "قال مصدر محلي",
  ``anaphor`` in the lexicon) takes the previous resolved speaker's actor;
* **content**, as written: a quotation that opens after the verb (any of “ ” « » "
  quotes; ``quote="direct"``), else the clause after a complementizer ("أن", "إن",
  "that") or a colon (``indirect``); when the verb sentence has none and the
  previous sentence is a bare quotation, that quotation is the content
  ("“...”. وأشار بيان ..."); after "حسبما / كما" the content is the clause
  before the cue;
* **date**: as for events (:func:`marsad.events.arguments.event_date`); a continuation
  ("وأضاف") with no date of its own takes the date of the statement it continues;
* **evidence**: the sentence (with the previous one when the quotation sits there).

>>> from marsad.document import Document, Span
>>> text = "وقال الوزير إن الحدود مغلقة. وأضاف: “لا نية لفتحها”."
>>> doc = Document(id="d", raw=text, lang="ar")
>>> doc.sentences = [Span(0, 28), Span(29, len(text))]
>>> st = StatementExtractor()(doc).statements
>>> [(s.speaker.text, s.verb, s.content, s.quote) for s in st]
[('الوزير', 'وقال', 'الحدود مغلقة', 'indirect'), ('الوزير', 'وأضاف', 'لا نية لفتحها', 'direct')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.document import ActorRef, Document, Statement
from marsad.document import Evidence as Ev
from marsad.events import arguments as args
from marsad.events.attribution import Source, _subject_before, source_cues, source_phrase
from marsad.events.reporting import ReportingLexicon, reporting_lexicon
from marsad.events.triggers import TriggerHit
from marsad.events.view import DocView, SentenceView

OPENERS = {"“": "”", "«": "»", '"': '"', "„": "“", "”": "”"}
_CLOSERS = '”»"“'
_STRIP = " \t\n.,،:;؛-–—"
#: A quotation must open within this many characters after the speaker.
_QUOTE_REACH = 40


@dataclass(slots=True)
class _Found:
    speaker: ActorRef | None
    content: str
    quote: str
    start: int
    end: int
    confidence: float


class StatementExtractor:
    """Stage ``statements``: fills ``doc.statements`` (see the module docstring)."""

    name = "statements"
    requires = frozenset({"tokens", "sentences", "lang"})
    provides = frozenset({"statements"})

    def __call__(self, doc: Document) -> Document:
        view = DocView(doc)
        rv = reporting_lexicon(view.lang)
        out: list[Statement] = []
        previous: ActorRef | None = None
        resolved: ActorRef | None = None  # the last speaker linked to an actor
        for s in view.sentences:
            covered = -1
            for j in range(s.lo, s.hi):
                tok = view.tokens[j]
                if not tok.is_word or tok.start < covered:
                    continue
                kind = rv.verb_kind(tok.norm)
                if kind is None:
                    continue
                found = self._statement(view, s, j, kind, previous)
                if found is None:
                    continue
                if resolved is not None and _refers_back(found.speaker, rv):
                    found.speaker = ActorRef(
                        text=found.speaker.text,
                        name=resolved.name,
                        country=resolved.country,
                        sector=resolved.sector,
                        id=resolved.id,
                    )
                covered = found.end
                previous = found.speaker or previous
                if found.speaker is not None and found.speaker.name is not None:
                    resolved = found.speaker
                hit = TriggerHit("STATEMENT", None, 1.0, j, j, "v", tok.norm)
                date, precision, src = args.event_date(
                    view, s, hit, (s.lo, s.hi), use_lead=False, own_after=False
                )
                if src in ("published", "none") and kind == "continue" and out:
                    # "وأضاف" with no date of its own: said when the statement it continues was
                    last = out[-1]
                    if last.speaker == found.speaker and last.date_precision != "week":
                        date, precision = last.date, last.date_precision
                out.append(
                    Statement(
                        id=f"{doc.id}:s{len(out) + 1}",
                        speaker=found.speaker,
                        verb=tok.text,
                        content=found.content,
                        quote=found.quote,  # type: ignore[arg-type]
                        evidence=Ev(found.start, found.end, view.text[found.start : found.end]),
                        date=date,
                        date_precision=precision,
                        confidence=found.confidence,
                    )
                )
        doc.statements = out
        return doc

    def _statement(
        self, view: DocView, s: SentenceView, j: int, kind: str, previous: ActorRef | None
    ) -> _Found | None:
        toks = view.tokens
        rv = reporting_lexicon(view.lang)
        text = view.text
        # "حسبما قال مصدر": the content is what comes before the cue
        cue_start = _source_verb_cue(view, s, j)
        if cue_start is not None:
            src = source_phrase(view, j + 1, s.hi)
            content = text[s.start : cue_start].strip(_STRIP)
            if src is None or not content:
                return None
            return _Found(_speaker(src), content, "indirect", s.start, s.end, 0.7)
        nxt = j + 1
        while (
            nxt < s.hi
            and not toks[nxt].is_word
            and toks[nxt].norm not in ":"
            and toks[nxt].text not in OPENERS
        ):
            nxt += 1
        no_subject = nxt >= s.hi or (not toks[nxt].is_word or rv.is_complement(toks[nxt].norm))
        speaker: ActorRef | None
        after = toks[j].end
        confidence = 0.85
        if view.lang == "en":  # English speaks subject first ("The air force said")
            phrase = _english_subject(view, s, j)
            if phrase is not None:
                return _english_statement(view, s, j, phrase, previous)
        src = None if no_subject else source_phrase(view, nxt, s.hi)
        if src is None:
            before = _subject_before(view, s, j) or _sentence_subject(view, s, j)
            if before is not None:
                speaker = _speaker(before)
            elif kind == "continue" and previous is not None:
                speaker, confidence = previous, 0.75
            else:
                speaker, confidence = None, 0.5
        else:
            speaker = _speaker(src)
            after = max(after, src.end)
            if _bare_norm(src.text) in rv.documents or src.text.split()[0] in rv.documents:
                named = [m for m in view.actor_mentions(src.end, s.end) if m.kind != "LOC"]
                if named:
                    speaker = (
                        args.actor_ref(named[-1])
                        if named[-1].actor
                        else ActorRef(text=named[-1].text)
                    )
        return _content(view, s, j, after, speaker, confidence)


#: A dateline opening a report ("MARIB, Yemen (Reuters) - "): not what anyone said.
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,[^-–—]{0,40}?[-–—]\s*")
#: Words in an English subject phrase at most.
_EN_SUBJECT_WORDS = 7
#: Words after "said" that make a content clause without "that" ("said the troops had ...").
_EN_MIN_CONTENT = 4


def _english_subject(view: DocView, s: SentenceView, j: int) -> Source | None:
    """The English noun phrase right before the reporting verb at token ``j`` ("The air
    force said", ", the regional governor Oleh Syniehubov said"), back to a comma, a
    quotation mark or a clause word, with the actor mention inside it; None when there is
    none."""
    toks = view.tokens
    boundaries = reporting_lexicon("en").boundaries
    k = j - 1
    first = None
    while k >= s.lo and j - k <= _EN_SUBJECT_WORDS:
        t = toks[k]
        if not t.is_word or t.norm.lower() in boundaries:
            break
        first = k
        k -= 1
    if first is None:
        return None
    start, end = toks[first].start, toks[j - 1].end
    inside = [m for m in view.actor_mentions(start, end) if m.kind != "LOC"]
    return Source(start, end, view.text[start:end], inside[-1] if inside else None, j)


def _english_statement(
    view: DocView, s: SentenceView, j: int, phrase: Source, previous: ActorRef | None
) -> _Found | None:
    """An English statement whose speaker phrase stands before its verb: the content is
    what follows ("said that ...", "said: ...") or, for a closing report clause
    ("..., the governor said on Sunday." / '"...," he wrote'), what comes before it. A
    pronoun continues the last speaker."""
    pronoun = phrase.text.lower() in reporting_lexicon("en").pronouns
    if pronoun:
        speaker, confidence = previous, 0.75
    else:
        speaker, confidence = _speaker(phrase), 0.85
    found = _content(view, s, j, view.tokens[j].end, speaker, confidence)
    if found is not None:
        return found
    before = view.text[s.start : phrase.start].rstrip()
    closing = before[-1:] in (",", '"', "”")  # "..., the governor said" / '"...," he wrote'
    rest = view.text[view.tokens[j].end : s.end].strip(_STRIP)
    if not closing and len(rest.split()) >= _EN_MIN_CONTENT:
        # "said the troops had repelled the attack": a content clause without "that"
        return _Found(speaker, rest, "indirect", s.start, s.end, confidence - 0.1)
    if not closing:
        return None
    before = _DATELINE.sub("", before.lstrip())
    quoted = before[:1] in OPENERS
    content = before.strip(_STRIP + "".join(OPENERS) + _CLOSERS)
    if not content or (speaker is None and not quoted):
        return None
    return _Found(
        speaker, content, "direct" if quoted else "indirect", s.start, s.end, confidence - 0.05
    )


def _refers_back(speaker: ActorRef | None, rv: ReportingLexicon) -> bool:
    """True for an unresolved speaker that names an earlier one ("وأضاف المصدر")."""
    if speaker is None or speaker.name is not None or speaker.country is not None:
        return False
    key = _bare_norm(speaker.text)
    if key[:1] in "وف" and key[1:] in rv.anaphors:
        return True
    return key in rv.anaphors or key.lower() in rv.anaphors


def _sentence_subject(view: DocView, s: SentenceView, j: int) -> Source | None:
    """The first person or organization named in the sentence before token ``j``: the
    shared subject of coordinated verbs ("وسافر الوزير ...، وشدد على أن ...")."""
    named = [
        m
        for m in view.actor_mentions(s.start, view.tokens[j].start)
        if m.kind in ("PER", "ORG") or m.actor is not None
    ]
    if not named:
        return None
    m = named[0]
    return Source(m.start, m.end, m.text, m, j)


def _bare_norm(text: str) -> str:
    from marsad.clean.normalize import normalize_key

    return normalize_key(text)


def _speaker(src: Source) -> ActorRef:
    if src.mention is not None:
        return args.actor_ref(src.mention) if src.mention.actor else ActorRef(text=src.mention.text)
    return ActorRef(text=src.text)


def _source_verb_cue(view: DocView, s: SentenceView, j: int) -> int | None:
    """Start offset of a "حسبما / كما / as" cue right before the verb at token ``j``."""
    cues = source_cues(view.lang).source_verb
    toks = view.tokens
    k = j - 1
    while k >= s.lo and not toks[k].is_word:
        k -= 1
    if k < s.lo:
        return None
    for cue in cues:
        n = len(cue)
        words = [t for t in toks[max(s.lo, k - 3) : k + 1] if t.is_word][-n:]
        if len(words) == n and tuple(w.norm for w in words) == cue:
            return words[0].start
    return None


def _content(
    view: DocView,
    s: SentenceView,
    j: int,
    after: int,
    speaker: ActorRef | None,
    confidence: float,
) -> _Found | None:
    text = view.text
    rv = reporting_lexicon(view.lang)
    toks = view.tokens
    # the first complementizer or colon after the speaker
    comp_tok = None
    k = view.token_index(after)
    while k < s.hi:
        t = toks[k]
        if rv.is_complement(t.norm) or t.norm == ":":
            comp_tok = t
            break
        k += 1
    comp_at = comp_tok.start if comp_tok is not None else s.end
    comp_end = comp_tok.end if comp_tok is not None else s.end
    # a quotation opening soon after the speaker (or right after the complementizer):
    # direct, unless it names an outlet ("لـ”العربي الجديد”")
    reach = min(s.end, max(after + _QUOTE_REACH, comp_end + 3))
    pos = after
    while pos < reach:
        ch = text[pos]
        if ch not in OPENERS or (comp_at <= pos and pos > comp_end + 2):
            pos += 1
            continue
        close = _closing(text, pos + 1, OPENERS[ch], view, s)
        if pos < comp_at and text[max(0, pos - 3) : pos].replace("ـ", "").rstrip().endswith("ل"):
            pos = close + 1  # an outlet's name after the dative: skip the whole quotation
            continue
        content = text[pos + 1 : close].strip(_STRIP + "".join(OPENERS))
        if content and (pos > comp_at or comp_tok is None or close >= comp_at):
            end = max(s.end, min(len(text), close + 1))
            return _Found(speaker, content, "direct", s.start, end, confidence)
        pos += 1
    if comp_tok is not None:
        content = text[comp_tok.end : s.end].strip(_STRIP)
        if content:
            return _Found(speaker, content, "indirect", s.start, s.end, confidence - 0.05)
    # a bare quotation in the previous sentence: "“...”. وأشار بيان ..."
    if s.index > 0:
        prev = view.sentences[s.index - 1]
        ptext = text[prev.start : prev.end].strip()
        if len(ptext) > 2 and ptext[0] in OPENERS and ptext.rstrip(". ")[-1] in _CLOSERS:
            content = ptext.strip(_STRIP + "".join(OPENERS) + _CLOSERS)
            if content:
                return _Found(speaker, content, "direct", prev.start, s.end, confidence - 0.1)
    return None


def _closing(text: str, start: int, closer: str, view: DocView, s: SentenceView) -> int:
    """Offset of the quotation's closing mark: within the paragraph, else its end."""
    para = view.paragraph_sentences(s)
    limit = para[-1].end if para else s.end
    for pos in range(start, limit):
        if text[pos] == closer or (closer in '”"' and text[pos] in '”"“' and pos > start):
            return pos
    return limit
