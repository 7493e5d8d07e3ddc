"""Score the statements stage's speakers against hand labels of reporting verbs.

Gold: ``eval/events/statements/speakers.jsonl`` (see that folder's README): one line per
occurrence of a word of the reporting lexicon in 75 development articles of SaudiNewsNet
(pointers; text read from ``../shared`` at run time), with the verb's offsets in the
article's ``content`` and the annotator's labels:

* ``is_statement``: the word reports a communicative act here (not "لافتة" a banner, not
  "يعتبر" is considered, not a writer's "يذكر أن" aside or a negated verb);
* ``speaker``: who spoke, as written in the sentence (title, name, body); or, when the
  sentence names no one ("وأضاف: ..."), ``continues``: the speaker named earlier;
* ``document`` / ``document_author``: the speaker is a statement or report, and who issued
  it when the text says.

The whole pipeline runs on each article as ``marsad extract`` does (cleaning included,
the article's day as reference); a statement is placed in the article by its evidence
text and its ``trigger`` offsets.

Figures:

* statement detection precision, recall and F1 over the labelled words (a statement
  Marsad gives at a word the annotator read as no statement is a false positive);
* speaker right, over the gold statements Marsad found: the predicted speaker's words
  (normalized, a leading conjunction dropped) equal the expected speaker's (``exact``),
  or one is a run of the other's words with at most :data:`EXTRA_WORDS` words more in
  the prediction (``right``: "الدخيل" for "عبدالله الدخيل", "وزير الخارجية" for "وزير
  الخارجية عادل الجبير"); a document speaker may be the document or its author; a
  statement whose gold names no speaker at all is right with none;
* ``no speaker``: the share of found gold statements given no speaker.

    PYTHONPATH=src python eval/events/evaluate_statements.py [--errors] [--json FILE]

Exits 0; the floors live in ``floors.json`` under ``statements`` and are checked by
``tests/events/test_events_eval.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from marsad.clean.normalize import normalize_key
from marsad.document import Document, Statement
from marsad.ingest.pointers import pointed_articles
from marsad.stages import build_pipeline

HERE = Path(__file__).resolve().parent
GOLD = HERE / "statements" / "speakers.jsonl"
NEWS = HERE.parents[1].parent / "shared" / "data" / "news" / "saudinewsnet"
#: A predicted speaker may hold this many words more than the expected one when it
#: contains it ("المتحدث الرسمي للخارجية" for "المتحدث الرسمي").
EXTRA_WORDS = 1
_PUNCT = " \t\n.,،:;؛-–—\"'“”«»()[]"


def words(text: str | None) -> tuple[str, ...]:
    """The normalized words of a speaker text, a leading conjunction "و" dropped."""
    out = [normalize_key(w.strip(_PUNCT)) for w in (text or "").split()]
    out = [w for w in out if w]
    if out and len(out[0]) > 2 and out[0][0] == "و":
        out[0] = out[0][1:]
    return tuple(out)


def _run_in(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return n > 0 and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def speaker_right(predicted: str | None, expected: list[str]) -> tuple[bool, bool]:
    """``(exact, right)`` for a predicted speaker text against the acceptable ones (none
    acceptable: right only when nothing is predicted)."""
    if not expected:
        return predicted is None, predicted is None
    p = words(predicted)
    if not p:
        return False, False
    exact = right = False
    for text in expected:
        g = words(text)
        exact = exact or p == g
        right = (
            right or p == g or _run_in(p, g) or (_run_in(g, p) and len(p) - len(g) <= EXTRA_WORDS)
        )
    return exact, right


def expected_speakers(g: dict) -> list[str]:
    """The speaker texts a prediction may give for gold line ``g``."""
    out = [t for t in (g.get("speaker"), g.get("continues"), g.get("document_author")) if t]
    return out


def _placed(st: Statement, doc_text: str, content: str) -> int | None:
    """The statement's verb offset in the article content (cleaning moves offsets)."""
    if st.trigger is None:
        return None
    at = content.find(st.evidence.text)
    if at < 0:
        at = content.find(doc_text[st.trigger.start : st.trigger.end + 40])
        return at if at >= 0 else None
    return at + st.trigger.start - st.evidence.start


def score(errors: bool = False) -> dict:
    """Figures over the gold file (see the module docstring)."""
    lines = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    by_doc: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for g in lines:
        by_doc[(g["zip"], g["index"])].append(g)
    pointers = [
        json.dumps(
            {"zip": z, "index": i, "published": gs[0]["published"], "sha1": gs[0].get("sha1")}
        )
        for (z, i), gs in by_doc.items()
    ]
    pipeline = build_pipeline(raw=False, events=True)
    tp = fp = fn = 0
    exact = right = silent = 0
    for rec, content in pointed_articles(pointers, NEWS):
        doc = pipeline(
            Document(id=f"{rec['zip']}#{rec['index']}", raw=content, published=rec["published"])
        )
        predicted = {}
        for st in doc.statements:
            at = _placed(st, doc.text, content)
            if at is not None:
                predicted[at] = st
        for g in by_doc[(rec["zip"], rec["index"])]:
            st = predicted.get(g["verb_start"])
            if not g["is_statement"]:
                if st is not None:
                    fp += 1
                    if errors:
                        print(
                            f"FP\t{doc.id}\t{g['verb']}\t{st.speaker.text if st.speaker else None}"
                        )
                continue
            if st is None:
                fn += 1
                if errors:
                    print(f"FN\t{doc.id}\t{g['verb']}\t{expected_speakers(g)}")
                continue
            tp += 1
            spk = st.speaker.text if st.speaker else None
            e, r = speaker_right(spk, expected_speakers(g))
            exact += e
            right += r
            silent += spk is None
            if errors and not r:
                print(f"SPK\t{doc.id}\t{g['verb']}\tgot {spk!r}\twant {expected_speakers(g)}")
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return {
        "items": len(lines),
        "statements": sum(g["is_statement"] for g in lines),
        "precision": round(p, 4),
        "recall": round(rc, 4),
        "f1": round(2 * p * rc / (p + rc), 4) if p + rc else 0.0,
        "speaker_exact": round(exact / tp, 4) if tp else 0.0,
        "speaker_right": round(right / tp, 4) if tp else 0.0,
        "no_speaker": round(silent / tp, 4) if tp else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", action="store_true", help="list misses and wrong speakers")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args(argv)
    if not NEWS.exists():
        print(f"needs ../shared (SaudiNewsNet not found at {NEWS})", file=sys.stderr)
        return 2
    res = score(errors=args.errors)
    print(
        f"items {res['items']}  statements {res['statements']}\n"
        f"statements P={res['precision']} R={res['recall']} F1={res['f1']}\n"
        f"speaker right {res['speaker_right']} (exact {res['speaker_exact']}), "
        f"none given {res['no_speaker']}"
    )
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
