#!/usr/bin/env python3
"""Benchmark newsparse (and peers) on the shared corpora.

Body text is scored with the Zyte article-extraction benchmark metric (see
``_metric.py``); on the Readability corpus, metadata fields are scored by exact
match after normalisation. Not part of the test suite. See README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib
import importlib.metadata
import importlib.util
import json
import logging
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from selectolax.lexbor import LexborHTMLParser, LexborNode


HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _metric import (  # noqa: E402
    MATCH_F1,
    Counts,
    Metrics,
    PageScore,
    aggregate,
    line_coverage,
    score_captions,
    score_links,
    score_page,
    token_f1,
    tokenize,
)


if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence


PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = PROJECT_ROOT.parent / "shared" / "data"
CORPORA = ("zyte", "readability", "captions")
ANNOTATIONS = PROJECT_ROOT / "tests" / "fixtures" / "annotations"
# Readability.js runs its test pages with this base URI.
READABILITY_URL = "http://fakehost/test/page.html"
META_FIELDS = ("title", "byline", "excerpt", "siteName", "publishedTime", "lang")
PEERS = (
    "trafilatura",
    "readability-lxml",
    "newspaper4k",
    "goose3",
    "resiliparse",
    "justext",
    "boilerpy3",
)


# --------------------------------------------------------------------- corpora


@dataclass(frozen=True)
class Page:
    """One test page, decoded and in memory."""

    id: str
    url: str
    html: str
    truth: str
    meta: Mapping[str, str] = field(default_factory=dict)  # non-null truths only
    # The same with the corrections of readability_corrections.json applied.
    corrected: Mapping[str, str] = field(default_factory=dict)


def load_zyte(data: Path) -> list[Page]:
    """Zyte pages: gzipped HTML plus ``ground-truth.json``."""
    root = data / "zyte"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        with gzip.open(
            root / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8"
        ) as f:
            html = f.read()
        item = truth[page_id]
        pages.append(Page(page_id, item.get("url", ""), html, item["articleBody"]))
    return pages


def load_readability(data: Path) -> list[Page]:
    """Readability test pages; the body truth is the visible text of expected.html."""
    pages = []
    corrections = load_corrections()
    for folder in sorted(p for p in (data / "readability" / "test-pages").iterdir()):
        source = folder / "source.html"
        if not source.is_file():
            continue
        expected = (folder / "expected.html").read_text(encoding="utf-8")
        meta_path = folder / "expected-metadata.json"
        raw = (
            json.loads(meta_path.read_text(encoding="utf-8"))
            if meta_path.is_file()
            else {}
        )
        meta = {k: str(raw[k]) for k in META_FIELDS if raw.get(k) is not None}
        fixes = corrections.get(folder.name, {})
        corrected = {**meta, **{k: v["truth"] for k, v in fixes.items()}}
        html = source.read_text(encoding="utf-8", errors="replace")
        pages.append(
            Page(
                folder.name,
                READABILITY_URL,
                html,
                visible_text(expected),
                meta,
                corrected,
            )
        )
    return pages


CORRECTIONS = HERE / "readability_corrections.json"


def load_corrections() -> dict[str, dict[str, dict[str, str]]]:
    """Plainly wrong Readability metadata truths, corrected (see README.md)."""
    data = json.loads(CORRECTIONS.read_text(encoding="utf-8"))
    fixes: dict[str, dict[str, dict[str, str]]] = data["corrections"]
    for page, fields in fixes.items():
        unknown = set(fields) - set(META_FIELDS)
        if unknown:
            msg = f"{CORRECTIONS.name}: {page}: unknown fields {sorted(unknown)}"
            raise ValueError(msg)
    return fixes


LOADERS: dict[str, Callable[[Path], list[Page]]] = {
    "zyte": load_zyte,
    "readability": load_readability,
}


# ---------------------------------------------------------------- visible text

_BLOCK_TAG_NAMES = (
    "address article aside blockquote body caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend "
    "li main menu nav ol option p section summary table tbody td tfoot th thead tr ul"
)
_SKIP_TAG_NAMES = (
    "head script style noscript template title meta link svg iframe object embed canvas"
)
_BLOCK_TAGS = frozenset(_BLOCK_TAG_NAMES.split())
_SKIP_TAGS = frozenset(_SKIP_TAG_NAMES.split())
_WS_RE = re.compile(r"\s+")


def visible_text(html: str) -> str:
    """Visible text of an HTML document or fragment, one block element a line."""
    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    parts: list[str] = []
    stack: list[LexborNode | str] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        tag = item.tag or ""
        if tag == "-text":
            parts.append(_WS_RE.sub(" ", item.text_content or ""))
            continue
        if tag.startswith("-") or tag in _SKIP_TAGS or "hidden" in item.attributes:
            continue
        if tag == "br":
            parts.append("\n")
            continue
        if tag == "pre":
            parts.append("\n" + item.text(deep=True) + "\n")
            continue
        if tag in _BLOCK_TAGS:
            parts.append("\n")
            stack.append("\n")
        children = []
        child = item.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend(reversed(children))
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# --------------------------------------------------------------------- systems


@dataclass
class Prediction:
    """What a system returned for one page."""

    text: str = ""
    meta: dict[str, Any] = field(default_factory=dict)


class Extractor(Protocol):
    """Body text (and metadata when asked) of one page."""

    def __call__(self, html: str, url: str, *, want_meta: bool) -> Prediction: ...


@dataclass(frozen=True)
class System:
    """A named extractor and the metadata fields it can give."""

    name: str
    extract: Extractor
    meta_fields: frozenset[str] = frozenset()
    version: str = "?"


class UnavailableError(Exception):
    """The system cannot be loaded (not installed, broken import...)."""


def _import(module: str, hint: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        msg = f"not installed ({exc}); try `pip install {hint}`"
        raise UnavailableError(msg) from exc
    except Exception as exc:  # a broken package must not stop the run
        msg = f"import failed: {type(exc).__name__}: {exc}"
        raise UnavailableError(msg) from exc


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _attr(obj: Any, dotted: str) -> Any:
    """Read ``a.b.c`` from ``obj``; None when any step is missing."""
    for name in dotted.split("."):
        obj = getattr(obj, name, None)
        if obj is None:
            return None
    return obj


def load_newsparse() -> System:
    """newsparse from the environment, else from ``src/`` of this checkout."""
    src = PROJECT_ROOT / "src"
    if importlib.util.find_spec("newsparse") is None and src.is_dir():
        sys.path.insert(0, str(src))
    ns = _import("newsparse", "-e .")
    parse = getattr(ns, "parse", None)
    if not callable(parse):
        msg = "newsparse.parse() is missing"
        raise UnavailableError(msg)

    def extract(html: str, url: str, *, want_meta: bool) -> Prediction:
        art = parse(html, url=url)
        text = _attr(art, "text")
        text = text if isinstance(text, str) else ""
        if not want_meta:
            return Prediction(text)
        return Prediction(
            text,
            {
                "title": _attr(art, "title"),
                "byline": tuple(_attr(art, "metadata.authors") or ()),
                "excerpt": _attr(art, "metadata.description"),
                "siteName": _attr(art, "metadata.site_name"),
                "publishedTime": _attr(art, "metadata.published"),
                "lang": _attr(art, "metadata.language"),
            },
        )

    version = getattr(ns, "__version__", None) or _version("newsparse")
    return System("newsparse", extract, frozenset(META_FIELDS), str(version))


def load_trafilatura() -> System:
    """trafilatura with the Zyte benchmark's settings (no comments)."""
    trafilatura = _import("trafilatura", "trafilatura")

    def extract(html: str, url: str, *, want_meta: bool) -> Prediction:
        text = trafilatura.extract(html, url=url, include_comments=False) or ""
        if not want_meta:
            return Prediction(text)
        md = trafilatura.extract_metadata(html, default_url=url)
        if md is None:
            return Prediction(text)
        authors = tuple(a.strip() for a in (md.author or "").split(";") if a.strip())
        return Prediction(
            text,
            {
                "title": md.title,
                "byline": authors,
                "excerpt": md.description,
                "siteName": md.sitename,
                "publishedTime": md.date,
            },
        )

    fields = frozenset(META_FIELDS) - {"lang"}  # trafilatura does not report it
    return System("trafilatura", extract, fields, _version("trafilatura"))


