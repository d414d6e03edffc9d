"""The ``newsparse`` command: one page in, one Article out; and its subcommands.

``newsparse PAGE`` parses one page. A first argument that names a subcommand
(``newsparse batch ...``) runs that subcommand instead: each one is a
function from its own arguments to an exit status, listed in
:data:`SUBCOMMANDS`, so adding one is one entry there.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import sys
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from importlib import resources
from pathlib import Path

from newsparse import _batch, _checkpoint, _sources
from newsparse._api import parse
from newsparse._model import Article
from newsparse._version import __version__
from newsparse.errors import NewsparseError


__all__ = ["SUBCOMMANDS", "build_batch_parser", "build_parser", "main"]

DEMO_URL = "https://sputniknews.com/20170302/obama-administration-russian-interference-1051205364.html"

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to document the CLI)."""
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Extract the article from an HTML page.",
        epilog="commands (see 'newsparse COMMAND --help'): "
        + "; ".join(f"{name}: {help_}" for name, (_, help_) in SUBCOMMANDS.items()),
    )
    parser.add_argument(
        "page",
        nargs="?",
        help="an .html or .html.gz file, or '-' for standard input",
    )
    parser.add_argument("--url", help="the page's URL, to resolve relative links")
    parser.add_argument(
        "--format",
        choices=("json", "text", "markdown"),
        default="json",
        help="output format (default: json)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="parse the sample news page shipped with newsparse",
    )
    parser.add_argument(
        "--version", action="version", version=f"newsparse {__version__}"
    )
    return parser


def demo_page() -> bytes:
    """The bundled sample page: a news article with its boilerplate."""
    return resources.files("newsparse").joinpath("_demo/sputnik.html").read_bytes()


def _read(page: str) -> bytes:
    if page == "-":
        return sys.stdin.buffer.read()
    path = Path(page)
    data = path.read_bytes()
    if path.suffix == ".gz":
        return gzip.decompress(data)
    return data


def _render(article: Article, fmt: str) -> str:
    if fmt == "text":
        title = f"{article.title}\n\n" if article.title else ""
        return title + article.text
    if fmt == "markdown":
        return article.to_markdown()
    return article.to_json(indent=2)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = sys.argv[1:] if argv is None else argv
    if arguments and arguments[0] in SUBCOMMANDS:
        command, _ = SUBCOMMANDS[arguments[0]]
        return command(arguments[1:])
    return _page_main(arguments)


def _page_main(argv: list[str]) -> int:
    """``newsparse PAGE``: one page to stdout."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo:
        data, url = demo_page(), args.url or DEMO_URL
    elif args.page is None:
        parser.print_usage(sys.stderr)
        print("newsparse: error: give a PAGE or --demo", file=sys.stderr)
        return EXIT_USAGE
    else:
        url = args.url
        try:
            data = _read(args.page)
        except IsADirectoryError:
            print(f"newsparse: error: {args.page} is a directory", file=sys.stderr)
            return EXIT_USAGE
        except FileNotFoundError:
            print(f"newsparse: error: {args.page}: no such file", file=sys.stderr)
            return EXIT_USAGE
        except (OSError, EOFError, gzip.BadGzipFile) as err:
            print(f"newsparse: error: cannot read {args.page}: {err}", file=sys.stderr)
            return EXIT_USAGE
    try:
        article = parse(data, url)
    except NewsparseError as err:
        print(f"newsparse: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    sys.stdout.write(_render(article, args.format) + "\n")
    return 0


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


def _batch_main(argv: list[str]) -> int:
    """``newsparse batch``: see :func:`build_batch_parser`."""
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


# name: (function from the subcommand's arguments to an exit status, help).
SUBCOMMANDS: dict[str, tuple[Callable[[list[str]], int], str]] = {
    "batch": (_batch_main, "parse many pages, folders, JSONL and WARC files"),
}
