"""Word lists behind actor linking: demonyms, role nouns, titles, institution nouns.

All lists are data files (``lang/ar/actor_*.tsv``, ``lang/en/actor_roles.tsv`` and the KB's
``resources/actors/countries.tsv``), read once and kept in normalized spelling. Arabic
lookups take a *bare* form: clitic prefix, article and accusative alef removed
(:func:`bare`), so "والجنود" and "جنديا" find their role nouns.

>>> demonym_country("العراقيين")
'IRQ'
>>> demonym_country("مالي") is None   # "financial" as often as "Malian": left out
True
>>> lex = load_lexicon()
>>> lex.roles_ar[("جنود",)].sector
'MIL'
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, lru_cache

from marsad.clean.normalize import normalize_key
from marsad.lang import data_path, read_lines
from marsad.resources import resource_path

#: Suffixes of regular (sound) forms derived from a masculine singular nisba.
_REGULAR = ("", "ه", "ان", "ين", "ون", "و", "ات", "تان", "تين", "ا")
#: Forms derived from a masculine singular role noun: the feminine forms are left out, being
#: as often adjectives ("مسلحة" armed, "المدنية" civil) as persons.
_ROLE_FORMS = ("", "ان", "ين", "ون", "و", "ا")
_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
#: First letters of the prefixes in ``_PROCLITICS``: a word starting otherwise carries none.
_PROCLITIC_INITIALS = frozenset(p[0] for p in _PROCLITICS)


@lru_cache(maxsize=200_000)
def bare(word: str) -> str:
    """Strip one clitic prefix group and the article from a normalized Arabic word.

    >>> bare("والعراقيين"), bare("للشرطه"), bare("جنود")
    ('عراقيين', 'شرطه', 'جنود')
    """
    if word[:1] in _PROCLITIC_INITIALS:
        for p in _PROCLITICS:
            if word.startswith(p + "ال") and len(word) > len(p) + 3:
                return word[len(p) + 2 :]
            if p.endswith("ل") and word.startswith(p + "ل") and len(word) > len(p) + 3:
                return word[len(p) + 1 :]  # ل + ال -> لل
    if word.startswith("ال") and len(word) > 4:
        return word[2:]
    return word


def bare_forms(word: str) -> list[str]:
    """Readings of a normalized word for lookup: bare form, then with a conjunction stripped.

    >>> bare_forms("وجنود")
    ['وجنود', 'جنود']
    """
    return [form for _, form in bare_readings(word)]


@lru_cache(maxsize=200_000)
def bare_readings(word: str) -> tuple[tuple[int, str], ...]:
    """``(letters of clitic prefix, bare form)`` readings of a normalized word.

    >>> bare_readings("والشرطه"), bare_readings("وجنود")
    (((1, 'شرطه'),), ((0, 'وجنود'), (1, 'جنود')))
    """
    out: list[tuple[int, str]] = [(_prefix_len(word), bare(word))]
    if word[:1] not in _PROCLITIC_INITIALS:
        return tuple(out)
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 3:
            out.append((len(p) + _prefix_len(word[len(p) :]), bare(word[len(p) :])))
    seen: list[tuple[int, str]] = []
    for r in out:
        if all(r[1] != s[1] for s in seen):
            seen.append(r)
    return tuple(seen)


def _prefix_len(word: str) -> int:
    """Letters before the article that :func:`bare` strips as a clitic group (و in والشرطه)."""
    if word[:1] not in _PROCLITIC_INITIALS:
        return 0
    for p in _PROCLITICS:
        if word.startswith(p + "ال") and len(word) > len(p) + 3:
            return len(p)
        if p.endswith("ل") and word.startswith(p + "ل") and len(word) > len(p) + 3:
            return len(p)
    return 0


@dataclass(frozen=True, slots=True)
class RoleNoun:
    """A role noun of ``actor_roles.tsv``."""

    sector: str | None
    kind: str
    label_en: str
    needs_nat: bool = False
    qualified: bool = False
    source: bool = False
    country: str | None = None
    ctx: bool = False
    #: only when written definite ("المقاومة", "قوات المقاومة"; "مقاومة الفساد" is resisting)
    definite: bool = False


@dataclass(frozen=True, slots=True)
class Title:
    """A title of ``actor_titles.tsv``."""

    key: str | None
    inst: str | None
    sector: str | None
    kind: str
    label_en: str


@dataclass(frozen=True, slots=True)
class Institution:
    """An institution noun of ``actor_institutions.tsv``."""

    key: str
    sector: str
    label_en: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All pattern word lists, keyed by tuples of bare normalized words."""

    roles_ar: dict[tuple[str, ...], RoleNoun]
    roles_en: dict[tuple[str, ...], RoleNoun]
    qualifiers: dict[str, tuple[str | None, str]]
    institutions: dict[tuple[str, ...], Institution]
    titles: dict[tuple[str, ...], Title]
    name_stops: frozenset[str]
    first_names: frozenset[str]
    org_heads: dict[str, str | None]
    weak_rules: dict
    facility_words: frozenset[str]
    max_role_len: int
    max_title_len: int
    max_inst_len: int
    triggers: frozenset[str] = frozenset()
    #: per institution key, adjectives after its noun that name another body
    #: (``actor_other_bodies.tsv``: "الجيش الوطني")
    other_bodies: dict[str, frozenset[str]] = field(default_factory=dict)


