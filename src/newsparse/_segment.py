"""Cut a cleaned tree into text segments, one per block of visible text.

One walk over the tree records, for every block of text, what it is
(paragraph, heading, list item, quote, code, table row, caption), how much of
it is link text, and which block-level element holds it. The content finder
then works on these flat records and never walks the tree again.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping

import attrs

from newsparse import _vocab
from newsparse._dom import Node, attr, attribute_tokens, walk
from newsparse._model import BlockKind


__all__ = [
    "Frame",
    "Role",
    "Segment",
    "Segmentation",
    "element_text",
    "has_visible_text",
    "normalize_space",
    "segment",
]


class Role(enum.Enum):
    """Where a segment's text belongs before any scoring."""

    TEXT = "text"
    CAPTION = "caption"
    CREDIT = "credit"


@attrs.define(slots=True)
class Frame:
    """A block-level element met during the walk (mutable while walking)."""

    tag: str
    parent: int
    depth: int
    tokens: tuple[str, ...]
    hint: int
    first_segment: int
    end_segment: int = -1
    chars: int = 0
    """Characters of prose under the element (set by the content finder)."""
    score: float = 0.0
    negative: bool = False
    node_id: int = -1
    """``mem_id`` of the element, so later stages can find it in the tree."""
    why: str = ""


@attrs.define(slots=True)
class Segment:
    """One block of text and what the walk learned about it."""

    text: str
    kind: BlockKind
    frame: int
    chars: int
    mass: float
    link_chars: int
    role: Role = Role.TEXT
    role_frame: int = -1
    level: int | None = None
    cells: tuple[str, ...] = ()
    ordered: bool = False
    href: str | None = None
    in_figure: bool = False
    image: str | None = None
    label: int = 0
    reason: str = ""

    @property
    def link_density(self) -> float:
        """Share of the text that sits inside links."""
        return self.link_chars / self.chars if self.chars else 0.0


@attrs.frozen
class Segmentation:
    """The segments of a page and the block elements that hold them."""

    segments: list[Segment]
    frames: list[Frame]


# Stands for a <br> in the text buffer until the block is flushed.
_BR = "\x1e"

# Controls (and lone surrogates) to drop, and zero-width spaces that are not
# str.isspace() but separate words all the same.
_CONTROLS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff"
_ZERO_WIDTH = r"\u200b\u200c\u200d\u2060\ufeff"
_SPACE = re.compile(rf"[\s\u00a0{_ZERO_WIDTH}]+")
_CONTROL = re.compile(rf"[{_CONTROLS}]")
_CJK = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)


# What str.split() would treat differently from the two patterns above: the
# controls to drop and the zero-width spaces that are not str.isspace().
_NOT_PLAIN = re.compile(rf"[{_CONTROLS}{_ZERO_WIDTH}]")


def normalize_space(text: str) -> str:
    """Collapse runs of whitespace and drop control characters."""
    if _NOT_PLAIN.search(text) is None:
        # Only str.isspace() whitespace left, which is exactly what \s matches.
        return " ".join(text.split())
    return _SPACE.sub(" ", _CONTROL.sub("", text)).strip()


def element_text(node: Node) -> str:
    """An element's text with its text nodes a space apart, spaces collapsed.

    Without the separator Lexbor runs the text of neighbouring elements
    together ("<td>1</td><td>2</td>" would read "12").
    """
    return normalize_space(node.text(separator=" "))


# A character that normalize_space keeps: neither whitespace, nor a control,
# nor a zero-width space.
_VISIBLE = re.compile(rf"[^\s{_CONTROLS}{_ZERO_WIDTH}]")


def has_visible_text(text: str) -> bool:
    """``bool(normalize_space(text))``, without building the normalized text."""
    return _VISIBLE.search(text) is not None


