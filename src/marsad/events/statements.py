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

from dataclasses import dataclass
from itertools import islice

from marsad.clean.normalize import normalize_key
from marsad.document import ActorRef, Document, Statement, Token
from marsad.document import Evidence as Ev
from marsad.events import arguments as args
from marsad.events.agreement import disagrees
from marsad.events.attribution import Source, _subject_before, source_cues, source_phrase
from marsad.events.dateline import dateline_end
from marsad.events.lexicon import strip_article, strip_conjunction
from marsad.events.reporting import ReportingLexicon, reporting_lexicon
from marsad.events.triggers import TriggerHit
from marsad.events.view import DocView, SentenceView

OPENERS = {"“": "”", "«": "»", '"': '"', "„": "“", "”": "”"}
_CLOSERS = '”»"“'
_STRIP = " \t\n.,،:;؛-–—"
#: The mention kind of dates.
_DATE = frozenset({"DATE"})
_LOC = frozenset({"LOC"})
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
    #: where what was said ends: a reporting verb before it opens no statement of its own
    reach: int = -1

    def __post_init__(self) -> None:
        if self.reach < 0:
            self.reach = self.end


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
            said: ActorRef | None = None  # the speaker of this sentence's last statement
            for j in range(s.lo, s.hi):
                tok = view.tokens[j]
                if not tok.is_word or tok.start < covered:
                    continue
                kind = rv.verb_kind(tok.norm)
                if kind is None or not _reports_here(view, s, j, rv) or _unsaid(view, s, j, rv):
                    continue
                if view.lang == "en" and tok.text[:1].isupper() and j > s.lo:
                    continue  # a name's word: "The United States", "Says Street"
                if view.lang == "en" and _english_passive_report(view, s, j):
                    continue  # "No casualties were reported": nobody speaks
                if view.lang == "en" and _inside_quote(view.text, s.start, tok.start):
                    continue  # '"We will continue to operate," Hagari told reporters
                going_on = said is not None and tok.norm in rv.participles
                if going_on:
                    # "قال الوزير إن ...، مشيرا إلى أن ...": the same speaker goes on
                    found = _content(view, s, j, tok.end, said, 0.8, named=True, least=2)
                else:
                    found = self._statement(view, s, j, kind, previous, said)
                if found is None:
                    continue
                earlier = None
                if _refers_back(found.speaker, rv):
                    # "وأضاف المصدر" after "قال مصدر في شرطة البصرة": the last speaker of
                    # that head noun, else the last one linked to an actor
                    earlier = _same_head(found.speaker, out) or resolved
                elif _bare_definite(view, found.speaker):
                    # "وقالت الوزارة" after "وزارة الداخلية البحرينية": the last body
                    # the text named with that head noun
                    earlier = _named_before(view, found.speaker, s, tok.start)
                if earlier is not None:
                    found.speaker = ActorRef(
                        text=found.speaker.text,
                        name=earlier.name,
                        country=earlier.country,
                        sector=earlier.sector,
                        id=earlier.id,
                    )
                covered = found.reach
                previous = found.speaker or previous
                said = found.speaker
                if found.speaker is not None and found.speaker.name is not None:
                    resolved = found.speaker
                date, precision, src = _said_date(view, s, j, found)
                if going_on and out:
                    # said with the statement it goes on from: a date in that one's content
                    # ("نفذوا 400 اعتداء خلال الشهر الماضي، متهما") is no date of the saying
                    date, precision = out[-1].date, out[-1].date_precision
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
                        trigger=Ev(tok.start, tok.end, tok.text),
                    )
                )
        doc.statements = out
        return doc

    def _statement(
        self,
        view: DocView,
        s: SentenceView,
        j: int,
        kind: str,
        previous: ActorRef | None,
        said: ActorRef | None = None,
    ) -> _Found | None:
        toks = view.tokens
        rv = reporting_lexicon(view.lang)
        text = view.text
        # "حسبما قال مصدر": the content is what comes before the cue
        cue_start = _source_verb_cue(view, s, j)
        if cue_start is not None:
            src = source_phrase(view, j + 1, s.hi)
            content = _without_dateline(text[s.start : cue_start]).strip(_STRIP)
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
        adjacent = False
        # "دان الرئيس الغارة، داعيا الدول الراعية إلى": a participle's noun is its object,
        # what it says goes on after it however short ("نافيا استخدام الرصاص")
        noun_is_object = view.lang == "ar" and toks[j].norm in rv.participles
        no_subject = (
            nxt >= s.hi
            or not toks[nxt].is_word
            or rv.is_complement(toks[nxt].norm)
            or _opens_no_speaker(toks[nxt], rv)
            or noun_is_object
        )
        speaker: ActorRef | None
        after = toks[j].end
        confidence = 0.85
        if view.lang == "en":  # English speaks subject first ("The air force said")
            inverted = _english_inverted(view, s, j)
            if inverted is not None:  # '"...," said the spokesman'
                return inverted
            phrase = _english_subject(view, s, j)
            if phrase is None and toks[j].norm.lower() in rv.participles:
                # "al-Sudani condemned the attack, saying ...": the sentence's subject
                phrase = _sentence_subject(view, s, j) or _english_opening_name(view, s, j)
            if phrase is None and _english_subject_gap(view, s, j):
                # "Zulum condemned the attack and told reporters that ...": the subject
                # the verbs share; the one told (after the verb) never speaks
                phrase = _sentence_subject(view, s, j) or _english_opening_name(view, s, j)
            if phrase is None:
                return None
            return _english_statement(view, s, j, phrase, previous)
        src = None if no_subject else source_phrase(view, nxt, s.hi)
        if src is not None and src.mention is not None and _addressed(view, s, j, rv):
            # "وأدانت السفارة الأمريكية الهجمات، ودعت الحكومة العراقية إلى": a call joined
            # after a comma goes on with the sentence's subject; the name is whom it calls
            src, no_subject, noun_is_object = None, True, True
        if src is not None and src.mention is not None and _object_not_subject(view, j, src):
            # "ودعا الأمم المتحدة إلى الضغط على الجماعة": a masculine verb's feminine name is
            # its object; the subject is who spoke before
            src, no_subject, noun_is_object = None, True, True
        if (
            src is not None
            and src.mention is None
            and said is not None
            and args.after_comma(view, j)
        ):
            # "أكد المحافظ أن ...، ونفى وجود أي نزوح": a verb after a comma goes on with
            # the sentence's speaker, and the words after it that name no one are what it says
            return _content(view, s, j, toks[j].end, said, 0.75, named=True, least=2)
        if src is None:
            # a continuation ("وأضاف", "مشيرا") goes on with the last speaker, unless its
            # subject stands right before it ("والوزير أضاف"); another verb may share the
            # sentence's subject ("وسافر الوزير ...، وشدد على أن")
            before = (
                None
                if toks[j].norm in rv.participles or args.joined_after_comma(view, j)
                else _subject_before(view, s, j)
            )
            # "وكانت الحكومة أعلنت عن مساهمتها": the subject right before the verb
            adjacent = before is not None and not view.text[before.end : toks[j].start].strip()
            if before is None and toks[j].norm in rv.participles:
                # "أدان رئيس الوزراء الهجوم، مؤكدا أن": a participle's speaker is the subject
                # right after its sentence's opening verb, before any earlier speaker
                before = _opening_subject(view, s, j)
            if before is None and (kind != "continue" or previous is None):
                before = _sentence_subject(view, s, j)
            if before is not None:
                speaker = _speaker(before, view)
            elif kind == "continue" and previous is not None:
                speaker, confidence = previous, 0.75
            elif previous is not None and (no_subject or nxt >= s.hi):
                # a verb with no subject at all goes on with the last speaker ("وأكد أن")
                speaker, confidence = previous, 0.65
            else:
                speaker, confidence = None, 0.5
        else:
            speaker = _speaker(src, view)
            after = max(after, src.end)
            if normalize_key(src.text) in rv.documents or src.text.split()[0] in rv.documents:
                # the issuer named with the document ("بيان وزارة الداخلية", "البيان
                # الصادر عن الجيش"), not a name in what it says
                said_at = _said_at(view, s, view.token_index(src.end))
                named = [m for m in view.actor_mentions(src.end, said_at) if m.kind != "LOC"]
                if named:
                    speaker = (
                        args.actor_ref(named[-1])
                        if named[-1].actor
                        else ActorRef(text=named[-1].text)
                    )
        return _content(
            view,
            s,
            j,
            after,
            speaker,
            confidence,
            named=src is not None or adjacent or noun_is_object,
            least=2 if noun_is_object else 4,
        )


