"""newsparse.testing as a user meets it: only the public API is imported here.

These are the tests a newsparse user or a rule author would write, and they
run under the same profiles as the rest of the property suite.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import find, given, settings

import newsparse
from newsparse.testing import (
    GeneratedPage,
    RulePage,
    articles,
    assert_article_matches,
    compare_articles,
    html_documents,
    page_for_rule,
    pages,
)


pytestmark = pytest.mark.property

FIXTURE = (
    Path(__file__).parents[1]
    / "fixtures"
    / "pages"
    / "sputnik-semantic"
    / "source.html"
).read_text(encoding="utf-8")


@dataclass(frozen=True)
class SputnikRule:
    """Shaped like newsparse.rules.SiteRule: selector tuples by field."""

    title: tuple[str, ...] = ("h1.story__headline",)
    body: tuple[str, ...] = (".story__body > p",)
    captions: tuple[str, ...] = ("figcaption .caption",)
    drop: tuple[str, ...] = (".promo",)


@given(pages())
def test_generated_pages_give_back_their_article(page: GeneratedPage):
    article = newsparse.parse(page.html, url=page.url)
    assert_article_matches(article, page.truth, min_f1=0.9)


@given(pages(articles(languages=["de", "ru"], min_paragraphs=3), templates=["divsoup"]))
def test_class_soup_pages_in_german_and_russian_are_recovered(page: GeneratedPage):
    assert page.template == "divsoup"
    assert page.truth.metadata.language in {"de", "ru"}
    comparison = compare_articles(newsparse.parse(page.html, url=page.url), page.truth)
    assert comparison.title_matches
    assert comparison.f1 >= 0.9, comparison.report(min_f1=0.9)


@given(pages(boilerplate=False, noise=False))
def test_clean_pages_are_recovered_exactly(page: GeneratedPage):
    assert page.boilerplate == ()
    article = newsparse.parse(page.html, url=page.url)
    assert_article_matches(article, page.truth, min_f1=1.0)
    assert article.body == page.truth.body


@given(html_documents())
def test_a_users_code_survives_malformed_markup(document: str):
    try:
        article = newsparse.parse(document)
    except newsparse.NewsparseError:
        return
    assert isinstance(article.text, str)


@given(page_for_rule(SputnikRule(), FIXTURE))
def test_rule_selectors_survive_layout_noise(page: RulePage):
    page.assert_selectors_match()
    assert newsparse.parse(page.html).title == newsparse.parse(FIXTURE).title


def test_fragile_selectors_are_caught():
    """A selector that depends on the page's exact nesting breaks under noise."""
    fragile = "body > main > article h1"
    broken = find(
        page_for_rule([fragile], FIXTURE),
        lambda page: bool(page.mismatches()),
        settings=settings(max_examples=200, database=None),
    )
    assert repr(fragile) in broken.mismatches()[0]