def load_readability_lxml() -> System:
    """readability-lxml: summary() as a fragment, then its visible text."""
    readability = _import("readability", "readability-lxml lxml_html_clean")

    def extract(html: str, url: str, *, want_meta: bool) -> Prediction:
        doc = readability.Document(html, url=url)
        text = visible_text(doc.summary(html_partial=True))
        return Prediction(text, {"title": doc.short_title()} if want_meta else {})

    title = frozenset({"title"})
    return System("readability-lxml", extract, title, _version("readability-lxml"))


def load_newspaper4k() -> System:
    """newspaper4k on the given HTML (no download, no image fetching)."""
    newspaper = _import("newspaper", "newspaper4k lxml_html_clean")

    def extract(html: str, url: str, *, want_meta: bool) -> Prediction:
        art = newspaper.Article(url, fetch_images=False)
        art.download(input_html=html)
        art.parse()
        if not want_meta:
            return Prediction(art.text or "")
        return Prediction(
            art.text or "",
            {
                "title": art.title,
                "byline": tuple(art.authors or ()),
                "excerpt": art.meta_description,
                "siteName": art.meta_site_name,
                "publishedTime": art.publish_date,
                "lang": art.meta_lang,
            },
        )

    return System(
        "newspaper4k", extract, frozenset(META_FIELDS), _version("newspaper4k")
    )


