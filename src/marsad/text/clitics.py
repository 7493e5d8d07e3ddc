"""Arabic clitic analysis: which prefixes and attached pronouns a word form carries.

Arabic glues conjunctions (و ف), prepositions (ب ل ك), the future particle (س) and
the article (ال) to the front of a word and pronouns (ها هم نا ...) to its end. A
dictionary lookup for "وبالعراق" must find "العراق", yet "وزير" (minister) is not
و + "زير". The analyser decides with corpus evidence: a split is taken when the
remaining stem is a markedly more frequent word form than the whole (counts from
``resources/lexicon/ar_wordfreq.tsv.gz``, built by ``train/build_lexicon.py``).
Clitic inventories are data (``lang/ar/clitics.json``).

Words are given and returned in the normalized spelling of
:func:`marsad.clean.normalize.normalize_key`.

>>> a = analyze("وبالعراق")
>>> (a.prefixes, a.stem, a.suffix)
('وب', 'العراق', '')
>>> analyze("وزير").stem
'وزير'
>>> analyze("للعراق").stem
'العراق'
>>> analyze("قواتها").suffix
'ها'
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache, lru_cache

from marsad.lang import data_path
from marsad.resources import resource_path

#: Suffixes split greedily; the ambiguous single letters (ه ي ك) only appear in variants.
_GREEDY_SUFFIX_MIN = 2
#: How much more frequent a stem must be than the whole form for a split to be taken.
_SPLIT_RATIO = 0.1


@dataclass(frozen=True, slots=True)
class Analysis:
    """One segmentation of a word: ``prefixes + stem + suffix`` (article kept in stem)."""

    prefixes: str
    stem: str
    suffix: str


@cache
def _rules() -> dict:
    return json.loads(data_path("ar", "clitics.json").read_text(encoding="utf-8"))


def pronoun_suffixes() -> tuple[str, ...]:
    """The attached pronouns of ``lang/ar/clitics.json``, longest first as listed there.

    >>> pronoun_suffixes()[:3]
    ('هما', 'كما', 'هم')
    """
    return tuple(_rules()["pronoun_suffixes"])


@cache
def word_frequencies() -> dict[str, int]:
    """Corpus counts of normalized Arabic word forms (empty if the lexicon is missing)."""
    freq: dict[str, int] = {}
    with gzip.open(resource_path("lexicon", "ar_wordfreq.tsv.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            word, _, count = line.rstrip("\n").partition("\t")
            freq[word] = int(count)
    return freq


@cache
def _proclitic_sequences() -> tuple[tuple[str, str], ...]:
    """All (written prefix, restored stem head) pairs, longest first.

    "لل" is ل + ال with the article's alef elided, so stripping it restores "ال".
    """
    r = _rules()
    seqs: set[tuple[str, str]] = set()
    for conj in ["", *r["conjunctions"]]:
        for prep in ["", *r["prepositions"], *r["future"]]:
            if conj or prep:
                seqs.add((conj + prep, ""))
        for prep in ("ل",):
            seqs.add((conj + prep + "ل", "ال"))
    return tuple(sorted(seqs, key=lambda s: -len(s[0])))


@cache
def _sequences_by_initial() -> dict[str, tuple[tuple[str, str], ...]]:
    """The proclitic sequences grouped by their first letter (most words start with none)."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for seq in _proclitic_sequences():
        groups.setdefault(seq[0][0], []).append(seq)
    return {k: tuple(v) for k, v in groups.items()}


def _candidates(word: str) -> list[Analysis]:
    out = [Analysis("", word, "")]
    seqs = _sequences_by_initial().get(word[:1])
    if not seqs:
        return out
    min_stem = _rules()["min_stem"]
    for written, head in seqs:
        if word.startswith(written) and len(word) - len(written) >= min_stem:
            rest = head + word[len(written) :]
            if written.endswith("س") and rest[:1] not in ("ي", "ت", "ن", "ا"):
                continue  # the future particle only precedes an imperfect verb
            prefix = written if not head else written[:-1]
            out.append(Analysis(prefix, rest, ""))
    return out


@lru_cache(maxsize=200_000)
def analyze(word: str) -> Analysis:
    """The most likely segmentation of a normalized Arabic ``word``."""
    freq = word_frequencies()
    best = Analysis("", word, "")
    best_score = _SPLIT_RATIO * freq.get(word, 0)
    best_floor = best_score
    fallback: Analysis | None = None
    for cand in _candidates(word)[1:]:
        if "س" in cand.prefixes or len(cand.stem) < 3:
            continue  # verbs and two-letter stems: never taken greedily
        if len(cand.prefixes) > 1 and freq.get(word[1:], 0) < best_floor:
            continue  # و+ل+ايه: the inner form "لايه" must itself be a common word
        score = freq.get(cand.stem, 0)
        if score > best_score:
            best, best_score = cand, score
        elif (
            fallback is None
            and cand.stem.startswith("ال")
            and len(cand.stem) >= 4
            and freq.get(word, 0) == 0
        ):
            fallback = cand
    if best_score == 0 and fallback is not None:
        best = fallback
    return _split_suffix(best, freq)


def _split_suffix(a: Analysis, freq: dict[str, int]) -> Analysis:
    stem = a.stem
    for suf in _rules()["pronoun_suffixes"]:
        if len(suf) < _GREEDY_SUFFIX_MIN or not stem.endswith(suf):
            continue
        rest = stem[: -len(suf)]
        if len(rest) >= 3 and freq.get(rest, 0) > 3 * max(freq.get(stem, 0), 1):
            return Analysis(a.prefixes, rest, suf)
    return a


def variants(word: str) -> list[Analysis]:
    """Every plausible segmentation of ``word`` (whole form first), for dictionary lookup.

    A matcher tries these in order and keeps the first whose stem is in its
    dictionary, so "وليد" finds the name before و + "ليد".
    """
    out: list[Analysis] = []
    seen: set[str] = set()
    for cand in _candidates(word):
        for a in (cand, *_suffix_variants(cand)):
            key = f"{a.prefixes}|{a.stem}|{a.suffix}"
            if key not in seen:
                seen.add(key)
                out.append(a)
    return out


def _suffix_variants(a: Analysis) -> list[Analysis]:
    return [
        Analysis(a.prefixes, a.stem[: -len(s)], s)
        for s in _rules()["pronoun_suffixes"]
        if a.stem.endswith(s) and len(a.stem) - len(s) >= 3
    ]
