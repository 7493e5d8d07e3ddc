"""What a reader reports instead of a document: :class:`IngestError`.

A rejected input is data, not a crash: readers yield an :class:`IngestError`
(where, what went wrong, and the document id when one is known) and go on with
the next line, file or archive member.

>>> str(IngestError("data/x.jsonl:17", "malformed JSON: Expecting ',' delimiter at column 17"))
"data/x.jsonl:17: malformed JSON: Expecting ',' delimiter at column 17"
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["IngestError", "Reject"]


@dataclass(slots=True)
class IngestError:
    """One input that did not become a document.

    ``where`` locates it: ``"data/x.jsonl:17"`` (file and 1-based line),
    ``"a.zip!2015-07-21.json[3]"`` (archive member and 0-based list index),
    ``"stdin:2"``. ``problem`` is a human-readable reason, ``doc_id`` the
    document's id when the input carried or implied one.
    """

    where: str
    problem: str
    doc_id: str | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


class Reject(Exception):
    """Raised inside readers for one input that cannot become a document.

    The reader turns it into an :class:`IngestError` at the input's ``where``.
    """

    def __init__(self, problem: str, doc_id: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.doc_id = doc_id


def too_large(size: int | None, limit: int) -> Reject:
    """The standard "document too large" rejection; ``size=None`` when only a bound is known.

    >>> too_large(12, 10).problem
    'document too large: 12 bytes > limit 10 (raise --max-bytes)'
    """
    if size is None:
        return Reject(f"document too large: more than {limit} bytes (raise --max-bytes)")
    return Reject(f"document too large: {size} bytes > limit {limit} (raise --max-bytes)")
