#!/usr/bin/env python3
"""Time newsparse against its peers and against the parser's own floor.

Every system runs in this one process on the same decoded pages, interleaved
page by page (the order of the systems turns with every page), for several
rounds; a page's time is its median over the rounds, and a system's figures
are the median and the sum of its page times. The *floor* is what no
extractor on selectolax can beat: Lexbor's parse of the page plus one walk
collecting its text.

Memory is measured apart, one subprocess per system, so that one library's
caches never count against another: the peak of Python allocations per page
(tracemalloc) and the growth of the process's peak resident set over the
corpus (which also sees the C parsers' memory, invisible to tracemalloc).

The scaling run parses synthetic pages of growing size and nesting depth with
newsparse alone: time per MB, peak memory against input size, and whether
deep nesting raises. Not part of the test suite. See README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any


HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import evaluate  # noqa: E402


if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

FLOOR = "floor"
CORPORA = ("zyte", "readability")  # the corpora with whole pages
SYSTEM_NAMES = ("newsparse", *evaluate.PEERS, FLOOR)
QUICK_PAGES = 12  # per corpus
SIZES_MB = (0.1, 1.0, 10.0, 50.0)
QUICK_SIZES_MB = (0.1, 1.0)
DEPTHS = (1_000, 10_000, 100_000)
QUICK_DEPTHS = (1_000, 10_000)
MB = 1024 * 1024


# --------------------------------------------------------------------- systems


def load_floor() -> evaluate.System:
    """Lexbor's parse plus one walk that collects every text node."""
    from selectolax.lexbor import LexborHTMLParser

    def extract(html: str, url: str, *, want_meta: bool) -> evaluate.Prediction:
        del url, want_meta
        tree = LexborHTMLParser(html)
        root = tree.body or tree.root
        if root is None:
            return evaluate.Prediction()
        parts = [
            node.text_content or ""
            for node in root.traverse(include_text=True)
            if node.is_text_node
        ]
        return evaluate.Prediction(" ".join(parts))

    return evaluate.System(FLOOR, extract, frozenset(), evaluate._version("selectolax"))


def load_system(name: str) -> evaluate.System:
    """A system by name; raises evaluate.UnavailableError when it cannot load."""
    if name == FLOOR:
        return load_floor()
    return evaluate.SYSTEMS[name]()


def load_pages(data: Path, *, quick: bool) -> list[tuple[str, evaluate.Page]]:
    """(corpus, page) for every Zyte and Readability page, decoded in memory."""
    pages: list[tuple[str, evaluate.Page]] = []
    for corpus in CORPORA:
        loaded = evaluate.LOADERS[corpus](data)
        if quick:
            loaded = loaded[:QUICK_PAGES]
        pages.extend((corpus, page) for page in loaded)
    return pages


# ---------------------------------------------------------------------- timing


@dataclass
class Timing:
    """Per page, the seconds of every round; a raising page is kept apart."""

    rounds: dict[str, list[float]]
    errors: dict[str, str]


CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}


def time_systems(
    systems: Sequence[evaluate.System],
    pages: Sequence[tuple[str, evaluate.Page]],
    rounds: int,
    clock: Callable[[], float] = time.process_time,
) -> dict[str, Timing]:
    """Time every system on every page, interleaved, *rounds* times.

    The default clock is the process's CPU time: every system extracts on one
    thread, so it is the call's duration, and on a shared machine it leaves
    out the time other processes hold the CPU.
    """
    timings = {s.name: Timing({}, {}) for s in systems}
    n = len(systems)
    # Everything loaded so far (pages, libraries) lives to the end: out of
    # the collector's way, gc.collect() costs microseconds instead of tens of
    # milliseconds, and no timed call pays for a full collection of it.
    gc.collect()
    gc.freeze()
    for r in range(rounds):
        for i, (_, page) in enumerate(pages):
            # Turn the order with every page and round: no system always runs
            # right after the same neighbour (warm caches, pending garbage).
            shift = (i + r) % n
            order = [*systems[shift:], *systems[:shift]]
            for system in order:
                gc.collect()
                start = clock()
                try:
                    system.extract(page.html, page.url, want_meta=False)
                except Exception as exc:
                    elapsed = clock() - start
                    timings[system.name].errors.setdefault(
                        page.id, f"{type(exc).__name__}: {exc}"[:200]
                    )
                else:
                    elapsed = clock() - start
                timings[system.name].rounds.setdefault(page.id, []).append(elapsed)
        print(f"round {r + 1}/{rounds} done", file=sys.stderr, flush=True)
    return timings


