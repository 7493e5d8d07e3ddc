"""Documents with mentions, events and statements built by hand (the event stage is not needed)."""

from __future__ import annotations

import pytest

from marsad.document import (
    ActorRef,
    Document,
    Event,
    Evidence,
    Mention,
    Place,
    Removal,
    Span,
    Statement,
)

QAIM = (
    "أعلنت وزارة الدفاع العراقية أن قواتها سيطرت على مدينة القائم في محافظة الأنبار يوم السبت. "
    "وقال مصدر محلي إن الاشتباكات أسفرت عن مقتل ثلاثة مسلحين."
)


def _span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    return i, i + len(needle)


def build_qaim_doc(doc_id: str = "qaim", raw: str = QAIM) -> Document:
    """An Arabic report with a LOC and a DATE mention, an ASSAULT event and a statement."""
    doc = Document(
        id=doc_id,
        raw="[ad_1]" + raw,
        text=raw,
        title="القوات العراقية تسيطر على القائم",
        published="2024-12-09",
        url="https://example.org/news/qaim",
        source="Example News",
        lang="ar",
        removed=[Removal(0, 6, "ad-marker", "[ad_1]")],
    )
    first_end = raw.index(".") + 1
    doc.sentences = [Span(0, first_end), Span(first_end + 1, len(raw))]
    a, b = _span(raw, "القائم")
    doc.add_mention(
        Mention(
            a,
            b,
            raw[a:b],
            "LOC",
            place=Place("Al Qa'im", "IRQ", 92138, "Anbar", 34.39, 40.99, precision=1),
        )
    )
    a, b = _span(raw, "يوم السبت")
    doc.add_mention(Mention(a, b, raw[a:b], "DATE", value="2024-12-07", precision="day"))
    a, b = _span(raw, "ثلاثة")
    doc.add_mention(Mention(a, b, raw[a:b], "QUANTITY", value=3, noun="مسلحين"))
    s2 = doc.sentences[1]
    doc.events.append(
        Event(
            id=f"{doc_id}:e1",
            type="ASSAULT",
            mode="firearms",
            context=["military"],
            acled={"event_type": "Battles", "sub_event_type": "Armed clash"},
            actor=ActorRef("قواتها", "Iraqi Armed Forces", "IRQ", "MIL"),
            location={
                "text": "القائم",
                "name": "Al Qa'im",
                "geonameid": 92138,
                "country": "IRQ",
                "admin1": "Anbar",
                "lat": 34.39,
                "lon": 40.99,
                "precision": 1,
            },
            date="2024-12-07",
            date_precision="day",
            size={"killed": 3},
            attribution={"text": "مصدر محلي", "speaker": None},
            evidence=Evidence(0, first_end, raw[:first_end]),
            confidence=0.8123,
        )
    )
    doc.statements.append(
        Statement(
            id=f"{doc_id}:s1",
            speaker=ActorRef("مصدر محلي"),
            verb="وقال",
            content="الاشتباكات أسفرت عن مقتل ثلاثة مسلحين",
            quote="indirect",
            evidence=Evidence(s2.start, s2.end, raw[s2.start : s2.end]),
            date="2024-12-07",
            date_precision="day",
            confidence=0.7,
        )
    )
    return doc


@pytest.fixture
def qaim_doc() -> Document:
    return build_qaim_doc()


@pytest.fixture
def make_qaim_doc():  # noqa: ANN201 - a factory fixture
    """``make_qaim_doc(doc_id=..., raw=...)``: a fresh copy of the Al Qa'im report."""
    return build_qaim_doc
