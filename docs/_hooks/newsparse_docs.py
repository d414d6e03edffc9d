"""MkDocs hooks: pages generated from the code at build time, so they cannot rot.

- ``<!-- cli-reference -->`` becomes the reference of the ``newsparse``
  command, read from ``newsparse._cli.build_parser()`` and the parser of
  every subcommand in ``newsparse._cli.SUBCOMMANDS`` (whatever exists now),
  built by its module's ``build_parser()`` or ``build_NAME_parser()``.
- ``<!-- public-modules -->`` becomes a mkdocstrings ``::: newsparse.NAME``
  section for every public submodule in the source tree except
  ``newsparse.errors`` (which has its own page), so a new public module is
  documented without touching the page.

The markers are replaced before Markdown runs, so mkdocstrings and the
strict link checks see the result.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any


CLI_MARKER = "<!-- cli-reference -->"
MODULES_MARKER = "<!-- public-modules -->"
SRC = Path(__file__).resolve().parents[2] / "src" / "newsparse"
OWN_PAGE = {"errors"}  # public modules documented on a page of their own


def on_page_markdown(markdown: str, **_: Any) -> str:
    if CLI_MARKER in markdown:
        markdown = markdown.replace(CLI_MARKER, cli_reference())
    if MODULES_MARKER in markdown:
        markdown = markdown.replace(MODULES_MARKER, public_modules_reference())
    return markdown


def public_submodules() -> list[str]:
    """``newsparse.NAME`` for each public module or package in the tree."""
    names = {p.stem for p in SRC.glob("[!_]*.py")}
    names |= {p.parent.name for p in SRC.glob("[!_]*/__init__.py")}
    return [f"newsparse.{name}" for name in sorted(names - OWN_PAGE)]


def public_modules_reference() -> str:
    return "\n".join(f"::: {name}\n" for name in public_submodules())


def subcommand_parsers() -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """``newsparse NAME`` parsers, from the modules that implement them."""
    from newsparse import _cli  # noqa: PLC0415 (imported at build time, not config time)

    for name, run in getattr(_cli, "SUBCOMMANDS", {}).items():
        module = sys.modules.get(run.__module__) or importlib.import_module(
            run.__module__
        )
        build = getattr(module, "build_parser", None) or getattr(
            module, f"build_{name}_parser", None
        )
        if build is None:
            msg = (
                f"subcommand {name!r}: {run.__module__} has neither build_parser()"
                f" nor build_{name}_parser()"
            )
            raise RuntimeError(msg)
        yield name, build()


def cli_reference() -> str:
    from newsparse import _cli  # noqa: PLC0415

    parts = [_render(_cli.build_parser(), "newsparse", level=2)]
    for name, parser in subcommand_parsers():
        parts.append(_render(parser, f"newsparse {name}", level=2))
    return "\n".join(parts)


def _render(parser: argparse.ArgumentParser, command: str, *, level: int) -> str:
    heading = "#" * level
    usage = " ".join(parser.format_usage().split()).removeprefix("usage: ")
    lines = [f"{heading} `{command}`", ""]
    if parser.description:
        lines += [parser.description, ""]
    lines += ["```text", usage, "```", ""]
    rows = []
    subparsers: list[tuple[str, argparse.ArgumentParser, str]] = []
    for action in parser._actions:  # noqa: SLF001 (argparse has no public walk)
        if isinstance(action, argparse._HelpAction):  # noqa: SLF001
            continue
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            helps = {a.dest: a.help or "" for a in action._choices_actions}  # noqa: SLF001
            for sub_name, sub in action.choices.items():
                subparsers.append((sub_name, sub, helps.get(sub_name, "")))
            continue
        rows.append(_row(action))
    if rows:
        lines += ["| argument | meaning | default |", "|---|---|---|", *rows, ""]
    if parser.epilog:
        lines += [parser.epilog, ""]
    for sub_name, sub, summary in subparsers:
        block = _render(sub, f"{command} {sub_name}", level=level + 1)
        if summary and not sub.description:
            head, _, rest = block.partition("\n\n")
            block = f"{head}\n\n{summary}\n\n{rest}"
        lines.append(block)
    return "\n".join(lines)


def _row(action: argparse.Action) -> str:
    if action.option_strings:
        name = ", ".join(f"`{o}`" for o in action.option_strings)
        if action.nargs != 0:
            name += f" `{action.metavar or action.dest.upper()}`"
    else:
        name = f"`{action.metavar or action.dest}`"
        if action.nargs in {"?", "*"}:
            name += " (optional)"
    meaning = (action.help or "").replace("|", "\\|")
    if action.choices is not None:
        meaning += " One of: " + ", ".join(f"`{c}`" for c in action.choices) + "."
    default = action.default
    shown = "" if default in {None, False, argparse.SUPPRESS} else f"`{default}`"
    return f"| {name} | {meaning} | {shown} |"
