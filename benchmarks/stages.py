#!/usr/bin/env python3
"""CPU time of each stage of ``newsparse.parse``, per page, to see where it goes.

The whole-parse figure (``speed.py``) says how fast; this says which stage
to look at. Each stage the pipeline calls (``_api.extract``, ``_attach``,
``_rules_apply``) is wrapped with a CPU timer; a stage that runs inside
another (segmentation inside the content finder, related links inside
attach) is also counted in its caller, as the "inside" column says.

    python benchmarks/stages.py                      # Zyte pages, 2 passes
    python benchmarks/stages.py --corpus readability --passes 3
    python benchmarks/stages.py --profile 25         # plus cProfile's top 25

Not part of the test suite. See README.md.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import newsparse
from newsparse import _api, _attach, _rules_apply


HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import evaluate  # noqa: E402


# (module, function, the stage it runs inside), in pipeline order.
STAGES = [
    (_api, "parse_html", ""),
    (_api, "read_metadata", ""),
    (_api, "clean", ""),
    (_api, "find_pictures", ""),
    (_rules_apply, "segment", "select / attach"),
    (_rules_apply, "select_content", "select"),
    (_api, "attach", ""),
    (_attach, "segment", "attach"),
    (_attach, "build_captions", "attach"),
    (_attach, "find_related", "attach"),
    (_api, "build_body", ""),
    (_api, "fill_from_body", ""),
    (_api, "sanitize", ""),
]


def instrument(spent: dict[str, float]) -> None:
    """Wrap every stage so that its CPU time adds up in *spent*."""
    for module, name, _inside in STAGES:
        setattr(module, name, _timed(getattr(module, name), name, spent))


def _timed(function: Any, name: str, spent: dict[str, float]) -> Any:
    def timed(*args: Any, **kwargs: Any) -> Any:
        began = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - began

    return timed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=["zyte", "readability"], default="zyte")
    parser.add_argument("--passes", type=int, default=2, help="timed passes")
    parser.add_argument("--profile", type=int, default=0, help="cProfile's top N")
    parser.add_argument("--data", type=Path, default=evaluate.DEFAULT_DATA)
    args = parser.parse_args(argv)

    pages = [page.html for page in evaluate.LOADERS[args.corpus](args.data)]
    if not pages:
        print(f"no pages under {args.data}", file=sys.stderr)
        return 1
    for page in pages[:10]:
        newsparse.parse(page)  # imports and memos warm
    spent: dict[str, float] = defaultdict(float)
    instrument(spent)
    totals: list[float] = []
    for _ in range(args.passes):
        for page in pages:
            began = time.process_time()
            newsparse.parse(page)
            totals.append(time.process_time() - began)
    runs = len(totals)
    whole = sum(totals)
    print(
        f"{len(pages)} {args.corpus} pages, {args.passes} passes: "
        f"median {statistics.median(totals) * 1000:.2f} ms, "
        f"mean {whole / runs * 1000:.2f} ms per page (CPU)"
    )
    print(f"{'stage':16} {'mean ms':>8} {'share':>6}  inside")
    for _module, name, inside in STAGES:
        if name in spent:
            mean = spent.pop(name) / runs
            print(f"{name:16} {mean * 1000:8.2f} {mean * runs / whole:6.1%}  {inside}")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for page in pages:
            newsparse.parse(page)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
