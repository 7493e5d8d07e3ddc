"""Clitic-aware dictionary matching of KB actor names over a normalized text.

One Aho-Corasick automaton (pyahocorasick) holds every normalized name and alias of the
knowledge base. A hit is kept when it sits on word boundaries, where the left boundary may
be a clitic prefix glued to the name (و ف ب ل ك and their combinations: "وللحشد الشعبي"
finds "الحشد الشعبي"; ل + ال is written لل, so every "ال" name also has its "لل" form).
Overlapping hits are resolved longest first. Weak aliases ("القاعدة": al-Qaeda or "the
base") are kept only in contexts that ``lang/ar/actor_weak_rules.json`` allows.

>>> m = matcher()
>>> [(x.text, x.entries[0].id) for x in m.find(normalize_key("وأعلنت وللحشد الشعبي"))]
[('لحشد الشعبي', 'marsad:irq-pmf')]
>>> [x.entries[0].id for x in m.find(normalize_key("قصفت القوات الإسرائيلية مواقع لحماس"))]
['marsad:isr-army', 'marsad:pse-hamas']
>>> m.find(normalize_key("استقبلهم بحماس كبير"))
[]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import ahocorasick

from marsad.clean.normalize import NormalizedText, normalize_key
from marsad.resolve.actors import ActorEntry, ActorKB, load_kb
from marsad.resolve.actors_lexicon import load_lexicon

#: Clitic groups allowed before a name inside the same word.
PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
#: Prefixes before a "لل" form (ل + ال): the preposition ل with an optional conjunction.
LAM_PREFIXES = frozenset({"ل", "ول", "فل"})


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A KB name found in the normalized view: ``[start, end)`` view offsets."""

    start: int
    end: int
    text: str
    entries: tuple[ActorEntry, ...]
    weak: bool = False


class ActorMatcher:
    """Finds KB names in normalized text (build once; :func:`matcher` caches one)."""

    def __init__(self, kb: ActorKB | None = None) -> None:
        self.kb = kb or load_kb()
        self.rules = load_lexicon().weak_rules
        auto = ahocorasick.Automaton()
        payload: dict[str, list] = {}
        for names, weak in ((self.kb.names(), False), (self.kb.weak_names(), True)):
            for key, entries in names.items():
                if len(key) < 2:
                    continue
                self._add(payload, key, tuple(entries), weak, lam=False)
                if key.startswith("ال") and len(key) > 3:
                    self._add(payload, key[1:], tuple(entries), weak, lam=True)
        for key, values in payload.items():
            auto.add_word(key, (len(key), tuple(values)))
        auto.make_automaton()
        self._auto = auto

    @staticmethod
    def _add(payload: dict[str, list], key: str, entries: tuple, weak: bool, lam: bool) -> None:
        payload.setdefault(key, []).append((entries, weak, lam))

    def find(self, text: str, view: NormalizedText | None = None) -> list[NameMatch]:
        """Non-overlapping KB names in normalized ``text``, longest first, in text order.

        With ``view`` (the normalized view ``text`` came from), a Latin acronym alias
        written in lower case in the original ("who") is not a match for "WHO".
        """
        cands: list[NameMatch] = []
        n = len(text)
        for end_idx, (length, values) in self._auto.iter(text):
            end = end_idx + 1
            start = end - length
            if end < n and _is_word_char(text[end]):
                continue
            ws = start
            while ws > 0 and _is_word_char(text[ws - 1]):
                ws -= 1
            prefix = text[ws:start]
            for entries, weak, lam in values:
                if lam:
                    if prefix not in LAM_PREFIXES:
                        continue
                elif prefix not in PREFIXES or (prefix and not text[start].isalpha()):
                    continue
                if prefix and not _arabic(text[start]):
                    continue
                if weak and not self._weak_ok(text, ws, start, end, prefix):
                    continue
                if view is not None and text[start].isascii():
                    a, b = view.to_original(start, end)
                    if _lowercase_name(view.original[a:b], entries):
                        continue
                    if _acronym_as_surname(view.original, a, b, entries):
                        continue
                cands.append(NameMatch(start, end, text[start:end], entries, weak))
                break
        cands.sort(key=lambda m: (-(m.end - m.start), m.weak, m.start))
        taken: list[NameMatch] = []
        used = bytearray(n + 1)
        for m in cands:
            if any(used[m.start : m.end]):
                continue
            used[m.start : m.end] = b"\x01" * (m.end - m.start)
            taken.append(m)
        taken.sort(key=lambda m: m.start)
        return taken

    def _weak_ok(self, text: str, ws: int, start: int, end: int, prefix: str) -> bool:
        r = self.rules
        if any(ch in r["reject_prefix_letters"] for ch in prefix):
            return False
        nxt = _next_word(text, end)
        if nxt and (
            (r.get("reject_next_definite_adjective") and _definite_adjective(nxt))
            or nxt in r["reject_next_words"]
        ):
            return False
        prev = _prev_word(text, ws)
        return not (prev and prev in r["reject_previous_words"])