def _object_not_subject(view: DocView, j: int, src: Source) -> bool:
    """Whether the name of ``src`` right after the Arabic verb at token ``j`` cannot be
    its subject, their genders differing (:func:`marsad.events.agreement.disagrees`)."""
    m = src.mention
    if view.lang != "ar" or m is None or m.start != src.start:
        return False  # "قال أسامة حمدان القيادي في حماس": the name is not the phrase's head
    return disagrees(view.tokens[j].text, src.text, m.kind if m.text == src.text else None)


def _addressed(view: DocView, s: SentenceView, j: int, rv: ReportingLexicon) -> bool:
    """Whether the Arabic verb at token ``j`` is a form of ``addressing`` (a call or a
    demand: "ودعت", "وطالب") joined by "و" after a comma, and the sentence opened with a
    verb whose subject agrees with it in gender: that subject goes on calling, the name
    after the verb is whom it calls."""
    if strip_conjunction(view.tokens[j].norm) not in rv.addressing:
        return False
    m = args.continued_subject(view, s.lo, j, rv.openers)
    return m is not None and (m.kind in ("PER", "ORG") or m.actor is not None)


def _opens_no_speaker(tok: Token, rv: ReportingLexicon) -> bool:
    """True for a word after a reporting verb that opens an adjunct, not its subject: a
    preposition or a pronoun on one ("قال له", "أعلنت عن", "صرح أثناء زيارة"), or a word
    with the clitic بـ ("صرح بحقائق")."""
    norm = tok.norm
    return (
        norm in rv.prepositions
        or strip_conjunction(norm) in rv.prepositions
        or (rv.lang == "ar" and tok.prefixes.endswith("ب"))
    )


