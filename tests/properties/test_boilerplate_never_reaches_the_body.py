"""What is not the article never reaches the body.

Catalogued boilerplate placed in a generated page, captions and related
links may share words with the article (generated text is made of few words,
and shrinking makes it fewer), so the invariant is stated against the truth:
the body never says such a text more often than the article itself does.
"""

from __future__ import annotations

import pytest
from hypothesis import given

import newsparse
from newsparse.testing import GeneratedPage, pages


pytestmark = pytest.mark.property


def norm(text: str) -> str:
    return " ".join(text.split())


def occurrences(text: str, blocks: list[str]) -> int:
    return sum(block.count(text) for block in blocks)


def body_blocks(article: newsparse.Article) -> list[str]:
    return [norm(b.text) for b in article.body]


def assert_not_added(texts: list[str], page: GeneratedPage) -> None:
    extracted = body_blocks(newsparse.parse(page.html, url=page.url))
    truth = body_blocks(page.truth)
    for text in {norm(t) for t in texts if norm(t)}:
        assert occurrences(text, extracted) <= occurrences(text, truth), text


@given(pages())
def test_catalogued_boilerplate_never_reaches_the_body(page):
    assert_not_added(list(page.boilerplate), page)


@given(pages())
def test_captions_and_related_links_never_reach_the_body(page):
    article = newsparse.parse(page.html, url=page.url)
    texts = [
        *(c.text for c in (*page.truth.captions, *article.captions)),
        *(c.credit or "" for c in (*page.truth.captions, *article.captions)),
        *(link.text for link in (*page.truth.related_links, *article.related_links)),
    ]
    assert_not_added(texts, page)