def summarise(timing: Timing, ids: Sequence[str]) -> dict[str, Any]:
    """Median and total of the per-page medians over *ids*, and pages/s."""
    per_page = [statistics.median(timing.rounds[i]) for i in ids]
    total = sum(per_page)
    return {
        "pages": len(per_page),
        "median_ms": 1e3 * statistics.median(per_page),
        "mean_ms": 1e3 * total / len(per_page),
        "p90_ms": 1e3 * quantile(per_page, 0.9),
        "total_s": total,
        "pages_per_s": len(per_page) / total if total else None,
        "errors": sum(1 for i in ids if i in timing.errors),
    }


def quantile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# ---------------------------------------------------------------------- memory


_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


def _status_kib(field: str) -> int | None:
    try:
        text = _STATUS.read_text(encoding="ascii")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return None


def start_rss_peak() -> int:
    """Reset the peak resident set where Linux allows it; return the current one.

    Writing 5 to ``/proc/self/clear_refs`` resets the high-water mark (Linux
    4.0+); elsewhere the peak since process start is all there is, which a
    fresh process per measurement keeps honest enough. ``ru_maxrss`` alone
    would not do even in a fresh process: Linux carries the parent's peak
    across ``exec``, so a child of this big process starts at its size.
    """
    with contextlib.suppress(OSError):  # not Linux, or an old kernel
        _CLEAR_REFS.write_text("5", encoding="ascii")
    current = _status_kib("VmRSS")
    return current * 1024 if current is not None else max_rss_bytes()


def peak_rss() -> int:
    """The resident set's high-water mark since :func:`start_rss_peak`."""
    peak = _status_kib("VmHWM")
    return peak * 1024 if peak is not None else max_rss_bytes()