#: Words after a guarded verb within which its complementizer must stand.
_GUARD_WORDS = 7


def _reports_here(view: DocView, s: SentenceView, j: int, rv: ReportingLexicon) -> bool:
    """Whether the reporting lexicon's word at token ``j`` reports here: a guarded form
    ("بين", "يعتبر") only with a complementizer or colon within :data:`_GUARD_WORDS`
    words, a participle ("مشيرا", "لافتة") only with what was said opening right after it,
    a form of belonging ("تابع") not before the preposition ل, and a writer's aside ("يذكر
    أن") never."""
    toks = view.tokens
    norm = toks[j].norm
    bare = strip_conjunction(norm)
    # the words (and colons and quotation marks) after it, as many as any test below reads
    nxt = list(
        islice(
            (
                toks[i]
                for i in range(j + 1, s.hi)
                if toks[i].is_word or toks[i].norm == ":" or toks[i].text in OPENERS
            ),
            _GUARD_WORDS,
        )
    )
    if norm in rv.asides or bare in rv.asides:
        first = [t for t in nxt[:2] if t.norm not in rv.to]
        return not (first and rv.is_complement(first[0].norm))
    if norm in rv.belonging and nxt and nxt[0].prefixes.endswith("ل"):
        # "مركز توزيع تابع لمؤسسة غزة": belonging to, nothing said ("وتابع لوكالة الأنباء
        # أن" with the conjunction, or with a complementizer soon after, reports)
        return any(rv.is_complement(t.norm) or t.norm == ":" for t in nxt[:_GUARD_WORDS])
    if norm in rv.guarded or bare in rv.guarded:
        return any(rv.is_complement(t.norm) or t.norm == ":" for t in nxt[:_GUARD_WORDS])
    if norm in rv.quoting or bare in rv.quoting:
        if view.lang == "ar" and args.marked_passive(toks[j].text):
            return bool(nxt) and nxt[0].norm in rv.quoted_from  # "ونُقل عن مصدر"
        return any(
            t.norm in rv.quoted_from or rv.is_complement(t.norm) or t.norm == ":"
            for t in nxt[:_GUARD_WORDS]
        )
    if norm in rv.participles and view.lang == "ar":
        if j > s.lo and toks[j - 1].norm in ("،", ","):
            return True  # "...، نافيا استخدام الرصاص": a participle clause after a comma
        return any(
            rv.is_complement(t.norm) or not t.is_word or t.norm in rv.prepositions for t in nxt[:2]
        )
    return True


