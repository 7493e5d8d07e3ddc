"""Places the gazetteer lacks, found by the NER: villages, districts and foreign towns.

GeoNames' city file has no entry for many of the places conflict news names (a Yemeni
district, a neighbourhood, a German town without an Arabic spelling). The NER tags
them LOC from their context. :class:`UnlistedPlaces` runs after the NER and turns each
NER ``LOC`` span that no gazetteer mention covers into a place mention when

1. a place cue stands right before it: a designator or one of the ``unlisted_cues`` of
   the places stage's context table ("في", "مدينة", "منطقة", "شمال"), the stricter
   sibling of its prepositions (not "على", "زار", "أمير");
2. the name is not one the gazetteer's stop list (``stopnames.tsv``) marks as mostly
   something else, or its cue is the one that list asks for: ``drop`` never ("في بستان",
   in an orchard), ``designator`` only after a designator ("نحو الريف": the
   countryside), ``cue`` only after a cue of the places stage ("وحتى جاسم الصحيح": a
   poet);
3. its head word (the last word) is not a common word: seen fewer than
   :data:`COMMON_WORD` times in the corpus lexicon ("المدينة", "جمهورية" are words; a
   club's name like "تشيلسي" is frequent too) and not itself a designator, with or
   without the article ("عاصمة الولاية": the state);
4. a place can be given. A name the gazetteer has but the places stage let go for
   want of a cue (a frequent foreign name such as "جنيف" needs a designator there)
   takes its entry in the document's main country, else its most populous one, with
   a confidence of :data:`KNOWN_CONFIDENCE`; before a masculine definite demonym
   ("من إشبيلية الإسباني") a town is a club, as in the places stage, and only a country
   or a division stays. Otherwise a country: a demonym right
   after it ("مدينة سيله الألمانية" ->
   Germany), else the nearest gazetteer place within :data:`NEAR_CHARS` characters
   (its point and admin1 when it is a town, "حي عصيفرة ... شمال شرق مدينة تعز"), else
   the country most of the document's places are in.

The place of an unlisted name is unresolved (``geonameid`` None, ``feature`` ``"unresolved:ner"``) with
precision 2 (near a town) or 3 (a country only), and a low confidence. NER ``LOC``
spans that fail are dropped, so every ``LOC`` mention leaving this stage has a place.

>>> from marsad.stages import build_pipeline
>>> doc = build_pipeline(raw=True)(Document(id="d", raw="قتل مدنيان في غارة على منطقة الحسيني شمال مدينة تعز."))
>>> [(m.text, m.place.country, m.place.feature) for m in doc.mentions_of("LOC")]
[('الحسيني', 'YEM', 'unresolved:ner'), ('تعز', 'YEM', 'populated place')]
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from functools import cache
from itertools import accumulate

from marsad.document import Document, Mention, Place, Token
from marsad.resolve.gazetteer import GazEntry, Gazetteer, load_gazetteer
from marsad.resolve.gazetteer_keys import arabic_key, latin_key
from marsad.resolve.geocode_context import (
    load_context,
    load_stop_policies,
    story_common_keys,
    vetoed,
)
from marsad.resolve.geocode_demonyms import country_of_demonym, is_club_demonym
from marsad.resolve.geocode_unknown import country_place
from marsad.text.clitics import word_frequencies

#: A head word seen this often in the corpus lexicon is a common word, not a place name.
COMMON_WORD = 300
#: How far (in characters) a gazetteer place may be to lend its country and point.
NEAR_CHARS = 120
#: Confidence of an unlisted place (the NER's and the context's word, no gazetteer entry).
CONFIDENCE = 0.35
#: Confidence of a gazetteer name confirmed by the NER and a cue.
KNOWN_CONFIDENCE = 0.5
FEATURE = "unresolved:ner"


class UnlistedPlaces:
    """Pipeline stage: NER ``LOC`` spans -> unresolved place mentions (see the module).

    Input: a document with tokens, the places stage's ``LOC`` mentions (with a place)
    and the NER's ``LOC`` mentions (``source="ner"``, no place). Output: the same
    document where every NER ``LOC`` mention was either replaced by a place mention
    (``source="unlisted_places"``) or removed.
    """

    name = "unlisted_places"
    requires = frozenset({"tokens", "mentions.LOC", "mentions.NER_LOC"})
    provides = frozenset({"mentions.UNLISTED_LOC"})

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or load_gazetteer()
        self.ctx = ctx = load_context()
        self.cues = ctx.unlisted_cues
        self.designators = frozenset(ctx.designators)
        self.stop = ctx.unknown_stop
        self.prepositions = ctx.prepositions
        self.policies = load_stop_policies()
        self.border_with = ctx.border_with

    def __call__(self, doc: Document) -> Document:
        if doc.lang == "en":
            self._english(doc)
        ner = [m for m in doc.mentions if m.kind == "LOC" and m.source == "ner"]
        if not ner:
            return doc
        doc.mentions = [m for m in doc.mentions if not (m.kind == "LOC" and m.source == "ner")]
        others = sorted((m.start, m.end) for m in doc.mentions)
        other_starts = [a for a, _ in others]
        reach_end = list(accumulate((b for _, b in others), max, initial=-1))
        places = [m for m in doc.mentions if m.kind == "LOC" and m.place is not None]
        main = Counter(m.place.country for m in places if m.place.country).most_common(1)
        main_country = main[0][0] if main else None
        starts = {t.start: i for i, t in enumerate(doc.tokens)}
        common = cache(lambda: self._story_common(doc))  # once per document, when asked
        for m in ner:
            # another mention overlaps: one starting before this one ends reaches past its start
            if reach_end[bisect_left(other_starts, m.end)] > m.start:
                continue
            if len(m.text.strip()) < 3:
                continue  # "ل[اس] فيجاس": a piece of a word, no name
            i = self._first_token(doc.tokens, starts, m.start)
            if i is None or not self._is_name(doc.tokens, i, m.end):
                continue
            place = self._place(doc, m, i, places, main_country, starts, common)
            if place is not None:
                unlisted = place.feature == FEATURE
                doc.add_mention(
                    Mention(
                        start=m.start,
                        end=m.end,
                        text=m.text,
                        kind="LOC",
                        place=place,
                        confidence=CONFIDENCE if unlisted else KNOWN_CONFIDENCE,
                        source=self.name,
                    )
                )
        doc.mentions.sort(key=lambda x: (x.start, x.end))
        return doc

    def _english(self, doc: Document) -> None:
        """English has no NER here; its wire style names an unlisted town by the place it
        lies in: "in Kuriga, Kaduna state", "near Sahar, Saada province". One to three
        capitalized words after a place cue ("in", "near", ...), that no mention covers and
        the gazetteer does not know, followed by a comma and a gazetteer place, become an
        unresolved place of that place's country and division, at its point (precision 2)."""
        toks = doc.tokens
        taken = sorted((m.start, m.end) for m in doc.mentions)
        starts = [a for a, _ in taken]
        reach = list(accumulate((b for _, b in taken), max, initial=-1))
        located = {m.start: m.place for m in doc.mentions if m.kind == "LOC" and m.place}
        found: list[Mention] = []
        for i, cue in enumerate(toks[:-3]):
            if cue.text.lower() not in self.cues:
                continue
            j = i + 1
            while j < len(toks) and j - i <= 3 and _capitalized(toks[j].text):
                j += 1
            if j == i + 1 or j + 1 >= len(toks) or toks[j].text != ",":
                continue
            where = located.get(toks[j + 1].start)
            a, b = toks[i + 1].start, toks[j - 1].end
            if where is None or where.lat is None or reach[bisect_left(starts, b)] > a:
                continue  # no place after the comma, or a name something else took
            name = doc.text[a:b]
            if self._entries(name):
                continue  # the gazetteer's: the places stage decided
            place = _near_place(name, where)
            found.append(
                Mention(
                    start=a,
                    end=b,
                    text=name,
                    kind="LOC",
                    place=place,
                    confidence=CONFIDENCE,
                    source=self.name,
                )
            )
        for m in found:
            doc.add_mention(m)
        if found:
            doc.mentions.sort(key=lambda x: (x.start, x.end))

    @staticmethod
    def _first_token(tokens: list[Token], starts: dict[int, int], offset: int) -> int | None:
        """Index of the token holding ``offset`` (a NER span may start after a clitic)."""
        if offset in starts:
            return starts[offset]
        for k in range(offset - 1, max(offset - 4, -1), -1):
            if k in starts and tokens[starts[k]].end > offset:
                return starts[k]
        return None

    def _is_name(self, tokens: list[Token], i: int, end: int) -> bool:
        """Cue before token ``i`` and an uncommon head word within the span ending at ``end``."""
        first = tokens[i]
        prev = tokens[i - 1] if i > 0 else None
        if prev is None or not prev.is_word or prev.end >= first.start:
            return False
        if prev.stem not in self.cues and prev.norm not in self.cues:
            return False
        if not self._allowed_by_stop_list(tokens, i, end, prev):
            return False
        j = i
        while j + 1 < len(tokens) and tokens[j + 1].end <= end:
            j += 1
        head = tokens[j]
        if not head.is_word or len(head.stem) < 3 or self._designator(head):
            return False
        if any(arabic_key(w) in self.stop for w in (head.text, head.stem)):
            return False  # "قرية نائية": an adjective after the designator, not a name
        freq = word_frequencies()
        return freq.get(head.stem, 0) < COMMON_WORD and freq.get(head.norm, 0) < COMMON_WORD

    def _allowed_by_stop_list(self, tokens: list[Token], i: int, end: int, prev: Token) -> bool:
        """Whether the stop list lets the span of tokens ``i``.. (ending at ``end``) be a
        place after ``prev`` (a one-word span is looked up with and without clitics)."""
        tok = tokens[i]
        if tok.end > end or (i + 1 < len(tokens) and tokens[i + 1].end <= end):
            return True  # a span of several words (or none): the list names single words
        policy = next(
            (
                self.policies[k]
                for k in (arabic_key(tok.text), arabic_key(tok.stem))
                if k in self.policies
            ),
            None,
        )
        if policy is None or policy == "nostrip":
            return True
        if policy == "drop":
            return False
        if self._designator(prev):
            return True
        return policy == "cue" and any(
            arabic_key(w) in self.prepositions for w in (prev.stem, prev.norm)
        )

    def _designator(self, tok: Token) -> bool:
        """True when ``tok`` is a designator word, with or without the article
        ("عاصمة الولاية": the state, not a place named "الولاية")."""
        key = arabic_key(tok.text) or ""
        return any(
            w in self.designators or (w.startswith("ال") and w[2:] in self.designators)
            for w in (tok.stem, key)
        )

    def _place(
        self,
        doc: Document,
        m: Mention,
        i: int,
        places: list[Mention],
        main_country: str | None,
        starts: dict[int, int],
        common: Callable[[], frozenset[str]],
    ) -> Place | None:
        """The place of NER span ``m`` (first token ``i``; ``starts`` maps token starts
        to indices; ``common`` gives the names the document's topic makes common nouns,
        :meth:`_story_common`), or None."""
        j = i
        while j < len(doc.tokens) and doc.tokens[j].start < m.end:
            j += 1
        after = doc.tokens[j] if j < len(doc.tokens) else None
        entries = self._entries(m.text)
        if after is not None and is_club_demonym(arabic_key(after.text) or ""):
            # "من إشبيلية الإسباني": a town before a masculine demonym is a club
            entries = [e for e in entries if e.kind in "CA"]
            if not entries:
                return None
        if entries:  # a gazetteer name the places stage let go
            if self._vetoed(doc.tokens, i, after, m.text):
                return None  # for its context: "في كوبا أميركا", a competition
            if arabic_key(m.text) in common():
                return None  # for its story: "داخل العين" among the cornea and the retina
            best = max(  # for want of a cue: "جنيف" needs a designator there
                entries, key=lambda e: (e.country == main_country, e.kind in "CA", e.population)
            )
            return self.gaz.to_place(best)
        # a demonym closing the span or right after it: "الساحل الكيني", "سيله الألمانية"
        for tok in (doc.tokens[j - 1] if j - 1 > i else None, after):
            if tok is not None and tok.is_word:
                iso = country_of_demonym(tok.text)
                if iso:
                    return country_place(m.text, iso, self.gaz, FEATURE)
        near = [
            (p.start - m.end if p.start >= m.end else m.start - p.end + 0.5, p)
            for p in places
            if (
                -NEAR_CHARS <= p.start - m.end <= NEAR_CHARS
                or -NEAR_CHARS <= m.start - p.end <= NEAR_CHARS
            )
            and not self._across_border(doc, starts, p)
        ]
        if near:
            p = min(near, key=lambda t: t[0])[1].place
            if p.precision <= 2 and p.lat is not None:
                return _near_place(m.text, p)
            if p.country:
                return country_place(m.text, p.country, self.gaz, FEATURE)
        return country_place(m.text, main_country, self.gaz, FEATURE) if main_country else None

    def _across_border(self, doc: Document, starts: dict[int, int], p: Mention) -> bool:
        """Whether place ``p`` is named as the other side of a border ("بالقرب من الحدود
        مع الصومال"): a neighbour, not where the unlisted place lies."""
        k = starts.get(p.start)
        return k is not None and k > 0 and arabic_key(doc.tokens[k - 1].norm) in self.border_with

    def _story_common(self, doc: Document) -> frozenset[str]:
        """Keys of the names the document's topic makes common nouns
        (:func:`geocode_context.story_common_keys`)."""
        return story_common_keys(
            self.ctx, lambda: {k for t in doc.tokens if t.is_word and (k := arabic_key(t.stem))}
        )

    def _vetoed(self, tokens: list[Token], i: int, after: Token | None, name: str) -> bool:
        """Whether the words around the gazetteer name ``name`` (first token ``i``, the
        token ``after`` it) say it is no place (:func:`geocode_context.vetoed`)."""

        def keys(tok: Token | None) -> list[str]:
            if tok is None or not tok.is_word:
                return []
            return [k for k in {arabic_key(tok.norm), arabic_key(tok.stem)} if k]

        before = tokens[i - 1] if i > 0 else None
        return vetoed(self.ctx, arabic_key(name) or "", keys(before), keys(after))

    def _entries(self, name: str) -> list[GazEntry]:
        """The gazetteer's entries for ``name`` (any script), or an empty list."""
        key = arabic_key(name) or latin_key(name)
        found = self.gaz.lookup(key) if key else None
        return [self.gaz.entry(r) for r in found[1]] if found else []


def _near_place(name: str, where: Place) -> Place:
    """An unlisted place called ``name`` at the point and in the division of ``where``
    (precision 2: near it)."""
    return Place(
        name=name,
        country=where.country,
        admin1=where.admin1,
        lat=where.lat,
        lon=where.lon,
        precision=2,
        feature=FEATURE,
    )


def _capitalized(word: str) -> bool:
    """A Latin word that starts with a capital letter ("Kuriga", "Al-Hasakah")."""
    return word[:1].isupper() and word[:1].isascii() and word.replace("-", "").isalpha()
