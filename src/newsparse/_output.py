"""Turn the chosen segments into the Article's typed blocks."""

from __future__ import annotations

import re

from newsparse import _vocab
from newsparse._model import Block, BlockKind
from newsparse._segment import Segment


__all__ = ["build_body"]


def build_body(
    segments: list[Segment],
    title: str | None,
    authors: tuple[str, ...] = (),
    site_name: str | None = None,
) -> tuple[Block, ...]:
    """Blocks in reading order, without what repeats the metadata.

    A heading that repeats the title, a short line that only names the
    authors (a byline: "By Jane Doe and Bo Li | May 3, 2024") and a line
    that only names the site (a masthead's "- Sputnik International") are
    left to ``Article.title``, ``Metadata.authors`` and
    ``Metadata.site_name``.
    """
    title_key = _key(title) if title else None
    site_key = _bare(site_name) if site_name else None
    blocks: list[Block] = []
    for seg in segments:
        if seg.kind is BlockKind.HEADING and _key(seg.text) == title_key:
            seg.reason = "repeats the title"
            continue
        if site_key and _bare(seg.text) == site_key:
            seg.reason = "names the site"
            continue
        if authors and _is_byline(seg.text, authors):
            seg.reason = "a byline repeating the authors"
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


_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")


def _bare(text: str) -> str:
    """The key of a text without the punctuation around it."""
    return _EDGE_PUNCTUATION.sub("", _key(text))


# What a byline holds besides the names: labels, joiners, dates.
_BYLINE_FILLER = re.compile(
    r"\b(?:by|and|und|et|e|y|von|par|por|di|da|de|door|от|и|автор[ыа]?|written|"
    r"posted|updated|published|staff|writer|reporter|correspondent|editor)\b|[\W\d_]",
    re.IGNORECASE,
)
_MAX_BYLINE_CHARS = 160


def _is_byline(text: str, authors: tuple[str, ...]) -> bool:
    """Whether a short line says nothing but who wrote the article (and when)."""
    if len(text) > _MAX_BYLINE_CHARS:
        return False
    rest = text.casefold()
    for name in authors:
        key = name.casefold()
        if key not in rest:
            return False
        rest = rest.replace(key, " ", 1)  # a byline names each author once
    rest = _BYLINE_FILLER.sub(" ", rest).strip()
    return not rest or _vocab.DATELINE.match(rest) is not None
