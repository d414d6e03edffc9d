"""The pages generated at build time (docs/_hooks) cover the code as it is now."""

from __future__ import annotations

import argparse
import importlib.util
import types
from collections.abc import Iterator
from pathlib import Path

from newsparse import _cli


ROOT = Path(__file__).resolve().parents[2]


def _load_hooks() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(
        "newsparse_docs_hooks", ROOT / "docs" / "_hooks" / "newsparse_docs.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HOOKS = _load_hooks()


def _all_parsers() -> Iterator[tuple[str, argparse.ArgumentParser]]:
    stack = [("newsparse", _cli.build_parser())]
    stack += [
        (f"newsparse {name}", parser) for name, parser in HOOKS.subcommand_parsers()
    ]
    while stack:
        command, parser = stack.pop()
        yield command, parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                stack += [
                    (f"{command} {name}", sub) for name, sub in action.choices.items()
                ]


def test_cli_reference_names_every_command_and_option() -> None:
    page = HOOKS.cli_reference()
    commands = list(_all_parsers())
    assert len(commands) >= 1 + len(_cli.SUBCOMMANDS)
    for command, parser in commands:
        assert f"`{command}`" in page, f"{command} is not documented"
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                continue  # -h is everywhere; the page says so once
            for option in action.option_strings:
                assert f"`{option}`" in page, f"{command} {option} is not documented"
            if (
                action.help
                and action.help != argparse.SUPPRESS
                and not isinstance(action, argparse._SubParsersAction)
            ):
                assert action.help.replace("|", "\\|") in page


def test_every_subcommand_has_a_parser_to_document() -> None:
    assert [name for name, _ in HOOKS.subcommand_parsers()] == list(_cli.SUBCOMMANDS)


def test_hook_fills_the_markers_of_the_real_pages() -> None:
    cli_page = (ROOT / "docs" / "reference" / "cli.md").read_text(encoding="utf-8")
    api_page = (ROOT / "docs" / "reference" / "api.md").read_text(encoding="utf-8")
    assert HOOKS.CLI_MARKER in cli_page
    assert HOOKS.MODULES_MARKER in api_page
    rendered = HOOKS.on_page_markdown(cli_page + api_page)
    assert HOOKS.CLI_MARKER not in rendered
    assert HOOKS.MODULES_MARKER not in rendered
    assert "| `--format` `FORMAT` |" in rendered
    assert "::: newsparse.rules" in rendered


def test_every_public_submodule_gets_a_reference_section() -> None:
    on_disk = {p.stem for p in (ROOT / "src" / "newsparse").glob("[!_]*.py")} - {
        "errors"
    }
    assert set(HOOKS.public_submodules()) == {f"newsparse.{name}" for name in on_disk}
