"""Related reading offered with the article, as absolute links.

Runs after the article's container is chosen. Every link of the page is
grouped into an *item* (the element around it that points nowhere else: a
teaser card, a list entry, a one-link paragraph) and items into *blocks* (the
list or box holding them). A block is related reading when its label says so
("Related", "Read more:", "Lesen Sie auch", "Читайте также" ...), when its
class words do, or when it sits between the article's paragraphs as an inline
teaser; never when its label or class words say trending, most read, more
from a section or advertising, nor when it sits in the page's chrome or
before the headline.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING
from urllib.parse import urldefrag, urljoin, urlsplit

import attrs

from newsparse import _vocab
from newsparse._dom import Document, Node, attr, class_id_tokens
from newsparse._model import Link
from newsparse._segment import element_text, normalize_space, text_mass


if TYPE_CHECKING:
    from collections.abc import Iterator


__all__ = [
    "RelatedLinks",
    "absolute_http_url",
    "find_related",
    "link_base",
    "resolve_url",
]

_IMAGE_FILE = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|avif|pdf)(?:$|[?#])", re.IGNORECASE
)
# Advertisers' tracking links: paid campaigns and ad networks.
_AD_QUERY = re.compile(
    r"(?:^|&)utm_medium=(?:cpc|ppc|paid|sponsored|affiliates?|display|native)\b",
    re.IGNORECASE,
)
_AD_HOSTS = (
    "doubleclick.",
    "googleadservices.",
    "outbrain.",
    "taboola.",
    "adclick",
    "adnxs.",
    "criteo.",
)
# Paths of index pages (tags, sections, authors), which are not stories.
_HUB_PATH = re.compile(
    r"/(?:category|categories|tag|tags|topic|topics|thema|themen|section|sections"
    r"|author|authors|autor|autoren|auteur|people|profile|staff|rubrique|kategorie"
    r"|kategorien|search|folha-topicos)(?:/|$)",
    re.IGNORECASE,
)
_EMBED_PATH = re.compile(r"/(?:embed|embeds|iframe|widget|widgets)/", re.IGNORECASE)
# Links that name a block or an index rather than a story.
_LINK_LABEL = re.compile(
    r"^(?:more (?:on|from|about|in)\b|see all|view all|show more|all (?:stories|news"
    r"|articles)|see more stories)",
    re.IGNORECASE,
)
# Class and id words of related-reading boxes, in several languages.
_SENTENCE_END = re.compile(r"[.!?…][\"'’”»)]*$")
_RELATED_CLASS = re.compile(
    r"related|similar|see-?also|alsos|more-?on-?this|meme[_-]?sujet|lire-?aussi"
    r"|leia-?tambem|relacionad|correlat|souvisej|also-?read",
    re.IGNORECASE,
)
# A label is a short line; a longer one is a paragraph that mentions a word.
MAX_LABEL_CHARS = 60
# Teaser headlines are at least a few words long; "World" or "Next" is not.
MIN_HEADLINE_CHARS = 12
# A paragraph of at least this much text after a heading makes it a section
# heading of the article.
MIN_PROSE_CHARS = 80
# The article's flow around a section heading holds at least this much text;
# a teaser card around its headline and summary holds less.
MIN_FLOW_CHARS = 800
# A card under an overlaid link holds a headline and a label, not a summary.
MAX_CARD_CHARS = 200
_CHROME_TAGS = frozenset({"header", "footer", "form"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "menu", "search"})
# Class words of site chrome that never hold this article's related reading.
_CHROME_TOKENS = frozenset(
    {"nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead"}
)
# Class words of recirculation and advertising blocks.
_RECIRCULATION_TOKENS = frozenset(
    {
        "trending",
        "popular",
        "mostread",
        "newsfeed",
        "outbrain",
        "taboola",
        "sponsored",
        "sponsor",
        "advert",
        "advertisement",
        "ads",
        "ad",
        "teads",
        "partner",
        "partners",
        "ticker",
        "latest",
        "tags",
        "topics",
        "share",
        "social",
        "comments",
    }
)


# An http(s) URL whose host urlsplit takes as it is: printable ASCII without
# brackets (an IPv6 address is checked), and no tab or line break anywhere
# (urlsplit deletes them, which can move the host).
_PLAIN_URL = re.compile(
    r"https?://(?P<host>[!\"$-.0->@-Z\\^-~]+)"
    r"(?P<path>(?:/[^?#\t\n\r]*)?)(?:\?(?P<query>[^#\t\n\r]*))?(?:#[^\t\n\r]*)?"
)


# A path from the site's root that urljoin and urlsplit give back unchanged:
# no dot segments (checked apart), no ";params", no empty "?" or "#" (which
# they drop), no tab or line break (which they delete).
_ROOT_RELATIVE = re.compile(r"/(?!/)[^?#;\t\n\r]*(?:\?[^#\t\n\r]+)?(?:#[^\t\n\r]+)?")


@functools.lru_cache(maxsize=256)
def _origin(base: str) -> str | None:
    """``scheme://host`` of an http(s) base URL, as urljoin reads it."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return None
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


