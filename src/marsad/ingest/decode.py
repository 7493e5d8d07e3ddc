"""Bytes -> text for whatever a news archive holds: UTF-8, UTF-16 and legacy Arabic code pages.

:func:`decode_bytes` is forgiving about *which* encoding arrives and strict about
*whether* the result is text:

1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) and is stripped;
2. NUL bytes or many control bytes mean UTF-16 without a BOM when the bytes decode
   as UTF-16 to ordinary script characters, else ``binary file, not text``;
3. valid UTF-8 is UTF-8;
4. a charset the caller knows (an HTML ``<meta charset>``) is tried next;
5. windows-1256 and ISO-8859-6 are scored by how much of the non-ASCII text comes
   out as Arabic (stray Latin accented letters, and Arabic letters glued to Latin ones,
   count against); the better one wins when it is plausible;
6. windows-1252 when the non-ASCII characters are accented Latin letters ("Montréal"
   in Latin-1), else :class:`DecodeError` explains what failed.

A UTF-8 text whose last character is cut off is UTF-8 without it. What the reader should
be told (a cut character dropped, a legacy code page used) goes into ``notes``.

Nothing else is changed: line endings, spaces and marks stay exactly as decoded.

>>> decode_bytes("قتل 3 أشخاص".encode("cp1256"))
'قتل 3 أشخاص'
>>> decode_bytes(b"\\xef\\xbb\\xbfnews")
'news'
"""

from __future__ import annotations

import codecs
import re

__all__ = ["DecodeError", "decode_bytes"]


class DecodeError(ValueError):
    """Bytes that are not text in any supported encoding; ``problem`` says why."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same 2 bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: C0 controls that do not occur in text (tab, LF, VT, FF and CR are allowed) plus DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
#: A text with more control bytes than this share is binary (ESC sequences etc.).
_MAX_CONTROL_SHARE = 0.02

#: Characters that make up ordinary Arabic/Latin text: ASCII printable and
#: whitespace, Latin-1 and Latin Extended-A, Arabic (+ supplement, extended-A,
#: presentation forms), general punctuation and currency signs.
_TEXTLIKE = re.compile(
    "[\t\n\v\f\r\x20-\x7e\u00a0-\u017f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
    "\u2000-\u206f\u20a0-\u20bf\ufb50-\ufdff\ufe70-\ufeff]+"
)
_NON_ASCII = re.compile("[^\x00-\x7f]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")
#: Non-ASCII characters that are neither Arabic nor suspicious in Arabic text.
_NEUTRAL = re.compile("[\u00a0\u00ab\u00bb\u00b0\u00d7\u00f7\u200c-\u200f\u2010-\u2027\u20ac]")
_ARTICLE = "\u0627\u0644"  # "ال": the definite article, the commonest Arabic bigram
#: An Arabic letter with a Latin letter right before or after it.
_GLUED = re.compile("(?<=[A-Za-z])[\u0600-\u06ff]|[\u0600-\u06ff](?=[A-Za-z])")
_LEGACY = ("cp1256", "iso8859_6")
#: Share of non-ASCII characters that must be Arabic or neutral punctuation.
_MIN_LEGACY_SHARE = 0.9


def decode_bytes(data: bytes, hint: str | None = None, notes: list[str] | None = None) -> str:
    """Decode ``data`` to text, stripping a leading BOM and nothing else.

    ``hint`` is an encoding the container declares (e.g. from ``<meta charset>``);
    it is used only when the bytes are not valid UTF-8. Raises :class:`DecodeError`
    with a human-readable ``problem`` for binary data or undecodable bytes. What a
    reader should be told but that does not stop the document goes into ``notes``: a
    UTF-8 text whose last character is cut off (it is dropped) and a text read in a
    legacy code page.

    >>> notes = []
    >>> decode_bytes("بغداد".encode()[:-1], notes=notes), notes[0][:28]
    ('بغدا', 'its last character is cut of')

    >>> decode_bytes("بغداد".encode("utf-16"))
    'بغداد'
    >>> decode_bytes(b"\\x00\\x01\\x02\\xff" * 10)
    Traceback (most recent call last):
    ...
    marsad.ingest.decode.DecodeError: binary file, not text
    """
    if not data:
        return ""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as e:
                name = codec.upper().replace("-LE", " LE").replace("-BE", " BE")
                raise DecodeError(
                    f"starts with a {name} byte-order mark but is not valid {name} "
                    f"(first bad byte at offset {e.start + len(bom)})"
                ) from None

    has_nul = b"\x00" in data
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if has_nul or controls > len(data) * _MAX_CONTROL_SHARE:
        text = _as_utf16(data)
        if text is not None:
            return text
        raise DecodeError("binary file, not text")

    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        bad = e.start
        if e.end == len(data) and len(data) - e.start < 4:
            head = _utf8_or_none(data[: e.start])
            if head is not None:  # an incomplete last character: the file was cut
                _note(
                    notes,
                    f"its last character is cut off (incomplete UTF-8 at offset {bad}): dropped",
                )
                return head

    if hint:
        text = _decode_declared(data, hint)
        if text is not None:
            _note(notes, f"not UTF-8: read as {hint}, as it declares")
            return text

    found = _as_legacy_arabic(data)
    if found is not None:
        codec, text = found
        name = {"cp1256": "windows-1256", "iso8859_6": "ISO-8859-6"}[codec]
        _note(notes, f"not UTF-8 (first bad byte at offset {bad}): read as {name}")
        return text
    latin = _as_latin(data)
    if latin is not None:
        _note(notes, f"not UTF-8 (first bad byte at offset {bad}): read as windows-1252")
        return latin
    raise DecodeError(
        f"not valid UTF-8 (first bad byte at offset {bad}) and not windows-1256/ISO-8859-6 "
        "or windows-1252 text"
    )


def _note(notes: list[str] | None, note: str) -> None:
    if notes is not None:
        notes.append(note)


def _utf8_or_none(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _textlike_share(text: str) -> float:
    """Share of ``text``'s characters that belong to ordinary Arabic/Latin text."""
    if not text:
        return 0.0
    return 1.0 - len(_TEXTLIKE.sub("", text)) / len(text)