def max_rss_bytes() -> int:
    """Peak resident set of this process so far (Linux reports KiB)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


def memory_worker(name: str, data: Path, *, quick: bool) -> dict[str, Any]:
    """One system's memory on every page; run in a fresh process per system.

    First a plain pass for the growth of the resident set while each page is
    extracted (which sees the C parsers' memory), then a tracemalloc pass for
    the peak of Python allocations per page (tracemalloc's own bookkeeping
    would inflate the resident set if both ran at once). Memory an earlier
    page freed and the allocator kept is reused without growth, so the
    resident-set figures are lower bounds; the largest page is the telling one.
    """
    pages = load_pages(data, quick=quick)
    system = load_system(name)
    system.extract("<html><body><p>warm up</p></body></html>", "", want_meta=False)
    gc.collect()
    gc.freeze()  # as in the timing run: collect only what each page made

    def run(page: evaluate.Page) -> None:
        try:
            system.extract(page.html, page.url, want_meta=False)
        except Exception as exc:
            print(f"{name}: {page.id}: {type(exc).__name__}", file=sys.stderr)

    rss: list[int] = []
    for _, page in pages:
        gc.collect()
        before = start_rss_peak()
        run(page)
        rss.append(max(peak_rss() - before, 0))

    peaks: list[int] = []
    ratios: list[float] = []
    large: list[float] = []  # ratios on pages of 1 MB or more
    tracemalloc.start()
    for _, page in pages:
        size = len(page.html.encode("utf-8"))
        gc.collect()
        base, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        run(page)
        _, peak = tracemalloc.get_traced_memory()
        peaks.append(max(peak - base, 0))
        ratios.append(peaks[-1] / max(size, 1))
        if size >= MB:
            large.append(ratios[-1])
    tracemalloc.stop()
    return {
        "large_pages": len(large),
        "py_peak_large_median_ratio": statistics.median(large) if large else None,
        "py_peak_large_max_ratio": max(large) if large else None,
        "rss_growth_median_kb": statistics.median(rss) / 1024,
        "rss_growth_max_mb": max(rss) / MB,
        "py_peak_median_kb": statistics.median(peaks) / 1024,
        "py_peak_max_mb": max(peaks) / MB,
        "py_peak_median_ratio": statistics.median(ratios),
        "py_peak_max_ratio": max(ratios),
    }


def run_memory(
    names: Sequence[str], data: Path, *, quick: bool
) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name in names:
        print(f"memory: {name}...", file=sys.stderr, flush=True)
        cmd = [sys.executable, __file__, "--data", str(data), "--memory-worker", name]
        if quick:
            cmd.append("--quick")
        proc = subprocess.run(
            cmd, capture_output=True, text=True, check=False, timeout=3600
        )
        if proc.returncode != 0:
            out[name] = {"error": proc.stderr.strip().splitlines()[-1:]}
            continue
        out[name] = json.loads(proc.stdout.strip().splitlines()[-1])
    return out


# --------------------------------------------------------------------- scaling

_FILLER = (
    "The council met on Tuesday to discuss the budget, and the debate went on "
    "well into the evening as members weighed each line of spending. "
)


def synthetic_page(target_bytes: int) -> str:
    """A news-like page of about *target_bytes*: chrome around a long article.

    The same unit (navigation, a section of the article with a heading, a
    picture, prose and a link, a sidebar of teasers) repeats until the size is
    reached, so every size has the same mix of markup and text.
    """
    head = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Budget talks - Example News</title>"
        "<meta property='og:title' content='Budget talks'></head><body>"
        "<header class='site-header'><nav><a href='/'>Home</a>"
        "<a href='/world'>World</a></nav></header><main><article class='story'>"
        "<h1>Budget talks run late</h1>"
    )
    tail = (
        "</article></main><footer class='footer'>© Example News</footer></body></html>"
    )
    parts = [head]
    size = len(head) + len(tail)
    n = 0
    while size < target_bytes:
        n += 1
        unit = (
            f"<section class='story-body'><h2>Part {n}</h2>"
            "<figure><img src='/img/p.jpg' alt=''>"
            "<figcaption>Members arrive. (Photo: Agency)</figcaption></figure>"
            f"<p>{_FILLER * 3}</p><p>{_FILLER * 2}"
            f"<a href='/story/{n}'>Read the full report</a>.</p>"
            "<div class='sidebar related'><ul>"
            f"<li><a href='/a/{n}'>Another story</a></li>"
            f"<li><a href='/b/{n}'>More news</a></li></ul></div></section>"
        )
        parts.append(unit)
        size += len(unit)
    parts.append(tail)
    return "".join(parts)


def nested_page(depth: int, tag: str = "div") -> str:
    """A page whose one paragraph sits *depth* elements deep."""
    return (
        "<html><body>"
        + f"<{tag}>" * depth
        + f"<p>{_FILLER * 2}</p>"
        + f"</{tag}>" * depth
        + "</body></html>"
    )


def floor_parse(html: str) -> int:
    """The floor's work on a page: Lexbor's parse plus one text walk."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return 0
    return sum(
        len(node.text_content or "")
        for node in root.traverse(include_text=True)
        if node.is_text_node
    )


def scaling_worker(kind: str, size: float) -> dict[str, Any]:
    """Parse one synthetic page in a fresh process: time and peak memory.

    The first parse is timed apart: it also pays for the process taking its
    memory from the system. The steady figure is the best of the later runs.
    """
    import newsparse

    html = synthetic_page(int(size * MB)) if kind == "size" else nested_page(int(size))
    input_bytes = len(html.encode("utf-8"))
    newsparse.parse("<p>warm up</p>")
    gc.collect()
    before = start_rss_peak()
    error = None
    times: list[float] = []
    chars = 0
    for run in range(4):
        start = time.process_time()
        try:
            article = newsparse.parse(html)
        except RecursionError as exc:  # the failure this run looks for
            error = f"RecursionError: {exc}"
            break
        times.append(time.process_time() - start)
        chars = len(article.text)
        del article
        if run == 0:
            rss_growth = peak_rss() - before
        if sum(times) > 10:  # enough runs for a big page
            break
    floor_times = []
    for _ in range(max(len(times) - 1, 1)):
        start = time.process_time()
        floor_parse(html)
        floor_times.append(time.process_time() - start)
    py_peak = traced_peak(newsparse.parse, html) if error is None else 0
    floor_peak = traced_peak(floor_parse, html)
    seconds = min(times[1:] or times) if times else None
    mbytes = input_bytes / MB
    return {
        "kind": kind,
        "size": size,
        "input_mb": mbytes,
        "cold_seconds": times[0] if times else None,
        "seconds": seconds,
        "ms_per_mb": 1e3 * seconds / mbytes if seconds else None,
        "floor_seconds": min(floor_times),
        "floor_ms_per_mb": 1e3 * min(floor_times) / mbytes,
        "body_chars": chars,
        "rss_growth_mb": rss_growth / MB if times else None,
        "rss_ratio": rss_growth / input_bytes if times else None,
        "py_peak_mb": py_peak / MB,
        "py_peak_ratio": py_peak / input_bytes,
        "floor_py_peak_ratio": floor_peak / input_bytes,
        "error": error,
    }


def traced_peak(func: Any, html: str) -> int:
    """Peak of the allocations tracemalloc sees while *func* parses *html*.

    selectolax hands Lexbor Python's raw allocator, so this includes the tree.
    """
    gc.collect()
    tracemalloc.start()
    func(html)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def run_scaling(*, quick: bool) -> list[dict[str, Any]]:
    jobs = [("size", s) for s in (QUICK_SIZES_MB if quick else SIZES_MB)]
    jobs += [("depth", float(d)) for d in (QUICK_DEPTHS if quick else DEPTHS)]
    out = []
    for kind, size in jobs:
        print(f"scaling: {kind} {size:g}...", file=sys.stderr, flush=True)
        cmd = [sys.executable, __file__, "--scaling-worker", kind, str(size)]
        proc = subprocess.run(
            cmd, capture_output=True, text=True, check=False, timeout=3600
        )
        if proc.returncode != 0:
            tail = proc.stderr.strip().splitlines()[-1:]
            out.append({"kind": kind, "size": size, "error": " ".join(tail)})
            continue
        out.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return out


# ---------------------------------------------------------------------- output


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu": cpu,
        "cpus": str(len(__import__("os").sched_getaffinity(0))),
    }


