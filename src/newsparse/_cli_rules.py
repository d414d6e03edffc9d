"""``newsparse rules``: list the active rules, check rule files."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from newsparse._domains import DomainIndex, host_of
from newsparse._ftr import (
    TRANSLATED_DIRECTIVES,
    Expression,
    read_ftr_dir,
    read_ftr_file,
)
from newsparse._registry import RuleInfo, load_installed
from newsparse._rule import SiteRule
from newsparse._toml import load_toml
from newsparse.errors import RuleError


__all__ = ["main"]

EXIT_PROBLEMS = 1
EXIT_USAGE = 2
_SHOWN = 5


def build_parser() -> argparse.ArgumentParser:
    """The ``newsparse rules`` argument parser."""
    parser = argparse.ArgumentParser(
        prog="newsparse rules",
        description="List the active site rules, or check rule files.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser(
        "list", help="every active rule: origin, package, domains or markers"
    )
    check = commands.add_parser(
        "check",
        help="validate TOML rules or FiveFilters site configs",
        description=(
            "Load every rule file (*.toml, or *.txt FiveFilters site configs) "
            "and report what loads and which XPath expressions translate."
        ),
    )
    check.add_argument("path", help="a .toml or .txt file, or a directory of them")
    check.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list every expression that was not translated, with the reason",
    )
    return parser


def main(argv: list[str]) -> int:
    """Run ``newsparse rules …``; return the exit status."""
    args = build_parser().parse_args(argv)
    if args.command == "list":
        return _list()
    return _check(Path(args.path), verbose=args.verbose)


def _list() -> int:
    try:
        infos = load_installed().describe()
    except RuleError as err:
        print(f"newsparse: error: {err}", file=sys.stderr)
        return EXIT_PROBLEMS
    rows = [("NAME", "ORIGIN", "PACKAGE", "MATCHES")]
    rows.extend(
        (info.name, info.origin.value, info.distribution or "-", _matches(info))
        for info in infos
    )
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[3]]))
    return 0


def _matches(info: RuleInfo) -> str:
    parts = sorted(info.rule.domains)
    parts.extend(f"markup {marker}" for marker in info.rule.markers)
    return ", ".join(parts)


def _check(path: Path, *, verbose: bool) -> int:
    if not path.exists():
        print(f"newsparse: error: {path}: no such file or directory", file=sys.stderr)
        return EXIT_USAGE
    if path.is_dir():
        tomls = sorted(path.glob("*.toml"))
        ftrs = read_ftr_dir(path)
    elif path.suffix == ".toml":
        tomls, ftrs = [path], []
    else:
        tomls, ftrs = [], [read_ftr_file(path)]
    rules: list[SiteRule] = []
    errors: list[str] = []
    for file in tomls:
        try:
            rules.extend(load_toml(file))
        except RuleError as err:
            errors.append(f"{file.name}: {err.detail}")
    skipped = Counter[str]()
    for item in ftrs:
        if item.rule is not None:
            rules.append(item.rule)
        elif item.error is not None:
            errors.append(f"{Path(item.path).name}: {item.problem}")
        else:
            skipped[item.problem or "no rule"] += 1
    files = len(tomls) + len(ftrs)
    print(
        f"{path.name or path}: {files} files "
        f"({len(ftrs)} FiveFilters site configs, {len(tomls)} TOML rules)"
    )
    print(f"rules: {len(rules)} loaded, {len(errors)} refused")
    for reason, count in skipped.most_common():
        print(f"  {count} files without a rule: {reason}")
    _print_translations([e for item in ftrs for e in item.expressions], verbose=verbose)
    _print_examples(rules, verbose=verbose)
    for error in errors:
        print(f"refused: {error}")
    return EXIT_PROBLEMS if errors else 0


def _print_translations(expressions: list[Expression], *, verbose: bool) -> None:
    if not expressions:
        return
    total = Counter(e.directive for e in expressions)
    done = Counter(e.directive for e in expressions if e.css is not None)
    print("expressions translated to CSS:")
    for directive in TRANSLATED_DIRECTIVES:
        if total[directive]:
            share = 100 * done[directive] / total[directive]
            print(
                f"  {directive:<18} {done[directive]:>5}/{total[directive]:<5}"
                f" {share:5.1f}%"
            )
    missed = [e for e in expressions if e.css is None]
    if verbose:
        for e in missed:
            print(f"{Path(e.path).name}:{e.line}: {e.directive}: {e.source}")
            print(f"    {e.reason}")
    elif missed:
        print(f"  ({len(missed)} not translated; -v lists them with the reason)")


def _print_examples(rules: list[SiteRule], *, verbose: bool) -> None:
    examples = [(rule, example.url) for rule in rules for example in rule.examples]
    if not examples:
        return
    strays = []
    for rule, url in examples:
        host = host_of(url)
        index = DomainIndex(dict.fromkeys(rule.domains, True))
        if host is None or index.lookup(host) is None:
            strays.append(f"  {rule.name}: {url}")
    print(
        f"examples: {len(examples)} test URLs, "
        f"{len(strays)} outside their rule's domains"
    )
    shown = strays if verbose else strays[:_SHOWN]
    for line in shown:
        print(line)
    if len(shown) < len(strays):
        print(f"  … {len(strays) - len(shown)} more; -v lists them")
