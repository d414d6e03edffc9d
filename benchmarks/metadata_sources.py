#!/usr/bin/env python3
"""Measure each metadata source, per field: how the precedence is chosen.

For every page, newsparse's readers offer candidates named by source (see
``src/newsparse/_precedence.py``). On the Readability corpus this prints, per
field and source, how many pages the source offers a value on and how many
of those values match the truth (the same comparison as ``evaluate.py``).
On the Zyte corpus, which has no metadata truth, it prints how often each
source agrees with the value newsparse finally chose, and how often it is
the only source. Not part of the test suite. See README.md.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any


HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from evaluate import (  # noqa: E402
    DEFAULT_DATA,
    LOADERS,
    PROJECT_ROOT,
    meta_match,
    normalize,
    print_table,
    to_day,
)


# newsparse field -> Readability truth key
TRUTH_KEYS = {
    "title": "title",
    "authors": "byline",
    "description": "excerpt",
    "site_name": "siteName",
    "published": "publishedTime",
    "language": "lang",
}


PUBLISHED_TRUTH = False


def truth(page: Any) -> Any:
    """The corrected truth (readability_corrections.json), unless told not to."""
    return page.meta if PUBLISHED_TRUTH else page.corrected


def _newsparse() -> Any:
    src = PROJECT_ROOT / "src"
    if str(src) not in sys.path:
        sys.path.insert(0, str(src))
    import newsparse
    from newsparse import _dom, _metadata, _precedence

    return newsparse, _dom, _metadata, _precedence


def _same(field: str, a: Any, b: Any) -> bool:
    if field in {"published", "modified"}:
        return to_day(a) is not None and to_day(a) == to_day(b)
    if isinstance(a, tuple) and isinstance(b, tuple):
        return [normalize(x) for x in a] == [normalize(x) for x in b]
    return normalize(str(a)) == normalize(str(b))


def _duel(
    first: dict[tuple[str, str], Any],
    page: Any,
    duels: dict[tuple[str, str, str], list[int]],
) -> None:
    """Count, for each pair of disagreeing sources, which one the truth backs."""
    by_field: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    for (field, source), value in first.items():
        by_field[field].append((source, value))
    for field, offers in by_field.items():
        key = TRUTH_KEYS.get(field)
        if key is None or key not in truth(page):
            continue
        for i, (a, va) in enumerate(offers):
            for b, vb in offers[i + 1 :]:
                if _same(field, va, vb):
                    continue
                ok_a = meta_match(key, truth(page)[key], va)
                ok_b = meta_match(key, truth(page)[key], vb)
                pair = tuple(sorted((a, b)))
                tally = duels[field, pair[0], pair[1]]
                tally[0] += ok_a if pair[0] == a else ok_b
                tally[1] += ok_b if pair[0] == a else ok_a


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=("readability", "zyte"), required=True)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--field", action="append", help="only these fields")
    ap.add_argument("--misses", action="store_true", help="list each miss")
    ap.add_argument(
        "--published-truth",
        action="store_true",
        help="measure against the published truth, without the corrections",
    )
    args = ap.parse_args(argv)
    global PUBLISHED_TRUTH  # noqa: PLW0603
    PUBLISHED_TRUTH = args.published_truth
    newsparse, dom, metadata, precedence = _newsparse()
    pages = LOADERS[args.corpus](args.data)
    offered: dict[tuple[str, str], int] = defaultdict(int)
    hits: dict[tuple[str, str], int] = defaultdict(int)
    truths: dict[str, int] = defaultdict(int)
    misses: list[str] = []
    duels: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for page in pages:
        candidates = metadata.collect_candidates(
            dom.parse_html(page.html), page.url, complete=True
        )
        article = newsparse.parse(page.html, url=page.url)
        final = {
            "title": article.title,
            **{f: getattr(article.metadata, f) for f in precedence.FIELDS[1:]},
        }
        body = [
            b.text for b in article.body if b.kind is newsparse.BlockKind.PARAGRAPH
        ][:1]
        candidates.extend(
            precedence.Candidate("description", "body", text) for text in body
        )
        first: dict[tuple[str, str], Any] = {}
        for c in candidates:
            first.setdefault((c.field, c.source), c.value)
        if args.corpus == "readability":
            _duel(first, page, duels)
        for (field, source), value in first.items():
            if args.field and field not in args.field:
                continue
            if args.corpus == "readability":
                key = TRUTH_KEYS.get(field)
                if key is None or key not in truth(page):
                    continue
                offered[field, source] += 1
                ok = meta_match(key, truth(page)[key], value)
                hits[field, source] += ok
                if not ok and args.misses:
                    misses.append(
                        f"{field:12} {source:22} {page.id:28} "
                        f"T={truth(page)[key][:60]!r} V={str(value)[:60]!r}"
                    )
            else:
                offered[field, source] += 1
                hits[field, source] += _same(field, value, final.get(field))
        if args.corpus == "readability":
            for field, key in TRUTH_KEYS.items():
                if key in truth(page):
                    truths[field] += 1
    order = precedence.PRECEDENCE
    what = "matches truth" if args.corpus == "readability" else "agrees w/ final"
    print(f"corpus {args.corpus}: {len(pages)} pages; per source: offered, {what}")
    rows = [["field", "rank", "source", "offered", "hits", "share"]]
    for field in precedence.FIELDS:
        if args.field and field not in args.field:
            continue
        sources = sorted(
            {s for f, s in offered if f == field},
            key=lambda s: (
                order.get(field, ()).index(s) if s in order.get(field, ()) else 99,
                s,
            ),
        )
        for source in sources:
            n, h = offered[field, source], hits[field, source]
            rank = order.get(field, ())
            rows.append(
                [
                    field + (f" ({truths[field]})" if truths.get(field) else ""),
                    str(rank.index(source) + 1) if source in rank else "-",
                    source,
                    str(n),
                    str(h),
                    f"{h / n:.2f}" if n else "",
                ]
            )
    print_table(rows, [False, True, False, True, True, True])
    if duels:
        print("\nhead to head: pages where both sources offer different values")
        rows = [["field", "source A", "source B", "A right", "B right"]]
        for (field, a, b), (wins_a, wins_b) in sorted(duels.items()):
            if args.field and field not in args.field:
                continue
            if wins_a or wins_b:
                rows.append([field, a, b, str(wins_a), str(wins_b)])
        print_table(rows, [False, False, False, True, True])
    for line in misses:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
