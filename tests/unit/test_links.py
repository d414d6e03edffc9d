from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Link
from newsparse._dom import parse_html
from newsparse._links import _PLAIN_URL, _Index, resolve_url


PROSE = (
    "The council voted on Tuesday to extend the program for another year, "
    "citing strong demand from residents and local businesses."
)
MORE = (
    "Opponents said the cost had doubled since the first year and asked for "
    "an audit before any further money is spent on it."
)
URL = "https://example.org/news/2024/council-vote"


def parse(body: str, *, head: str = "") -> newsparse.Article:
    return newsparse.parse(
        f"<html><head>{head}</head><body>"
        "<nav><a href='/news/world/latest-stories'>World news today</a></nav>"
        f"<h1>Council extends the program</h1>{body}</body></html>",
        url=URL,
    )


def links(article: newsparse.Article) -> list[tuple[str, str]]:
    return [(link.text, link.url) for link in article.related_links]


@pytest.mark.parametrize(
    "label",
    [
        "Related",
        "Read more:",
        "See also",
        "Also read",
        "Lesen Sie auch",
        "Читайте также",
        "À lire aussi",
        "Leia também",
        "More on this story",
        "More on:",
    ],
)
def test_a_labelled_block_after_the_article_is_related_reading(label):
    article = parse(
        f"<article><p>{PROSE}</p><p>{MORE}</p></article>"
        f"<div><h3>{label}</h3><ul>"
        "<li><a href='/news/2024/budget-row-deepens'>Budget row deepens at the hall</a></li>"
        "<li><a href='/news/2024/mayor-answers'>Mayor answers questions on cost</a></li>"
        "</ul></div>"
    )
    assert links(article) == [
        (
            "Budget row deepens at the hall",
            "https://example.org/news/2024/budget-row-deepens",
        ),
        (
            "Mayor answers questions on cost",
            "https://example.org/news/2024/mayor-answers",
        ),
    ]
    assert label not in article.text


@pytest.mark.parametrize(
    "label", ["Most read", "Trending", "More from World", "Sponsored"]
)
def test_recirculation_and_ads_are_not_related_reading(label):
    article = parse(
        f"<article><p>{PROSE}</p><p>{MORE}</p></article>"
        f"<div><h3>{label}</h3><ul>"
        "<li><a href='/news/2024/celebrity-wedding'>Celebrity wedding stuns guests</a></li>"
        "<li><a href='/news/2024/weather-warning'>Weather warning for the weekend</a></li>"
        "</ul></div>"
    )
    assert article.related_links == ()


def test_inline_teaser_with_prefix_between_paragraphs_leaves_the_body():
    article = parse(
        f"<article><p>{PROSE}</p>"
        "<p>Read more: <a href='/news/2024/first-vote'>How the first vote was won</a></p>"
        f"<p>{MORE}</p></article>"
    )
    assert links(article) == [
        ("How the first vote was won", "https://example.org/news/2024/first-vote")
    ]
    assert "first vote" not in article.text


def test_a_link_inside_a_sentence_is_prose_not_related_reading():
    article = parse(
        f"<article><p>{PROSE}</p><p>The decision follows <a href='/news/2024/audit'>"
        f"an audit</a> published last month by the regional office.</p><p>{MORE}</p>"
        "</article>"
    )
    assert article.related_links == ()
    assert "an audit published last month" in article.text


def test_links_before_the_headline_and_script_links_are_never_related():
    article = parse(
        f"<article><p>{PROSE}</p>"
        "<p><a href='javascript:void(0)'>Open the photo gallery of the vote</a></p>"
        "<p><a href='data:text/html,hi'>A data address pretending to be a story</a></p>"
        f"<p>{MORE}</p></article>"
    )
    assert article.related_links == ()