def _english_passive_report(view: DocView, s: SentenceView, j: int) -> bool:
    """Whether the English reporting word at token ``j`` is a passive participle ("No
    casualties were reported", "has been reported"): what it reports has no speaker."""
    k = j - 1
    while k >= s.lo and not view.tokens[k].is_word:
        k -= 1
    passives = reporting_lexicon(view.lang).passives
    return k >= s.lo and view.tokens[k].norm.lower() in passives


def _without_dateline(text: str) -> str:
    """``text`` without the dateline that opens it, if any."""
    text = text.lstrip()
    end = dateline_end(text, 0)
    return text if end is None else text[end:]


#: Words of a relative clause between commas that an English subject may stand before.
_EN_ASIDE_WORDS = 12
#: Words in an English subject phrase at most.
_EN_SUBJECT_WORDS = 7
#: Words after "said" that make a content clause without "that" ("said the troops had ...").
_EN_MIN_CONTENT = 4


#: Characters before an English speaker phrase within which a name it starts inside of
#: is looked for ("U.S." stops the reading back at its full stop).
_EN_REACH_BACK = 40


def _english_subject(view: DocView, s: SentenceView, j: int) -> Source | None:
    """The English noun phrase right before the reporting verb at token ``j`` ("The air
    force said", ", the regional governor Oleh Syniehubov said"), or before a relative
    clause between commas ("The officials, who spoke on condition of anonymity, said"),
    back to a comma, a quotation mark or a clause word, with the actor mention inside
    it; None when there is none."""
    toks = view.tokens
    rv_en = reporting_lexicon("en")
    boundaries = rv_en.boundaries
    k = j - 1
    # "The officials, who spoke on condition of anonymity, said": the subject stands
    # before the relative clause between commas
    if k > s.lo and toks[k].norm == ",":
        i = k - 1
        while i > s.lo and toks[i].norm != "," and j - i <= _EN_ASIDE_WORDS:
            i -= 1
        if toks[i].norm == "," and toks[i + 1].norm.lower() in rv_en.relatives:
            k = i - 1
    while k >= s.lo and toks[k].is_word and toks[k].norm.lower() in rv_en.auxiliaries:
        k -= 1  # "Nobody has claimed", "officials have said"
    last = k
    first = None
    while k >= s.lo and last - k < _EN_SUBJECT_WORDS:
        t = toks[k]
        if not t.is_word or t.norm.lower() in boundaries:
            break
        first = k
        k -= 1
    if first is None:
        return None
    start, end = toks[first].start, toks[last].end
    if view.text[start:end].lower() in rv_en.nobodies:
        return None
    for m in view.actor_mentions(max(s.start, start - _EN_REACH_BACK), end):
        if m.start < start < m.end and m.kind != "LOC":
            start = m.start  # "The U.S. military said": the name the reading stopped in
    articles = [i for i in range(first, last + 1) if toks[i].norm.lower() in rv_en.determiners]
    if len(articles) > 1 and not any(
        toks[i].norm.lower() in rv_en.links for i in range(articles[0] + 1, articles[-1])
    ):
        return None  # "..., an accusation the SDF denied": a noun and its relative clause
    inside = [m for m in view.actor_mentions(start, end) if m.kind != "LOC"]
    return Source(start, end, view.text[start:end], inside[-1] if inside else None, j)


def _english_opening_name(view: DocView, s: SentenceView, j: int) -> Source | None:
    """The capitalized words opening the sentence before token ``j`` ("Governor Babagana
    Zulum condemned ..."), at most :data:`_EN_SUBJECT_WORDS`, or None."""
    toks = view.tokens
    k = s.lo
    while k < j and toks[k].is_word and toks[k].text[:1].isupper() and k - s.lo < _EN_SUBJECT_WORDS:
        k += 1
    if k == s.lo or toks[s.lo].norm.lower() in reporting_lexicon("en").boundaries:
        return None
    start, end = toks[s.lo].start, toks[k - 1].end
    inside = [m for m in view.actor_mentions(start, end) if m.kind != "LOC"]
    return Source(start, end, view.text[start:end], inside[-1] if inside else None, k)


def _inside_quote(text: str, start: int, at: int) -> bool:
    """Whether offset ``at`` lies inside a quotation opened since ``start`` (a sentence's
    start) and not yet closed: after an odd number of straight quotes, or after a “ with
    no ” since."""
    before = text[start:at]
    if before.count('"') % 2:
        return True
    return before.rfind("“") > before.rfind("”")


