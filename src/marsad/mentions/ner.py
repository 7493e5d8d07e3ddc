"""Arabic named-entity recognition: PER, ORG, LOC and MISC mentions from a CRF.

The model (``resources/ner/ner.npz``: a linear-chain CRF trained with python-crfsuite
by ``train/ner/train_ner.py``, weights exported; see ``resources/ner/MODEL_CARD.md``)
tags tokens with BIO labels. Features come from :mod:`marsad.mentions.ner_features`,
the same code the training script uses; scoring and Viterbi decoding are
:mod:`marsad.mentions.ner_crf` (numpy only). It runs on CPU, loads from the package
and downloads nothing.

* :func:`tag` tags one sentence of token strings.
* :meth:`NERModel.tag_document` tags a document's sentences, then makes the labels
  consistent across the document: a name the model found in one place is also
  labelled where it recurs untagged (:func:`propagate`).
* :class:`EntityRecognizer` is the pipeline stage: for an Arabic document it tags
  the sentences' tokens with :meth:`NERModel.tag_document` and adds PER, ORG, MISC and
  LOC mentions (``source="ner"``, LOC without a resolved place). A conjunction or
  preposition written onto the first word of a name stays outside the mention
  (``"وبريطانيا"`` -> ``"بريطانيا"``).

>>> tag(["وقال", "الرئيس", "الفرنسي", "جاك", "شيراك", "في", "باريس"])
['O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC']
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter
from pathlib import Path

from marsad.clean.normalize import normalize, normalize_key
from marsad.document import Document, Mention, Token
from marsad.lang import data_path
from marsad.mentions.ner_corpus import SENTENCE_END, spans
from marsad.mentions.ner_crf import CachedScorer, CRFModel
from marsad.mentions.ner_features import RESOURCES, TOKEN_RE, FeatureExtractor
from marsad.resolve.gazetteer_match import clitic_readings
from marsad.resolve.geocode_context import load_context
from marsad.text.clitics import word_frequencies

#: Longest token run tagged at once when a document has no sentence spans.
_MAX_CHUNK = 200


@dataclass(slots=True)
class _Tok:
    """A minimal token (used when the document carries no tokens)."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Texts the CRF reads as names that never are (``lang/ar/ner_not_names.txt``:
    "الله" in religious formulas)."""
    lines = data_path("ar", "ner_not_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


class NERModel:
    """A trained CRF plus the feature extractor it was trained with.

    ``NERModel(model_dir)`` reads ``model_dir/ner.npz`` and
    ``model_dir/entity_words.txt``; cluster, gazetteer and cue tables come from the
    package (``resources/ner``, ``lang/ar``).
    """

    def __init__(self, model_dir: Path = RESOURCES) -> None:
        path = model_dir / "ner.npz"
        if not path.exists():
            raise FileNotFoundError(f"NER model not found: {path}")
        words_path = model_dir / "entity_words.txt"
        words = [
            ln.strip()
            for ln in words_path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")
        ]
        self.features = FeatureExtractor.load(entity_words=words)
        self.crf = CRFModel.load(path)
        self.scorer = CachedScorer(self.crf, self.features)
        self.model_dir = model_dir
        self._starts: dict[str, int] = {}

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO tags (``B-PER``, ``I-ORG``, ``O``, ...) for one sentence of token strings."""
        return self.tag_batch([tokens])[0]

    def tag_batch(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for several sentences at once (faster than one by one)."""
        labels = self.crf.labels
        paths = self.crf.viterbi_batch(self.scorer.emissions_batch(sentences))
        return [[labels[i] for i in p] for p in paths]

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for the sentences of one document, made consistent by :func:`propagate`."""
        ems, forms = self.scorer.score_sentences(sentences)
        names = self.crf.labels
        labels = [list(map(names.__getitem__, p)) for p in self.crf.viterbi_batch(ems)]
        return propagate(forms, labels)

    def name_start(self, token_text: str) -> int:
        """Offset within ``token_text`` where a name starts after its proclitics.

        >>> load_model().name_start("وبريطانيا"), load_model().name_start("ليون")
        (1, 0)
        """
        hit = self._starts.get(token_text)
        if hit is None:
            key = normalize_key(token_text)
            prefix, rest = self.features.split_prefix(key)
            hit = 0
            if prefix and not self._whole_name(key, rest):
                hit = normalize(token_text).to_original(len(prefix), len(prefix) + 1)[0]
            if len(self._starts) > 100_000:
                self._starts.clear()
            self._starts[token_text] = hit
        return hit

    def _whole_name(self, word: str, rest: str) -> bool:
        """Whether ``word`` is a name as written rather than a clitic + ``rest``: both are
        name words and the whole is the more frequent word of the news corpus ("ليون",
        Bernardino León, is no ل + "يون")."""
        ent, rank = self.features.entity_words, self.features.rank
        if word not in ent or word not in rank:
            return False
        return rest not in rank or rank[word] < rank[rest]


#: Corpus count above which a one-word name is too common a form to propagate.
_COMMON_WORD = 20_000


def propagate(
    forms: Sequence[Sequence[tuple[str, str]]],
    labels: Sequence[Sequence[str]],
    min_chars: int = 3,
) -> list[list[str]]:
    """Label recurrences of a document's names that the tagger left untagged.

    ``forms`` gives each token's ``(normalized form, clitic-split stem)``; every entity
    in ``labels`` (at least ``min_chars`` letters) becomes a pattern: its first token's
    stem, then the other tokens' forms, with the type it was tagged with most often.
    A run of ``O`` tokens matching a pattern (longest first) and not followed by an
    ``I-`` tag gets that type. Existing labels never change. A one-word pattern that
    is also a very common word form is not propagated: normalization merges the
    preposition "على" with the name "علي", and one tagged "علي" must not turn every
    "على" into a person.

    >>> f = [[("قال", "قال"), ("جوزيه", "جوزيه")], [("وجوزيه", "جوزيه"), ("لاعب", "لاعب")]]
    >>> propagate(f, [["O", "B-PER"], ["O", "O"]])
    [['O', 'B-PER'], ['B-PER', 'O']]
    """
    freq = word_frequencies()
    counts: dict[tuple[str, ...], dict[str, int]] = {}
    for toks, labs in zip(forms, labels, strict=True):
        for kind, a, b in spans(labs):
            key = (toks[a][1],) + tuple(t[0] for t in toks[a + 1 : b])
            if len(key) == 1 and freq.get(key[0], 0) > _COMMON_WORD:
                continue
            if sum(len(k) for k in key) >= min_chars:
                by_type = counts.setdefault(key, {})
                by_type[kind] = by_type.get(kind, 0) + 1
    out = [list(labs) for labs in labels]
    if not counts:
        return out
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, by_type in counts.items():
        kind = max(sorted(by_type), key=by_type.__getitem__)
        by_first.setdefault(key[0], []).append((key, kind))
    for pats in by_first.values():
        pats.sort(key=lambda p: -len(p[0]))
    firsts = by_first.__contains__
    for toks, labs in zip(forms, out, strict=True):
        n = len(toks)
        free = 0  # the first position not inside a name labelled here
        # only tokens whose stem opens a pattern can start one
        for i in compress(range(n), map(firsts, map(itemgetter(1), toks))):
            if i < free or labs[i] != "O":
                continue
            for key, kind in by_first[toks[i][1]]:
                k = len(key)
                if (
                    i + k <= n
                    and all(toks[i + j][0] == key[j] for j in range(1, k))
                    and all(x == "O" for x in labs[i : i + k])
                    and not (i + k < n and labs[i + k].startswith("I-"))
                ):
                    labs[i] = "B-" + kind
                    for j in range(i + 1, i + k):
                        labs[j] = "I-" + kind
                    free = i + k
                    break
    return out


@lru_cache(maxsize=4)
def load_model(model_dir: Path | None = None) -> NERModel:
    """The shipped model (or the one in ``model_dir``), loaded once per process."""
    return NERModel(model_dir or RESOURCES)


def tag(tokens: list[str]) -> list[str]:
    """BIO tags of one sentence of Arabic tokens with the shipped model.

    Tokens are split as ANERcorp's are: words, numbers and punctuation apart, clitics
    left on the word. See the module example.
    """
    return load_model().tag(tokens)


def simple_tokens(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    """Word, number and punctuation tokens of ``text[start:end]`` (offsets into ``text``).

    >>> [t.text for t in simple_tokens("قال (د ب أ) إن")]
    ['قال', '(', 'د', 'ب', 'أ', ')', 'إن']
    """
    end = len(text) if end is None else end
    return [_Tok(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, end)]


def _chunks(toks: Sequence[Token | _Tok]) -> list[list[Token | _Tok]]:
    """Cut a token run after sentence-final punctuation and at ``_MAX_CHUNK`` tokens."""
    out: list[list[Token | _Tok]] = []
    cur: list[Token | _Tok] = []
    for t in toks:
        cur.append(t)
        if t.text in SENTENCE_END or len(cur) >= _MAX_CHUNK:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


class EntityRecognizer:
    """Pipeline stage adding NER mentions to Arabic documents.

    Input: a :class:`~marsad.document.Document` with ``lang``, ``sentences`` and
    ``tokens`` (when ``tokens`` is empty the stage tokenizes ``text`` itself).
    Output: the same document with PER/ORG/MISC/LOC mentions added, each with
    ``source="ner"``, except spans inside a date the dates stage found. Non-Arabic
    documents pass through unchanged.
    """

    name = "ner"
    requires = frozenset({"tokens", "sentences", "lang"})
    provides = frozenset({"mentions.PER", "mentions.ORG", "mentions.MISC", "mentions.NER_LOC"})

    def __init__(
        self,
        model_dir: Path | None = None,
        kinds: Sequence[str] = ("PER", "ORG", "LOC", "MISC"),
    ) -> None:
        self.model = load_model(model_dir)
        self.kinds = frozenset(kinds)

    def _units(self, doc: Document) -> list[list[Token | _Tok]]:
        """Token runs to tag: one per sentence (cut further at sentence-final tokens)."""
        toks: list[Token | _Tok] = list(doc.tokens) or simple_tokens(doc.text)
        toks = [t for t in toks if t.end > t.start and not t.text.isspace()]
        if not doc.sentences:
            return _chunks(toks)
        units: list[list[Token | _Tok]] = []
        i = 0
        for sent in doc.sentences:
            while i < len(toks) and toks[i].start < sent.start:
                units.append([toks[i]])  # a token outside every sentence: alone
                i += 1
            cur: list[Token | _Tok] = []
            while i < len(toks) and toks[i].start < sent.end:
                cur.append(toks[i])
                i += 1
            units += _chunks(cur)
        if i < len(toks):
            units += _chunks(toks[i:])
        return units

    def __call__(self, doc: Document) -> Document:
        if doc.lang != "ar":
            return doc
        model = self.model
        text = doc.text
        stop = not_names()
        units = self._units(doc)
        dates = sorted((m.start, m.end) for m in doc.mentions if m.kind == "DATE")
        date_starts = [a for a, _ in dates]
        date_reach = list(accumulate((b for _, b in dates), max, initial=-1))
        all_labels = model.tag_document([[t.text for t in unit] for unit in units])
        designated = _designated_places(doc)
        for unit, labels in zip(units, all_labels, strict=True):
            for kind, a, b in spans(labels):
                if kind not in self.kinds:
                    continue
                first = unit[a]
                start = first.start + model.name_start(first.text)
                end = unit[b - 1].end
                if start >= end or text[start:end] in stop:
                    continue
                if date_reach[bisect_right(date_starts, start)] >= end:
                    continue  # a month's other name in a date ("أبريل (نيسان)"), not Nissan
                if kind == "PER" and (start, end) in designated:
                    continue  # "حي أبو سليم": a district's name, not a man's
                doc.add_mention(
                    Mention(
                        start=start,
                        end=end,
                        text=text[start:end],
                        kind=kind,
                        source="ner",
                    )
                )
        return doc


def _designated_places(doc: Document) -> set[tuple[int, int]]:
    """The spans of the gazetteer's place mentions that follow a place designator word
    ("حي أبو سليم", "مدينة عيسى"): whatever the tagger says, a name there is the place."""
    designators = load_context().designators
    out: set[tuple[int, int]] = set()
    for m in doc.mentions:
        if m.kind != "LOC" or m.place is None:
            continue
        before = doc.text[max(0, m.start - 30) : m.start].split()
        key = normalize_key(before[-1]) if before else ""
        if key and any(stem in designators for stem, _ in clitic_readings(key)):
            out.add((m.start, m.end))  # "حي", "بمدينة", "وبلدة": with or without clitics
    return out