def text_mass(text: str) -> float:
    """Length of a text where a CJK character weighs as much as a short word."""
    mass = float(len(text))
    if not text.isascii():
        mass += 2 * len(_CJK.findall(text))
    return mass


def _hint(
    tag: str,
    tokens: list[str],
    attributes: Mapping[str, str | None],
    *,
    furniture: bool,
) -> int:
    """-1 for page furniture, +1 for an article container, 0 otherwise.

    *furniture* says whether a class word names furniture (the walk has
    already asked).
    """
    if tag in _FURNITURE_TAGS:
        return -1
    if tag in {"article", "main"}:
        return 1
    role = attributes.get("role")
    if role in _vocab.SKIP_ROLES:
        return -1
    itemprop = attributes.get("itemprop") or ""
    if "articleBody" in itemprop or role in {"main", "article"}:
        return 1
    if furniture:
        return -1
    if not _vocab.POSITIVE_TOKENS.isdisjoint(tokens):
        return 1
    return 0


_FURNITURE_TAGS = frozenset({"aside", "footer", "nav", "menu", "form"})


def _caption_role(tag: str, tokens: list[str]) -> tuple[bool, bool]:
    """(is caption, is credit) from the tag and the last telling class word.

    The last word decides, as the head of an English compound does:
    ``copyright-caption`` is a caption, ``caption-credit`` a credit.
    """
    decided: tuple[bool, bool] = (tag == "figcaption", False)
    if _CAPTION_OR_CREDIT.isdisjoint(tokens):
        return decided
    for token in tokens:
        if token in _vocab.CAPTION_TOKENS:
            decided = (True, False)
        elif token in _vocab.CREDIT_TOKENS:
            decided = (False, True)
    return decided


_CAPTION_OR_CREDIT = _vocab.CAPTION_TOKENS | _vocab.CREDIT_TOKENS


