"""Regression tests for the output contract, each shrunk from a fuzzer finding."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._sanitize import clean_text, clean_url


HEAD = "<html><head>{}</head><body></body></html>"


@pytest.mark.parametrize(
    "content", ["http:", "http://", "http:/", "HTTP:", "https:///\x04", "http:\x7fêÖ>"]
)
def test_urls_without_a_host_are_dropped_from_metadata(content):
    html = HEAD.format(
        f'<meta property="og:url" content="{content}">'
        f'<meta property="og:image" content="{content}">'
    )
    metadata = newsparse.parse(html).metadata
    assert metadata.canonical_url is None
    assert metadata.image is None


def test_control_characters_leave_no_trace_in_metadata():
    html = HEAD.format(
        '<meta property="og:title" content="Storm\x01 \x1bhits">'
        '<meta name="description" content="a\x01b\x7fc\x85d">'
    )
    article = newsparse.parse(html)
    assert article.title == "Storm hits"
    assert article.metadata.description == "abcd"


def test_lone_surrogates_in_str_input_never_reach_the_output():
    html = HEAD.format('<meta property="og:title" content="Ti\ud800tle">')
    assert newsparse.parse(html).title == "Title"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://e.com/x", "/relative"])
def test_a_non_http_page_url_is_not_echoed(url):
    assert newsparse.parse("<p>x</p>", url).url is None


def test_a_page_url_of_the_wrong_type_is_an_input_error():
    with pytest.raises(newsparse.errors.InputError):
        newsparse.parse("<p>x</p>", 123)  # type: ignore[arg-type]


def test_clean_url_follows_the_url_standard_on_spaces_and_controls():
    assert clean_url(" \x00https://e.com/a\tb\n ") == "https://e.com/ab"
    assert clean_url("https://e.com/a b\x01c") == "https://e.com/a%20b%01c"
    assert clean_url("http://[::1") is None


def test_clean_text_keeps_newlines_and_tabs():
    assert clean_text("a\r\n\tb\x0c\u2028") == "a\n\tb\u2028"


def test_a_port_out_of_range_is_not_a_url():
    assert clean_url("http://user:pass@e.com:99999/") is None
    assert clean_url("http://e.com:8080/a") == "http://e.com:8080/a"


PROSE = "The storm reached the coast on Tuesday night, cutting power to homes. " * 2
FIGURE = (
    "<article><p>{p}</p><figure><img src='pic.jpg'><figcaption>The harbour at "
    "dawn. (Getty Images)</figcaption></figure><p>{p}</p></article>"
)


@pytest.mark.parametrize(
    ("base", "image"),
    [
        ("https://cdn.example.org/a/", "https://cdn.example.org/a/pic.jpg"),
        ("/static/", "https://e.com/static/pic.jpg"),
        ("javascript:alert(1)//", "https://e.com/news/pic.jpg"),
        ("data:text/html,x", "https://e.com/news/pic.jpg"),
    ],
)
def test_base_href_resolves_links_when_it_gives_an_http_url(base, image):
    html = f"<head><base href='{base}'></head>" + FIGURE.format(p=PROSE)
    article = newsparse.parse(html, "https://e.com/news/story.html")
    assert [c.image for c in article.captions] == [image]
