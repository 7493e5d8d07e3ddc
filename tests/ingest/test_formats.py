"""read_documents over each input format, folders, archives and the --published fallback."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.ingest import IngestError, read_documents

AR_1 = "أعلنت وزارة الداخلية السعودية اليوم القبض على خلية إرهابية في الرياض تضم ستة أشخاص."
AR_2 = "قتل ثلاثة أشخاص وأصيب عشرة آخرون في انفجار سيارة مفخخة وسط بغداد يوم السبت."
EN_1 = "Protesters gathered outside parliament in Amman on Friday demanding lower fuel prices."

PAGE = """<!DOCTYPE html><html lang="ar"><head><meta charset="{charset}">
<title>انفجار في بغداد | موقع الأخبار</title>
<meta property="og:title" content="انفجار سيارة مفخخة في بغداد">
<meta property="article:published_time" content="2024-12-09T10:30:00+03:00">
</head><body>
<nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a> | <a href="/eco">اقتصاد</a></nav>
<article><h1>انفجار سيارة مفخخة في بغداد</h1>
<p>قتل ثلاثة أشخاص وأصيب عشرة آخرون في انفجار سيارة مفخخة في حي الكرادة وسط بغداد يوم السبت، بحسب مصدر أمني.</p>
<p>وقال المصدر إن قوات الأمن طوقت المكان وفتحت تحقيقا في الحادث، فيما نقل المصابون إلى مستشفى ابن النفيس.</p>
</article>
<footer>جميع الحقوق محفوظة © 2024</footer></body></html>"""

SNN_DAY = [
    {
        "source": "was",
        "url": "http://www.spa.gov.sa/1367652",
        "date_extracted": "2015-07-21 02:51:32",
        "title": "خادم الحرمين الشريفين يستقبل ولي ولي العهد",
        "author": "",
        "content": "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في جدة اليوم ولي ولي العهد.",
    },
    {
        "source": "okaz",
        "url": "http://www.okaz.com.sa/new/Issues/20150721/Con20150721785379.htm",
        "date_extracted": "2015-07-21 03:10:05",
        "title": "",
        "author": "جدة: عكاظ",
        "content": "أحبطت الجهات الأمنية محاولة تهريب كمية من المخدرات عبر ميناء جدة الإسلامي.",
    },
]


def docs_of(items: list[Document | IngestError]) -> list[Document]:
    return [x for x in items if isinstance(x, Document)]


def errors_of(items: list[Document | IngestError]) -> list[IngestError]:
    return [x for x in items if isinstance(x, IngestError)]


def read(*paths: Path | str, **kw: object) -> list[Document | IngestError]:
    return list(read_documents([str(p) for p in paths], **kw))  # type: ignore[arg-type]


def test_txt_whole_file_is_text_and_stem_is_id(tmp_path: Path) -> None:
    text = AR_1 + "\r\n\r\n" + AR_2 + "\n"
    (tmp_path / "baghdad-2024.txt").write_bytes(text.encode())
    [doc] = read(tmp_path / "baghdad-2024.txt")
    assert (doc.id, doc.raw, doc.text, doc.published, doc.published_from) == (
        "baghdad-2024",
        text,
        text,
        None,
        "none",
    )
    assert doc.origin == str(tmp_path / "baghdad-2024.txt")


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    [doc] = read(tmp_path / "page.html")
    assert doc.id == "page"
    assert "حي الكرادة وسط بغداد" in doc.raw and "مستشفى ابن النفيس" in doc.raw
    assert "رياضة" not in doc.raw and "جميع الحقوق" not in doc.raw
    assert doc.title == "انفجار سيارة مفخخة في بغداد"
    assert (doc.published, doc.published_from) == ("2024-12-09", "input")


def test_html_in_windows_1256_with_declared_charset(tmp_path: Path) -> None:
    (tmp_path / "old.htm").write_bytes(
        PAGE.format(charset="windows-1256").encode("cp1256", "replace")
    )
    [doc] = read(tmp_path / "old.htm")
    assert "حي الكرادة وسط بغداد" in doc.raw


def test_json_single_object_with_id(tmp_path: Path) -> None:
    obj = {"id": "d1", "text": EN_1, "title": "Fuel protest", "published": "2024-12-06",
           "url": "https://example.org/a", "source": "example", "lang": "en"}  # fmt: skip
    (tmp_path / "one.json").write_text(json.dumps(obj), encoding="utf-8")
    [doc] = read(tmp_path / "one.json")
    assert (doc.id, doc.raw, doc.title, doc.published, doc.url, doc.source, doc.lang) == (
        "d1", EN_1, "Fuel protest", "2024-12-06", "https://example.org/a", "example", "en"
    )  # fmt: skip


def test_json_saudinewsnet_day_list(tmp_path: Path) -> None:
    (tmp_path / "2015-07-21.json").write_text(json.dumps(SNN_DAY, ensure_ascii=False, indent=4))
    docs = read(tmp_path / "2015-07-21.json")
    assert [d.id for d in docs_of(docs)] == ["2015-07-21-0", "2015-07-21-1"]
    first, second = docs_of(docs)
    assert first.raw == SNN_DAY[0]["content"]
    assert (first.published, first.published_from) == ("2015-07-21T02:51:32", "input")
    assert (first.source, first.url) == ("was", "http://www.spa.gov.sa/1367652")
    assert second.title is None  # empty title counts as absent
    assert second.origin == f"{tmp_path / '2015-07-21.json'}[1]"


def test_json_document_with_html_instead_of_text(tmp_path: Path) -> None:
    obj = [{"id": "p1", "html": PAGE.format(charset="utf-8"), "url": "https://example.org/b"}]
    (tmp_path / "pages.json").write_text(json.dumps(obj, ensure_ascii=False))
    [doc] = read(tmp_path / "pages.json")
    assert doc.id == "p1" and "حي الكرادة" in doc.raw and "رياضة" not in doc.raw
    assert doc.title == "انفجار سيارة مفخخة في بغداد" and doc.published == "2024-12-09"


def test_jsonl_blank_lines_skipped_and_ids_from_line_numbers(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": AR_1}, ensure_ascii=False),
        "",
        json.dumps({"text": AR_2, "published": "2024-12-07"}, ensure_ascii=False),
        "   ",
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read(tmp_path / "batch.jsonl")
    assert [(d.id, d.origin) for d in docs_of(docs)] == [
        ("a", f"{tmp_path / 'batch.jsonl'}:1"),
        ("batch-3", f"{tmp_path / 'batch.jsonl'}:3"),
    ]
    assert not errors_of(docs)


def test_jsonl_gz_and_json_gz(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "feed.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g1", "text": AR_1}, ensure_ascii=False) + "\n")
        f.write(json.dumps({"id": "g2", "text": EN_1}) + "\n")
    with gzip.open(tmp_path / "2015-07-21.json.gz", "wt", encoding="utf-8") as f:
        json.dump(SNN_DAY, f, ensure_ascii=False)
    items = read(tmp_path / "feed.jsonl.gz", tmp_path / "2015-07-21.json.gz")
    assert [d.id for d in docs_of(items)] == ["g1", "g2", "2015-07-21-0", "2015-07-21-1"]
    assert docs_of(items)[1].raw == EN_1


def test_zip_members_sorted_unknown_skipped(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "2015-07-21.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("2015-07-21.json", json.dumps(SNN_DAY, ensure_ascii=False))
        z.writestr("extra/notes.txt", EN_1)
        z.writestr("README.md", "# not an article")
        z.writestr("__MACOSX/._2015-07-21.json", b"\x00\x05\x16\x07")
        z.writestr("a.jsonl", json.dumps({"id": "z1", "text": AR_2}, ensure_ascii=False))
    items = read(tmp_path / "2015-07-21.zip")
    assert not errors_of(items)
    docs = docs_of(items)
    assert [d.id for d in docs] == ["2015-07-21-0", "2015-07-21-1", "z1", "notes"]
    zip_path = tmp_path / "2015-07-21.zip"
    assert docs[1].origin == f"{zip_path}!2015-07-21.json[1]"
    assert docs[2].origin == f"{zip_path}!a.jsonl:1"
    assert docs[3].origin == f"{zip_path}!extra/notes.txt"


def test_folder_recursive_sorted_unknown_and_hidden_skipped(tmp_path: Path) -> None:
    root = tmp_path / "news"
    (root / "b").mkdir(parents=True)
    (root / "a" / "deep").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "z.txt").write_text(EN_1)
    (root / "b" / "one.txt").write_text(AR_1)
    (root / "a" / "deep" / "x.txt").write_text(AR_2)
    (root / "a" / "c.jsonl").write_text(json.dumps({"id": "c1", "text": EN_1}) + "\n")
    (root / "a" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "notes.md").write_text("# notes")
    (root / ".cache" / "h.txt").write_text("hidden")
    items = read(root)
    assert not errors_of(items)
    assert [d.id for d in docs_of(items)] == ["c1", "x", "one", "z"]
    assert docs_of(items)[1].origin == str(root / "a" / "deep" / "x.txt")


def test_explicit_file_with_unknown_extension_is_text(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(AR_1, encoding="utf-8")
    [doc] = read(tmp_path / "notes.md")
    assert (doc.id, doc.raw) == ("notes", AR_1)


def test_published_option_fills_only_missing_dates(tmp_path: Path) -> None:
    lines = [
        {"id": "has", "text": AR_1, "published": "2024-12-01"},
        {"id": "lacks", "text": AR_2},
        {"id": "bad", "text": EN_1, "published": "sometime last week"},
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(x) for x in lines))
    docs = docs_of(read(tmp_path / "d.jsonl", published="2024-12-09"))
    assert [(d.id, d.published, d.published_from) for d in docs] == [
        ("has", "2024-12-01", "input"),
        ("lacks", "2024-12-09", "option"),
        ("bad", "2024-12-09", "option"),
    ]


def test_published_option_must_be_a_date() -> None:
    with pytest.raises(ValueError, match="not a date"):
        read_documents(["x"], published="next week")


def test_duplicate_ids_derived_get_suffix_explicit_are_rejected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "report.txt").write_text(AR_1)
    (tmp_path / "b" / "report.txt").write_text(AR_2)
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "d1", "text": EN_1}) + "\n" + json.dumps({"id": "d1", "text": AR_1})
    )
    items = read(tmp_path / "a", tmp_path / "b", tmp_path / "c.jsonl")
    assert [d.id for d in docs_of(items)] == ["report", "report~2", "d1"]
    # the renaming is said, with both files
    warned = capsys.readouterr().err
    assert "id 'report' already names" in warned and "'report~2'" in warned
    [err] = errors_of(items)
    assert err.where == f"{tmp_path / 'c.jsonl'}:2" and err.doc_id == "d1"
    assert err.problem == f"duplicate id 'd1' (first seen at {tmp_path / 'c.jsonl'}:1)"


def test_lang_is_normalized_to_iso_639_1(tmp_path: Path) -> None:
    lines = [
        {"id": f"l{i}", "text": AR_1, "lang": lang} for i, lang in enumerate(["AR", "ar-SA", "ara"])
    ]
    (tmp_path / "l.jsonl").write_text("\n".join(json.dumps(x) for x in lines))
    assert [d.lang for d in docs_of(read(tmp_path / "l.jsonl"))] == ["ar", "ar", None]


def test_nested_zip_and_gzip_member_and_utf16_jsonl(tmp_path: Path) -> None:
    inner = tmp_path / "inner.zip"
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("day.json", json.dumps(SNN_DAY[:1], ensure_ascii=False))
    with zipfile.ZipFile(tmp_path / "outer.zip", "w") as z:
        z.write(inner, "archive/inner.zip")
        z.writestr("feed.jsonl.gz", gzip.compress(json.dumps({"id": "gz", "text": AR_2}).encode()))
    utf16 = "\n".join(json.dumps({"id": f"u{i}", "text": AR_1}, ensure_ascii=False) for i in (1, 2))
    (tmp_path / "wide.jsonl").write_bytes(utf16.encode("utf-16"))
    items = read(tmp_path / "outer.zip", tmp_path / "wide.jsonl")
    assert [(d.id, d.origin) for d in docs_of(items)] == [
        ("day-0", f"{tmp_path / 'outer.zip'}!archive/inner.zip!day.json[0]"),
        ("gz", f"{tmp_path / 'outer.zip'}!feed.jsonl.gz:1"),
        ("u1", f"{tmp_path / 'wide.jsonl'}:1"),
        ("u2", f"{tmp_path / 'wide.jsonl'}:2"),
    ]
    assert docs_of(items)[3].raw == AR_1


def test_a_short_html_fragment_keeps_its_text(tmp_path: Path) -> None:
    # no page around it: trafilatura finds no article, its baseline keeps the paragraph
    (tmp_path / "frag.html").write_text(
        "<p>قتل ثلاثة جنود في هجوم على نقطة تفتيش في الموصل أمس.</p>", encoding="utf-8"
    )
    [doc] = read(tmp_path / "frag.html")
    assert isinstance(doc, Document) and doc.text.startswith("قتل ثلاثة جنود")
    # a page with nothing but a script is still empty
    (tmp_path / "empty.html").write_text(
        "<html><body><script>var x = 1;</script></body></html>", encoding="utf-8"
    )
    [err] = read(tmp_path / "empty.html")
    assert isinstance(err, IngestError) and "empty" in err.problem
