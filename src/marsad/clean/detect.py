"""Detectors: each finds one kind of boilerplate in the input and returns cuts.

A cut is ``(start, end, reason)`` over the input text (see :mod:`marsad.clean.spans`).
Detectors only *find*; :func:`marsad.clean.cleaner.clean_text` combines them. All of
them are conservative: when a line could be body text, it stays.

>>> from marsad.clean.patterns import load_rules
>>> find_inline("أ [ad_1] ب", load_rules())
[(2, 8, 'ad-marker')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from marsad.clean.normalize import normalize_key
from marsad.clean.patterns import END_WINDOW, HWS, BioRules, Rules
from marsad.clean.spans import Cut, resolve

#: Non-empty lines: group 1 is the line without its surrounding whitespace.
_LINE = re.compile(rf"^{HWS}*(\S(?:[^\n]*\S)?){HWS}*$", re.MULTILINE)
_WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"[\W_]+")
#: Where a sentence ends inside a line (for the caption before a credit).
_SENT_END = re.compile(r"[.!?؟…]+[\"'”»)]*\s+")
#: Characters after which a parenthesized credit closes a caption sentence.
_CAPTION_END = frozenset(".!?؟…\"'”»")
#: How many words before a line-final credit may name it as the sentence's source
#: (see ``lang/*/clean_credits.json``).
_CREDIT_GUARD_WORDS = 4
#: How many characters before the end the tail walk looks at.
_TAIL_WINDOW = 4000
#: Related-article lists: most lines taken under a header, and their maximum length.
#: A line ending like a sentence is body text, never a list item.
_BLOCK_MAX_LINES = 12
_BLOCK_MAX_CHARS = 120
_SENTENCE_FINAL = frozenset(".!:;،,")
_INNER_SENTENCE_END = re.compile(r"[^.\s][.!]\s")
#: Repeated headline: the longest line considered a headline.
_HEADLINE_MAX = 300
#: Caption removal: shortest caption (words) and how much of it (word pairs) must
#: recur in another paragraph.
_CAPTION_MIN_WORDS = 5
_CAPTION_OVERLAP = 0.6
#: Characters of a paragraph's start that hold a bio's name and profession.
_BIO_HEAD = 120
#: How many ``end`` pieces may be chained at the end of one text.
_END_CHAIN = 4


def squeeze_key(text: str) -> str:
    """Normalized, punctuation-free, single-spaced form used to compare lines.

    >>> squeeze_key("  الميليشيات العراقيّة  تعود!")
    'الميليشيات العراقيه تعود'
    """
    return _NON_WORD.sub(" ", normalize_key(text)).strip()


def find_inline(raw: str, rules: Rules) -> list[Cut]:
    """Every match of an ``inline`` rule (ad shortcodes, navigation chrome)."""
    if rules.inline is None:
        return []
    reasons = rules.inline_reasons
    cuts: list[Cut] = []
    for m in rules.inline.finditer(raw):
        name = m.lastgroup or ""
        cuts.append((m.start(name), m.end(name), reasons[name]))
    return cuts


def find_lines(raw: str, rules: Rules) -> list[Cut]:
    """Whole lines matched by a ``line`` rule (read-more, share, follow, ...) and
    related-article lists (a ``block`` header line plus the headlines under it).

    Each cut covers the line's text; the whitespace around it is left to the tidy step.
    """
    cuts: list[Cut] = []
    if rules.line is None and rules.block is None:
        return cuts
    lines = list(_LINE.finditer(raw))
    skip_to = -1
    for i, m in enumerate(lines):
        start, end = m.start(1), m.end(1)
        if start < skip_to:
            continue
        # a header first: a bare "اقرأ أيضا:" lists the headlines under it
        hit = rules.block.fullmatch(raw, start, end) if rules.block else None
        if hit:
            end = _block_end(raw, lines, i)
            cuts.append((start, end, rules.block_reasons[hit.lastgroup or ""]))
            skip_to = end
            continue
        hit = rules.line.fullmatch(raw, start, end) if rules.line else None
        if hit:
            cuts.append((start, end, rules.line_reasons[hit.lastgroup or ""]))
    return cuts


#: A colon opening a quotation: what someone said, which a listed headline is not.
_QUOTED_SPEECH = re.compile(r"[:：]\s*[«“\"]")


def _block_end(raw: str, lines: list[re.Match[str]], header: int) -> int:
    """Where the list under the header line ``lines[header]`` ends: after the
    headline-like lines right under it (at most one blank line apart)."""
    end = lines[header].end(1)
    for r in lines[header + 1 : header + 1 + _BLOCK_MAX_LINES]:
        item = r.group(1)
        if (
            raw.count("\n", end, r.start(1)) > 2
            or len(item) > _BLOCK_MAX_CHARS
            or item[-1] in _SENTENCE_FINAL
            or " " not in item
            or _INNER_SENTENCE_END.search(item)
            or _QUOTED_SPEECH.search(item)  # "وقال المتحدث: «...»": no headline
        ):
            break
        end = r.end(1)
    return end


def find_end(raw: str, rules: Rules) -> list[Cut]:
    """Matches of ``end`` rules that run to the end of the text (SMS blocks, tag lists).

    Chains are followed: once the last piece is cut, the rules run again on what is
    left before it ("... رابط الخبر بصحيفة الوئام: ... سمات أ ب").
    """
    cuts: list[Cut] = []
    if rules.end is None:
        return cuts
    limit = len(raw)
    for _ in range(_END_CHAIN):
        m = rules.end.search(raw, max(0, limit - END_WINDOW), limit)
        if m is None:
            break
        name = m.lastgroup or ""
        start, end = _strip(raw, m.start(name), m.end(name))
        if end <= start:
            break
        cuts.append((start, end, rules.end_reasons[name]))
        limit = start
    return cuts


def find_repeated_headline(raw: str, title: str | None) -> list[Cut]:
    """The body's copy of the headline.

    When the first non-empty line equals ``title`` (after normalization), that line is
    the repeat (the title is kept as metadata). When the second non-empty line equals
    the first, the second is the repeat and the first stays.

    >>> find_repeated_headline("عنوان الخبر\\n\\nعنوان  الخبر\\n\\nالنص.", None)
    [(13, 25, 'repeated-headline')]
    """
    lines = []
    for m in _LINE.finditer(raw):
        lines.append(m)
        if len(lines) == 2:
            break
    if not lines or lines[0].end(1) - lines[0].start(1) > _HEADLINE_MAX:
        return []
    line1 = lines[0].group(1)
    first = squeeze_key(line1)
    if not first:
        return []
    cuts: list[Cut] = []
    if title and _similar_length(title, line1) and squeeze_key(title) == first:
        cuts.append((lines[0].start(1), lines[0].end(1), "repeated-headline"))
    if len(lines) == 2:
        line2 = lines[1].group(1)
        if line2 == line1 or (_similar_length(line1, line2) and squeeze_key(line2) == first):
            cuts.append((lines[1].start(1), lines[1].end(1), "repeated-headline"))
    return cuts


def _similar_length(a: str, b: str) -> bool:
    """Cheap pre-check before comparing normalized forms (marks and spaces may differ)."""
    return abs(len(a) - len(b)) <= max(len(a), len(b)) // 3 + 2


def find_tail(raw: str, rules: Rules, cuts: list[Cut]) -> list[Cut]:
    """Walk the lines up from the end: boilerplate that is only boilerplate at the end.

    Each non-empty line, last first, is skipped when earlier cuts already cover it,
    cut when a ``tail`` rule matches it whole (a bare "المصدر", an e-mail, a wire
    agency's "// انتهى //"; a line that is only an agency credit is a ``source-line``),
    and otherwise ends the walk. That last kept paragraph is then checked for an
    author bio (see :func:`is_bio`).
    """
    covered = resolve(cuts)
    starts = [c[0] for c in covered]
    found: list[Cut] = []
    lo = max(0, len(raw) - _TAIL_WINDOW)
    lines = list(_LINE.finditer(raw, lo))  # "^" only matches at real line starts
    after_follow = False
    for m in reversed(lines):
        start, end = m.start(1), m.end(1)
        # A line whose end is already cut ("name@mail.comللتواصل ...") is judged by
        # what is left of it.
        left = _covered_suffix(raw, covered, starts, start, end)
        if left <= start:
            reason = _reason_at(covered, starts, start)
            after_follow = after_follow or reason == "social-follow"
            continue
        end = len(raw[:left].rstrip()) if left < end else end
        t = rules.tail.fullmatch(raw, start, end) if rules.tail else None
        if t:
            reason = rules.tail_reasons[t.lastgroup or ""]
        elif rules.credit and rules.credit.fullmatch(raw, start, end):
            reason = "source-line"
        else:
            if is_bio(raw[start:end], rules.bio, before_follow=after_follow, at_end=True):
                found.append((start, end, "author-bio"))
            break
        found.append((start, end, reason))
        after_follow = after_follow or reason == "social-follow"
    return found


def find_bio_before_follow(raw: str, rules: Rules, cuts: list[Cut]) -> list[Cut]:
    """A bio paragraph right before a follow line anywhere in the text."""
    found: list[Cut] = []
    for start, _end, reason in cuts:
        if reason != "social-follow":
            continue
        prev = raw.rfind("\n", 0, start)
        para_end = len(raw[:prev].rstrip()) if prev > 0 else 0
        if para_end <= 0:
            continue
        para_start = raw.rfind("\n", 0, para_end) + 1
        m = _LINE.match(raw, para_start, para_end)
        if m and is_bio(m.group(1), rules.bio, before_follow=True, at_end=False):
            found.append((m.start(1), m.end(1), "author-bio"))
    return found


def is_bio(
    paragraph: str, bios: tuple[BioRules, ...], *, before_follow: bool, at_end: bool
) -> bool:
    """Whether ``paragraph`` reads as an author bio.

    It must be short and begin with a name and a profession ("X صحافية ...",
    "X is a journalist ..."); it also needs a bio cue ("متخصصة", "based in") unless a
    follow line comes right after it. At the very end of a text, a bullet line that
    starts with a profession ("* أستاذ العلوم السياسية ...") also counts. A reporting
    or event verb anywhere ("قال", "arrested") vetoes.

    >>> from marsad.clean.patterns import load_rules
    >>> bios = load_rules().bio
    >>> is_bio("شيلي كيتلسون صحافية متخصصة في شؤون الشرق الأوسط.", bios, before_follow=False, at_end=True)
    True
    >>> is_bio("وقال صحفي متخصص في شؤون النفط إن الأسعار ستنخفض.", bios, before_follow=False, at_end=True)
    False
    """
    for bio in bios:
        if len(paragraph) > max(bio.max_chars, bio.bullet_max_chars) * 1.2:
            continue
        # The lead is anchored within the first few words: match it on a short head
        # before paying for the whole paragraph.
        head = paragraph[:_BIO_HEAD]
        head = normalize_key(head) if bio.on_normalized else head
        if at_end and len(paragraph) <= bio.bullet_max_chars and bio.bullet.match(head):
            needs_cue = False
        elif len(paragraph) <= bio.max_chars and bio.lead.match(head):
            needs_cue = not before_follow
        else:
            continue
        low = normalize_key(paragraph) if bio.on_normalized else paragraph.lower()
        if needs_cue and not bio.cues.search(low):
            continue
        if bio.reject.isdisjoint(_WORD.findall(low)):
            return True
    return False


def find_credits(raw: str, rules: Rules, cuts: list[Cut]) -> list[Cut]:
    """Photo credits such as "(غيتي)", "(AFP)", and the caption they close.

    A credit counts when it follows the end of a sentence ("... أخرى. (غيتي) هل")
    or ends a line after a caption ("... العام الماضي (أ ف ب)"); then the credit
    goes (the space around it is left to the whitespace tidy-up). A credit at the start of a line ("بغداد (رويترز) -",
    "(رويترز) - قال") is a wire dateline and stays, and so does one inside a sentence
    ("قال لوكالة (رويترز) إن"). A line that is only a credit is cut as a
    ``photo-credit`` (or, at the very end, by :func:`find_tail` as a ``source-line``).

    The caption sentence before a sentence-end credit is cut too (``photo-caption``)
    when it repeats another paragraph nearly verbatim (most of its word pairs recur
    there), so no information is lost by dropping it.
    """
    if rules.credit is None:
        return []
    covered: list[Cut] | None = None
    starts: list[int] = []
    found: list[Cut] = []
    for m in rules.credit.finditer(raw):
        s, e = m.start(), m.end()
        if covered is None:
            covered = resolve(cuts)
            starts = [c[0] for c in covered]
        if _is_covered(raw, covered, starts, s, e):
            continue
        line_start = raw.rfind("\n", 0, s) + 1
        line_end = raw.find("\n", e)
        line_end = len(raw) if line_end < 0 else line_end
        before = raw[line_start:s].rstrip()
        after = raw[e:line_end].strip()
        ws_start = line_start + len(before)
        if not before:
            if not after:
                found.append((s, e, "photo-credit"))
            continue  # dateline "(رويترز) - ..."
        if before[-1] in _CAPTION_END:
            found.append((s, e, "photo-credit"))
            cap = _caption(raw, line_start, ws_start)
            if cap:
                found.append((cap[0], ws_start, "photo-caption"))
        elif not after:
            words = _WORD.findall(normalize_key(before[-200:]))
            if (
                len(words) >= 4
                and words[-1] not in rules.credit_guard_last
                and rules.credit_guard_near.isdisjoint(words[-_CREDIT_GUARD_WORDS:])
            ):
                found.append((s, e, "photo-credit"))
    return found


def _caption(raw: str, line_start: int, end: int) -> tuple[int, int] | None:
    """The sentence ending at ``end`` if another paragraph repeats it nearly verbatim."""
    start = line_start
    body_end = line_start + len(raw[line_start:end].rstrip(".!?؟…\"'”»)"))
    for m in _SENT_END.finditer(raw, line_start, body_end):
        start = m.end()
    words = _WORD.findall(normalize_key(raw[start:end]))
    if len(words) < _CAPTION_MIN_WORDS:
        return None
    pairs = set(zip(words, words[1:], strict=False))
    line_end = raw.find("\n", end)
    others = raw[:line_start] + "\n" + (raw[line_end:] if line_end >= 0 else "")
    for para in _LINE.finditer(others):
        other = _WORD.findall(normalize_key(para.group(1)))
        if len(other) < _CAPTION_MIN_WORDS:
            continue
        shared = pairs & set(zip(other, other[1:], strict=False))
        if len(shared) >= _CAPTION_OVERLAP * len(pairs):
            return start, end
    return None


def _strip(raw: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` to exclude whitespace at both ends."""
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


def _is_covered(raw: str, covered: list[Cut], starts: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside the union of ``covered`` (sorted, disjoint),
    whitespace between two cuts counting as covered."""
    i = bisect_right(starts, start) - 1
    if i < 0 or covered[i][1] <= start:
        return False
    pos = covered[i][1]
    while pos < end:
        i += 1
        if i >= len(covered) or covered[i][0] >= end:
            return raw[pos:end].isspace()
        if covered[i][0] > pos and not raw[pos : covered[i][0]].isspace():
            return False
        pos = covered[i][1]
    return True


def _covered_suffix(raw: str, covered: list[Cut], starts: list[int], start: int, end: int) -> int:
    """The start of the covered part at the end of ``[start, end)`` (``end`` when the
    end is not covered, ``<= start`` when all of it is); whitespace between cuts counts
    as covered."""
    pos = end
    i = bisect_left(starts, end) - 1
    while i >= 0:
        cut_start, cut_end, _ = covered[i]
        if cut_end <= start or (cut_end < pos and not raw[cut_end:pos].isspace()):
            break
        pos = cut_start
        i -= 1
    return pos


def _reason_at(covered: list[Cut], starts: list[int], pos: int) -> str:
    i = bisect_right(starts, pos) - 1
    return covered[i][2] if i >= 0 else ""
