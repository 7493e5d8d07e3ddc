"""Benchmark the NER model's tagging speed on one core (tokens per second).

Tags sentences of real Arabic news (``../shared/data/news/saudinewsnet``, tokenized
with the NER tokenizer, cut at sentence-final punctuation) with a fresh model, so the
per-word feature cache starts cold, and reports tokens/s for tagging alone (features
+ CRF), for the whole :class:`EntityRecognizer` stage on documents, and the model's
size on disk. Without ``../shared`` it falls back to a small built-in text repeated
(a warm-cache upper bound, reported as such).

    PYTHONPATH=src python bench/bench_ner.py [--tokens 300000]
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from pathlib import Path

from marsad.document import Document
from marsad.mentions.ner import EntityRecognizer, NERModel, simple_tokens
from marsad.mentions.ner_corpus import SENTENCE_END
from marsad.mentions.ner_features import RESOURCES

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "saudinewsnet"
FALLBACK = (
    "وقال وزير الخارجية الأمريكي جون كيري في مؤتمر صحفي عقده في الرياض اليوم الاثنين إن "
    "الولايات المتحدة ستواصل دعم التحالف الذي تقوده المملكة العربية السعودية في اليمن ."
)


def load_texts(limit_tokens: int) -> tuple[list[str], bool]:
    """Article texts with at least ``limit_tokens`` tokens in all, and whether real."""
    if not NEWS.is_dir():
        reps = limit_tokens // len(FALLBACK.split()) + 1
        return [FALLBACK] * reps, False
    texts: list[str] = []
    n = 0
    for path in sorted(NEWS.glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for art in json.loads(z.read(name)):
                    text = art.get("content") or ""
                    texts.append(text)
                    n += len(text.split())
                    if n >= limit_tokens:
                        return texts, True
    return texts, True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tokens", type=int, default=300_000)
    ap.add_argument("--model-dir", type=Path, default=RESOURCES)
    args = ap.parse_args()
    texts, real = load_texts(args.tokens)

    sents: list[list[str]] = []
    for text in texts:
        cur: list[str] = []
        for t in simple_tokens(text):
            cur.append(t.text)
            if t.text in SENTENCE_END or len(cur) >= 200:
                sents.append(cur)
                cur = []
        if cur:
            sents.append(cur)
    n_tok = sum(len(s) for s in sents)

    t0 = time.perf_counter()
    model = NERModel(args.model_dir)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_ent = 0
    for s in sents:
        n_ent += sum(1 for x in model.tag(s) if x[0] == "B")
    tag_s = time.perf_counter() - t0

    stage = EntityRecognizer(args.model_dir)
    stage.model = NERModel(args.model_dir)  # cold cache again
    docs = [Document(id=str(i), raw=t, lang="ar") for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    n_m = 0
    for d in docs:
        n_m += len(stage(d).mentions)
    stage_s = time.perf_counter() - t0

    size = (args.model_dir / "ner.crfsuite").stat().st_size
    print(f"corpus: {'SaudiNewsNet' if real else 'built-in text repeated'}, {len(texts):,} texts")
    print(f"model load {load_s:.2f}s, size {size / 1e6:.1f} MB (crfsuite file)")
    print(
        f"tag(): {n_tok:,} tokens in {tag_s:.2f}s = {n_tok / tag_s:,.0f} tokens/s, {n_ent:,} entities"
    )
    print(
        f"EntityRecognizer stage (own tokenizer): {stage_s:.2f}s = {n_tok / stage_s:,.0f} tokens/s, "
        f"{n_m:,} mentions"
    )


if __name__ == "__main__":
    main()