def _as_utf16(data: bytes) -> str | None:
    """``data`` decoded as BOM-less UTF-16 (LE or BE) if that gives ordinary text, else None.

    English UTF-16 has a NUL in every other byte; Arabic has 0x06 there instead.
    Decoding is accepted only when at least 99% of the characters come out
    text-like, which random binary data never does.
    """
    if len(data) % 2:
        return None
    best: tuple[float, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        share = _textlike_share(text)
        if share >= 0.99 and (best is None or share > best[0]):
            best = (share, text)
    return best[1] if best else None


def _decode_declared(data: bytes, hint: str) -> str | None:
    """``data`` decoded with a declared charset when that codec exists and decodes it cleanly."""
    try:
        codec = codecs.lookup(hint).name
    except LookupError:
        return None
    if codec in ("utf-8", "ascii"):
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return text if _textlike_share(text) >= 0.95 else None


#: Latin letters with diacritics that windows-1252 holds (Latin-1 and a few of Extended-A).
_ACCENTED_CLASS = "[\u00c0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e]"
_LATIN_ACCENTED = re.compile(_ACCENTED_CLASS)
#: An accented Latin letter next to an ASCII letter.
_IN_LATIN_WORD = re.compile(f"(?<=[A-Za-z]){_ACCENTED_CLASS}|{_ACCENTED_CLASS}(?=[A-Za-z])")


def _as_latin(data: bytes) -> str | None:
    """``data`` decoded as windows-1252 (a superset of Latin-1's printable characters)
    when its non-ASCII characters are mostly accented Latin letters ("Montr\xe9al");
    else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    non_ascii = len(_NON_ASCII.findall(text))
    letters = len(_LATIN_ACCENTED.findall(text))
    accented = letters + len(_NEUTRAL.findall(text))
    if not non_ascii or accented / non_ascii < _MIN_LEGACY_SHARE:
        return None
    # in Latin text an accented letter sits in a word of ASCII letters ("Größe"); runs of
    # them ("ðÒÉ×ÅÔ") are another script's bytes (Cyrillic KOI8-R, cp1251)
    if letters and len(_IN_LATIN_WORD.findall(text)) < letters / 2:
        return None
    return text if _textlike_share(text) >= 0.99 else None


def _legacy_score(text: str) -> tuple[float, int]:
    """(plausible share of non-ASCII characters, count of "ال") for a legacy decoding.
    An Arabic letter glued to a Latin one is not plausible: Latin-1 accented letters read
    as windows-1256 ("Montr\xe9al" -> "Montrىal")."""
    non_ascii = len(_NON_ASCII.findall(text))
    if not non_ascii:
        return (1.0, 0)
    arabic = len(_ARABIC.findall(text)) - len(_GLUED.findall(text))
    neutral = len(_NEUTRAL.findall(text))
    return ((arabic + neutral) / non_ascii, text.count(_ARTICLE))


def _as_legacy_arabic(data: bytes) -> tuple[str, str] | None:
    """``(codec, text)``: ``data`` decoded as windows-1256 or ISO-8859-6, whichever reads
    as Arabic; else None.

    ISO-8859-6 Arabic read as windows-1256 turns و ه ي ى into è ç ê é, so its
    share of Arabic drops; windows-1256 Arabic is usually undecodable as
    ISO-8859-6 (ف ق ك غ fall on unassigned bytes). When both read fully as
    Arabic (short texts), the one with more "ال" wins.
    """
    best: tuple[tuple[float, int], str, str] | None = None
    for codec in _LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _legacy_score(text)
        if score[0] >= _MIN_LEGACY_SHARE and (best is None or score > best[0]):
            best = (score, codec, text)
    return (best[1], best[2]) if best else None
