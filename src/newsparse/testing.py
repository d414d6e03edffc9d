"""Hypothesis strategies for testing code that uses newsparse, and newsparse.

Install the extra (``pip install "newsparse[testing]"``) and import this
module explicitly; ``import newsparse`` never imports Hypothesis.

- :func:`articles` draws ground-truth Articles in fifteen languages.
- :func:`pages` renders an Article into a realistic page (semantic markup,
  ``<div>`` soup or AMP; with or without JSON-LD and OpenGraph) with
  boilerplate from newsparse's own catalogue and attribute noise, and returns
  the page with its truth.
- :func:`html_documents` draws arbitrary, often malformed markup.
- :func:`page_for_rule` wraps a site rule's fixture in layout noise, so that
  rule authors can check their selectors survive it.
- :func:`compare_articles` and :func:`assert_article_matches` compare an
  extracted Article with the truth using the benchmark's metric and explain
  every difference.

Example::

    from hypothesis import given
    import newsparse
    from newsparse.testing import assert_article_matches, pages

    @given(pages())
    def test_my_pipeline_keeps_the_article(page):
        article = newsparse.parse(page.html, url=page.url)
        assert_article_matches(article, page.truth, min_f1=0.9)

.. versionadded:: 0.2.0
"""

from __future__ import annotations


try:
    import hypothesis  # noqa: F401
except ImportError as err:  # pragma: no cover - depends on the environment
    msg = 'newsparse.testing needs Hypothesis: pip install "newsparse[testing]"'
    raise ImportError(msg) from err

from collections.abc import Collection, Iterable

from hypothesis import strategies as st

from newsparse import _generate
from newsparse._compare import ArticleComparison, compare_articles
from newsparse._generate import GeneratedPage, RulePage, SelectorRule
from newsparse._model import Article


__all__ = [
    "ArticleComparison",
    "GeneratedPage",
    "RulePage",
    "SelectorRule",
    "articles",
    "assert_article_matches",
    "compare_articles",
    "html_documents",
    "page_for_rule",
    "pages",
]

TEMPLATES = _generate.TEMPLATES


def articles(
    *,
    languages: Collection[str] | None = None,
    min_paragraphs: int = 2,
    max_paragraphs: int = 8,
    captions: bool = True,
    related_links: bool = True,
) -> st.SearchStrategy[Article]:
    """Ground-truth Articles, the way news articles are shaped.

    Each Article has a title, a body that opens and closes with a prose
    paragraph and may hold subheadings, one-line paragraphs, quotes and short
    lists between them, captions with credits, related links, and metadata
    (authors, aware publication dates, language, site, section, tags,
    canonical URL). Text is drawn from ordinary news vocabulary in one
    language per Article: English, German, French, Spanish, Portuguese,
    Italian, Polish, Turkish, Russian, Greek, Arabic, Hindi, Chinese, Japanese
    or Korean. It never contains catalogued boilerplate wording.

    Args:
        languages: BCP 47 codes to choose from; all fifteen by default.
        min_paragraphs: Fewest prose paragraphs (at least 1).
        max_paragraphs: Most prose paragraphs.
        captions: Whether Articles may have captions.
        related_links: Whether Articles may have related links (only when
            there are two prose paragraphs or more: related reading sits
            between paragraphs).

    Returns:
        A strategy of :class:`newsparse.Article`.

    Raises:
        hypothesis.errors.InvalidArgument: An argument is out of range.
    """
    return _generate.articles(
        languages=languages,
        min_paragraphs=min_paragraphs,
        max_paragraphs=max_paragraphs,
        captions=captions,
        related_links=related_links,
    )


def pages(
    article: Article | st.SearchStrategy[Article] | None = None,
    *,
    templates: Collection[str] = TEMPLATES,
    boilerplate: bool = True,
    noise: bool = True,
) -> st.SearchStrategy[GeneratedPage]:
    """HTML pages that hold an Article, with the Article as their truth.

    The page is rendered with a random template: ``"semantic"``
    (``<article>``, ``<figure>``, ``<aside>``), ``"divsoup"`` (nested
    ``<div>``s with meaningless class names) or ``"amp"`` (``<amp-img>``,
    ``<html ⚡>``), with or without JSON-LD and OpenGraph. Boilerplate from
    newsparse's catalogue (sign-ups, share bars, ad labels, cookie banners
    and more, in seven languages) is placed at random in and around the
    article, captions and related-story teasers between its blocks, and
    attribute and markup noise (random classes, ``data-*``, inline tags,
    entities, odd spaces) all over.

    Args:
        article: The Article to render, a strategy of Articles, or None for
            :func:`articles`.
        templates: Which templates to draw from.
        boilerplate: Whether to place catalogued boilerplate.
        noise: Whether to add attribute and markup noise.

    Returns:
        A strategy of :class:`GeneratedPage` (``html``, ``truth``, ``url``,
        ``template``, ``boilerplate``).

    Raises:
        hypothesis.errors.InvalidArgument: *article* or *templates* is not
            valid.
    """
    return _generate.pages(
        article, templates=templates, boilerplate=boilerplate, noise=noise
    )


