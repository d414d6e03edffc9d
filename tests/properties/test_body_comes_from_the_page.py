"""The body is drawn from the page: nothing invented, nothing reordered.

Every body block (every cell of a table row) is a run of the page's visible
text, and the blocks come in page order. Visible text is the ``<body>``'s
text without scripts, styles and templates, parsed as a browser with
scripting on would (selectolax's Lexbor, newsparse's own parser, used
directly: this suite imports nothing private), compared without whitespace
and control characters, which extraction normalises.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import newsparse
from newsparse import Article, BlockKind
from newsparse.errors import NewsparseError
from newsparse.testing import html_documents, pages


pytestmark = pytest.mark.property

_INVISIBLE = re.compile(
    r"[\s\u00a0\u200b\u200c\u200d\u2060\ufeff\x00-\x1f\x7f-\x9f\ud800-\udfff]+"
)


def compact(text: str) -> str:
    return _INVISIBLE.sub("", text)


def visible_text(html: str) -> str:
    body = LexborHTMLParser(html, scripting=True).body
    if body is None:
        return ""
    for node in body.css("script, style, template"):
        node.decompose()
    return compact(body.text(deep=True))


def pieces(article: Article) -> list[str]:
    out: list[str] = []
    for block in article.body:
        texts = block.cells if block.kind is BlockKind.TABLE_ROW else (block.text,)
        out.extend(c for c in (compact(t) for t in texts) if c)
    return out


@given(st.one_of(pages().map(lambda p: p.html), html_documents()))
def test_body_is_drawn_from_the_page_text_in_order(document):
    try:
        article = newsparse.parse(document)
    except NewsparseError:
        return
    page = visible_text(document)
    cursor = 0
    for piece in pieces(article):
        found = page.find(piece, cursor)
        assert found >= 0, (piece, page[cursor : cursor + 200])
        cursor = found + len(piece)
