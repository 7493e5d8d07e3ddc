"""Find event trigger words and phrases in a token sequence.

Each token is looked up under its candidate forms (as written in matching spelling,
its clitic-stripped stem, the stem without the article, then every other plausible
clitic segmentation), so "وبالهجوم" finds "هجوم" and "وسيتظاهرون" finds "يتظاهرون".
Phrases ("أطلقوا النار", "وقف إطلاق النار") are matched first and consume their
tokens, longest first; blocker phrases ("الحشد الشعبي") consume tokens and
trigger nothing.

>>> from marsad.text.tokens import tokenize
>>> toks = tokenize("وأطلق مسلحون النار على المتظاهرين")
>>> [(h.type, h.mode) for h in find_triggers(toks, "ar")]
[('ASSAULT', 'firearms'), ('PROTEST', 'demo')]
>>> toks = tokenize("أطلقوا النار على المتظاهرين")
>>> [(h.type, h.mode) for h in find_triggers(toks, "ar")]
[('ASSAULT', 'firearms'), ('PROTEST', 'demo')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress, repeat
from operator import attrgetter, is_

from marsad.document import Token
from marsad.events.lexicon import Entry, strip_article, trigger_lexicon
from marsad.text.clitics import analyze, pronoun_suffixes, variants, word_frequencies

#: Below this corpus count a word's other segmentations are tried too.
_RARE = 30


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """A trigger found at tokens ``[first, last]`` (inclusive indices into the token list)."""

    type: str
    mode: str | None
    weight: float
    first: int
    last: int
    pos: str
    form: str
    prefixes: str = ""

    @property
    def is_verb(self) -> bool:
        """True for a verb trigger (or a phrase led by a verb or a participle)."""
        return self.pos in ("v", "p", "pv", "po")


@lru_cache(maxsize=100_000)
def candidate_forms(norm: str) -> tuple[tuple[str, str], ...]:
    """``(form, prefixes)`` pairs under which an Arabic word is looked up, most likely first.

    The word as written, then the clitic analyser's segmentation (with and without
    the article). Other segmentations are tried only for rare words (a frequent word
    is trusted as the analyser reads it: "وزارة" is not و + "زار"), and a split
    that leaves "ي" or "ك" as a suffix is never tried ("الاجتماعي" is not
    "اجتماع" + "ي"). A future particle is always tried ("ستنسحب").

    >>> candidate_forms("وبالهجوم")[:3]
    (('وبالهجوم', ''), ('الهجوم', 'وب'), ('هجوم', 'وبال'))
    >>> any(f == "زار" for f, _ in candidate_forms("وزاره"))
    False
    """
    out: list[tuple[str, str]] = [(norm, "")]
    if not ("\u0621" <= norm[:1] <= "\u064a"):
        return tuple(out)
    best = analyze(norm)
    out += [(best.stem, best.prefixes), (strip_article(best.stem), _with_article(best))]
    rare = word_frequencies().get(norm, 0) < _RARE
    for a in variants(norm):
        if a.suffix in ("ي", "ك"):
            continue
        future = "س" in a.prefixes and a.stem[:1] in "يتن"
        if "س" in a.prefixes and not future:
            continue
        if not (rare or future):
            continue
        out.append((a.stem, a.prefixes))
        out.append((strip_article(a.stem), _with_article(a)))
    for form, prefixes in list(out[1:3]):  # the analyser's stem, with and without ال
        bare = None if prefixes.endswith("ال") else _without_pronoun(form)
        if bare:  # a bare "ه" may be a ة as written: marked, checked against the text
            out.append((bare, prefixes + (_HA if form.endswith("ه") else "")))
    return tuple(dict.fromkeys(f for f in out if len(f[0]) >= 2))


#: Marks (in a candidate's prefixes) a form read without a final "ه" taken for the
#: pronoun "his": :func:`find_triggers` drops it when the text writes ة there ("دورية").
_HA = "~"
#: Attached possessive pronouns ("اعتقاله" his arrest, "زيارتها" her visit): the token
#: view's (``lang/ar/clitics.json``) less "ي" and "ك", which end too many words (see
#: :func:`candidate_forms`).
_PRONOUNS = tuple(p for p in pronoun_suffixes() if p not in ("ي", "ك"))


def _without_pronoun(form: str) -> str | None:
    """``form`` without an attached possessive pronoun, a feminine noun's ت restored to
    its ة (matching spelling ه): "اعتقاله" -> "اعتقال", "زيارته" -> "زياره"; None when
    nothing is left to try, or the word has the article (no noun takes both: "الدوريه"
    is the patrol, not الدوري + ه). Only tried after the analyser's readings.

    >>> _without_pronoun("اعتقاله"), _without_pronoun("زيارتها"), _without_pronoun("الدوريه")
    ('اعتقال', 'زياره', None)
    """
    if form.startswith("ال"):
        return None  # the article and a possessive never meet: "الدوريه" is the patrol
    for p in _PRONOUNS:
        if form.endswith(p) and len(form) - len(p) >= 3:
            stem = form[: -len(p)]
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    return None


def _with_article(a) -> str:  # noqa: ANN001 - clitics.Analysis
    """The prefixes of ``a`` plus "ال" when its stem carries the article."""
    return a.prefixes + "ال" if strip_article(a.stem) != a.stem else a.prefixes


def _nominal(prefixes: str) -> bool:
    """True when the clitics say the word is a noun: the article, or a preposition
    (ب ك, or ل not followed by an imperfect verb) glued to it."""
    return prefixes.endswith("ال") or "ب" in prefixes or "ك" in prefixes


@dataclass(frozen=True, slots=True)
class _WordEntry:
    """Everything the lexicon says about one written form (cached per form)."""

    single: tuple[Entry, ...]
    prefixes: str
    phrases: tuple[tuple[tuple[str, ...], Entry, str], ...]
    #: the single entries were found with a final "ه" read as "his" (see ``_HA``)
    via_ha: bool = False


@cache
def _lexicon_keys(lang: str) -> frozenset[str]:
    """The lexicon's single-word and phrase-initial forms, each also without its article
    (so a lookup of ``part`` answers for ``"ال" + part`` too)."""
    lex = trigger_lexicon(lang)
    keys = frozenset(lex.single) | frozenset(lex.phrases)
    return keys | {k[2:] for k in keys if k.startswith("ال")}


def _may_match(norm: str, keys: frozenset[str]) -> bool:
    """Cheap exact pre-check: could any clitic segmentation of ``norm`` be a lexicon
    key? (Every candidate is ``norm`` less up to 4 leading and 3 trailing letters,
    possibly with "ال" restored or stripped; ``keys`` is :func:`_lexicon_keys`.)"""
    n = len(norm)
    for i in range(0, min(5, n - 1)):
        for j in range(n, max(i + 1, n - 4), -1):
            if norm[i:j] in keys:
                return True
    bare = _without_pronoun(norm)  # "مساعدته": a ة turned ت before the pronoun
    return bare is not None and any(bare[i:] in keys for i in range(min(5, len(bare) - 1)))


#: Per language, :func:`_word_entry` of the forms seen so far (bounded: cleared when full).
_ENTRIES: dict[str, dict[str, _WordEntry | None]] = {"ar": {}, "en": {}}
_ENTRIES_MAX = 200_000
_UNSET = object()


def _word_entry(norm: str, lang: str) -> _WordEntry | None:
    lex = trigger_lexicon(lang)
    if lang == "ar" and not _may_match(norm, _lexicon_keys(lang)):
        return None
    forms = candidate_forms(norm) if lang == "ar" else ((norm, ""),)
    single: tuple[Entry, ...] = ()
    single_prefixes = ""
    via_ha = False
    phrases: list[tuple[tuple[str, ...], Entry, str]] = []
    for form, prefixes in forms:
        ha = _HA in prefixes
        prefixes = prefixes.replace(_HA, "")
        nominal = _nominal(prefixes)
        if not single:
            hit = [e for e in lex.single.get(form, ()) if not (nominal and e.pos == "v")]
            if hit:
                single, single_prefixes, via_ha = tuple(hit), prefixes, ha
        if not ha:
            for rest, entry in lex.phrases.get(form, ()):
                phrases.append((rest, entry, prefixes))
    if not single and not phrases:
        return None
    phrases.sort(key=lambda p: -len(p[0]))
    return _WordEntry(single, single_prefixes, tuple(phrases), via_ha)


def _word_matches(word: str, tok: Token) -> bool:
    if len(word) == 1 and not word.isascii():  # a one-letter preposition glued to the next
        # word: "اعترف بـ..." (an English "a" is a word of its own)
        n = tok.norm.lstrip("وف")
        return n.startswith(word) and len(n) > 2 and _glued(word, n)
    if tok.norm == word:
        return True
    return any(f == word for f, _ in candidate_forms(tok.norm)[1:])


@lru_cache(maxsize=50_000)
def _glued(letter: str, norm: str) -> bool:
    """Whether the leading ``letter`` of ``norm`` is a preposition, not the word's own
    first letter: the clitic analyser splits it off, or the rest is the commoner word
    ("بشن" = ب + "شن"; "بوابة" gate, "بيان" statement are words of their own).

    >>> _glued("ب", "بمحاكمه"), _glued("ب", "بوابه")
    (True, False)
    """
    if analyze(norm).prefixes.endswith(letter):
        return True
    freq = word_frequencies()
    return freq.get(norm[1:], 0) > freq.get(norm, 0)


#: Words a verb phrase may have between its verb and the rest (the subject, in VSO).
_SUBJECT_GAP = 3


def _after_subject(word: str, toks: Sequence[Token], j: int, end: int) -> int:
    """Index of the first of the next few word tokens that matches ``word`` (a subject
    may stand between a verb and its object: "أعلن الجيش وقف إطلاق النار"), else ``j``."""
    k, words = j, 0
    while k < end and words <= _SUBJECT_GAP:
        if not toks[k].is_word:
            if toks[k].norm.isdigit():
                words += 1  # a count before any phrase's next word: "سلمت مصر 8 مقاتلات"
            elif toks[k].norm not in "-ـ":
                return j
            k += 1
            continue
        if _word_matches(word, toks[k]):
            return k
        words += 1
        k += 1
    return j


def _match_phrase(
    entry: _WordEntry, toks: Sequence[Token], i: int, end: int
) -> tuple[Entry, int, str] | None:
    """The longest phrase starting at token ``i`` (ending before ``end``), if any."""
    for rest, phrase, prefixes in entry.phrases:
        j = i + 1
        ok = True
        for n, word in enumerate(rest):
            while j < end and not toks[j].is_word and toks[j].norm in "-ـ":
                j += 1
            if n == 0 and phrase.pos in ("pv", "po"):
                j = _after_subject(word, toks, j, end)
            if j >= end or not _word_matches(word, toks[j]):
                ok = False
                break
            j += 1
        if ok:
            return phrase, j - 1, prefixes
    return None


def find_triggers(
    tokens: Sequence[Token], lang: str, start: int = 0, end: int | None = None
) -> list[TriggerHit]:
    """Trigger hits among ``tokens[start:end]`` for ``lang`` (``ar``; anything else uses
    the English lexicon), in text order. Counter-cues (``!TYPE``) are returned too;
    blockers are not."""
    lang = "ar" if lang == "ar" else "en"
    end = len(tokens) if end is None else end
    entries = _ENTRIES[lang]
    span = tokens[start:end]
    # each token's lexicon entry: looked up for all at once, the unseen forms filled in
    found = list(map(entries.get, map(attrgetter("norm"), span), repeat(_UNSET)))
    unseen = list(compress(range(len(found)), map(is_, found, repeat(_UNSET))))
    if unseen:
        for k in unseen:
            tok = span[k]
            if not tok.is_word:
                found[k] = None
                continue
            if len(entries) >= _ENTRIES_MAX:
                entries.clear()
            found[k] = entries[tok.norm] = _word_entry(tok.norm, lang)
    hits: list[TriggerHit] = []
    free = start  # the first token not inside a phrase already found
    for k in compress(range(len(found)), found):
        i = start + k
        if i < free or not span[k].is_word:
            continue
        we = found[k]
        phrase = _match_phrase(we, tokens, i, end) if we.phrases else None
        if phrase is not None:
            entry, last, prefixes = phrase
            if entry.type != "-":
                hits.append(
                    TriggerHit(
                        entry.type,
                        entry.mode,
                        entry.weight,
                        i,
                        last,
                        entry.pos,
                        entry.form,
                        prefixes,
                    )
                )
            free = last + 1
            continue
        if we.via_ha and span[k].text.endswith("ة"):
            continue  # "دورية" is a patrol, not دوري + ه
        for e in we.single:
            hits.append(TriggerHit(e.type, e.mode, e.weight, i, i, e.pos, e.form, we.prefixes))
    return hits
