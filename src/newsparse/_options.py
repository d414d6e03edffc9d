"""Tuning knobs, passed explicitly to :func:`newsparse.parse`; no global config."""

from __future__ import annotations

from typing import Literal

import attrs


__all__ = ["Options", "Preference"]

Preference = Literal["precision", "balanced", "recall"]


@attrs.frozen(kw_only=True)
class Options:
    """How :func:`newsparse.parse` decides; the defaults suit news and blogs.

    Every threshold is here with the reason for its default, so that a user
    can reason about a change instead of guessing.

    Attributes:
        max_bytes: Inputs larger than this raise
            :class:`~newsparse.errors.InputTooLargeError`. 64 MiB holds every
            real article page with room to spare and bounds memory: the
            peak growth of a parse is under 200 times the input (about 20
            times for real pages), so lower it for untrusted input on a
            small machine.
        preference: ``"precision"`` drops doubtful blocks, ``"recall"``
            keeps them, ``"balanced"`` (default) is tuned for the best F1.
        prose_min_chars: A block with at least this many characters (CJK
            characters count three) and few links reads as prose: a sentence
            or two is about 80 characters.
        max_link_density: Share of a block's text inside links above which
            the block is navigation or a teaser, not prose.
        boilerplate_weight: How much a boilerplate character costs a
            candidate container against a prose character; above 1 so that
            a wrapper must gain more article than it adds chrome.
        boilerplate_max_chars: A block that matches the call-to-action
            vocabulary is dropped only below this length; a longer one is a
            paragraph that merely mentions "subscribe".
        layout_share: A class such as ``sidebar`` on an element that holds
            more than this share of the page's text describes the layout,
            not the element, and is ignored.
    """

    max_bytes: int = 64 * 1024 * 1024
    preference: Preference = "balanced"
    prose_min_chars: int = 80
    max_link_density: float = 0.33
    boilerplate_weight: float = 1.5
    boilerplate_max_chars: int = 160
    layout_share: float = 0.6
