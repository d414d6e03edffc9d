"""Find the article: label each segment, then pick the best container.

The container is the element whose article text most outweighs its
boilerplate.

1. *Label* every segment on its own evidence: prose (long enough, few links,
   not under page furniture), boilerplate (mostly links, under an element
   whose class/id/role/tag says furniture, or a short call to action), or
   undecided (short text: headings, datelines, one-line paragraphs).
2. *Score* every block element: the text mass of the prose under it minus a
   weighted mass of the boilerplate under it. The highest-scoring element is
   the article's container. This is a maximum-weight subtree: a wrapper wins
   only if what it adds is more article than chrome, which is also how
   article text split across siblings (by ads, embeds, teasers) gets merged.
3. *Keep*, inside the container, the prose and the undecided blocks that sit
   among prose; route captions and inline teaser links out of the body.
"""

from __future__ import annotations

import re

import attrs

from newsparse import _vocab
from newsparse._model import BlockKind
from newsparse._options import Options
from newsparse._segment import Frame, Role, Segment, Segmentation


__all__ = ["BAD", "GOOD", "NEUTRAL", "Selection", "select_content"]

GOOD = 1
NEUTRAL = 0
BAD = -1

# Sentence ends, including the Devanagari danda and the Arabic and Urdu
# question mark and full stop.
_SENTENCE_END = re.compile(r"[.!?。！？…:;»\"”')।؟۔]\s|[.!?。！？…\"”»।؟۔]$")


@attrs.frozen
class Selection:
    """The chosen container and the segments of the article."""

    container: int
    body: list[Segment]
    captions: list[Segment]
    related: list[Segment]
    segments: list[Segment] = attrs.field(factory=list)


def _intrinsic_label(seg: Segment, options: Options) -> int:
    """Label a segment on its own text, before looking at its ancestors."""
    density = seg.link_density
    if seg.kind is BlockKind.HEADING and density > options.max_link_density:
        # A linked heading is a teaser headline or a section title with an
        # anchor: its neighbours decide.
        return NEUTRAL
    if density > options.prose_max_link_density:
        seg.reason = f"mostly link text ({density:.0%})"
        return BAD
    cta = (
        _call_to_action(seg, options)
        if seg.chars <= options.boilerplate_max_chars
        else None
    )
    if cta is not None:
        # before the leniency for linked sentences below: "Download our app
        # for alerts" is a call to action however much of it is a link
        seg.reason = f"short call to action or widget label ({cta.group(0)!r})"
        return BAD
    if density > options.max_link_density and seg.mass < 2 * options.prose_min_chars:
        # a sentence with a long link in it is left to its neighbours;
        # a short linked line without one is a teaser or a menu
        sentence = (
            seg.chars >= options.sentence_min_chars
            and _SENTENCE_END.search(seg.text) is not None
        )
        if sentence:
            return NEUTRAL
        seg.reason = f"a short line that is mostly link text ({density:.0%})"
        return BAD
    if seg.chars <= options.boilerplate_max_chars:
        if _vocab.CREDIT_LINE.match(seg.text) is not None:
            seg.reason = "a reporting/editing credit line"
            return BAD
        if (
            seg.chars <= options.dateline_max_chars
            and _vocab.DATELINE.match(seg.text) is not None
        ):
            seg.reason = "a dateline (the metadata carries dates)"
            return BAD
    if seg.mass >= options.prose_min_chars and (
        _SENTENCE_END.search(seg.text) is not None
        or seg.mass >= 2 * options.prose_min_chars
    ):
        return GOOD
    return NEUTRAL