def _definite_adjective(word: str) -> bool:
    """A definite nisba-like word ("العسكرية", "الامريكي"): a weak alias it follows is a noun."""
    return word.startswith("ال") and word.endswith(("ي", "يه", "يين", "يون")) and len(word) > 4


def _arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


def _next_word(text: str, pos: int) -> str:
    i = pos
    while i < len(text) and text[i] == " ":
        i += 1
    j = i
    while j < len(text) and _is_word_char(text[j]):
        j += 1
    return text[i:j]


def _prev_word(text: str, pos: int) -> str:
    j = pos
    while j > 0 and text[j - 1] == " ":
        j -= 1
    i = j
    while i > 0 and _is_word_char(text[i - 1]):
        i -= 1
    return text[i:j]


@cache
def matcher() -> ActorMatcher:
    """The matcher over the shipped KB (built once per process)."""
    return ActorMatcher()


def find_names(text: str) -> list[NameMatch]:
    """KB names in raw ``text`` (normalized first; offsets are into the normalized view).

    >>> [m.entries[0].name_en for m in find_names("قال الرئيس الأمريكي باراك أوباما")]
    ['Barack Obama']
    """
    return matcher().find(normalize_key(text))


def _acronym_as_surname(original: str, a: int, b: int, entries: tuple) -> bool:
    """True when an acronym the knowledge base writes in capitals ("SANA") stands here
    in title case right after two capitalized words: a person's family name after a title
    and a given name ("Minister Mahamadou Sana"), not the agency ("news agency Sana",
    "Syrian Sana news agency" and "European Nato members" still are)."""
    written = original[a:b]
    if not (written[:1].isupper() and written[1:].islower() and written.isalpha()):
        return False
    acronyms = _english_forms(written, entries)
    if not acronyms or not all(alias.isupper() for alias in acronyms):
        return False
    before = original[max(0, a - 60) : a].split()
    # two capitalized words before it: a title and a given name ("Minister Mahamadou
    # Sana"); one may be a nationality ("European Nato members", "Syrian Sana news agency")
    return len(before) >= 2 and all(w[:1].isupper() and w.isalpha() for w in before[-2:])


def _lowercase_name(written: str, entries: tuple) -> bool:
    """True when a Latin-script name the knowledge base writes with capitals (an acronym,
    "WHO", "UN"; a proper name, "Bush") is written here in lower case.

    The matcher runs on the lower-cased view, so "who" and "un" would otherwise find
    the World Health Organization and the United Nations, and "into the bush" George
    H. W. Bush.
    """
    if not written.isascii() or not written.replace(" ", "").isalpha():
        return False
    if written.isupper() or not written.islower():
        return False
    same = _english_forms(written, entries)
    return bool(same) and all(not alias.islower() for alias in same)


def _english_forms(written: str, entries: tuple) -> list[str]:
    """The English names and aliases of ``entries`` that are ``written`` but for case."""
    return [
        alias
        for e in entries
        for alias in (e.name_en, *e.aliases_en)
        if alias and alias.lower() == written.lower()
    ]
