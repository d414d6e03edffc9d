"""The byline and dates the page shows by its headline, not those nearby.

Markup is the last resort for authors and dates, and the riskiest: a page
also shows other articles' bylines and dates (teasers, "most read"), the
commenters' names and times, and the site's footer. So the search runs only
inside the article's own container (the ``<article>`` or schema.org item that
holds the headline, else ``<main>``, else the body), skips every subtree that
belongs to something else (``<aside>``, ``<nav>``, nested ``<article>``
teasers, and elements whose class or id names comments, sidebars, related
stories...), and takes the first match in document order: a header byline
comes before anything the article's own footer shows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

from newsparse import _vocab
from newsparse._dates import find_date, parse_date
from newsparse._dom import Document, Node, class_id_tokens
from newsparse._metatags import clean_text
from newsparse._precedence import Candidate
from newsparse._segment import element_text, normalize_space


__all__ = ["article_root", "read_headline", "read_markup"]

# A picture's caption names its photographer ("By Ann Lee"), not the author.
_SKIP_TAGS = frozenset(
    {"aside", "nav", "form", "dialog", "template", "noscript", "figure", "figcaption"}
)
_SKIP_ROLES = frozenset({"complementary", "navigation", "dialog", "banner"})
_BYLINE_SELECTOR = ", ".join(
    [
        "[rel~=author]",
        "[itemprop~=author]",
        "[itemprop~=creator]",
        *(f"[class*={token} i]" for token in sorted(_vocab.BYLINE_TOKENS)),
        *(f"[id*={token} i]" for token in sorted(_vocab.BYLINE_TOKENS)),
    ]
)
# Inner elements of a byline block that hold one name each: marked as such,
# or links to an author page (``/author/ann-lee``, ``/profile/...``).
_NAME_SELECTOR = ", ".join(
    [
        "[rel~=author]",
        "[itemprop~=name]",
        "[itemprop~=author]",
        "[class~=fn]",
        "[class*=name i]",
        *(
            f'a[href*="{part}" i]'
            for part in (
                "/author",
                "/autor",
                "/auteur",
                "/profile",
                "/people/",
                "/staff/",
                "/writer",
                "/journalist",
                "/reporter",
            )
        ),
    ]
)
_BYLINE_MAX_CHARS = 200
# A "By ..." line this long with two sentences in it is a paragraph.
_PROSE_CHARS = 100
_DATE_TOKENS = frozenset(
    {"date", "dateline", "time", "timestamp", "published", "pubdate", "posted",
     "datetime", "meta", "info", "created", "publish"}
)  # fmt: skip
_MODIFIED_TOKENS = frozenset(
    {"updated", "modified", "update", "edited", "lastmod", "revised"}
)
_PUBLISHED_TOKENS = frozenset({"published", "pubdate", "publish", "created", "posted"})
_DATE_TEXT_MAX_CHARS = 120
# "Updated", in the seven languages, as a label before a date.
_UPDATED = re.compile(
    r"\b(?:updated|modified|last updated|обновлено|aktualisiert|mis à jour"
    r"|actualizado|atualizado|aggiornato)\b\W*(?:on|am|le|el|em|il)?\W*$",
    re.IGNORECASE,
)
# The label and the date it introduces, up to the next separator.
_UPDATED_PHRASE = re.compile(
    r"\b(?:updated|modified|обновлено|aktualisiert|mis à jour|actualizado"
    r"|atualizado|aggiornato)\b[^|;•]*",
    re.IGNORECASE,
)
# How far before a <time> its label may start.
_LABEL_CHARS = 24
# "By Ann Lee" as the start of a short block near the headline.
_BY_LINE = re.compile(
    r"^\s*(?:by|von|par|por|di|автор|авторы|text|texto|texte|testo)\s*:?\s+\S",
    re.IGNORECASE,
)
# How many blocks after the headline may hold a "By ..." line.
_BY_LINE_WINDOW = 12
# Longer raw text (indentation included) is a container, not a line.
_BY_LINE_SCAN_CHARS = 2000


def article_root(document: Document) -> Node | None:
    """The element that holds the article: what the markup search looks in.

    The innermost ``<article>`` or article-typed item around the page's
    first ``<h1>``; else the only ``<article>``; else ``<main>`` or
    ``role=main``; else the body.
    """
    body = document.body
    if body is None:
        return None
    headline = body.css_first("h1")
    if headline is not None:
        node = headline.parent
        while node is not None and node.mem_id != body.mem_id:
            if node.tag == "article" or _is_article_item(node):
                return node
            node = node.parent
    articles = body.css("article")
    if len(articles) == 1:
        return articles[0]
    main = body.css_first("main, [role=main]")
    return main if main is not None else body


def _is_article_item(node: Node) -> bool:
    itemtype = (node.attributes.get("itemtype") or "").lower()
    return node.attributes.get("itemscope") is not None and (
        "article" in itemtype or "posting" in itemtype
    )


def read_headline(document: Document) -> Iterator[Candidate]:
    """The text of the page's one ``<h1>``; nothing when there are several."""
    nodes = [n for n in document.css("h1") if normalize_space(n.text(deep=True))]
    if len(nodes) == 1:
        text = clean_text(_visible_text(nodes[0]))
        if text:
            yield Candidate("title", "h1", text)


