"""The ``newsparse`` command: one page in, one Article out."""

from __future__ import annotations

import argparse
import gzip
import sys
import types
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path

from newsparse import _cli_batch, _cli_rules
from newsparse._api import extract
from newsparse._model import Article
from newsparse._version import __version__
from newsparse.errors import NewsparseError


__all__ = ["build_parser", "main"]

DEMO_URL = "https://sputniknews.com/20170302/obama-administration-russian-interference-1051205364.html"

EXIT_USAGE = 2

# ``newsparse NAME …`` runs a subcommand when NAME is one of these; any other
# first argument is a PAGE (``./rules`` reads a page called "rules").
SUBCOMMANDS: Mapping[str, Callable[[list[str]], int]] = types.MappingProxyType(
    {"batch": _cli_batch.main, "rules": _cli_rules.main}
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to document the CLI)."""
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Extract the article from an HTML page.",
        epilog="subcommands: newsparse batch INPUT... -o OUT (see newsparse batch -h); "
        "newsparse rules {list,check} (see newsparse rules -h)",
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
        "--explain",
        action="store_true",
        help="also report, on standard error, which site rule applied and how",
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


def _clip(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = sys.argv[1:] if argv is None else argv
    if arguments and arguments[0] in SUBCOMMANDS:
        return SUBCOMMANDS[arguments[0]](arguments[1:])
    parser = build_parser()
    args = parser.parse_args(arguments)
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
        extraction = extract(data, url, explain=args.explain)
    except NewsparseError as err:
        print(f"newsparse: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    sys.stdout.write(_render(extraction.article, args.format) + "\n")
    if args.explain:
        lines = [
            "== site rules ==",
            *extraction.rules.lines(),
            "",
            "== removed or re-routed blocks ==",
        ]
        lines += [
            f"[{d.action}] {d.reason}: {_clip(d.text)}"
            for d in extraction.article.explanation
        ]
        sys.stderr.write("\n".join(lines) + "\n")
    return 0
