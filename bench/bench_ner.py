"""Benchmark the NER model's tagging speed on one core (tokens per second).

Tags real Arabic news (``../shared/data/news/saudinewsnet``, tokenized with the NER
tokenizer, cut at sentence-final punctuation), one document at a time, in one process
(one core), and reports tokens per CPU-second of this process for: ``tag_document`` with a fresh model (the
per-word score cache starts cold) and again warm; ``tag()`` called sentence by
sentence; the whole :class:`EntityRecognizer` stage on documents whose tokens and
sentences were set beforehand (not timed); and the size of ``resources/ner``. Without ``../shared`` it falls back to a small built-in text repeated
(a warm-cache upper bound, reported as such).

    PYTHONPATH=src python bench/bench_ner.py [--tokens 300000]
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from pathlib import Path

from marsad.document import Document, Span
from marsad.mentions.ner import EntityRecognizer, NERModel, simple_tokens
from marsad.mentions.ner_corpus import SENTENCE_END
from marsad.mentions.ner_features import RESOURCES

#: CPU time of this process: the one-core cost, not inflated by other jobs on the machine
#: (wall time is what a dedicated core would also see, minus contention).
_clock = time.process_time

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


def _prepare_docs(texts: list[str]) -> list[Document]:
    """Arabic documents with tokens and sentences set (the lead's stages when present)."""
    try:
        from marsad.text.sentences import split_sentences
        from marsad.text.tokens import tokenize
    except ImportError:  # text stages absent: the NER stage tokenizes by itself
        return [Document(id=str(i), raw=t, lang="ar") for i, t in enumerate(texts)]
    docs = []
    for i, t in enumerate(texts):
        d = Document(id=str(i), raw=t, lang="ar")
        d.tokens = tokenize(t)
        d.sentences = [Span(a, b) for a, b in split_sentences(t, "ar")]
        docs.append(d)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tokens", type=int, default=300_000)
    ap.add_argument("--model-dir", type=Path, default=RESOURCES)
    args = ap.parse_args()
    texts, real = load_texts(args.tokens)
    doc_sents: list[list[list[str]]] = []
    for text in texts:
        sents: list[list[str]] = []
        cur: list[str] = []
        for t in simple_tokens(text):
            cur.append(t.text)
            if t.text in SENTENCE_END or len(cur) >= 200:
                sents.append(cur)
                cur = []
        if cur:
            sents.append(cur)
        doc_sents.append(sents)
    n_tok = sum(len(s) for d in doc_sents for s in d)
    print(f"corpus: {'SaudiNewsNet' if real else 'built-in text repeated'}, {len(texts):,} texts")

    t0 = _clock()
    model = NERModel(args.model_dir)
    print(f"model load {_clock() - t0:.2f}s")
    for label in ("cold cache", "warm cache"):
        t0 = _clock()
        for d in doc_sents:
            model.tag_document(d)
        dt = _clock() - t0
        print(f"tag_document ({label}): {n_tok:,} tokens in {dt:.2f}s = {n_tok / dt:,.0f} tokens/s")

    model = NERModel(args.model_dir)
    t0 = _clock()
    for d in doc_sents:
        for s in d:
            model.tag(s)
    dt = _clock() - t0
    print(f"tag() sentence by sentence (cold): {n_tok / dt:,.0f} tokens/s")

    docs = _prepare_docs(texts)
    n_doc_tok = sum(len(d.tokens) for d in docs) or n_tok
    stage = EntityRecognizer(args.model_dir)
    stage.model = NERModel(args.model_dir)  # cold cache again
    t0 = _clock()
    n_m = sum(len(stage(d).mentions) for d in docs)
    dt = _clock() - t0
    print(
        f"EntityRecognizer stage (cold, tokens given): {n_doc_tok:,} tokens in {dt:.2f}s = "
        f"{n_doc_tok / dt:,.0f} tokens/s, {n_m:,} mentions"
    )
    size = sum(p.stat().st_size for p in RESOURCES.iterdir() if p.is_file())
    print(f"resources/ner on disk: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
