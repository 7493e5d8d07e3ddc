"""Token features for the Arabic NER model: one code path for training and inference.

``train/ner/train_ner.py`` and :mod:`marsad.mentions.ner` both turn a sentence's
tokens into CRF feature lists with :meth:`FeatureExtractor.sequence`, so what the
model saw in training is exactly what it sees at run time.

Features of a token (its text normalized with ``normalize_key``):

* the word, its clitic-split stem and bare stem (article removed), the proclitics;
* prefixes and suffixes of the bare stem, word shape, length and frequency band;
* distributional clusters of the word at three granularities (``clusters.tsv.gz``,
  built from unlabelled news by ``train/ner/build_clusters.py``);
* membership in cue lists (titles, given names, organization and place head nouns,
  ``lang/ar/ner_*.tsv``) and in a place gazetteer (multi-word, ``places.tsv``);
* the same compact set for the two tokens either side, and word bigrams.

>>> fx = FeatureExtractor.load()
>>> fx.split_prefix("وبالعراق")
('وب', 'العراق')
>>> feats = fx.sequence(["قال", "الرئيس", "محمد"])
>>> "w=محمد" in feats[2] and "-1:pc=title" in feats[2]
True
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.clean.normalize import normalize_key

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
#: Tokens as in ANERcorp: numbers (with inner separators), letter runs (with marks), or
#: any other single non-space character.
TOKEN_RE = re.compile(rf"\d+(?:[.,]\d+)*|(?:[^\W\d_]|[{_MARKS}])+|\S")

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "ner"
LEXICONS = Path(__file__).resolve().parent.parent / "lang" / "ar"

#: Proclitic sequences tried longest first: conjunction, then preposition.
_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
#: First letters of ``_PROCLITICS``: a word starting otherwise carries none.
_PROCLITIC_INITIALS = frozenset(p[0] for p in _PROCLITICS)
_ARABIC = re.compile("[\u0621-\u064a]")
_LATIN = re.compile("[a-z]")
_DIGIT = re.compile(r"\d")
_CACHE_MAX = 300_000


def _read_lines(path: Path) -> list[str]:
    """Non-comment, non-empty lines of a UTF-8 text file (``.gz`` read transparently)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [ln.rstrip("\n") for ln in f if ln.strip() and not ln.startswith("#")]


def _len_band(n: int) -> str:
    if 1 <= n <= 3:
        return str(n)
    return "5" if n <= 5 else "8" if n <= 8 else "9"


def _rank_band(rank: int | None) -> str:
    if rank is None:
        return "oov"
    return "100" if rank < 100 else "1k" if rank < 1000 else "10k" if rank < 10000 else "60k"


