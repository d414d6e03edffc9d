"""Microdata: schema.org ``itemscope``/``itemprop`` markup of the article.

Only the article's own item is read: the item whose ``itemtype`` is an
article type and that holds the page's ``<h1>`` (teasers of other articles
are items too), else the largest such item. A property belongs to the item
when no other item stands between them.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse._dates import parse_date
from newsparse._dom import Document, Node
from newsparse._jsonld import ARTICLE_TYPES
from newsparse._metatags import bcp47, clean_text, split_keywords
from newsparse._precedence import Candidate


__all__ = ["read_microdata"]

_SOURCE = "microdata"
_MAX_ITEMS = 200
_MAX_PROPERTIES = 500


def read_microdata(document: Document) -> Iterator[Candidate]:
    """Candidates from the article's microdata item.

    Args:
        document: The parsed page.

    Yields:
        Candidates for title, authors, publisher, dates, language, section,
        tags, description, image, canonical URL and page type.
    """
    item = _article_item(document)
    if item is None:
        return
    kind = _item_type(item)
    if kind:
        yield Candidate("page_type", _SOURCE, kind)
    authors: list[str] = []
    names: list[str] = []
    for name, node in _properties(item):
        if name in {"headline", "name"} and node.attributes.get("itemscope") is None:
            text = clean_text(_value(node))
            if text and name == "headline":
                yield Candidate("title", _SOURCE, text)
            elif text:
                names.append(text)
        elif name in {"author", "creator"}:
            author = _item_name(node)
            if author:
                authors.append(author)
        elif name == "publisher":
            publisher = _item_name(node)
            if publisher:
                yield Candidate("publisher", _SOURCE, publisher)
        elif name in {"datepublished", "datecreated", "uploaddate"}:
            day = parse_date(_value(node))
            if day is not None:
                yield Candidate("published", _SOURCE, day)
        elif name == "datemodified":
            day = parse_date(_value(node))
            if day is not None:
                yield Candidate("modified", _SOURCE, day)
        elif name == "inlanguage":
            lang = bcp47(_value(node))
            if lang:
                yield Candidate("language", _SOURCE, lang)
        elif name == "articlesection":
            text = clean_text(_value(node))
            if text:
                yield Candidate("section", _SOURCE, text)
        elif name == "keywords":
            yield Candidate("tags", _SOURCE, split_keywords(_value(node)))
        elif name == "description":
            text = clean_text(_value(node))
            if text:
                yield Candidate("description", _SOURCE, text)
        elif name in {"image", "thumbnailurl"}:
            url = _item_url(node)
            if url:
                yield Candidate("image", _SOURCE, url)
    if authors:
        yield Candidate("authors", _SOURCE, tuple(authors))
    if names:
        # An article item's name is its title when it has no headline; a
        # later title candidate from this source never wins over the first.
        yield Candidate("title", _SOURCE, names[0])


def _article_item(document: Document) -> Node | None:
    items = [
        node
        for node in document.css("[itemscope][itemtype]")[:_MAX_ITEMS]
        if _item_type(node) and node.attributes.get("itemprop") is None
    ]
    if not items:
        return None
    with_h1 = [node for node in items if node.css_first("h1") is not None]
    if with_h1:
        return with_h1[-1]  # the innermost item around the headline
    return max(items, key=lambda node: len(node.text(deep=True)))


def _item_type(node: Node) -> str | None:
    """``"article"``-like page type of an item, or None for other items."""
    types = (node.attributes.get("itemtype") or "").split()
    names = {t.rstrip("/").rsplit("/", 1)[-1].lower() for t in types}
    ranks = [ARTICLE_TYPES[n] for n in names if n in ARTICLE_TYPES]
    if not ranks:
        return None
    if "liveblogposting" in names:
        return "live_blog"
    if names & {"imagegallery", "mediagallery"}:
        return "gallery"
    if "videoobject" in names and min(ranks) >= ARTICLE_TYPES["videoobject"]:
        return "video"
    if names & {"collectionpage", "searchresultspage"}:
        return "index"
    if min(ranks) >= ARTICLE_TYPES["webpage"]:
        return None  # a WebPage says nothing about the kind of page
    return "article"


def _properties(item: Node) -> Iterator[tuple[str, Node]]:
    """``(name, node)`` of each property of *item*, not of nested items."""
    for node in item.css("[itemprop]")[:_MAX_PROPERTIES]:
        if _owner(node, item):
            for name in (node.attributes.get("itemprop") or "").lower().split():
                yield name, node


def _owner(node: Node, item: Node) -> bool:
    """Whether *item* is the nearest item above *node*."""
    parent = node.parent
    while parent is not None:
        if parent.mem_id == item.mem_id:
            return True
        if parent.attributes.get("itemscope") is not None:
            return False
        parent = parent.parent
    return False


def _value(node: Node) -> str:
    """A property's value: ``content``, ``datetime``, or the text."""
    attributes = node.attributes
    for attribute in ("content", "datetime"):
        value = attributes.get(attribute)
        if value:
            return value
    return node.text(deep=True)


def _item_url(node: Node) -> str | None:
    attributes = node.attributes
    if attributes.get("itemscope") is not None:
        for name, inner in _properties(node):
            if name in {"url", "contenturl"}:
                return _item_url(inner)
        return None
    for attribute in ("content", "src", "href", "data-src"):
        value = attributes.get(attribute)
        if value and value.strip():
            return value.strip()
    return None


def _item_name(node: Node) -> str | None:
    """The name of a person or organisation property, nested item or text."""
    if node.attributes.get("itemscope") is not None:
        for name, inner in _properties(node):
            if name == "name":
                return clean_text(_value(inner)) or None
    text = clean_text(_value(node))
    return text or None
