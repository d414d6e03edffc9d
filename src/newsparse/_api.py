"""``parse()``: the pipeline, top to bottom, with no logic of its own.

decode → parse → read metadata → clean → segment → find content → build
blocks, captions and links → Article.
"""

from __future__ import annotations

from newsparse._captions import article_start, build_captions
from newsparse._clean import clean
from newsparse._content import select_content
from newsparse._decode import decode
from newsparse._dom import parse_html
from newsparse._figures import find_pictures
from newsparse._links import ArticlePlace, find_related, link_base
from newsparse._metadata import read_metadata
from newsparse._model import Article
from newsparse._options import Options
from newsparse._output import build_body
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

    Args:
        html: The page, as text or as raw bytes (the encoding is detected:
            byte-order mark, then ``<meta charset>``, then UTF-8, then a
            statistical guess).
        url: The page's URL; relative links are resolved against it.
        options: Tuning knobs; the defaults suit news and blog pages.
        rules: Reserved for per-site rules; only None is accepted in this
            release.

    Returns:
        The Article. A page without an article gives an Article with an
        empty body, not an error.

    Raises:
        InputError: *html* is neither ``str`` nor ``bytes``, or *rules* is
            given.
        InputTooLargeError: *html* is larger than ``options.max_bytes``.
        NotMarkupError: *html* is a known binary format.
        DecodeError: *html* is bytes that no encoding decodes.
    """
    if rules is not None:
        msg = "per-site rules are not supported in this release"
        raise InputError(msg)
    opts = options if options is not None else _DEFAULT_OPTIONS
    text = _as_text(html, opts)
    document = parse_html(text)
    facts = read_metadata(document, url)
    root = clean(document)
    if root is None:
        return Article(title=facts.title, metadata=facts.metadata, url=url)
    pictures = find_pictures(root)
    segmentation = segment(root, pictures.roles)
    selection = select_content(segmentation, opts)
    container = selection.container
    base = link_base(document, facts.base_url)
    frames = segmentation.frames
    captions = build_captions(
        pictures, segmentation, container, facts.title, facts.base_url
    )
    place = ArticlePlace(
        container=frames[container].node_id,
        start=frames[article_start(segmentation, container, facts.title)].node_id,
        body=frozenset(frames[s.frame].node_id for s in selection.body),
        captions=captions.elements,
    )
    related = find_related(
        root,
        place,
        base=base,
        page_urls={u for u in (url, facts.metadata.canonical_url) if u},
    )
    body = build_body(
        [s for s in selection.body if frames[s.frame].node_id not in related.elements],
        facts.title,
    )
    return Article(
        title=facts.title,
        body=body,
        captions=captions.captions,
        related_links=related.links,
        metadata=facts.metadata,
        url=url,
    )


def _as_text(html: object, options: Options) -> str:
    """The page as text; *html* is typed loosely because callers may not be."""
    if isinstance(html, bytes | bytearray):
        data = bytes(html)
        if len(data) > options.max_bytes:
            msg = f"input is {len(data)} bytes, over max_bytes={options.max_bytes}"
            raise InputTooLargeError(msg)
        return decode(data)
    if isinstance(html, str):
        if len(html) > options.max_bytes:
            msg = f"input is {len(html)} characters, over max_bytes={options.max_bytes}"
            raise InputTooLargeError(msg)
        return html
    msg = f"html must be str or bytes, not {type(html).__name__}"
    raise InputError(msg)