def test_urls_resolve_against_base_href_and_repeats_are_dropped_in_page_order():
    article = parse(
        f"<article><p>{PROSE}</p>"
        "<p>Related: <a href='stories/budget#top'>Budget row deepens at the hall</a></p>"
        f"<p>{MORE}</p></article>"
        "<div><h3>Related articles</h3><ul>"
        "<li><a href='stories/budget'>Budget row deepens at the hall</a></li>"
        "<li><a href='stories/mayor'>Mayor answers questions on cost</a></li>"
        "</ul></div>",
        head="<base href='https://cdn.example.net/archive/'>",
    )
    assert links(article) == [
        (
            "Budget row deepens at the hall",
            "https://cdn.example.net/archive/stories/budget",
        ),
        (
            "Mayor answers questions on cost",
            "https://cdn.example.net/archive/stories/mayor",
        ),
    ]


def test_tag_and_section_pages_are_not_related_reading():
    article = parse(
        f"<article><p>{PROSE}</p><p>{MORE}</p></article>"
        "<div><h3>Related topics</h3><ul>"
        "<li><a href='/tag/local-politics'>Local politics and councils</a></li>"
        "<li><a href='/section/budget-news'>Budget news from the region</a></li>"
        "</ul></div>"
    )
    assert article.related_links == ()


def test_teaser_cards_of_a_related_box_give_their_headlines():
    article = parse(
        f"<article><p>{PROSE}</p><p>{MORE}</p></article>"
        "<section class='related-stories'>"
        "<div class='card'><a href='/news/2024/a'><img src='/a.jpg'></a>"
        "<h4><a href='/news/2024/a'>Residents queue for the new permits</a></h4>"
        "<p>A summary of the story that follows the headline.</p></div>"
        "<div class='card'><a href='/news/2024/b'><img src='/b.jpg'></a>"
        "<h4><a href='/news/2024/b'>Program cost doubles in a year</a></h4>"
        "<p>Another summary of a story that follows the headline.</p></div>"
        "</section>"
    )
    assert [text for text, _ in links(article)] == [
        "Residents queue for the new permits",
        "Program cost doubles in a year",
    ]
    assert all(isinstance(link, Link) for link in article.related_links)


def test_a_card_under_an_empty_overlaid_link_is_an_inline_teaser():
    article = parse(
        f"<article><p>{PROSE}</p><aside class='relatedNews'><div class='bg'></div>"
        "<div>Mayor plans to vote against the budget<div class='label'>Read more</div>"
        "<a href='/news/2024/mayor-budget-vote'></a></div></aside>"
        f"<p>{MORE}</p></article>"
    )
    assert links(article) == [
        (
            "Mayor plans to vote against the budget",
            "https://example.org/news/2024/mayor-budget-vote",
        )
    ]
    assert "Mayor plans" not in article.text


def test_a_link_with_only_screen_reader_text_is_not_a_teaser():
    article = parse(
        f"<article><p>{PROSE}</p><div class='social-embed'>"
        "<a href='https://twitter.com/someone/status/1195777715544166401'>"
        "<span class='off-screen'>Image Copyright @someone</span></a></div>"
        f"<p>{MORE}</p></article>"
    )
    assert article.related_links == ()


def test_a_linked_section_heading_followed_by_the_article_text_is_not_a_teaser():
    article = parse(
        f"<article><p>{PROSE}</p><p>{MORE}</p><p>{PROSE}</p>"
        "<h3>20) <a href='/reviews/2017/faces-places-review'>Faces Places</a></h3>"
        "<div class='image'><img src='/f.jpg'></div>"
        f"<p>{MORE}</p><p>{PROSE}</p><p>{MORE}</p><p>{PROSE}</p></article>"
    )
    assert article.related_links == ()


def test_a_linked_bullet_that_continues_a_sentence_is_not_a_teaser():
    article = parse(
        f"<article><p>{PROSE}</p><ul>"
        "<li><a href='/bugs/2024/1671579'>fixed an issue with revoked permissions"
        "</a></li></ul>"
        f"<p>{MORE}</p></article>"
    )
    assert article.related_links == ()


def test_a_heading_with_a_picture_link_is_not_an_overlaid_card():
    article = parse(
        f"<article><p>{PROSE}</p>"
        "<h2>The special editions caused controversy "
        "<a href='https://media.example.net/video/e80dae8a-b955'><img src='/v.jpg'></a></h2>"
        f"<p>{MORE}</p></article>"
    )
    assert article.related_links == ()


