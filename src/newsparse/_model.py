"""The data newsparse returns: a frozen, fully typed :class:`Article`.

Everything here is plain data. Serialisation (dict, JSON, Markdown) lives next
to the classes so that the format and the model cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import enum
import html
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs
import cattrs

from newsparse.errors import InputError


__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Caption",
    "Decision",
    "Link",
    "Metadata",
    "PageType",
]


class BlockKind(enum.StrEnum):
    """What a body block is, so that structure survives extraction."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    PREFORMATTED = "preformatted"
    TABLE_ROW = "table_row"


@attrs.frozen(kw_only=True)
class Block:
    """One block of the article body.

    Attributes:
        kind: What the block is.
        text: Its clean text. For a table row, the cells joined by `` | ``.
        level: Heading level (1-6) for headings, nesting depth (1 = top
            level) for list items, ``None`` otherwise.
        cells: The cell texts of a table row; empty for other kinds.
        ordered: For list items, whether the list is numbered.
    """

    kind: BlockKind
    text: str
    level: int | None = None
    cells: tuple[str, ...] = ()
    ordered: bool = False


@attrs.frozen(kw_only=True)
class Caption:
    """The caption of an image, video or graphic that belongs to the article.

    Attributes:
        text: The caption without its credit; may be empty when the page
            gives only a credit.
        credit: Who made or owns the picture (``"© REUTERS / Joshua Roberts"``).
        image: Absolute URL of the captioned image, when known.
    """

    text: str
    credit: str | None = None
    image: str | None = None


@attrs.frozen(kw_only=True)
class Link:
    """A link the page offers as related reading.

    Attributes:
        text: The link's text (usually another article's headline).
        url: Its absolute ``http(s)`` URL.
    """

    text: str
    url: str


Date = dt.datetime | dt.date


class PageType(enum.StrEnum):
    """What kind of page the HTML is, so that a list page is not taken for news.

    .. versionadded:: 0.2.0
    """

    ARTICLE = "article"
    LIVE_BLOG = "live_blog"
    VIDEO = "video"
    GALLERY = "gallery"
    INDEX = "index"
    OTHER = "other"


class _FrozenMap(Mapping[str, str]):
    """An immutable, hashable ``str`` → ``str`` mapping, ordered as given."""

    __slots__ = ("_items",)

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        self._items = dict(items)

    def __getitem__(self, key: str) -> str:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __repr__(self) -> str:
        return f"{self._items!r}"