@dataclass
class FeatureExtractor:
    """Word-level knowledge plus a per-word feature cache.

    ``clusters`` maps a normalized word to its cluster ids (coarse to fine), ``rank``
    to its frequency rank in the news corpus; ``entity_words`` are normalized words
    known to be (part of) names, used with ``rank`` to decide clitic splits.
    """

    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    rank: dict[str, int] = field(default_factory=dict)
    person_cues: dict[str, str] = field(default_factory=dict)
    first_names: frozenset[str] = frozenset()
    org_cues: frozenset[str] = frozenset()
    loc_cues: frozenset[str] = frozenset()
    places: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    entity_words: frozenset[str] = frozenset()
    _cache: dict[str, tuple[list[str], ...]] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(
        cls,
        resources: Path = RESOURCES,
        lexicons: Path = LEXICONS,
        entity_words: Iterable[str] | None = None,
    ) -> FeatureExtractor:
        """Read the shipped tables; ``entity_words`` overrides ``entity_words.txt``."""
        clusters: dict[str, tuple[str, ...]] = {}
        rank: dict[str, int] = {}
        cpath = resources / "clusters.tsv.gz"
        if cpath.exists():
            for i, line in enumerate(_read_lines(cpath)):
                word, *ids = line.split("\t")
                clusters[word] = tuple(ids)
                rank[word] = i
        person: dict[str, str] = {}
        for line in _read_lines(lexicons / "ner_person_cues.tsv"):
            word, kind = line.split("\t")
            person[normalize_key(word)] = kind
        first = frozenset(normalize_key(w) for w in _read_lines(lexicons / "ner_first_names.tsv"))
        org = frozenset(normalize_key(w) for w in _read_lines(lexicons / "ner_org_cues.tsv"))
        loc = frozenset(normalize_key(w) for w in _read_lines(lexicons / "ner_loc_cues.tsv"))
        places: dict[str, set[tuple[str, ...]]] = {}
        ppath = resources / "places.tsv"
        if ppath.exists():
            for line in _read_lines(ppath):
                words = tuple(line.split(" "))
                places.setdefault(words[0], set()).add(words)
        if entity_words is None:
            epath = resources / "entity_words.txt"
            entity_words = _read_lines(epath) if epath.exists() else ()
        ent = set(entity_words) | first
        for names in places.values():
            for name in names:
                ent.update(name)
        return cls(
            clusters=clusters,
            rank=rank,
            person_cues=person,
            first_names=first,
            org_cues=org,
            loc_cues=loc,
            places={k: frozenset(v) for k, v in places.items()},
            entity_words=frozenset(ent),
        )

    # ------------------------------------------------------------ morphology
    def split_prefix(self, n: str) -> tuple[str, str]:
        """Split proclitics (conjunction, preposition) off a normalized word.

        Returns ``(prefix, stem)``; the stem keeps its article, and for ``لل`` + noun
        it is given back (``"للامم"`` -> ``("ل", "الامم")``). A split is made only on
        evidence: the rest starts with the article, is a known name word, or (after
        ``و``/``ف``) is a more frequent word than the whole. A known name that is not
        itself a clitic form (``"بوش"``, ``"كوفي"``) is never split.

        >>> FeatureExtractor.load().split_prefix("ومحمد")
        ('و', 'محمد')
        """
        if len(n) < 3 or n[0] not in _PROCLITIC_INITIALS:
            return "", n  # no proclitic opens it (nor any non-Arabic word)
        ent = self.entity_words
        rank = self.rank
        known_name = n in ent
        for p in _PROCLITICS:
            if not n.startswith(p):
                continue
            rest = n[len(p) :]
            if len(rest) < 2:
                continue
            if p[-1] == "ل" and rest[0] == "ل" and len(rest) >= 3 and rest not in ent:
                return p, "ال" + rest[1:]  # ل + (ا)ل...: the article's alef is elided
            if rest in ent:
                return p, rest
            if known_name:
                continue
            if rest.startswith("ال") and len(rest) >= 4:
                return p, rest
            if p in ("و", "ف"):
                r_rest = rank.get(rest)
                r_n = rank.get(n)
                if r_rest is not None and (r_n is None or r_rest < r_n):
                    return p, rest
        return "", n

    # --------------------------------------------------------------- features
    def _cached_parts(self, word: str) -> tuple[list[str], ...]:
        """:meth:`word_parts` through a bounded cache."""
        hit = self._cache.get(word)
        if hit is None:
            if len(self._cache) >= _CACHE_MAX:
                self._cache.clear()
            hit = self._cache[word] = self.word_parts(word)
        return hit

    def word_parts(self, word: str) -> tuple[list[str], ...]:
        """The features a token lends: ``(own, at-2, at-1, at+1, at+2, [norm, stem])``.

        ``own`` are its own features; ``at-2`` the features it adds to the token two
        places after it (where it sits at offset -2), and so on.

        >>> FeatureExtractor().word_parts("بغداد")[2][:1]
        ['-1:w=بغداد']
        """
        own, ctx_small, near, n, stem = self.word_base(word)
        return (
            own,
            ["-2:" + f for f in ctx_small],
            ["-1:" + f for f in near],
            ["+1:" + f for f in near],
            ["+2:" + f for f in ctx_small],
            [n, stem],
        )

    def word_base(self, word: str) -> tuple[list[str], list[str], list[str], str, str]:
        """:meth:`word_parts` before the position prefixes: ``(own, small, near, norm, stem)``.

        ``small`` are the features lent (prefixed ``-2:`` / ``+2:``) to the tokens two
        places away, ``near`` those lent (``-1:`` / ``+1:``) to the adjacent ones.

        >>> FeatureExtractor().word_base("بغداد")[1]
        ['w=بغداد', 'c=none']
        """
        n = normalize_key(word)
        prefix, stem = self.split_prefix(n)
        has_al = stem.startswith("ال") and len(stem) > 3
        bare = stem[2:] if has_al else stem
        if _ARABIC.search(n):
            shape = "A"
        elif _DIGIT.search(n):
            shape = "D" if n.replace(",", "").replace(".", "").isdigit() else "Dx"
        elif _LATIN.search(n):
            shape = "L"
        else:
            shape = "P:" + n[:3]
        cl = self.clusters.get(n) or self.clusters.get(stem) or self.clusters.get(bare)
        pc = self.person_cues.get(n) or self.person_cues.get(stem)
        fn = stem in self.first_names or bare in self.first_names
        oc = n in self.org_cues or stem in self.org_cues
        lc = n in self.loc_cues or stem in self.loc_cues
        own = [
            "w=" + n,
            "s=" + stem,
            "b=" + bare,
            "pf=" + prefix,
            "al=" + str(has_al),
            "sh=" + shape,
            "len=" + _len_band(len(bare)),
            "rk=" + _rank_band(self.rank.get(n)),
            "bp2=" + bare[:2],
            "bp3=" + bare[:3],
            "bs1=" + bare[-1:],
            "bs2=" + bare[-2:],
            "bs3=" + bare[-3:],
            "bs4=" + bare[-4:],
        ]
        ctx_small: list[str] = ["w=" + n]
        side: list[str] = []
        if cl:
            own += ["c0=" + cl[0], "c1=" + cl[1], "c2=" + cl[2]]
            if len(cl) >= 6:  # finer clusters and the one-sided views
                side = ["cL=" + cl[4], "cR=" + cl[5]]
                own += ["c3=" + cl[3], *side]
            if n not in self.clusters:
                own.append("cstem")
            ctx_small += ["c1=" + cl[1], "c2=" + cl[2]]
        else:
            ctx_small.append("c=none")
        if pc:
            own.append("pc=" + pc)
            ctx_small.append("pc=" + pc)
        if fn:
            own.append("fn")
            ctx_small.append("fn")
        if oc:
            own.append("oc")
            ctx_small.append("oc")
        if lc:
            own.append("lc")
            ctx_small.append("lc")

        near = ctx_small + ["s=" + stem, "bs2=" + bare[-2:], "sh=" + shape, *side]
        return own, ctx_small, near, n, stem

    def gazetteer(self, stems: Sequence[str], norms: Sequence[str]) -> list[str | None]:
        """``"B"``/``"I"`` for tokens inside a longest gazetteer match, else None."""
        out: list[str | None] = [None] * len(stems)
        places = self.places
        i = 0
        while i < len(stems):
            names = places.get(stems[i]) or places.get(norms[i])
            best = 0
            if names:
                for name in names:
                    k = len(name)
                    if k > best and tuple(norms[i + 1 : i + k]) == name[1:]:
                        best = k
            if best:
                out[i] = "B"
                for j in range(i + 1, i + best):
                    out[j] = "I"
                i += best
            else:
                i += 1
        return out

    def sequence(self, words: Sequence[str]) -> list[list[str]]:
        """CRF feature lists for one sentence of token strings.

        >>> FeatureExtractor().sequence(["في", "بغداد"])[1][:2]
        ['w=بغداد', 's=بغداد']
        """
        info = [self._cached_parts(w) for w in words]
        n = len(info)
        gaz = self.gazetteer([x[5][1] for x in info], [x[5][0] for x in info])
        out: list[list[str]] = []
        for i, x in enumerate(info):
            f = x[0][:]
            if i >= 1:
                f += info[i - 1][2]
                f.append("bg-=" + info[i - 1][5][0] + "|" + x[5][0])
                if i >= 2:
                    f += info[i - 2][1]
                else:
                    f.append("BOS2")
            else:
                f.append("BOS")
            if i + 1 < n:
                f += info[i + 1][3]
                f.append("bg+=" + x[5][0] + "|" + info[i + 1][5][0])
                if i + 2 < n:
                    f += info[i + 2][4]
                else:
                    f.append("EOS2")
            else:
                f.append("EOS")
            g = gaz[i]
            if g:
                f.append("gz=" + g)
            out.append(f)
        return out