def _english_subject_gap(view: DocView, s: SentenceView, j: int) -> bool:
    """Whether the word right before the English verb at token ``j`` is a conjunction
    that joins it to an earlier verb ("condemned the attack and told reporters")."""
    k = j - 1
    conjunctions = reporting_lexicon("en").conjunctions
    return k >= s.lo and view.tokens[k].is_word and view.tokens[k].norm.lower() in conjunctions


def _english_inverted(view: DocView, s: SentenceView, j: int) -> _Found | None:
    """An English quotation closed right before its reporting verb, the speaker after it:
    '"The attackers came on motorcycles," said police spokesman Daso Nahum.' The speaker
    runs to the next punctuation (at most :data:`_EN_SUBJECT_WORDS` words); None when no
    quotation closes before the verb or no words follow it."""
    text, toks = view.text, view.tokens
    before = text[s.start : toks[j].start].rstrip().rstrip(",").rstrip()
    if not before or before[-1] not in _CLOSERS:
        return None
    close = s.start + len(before) - 1
    opener = max(text.rfind(o, s.start, close) for o in OPENERS)
    if opener < s.start:
        return None
    content = text[opener + 1 : close].strip(_STRIP)
    k = j + 1
    while k < s.hi and toks[k].is_word and k - j <= _EN_SUBJECT_WORDS:
        k += 1
    if k == j + 1 or not content:
        return None
    start, end = toks[j + 1].start, toks[k - 1].end
    inside = [m for m in view.actor_mentions(start, end) if m.kind != "LOC"]
    speaker = _english_speaker(
        Source(start, end, text[start:end], inside[-1] if inside else None, k)
    )
    return _Found(speaker, content, "direct", s.start, s.end, 0.85)


def _english_speaker(src: Source) -> ActorRef:
    """An English speaker: the whole phrase as written ("Borno state police spokesman Daso
    Nahum", not only "police"), with what the actor mention inside it knows (country,
    sector, id)."""
    text = src.text
    m = src.mention
    if m is None or m.actor is None:
        return ActorRef(text=text)
    ref = args.actor_ref(m)
    return ActorRef(text=text, name=ref.name, country=ref.country, sector=ref.sector, id=ref.id)


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
        speaker, confidence = _english_speaker(phrase), 0.85
    found = _content(view, s, j, view.tokens[j].end, speaker, confidence)
    if found is not None:
        return found
    before = view.text[s.start : phrase.start].rstrip()
    closing = before[-1:] in (",", '"', "”")  # "..., the governor said" / '"...," he wrote'
    stop = _next_report(view, s, j + 1)
    rest = view.text[view.tokens[j].end : stop].strip(_STRIP)
    if not closing and (len(rest.split()) >= _EN_MIN_CONTENT or (rest and stop < s.end)):
        # "said the troops had repelled the attack": a content clause without "that"; a
        # shorter object when a participle goes on ("denied the allegation, saying ...")
        return _Found(speaker, rest, "indirect", s.start, s.end, confidence - 0.1, stop)
    if not closing:
        return None
    before = _without_dateline(before)
    quoted = before[:1] in OPENERS
    content = before.strip(_STRIP + "".join(OPENERS) + _CLOSERS)
    if not content or (speaker is None and not quoted):
        return None
    return _Found(
        speaker, content, "direct" if quoted else "indirect", s.start, s.end, confidence - 0.05
    )


#: How far into what was said a date set off by commas still tells when it was said.
ASIDE_CHARS = 40


