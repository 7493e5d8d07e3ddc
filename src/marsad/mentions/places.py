"""Place mentions: find gazetteer names in a document, drop false places, geocode the rest.

:class:`PlaceRecognizer` is the pipeline stage (``requires`` norm, lang, sentences;
``provides`` mentions.LOC). On the document's normalized view it

1. finds names (:func:`marsad.resolve.gazetteer_match.find_names`: word-bounded,
   clitic-aware, longest match, multiword, spacing variants);
2. keeps a name only when its context allows a place reading: not after a person's
   title or before "بن" ("الشيخ عمان", "عمان بن علي"), not inside an organization's name
   ("نادي الرياض", told «الرياض»), not a kinship noun ("جدة الطفل"), not an adjective
   after a definite noun ("الحكومة السعودية"); names that are also common words or
   given names (flags ``w``/``p``) need a place cue ("مدينة", "محافظة", "في", "بـ");
   Latin names must be capitalized in the text;
3. resolves each kept name among its candidates (:mod:`marsad.resolve.geocode`) using
   the document's country evidence (country names, demonyms, unambiguous towns), the
   designator before it and the hierarchy the text states ("القائم في محافظة الأنبار");
4. drops a kept name the learnt last check (:mod:`marsad.mentions.place_filter`, trained
   on the hand audits of random Arabic news; English text goes unchecked) is sure is no
   place ("جنان السماء", gardens),
   unless the check is sure another mention of the same entry in the document is a place
   (one sense per document, outside sports stories: ``SURE_PLACE``).

Span convention: a mention covers the name as written, without proclitics (و ف ب ل ك;
"للقائم" -> "لقائم"), with the article when the name has one ("العراق", "القائم"), and
with a designator only when the gazetteer name includes it ("محافظة الأنبار", "مدينة
الصدر"); "مدينة عدن" gives "عدن".

>>> from marsad.clean.normalize import normalize
>>> from marsad.document import Document
>>> doc = Document(id="d1", raw="قصفت الطائرات مواقع في القائم بمحافظة الأنبار.", lang="ar")
>>> doc.norm = normalize(doc.text)
>>> doc = PlaceRecognizer()(doc)
>>> [(m.text, m.place.geonameid, m.place.country) for m in doc.mentions_of("LOC")]
[('القائم', 92138, 'IRQ'), ('محافظة الأنبار', 99592, 'IRQ')]
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate

from marsad.clean.normalize import normalize
from marsad.document import Document, Mention
from marsad.mentions.place_filter import place_features, shipped_place_filter
from marsad.resolve.gazetteer import GazEntry, Gazetteer, load_gazetteer
from marsad.resolve.gazetteer_keys import latin_key
from marsad.resolve.gazetteer_match import (
    NameMatch,
    Reading,
    Words,
    candidate_indices,
    clitic_readings,
    find_names,
    may_start_name,
    tokenize,
)
from marsad.resolve.geocode import ARAB_ISO3, Scored, confidence, contains, score_candidates
from marsad.resolve.geocode_context import (
    keys_before,
    load_context,
    load_given_names,
    story_common_keys,
    vetoed,
    word_keys,
)
from marsad.resolve.geocode_demonyms import demonym_table, is_club_demonym
from marsad.resolve.geocode_unknown import place_for, unknown_places
from marsad.text.clitics import pronoun_suffixes, word_frequencies

_QUOTES_OPEN = "«\"“'"
_QUOTES_CLOSE = "»\"”'"
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
#: A feminine plural with a possessive suffix ("قواتنا", "طائراتها", "منتجاتهم"): definite,
#: so a country's name after it is its adjective ("قواتنا السعودية"); a singular takes the
#: name in apposition ("وحليفتها السعودية", its ally Saudi Arabia).
_POSSESSED = tuple("ات" + p for p in pronoun_suffixes() if p not in ("ي", "ك"))

#: The nunation marks: an indefinite noun or adjective, never a place's name.
_TANWEEN = frozenset("\u064b\u064c\u064d")
_LATIN_BEFORE = re.compile(r"([A-Za-z][\w-]*)[ \t]+$")
_LATIN_AFTER = re.compile(r"[ \t]+([A-Za-z][\w-]*)")
#: Different sports words (``sports_words`` of the context table) that make a sports story.
SPORTS_MIN_WORDS = 5
#: Corpus count from which a whole token (clitic included) is a word of its own.
WORD_MIN_COUNT = 10
#: How many times more often a name must be written with its article than without for
#: the bare form to be read as another word ("الموصل" / "موصل").
ARTICLE_RATIO = 10
#: How many words before a quoted name an organization's head word may stand.
ORG_HEAD_WORDS = 6
#: Population under which a one-word town name needs a place cue (see ``_hamlet``).
HAMLET = 1000
#: Population from which a town is well known enough to be compared with ("كالقاهرة").
PROMINENT = 1_000_000
#: How many places of one country make it the text's home, against which a bare foreign
#: town needs support.
HOME_MIN = 2
_LINK_GAP_CHARS = frozenset(" \t\u00a0,،()-–—")


@dataclass(slots=True)
class Candidate:
    """A kept name: its match, the readings that survived the filters, and context."""

    match: NameMatch
    readings: list[Reading]
    designator: str | None
    weak: bool
    containers: list[GazEntry]
    inside: list[GazEntry]
    scored: list[tuple[Scored, Reading]] | None = None
    pending: list[Reading] = field(default_factory=list)
    container_of: Candidate | None = None
    plural: bool = False


#: How many words either side of a name its nearby demonyms are counted over.
NEAR_WORDS = 12


#: How a token opens when ل + the article is written "لل" ("للموصل": ل + الموصل).
_CONTRACTED = ("لل", "ولل", "فلل")


#: The learnt check's probability of "no place" under which a name is surely a place, and
#: so is every other mention of its entry in the document.
SURE_PLACE = 0.2


def _contracted(token: str, reading: Reading) -> bool:
    """Whether ``reading`` takes the token's "لل" as ل + the article of its name ("للقصر"
    is ل + القصر): the commonest way to write "to the" before a common noun, so no sign
    of a place."""
    return token.startswith(_CONTRACTED) and reading.prefix.endswith("ل")


def _country_counts(chosen: list, demonyms: list[tuple[int, str]]) -> tuple[Counter, Counter]:
    """ISO3 -> how many of the ``chosen`` (candidate, (scored, reading)) pairs' entries lie
    there, and the same plus the text's ``demonyms``: the support a country has in it."""
    places = Counter(b[0].entry.country for _, b in chosen if b[0].entry.country)
    return places, places + Counter(iso for _, iso in demonyms)