def load_goose3() -> System:
    """goose3 on raw HTML, one shared Goose instance."""
    goose3 = _import("goose3", "goose3")
    logging.getLogger("goose3").setLevel(logging.ERROR)  # per-page date chatter
    goose = goose3.Goose()

    def extract(html: str, url: str, *, want_meta: bool) -> Prediction:
        del url  # run on the raw HTML alone, as the Zyte benchmark does
        art = goose.extract(raw_html=html)
        if not want_meta:
            return Prediction(art.cleaned_text or "")
        return Prediction(
            art.cleaned_text or "",
            {
                "title": art.title,
                "byline": tuple(art.authors or ()),
                "excerpt": art.meta_description,
                "siteName": (art.opengraph or {}).get("site_name"),
                "publishedTime": art.publish_date,
                "lang": art.meta_lang,
            },
        )

    return System("goose3", extract, frozenset(META_FIELDS), _version("goose3"))


def load_resiliparse() -> System:
    """Resiliparse's main-content text extraction (C++ on Lexbor)."""
    html2text = _import("resiliparse.extract.html2text", "resiliparse")
    parse_html = _import("resiliparse.parse.html", "resiliparse").HTMLTree.parse

    def extract(html: str, url: str, *, want_meta: bool) -> Prediction:
        del url, want_meta  # body only
        tree = parse_html(html)
        return Prediction(
            html2text.extract_plain_text(tree, main_content=True, comments=False)
        )

    return System("resiliparse", extract, frozenset(), _version("resiliparse"))


