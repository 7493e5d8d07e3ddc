"""The command line as a user runs it: contract output, bad input, exit codes, store round trip."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from marsad.cli import main
from tests.conftest import REFERENCE_ARTICLE, need_shared

AR = (
    "قتل ثلاثة جنود وأصيب خمسة آخرون في هجوم استهدف نقطة تفتيش في مدينة الموصل يوم الثلاثاء، "
    "حسبما قال مصدر أمني.\n\nوقال المتحدث باسم الشرطة إن قوات الأمن اعتقلت نحو 20 مشتبها به."
)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_annotate_txt_follows_the_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "mosul.txt"
    f.write_text(AR, encoding="utf-8")
    code, out, err = _run(["annotate", str(f), "--published", "2024-12-11"], capsys)
    assert code == 0, err
    (rec,) = _lines(out)
    assert rec["doc_id"] == "mosul" and rec["lang"] == "ar"
    assert rec["published"] == "2024-12-11" and rec["published_from"] == "option"
    assert rec["sentences"] and all(rec["text"][a:b].strip() for a, b in rec["sentences"])
    for m in rec["mentions"]:
        assert rec["text"][m["start"] : m["end"]] == m["text"]
    kinds = {m["kind"] for m in rec["mentions"]}
    assert {"QUANTITY", "DATE", "LOC"} <= kinds
    date = next(m for m in rec["mentions"] if m["kind"] == "DATE")
    assert date["value"] == "2024-12-10" and date["precision"] == "day"
    mosul = next(m for m in rec["mentions"] if m["kind"] == "LOC")
    assert mosul["place"]["country"] == "IRQ"


def test_raw_keeps_input_text_exactly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "[ad_1]\nعنوان\n\nعنوان\n\nنص الخبر هنا.\n\nالمصدر\n"
    f = tmp_path / "a.txt"
    f.write_text(text, encoding="utf-8")
    code, out, _ = _run(["annotate", "--raw", str(f)], capsys)
    (rec,) = _lines(out)
    assert code == 0 and rec["text"] == text and rec["removed"] == []
    code, out, _ = _run(["annotate", str(f)], capsys)
    (rec,) = _lines(out)
    assert "[ad_1]" not in rec["text"] and not rec["text"].rstrip().endswith("المصدر")
    for r in rec["removed"]:
        assert text[r["start"] : r["end"]] == r["text"]


def test_bad_inputs_are_reported_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "bad_utf8.txt").write_bytes(b"caf\xe9 cr\xe8me, plain \xc3\x28 text \x80\x81")
    (tmp_path / "empty.txt").write_bytes(b"")
    lines = [
        json.dumps({"id": f"d{i}", "text": f"خبر رقم {i} عن بغداد."}, ensure_ascii=False)
        for i in range(10)
    ]
    lines[4] = '{"id": "d4", "text": "broken'
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("خبر سليم عن دمشق.", encoding="utf-8")
    code, out, err = _run(["annotate", str(tmp_path)], capsys)
    assert code == 1
    ids = {r["doc_id"] for r in _lines(out)}
    assert ids == {f"d{i}" for i in range(10) if i != 4} | {"good"}
    assert "batch.jsonl:5" in err and "malformed JSON" in err
    assert "binary.txt" in err and "empty.txt" in err and "bad_utf8.txt" in err


def test_huge_document_is_rejected_by_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse 50 MB file
    ok = tmp_path / "ok.txt"
    ok.write_text("خبر قصير.", encoding="utf-8")
    code, out, err = _run(["annotate", str(big), str(ok)], capsys)
    assert code == 1
    assert [r["doc_id"] for r in _lines(out)] == ["ok"]
    assert "huge.txt" in err and "too large" in err


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.dumps({"id": "s1", "text": "Protesters gathered in Basra on Monday."}) + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    code, out, _ = _run(["annotate", "-", "--published", "2024-07-10"], capsys)
    (rec,) = _lines(out)
    assert code == 0 and rec["doc_id"] == "s1" and rec["lang"] == "en"


def test_extract_writes_event_and_statement_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "mosul.txt"
    f.write_text(AR, encoding="utf-8")
    code, out, _ = _run(["extract", str(f), "--published", "2024-12-11"], capsys)
    assert code == 0
    recs = _lines(out)
    events = [r for r in recs if r["kind"] == "event"]
    arrest = next(r for r in events if r["type"] == "COERCE")
    assert arrest["mode"] == "arrest" and arrest["acled"]["sub_event_type"] == "Arrests"
    assert arrest["size"].get("arrested") == 20 or arrest["size"].get("people") == 20
    statements = [r for r in recs if r["kind"] == "statement"]
    assert {s["speaker"]["country"] for s in statements} == {"IRQ"}
    for r in recs:
        assert r["doc_id"] == "mosul" and r["id"].startswith("mosul:")
        ev = r["evidence"]
        assert ev["end"] > ev["start"]


def test_ingest_is_idempotent_and_search_export_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        "\n".join(
            json.dumps(
                {"id": f"n{i}", "text": AR + f" ({i})", "published": "2024-12-11"},
                ensure_ascii=False,
            )
            for i in range(5)
        ),
        encoding="utf-8",
    )
    db = tmp_path / "m.db"
    code, _, err = _run(["ingest", str(docs), "--db", str(db)], capsys)
    assert code == 0 and "5 added" in err
    code, _, err = _run(["ingest", str(docs), "--db", str(db)], capsys)
    assert code == 0 and "5 duplicate" in err and "added" not in err
    code, out, _ = _run(["search", "الموصل", "--db", str(db), "--json"], capsys)
    assert code == 0 and len(_lines(out)) == 5
    code, out, err = _run(["search", "الموصل", "--db", str(db), "-n", "2"], capsys)
    assert code == 0 and "2 of 5 hit(s) (show more with -n 5)" in err
    code, _, err = _run(
        ["export", "--db", str(db), "--since", "2024-12-08", "--until", "2024-11-30"], capsys
    )
    assert code == 2 and "after --until" in err
    missing = str(tmp_path / "none.db")  # a usage error is one with no database too
    code, _, err = _run(
        ["export", "--db", missing, "--since", "2024-12-08", "--until", "2024-11-30"], capsys
    )
    assert code == 2 and "after --until" in err
    code, out, _ = _run(["export", "--db", str(db), "--modality", "negated"], capsys)
    assert code == 0 and all(
        r["modality"] == "negated" for r in _lines(out) if r["kind"] == "event"
    )
    code, out, _ = _run(["export", "--db", str(db), "--format", "csv", "--type", "COERCE"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and {r["marsad_type"] for r in rows} == {"COERCE"}
    assert {"event_date", "event_type", "actor1", "latitude", "geo_precision"} <= set(rows[0])
    code, out, _ = _run(
        ["export", "--db", str(db), "--format", "geojson", "--country", "IRQ"], capsys
    )
    fc = json.loads(out)
    assert code == 0 and fc["type"] == "FeatureCollection"
    for feat in fc["features"]:
        lon, lat = feat["geometry"]["coordinates"]
        assert 38 < lon < 49 and 29 < lat < 38  # inside Iraq, lon/lat order


def test_missing_database_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["search", "x", "--db", str(tmp_path / "none.db")], capsys)
    assert code == 1 and "no database" in err


def test_demo_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(["demo"], capsys)
    assert code == 0
    assert "marsad-demo.db" in out and "Next:" in out
    assert (tmp_path / "marsad-demo.db").exists() and (tmp_path / "marsad-demo.jsonl").exists()


def test_reference_article_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    path = need_shared(REFERENCE_ARTICLE)
    code, out, _ = _run(["annotate", str(path), "--published", "2024-12-09"], capsys)
    (rec,) = _lines(out)
    text = rec["text"]
    assert code == 0
    assert "[ad_" not in text and "اتبعها" not in text and "صحافية متخصصة" not in text
    assert text.count("الميليشيات العراقية تعود إلى ديارها") == 1
    assert not text.rstrip().endswith("المصدر")
    dates = {m["text"]: m["value"] for m in rec["mentions"] if m["kind"] == "DATE"}
    assert dates["يوم السبت"] == "2024-12-07"
    qaim = [m for m in rec["mentions"] if m["kind"] == "LOC" and m["text"] == "القائم"]
    assert qaim and qaim[0]["place"]["country"] == "IRQ"


def test_ingest_jsonl_with_one_broken_line_among_1000(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps(
            {"id": f"n{i}", "text": f"اجتمع المجلس رقم {i} في عمّان اليوم."}, ensure_ascii=False
        )
        for i in range(1000)
    ]
    lines[499] = '{"id": "n499", "text": "unterminated'
    src = tmp_path / "batch.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "m.db"
    code, _, err = _run(["ingest", str(src), "--db", str(db), "--published", "2024-01-02"], capsys)
    assert code == 1
    assert "batch.jsonl:500" in err and "999 added" in err
    from marsad.store import Store

    with Store.open(db) as store:
        assert store.count("documents") == 999
        rows = {t: store.count(t) for t in ("documents", "mentions", "events", "statements")}
    code, _, err = _run(["ingest", str(src), "--db", str(db)], capsys)
    assert "999 duplicate" in err
    with Store.open(db) as store:
        assert {t: store.count(t) for t in rows} == rows


def test_unusable_database_or_output_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that is no database, or an output path that is a folder, ends the run with a
    `marsad: error:` line naming it, not a traceback."""
    junk = tmp_path / "junk.db"
    junk.write_bytes(bytes(range(256)) * 8)
    code, _, err = _run(["export", "--db", str(junk), "--format", "csv"], capsys)
    assert code == 1 and err.startswith("marsad: error:") and "junk.db" in err
    doc = tmp_path / "a.txt"
    doc.write_text("اعتقلت الشرطة خمسة أشخاص في بغداد.", encoding="utf-8")
    code, _, err = _run(["annotate", str(doc), "-o", str(tmp_path)], capsys)
    assert code == 1 and "marsad: error:" in err and str(tmp_path) in err
    with pytest.raises(SystemExit) as exc:  # a usage error, as for a bad --published
        main(["extract", "--max-bytes", "-5", str(doc)])
    assert exc.value.code == 2


