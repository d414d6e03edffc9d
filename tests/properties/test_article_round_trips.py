"""An Article survives serialisation and re-rendering unchanged.

``to_dict``/``from_dict`` and ``to_json``/``from_json`` are exact inverses,
and an extracted Article is a fixed point of ``to_html`` and ``parse``.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article
from newsparse.errors import NewsparseError
from newsparse.testing import articles, html_documents, pages


pytestmark = pytest.mark.property


def extracted(page) -> Article:
    return newsparse.parse(page.html, url=page.url)


@given(st.one_of(articles(), pages().map(extracted)))
def test_article_round_trips_through_dict_and_json(article):
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    assert Article.from_json(article.to_json()) == article


@given(pages())
def test_extracted_article_is_a_fixed_point_of_to_html(page):
    article = extracted(page)
    assert newsparse.parse(article.to_html(), url=article.url) == article


@given(html_documents())
def test_article_from_any_markup_is_a_fixed_point_of_to_html(document):
    try:
        article = newsparse.parse(document, url="https://example.com/a")
    except NewsparseError:
        return
    assert newsparse.parse(article.to_html(), url=article.url) == article
