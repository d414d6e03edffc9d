"""The nesting guard: real pages untouched, hostile nesting bounded."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import _nesting
from newsparse._dom import Node, parse_html
from newsparse._nesting import limit_nesting


ROOT = Path(__file__).resolve().parents[2]
PAGES = [
    ROOT / "src" / "newsparse" / "_demo" / "sputnik.html",
    *sorted((ROOT / "tests" / "fixtures" / "pages").glob("*/source.html")),
]


def depth(node: Node | None) -> int:
    """The deepest element under *node*, iteratively."""
    deepest = 0
    stack = [(node, 0)]
    while stack:
        current, level = stack.pop()
        child = current.child if current is not None else None
        while child is not None:
            if child.is_element_node:
                stack.append((child, level + 1))
                deepest = max(deepest, level + 1)
            child = child.next
    return deepest


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.parent.name)
def test_real_pages_come_back_unchanged(path):
    text = path.read_text(encoding="utf-8")
    assert limit_nesting(text) is text


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 5000,
        "<span>" * 3000 + "<div>" * 3000,
        "<ul><li>" * 3000,
        "<span><div></span>" * 3000,
        "<svg><foreignObject>" + "<div/>" * 3000,
        "<foo/>" * 5000,
        "<math><annotation-xml><style>" + "<g>" * 3000,
    ],
    ids=[
        "div",
        "span-div",
        "lists",
        "end-tag-past-special",
        "svg",
        "self-closed",
        "math",
    ],
)
def test_hostile_nesting_is_cut_to_the_limit(html):
    tree = parse_html(html)
    assert depth(tree.body) <= _nesting.MAX_DEPTH + 2


def test_unclosed_formatting_elements_are_capped():
    opened = "".join(f"<b id=b{i}>" for i in range(100))
    tree = parse_html("<div>" + opened + "</div>" + "<div>x</div>" * 100)
    # without the cap: 100 copies of every <b> after each block, 10,000 in all
    assert len(tree.css("b")) <= (_nesting.MAX_FORMATTING + 1) * 101


def test_the_text_survives_the_cut():
    html = "<div>" * 2000 + "deep text" + "</div>" * 2000
    assert parse_html(html).body.text().strip() == "deep text"


def test_comments_and_scripts_are_not_counted():
    html = "<!--" + "<div>" * 5000 + "-->" + "<script>" + "<div>" * 5000 + "</script>"
    html += "<p>after</p>"
    assert limit_nesting(html) is html


OPENERS = str.split(
    "<div> <span> <p> <li> <ul> <table> <td> <tr> <b> <i> <a> <svg> <foreignObject> "
    "<math> <mi> <template> <button> <option> <div/> <object> "
    "<caption> <h1> <nobr> <font> <section> <g> <em>"
)
CLOSERS = str.split(
    "</div> </span> </p> </ul> </table> </b> </a> </svg> </td> x <br> <style>x</style>"
)
# Mostly openers: a soup that nests deep unless something bounds it.
TAGS = st.one_of(
    st.sampled_from(OPENERS), st.sampled_from(OPENERS), st.sampled_from(CLOSERS)
)


@settings(
    max_examples=int(os.environ.get("NESTING_EXAMPLES", "100")),
    deadline=None,
)
@given(st.lists(TAGS, min_size=50, max_size=300))
def test_the_model_never_underestimates_depth(tags):
    """Whatever the tag soup, the guarded tree stays within a small multiple."""
    old = _nesting.MAX_DEPTH
    _nesting.MAX_DEPTH = 6
    try:
        tree = parse_html("".join(tags))
    finally:
        _nesting.MAX_DEPTH = old
    # html > body, plus the implied tbody/tr/colgroup of each table level
    assert depth(tree.root) <= 3 * 6 + 2