def _frozen_map(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> _FrozenMap:
    if isinstance(value, _FrozenMap):
        return value
    items = value.items() if isinstance(value, Mapping) else value
    return _FrozenMap((str(k), str(v)) for k, v in items)


@attrs.frozen(kw_only=True)
class Metadata:
    """What the page says about the article, and where it says it.

    Dates are time-zone aware when the page gives an offset, naive when it
    gives a time without one, and plain :class:`datetime.date` when it gives
    only a day. Absent values are ``None`` or empty, never a sentinel.

    Attributes:
        authors: The people who wrote the article, as clean names: no "By",
            no dates, no organisations (those are the :attr:`publisher`).
        published: When the article was first published.
        modified: When it was last changed.
        language: BCP 47 tag (``"en"``, ``"pt-BR"``, ``"zh-Hant-TW"``).
        site_name: The site's name as readers know it.
        publisher: The organisation that publishes the article.
        section: The site's section the article is filed under.
        tags: Keywords and tags, in the page's order.
        description: A summary: the page's own, else the first paragraph.
        canonical_url: The page's canonical absolute URL.
        image: The article's main image, absolute URL.
        page_type: What kind of page this is; ``None`` only when not parsed.
        paywalled: ``True`` when the page declares or shows a paywall,
            ``False`` when it declares free access, ``None`` when it says
            nothing.
        provenance: For each field that has a value (and for ``"title"``),
            the source it came from: ``"json-ld"``, ``"opengraph"``,
            ``"meta:author"``, ``"byline"``, ``"url"``... A read-only mapping;
            JSON gives it as an object.

    .. versionchanged:: 0.2.0
       Added ``page_type``, ``paywalled`` and ``provenance``.
    """

    authors: tuple[str, ...] = ()
    published: Date | None = None
    modified: Date | None = None
    language: str | None = None
    site_name: str | None = None
    publisher: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    description: str | None = None
    canonical_url: str | None = None
    image: str | None = None
    page_type: PageType | None = None
    paywalled: bool | None = None
    provenance: Mapping[str, str] = attrs.field(
        factory=_FrozenMap, converter=_frozen_map
    )


@attrs.frozen(kw_only=True)
class Decision:
    """Why a block of the page is not in the body (``parse(..., explain=True)``).

    Attributes:
        text: The block's text.
        action: ``"removed"`` (boilerplate or not the article),
            ``"caption"`` or ``"related_link"`` (re-routed to those fields).
        reason: The signal or vocabulary entry that decided it.
    """

    text: str
    action: str
    reason: str


@attrs.frozen(kw_only=True)
class Article:
    """A news or blog article extracted from one HTML page.

    Attributes:
        title: The article's headline, or ``None``.
        body: The article's blocks in reading order. Empty when no article
            was found; that is a result, not an error.
        captions: Captions of the article's own pictures, out of the body.
        related_links: Links to related reading, out of the body.
        metadata: Authors, dates, language and the rest.
        url: The URL the page was given with, if any.
        explanation: With ``parse(..., explain=True)``, every block of the
            page that is not in the body, in page order, with the reason;
            empty otherwise.
    """

    title: str | None = None
    body: tuple[Block, ...] = ()
    captions: tuple[Caption, ...] = ()
    related_links: tuple[Link, ...] = ()
    metadata: Metadata = attrs.field(factory=Metadata)
    url: str | None = None
    explanation: tuple[Decision, ...] = ()

    @property
    def text(self) -> str:
        """The body as plain text, one blank line between blocks."""
        return "\n\n".join(block.text for block in self.body)

    def to_dict(self) -> dict[str, Any]:
        """Return plain JSON-compatible data; :meth:`from_dict` reverses it.

        Returns:
            Dicts, lists, strings, numbers, booleans and ``None``; dates as
            ISO 8601 text. Its shape is ``docs/reference/article.schema.json``.
        """
        result: dict[str, Any] = _CONVERTER.unstructure(self)
        return result

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Build an Article from the output of :meth:`to_dict`.

        Args:
            data: A mapping shaped like :meth:`to_dict` output; missing
                keys take their defaults, unknown keys are refused.

        Returns:
            The Article, equal to the one that produced *data*.

        Raises:
            InputError: The data does not describe an Article.
        """
        try:
            return _CONVERTER.structure(dict(data), cls)
        except (cattrs.BaseValidationError, ValueError, TypeError) as err:
            details = (
                "; ".join(cattrs.transform_error(err))
                if isinstance(err, cattrs.BaseValidationError)
                else str(err)
            )
            msg = f"not an Article: {details}"
            raise InputError(msg) from err

    def to_json(self, *, indent: int | None = None) -> str:
        """Return the Article as JSON text (UTF-8 safe, non-ASCII kept).

        Args:
            indent: Passed to :func:`json.dumps`; ``None`` gives one line.

        Returns:
            The JSON text of :meth:`to_dict`.
        """
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str | bytes) -> Article:
        """Build an Article from the output of :meth:`to_json`.

        Args:
            text: JSON text, as ``str`` or UTF-8 ``bytes``.

        Returns:
            The Article, equal to the one that produced *text*.

        Raises:
            InputError: The JSON does not describe an Article.
            json.JSONDecodeError: The text is not JSON (a ``ValueError``).
        """
        return cls.from_dict(json.loads(text))

    def to_markdown(self) -> str:
        """Render the title and body as Markdown, structure kept.

        Returns:
            The title as a level-1 heading, then one Markdown block per body
            block (list items and table rows grouped); empty for no article.
        """
        parts: list[str] = []
        if self.title:
            parts.append(f"# {_md_escape(self.title)}")
        previous: Block | None = None
        for block in self.body:
            rendered = _block_markdown(block)
            if previous is not None and _same_run(previous, block):
                parts[-1] = f"{parts[-1]}\n{rendered}"
            else:
                parts.append(rendered)
            previous = block
        return "\n\n".join(parts) + ("\n" if parts else "")

    def to_html(self) -> str:
        """Render the Article as a clean, semantic HTML page.

        The metadata goes into ``<head>`` (``<title>``, ``<html lang>``, a
        canonical link, OpenGraph and ``article:`` properties, schema.org
        JSON-LD), the article into ``<article>``: the title as ``<h1>``, each
        block as the element of its kind, related links as a "Related" list
        after the body and captions as ``<figure>`` elements at the end.
        Parsing the page with default options and ``url=self.url`` gives
        this Article back when newsparse extracted it in the first place,
        except for ``Metadata.provenance``, which then names the rendered
        page's sources (mostly ``"json-ld"``); newsparse's property suite
        checks that.

        Returns:
            A complete UTF-8 HTML document as text.
        """
        return _render_page(self)


def _same_run(a: Block, b: Block) -> bool:
    """Whether two blocks belong to one Markdown list or table."""
    return a.kind == b.kind and a.kind in {BlockKind.LIST_ITEM, BlockKind.TABLE_ROW}


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")


def _block_markdown(block: Block) -> str:
    text = block.text
    if block.kind is BlockKind.HEADING:
        level = min(max(block.level or 2, 1), 6)
        return f"{'#' * level} {_md_escape(text)}"
    if block.kind is BlockKind.LIST_ITEM:
        indent = "  " * max((block.level or 1) - 1, 0)
        marker = "1." if block.ordered else "-"
        return f"{indent}{marker} {_md_escape(text)}"
    if block.kind is BlockKind.QUOTE:
        return "\n".join(f"> {_md_escape(line)}" for line in text.splitlines())
    if block.kind is BlockKind.PREFORMATTED:
        fence = "````" if "```" in text else "```"
        return f"{fence}\n{text}\n{fence}"
    if block.kind is BlockKind.TABLE_ROW:
        cells = block.cells or (text,)
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"
    return _md_escape(text)


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


# What metadata readers take for an entity that a page escaped twice
# (``_metatags.clean_text``): they decode it once more.
_ENTITY_LIKE = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.IGNORECASE)


def _fact(value: str) -> str:
    """A metadata value, escaped once more where a reader would decode it."""
    return value.replace("&", "&amp;") if _ENTITY_LIKE.search(value) else value


def _render_page(article: Article) -> str:
    meta = article.metadata
    head = ['<meta charset="utf-8">']
    if article.title:
        head.append(f"<title>{_text(_fact(article.title))}</title>")
    if meta.canonical_url and meta.published is None:
        # newsparse dates a page by the path of its canonical link: without a
        # publication date, og:url declares the URL without dating the page
        head.append(f'<meta property="og:url" content="{_attr(meta.canonical_url)}">')
    elif meta.canonical_url:
        head.append(f'<link rel="canonical" href="{_attr(meta.canonical_url)}">')
    properties = [
        ("og:type", "profile" if meta.page_type is PageType.OTHER else None),
        ("og:site_name", meta.site_name),
        ("og:image", meta.image),
        ("article:section", meta.section),
        *(("article:tag", tag) for tag in meta.tags),
    ]
    head.extend(
        f'<meta property="{name}" content="{_attr(_fact(value))}">'
        for name, value in properties
        if value
    )
    if meta.publisher:
        # Dublin Core, not JSON-LD: a JSON-LD publisher would also name the
        # site, which og:site_name says on its own.
        publisher = _attr(_fact(meta.publisher))
        head.append(f'<meta name="DC.publisher" content="{publisher}">')
    head.append(
        '<script type="application/ld+json">'
        # "<" escaped so that no text can close the script element early.
        + json.dumps(_json_ld(article), ensure_ascii=False).replace("<", "\\u003c")
        + "</script>"
    )
    body = _render_blocks(article.body)
    if article.related_links:
        items = "".join(
            f'<li><a href="{_attr(link.url)}">{_text(link.text)}</a></li>'
            for link in article.related_links
        )
        body.append(f'<aside class="related"><h2>Related</h2><ul>{items}</ul></aside>')
    if article.title:
        body.insert(0, f"<h1>{_text(article.title)}</h1>")
    body.extend(_render_caption(caption) for caption in article.captions)
    lang = f' lang="{_attr(meta.language)}"' if meta.language else ""
    return (
        f"<!DOCTYPE html>\n<html{lang}>\n<head>\n"
        + "\n".join(head)
        + "\n</head>\n<body>\n<article>\n"
        + "\n".join(body)
        + "\n</article>\n</body>\n</html>\n"
    )


# The schema.org type that declares each page type (OTHER declares itself
# through og:type, see _render_page).
_SCHEMA_TYPES = {
    PageType.ARTICLE: "Article",
    PageType.LIVE_BLOG: "LiveBlogPosting",
    PageType.VIDEO: "VideoObject",
    PageType.GALLERY: "ImageGallery",
    PageType.INDEX: "CollectionPage",
    PageType.OTHER: "WebPage",
}


def _json_ld(article: Article) -> dict[str, Any]:
    meta = article.metadata
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": _SCHEMA_TYPES.get(meta.page_type or PageType.ARTICLE, "Article"),
    }
    values: dict[str, Any] = {
        "headline": _fact(article.title) if article.title else None,
        "author": [{"@type": "Person", "name": _fact(name)} for name in meta.authors],
        "datePublished": meta.published.isoformat() if meta.published else None,
        "dateModified": meta.modified.isoformat() if meta.modified else None,
        "description": _fact(meta.description) if meta.description else None,
        "articleSection": _fact(meta.section) if meta.section else None,
    }
    data.update((key, value) for key, value in values.items() if value)
    if meta.paywalled is not None:
        data["isAccessibleForFree"] = not meta.paywalled
    return data


_GROUPED = frozenset({BlockKind.LIST_ITEM, BlockKind.TABLE_ROW, BlockKind.QUOTE})


def _render_blocks(blocks: tuple[Block, ...]) -> list[str]:
    """One HTML chunk per run of blocks; list, table and quote runs are grouped."""
    parts: list[str] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        run = 1
        while (
            index + run < len(blocks)
            and block.kind in _GROUPED
            and blocks[index + run].kind is block.kind
        ):
            run += 1
        if block.kind is BlockKind.QUOTE:
            # one quote, as a quote split into paragraphs is on the page
            quoted = "".join(
                f"<p>{_lines(b.text)}</p>" for b in blocks[index : index + run]
            )
            parts.append(f"<blockquote>{quoted}</blockquote>")
        elif block.kind is BlockKind.LIST_ITEM:
            parts.append(_render_list(blocks[index : index + run]))
        elif block.kind is BlockKind.TABLE_ROW:
            rows = "".join(
                "<tr>" + "".join(f"<td>{_text(c)}</td>" for c in b.cells) + "</tr>"
                for b in blocks[index : index + run]
            )
            parts.append(f"<table><tbody>{rows}</tbody></table>")
        else:
            parts.append(_render_block(block))
        index += run
    return parts


def _lines(text: str) -> str:
    """Escaped text whose line breaks (kept from ``<br>``) are ``<br>`` again."""
    return "<br>".join(_text(line) for line in text.split("\n"))


def _render_block(block: Block) -> str:
    if block.kind is BlockKind.PREFORMATTED:
        # Parsers drop a newline right after <pre>: write one, so that text
        # starting with a newline keeps it.
        return f"<pre>\n{_text(block.text)}</pre>"
    text = _lines(block.text)
    if block.kind is BlockKind.HEADING:
        level = min(max(block.level or 2, 1), 6)
        return f"<h{level}>{text}</h{level}>"
    return f"<p>{text}</p>"


def _render_list(items: tuple[Block, ...]) -> str:
    """Nested lists whose depth and numbering reproduce each item's."""
    out: list[str] = []
    open_lists: list[bool] = []
    for item in items:
        depth = max(item.level or 1, 1)
        while len(open_lists) > depth or (
            len(open_lists) == depth and open_lists[-1] is not item.ordered
        ):
            out.append("</li></ol>" if open_lists.pop() else "</li></ul>")
        if len(open_lists) == depth:
            out.append("</li>")
        while len(open_lists) < depth:
            ordered = item.ordered if len(open_lists) == depth - 1 else False
            out.append("<ol><li>" if ordered else "<ul><li>")
            open_lists.append(ordered)
        if out[-1] == "</li>":
            out.append("<li>")
        out.append(_lines(item.text))
    out.extend(
        "</li></ol>" if ordered else "</li></ul>" for ordered in reversed(open_lists)
    )
    return "".join(out)


def _render_caption(caption: Caption) -> str:
    image = f'<img src="{_attr(caption.image)}" alt="">' if caption.image else ""
    credit = (
        f' <small class="credit">{_text(caption.credit)}</small>'
        if caption.credit
        else ""
    )
    text = _text(caption.text)
    return f"<figure>{image}<figcaption>{text}{credit}</figcaption></figure>"


def _unstructure_date(value: Date) -> str:
    return value.isoformat()


def _structure_date(value: Any, _: Any) -> Date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO 8601 date, not {type(value).__name__}"
        raise TypeError(msg)
    text = value
    if len(text) == 10:
        return dt.date.fromisoformat(text)
    return dt.datetime.fromisoformat(text)


def _structure_provenance(value: Any, _: Any) -> _FrozenMap:
    if not isinstance(value, Mapping):
        msg = f"provenance must be an object, not {type(value).__name__}"
        raise TypeError(msg)
    return _frozen_map(value)


def _exactly(kind: type) -> Callable[[Any, Any], Any]:
    """A structure hook that takes only values of *kind* itself.

    cattrs structures a scalar by calling its type, so ``5`` would become
    the title ``"5"`` and ``"no"`` the flag ``True``: data that no
    :meth:`Article.to_dict` produced would pass as an Article.
    """

    def structure(value: Any, _: Any) -> Any:
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            return value
        msg = f"expected {kind.__name__}, not {type(value).__name__}"
        raise TypeError(msg)

    return structure


def _enum_member(value: Any, enum_type: type[enum.Enum]) -> enum.Enum:
    return enum_type(value)


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    for kind in (str, int, bool):
        converter.register_structure_hook(kind, _exactly(kind))
    for enum_type in (BlockKind, PageType):
        # These are str subclasses: without their own hook, str's would apply.
        converter.register_structure_hook(enum_type, _enum_member)
    converter.register_unstructure_hook(dt.datetime, _unstructure_date)
    converter.register_unstructure_hook(dt.date, _unstructure_date)
    converter.register_structure_hook(Date | None, _structure_date)
    converter.register_unstructure_hook(_FrozenMap, dict)
    converter.register_structure_hook_func(
        lambda cls: cls == Mapping[str, str], _structure_provenance
    )
    return converter


_CONVERTER = _make_converter()
