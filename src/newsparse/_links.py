"""Related reading offered inside the article, as absolute links."""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin, urlsplit

from newsparse._dom import Document, attr
from newsparse._model import Link
from newsparse._segment import Segment


__all__ = ["absolute_http_url", "build_related_links", "document_base", "resolve_url"]


def resolve_url(href: str | None, base: str | None) -> str | None:
    """Resolve *href* against *base*; None unless the result is http(s).

    The one place where the page's URLs are resolved: ``urllib`` raises
    ValueError on malformed URLs (an unclosed IPv6 bracket), and a page must
    never make :func:`newsparse.parse` crash that way.
    """
    href = href.strip() if href else ""
    if not href:
        return None
    try:
        joined = urljoin(base, href) if base else href
        parts = urlsplit(joined)
    except ValueError:
        return None
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return None
    return joined


def document_base(document: Document, url: str | None) -> str | None:
    """The URL relative links resolve against: ``<base href>`` or *url*.

    As in a browser, the first ``<base href>`` wins, resolved against the
    page's URL; one that does not give an http(s) URL (``javascript:``,
    ``data:``) is ignored. The base is only ever used to resolve links
    textually: nothing is fetched.
    """
    node = document.css_first("base[href]")
    href = attr(node, "href") if node is not None else None
    return resolve_url(href, url) or url


def absolute_http_url(href: str, base: str | None) -> str | None:
    """Resolve *href* against *base*, without its fragment; None unless http(s)."""
    if href.strip().startswith("#"):
        return None
    joined = resolve_url(href, base)
    return None if joined is None else urldefrag(joined).url


def build_related_links(segments: list[Segment], base: str | None) -> tuple[Link, ...]:
    """One Link per distinct target, in page order."""
    links: list[Link] = []
    seen: set[str] = set()
    for seg in segments:
        if seg.href is None:
            continue
        url = absolute_http_url(seg.href, base)
        if url is None or url in seen or (base is not None and url == base):
            continue
        seen.add(url)
        links.append(Link(text=seg.text, url=url))
    return tuple(links)
