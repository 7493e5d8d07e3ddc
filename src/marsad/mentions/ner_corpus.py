"""Reading NER corpora and scoring NER output (training, evaluation and tests).

* :func:`read_anercorp`: ANERcorp's ``token TAG`` lines (no sentence breaks) as
  sentences, cut after sentence-final punctuation; tags mapped to PER/ORG/LOC/MISC.
* :func:`anercorp_split`: the contiguous train / held-out dev split used for model
  selection and the CI floor.
* :func:`read_wojood`: Wojood's CoNLL-style nested files flattened to the same four
  classes (mapping in :data:`WOJOOD_MAP`, outermost mapped entity wins).
* :func:`spans` and :func:`score`: exact-span, entity-level precision/recall/F1 as
  conlleval computes them.

>>> spans(["B-PER", "I-PER", "O", "B-LOC", "I-ORG"])
[('PER', 0, 2), ('LOC', 3, 4), ('ORG', 4, 5)]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

Sentence = tuple[list[str], list[str]]

#: ANERcorp's type names -> Marsad's.
ANER_MAP = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
#: Wojood's 21 types -> Marsad's four (unlisted types become O). GPE, LOC and FAC are
#: places; events, currencies, products and languages are ANERcorp-style MISC; NORP
#: (nationalities), OCC (occupations), dates and numbers are not names in ANERcorp.
WOJOOD_MAP = {
    "PERS": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "EVENT": "MISC",
    "CURR": "MISC",
    "PRODUCT": "MISC",
    "LANGUAGE": "MISC",
}
#: Tokens after which an ANERcorp sentence ends.
SENTENCE_END = frozenset({".", "!", "?", "؟"})


def _map_tag(tag: str, mapping: dict[str, str]) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    bio, typ = tag.split("-", 1)
    mapped = mapping.get(typ)
    return f"{bio}-{mapped}" if mapped else "O"


def read_anercorp(path: Path, max_len: int = 120) -> list[Sentence]:
    """ANERcorp as sentences of ``(tokens, tags)``.

    Lines with an empty token are skipped; a line whose tag ran into the next token
    (``". Oالإصابة O"``) is split back into two. Sentences end after ``.``, ``!``,
    ``?`` or ``؟``, and are cut at ``max_len`` tokens outside an entity.
    """
    toks: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        if len(parts) == 3 and parts[1].startswith("O") and len(parts[1]) > 1:
            toks += [parts[0], parts[1][1:]]
            tags += ["O", parts[2]]
            continue
        toks.append(parts[0])
        tags.append(parts[-1])
    tags = [_map_tag(t, ANER_MAP) for t in tags]
    out: list[Sentence] = []
    cur_t: list[str] = []
    cur_g: list[str] = []
    for i, (tok, tag) in enumerate(zip(toks, tags, strict=True)):
        cur_t.append(tok)
        cur_g.append(tag)
        nxt = tags[i + 1] if i + 1 < len(tags) else "O"
        if tok in SENTENCE_END or (len(cur_t) >= max_len and not nxt.startswith("I-")):
            out.append((cur_t, cur_g))
            cur_t, cur_g = [], []
    if cur_t:
        out.append((cur_t, cur_g))
    return out


def anercorp_split(
    path: Path, dev_frac: float = 0.1, dev_start: float | None = None
) -> tuple[list[Sentence], list[Sentence]]:
    """ANERcorp's sentences as ``(train, dev)``: dev is the last ``dev_frac`` of them.

    One contiguous block, so no article is split across the two. ``dev_start`` (a
    fraction of the sentences) holds out the block that starts there instead, e.g.
    ``0.0`` for the first ``dev_frac``; train is then everything before and after it.
    """
    sents = read_anercorp(path)
    if dev_start is None:
        dev_start = 1 - dev_frac
    a = int(round(len(sents) * dev_start))
    b = int(round(len(sents) * min(1.0, dev_start + dev_frac)))
    return sents[:a] + sents[b:], sents[a:b]


def read_wojood(path: Path) -> list[Sentence]:
    """Wojood sentences flattened to PER/ORG/LOC/MISC.

    Each tag column is one nesting layer; every layer's entities are read, mapped with
    :data:`WOJOOD_MAP`, and the longest mapped entity wins where two overlap. The
    document-break token ``$#$`` is dropped.
    """
    out: list[Sentence] = []
    block: list[list[str]] = []

    def flush() -> None:
        rows = [r for r in block if r[0] != "$#$"]
        block.clear()
        if not rows:
            return
        toks = [r[0] for r in rows]
        width = max(len(r) for r in rows)
        cands: list[tuple[str, int, int]] = []
        for col in range(1, width):
            layer = [_map_tag(r[col], WOJOOD_MAP) if col < len(r) else "O" for r in rows]
            cands += spans(layer)
        tags = ["O"] * len(toks)
        for typ, a, b in sorted(cands, key=lambda s: (s[1] - s[2], s[1])):
            if all(t == "O" for t in tags[a:b]):
                tags[a] = "B-" + typ
                for j in range(a + 1, b):
                    tags[j] = "I-" + typ
        out.append((toks, tags))

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            flush()
        else:
            block.append(parts)
    flush()
    return out


def spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """Entities ``(type, start, end)`` of a BIO sequence, conlleval-style.

    An ``I-X`` that does not continue an ``X`` entity starts a new one.
    """
    out: list[tuple[str, int, int]] = []
    if tags.count("O") == len(tags):
        return out
    typ: str | None = None
    start = 0
    for i, tag in enumerate(tags):
        if tag == "O":
            if typ is not None:
                out.append((typ, start, i))
                typ = None
            continue
        bio, _, t = tag.partition("-")
        if bio == "I" and t == typ:
            continue
        if typ is not None:
            out.append((typ, start, i))
            typ = None
        if bio in ("B", "I"):
            typ, start = t, i
    if typ is not None:
        out.append((typ, start, len(tags)))
    return out


@dataclass
class Scores:
    """Entity-level counts and figures, overall (``micro``) and per type."""

    per_type: dict[str, tuple[float, float, float, int]]
    precision: float
    recall: float
    f1: float
    n_gold: int

    def table(self) -> str:
        """Plain-text table: type, P, R, F1, gold count."""
        lines = [f"{'type':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
        for typ, (p, r, f, n) in sorted(self.per_type.items()):
            lines.append(f"{typ:6} {p:6.2f} {r:6.2f} {f:6.2f} {n:6d}")
        lines.append(
            f"{'micro':6} {self.precision:6.2f} {self.recall:6.2f} {self.f1:6.2f} {self.n_gold:6d}"
        )
        return "\n".join(lines)


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = 100.0 * tp / n_pred if n_pred else 0.0
    r = 100.0 * tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> Scores:
    """Exact-span entity-level P/R/F1 (percent) of predicted against gold BIO sequences."""
    tp: dict[str, int] = {}
    ng: dict[str, int] = {}
    npred: dict[str, int] = {}
    for g, p in zip(gold, pred, strict=True):
        gs = set(spans(g))
        ps = set(spans(p))
        for typ, *_ in gs:
            ng[typ] = ng.get(typ, 0) + 1
        for typ, *_ in ps:
            npred[typ] = npred.get(typ, 0) + 1
        for typ, *_ in gs & ps:
            tp[typ] = tp.get(typ, 0) + 1
    per = {
        t: (*_prf(tp.get(t, 0), npred.get(t, 0), ng.get(t, 0)), ng.get(t, 0))
        for t in sorted(set(ng) | set(npred))
    }
    p, r, f = _prf(sum(tp.values()), sum(npred.values()), sum(ng.values()))
    return Scores(per_type=per, precision=p, recall=r, f1=f, n_gold=sum(ng.values()))
