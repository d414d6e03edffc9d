"""What kind of page this is, and whether a paywall gates it.

No extractor reports either, yet both decide what a caller should do with
the result: a section front is a list of teasers, not an article, and a
gated article's body is a teaser of the real one. The declarations
(JSON-LD ``@type``, ``og:type``, ``isAccessibleForFree``,
``article:content_tier``) are read with the other metadata; this module
maps them to :class:`~newsparse.PageType` values and reads the page's
structure when nothing is declared.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse import _vocab
from newsparse._dom import Document, Node, class_id_tokens
from newsparse._precedence import Candidate
from newsparse._segment import normalize_space


__all__ = [
    "content_tier",
    "og_page_type",
    "read_structure",
    "schema_page_type",
]

# JSON-LD / microdata types, most telling first.
_SCHEMA_KINDS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"liveblogposting"}), "live_blog"),
    (frozenset({"imagegallery", "mediagallery"}), "gallery"),
    (frozenset({"collectionpage", "searchresultspage", "itemlist"}), "index"),
)
_ARTICLE_SCHEMA = frozenset(
    {"newsarticle", "reportagenewsarticle", "analysisnewsarticle",
     "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
     "askpublicnewsarticle", "blogposting", "article", "techarticle",
     "scholarlyarticle", "socialmediaposting", "discussionforumposting",
     "report", "review", "howto", "recipe"}
)  # fmt: skip

# Teasers: a heading that is (almost) all link, pointing to another page.
_TEASER_MIN = 8
_TEASER_LINK_SHARE = 0.8
_PROSE_MIN_CHARS = 150
_PROSE_MAX_LINK_SHARE = 0.3
# Prose paragraphs under one parent that make an article.
_ARTICLE_RUN = 3
# An unlinked <h1> this long is a headline, not a section's name.
_HEADLINE_WORDS = 5
_MAX_HEADINGS = 400
# A paywall prompt is a few sentences; an element this long is the article.
_PAYWALL_MAX_CHARS = 1500


def schema_page_type(types: frozenset[str] | set[str]) -> str | None:
    """The page type a schema.org ``@type`` set declares, or None."""
    for names, kind in _SCHEMA_KINDS:
        if types & names:
            return kind
    if types & _ARTICLE_SCHEMA:
        return "article"
    if "videoobject" in types:
        return "video"
    return None


def og_page_type(value: str) -> str | None:
    """The page type an ``og:type`` declares; ``website`` declares nothing."""
    kind = value.strip().lower()
    if kind in {"article", "blog", "news", "newsarticle"}:
        return "article"
    if kind.startswith("video"):
        return "video"
    if kind in {"profile", "book", "product", "place", "business.business"} or (
        kind.startswith(("music", "books."))
    ):
        return "other"
    return None


def content_tier(value: str) -> bool | None:
    """``article:content_tier``: ``locked`` or ``metered`` is gated, ``free`` not."""
    tier = value.strip().lower()
    if tier in {"locked", "metered", "premium", "paid"}:
        return True
    if tier == "free":
        return False
    return None


def read_structure(
    document: Document, *, page_type: bool = True, paywall: bool = True
) -> Iterator[Candidate]:
    """Page type from structure, and paywall markup.

    A page with many teaser headings, no headline of its own and no run of
    prose paragraphs is an index page. A
    paywall element (by class or id) that asks the reader to subscribe marks
    the page as gated.

    Args:
        document: The parsed page.
        page_type: Look at the structure for the page type.
        paywall: Look for paywall markup.
    """
    body = document.body
    if body is None:
        return
    if page_type:
        yield from _index_page(body)
    if paywall:
        for node in body.css("[class*=wall i], [id*=wall i]"):
            if not set(class_id_tokens(node)) & _vocab.PAYWALL_TOKENS:
                continue
            text = normalize_space(node.text(deep=True))
            if len(text) <= _PAYWALL_MAX_CHARS and _vocab.PAYWALL_TEXT.search(text):
                yield Candidate("paywalled", "markup", value=True)
                return


def _index_page(body: Node) -> Iterator[Candidate]:
    teasers = 0
    for heading in body.css("h2, h3, h4")[:_MAX_HEADINGS]:
        text = normalize_space(heading.text(deep=True))
        if len(text) < 15:
            continue
        linked = sum(len(normalize_space(a.text(deep=True))) for a in heading.css("a"))
        if linked >= _TEASER_LINK_SHARE * len(text):
            teasers += 1
    if teasers < _TEASER_MIN:
        return
    for heading in body.css("h1"):
        words = normalize_space(heading.text(deep=True)).split()
        if len(words) >= _HEADLINE_WORDS and heading.css_first("a") is None:
            return  # a headline of its own: an article with teasers around it
    # An article runs its paragraphs side by side in one container; an index
    # page's summaries sit one to a teaser card.
    runs: dict[int, int] = {}
    for paragraph in body.css("p"):
        text = normalize_space(paragraph.text(deep=True))
        if len(text) < _PROSE_MIN_CHARS or paragraph.parent is None:
            continue
        linked = sum(len(a.text(deep=True)) for a in paragraph.css("a"))
        if linked < _PROSE_MAX_LINK_SHARE * len(text):
            key = paragraph.parent.mem_id
            runs[key] = runs.get(key, 0) + 1
            if runs[key] >= _ARTICLE_RUN:
                return
    yield Candidate("page_type", "structure", "index")
