"""The benchmark metric lives in the library (``newsparse._metric``), so that
the test suite's corpus floors and these scripts cannot disagree."""

from __future__ import annotations

from newsparse._caption_metric import (
    MATCH_F1,
    Counts,
    normalize_text,
    score_captions,
    score_links,
    token_f1,
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
    "MATCH_F1",
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
    "token_f1",
    "tokenize",
]
