"""Find the pictures of a page and the text printed with them.

This runs on the cleaned tree before segmentation. It finds every caption
and credit element, whether the markup says so (``<figcaption>``, caption and
credit class words, ``itemprop``) or only the layout does (short text that
shares a small wrapper with a single picture), splits each into caption text
and credit, and hands the segmenter their ``mem_id``s so that their text never
reaches the body. Which pictures belong to the article is decided later,
once the article's container is known (see ``_captions``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs

from newsparse import _vocab
from newsparse._captions import (
    credit_alone,
    credit_line,
    split_credit,
    tidy_credit,
    tidy_text,
)
from newsparse._dom import Node, attr, class_id_tokens
from newsparse._segment import (
    Role,
    element_text,
    has_visible_text,
    normalize_space,
    text_mass,
)


__all__ = ["Picture", "Pictures", "find_pictures"]

# A caption is a line or a short paragraph; an element with more text than
# this is a layout wrapper that happens to carry a caption-like class word.
MAX_CAPTION_CHARS = 1500
# A wrapper around a single picture holds the picture and at most this much
# text, or it is a block of article text with an image in it.
MAX_WRAPPER_CHARS = 450

# A block of at least this much text (text_mass: a CJK character counts
# three) with a sentence end is a paragraph, as the content finder's
# Options.prose_min_chars has it.
_PARAGRAPH_MASS = 80
# How a paragraph ends, in every script the content finder reads.
_PARAGRAPH_END = re.compile(r"[.!?…。！？।؟۔][\"'’”»)]*$")

# A gallery placeholder with more text than this is not just a credit line.
MAX_PLACEHOLDER_CHARS = 120


def _having(words: Iterable[str]) -> str:
    """A CSS selector for elements whose class or id contains one of *words*."""
    return ", ".join(
        f'[{name}*="{word}" i]' for word in sorted(words) for name in ("class", "id")
    )


# Elements that may be named caption or credit; `_explicit_role` decides.
# Matching substrings in C first spares a Python look at every element.
_EXPLICIT_CANDIDATES = "figcaption, figure cite, [itemprop], " + _having(
    _vocab.CAPTION_TOKENS | _vocab.CREDIT_TOKENS
)
_GALLERY_CANDIDATES = _having(_vocab.GALLERY_TOKENS)
_IMAGE_TAGS = frozenset({"img", "amp-img", "picture"})
# A picture inside one of these shares it with article text, not a caption.
_NOT_WRAPPERS = frozenset(
    {"body", "html", "article", "main", "blockquote", "li", "ul", "ol", "table"}
)
_UNICODE_WORD = re.compile(r"\w+")
_CREDIT_LABEL_WORD = re.compile(rf"(?:{_vocab.CREDIT_LABEL})|by|c", re.IGNORECASE)
_WORDS = re.compile(r"[^0-9a-zA-Z]+|(?<=[a-z])(?=[A-Z])")
# Words that end a class name without changing what it names.
_GENERIC_WORDS = frozenset(
    {
        "text",
        "wrapper",
        "wrap",
        "container",
        "inner",
        "content",
        "block",
        "box",
        "body",
        "area",
        "holder",
        "outer",
        "item",
        "line",
        "main",
        "full",
        "remote",
        "desktop",
        "mobile",
    }
)
# Inline elements whose boundaries never separate a caption from its credit.
_RUN_TAGS = frozenset(
    {"a", "b", "strong", "i", "em", "u", "abbr", "cite", "q", "sup", "sub", "mark"}
)
_PIECE_BREAK_TAGS = _vocab.BLOCK_TAGS | {"br"}
# Linear: ".*video …" is tried once, and the separators before and after a
# label are read possessively, so that no run of punctuation or spaces is
# rescanned from each of its positions (a counter such as "1 / 12" starts
# with its number, not with the slash).
_PLAYER_LABEL = re.compile(
    r"^(?:.*video is (?:not|no longer) available.*"
    r"|[\W_]*+(?:media playback is unsupported.*|\d{1,2}"
    r"|caption|close|expand|enlarge|buy photo|play(?: video)?|replay|loading.*|key"
    r"|legend|view (?:gallery|photos?|graphic)|photo|video|image|gallery|more|less"
    r"|\d+ (?:photos|fotos|images)"
    # slide counters: "Image 1 of 12", "1 / 12", "Bild 1 von 5", a lone "of"
    r"|(?:(?:image|photo|foto|bild|slide)\s*+)?(?:\d++\s*+)?"
    r"(?:of|von|de|из|sur|/)\s*+\d*+)"
    # separators after a label do not make it text ("из -" is "из")
    r"[\W_]*+)$",
    re.IGNORECASE,
)
# (?<!\s) and possessive runs: a run of spaces is read once (linear).
_TRUNCATED = re.compile(r"(?<!\s)\s*+(?:\.\.\.|…)?\s*+(?:more|less|read more)?\s*+$")
_SENTENCE_END = re.compile(r"[.!?…][\"'’”»)]*$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|avif)(?:$|[?#])", re.IGNORECASE)


@attrs.frozen
class Picture:
    """One picture's caption as printed, and where it sits in the tree.

    Attributes:
        text: The caption without its credit (may be empty).
        credit: Who made or owns the picture, when printed.
        image: The picture's ``src`` as written in the page, if any.
        nodes: ``mem_id`` of the caption and credit elements, in page order.
        link: The link around the picture or its caption, when the picture
            points to another page (the sign of a teaser).
    """

    text: str
    credit: str | None
    image: str | None
    nodes: tuple[int, ...]
    link: str | None = None


@attrs.frozen
class Pictures:
    """The captions found in a page, and the roles of their elements."""

    items: tuple[Picture, ...]
    roles: dict[int, Role]


@attrs.define
class _Region:
    """A caption or credit element, on its way to becoming a Picture."""

    node: Node
    role: Role
    unit: Node


def find_pictures(root: Node) -> Pictures:
    """Every captioned picture under *root*, in page order."""
    strays: list[Node] = []
    regions = _explicit_regions(root, strays)
    claimed = {_key(r.unit) for r in regions}
    images = [i for i in root.css("img, amp-img") if _real_picture(i)]
    regions.extend(_layout_regions(images, claimed, regions))
    regions.extend(_following_regions(images, claimed, regions))
    regions.extend(_placeholder_regions(root, regions))
    if len(regions) > 1:
        order = _order(root)
        regions.sort(key=lambda r: order[r.node.mem_id])
    roles: dict[int, Role] = {r.node.mem_id: r.role for r in regions}
    groups: dict[int, list[_Region]] = {}
    for region in regions:
        groups.setdefault(_key(region.unit), []).append(region)
    items: list[Picture] = []
    for group in groups.values():
        picture = _picture(group)
        if picture is not None:
            items.append(picture)
    # A stray credit element that repeats a picture's credit is that credit.
    printed = [_credit_words(p.credit) for p in items if p.credit]
    for node in strays:
        words = _credit_words(element_text(node))
        if words and any(words <= c or c <= words for c in printed if c):
            roles[node.mem_id] = Role.CREDIT
    return Pictures(tuple(items), roles)


def _credit_words(credit: str) -> frozenset[str]:
    """The words of a credit past its labels, which its copies share."""
    words = _UNICODE_WORD.findall(credit.casefold())
    return frozenset(w for w in words if not _CREDIT_LABEL_WORD.fullmatch(w))


# -- regions the markup names ------------------------------------------------


def _explicit_role(node: Node, tag: str) -> Role | None:
    """Caption or credit by tag, ``itemprop`` or class words.

    In each class name the head word decides, as in an English compound:
    ``media-caption`` and ``caption__text`` name a caption, ``caption-credit``
    a credit, while ``header__caption-style--default`` names a style.
    """
    if tag == "cite":
        return _figure_credit(node)
    attributes = node.attributes
    if tag != "figcaption" and not (
        attributes.get("class") or attributes.get("id") or attributes.get("itemprop")
    ):
        return None
    itemprop = (attributes.get("itemprop") or "").casefold()
    if "copyrightholder" in itemprop:
        return Role.CREDIT
    decided: Role | None = Role.CAPTION if tag == "figcaption" else None
    if "caption" in itemprop.split():
        decided = Role.CAPTION
    names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
    for name in names.split()[:12]:
        words = [w.lower() for w in _WORDS.split(name.split("--")[0]) if w]
        while len(words) > 1 and words[-1] in _GENERIC_WORDS:
            words.pop()
        if not words:
            continue
        if words[-1] in _vocab.CAPTION_TOKENS:
            decided = Role.CAPTION
        elif words[-1] in _vocab.CREDIT_TOKENS:
            decided = Role.CREDIT
    return decided


def _figure_credit(cite: Node) -> Role | None:
    """A ``<cite>`` beside a figure's caption names the picture's source.

    Inside the caption it may be the title of a work the caption mentions
    ("a scene from <cite>Hamlet</cite>"), so only a cite outside it counts.
    """
    current = cite.parent
    for _ in range(6):
        if current is None or current.tag == "figcaption":
            return None
        if current.tag == "figure":
            return Role.CREDIT if _first_image(current) is not None else None
        current = current.parent
    return None


def _explicit_regions(root: Node, strays: list[Node]) -> list[_Region]:
    """Caption and credit elements the markup names.

    A credit element far from any picture goes to *strays*: it may be a
    copy of a picture's credit (in a gallery's control bar) or the page's
    copyright line.
    """
    regions: list[_Region] = []
    taken: set[int] = set()  # mem_id of every region so far
    for node in root.css(_EXPLICIT_CANDIDATES):
        tag = node.tag or ""
        role = _explicit_role(node, tag)
        if role is None or _inside(node, taken):
            continue
        text = element_text(node)
        if not text or len(text) > MAX_CAPTION_CHARS:
            continue
        if node.css_first("h1") is not None:
            continue  # the article's header, whatever its class says
        if role is Role.CREDIT and not _near_picture(node):
            strays.append(node)
            continue
        regions.append(_Region(node, role, _unit_of(node)))
        taken.add(node.mem_id)
    return regions


def _near_picture(node: Node) -> bool:
    """Whether a credit element sits in a figure or next to an image."""
    unit = _unit_of(node)
    if unit.tag == "figure":
        return True
    return (
        _first_image(unit) is not None and len(element_text(unit)) <= MAX_WRAPPER_CHARS
    )


def _unit_of(node: Node) -> Node:
    """The element that holds one picture and its caption.

    That is the nearest figure, or else the caption's parent.
    """
    current: Node | None = node
    for _ in range(6):
        if current is None:
            break
        if current.tag == "figure":
            return current
        current = current.parent
    parent = node.parent
    return parent if parent is not None else node


# -- regions only the layout shows ---------------------------------------------


def _layout_regions(
    images: list[Node], claimed_units: set[int], regions: list[_Region]
) -> list[_Region]:
    """Short text sharing a small wrapper with a single picture of *images*."""
    found: list[_Region] = []
    taken = {r.node.mem_id for r in regions}
    for image in images:
        if _inside(image, taken):
            continue
        if _within(image, claimed_units, levels=6):
            continue  # the picture of a figure whose caption the markup names
        wrapper = _wrapper(image)
        if wrapper is None or _key(wrapper) in claimed_units:
            continue
        # A wrapper that also holds a headline is the article's header: only
        # a credit line there is the picture's.
        header = wrapper.css_first("h1, h2, h3") is not None
        blocks: list[tuple[Node, str]] = []
        for node in _text_blocks(wrapper, image):
            if _inside(node, taken):
                continue
            text = element_text(node)
            short = len(text) < 15 or len(text.split()) < 3
            if (header or short) and not credit_alone(text):
                continue
            blocks.append((node, text))
        # Beside a sentence, a phrase without end punctuation is the card's
        # title (a gallery's, a teaser's), not the picture's caption.
        if any(_SENTENCE_END.search(t) for _, t in blocks):
            blocks = [
                (n, t) for n, t in blocks if _SENTENCE_END.search(t) or credit_alone(t)
            ]
        found.extend(_Region(node, Role.CAPTION, wrapper) for node, _ in blocks)
        taken.update(node.mem_id for node, _ in blocks)
        if blocks:
            claimed_units.add(_key(wrapper))
    return found


def _following_regions(
    images: list[Node], claimed_units: set[int], regions: list[_Region]
) -> list[_Region]:
    """A caption-like block right below a captionless picture of *images*.

    Only blocks that look set apart from the article's paragraphs count: a
    one-item list, or a paragraph wholly in italics or small print.
    """
    found: list[_Region] = []
    taken = {r.node.mem_id for r in regions}
    for image in images:
        if _within(image, claimed_units, levels=6):
            continue
        block = _picture_block(image)
        if block is None or _key(block) in claimed_units:
            continue
        after = _next_element(block)
        if after is None or _inside(after, taken):
            continue
        if _set_apart(after):
            found.append(_Region(after, Role.CAPTION, block))
            taken.add(after.mem_id)
            claimed_units.add(_key(block))
    return found


def _placeholder_regions(root: Node, regions: list[_Region]) -> list[_Region]:
    """The printed credit of a gallery whose pictures scripts load.

    A slider or gallery element that holds no picture yet still shows its
    credit line ("Фото: личный архив …"); that line is the gallery's, not
    article text.
    """
    found: list[_Region] = []
    taken = {r.node.mem_id for r in regions}
    for node in root.css(_GALLERY_CANDIDATES):
        if not _vocab.GALLERY_TOKENS.intersection(class_id_tokens(node)):
            continue
        if _inside(node, taken) or node.css_first("img, amp-img, picture"):
            continue
        text = element_text(node)
        if text and len(text) <= MAX_PLACEHOLDER_CHARS and credit_line(text):
            found.append(_Region(node, Role.CREDIT, node))
            taken.add(node.mem_id)
    return found


def _picture_block(image: Node) -> Node | None:
    """The figure, or the element holding nothing but this picture."""
    current = image
    for _ in range(5):
        parent = current.parent
        if parent is None:
            return None
        if parent.tag == "figure":
            return parent
        if has_visible_text(parent.text()) or len(parent.css("img, amp-img")) > 1:
            return current if current is not image else None
        current = parent
    return current


def _next_element(node: Node) -> Node | None:
    sibling = node.next
    while sibling is not None:
        if sibling.is_element_node:
            return sibling
        if (sibling.text_content or "").strip():
            return None
        sibling = sibling.next
    return None


def _set_apart(node: Node) -> bool:
    text = element_text(node)
    if not 10 <= len(text) <= MAX_WRAPPER_CHARS or node.css_first("img, h1, h2, h3"):
        return False
    if sum(len(element_text(a)) for a in node.css("a")) > 0.2 * len(text):
        return False
    if node.tag in {"ul", "ol"}:
        return len(node.css("li")) == 1
    styled = node.css("em, i, small")
    return node.tag in {"p", "div"} and any(element_text(s) == text for s in styled)


def _within(node: Node, ids: set[int], levels: int) -> bool:
    current = node.parent
    for _ in range(levels):
        if current is None:
            return False
        if current.mem_id in ids:
            return True
        current = current.parent
    return False


def _real_picture(image: Node) -> bool:
    """Not an icon, logo, avatar, tracking pixel or inline emoji."""
    if any(t in _vocab.NON_PICTURE_TOKENS for t in class_id_tokens(image)):
        return False
    for name in ("width", "height"):
        value = attr(image, name) or ""
        if value.isdigit() and int(value) < 80:
            return False
    src = attr(image, "src") or ""
    lazy = any(attr(image, name) for name in ("data-src", "srcset", "data-srcset"))
    return lazy or not src.endswith(".svg")


def _wrapper(image: Node) -> Node | None:
    """The largest ancestor that holds this one picture and little text."""
    best: Node | None = None
    current = image.parent
    while current is not None and current.tag not in _NOT_WRAPPERS:
        if len(current.css("img, amp-img")) > 1:
            break
        text = element_text(current)
        if len(text) > MAX_WRAPPER_CHARS or current.css_first("p p"):
            break
        if _paragraphs_beside(current, image) >= 2:
            break  # a short article's paragraphs around an inline picture
        if any(t in _vocab.NON_PICTURE_TOKENS for t in class_id_tokens(current)):
            return None
        best = current
        current = current.parent
    return best


def _paragraphs_beside(node: Node, image: Node) -> int:
    """Children of *node*, beside *image*'s branch, that read as paragraphs.

    A picture's wrapper holds one caption at most; two blocks of prose
    around the picture (``<div>``s in a class soup, not only ``<p>``s) are
    the article's text, however short the article.
    """
    count = 0
    for child in _children(node):
        if not child.is_element_node or _contains(child, image):
            continue
        text = element_text(child)
        if text_mass(text) >= _PARAGRAPH_MASS and _PARAGRAPH_END.search(text):
            count += 1
    return count


def _contains(node: Node, inner: Node) -> bool:
    current: Node | None = inner
    while current is not None:
        if current.mem_id == node.mem_id:
            return True
        current = current.parent
    return False


def _text_blocks(wrapper: Node, image: Node) -> Iterator[Node]:
    """Elements of *wrapper* with text, outside the branch holding *image*."""
    branch: set[int] = set()
    current: Node | None = image
    while current is not None and current.mem_id != wrapper.mem_id:
        branch.add(current.mem_id)
        current = current.parent
    stack = list(_children(wrapper))
    stack.reverse()
    while stack:
        node = stack.pop()
        if node.mem_id in branch:
            children = list(_children(node))
            children.reverse()
            stack.extend(children)
            continue
        if not node.is_element_node or node.tag in _vocab.HEADING_TAGS:
            continue
        if node.tag == "p" and not credit_alone(element_text(node)):
            continue  # a paragraph of the article beside an inline picture
        if node.css_first(_vocab.HEADING_SELECTOR) is not None:
            continue
        text = element_text(node)
        if not text or _PLAYER_LABEL.match(text) or _URL.match(text):
            continue
        if len(text) < 80 and _vocab.BOILERPLATE_TEXT.search(text):
            continue  # "Share on WhatsApp" beside its icon
        links = sum(len(element_text(a)) for a in node.css("a"))
        if links > 0.5 * len(text):
            continue  # a headline linking away: a teaser, not a caption
        yield node


# -- from regions to a Picture ---------------------------------------------------


def _picture(group: list[_Region]) -> Picture | None:
    text_parts: list[str] = []
    credit_parts: list[str] = []
    for region in group:
        for piece, role in _pieces(region.node, region.role):
            (credit_parts if role is Role.CREDIT else text_parts).append(piece)
    if not credit_parts and len(text_parts) > 1:
        for piece in list(text_parts):
            if credit_alone(piece):
                text_parts.remove(piece)
                credit_parts.append(piece)
    text = " ".join(text_parts)
    credit: str | None
    if credit_parts:
        credit = tidy_credit(" ".join(credit_parts))
        # The text may print the credit once more: keep the fuller one.
        text, inner = split_credit(tidy_text(text))
        if inner and len(inner) > len(credit or ""):
            credit = inner
    else:
        text, credit = split_credit(text)
    if not text and not credit:
        return None
    unit = group[0].unit
    image = _first_image(unit)
    return Picture(
        text=text,
        credit=credit,
        image=(attr(image, "src") or attr(image, "data-src")) if image else None,
        nodes=tuple(r.node.mem_id for r in group),
        link=_link_around(group[0].node, unit, image),
    )


def _pieces(node: Node, role: Role) -> list[tuple[str, Role]]:
    """The region's text cut at element boundaries, each piece with its role.

    Adjacent elements are separate pieces even without a space between them
    (``<span>Caption.</span><span>Photographer</span>``), except for runs of
    inline formatting inside a sentence.
    """
    pieces: list[tuple[str, Role]] = []
    buffer: list[str] = []
    roles: list[Role] = [role]

    def flush() -> None:
        text = normalize_space("".join(buffer))
        buffer.clear()
        if text and not _PLAYER_LABEL.match(text):
            pieces.append((text, roles[-1]))

    def visit(current: Node) -> None:
        child = current.child
        while child is not None:
            if child.is_text_node:
                buffer.append(child.text_content or "")
            elif child.is_element_node and not _screen_reader_only(child):
                tag = child.tag or ""
                if tag in {"a", "button"} and _PLAYER_LABEL.match(element_text(child)):
                    child = child.next
                    continue  # a "more" / "less" toggle inside the caption
                breaks = tag in _PIECE_BREAK_TAGS or (
                    tag not in _RUN_TAGS and bool(attr(child, "class"))
                )
                child_role = _explicit_role(child, tag)
                if breaks:
                    flush()
                if child_role is not None:
                    roles.append(child_role)
                visit(child)
                if breaks:
                    flush()
                if child_role is not None:
                    roles.pop()
            child = child.next

    visit(node)
    flush()
    return _without_copies(pieces)


def _without_copies(pieces: list[tuple[str, Role]]) -> list[tuple[str, Role]]:
    """Drop a piece that repeats another, whole or truncated ("… more").

    A truncated copy has the role of its original: a credit element is not a
    copy of a caption that happens to begin with its words.
    """
    keys = [_TRUNCATED.sub("", p.casefold()).strip() for p, _ in pieces]
    kept: list[tuple[str, Role]] = []
    for i, piece in enumerate(pieces):
        if (
            any(
                j != i
                and keys[j] != keys[i]
                and keys[j].startswith(keys[i])
                and pieces[j][1] is piece[1]
                for j in range(len(pieces))
            )
            or keys[i] in keys[:i]
        ):
            continue
        kept.append(piece)
    return kept


def _screen_reader_only(node: Node) -> bool:
    return bool(_vocab.SCREEN_READER_CLASS.search(attr(node, "class") or ""))


def _link_around(region: Node, unit: Node, image: Node | None) -> str | None:
    """The target of a link around the picture or its caption.

    Only links that leave the page count, not a lightbox anchor or the image
    file itself.
    """
    text = element_text(region)
    for link in region.css("a[href]"):
        if len(element_text(link)) >= 0.5 * len(text) and _leaves(link):
            return attr(link, "href")
    for start in (image, region):
        current = start
        for _ in range(8):
            if current is None:
                break
            if current.tag == "a":
                return attr(current, "href") if _leaves(current) else None
            if current.mem_id == unit.mem_id:
                break
            current = current.parent
    return None


def _leaves(link: Node) -> bool:
    """Whether a link goes to another page (not an anchor, script or image)."""
    href = (attr(link, "href") or "").strip()
    return bool(href) and not (
        href.startswith(("#", "javascript:")) or _IMAGE_FILE.search(href)
    )


# -- small tree helpers ------------------------------------------------------------


def _children(node: Node) -> Iterator[Node]:
    child = node.child
    while child is not None:
        yield child
        child = child.next


def _first_image(node: Node) -> Node | None:
    if node.tag in _IMAGE_TAGS:
        return node
    for image in node.css("img, amp-img"):
        if _real_picture(image):
            return image
    return None


def _inside(node: Node, ids: set[int]) -> bool:
    """Whether *node* is one of the regions (by ``mem_id``) or inside one.

    Callers keep the set as they find regions: building it afresh on every
    call made finding n captions quadratic.
    """
    current: Node | None = node
    while current is not None:
        if current.mem_id in ids:
            return True
        current = current.parent
    return False


def _key(node: Node) -> int:
    return node.mem_id


def _order(root: Node) -> dict[int, int]:
    """Document position of every element under *root*."""
    return {n.mem_id: i for i, n in enumerate(root.css("*"))}
