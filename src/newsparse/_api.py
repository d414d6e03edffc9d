"""``parse()``: the pipeline, top to bottom, with no logic of its own.

decode → parse → match a site rule → read metadata → clean → segment → find
content → build blocks, captions and links → Article. The matched rule (see
``_rules_apply.py``) acts at fixed points and falls back to the generic
pipeline wherever it finds nothing.
"""

from __future__ import annotations

import attrs

from newsparse._attach import attach
from newsparse._clean import clean
from newsparse._decode import decode, plain_text_as_markup, refuse_non_markup
from newsparse._dom import parse_html
from newsparse._explain import explain as explain_selection
from newsparse._figures import find_pictures
from newsparse._metadata import fill_from_body, read_metadata
from newsparse._model import Article
from newsparse._options import Options
from newsparse._output import build_body
from newsparse._registry import RuleSet, load_installed
from newsparse._rules_apply import RuleRun, RuleTrace
from newsparse._sanitize import sanitize
from newsparse.errors import InputError, InputTooLargeError


__all__ = ["Extraction", "extract", "parse"]

_DEFAULT_OPTIONS = Options()


def parse(
    html: str | bytes,
    url: str | None = None,
    *,
    options: Options | None = None,
    rules: RuleSet | None = None,
    encoding: str | None = None,
    explain: bool = False,
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
            byte-order mark, then UTF-16 by its NUL bytes, then *encoding* or
            ``<meta charset>`` (UTF-8 instead when the bytes are valid
            UTF-8), then UTF-8, then a statistical guess).
        url: The page's absolute http(s) URL; relative links are resolved
            against it, or against the page's ``<base href>`` when that gives
            an http(s) URL, and site rules are matched on its host (without
            it, on the host of the page's canonical URL). Nothing is ever
            fetched.
        options: Tuning knobs; the defaults suit news and blog pages.
        rules: The site rules to use. None (the default) uses the installed
            plugins and the built-in rules (:func:`newsparse.rules.load_installed`);
            a :class:`~newsparse.rules.RuleSet` uses exactly its rules.
        encoding: The charset the page was served with, such as an HTTP
            ``Content-Type`` header's; for bytes it wins over the page's own
            ``<meta charset>`` (a byte-order mark still wins over it), as in a
            browser. An unknown label is ignored. Unused for ``str`` input.
        explain: Also fill ``Article.explanation`` with every block that
            left the body (or went to captions or related links) and why.

    Returns:
        The Article. A page without an article gives an Article with an
        empty body, not an error. Every string in it is valid Unicode
        without control characters other than newline and tab, and every
        URL in it is an absolute ``http(s)`` URL (others are dropped).

    Raises:
        InputError: *html* is neither ``str`` nor ``bytes``, *url* is not
            a ``str``, or *rules* is not a RuleSet.
        InputTooLargeError: *html* is larger than ``options.max_bytes``.
        NotMarkupError: *html* is binary data (a known binary format, or
            mostly NUL; also when decoded to ``str``), JSON, or an RSS/Atom
            feed.
        DecodeError: *html* is bytes that decode to noise in every encoding.
        RuleError: An installed plugin fails to load, or the matched rule's
            hook raises (:class:`~newsparse.errors.RuleExecutionError`).
    """
    extraction = extract(
        html, url, options=options, rules=rules, encoding=encoding, explain=explain
    )
    return extraction.article


@attrs.frozen
class Extraction:
    """An Article and the account of how it was made (for ``--explain``)."""

    article: Article
    rules: RuleTrace


def extract(
    html: str | bytes,
    url: str | None = None,
    *,
    options: Options | None = None,
    rules: RuleSet | None = None,
    encoding: str | None = None,
    explain: bool = False,
) -> Extraction:
    """:func:`parse`, also saying which site rule applied and what it did."""
    opts = options if options is not None else _DEFAULT_OPTIONS
    ruleset = _ruleset(rules)
    text = _as_text(html, url, opts, encoding)
    document = parse_html(text)
    run = RuleRun(ruleset, document, url, opts)
    run.prepare(document)
    facts = run.metadata(document, read_metadata(document, url))
    root = clean(document)
    if root is None:
        article = Article(title=facts.title, metadata=facts.metadata, url=url)
        return Extraction(sanitize(run.finalize(article)), run.trace())
    pictures = find_pictures(root)
    selection = run.select(root, opts, facts.title, pictures.roles)
    attached = attach(
        root,
        pictures,
        selection,
        segmentations=run.segmentations,
        scope=run.scope,
        title=facts.title,
        base_url=facts.base_url,
        page_urls={u for u in (url, facts.metadata.canonical_url) if u},
    )
    body = build_body(
        attached.body, facts.title, facts.metadata.authors, facts.metadata.site_name
    )
    article = Article(
        title=facts.title,
        body=body,
        captions=run.captions(attached.captions, facts.base_url),
        related_links=run.related(attached.related, facts.base_url),
        metadata=fill_from_body(facts.metadata, body),
        url=url,
        explanation=explain_selection(attached.selection) if explain else (),
    )
    return Extraction(sanitize(run.finalize(article)), run.trace())


def _ruleset(rules: object) -> RuleSet:
    if rules is None:
        return load_installed()
    if isinstance(rules, RuleSet):
        return rules
    msg = f"rules must be a newsparse.rules.RuleSet or None, not {type(rules).__name__}"
    raise InputError(msg)


def _as_text(html: object, url: object, options: Options, encoding: str | None) -> str:
    """The page as text, or a documented error for what is not a page.

    *html* and *url* are typed loosely because callers may not be.
    """
    if not isinstance(url, str | None):
        msg = f"url must be str or None, not {type(url).__name__}"
        raise InputError(msg)
    if isinstance(html, bytes | bytearray):
        data = bytes(html)
        if len(data) > options.max_bytes:
            msg = f"input is {len(data)} bytes, over max_bytes={options.max_bytes}"
            raise InputTooLargeError(msg)
        text = decode(data, hint=encoding)
    elif isinstance(html, str):
        if len(html) > options.max_bytes:
            msg = f"input is {len(html)} characters, over max_bytes={options.max_bytes}"
            raise InputTooLargeError(msg)
        text = html
    else:
        msg = f"html must be str or bytes, not {type(html).__name__}"
        raise InputError(msg)
    refuse_non_markup(text)
    return plain_text_as_markup(text)
