"""Reading ANERcorp / Wojood files and exact-span scoring."""

from __future__ import annotations

from pathlib import Path

from marsad.mentions.ner_corpus import read_anercorp, read_wojood, score, spans


def test_spans_conlleval_style() -> None:
    assert spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-PER"]) == [
        ("PER", 0, 2),
        ("LOC", 3, 4),
        ("ORG", 4, 5),
        ("PER", 5, 6),
    ]
    assert spans([]) == []


def test_score_exact_span() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    sc = score(gold, pred)
    assert sc.per_type["LOC"][2] == 100.0
    assert sc.per_type["PER"][2] == 0.0
    assert round(sc.f1, 2) == 50.0


def test_read_anercorp_segments_and_repairs(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(
        "فرانكفورت B-LOC\n أعلن O\n O\nاتحاد B-ORG\nصناعة I-ORG\n. Oالإصابة O\n"
        "برند B-PERS\nجوتشولك I-PERS\n. O\n",
        encoding="utf-8",
    )
    sents = read_anercorp(p)
    assert [len(t) for t, _ in sents] == [5, 4]
    assert sents[0][1] == ["B-LOC", "O", "B-ORG", "I-ORG", "O"]
    assert sents[1] == (["الإصابة", "برند", "جوتشولك", "."], ["O", "B-PER", "I-PER", "O"])


def test_read_wojood_flattens_nesting(tmp_path: Path) -> None:
    p = tmp_path / "w.txt"
    p.write_text(
        "سكرتير B-OCC\nاللجنة I-OCC B-ORG\nالقومية I-OCC I-ORG\nفي I-OCC\n"
        "نابلس I-OCC B-GPE\n$#$ O\n\nقال O\nالأسد B-PERS\n",
        encoding="utf-8",
    )
    sents = read_wojood(p)
    assert sents[0] == (
        ["سكرتير", "اللجنة", "القومية", "في", "نابلس"],
        ["O", "B-ORG", "I-ORG", "O", "B-LOC"],
    )
    assert sents[1] == (["قال", "الأسد"], ["O", "B-PER"])
