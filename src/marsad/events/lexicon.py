"""Trigger lexicons for event typing, loaded from ``lang/{ar,en}/event_triggers.tsv``.

A lexicon maps written forms (in the matching spelling of
:func:`marsad.clean.normalize.normalize_key`) to :class:`Entry` objects (PLOVER
type, mode, weight). Verbs are listed once (Arabic: past 3rd person masculine
singular, optionally ``past|present``; English: the base form) and inflected here;
nouns are exact forms; phrases are sequences of words whose first word may be an
inflected verb (``v:أطلق النار``) or a participle written as is whose object may stand
before the rest (``o:داعيا إلى``: "داعيا المجتمع الدولي إلى").

>>> lex = trigger_lexicon("ar")
>>> sorted({e.type for e in lex.single["اعتقلوا"]})
['COERCE']
>>> [e.mode for e in lex.single["يتظاهرون"]]
['demo']
>>> ("نار",) in {rest for rest, _ in lex.phrases["اطلقوا"]}
True
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from marsad.clean.normalize import normalize_key
from marsad.lang import data_path

#: The 16 PLOVER event types of the record contract.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
#: PLOVER codes a promise of these types as the type given: a planned meeting, support,
#: cooperation or aid is AGREE, a planned withdrawal CONCEDE.
PROMISED_AS: dict[str, str] = {
    "CONSULT": "AGREE",
    "SUPPORT": "AGREE",
    "COOPERATE": "AGREE",
    "AID": "AGREE",
    "RETREAT": "CONCEDE",
}
#: Force announced by who will use it is coded as the threat (PLOVER THREATEN): "وأعلن
#: حزب العمال الكردستاني أنه سيصعد الهجمات", "وقالت إنها ستواصل استهداف النواب".
THREATENED_AS: dict[str, str] = {"ASSAULT": "THREATEN"}

_AR_PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم")
_AR_PRESENT_PREFIXES = ("ي", "ت", "ن")
_AR_PRESENT_SUFFIXES = ("", "ون", "ان", "وا", "ن", "ين")


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry: ``type`` is a PLOVER type, ``-`` (blocker) or ``!TYPE``
    (a counter-cue with a negative weight); ``mode`` is None when unknown."""

    type: str
    mode: str | None
    weight: float
    pos: str
    form: str


@dataclass(slots=True)
class Lexicon:
    """Single-word entries by form and phrase entries by their first word's form.

    ``phrases[first] = [(rest_words, entry), ...]``, longest phrases first.
    """

    single: dict[str, list[Entry]] = field(default_factory=dict)
    phrases: dict[str, list[tuple[tuple[str, ...], Entry]]] = field(default_factory=dict)


def strip_article(word: str) -> str:
    """``"الهجوم"`` -> ``"هجوم"``; short words and non-Arabic words are kept."""
    if word.startswith("ال") and len(word) > 4:
        return word[2:]
    return word


def strip_conjunction(norm: str) -> str:
    """``"وعلى"`` -> ``"على"``: a normalized word without a leading و or ف; words of two
    letters or fewer are kept."""
    return norm[1:] if len(norm) > 2 and norm[0] in "وف" else norm


def arabic_verb_forms(spec: str) -> list[str]:
    """Inflected forms of an Arabic verb given as ``past`` or ``past|present``.

    >>> forms = arabic_verb_forms("اعتقل")
    >>> all(f in forms for f in ("اعتقل", "اعتقلت", "اعتقلوا", "يعتقل", "تعتقل", "يعتقلون"))
    True
    >>> "التقوا" in arabic_verb_forms("التقي|يلتقي")
    True
    """
    past, _, present = spec.partition("|")
    if not present:
        present = "ي" + past.lstrip("ا")
    out: list[str] = []
    if past[-1] in "يا":
        head = past[:-1]
        out += [past, head + "ت", head + "وا", past + "ا", head + "تا", head + "يت", head + "ينا"]
    else:
        out += [past + s for s in _AR_PAST_SUFFIXES]
    core = present[1:]
    for p in _AR_PRESENT_PREFIXES:
        if core[-1] in "يو":
            out += [p + core, p + core[:-1] + "ون", p + core[:-1] + "وا", p + core + "ان"]
        else:
            out += [p + core + s for s in _AR_PRESENT_SUFFIXES]
    return list(dict.fromkeys(out))


