"""Records per second of ``newsparse batch`` on a WARC built from the corpus pages.

The WARC is written to a temporary folder (never into the repository): every
Zyte and Mozilla Readability page becomes a gzip-member response record,
and the set is repeated ``--repeat`` times so that the run is long enough for
the workers' start-up to matter little. Each configuration runs
``--rounds`` times, alternating; the best round counts (the machine is
shared, so the slower rounds measure the neighbours), and the median ratio
of paired rounds is printed too. CPU milliseconds per record show the cost
of going parallel whatever the load: on 2 idle cores the speed-up is at most
2 x (CPU of 1 process) / (CPU of 2 processes).

    python benchmarks/batch.py                 # 1 and 2 processes
    python benchmarks/batch.py --jobs 1,2,4 --repeat 3 --rounds 5
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from newsparse._batch import BatchConfig, run
from newsparse._checkpoint import sidecars
from newsparse._sources import Input


ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"


def corpus_pages(data: Path) -> list[tuple[str, bytes]]:
    pages = [
        (
            f"https://zyte.example/{p.name.split('.')[0]}",
            gzip.decompress(p.read_bytes()),
        )
        for p in sorted((data / "zyte" / "html").glob("*.html.gz"))
    ]
    pages += [
        (f"https://readability.example/{p.parent.name}", p.read_bytes())
        for p in sorted((data / "readability" / "test-pages").glob("*/source.html"))
    ]
    return pages


def warc_record(url: str, html: bytes) -> bytes:
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
        + f"Content-Length: {len(html)}\r\n\r\n".encode()
        + html
    )
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n", compresslevel=6)


def build_warc(path: Path, pages: list[tuple[str, bytes]], repeat: int) -> int:
    with path.open("wb") as stream:
        for _ in range(repeat):
            for url, html in pages:
                stream.write(warc_record(url, html))
    return len(pages) * repeat


def cpu_seconds() -> tuple[float, float]:
    """CPU time of this process and of its finished children so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def one_run(warc: Path, folder: Path, jobs: int) -> tuple[float, int]:
    output = folder / f"out-{jobs}.jsonl"
    errors, manifest = sidecars(output)
    config = BatchConfig(
        inputs=(Input(warc, "warc"),),
        output=output,
        errors=errors,
        manifest=manifest,
        jobs=jobs,
        overwrite=True,
    )
    started = time.perf_counter()
    summary = run(config)
    seconds = time.perf_counter() - started
    return seconds, summary.records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--jobs", default="1,2", help="comma-separated process counts")
    parser.add_argument("--repeat", type=int, default=8, help="copies of the corpus")
    parser.add_argument("--rounds", type=int, default=3, help="runs per process count")
    args = parser.parse_args()
    jobs_list = [int(j) for j in args.jobs.split(",")]

    pages = corpus_pages(args.data)
    if not pages:
        print(f"no corpus pages under {args.data}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="newsparse-batch-bench-") as tmp:
        folder = Path(tmp)
        warc = folder / "corpus.warc.gz"
        records = build_warc(warc, pages, args.repeat)
        size = warc.stat().st_size / 1e6
        print(
            f"WARC: {records} records ({len(pages)} pages x {args.repeat}), "
            f"{size:.1f} MB gzip; cores: {os.cpu_count()}; "
            f"load before: {os.getloadavg()[0]:.2f}"
        )
        # Rounds alternate between process counts, so that a neighbour's load
        # falls on all of them alike; CPU time is summed per process count.
        rates: dict[int, list[float]] = {jobs: [] for jobs in jobs_list}
        cpu: dict[int, list[float]] = {jobs: [0.0, 0.0] for jobs in jobs_list}
        for _ in range(args.rounds):
            for jobs in jobs_list:
                main_before, workers_before = cpu_seconds()
                seconds, done = one_run(warc, folder, jobs)
                main_after, workers_after = cpu_seconds()
                assert done == records, (done, records)
                rates[jobs].append(records / seconds)
                cpu[jobs][0] += main_after - main_before
                cpu[jobs][1] += workers_after - workers_before
        for jobs in jobs_list:
            main_ms, worker_ms = (t * 1e3 / (records * args.rounds) for t in cpu[jobs])
            print(
                f"{jobs} process{'es' if jobs > 1 else '':2} "
                f"best {max(rates[jobs]):7.1f} rec/s   "
                f"median {statistics.median(rates[jobs]):7.1f}   "
                f"rounds: {', '.join(f'{r:.1f}' for r in rates[jobs])}   "
                f"CPU ms/record: main {main_ms:.2f}, workers {worker_ms:.2f}"
            )
        if 1 in rates:
            for jobs in jobs_list:
                if jobs != 1:
                    best = max(rates[jobs]) / max(rates[1])
                    paired = [
                        n / one for n, one in zip(rates[jobs], rates[1], strict=True)
                    ]
                    print(
                        f"speed-up {jobs} vs 1: best/best {best:.2f}x, "
                        f"median of paired rounds {statistics.median(paired):.2f}x"
                    )
        print(f"load after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
