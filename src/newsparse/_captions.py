"""Captions of the article's pictures, each split into text and credit.

``_figures`` finds every captioned picture of the page; this module splits a
caption from its credit and keeps the pictures that belong to the article:
inside it or in its header, not in a teaser of another article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from newsparse import _vocab
from newsparse._links import resolve_url
from newsparse._model import BlockKind, Caption
from newsparse._segment import Frame, Segmentation, normalize_space


if TYPE_CHECKING:
    from newsparse._figures import Pictures


__all__ = [
    "ArticleCaptions",
    "article_start",
    "build_captions",
    "credit_alone",
    "credit_line",
    "split_credit",
    "tidy_credit",
    "tidy_text",
]

_LABEL = _vocab.CREDIT_LABEL
# "Credit: X", "Photo: X", "© X", "(c) X", "Copyright X" at the very start.
_LEADING_LABEL = re.compile(
    rf"^(?:©|\(c\)|copyright\b|(?:{_LABEL})\s*(?:by\b|:))\s*", re.IGNORECASE
)
# Where a labelled credit may start inside a caption: after a space, a
# separator or a sentence ("… Parata. Photograph: Adrian Malloch").
_LABEL_START = re.compile(
    rf"(?:(?<=[\s|·•–—(-])|(?<=[.!?]))(?:©|(?:{_LABEL})\s*(?:by\b|:))",
    re.IGNORECASE,
)
# A leading phrase that announces the caption: "Image:", "Main image:".
_ANNOUNCE = re.compile(
    r"^(?:(?:main|top|lead|header|featured|cover)\s+)?(?:image|picture|photo|video)\s*:\s*",
    re.IGNORECASE,
)
# "DR" (droits réservés) and "All rights reserved" stand for a credit.
_RIGHTS_RESERVED = re.compile(
    r"^(?:DR|D\.R\.|(?i:all rights reserved|tous droits réservés"
    r"|todos los derechos reservados))$"
)
_TRAILING_BRACKETS = re.compile(r"[(\[]([^()\[\]]{1,90})[)\]]\W{0,2}$")
_TRAILING_SLASH = re.compile(r"\s/\s*([^/]{1,50})$")
_TRAILING_DASH = re.compile(r"\s[-–—|]\s+([^-–—|]{2,80})$")
_AFTER_SENTENCE = re.compile(r"[.!?]['’”»)]?\s*([^.!?]{2,70})$")
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?$")
# A word starts the match ((?<!\w)) and the runs are possessive, so that a
# long word or run of spaces is read once, not from each of its positions.
_SENTENCE_BREAK = re.compile(r"(?<!\w)\w{3,}+[.!?]\s++\w")
_WORD = re.compile(r"[@\w][\w'’.&-]*")
_SEPARATORS = " \t-–—|/·•:,;"
# Lower-case words that sit inside names and agency credits.
_CONNECTORS = frozenset(
    {
        "for",
        "the",
        "of",
        "and",
        "via",
        "by",
        "de",
        "da",
        "do",
        "dos",
        "das",
        "van",
        "von",
        "der",
        "den",
        "di",
        "del",
        "la",
        "le",
        "du",
        "y",
        "e",
        "i",
        "und",
        "et",
        "file",
        "photo",
        "photos",
        "images",
        "и",
        "для",
        "x",
    }
)


# -- splitting --------------------------------------------------------------------


def _name_like(text: str, max_words: int = 9) -> bool:
    """Whether *text* reads as names or agencies, not as a sentence."""
    words = _WORD.findall(text)
    if not words or len(words) > max_words or len(text) > 90:
        return False
    if _SENTENCE_BREAK.search(text):
        return False  # "Crowds gather. Credit: …" holds a sentence
    good = sum(
        1
        for w in words
        if w[0].isupper() or w[0].isdigit() or w[0] == "@" or w in _CONNECTORS
    )
    return good >= 0.75 * len(words) and any(w[0].isupper() for w in words)


def _agency(text: str) -> bool:
    return _vocab.AGENCY.search(text) is not None


def _labelled(text: str) -> bool:
    """``© X``, ``Photo: X``, ``Credit: X`` ... with a name after the label."""
    match = _LEADING_LABEL.match(text)
    if match is None:
        return False
    rest = text[match.end() :]
    return bool(rest) and (
        _name_like(rest)
        or (_agency(rest) and len(rest.split()) <= 4)
        or (text.startswith("©") and len(rest) <= 60)
    )


def credit_alone(text: str) -> bool:
    """Whether a whole piece of caption text is only a credit.

    A bare name is not enough ("Barack Obama" may be the caption); a label,
    a "Name/Agency" pair, an agency, or a web address is.
    """
    text = normalize_space(text).strip("()[] ")
    if not text:
        return False
    if _labelled(text):
        return True
    if _DOMAIN.match(text) or _RIGHTS_RESERVED.match(text):
        return True
    if "/" in text and _name_like(text):
        return True
    match = _vocab.AGENCY.search(text)
    return bool(match and len(match.group(0)) >= 0.5 * len(text) and _name_like(text))


def credit_line(text: str) -> bool:
    """Whether *text* is a labelled credit line: ``Фото: личный архив Анны``.

    Looser than `credit_alone`: after a credit label any short phrase counts,
    for callers that already know the text stands where a credit stands.
    """
    text = normalize_space(text)
    match = _LEADING_LABEL.match(text)
    if match is None:
        return credit_alone(text)
    rest = text[match.end() :]
    return (
        0 < len(rest) <= 60
        and len(rest.split()) <= 8
        and not _SENTENCE_BREAK.search(rest)
    )


def _bracketed_credit(inner: str) -> bool:
    inner = inner.strip()
    if _labelled(inner) or re.match(rf"(?:{_LABEL})\b", inner, re.IGNORECASE):
        return True
    if " by " in f" {inner.casefold()} " and _name_like(inner):
        return True
    return _name_like(inner) and (_agency(inner) or "/" in inner)


def tidy_text(text: str) -> str:
    """Caption text without a cut-off credit's separators or an "Image:" label."""
    text = normalize_space(text).rstrip(_SEPARATORS)
    return _unannounced(text.lstrip(" |·•"))