def _tsv(lang: str, name: str) -> list[list[str]]:
    return [line.split("\t") for line in read_lines(lang, name)]


def _split(cell: str) -> list[str]:
    return [] if cell.strip() in ("", "-") else [x.strip() for x in cell.split("|") if x.strip()]


def _phrase_key(phrase: str) -> tuple[str, ...]:
    """Bare normalized words of a phrase; only the first word loses its article."""
    words = normalize_key(phrase).split()
    return (bare(words[0]), *words[1:])


def _role_noun(sector: str, kind: str, label: str, flags: str) -> RoleNoun:
    fl = set(_split(flags.replace(",", "|")))
    country = next((f.split("=", 1)[1] for f in fl if f.startswith("country=")), None)
    return RoleNoun(
        None if sector == "-" else sector,
        kind,
        label,
        needs_nat="nat" in fl,
        qualified="qual" in fl,
        source="source" in fl,
        country=country,
        ctx="ctx" in fl,
        definite="def" in fl,
    )


def _roles_ar() -> dict[tuple[str, ...], RoleNoun]:
    out: dict[tuple[str, ...], RoleNoun] = {}
    for regular, irregular, sector, kind, label, flags in _tsv("ar", "actor_roles.tsv"):
        noun = _role_noun(sector, kind, label, flags)
        for stem in _split(regular):
            key = _phrase_key(stem)
            for suf in _ROLE_FORMS:
                out.setdefault((*key[:-1], key[-1] + suf), noun)
        for form in _split(irregular):
            out.setdefault(_phrase_key(form), noun)
    return out


def _roles_en() -> dict[tuple[str, ...], RoleNoun]:
    out: dict[tuple[str, ...], RoleNoun] = {}
    for forms, sector, kind, label, flags in _tsv("en", "actor_roles.tsv"):
        noun = _role_noun(sector, kind, label, flags)
        for form in _split(forms):
            out.setdefault(tuple(form.lower().split()), noun)
    return out


