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
   designator before it and the hierarchy the text states ("القائم في محافظة الأنبار").

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

import json
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from marsad.clean.normalize import normalize
from marsad.document import Document, Mention
from marsad.resolve.gazetteer import GazEntry, Gazetteer, load_gazetteer
from marsad.resolve.gazetteer_keys import arabic_key, latin_key
from marsad.resolve.gazetteer_match import (
    NameMatch,
    Reading,
    Word,
    adjacent,
    clitic_readings,
    find_names,
    tokenize,
)
from marsad.resolve.geocode import Scored, confidence, score_candidates
from marsad.resolve.geocode_demonyms import demonym_table

_QUOTES_OPEN = "«\"“'"
_LINK_GAP_CHARS = frozenset(" \t\u00a0,،()-–—")


@dataclass(frozen=True, slots=True)
class Context:
    """The context word sets of ``resources/gazetteer/context.json``, as keys."""

    designators: dict[str, str]
    prepositions: frozenset[str]
    person_before: frozenset[str]
    person_after: frozenset[str]
    org_before: frozenset[str]
    kin_after: frozenset[str]
    hierarchy_links: frozenset[str]
    not_after: frozenset[str]


def _key(word: str) -> str | None:
    return arabic_key(word) or latin_key(word)


@cache
def load_context() -> Context:
    """Read and normalize the context word lists."""
    raw = json.loads(
        resources.files("marsad.resources")
        .joinpath("gazetteer", "context.json")
        .read_text(encoding="utf-8")
    )

    def keys(name: str) -> frozenset[str]:
        return frozenset(k for k in (_key(w) for w in raw.get(name, [])) if k)

    designators: dict[str, str] = {}
    for kind in ("city", "admin", "country"):
        for k in keys(f"designators_{kind}"):
            designators.setdefault(k, kind)
    return Context(
        designators=designators,
        prepositions=keys("prepositions"),
        person_before=keys("person_before"),
        person_after=keys("person_after"),
        org_before=keys("org_before"),
        kin_after=keys("kin_after"),
        hierarchy_links=keys("hierarchy_links") | frozenset(designators),
        not_after=keys("not_after"),
    )


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


def _word_keys(word: Word) -> list[str]:
    """A word and its clitic-stripped readings (Arabic), or the word (Latin)."""
    if not word.arabic:
        return [word.text]
    return [stem for stem, _ in clitic_readings(word.text)]


