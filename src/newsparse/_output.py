"""Turn the chosen segments into the Article's typed blocks."""

from __future__ import annotations

from newsparse._model import Block, BlockKind
from newsparse._segment import Segment


__all__ = ["build_body"]


def build_body(segments: list[Segment], title: str | None) -> tuple[Block, ...]:
    """Blocks in reading order, without a heading that repeats the title."""
    title_key = _key(title) if title else None
    blocks: list[Block] = []
    for seg in segments:
        if seg.kind is BlockKind.HEADING and _key(seg.text) == title_key:
            continue
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