@cache
def load_lexicon() -> Lexicon:
    """All actor pattern lists (cached)."""
    roles_ar = _roles_ar()
    quals: dict[str, tuple[str | None, str]] = {}
    for adj, sector, label in _tsv("ar", "actor_qualifiers.tsv"):
        base = normalize_key(adj)
        for suf in ("", "ه", "ون", "ين", "ان", "ات", "ا"):
            quals.setdefault(base + suf, (None if sector == "-" else sector, label))
    insts = {
        _phrase_key(p): Institution(k, s, lbl)
        for p, k, s, lbl in _tsv("ar", "actor_institutions.tsv")
    }
    titles: dict[tuple[str, ...], Title] = {}
    for p, k, i, s, kind, lbl in _tsv("ar", "actor_titles.tsv"):
        title = Title(
            None if k == "-" else k, None if i == "-" else i, None if s == "-" else s, kind, lbl
        )
        words = normalize_key(p).split()
        titles.setdefault(tuple(words), title)  # "الإمام" must not match "أمام"
        if not words[0].startswith("ال"):
            titles.setdefault(("ال" + words[0], *words[1:]), title)  # "وزير" -> "الوزير"
    stops = frozenset(normalize_key(w) for w in read_lines("ar", "actor_name_stops.tsv"))
    firsts = frozenset(
        normalize_key(w.split("\t")[0]) for w in read_lines("ar", "ner_first_names.tsv")
    )
    heads = {
        normalize_key(h): (None if s == "-" else s) for h, s in _tsv("ar", "actor_org_heads.tsv")
    }
    rules = json.loads(data_path("ar", "actor_weak_rules.json").read_text(encoding="utf-8"))
    for k in ("reject_next_words", "reject_previous_words", "reject_prefix_letters"):
        rules[k] = frozenset(normalize_key(w) for w in rules.get(k, ()))
    roles_en = _roles_en()
    triggers = {k[0] for k in roles_ar} | {k[0] for k in insts} | {k[0] for k in titles}
    triggers |= {"وزاره"} | {k.split()[0] for k in demonym_table()} | set(demonym_people())
    triggers |= _gazetteer_keys()
    return Lexicon(
        roles_ar=roles_ar,
        roles_en=roles_en,
        qualifiers=quals,
        institutions=insts,
        titles=titles,
        name_stops=stops,
        first_names=firsts,
        org_heads=heads,
        weak_rules=rules,
        facility_words=frozenset(
            bare(normalize_key(w)) for w in read_lines("ar", "actor_facility_words.tsv")
        ),
        max_role_len=max(len(k) for k in roles_ar),
        max_title_len=max(len(k) for k in titles),
        max_inst_len=max(len(k) for k in insts),
        triggers=frozenset(triggers),
        other_bodies={
            key: frozenset(normalize_key(w) for w in _split(words))
            for key, words in _tsv("ar", "actor_other_bodies.tsv")
        },
    )


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """What the code needs of a state: names and adjectives for labels, the Arabic nisba
    adjectives and people plurals as written, whether it has royal offices (``gov``
    M, or the ``royals`` flag: the UAE) and whether a monarch heads it (``gov`` M: no
    president)."""

    iso3: str
    name_en: str
    adj_en: str
    adj_ar: tuple[str, ...] = ()
    people_ar: tuple[str, ...] = ()
    royal: bool = False
    monarchy: bool = False
    #: whose soldiers an army or soldiers named in its context without a nationality are
    #: (the ``army=XXX`` flag: Israel's in a West Bank story; None: the state's own)
    army_of: str | None = None


@cache
def countries() -> dict[str, CountryInfo]:
    """ISO3 -> :class:`CountryInfo`, from ``resources/actors/countries.tsv``.

    >>> countries()["SAU"].royal, countries()["ARE"].royal, countries()["EGY"].royal
    (True, True, False)
    """
    out = {}
    for line in _resource_rows("countries.tsv"):
        iso3, _tier, gov, flags, name_en, *_rest = line
        fl = _split(flags.replace(",", "|"))
        royal = gov == "M" or "royals" in fl
        army = next((f.split("=", 1)[1] for f in fl if f.startswith("army=")), None)
        out[iso3] = CountryInfo(
            iso3,
            name_en,
            line[8],
            tuple(_split(line[6])),
            tuple(_split(line[7])),
            royal,
            monarchy=gov == "M",
            army_of=army,
        )
    return out


