"""Benchmark the NER model's tagging speed on one core (tokens per second).

Tags real Arabic news (``../shared/data/news/saudinewsnet``, tokenized with the NER
tokenizer, cut at sentence-final punctuation), one document at a time, in one process
(one core), and reports tokens per CPU-second of this process for: ``tag_document`` with a fresh model (the
per-word score cache starts cold) and again warm; ``tag()`` called sentence by
sentence; the whole :class:`EntityRecognizer` stage on documents whose tokens and
sentences were set beforehand (not timed); and the size of ``resources/ner``. Needs
``../shared``; exits with a message without it.

    PYTHONPATH=src python bench/bench_ner.py [--tokens 300000]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from corpus import documents_with_tokens

from marsad.mentions.ner import EntityRecognizer, NERModel, simple_tokens
from marsad.mentions.ner_corpus import SENTENCE_END
from marsad.mentions.ner_features import RESOURCES

#: CPU time of this process: the one-core cost, not inflated by other jobs on the machine
#: (wall time is what a dedicated core would also see, minus contention).
_clock = time.process_time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tokens", type=int, default=300_000)
    ap.add_argument("--model-dir", type=Path, default=RESOURCES)
    args = ap.parse_args()
    docs = documents_with_tokens(args.tokens)
    texts = [d.text for d in docs]
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
    print(f"corpus: SaudiNewsNet, {len(texts):,} texts")

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