def _said_date(
    view: DocView, s: SentenceView, j: int, found: _Found
) -> tuple[str | None, str | None, str]:
    """``(date, precision, source)`` of a statement whose verb is token ``j``: the date
    its sentence gives outside what was said, nearest the verb ("وقال الوزير أمس إن ...",
    "وفي حديثه في 2 كانون الأول، صرح"), but not one a subordinator between it and the verb
    sets apart ("في أعقاب الانتفاضة في عام 2011، خاصة بعد أن أعلنت روسيا");
    else one set off by commas at the opening of what was said ("أعلنت رئاسة أمن الدولة في
    السعودية، يوم الأحد، القبض على"); none there but further in what was said ("أعلنت
    روسيا أنها منحت الأسد ... عام 2011"): the
    report's date at ``week`` precision, for that date is what the statement is about;
    none in the sentence: as for events (the paragraph's, else the report's)."""
    at = view.text.find(found.content, found.start) if found.content else -1
    lo, hi = (at, at + len(found.content)) if at >= 0 else (-1, -1)
    dated = [m for m in view.mentions_in(s.start, s.end, _DATE) if m.value]
    verb = view.tokens[j].start
    outside = [
        m
        for m in dated
        if not lo <= m.start < hi
        and not (m.end <= verb and _subordinated(view, view.token_index(m.end), j))
    ]
    if outside:
        m = min(outside, key=lambda m: abs(m.start - verb))
        return str(m.value), m.precision, "clause"
    text = view.text
    aside = [  # "أعلنت رئاسة أمن الدولة في السعودية، يوم الأحد، القبض على": when it spoke
        m
        for m in dated
        if lo <= m.start < hi
        and m.start - lo <= ASIDE_CHARS
        and text[max(0, m.start - 3) : m.start].strip().endswith(("،", ","))
        and text[m.end : m.end + 3].strip().startswith(("،", ","))
    ]
    if aside:
        return str(aside[0].value), aside[0].precision, "clause"
    if dated and view.doc.published:
        return view.doc.published[:10], "week", "published"
    hit = TriggerHit("STATEMENT", None, 1.0, j, j, "v", view.tokens[j].norm)
    return args.event_date(view, s, hit, (s.lo, s.hi), use_lead=False, own_after=False)


def _subordinated(view: DocView, k: int, j: int) -> bool:
    """Whether a subordinator stands among tokens ``k`` to ``j`` (exclusive)."""
    subordinators = reporting_lexicon(view.lang).subordinators
    return any(view.tokens[i].norm.lower() in subordinators for i in range(k, j))


def _head(text: str) -> str:
    """The first word of a speaker text, normalized, without conjunction or article."""
    words = normalize_key(text).split()
    if not words:
        return ""
    w = words[0]
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _same_head(speaker: ActorRef, said: list[Statement]) -> ActorRef | None:
    """The speaker of the latest statement in ``said`` whose first word is the head of
    ``speaker`` ("المصدر" -> "مصدر في شرطة البصرة"; "المصادر" -> "مصادر أمنية"), or None."""
    head = _head(speaker.text)
    for st in reversed(said):
        if (
            st.speaker is not None
            and st.speaker.text != speaker.text
            and _head(st.speaker.text) == head
        ):
            return st.speaker
    return None


def _bare_definite(view: DocView, speaker: ActorRef | None) -> bool:
    """Whether an unresolved Arabic speaker is one definite noun ("الوزارة", "الحركة")."""
    if view.lang != "ar" or speaker is None or speaker.name or speaker.country:
        return False
    words = speaker.text.split()
    return len(words) == 1 and strip_conjunction(normalize_key(words[0])).startswith("ال")


def _named_before(
    view: DocView, speaker: ActorRef, s: SentenceView, before: int
) -> ActorRef | None:
    """The linked actor of the last mention of the paragraph of sentence ``s`` before
    offset ``before`` (the reporting verb) whose head noun is the speaker's ("وزارة الداخلية البحرينية" for
    "الوزارة"), or None; none when the sentence places itself in another country before
    the verb ("وفي الكويت، قالت الوزارة")."""
    para = view.paragraph_sentences(s)
    here = {m.place.country for m in view.mentions_in(s.start, before, _LOC) if m.place is not None}
    head = strip_article(strip_conjunction(normalize_key(speaker.text)))
    for m in reversed(view.mentions_in(para[0].start, before)):
        if m.actor is None or not (m.actor.name or m.actor.country):
            continue
        words = normalize_key(m.text).split()
        if len(words) > 1 and strip_article(words[0]) == head:
            if here and m.actor.country not in here:
                return None
            return args.actor_ref(m)
    return None


def _refers_back(speaker: ActorRef | None, rv: ReportingLexicon) -> bool:
    """True for an unresolved speaker that names an earlier one ("وأضاف المصدر")."""
    if speaker is None or speaker.name is not None or speaker.country is not None:
        return False
    key = normalize_key(speaker.text)
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