def print_speed(results: dict[str, Any]) -> None:
    ns = results["systems"].get("newsparse", {}).get("all", {})
    rows = [
        [
            "system",
            "version",
            "median ms (zyte)",
            "median ms (all)",
            "p90 ms",
            "pages/s",
            "median × newsparse",
            "errors",
        ]
    ]
    for name, entry in results["systems"].items():
        allp, zyte = entry["all"], entry["zyte"]
        ratio = (
            allp["median_ms"] / ns["median_ms"] if ns.get("median_ms") else float("nan")
        )
        rows.append(
            [
                name,
                entry["version"],
                f"{zyte['median_ms']:.2f}",
                f"{allp['median_ms']:.2f}",
                f"{allp['p90_ms']:.2f}",
                f"{allp['pages_per_s']:.1f}",
                f"{ratio:.2f}",
                str(allp["errors"]),
            ]
        )
    evaluate.print_table(rows, [False, False] + [True] * 6)
    for name, why in results["skipped"].items():
        print(f"{name}: skipped: {why}")


def print_memory(memory: dict[str, dict[str, Any]]) -> None:
    rows = [
        [
            "system",
            "Python peak/page median KB",
            "max MB",
            "RSS growth/page median KB",
            "max MB",
        ]
    ]
    for name, m in memory.items():
        if "error" in m:
            rows.append([name, "error", " ".join(m["error"]), "", ""])
            continue
        rows.append(
            [
                name,
                f"{m['py_peak_median_kb']:.0f}",
                f"{m['py_peak_max_mb']:.1f}",
                f"{m['rss_growth_median_kb']:.0f}",
                f"{m['rss_growth_max_mb']:.1f}",
            ]
        )
    print("\nmemory (one fresh process per system)")
    evaluate.print_table(rows, [False, True, True, True, True])


