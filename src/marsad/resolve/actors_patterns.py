"""Pattern recognizers for actors the KB does not name: roles, titles, sources, institutions.

Each finder walks the document's word tokens (:class:`Words`) and returns
:class:`Candidate` actor mentions in ``Document.text`` offsets:

* :func:`find_roles` -- nationality + role ("جندي سوري" -> SYR MIL, "مصادر أمنية عراقية" ->
  an anonymous security source, IRQ, COP);
* :func:`find_institutions` -- an institution named without its state ("المتحدث باسم وزارة
  الدفاع" -> the defence ministry of the document's country);
* :func:`find_demonym_people` -- a nationality used as a noun ("مقتل خمسة فلسطينيين" -> PSE).

Title + name patterns live in :mod:`marsad.resolve.actors_titles`. A finder never invents a
country: it comes from a nationality word or state name in the phrase, or (for institutions
and offices only) from the document's country as the caller computed it.

>>> from marsad.resolve.actors_link import link
>>> [(m.text, m.actor.country, m.actor.sector) for m in link("قتل جندي سوري وجرح مسلحون")]
[('جندي سوري', 'SYR', 'MIL'), ('مسلحون', None, 'UAF')]
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from marsad.clean.normalize import normalize_key
from marsad.document import Actor, Token
from marsad.lang import data_path, read_lines
from marsad.resolve.actors import ActorEntry, ActorKB
from marsad.resolve.actors_lexicon import (
    Institution,
    Lexicon,
    RoleNoun,
    bare,
    bare_readings,
    countries,
    demonym_country,
    demonym_people,
    demonym_table,
    english_country_names,
    military_country,
)

_COMBINING = set(range(0x0610, 0x061B)) | set(range(0x064B, 0x0660)) | {0x0670, 0x0640}
_STOP_AFTER_ROLE = frozenset(
    {"في", "من", "على", "الى", "عن", "مع", "بين", "الذي", "التي", "الذين", "قد", "كما", "او", "ان"}
)


@dataclass(slots=True)
class Candidate:
    """A proposed actor mention: ``[start, end)`` in ``Document.text``."""

    start: int
    end: int
    kind: str
    actor: Actor
    source: str
    entry: ActorEntry | None = None
    name_words: list[str] = field(default_factory=list)
    priority: int = 0
    emit: bool = True  # False: only reserves its span (a title before a KB-named person)


@dataclass(slots=True)
class Words:
    """The word tokens of a document with their normalized and bare forms."""

    text: str
    toks: list[Token]
    norms: list[str]
    bares: list[list[str]]
    prefix: list[list[int]]
    lang: str
    _nat: dict[int, tuple[str, int] | None] = field(default_factory=dict)
    _firsts: dict[int, frozenset[str]] = field(default_factory=dict)
    _is_word: list[bool] = field(default_factory=list)
    hot: list[int] = field(default_factory=list)

    @classmethod
    def build(
        cls, text: str, tokens: list[Token], lang: str, triggers: frozenset[str] | None = None
    ) -> Words:
        """Index ``tokens`` (all of them, punctuation included, so adjacency is kept).

        ``triggers`` (bare first words of every pattern) marks the *hot* tokens where a
        pattern may start; the finders look at those only.
        """
        norms = [t.norm for t in tokens]
        bares: list = []
        prefix: list = []
        hot: list[int] = []
        if lang == "ar":
            readings = _READINGS
            if len(readings) >= _READINGS_MAX:
                readings.clear()
            for i, t in enumerate(tokens):
                if not t.is_word:
                    bares.append((t.norm.lower(),))
                    prefix.append((0,))
                    continue
                r = readings.get(t.norm)
                if r is None:
                    r = readings[t.norm] = _split_readings(t.norm)
                bares.append(r[0])
                prefix.append(r[1])
                if triggers is not None and (t.stem in triggers or not triggers.isdisjoint(r[0])):
                    hot.append(i)
        else:
            for n in norms:
                bares.append((n.lower(),))
                prefix.append((0,))
        words = cls(text, tokens, norms, bares, prefix, lang)
        words.hot = list(range(len(tokens))) if triggers is None or lang != "ar" else hot
        return words

    def next_hot(self, i: int) -> int:
        """The first hot token at or after ``i`` (``len(self)`` when none)."""
        k = bisect.bisect_left(self.hot, i)
        return self.hot[k] if k < len(self.hot) else len(self.toks)

    def __len__(self) -> int:
        return len(self.toks)

    def is_word(self, i: int) -> bool:
        """Whether token ``i`` exists and is a word (not punctuation)."""
        if not self._is_word:
            self._is_word = [t.is_word for t in self.toks]
        return 0 <= i < len(self._is_word) and self._is_word[i]

    def start_after_clitic(self, i: int, reading: int = 0) -> int:
        """Offset of token ``i`` in ``text`` after the clitic prefix of its ``reading``."""
        tok = self.toks[i]
        k = self.prefix[i][reading] if reading < len(self.prefix[i]) else 0
        return _skip_letters(self.text, tok.start, tok.end, k)

    def match_phrase(self, i: int, table: dict, max_len: int) -> tuple[int, object, int] | None:
        """Longest phrase of ``table`` (keys: tuples of bare words) starting at token ``i``.

        The first word is compared in all its bare readings, later words as normalized or
        bare. Returns ``(number of tokens, value, reading of the first word)`` or None.
        """
        if not self.is_word(i):
            return None
        firsts = self._firsts.get(id(table))
        if firsts is None:
            firsts = self._firsts[id(table)] = frozenset(k[0] for k in table)
        if not any(b in firsts for b in self.bares[i]):
            return None
        for n in range(min(max_len, len(self.toks) - i), 0, -1):
            if not all(self.is_word(i + k) for k in range(n)):
                continue
            tails = [tuple(self._later(i + k) for k in range(1, n))]
            if n > 1:
                tails.append(tuple(bare(self.norms[i + k]) for k in range(1, n)))
            for tail in tails:
                for r, first in enumerate(self.bares[i]):
                    val = table.get((first, *tail))
                    if val is not None:
                        return n, val, r
        return None

    def match_stem_phrase(self, i: int, table: dict, max_len: int) -> tuple[int, object] | None:
        """Longest phrase of ``table`` (keys: tuples of normalized words, article kept) at token
        ``i``, its first word compared without clitic prefixes ("ووزير" -> "وزير")."""
        if not self.is_word(i):
            return None
        first = self.toks[i].stem if self.lang == "ar" else self.norms[i]
        firsts = self._firsts.get(id(table))
        if firsts is None:
            firsts = self._firsts[id(table)] = frozenset(k[0] for k in table)
        if first not in firsts:
            return None
        for n in range(min(max_len, len(self.toks) - i), 0, -1):
            if not all(self.is_word(i + k) for k in range(n)):
                continue
            val = table.get((first, *(self.norms[i + k] for k in range(1, n))))
            if val is not None:
                return n, val
        return None

    def _later(self, i: int) -> str:
        return self.norms[i].lower() if self.lang != "ar" else self.norms[i]


#: :func:`_split_readings` of the word forms seen so far (cleared when full).
_READINGS: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {}
_READINGS_MAX = 200_000


def _split_readings(norm: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    readings = bare_readings(norm)
    return tuple(f for _, f in readings), tuple(k for k, _ in readings)


def _skip_letters(text: str, start: int, end: int, k: int) -> int:
    """Offset after the first ``k`` letters of ``text[start:end]`` (marks belong to a letter)."""
    pos = start
    seen = 0
    while pos < end and seen < k:
        pos += 1
        seen += 1
        while pos < end and ord(text[pos]) in _COMBINING:
            pos += 1
    return pos


def nationality_at(words: Words, i: int) -> tuple[str, int] | None:
    """``(ISO3, tokens used)`` when token ``i`` (or ``i, i+1``) is a nationality word."""
    if i in words._nat:
        return words._nat[i]
    words._nat[i] = found = _nationality_at(words, i)
    return found


def _nationality_at(words: Words, i: int) -> tuple[str, int] | None:
    if not words.is_word(i):
        return None
    if words.is_word(i + 1):
        two = f"{words.norms[i]} {words.norms[i + 1]}"
        c = demonym_table().get(" ".join(bare(w) for w in two.split()))
        if c:
            return c, 2
    c = demonym_country(words.norms[i])
    return (c, 1) if c else None


def country_label(iso3: str | None, label: str) -> str:
    """``("SYR", "soldiers")`` -> ``"Syrian soldiers"``; no country -> the label."""
    if not iso3:
        return label
    info = countries().get(iso3)
    return f"{info.adj_en} {label}" if info else label


def find_roles(
    words: Words,
    lex: Lexicon,
    covered: bytearray,
    states: dict[int, str],
    orgs: frozenset[int] = frozenset(),
    country_at: Callable[[int], str | None] | None = None,
) -> list[Candidate]:
    """Nationality + role candidates (Arabic: noun then adjective; English: adjective then noun).

    ``states`` maps a token index to the ISO3 of a KB state name starting there (for
    "متظاهرون من ألمانيا"); ``orgs`` holds the token indices where a KB organization or
    person starts: a role noun right before one ("مسلحو حماس", "ميليشيات الحوثي") is that
    actor's, not a separate one. ``covered`` marks text offsets already taken.
    """
    if words.lang != "ar":
        return _find_roles_en(words, lex, covered)
    out: list[Candidate] = []
    i = 0
    while (i := words.next_hot(i)) < len(words):
        hit = words.match_phrase(i, lex.roles_ar, lex.max_role_len)
        if hit is None or _is_covered(words, i, i + hit[0], covered):
            i += 1
            continue
        n, noun, reading = hit
        if i + n in orgs or (words.norms[i + n : i + n + 1] == ["من"] and i + n + 1 in orgs):
            i += n
            continue
        cand = _role_candidate(words, lex, i, n, noun, reading, covered, states, country_at)
        if cand is not None:
            out.append(cand)
            i = _token_after(words, cand.end)
        else:
            i += n
    return out


def role_before(words: Words, lex: Lexicon, i: int) -> bool:
    """True when the tokens right before token ``i`` are an Arabic role noun and token ``i``
    reads as a nationality: a country name there is an adjective ("الطائرات السعودية"
    are Saudi aircraft, not Saudi Arabia)."""
    if words.lang != "ar" or not words.is_word(i) or nationality_at(words, i) is None:
        return False
    for n in range(1, lex.max_role_len + 1):
        k = i - n
        if k < 0:
            break
        hit = words.match_phrase(k, lex.roles_ar, lex.max_role_len)
        if hit is not None and k + hit[0] == i:
            return True
    return False


def _role_candidate(
    words, lex, i, n, noun: RoleNoun, reading, covered, states, country_at=None
) -> Candidate | None:
    if noun.definite and bare(words.norms[i + n - 1]) == words.norms[i + n - 1]:
        return None  # "مقاومة الفساد" (resisting corruption): the body is written definite
    country = noun.country
    sector = noun.sector
    qual_label = ""
    j = i + n
    end_tok = j
    for _ in range(3):
        if not words.is_word(j) or _is_covered(words, j, j + 1, covered):
            break
        nat = nationality_at(words, j)
        if nat:
            country = country or nat[0]
            j += nat[1]
            end_tok = j
            continue
        q = lex.qualifiers.get(bare(words.norms[j])) if noun.qualified else None
        if q:
            sector = q[0] or sector
            qual_label = qual_label or q[1]
            j += 1
            end_tok = j
            continue
        if words.norms[j] in ("من", "في") and country is None:
            country = _state_after(words, j, states)
            break
        if noun.qualified or not _adjective_like(words.norms[j]):
            break
        if words.match_phrase(j, lex.roles_ar, lex.max_role_len) is not None:
            break  # "قتل مسلحون جنديين عراقيين": another role noun, the object, not a modifier
        j += 1  # a modifier such as "المركزي", "مجهولين": look one word further
    if noun.needs_nat and country is None:
        return None
    if noun.qualified and country is None and not qual_label:
        return None  # a bare "مصدر" / "المسؤول" says nothing (or is not a person at all)
    if country is None and noun.ctx and country_at is not None:
        country = country_at(words.toks[i].start)
        if sector == "MIL":  # "الجنود" in a West Bank story: the occupying army's
            country = military_country(country)
    if noun.source:
        adj = countries()[country].adj_en + " " if country in countries() else ""
        name = f"anonymous {adj}{qual_label + ' ' if qual_label else ''}source"
    else:
        name = country_label(
            country, f"{qual_label} {noun.label_en}" if qual_label else noun.label_en
        )
    start = words.start_after_clitic(i, reading)
    end = words.toks[end_tok - 1].end
    actor = Actor(name=name, country=country, sector=sector)
    return Candidate(start, end, noun.kind, actor, "role")


def _find_roles_en(words: Words, lex: Lexicon, covered: bytearray) -> list[Candidate]:
    out = []
    for i in range(len(words)):
        hit = words.match_phrase(i, lex.roles_en, 3)
        if hit is None or _is_covered(words, i, i + hit[0], covered):
            continue
        n, noun, _ = hit
        country = noun.country
        start_tok = i
        if i > 0 and words.is_word(i - 1):
            prev = words.norms[i - 1].lower()
            c = demonym_table().get(prev)
            if c:
                country, start_tok = c, i - 1
            elif prev.endswith(("'s", "’s")):  # "Mali's army": the state's name stays its own
                country = english_country_names().get(prev[:-2], country)
        if (noun.needs_nat or noun.source) and country is None:
            continue
        label = "anonymous source" if noun.source else noun.label_en
        actor = Actor(name=country_label(country, label), country=country, sector=noun.sector)
        out.append(
            Candidate(
                words.toks[start_tok].start, words.toks[i + n - 1].end, noun.kind, actor, "role"
            )
        )
    return out


def find_institutions(
    words: Words,
    lex: Lexicon,
    kb: ActorKB,
    covered: bytearray,
    states: dict[int, str],
    country_at: Callable[[int], str | None],
    date: str | None,
) -> list[Candidate]:
    """Institution nouns without their state, resolved to the stated or the context's state.

    ``country_at(offset)`` gives the country the context of a text offset states.
    """
    if words.lang != "ar":
        return []
    out: list[Candidate] = []
    i = 0
    while (i := words.next_hot(i)) < len(words):
        hit = words.match_phrase(i, lex.institutions, lex.max_inst_len)
        if hit is None and "وزاره" in words.bares[i] and words.is_word(i + 1):
            if _definite(words.norms[i + 1]):  # any ministry: "وزارة التعليم"
                label = "Ministry"
                hit = (2, Institution("", "GOV", label), words.bares[i].index("وزاره"))
        if hit is None or _is_covered(words, i, i + hit[0], covered):
            i += 1
            continue
        n, inst, reading = hit
        if n == 1 and not _definite(words.norms[i]):
            i += 1
            continue  # "مخابرات" (an intelligence service) is not "المخابرات"
        j = i + n
        country = None
        end_tok = j
        nat = nationality_at(words, j)
        if not nat and words.is_word(j) and words.norms[j] in lex.other_bodies.get(inst.key, ()):
            i = j  # "الجيش الوطني", "الجيش الحر": another army than the state's
            continue
        if nat:
            country, end_tok = nat[0], j + nat[1]
        elif words.norms[j : j + 1] == ["في"]:
            country = _state_after(words, j, states)
        if country is None:
            country = country_at(words.toks[i].start)
            if inst.sector == "MIL":  # "قوات كبيرة من الجيش" in a West Bank story
                country = military_country(country)
        entry = kb.institution(country, inst.key) if country and inst.key else None
        if entry is not None:
            actor = entry.actor(date)
        else:
            actor = Actor(
                name=country_label(country, inst.label_en), country=country, sector=inst.sector
            )
        start = words.start_after_clitic(i, reading)
        out.append(
            Candidate(start, words.toks[end_tok - 1].end, "ORG", actor, "institution", entry)
        )
        i = end_tok
    return out


def find_demonym_people(words: Words, covered: bytearray) -> list[Candidate]:
    """Nationality words no other pattern took.

    A plural, accusative or broken-plural form names people ("مقتل خمسة فلسطينيين",
    "الأفغان"): a PER mention. Any other form is an adjective ("ضربة جوية أمريكية"): a MISC
    mention (the CoNLL convention for nationalities) whose actor carries only the country.
    In English a capitalized nationality word is an adjective ("a Russian drone strike"),
    its plural people ("two Israelis").
    """
    if words.lang != "ar":
        return _english_demonyms(words, covered)
    people = demonym_people()
    out = []
    i = 0
    while (i := words.next_hot(i)) < len(words):
        if not words.is_word(i) or _is_covered(words, i, i + 1, covered):
            i += 1
            continue
        nat = nationality_at(words, i)
        if nat is None or _is_covered(words, i, i + nat[1], covered):
            i += 1
            continue
        iso3, n = nat
        reading = next((r for r, f in enumerate(words.bares[i]) if f in people), None)
        is_people = reading is not None or (n == 2 and words.norms[i + 1].endswith(("ين", "ون")))
        kind, label = ("PER", "people") if is_people else ("MISC", "")
        actor = Actor(name=country_label(iso3, label).strip(), country=iso3, sector=None)
        start = words.start_after_clitic(i, reading or 0)
        out.append(Candidate(start, words.toks[i + n - 1].end, kind, actor, "demonym"))
        i += n
    return out


def _english_demonyms(words: Words, covered: bytearray) -> list[Candidate]:
    """English nationality words no other pattern took: "Russian" (MISC, an adjective),
    "Israelis" (PER, people); capitalized only ("french fries" is no nationality), and not
    before another capitalized word, whose title or name it opens ("Egyptian President")."""
    table = demonym_table()
    out = []
    for i, tok in enumerate(words.toks):
        text = tok.text
        if not text[:1].isupper() or not words.is_word(i) or _is_covered(words, i, i + 1, covered):
            continue
        low = text.lower()
        plural = low not in table and low.endswith("s") and low[:-1] in table
        iso3 = table.get(low) or (table.get(low[:-1]) if plural else None)
        if iso3 is None:
            continue
        nxt = words.toks[i + 1].text if i + 1 < len(words.toks) else ""
        if not plural and nxt[:1].isupper():
            continue  # part of a title or a name: "Egyptian President Abdel Fattah al-Sisi"
        if not plural and nxt.lower() in _english_place_nouns():
            continue  # a place's adjective: "the northern Yemeni province of Saada"
        kind, label = ("PER", "people") if plural else ("MISC", "")
        actor = Actor(name=country_label(iso3, label).strip(), country=iso3, sector=None)
        out.append(Candidate(tok.start, tok.end, kind, actor, "demonym"))
    return out


@cache
def _english_place_nouns() -> frozenset[str]:
    """Nouns of ``lang/en/actor_place_nouns.txt``: after them a nationality describes a place."""
    return frozenset(read_lines("en", "actor_place_nouns.txt"))


def _adjective_like(norm: str) -> bool:
    """Whether a word looks like an adjective that may stand between a noun and its nationality."""
    return norm.endswith(("ي", "يه", "يون", "يين", "ين", "ون")) and len(norm) > 3


def _state_after(words: Words, j: int, states: dict[int, str]) -> str | None:
    """The state of a place named right after the preposition at ``j`` ("في ضواحي نابولي")."""
    for k in (j + 1, j + 2):
        if k in states:
            return states[k] or None
        if not words.is_word(k):
            return None
    return None


def _definite(norm: str) -> bool:
    """Whether a normalized word carries the article (الـ, or لل after a preposition)."""
    w = norm
    for p in ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ك"):
        if w.startswith(p + "ال"):
            return True
    return w.startswith(("ال", "لل", "ولل", "فلل"))


def _is_covered(words: Words, i: int, j: int, covered: bytearray) -> bool:
    a = words.toks[i].start
    b = words.toks[min(j, len(words.toks)) - 1].end
    return any(covered[a:b])


def _token_after(words: Words, offset: int) -> int:
    """Index of the first token starting at or after ``offset``."""
    lo, hi = 0, len(words.toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if words.toks[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


@cache
def _context_table() -> tuple[dict[str, dict[str, str]], dict[str, frozenset[str]]]:
    """``(name -> {story country: KB id}, name -> describing adjectives)`` of
    ``lang/ar/actor_context_names.tsv`` (normalized spellings)."""
    out: dict[str, dict[str, str]] = {}
    describing: dict[str, frozenset[str]] = {}
    text = data_path("ar", "actor_context_names.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        name, countries, actor_id = (normalize_key(cols[0]), cols[1], cols[2])
        for iso in countries.split("|"):
            out.setdefault(name, {})[iso.strip()] = actor_id.strip()
        if len(cols) > 3 and cols[3].strip():
            more = {normalize_key(w) for w in cols[3].split("|")}
            describing[name] = describing.get(name, frozenset()) | more
    return out, describing


def find_context_names(
    words: Words,
    kb: ActorKB,
    covered: bytearray,
    country_at: Callable[[int], str | None],
    date: str | None,
) -> list[Candidate]:
    """Bare names whose actor is the story country's (``actor_context_names.tsv``):
    "طيران التحالف" in a story about Yemen is the Saudi-led coalition's, in one about
    Syria the US-led coalition's. A definite word after the name makes it another body
    ("التحالف الوطني"), unless the table lists it as describing the name ("التحالف
    العسكري"); a name inside a longer one is already covered."""
    if words.lang != "ar":
        return []
    table, describing = _context_table()
    out: list[Candidate] = []
    for i, t in enumerate(words.toks):
        rows = table.get(t.stem)
        if rows is None or any(covered[t.start : t.end]):
            continue
        nxt = words.norms[i + 1] if words.is_word(i + 1) else ""
        if nxt.startswith("ال") and nxt not in describing.get(t.stem, ()):
            continue
        actor_id = rows.get(country_at(t.start) or "")
        entry = kb.get(actor_id) if actor_id else None
        if entry is None:
            continue
        start = _skip_letters(words.text, t.start, t.end, len(t.prefixes))
        end = words.toks[i + 1].end if nxt.startswith("ال") else t.end  # with its adjective
        out.append(Candidate(start, end, "ORG", entry.actor(date), "context", entry, priority=1))
    return out
