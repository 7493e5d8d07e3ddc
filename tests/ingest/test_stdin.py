"""Standard input ("-"): JSON Lines, whole JSON, or plain text."""

from __future__ import annotations

import io
import json
import sys

import pytest

from marsad.document import Document
from marsad.ingest import IngestError, read_documents

AR = "وقال المتحدث باسم الحكومة العراقية إن القوات استعادت السيطرة على مدينة القائم."


def read_stdin(data: bytes, monkeypatch: pytest.MonkeyPatch, **kw: object) -> list:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    return list(read_documents(["-"], **kw))  # type: ignore[arg-type]


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "\n".join(
        [
            "",
            json.dumps({"id": "s1", "text": AR}, ensure_ascii=False),
            "{broken",
            json.dumps({"text": "Hello"}),
        ]
    ).encode()
    items = read_stdin(data, monkeypatch)
    assert [str(x) if isinstance(x, IngestError) else (x.id, x.origin) for x in items] == [
        ("s1", "stdin:2"),
        "stdin:3: malformed JSON: Expecting property name enclosed in double quotes at column 2",
        ("stdin-4", "stdin:4"),
    ]


def test_stdin_jsonl_with_malformed_first_line(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"id": "x" "text": "a"}\n' + json.dumps({"id": "y", "text": AR}).encode() + b"\n"
    items = read_stdin(data, monkeypatch)
    assert isinstance(items[0], IngestError) and items[0].where == "stdin:1"
    assert isinstance(items[1], Document) and (items[1].id, items[1].raw) == ("y", AR)


def test_stdin_pretty_printed_object_and_list(monkeypatch: pytest.MonkeyPatch) -> None:
    obj = {"id": "p", "text": AR, "published": "2024-12-09"}
    [doc] = read_stdin(json.dumps(obj, indent=2, ensure_ascii=False).encode(), monkeypatch)
    assert (doc.id, doc.raw, doc.published, doc.origin) == ("p", AR, "2024-12-09", "stdin")
    docs = read_stdin(json.dumps([{"text": AR}, {"text": "Hi"}]).encode(), monkeypatch)
    assert [(d.id, d.origin) for d in docs] == [("stdin-0", "stdin[0]"), ("stdin-1", "stdin[1]")]


def test_stdin_plain_text_keeps_text_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n" + AR + "\r\n\r\nSecond paragraph.\n"
    [doc] = read_stdin(text.encode("utf-16"), monkeypatch, published="2024-12-09")
    assert (doc.id, doc.raw, doc.published_from, doc.origin) == ("stdin", text, "option", "stdin")


def test_stdin_malformed_json_list_and_empty_input(monkeypatch: pytest.MonkeyPatch) -> None:
    [err] = read_stdin(b'[{"text": "a"},', monkeypatch)
    assert str(err) == "stdin: malformed JSON: Expecting value at line 1 column 16"
    [err] = read_stdin(b"\n \n", monkeypatch)
    assert str(err) == "stdin: empty document"


def test_stdin_text_over_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    [err] = read_stdin(((AR + "\n") * 20).encode(), monkeypatch, max_bytes=1000)
    assert err.problem.startswith("document too large: ") and err.problem.endswith(
        "> limit 1000 (raise --max-bytes)"
    )
