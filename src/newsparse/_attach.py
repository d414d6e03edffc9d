"""What is attached to the article: its captions and related links.

Runs after the content finder, once the article's place is known, and
takes the related-reading elements out of the body. A site rule that chose
the body itself (``RuleRun.scope``) sets the place instead of the finder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from newsparse._captions import article_start, build_captions
from newsparse._content import Selection
from newsparse._links import ArticlePlace, find_related
from newsparse._segment import Role, Segment, Segmentation, segment


if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._dom import Node
    from newsparse._figures import Pictures
    from newsparse._model import Caption, Link


__all__ = ["Attached", "attach"]

# Shorter caption texts ("Barack Obama") may also be a line of the article.
MIN_COPY_CHARS = 30


@attrs.frozen
class Attached:
    """The body's segments without related reading, the captions and links.

    ``selection`` is the content finder's selection with this stage's body,
    caption and related-link segments, as ``--explain`` reports them.
    """

    body: list[Segment]
    captions: tuple[Caption, ...]
    related: tuple[Link, ...]
    selection: Selection


def attach(
    root: Node,
    pictures: Pictures,
    selection: Selection,
    *,
    segmentations: Sequence[Segmentation],
    scope: Sequence[Node] | None,
    title: str | None,
    base_url: str | None,
    page_urls: set[str],
) -> Attached:
    """Captions and related links of the selected article.

    Args:
        root: The cleaned tree.
        pictures: Every captioned picture of the page (``find_pictures``).
        selection: The content finder's (or the site rule's) choice.
        segmentations: The segmentations *selection*'s segments come from.
        scope: The site rule's body elements, or None when the generic
            finder chose the container of the one segmentation of *root*.
        title: The page's title, which marks where the article starts.
        base_url: The URL relative links resolve against (the page's
            ``<base href>`` already applied, see ``read_metadata``).
        page_urls: The page's own URLs, never a related link.
    """
    node_of = {
        id(s): seg.frames[s.frame].node_id
        for seg in segmentations
        for s in seg.segments
    }
    if scope is None:
        seg, container = segmentations[0], selection.container
    else:
        seg = segment(root, pictures.roles)
        container = _frame_around(seg, scope)
    frames = seg.frames
    captions = build_captions(pictures, seg, container, title, base_url)
    place = ArticlePlace(
        container=frames[container].node_id,
        start=frames[article_start(seg, container, title)].node_id,
        body=frozenset(node_of[id(s)] for s in selection.body),
        captions=captions.elements,
    )
    related = find_related(root, place, base=base_url, page_urls=page_urls)
    # Text inside the article's caption elements is caption text, even where
    # the content finder took a long caption for prose; so is a copy of a
    # caption printed elsewhere (a gallery's promo card).
    in_captions: set[int] = set()
    for seg in segmentations:
        under = _frames_under(seg, captions.elements)
        in_captions.update(id(s) for s in seg.segments if under[s.frame])
    copies = {_key(c.text) for c in captions.captions if len(c.text) >= MIN_COPY_CHARS}
    copies.update(_key(c.credit) for c in captions.captions if c.credit)
    segments = [s for seg in segmentations for s in seg.segments]
    as_captions = [
        s
        for s in segments
        if id(s) in in_captions or (copies and _key(s.text) in copies)
    ]
    caption_ids = {id(s) for s in as_captions}
    as_related = [
        s
        for s in segments
        if node_of[id(s)] in related.elements and id(s) not in caption_ids
    ]
    removed = caption_ids | {id(s) for s in as_related}
    body = [s for s in selection.body if id(s) not in removed]
    explained = attrs.evolve(
        selection,
        body=body,
        captions=[
            *selection.captions,
            *(s for s in as_captions if s.role is Role.TEXT),
        ],
        related=as_related,
    )
    return Attached(body, captions.captions, related.links, explained)


def _frames_under(seg: Segmentation, elements: frozenset[int]) -> list[bool]:
    """For each frame, whether its element or an ancestor is in *elements*.

    A frame's parent comes before it, so one pass answers for all.
    """
    under: list[bool] = []
    for frame in seg.frames:
        inside = frame.node_id in elements or (
            frame.parent >= 0 and under[frame.parent]
        )
        under.append(inside)
    return under


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _frame_around(seg: Segmentation, nodes: Sequence[Node]) -> int:
    """The frame of the smallest block element holding all of *nodes*."""
    frame_of = {f.node_id: i for i, f in enumerate(seg.frames)}
    chains = [_chain(node) for node in nodes]
    shared = set(chains[0]).intersection(*chains[1:])
    for mem_id in chains[0]:
        if mem_id in shared and mem_id in frame_of:
            return frame_of[mem_id]
    return 0


def _chain(node: Node) -> list[int]:
    """``mem_id`` of *node* and its ancestors, nearest first."""
    chain = []
    current: Node | None = node
    while current is not None:
        chain.append(current.mem_id)
        current = current.parent
    return chain