def resolve_url(href: str | None, base: str | None) -> str | None:
    """Resolve *href* against *base*; None unless the result is http(s).

    The one place where the page's URLs are resolved: ``urllib`` raises
    ValueError on malformed URLs (an unclosed IPv6 bracket), and a page must
    never make :func:`newsparse.parse` crash that way.
    """
    href = href.strip() if href else ""
    if not href:
        return None
    # An absolute link without dot segments is what urljoin would return,
    # and one with a plain host is what urlsplit accepts: most links are,
    # and urljoin and urlsplit cost as much as the rest of the link finder.
    dotted = "/." in href
    plain = href.startswith(("http://", "https://")) and not dotted
    if plain and _PLAIN_URL.fullmatch(href):
        return href
    if base and not dotted and _ROOT_RELATIVE.fullmatch(href):
        # "/path?query": urljoin puts the base's origin before it as it is
        origin = _origin(base)
        if origin is not None and _PLAIN_URL.fullmatch(origin + href):
            return origin + href
    try:
        joined = urljoin(base, href) if base and not plain else href
        parts = urlsplit(joined)
    except ValueError:
        return None
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return None
    return joined


def absolute_http_url(href: str, base: str | None) -> str | None:
    """Resolve *href* against *base*, without its fragment; None unless http(s)."""
    if href.strip().startswith("#"):
        return None
    joined = resolve_url(href, base)
    if joined is None:
        return None
    return urldefrag(joined).url if "#" in joined else joined


def link_base(document: Document, url: str | None) -> str | None:
    """The URL relative links resolve against: ``<base href>``, else *url*.

    As in a browser, the first ``<base href>`` wins, resolved against the
    page's URL; one that does not give an http(s) URL (``javascript:``,
    ``data:``) is ignored. The base is only ever used to resolve links
    textually: nothing is fetched.
    """
    node = document.css_first("base[href]")
    href = attr(node, "href") if node is not None else None
    return resolve_url(href, url) or url


@attrs.frozen
class RelatedLinks:
    """The related links, and the elements whose text must leave the body."""

    links: tuple[Link, ...]
    elements: frozenset[int]


@attrs.frozen(kw_only=True)
class ArticlePlace:
    """Where the article is in the tree, by element ``mem_id``.

    Attributes:
        container: The element holding the article's text.
        start: The element where the article's header starts (its headline).
        body: The elements of the body's blocks.
        captions: Caption elements of the article's own pictures: a picture
            that links to its gallery is not a related link.
    """

    container: int
    start: int
    body: frozenset[int]
    captions: frozenset[int] = frozenset()


@attrs.define
class _Item:
    node: Node
    url: str
    text: str
    prefix: str
    first: int
    last: int