_LAYOUT_INSIDE = frozenset(
    {"p", "div", "table", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3"}
)


def _is_layout_table(node: Node) -> bool:
    """Whether a table arranges the page rather than holding data.

    A table inside it, or blocks in its cells, say layout; but a caption, a
    header row or header cells say data, and then a paragraph in one cell
    (a long description in a list of films) is only a long cell.
    """
    # Stop at the first telling element: a css() query would collect every
    # one, and asking that of each table in a nest of tables is quadratic.
    inside = node.traverse()
    next(inside)  # the table itself
    blocks = False
    for inner in inside:
        tag = inner.tag
        if tag == "table":
            return True
        if tag in _DATA_TABLE_PARTS:
            # header cells after a nested table were already answered above
            return _has_nested_table(inside)
        blocks = blocks or tag in _LAYOUT_INSIDE
    return blocks


def _has_nested_table(rest: Iterator[Node]) -> bool:
    return any(inner.tag == "table" for inner in rest)


_DATA_TABLE_PARTS = frozenset({"caption", "thead", "th"})


class _Walker:
    """State of one segmentation walk; lives only inside :func:`segment`."""

    def __init__(self, roles: Mapping[int, Role] | None) -> None:
        self.given_roles = roles
        self.segments: list[Segment] = []
        self.frames: list[Frame] = []
        self.stack: list[int] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.hrefs: list[str] = []
        self.link_depth = 0
        # open <a> elements by mem_id: whether each counts as a link
        self.open_links: dict[int, bool] = {}
        self.heading: int | None = None
        self.lists: list[bool] = []
        self.quote = 0
        self.roles: list[tuple[Role, int]] = []
        self.figure = 0
        self.image: str | None = None
        self.closers: dict[int, list[str]] = {}
        self.frame_of: dict[int, int] = {}

    # -- text buffer ------------------------------------------------------

    def add_text(self, text: str) -> None:
        self.parts.append(text)
        if self.link_depth:
            self.link_chars += len(text.strip())

    def flush(self) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        link_chars = self.link_chars
        hrefs = self.hrefs
        self.parts = []
        self.link_chars = 0
        self.hrefs = []
        if raw.isspace():  # the indentation between block tags: most flushes
            return
        lines = [normalize_space(line) for line in raw.split(_BR)]
        # One <br> breaks a line; an empty line (two or more) ends a paragraph.
        pieces: list[str] = []
        current: list[str] = []
        for line in lines:
            if line:
                current.append(line)
            elif current:
                pieces.append("\n".join(current))
                current = []
        if current:
            pieces.append("\n".join(current))
        if not pieces:
            return
        total = sum(len(p) for p in pieces)
        for piece in pieces:
            share = round(link_chars * len(piece) / total) if total else 0
            self.emit(piece, min(share, len(piece)), hrefs)

    def emit(
        self,
        text: str,
        link_chars: int,
        hrefs: list[str],
        *,
        kind: BlockKind | None = None,
        cells: tuple[str, ...] = (),
    ) -> None:
        frame = self.stack[-1]
        level: int | None = None
        ordered = False
        if kind is None:
            if self.heading is not None:
                kind, level = BlockKind.HEADING, self.heading
            elif self.lists and self._in_list_item(frame):
                kind, level = BlockKind.LIST_ITEM, len(self.lists)
                ordered = self.lists[-1]
            elif self.quote:
                kind = BlockKind.QUOTE
            else:
                kind = BlockKind.PARAGRAPH
        role, role_frame = self.roles[-1] if self.roles else (Role.TEXT, -1)
        self.segments.append(
            Segment(
                text=text,
                kind=kind,
                frame=frame,
                chars=len(text),
                mass=text_mass(text),
                link_chars=link_chars,
                role=role,
                role_frame=role_frame,
                level=level,
                cells=cells,
                ordered=ordered,
                href=hrefs[0] if len(hrefs) == 1 else None,
                in_figure=self.figure > 0,
                image=self.image if self.figure else None,
            )
        )

    def _in_list_item(self, frame: int) -> bool:
        """Text right inside an ``<li>``, or inside a paragraph of one."""
        current = self.frames[frame]
        if current.tag == "li":
            return True
        return current.parent >= 0 and self.frames[current.parent].tag == "li"

    # -- frames -----------------------------------------------------------

    def open_frame(
        self,
        node: Node,
        tag: str,
        tokens: list[str],
        attributes: Mapping[str, str | None],
        *,
        furniture: bool = False,
    ) -> None:
        self.flush()
        parent = self.stack[-1] if self.stack else -1
        depth = self.frames[parent].depth + 1 if parent >= 0 else 0
        self.frames.append(
            Frame(
                tag=tag,
                parent=parent,
                depth=depth,
                tokens=tuple(tokens),
                hint=_hint(tag, tokens, attributes, furniture=furniture),
                first_segment=len(self.segments),
                node_id=node.mem_id,
            )
        )
        self.stack.append(len(self.frames) - 1)

    def close_frame(self) -> None:
        self.flush()
        index = self.stack.pop()
        self.frames[index].end_segment = len(self.segments)

    # -- special blocks ---------------------------------------------------

    def table(self, node: Node) -> None:
        for row in node.css("tr"):
            cells = tuple(
                element_text(cell) for cell in row.iter() if cell.tag in {"td", "th"}
            )
            if not any(cells):
                continue
            links = sum(len(normalize_space(a.text())) for a in row.css("a"))
            text = " | ".join(c for c in cells if c)
            self.emit(
                text, min(links, len(text)), [], kind=BlockKind.TABLE_ROW, cells=cells
            )

    def preformatted(self, node: Node) -> None:
        text = _CONTROL.sub("", node.text()).strip("\n").rstrip()
        if text.strip():
            self.emit(text, 0, [], kind=BlockKind.PREFORMATTED)


def segment(root: Node, roles: Mapping[int, Role] | None = None) -> Segmentation:
    """Cut the tree under *root* into segments, in document order.

    *roles* gives the caption and credit elements by ``mem_id`` when an
    earlier stage has found them; without it, class words decide.
    """
    w = _Walker(roles)
    skip: set[int] = set()
    w.open_frame(root, root.tag or "root", [], root.attributes)
    events = walk(root, skip)
    next(events)  # the root's own entry: its frame is open already
    for entering, node in events:
        if not entering:  # only elements are left
            _exit(w, node)
            continue
        text = node.text_content  # None unless a text node
        if text is not None:
            if text:
                w.add_text(text)
            continue
        _enter(w, node, node.tag or "", skip)
    w.close_frame()
    return Segmentation(w.segments, w.frames)


_SCRIPT_HREF = re.compile(r"\s*javascript:", re.IGNORECASE)


def _enter(w: _Walker, node: Node, tag: str, skip: set[int]) -> None:
    if tag == "br":
        w.parts.append(_BR)
        return
    if tag == "a":
        href = attr(node, "href")
        inert = bool(href and _SCRIPT_HREF.match(href))
        # A script handle leads nowhere: it is a button, and its text is the
        # page's own (as Readability also reads it).
        w.open_links[node.mem_id] = not inert
        if inert:
            return
        w.link_depth += 1
        if href:
            w.hrefs.append(href)
        return
    if tag in {"img", "amp-img"} and w.figure:
        w.image = w.image or attr(node, "src") or attr(node, "data-src")
    attributes = node.attributes
    tokens = attribute_tokens(attributes)
    if w.given_roles is None:
        is_caption, is_credit = _caption_role(tag, tokens)
    else:
        given = w.given_roles.get(node.mem_id)
        is_caption, is_credit = given is Role.CAPTION, given is Role.CREDIT
    furniture = any(_vocab.is_negative(t) for t in tokens)
    if furniture and tag not in _vocab.BLOCK_TAGS and node.css_first("a") is None:
        # An inline element that links nowhere is part of the sentence around
        # it (a formula widget's "CtxtMenu"), not a menu or a share bar.
        furniture = False
    if tag not in _vocab.BLOCK_TAGS and not (is_caption or is_credit or furniture):
        return
    w.open_frame(node, tag, tokens, attributes, furniture=furniture)
    w.frame_of[node.mem_id] = len(w.frames) - 1
    pushed: list[str] = []
    if tag in _vocab.HEADING_TAGS:
        w.heading = int(tag[1])
        pushed.append("heading")
    elif tag in {"ul", "ol"}:
        w.lists.append(tag == "ol")
        pushed.append("list")
    elif tag == "blockquote":
        w.quote += 1
        pushed.append("quote")
    elif tag == "figure":
        w.figure += 1
        w.image = None
        pushed.append("figure")
    elif tag == "pre":
        w.preformatted(node)
        skip.add(node.mem_id)
    elif tag == "table" and not _is_layout_table(node):
        w.table(node)
        skip.add(node.mem_id)
    if is_credit or is_caption:
        w.roles.append((Role.CREDIT if is_credit else Role.CAPTION, len(w.frames) - 1))
        pushed.append("role")
    if pushed:
        w.closers[node.mem_id] = pushed


def _exit(w: _Walker, node: Node) -> None:
    mem_id = node.mem_id  # (no .tag: it costs a Lexbor call per element)
    link = w.open_links.pop(mem_id, None)
    if link is not None:
        if link:
            w.link_depth = max(w.link_depth - 1, 0)
        return
    index = w.frame_of.pop(mem_id, None)
    if index is None:
        return
    while len(w.stack) > 1 and w.stack[-1] >= index:
        w.close_frame()
    for what in w.closers.pop(mem_id, ()):
        if what == "heading":
            w.heading = None
        elif what == "list":
            w.lists.pop()
        elif what == "quote":
            w.quote -= 1
        elif what == "figure":
            w.figure -= 1
        elif what == "role":
            w.roles.pop()