# Elements whose text a reader never sees.
_INVISIBLE_TAGS = frozenset({"script", "style", "template", "noscript"})


def _visible_text(node: Node) -> str:
    """The text of *node* without that of scripts and styles inside it."""
    parts: list[str] = []
    for inner in node.traverse(include_text=True):
        if not inner.is_text_node:
            continue
        parent = inner.parent
        while parent is not None and parent.mem_id != node.mem_id:
            if parent.tag in _INVISIBLE_TAGS:
                break
            parent = parent.parent
        else:
            parts.append(inner.text_content or "")
    return "".join(parts)


def read_markup(
    document: Document, *, authors: bool = True, dates: bool = True
) -> Iterator[Candidate]:
    """Byline authors and dates from the article's markup.

    Args:
        document: The parsed page, before cleaning.
        authors: Look for the byline's authors.
        dates: Look for ``<time>`` and written dates (the byline is read
            for its date too).

    Yields:
        ``byline`` authors (raw strings, cleaned later), ``time`` and
        ``date-text`` dates.
    """
    root = article_root(document)
    body = document.body
    if root is None or body is None or not (authors or dates):
        return
    # The article's container first; then the rest of the page, where some
    # sites put the header (outside <article>), other articles still skipped.
    areas = [root] if root.mem_id == body.mem_id else [root, body]
    byline_block = _first(areas, _byline_element)
    if byline_block is not None:
        names = _names(byline_block)
    else:
        byline_block = _first(areas, _by_line)
        names = (
            (normalize_space(_line_text(byline_block)),)
            if byline_block is not None
            else ()
        )
    if authors and names:
        yield Candidate("authors", "byline", names)
    if dates:
        # Dates only inside the article's container (and in its byline):
        # the page around it shows today's date in the masthead and other
        # articles' dates in its lists.
        yield from _times(root)
        yield from _date_texts(root, byline_block)


def _first(areas: list[Node], find: Callable[[Node], Node | None]) -> Node | None:
    for area in areas:
        node = find(area)
        if node is not None:
            return node
    return None


def _byline_element(area: Node) -> Node | None:
    """The first byline element of *area* that names someone."""
    for node in area.css(_BYLINE_SELECTOR):
        if _is_byline(node) and not _outside_article(node, area) and _names(node):
            return node
    return None


def _is_byline(node: Node) -> bool:
    """Whether a selector match really is byline markup (whole-word tokens)."""
    attributes = node.attributes
    itemprop = (attributes.get("itemprop") or "").lower().split()
    by_itemprop = "author" in itemprop or "creator" in itemprop
    if node.tag in {"meta", "link"}:
        return node.tag == "meta" and by_itemprop and bool(attributes.get("content"))
    if by_itemprop or "author" in (attributes.get("rel") or "").lower().split():
        return True
    tokens = set(class_id_tokens(node))
    return bool(tokens & _vocab.BYLINE_TOKENS) and not (
        tokens & _vocab.NOT_ARTICLE_TOKENS
    )


