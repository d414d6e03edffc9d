from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest

import newsparse
from newsparse import Article, Block, BlockKind, Caption, Link, Metadata, PageType


FIXTURES = Path(__file__).parents[1] / "fixtures" / "pages"


def sample() -> Article:
    return Article(
        title="A title",
        body=(
            Block(kind=BlockKind.HEADING, text="Section", level=2),
            Block(kind=BlockKind.PARAGRAPH, text="First *paragraph*."),
            Block(kind=BlockKind.LIST_ITEM, text="one", level=1, ordered=True),
            Block(kind=BlockKind.LIST_ITEM, text="two", level=1, ordered=True),
            Block(kind=BlockKind.QUOTE, text="Quoted."),
            Block(kind=BlockKind.PREFORMATTED, text="x = 1\ny = 2"),
            Block(kind=BlockKind.TABLE_ROW, text="a | b", cells=("a", "b")),
        ),
        captions=(
            Caption(text="A cat.", credit="Photo: AP", image="https://e.com/c.jpg"),
        ),
        related_links=(Link(text="Other story", url="https://e.com/other"),),
        metadata=Metadata(
            authors=("Ann Smith", "Bo Li"),
            published=dt.datetime(
                2020, 5, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=3))
            ),
            modified=dt.date(2020, 5, 2),
            language="en",
            tags=("a", "b"),
            page_type=PageType.LIVE_BLOG,
            paywalled=False,
            provenance={"authors": "json-ld", "published": "opengraph"},
        ),
        url="https://e.com/a",
    )


def test_article_is_frozen():
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        sample().title = "x"  # type: ignore[misc]


def test_dict_round_trip_is_exact():
    article = sample()
    assert Article.from_dict(article.to_dict()) == article


def test_json_round_trip_is_exact_and_keeps_time_zone():
    article = sample()
    again = Article.from_json(article.to_json())
    assert again == article
    assert again.metadata.published is not None
    assert again.metadata.published.utcoffset() == dt.timedelta(hours=3)
    assert isinstance(again.metadata.modified, dt.date)


def test_json_is_plain_data():
    data = json.loads(sample().to_json())
    assert data["metadata"]["published"] == "2020-05-01T10:00:00+03:00"
    assert data["body"][0] == {
        "kind": "heading",
        "text": "Section",
        "level": 2,
        "cells": [],
        "ordered": False,
    }


def test_from_dict_rejects_unknown_fields():
    data = sample().to_dict()
    data["surprise"] = 1
    with pytest.raises(newsparse.errors.InputError, match="surprise"):
        Article.from_dict(data)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("title",), 5),
        (("url",), True),
        (("body", 0, "level"), True),
        (("body", 0, "level"), "2"),
        (("body", 2, "ordered"), "no"),
        (("metadata", "published"), 20240101),
        (("metadata", "tags", 0), 7),
    ],
)
def test_from_dict_refuses_values_of_another_json_type(path, value):
    # cattrs would call str(5) or bool("no"): data no to_dict() wrote.
    data = sample().to_dict()
    target = data
    for key in path[:-1]:
        target = target[key]
    if isinstance(target, list) and path[-1] >= len(target):
        target.append(value)
    else:
        target[path[-1]] = value
    with pytest.raises(newsparse.errors.InputError, match="not an Article"):
        Article.from_dict(data)


def test_text_joins_blocks_with_blank_lines():
    assert sample().text.startswith("Section\n\nFirst *paragraph*.\n\none")


def test_markdown_keeps_structure():
    md = sample().to_markdown()
    assert md.startswith("# A title\n\n## Section\n\nFirst \\*paragraph\\*.")
    assert "1. one\n1. two" in md
    assert "> Quoted." in md
    assert "```\nx = 1\ny = 2\n```" in md
    assert "| a | b |" in md


def test_empty_article_has_no_sentinels():
    article = Article()
    assert article.text == ""
    assert article.title is None
    assert article.metadata.published is None
    assert article.to_markdown() == ""


PROSE = (
    "The council voted on Tuesday to extend the program for another year, "
    "citing strong demand from residents and local businesses."
)


