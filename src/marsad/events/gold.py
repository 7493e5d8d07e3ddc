"""Readers for labelled event sentences: the Arabic PLOVER gold standard (GSR) half in
``../shared/data/events`` and Marsad's own labelled dev set (``eval/events``).

GSR labels: ``yes`` is positive; ``easy no`` and ``difficult no`` are negative;
``ambiguous`` (annotators split, or the event is unclear) is left out of training
and of the headline figures (``label_of`` returns None for it).

>>> label_of("yes"), label_of("difficult no"), label_of("ambiguous")
(1, 0, None)
>>> doc_of("AAW_ARB_20080913.0007-59")
'AAW_ARB_20080913.0007'
"""

from __future__ import annotations

import csv
import zlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One labelled sentence: ``label`` 1/0, or None for ambiguous."""

    id: str
    text: str
    event_type: str
    label: int | None
    raw_label: str


def label_of(raw: str) -> int | None:
    """Binary label of a GSR label string (None for ``ambiguous``)."""
    raw = raw.strip().lower()
    if raw == "yes":
        return 1
    if raw in ("easy no", "difficult no", "no"):
        return 0
    return None


def doc_of(sentence_id: str) -> str:
    """The source document of a GSR sentence id (the part before the last ``-``)."""
    return sentence_id.rsplit("-", 1)[0]


def read_gsr(path: Path) -> list[GoldSentence]:
    """Sentences of one ``*_gsr.csv`` file."""
    with path.open(encoding="utf-8", newline="") as f:
        return [
            GoldSentence(r["id"], r["text"], r["event_type"], label_of(r["label"]), r["label"])
            for r in csv.DictReader(f)
        ]


def read_snn_labels(path: Path, news: Path, event_type: str) -> list[GoldSentence]:
    """Marsad's own labelled SaudiNewsNet sentences of ``event_type``
    (``eval/events/snn_labels/labels.tsv``: pointers ``zip, index, start, end,
    sha1[:10], type, label[, reason]``; the text is read from the day zips in ``news``).

    Ids are ``snn:{zip}#{index}-{start}``, so :func:`doc_of` groups a sentence with its
    article. A pointer whose text no longer matches its hash is skipped.
    """
    from marsad.ingest.pointers import pointed_text

    out: list[GoldSentence] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        zip_name, index, start, end, digest, etype, label = cells[:7]
        if etype != event_type or zip_name == "zip":
            continue
        text = pointed_text(news, zip_name, int(index), int(start), int(end), digest)
        if text is None:
            continue
        sid = f"snn:{zip_name}#{index}-{start}"
        out.append(GoldSentence(sid, text, etype, label_of(label), label))
    return out


def read_snn_folder(folder: Path, news: Path, event_type: str) -> list[GoldSentence]:
    """Every labelled round of ``folder`` (``labels.tsv``, ``labels_2.tsv``, ...), read
    with :func:`read_snn_labels`; nothing when the folder or ``news`` is absent."""
    if not folder.is_dir() or not news.is_dir():
        return []
    out: list[GoldSentence] = []
    for path in sorted(folder.glob("labels*.tsv")):
        out += read_snn_labels(path, news, event_type)
    return out


def fold_of(sentence_id: str, k: int) -> int:
    """A stable fold number in ``[0, k)`` for a sentence, by its source document, so
    sentences of one article never sit on both sides of a split."""
    return group_fold(doc_of(sentence_id), k)


def group_fold(group: str, k: int) -> int:
    """A stable fold number in ``[0, k)`` for a group key (an article's pointer)."""
    return zlib.crc32(group.encode("utf-8")) % k


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where undefined).

    >>> prf(8, 2, 2)
    (0.8, 0.8, 0.8)
    """
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)