def _call_to_action(seg: Segment, options: Options) -> re.Match[str] | None:
    """The wording that makes a short line a call to action or a widget label.

    The vocabulary itself tells the two apart: a call to action ("sign up
    to our newsletter", "download our app") counts anywhere in the line, a
    widget label ("Comments (12)", "Share") only when it stands alone or the
    line is a few words (``Options.cta_max_words``: "Post Comment (+)"), so
    prose that mentions comments, logins or advertising ("declined to
    comment") is not one. Code is never a call to action.
    """
    if seg.kind is BlockKind.PREFORMATTED:
        return None
    text = seg.text
    found = _vocab.BOILERPLATE_TEXT.search(text)
    if found is not None:
        # a sentence of prose beside the call to action makes the block a
        # paragraph that merely says "keep reading" on its way
        rest = sum(
            len(sentence)
            for sentence in _SENTENCES.split(text)
            if _vocab.BOILERPLATE_TEXT.search(sentence) is None
        )
        return found if rest < options.prose_min_chars else None
    if len(text.split()) <= options.cta_max_words and not text.endswith(":"):
        # in a line of a few words a label need not stand alone; a line
        # ending with a colon introduces what follows ("See more photos:")
        return _vocab.WIDGET_LABEL.search(text)
    return None


_SENTENCES = re.compile(r"(?<=[.!?…。！？])\s+")


def _demote_large_captions(
    segments: list[Segment], frames: list[Frame], options: Options
) -> None:
    """An element *named* caption or credit holding a lot of text is not one.

    Class words such as ``source`` or ``caption`` sometimes sit on big
    wrappers; their text is then ordinary text. A ``<figcaption>`` is a
    caption whatever its length.
    """
    sizes: dict[int, int] = {}
    for s in segments:
        if s.role is not Role.TEXT:
            sizes[s.role_frame] = sizes.get(s.role_frame, 0) + s.chars
    for s in segments:
        if (
            s.role is not Role.TEXT
            and sizes[s.role_frame] > options.caption_max_chars
            and frames[s.role_frame].tag != "figcaption"
        ):
            s.role = Role.TEXT


def _furniture_reason(frame: Frame) -> str:
    """Say which word of an element's markup named it page furniture."""
    words = [t for t in frame.tokens if _vocab.is_negative(t)]
    if words:
        return f"under <{frame.tag}> named {', '.join(words[:3])!r} (page furniture)"
    return f"under <{frame.tag}> (page furniture by tag or role)"


def _mark_teaser_cards(
    segments: list[Segment], frames: list[Frame], options: Options
) -> None:
    """Mark lists of story cards (a linked headline plus a blurb) as furniture.

    Three or more sibling elements of the same tag, each a small element
    around a linked heading, are a list of other stories: a front page,
    a "more stories" rail. Their blurbs read like prose, so only this
    repetition gives them away.
    """
    total = [0] * len(frames)
    for s in segments:
        total[s.frame] += s.chars
    for index in range(len(frames) - 1, 0, -1):
        total[frames[index].parent] += total[index]
    cards: set[int] = set()
    for s in segments:
        if (
            s.kind is not BlockKind.HEADING
            or s.role is not Role.TEXT
            or s.link_density <= options.max_link_density
        ):
            continue
        card = s.frame
        while (
            frames[card].parent > 0
            and total[frames[card].parent] <= options.teaser_max_chars
        ):
            card = frames[card].parent
        if card != s.frame:
            cards.add(card)
    groups: dict[tuple[int, str], list[int]] = {}
    for card in cards:
        groups.setdefault((frames[card].parent, frames[card].tag), []).append(card)
    for members in groups.values():
        if len(members) >= options.teaser_min_cards:
            for card in members:
                frames[card].hint = -1
                frames[card].why = "in a list of story cards (other articles)"


def _embedded_gallery(frame: Frame, frames: list[Frame], options: Options) -> bool:
    """Whether a large element is a slideshow set among the article's prose.

    Its slides may hold more text than the article ("1/50 ..."), yet with
    the article's own prose beside it, it is furniture all the same.
    """
    if _vocab.GALLERY_TOKENS.isdisjoint(frame.tokens) or frame.parent < 0:
        return False
    beside = frames[frame.parent].chars - frame.chars
    return beside >= options.gallery_beside_share * frame.chars


