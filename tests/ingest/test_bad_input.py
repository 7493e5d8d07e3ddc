"""Bad input becomes IngestError items and never stops the batch."""

from __future__ import annotations

import gzip
import json
import random
import zipfile
from pathlib import Path

from marsad.document import Document
from marsad.ingest import IngestError, read_documents

AR = "أحبطت الجهات الأمنية محاولة تهريب كمية من المخدرات عبر ميناء جدة الإسلامي يوم الأحد."


def read(*paths: Path | str, **kw: object) -> list[Document | IngestError]:
    return list(read_documents([str(p) for p in paths], **kw))  # type: ignore[arg-type]


def test_error_str_is_where_colon_problem() -> None:
    err = IngestError("data/x.jsonl:17", "malformed JSON: Expecting ',' delimiter at column 17")
    assert str(err) == "data/x.jsonl:17: malformed JSON: Expecting ',' delimiter at column 17"


def test_batch_continues_past_binary_invalid_and_empty_files(tmp_path: Path) -> None:
    rng = random.Random(3)
    (tmp_path / "a_binary.txt").write_bytes(bytes(rng.randrange(256) for _ in range(5000)) + b"\0")
    (tmp_path / "b_latin.txt").write_bytes(bytes([0xE0, 0xE2, 0xE7, 0xF4, 0xFB, 0xFC]) + b" x")
    (tmp_path / "c_empty.txt").write_bytes(b"")
    (tmp_path / "d_blank.txt").write_bytes(b" \r\n\t\n")
    (tmp_path / "e_good.txt").write_text(AR, encoding="utf-8")
    items = read(tmp_path)
    assert [(type(x).__name__, getattr(x, "problem", None)) for x in items] == [
        ("IngestError", "binary file, not text"),
        (
            "IngestError",
            "not valid UTF-8 (first bad byte at offset 0) and not windows-1256/ISO-8859-6 "
            "or windows-1252 text",
        ),
        ("IngestError", "empty document"),
        ("IngestError", "empty document"),
        ("Document", None),
    ]
    assert items[0].where == str(tmp_path / "a_binary.txt")  # type: ignore[union-attr]
    assert items[0].doc_id == "a_binary"  # type: ignore[union-attr]


def test_50mb_text_rejected_from_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:  # sparse: all NUL bytes if anything did read it
        f.truncate(50_000_000)
    [err] = read(big)
    assert isinstance(err, IngestError)
    assert err.problem == "document too large: 50000000 bytes > limit 10000000 (raise --max-bytes)"


def test_gzip_text_over_limit_is_cut_off_while_reading(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "long.txt.gz", "wt", encoding="utf-8") as f:
        f.write(AR * 50)
    [err] = read(tmp_path / "long.txt.gz", max_bytes=1000)
    assert err.problem == "document too large: more than 1000 bytes (raise --max-bytes)"  # type: ignore[union-attr]


def test_malformed_line_in_1000_line_jsonl(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": f"n{i}", "text": f"{AR} رقم {i}"}, ensure_ascii=False)
        for i in range(1, 1001)
    ]
    lines[499] = '{"id": "n500" "text": "مفقود فاصلة"}'
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(tmp_path / "feed.jsonl")
    docs = [x for x in items if isinstance(x, Document)]
    errors = [x for x in items if isinstance(x, IngestError)]
    assert len(docs) == 999 and len(errors) == 1
    assert str(errors[0]) == (
        f"{tmp_path / 'feed.jsonl'}:500: malformed JSON: Expecting ',' delimiter at column 15"
    )
    assert docs[499].id == "n501"


