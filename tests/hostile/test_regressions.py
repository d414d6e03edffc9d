"""One shrunk input per crash, hang or blow-up found on the way, kept forever."""

from __future__ import annotations

import pytest

import newsparse


def test_a_long_run_of_spaces_in_an_author_meta_is_split_in_linear_time(watchdog):
    # 200k spaces took hours with the old ``\s*(?:,|;|…)\s*`` split.
    report = watchdog("author_meta_with_long_space_run", timeout=30)
    assert report["metadata"]["authors"] == ["Ann Lee"]


def test_author_separators_still_split_names():
    html = '<meta name="author" content="Ann Lee ,  Bob Ray and Cy Dee; Dan Eng">'
    authors = newsparse.parse(html).metadata.authors
    assert authors == ("Ann Lee", "Bob Ray", "Cy Dee", "Dan Eng")


@pytest.mark.parametrize(
    "html",
    [
        '<meta property="og:image" content="http://[x/a.jpg">',
        '<link rel="canonical" href="//[::1">',
        (
            "<article><p>{p}</p><figure><img src='http://[bad'>"
            "<figcaption>A caption (Getty Images)</figcaption></figure><p>{p}</p>"
        ),
    ],
)
@pytest.mark.parametrize("url", [None, "https://e.com/", "http://[::1"])
def test_a_malformed_ipv6_url_is_dropped_not_raised(html, url):
    # Atheris found urljoin's ValueError("Invalid IPv6 URL") escaping parse().
    p = "The storm reached the coast on Tuesday night, cutting power. " * 3
    article = newsparse.parse(html.format(p=p), url)
    assert article.metadata.image is None
    assert article.metadata.canonical_url is None
    assert all(c.image is None for c in article.captions)


def test_100k_deep_nesting_parses_in_linear_time(watchdog):
    # Lexbor's tree builder scans the open elements for each <div>: 10 s before.
    report = watchdog("deep_nesting_div", timeout=30)
    assert "cutting power" in report["text"]


def test_unclosed_formatting_elements_cannot_multiply_the_tree(watchdog):
    # 70 KB of this shape built 5 million elements (2.5 GB) before.
    report = watchdog("formatting_reconstruction", timeout=30)
    assert report["grown_kb"] < 100 * 1024


def test_a_line_of_many_digits_is_not_tried_as_a_dateline_in_every_split(
    run_in_watchdog,
):
    # Found by benchmarks/fuzz.py (Hypothesis) on the merged code: 30 digits
    # in a short line made _vocab.DATELINE try every split of them into
    # pieces of one to four (over 20 s).
    html = (
        '<html><body><br class="article credit">'
        "999999999999999999999999999999eA\U00095f0a(Z</br>"
    )
    body = run_in_watchdog(_body_text, html, timeout=30)
    assert "999999999999999999999999999999eA" in body


def _body_text(html: str) -> str:
    return newsparse.parse(html, "https://news.example.com/a.html").text


def test_a_drop_selector_that_matches_the_root_element_is_skipped():
    # Found by benchmarks/fuzz.py (Atheris) on the merged code: a stray
    # <html class=…> in the body gives the root element its class, the Ghost
    # rule's drop selector matched it, and decompose() raised SelectolaxError.
    html = (
        '<html><head><meta name="generator" content="Ghost 5.75"></head>'
        f"<body><article><p>{'The heron waited. ' * 20}</p></article>"
        '<html class="kg-signup-card"></body></html>'
    )
    article = newsparse.parse(html, "https://fieldnotes.example/heron/")
    assert "The heron waited." in article.text


def test_a_date_with_a_huge_number_of_seconds_is_no_date_not_a_crash():
    # Found by benchmarks/fuzz.py (Atheris, the hour on the merged code): a
    # date meta whose time has a long run of digits after the colon made
    # dateutil raise decimal.InvalidOperation, which is no ValueError.
    seconds = "9" * 40
    html = (
        f'<html><head><meta property="article:published_time" content="2019 10:{seconds}">'
        f"</head><body><article><p>{'The tide came in. ' * 20}</p></article></body></html>"
    )
    article = newsparse.parse(html, "https://harbour.example/tide/")
    assert article.metadata.published is None
    assert "The tide came in." in article.text
