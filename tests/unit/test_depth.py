"""Deeply nested markup parses, whatever the element, without recursion."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import BlockKind


PROSE = (
    "The council voted on Tuesday to extend the program for another year, "
    "citing strong demand from residents and local businesses."
)

NESTS = {
    "div": ("<div>", "</div>", 5_000),
    "span": ("<span>", "</span>", 5_000),
    "blockquote": ("<blockquote>", "</blockquote>", 2_000),
    "list": ("<ul><li>", "</li></ul>", 1_000),
    "table": ("<table><tr><td>", "</td></tr></table>", 2_000),
    "bold": ("<b>", "</b>", 2_000),
}


@pytest.mark.parametrize("name", sorted(NESTS))
def test_deep_nesting_keeps_the_paragraph(name):
    """Far deeper than Python's recursion limit: every walk must be iterative."""
    opening, closing, depth = NESTS[name]
    html = f"<html><body>{opening * depth}<p>{PROSE}</p>{closing * depth}</body></html>"
    assert PROSE in newsparse.parse(html).text


def test_a_table_holding_blocks_is_layout_and_its_text_stays_prose():
    html = (
        f"<html><body><table><tr><td><div><p>{PROSE}</p><p>{PROSE} Again.</p>"
        "</div></td></tr></table></body></html>"
    )
    body = newsparse.parse(html).body
    assert [b.kind for b in body] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