def select_content(
    seg: Segmentation, options: Options, title: str | None = None
) -> Selection:
    """Choose the article's container and the segments that make the article."""
    frames, segments = seg.frames, seg.segments
    if not segments:
        return Selection(0, [], [], [], segments)
    _demote_large_captions(segments, frames, options)
    _mark_teaser_cards(segments, frames, options)
    # Intrinsic labels, and the prose mass under every element.
    for s in segments:
        s.label = _intrinsic_label(s, options) if s.role is Role.TEXT else NEUTRAL
        if s.label == GOOD:
            frames[s.frame].chars += s.chars
    for index in range(len(frames) - 1, 0, -1):
        frames[frames[index].parent].chars += frames[index].chars
    # Furniture words count unless the element holds much of the page's
    # prose: then they describe a layout ("content-with-sidebar").
    limit = options.layout_share * frames[0].chars
    for frame in frames:
        inherited = frame.parent >= 0 and frames[frame.parent].negative
        frame.negative = inherited or (
            frame.hint < 0
            and (frame.chars <= limit or _embedded_gallery(frame, frames, options))
        )
        if inherited:
            frame.why = frames[frame.parent].why
        elif frame.negative:
            frame.why = frame.why or _furniture_reason(frame)

    weight = options.boilerplate_weight
    hinted_weight = options.furniture_weight
    hinted: set[int] = set()
    for s in segments:
        if s.role is not Role.TEXT:
            continue
        if frames[s.frame].negative and s.label != BAD:
            s.label = BAD
            s.reason = frames[s.frame].why
            hinted.add(id(s))
    if not any(s.label == GOOD for s in segments):
        # A page of short texts only (a note, a list, a stub): take what is
        # not boilerplate rather than nothing, all of it: with no article to
        # weigh it against, boilerplate (a dateline heading) costs nothing.
        for s in segments:
            if s.label == NEUTRAL and s.role is Role.TEXT:
                s.label = GOOD
        weight = hinted_weight = 0.0
    for s in segments:
        if s.role is not Role.TEXT:
            continue
        if s.label == GOOD:
            frames[s.frame].score += s.mass
        elif s.label == BAD:
            cost = hinted_weight if id(s) in hinted else weight
            frames[s.frame].score -= cost * s.mass
    for index in range(len(frames) - 1, 0, -1):
        frames[frames[index].parent].score += frames[index].score

    best, best_score = 0, float("-inf")
    for index in range(len(frames) - 1, -1, -1):
        frame = frames[index]
        score = frame.score * (options.container_hint_bonus if frame.hint > 0 else 1.0)
        if score > best_score:
            best, best_score = index, score
    # A paragraph is a block of the article, never its container: when one
    # outweighs everything around it (a short intro and an inline teaser
    # beside it cost more than they add), its flow is the article.
    while frames[best].tag == "p" and frames[best].parent > 0:
        best = frames[best].parent
    container = frames[best]
    inside = segments[container.first_segment : container.end_segment]
    start, end, skipped = _bounds(inside, frames, title)
    for i, s in enumerate(inside):
        if i < start:
            s.reason = s.reason or "before the headline, in another block"
        elif i >= end:
            s.reason = s.reason or "after a heading that opens related reading"
        elif i in skipped:
            s.reason = s.reason or "inside an inline related-reading box"
    kept = [s for i, s in enumerate(inside[:end]) if i >= start and i not in skipped]
    body, related = _keep(kept, frames, options)
    scope = frames[_article_scope(frames, best, options)]
    captions = [
        s
        for s in segments[scope.first_segment : scope.end_segment]
        if s.role is not Role.TEXT and not frames[s.frame].negative
    ]
    for s in segments[: container.first_segment]:
        s.reason = s.reason or "outside the article's container"
    for s in segments[container.end_segment :]:
        s.reason = s.reason or "outside the article's container"
    return Selection(best, body, captions, related, segments)


def _article_scope(frames: list[Frame], container: int, options: Options) -> int:
    """The element around the container that still is the article.

    Pictures and their captions often sit in the article's header, next to
    the text container rather than inside it. Going up while an ancestor adds
    little prose finds the element that holds header, pictures and text.
    """
    index, levels = container, 0
    prose = frames[container].chars
    while levels < options.scope_max_levels:
        parent = frames[index].parent
        if (
            parent < 0
            or frames[parent].negative
            or frames[parent].chars > options.scope_max_growth * prose
        ):
            break
        index, levels = parent, levels + 1
    return index


