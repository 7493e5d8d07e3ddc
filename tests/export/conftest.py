"""A store holding five hand-built events and one statement (the event stage is not needed)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from marsad.document import ActorRef, Document, Event, Evidence, Statement
from marsad.store import Store


def _place(text: str, name: str, country: str, admin1: str, lat: float, lon: float) -> dict:
    return {
        "text": text,
        "name": name,
        "geonameid": None,
        "country": country,
        "admin1": admin1,
        "lat": lat,
        "lon": lon,
        "precision": 1,
    }


def _doc(doc_id: str, text: str, events: list[dict[str, Any]], **meta: Any) -> Document:
    doc = Document(id=doc_id, raw=text, lang=meta.pop("lang", "ar"), **meta)
    for i, ev in enumerate(events, start=1):
        doc.events.append(Event(id=f"{doc_id}:e{i}", evidence=Evidence(0, len(text), text), **ev))
    return doc


def build_docs() -> list[Document]:
    qaim_text = "قتل ثلاثة مسلحين في اشتباكات مع الجيش العراقي في القائم يوم السبت."
    basra_text = "تظاهر مئات في البصرة هذا الشهر، وقالت الشرطة إن التظاهرات كانت سلمية."
    deir_text = "Syrian troops withdrew from Deir ez-Zor during the first week of December."
    iran_text = "هددت إيران بالرد على أي هجوم يستهدف منشآتها."
    cairo_text = "التقى وزير الخارجية المصري نظيره الأردني في القاهرة."
    docs = [
        _doc(
            "qaim",
            qaim_text,
            [
                {
                    "type": "ASSAULT",
                    "mode": "firearms",
                    "context": ["military", "terrorism"],
                    "acled": {"event_type": "Battles", "sub_event_type": "Armed clash"},
                    "actor": ActorRef("الجيش العراقي", "Iraqi Armed Forces", "IRQ", "MIL"),
                    "recipient": ActorRef("مسلحين", None, None, "UAF"),
                    "location": _place("القائم", "Al Qa'im", "IRQ", "Anbar", 34.39, 40.99),
                    "date": "2024-12-07",
                    "date_precision": "day",
                    "size": {"killed": 3},
                    "attribution": {"text": "مصدر أمني", "speaker": None},
                    "confidence": 0.82,
                }
            ],
            source="Example News",
            url="https://example.org/a/1",
            published="2024-12-09",
        ),
        _doc(
            "basra",
            basra_text,
            [
                {
                    "type": "PROTEST",
                    "mode": "demonstrate",
                    "acled": {"event_type": "Protests", "sub_event_type": "Peaceful protest"},
                    "actor": ActorRef("مئات", None, "IRQ", "CVL"),
                    "location": _place("البصرة", "Basra", "IRQ", "Basra", 30.51, 47.78),
                    "date": "2024-12",
                    "date_precision": "month",
                    "size": {"people": 300},
                    "size_approximate": ["people"],  # "مئات": a vague count's low end
                    "confidence": 0.6,
                }
            ],
            url="https://news.example.net/basra",
        ),
        _doc(
            "deir",
            deir_text,
            [
                {
                    "type": "RETREAT",
                    "mode": "withdraw",
                    "actor": ActorRef("Syrian troops", "Syrian Arab Army", "SYR", "MIL"),
                    "location": _place(
                        "Deir ez-Zor", "Deir ez-Zor", "SYR", "Deir ez-Zor", 35.34, 40.14
                    ),
                    "date": "2024-12-01/2024-12-06",
                    "date_precision": "week",
                    "confidence": 0.7,
                }
            ],
            lang="en",
        ),
        _doc(
            "iran",
            iran_text,
            [
                {
                    "type": "THREATEN",
                    "actor": ActorRef("إيران", "Iran", "IRN", "GOV"),
                    "date": "2024-11-30",
                    "date_precision": "day",
                    "modality": "future",
                    "confidence": 0.5,
                }
            ],
        ),
        _doc(
            "cairo",
            cairo_text,
            [
                {
                    "type": "CONSULT",
                    "actor": ActorRef("وزير الخارجية المصري", None, "EGY", "GOV"),
                    "recipient": ActorRef("نظيره الأردني", None, "JOR", "GOV"),
                    "location": _place("القاهرة", "Cairo", "EGY", "Cairo", 30.04, 31.24),
                    "confidence": 0.9,
                }
            ],
        ),
    ]
    basra = docs[1]
    i = basra_text.index("وقالت")
    basra.statements.append(
        Statement(
            id="basra:s1",
            speaker=ActorRef("الشرطة", None, "IRQ", "COP"),
            verb="وقالت",
            content="التظاهرات كانت سلمية",
            quote="indirect",
            evidence=Evidence(i, len(basra_text), basra_text[i:]),
            date="2024-12-05",
            date_precision="day",
            confidence=0.75,
        )
    )
    return docs


@pytest.fixture
def docs() -> list[Document]:
    return build_docs()


@pytest.fixture
def store(docs: list[Document]) -> Iterator[Store]:
    s = Store.open(":memory:")
    for d in docs:
        s.add(d)
    yield s
    s.close()
