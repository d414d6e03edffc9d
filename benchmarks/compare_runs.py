#!/usr/bin/env python3
"""Is run B better than run A? Paired bootstrap over pages of saved runs.

Both files come from ``evaluate.py --save``. Pages are resampled with
replacement (the same draw for A and B); the corpus metrics of each resample
give a distribution of B - A. A difference whose 95% interval excludes 0 is
reported as beyond noise.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any


HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _metric import Metrics, PageScore, aggregate  # noqa: E402


if TYPE_CHECKING:
    from collections.abc import Sequence


METRICS = ("precision", "recall", "f1")


@dataclass(frozen=True)
class SavedRun:
    """One system's per-page scores from a saved run file."""

    path: Path
    corpus: str
    system: str
    pages: dict[str, PageScore]

    @property
    def label(self) -> str:
        return f"{self.path} [{self.system}]"


def load_run(path: Path, system: str | None) -> SavedRun:
    """Read a ``--save`` file; pick ``system`` or the obvious one."""
    payload = json.loads(path.read_text(encoding="utf-8"))
    systems: dict[str, dict[str, Any]] = payload.get("systems", {})
    if system is None:
        if "newsparse" in systems:
            system = "newsparse"
        elif len(systems) == 1:
            system = next(iter(systems))
        else:
            sys.exit(
                f"{path}: choose a system with --system-a/-b: {', '.join(systems)}"
            )
    if system not in systems:
        sys.exit(f"{path}: no system {system!r} (has: {', '.join(systems) or 'none'})")
    pages = {
        page_id: PageScore(p["tp"], p["fp"], p["fn"], bool(p.get("exact")))
        for page_id, p in systems[system]["pages"].items()
    }
    return SavedRun(path, payload.get("corpus", "?"), system, pages)


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (q in [0, 1]) of sorted values."""
    pos = q * (len(sorted_values) - 1)
    low = int(pos)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (pos - low)


def metric(m: Metrics, name: str) -> float:
    return float(getattr(m, name))


def bootstrap(
    a: Sequence[PageScore], b: Sequence[PageScore], resamples: int, seed: int
) -> dict[str, list[float]]:
    """Sorted B - A differences of each metric over paired resamples."""
    rng = random.Random(seed)
    n = len(a)
    diffs: dict[str, list[float]] = {k: [] for k in METRICS}
    for _ in range(resamples):
        idx = [rng.randrange(n) for _ in range(n)]
        ma = aggregate([a[i] for i in idx])
        mb = aggregate([b[i] for i in idx])
        for k in METRICS:
            diffs[k].append(metric(mb, k) - metric(ma, k))
    return {k: sorted(v) for k, v in diffs.items()}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", type=Path, help="baseline run (evaluate.py --save)")
    ap.add_argument("b", type=Path, help="candidate run")
    ap.add_argument(
        "--system-a", help="system in A (default: newsparse / the only one)"
    )
    ap.add_argument(
        "--system-b", help="system in B (default: newsparse / the only one)"
    )
    ap.add_argument("--resamples", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--top", type=int, default=10, help="largest page changes to list")
    args = ap.parse_args(argv)

    run_a = load_run(args.a, args.system_a)
    run_b = load_run(args.b, args.system_b)
    if run_a.corpus != run_b.corpus:
        sys.exit(f"different corpora: {run_a.corpus} vs {run_b.corpus}")
    ids = sorted(run_a.pages.keys() & run_b.pages.keys())
    only = len(run_a.pages) + len(run_b.pages) - 2 * len(ids)
    if not ids:
        sys.exit("no pages in common")
    if only:
        print(f"note: {only} page(s) are in only one run and are left out")

    a = [run_a.pages[i] for i in ids]
    b = [run_b.pages[i] for i in ids]
    ma, mb = aggregate(a), aggregate(b)
    print(f"corpus {run_a.corpus}: {len(ids)} paired pages")
    print(f"A: {run_a.label}  P={ma.precision:.4f} R={ma.recall:.4f} F1={ma.f1:.4f}")
    print(f"B: {run_b.label}  P={mb.precision:.4f} R={mb.recall:.4f} F1={mb.f1:.4f}")

    diffs = bootstrap(a, b, args.resamples, args.seed)
    print(f"\npaired bootstrap, {args.resamples} resamples, seed {args.seed}")
    print(f"{'metric':<10} {'B - A':>8}  {'95% interval':>20}  verdict")
    for k in METRICS:
        observed = metric(mb, k) - metric(ma, k)
        lo, hi = percentile(diffs[k], 0.025), percentile(diffs[k], 0.975)
        if lo > 0:
            verdict = "beyond noise: B better"
        elif hi < 0:
            verdict = "beyond noise: B worse"
        else:
            verdict = "within noise"
        print(f"{k:<10} {observed:>+8.4f}  [{lo:+.4f}, {hi:+.4f}]  {verdict}")

    changes = sorted(
        ((run_b.pages[i].f1 - run_a.pages[i].f1, i) for i in ids), key=lambda t: t[0]
    )
    moved = [c for c in changes if abs(c[0]) > 1e-3]
    print(
        f"\npage F1 changed on {len(moved)} page(s): "
        f"{sum(d > 0 for d, _ in moved)} up, {sum(d < 0 for d, _ in moved)} down"
    )
    worst = [c for c in moved if c[0] < 0][: args.top]
    best = [c for c in reversed(moved) if c[0] > 0][: args.top]
    for title, rows in (("largest drops", worst), ("largest gains", best)):
        if rows:
            print(title)
            for delta, page_id in rows:
                fa, fb = run_a.pages[page_id].f1, run_b.pages[page_id].f1
                print(f"  {delta:+.3f}  {fa:.3f} -> {fb:.3f}  {page_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
