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
[('PROTEST', 'demo')]
>>> toks = tokenize("أطلقوا النار على المتظاهرين")
>>> [(h.type, h.mode) for h in find_triggers(toks, "ar")]
[('ASSAULT', 'firearms'), ('PROTEST', 'demo')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from marsad.document import Token
from marsad.events.lexicon import Entry, Lexicon, strip_article, trigger_lexicon
from marsad.text.clitics import analyze, variants, word_frequencies

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
        """True for a verb trigger (or a phrase led by a verb)."""
        return self.pos in ("v", "p")


@lru_cache(maxsize=100_000)
def candidate_forms(norm: str) -> tuple[tuple[str, str], ...]:
    """``(form, prefixes)`` pairs under which an Arabic word is looked up, most likely first.

    The word as written, then the clitic analyser's segmentation (with and without
    the article). Other segmentations are tried only for rare words (a frequent word
    is trusted as the analyser reads it: "وزارة" is not و + "زار"), and a split
    that leaves "ي" or "ك" as a suffix is never tried ("الاجتماعي" is not
    "اجتماع" + "ي"). A future particle is always tried ("ستنسحب").

    >>> candidate_forms("وبالهجوم")[:3]
    (('وبالهجوم', ''), ('الهجوم', 'وب'), ('هجوم', 'وب'))
    >>> any(f == "زار" for f, _ in candidate_forms("وزاره"))
    False
    """
    out: list[tuple[str, str]] = [(norm, "")]
    if not ("\u0621" <= norm[:1] <= "\u064a"):
        return tuple(out)
    best = analyze(norm)
    out += [(best.stem, best.prefixes), (strip_article(best.stem), best.prefixes)]
    rare = word_frequencies().get(norm, 0) < _RARE
    for a in variants(norm):
        if a.suffix in ("ي", "ك"):
            continue
        future = "س" in a.prefixes and a.stem[:1] in "يتن"
        if "س" in a.prefixes and not future:
            continue
        if not (rare or future):
            continue
        for stem in (a.stem, strip_article(a.stem)):
            if len(stem) >= 2:
                out.append((stem, a.prefixes))
    return tuple(dict.fromkeys(f for f in out if len(f[0]) >= 2))


def _lookup(lex: Lexicon, norm: str) -> tuple[list[Entry] | None, str]:
    for form, prefixes in candidate_forms(norm):
        hit = lex.single.get(form)
        if hit:
            return hit, prefixes
    return None, ""


def _word_matches(word: str, tok: Token) -> bool:
    if len(word) == 1:  # a one-letter preposition glued to the next word: "اعترف بـ..."
        n = tok.norm.lstrip("وف")
        return n.startswith(word) and len(n) > 2
    if tok.norm == word:
        return True
    return any(f == word for f, _ in candidate_forms(tok.norm)[1:])


def _match_phrase(
    lex: Lexicon, toks: Sequence[Token], i: int, end: int
) -> tuple[Entry, int, str] | None:
    """The longest phrase starting at token ``i`` (ending before ``end``), if any."""
    for form, prefixes in candidate_forms(toks[i].norm):
        options = lex.phrases.get(form)
        if not options:
            continue
        for rest, entry in options:
            j = i + 1
            ok = True
            for word in rest:
                while j < end and not toks[j].is_word and toks[j].norm in "-ـ":
                    j += 1
                if j >= end or not _word_matches(word, toks[j]):
                    ok = False
                    break
                j += 1
            if ok:
                return entry, j - 1, prefixes
    return None


def find_triggers(
    tokens: Sequence[Token], lang: str, start: int = 0, end: int | None = None
) -> list[TriggerHit]:
    """Trigger hits among ``tokens[start:end]`` for ``lang`` (``ar``; anything else uses
    the English lexicon), in text order. Counter-cues (``!TYPE``) are returned too;
    blockers are not."""
    lex = trigger_lexicon("ar" if lang == "ar" else "en")
    end = len(tokens) if end is None else end
    hits: list[TriggerHit] = []
    i = start
    while i < end:
        tok = tokens[i]
        if not tok.is_word:
            i += 1
            continue
        phrase = _match_phrase(lex, tokens, i, end)
        if phrase is not None:
            entry, last, prefixes = phrase
            if entry.type != "-":
                hits.append(
                    TriggerHit(
                        entry.type, entry.mode, entry.weight, i, last, "p", entry.form, prefixes
                    )
                )
            i = last + 1
            continue
        entries, prefixes = _lookup(lex, tok.norm)
        if entries:
            for e in entries:
                hits.append(TriggerHit(e.type, e.mode, e.weight, i, i, e.pos, e.form, prefixes))
        i += 1
    return hits