def scaling_rows(scaling: list[dict[str, Any]]) -> list[list[str]]:
    """The scaling table, header first (shared with report.py)."""
    rows = [
        [
            "page",
            "input MB",
            "first parse s",
            "steady s",
            "ms/MB",
            "floor ms/MB",
            "× floor",
            "RSS growth / input",
            "peak traced / input",
            "floor's traced / input",
            "error",
        ]
    ]
    for s in scaling:
        label = (
            f"{s['size']:g} MB" if s["kind"] == "size" else f"depth {int(s['size']):,}"
        )
        if s.get("seconds") is None:
            rows.append([label, *[""] * 9, str(s.get("error"))])
            continue
        rows.append(
            [
                label,
                f"{s['input_mb']:.2f}",
                f"{s['cold_seconds']:.3f}",
                f"{s['seconds']:.3f}",
                f"{s['ms_per_mb']:.1f}",
                f"{s['floor_ms_per_mb']:.1f}",
                f"{s['seconds'] / s['floor_seconds']:.1f}",
                f"{s['rss_ratio']:.1f}×",
                f"{s['py_peak_ratio']:.1f}×",
                f"{s['floor_py_peak_ratio']:.1f}×",
                s["error"] or "none",
            ]
        )
    return rows


def print_scaling(scaling: list[dict[str, Any]]) -> None:
    print("\nscaling (newsparse, one fresh process per page)")
    evaluate.print_table(scaling_rows(scaling), [False] + [True] * 9 + [False])


# ------------------------------------------------------------------------ main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=evaluate.DEFAULT_DATA)
    ap.add_argument(
        "--systems",
        default="all",
        metavar="A,B",
        help=f"systems to time: {','.join(SYSTEM_NAMES)} (default all)",
    )
    ap.add_argument("--rounds", type=int, default=3, help="rounds (default 3)")
    ap.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="cpu",
        help="time per call: process CPU time (default) or wall time",
    )
    ap.add_argument(
        "--quick",
        action="store_true",
        help=f"smoke run: {QUICK_PAGES} pages per corpus, 1 round, small scaling",
    )
    ap.add_argument("--no-memory", action="store_true", help="skip the memory run")
    ap.add_argument("--no-scaling", action="store_true", help="skip the scaling run")
    ap.add_argument("--json", type=Path, metavar="OUT", help="write all results")
    ap.add_argument("--memory-worker", metavar="SYSTEM", help=argparse.SUPPRESS)
    ap.add_argument(
        "--scaling-worker", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS
    )
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.memory_worker:
        result = memory_worker(args.memory_worker, args.data, quick=args.quick)
        print(json.dumps(result))
        return 0
    if args.scaling_worker:
        kind, size = args.scaling_worker
        print(json.dumps(scaling_worker(kind, float(size))))
        return 0

    if not args.data.is_dir():
        sys.exit(f"data folder not found: {args.data}")
    wanted = (
        list(SYSTEM_NAMES)
        if args.systems == "all"
        else [n.strip() for n in args.systems.split(",") if n.strip()]
    )
    systems: list[evaluate.System] = []
    skipped: dict[str, str] = {}
    for name in wanted:
        if name not in SYSTEM_NAMES:
            sys.exit(f"unknown system {name!r}; known: {', '.join(SYSTEM_NAMES)}")
        try:
            systems.append(load_system(name))
        except evaluate.UnavailableError as exc:
            skipped[name] = str(exc)

    pages = load_pages(args.data, quick=args.quick)
    rounds = 1 if args.quick else args.rounds
    print(
        f"timing {len(systems)} systems on {len(pages)} pages, {rounds} round(s)",
        file=sys.stderr,
    )
    # One untimed call each, so imports and first-call caches are not timed.
    for system in systems:
        system.extract(pages[0][1].html, pages[0][1].url, want_meta=False)
    timings = time_systems(systems, pages, rounds, CLOCKS[args.clock])

    ids = {c: [p.id for k, p in pages if k == c] for c in CORPORA}
    all_ids = [p.id for _, p in pages]
    results: dict[str, Any] = {
        "created": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "machine": machine(),
        "rounds": rounds,
        "clock": args.clock,
        "quick": args.quick,
        "pages": {c: len(v) for c, v in ids.items()},
        "systems": {},
        "skipped": skipped,
    }
    for system in systems:
        timing = timings[system.name]
        results["systems"][system.name] = {
            "version": system.version,
            "all": summarise(timing, all_ids),
            **{c: summarise(timing, v) for c, v in ids.items()},
            "errors": timing.errors,
        }
    print_speed(results)

    names = [s.name for s in systems]
    if not args.no_memory:
        results["memory"] = run_memory(names, args.data, quick=args.quick)
        print_memory(results["memory"])
    if not args.no_scaling:
        results["scaling"] = run_scaling(quick=args.quick)
        print_scaling(results["scaling"])
    if args.json:
        evaluate.write_json(args.json, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
