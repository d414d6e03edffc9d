"""Compare an extracted Article with the truth, with the project's own metric.

The body is scored with the Zyte benchmark's shingle metric
(``_metric.py``), the same figure ``benchmarks/evaluate.py`` prints, so that
a property test and the benchmark speak about one number. The report names
what went wrong in words a person can act on: the title, the paragraphs
missed or wrongly kept, the captions and related links not found.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsparse._metric import line_coverage, score_page
from newsparse._model import Article, Caption, Link


__all__ = ["ArticleComparison", "compare_articles"]

# A line counts as missed (or wrongly kept) when less than this share of its
# tokens is covered by the other side; the benchmark's ``--show`` uses 0.5.
_COVERAGE = 0.5
_WIDTH = 100


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


@attrs.frozen(kw_only=True)
class ArticleComparison:
    """How an extracted Article compares with the truth.

    Attributes:
        expected_title: The truth's title.
        title: The extracted title.
        precision: Body precision (share of extracted shingles that are true).
        recall: Body recall (share of true shingles that were extracted).
        f1: Harmonic mean of the two: the benchmark's per-page F1.
        missed_lines: Truth blocks mostly absent from the extracted body.
        extra_lines: Extracted blocks mostly absent from the truth.
        missing_captions: Truth captions without an extracted caption of the
            same text and credit.
        missing_related_links: Truth links without an extracted link of the
            same text and URL.
        captions: The extracted captions, to show next to the missing ones.
        related_links: The extracted related links, likewise.

    .. versionadded:: 0.2.0
    """

    expected_title: str | None
    title: str | None
    precision: float
    recall: float
    f1: float
    missed_lines: tuple[str, ...]
    extra_lines: tuple[str, ...]
    missing_captions: tuple[Caption, ...]
    missing_related_links: tuple[Link, ...]
    captions: tuple[Caption, ...]
    related_links: tuple[Link, ...]

    @property
    def title_matches(self) -> bool:
        """Whether the titles are equal once whitespace is normalised."""
        return _norm(self.title) == _norm(self.expected_title)

    def report(self, *, min_f1: float | None = None) -> str:
        """A readable account of every difference, one finding a line.

        Args:
            min_f1: The body F1 the caller requires; the body section is
                shown when F1 is below it (always when None and F1 < 1).

        Returns:
            The report; empty when nothing differs.
        """
        lines: list[str] = []
        if not self.title_matches:
            lines.append(f"title: expected {self.expected_title!r}, got {self.title!r}")
        threshold = 1.0 if min_f1 is None else min_f1
        if self.f1 < threshold:
            lines.append(
                f"body: F1 {self.f1:.3f} (precision {self.precision:.3f}, "
                f"recall {self.recall:.3f})"
                + ("" if min_f1 is None else f", required {min_f1:.3f}")
            )
            lines.extend(f"  - missed: {_clip(line)}" for line in self.missed_lines)
            lines.extend(f"  + extra:  {_clip(line)}" for line in self.extra_lines)
        if self.missing_captions:
            lines += _not_found("captions", self.missing_captions, self.captions)
        if self.missing_related_links:
            lines += _not_found(
                "related links", self.missing_related_links, self.related_links
            )
        return "\n".join(lines)


def _not_found(
    what: str, missing: Sequence[Caption | Link], got: Sequence[Caption | Link]
) -> list[str]:
    """The report's lines for *what* was not found, and what was found instead."""
    return [
        f"{what} not found:",
        *(f"  - {_item(item)}" for item in missing),
        *(f"  + got {_item(item)}" for item in got),
    ]


def _item(item: Caption | Link) -> str:
    if isinstance(item, Caption):
        return f"{item.text!r} credit={item.credit!r}"
    return f"{item.text!r} <{item.url}>"


def _clip(text: str) -> str:
    return repr(text if len(text) <= _WIDTH else text[: _WIDTH - 1] + "…")


def compare_articles(extracted: Article, truth: Article) -> ArticleComparison:
    """Compare *extracted* with *truth* on title, body, captions and links.

    Args:
        extracted: What :func:`newsparse.parse` returned.
        truth: What the page holds.

    Returns:
        The comparison; see :class:`ArticleComparison`.
    """
    truth_text = "\n".join(_norm(b.text) for b in truth.body)
    extracted_text = "\n".join(_norm(b.text) for b in extracted.body)
    score = score_page(truth_text, extracted_text)
    missed = tuple(
        line.line
        for line in line_coverage(truth_text, extracted_text)
        if line.coverage < _COVERAGE
    )
    extra = tuple(
        line.line
        for line in line_coverage(extracted_text, truth_text)
        if line.coverage < _COVERAGE
    )
    found_captions = {(_norm(c.text), _norm(c.credit)) for c in extracted.captions}
    found_links = {(_norm(link.text), link.url) for link in extracted.related_links}
    return ArticleComparison(
        expected_title=truth.title,
        title=extracted.title,
        precision=score.precision,
        recall=score.recall,
        f1=score.f1,
        missed_lines=missed,
        extra_lines=extra,
        missing_captions=tuple(
            c
            for c in truth.captions
            if (_norm(c.text), _norm(c.credit)) not in found_captions
        ),
        missing_related_links=tuple(
            link
            for link in truth.related_links
            if (_norm(link.text), link.url) not in found_links
        ),
        captions=extracted.captions,
        related_links=extracted.related_links,
    )