def test_jsonl_line_problems_each_reported_with_line_number(tmp_path: Path) -> None:
    lines = [
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "t", "title": "no body"}),
        json.dumps({"id": "n", "text": 42}),
        json.dumps({"id": "e", "text": "   "}),
        json.dumps({"id": "big", "text": "x" * 600}),
        json.dumps({"id": "ok", "text": AR}, ensure_ascii=False),
    ]
    (tmp_path / "f.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = read(tmp_path / "f.jsonl", max_bytes=500)
    where = str(tmp_path / "f.jsonl")
    assert [str(x) if isinstance(x, IngestError) else x.id for x in items] == [
        f"{where}:1: expected a JSON object, got list",
        f"{where}:2: no text: expected a 'text', 'content' or 'html' field",
        f"{where}:3: field 'text' must be a string, got int",
        f"{where}:4: empty document",
        f"{where}:5: document too large: 625 bytes > limit 500 (raise --max-bytes)",
        "ok",
    ]
    assert items[4].doc_id == "f-5"  # type: ignore[union-attr]


def test_jsonl_line_in_windows_1256_is_decoded(tmp_path: Path) -> None:
    line = json.dumps({"id": "w", "text": AR}, ensure_ascii=False).encode("cp1256")
    (tmp_path / "legacy.jsonl").write_bytes(line + b"\n")
    [doc] = read(tmp_path / "legacy.jsonl")
    assert doc.raw == AR  # type: ignore[union-attr]


def test_malformed_json_file_and_wrong_top_level(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('[{"id": "x", "text": "نص"},\n {"id": "y" "text": "نص"}]')
    (tmp_path / "b.json").write_text("42")
    items = read(tmp_path)
    assert [str(x) for x in items] == [
        f"{tmp_path / 'a.json'}: malformed JSON: Expecting ',' delimiter at line 2 column 13",
        f"{tmp_path / 'b.json'}: expected a JSON object or a list of objects, got number",
    ]


def test_corrupt_archives_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04 definitely not a zip")
    (tmp_path / "bad.jsonl.gz").write_bytes(b"not gzip at all")
    ok = tmp_path / "ok.txt"
    ok.write_text(AR)
    items = read(tmp_path / "bad.zip", tmp_path / "bad.jsonl.gz", tmp_path / "missing.txt", ok)
    assert [x.problem if isinstance(x, IngestError) else x.id for x in items] == [
        "not a readable zip archive: File is not a zip file",
        "corrupt gzip data: Not a gzipped file (b'no')",
        "no such file or directory",
        "ok",
    ]


def test_truncated_gzip_keeps_lines_before_the_damage(tmp_path: Path) -> None:
    body = "".join(json.dumps({"id": f"t{i}", "text": f"{AR} {i}"}) + "\n" for i in range(200))
    data = gzip.compress(body.encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    items = read(tmp_path / "cut.jsonl.gz")
    docs = [x for x in items if isinstance(x, Document)]
    assert 0 < len(docs) < 200 and [d.id for d in docs] == [f"t{i}" for i in range(len(docs))]
    assert isinstance(items[-1], IngestError)
    assert items[-1].problem.startswith(("truncated compressed data", "corrupt"))
    assert items[-1].where.startswith(f"{tmp_path / 'cut.jsonl.gz'}:")


def test_bad_member_does_not_stop_the_archive(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "mixed.zip", "w") as z:
        z.writestr("1.json", '{"id": "m1", "text": ')
        z.writestr("2.txt", b"\x00\x01\x02\x03" * 100)
        z.writestr("3.txt", AR)
    items = read(tmp_path / "mixed.zip")
    assert [str(x) if isinstance(x, IngestError) else x.id for x in items] == [
        f"{tmp_path / 'mixed.zip'}!1.json: malformed JSON: Expecting value at line 1 column 22",
        f"{tmp_path / 'mixed.zip'}!2.txt: binary file, not text",
        "3",
    ]


def test_an_unterminated_string_says_where_once(tmp_path: Path) -> None:
    (tmp_path / "cut.json").write_text('{"text": "خبر مقطوع', encoding="utf-8")
    [err] = read(tmp_path / "cut.json")
    assert err.problem == (  # type: ignore[union-attr]
        "malformed JSON: Unterminated string starting at line 1 column 10"
    )
