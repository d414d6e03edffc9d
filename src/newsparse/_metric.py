r"""The Zyte benchmark's shingle metric, shared by tests, benchmarks and users.

Reproduces ``evaluate.py`` of scrapinghub/article-extraction-benchmark:

* tokens are ``\\w+`` matches (Unicode, case kept);
* shingles are runs of 4 consecutive tokens, counted as a multiset; a text of
  1-3 tokens is one shingle made of all its tokens, an empty text has none;
* per page, tp/fp/fn are the multiset intersection and the two differences,
  divided by their sum so that every page weighs the same;
* precision is the mean per-page precision over pages that predicted something
  (tp + fp > 0), recall the mean per-page recall over pages with a truth
  (tp + fn > 0), F1 the harmonic mean of those two means.

An empty prediction therefore lowers recall only (per-page recall 0) and is
left out of the precision mean.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from typing import TYPE_CHECKING

import attrs

from newsparse._dom import parse_html, walk


if TYPE_CHECKING:
    from collections.abc import Sequence


NGRAM = 4
_TOKEN_RE = re.compile(r"\w+")

Shingle = tuple[str, ...]


def tokenize(text: str | None) -> list[str]:
    r"""Split ``text`` into ``\\w+`` tokens (case kept)."""
    return _TOKEN_RE.findall(text or "")


def shingle_list(tokens: Sequence[str], n: int = NGRAM) -> list[Shingle]:
    """Shingles in text order; fewer than ``n`` tokens give one short shingle."""
    return [
        tuple(tokens[i : i + n])
        for i in range(max(1, len(tokens) - n + 1))
        if tokens[i : i + n]
    ]


def shingles(text: str | None, n: int = NGRAM) -> Counter[Shingle]:
    """Multiset of the shingles of ``text``."""
    return Counter(shingle_list(tokenize(text), n))


@attrs.frozen
class PageScore:
    """Normalised tp/fp/fn of one page (they sum to 1, or are all 0)."""

    tp: float
    fp: float
    fn: float
    exact: bool = False

    @property
    def has_prediction(self) -> bool:
        return self.tp + self.fp > 0

    @property
    def has_truth(self) -> bool:
        return self.tp + self.fn > 0

    @property
    def precision(self) -> float:
        return precision_score(self.tp, self.fp, self.fn)

    @property
    def recall(self) -> float:
        return recall_score(self.tp, self.fp, self.fn)

    @property
    def f1(self) -> float:
        """Per-page F1 (for ranking pages; the corpus F1 is not its mean)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r > 0 else 0.0


def precision_score(tp: float, fp: float, fn: float) -> float:
    """Per-page precision with the benchmark's edge cases."""
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp: float, fp: float, fn: float) -> float:
    """Per-page recall with the benchmark's edge cases."""
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def score_page(truth: str | None, pred: str | None) -> PageScore:
    """Score one page: shingle tp/fp/fn normalised by their sum."""
    true_sh = shingles(truth)
    pred_sh = shingles(pred)
    tp = float(sum((true_sh & pred_sh).values()))
    fp = float(sum((pred_sh - true_sh).values()))
    fn = float(sum((true_sh - pred_sh).values()))
    total = tp + fp + fn
    if total > 0:
        tp, fp, fn = tp / total, fp / total, fn / total
    return PageScore(tp, fp, fn, exact=tokenize(truth) == tokenize(pred))


@attrs.frozen
class Metrics:
    """Corpus-level figures."""

    precision: float
    recall: float
    f1: float
    exact: float


def aggregate(scores: Sequence[PageScore]) -> Metrics:
    """Corpus precision, recall, F1 (and exact-match rate) from page scores."""
    precisions = [s.precision for s in scores if s.has_prediction]
    recalls = [s.recall for s in scores if s.has_truth]
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    exact = statistics.fmean(s.exact for s in scores) if scores else 0.0
    return Metrics(p, r, f1, exact)


@attrs.frozen
class LineCoverage:
    """One line of a text and the share of its tokens found in the other text."""

    line: str
    tokens: int
    coverage: float


def line_coverage(text: str | None, other: str | None) -> list[LineCoverage]:
    """Per line of ``text``: share of tokens covered by shingles ``other`` has.

    Shingles are taken over the whole token stream (as the metric does) and
    matched as a multiset, first come first served; a token counts as covered
    when any matched shingle contains it.
    """
    lines = [ln.strip() for ln in (text or "").splitlines()]
    lines = [ln for ln in lines if ln]
    tokens: list[str] = []
    owner: list[int] = []
    for idx, ln in enumerate(lines):
        toks = tokenize(ln)
        tokens.extend(toks)
        owner.extend([idx] * len(toks))
    available = shingles(other)
    covered = [False] * len(tokens)
    for start, sh in enumerate(shingle_list(tokens)):
        if available[sh] > 0:
            available[sh] -= 1
            for pos in range(start, start + len(sh)):
                covered[pos] = True
    counts = [0] * len(lines)
    hits = [0] * len(lines)
    for pos, idx in enumerate(owner):
        counts[idx] += 1
        hits[idx] += covered[pos]
    return [
        LineCoverage(ln, counts[i], hits[i] / counts[i] if counts[i] else 1.0)
        for i, ln in enumerate(lines)
    ]


# -- reference pages ------------------------------------------------------------

# What the reference reading of a page takes for a block. Kept apart from
# the extractor's ``_vocab.BLOCK_TAGS`` on purpose: the truth must not move
# when the extractor's vocabulary is tuned.
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "option",
        "p",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_SKIP_TAGS = frozenset(
    [
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "title",
        "meta",
        "link",
        "svg",
        "iframe",
        "object",
        "embed",
        "canvas",
    ]
)
_SPACES = re.compile(r"\s+")


def visible_text(html: str) -> str:
    """Visible text of an HTML document or fragment, one block element a line.

    How a reference given as HTML (Readability's ``expected.html``) becomes
    the text the metric compares with, the same way in tests and benchmarks.
    """
    document = parse_html(html)
    root = document.body or document.root
    if root is None:
        return ""
    parts: list[str] = []
    skip: set[int] = set()
    for entering, node in walk(root, skip):
        tag = node.tag or ""
        if tag == "-text":
            parts.append(_SPACES.sub(" ", node.text_content or ""))
            continue
        if not entering:
            if tag in _BLOCK_TAGS and node.mem_id not in skip:
                parts.append("\n")
            continue
        if tag.startswith("-") or tag in _SKIP_TAGS or "hidden" in node.attributes:
            skip.add(node.mem_id)
        elif tag == "br":
            parts.append("\n")
        elif tag == "pre":
            parts.append("\n" + node.text(deep=True) + "\n")
            skip.add(node.mem_id)
        elif tag in _BLOCK_TAGS:
            parts.append("\n")
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