def _bounds(
    inside: list[Segment], frames: list[Frame], title: str | None
) -> tuple[int, int, set[int]]:
    """The stretch of the container where the article runs.

    It starts after a heading that repeats the page's title (what precedes
    the headline is page furniture: tickers, breadcrumbs, teasers) and ends
    at a heading that opens a related-reading section ("You may also like",
    "Читайте также") once the article has begun: the stories listed after
    it are other articles, however long their excerpts. When the article's
    own paragraphs go on after such a section, the section was an inline
    box: only its segments are skipped (returned as the third item).
    """
    start = _title_position(inside, frames, title)
    end = len(inside)
    skipped: set[int] = set()
    last_good: Segment | None = None
    i = start
    while i < len(inside):
        s = inside[i]
        if s.role is Role.TEXT and s.label == GOOD:
            last_good = s
        elif (
            s.role is Role.TEXT
            and s.kind is BlockKind.HEADING
            and last_good is not None
            and _opens_related_section(s, frames)
        ):
            home = frames[last_good.frame].parent
            resume = next(
                (
                    j
                    for j in range(i + 1, len(inside))
                    if inside[j].label == GOOD
                    and frames[inside[j].frame].parent == home
                ),
                None,
            )
            if resume is None:
                end = i
                break
            skipped.update(range(i, resume))
            i = resume
            continue
        i += 1
    return start, end, skipped


def _title_position(
    inside: list[Segment], frames: list[Frame], title: str | None
) -> int:
    """Index of the heading that repeats the title, when the article follows it.

    Prose before the headline (a ticker of other stories' excerpts) does not
    belong to the article, unless it shares a parent element with the prose
    after the headline: then it is one flow of text.
    """
    if not title:
        return 0
    key = _key(title)
    for i, s in enumerate(inside):
        if s.kind is BlockKind.HEADING and _key(s.text) == key:
            before = {frames[t.frame].parent for t in inside[:i] if t.label == GOOD}
            after = {frames[t.frame].parent for t in inside[i + 1 :] if t.label == GOOD}
            return 0 if before & after or not after else i
    return 0


def _opens_related_section(s: Segment, frames: list[Frame]) -> bool:
    """A heading worded or named as the start of a list of other stories.

    A heading inside a marked box is not one: the box is dropped as a
    whole and the article may go on after it.
    """
    own = frames[s.frame]
    if own.parent >= 0 and frames[own.parent].negative:
        return False
    if _vocab.RELATED_HEADING.match(s.text):
        return True
    return any(_vocab.is_related(t) for t in own.tokens)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _flow_parent(s: Segment, frames: list[Frame]) -> int:
    """The element whose flow of blocks a segment takes part in.

    A paragraph's is its parent; a list item's is the parent of its
    outermost list, so that a list among paragraphs is one of their blocks.
    """
    index = s.frame
    if s.kind is not BlockKind.LIST_ITEM:
        return frames[index].parent
    outer = index
    while index >= 0:
        frame = frames[index]
        if frame.tag in {"ul", "ol"}:
            outer = index
        elif frame.tag != "li" and (
            frame.parent < 0 or frames[frame.parent].tag != "li"
        ):
            break
        index = frame.parent
    return frames[outer].parent