def test_a_closed_output_stops_the_batch_without_failures(tmp_path: Path) -> None:
    """ "marsad extract ... | head -1": once the reader has gone the batch stops; no
    document is reported as failed."""
    from marsad.runner import run_batch
    from marsad.stages import build_pipeline

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text("اعتقلت الشرطة خمسة أشخاص.", encoding="utf-8")
    seen: list[str] = []

    def sink(doc) -> None:  # noqa: ANN001
        seen.append(doc.id)
        raise BrokenPipeError(32, "Broken pipe")

    with pytest.raises(BrokenPipeError):
        run_batch([str(tmp_path)], build_pipeline(raw=True), sink, progress=False)
    assert len(seen) == 1


def test_export_filters_are_checked_and_a_bad_published_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps({"id": "a", "text": AR, "published": "tomorrow"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "m.db"
    code, _, err = _run(["ingest", str(docs), "--db", str(db)], capsys)
    # the document goes on, undated, and the user is told which value was not a date
    assert code == 0 and "1 added" in err
    assert "published value 'tomorrow' is not a date" in err and "docs.jsonl:1" in err
    for bad in (["--country", "Iraq"], ["--country", "XXX"], ["--type", "FOO"]):
        with pytest.raises(SystemExit) as exc:  # a usage error, not an empty export
            main(["export", "--db", str(db), *bad])
        assert exc.value.code == 2
    code, out, _ = _run(
        ["export", "--db", str(db), "--country", "irq", "--type", "assault"], capsys
    )
    assert code == 0 and {r["type"] for r in _lines(out)} == {"ASSAULT"}


def test_an_output_that_would_destroy_an_input_or_the_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    art = tmp_path / "a.txt"
    art.write_text(AR, encoding="utf-8")
    db = tmp_path / "m.db"
    assert _run(["ingest", str(art), "--db", str(db)], capsys)[0] == 0
    stored = db.read_bytes()
    for argv, what in (
        (["export", "--db", str(db), "-o", str(db)], "database"),
        (["ingest", str(art), "--db", str(db), "--errors", str(db)], "database"),
        (["extract", str(art), "-o", str(art)], "input"),
        (["demo", "--db", str(db), "-o", str(db)], "database"),
        (["annotate", str(tmp_path), "-o", str(tmp_path / "out.jsonl")], "input folder"),
        (["extract", str(art), "-o", str(tmp_path / "x"), "--errors", str(tmp_path / "x")], "same"),
    ):
        code, out, err = _run(argv, capsys)
        assert code == 2 and what in err, (argv, err)
    assert db.read_bytes() == stored and art.read_text(encoding="utf-8") == AR
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "x").exists()


def test_a_corrected_version_is_kept_apart_or_replaces_the_stored_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    art = tmp_path / "a.txt"
    art.write_text(AR, encoding="utf-8")
    db = tmp_path / "m.db"
    assert _run(["ingest", str(art), "--db", str(db), "--published", "2024-12-09"], capsys)[0] == 0
    art.write_text(AR.replace("ثلاثة جنود", "أربعة جنود"), encoding="utf-8")
    code, _, err = _run(["ingest", str(art), "--db", str(db), "--published", "2024-12-09"], capsys)
    assert code == 0 and "stored as 'a~2'" in err and "1 added" in err
    # the corrected version again: a duplicate of a~2, no new id announced
    code, _, err = _run(["ingest", str(art), "--db", str(db), "--published", "2024-12-09"], capsys)
    assert code == 0 and "stored as" not in err and "1 duplicate" in err

    def attacks() -> list[tuple[str, int, str]]:
        out = _run(["export", "--db", str(db), "--format", "jsonl"], capsys)[1]
        return sorted(
            (r["id"], r["size"].get("killed"), r["date"])
            for r in map(json.loads, out.splitlines())
            if r.get("type") == "ASSAULT"
        )

    assert attacks() == [("a:e1", 3, "2024-12-03"), ("a~2:e1", 4, "2024-12-03")]
    # --replace: the stored versions give way to this one, also with another reference date
    code, _, err = _run(
        ["ingest", str(art), "--db", str(db), "--published", "2024-12-16", "--replace"], capsys
    )
    assert code == 0 and "1 replaced" in err
    assert attacks() == [("a:e1", 4, "2024-12-10")]


def test_extract_records_are_refused_as_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    art = tmp_path / "a.txt"
    art.write_text(AR, encoding="utf-8")
    code, out, _ = _run(["extract", str(art), "--published", "2024-12-09"], capsys)
    assert code == 0
    records = tmp_path / "records.jsonl"
    records.write_text(out, encoding="utf-8")
    kinds = {r["kind"] for r in _lines(out)}
    assert kinds == {"event", "statement"}
    code, _, err = _run(["ingest", str(records), "--db", str(tmp_path / "m.db")], capsys)
    assert code == 1 and "0 document(s) done" in err
    assert "extract event record, not a document" in err
    assert "extract statement record, not a document" in err


def test_user_check_minor_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import zipfile

    # a zip member with "../" in its path is read (nothing is written to disk)
    with zipfile.ZipFile(tmp_path / "z.zip", "w") as z:
        z.writestr("../up.txt", "خبر عن بغداد.")
        z.writestr(".hidden.txt", "خبر مخفي.")
    code, out, _ = _run(["annotate", str(tmp_path / "z.zip")], capsys)
    assert code == 0 and [r["doc_id"] for r in _lines(out)] == ["up"]
    # an unreadable published value names the --published date that replaces it
    doc = tmp_path / "d.jsonl"
    doc.write_text(json.dumps({"id": "x", "text": AR, "published": "soon"}) + "\n", "utf-8")
    code, _, err = _run(["annotate", str(doc), "--published", "2024-12-09"], capsys)
    assert code == 0 and "--published 2024-12-09 is used" in err
    # a search limit must be positive
    with pytest.raises(SystemExit) as exc:
        main(["search", "x", "-n", "-1", "--db", str(tmp_path / "m.db")])
    assert exc.value.code == 2


def test_documents_without_a_publication_date_are_warned_about(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "a.txt"
    f.write_text("قتل خمسة أشخاص أمس في قصف على تعز.", encoding="utf-8")
    code, _, err = _run(["extract", str(f)], capsys)
    assert code == 0 and "1 document(s) had no publication date" in err
    code, _, err = _run(["extract", str(f), "--published", "2025-03-01"], capsys)
    assert code == 0 and "no publication date" not in err
    # a date taken from the text (here a background one) is said to be a guess
    f.write_text("اندلعت الحرب في السابع من أكتوبر 2023. والتقى الوزير أمس وفدا.", encoding="utf-8")
    code, _, err = _run(["extract", str(f)], capsys)
    assert code == 0 and "1 document(s) given no publication date took one" in err
