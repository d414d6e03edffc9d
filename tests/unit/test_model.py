from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

import newsparse
from newsparse import Article, Block, BlockKind, Caption, Link, Metadata, PageType


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