def tidy_credit(credit: str) -> str | None:
    """A credit without brackets or separators around it."""
    credit = normalize_space(credit).strip(_SEPARATORS)
    while len(credit) > 2 and credit[0] in "([" and credit[-1] in ")]":
        credit = credit[1:-1].strip()
    return credit or None


def split_credit(text: str) -> tuple[str, str | None]:
    """Split ``"Caption. (Getty Images)"`` into caption and credit.

    Credits are found where agencies and publishers put them: in trailing
    brackets, after a label ("Photo: AP", "Foto: dpa", "Фото: РИА Новости",
    "Credit: …", "© …"), after a slash or a dash ("… / AFP"), after the last
    sentence ("… 2019. REUTERS/Brendan McDermid"), or as the whole text. A
    leading label that only announces the caption ("Image: Jose Mourinho has
    agreed …") is dropped.

    Returns:
        ``(text, credit)``; credit is None when the caption names none.
    """
    text = normalize_space(text)
    if not text:
        return "", None
    if credit_alone(text):
        return "", tidy_credit(text)
    for label in _LABEL_START.finditer(text):
        # An opening bracket before the label belongs to the credit:
        # "A bridge. (Photo: Ann)".
        start = label.start() - (text[label.start() - 1 : label.start()] in {"(", "["})
        credit = text[start:]
        if len(credit) <= 90 and _labelled(tidy_credit(credit) or ""):
            return _unannounced(tidy_text(text[:start])), tidy_credit(credit)
    for pattern, accept in (
        (_TRAILING_BRACKETS, _bracketed_credit),
        (_TRAILING_SLASH, lambda s: _name_like(s) and (_agency(s) or s.isupper())),
        (_TRAILING_DASH, lambda s: _name_like(s) and ("/" in s or _agency(s))),
        (
            _AFTER_SENTENCE,
            lambda s: _name_like(s, 7) and ("/" in s or _agency(s) or s.isupper()),
        ),
    ):
        match = pattern.search(text)
        if match is None or match.start() == 0:
            continue
        credit = match.group(1)
        if accept(credit.strip()):
            cut = match.start() if pattern is _TRAILING_BRACKETS else match.start(1)
            return _unannounced(tidy_text(text[:cut])), tidy_credit(credit)
    return _unannounced(text), None


