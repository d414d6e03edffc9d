r"""Scoring of captions and related links against hand annotations.

Shared by the corpus test and ``benchmarks/evaluate.py --corpus captions`` so
that the pinned figures and the printed ones cannot disagree. The rules are
those of ``tests/fixtures/annotations/GUIDELINE.md``:

* captions match one-to-one when their normalised texts are equal or their
  ``\w+`` token sets overlap with F1 >= 0.8 (a credit-only caption is
  compared by its credit);
* a credit is right when its caption matched and the two credits agree once
  label words ("photo", "credit", "©" ...) are dropped: equal token sets or
  one inside the other;
* related links match on their URL, fragment dropped.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING
from urllib.parse import urldefrag

import attrs


if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


__all__ = [
    "MATCH_F1",
    "Counts",
    "normalize_text",
    "score_captions",
    "score_links",
    "token_f1",
]

MATCH_F1 = 0.8
_WORD = re.compile(r"\w+")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
# Words that label a credit rather than name its owner.
_CREDIT_LABELS = frozenset(
    {
        "photo",
        "photos",
        "photograph",
        "picture",
        "image",
        "images",
        "credit",
        "credits",
        "copyright",
        "c",
        "foto",
        "fotos",
        "bild",
        "фото",
        "video",
    }
)

Caption = tuple[str, str | None]


@attrs.frozen
class Counts:
    """Predicted, true and matched items; precision and recall from them."""

    predicted: int = 0
    truth: int = 0
    matched: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.predicted + other.predicted,
            self.truth + other.truth,
            self.matched + other.matched,
        )

    @property
    def precision(self) -> float:
        """Share of predictions that are right; 1.0 when nothing was predicted."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of the truth that was found; 1.0 when there is none."""
        return self.matched / self.truth if self.truth else 1.0


def normalize_text(text: str | None) -> str:
    """NFKC, case-folded, whitespace collapsed, outer punctuation dropped."""
    folded = " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())
    return _EDGE_PUNCT.sub("", folded)


def _tokens(text: str | None) -> set[str]:
    return set(_WORD.findall(normalize_text(text)))


def token_f1(a: str | None, b: str | None) -> float:
    """F1 of the two texts' word sets (0.0 when either is empty)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    common = len(ta & tb)
    return 2 * common / (len(ta) + len(tb))


def _caption_key(caption: Caption) -> str:
    text, credit = caption
    return text if normalize_text(text) else credit or ""


def _similar(a: str, b: str) -> float:
    if normalize_text(a) == normalize_text(b):
        return 1.0
    return token_f1(a, b)


def _credits_agree(a: str | None, b: str | None) -> bool:
    ta = _tokens(a) - _CREDIT_LABELS
    tb = _tokens(b) - _CREDIT_LABELS
    if not ta or not tb:
        return normalize_text(a) == normalize_text(b) != ""
    return ta <= tb or tb <= ta


def _pairs(
    truth: Sequence[str], pred: Sequence[str], threshold: float
) -> list[tuple[int, int]]:
    """One-to-one pairs of similar items, the most similar first."""
    scored = sorted(
        (
            (_similar(t, p), i, j)
            for i, t in enumerate(truth)
            for j, p in enumerate(pred)
        ),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    used_t: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for score, i, j in scored:
        if score < threshold:
            break
        if i in used_t or j in used_p:
            continue
        used_t.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs


def score_captions(
    truth: Sequence[Caption], pred: Sequence[Caption]
) -> tuple[Counts, Counts, list[tuple[int, int]]]:
    """Caption counts, credit counts and the matched (truth, pred) index pairs."""
    pairs = _pairs(
        [_caption_key(c) for c in truth], [_caption_key(c) for c in pred], MATCH_F1
    )
    captions = Counts(len(pred), len(truth), len(pairs))
    right = sum(1 for i, j in pairs if _credits_agree(truth[i][1], pred[j][1]))
    credit_counts = Counts(
        sum(1 for c in pred if c[1]),
        sum(1 for c in truth if c[1]),
        right,
    )
    return captions, credit_counts, pairs


def normalize_url(url: str) -> str:
    """The URL without its fragment."""
    return urldefrag(url.strip()).url


def score_links(truth: Iterable[str], pred: Iterable[str]) -> Counts:
    """Counts of distinct URLs, matched on equality after normalisation."""
    true_set = {normalize_url(u) for u in truth}
    pred_set = {normalize_url(u) for u in pred}
    return Counts(len(pred_set), len(true_set), len(true_set & pred_set))
