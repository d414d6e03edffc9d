"""An Article survives serialisation and re-rendering unchanged.

``to_dict``/``from_dict`` and ``to_json``/``from_json`` are exact inverses,
and an extracted Article is a fixed point of ``to_html`` and ``parse``
(all but ``Metadata.provenance``, which names the sources read).
"""

from __future__ import annotations

import json

import attrs
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


def reparsed(article: Article) -> Article:
    """parse(to_html(article)), without the provenance of its metadata.

    Provenance names where each field was read, which differs between a
    page and its rendering by design; every other field must be equal.
    """
    again = newsparse.parse(article.to_html(), url=article.url)
    return without_provenance(again)


def without_provenance(article: Article) -> Article:
    return attrs.evolve(article, metadata=attrs.evolve(article.metadata, provenance={}))


@given(st.one_of(articles(), pages().map(extracted)))
def test_article_round_trips_through_dict_and_json(article):
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    assert Article.from_json(article.to_json()) == article


@given(pages())
def test_extracted_article_is_a_fixed_point_of_to_html(page):
    article = extracted(page)
    assert reparsed(article) == without_provenance(article)


@given(html_documents())
def test_article_from_any_markup_is_a_fixed_point_of_to_html(document):
    try:
        article = newsparse.parse(document, url="https://example.com/a")
    except NewsparseError:
        return
    assert reparsed(article) == without_provenance(article)
