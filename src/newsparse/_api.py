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
from newsparse._decode import decode, text_looks_binary
from newsparse._dom import parse_html
from newsparse._explain import explain as explain_selection
from newsparse._figures import find_pictures
from newsparse._metadata import fill_from_body, read_metadata
from newsparse._model import Article
from newsparse._options import Options
from newsparse._output import build_body
from newsparse._registry import RuleSet, load_installed
from newsparse._rules_apply import RuleRun, RuleTrace
from newsparse.errors import InputError, InputTooLargeError, NotMarkupError


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

    Args:
        html: The page, as text or as raw bytes (the encoding is detected:
            byte-order mark, then ``<meta charset>``, then UTF-8, then a
            statistical guess).
        url: The page's URL; relative links are resolved against it, and
            site rules are matched on its host (without it, on the host of
            the page's canonical URL).
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
        empty body, not an error.

    Raises:
        InputError: *html* is neither ``str`` nor ``bytes``, or *rules* is
            not a RuleSet.
        InputTooLargeError: *html* is larger than ``options.max_bytes``.
        NotMarkupError: *html* is binary data (a known binary format, or
            mostly NUL), whether given as bytes or decoded to text.
        DecodeError: *html* is bytes that no encoding decodes.
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
    text = _as_text(html, opts, encoding)
    document = parse_html(text)
    run = RuleRun(ruleset, document, url, opts)
    run.prepare(document)
    facts = run.metadata(document, read_metadata(document, url))
    root = clean(document)
    if root is None:
        article = Article(title=facts.title, metadata=facts.metadata, url=url)
        return Extraction(run.finalize(article), run.trace())
    pictures = find_pictures(root)
    selection = run.select(root, opts, facts.title, pictures.roles)
    attached = attach(
        root,
        document,
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
    return Extraction(run.finalize(article), run.trace())


def _ruleset(rules: object) -> RuleSet:
    if rules is None:
        return load_installed()
    if isinstance(rules, RuleSet):
        return rules
    msg = f"rules must be a newsparse.rules.RuleSet or None, not {type(rules).__name__}"
    raise InputError(msg)


def _as_text(html: object, options: Options, encoding: str | None) -> str:
    """The page as text; *html* is typed loosely because callers may not be."""
    if isinstance(html, bytes | bytearray):
        data = bytes(html)
        if len(data) > options.max_bytes:
            msg = f"input is {len(data)} bytes, over max_bytes={options.max_bytes}"
            raise InputTooLargeError(msg)
        return decode(data, hint=encoding)
    if isinstance(html, str):
        if len(html) > options.max_bytes:
            msg = f"input is {len(html)} characters, over max_bytes={options.max_bytes}"
            raise InputTooLargeError(msg)
        if text_looks_binary(html):
            msg = "input looks like binary data, not HTML"
            raise NotMarkupError(msg)
        return html
    msg = f"html must be str or bytes, not {type(html).__name__}"
    raise InputError(msg)