class PlaceRecognizer:
    """Pipeline stage: adds ``LOC`` mentions with a resolved :class:`~marsad.document.Place`.

    ``PlaceRecognizer()(doc)`` needs ``doc.norm`` (it normalizes ``doc.text`` itself
    when absent) and uses ``doc.lang`` only through the script of each word; it uses
    neither tokens nor sentences beyond the text, so it runs with or without them.
    """

    name = "places"
    requires = frozenset({"norm", "lang", "sentences"})
    provides = frozenset({"mentions.LOC"})

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or load_gazetteer()
        self.ctx = load_context()
        self.demonyms = demonym_table()

    # -- public ---------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        norm = doc.norm if doc.norm is not None else normalize(doc.text)
        for start, end, place, conf in self.resolve(doc.text, norm):
            existing = next(
                (m for m in doc.mentions if m.kind == "LOC" and (m.start, m.end) == (start, end)),
                None,
            )
            if existing is not None:
                existing.place = existing.place or place
                continue
            doc.add_mention(
                Mention(
                    start=start,
                    end=end,
                    text=doc.text[start:end],
                    kind="LOC",
                    place=place,
                    confidence=conf,
                    source=self.name,
                )
            )
        return doc

    def resolve(self, original: str, norm) -> list[tuple[int, int, object, float]]:
        """``(start, end, Place, confidence)`` for every place mention of a text.

        ``original`` is the text the offsets refer to; ``norm`` its normalized view.
        """
        text = norm.text
        words = tokenize(text)
        matches = find_names(text, self.gaz, words)
        cands = [c for c in (self._keep(m, words, text, original, norm) for m in matches) if c]
        cands = self._coordinated(cands, words, text)
        self._link_hierarchy(cands, words, text)
        weights = self._country_evidence(cands, words)
        chosen = [(c, b) for c in cands if (b := self._choose(c, weights)) is not None]
        chosen = self._one_sense_per_document(chosen)
        out = []
        for c, (scored, reading) in chosen:
            e = scored.entry
            precision = 2 if (c.designator == "admin" and e.kind == "P") else None
            vs = c.match.start_of(reading)
            start, end = norm.to_original(vs, c.match.end)
            conf = confidence([s for s, _ in c.scored])
            if c.weak:
                conf = round(conf * 0.85, 3)
            out.append((start, end, self.gaz.to_place(e, precision), conf))
        return out

    # -- filters --------------------------------------------------------------
    def _keep(self, m: NameMatch, words: list[Word], text: str, original: str, norm) -> Candidate | None:
        ctx = self.ctx
        first = words[m.first]
        prev = words[m.first - 1] if m.first > 0 and adjacent(text, words[m.first - 1], first) else None
        nxt = (
            words[m.last + 1]
            if m.last + 1 < len(words) and adjacent(text, words[m.last], words[m.last + 1])
            else None
        )
        prev_keys = _word_keys(prev) if prev else []
        next_keys = _word_keys(nxt) if nxt else []
        designator = next((ctx.designators[k] for k in prev_keys if k in ctx.designators), None)
        if not first.arabic:
            s, _ = norm.to_original(m.word_start, m.end)
            if not original[s : s + 1].isupper():
                return None
        if any(k in ctx.org_before for k in prev_keys) or self._quoted_org(m, original, norm):
            return None
        if any(k in ctx.not_after for k in next_keys):
            return None
        if designator is None and any(k in ctx.person_before for k in prev_keys):
            return None
        single = m.first == m.last
        cued = designator is not None or any(k in ctx.prepositions for k in prev_keys)
        readings: list[Reading] = []
        pending: list[Reading] = []
        for r in m.readings:
            flags = self.gaz.flags(r.key)
            rows = self.gaz.lookup(r.key)[1]
            major = any(self.gaz.entry(x).kind in "CA" for x in rows)
            if not major and any(k in ctx.person_after for k in next_keys):
                continue
            if single and any(k in ctx.kin_after for k in next_keys):
                continue
            adjective_like = "a" in flags or (single and not major and r.key.startswith("ال"))
            if adjective_like and prev is not None and self._adjective_use(prev, prev_keys, designator):
                continue
            if flags and first.text.startswith(("لل", "ولل", "فلل")) and not r.key.startswith("ال"):
                continue  # "للحج" is ل + "الحج", not ل + Lahij
            if "w" in flags:
                ok = designator is not None
            elif "c" in flags or "p" in flags:
                ok = cued or any(ch in r.prefix for ch in "بل")
            else:
                readings.append(r)
                continue
            (readings if ok else pending).append(r)
        if not readings and not pending:
            return None
        weak = not readings or any(set(self.gaz.flags(r.key)) & set("wcp") for r in readings)
        return Candidate(m, readings, designator, weak, [], [], pending=pending)

    def _coordinated(self, cands: list[Candidate], words: list[Word], text: str) -> list[Candidate]:
        """Accept pending names listed with accepted places ("عدن وتعز ولحج والضالع").

        A name that needs a designator ("w") is accepted only in a list whose accepted
        neighbour has one ("محافظات عدن ولحج"); a name that needs any cue, in any list.
        """
        changed = True
        while changed:
            changed = False
            for i, c in enumerate(cands):
                if c.readings or not c.pending:
                    continue
                for j in (i - 1, i + 1):
                    if not (0 <= j < len(cands) and cands[j].readings):
                        continue
                    a, b = (cands[j], c) if j < i else (c, cands[j])
                    if not self._listed(a, b, words, text):
                        continue
                    ok = [
                        r
                        for r in c.pending
                        if "w" not in self.gaz.flags(r.key) or cands[j].designator
                    ]
                    if ok:
                        c.readings, c.pending = ok, []
                        c.designator = c.designator or cands[j].designator
                        changed = True
                        break
        return [c for c in cands if c.readings]

    @staticmethod
    def _listed(a: Candidate, b: Candidate, words: list[Word], text: str) -> bool:
        """True when ``b`` follows ``a`` as the next item of a list ("X وY", "X، Y")."""
        if b.match.first != a.match.last + 1:
            return False
        gap = text[words[a.match.last].end : words[b.match.first].start]
        if gap.strip() in {"،", ",", "-", "و"}:
            return True
        return gap.strip() == "" and words[b.match.first].text.startswith("و")

    def _adjective_use(self, prev: Word, prev_keys: list[str], designator: str | None) -> bool:
        """True when ``prev`` makes the next word an adjective ("الحكومة السعودية")."""
        if designator is not None or any(k in self.ctx.prepositions for k in prev_keys):
            return False
        if any(k in self.demonyms for k in prev_keys):
            return True
        stem = prev_keys[1] if len(prev_keys) > 1 and prev.text[0] in "وف" else prev_keys[0]
        if not stem.startswith("ال"):
            return False
        return not any(k in self.gaz for k in prev_keys)

    def _quoted_org(self, m: NameMatch, original: str, norm) -> bool:
        """A name in quotes right after the preposition ل ("قال لـ«الرياض»"): a newspaper."""
        s, e = norm.to_original(m.word_start, m.end)
        before = original[max(0, s - 3) : s]
        after = original[e : e + 1]
        return bool(before) and before[-1] in _QUOTES_OPEN and after in "»\"”'" and (
            before[:-1].endswith("ل") or before[:-1].endswith("لـ")
        )

    # -- context --------------------------------------------------------------
    def _link_hierarchy(self, cands: list[Candidate], words: list[Word], text: str) -> None:
        """Link "X في محافظة Y" / "X، Y" / "X بالأنبار": Y's places may contain X's."""
        links = self.ctx.hierarchy_links
        for a, b in zip(cands, cands[1:]):
            between = words[a.match.last + 1 : b.match.first]
            if len(between) > 3:
                continue
            if not all(any(k in links for k in _word_keys(w)) for w in between):
                continue
            gap_ok = all(
                set(text[x.end : y.start]) <= _LINK_GAP_CHARS
                for x, y in zip([words[a.match.last], *between], [*between, words[b.match.first]])
            )
            if not gap_ok:
                continue
            b_entries = [self.gaz.entry(r) for rd in b.readings for r in self.gaz.lookup(rd.key)[1]]
            a_entries = [self.gaz.entry(r) for rd in a.readings for r in self.gaz.lookup(rd.key)[1]]
            a.containers.extend(b_entries)
            b.inside.extend(a_entries)

    def _country_evidence(self, cands: list[Candidate], words: list[Word]) -> Counter:
        """ISO3 -> weight: demonyms (1), country names (2), single-candidate places (1)."""
        weights: Counter = Counter()
        for w in words:
            for k in _word_keys(w):
                iso = self.demonyms.get(k)
                if iso:
                    weights[iso] += 1
                    break
        for c in cands:
            rows = {r for rd in c.readings for r in self.gaz.lookup(rd.key)[1]}
            if len(rows) == 1:
                e = self.gaz.entry(next(iter(rows)))
                weights[e.country] += 2 if e.kind == "C" else 1
        return weights

    @staticmethod
    def _one_sense_per_document(
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
                alt = next((p for p in c.scored or [] if p[0].entry.row == target and p[1].key == rd.key), None)
                if alt is not None:
                    out.append((c, alt))
                    continue
            out.append((c, (s, rd)))
        return out

    def _choose(self, c: Candidate, weights: Counter) -> tuple[Scored, Reading] | None:
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
            ):
                pairs.append((s, rd))
        pairs.sort(key=lambda p: (-p[0].score, len(p[1].prefix), -p[0].entry.population))
        c.scored = pairs
        return pairs[0] if pairs else None
