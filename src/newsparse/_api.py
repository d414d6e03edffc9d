"""``parse()``: the pipeline, top to bottom, with no logic of its own.

decode → parse → read metadata → clean → segment → find content → build
blocks, captions and links → Article.
"""

from __future__ import annotations

from newsparse._captions import build_captions
from newsparse._clean import clean
from newsparse._content import select_content
from newsparse._decode import decode, refuse_non_markup
from newsparse._dom import parse_html
from newsparse._links import build_related_links
from newsparse._metadata import read_metadata
from newsparse._model import Article
from newsparse._options import Options
from newsparse._output import build_body
from newsparse._sanitize import sanitize
from newsparse._segment import segment
from newsparse.errors import InputError, InputTooLargeError


__all__ = ["parse"]

_DEFAULT_OPTIONS = Options()


def parse(
    html: str | bytes,
    url: str | None = None,
    *,
    options: Options | None = None,
    rules: object | None = None,
) -> Article:
    """Extract the article from one HTML page.

    Every input has a defined outcome (the table is in
    ``docs/reference/errors.md``): an Article, possibly empty, or one of the
    errors below, never another exception. Plain text gives an Article whose
    paragraphs are its blank-line-separated blocks. Parsing never touches
    the network or the file system and never runs scripts; time is linear in
    the input and peak memory stays under 200 times its size.

    Args:
        html: The page, as text or as raw bytes (the encoding is detected:
            byte-order mark, then UTF-16 by its NUL bytes, then strict UTF-8,
            then ``<meta charset>``, then a statistical guess).
        url: The page's absolute http(s) URL; relative links are resolved
            against it, or against the page's ``<base href>`` when that gives
            an http(s) URL. Nothing is ever fetched.
        options: Tuning knobs; the defaults suit news and blog pages.
        rules: Reserved for per-site rules; only None is accepted in this
            release.

    Returns:
        The Article. A page without an article gives an Article with an
        empty body, not an error. Every string in it is valid Unicode
        without control characters other than newline and tab, and every
        URL in it is an absolute ``http(s)`` URL (others are dropped).

    Raises:
        InputError: *html* is neither ``str`` nor ``bytes``, *url* is not
            a ``str``, or *rules* is given.
        InputTooLargeError: *html* is larger than ``options.max_bytes``.
        NotMarkupError: *html* is binary data (PDF, image, archive, also
            when decoded to ``str``), JSON, or an RSS/Atom feed.
        DecodeError: *html* is bytes that decode to noise in every encoding.
    """
    if rules is not None:
        msg = "per-site rules are not supported in this release"
        raise InputError(msg)
    _check_url(url)
    opts = options if options is not None else _DEFAULT_OPTIONS
    text = _as_text(html, opts)
    document = parse_html(text)
    facts = read_metadata(document, url)
    root = clean(document)
    if root is None:
        return sanitize(Article(title=facts.title, metadata=facts.metadata, url=url))
    selection = select_content(segment(root), opts)
    body = build_body(selection.body, facts.title)
    article = Article(
        title=facts.title,
        body=body,
        captions=build_captions(selection.captions, facts.base_url),
        related_links=build_related_links(selection.related, facts.base_url),
        metadata=facts.metadata,
        url=url,
    )
    return sanitize(article)


def _as_text(html: object, options: Options) -> str:
    """The page as text; *html* is typed loosely because callers may not be."""
    if isinstance(html, bytes | bytearray):
        data = bytes(html)
        if len(data) > options.max_bytes:
            msg = f"input is {len(data)} bytes, over max_bytes={options.max_bytes}"
            raise InputTooLargeError(msg)
        text = decode(data)
    elif isinstance(html, str):
        if len(html) > options.max_bytes:
            msg = f"input is {len(html)} characters, over max_bytes={options.max_bytes}"
            raise InputTooLargeError(msg)
        text = html
    else:
        msg = f"html must be str or bytes, not {type(html).__name__}"
        raise InputError(msg)
    refuse_non_markup(text)
    return text


def _check_url(url: object) -> None:
    """Refuse a *url* of the wrong type early; callers may not be typed."""
    if not isinstance(url, str | None):
        msg = f"url must be str or None, not {type(url).__name__}"
        raise InputError(msg)