def html_documents(*, max_nesting: int = 200) -> st.SearchStrategy[str]:
    """Arbitrary and often malformed markup, for robustness tests.

    Documents mix unclosed and stray tags, raw-text and foreign elements
    (``script``, ``textarea``, ``plaintext``, ``svg``), deep nesting,
    comments and bogus comments, CDATA, odd entities (``&#0;``,
    ``&#x110000;``, ``&noti``), control characters, lone surrogates,
    byte-order marks, mixed scripts, broken attributes and JSON-LD of any
    shape.

    Args:
        max_nesting: Deepest run of nested elements in one piece.

    Returns:
        A strategy of ``str``.

    Raises:
        hypothesis.errors.InvalidArgument: *max_nesting* is negative.
    """
    return _generate.html_documents(max_nesting=max_nesting)


def page_for_rule(
    rule: SelectorRule | Iterable[str], fixture_html: str
) -> st.SearchStrategy[RulePage]:
    """A site rule's fixture page wrapped in random layout noise.

    The noise is what real pages change in their layout without warning:
    catalogued boilerplate inserted next to elements the rule's selectors do
    not cover (never inside a match, never among the matched elements
    themselves), extra class tokens and ``data-*`` attributes on every
    element, and wrapper ``<div>``s around the whole page. A robust selector matches the
    same texts before and after; :meth:`RulePage.assert_selectors_match`
    checks that, and the page can be parsed with the rule end to end.

    *rule* is any object with CSS selector tuples named like the fields of
    :class:`newsparse.rules.SiteRule` (``markers``, ``title``, ``body``,
    ``authors``, ``published``, ``captions``, ``related``, ``drop``; see
    :class:`SelectorRule`), or simply an iterable of CSS selectors. Matches
    of ``drop`` selectors may grow: dropping more junk is fine. A rule's
    selectors that match nothing in the fixture (alternatives for other
    pages of the site) must go on matching nothing; selectors given as a
    list must each match.

    Args:
        rule: The rule, or the selectors that must keep matching.
        fixture_html: A saved page the selectors were written for.

    Returns:
        A strategy of :class:`RulePage`.

    Raises:
        hypothesis.errors.InvalidArgument: A selector is not valid CSS, a
            listed selector matches nothing in the fixture, or no selector of
            the rule does.
    """
    return _generate.page_for_rule(rule, fixture_html)


def assert_article_matches(
    extracted: Article,
    truth: Article,
    *,
    min_f1: float = 0.9,
    title: bool = True,
    captions: bool = True,
    related_links: bool = True,
) -> ArticleComparison:
    """Assert that an extracted Article matches the truth, or explain how not.

    The body is scored with the Zyte benchmark's per-page shingle F1, as
    ``benchmarks/evaluate.py`` does.

    Args:
        extracted: What :func:`newsparse.parse` returned.
        truth: What the page holds (``GeneratedPage.truth``).
        min_f1: Lowest acceptable body F1, between 0 and 1.
        title: Whether the title must be equal.
        captions: Whether every truth caption must be found (text and
            credit).
        related_links: Whether every truth related link must be found (text
            and URL).

    Returns:
        The comparison, for further checks such as averaging F1.

    Raises:
        AssertionError: A check failed; the message lists every difference.
        ValueError: *min_f1* is outside [0, 1].
    """
    if not 0.0 <= min_f1 <= 1.0:
        msg = f"min_f1 must be between 0 and 1, got {min_f1!r}"
        raise ValueError(msg)
    comparison = compare_articles(extracted, truth)
    failed = (
        (title and not comparison.title_matches)
        or comparison.f1 < min_f1
        or (captions and bool(comparison.missing_captions))
        or (related_links and bool(comparison.missing_related_links))
    )
    if failed:
        msg = "extracted article does not match the truth:\n" + comparison.report(
            min_f1=min_f1
        )
        raise AssertionError(msg)
    return comparison


def __dir__() -> list[str]:
    return __all__
