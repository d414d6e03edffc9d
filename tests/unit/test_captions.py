from __future__ import annotations

import pytest

import newsparse
from newsparse._captions import split_credit


PROSE = (
    "The council voted on Tuesday to extend the program for another year, "
    "citing strong demand from residents and local businesses."
)


@pytest.mark.parametrize(
    ("raw", "text", "credit"),
    [
        ("A man walks by. (Getty Images)", "A man walks by.", "Getty Images"),
        ("A man walks by. Photo: AP", "A man walks by.", "Photo: AP"),
        (
            "Протест в Москве. Фото: РИА Новости",
            "Протест в Москве.",
            "Фото: РИА Новости",
        ),
        ("Firefighters at work / AFP", "Firefighters at work", "/ AFP"),
        ("A quiet street in Rome.", "A quiet street in Rome.", None),
    ],
)
def test_split_credit(raw, text, credit):
    assert split_credit(raw) == (text, credit)


def test_figcaption_goes_to_captions_not_body():
    html = (
        f"<article><p>{PROSE}</p><figure><img src='/p.jpg'>"
        "<figcaption>Voters queue outside. <span class='credit'>Photo: Jo Bloggs</span>"
        f"</figcaption></figure><p>{PROSE} More.</p></article>"
    )
    article = newsparse.parse(html, url="https://example.org/a")
    assert article.captions == (
        newsparse.Caption(
            text="Voters queue outside.",
            credit="Photo: Jo Bloggs",
            image="https://example.org/p.jpg",
        ),
    )
    assert "Voters queue" not in article.text


def test_inline_teaser_is_a_related_link():
    html = (
        f"<article><p>{PROSE}</p><div class='inline-teaser'><a href='/other'>"
        "Mayor resigns after budget row</a></div>"
        f"<p>{PROSE} More.</p></article>"
    )
    article = newsparse.parse(html, url="https://example.org/a")
    assert article.related_links == (
        newsparse.Link(
            text="Mayor resigns after budget row", url="https://example.org/other"
        ),
    )
    assert "Mayor resigns" not in article.text


def test_javascript_links_are_not_related_links():
    html = (
        f"<article><p>{PROSE}</p><p><a href='javascript:void(0)'>"
        "Click here to open the gallery now</a></p>"
        f"<p>{PROSE} More.</p></article>"
    )
    assert newsparse.parse(html, url="https://example.org/a").related_links == ()
