"""Every regular expression in newsparse runs in linear time on adversarial text.

The patterns are found, not listed: every module-level compiled pattern of
every ``newsparse`` module, and every literal pattern passed inline to a
``re`` function (found by reading the source). Each runs, in a watchdog
process, on texts built from the characters its own source mentions and from
the usual suspects (runs of whitespace, letters, digits, brackets), with and
without a failing last character, with every method the source calls on it
(``search``, ``split`` …), at two sizes eight times apart. A linear pattern
takes about eight times longer on the larger text; one that backtracks
quadratically takes 64 times longer, and 16,000 characters make that a
tenth of a second or more. So a text fails when its larger run takes over
``MIN_SECONDS`` and over ``MAX_RATIO`` times its smaller run (the best of
several, and measured again before failing). The bound is generous: it
catches quadratic growth, not a slow machine.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import time
from pathlib import Path
from typing import Any

import pytest

import newsparse


SRC = Path(newsparse.__file__).parent
SMALL = 2_000
LARGE = 8 * SMALL
# A linear pattern's ratio is about 8 and a quadratic one's about 64.
MAX_RATIO = 24
# Below this a run says nothing: a quadratic pattern needs far more at LARGE.
MIN_SECONDS = 0.02
# Patterns only ever run on a prefix of the text, as the source shows
# (``_PHRASE.finditer(text[:400])``): they are tested at that length, where a
# hang (exponential backtracking) would still show.
BOUNDED = {"_dates._PHRASE": 400}
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "split", "sub", "subn"}
RE_FUNCTIONS |= {"findall", "finditer"}
GENERIC_UNITS = [" ", "\n", "\n ", " \n", "\u00a0", "\u2028", "a", "A", "aA", "1"]
GENERIC_UNITS += ["a ", "a1", ".", ". ", "-", "- ", " - ", "(", "[", "(a", "/", " / A"]
GENERIC_UNITS += ["©", ":", ": ", "<", "<a", "photo: ", "by ", "and ", "x" * 7 + " "]


def module_patterns() -> dict[str, re.Pattern[str] | re.Pattern[bytes]]:
    found: dict[str, re.Pattern[str] | re.Pattern[bytes]] = {}
    for info in pkgutil.iter_modules(newsparse.__path__):
        if info.name == "__main__":
            continue
        module = importlib.import_module(f"newsparse.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{info.name}.{name}"] = value
        # dictionaries of patterns (one per tag name, say)
        for name, value in vars(module).items():
            if isinstance(value, dict):
                for key, item in value.items():
                    if isinstance(item, re.Pattern):
                        found[f"{info.name}.{name}[{key!r}]"] = item
    return found


def inline_patterns() -> dict[str, re.Pattern[str]]:
    """Literal patterns given to re.split(…), re.sub(…) … inside functions."""
    found: dict[str, re.Pattern[str]] = {}
    for path in sorted(SRC.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in RE_FUNCTIONS - {"compile"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                key = f"{path.stem}:{node.lineno}"
                found[key] = re.compile(node.args[0].value)
    return found


def re_call_sites() -> list[str]:
    """Every call of a re function in src, as 'module:line'."""
    sites = []
    for path in sorted(SRC.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        sites += [
            f"{path.stem}:{node.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in RE_FUNCTIONS
        ]
    return sites


PATTERNS = {**module_patterns(), **inline_patterns()}
METHODS = {"search", "match", "fullmatch", "split", "sub", "subn", "findall"}
METHODS |= {"finditer"}


def methods_used() -> dict[str, set[str]]:
    """How the source uses each pattern: ``{"_TAG": {"search"}, "_x:12": …}``.

    A pattern is tested the way it runs: one only ever used with ``match``
    is anchored at the start and cannot rescan the text from every position.
    """
    used: dict[str, set[str]] = {}
    for path in sorted(SRC.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Attribute) or node.attr not in METHODS:
                continue
            owner = node.value
            if isinstance(owner, ast.Name) and owner.id != "re":
                used.setdefault(owner.id, set()).add(node.attr)
            elif isinstance(owner, ast.Attribute):
                used.setdefault(owner.attr, set()).add(node.attr)
            elif isinstance(owner, ast.Name):  # re.split(literal, …)
                used.setdefault(f"{path.stem}:{node.lineno}", set()).add(node.attr)
    return used


USES = methods_used()


def test_every_regex_in_the_source_is_under_test():
    inline = inline_patterns()
    compiled = [s for s in re_call_sites() if s not in inline]
    # every re.compile call is a module-level constant (or in a module-level
    # dict), so module_patterns() saw it
    assert len(compiled) <= len(module_patterns())
    assert len(PATTERNS) >= 20


def adversarial_texts(pattern: str, size: int) -> list[str]:
    units = set(GENERIC_UNITS)
    units |= {c for c in pattern if not c.isalnum() or not c.isascii()}
    units |= set(re.findall(r"[^\W\d_]{2,}", pattern)[:40])
    texts = []
    for unit in sorted(units):
        body = unit * (size // len(unit))
        # a failing end of either kind: a non-word and a word character
        texts += [body, body + "\x00!", body + "!\x00x", "x" + body]
    return texts


def _seconds(pattern: re.Pattern[Any], method: str, data: Any, repeat: int) -> float:
    """The best of *repeat* runs of ``pattern.method(data)``."""
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        result = getattr(pattern, method)(
            *((data[:0], data) if method in {"sub", "subn"} else (data,))
        )
        if method == "finditer":
            for _ in result:
                pass
        best = min(best, time.perf_counter() - began)
    return best


def exercise(name: str) -> tuple[int, list[str]]:
    """Run pattern *name* on every adversarial text; return (runs, offenders)."""
    pattern = PATTERNS[name]
    source = pattern.pattern
    text_source = source.decode("latin-1") if isinstance(source, bytes) else source
    # "_dom._TOKEN_SPLIT" → "_TOKEN_SPLIT"; a pattern never seen used gets all
    methods = (
        USES.get(name.rsplit(".", maxsplit=1)[-1].split("[", maxsplit=1)[0], set())
        or METHODS
    )
    bound = BOUNDED.get(name)
    small = adversarial_texts(text_source, bound or SMALL)
    large = adversarial_texts(text_source, bound or LARGE)
    runs, offenders = 0, []
    for short_text, long_text in zip(small, large, strict=True):
        as_bytes = isinstance(source, bytes)
        short = short_text.encode("utf-8") if as_bytes else short_text
        long = long_text.encode("utf-8") if as_bytes else long_text
        for method in sorted(methods):
            big = _seconds(pattern, method, long, 1)
            runs += 1
            if bound is not None or big < MIN_SECONDS:
                continue
            little = _seconds(pattern, method, short, 3)
            if big > MAX_RATIO * little:  # measure again before failing
                big = _seconds(pattern, method, long, 2)
                little = _seconds(pattern, method, short, 5)
            if big > MIN_SECONDS and big > MAX_RATIO * little:
                offenders.append(
                    f"{method}({long[:12]!r}…): {little:.4f} s at {len(short)}, "
                    f"{big:.4f} s at {len(long)}"
                )
    return runs, offenders


def test_bounded_patterns_only_see_their_bound():
    for name, bound in BOUNDED.items():
        module, attribute = name.split(".")
        text = (SRC / f"{module}.py").read_text(encoding="utf-8")
        uses = re.findall(rf"\b{attribute}\.\w+\(([^)]*)\)", text)
        assert uses, name
        for argument in uses:
            cut = re.fullmatch(r"\w+\[:(\d+)\]", argument.strip())
            assert cut is not None, (name, argument)
            assert int(cut.group(1)) <= bound, (name, argument)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_regex_is_linear_on_adversarial_text(name, run_in_watchdog):
    runs, offenders = run_in_watchdog(exercise, name, timeout=120)
    assert runs > 30
    assert offenders == []
