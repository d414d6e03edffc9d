#!/usr/bin/env python3
"""What loaded site rules cost on pages they do not match.

Parses the Zyte pages whose host no FiveFilters rule claims, once with an
empty RuleSet and once with every rule of ``ftr-site-config`` loaded
(about 2,000), alternating the two in each round so that machine noise hits
both alike. Matching is a dict probe per label of the host, so the two
should run at the same speed. Not part of the test suite (no timing
assertions in tests); see README.md.

    python benchmarks/rules_overhead.py                 # 9 rounds
    python benchmarks/rules_overhead.py --rounds 15 --data ../shared/data
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
import warnings
from pathlib import Path


PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = PROJECT_ROOT.parent / "shared" / "data"


def _import_newsparse():
    try:
        import newsparse
    except ImportError:
        sys.path.insert(0, str(PROJECT_ROOT / "src"))
        import newsparse
    return newsparse


def load_pages(data: Path) -> list[tuple[str, str]]:
    root = data / "zyte"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        html = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append((truth[page_id]["url"], html.decode("utf-8")))
    return pages


def throughput(parse, pages, rules) -> float:
    """Pages per second for one pass."""
    start = time.perf_counter()
    for url, html in pages:
        parse(html, url, rules=rules)
    return len(pages) / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()

    newsparse = _import_newsparse()
    from newsparse.rules import RuleSet, load_ftr

    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ftr = RuleSet(load_ftr(args.data / "ftr-site-config"))
    load_seconds = time.perf_counter() - start
    empty = RuleSet()

    pages = load_pages(args.data)
    unmatched = [(url, html) for url, html in pages if ftr.match(url) is None]
    print(
        f"{len(ftr)} FiveFilters rules loaded in {load_seconds:.2f}s; "
        f"{len(unmatched)} of {len(pages)} Zyte pages match none of them"
    )

    # Warm-up: imports, caches, first-call costs.
    throughput(newsparse.parse, unmatched[:20], empty)
    throughput(newsparse.parse, unmatched[:20], ftr)

    # Per page, the best of several alternating runs: other processes can
    # only slow a run down, so the minimum is the least noisy estimate.
    configs = [("none", empty), ("ftr", ftr)]
    best = {name: [float("inf")] * len(unmatched) for name, _ in configs}
    rates: dict[str, list[float]] = {name: [] for name, _ in configs}
    for round_ in range(args.rounds):
        totals = dict.fromkeys(best, 0.0)
        order = configs if round_ % 2 == 0 else configs[::-1]
        for index, (url, html) in enumerate(unmatched):
            for name, rules in order:
                start = time.perf_counter()
                newsparse.parse(html, url, rules=rules)
                elapsed = time.perf_counter() - start
                totals[name] += elapsed
                best[name][index] = min(best[name][index], elapsed)
        for name, total in totals.items():
            rates[name].append(len(unmatched) / total)

    print(
        f"{'rules':<12}{'pages/s best-of':>17}{'median round':>14}{'min':>8}{'max':>8}"
    )
    summary = {}
    for name, label in (("none", "none"), ("ftr", f"{len(ftr)} FTR")):
        summary[name] = len(unmatched) / sum(best[name])
        values = rates[name]
        print(
            f"{label:<12}{summary[name]:>17.1f}{statistics.median(values):>14.1f}"
            f"{min(values):>8.1f}{max(values):>8.1f}"
        )
    change = 100 * (summary["ftr"] - summary["none"]) / summary["none"]
    verdict = "within" if abs(change) <= 5 else "OUTSIDE"
    print(f"difference: {change:+.1f}% ({verdict} the 5% budget), {args.rounds} rounds")

    # The matching step alone, per page.
    from newsparse._dom import parse_html
    from newsparse._registry import match_page

    documents = [(url, parse_html(html)) for url, html in unmatched]
    for name, rules in configs:
        start = time.perf_counter()
        for _ in range(20):
            for url, document in documents:
                match_page(rules, url, document)
        micro = (time.perf_counter() - start) / (20 * len(documents)) * 1e6
        print(f"matching alone, {name:<5}: {micro:.2f} µs per page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