def find_related(
    root: Node, place: ArticlePlace, *, base: str | None, page_urls: set[str]
) -> RelatedLinks:
    """The links the page offers as related reading for its article.

    Args:
        root: The cleaned tree.
        place: Where the article is.
        base: URL that relative links resolve against.
        page_urls: The page's own URLs, never a related link.

    Returns:
        Links in page order, one per URL, and the elements (items and their
        labels) that are not body text.
    """
    index = _Index(root, base)
    container_at = index.order.get(place.container)
    if container_at is None:
        return RelatedLinks((), frozenset())
    container = index.elements[container_at]
    start = index.order.get(place.start, 0)
    body = sorted(index.order[i] for i in place.body if i in index.order)
    first_body, last_body = (body[0], body[-1]) if body else (-1, -1)

    links: list[Link] = []
    seen = set(page_urls)
    elements: set[int] = set()
    items = [i for i in _items(index, place.captions) if i.url not in seen]
    for group in _groups(items, index):
        if group[0].first < start:
            continue  # before the headline: the site's header and menus
        block = _common_ancestor([i.node for i in group])
        label_node, label = _label(_entry(group[0].node, block), block)
        inside = index.within(block, container.mem_id)
        verdict = _verdict(block, group, label)
        named = verdict is not None
        if verdict is None:
            # Unnamed links inside the article: teasers between its
            # paragraphs, or a short list closing it.
            at = group[0].first
            verdict = (
                inside
                and (
                    (first_body < at < last_body and len(group) <= 4)
                    or (at > last_body and not label and 2 <= len(group) <= 8)
                )
                and not any(_in_prose(i, index) for i in group)
            )
        if not verdict or (not inside and _chrome(block)):
            continue
        for item in group:
            elements.update(index.ids(item.node))
            if item.url in seen:
                continue
            seen.add(item.url)
            links.append(Link(text=item.text, url=item.url))
        if label_node is not None and _is_label(label_node, label, named=named):
            elements.update(index.ids(label_node))
    return RelatedLinks(tuple(links), frozenset(elements))


def _is_label(node: Node, text: str, *, named: bool) -> bool:
    """Whether the short text before a block is its label, not article text.

    A related-reading label always is. Otherwise only a block that its label
    or class words named has one, and only a heading or a line that is not
    a sentence ("Más noticias"), never "Police used a ram to force the door."
    """
    if _vocab.RELATED_LABEL.match(text):
        return True
    if not named:
        return False
    return node.tag in _vocab.HEADING_TAGS or not _SENTENCE_END.search(text)


# -- items ------------------------------------------------------------------------


