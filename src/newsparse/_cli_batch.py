"""``newsparse batch``: the command line of the batch machinery (``_batch``).

Kept apart from ``_cli`` (one page) so that each subcommand is its own
module; ``_cli.SUBCOMMANDS`` dispatches to :func:`main`.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from newsparse import _batch, _checkpoint, _sources


__all__ = ["build_batch_parser", "main"]

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def build_batch_parser() -> argparse.ArgumentParser:
    """The arguments of ``newsparse batch``."""
    parser = argparse.ArgumentParser(
        prog="newsparse batch",
        description="Parse many pages on every core: HTML files and folders, "
        "JSONL dumps and WARC archives in; one JSON row per page out.",
        epilog="Failed records go to the errors file and the batch goes on. "
        "An interrupted batch continues with the same command plus --resume.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files or folders: .html, .jsonl, .warc (each optionally .gz)",
    )
    parser.add_argument("-o", "--output", required=True, type=Path, help="output path")
    parser.add_argument(
        "--format",
        choices=("jsonl", "parquet"),
        default="jsonl",
        help="jsonl: one row per line (default); parquet: a folder of part "
        "files with typed columns (needs newsparse[parquet])",
    )
    parser.add_argument(
        "--errors", type=Path, help="errors file (default: OUT.errors.jsonl)"
    )
    parser.add_argument(
        "-j", "--jobs", type=int, help="worker processes (default: every core)"
    )
    parser.add_argument(
        "--ordered",
        action="store_true",
        help="write rows in input order (default: as chunks finish)",
    )
    parser.add_argument(
        "--resume", action="store_true", help="continue an interrupted batch"
    )
    parser.add_argument(
        "--overwrite", action="store_true", help="replace an existing output"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar, no summary"
    )
    parser.add_argument(
        "--chunk-size",
        type=int,
        default=_batch.DEFAULT_CHUNK_RECORDS,
        help="records per chunk: the unit of work and of resuming "
        f"(default: {_batch.DEFAULT_CHUNK_RECORDS})",
    )
    parser.add_argument(
        "--html-field", default="html", help="JSONL field with the HTML (default: html)"
    )
    parser.add_argument(
        "--url-field", default="url", help="JSONL field with the URL (default: url)"
    )
    parser.add_argument(
        "--id-field", help="JSONL field with the record id (default: path:line)"
    )
    return parser


def main(argv: list[str]) -> int:
    """``newsparse batch``: run it; return the exit status."""
    parser = build_batch_parser()
    args = parser.parse_args(argv)
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if args.chunk_size < 1:
        parser.error("--chunk-size must be at least 1")
    errors_path, manifest = _checkpoint.sidecars(args.output)
    try:
        inputs = _sources.expand_inputs(
            [Path(p) for p in args.inputs],
            exclude=[args.output, args.errors or errors_path, manifest],
        )
    except (FileNotFoundError, ValueError) as err:
        return _fail(str(err))
    missing = _missing_extra(inputs, args.format)
    if missing:
        return _fail(missing)
    config = _batch.BatchConfig(
        inputs=tuple(inputs),
        output=args.output,
        errors=args.errors or errors_path,
        manifest=manifest,
        format=args.format,
        jobs=args.jobs or _batch.default_jobs(),
        chunk_records=args.chunk_size,
        ordered=args.ordered,
        fields=_sources.JsonlFields(args.html_field, args.url_field, args.id_field),
        resume=args.resume,
        overwrite=args.overwrite,
        progress=not args.quiet and sys.stderr.isatty(),
    )
    try:
        summary = _batch.run(config)
    except _checkpoint.CheckpointError as err:
        return _fail(str(err))
    except BrokenProcessPool:
        return _fail(
            "a worker process died (out of memory?); finished chunks are kept, "
            "continue with the same command and --resume"
        )
    except OSError as err:
        return _fail(f"cannot write the output: {err}")
    except KeyboardInterrupt:
        print(
            "newsparse: interrupted; finished chunks are kept, "
            "continue with the same command and --resume",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    if not args.quiet:
        print(_batch_report(summary, config), file=sys.stderr)
    return 0


def _missing_extra(inputs: list[_sources.Input], fmt: str) -> str | None:
    """A message naming the optional extra this batch needs but lacks."""
    if any(i.kind == "warc" for i in inputs) and not importlib.util.find_spec(
        "fastwarc"
    ):
        return "reading WARC files needs FastWARC: pip install 'newsparse[warc]'"
    if fmt == "parquet" and not importlib.util.find_spec("pyarrow"):
        return "--format parquet needs pyarrow: pip install 'newsparse[parquet]'"
    return None


def _batch_report(summary: _batch.Summary, config: _batch.BatchConfig) -> str:
    if summary.chunks and summary.chunks == summary.resumed_chunks:
        return (
            f"newsparse: the batch was already complete: {summary.parsed:,} "
            f"records parsed, {summary.failed:,} failed (see {config.errors})"
        )
    rate = summary.records_now / summary.seconds if summary.seconds else 0.0
    parts = [f"newsparse: {summary.parsed:,} records parsed"]
    parts.append(f"{summary.failed:,} failed (see {config.errors})")
    if summary.skipped:
        parts.append(f"{summary.skipped:,} skipped (not HTML pages)")
    if summary.resumed_chunks:
        parts.append(f"{summary.resumed_chunks:,} chunks kept from before")
    parts.append(f"{summary.seconds:.1f} s, {rate:,.1f} records/s")
    return ", ".join(parts)


def _fail(message: str) -> int:
    print(f"newsparse: error: {message}", file=sys.stderr)
    return EXIT_USAGE
