"""Turn the chosen segments into the Article's typed blocks."""

from __future__ import annotations

import re

from newsparse._model import Block, BlockKind
from newsparse._segment import Segment


__all__ = ["build_body"]

_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")


def build_body(
    segments: list[Segment], title: str | None, *, site_name: str | None = None
) -> tuple[Block, ...]:
    """Blocks in reading order, without a repeat of the title or of a block.

    A block that only names the site (a logo's text, a masthead line such as
    ``"- Sputnik International"``) is branding, not article text.
    """
    title_key = _key(title) if title else None
    site_key = _bare(site_name) if site_name else None
    blocks: list[Block] = []
    previous: str | None = None
    for seg in segments:
        key = _key(seg.text)
        if not key or key == previous:
            continue
        if seg.kind is BlockKind.HEADING and key == title_key:
            continue
        if site_key and _bare(seg.text) == site_key:
            continue
        previous = key
        blocks.append(
            Block(
                kind=seg.kind,
                text=seg.text,
                level=seg.level,
                cells=seg.cells,
                ordered=seg.ordered,
            )
        )
    return tuple(blocks)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _bare(text: str) -> str:
    """The key of a text without the punctuation around it."""
    return _EDGE_PUNCTUATION.sub("", _key(text))
