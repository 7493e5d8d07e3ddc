"""Title + name patterns: "وزير الداخلية عبد الأمير الشمري" -> a person, GOV, the country.

A title (``lang/ar/actor_titles.tsv``) may be followed by a nationality word
("الرئيس الأمريكي"), a state name ("أمير قطر"), an organization of the KB ("الأمين العام
لحزب الله"), "السابق" (former: sector ELI) and a comma, then a name. The name is the NER's
PER mention starting there, a KB person, or -- without either -- a run of name-like words
that opens with a known first name (``lang/ar/ner_first_names.tsv``) or عبد / أبو.

Without a name, a state office ("رئيس الوزراء البريطاني") is itself an actor mention; when
the document's date is known and the KB holds exactly one person in that office on that
date, the mention links to that person.

>>> from marsad.resolve.actors_link import link
>>> [(m.text, m.actor.name) for m in link("قال وزير الداخلية عبد الأمير الشمري إن")]
[('وزير الداخلية', 'Abdul Amir al-Shammari'), ('عبد الأمير الشمري', 'Abdul Amir al-Shammari')]
>>> m = link("وقال وزير الإعلام العراقي محمد جواد الحسن", published="2023-05-01")[-1]
>>> (m.text, m.actor.name, m.actor.country, m.actor.sector)
('محمد جواد الحسن', 'محمد جواد الحسن', 'IRQ', 'GOV')
>>> m = link("وصرح رئيس الوزراء البريطاني أمس", published="2008-03-01")[0]
>>> (m.text, m.actor.name, m.actor.country)
('رئيس الوزراء البريطاني', 'Gordon Brown', 'GBR')
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cache

from marsad.clean.normalize import normalize_key
from marsad.document import Actor
from marsad.lang import data_path
from marsad.resolve.actors import ActorEntry, ActorKB, Role
from marsad.resolve.actors_lexicon import Lexicon, Title, bare, countries, demonym_country
from marsad.resolve.actors_patterns import Candidate, Words, country_label, nationality_at

#: Offices that stand for an actor on their own ("رئيس الوزراء البريطاني").
OFFICE_KEYS = frozenset(
    {
        "president", "vice_president", "prime_minister", "deputy_prime_minister", "chancellor",
        "king", "queen", "emir", "crown_prince", "sultan", "supreme_leader", "foreign_minister",
        "defence_minister", "interior_minister", "finance_minister", "speaker", "chief_of_staff",
    }
)  # fmt: skip
#: Titles whose holder is not of the document's country by default.
_FOREIGN_KEYS = frozenset({"ambassador", "envoy"})
#: Offices a monarchy does not have: "الرئيس" and a name in its story is another state's.
_REPUBLICAN_KEYS = frozenset({"president"})
#: The definite title as normalized, alone or after ل ("الرئيس", "للرئيس").
_THE_PRESIDENT = (normalize_key("الرئيس"), normalize_key("للرئيس"))
#: Offices only a state with royals has (``CountryInfo.royal``).
_MONARCHIC_KEYS = frozenset({"king", "queen", "emir", "crown_prince", "sultan"})
_FORMER = frozenset({"السابق", "الاسبق", "السابقه", "المقال", "المستقيل"})
_NAME_PARTICLES = frozenset({"عبد", "ابو", "ابن", "بن", "بنت", "ام", "ال"})
_COMMA = frozenset({",", "،"})
#: Words before the state an envoy or ambassador is posted to ("سفير السعودية لدى الأردن").
_POSTED_TO = frozenset({"لدى", "الى", "في"})


@cache
def _incumbents(kb: ActorKB) -> dict[tuple[str, str], list[tuple[ActorEntry, Role]]]:
    index: dict[tuple[str, str], list[tuple[ActorEntry, Role]]] = defaultdict(list)
    for e in kb.entries:
        for r in e.roles:
            if r.country:
                index[(r.title, r.country)].append((e, r))
    return dict(index)


def incumbent(kb: ActorKB, title_key: str, country: str, date: str) -> ActorEntry | None:
    """The one KB person holding ``title_key`` in ``country`` on ``date`` (None if 0 or >1).

    >>> from marsad.resolve.actors import load_kb
    >>> incumbent(load_kb(), "prime_minister", "IRQ", "2010-06-01").name_en
    'Nouri al-Maliki'
    """
    holders = {e.id: e for e, r in _incumbents(kb).get((title_key, country), []) if r.active(date)}
    return next(iter(holders.values())) if len(holders) == 1 else None


def find_titled(
    words: Words,
    lex: Lexicon,
    kb: ActorKB,
    covered: bytearray,
    spans: dict[str, dict[int, tuple[int, ActorEntry | None]]],
    country_at: Callable[[int], str | None],
    date: str | None,
) -> list[Candidate]:
    """Title + name (and bare office) candidates.

    ``spans`` holds token-indexed spans found before: ``"person"`` and ``"org"`` (KB
    matches), ``"state"`` (KB state names), ``"ner"`` (NER PER mentions) and ``"place"``
    (the places stage's LOC mentions: an office's town or province, "محافظ ذي قار"), each
    ``start token -> (end token, entry)``.
    """
    if words.lang != "ar":
        return []
    out: list[Candidate] = []
    i = 0
    while (i := words.next_hot(i)) < len(words):
        hit = words.match_stem_phrase(i, lex.titles, lex.max_title_len)
        while hit is not None and any(
            covered[words.toks[i].start : words.toks[i + hit[0] - 1].end]
        ):
            # a shorter title that stops before a KB name: "المتحدث باسم" + "الحكومة العراقية"
            hit = words.match_stem_phrase(i, lex.titles, hit[0] - 1) if hit[0] > 1 else None
        if hit is None:
            i += 1
            continue
        n, title = hit
        if n == 1 and words.norms[i].startswith("ال") and _after_definite_noun(words, i):
            i += 1
            continue  # "الدافع الرئيس": an adjective ("main"), not the title
        if _in_facility_name(words, lex, i):
            i += n
            continue  # "سد الملك فهد", "جامعة الملك سعود"
        doc_country = country_at(words.toks[i].start)
        cand, nxt = _after_title(words, lex, kb, covered, spans, i, n, title, doc_country, date)
        if isinstance(cand, list):
            out.extend(cand)
        elif cand is not None:
            out.append(cand)
        i = max(nxt, i + 1)
    return out


def _after_title(words, lex, kb, covered, spans, i, n, title: Title, doc_country, date):
    if title.key in _MONARCHIC_KEYS and not (
        doc_country in countries() and countries()[doc_country].royal
    ):
        doc_country = None  # "زيارة ولي العهد لمصر": a republic's context names no crown prince
    if (
        title.key in _REPUBLICAN_KEYS
        and doc_country in countries()
        and countries()[doc_country].monarchy
        and words.norms[i].endswith(_THE_PRESIDENT)
    ):
        doc_country = None  # "الرئيس رمضان قاديروف" in a Saudi story: another state's
    j = i + n
    country: str | None = None
    org: ActorEntry | None = None
    former = False
    for _ in range(4):
        if j >= len(words):
            break
        if words.norms[j] in _COMMA:
            j += 1
            continue
        if not words.is_word(j):
            break
        if words.norms[j] in _FORMER:
            former = True
            j += 1
            continue
        honorific = words.match_stem_phrase(j, lex.titles, lex.max_title_len)
        if honorific is not None and honorific[1].kind == "honorific":
            j += honorific[0]  # "اللواء الدكتور محمد السعدان"
            continue
        nat = nationality_at(words, j)
        if nat and country is None and j not in spans["person"]:
            country = nat[0]
            j += nat[1]
            continue
        if j in spans["state"] and country is None:
            end, entry = spans["state"][j]
            country = entry.country if entry else None
            j = end
            continue
        if words.norms[j] == "في" and country is None:
            k = next((k for k in (j + 1, j + 2) if k in spans["state"]), None)
            if k is not None:
                end, entry = spans["state"][k]
                country = entry.country if entry else None
                j = end
                continue
        if (
            j in spans.get("place", {})
            and j not in spans["state"]
            and title.kind == "office"
            and j + 1 < len(words)
            and spans["place"][j][0] < len(words)
            and country is None
        ):
            # "محافظ ذي قار مرتضى الإبراهيمي", "مدير ناحية سيدكان إحسان جلبي": the post's
            # town or province, then the holder's name
            j = spans["place"][j][0]
            country = doc_country
            continue
        if j in spans["org"] and org is None:
            end, org = spans["org"][j]
            country = country or (org.country if org else None)
            j = end
            continue
        if words.norms[j] in _POSTED_TO and j + 1 in spans["state"] and (country or org):
            j = spans["state"][j + 1][0]  # where an envoy is posted: "لدى الأردن", "إلى سورية"
            continue
        break
    if title.kind == "honorific":
        return None, j
    sector = "ELI" if former else (title.sector or (org.sector if org else None))
    if j in spans["person"]:  # the KB names the person: the title phrase is theirs too
        end_tok, entry = spans["person"][j]
        start, end = words.start_after_clitic(i, 0), _phrase_end(words, i, j)
        if entry is None or title.kind in ("honorific", "rank"):
            return Candidate(start, end, "PER", Actor(name=""), "title", emit=False), end_tok
        actor = entry.actor(date)
        if former:
            actor = Actor(name=actor.name, country=actor.country, sector="ELI", id=actor.id)
        return Candidate(start, end, "PER", actor, "title", entry), end_tok
    name_end = _name_end(words, lex, spans, j, relaxed=title.kind in ("office", "rank"))
    if name_end is not None:
        if not sector:
            return None, name_end
        if country is None and title.kind in ("office", "rank") and title.key not in _FOREIGN_KEYS:
            country = doc_country
        start, end = words.start_after_clitic(j), words.toks[name_end - 1].end
        name = words.text[start:end]
        actor = Actor(name=name, country=country, sector=sector)
        names = [_stem(words, k) for k in range(j, name_end)]
        person = Candidate(start, end, "PER", actor, "title", name_words=names, priority=1)
        title_span = Candidate(
            words.start_after_clitic(i, 0), _phrase_end(words, i, j), "PER", actor, "title"
        )
        return [title_span, person], name_end
    if title.kind == "org" and org is not None and not former:
        # "المتحدث باسم الأمم المتحدة", "الأمين العام لحزب الله": a post in a named
        # organization speaks and acts for it
        start, end = words.start_after_clitic(i, 0), _phrase_end(words, i, j)
        return Candidate(start, end, "PER", org.actor(date), "title", priority=1), j
    if title.kind != "office" or title.key not in OFFICE_KEYS or org is not None:
        return None, j
    if country is None and n == 1:
        return None, j  # "الرئيس" alone may head a club: only a stated state makes it an office
    country = country or doc_country
    if country is None:
        return None, j
    start, end = words.start_after_clitic(i, 0), _phrase_end(words, i, j)
    holder = incumbent(kb, title.key, country, date) if (country and date and not former) else None
    if holder is not None:
        return Candidate(start, end, "PER", holder.actor(date), "office", holder, priority=1), j
    actor = Actor(name=country_label(country, title.label_en), country=country, sector=sector)
    return Candidate(start, end, "PER", actor, "office", priority=1), j


def _phrase_end(words: Words, i: int, j: int) -> int:
    """End offset of the title phrase of tokens ``[i, j)``, without trailing commas
    ("الأمين العام للأمم المتحدة، بان كي مون")."""
    k = j - 1
    while k > i and words.norms[k] in _COMMA:
        k -= 1
    return words.toks[k].end


def _name_end(words: Words, lex: Lexicon, spans, j: int, relaxed: bool = True) -> int | None:
    """End token (exclusive) of a person's name starting at token ``j``, or None.

    A name opens with a known first name (or عبد / أبو ...); after a state office or a rank
    (``relaxed``) an unknown first word is accepted when no word of the name looks like a
    common word: none carries a clitic prefix or is a role, title or qualifier word.
    """
    if j in spans["ner"]:
        return spans["ner"][j][0]
    if not words.is_word(j) or j in spans["org"] or j in spans["state"]:
        return None
    first = words.norms[j]
    known = first in lex.first_names or first in _NAME_PARTICLES or first.startswith("عبد")
    if not known and (
        not relaxed or first.startswith(("ال", "و", "ف", "ب", "ل")) or demonym_country(first)
    ):
        return None  # an unknown first word that looks like a common word, not a name
    k = j
    limit = 4
    while k < len(words) and k - j < limit:
        if not words.is_word(k) or k in spans["org"] or k in spans["state"]:
            break
        w = words.norms[k]
        if _is_stop(words, lex, k) or (k > j and _is_title_word(lex, w)):
            break
        if k > j and demonym_country(w) and not w.startswith("ال"):
            break
        if w in ("بن", "ابن", "بنت", "ال"):
            limit = min(limit + 2, 7)  # "فيصل بن خالد بن عبدالعزيز"
        k += 1
        prev = words.norms[k - 2] if k - 2 >= j else ""
        if w.startswith("ال") and k - 1 > j and prev not in _NAME_PARTICLES:
            break  # a definite word after the first name is the family name: it ends the name
    while k - j > 1 and words.norms[k - 1] in ("بن", "ابن", "بنت", "ال", "عبد", "ابو"):
        k -= 1  # a name does not end on a particle
    if k - j < 2:
        return None
    if not known and (
        any(_common_word(words, lex, m) for m in range(j, k))
        or not words.norms[k - 1].startswith("ال")
    ):
        return None
    return k


def _common_word(words: Words, lex: Lexicon, k: int) -> bool:
    """A word that is unlikely in a name: clitic-prefixed, or a role / title / qualifier word."""
    tok = words.toks[k]
    if tok.prefixes or words.norms[k].startswith("لل"):
        return True
    b = bare(words.norms[k])
    return (b,) in lex.roles_ar or b in lex.qualifiers or _is_title_word(lex, words.norms[k])


def _after_definite_noun(words: Words, i: int) -> bool:
    return i > 0 and words.is_word(i - 1) and words.norms[i - 1].startswith("ال")


def _in_facility_name(words: Words, lex: Lexicon, i: int) -> bool:
    return i > 0 and words.is_word(i - 1) and bare(words.norms[i - 1]) in lex.facility_words


def _is_stop(words: Words, lex: Lexicon, k: int) -> bool:
    """Whether token ``k`` ends a name; "على" (on) and "علي" (Ali) share a normalized form."""
    w = words.norms[k]
    if w == "علي":
        return (
            words.toks[k]
            .text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
            .endswith("ى")
        )
    return w in lex.name_stops or bare(w) in lex.name_stops


def _stem(words: Words, k: int) -> str:
    """Token ``k`` without clitic prefixes, article kept ("والشمري" -> "الشمري")."""
    return words.toks[k].stem if words.lang == "ar" else words.norms[k].lower()


def _is_title_word(lex: Lexicon, w: str) -> bool:
    return (w,) in lex.titles or ("ال" + w,) in lex.titles


@cache
def _english_titles() -> dict[tuple[str, ...], str | None]:
    """English title phrases (lower-cased words) -> the holder's sector (None: "-")."""
    out: dict[tuple[str, ...], str | None] = {}
    for line in data_path("en", "actor_titles.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, sector = line.split("\t")[:2]
            out[tuple(phrase.lower().split())] = None if sector == "-" else sector
    return out


#: Words of an English name that are not capitalized ("Abdel Fattah al-Sisi", "bin Salman").
_EN_NAME_PARTICLES = frozenset({"al", "bin", "bint", "ibn", "el", "de", "van", "von", "abu"})
#: At most this many words of an English name after its title.
_EN_NAME_WORDS = 4


def find_english_titled(
    words: Words, covered: bytearray, country_at: Callable[[int], str | None]
) -> list[Candidate]:
    """English title + name candidates ("Governor Babagana Zulum", "Sudanese Foreign
    Minister Ali Youssef"): a PER mention of the name, with the title's sector and the
    country of a nationality word before the title, else the context's. A name the KB
    took already is left alone."""
    if words.lang == "ar":
        return []
    titles = _english_titles()
    longest = max(map(len, titles), default=0)
    out: list[Candidate] = []
    toks = words.toks
    i = 0
    while i < len(toks):
        hit = None
        for n in range(min(longest, len(toks) - i), 0, -1):
            key = tuple(t.text.lower() for t in toks[i : i + n])
            if key in titles and all(
                words.is_word(k) or toks[k].text == "." for k in range(i, i + n)
            ):
                hit = (n, titles[key])
                break
        if hit is None:
            i += 1
            continue
        n, sector = hit
        j = k = i + n
        while k < len(toks) and k - j < _EN_NAME_WORDS and words.is_word(k):
            w = toks[k].text
            head = w.split("-")[0].lower()
            if not (w[:1].isupper() or head in _EN_NAME_PARTICLES):
                break
            if tuple([w.lower()]) in titles and k == j:
                break
            k += 1
        if (
            k == j
            or not toks[k - 1].text[:1].isupper()
            or any(covered[toks[j].start : toks[k - 1].end])
        ):
            i = max(k, i + 1)
            continue
        country = None
        nat = nationality_at(words, i - 1) if i > 0 else None
        if nat is not None and nat[1] == 1:
            country = nat[0]
        country = country or country_at(toks[j].start)
        name = words.text[toks[j].start : toks[k - 1].end]
        actor = Actor(name=name, country=country, sector=sector)
        out.append(Candidate(toks[j].start, toks[k - 1].end, "PER", actor, "titled"))
        i = k
    return out