class _Index:
    """The tree in document order, with what the link finder asks often.

    Built once per page so that questions about an element (its text length,
    the link targets inside it) cost a lookup, not a walk of its subtree.
    """

    def __init__(self, root: Node, base: str | None) -> None:
        # Lexbor lists the elements in document order, *root* first, in one
        # C call; a Python walk of .child/.next costs three times as much.
        self.elements: list[Node] = root.css("*")
        if not self.elements or self.elements[0].mem_id != root.mem_id:
            self.elements.insert(0, root)
        self.mem_ids = [n.mem_id for n in self.elements]
        self.order: dict[int, int] = {m: i for i, m in enumerate(self.mem_ids)}
        count = len(self.elements)
        self.end = list(range(count))
        parents = [-1]
        parents.extend(
            self.order.get(n.parent.mem_id, -1) if n.parent is not None else -1
            for n in self.elements[1:]
        )
        for i in range(count - 1, -1, -1):
            parent = parents[i]
            if parent >= 0 and self.end[i] > self.end[parent]:
                self.end[parent] = self.end[i]
        own = [0] * count
        for node in root.traverse(include_text=True):
            text = node.text_content  # None unless a text node
            # (most text nodes are the indentation between tags: length 0)
            if text and not text.isspace() and node.parent is not None:
                position = self.order.get(node.parent.mem_id)
                if position is not None:
                    own[position] += _spaced_length(text)
        self.own = own  # characters of each element's own text children
        self.chars = [0]
        for length in own:
            self.chars.append(self.chars[-1] + length)
        self.anchors: list[int] = []
        self.targets: dict[int, str | None] = {}
        resolved: dict[str, str | None] = {}
        links: list[int] = []  # every a[href], for select(); anchors link somewhere
        for anchor in root.css("a[href]"):
            position = self.order.get(anchor.mem_id)
            if position is None:
                continue
            links.append(position)
            href = attr(anchor, "href")
            if not href:
                continue
            if href not in resolved:
                resolved[href] = _target(href, base)
            self.anchors.append(position)
            self.targets[position] = resolved[href]
        self.anchors.sort()
        self._texts: dict[int, str] = {}
        self._root = root
        self._matches: dict[str, list[int]] = {"a[href]": sorted(links)}

    def within(self, node: Node, ancestor_id: int) -> bool:
        """Whether *node* is the element *ancestor_id* or inside it."""
        ancestor = self.order.get(ancestor_id)
        position = self.order.get(node.mem_id)
        if ancestor is not None and position is not None:
            return ancestor <= position <= self.end[ancestor]
        current: Node | None = node
        while current is not None:
            if current.mem_id == ancestor_id:
                return True
            current = current.parent
        return False

    def subtree(self, node: Node) -> list[Node]:
        """*node* and every element inside it, in order (``node.css("*")``)."""
        i = self.order.get(node.mem_id)
        if i is None:
            return node.css("*")
        return self.elements[i : self.end[i] + 1]

    def ids(self, node: Node) -> set[int]:
        """``mem_id`` of *node* and of every element inside it."""
        i = self.order.get(node.mem_id)
        if i is None:
            return {n.mem_id for n in node.css("*")}
        return set(self.mem_ids[i : self.end[i] + 1])

    def select(self, node: Node, selector: str) -> list[Node]:
        """``node.css(selector)``, for a selector that looks at one element only.

        Lexbor compiles the selector again at every call, which costs more
        than the match in a small subtree; the index matches each selector
        once on the whole page and reads the subtree's share off it.
        """
        i = self.order.get(node.mem_id)
        if i is None:
            return node.css(selector)
        positions = self._matches.get(selector)
        if positions is None:
            found = (self.order.get(n.mem_id) for n in self._root.css(selector))
            positions = sorted(p for p in found if p is not None)
            self._matches[selector] = positions
        low = bisect_left(positions, i)
        high = bisect_right(positions, self.end[i])
        return [self.elements[p] for p in positions[low:high]]

    def last(self, node: Node) -> int:
        """Order of the last element inside *node* (or of *node*)."""
        return self.end[self.order.get(node.mem_id, 0)]

    def text_length(self, node: Node) -> int:
        """About how many characters of text *node* holds."""
        i = self.order.get(node.mem_id, 0)
        return self.chars[self.end[i] + 1] - self.chars[i]

    def target(self, anchor: Node) -> str | None:
        return self.targets.get(self.order.get(anchor.mem_id, -1))

    def targets_in(self, node: Node) -> set[str | None]:
        i = self.order.get(node.mem_id, 0)
        low = bisect_left(self.anchors, i)
        high = bisect_right(self.anchors, self.end[i])
        return {self.targets[a] for a in self.anchors[low:high]}

    def text(self, node: Node) -> str:
        cached = self._texts.get(node.mem_id)
        if cached is None:
            cached = self._texts[node.mem_id] = element_text(node)
        return cached


def _items(index: _Index, captions: frozenset[int]) -> Iterator[_Item]:
    """One item per element that is essentially one story link, in order."""
    done: set[int] = set()
    for position in index.anchors:
        anchor = index.elements[position]
        url = index.targets[position]
        if anchor.mem_id in done or url is None or not _story(url):
            continue
        node = _item_node(anchor, url, index)
        if node.mem_id in done:
            continue
        inner = index.ids(node)
        done |= inner
        if inner & captions or _inside_any(node, captions):
            continue  # the article's own picture, opening its gallery
        # (the filters below are pure: cheaper and more selective ones first)
        headline = _headline(node, index)
        if (
            _LINK_LABEL.match(headline)
            or len(headline) < MIN_HEADLINE_CHARS
            # one word is a label ("World", "Next"); Chinese and Japanese
            # headlines have no spaces, their characters are their words
            or (len(headline.split()) < 2 and text_mass(headline) == len(headline))
        ):
            continue
        if len(headline) <= 30 and (
            _vocab.RELATED_LABEL.match(headline)
            or _vocab.RECIRCULATION_LABEL.match(headline)
        ):
            continue  # a block's label that happens to be a link
        shown = any(_shown_text(a, index) for a in index.select(node, "a[href]"))
        if not shown and not _overlaid(node, index):
            continue  # an image or icon link; its story has a text link too
        prefix = _prefix(node, anchor, index)
        labelled = _vocab.RELATED_LABEL.match(prefix or index.text(node)) is not None
        if labelled and node.tag in _vocab.HEADING_TAGS:
            continue  # "More from this stream: <hub>" names a block
        if not labelled and not _link_block(node, index):
            continue  # a link inside the article's sentences
        yield _Item(
            node,
            url,
            headline,
            prefix,
            index.order.get(node.mem_id, 0),
            index.last(node),
        )


