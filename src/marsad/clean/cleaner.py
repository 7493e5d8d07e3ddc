"""The CLEAN stage: offset-preserving boilerplate removal, and the normalized view.

:func:`clean_text` takes the input text and returns the cleaned text plus the list of
:class:`~marsad.document.Removal` records, each with offsets into the *input*; the
cleaned text is exactly the input with those spans cut out, so
``"".join(kept pieces) == text`` can always be checked. What is removed, by reason:

``ad-marker``          ad shortcodes and labels: ``[ad_1]``, ``[ads]``, ``{ad}``, "Advertisement"
``repeated-headline``  the body's copy of the headline (or of its own first line)
``photo-credit``       "(غيتي)", "(AFP)" closing a caption; a line that is only a credit
``photo-caption``      the caption before such a credit, when it repeats a paragraph
``author-bio``         a short closing paragraph about the writer
``social-follow``      "اتبعها على X: @handle", "Follow him on Twitter", contact e-mails/SMS,
                       newsletter sign-ups and a closing copyright line
``source-line``        a bare "المصدر" / "Source:" (or a lone agency credit) at the end
``share-line``         "شارك هذا المقال", "Share this article", "رابط الخبر بصحيفة ...:"
``read-more``          "اقرأ أيضا: ...", "Read more:", "...المزيد" (a bare "اقرأ أيضا:" with
                       the headlines listed under it)
``byline``             the writer's line: "بقلم: محمد الأطرش", "By Suleiman Al-Khalidi",
                       "(Reporting by ...; Editing by ...)"
``related-articles``   "مواضيع ذات صلة" / "Related articles" and the list under it
``tags``               a closing tag list ("سمات أ ب ج")
``navigation``         slideshow chrome ("Next Previous")
``wire-marker``        wire-agency end marks ("// انتهى //", "10:07 ت م")
``whitespace``         blank lines and spaces left around any of the above

>>> text, removed = clean_text("عنوان\\n\\n[ad_1]\\n\\nقتل 3 أشخاص. (رويترز) وأصيب آخرون.")
>>> text
'عنوان\\n\\nقتل 3 أشخاص. وأصيب آخرون.'
>>> [(r.reason, r.text) for r in removed]
[('ad-marker', '[ad_1]'), ('whitespace', '\\n\\n'), ('photo-credit', '(رويترز)'), ('whitespace', ' ')]
"""

from __future__ import annotations

from marsad.clean import detect
from marsad.clean.normalize import normalize
from marsad.clean.patterns import Rules, load_rules
from marsad.clean.spans import apply_cuts, tidy_whitespace
from marsad.document import Document, Removal


def find_cuts(raw: str, title: str | None = None, rules: Rules | None = None) -> list:
    """All boilerplate spans of ``raw`` as sorted, disjoint ``(start, end, reason)``,
    whitespace tidy-up included."""
    rules = rules or load_rules()
    cuts = detect.find_inline(raw, rules)
    cuts += detect.find_lines(raw, rules)
    cuts += detect.find_end(raw, rules)
    cuts += detect.find_repeated_headline(raw, title)
    cuts += detect.find_tail(raw, rules, cuts)
    cuts += detect.find_bio_before_follow(raw, rules, cuts)
    cuts += detect.find_credits(raw, rules, cuts)
    return tidy_whitespace(raw, cuts)


def clean_text(raw: str, title: str | None = None) -> tuple[str, list[Removal]]:
    """Clean ``raw``; return ``(text, removed)``.

    ``title`` is the document's headline when known: a copy of it opening the body is
    removed. ``removed`` is in input order; ``raw[r.start:r.end] == r.text`` for each,
    and ``text`` is ``raw`` minus exactly those spans.
    """
    if not raw:
        return raw, []
    cuts = find_cuts(raw, title)
    removed = [Removal(start=s, end=e, reason=r, text=raw[s:e]) for s, e, r in cuts]
    return apply_cuts(raw, cuts), removed


class Cleaner:
    """Pipeline stage: sets ``doc.text`` and ``doc.removed`` from ``doc.raw``.

    Any earlier ``doc.removed`` is replaced (offsets are always into ``doc.raw``). Leave
    the stage out of the pipeline (``--raw``) to keep ``text == raw`` exactly.
    """

    name = "clean"
    requires = frozenset({"raw", "text", "metadata"})
    provides = frozenset({"clean"})

    def __call__(self, doc: Document) -> Document:
        doc.text, doc.removed = clean_text(doc.raw, doc.title)
        return doc


class Normalizer:
    """Pipeline stage: ``doc.norm = normalize(doc.text)``, the matching view with its
    offset map (works with or without :class:`Cleaner` before it)."""

    name = "normalize"
    requires = frozenset({"text"})
    provides = frozenset({"norm"})

    def __call__(self, doc: Document) -> Document:
        doc.norm = normalize(doc.text)
        return doc
