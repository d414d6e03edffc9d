"""Shrunk examples the properties found, kept as plain regression tests.

Each test names the property that found the bug and says what was wrong.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.errors import NotMarkupError


PROSE = (
    "The council voted on Tuesday to extend the program for another year, "
    "citing strong demand from residents and local businesses."
)


def test_nul_text_is_refused_like_its_bytes():
    """test_str_and_utf8_bytes_give_the_same_article: '\\x00' gave an Article as
    str but NotMarkupError as bytes; text is now judged by its UTF-8 bytes."""
    with pytest.raises(NotMarkupError):
        newsparse.parse(b"\x00")
    with pytest.raises(NotMarkupError):
        newsparse.parse("\x00")
    assert newsparse.parse("\ufeff\x00") == newsparse.parse("\ufeff\x00".encode())


def test_teaser_in_minified_markup_is_a_related_link():
    """test_each_generated_article_is_recovered: with no whitespace between
    the image link and the headline's block, the headline block got both
    links' targets and no URL, so the teaser was lost."""
    teaser = (
        '<div class="x1"><a href="/s/2.html"><img src="/i.jpg" alt=""></a>'
        '<div class="x2"><a href="/s/2.html">Council approves the new budget for schools</a>'
        "</div></div>"
    )
    html = f"<html><body><div><p>{PROSE}</p>{teaser}<p>{PROSE} Again.</p></div></body></html>"
    article = newsparse.parse(html, url="https://example.com/s/1.html")
    assert [(link.text, link.url) for link in article.related_links] == [
        ("Council approves the new budget for schools", "https://example.com/s/2.html")
    ]
    assert "Council approves" not in article.text


def test_devanagari_sentences_read_as_prose():
    """test_each_generated_article_is_recovered: Hindi paragraphs end with the
    danda '।', which did not count as a sentence end, so short paragraphs were
    undecided and the article's first one was dropped."""
    first = "सरकार परिषद मंत्री संसद निवासी शहर। बजट चुनाव पुलिस अदालत, अस्पताल स्कूल। कंपनी मजदूर बाजार।"
    second = "छात्र संग्रहालय स्टेशन हवाई अड्डा बंदरगाह। मंजूरी खारिज खोला बनाया, बढ़ाया घटाया। कल सुबह शाम।"
    html = f"<html><body><article><p>{first}</p><p>{second}</p></article></body></html>"
    assert [b.text for b in newsparse.parse(html).body] == [first, second]


@pytest.mark.parametrize(
    "html",
    [
        '<figure><img src="http://[::1"><figcaption><span class="credit">AP</span></figcaption></figure>',
        '<link rel="canonical" href="http://[::1"><meta property="og:image" content="http://[::1">',
    ],
)
def test_malformed_ipv6_urls_are_ignored(html):
    """test_parse_never_raises_on_arbitrary_markup: urlsplit raised ValueError
    ('Invalid IPv6 URL') deep inside parse for an image or canonical URL."""
    article = newsparse.parse(html)
    assert all(c.image is None for c in article.captions)
    assert article.metadata.canonical_url is None
    assert article.metadata.image is None


def test_paragraph_repeated_around_a_teaser_is_a_fixed_point_of_to_html():
    """test_article_from_any_markup_is_a_fixed_point_of_to_html: the repeat was
    dropped, leaving one block with a related link 'between' nothing, which
    to_html could not place; related links now need two body blocks."""
    prose = f"<p>{PROSE}</p>"
    html = (
        f'<article>{prose}<div><a href="https://example.com/a/b.html">'
        f"Government government government government</a></div>{prose}</article>"
    )
    article = newsparse.parse(html, url="https://example.com/a")
    assert [b.text for b in article.body] == [PROSE]
    assert article.related_links == ()
    assert newsparse.parse(article.to_html(), url=article.url) == article