def _opening_subject(view: DocView, s: SentenceView, j: int) -> Source | None:
    """The person or organization named right after the verb that opens the sentence
    (after "من جهته،" and the like), before token ``j``: the subject a participle later
    in the sentence goes on with ("أدان رئيس الوزراء السوداني الهجوم، مؤكدا أن")."""
    openers = reporting_lexicon(view.lang).openers
    m = args.opening_subject(view, s.lo, view.tokens[j].start, openers)
    if m is None or not (m.kind in ("PER", "ORG") or m.actor):
        return None
    return Source(m.start, m.end, m.text, m, j)


def _speaker(src: Source, view: DocView | None = None) -> ActorRef:
    """The speaker of a source phrase: its actor mention, else its words. A name whose
    first letter the name finder read as a clitic ("وقال كوي", "فرومان") keeps it when
    the tokenizer saw none there (or "ك", "ف"): a subject after a reporting verb takes
    neither."""
    m = src.mention
    if m is None:
        words = src.text.split()
        links = source_cues(view.lang).role_links if view is not None else frozenset()
        if (
            len(words) > 2
            and words[0].startswith("ال")
            and not words[1].startswith(("ال", "لل"))
            and strip_conjunction(normalize_key(words[1])) not in links
        ):
            # "نفت الجماعة شن أي هجوم": an unnamed definite subject and what it denied
            # ("المتحدث باسم الوزارة" goes on through its link)
            return ActorRef(text=words[0])
        return ActorRef(text=src.text)
    if m.actor is not None:
        return args.actor_ref(m)
    text = m.text
    if view is not None and src.start < m.start:
        tok = view.tokens[view.token_index(m.start)]
        if tok.start < m.start < tok.end and tok.prefixes in ("", "ك", "ف"):
            text = view.text[tok.start : m.end]
    return ActorRef(text=text)


def _said_at(view: DocView, s: SentenceView, k: int) -> int:
    """Offset of the first complementizer, colon or quotation mark from token ``k`` on
    (where what was said opens), else the sentence end."""
    rv = reporting_lexicon(view.lang)
    for t in view.tokens[k : s.hi]:
        if rv.is_complement(t.norm) or t.norm == ":" or t.text in OPENERS:
            return t.start
    return s.end


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
    named: bool = False,
    least: int = 4,
) -> _Found | None:
    """What was said after the verb at token ``j`` (its speaker phrase ending at offset
    ``after``): a quotation, else the clause after a complementizer or colon up to the
    next reporting participle or continuation verb after a comma ("...، مشيرا إلى أن"),
    else a bare quotation in the previous sentence; with ``named`` (the speaker named
    right after or right before the verb) and none of these, the words after the speaker when there are
    at least ``least`` ("أكد الوزير على أهمية ..."; a participle's object may be shorter:
    "نافيا استخدام الرصاص"). None when nothing."""
    text = view.text
    rv = reporting_lexicon(view.lang)
    toks = view.tokens
    # the first complementizer or colon after the speaker, before a participle that opens
    # another statement ("ودعا الوزير الطرفين إلى العودة، محذرا من أن": not ودعا's)
    comp_tok = None
    k = view.token_index(after)
    stop = _next_report(view, s, k)  # where what the verb says ends at the latest
    limit = view.token_index(stop)
    while k < min(s.hi, limit):
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
    while pos < min(reach, stop):  # a quotation after the next report is that one's
        ch = text[pos]
        if ch not in OPENERS or (comp_at <= pos and pos > comp_end + 2):
            pos += 1
            continue
        close = _closing(text, pos + 1, OPENERS[ch], view, s)
        if pos < comp_at and text[max(0, pos - 3) : pos].replace("ـ", "").rstrip().endswith("ل"):
            pos = close + 1  # an outlet's name after the dative: skip the whole quotation
            continue
        # a participle inside a quotation whose closing mark is missing or late ends it
        # ("وأكد أن “مواقف إيران لم تتغير، موضحا أن ...")
        quote_stop = _next_report(view, s, view.token_index(pos + 1))
        if quote_stop < min(close, s.end):
            close = quote_stop
        content = text[pos + 1 : close].strip(_STRIP + "".join(OPENERS))
        if pos < comp_at and _quoted_name(view, pos + 1, close):
            pos = close + 1  # 'في تصريح لوكالة الأنباء السورية "سانا"': a name, not speech
            continue
        if content and (pos > comp_at or comp_tok is None or close >= comp_at):
            end = max(s.end, min(len(text), close + 1))
            return _Found(speaker, content, "direct", s.start, end, confidence, close)
        pos += 1
    if comp_tok is not None:
        content = text[comp_tok.end : stop].strip(_STRIP)
        if content:
            return _Found(speaker, content, "indirect", s.start, s.end, confidence - 0.05, stop)
    # English content often follows the verb with no "that": "He said he would travel to
    # Riyadh next week" (not the quotation of the sentence before), unless a quotation or
    # a clause closes before it ('"...," Grundberg told the Council')
    lead = text[s.start : toks[j].start]
    tail = lead.rsplit(",", 1)[1] if "," in lead else None
    closing = any(ch in lead for ch in _CLOSERS) or (
        tail is not None and len(tail.split()) <= _EN_SUBJECT_WORDS
    )  # "..., the regional governor said on Sunday"
    if view.lang == "en" and not closing:
        content = text[after:stop].strip(_STRIP)
        if len(content.split()) >= least:
            return _Found(speaker, content, "indirect", s.start, s.end, confidence - 0.1, stop)
    # a bare quotation in the previous sentence: "“...”. وأشار بيان ..."
    if s.index > 0:
        prev = view.sentences[s.index - 1]
        ptext = text[prev.start : prev.end].strip()
        if len(ptext) > 2 and ptext[0] in OPENERS and ptext.rstrip(". ")[-1] in _CLOSERS:
            content = ptext.strip(_STRIP + "".join(OPENERS) + _CLOSERS)
            if content:
                return _Found(speaker, content, "direct", prev.start, s.end, confidence - 0.1)
    if named and speaker is not None:
        content = text[after:stop].strip(_STRIP)
        if len(content.split()) >= least:
            return _Found(speaker, content, "indirect", s.start, s.end, confidence - 0.2, stop)
    return None


