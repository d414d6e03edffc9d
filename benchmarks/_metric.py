"""The benchmark metric lives in the library (``newsparse._metric``), so that
the test suite's corpus floors and these scripts cannot disagree."""

from __future__ import annotations

from newsparse._caption_metric import (
    Counts,
    normalize_text,
    score_captions,
    score_links,
)
from newsparse._metric import (
    LineCoverage,
    Metrics,
    PageScore,
    aggregate,
    line_coverage,
    score_page,
    shingles,
    tokenize,
)


__all__ = [
    "Counts",
    "LineCoverage",
    "Metrics",
    "PageScore",
    "aggregate",
    "line_coverage",
    "normalize_text",
    "score_captions",
    "score_links",
    "score_page",
    "shingles",
    "tokenize",
]