def _link_block(node: Node, index: _Index) -> bool:
    """Whether the item stands as a link of its own, not in a sentence.

    It does when its link fills its line (a one-link paragraph), when the
    line is a run of links ("A | B | C"), or when the item is a card whose
    headline link stands in an element of its own above a summary.
    """
    line, line_links = _line(node, index)
    if not line:
        return False
    item_links = sum(len(index.text(a)) for a in index.select(node, "a[href]")) or len(
        index.text(node)
    )
    if item_links >= 0.8 * len(line):
        return True
    if line_links >= 0.7 * len(line):
        return True
    if node.tag not in {"li", "article", "div", "section"}:
        return False
    # A card: its headline link stands in an element of its own.
    for link in index.select(node, "a[href]"):
        own = _block_around(link)
        if own.mem_id != node.mem_id and index.text(own) == index.text(link) != "":
            return True
    return any(
        _in_link(h, node) or bool(index.select(h, "a[href]"))
        for h in index.select(node, _vocab.HEADING_SELECTOR)
    )


@functools.lru_cache(maxsize=4096)
def _story(url: str) -> bool:
    """Whether a URL can be a story.

    Not a tag, section or home page, a short link, an embedded widget or an
    advertiser's tracking link. Memoised: a page links the same URL from its
    headline, its picture and its summary.
    """
    plain = _PLAIN_URL.fullmatch(url)
    if plain is not None:  # split as urlsplit would, without its cost
        netloc, path, query = plain.group("host", "path", "query")
        query = query or ""
    else:
        try:
            netloc, path, query = urlsplit(url)[1:4]
        except ValueError:  # an unclosed IPv6 bracket
            return False
    if _HUB_PATH.search(path) or len(path.strip("/")) < 6:
        return False
    if _EMBED_PATH.search(path):
        return False  # the fallback link of an embedded widget
    if _AD_QUERY.search(query):
        return False
    return not any(host in netloc for host in _AD_HOSTS)


def _line(node: Node, index: _Index) -> tuple[str, int]:
    """The visual line holding *node*, and how much of it is link text.

    For a block element that is its own text; for an inline one, the run of
    text and inline elements between the block elements around it.
    """
    if node.tag in _vocab.BLOCK_TAGS:
        text = index.text(node)
        return text, sum(len(index.text(a)) for a in index.select(node, "a[href]"))
    parent = node.parent
    if parent is None or not any(
        c.tag in _vocab.BLOCK_TAGS for c in _children(parent) if c.is_element_node
    ):
        block = _block_around(node)
        links = sum(len(index.text(a)) for a in index.select(block, "a[href]"))
        return index.text(block), links
    run: list[Node] = [node]
    for step in ("prev", "next"):
        sibling = getattr(node, step)
        while sibling is not None and not (
            sibling.is_element_node and sibling.tag in _vocab.BLOCK_TAGS
        ):
            run.append(sibling)
            sibling = getattr(sibling, step)
    text = normalize_space(
        " ".join(
            (n.text_content or "") if n.is_text_node else n.text(separator=" ")
            for n in run
            if n.is_text_node or n.is_element_node
        )
    )
    links = sum(
        len(index.text(a))
        for n in run
        if n.is_element_node
        for a in ([n] if n.tag == "a" else index.select(n, "a[href]"))
    )
    return text, links


def _children(node: Node) -> Iterator[Node]:
    child = node.child
    while child is not None:
        yield child
        child = child.next


def _block_around(node: Node) -> Node:
    """*node* if it is a block, else the nearest block element around it."""
    current: Node | None = node
    while current is not None:
        if current.tag in _vocab.BLOCK_TAGS:
            return current
        current = current.parent
    return node


def _target(href: str, base: str | None) -> str | None:
    if _IMAGE_FILE.search(href):
        return None
    return absolute_http_url(href, base)


def _item_node(anchor: Node, url: str, index: _Index) -> Node:
    """The largest element around *anchor* whose links all go to *url*.

    It stops below an element that holds a heading of its own (a block's
    label such as "Related"): that element is the block, not the item.
    """
    best = anchor
    current = anchor.parent
    for _ in range(4):
        if current is None or current.tag in {"body", "html", "main", "article"}:
            break
        if index.text_length(current) > 400:
            break
        targets = index.targets_in(current)
        targets.discard(None)
        if targets != {url}:
            break
        if _prose_children(current, anchor, index) >= 2:
            break  # the article's paragraphs around an inline teaser
        if any(
            _label_heading(h, current, url, index)
            for h in index.select(current, _vocab.HEADING_SELECTOR)
        ):
            break
        best = current
        current = current.parent
    return best


def _prose_children(node: Node, anchor: Node, index: _Index) -> int:
    """How many children of *node* hold a paragraph's worth of other text.

    A teaser card has one (its summary); the article's text container, when
    it is short, holds the teaser between two paragraphs or more. Text is
    weighed as prose is (a Chinese character counts three).
    """
    return sum(
        1
        for child in _children(node)
        if child.is_element_node
        and not index.within(anchor, child.mem_id)
        and text_mass(index.text(child)) >= MIN_PROSE_CHARS
    )


def _label_heading(heading: Node, item: Node, url: str, index: _Index) -> bool:
    """Whether a heading in *item* is a label, not the item's headline.

    A headline has a link to *url* in it or around it.
    """
    if heading.mem_id == item.mem_id or _in_link(heading, item):
        return False
    return not any(index.target(a) == url for a in index.select(heading, "a[href]"))


def _in_link(node: Node, stop: Node) -> bool:
    current: Node | None = node
    while current is not None and current.mem_id != stop.mem_id:
        if current.tag == "a":
            return True
        current = current.parent
    return False


def _headline(node: Node, index: _Index) -> str:
    """The teaser's headline.

    A heading inside its link, else its longest link text, without a label
    it may start with ("Also on rt.com …").
    """
    text = ""
    for heading in index.select(node, _vocab.HEADING_SELECTOR):
        if _in_link(heading, node) or node.tag == "a":
            text = index.text(heading)
            if text:
                break
    if not text:
        links = index.select(node, "a[href]")
        text = max((index.text(a) for a in links), key=len, default="")
        text = text or _without_labels(node, index)
    label = _vocab.RELATED_LABEL.match(text)
    if label is not None and label.end() < len(text):
        text = text[label.end() :].strip(" :|-–—»›")
    return text


def _in_prose(item: _Item, index: _Index) -> bool:
    """Whether an unnamed item is part of the article's own text.

    It is when its text starts in lower case ("fixed an issue with …") or
    when it is a section heading that the article's text follows ("20) Faces
    Places", then the review).
    """
    first = index.text(item.node)[:1]
    if first.isalpha() and first.islower():
        return True
    heading = _enclosing(item.node, _vocab.HEADING_TAGS)
    if heading is None or heading.parent is None:
        return False
    if index.text_length(heading.parent) < MIN_FLOW_CHARS:
        return False  # a card: its headline over its summary
    after = _next_element(heading)
    for _ in range(3):  # past a picture or an embed under the heading
        if after is None or after.tag in _vocab.HEADING_TAGS:
            return False
        if after.tag in {"p", "ul", "ol"}:
            return _mostly_prose(after, index)
        after = _next_element(after)
    return False


def _enclosing(node: Node, tags: set[str] | frozenset[str]) -> Node | None:
    """*node* or its parent or grandparent, if one has one of *tags*."""
    current: Node | None = node
    for _ in range(3):
        if current is None:
            return None
        if current.tag in tags:
            return current
        current = current.parent
    return None


def _mostly_prose(node: Node, index: _Index) -> bool:
    text = index.text(node)
    links = sum(len(index.text(a)) for a in index.select(node, "a[href]"))
    return len(text) >= MIN_PROSE_CHARS and links <= 0.5 * len(text)


def _next_element(node: Node) -> Node | None:
    sibling = node.next
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.next
    return sibling


def _overlaid(node: Node, index: _Index) -> bool:
    """Whether *node* is a card under an empty link laid over it.

    Such a card's text is its headline, though no link holds it.
    """
    if (
        node.tag in {"a", "p"}
        or node.tag in _vocab.HEADING_TAGS
        or index.select(node, "h1")
    ):
        return False
    pictures = "img, picture, svg, video"
    if any(index.select(a, pictures) for a in index.select(node, "a[href]")):
        return False  # a picture link beside the text, not a link laid over it
    text = _shown_text(node, index)
    return MIN_HEADLINE_CHARS <= len(text) <= MAX_CARD_CHARS


def _shown_text(node: Node, index: _Index) -> str:
    """Text of *node* without what only screen readers get."""
    text = index.text(node)
    if not text:
        return text
    for inner in index.select(node, "[class]"):
        if _vocab.SCREEN_READER_CLASS.search(attr(inner, "class") or ""):
            text = text.replace(index.text(inner), "", 1)
    return normalize_space(text)


def _without_labels(node: Node, index: _Index) -> str:
    """Text of *node* without an element that is only a label ("Read more")."""
    text = index.text(node)
    for inner in index.subtree(node):
        words = index.text(inner)
        label = _vocab.RELATED_LABEL.match(words) if len(words) <= 30 else None
        if label is not None and not words[label.end() :].strip(" :»›→"):
            text = text.replace(words, "", 1)
    return normalize_space(text)


def _prefix(node: Node, anchor: Node, index: _Index) -> str:
    """Text of *node* before its first link, such as "Read more:"."""
    full = index.text(node)
    link = index.text(anchor)
    position = full.find(link) if link else -1
    return full[:position].strip() if position > 0 else ""


# -- blocks ------------------------------------------------------------------------


def _groups(items: list[_Item], index: _Index) -> Iterator[list[_Item]]:
    """Runs of items with nothing but short meta text between them."""
    group: list[_Item] = []
    for item in items:
        if (
            group
            and _gap_is_quiet(group[-1].last, item.first, index)
            and _same_shape(group[-1].node, item.node)
        ):
            group.append(item)
            continue
        if group:
            yield group
        group = [item]
    if group:
        yield group


# Between two teasers of one list there may be a date, a kicker or "Video";
# more text than this is an article paragraph or another block's label.
MAX_GAP_CHARS = 40


def _gap_is_quiet(after: int, before: int, index: _Index) -> bool:
    for position in range(after + 1, before):
        if not index.own[position]:
            continue  # only whitespace of its own: most elements
        node = index.elements[position]
        own = _own_text(node)
        if not own:
            continue
        if len(own) > MAX_GAP_CHARS or (
            node.tag in _vocab.HEADING_TAGS and len(own) > 25
        ):
            return False
        if _vocab.RELATED_LABEL.match(own) or _vocab.RECIRCULATION_LABEL.match(own):
            return False
    return True


def _same_shape(a: Node, b: Node) -> bool:
    """Whether two items are entries of one list.

    They are when they have the same tag and class, or when below their
    lowest common element both branches start with the same tag and class.
    """
    if (a.tag, _first_class(a)) == (b.tag, _first_class(b)) and a.tag != "a":
        return True
    top = _common_ancestor([a, b])
    heads = []
    for node in (a, b):
        current = node
        while current.parent is not None and current.parent.mem_id != top.mem_id:
            current = current.parent
        heads.append((current.tag, _first_class(current)))
    return heads[0] == heads[1]


def _first_class(node: Node) -> str:
    names = (attr(node, "class") or "").split()
    return names[0] if names else ""


def _common_ancestor(nodes: list[Node]) -> Node:
    """The lowest element holding all *nodes*.

    For a single node, its parent (past a bare list wrapper).
    """
    if len(nodes) == 1:
        parent = nodes[0].parent or nodes[0]
        if parent.tag in {"ul", "ol"} and parent.parent is not None:
            return parent.parent
        return parent
    chain: list[Node] = []
    current: Node | None = nodes[0]
    while current is not None:
        chain.append(current)
        current = current.parent
    ids = [n.mem_id for n in chain]
    deepest = 0
    for node in nodes[1:]:
        current = node
        while current is not None and current.mem_id not in ids:
            current = current.parent
        if current is None:
            return chain[-1]
        deepest = max(deepest, ids.index(current.mem_id))
    return chain[deepest]


