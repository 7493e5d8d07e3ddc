"""Removal spans: overlap resolution, whitespace tidying and applying them to the input.

A *cut* is ``(start, end, reason)`` over the input text. Cleaning finds cuts, then
:func:`resolve` makes them sorted and disjoint, :func:`tidy_whitespace` adds
``"whitespace"`` cuts so that no gap left by a removal is wider than one blank line,
and :func:`apply_cuts` gives the cleaned text, which is exactly the input minus the
cut spans (so every offset stays explainable).

>>> raw = "P1\\n\\n[ad_1]\\n\\nP2"
>>> cuts = tidy_whitespace(raw, [(4, 10, "ad-marker")])
>>> cuts
[(4, 10, 'ad-marker'), (10, 12, 'whitespace')]
>>> apply_cuts(raw, cuts)
'P1\\n\\nP2'
"""

from __future__ import annotations

Cut = tuple[int, int, str]

#: Whitespace reason: tidy-up around other removals.
WHITESPACE = "whitespace"


def resolve(cuts: list[Cut]) -> list[Cut]:
    """Sort cuts and make them disjoint: a cut inside an earlier one is dropped, one
    that overlaps it is trimmed to start where the earlier one ends.

    >>> resolve([(5, 9, "b"), (0, 6, "a"), (1, 3, "c")])
    [(0, 6, 'a'), (6, 9, 'b')]
    """
    out: list[Cut] = []
    for start, end, reason in sorted(c for c in cuts if c[1] > c[0]):
        if out and start < out[-1][1]:
            if end <= out[-1][1]:
                continue
            start = out[-1][1]
        out.append((start, end, reason))
    return out


def _ws_back(raw: str, pos: int) -> int:
    """First index of the whitespace run that ends at ``pos``."""
    while pos > 0 and raw[pos - 1].isspace():
        pos -= 1
    return pos


def _ws_fwd(raw: str, pos: int) -> int:
    """Index just past the whitespace run that starts at ``pos``."""
    n = len(raw)
    while pos < n and raw[pos].isspace():
        pos += 1
    return pos


def _excess_newlines(raw: str, start: int, end: int) -> Cut | None:
    """In the whitespace ``raw[start:end]``, the part beyond one blank line: from just
    after its second newline to just after its last one (indentation after it stays)."""
    first = raw.find("\n", start, end)
    second = raw.find("\n", first + 1, end) if first >= 0 else -1
    last = raw.rfind("\n", start, end)
    if second < 0 or last <= second:
        return None
    return (second + 1, last + 1, WHITESPACE)


def tidy_whitespace(raw: str, cuts: list[Cut]) -> list[Cut]:
    """Return ``cuts`` (resolved) plus whitespace cuts around them.

    Cuts separated only by whitespace form one gap. At the start or end of the text
    a gap takes all the whitespace around it; elsewhere it keeps the whitespace run on
    the side with more line breaks (capped at one blank line) and drops the other, so
    "P1\\n\\n[ad]\\n\\nP2" becomes "P1\\n\\nP2" and "end. (Getty) Next" becomes
    "end. Next".
    """
    cuts = resolve([_shrink(raw, c) for c in cuts])
    if not cuts:
        return []
    n = len(raw)
    out: list[Cut] = []
    i = 0
    while i < len(cuts):
        group = [cuts[i]]
        while i + 1 < len(cuts):
            gap_start, gap_end = group[-1][1], cuts[i + 1][0]
            if gap_end > gap_start and not raw[gap_start:gap_end].isspace():
                break
            if gap_end > gap_start:
                group.append((gap_start, gap_end, WHITESPACE))
            group.append(cuts[i + 1])
            i += 1
        i += 1
        gs, ge = group[0][0], group[-1][1]
        bs, ae = _ws_back(raw, gs), _ws_fwd(raw, ge)
        extra: list[Cut] = []
        if bs == 0 or ae == n:
            extra = [(bs, gs, WHITESPACE), (ge, ae, WHITESPACE)]
        else:
            nb, na = raw.count("\n", bs, gs), raw.count("\n", ge, ae)
            if nb >= na:
                extra = [(ge, ae, WHITESPACE)]
                keep = (bs, gs)
            else:
                extra = [(bs, gs, WHITESPACE)]
                keep = (ge, ae)
            excess = _excess_newlines(raw, *keep)
            if excess:
                extra.append(excess)
        out += group + [c for c in extra if c[1] > c[0]]
    return _merge_whitespace(resolve(out))


def _shrink(raw: str, cut: Cut) -> Cut:
    """A content cut without whitespace at its edges (the tidy-up decides about that)."""
    start, end, reason = cut
    if reason == WHITESPACE:
        return cut
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return (start, end, reason)


def _merge_whitespace(cuts: list[Cut]) -> list[Cut]:
    """Fuse touching whitespace cuts into one."""
    out: list[Cut] = []
    for c in cuts:
        if out and c[2] == WHITESPACE and out[-1][2] == WHITESPACE and out[-1][1] == c[0]:
            out[-1] = (out[-1][0], c[1], WHITESPACE)
        else:
            out.append(c)
    return out


def apply_cuts(raw: str, cuts: list[Cut]) -> str:
    """``raw`` without the (sorted, disjoint) ``cuts``.

    >>> apply_cuts("abcdef", [(1, 2, "x"), (4, 6, "y")])
    'acd'
    """
    parts: list[str] = []
    pos = 0
    for start, end, _ in cuts:
        parts.append(raw[pos:start])
        pos = end
    parts.append(raw[pos:])
    return "".join(parts)
