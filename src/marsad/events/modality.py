"""Modality of an event mention: asserted, negated, hypothetical, future or historical.

Cues are data (``lang/{ar,en}/event_modality.tsv``) and are looked for inside the
trigger's clause (:func:`clause_bounds`): a negation particle just before the
trigger ("لم تهاجم"), a negating verb that embeds it ("نفى الجيش قصف ..."), the
future particle on the verb ("ستنسحب") or a planning verb ("تعتزم"), a modal or
condition ("قد يهاجم", "في حال ..."), a question ("هل ...؟"). Historical modality
comes from the event's date (see :func:`marsad.events.arguments.is_historical`).
When several cues apply the strongest wins: negated > hypothetical > future >
historical.

>>> from marsad.text.tokens import tokenize
>>> toks = tokenize("لم تهاجم القوات البلدة")
>>> trigger_modality(toks, 1, 0, len(toks), "ar")
('negated', 'لم')
>>> toks = tokenize("وأعلنت الحكومة أنها ستنسحب من المدينة")
>>> trigger_modality(toks, 4, 0, len(toks), "ar", prefixes="س")
('future', 'س')
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from marsad.clean.normalize import normalize_key
from marsad.document import Token
from marsad.events.lexicon import strip_conjunction
from marsad.events.reporting import reporting_lexicon
from marsad.lang import data_path, read_lines

#: Strength order: a stronger cue overrides a weaker one.
_RANK = {"negated": 4, "hypothetical": 3, "future": 2, "historical": 1}
_CODE = {"negated": "n", "hypothetical": "h", "future": "f", "historical": "p"}
#: Tokens that close a clause (normalized spelling); the words that do are data
#: (``lang/{ar,en}/event_clause_openers.txt``, :func:`_clause_words`).
_CLAUSE_PUNCT = frozenset(",;:()[]{}.!?")


@cache
def _clause_words() -> frozenset[str]:
    """The clause-opening words of both languages, normalized (a text's words are
    compared whatever its language, as the tokens carry no language)."""
    return frozenset(
        normalize_key(w)
        for lang in ("ar", "en")
        for w in read_lines(lang, "event_clause_openers.txt")
    )


_BEFORE_WINDOW = 3
_PERFECT_ENDINGS = ("ت", "وا", "تا")
_PERFECT_T = frozenset({"تم", "تمت"})


def looks_imperfect(norm: str) -> bool:
    """Whether a normalized verb form after "قد" reads as imperfect ("قد يهاجم" may
    attack) rather than perfect ("قد هاجم", "قد أطلقوا", "قد تعرضت", "قد تم": has done).
    A ي prefix is imperfect; a ت prefix is, unless the word is "تم" or ends in a perfect
    suffix (Form V/VI perfects start with ت); أ and ن starts are read as perfects (Form IV
    "أعلن", "نفذ"), since "I/we may" is rare in reports.

    >>> [looks_imperfect(w) for w in ("يهاجم", "تهاجم", "اطلقوا", "تعرضت", "تم", "نفذ")]
    [True, True, False, False, False, False]
    """
    if norm.startswith("ي"):
        return True
    if norm.startswith("ت"):
        return norm not in _PERFECT_T and not norm.endswith(_PERFECT_ENDINGS)
    return False


@dataclass(frozen=True, slots=True)
class Cue:
    """One modality cue: its words (normalized), modality and where it applies."""

    modality: str
    where: str
    words: tuple[str, ...]


@cache
def cue_table(lang: str) -> dict[str, list[Cue]]:
    """Cues of ``lang`` keyed by their first word (longest cues first)."""
    lang = "ar" if lang == "ar" else "en"
    table: dict[str, list[Cue]] = defaultdict(list)
    for line in data_path(lang, "event_modality.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        modality, where, forms = line.split("\t")
        for raw in forms.replace("|", ",").split(","):
            words = tuple(normalize_key(raw).split())
            if words:
                table[words[0]].append(Cue(modality, where, words))
    for cues in table.values():
        cues.sort(key=lambda c: -len(c.words))
    return dict(table)


@cache
def _block_ends(lang: str) -> dict[str, list[Cue]]:
    """The ``block`` phrases of several words of ``lang``, keyed by their last word ("وهو
    ما": its cue word "ما" is no cue there)."""
    ends: dict[str, list[Cue]] = defaultdict(list)
    for cues in cue_table(lang).values():
        for cue in cues:
            if cue.where == "block" and len(cue.words) > 1:
                ends[cue.words[-1]].append(cue)
    return dict(ends)


def _month_may(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` is the month "May" (capitalized, a day number before or after
    it: "May 14", "14 May"), not the modal."""
    if tokens[j].text != "May":
        return False
    near = [tokens[k].text for k in (j - 1, j + 1) if 0 <= k < len(tokens)]
    return any(t.isdigit() and len(t) <= 2 for t in near)


def _cue_at(tokens: Sequence[Token], j: int, hi: int, lang: str) -> list[Cue]:
    """Cues of ``lang`` whose words start at token ``j`` (first word as written or without
    و/ف); none when a ``block`` phrase starts there (it may run past ``hi``) or ends there."""
    norm = tokens[j].norm
    if _month_may(tokens, j):
        return []  # "TRIPOLI, May 14 -": the month, no modal
    bare = strip_conjunction(norm)
    keys = [norm] if bare == norm else [norm, bare]
    if _closes_block(tokens, j, lang):
        return []  # "وهو ما انتقدته الوزارة": the relative "ما", no negation
    table = cue_table(lang)
    found: list[Cue] = []
    for key in keys:
        for cue in table.get(key, ()):
            n = len(cue.words)
            end = len(tokens) if cue.where == "block" else hi
            if j + n <= end and all(tokens[j + k].norm == cue.words[k] for k in range(1, n)):
                if cue.where == "block":
                    return []  # "ما أسفر عن مقتل": no cue starts here
                found.append(cue)
    return found


def _closes_block(tokens: Sequence[Token], j: int, lang: str) -> bool:
    """Whether token ``j`` ends a ``block`` phrase of ``lang`` that starts before it ("وهو
    ما", "بعد ما": the cue word at its end is no cue there)."""
    for cue in _block_ends(lang).get(tokens[j].norm, ()):
        n = len(cue.words)
        if j - n + 1 >= 0 and all(tokens[j - n + 1 + k].norm == cue.words[k] for k in range(n - 1)):
            return True
    return False


def clause_bounds(tokens: Sequence[Token], i: int, lo: int, hi: int) -> tuple[int, int]:
    """Token range ``[a, b)`` of the clause around token ``i`` inside ``[lo, hi)``.

    A clause ends at , ; : ( ) and at clause-opening words ("فيما", "بينما", "while"),
    except that a short aside outside token ``i`` is stepped over: in brackets ("نفذ
    الائتلاف اليوم (الجمعة) غارات": the verb and its noun are one clause), one word
    between commas ("أن تصدر المنظمة، اليوم، نداء") or a time of up to three words
    between commas that no preposition or conjunction follows ("شنت طائرات، أمس الأربعاء،
    غارات"; :func:`_aside`).
    """
    words = _clause_words()
    a = i
    while a > lo:
        k = _aside(tokens, a - 1, -1, lo, hi)
        if k is not None:
            a = k
            continue
        t = tokens[a - 1]
        if (not t.is_word and t.norm in _CLAUSE_PUNCT) or t.norm in words:
            break
        a -= 1
    b = i + 1
    while b < hi:
        k = _aside(tokens, b, 1, lo, hi)
        if k is not None:
            b = k + 1
            continue
        t = tokens[b]
        if (not t.is_word and t.norm in _CLAUSE_PUNCT) or t.norm in words:
            break
        b += 1
    return a, b


#: Asides stepped over: delimiter -> (the one that ends it, read outward, and the most
#: words it may hold); ``step`` -1 reads backward from the closing one.
_ASIDES = {1: {"(": (")", 3), ",": (",", 1)}, -1: {")": ("(", 3), ",": (",", 1)}}


def _aside(tokens: Sequence[Token], at: int, step: int, lo: int, hi: int) -> int | None:
    """Index of the delimiter that ends a short aside opened (``step`` 1) or closed
    (``step`` -1) by token ``at``: one to three words in brackets, one word between
    commas, or up to :data:`_TIME_ASIDE` words of a time between commas ("، أمس
    الأربعاء، غارات") unless a preposition or a conjunction follows it
    (:func:`_opens_phrase`), nothing
    else between; None when ``at`` opens no such aside."""
    pair = _ASIDES[step].get(tokens[at].norm)
    if pair is None:
        return None
    end, most = pair
    times = _time_words() if end == "," else frozenset()
    k, words, timed = at + step, 0, True
    while lo <= k < hi and words <= max(most, _TIME_ASIDE if timed else 0):
        if tokens[k].norm == end:
            if words > most and (not timed or _opens_phrase(tokens, max(k, at) + 1, hi)):
                return None  # "..., ليلة السبت، في وقت شن": the time ends the clause
            return k if words else None
        if not tokens[k].is_word:
            return None
        words += 1
        timed = timed and strip_conjunction(tokens[k].norm.lower()) in times
        k += step
    return None


#: The most words of a time told between commas that :func:`_aside` steps over.
_TIME_ASIDE = 3


def _opens_phrase(tokens: Sequence[Token], j: int, hi: int) -> bool:
    """Whether token ``j`` (after a time aside, before token ``hi`` that ends the sentence)
    opens a phrase of its own: a preposition of ``event_aside_stops.txt`` or a word with
    the conjunction "و"; what follows the time is then no object of the verb before it."""
    if j >= min(hi, len(tokens)):
        return True
    tok = tokens[j]
    # "قرب نابلس، مساء أمس، واعتقل الجيش": a conjunction opens the next clause
    return tok.prefixes.startswith("و") or strip_conjunction(tok.norm.lower()) in _aside_stops()


@cache
def _aside_stops() -> frozenset[str]:
    """The words of ``event_aside_stops.txt`` of both languages (:func:`_words_of`)."""
    return _words_of("event_aside_stops.txt")


@cache
def _time_words() -> frozenset[str]:
    """The words of a time aside of both languages (``event_time_asides.txt``)."""
    return _words_of("event_time_asides.txt")


def _words_of(name: str) -> frozenset[str]:
    """The words of data file ``name`` of both languages, normalized and lower-cased (a
    text's tokens carry no language, as for the clause openers)."""
    return frozenset(
        normalize_key(w).lower() for lang in ("ar", "en") for w in read_lines(lang, name)
    )


@cache
def _any_cues(lang: str) -> frozenset[str]:
    """The hypothetical cues right before a trigger ("أي", "لأي": the table's ``near``
    ones), as :func:`trigger_modality` names them: a negation earlier in the clause turns
    "any" into "none"."""
    return frozenset(
        " ".join(c.words)
        for cues in cue_table(lang).values()
        for c in cues
        if c.modality == "hypothetical" and c.where == "near"
    )


def cue_before(
    tokens: Sequence[Token], i: int, lang: str, prefixes: str = ""
) -> tuple[str, str] | None:
    """``(code, modality)`` of a particle cue just before token ``i`` (codes: n negated,
    h hypothetical, f future), or None. Used as a classifier feature."""
    if "س" in prefixes and lang == "ar":
        return _CODE["future"], "future"
    words = 0
    j = i - 1
    while j >= 0 and words < _BEFORE_WINDOW:
        t = tokens[j]
        if not t.is_word:
            if t.norm in _CLAUSE_PUNCT:
                break
            j -= 1
            continue
        words += 1
        for cue in _cue_at(tokens, j, i, lang):
            if _applies(cue, tokens, j, i, words):
                return _CODE[cue.modality], cue.modality
        j -= 1
    return None


def _applies(cue: Cue, tokens: Sequence[Token], j: int, i: int, distance: int) -> bool:
    """Whether ``cue`` found at token ``j`` (``distance`` words before ``i``) applies."""
    if cue.where == "before":
        return distance <= _BEFORE_WINDOW
    if cue.where == "near":
        return distance == 1
    if cue.where == "modal":
        nxt = j + 1
        return nxt < len(tokens) and looks_imperfect(tokens[nxt].norm)
    return cue.where in ("governor", "clause")


def trigger_modality(
    tokens: Sequence[Token],
    i: int,
    lo: int,
    hi: int,
    lang: str,
    prefixes: str = "",
    sentence_text: str = "",
) -> tuple[str, str | None]:
    """Modality of the trigger at token ``i`` of the sentence ``tokens[lo:hi]``, with the
    cue that decided it (``("asserted", None)`` when nothing applies).

    ``prefixes`` are the clitics on the trigger word ("س" marks the future);
    ``sentence_text`` lets a final "?"/"؟" mark a question (hypothetical).
    """
    a, b = clause_bounds(tokens, i, lo, hi)
    best: tuple[str, str | None] = ("asserted", None)

    def consider(modality: str, cue: str | None) -> None:
        nonlocal best
        if _RANK[modality] > _RANK.get(best[0], 0):
            best = (modality, cue)

    if lang == "ar" and "س" in prefixes:
        consider("future", "س")
    words = 0
    negation_at = -1
    for j in range(i - 1, a - 1, -1):
        if not tokens[j].is_word:
            continue
        words += 1
        for cue in _cue_at(tokens, j, i, lang):
            if cue.where in ("governor", "clause") or _applies(cue, tokens, j, i, words):
                consider(cue.modality, " ".join(cue.words))
            elif cue.modality == "negated" and cue.where == "before" and negation_at < 0:
                negation_at = j
    if best[0] == "hypothetical" and best[1] in _any_cues(lang) and negation_at >= 0:
        # "لم تشن القوات أي غارات": "any" under a negation is "none", a negated event;
        # not under a negated report ("ولم يعلن الجيش عن أي اعتقالات": none told)
        told = reporting_lexicon(lang)
        if not any(told.verb_kind(t.norm) for t in tokens[negation_at + 1 : i] if t.is_word):
            consider("negated", best[1])
    for j in range(i + 1, b):
        if tokens[j].is_word:
            for cue in _cue_at(tokens, j, b, lang):
                if cue.where == "clause":
                    consider(cue.modality, " ".join(cue.words))
    first = next((t for t in tokens[lo:hi] if t.is_word), None)
    if first is not None:
        for cue in _cue_at(tokens, tokens.index(first, lo, hi), hi, lang):
            if cue.where == "start":
                consider(cue.modality, " ".join(cue.words))
    if sentence_text.rstrip().rstrip('»”")').endswith(("?", "؟")):
        consider("hypothetical", "?")
    return best