def _quoted_name(view: DocView, start: int, end: int) -> bool:
    """Whether the quotation between offsets ``start`` and ``end`` holds only the name of
    an actor ('لوكالة الأنباء السورية "سانا"', an outlet's or a group's name): no speech."""
    text = view.text[start:end]
    lead = len(text) - len(text.lstrip())
    return any(
        m.actor is not None and not view.text[m.end : end].strip()
        for m in view.mentions_at(start + lead)
    )


def _next_report(view: DocView, s: SentenceView, k: int) -> int:
    """Offset where indirect content starting at token ``k`` ends: before a reporting
    participle or continuation verb that follows a comma ("...، مشيرا إلى أن", "،
    وأضاف أن"), else the sentence end."""
    toks = view.tokens
    rv = reporting_lexicon(view.lang)
    for i in range(max(k, s.lo + 1), s.hi):
        t = toks[i]
        if not t.is_word:
            continue
        comma = toks[i - 1].norm in ("،", ",")
        if t.norm in rv.participles and _reports_here(view, s, i, rv):
            return toks[i - 1].start if comma else t.start
        if comma and rv.verb_kind(t.norm) == "continue":
            return toks[i - 1].start
    return s.end


def _closing(text: str, start: int, closer: str, view: DocView, s: SentenceView) -> int:
    """Offset of the quotation's closing mark: within the paragraph, else its end."""
    para = view.paragraph_sentences(s)
    limit = para[-1].end if para else s.end
    for pos in range(start, limit):
        if text[pos] == closer or (closer in '”"' and text[pos] in '”"“' and pos > start):
            return pos
    return limit


def _unsaid(view: DocView, s: SentenceView, j: int, rv: ReportingLexicon) -> bool:
    """Whether a negation right before reporting verb ``j`` (Arabic: the word before it;
    English: one of the two before it) says nothing was said ("ولم يعلن الجيش عن أي
    اعتقالات", "The army did not say whether", "declined to say"), or a noun that carries
    words right before it makes the verb describe it ("لافتات تطالب الحكومة")."""
    reach = 1 if view.lang == "ar" else 2
    for k in range(j - 1, max(s.lo, j - reach) - 1, -1):
        tok = view.tokens[k]
        if not tok.is_word:
            return False
        norm = strip_conjunction(tok.norm) if view.lang == "ar" else tok.norm.lower()
        if norm in rv.negations:
            return True
        if k == j - 1 and strip_article(norm) in rv.carriers:
            return True  # "لافتات تطالب الحكومة": the banners' words, no one speaks
    return False
