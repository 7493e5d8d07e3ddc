"""Lookup keys for place names: one spelling-normalized form per written name.

The gazetteer build (``train/build_gazetteer.py``) and the matcher
(:mod:`marsad.mentions.places`) must agree on how a name becomes a key, so both use
these functions.

* Arabic: the matching view of :func:`marsad.clean.normalize.normalize_key` (hamza and
  alef unified, ``ة`` -> ``ه``, ``ى`` -> ``ي``, marks dropped), punctuation turned into
  spaces, one space between words.
* Latin: accents folded, lower case, apostrophes dropped, other punctuation a space.

>>> arabic_key("دير الزُّور")
'دير الزور'
>>> latin_key("Al Qā’im")
'al qaim'
>>> sorted(spacing_variants("البو كمال"))
['البوكمال']
"""

from __future__ import annotations

import re
import unicodedata

from marsad.clean.normalize import normalize_key

#: Letters of Persian, Urdu, Kurdish and other Arabic-script alphabets that Arabic does not
#: use: a GeoNames alternate name containing one of them is not an Arabic spelling.
NON_ARABIC_LETTERS = re.compile("[پچژگڤڨۆەڵڕێےہھٹڈڑںۇۈۋۓۀڭڠۅۉێ]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_NOT_ARABIC_KEY = re.compile("[^\u0621-\u064a0-9 ]")
_APOSTROPHES = re.compile("['’‘ʼʻ`´]")
_NOT_LATIN_KEY = re.compile("[^a-z0-9]+")
_SPACES = re.compile(r"\s+")

#: First words that news writes both apart and joined to the next ("البو كمال" / "البوكمال").
JOINABLE_FIRST = frozenset({"ابو", "البو", "بو", "ام", "بني", "ابي", "كفر"})


def has_arabic(text: str) -> bool:
    """True when ``text`` contains an Arabic letter."""
    return bool(_ARABIC_LETTER.search(text))


def arabic_key(name: str) -> str | None:
    """The key of an Arabic-script name, or None when it is not an Arabic spelling.

    >>> arabic_key("مدينة حِمص")
    'مدينه حمص'
    >>> arabic_key("قاهره، ایلینوی") is None   # Persian spelling with a comma: not used
    True
    """
    if NON_ARABIC_LETTERS.search(name) or "،" in name or "," in name:
        return None
    key = normalize_key(name)
    key = re.sub(r"[-_/().«»\"'“”]", " ", key)
    if _NOT_ARABIC_KEY.search(key.replace(" ", "")):
        return None
    key = _SPACES.sub(" ", key).strip()
    return key if len(key.replace(" ", "")) >= 2 else None


#: Latin letters that do not decompose into a base letter and a mark.
_LATIN_EXTRA = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"}
)


def fold_latin(text: str) -> str:
    """Accents folded and lower-cased: ``"Ḩamāh"`` -> ``"hamah"``, ``"Ağrı"`` -> ``"agri"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return (
        "".join(c for c in decomposed if not unicodedata.combining(c))
        .lower()
        .translate(_LATIN_EXTRA)
    )


def latin_key(name: str) -> str | None:
    """The key of a Latin-script name (None when nothing is left)."""
    key = _APOSTROPHES.sub("", fold_latin(name))
    key = _NOT_LATIN_KEY.sub(" ", key).strip()
    return key or None


def spacing_variants(key: str) -> set[str]:
    """Other spacings of an Arabic key that news uses: joined or split after a particle."""
    out: set[str] = set()
    parts = key.split(" ")
    if len(parts) >= 2 and parts[0] in JOINABLE_FIRST and len(parts[1]) >= 3:
        out.add(parts[0] + parts[1] + ("" if len(parts) == 2 else " " + " ".join(parts[2:])))
    if len(parts) == 1:
        for first in ("البو", "ابو"):
            rest = key[len(first) :]
            if key.startswith(first) and len(rest) >= 3:
                out.add(first + " " + rest)
    out.discard(key)
    return out


_LATIN_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|ash|at|az|adh|ath|ad) (?=\S{4,})")


def latin_article_variant(key: str) -> str | None:
    """``"al fallujah"`` -> ``"fallujah"``: English news often drops the article."""
    m = _LATIN_ARTICLE.match(key)
    return key[m.end() :] if m else None