def english_verb_forms(base: str) -> list[str]:
    """``"attack"`` -> attack, attacks, attacked, attacking (simple regular rules).

    Irregular forms are given as ``base|past|participle`` (``"flee|fled|fled"``).

    >>> english_verb_forms("seize")
    ['seize', 'seizes', 'seized', 'seizing']
    >>> english_verb_forms("flee|fled|fled")[-2:]
    ['fleeing', 'fled']
    >>> english_verb_forms("agree"), english_verb_forms("ban")
    (['agree', 'agrees', 'agreed', 'agreeing'], ['ban', 'bans', 'banned', 'banning'])
    """
    parts = base.split("|")
    base = parts[0]
    if base.endswith("ee"):
        forms = [base, base + "s", base + "d", base + "ing"]  # agree, agreed, agreeing
    elif base.endswith("e"):
        forms = [base, base + "s", base + "d", base[:-1] + "ing"]
    elif _short_cvc(base):
        double = base + base[-1]  # ban, banned, banning
        forms = [base, base + "s", double + "ed", double + "ing"]
    elif base.endswith(("s", "sh", "ch", "x")):
        forms = [base, base + "es", base + "ed", base + "ing"]
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms = [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    else:
        forms = [base, base + "s", base + "ed", base + "ing"]
    if len(parts) > 1:
        forms = [base, forms[1], forms[3], *parts[1:]]
    return list(dict.fromkeys(forms))


def _short_cvc(base: str) -> bool:
    """A one-syllable verb ending consonant-vowel-consonant, whose last letter doubles
    before -ed and -ing ("ban", "stop", "plan"; not "shoot", "fix", "stay")."""
    vowels = "aeiou"
    return (
        len(base) <= 4
        and len(base) >= 3
        and base[-1] not in vowels + "wxy"
        and base[-2] in vowels
        and base[-3] not in vowels
        and sum(ch in vowels for ch in base) == 1
    )


def _verb_forms(lang: str, spec: str) -> list[str]:
    return arabic_verb_forms(spec) if lang == "ar" else english_verb_forms(spec)


def _keys(lang: str, form: str, pos: str) -> list[str]:
    if pos == "v":
        return _verb_forms(lang, form)
    return list(dict.fromkeys([form, strip_article(form)])) if lang == "ar" else [form]


def _listed_verbs(rows: list[list[str]]) -> frozenset[str]:
    """The verbs' listed past forms, normalized: an inflection generated from another
    verb never takes one of them over (an explicit present, "أضرب|يضرب", may share a
    form with another verb's: "يضرب" strikes or beats)."""
    out: set[str] = set()
    for _typ, _mode, pos, _weight, forms in rows:
        if pos != "v":
            continue
        for raw in forms.split(","):
            past = raw.strip().split("|")[0]
            if past:
                out.add(normalize_key(past))
    return frozenset(out)


@cache
def trigger_lexicon(lang: str) -> Lexicon:
    """The trigger lexicon of ``lang`` (``"ar"`` or ``"en"``), cached."""
    single: dict[str, list[Entry]] = defaultdict(list)
    phrases: dict[str, list[tuple[tuple[str, ...], Entry]]] = defaultdict(list)
    path = data_path(lang, "event_triggers.tsv")
    rows = [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    listed = _listed_verbs(rows)
    for typ, mode, pos, weight, forms in rows:
        for raw in forms.split(","):
            raw = raw.strip()
            if not raw:
                continue
            first_is_verb = raw.startswith("v:")
            gapped = raw.startswith("o:")  # a participle: its object may come between
            text = normalize_key(raw[2:] if first_is_verb or gapped else raw)
            words = text.split()
            kind = "pv" if first_is_verb else "po" if gapped else pos
            entry = Entry(typ, None if mode == "-" else mode, float(weight), kind, text)
            if len(words) == 1 and pos != "p":
                for key in _keys(lang, words[0], pos):
                    if pos == "v" and key in listed and key not in words[0].split("|"):
                        continue  # "توعد" is the verb توعد (threaten), not ت + وعد (promise)
                    single[key].append(entry)
                continue
            firsts = _keys(lang, words[0], "v" if first_is_verb else "n")
            rest = tuple(strip_article(w) if lang == "ar" else w for w in words[1:])
            for key in firsts:
                phrases[key].append((rest, entry))
    for key in phrases:
        phrases[key].sort(key=lambda item: -len(item[0]))
    return Lexicon(dict(single), dict(phrases))


@cache
def read_table(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file (comments and blank lines skipped).

    >>> ("source", "بحسب") in {(r[0], r[1].split(",")[0]) for r in read_table("ar", "event_attribution.tsv")}
    True
    """
    try:
        text = data_path(lang, name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return ()
    return tuple(
        tuple(cell.strip() for cell in line.split("\t"))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )
