"""Captions of the article's pictures, each split into text and credit."""

from __future__ import annotations

import re

from newsparse._links import resolve_url
from newsparse._model import Caption
from newsparse._segment import Role, Segment, normalize_space


__all__ = ["build_captions", "split_credit"]

# Credits as agencies and publishers write them, at either end of a caption.
_CREDIT_WORDS = (
    r"photo(?:graph)?s?|image|picture|credit|source|foto|fotos|фото|photo ?credit"
    r"|bild|quelle|crédit|crédito|illustration|video|grafik|graphic"
)
_LEADING_CREDIT = re.compile(
    rf"^(?:©|\(c\)|copyright\b)[^\n]{{0,80}}?(?=[A-ZА-Я][a-zа-я]|$)"
    rf"|^(?:{_CREDIT_WORDS})\s*:\s*[^.\n]{{1,80}}$",
    re.IGNORECASE,
)
# (?<!\s): a match starts at the beginning of a run of spaces, never inside
# it, or every position of a long run would rescan the run (quadratic).
_TRAILING_CREDIT = re.compile(
    rf"(?<!\s)\s*(?:(?:\(|\[)(?:(?:{_CREDIT_WORDS})\s*:\s*)?[^()\[\]]{{1,60}}(?:\)|\])"
    rf"|(?:{_CREDIT_WORDS})\s*:\s*[^.:\n]{{1,80}}"
    rf"|©\s*[^.\n]{{1,80}}"
    rf"|\s/\s*[A-Z][A-Za-z .&-]{{1,40}})\s*$",
    re.IGNORECASE,
)
_AGENCY_IN_PARENS = re.compile(
    r"getty|reuters|\bap\b|afp|epa|dpa|shutterstock|alamy|istock|photo|foto"
    r"|images|credit|©|press|риа|тасс",
    re.IGNORECASE,
)


def split_credit(text: str) -> tuple[str, str | None]:
    """Split ``"Caption. (Getty Images)"`` into caption and credit."""
    text = normalize_space(text)
    match = _TRAILING_CREDIT.search(text)
    if match is not None and match.start() > 0:
        credit = match.group(0).strip()
        is_parens = credit.startswith(("(", "["))
        if not is_parens or _AGENCY_IN_PARENS.search(credit):
            if is_parens:
                credit = credit[1:-1].strip()
            return text[: match.start()].strip(), credit or None
    match = _LEADING_CREDIT.search(text)
    if match is not None and match.end() > 0:
        credit = match.group(0).strip()
        rest = text[match.end() :].strip()
        return rest, credit or None
    return text, None


def _absolute(url: str | None, base: str | None) -> str | None:
    return resolve_url(url, base)


def build_captions(segments: list[Segment], base: str | None) -> tuple[Caption, ...]:
    """Group caption and credit segments into one Caption per picture."""
    groups: list[list[Segment]] = []
    for seg in segments:
        if (
            groups
            and groups[-1][-1].image == seg.image
            and not (
                seg.role is Role.CAPTION
                and any(s.role is Role.CAPTION for s in groups[-1])
                and seg.image is None
            )
        ):
            groups[-1].append(seg)
        else:
            groups.append([seg])
    captions: list[Caption] = []
    seen: set[str] = set()
    for group in groups:
        text = " ".join(s.text for s in group if s.role is Role.CAPTION)
        credit = " ".join(s.text for s in group if s.role is Role.CREDIT) or None
        if credit is None:
            text, credit = split_credit(text)
        elif text.endswith(credit):
            text = text[: -len(credit)].strip()
        key = f"{text}\x00{credit}"
        if not (text or credit) or key in seen:
            continue
        seen.add(key)
        captions.append(
            Caption(text=text, credit=credit, image=_absolute(group[0].image, base))
        )
    return tuple(captions)