def _extend_flow(
    inside: list[Segment],
    frames: list[Frame],
    first: int,
    last: int,
    options: Options,
) -> tuple[int, int]:
    """Widen the prose run over the short blocks that continue it.

    A one-line paragraph, a list of short items, or a heading over them,
    before the first or after the last long paragraph belongs to the
    article when it sits in the same element as the article's paragraphs
    (a list through its outermost list element); the run stops at the first
    block elsewhere. An inline teaser (a linked headline) between such a
    block and the run does not stop it: articles are split by teasers.
    """
    flow = {
        _flow_parent(s, frames) for s in inside[first : last + 1] if s.label == GOOD
    }

    def continues(s: Segment) -> bool:
        return (
            s.role is Role.TEXT
            and s.label == NEUTRAL
            and _flow_parent(s, frames) in flow
        )

    def teaser(s: Segment) -> bool:
        return (
            s.role is Role.TEXT
            and s.label == BAD
            and s.href is not None
            and s.link_density > options.teaser_min_link_density
            and not frames[s.frame].negative
            and _flow_parent(s, frames) in flow
        )

    # A heading joins the run only with text after it: one at the end
    # would head nothing of the article.
    start = first
    while first > 0:
        if continues(inside[first - 1]):
            first -= 1
        elif first > 1 and teaser(inside[first - 1]) and continues(inside[first - 2]):
            first -= 2
        else:
            break
    while first < start and inside[first].kind is BlockKind.HEADING:
        first += 1
    j = last + 1
    while j < len(inside):
        if continues(inside[j]):
            step = 1
        elif j + 1 < len(inside) and teaser(inside[j]) and continues(inside[j + 1]):
            step = 2
        else:
            break
        if inside[j + step - 1].kind is not BlockKind.HEADING:
            last = j + step - 1
        j += step
    return first, last


def _keep(
    inside: list[Segment], frames: list[Frame], options: Options
) -> tuple[list[Segment], list[Segment]]:
    """Split the container's text segments into body and related links.

    ``Options.preference`` acts here, on the doubtful blocks only, so that
    the container chosen is the same whatever the preference: favouring
    precision keeps prose and what lies between it, nothing at its edges;
    balanced also keeps the long linked sentences between paragraphs;
    favouring recall also keeps undecided text after the article and any
    linked sentence within it.
    """
    good = [i for i, s in enumerate(inside) if s.label == GOOD]
    if not good:
        return [], []
    precision = options.preference == "precision"
    recall = options.preference == "recall"
    first, last = good[0], good[-1]
    if not precision:
        first, last = _extend_flow(inside, frames, first, last, options)
    body: list[Segment] = []
    related: list[Segment] = []
    for i, s in enumerate(inside):
        if s.role is not Role.TEXT:
            continue
        inner = first < i < last
        if s.label == GOOD:
            body.append(s)
        elif s.label == BAD:
            # a linked sentence worded as a call to action stays out, however
            # much it reads like prose
            # asked only where it matters: every use below is between paragraphs
            worded = (
                inner
                and s.chars <= options.boilerplate_max_chars
                and _call_to_action(s, options) is not None
            )
            linked_sentence = (
                recall and inner and not worded and not frames[s.frame].negative
            )
            if linked_sentence and s.link_density <= options.prose_max_link_density:
                s.reason = ""
                body.append(s)
            elif (
                not precision
                and inner
                and not worded
                and not frames[s.frame].negative
                and s.link_density <= options.teaser_min_link_density
                and s.mass >= options.prose_min_chars
                and _SENTENCE_END.search(s.text) is not None
            ):
                # a sentence between paragraphs that links much of its text
                # (a roundup, a wiki-style paragraph) but is no bare headline
                s.reason = ""
                body.append(s)
            elif (
                s.href
                and inner
                and s.link_density > options.teaser_min_link_density
                and s.chars >= options.teaser_min_chars
                and _vocab.BOILERPLATE_TEXT.search(s.text) is None
            ):
                # a linked headline between paragraphs: an inline teaser
                # (a linked call to action is not related reading)
                related.append(s)
        elif precision:
            if inner:
                body.append(s)
        elif (
            first <= i <= last
            or (recall and i > last)
            or (i < first and s.frame == inside[first].frame)
        ):
            # undecided text among prose, or leading text of the first
            # paragraph's own block (split from it by line breaks)
            body.append(s)
        elif (
            s.kind is BlockKind.HEADING
            and i < first
            and first - i <= options.heading_max_gap
        ):
            # a heading right before the first paragraph opens the article
            body.append(s)
    kept = {id(s) for s in body}
    for s in inside:
        if id(s) not in kept and not s.reason:
            s.reason = "undecided text at the edge of the article"
    return body, related