def _entry(node: Node, block: Node) -> Node:
    """The child of *block* that holds *node* (its list entry or card)."""
    current = node
    while current.parent is not None and current.parent.mem_id != block.mem_id:
        current = current.parent
        if current.tag in {"body", "html"}:
            return node
    return current


def _label(first: Node, block: Node) -> tuple[Node | None, str]:
    """The short line that names a block: the text right before its first item.

    Looks at the previous siblings of the item, then of its ancestors up to
    a few levels above the block, and takes the first text it meets if that
    text is short.
    """
    above = 0
    passed = False
    current: Node | None = first
    while current is not None and current.tag not in {"body", "article", "main"}:
        sibling = current.prev
        while sibling is not None:
            if sibling.is_element_node:
                text = element_text(sibling)
                if text:
                    short = len(text) <= MAX_LABEL_CHARS or (
                        len(text) <= 2 * MAX_LABEL_CHARS
                        and _vocab.RELATED_LABEL.match(text) is not None
                    )
                    return (sibling, text) if short else (None, "")
            elif (sibling.text_content or "").strip():
                text = normalize_space(sibling.text_content or "")
                return (None, text) if len(text) <= MAX_LABEL_CHARS else (None, "")
            sibling = sibling.prev
        passed = passed or current.mem_id == block.mem_id
        if passed:
            above += 1
            if above > 3:
                break
        current = current.parent
    return None, ""


def _verdict(block: Node, items: list[_Item], label: str) -> bool | None:
    """Related (True), not related (False), or not said (None)."""
    if all(i.prefix and _vocab.RELATED_LABEL.match(i.prefix) for i in items):
        return True
    if label and _vocab.RELATED_LABEL.match(label):
        return True
    if label and _vocab.RECIRCULATION_LABEL.match(label):
        return False
    if _ancestor_tokens(block, levels=3) & _RECIRCULATION_TOKENS:
        return False
    if _RELATED_CLASS.search(_ancestor_names(block, levels=3)):
        return True
    return None


def _chrome(block: Node) -> bool:
    """Whether a block sits in the page's header, footer or navigation."""
    chain: list[Node] = []
    current: Node | None = block
    while current is not None and current.tag not in {"body", "html"}:
        chain.append(current)
        current = current.parent
    if any(n.tag == "article" for n in chain):
        return False  # the article's own header or footer
    for current in chain:
        if current.tag in _CHROME_TAGS or attr(current, "role") in _CHROME_ROLES:
            return True
        if any(t in _CHROME_TOKENS for t in class_id_tokens(current)):
            return True
    return False


def _ancestor_names(node: Node, levels: int) -> str:
    names: list[str] = []
    current: Node | None = node
    for _ in range(levels):
        if current is None:
            break
        names.extend(filter(None, (attr(current, "class"), attr(current, "id"))))
        current = current.parent
    return " ".join(names)


def _ancestor_tokens(node: Node, levels: int) -> set[str]:
    words: set[str] = set()
    current: Node | None = node
    for _ in range(levels):
        if current is None:
            break
        words.update(class_id_tokens(current))
        current = current.parent
    return words


# -- small tree helpers ---------------------------------------------------------------


def _own_text(node: Node) -> str:
    """Text of the element's own text children, not of its elements."""
    parts: list[str] = []
    child = node.child
    while child is not None:
        if child.is_text_node:
            parts.append(child.text_content or "")
        child = child.next
    return normalize_space("".join(parts))


def _spaced_length(text: str) -> int:
    """Length of a text with its runs of whitespace counted as one space."""
    return len(" ".join(text.split()))


def _inside_any(node: Node, ids: frozenset[int]) -> bool:
    current: Node | None = node
    while current is not None:
        if current.mem_id in ids:
            return True
        current = current.parent
    return False