def _outside_article(node: Node, root: Node) -> bool:
    """Whether *node* sits in something that is not the article itself."""
    current: Node | None = node
    while current is not None and current.mem_id != root.mem_id:
        tag = current.tag or ""
        if tag in _SKIP_TAGS:
            return True
        if tag == "article" and current.mem_id != node.mem_id:
            return True  # another article: a teaser inside the page
        if tag == "footer" and not _is_article_container(root):
            return True  # the page's footer, not the article's
        attributes = current.attributes
        if (attributes.get("role") or "").lower() in _SKIP_ROLES:
            return True
        if set(class_id_tokens(current)) & _vocab.NOT_ARTICLE_TOKENS:
            return True
        current = current.parent
    return current is None


def _is_article_container(node: Node) -> bool:
    """A ``<footer>`` inside an ``<article>`` is the article's own."""
    return node.tag == "article" or _is_article_item(node)


def _names(node: Node) -> tuple[str, ...]:
    """The author strings of one byline element."""
    attributes = node.attributes
    if node.tag == "meta":
        content = clean_text(attributes.get("content") or "")
        return (content,) if content else ()
    text = element_text(node)
    if not text or len(text) > _BYLINE_MAX_CHARS:
        return ()
    inner = [
        clean_text(n.text(deep=True))
        for n in node.css(_NAME_SELECTOR)
        if n.mem_id != node.mem_id and (n.tag == "a" or _is_name_element(n))
    ]
    inner = [n for n in inner if n and len(n) < len(text)]
    if inner and node.tag != "a":
        # Several linked names ("By <a>Ann</a> and <a>Bo</a>"): the links are
        # the names; the text around them is labels and dates.
        return tuple(dict.fromkeys(inner))
    return (clean_text(text),)


def _is_name_element(node: Node) -> bool:
    attributes = node.attributes
    if "author" in (attributes.get("rel") or "").lower().split():
        return True
    itemprop = (attributes.get("itemprop") or "").lower().split()
    if "name" in itemprop or "author" in itemprop:
        return True
    tokens = set(class_id_tokens(node))
    return "fn" in tokens or "name" in tokens


def _line_text(node: Node) -> str:
    """The text of a line element, its children words apart.

    Text straight in ``<body>`` runs together as the segmenter reads it
    ("By A<!---->f" is "By Af").
    """
    return node.text(deep=True, separator="" if node.tag == "body" else " ")


def _by_line(root: Node) -> Node | None:
    """A short block starting "By ..." among the first blocks of the article.

    The root itself counts when it holds no block at all: loose text ("By
    Ann Lee" straight in ``<body>``) is a block to the segmenter too.
    """
    seen = 0
    lines = root.css("p, div, span, address, li, h2, h3, h4, h5, h6")
    # an empty element ("<b>By A</b><div></div>") is no line either
    loose = (
        not any(_line_text(line).strip() for line in lines)
        and root.css_first("h1, figure, figcaption") is None
    )
    prose_began = False
    for node in [root, *lines] if loose else lines:
        raw = _line_text(node)
        if len(raw) > _BY_LINE_SCAN_CHARS or not raw.strip():
            continue  # a container, or nothing: neither is a line
        text = normalize_space(raw)
        if node.tag in {"p", "div", "address", "li"}:
            seen += 1
            if seen > _BY_LINE_WINDOW:
                return None
            if node.tag == "p" and _reads_as_prose(text):
                prose_began = True  # and prose is no byline
                continue
        elif prose_began and node.tag in _vocab.HEADING_TAGS:
            # once the story has begun, a heading ("Von Bund und Ländern")
            # titles a section: bylines sit above the prose, not among it
            continue
        if (
            len(text) <= _BYLINE_MAX_CHARS
            and _BY_LINE.match(text)
            and not _reads_as_prose(text)
            and not _outside_article(node, root)
        ):
            return node
    return None