def _unannounced(text: str) -> str:
    """Text without a leading "Image:" that only announces the caption."""
    match = _ANNOUNCE.match(text)
    if match is None or match.end() == len(text):
        return text
    return text[match.end() :]


# -- which pictures belong to the article --------------------------------------------


def _ancestors(frames: list[Frame], index: int) -> list[int]:
    chain = []
    while index >= 0:
        chain.append(index)
        index = frames[index].parent
    return chain


def article_start(seg: Segmentation, container: int, title: str | None) -> int:
    """Frame where the article's header starts.

    That is the headline's parent or the headline (see
    :func:`_title_position`), else the container.
    """
    index = _title_position(seg, container, title)
    segments, frames = seg.segments, seg.frames
    if index >= frames[container].first_segment or index >= len(segments):
        return container
    frame = segments[index].frame
    parent = frames[frame].parent
    if parent >= 0 and frames[parent].first_segment == index:
        return parent
    return frame


def _title_position(seg: Segmentation, container: int, title: str | None) -> int:
    """First segment of the article's header: its headline, or the container.

    The headline is the nearest heading before the container that the page
    title contains (titles often carry a site or author suffix), else the
    nearest ``<h1>``. The header starts with the headline's parent when that
    is a small block (pictures sometimes sit just above the headline).
    """
    frames, segments = seg.frames, seg.segments
    start = frames[container].first_segment
    key = " ".join((title or "").casefold().split())
    found: int | None = None
    titled = False
    for index in range(start - 1, max(start - 400, 0) - 1, -1):
        s = segments[index]
        text = " ".join(s.text.casefold().split())
        if s.kind is not BlockKind.HEADING:
            if key and text == key:  # a headline in a <div>
                found, titled = index, True
            continue
        if key and len(text) >= 10 and (text in key or key in text):
            found = index  # keep looking: the earliest copy starts the header
            titled = True
        elif not titled and s.level == 1:
            found = index
    if found is None:
        return start
    parent = frames[segments[found].frame].parent
    if parent >= 0 and found - frames[parent].first_segment <= 8:
        return frames[parent].first_segment
    return found


def _in_teaser(frames: list[Frame], index: int, stop: set[int]) -> bool:
    """Whether an element between the caption and the article says teaser."""
    for i in _ancestors(frames, index):
        if i in stop:
            return False
        if any(t in _vocab.TEASER_TOKENS for t in frames[i].tokens):
            return True
    return False


@attrs.frozen
class ArticleCaptions:
    """The article's captions, and the ``mem_id`` of their elements."""

    captions: tuple[Caption, ...] = ()
    elements: frozenset[int] = frozenset()


def build_captions(
    pictures: Pictures,
    seg: Segmentation,
    container: int,
    title: str | None,
    base: str | None,
) -> ArticleCaptions:
    """The captions of the article's own pictures, one per distinct caption."""
    frames = seg.frames
    if not frames or not pictures.items:
        return ArticleCaptions()
    frame_of = {f.node_id: i for i, f in enumerate(frames)}
    article_chain = set(_ancestors(frames, container))
    start = _title_position(seg, container, title)
    end = frames[container].end_segment
    captions: list[Caption] = []
    elements: set[int] = set()
    seen: set[tuple[str, str | None]] = set()
    for picture in pictures.items:
        index = frame_of.get(picture.nodes[0])
        if index is None:
            continue
        inside = container in _ancestors(frames, index)
        if not inside and not start <= frames[index].first_segment < end:
            continue
        if picture.link is not None and (
            picture.credit is None
            or _vocab.BOILERPLATE_TEXT.search(picture.text) is not None
        ):
            continue  # a teaser or a promotion leading to another page
        if _in_teaser(frames, index, article_chain):
            continue
        elements.update(picture.nodes)
        key = (" ".join(picture.text.casefold().split()), picture.credit)
        if key in seen:
            continue
        seen.add(key)
        captions.append(
            Caption(
                text=picture.text,
                credit=picture.credit,
                image=resolve_url(picture.image, base),
            )
        )
    return ArticleCaptions(tuple(captions), frozenset(elements))
