"""The ``marsad`` command line: annotate, extract, ingest, search, export, demo.

Every command that reads documents takes files, folders and ``-`` (stdin), keeps
going past bad input (each failure is printed as ``marsad: error: WHERE: PROBLEM``)
and exits 0 only when every document succeeded, 1 when any failed, 2 on a usage
error.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TextIO, get_args

from marsad import __version__
from marsad.document import Document, Modality
from marsad.runner import BatchReport, run_batch
from marsad.stages import build_pipeline

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from exc


def _iso3(value: str) -> str:
    """An ISO 3166 alpha-3 country code the gazetteer knows, upper-cased ("irq" -> "IRQ")."""
    from marsad.resolve.gazetteer import load_gazetteer

    code = value.strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise argparse.ArgumentTypeError(f"not an ISO3 country code (such as IRQ): {value!r}")
    if load_gazetteer().country_entry(code) is None:
        raise argparse.ArgumentTypeError(f"no country has the ISO3 code {code!r}")
    return code


def _plover_type(value: str) -> str:
    """One of the 16 PLOVER event types, upper-cased ("assault" -> "ASSAULT")."""
    from marsad.events.lexicon import PLOVER_TYPES

    name = value.strip().upper()
    if name not in PLOVER_TYPES:
        raise argparse.ArgumentTypeError(
            f"not a PLOVER event type: {value!r} (one of {', '.join(PLOVER_TYPES)})"
        )
    return name


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from exc
    if n <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value!r}")
    return n


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    p.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="reference date for documents that carry none",
    )
    p.add_argument(
        "--raw",
        action="store_true",
        help="no cleaning: output text equals the input text character for character",
    )
    p.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=10_000_000,
        metavar="N",
        help="reject documents larger than N bytes (default: 10,000,000)",
    )
    p.add_argument("--errors", metavar="FILE", help="also write failures to FILE as JSON Lines")
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: only on a terminal)",
    )


def _add_records_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--all-records",
        action="store_true",
        help="keep the event records the record filter would leave out as unlikely "
        "(their confidence says how unlikely); for review and recall",
    )


def _add_db_option(p: argparse.ArgumentParser, *, help_extra: str = "") -> None:
    from marsad.store import default_db_path

    p.add_argument(
        "--db",
        metavar="FILE",
        default=None,
        help=f"SQLite database (default: $MARSAD_DB or {default_db_path()}){help_extra}",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="marsad",
        description="Turn Arabic and English news articles into sourced, geocoded, dated "
        "event and statement records. Offline.",
        epilog="Start with: marsad demo",
    )
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "annotate",
        help="one JSON line per document: cleaned text, sentences, mentions",
        description="Write one JSON line per document (records.md 'annotate'): the cleaned "
        "text, what cleaning removed, sentences and mentions with offsets into the text.",
    )
    _add_input_options(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")

    p = sub.add_parser(
        "extract",
        help="one JSON line per event or statement",
        description="Write one JSON line per event or statement found (records.md 'extract').",
    )
    _add_input_options(p)
    _add_records_option(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")

    p = sub.add_parser(
        "ingest",
        help="annotate and extract documents, store them in SQLite",
        description="Annotate and extract, then store documents, mentions, events and "
        "statements in SQLite. Idempotent: a document already stored (same content) is "
        "skipped; one whose id is stored with another text is stored as ID~2 with a "
        "warning, or replaces the stored one with --replace. One transaction per document.",
    )
    _add_input_options(p)
    _add_records_option(p)
    _add_db_option(p)
    p.add_argument(
        "--replace",
        action="store_true",
        help="replace a stored document with the same text or the same id (a corrected "
        "version, another --published, an improved pipeline); without it a document whose "
        "id is stored with another text is stored as ID~2 with a warning",
    )

    p = sub.add_parser(
        "search",
        help="full-text search over stored documents",
        description="Full-text search (SQLite FTS5) over stored titles and texts. Arabic "
        "queries match across hamza, alef maqsura, ta marbuta and diacritics.",
    )
    p.add_argument("query", help='words to find (FTS5 syntax allowed: AND, OR, NOT, "phrase")')
    _add_db_option(p)
    p.add_argument(
        "-n", "--limit", type=_positive_int, default=20, help="most hits to show (default 20)"
    )
    p.add_argument("--json", action="store_true", help="JSON Lines instead of text")

    p = sub.add_parser(
        "export",
        help="export stored events as JSON Lines, CSV (ACLED-like) or GeoJSON",
        description="Export stored records. jsonl: events and statements as in records.md; "
        "csv: events with ACLED-like columns plus Marsad's fields; geojson: events with "
        "coordinates as Point features (opens in QGIS).",
    )
    _add_db_option(p)
    p.add_argument(
        "--format",
        choices=["jsonl", "csv", "geojson"],
        default="jsonl",
        help="output format (default jsonl; csv and geojson hold events only)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument(
        "--since",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="events and statements on or after this day; a date known only to the month "
        "or year, or a range, counts when it overlaps; an undated record is left out",
    )
    p.add_argument(
        "--until",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="records on or before this day (same rules as --since)",
    )
    p.add_argument(
        "--country",
        type=_iso3,
        metavar="ISO3",
        help="events located in this country (e.g. IRQ); statements, which have no "
        "location, are left out",
    )
    p.add_argument(
        "--modality",
        action="append",
        choices=get_args(Modality),
        help="events of this modality only (repeatable; statements, which have none, are "
        "kept); --modality asserted leaves out denied, planned, conditional and background "
        "events, as a map of what happened wants",
    )
    p.add_argument(
        "--type",
        action="append",
        type=_plover_type,
        metavar="TYPE",
        help="PLOVER event type (repeatable), e.g. --type ASSAULT --type PROTEST; "
        "statements are left out",
    )

    p = sub.add_parser(
        "demo",
        help="run the whole pipeline on the bundled example articles",
        description="Annotate, extract and store the example articles shipped with Marsad, "
        "then print a summary of what was found and what to run next.",
    )
    p.add_argument(
        "--db", metavar="FILE", default="marsad-demo.db", help="database (default ./marsad-demo.db)"
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default="marsad-demo.jsonl",
        help="annotate output (default ./marsad-demo.jsonl)",
    )
    return parser


@contextmanager
def _open_out(path: str | None) -> Iterator[TextIO]:
    if not path or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        yield f


@contextmanager
def _open_errors(path: str | None) -> Iterator[TextIO | None]:
    if not path:
        yield None
        return
    with open(path, "w", encoding="utf-8") as f:
        yield f


def _jsonl_sink(out: TextIO, records: Callable[[Document], list[dict]]) -> Callable:
    def sink(doc: Document) -> None:
        for rec in records(doc):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")

    return sink


def _run_to_stream(
    args: argparse.Namespace, records: Callable[[Document], list[dict]], *, events: bool
) -> int:
    pipeline = build_pipeline(
        raw=args.raw, events=events, all_records=getattr(args, "all_records", False)
    )
    with _open_out(args.output) as out, _open_errors(args.errors) as err:
        report = run_batch(
            args.paths,
            pipeline,
            _jsonl_sink(out, records),
            published=args.published,
            max_bytes=args.max_bytes,
            errors=err,
            progress=args.progress,
            desc=args.command,
        )
    return _finish(report, args.command)


def _finish(report: BatchReport, command: str, extra: str = "") -> int:
    if report.undated:
        print(
            f"marsad: warning: {report.undated} document(s) had no publication date: relative "
            'dates ("أمس", "last week") are left unresolved; give --published or a '
            "'published' field",
            file=sys.stderr,
        )
    if report.inferred:
        print(
            f"marsad: warning: {report.inferred} document(s) given no publication date took "
            "one from a date in their text (annotate shows it as 'published', "
            "'published_from': 'inferred'); a background date may have been taken: give "
            "--published or a 'published' field",
            file=sys.stderr,
        )
    summary = f"marsad {command}: {report.done} document(s) done, {len(report.failures)} failed"
    if report.outcomes:
        summary += " (" + ", ".join(f"{v} {k}" for k, v in sorted(report.outcomes.items())) + ")"
    print(summary + extra, file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_annotate(args: argparse.Namespace) -> int:
    """``marsad annotate``: one annotate record per document."""
    return _run_to_stream(args, lambda d: [d.to_annotate_record()], events=False)


def cmd_extract(args: argparse.Namespace) -> int:
    """``marsad extract``: one record per event or statement."""
    return _run_to_stream(args, lambda d: d.to_extract_records(), events=True)


def _db_path(args: argparse.Namespace) -> Path:
    from marsad.store import default_db_path

    return Path(args.db) if args.db else default_db_path()


def cmd_ingest(args: argparse.Namespace) -> int:
    """``marsad ingest``: annotate, extract and store; idempotent by content hash."""
    from marsad.store import Store

    db = _db_path(args)
    pipeline = build_pipeline(raw=args.raw, events=True, all_records=args.all_records)
    with Store.open(db) as store, _open_errors(args.errors) as err:

        def process(doc: Document) -> Document:
            if not args.replace and store.taken_by_other_text(doc) and not store.has(doc):
                # (the same text stored under another id is a duplicate: no new id to tell)
                new_id = store.free_id(doc.id)
                print(
                    f"marsad: warning: {doc.origin or doc.id}: id {doc.id!r} is stored with "
                    f"another text; stored as {new_id!r} (--replace replaces the stored one)",
                    file=sys.stderr,
                )
                doc.id = new_id
            return pipeline(doc)

        report = run_batch(
            args.paths,
            process,
            lambda doc: store.add(doc, replace=args.replace),
            published=args.published,
            max_bytes=args.max_bytes,
            errors=err,
            progress=args.progress,
            desc="ingest",
        )
    return _finish(report, "ingest", f" -> {db}")


def cmd_search(args: argparse.Namespace) -> int:
    """``marsad search``: FTS5 search over stored documents."""
    from marsad.store import Store, StoreError

    db = _db_path(args)
    if not db.exists():
        print(f"marsad: error: no database at {db} (run marsad ingest first)", file=sys.stderr)
        return EXIT_FAILED
    with Store.open(db) as store:
        try:
            hits = store.search(args.query, limit=args.limit)
            total = store.search_total(args.query) if len(hits) >= args.limit else len(hits)
        except StoreError as exc:
            print(f"marsad: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
    for hit in hits:
        if args.json:
            print(json.dumps(dataclasses.asdict(hit), ensure_ascii=False))
        else:
            print(f"{hit.doc_id}\t{hit.title or ''}\n    {hit.snippet}")
    if not args.json:
        if total > len(hits):
            print(f"{len(hits)} of {total} hit(s) (show more with -n {total})", file=sys.stderr)
        else:
            print(f"{len(hits)} hit(s)", file=sys.stderr)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """``marsad export``: stored records as jsonl, csv or geojson."""
    from marsad.export import export
    from marsad.store import Store, check_window

    check_window(args.since, args.until)  # a usage error whether or not a database is there
    db = _db_path(args)
    if not db.exists():
        print(f"marsad: error: no database at {db} (run marsad ingest first)", file=sys.stderr)
        return EXIT_FAILED
    with Store.open(db) as store, _open_out(args.output) as out:
        n = export(
            store,
            args.format,
            out,
            since=args.since,
            until=args.until,
            country=args.country,
            types=args.type,
            modalities=args.modality,
        )
    print(f"marsad export: {n} record(s) written as {args.format}", file=sys.stderr)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """``marsad demo``: the main job on the bundled examples, with a readable summary."""
    from marsad.demo import run_demo

    return run_demo(Path(args.db), Path(args.output))


COMMANDS = {
    "annotate": cmd_annotate,
    "extract": cmd_extract,
    "ingest": cmd_ingest,
    "search": cmd_search,
    "export": cmd_export,
    "demo": cmd_demo,
}


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (resolved, or the same inode when both exist)."""
    try:
        if a.resolve() == b.resolve():
            return True
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def clobbered(args: argparse.Namespace) -> str | None:
    """Why the command's outputs (``-o``, ``--errors``) would destroy what it reads or
    stores (an input file, a file inside an input folder, the database, each other), or
    None when they would not."""
    outs = [
        (flag, Path(v))
        for flag, v in (
            ("--output", getattr(args, "output", None)),
            ("--errors", getattr(args, "errors", None)),
        )
        if v and v != "-"
    ]
    if not outs:
        return None
    guarded = [("input", Path(p)) for p in getattr(args, "paths", None) or [] if p != "-"]
    if hasattr(args, "db"):
        guarded.append(("database", Path(args.db) if args.db else _db_path(args)))
    for flag, out in outs:
        for what, path in guarded:
            if _same_file(out, path):
                return f"{flag} {out} is the {what} {path}: refusing to overwrite it"
            if what == "input" and path.is_dir() and out.resolve().is_relative_to(path.resolve()):
                return f"{flag} {out} lies inside the input folder {path}, which is read: write it elsewhere"
    if len(outs) == 2 and _same_file(outs[0][1], outs[1][1]):
        return f"--output and --errors are the same file {outs[0][1]}"
    return None


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``marsad`` command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    problem = clobbered(args)
    if problem:
        print(f"marsad: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    from marsad.store import QueryError, StoreError

    try:
        return COMMANDS[args.command](args)
    except QueryError as exc:  # a filter or query that cannot run: a usage error
        print(f"marsad: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("marsad: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except (StoreError, OSError) as exc:
        # a database that is not Marsad's, an output path that cannot be written
        print(f"marsad: error: {exc}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