# The end of a sentence: a word of three letters or more (not an initial,
# as in "By J. K. Smith") and a full stop. Matches start at a word's start
# and read it possessively: a long run of letters is scanned once (linear).
_SENTENCE_STOP = re.compile(r"\b\w{3,}+[.!?…](?:\s|$)")


def _reads_as_prose(text: str) -> bool:
    """Whether a line that opens like a byline ("Von ...") is two sentences.

    A byline is one line of names, labels and dates; a paragraph that
    happens to begin with "By" or "Von" says more.
    """
    return len(text) >= _PROSE_CHARS and len(_SENTENCE_STOP.findall(text)) >= 2


def _times(root: Node) -> Iterator[Candidate]:
    """``<time datetime>`` dates: published first, then modified."""
    published_done = modified_done = False
    for node in root.css("time"):
        if published_done and modified_done:
            return
        if _outside_article(node, root):
            continue
        attributes = node.attributes
        value = attributes.get("datetime") or attributes.get("content")
        day = parse_date(value) if value else None
        if day is None or (isinstance(day, dt.datetime) and day.tzinfo is None):
            # A naive datetime attribute (often UTC unsaid) gives way to the
            # visible text when the text names its zone.
            shown = find_date(normalize_space(node.text(deep=True)))
            if day is None or (
                isinstance(shown, dt.datetime) and shown.tzinfo is not None
            ):
                day = shown
        if day is None:
            continue
        if _is_modified(node, root):
            if not modified_done:
                modified_done = True
                yield Candidate("modified", "time", day)
        elif not published_done:
            published_done = True
            yield Candidate("published", "time", day)


def _is_modified(node: Node, root: Node) -> bool:
    """Whether a ``<time>`` gives the last change rather than publication.

    The element's own itemprop and class decide first, then its parent's
    class, then an "Updated" label just before it.
    """
    itemprop = (node.attributes.get("itemprop") or "").lower()
    own = set(class_id_tokens(node)) | set(itemprop.split())
    own_modified = bool(own & _MODIFIED_TOKENS) or bool(
        {"datemodified", "dateupdated"} & own
    )
    own_published = bool(own & _PUBLISHED_TOKENS) or "datepublished" in own
    if own_modified != own_published:
        return own_modified
    parent = node.parent
    if parent is not None and parent.mem_id != root.mem_id:
        tokens = set(class_id_tokens(parent))
        if bool(tokens & _MODIFIED_TOKENS) != bool(tokens & _PUBLISHED_TOKENS):
            return bool(tokens & _MODIFIED_TOKENS)
    return _labelled_updated(node)


def _labelled_updated(node: Node) -> bool:
    """Whether the words just before a ``<time>`` say "Updated"."""
    parent = node.parent
    if parent is None:
        return False
    text = normalize_space(parent.text(deep=True))
    own = normalize_space(node.text(deep=True))
    at = text.find(own) if own else -1
    before = text[max(at - _LABEL_CHARS, 0) : at] if at > 0 else ""
    return bool(_UPDATED.search(before))


def _date_texts(root: Node, byline: Node | None) -> Iterator[Candidate]:
    """A date written in the byline, or in a short date/dateline element.

    Only text dates: an element that holds a ``<time>`` is left to
    :func:`_times`, which reads its markup; a date labelled "Updated" is
    skipped, as it is not the publication date.
    """
    nodes: list[Node] = []
    if byline is not None:
        nodes.append(byline)
        if byline.parent is not None:
            nodes.append(byline.parent)
    nodes.extend(
        node
        for node in root.css("[class*=date i], [class*=time i], [class*=publish i]")
        if set(class_id_tokens(node)) & _DATE_TOKENS
    )
    for node in nodes:
        text = normalize_space(node.text(deep=True))
        if not text or len(text) > _DATE_TEXT_MAX_CHARS:
            continue
        if node is not byline and _outside_article(node, root):
            continue
        tokens = set(class_id_tokens(node))
        if tokens & _MODIFIED_TOKENS and not tokens & _PUBLISHED_TOKENS:
            continue
        if node.css_first("time") is not None:
            continue
        day = find_date(_UPDATED_PHRASE.sub(" ", text))
        if day is not None:
            yield Candidate("published", "date-text", day)
            return