def test_the_sentence_before_an_inline_teaser_stays_in_the_body():
    article = parse(
        f"<article><p>{PROSE}</p><p>Police used a ram to force open the door.</p>"
        "<ul><li><h3><a href='/news/2024/wrong-way-crash'>Three hurt in a wrong-way "
        "crash</a></h3></li></ul>"
        f"<p>{MORE}</p></article>"
    )
    assert links(article) == [
        (
            "Three hurt in a wrong-way crash",
            "https://example.org/news/2024/wrong-way-crash",
        )
    ]
    assert "Police used a ram" in article.text


_URL_CHARS = "ab/?#[]:@.\t\n\r é%\\\"'<>x1\x01\x7f"


def _urllib_resolve(href: str, base: str | None) -> str | None:
    """resolve_url as urllib alone answers it: the reference for the fast path."""
    href = href.strip()
    if not href:
        return None
    try:
        absolute = href.startswith(("http://", "https://"))
        joined = urljoin(base, href) if base and not absolute else href
        parts = urlsplit(joined)
    except ValueError:
        return None
    return joined if parts.scheme in {"http", "https"} and parts.netloc else None


@given(
    st.sampled_from(["http://", "https://", "HTTP://", "http:/", "//", "/", ""]),
    st.text(_URL_CHARS + ";", max_size=14),
    st.sampled_from(
        [None, "https://example.com/a/b", "HTTP://Ex.COM:80/a?q#f", "ftp://h/a"]
    ),
)
def test_resolve_url_agrees_with_urllib(
    scheme: str, rest: str, base: str | None
) -> None:
    href = scheme + rest
    if "/." in href:
        return  # dot segments: urljoin removes them, resolve_url keeps absolute ones
    assert resolve_url(href, base) == _urllib_resolve(href, base)


@given(
    st.sampled_from(["http://", "https://"]), st.text(_URL_CHARS + ";=&", max_size=20)
)
def test_plain_url_splits_as_urlsplit_does(scheme: str, rest: str) -> None:
    url = scheme + rest
    plain = _PLAIN_URL.fullmatch(url)
    if plain is None:
        return  # left to urlsplit itself
    parts = urlsplit(url)
    host, path, query = plain.group("host", "path", "query")
    assert (host, path, query or "") == (parts.netloc, parts.path, parts.query)


def test_plain_url_takes_ordinary_links() -> None:
    assert _PLAIN_URL.fullmatch("https://example.com/a/b-c?x=1&y=2#top") is not None


_BASES = ["https://example.com/a/b", "HTTP://Ex.COM:80/a?q#f", "https://u@h"]


@pytest.mark.parametrize(
    "href",
    ["/a?", "/a#", "/a;p?x", "/a/./b", "/a/../b", "/a?#f", "/a?q#", "/a\tb", "/", "/a"],
)
@pytest.mark.parametrize("base", _BASES)
def test_links_from_the_root_resolve_as_urljoin_does(href: str, base: str) -> None:
    # urljoin drops an empty "?" or "#", moves ";params" and removes dot
    # segments: the fast path must leave all of those to it
    assert resolve_url(href, base) == _urllib_resolve(href, base)


@given(st.text(_URL_CHARS + ";", max_size=10), st.sampled_from(_BASES))
def test_any_link_from_the_root_resolves_as_urljoin_does(rest: str, base: str) -> None:
    href = "/" + rest
    if "/." in href:
        return
    assert resolve_url(href, base) == _urllib_resolve(href, base)


@pytest.mark.parametrize("where", ["body", "div"])
def test_the_link_index_lists_each_element_once_in_document_order(where):
    document = parse_html(
        "<body><div id=x><p>One <a href='/a'>a</a></p><ul><li>b</li></ul></div>"
        "<footer>c</footer></body>"
    )
    root = document.body if where == "body" else document.css_first("#x")
    index = _Index(root, "https://example.com/")
    tags = [node.tag for node in index.elements]
    expected = ["body", "div", "p", "a", "ul", "li", "footer"]
    assert tags == (expected if where == "body" else expected[1:-1])
    assert index.order[root.mem_id] == 0
    assert index.last(root) == len(tags) - 1
    assert [n.tag for n in index.subtree(index.elements[tags.index("ul")])] == [
        "ul",
        "li",
    ]
