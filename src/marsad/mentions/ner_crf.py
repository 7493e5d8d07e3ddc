"""Fast inference for the linear-chain CRF trained with python-crfsuite.

A CRF's score of a labelling is a sum of weights: one per (active attribute, label)
and one per label transition. Because every NER feature of a token is either a
property of the token's own word or of one neighbour's word at a fixed offset (see
:mod:`marsad.mentions.ner_features`), the per-label score contributed by a word at
each relative position can be summed once per distinct word and cached. Tagging a
sentence is then a few array additions and a Viterbi pass: the same labels as
crfsuite's tagger, several times faster, with numpy as the only dependency.

:func:`export_crfsuite` turns a trained ``.crfsuite`` file into the compact
``.npz`` that :class:`CRFModel` loads (attribute strings, a weight matrix, the
transition matrix and the label names).

>>> import numpy as np
>>> m = CRFModel(labels=["O", "B-PER"], attributes={"w=x": 0}, weights=np.array([[0.0, 2.0]], dtype=np.float32), transitions=np.zeros((2, 2), dtype=np.float32))
>>> m.viterbi(np.array([[0.0, 2.0], [1.0, 0.0]], dtype=np.float32))
[1, 0]
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, repeat
from pathlib import Path

import numpy as np

from marsad.mentions.ner_features import FeatureExtractor

#: Position prefixes of lent features -> their index in a word's five score vectors.
_POSITIONS = {"-2:": 1, "-1:": 2, "+1:": 3, "+2:": 4}


def export_crfsuite(crfsuite_path: Path, npz_path: Path) -> None:
    """Write the weights of a python-crfsuite model to ``npz_path`` (needs pycrfsuite)."""
    import pycrfsuite  # training-time only

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crfsuite_path))
    info = tagger.info()
    labels = sorted(tagger.labels(), key=lambda s: (s != "O", s[2:], s))
    lab = {y: i for i, y in enumerate(labels)}
    attrs = sorted({a for a, _ in info.state_features})
    idx = {a: i for i, a in enumerate(attrs)}
    w = np.zeros((len(attrs), len(labels)), dtype=np.float32)
    for (a, y), v in info.state_features.items():
        w[idx[a], lab[y]] = v
    t = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (y0, y1), v in info.transitions.items():
        t[lab[y0], lab[y1]] = v
    np.savez_compressed(
        npz_path,
        labels=np.array(labels),
        attributes=np.array("\n".join(attrs)),
        weights=w,
        transitions=t,
    )


class CRFModel:
    """Label names, attribute index, weights ``(n_attr, n_labels)`` and transitions."""

    def __init__(
        self,
        labels: Sequence[str],
        attributes: dict[str, int],
        weights: np.ndarray,
        transitions: np.ndarray,
    ) -> None:
        self.labels = list(labels)
        self.attributes = attributes
        self.weights = weights
        self.transitions = transitions
        self.zero = np.zeros(len(self.labels), dtype=np.float32)

    @classmethod
    def load(cls, path: Path) -> CRFModel:
        """Read a model written by :func:`export_crfsuite`."""
        with np.load(path, allow_pickle=False) as z:
            attrs = str(z["attributes"]).split("\n")
            return cls(
                labels=[str(x) for x in z["labels"]],
                attributes={a: i for i, a in enumerate(attrs)},
                weights=z["weights"],
                transitions=z["transitions"],
            )

    def score(self, feats: Sequence[str]) -> np.ndarray:
        """Summed per-label weights of the known attributes in ``feats``."""
        get = self.attributes.get
        rows = [i for i in map(get, feats) if i is not None]
        if not rows:
            return self.zero
        if len(rows) == 1:
            return self.weights[rows[0]]
        return self.weights[rows].sum(axis=0)

    def viterbi(self, emissions: np.ndarray) -> list[int]:
        """Best label indices for an ``(n, n_labels)`` emission matrix."""
        n = len(emissions)
        if n == 0:
            return []
        trans = self.transitions
        score = emissions[0]
        back = np.empty((n, len(self.labels)), dtype=np.intp)
        cols = np.arange(len(self.labels))
        for t in range(1, n):
            cand = score[:, None] + trans
            best = cand.argmax(axis=0)
            back[t] = best
            score = cand[best, cols] + emissions[t]
        path = [int(score.argmax())]
        for t in range(n - 1, 0, -1):
            path.append(int(back[t, path[-1]]))
        path.reverse()
        return path

    def viterbi_batch(self, emissions: Sequence[np.ndarray]) -> list[list[int]]:
        """:meth:`viterbi` of several sequences at once (one array step per position)."""
        order = sorted(range(len(emissions)), key=lambda b: -len(emissions[b]))
        lens = np.array([len(emissions[b]) for b in order], dtype=np.intp)
        out: list[list[int]] = [[] for _ in emissions]
        if len(lens) == 0 or lens[0] == 0:
            return out
        n_lab = len(self.labels)
        tmax, nb = int(lens[0]), len(order)
        em = np.zeros((tmax, nb, n_lab), dtype=np.float32)
        for r, b in enumerate(order):
            em[: lens[r], r] = emissions[b]
        # lens is sorted longest first: the n_longer[t] first sequences are still running at t
        n_longer = (nb - np.cumsum(np.bincount(lens, minlength=tmax + 1)))[:tmax].tolist()
        # cand[b, j, i]: score of label i at t-1 plus the transition i -> j (reduced over
        # the contiguous last axis, written into preallocated arrays)
        trans_t = np.ascontiguousarray(self.transitions.T)
        score = em[0].copy()
        back = np.zeros((tmax, nb, n_lab), dtype=np.intp)
        cand = np.empty((nb, n_lab, n_lab), dtype=np.float32)
        add, maximum = np.add, np.maximum.reduce
        for t in range(1, tmax):
            k = n_longer[t]
            c, s = cand[:k], score[:k]
            add(s[:, None, :], trans_t, out=c)
            c.argmax(axis=2, out=back[t, :k])
            maximum(c, axis=2, out=s)
            s += em[t, :k]
        last = score.argmax(axis=1)
        paths = np.zeros((tmax, nb), dtype=np.intp)
        nz = lens > 0
        paths[lens[nz] - 1, np.nonzero(nz)[0]] = last[nz]
        rows = np.arange(nb)
        for t in range(tmax - 1, 0, -1):
            k = n_longer[t]
            paths[t - 1, :k] = back[t, rows[:k], paths[t, :k]]
        for r, b in enumerate(order):
            out[b] = paths[: lens[r], r].tolist()
        return out


class CachedScorer:
    """Emission scores of token sequences with per-word score vectors cached.

    For each distinct token string it keeps five vectors: the score of its own
    features and of the features it lends to the tokens 2 and 1 before and 1 and 2
    after it; plus its normalized form and stem for bigram and gazetteer features.
    Slot 0 is a separator with zero vectors that keeps sentences apart when a whole
    document is scored at once.
    """

    _CACHE_MAX = 200_000
    _SEP = "\x00"

    def __init__(self, model: CRFModel, features: FeatureExtractor) -> None:
        self.model = model
        self.features = features
        sc = model.score
        self._bos, self._bos2 = sc(["BOS"]), sc(["BOS2"])
        self._eos, self._eos2 = sc(["EOS"]), sc(["EOS2"])
        self._gaz = {"B": sc(["gz=B"]), "I": sc(["gz=I"])}
        self._bigram: dict[str, np.ndarray] = {
            attr: model.weights[row]
            for attr, row in model.attributes.items()
            if attr.startswith(("bg-=", "bg+="))
        }
        self._bigram_left = frozenset(a[4:].split("|", 1)[0] for a in self._bigram)
        self._bigram_right = frozenset(a[4:].split("|", 1)[1] for a in self._bigram)
        self._tails: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] = {}
        # per position k (own, lent to -2, -1, +1, +2): unprefixed word feature -> its
        # weight row + 1 (never 0, so that filter(None, ...) keeps every known one)
        self._rows: tuple[dict[str, int], ...] = tuple({} for _ in range(5))
        for attr, row in model.attributes.items():
            k = _POSITIONS.get(attr[:3], 0)
            self._rows[k][attr[3:] if k else attr] = row + 1
        self._reset(1024)

    def _reset(self, capacity: int) -> None:
        self._index: dict[str, int] = {self._SEP: 0}
        self._norms: list[str] = [self._SEP]
        self._stems: list[str] = [self._SEP]
        self._forms: list[tuple[str, str]] = [(self._SEP, self._SEP)]
        self._vec = np.zeros((5, capacity, len(self.model.labels)), dtype=np.float32)
        # per slot: may open a bigram feature as its left word / may close one as its
        # right word / may open a place name
        self._left = np.zeros(capacity, dtype=bool)
        self._right = np.zeros(capacity, dtype=bool)
        self._place = np.zeros(capacity, dtype=bool)

    def _ids(self, words: Sequence[str]) -> np.ndarray:
        """Slots of ``words``, scoring new words in one vectorized step."""
        index = self._index
        ids = list(map(index.get, words, repeat(-1)))
        if -1 in ids:
            missing = list(compress(range(len(ids)), map((-1).__eq__, ids)))
            new = sorted({words[i] for i in missing})
            if len(index) + len(new) > self._CACHE_MAX:
                self._reset(self._vec.shape[1])
                self._score_new(sorted(set(words) - {self._SEP}))
                return np.fromiter(map(self._index.__getitem__, words), np.intp, len(words))
            self._score_new(new)
            for i in missing:  # look up only the words just scored (a big dict is slow)
                ids[i] = index[words[i]]
        return np.fromiter(ids, np.intp, len(ids))

    def _grow(self, need: int) -> None:
        cap = self._vec.shape[1]
        if need <= cap:
            return
        while cap < need:
            cap *= 2
        old = self._vec.shape[1]
        vec = np.zeros((5, cap, self._vec.shape[2]), dtype=np.float32)
        vec[:, :old] = self._vec
        self._vec = vec
        for name in ("_left", "_right", "_place"):
            flags = np.zeros(cap, dtype=bool)
            flags[:old] = getattr(self, name)
            setattr(self, name, flags)

    def _score_new(self, words: list[str]) -> None:
        """Give each of ``words`` (none cached yet) a slot and its five score vectors.

        Each word's features (:meth:`FeatureExtractor.word_base`, the lists of
        :meth:`FeatureExtractor.word_parts` before their position prefixes) are looked up
        once for all five positions; the weights are then added to their slots in
        feature order, so every vector is the same float32 sum as adding a word's
        weights one by one.
        """
        index = self._index
        first = len(index)
        self._grow(first + len(words))
        places = self.features.places
        left = self._bigram_left
        g0, g1, g2, g3, g4 = (d.get for d in self._rows)
        bases = list(map(self.features.word_base, words))
        index.update(zip(words, range(first, first + len(words)), strict=True))
        rows: list[int] = []  # weight rows + 1 of each word's five vectors, in feature order
        counts: list[int] = []  # per word and vector (own, -2, -1, +1, +2): how many rows
        for own, small, near, _, _ in bases:
            a = [*filter(None, map(g0, own))]
            b = [*filter(None, map(g1, small))]
            c = [*filter(None, map(g2, near))]
            d = [*filter(None, map(g3, near))]
            e = [*filter(None, map(g4, small))]
            rows += a
            rows += b
            rows += c
            rows += d
            rows += e
            counts += (len(a), len(b), len(c), len(d), len(e))
        norms = [b[3] for b in bases]
        stems = [b[4] for b in bases]
        self._norms += norms
        self._stems += stems
        self._forms += zip(norms, stems, strict=True)
        end = first + len(words)
        count = len(words)
        right = self._bigram_right
        self._left[first:end] = np.fromiter(map(left.__contains__, norms), bool, count)
        self._right[first:end] = np.fromiter(map(right.__contains__, norms), bool, count)
        self._place[first:end] = np.fromiter(
            (norm in places or stem in places for norm, stem in zip(norms, stems, strict=True)),
            bool,
            count,
        )
        if rows:
            self._accumulate(rows, counts, first)

    def _accumulate(self, rows: list[int], counts: list[int], first: int) -> None:
        """Add the weight rows (``rows`` less one) of the words from slot ``first`` on to
        their vectors in order; ``counts`` has the number of rows of each word's own,
        -2, -1, +1 and +2 vector (a group).

        Pass ``j`` adds the ``j``-th row of every group at once (the targets of one pass
        are distinct), so each vector is the float32 sum of its rows in order, exactly
        as adding them one by one, with a few array operations per pass.
        """
        cap = self._vec.shape[1]
        vec2d = self._vec.reshape(5 * cap, -1)  # a view: slot k*cap+i is (k, i)
        n = np.fromiter(counts, dtype=np.intp, count=len(counts))
        slots = np.arange(first, first + len(counts) // 5, dtype=np.intp)
        # group (word, k) adds to row k * cap + slot of the 2-d view
        target = (slots[:, None] + cap * np.arange(5, dtype=np.intp)[None, :]).ravel()
        live = n > 0
        n, target = n[live], target[live]
        # the rows laid out one group per line: line g holds group g's rows in order
        which = np.repeat(np.arange(len(n), dtype=np.intp), n)
        ordinal = np.arange(len(rows), dtype=np.intp) - np.repeat(np.cumsum(n) - n, n)
        table = np.zeros((len(n), int(n.max())), dtype=np.intp)
        table[which, ordinal] = np.fromiter(rows, dtype=np.intp, count=len(rows)) - 1
        weights = self.model.weights
        for j in range(table.shape[1]):
            live = n > j
            vec2d[target[live]] += weights[table[live, j]]

    def emissions_batch(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Emission matrices ``(n_i, n_labels)`` of several sentences, scored together.

        These are exactly crfsuite's state scores for the features of
        :meth:`FeatureExtractor.sequence`.
        """
        return self.score_sentences(sentences)[0]

    def score_sentences(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[list[np.ndarray], list[list[tuple[str, str]]]]:
        """:meth:`emissions_batch` plus each token's ``(normalized form, stem)``."""
        flat: list[str] = [self._SEP, self._SEP]
        bounds: list[tuple[int, int]] = []
        for s in sentences:
            a = len(flat)
            flat.extend(s)
            bounds.append((a, len(flat)))
            flat += [self._SEP, self._SEP]
        ids = self._ids(flat)
        v = self._vec
        e = v[0, ids]
        e[1:] += v[2, ids[:-1]]
        e[:-1] += v[3, ids[1:]]
        e[2:] += v[1, ids[:-2]]
        e[:-2] += v[4, ids[2:]]
        nonempty = [(a, b) for a, b in bounds if b > a]
        if nonempty:
            starts = np.array([a for a, _ in nonempty])
            ends = np.array([b for _, b in nonempty])
            e[starts] += self._bos
            e[ends - 1] += self._eos
            multi = (ends - starts) > 1
            e[starts[multi] + 1] += self._bos2
            e[ends[multi] - 2] += self._eos2
        norms = self._norms
        big = self._bigram
        id_list = ids.tolist()
        # a bigram feature needs a possible left word followed by a possible right word
        for j in np.flatnonzero(self._left[ids[:-1]] & self._right[ids[1:]]).tolist():
            pair = norms[id_list[j]] + "|" + norms[id_list[j + 1]]
            w = big.get("bg-=" + pair)
            if w is not None:
                e[j + 1] += w
            w = big.get("bg+=" + pair)
            if w is not None:
                e[j] += w
        self._add_gazetteer(e, ids)
        forms = list(map(self._forms.__getitem__, id_list))
        return [e[a:b] for a, b in bounds], [forms[a:b] for a, b in bounds]

    def _add_gazetteer(self, e: np.ndarray, ids: np.ndarray) -> None:
        """Add ``gz=B``/``gz=I`` scores: :meth:`FeatureExtractor.gazetteer`, made sparse."""
        cands = np.flatnonzero(self._place[ids]).tolist()
        if not cands:
            return
        id_list = ids.tolist()
        norms = list(map(self._norms.__getitem__, id_list))
        stems = list(map(self._stems.__getitem__, id_list))
        tails = self._place_tails
        n = len(ids)
        free = 0
        for i in cands:
            if i < free:
                continue
            best = 0
            # the longest name that fits and whose later words follow (as the set scan did)
            for k, rest in tails(stems[i]) or tails(norms[i]):
                if i + k <= n and (k == 1 or tuple(norms[i + 1 : i + k]) == rest):
                    best = k
                    break
            if best:
                e[i] += self._gaz["B"]
                for j in range(i + 1, i + best):
                    e[j] += self._gaz["I"]
                free = i + best

    def _place_tails(self, first: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """``(length, later words)`` of the place names starting with ``first``, longest
        first (empty when none does)."""
        hit = self._tails.get(first)
        if hit is None:
            names = self.features.places.get(first)
            if not names:
                return ()
            hit = tuple(sorted(((len(nm), nm[1:]) for nm in names), key=lambda t: -t[0]))
            self._tails[first] = hit  # bounded: keys are first words of place names
        return hit