def _resource_rows(name: str) -> list[list[str]]:
    text = resource_path("actors", name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def english_country_names() -> dict[str, str]:
    """Lower-case English names of the states of ``countries.tsv`` (short name and the
    other English names) -> ISO3: "mali" -> MLI."""
    table: dict[str, str] = {}
    for cells in _resource_rows("countries.tsv"):
        for name in (cells[4], *_split(cells[9])):
            if name and name != "-":
                table.setdefault(name.lower(), cells[0])
    return table


@cache
def demonym_table() -> dict[str, str]:
    """Bare normalized demonym form (Arabic) or lower-case English adjective -> ISO3.

    Built from the nisba adjectives and broken plurals of ``countries.tsv``; multi-word
    adjectives ("كوري جنوبي") are keyed with a space.
    """
    table: dict[str, str] = {}
    for cells in _resource_rows("countries.tsv"):
        iso3, adj_ar, people_ar, adj_en = cells[0], cells[6], cells[7], cells[8]
        for adj in _split(adj_ar):
            words = normalize_key(adj).split()
            for suf in _REGULAR:
                table.setdefault(" ".join(w + suf for w in words), iso3)
        for p in _split(people_ar):
            table.setdefault(normalize_key(p), iso3)
        if adj_en not in ("-", ""):
            table.setdefault(adj_en.lower(), iso3)
    return table


@cache
def demonym_people() -> dict[str, str]:
    """Bare forms that name *people* of a country (not adjectives): plural, accusative, broken.

    >>> demonym_people()["فلسطينيين"], demonym_people()["افغان"]
    ('PSE', 'AFG')
    """
    out: dict[str, str] = {}
    for cells in _resource_rows("countries.tsv"):
        iso3, adj_ar, people_ar = cells[0], cells[6], cells[7]
        for adj in _split(adj_ar):
            words = normalize_key(adj).split()
            if len(words) == 1:
                for suf in ("ون", "ين", "ا"):
                    out.setdefault(words[0] + suf, iso3)
        for p in _split(people_ar):
            out.setdefault(normalize_key(p), iso3)
    return out


@lru_cache(maxsize=200_000)
def demonym_country(word: str) -> str | None:
    """ISO3 of a nationality adjective or people noun (any inflection, clitics allowed).

    Falls back to the place recognizer's demonym table
    (:func:`marsad.resolve.geocode_demonyms.country_of_demonym`) for forms this table lacks.

    >>> demonym_country("وجنديين") is None
    True
    >>> demonym_country("السورية"), demonym_country("Syrian"), demonym_country("الكورية الجنوبية")
    ('SYR', 'SYR', 'KOR')
    """
    table = demonym_table()
    key = normalize_key(word)
    if key in table:
        return table[key]
    if " " in key:
        return table.get(" ".join(bare(w) for w in key.split()))
    for form in bare_forms(key):
        if form in table:
            return table[form]
    return _gazetteer_demonym(word)


def _gazetteer_keys() -> set[str]:
    """Bare first words of the place recognizer's demonyms (so its forms are looked at too)."""
    try:
        from marsad.resolve.geocode_demonyms import demonym_table as gazetteer_table
    except ImportError:
        return set()
    try:
        return {bare(k.split()[0]) for k in gazetteer_table() if k.strip()}
    except Exception:  # noqa: BLE001 - a broken optional table must not break linking
        return set()


@cache
def _gazetteer_lookup():
    try:
        from marsad.resolve.geocode_demonyms import country_of_demonym
    except ImportError:  # the places package is optional for actor linking
        return None
    return country_of_demonym


def _gazetteer_demonym(word: str) -> str | None:
    lookup = _gazetteer_lookup()
    if lookup is None:
        return None
    try:
        return lookup(word)
    except Exception:  # noqa: BLE001 - a broken optional table must not break linking
        return None


def military_country(country: str | None) -> str | None:
    """The country whose army and soldiers a context of ``country`` means when they are
    named without a nationality ("الجنود" in a West Bank story are Israel's: the ``army=``
    flag of ``countries.tsv``); ``country`` itself otherwise.

    >>> military_country("PSE"), military_country("IRQ"), military_country(None)
    ('ISR', 'IRQ', None)
    """
    info = countries().get(country) if country else None
    return (info.army_of if info else None) or country