def extracted_like() -> Article:
    """An Article of the shape parse() returns: prose around the other kinds."""
    return Article(
        title="Council <extends> the program & more",
        body=(
            Block(kind=BlockKind.PARAGRAPH, text=PROSE),
            Block(kind=BlockKind.HEADING, text="What happens next", level=2),
            Block(kind=BlockKind.LIST_ITEM, text="one", level=1, ordered=True),
            Block(kind=BlockKind.LIST_ITEM, text="nested", level=2),
            Block(kind=BlockKind.LIST_ITEM, text="two", level=1, ordered=True),
            Block(kind=BlockKind.QUOTE, text="We are </script> pleased."),
            Block(kind=BlockKind.PREFORMATTED, text="  x = 1\ny = 2"),
            Block(kind=BlockKind.TABLE_ROW, text="a | b", cells=("a", "b")),
            Block(kind=BlockKind.PARAGRAPH, text=f"{PROSE} Again."),
        ),
        captions=(
            Caption(text="A cat.", credit="Photo: AP", image="https://e.com/c.jpg"),
            Caption(text="A dog on a <b>lawn</b>.", image=None),
        ),
        related_links=(
            Link(
                text="Another story about the council",
                url="https://e.com/local/council-budget.html",
            ),
        ),
        metadata=Metadata(
            authors=("Ann Smith", "Bo Li"),
            published=dt.datetime(
                2020, 5, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=3))
            ),
            modified=dt.date(2020, 5, 2),
            language="en-GB",
            site_name="The Paper",
            publisher="Paper Group",
            section="Local",
            tags=("council", "budget"),
            description="The council extends a program.",
            canonical_url="https://e.com/a",
            image="https://e.com/lead.jpg",
            page_type=PageType.ARTICLE,
        ),
        url="https://e.com/a?utm=1",
    )


def without_provenance(article: Article) -> Article:
    """The Article but for where its metadata was read, which to_html changes."""
    return attrs.evolve(article, metadata=attrs.evolve(article.metadata, provenance={}))


def reparsed(article: Article) -> Article:
    return without_provenance(newsparse.parse(article.to_html(), url=article.url))


def test_to_html_parses_back_to_the_same_article():
    article = extracted_like()
    assert reparsed(article) == without_provenance(article)


def test_to_html_puts_metadata_in_head_and_json_ld():
    page = extracted_like().to_html()
    head = page.split("</head>")[0]
    assert '<html lang="en-GB">' in page
    assert '<link rel="canonical" href="https://e.com/a">' in head
    ld = json.loads(
        head.split('<script type="application/ld+json">')[1].split("</script>")[0]
    )
    assert ld["headline"] == "Council <extends> the program & more"
    assert [a["name"] for a in ld["author"]] == ["Ann Smith", "Bo Li"]
    assert ld["datePublished"] == "2020-05-01T10:00:00+03:00"


def test_to_html_escapes_text_that_looks_like_markup():
    page = extracted_like().to_html()
    assert "</script> pleased" not in page
    assert "&lt;b&gt;lawn&lt;/b&gt;" in page
    assert page.count("</script>") == 1


def test_to_html_of_an_empty_article_is_a_page():
    page = Article().to_html()
    assert page.startswith("<!DOCTYPE html>")
    again = newsparse.parse(page)
    assert (again.title, again.body, again.captions, again.related_links) == (
        None,
        (),
        (),
        (),
    )


@pytest.mark.parametrize("variant", ["semantic", "divsoup", "amp"])
def test_extracted_fixtures_are_fixed_points_of_to_html(variant):
    page = FIXTURES / f"sputnik-{variant}" / "source.html"
    article = newsparse.parse(page.read_bytes(), url="https://sputniknews.com/a")
    assert reparsed(article) == without_provenance(article)


def test_provenance_is_an_object_in_json_and_round_trips():
    article = sample()
    data = json.loads(article.to_json())
    assert data["metadata"]["provenance"] == {
        "authors": "json-ld",
        "published": "opengraph",
    }
    assert data["metadata"]["page_type"] == "live_blog"
    again = Article.from_json(article.to_json())
    assert again.metadata.provenance == article.metadata.provenance
    assert again.metadata.page_type is PageType.LIVE_BLOG


def test_provenance_is_read_only_and_metadata_stays_hashable():
    metadata = sample().metadata
    with pytest.raises(TypeError):
        metadata.provenance["authors"] = "byline"  # type: ignore[index]
    assert hash(metadata) == hash(Article.from_dict(sample().to_dict()).metadata)
    assert dict(metadata.provenance) == {"authors": "json-ld", "published": "opengraph"}


def test_provenance_accepts_pairs_and_mappings_alike():
    a = Metadata(provenance={"title": "h1"})
    b = Metadata(provenance=[("title", "h1")])
    assert a == b
    assert Metadata().provenance == {}


def test_from_dict_rejects_a_provenance_that_is_not_an_object():
    data = sample().to_dict()
    data["metadata"]["provenance"] = ["json-ld"]
    with pytest.raises(newsparse.errors.InputError, match="provenance"):
        Article.from_dict(data)
