"""Every ```python example in README.md and docs/**/*.md runs.

The blocks of one file run in order in one fresh namespace, the way a reader
follows a page, in a fresh working directory that holds ``page.html`` (the
bundled demo news page), so an example can say ``open("page.html", "rb")``.

A block written as an interactive session (``>>>`` prompts) runs as a
doctest in the same namespace: each shown result must match.

Shown output is checked: a comment on a ``print(...)`` line, or the comment
lines right below it, is what that call prints (each must appear in the
block's output), so the output a page shows cannot rot either.

Warnings are errors, as in the rest of the suite, except deprecation
warnings that a third-party library (dask, pandas...) raises about its own
internals: they are not the example's fault.

Opt-out, used sparingly: an HTML comment ``<!-- skip-example -->`` on the
line right before the opening fence (a blank line between is allowed) keeps
that block from running, e.g. for a block that needs the network or a
cluster; ``<!-- skip-example: the reason -->`` (on one line) says why. Blocks in other languages (sh, toml, text) are never run.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import re
import textwrap
import warnings
from pathlib import Path

import attrs
import pytest

from newsparse._cli import demo_page


ROOT = Path(__file__).resolve().parents[2]
SKIP_MARKER = "<!-- skip-example -->"
_FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[\w+-]*)[^\n]*$"
)


@attrs.frozen
class Example:
    path: Path
    line: int  # 1-based line of the opening fence
    code: str
    skipped: bool


def _is_skip_marker(line: str) -> bool:
    """``<!-- skip-example -->``, or with a reason: ``<!-- skip-example: why -->``."""
    return line == SKIP_MARKER or (
        line.startswith("<!-- skip-example:") and line.endswith("-->")
    )


def markdown_files() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def examples_in(path: Path) -> list[Example]:
    """The fenced python blocks of one Markdown file, in order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Example] = []
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        fence, indent = opening["fence"], len(opening["indent"])
        end = i + 1
        while end < len(lines) and not re.match(
            rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", lines[end]
        ):
            end += 1
        if opening["lang"].lower() in {"python", "py", "python3"}:
            before = [line.strip() for line in lines[max(0, i - 2) : i]]
            if before[-1:] == [""]:
                before = before[:-1]
            skipped = bool(before) and _is_skip_marker(before[-1])
            code = textwrap.dedent(
                "\n".join(
                    line[indent:] if line[:indent].isspace() else line
                    for line in lines[i + 1 : end]
                )
            )
            found.append(Example(path, i + 1, code, skipped))
        i = end + 1
    return found


def shown_output(code: str) -> list[str]:
    """The output a block claims its print() calls produce, from comments."""
    shown: list[str] = []
    after_print = False
    for line in code.splitlines():
        stripped = line.strip()
        if stripped.startswith("print("):
            after_print = True
            code_part, sep, comment = line.partition("  # ")
            if sep and code_part.rstrip().endswith(")"):
                shown.append(comment.strip())
        elif after_print and stripped.startswith("# "):
            shown.append(stripped[2:])
        else:
            after_print = False
    return shown


FILES = {str(p.relative_to(ROOT)): examples_in(p) for p in markdown_files()}
WITH_EXAMPLES = sorted(name for name, found in FILES.items() if found)


def test_examples_are_found() -> None:
    # Guards the collector: a regex that matched nothing would pass everything.
    assert "README.md" in WITH_EXAMPLES
    assert "docs/tutorial.md" in WITH_EXAMPLES
    skipped = [e for found in FILES.values() for e in found if e.skipped]
    total = sum(len(found) for found in FILES.values())
    assert len(skipped) * 5 <= total, f"too many skipped examples: {skipped}"


def test_collector_reads_markers_and_fences(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text(
        "```python\na = 1\n```\n\n<!-- skip-example -->\n```python\nraise SystemExit\n```\n"
        "<!-- skip-example: needs a cluster -->\n```python\nraise SystemExit\n```\n"
        "```sh\nrm -rf /\n```\n\n- item\n\n    ```python\n    b = 2\n    ```\n",
        encoding="utf-8",
    )
    found = examples_in(page)
    assert [(e.line, e.code, e.skipped) for e in found] == [
        (1, "a = 1", False),
        (6, "raise SystemExit", True),
        (10, "raise SystemExit", True),
        (19, "b = 2", False),
    ]


def test_doctest_blocks_are_checked(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text("```python\n>>> 1 + 1\n3\n```\n", encoding="utf-8")
    (example,) = examples_in(page)
    with pytest.raises(AssertionError, match="doctest"):
        _run_doctest(example, "p.md:1", {})


def test_shown_output_is_read_from_comments() -> None:
    code = 'x = 1  # not output\nprint(x)  # 1\nprint("a\\nb")\n# a\n# b\n# a comment\ny = 2\n# unrelated'
    assert shown_output(code) == ["1", "a", "b", "a comment"]


@pytest.fixture
def reader_dir(tmp_path: Path) -> Path:
    (tmp_path / "page.html").write_bytes(demo_page())
    return tmp_path


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_examples_run(
    name: str, reader_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(reader_dir)
    for category in (DeprecationWarning, FutureWarning):
        warnings.filterwarnings(
            "ignore", category=category, module=r"(?!newsparse|__example__)"
        )
    namespace: dict[str, object] = {"__name__": "__example__"}
    for example in FILES[name]:
        if example.skipped:
            continue
        where = f"{name}:{example.line}"
        if example.code.lstrip().startswith(">>>"):
            _run_doctest(example, where, namespace)
            continue
        output = io.StringIO()
        try:
            with contextlib.redirect_stdout(output):
                exec(compile(example.code, where, "exec"), namespace)
        except BaseException as err:
            err.add_note(f"in the example at {where}:\n{example.code}")
            raise
        printed = output.getvalue()
        missing = [line for line in shown_output(example.code) if line not in printed]
        assert not missing, (
            f"{where}: the page shows output that the code does not print: {missing}\nprinted:\n{printed}"
        )


def _run_doctest(example: Example, where: str, namespace: dict[str, object]) -> None:
    test = doctest.DocTestParser().get_doctest(
        example.code, namespace, where, str(example.path), example.line
    )
    report = io.StringIO()
    runner = doctest.DocTestRunner(
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    )
    runner.run(test, out=report.write, clear_globs=False)
    assert runner.failures == 0, f"doctest at {where} failed:\n{report.getvalue()}"
