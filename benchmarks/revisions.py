#!/usr/bin/env python3
"""Time newsparse at several git revisions of this repository, in one session.

"Throughput stays within 20 % of what the foundation release measured" can
only be judged on one machine at one time: this checks each revision out
into a temporary worktree and times ``newsparse.parse`` from it over the
Zyte pages (decoded to ``str`` in memory), one child process per revision
and round, the revisions taking turns round after round. A page's time is
its best over a process's passes; a revision's figure is the median over
rounds of its median page time, with the ratio to the first revision.

    python benchmarks/revisions.py 0d3b5d1 HEAD            # foundation vs now
    python benchmarks/revisions.py 0d3b5d1 1d24790 HEAD --rounds 5

Not part of the test suite. See README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "benchmarks") not in sys.path:
    sys.path.insert(0, str(ROOT / "benchmarks"))

import evaluate  # noqa: E402


# Runs in the child, with the revision's src/ first on sys.path.
_CHILD = """
import gzip, json, statistics, sys, time
from pathlib import Path
import newsparse
paths = sorted(Path(sys.argv[1]).glob("*.html.gz"))
pages = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in paths]
for page in pages[:10]:
    newsparse.parse(page)  # warm caches and imports
best = [float("inf")] * len(pages)
for _ in range(int(sys.argv[2])):
    for i, page in enumerate(pages):
        began = time.process_time()
        newsparse.parse(page)
        best[i] = min(best[i], time.process_time() - began)
print(json.dumps({"median_ms": statistics.median(best) * 1000,
                  "mean_ms": statistics.mean(best) * 1000,
                  "file": newsparse.__file__}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "revisions", nargs="+", help="git revisions; the first is the baseline"
    )
    parser.add_argument("--rounds", type=int, default=3, help="processes per revision")
    parser.add_argument(
        "--passes", type=int, default=2, help="passes over the pages per process"
    )
    parser.add_argument("--data", type=Path, default=evaluate.DEFAULT_DATA)
    args = parser.parse_args()
    pages = args.data / "zyte" / "html"
    if not pages.is_dir():
        parser.error(f"no Zyte pages in {pages}")
    with tempfile.TemporaryDirectory(prefix="newsparse-revisions-") as tmp:
        trees = {}
        for revision in args.revisions:
            tree = Path(tmp) / f"r{len(trees)}"
            subprocess.run(
                [
                    "git",
                    "-C",
                    str(ROOT),
                    "worktree",
                    "add",
                    "--detach",
                    "-q",
                    str(tree),
                    revision,
                ],
                check=True,
            )
            trees[revision] = tree
        try:
            medians: dict[str, list[float]] = {r: [] for r in args.revisions}
            for round_ in range(args.rounds):
                order = args.revisions if round_ % 2 == 0 else args.revisions[::-1]
                for revision in order:
                    env = {**os.environ, "PYTHONPATH": str(trees[revision] / "src")}
                    out = subprocess.run(
                        [sys.executable, "-c", _CHILD, str(pages), str(args.passes)],
                        check=True,
                        capture_output=True,
                        text=True,
                        env=env,
                    ).stdout
                    result = json.loads(out)
                    if not result["file"].startswith(str(trees[revision])):
                        message = f"{revision}: imported {result['file']}, not its tree"
                        raise SystemExit(message)
                    medians[revision].append(result["median_ms"])
        finally:
            for tree in trees.values():
                subprocess.run(
                    [
                        "git",
                        "-C",
                        str(ROOT),
                        "worktree",
                        "remove",
                        "--force",
                        str(tree),
                    ],
                    check=False,
                )
    base = statistics.median(medians[args.revisions[0]])
    header = f"vs {args.revisions[0]}"
    print(f"{'revision':<12} {'median ms/page':>15} {header:>12}  rounds")
    for revision, values in medians.items():
        median = statistics.median(values)
        rounds = " ".join(f"{v:.2f}" for v in values)
        print(f"{revision:<12} {median:>15.2f} {median / base:>11.2f}×  {rounds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