def _home_country(chosen: list, left_out: set[int]) -> str | None:
    """The country most of the ``chosen`` (candidate, (scored, reading)) pairs' entries
    lie in, the candidates whose ``id()`` is in ``left_out`` not counted; None if none."""
    homes = Counter(
        b[0].entry.country for c, b in chosen if b[0].entry.country and id(c) not in left_out
    )
    return homes.most_common(1)[0][0] if homes else None


def _near(demonyms: list[tuple[int, str]], i: int) -> Counter:
    """ISO3 -> count of the demonyms within :data:`NEAR_WORDS` words of word ``i``
    (``demonyms`` in word order, as :meth:`PlaceRecognizer._demonym_hits` gives them)."""
    lo = bisect_left(demonyms, (i - NEAR_WORDS, ""))
    hi = bisect_right(demonyms, (i + NEAR_WORDS, "\uffff"))
    return Counter(iso for j, iso in demonyms[lo:hi] if j != i)


class PlaceRecognizer:
    """Pipeline stage: adds ``LOC`` mentions with a resolved :class:`~marsad.document.Place`.

    ``PlaceRecognizer()(doc)`` needs ``doc.norm`` (it normalizes ``doc.text`` itself
    when absent) and uses ``doc.lang`` only through the script of each word; it uses
    neither tokens nor sentences beyond the text, so it runs with or without them.
    """

    name = "places"
    requires = frozenset({"norm", "lang", "sentences"})
    provides = frozenset({"mentions.LOC"})

    def __init__(self, gazetteer: Gazetteer | None = None, use_filter: bool = True) -> None:
        self.gaz = gazetteer or load_gazetteer()
        self.ctx = load_context()
        self.demonyms = demonym_table()
        self.given_names = load_given_names() - self.ctx.not_given_names
        self.freq = word_frequencies()
        #: the learnt last check on kept names (None: keep them all)
        self.filter = shipped_place_filter() if use_filter else None
        #: when a list, ``(start, end, features)`` of every kept name is appended to it and
        #: nothing is filtered (the training rows of ``train/build_place_filter.py``)
        self.trace: list[tuple[int, int, set[str]]] | None = None
        #: words worth a closer look: name starts, demonyms, designators of unlisted places
        self.scan_keys = self.gaz.starts.union(self.demonyms, self.ctx.unknown_designators)

    # -- public ---------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        norm = doc.norm if doc.norm is not None else normalize(doc.text)
        locs: dict[tuple[int, int], Mention] = {}
        for m in doc.mentions:
            if m.kind == "LOC":
                locs.setdefault((m.start, m.end), m)
        # the learnt check learnt from Arabic news only: English text goes unchecked
        check = doc.lang in (None, "ar")
        dates = sorted((m.start, m.end) for m in doc.mentions if m.kind == "DATE")
        date_starts = [a for a, _ in dates]
        date_reach = list(accumulate((b for _, b in dates), max, initial=-1))
        for start, end, place, conf in self.resolve(doc.text, norm, check=check):
            if date_reach[bisect_right(date_starts, start)] >= end:
                continue  # a month read as a town: "in March" is no March, Cambridgeshire
            existing = locs.get((start, end))
            if existing is not None:
                existing.place = existing.place or place
                continue
            mention = Mention(
                start=start,
                end=end,
                text=doc.text[start:end],
                kind="LOC",
                place=place,
                confidence=conf,
                source=self.name,
            )
            doc.add_mention(mention)
            locs[(start, end)] = mention
        return doc

    def resolve(
        self, original: str, norm, check: bool = True
    ) -> list[tuple[int, int, object, float]]:
        """``(start, end, Place, confidence)`` for every place mention of a text.

        ``original`` is the text the offsets refer to; ``norm`` its normalized view;
        ``check=False`` skips the learnt last check (English text: it learnt from Arabic).
        """
        text = norm.text
        words = tokenize(text)
        hits = candidate_indices(words.toks, self.scan_keys)
        matches = find_names(text, self.gaz, words, hits)
        unknown = self.ctx.unknown_designators
        # a designator that starts a listed name ("جزر فارو") names no unlisted place, even
        # where the listed name is refused (a national team in a sports story)
        named_from = {m.first for m in matches}
        designated = [
            i
            for i in hits
            if i not in named_from and any(s in unknown for s, _ in clitic_readings(words.toks[i]))
        ]
        if not matches and not designated:
            return []
        person_keys: set[str] = set()
        ends = {m.last for m in matches}
        sports_seen = self._sports_words(words)
        sports = len(sports_seen) >= SPORTS_MIN_WORDS
        clubs = sports or (
            any(self._foreign_town(m) for m in matches)  # only a foreign town can be a club
            and self._sports_words_with_clitics(words, sports_seen)
        )
        kept = [
            self._keep(m, words, original, norm, person_keys, ends, sports, clubs) for m in matches
        ]
        # a name used for a person once ("سليم سحاب") is a person throughout the text
        cands = [
            c
            for c in kept
            if c
            and (
                c.designator or not person_keys.intersection(r.key for r in c.readings + c.pending)
            )
        ]
        cands = self._without_story_senses(cands, words)
        self._link_hierarchy(cands, words)
        cands = self._coordinated(cands, words)
        demonyms = self._demonym_hits(words, hits)
        weights = self._country_evidence(cands, demonyms)
        listed = self._list_countries(cands, words)
        chosen = [
            (c, b)
            for c, near_list in zip(cands, listed, strict=True)
            if (b := self._choose(c, weights, _near(demonyms, c.match.first), near_list))
            is not None
        ]
        chosen = self._one_sense_per_document(chosen)
        chosen = self._foreign_after(chosen, words, self.ctx.facility_before)[0]
        chosen = self._without_unsupported_towns(chosen, words, demonyms)
        chosen = self._without_construct_heads(chosen, words, demonyms)
        chosen, districts = self._foreign_after(
            chosen, words, self.ctx.district_designators, within=True
        )
        out = []
        resolved = []
        home = _home_country(chosen, set())
        rows = []
        for c, (scored, reading) in chosen:
            e = scored.entry
            vs = c.match.start_of(reading)
            start, end = norm.to_original(vs, c.match.end)
            conf = confidence([s for s, _ in c.scored[:2]])
            if c.weak:
                conf = round(conf * 0.85, 3)
            p = 0.0
            if self.filter is not None or self.trace is not None:
                feats = place_features(
                    words,
                    c.match,
                    reading,
                    e,
                    designator=c.designator,
                    weak=c.weak,
                    confidence=conf,
                    home=home,
                    sports=sports,
                    freq=self.freq,
                )
                if self.trace is not None:
                    self.trace.append((start, end, feats))
                else:
                    p = self.filter.probability(feats)
            rows.append((c, e, start, end, conf, p))
        # one sense per document: an entry the check clearly keeps somewhere ("في ضاحية
        # الزبداني") is a place wherever the text names it again ("حيث الزبداني.."); not in
        # a sports story, where a town's name is also its club's ("رئيس الدرعية")
        sure = set() if sports else {e.row for _, e, _, _, _, p in rows if p < SURE_PLACE}
        for c, e, start, end, conf, p in rows:
            if (
                check
                and self.filter is not None
                and p >= self.filter.threshold
                and e.row not in sure
            ):
                continue  # the learnt check: a common word, club or title, no place
            precision = 2 if (c.designator == "admin" and e.kind == "P") else None
            out.append((start, end, self.gaz.to_place(e, precision), conf))
            resolved.append((c.match.first, c.match.last, e))
        for c in districts:  # "حي الخالدية" in a Saudi story: not the Jordanian town
            m = c.match
            cue = next(k for k in keys_before(words, m.first) if k in self.ctx.district_designators)
            place = place_for(
                words, m.first, m.last, resolved, weights, self.gaz, self.demonyms, cue
            )
            if place is not None:
                out.append((*norm.to_original(m.word_start, m.end), place, 0.4))
        for vs, ve, place in unknown_places(words, resolved, weights, self.gaz, designated):
            start, end = norm.to_original(vs, ve)
            out.append((start, end, place, 0.4))
        out.sort(key=lambda t: t[0])
        return out

    # -- filters --------------------------------------------------------------
    def _keep(
        self,
        m: NameMatch,
        words: Words,
        original: str,
        norm,
        person_keys: set[str],
        ends: set[int] = frozenset(),
        sports: bool = False,
        clubs: bool = False,
    ) -> Candidate | None:
        """The candidate of a match when its context allows a place reading, else None.

        Keys of matches rejected as a person's name are added to ``person_keys``;
        ``ends`` holds the last word of every match (a name after a name is no adjective);
        ``sports``: the text is a sports story by its words as written (a country with no
        place cue is its national team there); ``clubs``: a sports story by its words
        with their proclitics too ("للموسم", "بالدوري"): a bare foreign town is a club
        there.
        """
        ctx = self.ctx
        first_tok = words.toks[m.first]
        contracted = first_tok.startswith(_CONTRACTED)  # "للموصل": ل + الموصل
        has_prev = m.first > 0 and words.adjacent(m.first - 1)
        has_next = m.last + 1 < len(words) and words.adjacent(m.last)
        prev_keys = word_keys(words, m.first - 1) if has_prev else []
        next_keys = word_keys(words, m.last + 1) if has_next else []
        designator = next((ctx.designators[k] for k in prev_keys if k in ctx.designators), None)
        if designator is None and ctx.capital_after.intersection(next_keys):
            # "تونس العاصمة", "الكويت العاصمة": the capital city, not the country
            designator = "city"
        if designator is None and any(k in self.demonyms for k in prev_keys) and m.first > 1:
            # "بالعاصمة البريطانية لندن": a designator before a demonym before the name
            if words.adjacent(m.first - 2):
                before = word_keys(words, m.first - 2)
                designator = next(
                    (ctx.designators[k] for k in before if k in ctx.designators), None
                )
        plural = any(k in ctx.plural_designators for k in prev_keys)
        s0, e0 = norm.to_original(m.word_start, m.end)
        if any(ch in _TANWEEN for ch in original[s0 : e0 + 1]):
            return None  # "سألت كينياً" (a Kenyan), "درعاً" (a shield): names take no tanween
        if first_tok[0] < "\u0621" and first_tok[0].isalpha():
            s, e = norm.to_original(m.word_start, m.end)
            if not original[s : s + 1].isupper():
                return None
            if m.first == m.last and self._acronym(original, s, e) and not self._names_major(m):
                return None  # "AMD", "WADA": an acronym, not Ahmedabad or Wada
            if self._latin_name_part(original, s, e) and not self._names_major(m):
                return None  # "الخبيران Tao Wei و Yulong Zhang": a person's name
            if (
                m.first == m.last
                and self._english_name_part(original, s, e)
                and not self._names_major(m)
            ):
                return None  # "Hanna Tetteh", "Abdul Hamid Dbeibah": a person's name
        if prev_keys == ["of"] and m.first > 1 and words.adjacent(m.first - 2):
            # "the city of Mosul", "north of Baghdad": a place's "of", not "University of"
            if any(k in ctx.place_of for k in word_keys(words, m.first - 2)):
                prev_keys = []
        if (
            vetoed(ctx, "", prev_keys, next_keys)  # "نادي", "هذه العقبة", "نيويورك تايمز"
            or self._quoted_org(m, original, norm)
            or self._quoted_after_org_word(m, words)
            or self._quoted_title(m, words)
        ):
            return None
        # in a sports story a bare foreign town is a club ("مباراة ليفربول", "مع ميلان"):
        # it needs a cue word or a list of places ("بين السعودية ولندن"), "في ملبورن" stays
        club_like = (
            clubs
            and designator is None
            and not any(k in ctx.sports_place_cues for k in prev_keys)
            and self._foreign_town(m)
        )  # "المباراة التي جمعت بين برشلونة وروما": "بين" places no club
        if self._org_short_name(m, words, original, norm):
            person_keys.update(r.key for r in m.readings)  # "مؤشر الفاو" later: the FAO too
            return None
        if any(k in ctx.club_after for k in next_keys) and not self._names_major(m):
            return None  # "مانشستر يونايتد": a club, unless a country or division is named
        if designator is None and self._foreign_to_demonym(m, prev_keys):
            person_keys.update(r.key for r in m.readings)  # "نظيره الإسرائيلي موشي يعلون"
            return None
        if designator is None and (
            (any(k in ctx.person_before for k in prev_keys) and self._names_minor(m))
            or (any(k in ctx.surname_before for k in prev_keys) and not self._names_major(m))
            or (
                self._after_given_name(words, m.first, m)
                and not self._names_major(m)
                and (any(not r.prefix for r in m.readings) or self._names_minor(m))
            )
            or (self._patronymic_end(words, m.first) and any(not r.prefix for r in m.readings))
        ):  # "الشيخ عمان" stays Oman unless "بن" follows; "زار الأمير جازان" stays a place;
            # a family name takes no clitic: "مستشفى الملك فهد بالدمام", "حي أبو سليم
            # بطرابلس" name a city (a small town's name with one may still be a surname)
            person_keys.update(r.key for r in m.readings)
            return None
        single = m.first == m.last
        cued = designator is not None or any(k in ctx.prepositions for k in prev_keys)
        readings: list[Reading] = []
        pending: list[Reading] = []
        for r in m.readings:
            if vetoed(ctx, r.key, prev_keys, next_keys):
                continue  # "القائم بالأعمال", "أذان المغرب": this reading's own words
            flags = self.gaz.flags(r.key)
            rows = self.gaz.lookup(r.key)[1]
            if (
                designator is not None
                and not any(k.startswith("ال") for k in prev_keys)  # "بمقر المدينة بالرياض"
                and any(ch in r.prefix for ch in "بل")
                and " " not in r.key
                and all(self.gaz.entry(x).kind == "P" for x in rows)
            ):
                continue  # "مدينة بارا" is Bara, not ب + Arrah ("قرية بريف إدلب", "مدينة
                # كالرياض" a city like Riyadh, stay)
            major = any(self.gaz.entry(x).kind in "CA" for x in rows)
            if any(k in ctx.person_after for k in next_keys):
                person_keys.add(r.key)
                continue
            if "ك" in r.prefix and not self._prominent(rows):
                continue  # "كسبها" (won them) is no ك + Sabha: "like X" compares well-known places
            if single and any(k in ctx.kin_after for k in next_keys):
                continue
            if not major and any(k in ctx.team_before for k in prev_keys):
                continue  # "مدافع روما": a club; a country stays a place
            if sports and self._national_team(r, rows, prev_keys, designator):
                continue  # "فوزا على العراق": the team, unless placed ("في العراق")
            if not major and self._club_demonym(next_keys):
                continue  # "بورتو البرتغالي": a club (a town would be "البرتغالية")
            adjective_like = r.prefix in ("", "و", "ف") and (
                "a" in flags or (single and not major and r.key.startswith("ال"))
            )
            after_name = has_prev and m.first - 1 in ends
            if (
                adjective_like
                and has_prev
                and not after_name  # "المدينة المنورة والشرقية": a list of places
                and self._adjective_use(words, m.first - 1, prev_keys, designator, flags)
            ):
                continue
            if (
                "a" in flags
                and after_name
                and r.prefix == ""
                and not words.gap(m.first - 1).strip()
            ):
                continue  # "مظاهرات حلب السلمية": an adjective of the name before it
            if "e" in flags and self._ends_with_ha(m, original, norm):
                continue  # "قصره" (his palace), "حديثه" (his talk): not "قصرة", "حديثة"
            if (
                contracted
                and not r.key.startswith("ال")
                and (flags or self.freq.get("ا" + r.key, 0) > self.freq.get(r.key, 0))
            ):
                continue  # "للحج" is ل + "الحج" (the Hajj, a commoner word), not ل + Lahij
            if designator is None and self._word_reading(r, first_tok, contracted):
                continue
            if "w" in flags:
                ok = designator is not None
            elif (
                "c" in flags
                or "p" in flags
                or (single and not r.key.startswith("ال") and self._hamlet(rows))
            ):
                # a clitic is a cue, unless the corpus writes the name mostly as a word
                ok = cued or ("v" not in flags and any(ch in r.prefix for ch in "بل"))
            else:
                (pending if club_like else readings).append(r)
                continue
            (readings if ok and not club_like else pending).append(r)
        if not readings and not pending:
            return None
        weak = not readings or any(set(self.gaz.flags(r.key)) & set("wcp") for r in readings)
        return Candidate(m, readings, designator, weak, [], [], pending=pending, plural=plural)

    def _word_reading(self, r: Reading, token: str, contracted: bool) -> bool:
        """Whether the corpus says the written word is not this place reading:

        * the whole token, clitic and all, is a commoner word than the name without it
          ("لينا" the name Lina, "بيانه" his statement: not ل + Jena, ب + a village);
        * the name without its article is written far less than with it ("الموصل" 279
          times, "موصل" 10: "طريق موصل" is a connecting road), unless "لل" contracted
          the article away ("للموصل").
        """
        freq = self.freq
        first = r.key.split(" ", 1)[0]  # the token holds the name's first word
        bare = freq.get(first, 0)
        if r.prefix and freq.get(token, 0) >= WORD_MIN_COUNT and freq.get(token, 0) > bare:
            return True
        if " " in r.key or r.key.startswith("ال") or contracted or bare == 0:
            return False
        return freq.get("ال" + r.key, 0) >= ARTICLE_RATIO * bare

    def _national_team(
        self, r: Reading, rows: list[int], prev_keys: list[str], designator: str | None
    ) -> bool:
        """In a sports story, whether a country's name stands for its national team: no
        designator, no clitic ب and no ``sports_place_cues`` word right before it; the
        ``team_nations`` ("إنجلترا", "ويلز") field teams like the countries."""
        if designator is not None or "ب" in r.prefix:
            return False
        if any(k in self.ctx.sports_place_cues for k in prev_keys):
            return False
        return r.key in self.ctx.team_nations or any(self.gaz.entry(x).kind == "C" for x in rows)

    def _foreign_to_demonym(self, m: NameMatch, prev_keys: list[str]) -> bool:
        """True when a demonym stands right before the name and none of the name's places
        lies in the demonym's country: the name is a person's or a body's ("نظيره
        الإسرائيلي موشي يعلون" is not Moshi, Tanzania; "المنتخب الغاني سالي"); a place
        after a demonym agrees with it ("العاصمة البريطانية لندن"). Only bare town names
        count: a clitic places what comes before ("الاجتياح الإسرائيلي للبنان")."""
        countries = {self.demonyms[k] for k in prev_keys if k in self.demonyms}
        if not countries or any(r.prefix for r in m.readings):
            return False  # "للطلبة السعوديين بالمملكة المتحدة": ب places the students
        entries = [self.gaz.entry(x) for r in m.readings for x in self.gaz.lookup(r.key)[1]]
        return (
            bool(entries)
            and all(e.kind == "P" for e in entries)  # a country or division stays a place
            and not any(e.country in countries for e in entries)
        )

    def _club_demonym(self, next_keys: list[str]) -> bool:
        """True when the next word is a masculine definite demonym ("الإسباني").

        A town is feminine ("مدريد الإسبانية"); a masculine nisba after it agrees with
        an implied "النادي" ("فالنسيا الإسباني", "بورتو البرتغالي").
        """
        return any(is_club_demonym(k) for k in next_keys)

    def _hamlet(self, rows: list[int]) -> bool:
        """True when every place of ``rows`` is a GeoNames town under ``HAMLET`` people.

        A one-word name of a hamlet without the article ("ملاح", population 0) is far
        more often a word ("ملاح جوي") than the place; it needs a cue like the names
        flagged ``c`` ("الرضمة" needs none: a name with the article is rarely a word).
        """
        entries = [self.gaz.entry(x) for x in rows]
        return bool(entries) and all(e.kind == "P" and e.population < HAMLET for e in entries)

    def _without_unsupported_towns(
        self, chosen: list, words: Words, demonyms: list[tuple[int, str]]
    ) -> list:
        """``chosen`` less the bare towns nothing supports: one word with no clitic (or only
        the ل of "لل", "للقصر": to the palace), no designator and no preposition before
        it, a town (not a country or division) under :data:`PROMINENT` people, in a
        country no other place or demonym of the text names, while at least
        :data:`HOME_MIN` of the text's other places lie in another country. Such a name is
        far more often a word ("وسيرت دوريات الشرطة" in a story about Yemen, "أهل رباط")
        than a foreign town dropped into an unrelated text; a text with no other place
        (a dateline) says nothing."""
        places, support = _country_counts(chosen, demonyms)
        firsts = sorted(c.match.first for c, _ in chosen)
        out = []
        for c, b in chosen:
            e, reading = b
            country = e.entry.country
            others = places.copy()
            others[country] -= 1
            home = max(others, key=lambda k: others[k]) if +others else None
            i = c.match.first
            if (
                home is not None
                and others[home] >= HOME_MIN
                and country != home
                and support[country] <= 1
                and i == c.match.last
                and c.designator is None
                and (not reading.prefix or _contracted(words.toks[i], reading))
                and e.entry.kind == "P"
                and e.entry.population < PROMINENT
                and not self._supported_here(words, i, country, firsts)
            ):
                continue
            out.append((c, b))
        return out

    def _without_construct_heads(
        self, chosen: list, words: Words, demonyms: list[tuple[int, str]]
    ) -> list:
        """``chosen`` less the foreign towns that head a construct with a home place: one
        bare word (no clitic, no designator) whose country no other place or demonym of
        the text names, right before the name of a place in the country most of the
        text's places lie in (at least :data:`HOME_MIN`). "سيول جدة" in a story about
        Jeddah is the Jeddah floods, not Seoul, and "ديربي ميلانو" is the Milan derby: a
        name does not stand in construct before another name."""
        places, support = _country_counts(chosen, demonyms)
        if not places:
            return chosen
        home, count = places.most_common(1)[0]
        if count < HOME_MIN:
            return chosen
        # home places that may close a construct: "سيول جدة", not a list ("الحوطة والخرج")
        home_starts = {
            c.match.first for c, b in chosen if b[0].entry.country == home and not b[1].prefix
        }
        out = []
        for c, b in chosen:
            e, reading = b
            m = c.match
            if (
                e.entry.country != home
                and support[e.entry.country] <= 1
                and m.first == m.last
                and c.designator is None
                and not reading.prefix
                and e.entry.kind == "P"
                and m.last + 1 in home_starts
                and words.adjacent(m.last)
            ):
                continue
            out.append((c, b))
        return out

    def _supported_here(self, words: Words, i: int, country: str, firsts: list[int]) -> bool:
        """Whether word ``i``'s own context supports a place reading: a preposition or a
        ``named_before`` word right before it ("اتفاق الطائف"), a demonym of ``country``
        right after it ("مدينة «ميرلو» الهولندية") or another place within two words (a
        list: "الأفلاج، الحوطة والخرج"; ``firsts`` are the first words of all places)."""
        ctx = self.ctx
        # an English preposition says a place is meant, not which: "in Kuchi village" in a
        # Nigerian story is no Chinese town of that alternate name
        latin = not "\u0621" <= words.toks[i][:1] <= "\u064a"
        if any(
            (k in ctx.prepositions and not latin) or k in ctx.named_before
            for k in keys_before(words, i)
        ):
            return True
        if i + 1 < len(words) and any(
            self.demonyms.get(k) == country for k in word_keys(words, i + 1)
        ):
            return True
        return any(0 < abs(j - i) <= 2 for j in firsts)

    def _foreign_after(
        self, chosen: list, words: Words, cues: frozenset[str], within: bool = False
    ) -> tuple[list, list]:
        """Split ``chosen`` (candidate, (scored, reading)) pairs into those kept and the
        candidates right after a word of ``cues`` whose entry lies outside the country
        most of the text's other places lie in and is no well-known place
        (:meth:`_prominent`).

        After a facility word (``facility_before``) such a name is part of the
        facility's: "جمعية البركة" is a society named for a blessing, not an Iraqi
        village, while "جمعية سيهات" and "كلية لندن" stay. After a neighbourhood word
        (``district_designators``: "حي الخالدية"; "أحياء الزبداني" and "ضاحية الزبداني"
        name the town) it is a neighbourhood of the story's country that GeoNames lacks:
        its namesake abroad (a Jordanian al-Khalidiyah) is the wrong entry. With
        ``within``, so is a namesake outside the town the text puts it in ("حي الروضة
        شرقي مدينة تعز": not Sanaa's ar-Rawdah)."""
        marked = {
            id(c) for c, _ in chosen if any(k in cues for k in keys_before(words, c.match.first))
        }
        home = _home_country(chosen, marked) if marked else None
        if home is None:
            return chosen, []
        kept, foreign = [], []
        for c, b in chosen:
            e = b[0].entry
            outside = (
                within
                and c.containers
                and not any(
                    contains(k, e) or k.row == e.row or _within_km(k, e, QUARTER_KM)
                    for k in c.containers
                )
            )
            if id(c) in marked and (
                outside or (e.country != home and not self._prominent([e.row]))
            ):
                foreign.append(c)
            else:
                kept.append((c, b))
        return kept, foreign

    def _prominent(self, rows: list[int]) -> bool:
        """True when some place of ``rows`` is a country, a first-level division or a
        town of at least :data:`PROMINENT` people: the places a text compares with
        ("دول غربية كألمانيا"); a small town after a clitic ك is a word ("كسبها")."""
        return any((e := self.gaz.entry(x)).kind in "CA" or e.population >= PROMINENT for x in rows)

    def _names_major(self, m: NameMatch) -> bool:
        """True when some reading of ``m`` names a country or a first-level division."""
        return any(
            self.gaz.entry(x).kind in "CA" for r in m.readings for x in self.gaz.lookup(r.key)[1]
        )

    def _after_given_name(self, words: Words, i: int, m: NameMatch) -> bool:
        """True when word ``i`` follows a given name ("سليم سحاب", "علي حسن الأحمدي").

        A given name that is also a common word ("حسن" good, "باسم" in the name of,
        "علي" = "على" once normalized) counts only after another name, a title or a
        reporting verb ("وقال علي الأحمدي").
        """
        if i == 0 or not words.adjacent(i - 1):
            return False
        prev = words.toks[i - 1]
        if prev in self.given_names:
            return True
        if prev not in self.ctx.not_given_names or i < 2 or not words.adjacent(i - 2):
            return False
        before = words.toks[i - 2]
        return (
            before in self.given_names
            or before in self.ctx.not_given_names
            or before in self.ctx.person_before
            or before in self.ctx.speaker_before
        )

    def _patronymic_end(self, words: Words, i: int) -> bool:
        """True when word ``i`` ends a person's name: "بن" (``surname_before``) or a title
        (``name_titles``), then a given name, before it ("عبدالله بن محمد السويد",
        "الدكتور عبدالله السويد"): a family name, even one that is a country's (the caller
        asks for a reading without a clitic: "زيارة محمد بن سلمان لمصر" goes to Egypt)."""
        if i < 2 or not (words.adjacent(i - 1) and words.adjacent(i - 2)):
            return False
        before = words.toks[i - 2]
        return words.toks[i - 1] in self.given_names and (
            before in self.ctx.surname_before or before in self.ctx.name_titles
        )

    def _names_minor(self, m: NameMatch) -> bool:
        """True when ``m`` is flagged ambiguous or names only towns under 100,000."""
        for r in m.readings:
            if set(self.gaz.flags(r.key)) & set("wcp"):
                return True
        return all(
            self.gaz.entry(x).kind == "P" and self.gaz.entry(x).population < 100000
            for r in m.readings
            for x in self.gaz.lookup(r.key)[1]
        )

    def _coordinated(self, cands: list[Candidate], words: Words) -> list[Candidate]:
        """Accept pending names listed with accepted places ("عدن وتعز ولحج والضالع")
        or placed inside one ("الحوطة مركز محافظة لحج").

        A name that needs a designator ("w") is accepted only in a list announced by a
        plural designator ("محافظات عدن ولحج"); a name that needs any cue, in any list.
        """
        changed = True
        while changed:
            changed = False
            for i, c in enumerate(cands):
                if c.readings or not c.pending:
                    continue
                b = c.container_of
                if (
                    b is not None
                    and b.readings
                    and any(e.row != x.row for e in c.containers for x in self._entries(c))
                ):
                    countries = {e.country for e in c.containers}
                    ok = [
                        r
                        for r in c.pending
                        if "w" not in self.gaz.flags(r.key)
                        and any(
                            self.gaz.entry(x).country in countries
                            for x in self.gaz.lookup(r.key)[1]
                        )
                    ]  # "لملكة بريطانيا": no Malka (Jordan) lies in Britain: the queen
                    if ok:  # "استعادت الحوطة مركز محافظة لحج": placed inside a place
                        c.readings, c.pending = ok, []
                        changed = True
                        continue
                for j in (i - 1, i + 1):
                    if not (0 <= j < len(cands) and cands[j].readings):
                        continue
                    a, b = (cands[j], c) if j < i else (c, cands[j])
                    if not self._listed(a, b, words):
                        continue
                    ok = [
                        r for r in c.pending if "w" not in self.gaz.flags(r.key) or cands[j].plural
                    ]
                    if ok:
                        c.readings, c.pending = ok, []
                        c.designator = c.designator or cands[j].designator
                        c.plural = c.plural or cands[j].plural
                        changed = True
                        break
        return [c for c in cands if c.readings]

    @staticmethod
    def _listed(a: Candidate, b: Candidate, words: Words) -> bool:
        """True when ``b`` follows ``a`` as the next item of a list ("X وY", "X، Y")."""
        if b.match.first != a.match.last + 1:
            return False
        gap = words.gap(a.match.last).strip()
        if gap in {"،", ",", "-", "و"}:
            return True
        return gap == "" and words.toks[b.match.first].startswith("و")

    def _adjective_use(
        self, words: Words, i: int, prev_keys: list[str], designator: str | None, flags: str
    ) -> bool:
        """True when word ``i`` makes the next word an adjective ("الحكومة السعودية").

        After a definite designator an adjective-shaped name is an adjective too ("المدينة
        الجنوبية"), while other names stand in apposition ("العاصمة الرياض"); after an
        indefinite feminine word or feminine plural a bare adjective-shaped name agrees with it
        ("لاجئة سورية", "منتجات سورية").
        """
        if any(k in self.ctx.prepositions for k in prev_keys):
            return False
        # "الحكومة", "والكرة", "للكرة"; "قواتنا": definite by its owner
        definite = any(k.startswith("ال") for k in prev_keys) or words.toks[i].endswith(_POSSESSED)
        if designator is not None:
            return definite and "a" in flags
        if any(k in self.demonyms for k in prev_keys):
            return True
        if (
            not definite
            and "a" in flags
            and not words.toks[i + 1].startswith("ال")
            and words.toks[i].endswith(("ه", "ات"))
            and not any(k in self.gaz for k in prev_keys)
        ):
            return True  # "طائرة حربية سورية", "منتجات سورية": a feminine noun's adjective
        return definite and not any(k in self.gaz for k in prev_keys)

    @staticmethod
    def _ends_with_ha(m: NameMatch, original: str, norm) -> bool:
        """True when the matched name is written with a final ه (not ة) in the text."""
        _, end = norm.to_original(m.word_start, m.end)
        letters = [ch for ch in original[max(0, end - 4) : end] if "\u0621" <= ch <= "\u064a"]
        return bool(letters) and letters[-1] == "ه"

    @staticmethod
    def _enclosed(m: NameMatch, original: str, norm, opens: str, closes: str) -> str | None:
        """When the name of ``m`` stands between a mark of ``opens`` and one of ``closes``
        (spaces allowed inside), the few characters before the opening mark; else None."""
        s, e = norm.to_original(m.word_start, m.end)
        before = original[max(0, s - 10) : s].rstrip()
        after = original[e : e + 2].lstrip()[:1]
        if not before or before[-1] not in opens or not after or after not in closes:
            return None
        return before[:-1]

    def _quoted_org(self, m: NameMatch, original: str, norm) -> bool:
        """A name in quotes right after one of the context's ``quote_leads`` ("قال
        لـ«الرياض»", 'ل "الرياض"', 'نداء عبر "الرياض"', 'علمت "الرياض" من مصادرها'): a
        newspaper; a ``quoted_brands`` name alone in quotes ("«السعودية»"): a company."""
        lead = self._enclosed(m, original, norm, _QUOTES_OPEN, _QUOTES_CLOSE)
        if lead is None:
            return False
        words = lead.split()
        if words and words[-1].replace("\u0640", "") in self.ctx.quote_leads:
            return True
        return any(not r.prefix and r.key in self.ctx.quoted_brands for r in m.readings)

    def _quoted_after_org_word(self, m: NameMatch, words: Words) -> bool:
        """A name whose opening quote follows an organization's word ('لصحيفة "ديلي
        ميل"', 'شركة «الرياض»'): the newspaper's or company's name."""
        if m.first == 0:
            return False
        gap = words.gap(m.first - 1).strip()
        if not gap or gap[-1] not in _QUOTES_OPEN or gap[:-1].strip():
            return False
        return any(k in self.ctx.org_before for k in word_keys(words, m.first - 1))

    def _quoted_title(self, m: NameMatch, words: Words) -> bool:
        """A name inside a quotation of more words than the name, whose opening mark
        follows a ``title_before`` word ('أغنية «يا مصر قومي»', 'يحمل اسم «قطر
        غاز»', 'موقع "أخبار مصر"'): a word of a work's title, no place."""
        first = None  # the quotation's first word
        for j in range(m.first - 1, max(-1, m.first - 4), -1):
            gap = words.gap(j)
            if gap[:1] in _QUOTES_CLOSE and gap.strip():
                return False  # a closing mark before the name: not inside a quotation
            if gap.rstrip() != gap or gap[-1:] not in _QUOTES_OPEN:
                if gap.strip():
                    return False  # other punctuation between
                continue
            first = j + 1
            lead = j
            break
        if first is None:
            return False
        last = None  # the quotation's last word
        for k in range(m.last, min(len(words) - 1, m.last + 5)):
            gap = words.gap(k)
            if gap[:1] in _QUOTES_CLOSE:
                last = k
                break
            if gap.strip():
                return False
        if last is None or last - first <= m.last - m.first:
            return False  # no closing mark near, or the name is the whole quotation
        return any(k in self.ctx.title_before for k in word_keys(words, lead))

    @staticmethod
    def _acronym(original: str, start: int, end: int) -> bool:
        """True when ``original[start:end]`` is an all-capitals Latin word in mixed-case
        text ("AMD shares"), not a word of an all-capitals headline ("PROTESTS IN ROME")."""
        written = original[start:end]
        if len(written) < 2 or not written.isupper():
            return False
        around = _LATIN_WORD.findall(original[max(0, start - 40) : start])[-1:]
        around += _LATIN_WORD.findall(original[end : end + 40])[:1]
        return not any(w.isupper() for w in around)

    @staticmethod
    def _latin_name_part(original: str, start: int, end: int) -> bool:
        """True when the Latin name at ``original[start:end]`` stands in Arabic text right
        next to another capitalized Latin word: part of a longer name the gazetteer did
        not match as a whole ("Tao Wei", "Yulong Zhang")."""
        before = original[max(0, start - 30) : start]
        after = original[end : end + 30]
        prev = _LATIN_BEFORE.search(before)
        nxt = _LATIN_AFTER.match(after)
        arabic = any("\u0621" <= ch <= "\u064a" for ch in before + after)
        return arabic and any(w is not None and w.group(1)[0].isupper() for w in (prev, nxt))

    def _english_name_part(self, original: str, start: int, end: int) -> bool:
        """True when the one-word Latin name at ``original[start:end]`` stands in text
        without Arabic right after or before another capitalized word that is no
        designator, title of a place's body or sentence opener (``name_after_ok``,
        ``name_before_ok``): part of a longer name ("Hanna Tetteh", "Abdul Hamid
        Dbeibah", "Abu Salim", "Bab al-Hawa")."""
        before = original[max(0, start - 40) : start]
        after = original[end : end + 40]
        if any("\u0621" <= ch <= "\u064a" for ch in before + after):
            return False  # Arabic text: _latin_name_part
        if original[start:end].isupper():
            return False  # a headline in capitals ("PROTESTS IN ROME TODAY") tells nothing
        nxt = _LATIN_AFTER.match(after)
        if nxt is not None:
            word = nxt.group(1)
            if word.lower().startswith("al-") or (
                word[0].isupper() and latin_key(word) not in self.ctx.name_after_ok
            ):
                return True
        prev = _LATIN_BEFORE.search(before)
        if prev is None or not prev.group(1)[0].isupper():
            return False
        opener = (
            not before[: prev.start()].strip() or before[: prev.start()].rstrip()[-1] in '.!?"“:\n'
        )
        return not opener and latin_key(prev.group(1)) not in self.ctx.name_before_ok

    def _without_story_senses(self, cands: list[Candidate], words: Words) -> list[Candidate]:
        """Drop the undesignated candidates whose name the text's topic makes a common noun
        (``story_senses``: "العين" in a story of the cornea and the retina is the eye)."""
        senses = self.ctx.story_senses
        if not any(r.key in senses for c in cands for r in c.readings):
            return cands
        common = story_common_keys(
            self.ctx, lambda: {s for w in words.toks for s, _ in clitic_readings(w)}
        )
        return [c for c in cands if c.designator or not any(r.key in common for r in c.readings)]

    def _sports_words(self, words: Words) -> set[str]:
        """The different sports words of the text as written; :data:`SPORTS_MIN_WORDS` of
        them make a sports story, where a country is its national team. (Counting their
        proclitic readings too made camps abroad, "في معسكر النمسا", a team's name.)"""
        sports = self.ctx.sports_words
        return {w for w in words.toks if w in sports}

    def _sports_words_with_clitics(self, words: Words, seen: set[str]) -> bool:
        """Whether the sports words ``seen`` as written and those read under a proclitic
        ("للموسم", "بالدوري") reach :data:`SPORTS_MIN_WORDS`: a sports story in which a bare
        foreign town is a club ("بدأ موسمه مع غرناطة")."""
        sports = self.ctx.sports_words
        seen = set(seen)
        for w in words.toks:
            if len(seen) >= SPORTS_MIN_WORDS:
                return True
            if w not in sports and may_start_name(w, sports):
                seen.update(k for k, _ in clitic_readings(w) if k in sports)
        return len(seen) >= SPORTS_MIN_WORDS

    def _foreign_town(self, m: NameMatch) -> bool:
        """True when every reading of ``m`` names only towns outside the Arab world."""
        entries = [self.gaz.entry(x) for r in m.readings for x in self.gaz.lookup(r.key)[1]]
        return bool(entries) and all(e.kind == "P" and e.country not in ARAB_ISO3 for e in entries)

    def _org_short_name(self, m: NameMatch, words: Words, original: str, norm) -> bool:
        """A name in quotes or brackets a few words after an organization's head word:
        its short name ("منظمة الأمم المتحدة للأغذية والزراعة «الفاو»", "(الفاو)")."""
        if self._enclosed(m, original, norm, _QUOTES_OPEN + "(", _QUOTES_CLOSE + ")") is None:
            return False
        heads = self.ctx.org_heads
        return any(
            k in heads
            for i in range(max(0, m.first - ORG_HEAD_WORDS), m.first)
            for k in word_keys(words, i)
        )

    # -- context --------------------------------------------------------------
    def _link_hierarchy(self, cands: list[Candidate], words: Words) -> None:
        """Link "X في محافظة Y" / "X، Y" / "X بالأنبار": Y's places may contain X's."""
        links = self.ctx.hierarchy_links
        for a, b in zip(cands, cands[1:], strict=False):
            between = range(a.match.last + 1, b.match.first)
            if len(between) > 3:
                continue
            if not all(any(k in links for k in word_keys(words, w)) for w in between):
                continue
            if not all(
                set(words.gap(w)) <= _LINK_GAP_CHARS for w in range(a.match.last, b.match.first)
            ):
                continue
            a.containers.extend(self._entries(b))
            b.inside.extend(self._entries(a))
            a.container_of = b

    def _entries(self, c: Candidate) -> list[GazEntry]:
        return [
            self.gaz.entry(r) for rd in c.readings + c.pending for r in self.gaz.lookup(rd.key)[1]
        ]

    def _demonym_hits(self, words: Words, hits: list[int]) -> list[tuple[int, str]]:
        """``(word index, ISO3)`` of every demonym among the scanned words."""
        out = []
        dem = self.demonyms
        for i in hits:
            w = words.toks[i]
            for k in [w] if w[0] < "\u0621" else [s for s, _ in clitic_readings(w)]:
                iso = dem.get(k)
                if iso:
                    out.append((i, iso))
                    break
        return out

    def _country_evidence(self, cands: list[Candidate], demonyms: list[tuple[int, str]]) -> Counter:
        """ISO3 -> weight: demonyms (1, from :meth:`_demonym_hits`), country names (2),
        single-candidate places (1)."""
        weights: Counter = Counter(iso for _, iso in demonyms)
        for c in cands:
            rows = {r for rd in c.readings for r in self.gaz.lookup(rd.key)[1]}
            if len(rows) == 1:
                e = self.gaz.entry(next(iter(rows)))
                weights[e.country] += 2 if e.kind == "C" else 1
        return weights

    def _one_sense_per_document(
        self,
        chosen: list[tuple[Candidate, tuple[Scored, Reading]]],
    ) -> list[tuple[Candidate, tuple[Scored, Reading]]]:
        """Give every occurrence of a name the reading of its best-supported occurrence.

        "Damascus, Oregon ... officials in Damascus": the second Damascus has no
        hierarchy of its own; the first one's decision (score 13 against 7) carries over.
        """
        best: dict[str, Scored] = {}
        for _, (s, rd) in chosen:
            if rd.key not in best or s.score > best[rd.key].score:
                best[rd.key] = s
        out = []
        for c, (s, rd) in chosen:
            target = best[rd.key].entry.row
            if s.entry.row != target:
                division = best[rd.key].entry
                if division.kind == "A" and self.gaz.namesake_division(s.entry) is division:
                    out.append((c, (Scored(division, s.score, s.prior), rd)))
                    continue
                alt = next(
                    (p for p in c.scored or [] if p[0].entry.row == target and p[1].key == rd.key),
                    None,
                )
                if alt is not None:
                    out.append((c, alt))
                    continue
            out.append((c, (s, rd)))
        return out

    def _list_countries(self, cands: list[Candidate], words: Words) -> list[Counter]:
        """Per candidate, ISO3 -> how many of the places listed with it ("X وY، Z", see
        :meth:`_listed`) are towns, divisions or regions of that one country alone.
        Countries in the list say nothing ("الأردن وعمان": Oman beside Jordan)."""
        homes: list[str | None] = []
        for c in cands:
            entries = [self.gaz.entry(r) for rd in c.readings for r in self.gaz.lookup(rd.key)[1]]
            countries = {e.country for e in entries}
            one = len(countries) == 1 and all(e.kind != "C" for e in entries)
            homes.append(next(iter(countries)) if one else None)
        out = []
        for i in range(len(cands)):
            got: Counter = Counter()
            j = i
            while j > 0 and self._listed(cands[j - 1], cands[j], words):
                j -= 1
                if homes[j]:
                    got[homes[j]] += 1
            j = i
            while j + 1 < len(cands) and self._listed(cands[j], cands[j + 1], words):
                j += 1
                if homes[j]:
                    got[homes[j]] += 1
            out.append(got)
        return out

    def _choose(
        self,
        c: Candidate,
        weights: Counter,
        near: Counter | None = None,
        listed: Counter | None = None,
    ) -> tuple[Scored, Reading] | None:
        """The best (place, reading) of a candidate: ``weights`` is the document's country
        evidence, ``near`` the demonyms a few words around it ("وزير الخارجية الأردني
        ناصر جودة في عمان": Amman, in a report about Syria), ``listed`` the countries of
        the places listed with it (:meth:`_list_countries`)."""
        arabic = not c.match.readings[0].key.isascii()
        pairs: list[tuple[Scored, Reading]] = []
        for rd in c.readings:
            entries = [self.gaz.entry(r) for r in self.gaz.lookup(rd.key)[1]]
            for s in score_candidates(
                entries,
                arabic=arabic,
                country_weights=weights,
                designator=c.designator,
                containers=c.containers,
                inside=c.inside,
                near=near,
                listed=listed,
            ):
                pairs.append((s, rd))
        pairs.sort(key=lambda p: (-p[0].score, len(p[1].prefix), -p[0].entry.population))
        if pairs and c.designator == "admin" and pairs[0][0].entry.kind == "P":
            # "محافظة ماردين": the province named after the town
            division = self.gaz.namesake_division(pairs[0][0].entry)
            if division is not None:
                s0, rd0 = pairs[0]
                pairs[0] = (Scored(division, s0.score, s0.prior), rd0)
        c.scored = pairs
        return pairs[0] if pairs else None


#: How far (km) a quarter may lie from the town the text puts it in ("حي أبو سليم
#: بطرابلس": a district of Tripoli, though GeoNames files it under another division).
QUARTER_KM = 40.0


def _within_km(a: GazEntry, b: GazEntry, km: float) -> bool:
    """Whether entries ``a`` and ``b`` lie within ``km`` kilometres of each other (an
    equirectangular estimate, good at these distances)."""
    mean_lat = math.radians((a.lat + b.lat) / 2)
    dx = math.radians(b.lon - a.lon) * math.cos(mean_lat)
    dy = math.radians(b.lat - a.lat)
    return 6371.0 * math.hypot(dx, dy) <= km
