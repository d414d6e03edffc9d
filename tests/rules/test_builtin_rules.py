"""Built-in platform rules, on pages built with each platform's own markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse._api import extract
from newsparse.rules import load_installed


PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"

# platform → (first words of each body paragraph, platform widget text, widgets removed)
EXPECTED = {
    "wordpress": (
        [
            "The salt road leaves",
            "We set out in",
            "There are no signposts",
            "At the top the road",
        ],
        "Snow had closed the top road",
        2,
    ),
    "ghost": (
        [
            "Every morning for a month",
            "It never hurried.",
            "Herons nest in colonies",
            "In March the nests",
        ],
        "A weekly letter about birds",
        1,
    ),
    "substack": (
        [
            "The tide tables give",
            "Out on the mud",
            "The birds know this",
            "By February I had",
        ],
        "reader-supported publication",
        2,
    ),
    "blogger": (
        ["My grandmother never", "This week it was", "It rose slowly"],
        "Email this recipe",
        1,
    ),
}


@pytest.fixture
def builtins(monkeypatch, fresh_registry):
    del fresh_registry
    monkeypatch.setenv("NEWSPARSE_NO_PLUGINS", "1")
    return load_installed()


def source(platform: str) -> str:
    return (PAGES / f"platform-{platform}" / "source.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("platform", sorted(EXPECTED))
def test_the_platform_rule_is_recognised_by_markup_and_gives_the_post(
    builtins, platform
):
    starts, widget, removed = EXPECTED[platform]
    extraction = extract(source(platform), None, rules=builtins)
    lines = extraction.rules.lines()
    assert lines[0].startswith(f"rule: {platform} (built-in, from newsparse ")
    assert lines[1].startswith("matched by: marker ")
    assert any(
        line.startswith("drop: ") and line.endswith(f"({removed} removed)")
        for line in lines
    )
    assert any(line.startswith("body: ") and "narrows" in line for line in lines)
    body = [block.text for block in extraction.article.body]
    assert len(body) == len(starts)
    for text, start in zip(body, starts, strict=True):
        assert text.startswith(start)
    assert widget not in extraction.article.text


def test_the_generic_finder_takes_over_when_the_theme_differs(builtins):
    prose = "A paragraph of prose in a theme without entry-content wrappers. " * 2
    html = (
        '<html><head><meta name="generator" content="WordPress 6.4"></head><body>'
        f'<div class="post-text"><p>{prose}</p><p>{prose}</p></div></body></html>'
    )
    extraction = extract(html, None, rules=builtins)
    assert extraction.rules.lines()[0].startswith("rule: wordpress")
    assert "body: generic fallback (no selector matched)" in extraction.rules.lines()
    assert extraction.article.text.startswith("A paragraph of prose")


@pytest.mark.parametrize(
    "variant", ["sputnik-semantic", "sputnik-divsoup", "sputnik-amp"]
)
def test_other_pages_match_no_platform(builtins, variant):
    html = (PAGES / variant / "source.html").read_bytes()
    assert extract(html, None, rules=builtins).rules.match is None