def load_justext() -> System:
    """jusText with its English stop list, as in trafilatura's own benchmark."""
    justext = _import("justext", "justext")
    stoplist = justext.get_stoplist("English")

    def extract(html: str, url: str, *, want_meta: bool) -> Prediction:
        del url, want_meta  # body only
        paragraphs = justext.justext(html, stoplist)
        return Prediction("\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return System("justext", extract, frozenset(), _version("justext"))


def load_boilerpy3() -> System:
    """boilerpy3's ArticleExtractor (a port of Boilerpipe)."""
    extractors = _import("boilerpy3.extractors", "boilerpy3")
    extractor = extractors.ArticleExtractor(raise_on_failure=False)

    def extract(html: str, url: str, *, want_meta: bool) -> Prediction:
        del url, want_meta  # body only
        return Prediction(extractor.get_content(html) or "")

    return System("boilerpy3", extract, frozenset(), _version("boilerpy3"))


SYSTEMS: dict[str, Callable[[], System]] = {
    "newsparse": load_newsparse,
    "trafilatura": load_trafilatura,
    "readability-lxml": load_readability_lxml,
    "newspaper4k": load_newspaper4k,
    "goose3": load_goose3,
    "resiliparse": load_resiliparse,
    "justext": load_justext,
    "boilerpy3": load_boilerpy3,
}


# -------------------------------------------------------------------- metadata


def normalize(value: str) -> str:
    """NFKC, collapse whitespace, casefold."""
    return " ".join(unicodedata.normalize("NFKC", value).split()).casefold()


_DAY_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def to_day(value: Any) -> dt.date | None:
    """The day of a date, datetime or string starting ``YYYY-MM-DD`` (as written)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    match = _DAY_RE.match(value.strip())
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


# The label a byline starts with ("By", "Par", "Von", "Автор:"). The issue
# asks for names without it, so it is no part of the value being compared.
_BYLINE_LABEL = re.compile(
    r"^(?:written by|by|par|von|por|di|door|автор|авторы)\s*:?\s+", re.IGNORECASE
)


def _byline_key(value: str) -> str:
    return normalize(_BYLINE_LABEL.sub("", normalize(value)))


def _in_truth_zone(pred: Any, truth: str) -> Any:
    """An aware predicted datetime, moved to the truth's UTC offset.

    ``2017-02-24T01:18:13Z`` and ``2017-02-23T17:18:13-08:00`` are one instant;
    compared by calendar day as written they would differ.
    """
    if not isinstance(pred, dt.datetime) or pred.tzinfo is None:
        return pred
    text = truth.strip().replace("Z", "+00:00")
    try:
        written = dt.datetime.fromisoformat(text)
    except ValueError:
        return pred
    if written.tzinfo is None:
        return pred
    return pred.astimezone(written.tzinfo)


def meta_match(name: str, truth: str, pred: Any) -> bool:
    """Whether a predicted metadata value matches the truth.

    An empty truth (Readability found no value) is matched by an empty
    prediction: the page has none.
    """
    if not normalize(truth):
        empty = pred is None or (isinstance(pred, tuple | list) and not pred)
        return empty or (isinstance(pred, str) and not normalize(pred))
    if name == "publishedTime":
        day = to_day(_in_truth_zone(pred, truth))
        return day is not None and day == to_day(truth)
    if pred is None:
        return False
    if name == "byline":
        names = [pred] if isinstance(pred, str) else [str(a) for a in pred]
        names = [n for n in names if n.strip()]
        if not names:
            return False
        candidates = {_byline_key(", ".join(names)), *(_byline_key(n) for n in names)}
        return _byline_key(truth) in candidates
    return normalize(str(pred)) == normalize(truth)


def show_value(value: Any) -> str:
    """Short printable form of a predicted metadata value."""
    if isinstance(value, tuple | list):
        value = ", ".join(str(v) for v in value) or None
    return "None" if value is None else repr(str(value))[:120]


# ------------------------------------------------------------------------- run


@dataclass
class PageResult:
    """One system's outcome on one page."""

    page: Page
    pred: Prediction
    score: PageScore
    seconds: float
    error: str | None = None

    def meta_hits(
        self, fields: frozenset[str], *, corrected: bool = False
    ) -> dict[str, bool]:
        truth = self.page.corrected if corrected else self.page.meta
        return {
            k: meta_match(k, v, self.pred.meta.get(k))
            for k, v in truth.items()
            if k in fields
        }


@dataclass
class Run:
    """One system's outcome on the corpus."""

    system: System
    results: list[PageResult]

    @property
    def metrics(self) -> Metrics:
        return aggregate([r.score for r in self.results])

    @property
    def seconds(self) -> float:
        return sum(r.seconds for r in self.results)

    @property
    def errors(self) -> list[PageResult]:
        return [r for r in self.results if r.error]

    def meta_accuracy(self, *, corrected: bool = False) -> dict[str, tuple[int, int]]:
        """Per field the (hits, pages with a truth), for fields the system gives."""
        acc = {k: (0, 0) for k in META_FIELDS if k in self.system.meta_fields}
        for res in self.results:
            hits = res.meta_hits(self.system.meta_fields, corrected=corrected)
            for k, ok in hits.items():
                hits, total = acc[k]
                acc[k] = (hits + ok, total + 1)
        return acc


def run_system(system: System, pages: Sequence[Page], *, want_meta: bool) -> Run:
    """Extract every page; a raising page counts as an empty prediction."""
    results = []
    for page in pages:
        error = None
        start = time.perf_counter()
        try:
            pred = system.extract(page.html, page.url, want_meta=want_meta)
        except Exception as exc:
            pred = Prediction()
            error = " ".join(f"{type(exc).__name__}: {exc}".split())
        seconds = time.perf_counter() - start
        results.append(
            PageResult(page, pred, score_page(page.truth, pred.text), seconds, error)
        )
    return Run(system, results)


# ---------------------------------------------------------------------- output


def print_table(rows: Sequence[Sequence[str]], right: Sequence[bool]) -> None:
    """Print rows as an aligned plain-text table (first row is the header)."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        cells = [
            cell.rjust(w) if r else cell.ljust(w)
            for cell, w, r in zip(row, widths, right, strict=True)
        ]
        print("  ".join(cells).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def print_summary(runs: Sequence[Run], skipped: Mapping[str, str]) -> None:
    rows = [
        [
            "system",
            "version",
            "pages",
            "precision",
            "recall",
            "F1",
            "exact",
            "pages/s",
            "errors",
        ]
    ]
    for run in runs:
        m = run.metrics
        speed = len(run.results) / run.seconds if run.seconds > 0 else float("inf")
        rows.append(
            [
                run.system.name,
                run.system.version,
                str(len(run.results)),
                f"{m.precision:.4f}",
                f"{m.recall:.4f}",
                f"{m.f1:.4f}",
                f"{m.exact:.3f}",
                f"{speed:.1f}",
                str(len(run.errors)),
            ]
        )
    print_table(rows, [False, False] + [True] * 7)
    for name, why in skipped.items():
        print(f"{name}: skipped: {why}")
    for run in runs:
        if run.errors:
            first = run.errors[0]
            print(
                f"{run.system.name}: {len(run.errors)} page(s) raised, e.g. "
                f"{first.page.id}: {first.error}"[:300]
            )


def print_metadata(runs: Sequence[Run]) -> None:
    with_meta = [run for run in runs if run.system.meta_fields]
    if not with_meta:
        return
    fixes = sum(
        len(set(r.page.corrected.items()) - set(r.page.meta.items()))
        for r in with_meta[0].results
    )
    for corrected, title in (
        (False, "published truth"),
        (True, f"corrected truth: {fixes} plainly wrong truths fixed, see README"),
    ):
        print(
            f"\nmetadata accuracy, {title} (exact after NFKC + whitespace + casefold)"
        )
        rows = [["system", *META_FIELDS]]
        for run in with_meta:
            acc = run.meta_accuracy(corrected=corrected)
            cells = [run.system.name]
            for k in META_FIELDS:
                if k not in acc:
                    cells.append("-")
                    continue
                hits, total = acc[k]
                cells.append(f"{hits / total:.3f} ({hits}/{total})" if total else "n/a")
            rows.append(cells)
        print_table(rows, [False] + [True] * len(META_FIELDS))


def short_id(page: Page) -> str:
    return page.id[:12] if len(page.id) == 64 else page.id


def print_pages(run: Run) -> None:
    print(f"\nper-page scores: {run.system.name} (worst first)")
    rows = [["F1", "P", "R", "truth", "pred", "page", "url"]]
    ordered = sorted(run.results, key=lambda r: (r.score.f1, r.page.id))
    for res in ordered:
        s = res.score
        flag = " !" if res.error else ""
        rows.append(
            [
                f"{s.f1:.3f}",
                f"{s.precision:.3f}",
                f"{s.recall:.3f}",
                str(len(tokenize(res.page.truth))),
                str(len(tokenize(res.pred.text))),
                short_id(res.page) + flag,
                clip(res.page.url, 80) if res.page.url != READABILITY_URL else "",
            ]
        )
    print_table(rows, [True] * 5 + [False, False])


def clip(line: str, width: int) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"


def print_show(run: Run, page_id: str, threshold: float, width: int) -> None:
    """Per-page error report: missed truth lines, wrongly kept predicted lines."""
    res = next(r for r in run.results if r.page.id == page_id)
    s = res.score
    print(
        f"\n=== {run.system.name} on {res.page.id}"
        + (f"  {res.page.url}" if res.page.url != READABILITY_URL else "")
    )
    print(
        f"P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}  "
        f"truth {len(tokenize(res.page.truth))} tokens, "
        f"predicted {len(tokenize(res.pred.text))} tokens"
    )
    if res.error:
        print(f"raised: {res.error}")
    for title, text, other in (
        ("missed truth lines", res.page.truth, res.pred.text),
        ("wrongly kept predicted lines", res.pred.text, res.page.truth),
    ):
        lines = line_coverage(text, other)
        bad = [ln for ln in lines if ln.tokens and ln.coverage < threshold]
        partial = sum(1 for ln in lines if ln.tokens and threshold <= ln.coverage < 1)
        print(
            f"--- {title}: {len(bad)} of {len(lines)} below {threshold:.0%} coverage "
            f"({sum(ln.tokens for ln in bad)} tokens; {partial} more partly covered)"
        )
        for ln in bad:
            print(f"  [{ln.coverage:4.0%}] {clip(ln.line, width)}")
    hits = res.meta_hits(run.system.meta_fields, corrected=True)
    if hits:
        print("--- metadata (corrected truth)")
        for k, ok in hits.items():
            mark = "ok  " if ok else "MISS"
            pred = show_value(res.pred.meta.get(k))
            print(f"  {mark} {k}: truth={res.page.corrected[k]!r}  pred={pred}")


def summary_dict(run: Run) -> dict[str, Any]:
    m = run.metrics
    return {
        "version": run.system.version,
        "pages": len(run.results),
        "precision": m.precision,
        "recall": m.recall,
        "f1": m.f1,
        "exact": m.exact,
        "seconds": run.seconds,
        "pages_per_s": len(run.results) / run.seconds if run.seconds else None,
        "errors": len(run.errors),
        "metadata": {
            k: {"hits": h, "total": t, "accuracy": h / t if t else None}
            for k, (h, t) in run.meta_accuracy().items()
        },
        "metadata_corrected": {
            k: {"hits": h, "total": t, "accuracy": h / t if t else None}
            for k, (h, t) in run.meta_accuracy(corrected=True).items()
        },
    }


def pages_dict(run: Run) -> dict[str, Any]:
    out = {}
    for res in run.results:
        s = res.score
        out[res.page.id] = {
            "tp": s.tp,
            "fp": s.fp,
            "fn": s.fn,
            "exact": s.exact,
            "precision": s.precision,
            "recall": s.recall,
            "f1": s.f1,
            "seconds": res.seconds,
            "error": res.error,
            "metadata": res.meta_hits(run.system.meta_fields),
            "metadata_corrected": res.meta_hits(run.system.meta_fields, corrected=True),
        }
    return out


def write_json(path: Path, payload: Mapping[str, Any]) -> None:
    path.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {path}", file=sys.stderr)


# -------------------------------------------------------- captions and links


@dataclass(frozen=True)
class AnnotatedPage:
    """A page of the shared data with its hand-made captions and related links."""

    id: str
    url: str
    html: str
    captions: tuple[tuple[str, str | None], ...]
    links: tuple[tuple[str, str], ...]


def load_annotated(data: Path) -> list[AnnotatedPage]:
    """The pages named in ``tests/fixtures/annotations`` (see GUIDELINE.md)."""
    zyte_truth = json.loads(
        (data / "zyte" / "ground-truth.json").read_text(encoding="utf-8")
    )
    pages = []
    for path in sorted(ANNOTATIONS.glob("*.json")):
        note = json.loads(path.read_text(encoding="utf-8"))
        corpus, page_id = note["corpus"], note["id"]
        if corpus == "zyte":
            raw = gzip.decompress(
                (data / "zyte" / "html" / f"{page_id}.html.gz").read_bytes()
            )
            html, url = raw.decode("utf-8"), zyte_truth[page_id]["url"]
        else:
            source = data / "readability" / "test-pages" / page_id / "source.html"
            html = source.read_text(encoding="utf-8", errors="replace")
            url = READABILITY_URL
        pages.append(
            AnnotatedPage(
                f"{corpus}-{page_id[:12]}",
                url,
                html,
                tuple((c["text"], c["credit"]) for c in note["captions"]),
                tuple((r["text"], r["url"]) for r in note["related_links"]),
            )
        )
    return pages


@dataclass
class AnnotatedResult:
    """newsparse's captions and links on one annotated page, scored."""

    page: AnnotatedPage
    captions: list[tuple[str, str | None]]
    links: list[tuple[str, str]]
    scores: tuple[Counts, Counts, Counts]
    leaks: list[str]


def leaked(page: AnnotatedPage, blocks: Sequence[str]) -> list[str]:
    """True caption, credit and link texts that make up a block of the body."""
    items = [text for caption in page.captions for text in caption if text]
    items += [link[0] for link in page.links]
    return [t for t in items if t and any(token_f1(t, b) >= MATCH_F1 for b in blocks)]


def run_captions(pages: Sequence[AnnotatedPage]) -> list[AnnotatedResult]:
    system = load_newsparse()
    parse = importlib.import_module("newsparse").parse
    print(f"newsparse {system.version}: {len(pages)} pages...", file=sys.stderr)
    results = []
    for page in pages:
        art = parse(page.html, url=page.url)
        captions = [(c.text, c.credit) for c in art.captions]
        links = [(link.text, link.url) for link in art.related_links]
        cap, cred, _ = score_captions(page.captions, captions)
        rel = score_links([u for _, u in page.links], [u for _, u in links])
        results.append(
            AnnotatedResult(
                page,
                captions,
                links,
                (cap, cred, rel),
                leaked(page, [b.text for b in art.body]),
            )
        )
    return results


def print_captions(results: Sequence[AnnotatedResult], *, per_page: bool) -> None:
    totals = [Counts(), Counts(), Counts()]
    for res in results:
        totals = [a + b for a, b in zip(totals, res.scores, strict=True)]
    rows = [["", "predicted", "true", "matched", "precision", "recall"]]
    for name, c in zip(("captions", "credits", "related links"), totals, strict=True):
        rows.append(
            [
                name,
                str(c.predicted),
                str(c.truth),
                str(c.matched),
                f"{c.precision:.3f}",
                f"{c.recall:.3f}",
            ]
        )
    print_table(rows, [False] + [True] * 5)
    leaks = sum(len(r.leaks) for r in results)
    print(f"caption or link texts leaked into the body: {leaks}")
    if per_page:
        print("\nper page: matched/predicted/true for captions, credits, links")
        rows = [["page", "captions", "credits", "links", "leaks"]]
        for res in results:
            cells = [f"{c.matched}/{c.predicted}/{c.truth}" for c in res.scores]
            rows.append([res.page.id, *cells, str(len(res.leaks))])
        print_table(rows, [False, True, True, True, True])


def print_caption_diff(res: AnnotatedResult, width: int) -> None:
    """What newsparse missed and what it added on one annotated page."""
    print(f"\n=== {res.page.id}  {res.page.url}")
    _, _, pairs = score_captions(res.page.captions, res.captions)
    hit_t = {i for i, _ in pairs}
    hit_p = {j for _, j in pairs}
    for i, j in pairs:
        truth, pred = res.page.captions[i], res.captions[j]
        mark = "ok  " if truth == pred else "~   "
        print(clip(f"  {mark}caption {pred[0]!r} credit={pred[1]!r}", width))
        if truth != pred:
            print(clip(f"      truth {truth[0]!r} credit={truth[1]!r}", width))
    for i, c in enumerate(res.page.captions):
        if i not in hit_t:
            print(clip(f"  MISS caption {c[0]!r} credit={c[1]!r}", width))
    for j, c in enumerate(res.captions):
        if j not in hit_p:
            print(clip(f"  EXTRA caption {c[0]!r} credit={c[1]!r}", width))
    true_urls = {u for _, u in res.page.links}
    pred_urls = {u for _, u in res.links}
    for text, url in res.page.links:
        mark = "ok  " if url in pred_urls else "MISS"
        print(clip(f"  {mark} link {url} {text!r}", width))
    for text, url in res.links:
        if url not in true_urls:
            print(clip(f"  EXTRA link {url} {text!r}", width))
    for text in res.leaks:
        print(clip(f"  LEAK {text!r}", width))


def main_captions(args: argparse.Namespace) -> int:
    """``--corpus captions``: newsparse against the hand annotations."""
    pages = load_annotated(args.data)
    wanted = resolve_ids(pages, args.show)
    if wanted:
        pages = [p for p in pages if p.id in wanted]
    results = run_captions(pages)
    print(f"corpus captions: {len(pages)} annotated pages ({args.data})")
    print_captions(results, per_page=args.pages)
    for res in results:
        if res.page.id in wanted:
            print_caption_diff(res, args.width)
    return 0


# ------------------------------------------------------------------------ main


def resolve_ids(
    pages: Sequence[Page | AnnotatedPage], wanted: Sequence[str]
) -> list[str]:
    """Page ids from exact ids or unique prefixes; exits on a bad one."""
    ids = []
    for want in wanted:
        exact = [p.id for p in pages if p.id == want]
        found = exact or [p.id for p in pages if p.id.startswith(want)]
        if len(found) != 1:
            what = "no page" if not found else f"{len(found)} pages"
            sys.exit(f"--show {want}: {what} match(es)")
        ids.append(found[0])
    return ids


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=CORPORA, required=True)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="data folder")
    ap.add_argument(
        "--compare",
        default="",
        metavar="A,B",
        help=f"peers to run after newsparse: {','.join(PEERS)} (or 'all')",
    )
    ap.add_argument("--no-newsparse", action="store_true", help="peers only")
    ap.add_argument("--limit", type=int, help="first N pages (in id order)")
    ap.add_argument("--pages", action="store_true", help="per-page table, worst first")
    ap.add_argument(
        "--show",
        action="append",
        default=[],
        metavar="ID",
        help="error report for one page (id or unique prefix); repeatable; "
        "runs only these pages (--limit is ignored)",
    )
    ap.add_argument(
        "--cover",
        type=float,
        default=0.5,
        help="--show lists lines with less than this coverage (default 0.5)",
    )
    ap.add_argument("--width", type=int, default=240, help="--show line width")
    ap.add_argument("--json", type=Path, metavar="OUT", help="write the summary")
    ap.add_argument("--save", type=Path, metavar="RUN", help="write per-page scores")
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    names = [] if args.no_newsparse else ["newsparse"]
    wanted = [n.strip() for n in args.compare.split(",") if n.strip()]
    for name in PEERS if wanted == ["all"] else wanted:
        if name not in SYSTEMS:
            sys.exit(f"unknown system {name!r}; known: {', '.join(SYSTEMS)}")
        if name not in names:
            names.append(name)
    if not names:
        sys.exit("nothing to run")

    data: Path = args.data
    if not data.is_dir():
        sys.exit(f"data folder not found: {data}")
    if args.corpus == "captions":
        return main_captions(args)
    pages = LOADERS[args.corpus](data)
    show_ids = resolve_ids(pages, args.show)
    if show_ids:
        pages = [p for p in pages if p.id in show_ids]
    elif args.limit is not None:
        pages = pages[: args.limit]
    want_meta = args.corpus == "readability"

    runs: list[Run] = []
    skipped: dict[str, str] = {}
    for name in names:
        try:
            system = SYSTEMS[name]()
        except UnavailableError as exc:
            skipped[name] = str(exc)
            continue
        print(f"{name}: {len(pages)} pages...", file=sys.stderr, flush=True)
        run = run_system(system, pages, want_meta=want_meta)
        print(f"{name}: done in {run.seconds:.1f}s", file=sys.stderr, flush=True)
        runs.append(run)

    print(f"corpus {args.corpus}: {len(pages)} pages ({data})")
    print_summary(runs, skipped)
    if want_meta:
        print_metadata(runs)
    if args.pages:
        for run in runs:
            print_pages(run)
    for page_id in show_ids:
        for run in runs:
            print_show(run, page_id, args.cover, args.width)

    header = {"corpus": args.corpus, "data": str(data), "limit": args.limit}
    if args.json:
        write_json(
            args.json,
            {
                **header,
                "systems": {run.system.name: summary_dict(run) for run in runs},
                "skipped": skipped,
            },
        )
    if args.save:
        write_json(
            args.save,
            {
                **header,
                "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "systems": {
                    run.system.name: {
                        "summary": summary_dict(run),
                        "pages": pages_dict(run),
                    }
                    for run in runs
                },
                "skipped": skipped,
            },
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
