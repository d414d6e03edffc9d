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
        preference: Which way doubtful blocks go; the container is chosen
            the same way whatever the preference. ``"precision"`` keeps only
            prose and what lies between it (Zyte P 0.985, R 0.963);
            ``"recall"`` also keeps undecided text after the article and
            linked sentences within it (P 0.981, R 0.982); ``"balanced"``
            (default) is tuned for the best F1 (P 0.984, R 0.980).
        prose_min_chars: A block with at least this many characters (CJK
            characters count three) and few links reads as prose: a sentence
            or two is about 80 characters.
        max_link_density: Share of a block's text inside links above which
            the block is navigation or a teaser, not prose.
        prose_max_link_density: Long, sentence-shaped text tolerates more
            links (encyclopedic prose links every other term) up to this.
        boilerplate_weight: How much a boilerplate character costs a
            candidate container against a prose character; above 1 so that
            a wrapper must gain more article than it adds chrome.
        furniture_weight: The cost of text that reads like prose but sits
            under an element named as furniture (an embed, a bio box): lower
            than ``boilerplate_weight``, because such text often sits inside
            the article, where it must not split the container.
        boilerplate_max_chars: A block that matches the call-to-action
            vocabulary is dropped only below this length; a longer one is a
            paragraph that merely mentions "subscribe".
        cta_max_words: In a line of at most this many words a widget label
            anywhere makes it boilerplate ("Post Comment (+)"); in a longer
            line a label must stand alone, as prose mentions comments and
            logins ("declined to comment"), while a call to action ("sign up
            to our newsletter") counts anywhere.
        caption_max_chars: An element marked as a caption or credit that
            holds more text than this is a wrapper, and its text is
            ordinary text: real captions are a sentence or three.
        teaser_max_chars: A story card (linked headline plus blurb) holds at
            most this much text; an article section holds more.
        teaser_min_cards: This many sibling cards make a list of other
            stories; two could be a pair of related links in the text.
        sentence_min_chars: A linked line shorter than this is a teaser or
            a menu item even when it ends like a sentence.
        dateline_max_chars: A line of only dates and times up to this long
            is a dateline, which the metadata carries.
        container_hint_bonus: Factor on the score of an element named as the
            article (``article-body``, ``<article>``, ``itemprop=articleBody``):
            enough to break near ties, too little to override the text.
        scope_max_levels: How far above the text container captions are
            looked for (the article's header often holds the lead picture).
        scope_max_growth: An ancestor still counts as the article while it
            holds at most this multiple of the container's prose.
        teaser_min_link_density: A line inside the article that is at least
            this much link is an inline teaser, a related link; a long,
            sentence-shaped line with less is a linked sentence of the
            article (kept unless favouring precision).
        teaser_min_chars: ...and is at least this long (shorter is a button).
        heading_max_gap: A heading at most this many blocks before the first
            paragraph opens the article.
        layout_share: A class such as ``sidebar`` on an element that holds
            more than this share of the page's text describes the layout,
            not the element, and is ignored.
        gallery_beside_share: ...except on a gallery or slideshow with
            prose beside it of at least this share of its own: the article
            has its own text, and the slides' captions are not it (a gallery
            with less beside it is a photo story, and the article).
    """

    max_bytes: int = 64 * 1024 * 1024
    preference: Preference = "balanced"
    prose_min_chars: int = 80
    max_link_density: float = 0.33
    prose_max_link_density: float = 0.5
    boilerplate_weight: float = 1.5
    furniture_weight: float = 0.5
    boilerplate_max_chars: int = 160
    cta_max_words: int = 3
    caption_max_chars: int = 500
    teaser_max_chars: int = 500
    teaser_min_cards: int = 3
    sentence_min_chars: int = 40
    dateline_max_chars: int = 60
    container_hint_bonus: float = 1.1
    scope_max_levels: int = 3
    scope_max_growth: float = 1.25
    teaser_min_link_density: float = 0.8
    teaser_min_chars: int = 15
    heading_max_gap: int = 2
    layout_share: float = 0.6
    gallery_beside_share: float = 0.2
