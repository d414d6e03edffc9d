"""``newsparse batch``: many pages in, one row per page out, on every core.

The main process reads the inputs in order (``_sources``), cuts the stream of
records into chunks of a fixed size, and hands the chunks to worker
processes, which decode, parse and serialise; the main process only appends
finished chunks through the checkpoint (``_checkpoint``). Chunks are numbered
by their place in the input, so the same inputs always give the same chunks:
that is what ``--resume`` relies on.

A record that fails becomes an error row and the batch goes on. Workers are
started with ``spawn``: forking a process that runs a progress-bar thread is
unsafe.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any, Literal, Self

import attrs

from newsparse._api import parse
from newsparse._checkpoint import MANIFEST_VERSION, Checkpoint, Committed, part_name
from newsparse._sources import (
    Failure,
    Input,
    JsonlFields,
    Record,
    Skipped,
    file_signature,
    read_input,
)
from newsparse.errors import NewsparseError


__all__ = [
    "DEFAULT_CHUNK_RECORDS",
    "BatchConfig",
    "Chunk",
    "Summary",
    "default_jobs",
    "parse_item",
    "process_chunk",
    "run",
]

Format = Literal["jsonl", "parquet"]

# Records per chunk. Small enough that the last chunks leave few cores idle
# (about 0.15 s of work each) and that an interruption loses little; large
# enough that committing (three fsyncs) costs nothing next to parsing.
DEFAULT_CHUNK_RECORDS = 32


@attrs.frozen(kw_only=True)
class BatchConfig:
    """Everything one batch needs; the CLI builds it from its arguments.

    Attributes:
        inputs: The input files, in order (see ``_sources.expand_inputs``).
        output: The JSONL file, or the Parquet folder.
        errors: The errors file (JSONL).
        manifest: The checkpoint file.
        format: ``"jsonl"`` or ``"parquet"``.
        jobs: Worker processes; 1 parses in the main process.
        chunk_records: Records per chunk, the unit of parallel work, of
            atomic writing and of resuming.
        chunk_bytes: A chunk also closes once its pages reach this size, to
            bound memory.
        ordered: Write chunks in input order (a chunk that finishes early
            waits for the ones before it).
        fields: Field names for JSONL inputs.
        resume: Continue the batch the manifest records.
        overwrite: Replace an existing output.
        progress: Show a progress bar on standard error.
    """

    inputs: tuple[Input, ...]
    output: Path
    errors: Path
    manifest: Path
    format: Format = "jsonl"
    jobs: int = 1
    chunk_records: int = DEFAULT_CHUNK_RECORDS
    chunk_bytes: int = 32 * 1024 * 1024
    ordered: bool = False
    fields: JsonlFields = attrs.field(factory=JsonlFields)
    resume: bool = False
    overwrite: bool = False
    progress: bool = False

    def header(self) -> dict[str, Any]:
        """The manifest's first line: what must not change between runs."""
        return {
            "newsparse_batch": MANIFEST_VERSION,
            "format": self.format,
            "chunk_records": self.chunk_records,
            "chunk_bytes": self.chunk_bytes,
            "ordered": self.ordered,
            "fields": attrs.asdict(self.fields),
            "inputs": [file_signature(source.path) for source in self.inputs],
        }


@attrs.frozen(kw_only=True)
class Chunk:
    """A unit of work: consecutive records, numbered by place in the input.

    Attributes:
        index: The chunk's number, from 0.
        items: Records to parse, and failures met while reading.
        reached: How many input bytes had been read when it closed.
        part: For Parquet, the part file the worker writes.
    """

    index: int
    items: tuple[Record | Failure, ...]
    reached: int = 0
    part: str | None = None


@attrs.define
class Summary:
    """What a batch did, this run and earlier runs together."""

    parsed: int = 0
    failed: int = 0
    skipped: int = 0
    chunks: int = 0
    resumed_chunks: int = 0
    seconds: float = 0.0
    records_now: int = 0

    @property
    def records(self) -> int:
        """Records accounted for: every one is either parsed or failed."""
        return self.parsed + self.failed


def default_jobs() -> int:
    """Every core this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(len(os.sched_getaffinity(0)), 1)
    return max(os.cpu_count() or 1, 1)


def parse_item(item: Record | Failure) -> dict[str, Any]:
    """Turn a record into a row: its identity and its Article, or its error.

    Every row has the keys ``id``, ``source``, ``offset``, ``url``, ``warc``,
    ``article`` (an ``Article.to_dict()``, or None) and ``error`` and
    ``message`` (None, or the kind and text of the failure).
    """
    row: dict[str, Any] = {
        "id": item.id,
        "source": item.source,
        "offset": item.offset,
        "url": item.url,
        "warc": item.warc,
        "article": None,
        "error": None,
        "message": None,
    }
    if isinstance(item, Failure):
        row["error"], row["message"] = item.error, item.message
        return row
    try:
        article = parse(item.html, item.url, encoding=item.encoding)
    except NewsparseError as err:
        row["error"], row["message"] = type(err).__name__, str(err)
    # A batch over a crawl must outlive a parser bug on one page: the bug is
    # recorded with its type, and the record is accounted for as failed.
    except Exception as err:  # noqa: BLE001
        row["error"], row["message"] = type(err).__name__, f"unexpected: {err}"
    else:
        row["article"] = article.to_dict()
    return row


_OUTPUT_KEYS = ("id", "source", "offset", "url", "warc", "article")
_ERROR_KEYS = ("id", "source", "offset", "url", "warc", "error", "message")


def process_chunk(chunk: Chunk) -> Committed:
    """Parse one chunk and serialise its rows (this runs in a worker)."""
    good: list[dict[str, Any]] = []
    errors: list[bytes] = []
    for item in chunk.items:
        row = parse_item(item)
        if row["error"] is None:
            good.append(row)
        else:
            errors.append(_line(row, _ERROR_KEYS))
    if chunk.part is not None:
        _write_part(Path(chunk.part), good)
        output = b""
    else:
        output = b"".join(_line(row, _OUTPUT_KEYS) for row in good)
    return Committed(
        index=chunk.index,
        output=output,
        errors=b"".join(errors),
        parsed=len(good),
        failed=len(errors),
    )


def _line(row: dict[str, Any], keys: Sequence[str]) -> bytes:
    data = {key: row[key] for key in keys}
    return json.dumps(data, ensure_ascii=False).encode() + b"\n"


def _write_part(path: Path, rows: list[dict[str, Any]]) -> None:
    """Write a Parquet part under a temporary name, then rename it into place."""
    import pyarrow.parquet as pq  # noqa: PLC0415 (optional extra)

    from newsparse._table import rows_to_table  # noqa: PLC0415 (needs pyarrow)

    temporary = path.with_name(f".{path.name}.tmp")
    pq.write_table(rows_to_table(rows), temporary)
    temporary.replace(path)


def chunks(
    config: BatchConfig, summary: Summary, part_dir: Path | None
) -> Iterator[Chunk]:
    """Cut the inputs into numbered chunks; count skipped records on the way."""
    items: list[Record | Failure] = []
    size = 0
    index = 0
    base = 0
    for source in config.inputs:
        for position, item in read_input(source, config.fields):
            if isinstance(item, Skipped):
                summary.skipped += 1
                continue
            items.append(item)
            if isinstance(item, Record):
                size += len(item.html)
            if len(items) >= config.chunk_records or size >= config.chunk_bytes:
                yield _chunk(index, items, base + position, part_dir)
                index += 1
                items, size = [], 0
        base += source.path.stat().st_size
    if items:
        yield _chunk(index, items, base, part_dir)


def _chunk(
    index: int, items: list[Record | Failure], reached: int, part_dir: Path | None
) -> Chunk:
    part = str(part_dir / part_name(index)) if part_dir else None
    return Chunk(index=index, items=tuple(items), reached=reached, part=part)


def run(config: BatchConfig) -> Summary:
    """Run (or resume) a batch and return what it did.

    Raises:
        CheckpointError: The output exists, or the manifest is another batch's.
        OSError: An output file cannot be written.
    """
    started = time.monotonic()
    checkpoint = Checkpoint.open(
        config.header(),
        output=config.output,
        errors=config.errors,
        manifest=config.manifest,
        resume=config.resume,
        overwrite=config.overwrite,
    )
    summary = Summary(parsed=checkpoint.parsed, failed=checkpoint.failed)
    try:
        if checkpoint.complete:
            summary.resumed_chunks = len(checkpoint.done)
            summary.chunks = len(checkpoint.done)
            return summary
        total = sum(source.path.stat().st_size for source in config.inputs)
        with _Progress(total, enabled=config.progress, summary=summary) as progress:
            part_dir = config.output if config.format == "parquet" else None
            todo = _skip_done(
                chunks(config, summary, part_dir), checkpoint, summary, progress
            )

            def commit(result: Committed, reached: int) -> None:
                checkpoint.commit(result)
                summary.parsed += result.parsed
                summary.records_now += result.parsed + result.failed
                summary.failed += result.failed
                summary.chunks += 1
                progress.advance(reached)

            if config.jobs <= 1:
                for chunk in todo:
                    commit(process_chunk(chunk), chunk.reached)
            else:
                _run_pool(todo, commit, jobs=config.jobs, ordered=config.ordered)
        summary.seconds = time.monotonic() - started
        checkpoint.finish(
            {
                "parsed": summary.parsed,
                "failed": summary.failed,
                "skipped": summary.skipped,
            }
        )
    finally:
        checkpoint.close()
    return summary


def _skip_done(
    todo: Iterator[Chunk], checkpoint: Checkpoint, summary: Summary, progress: _Progress
) -> Iterator[Chunk]:
    for chunk in todo:
        if chunk.index in checkpoint.done:
            summary.resumed_chunks += 1
            summary.chunks += 1
            progress.advance(chunk.reached)
        else:
            yield chunk


def _run_pool(
    todo: Iterator[Chunk],
    commit: Callable[[Committed, int], None],
    *,
    jobs: int,
    ordered: bool,
) -> None:
    """Keep *jobs* workers busy with a bounded number of chunks in flight."""
    limit = 2 * jobs
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_ignore_sigint
    ) as pool:
        running: dict[Future[Committed], int] = {}
        reached: dict[int, int] = {}
        finished: dict[int, Committed] = {}
        queue: deque[int] = deque()

        def collect() -> None:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                del running[future]
                result = future.result()
                if not ordered:
                    commit(result, reached.pop(result.index))
                    continue
                finished[result.index] = result
                while queue and queue[0] in finished:
                    index = queue.popleft()
                    commit(finished.pop(index), reached.pop(index))

        try:
            for chunk in todo:
                while len(running) + len(finished) >= limit:
                    collect()
                reached[chunk.index] = chunk.reached
                queue.append(chunk.index)
                running[pool.submit(process_chunk, chunk)] = chunk.index
            while running:
                collect()
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the main process, which stops cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# The counts go in the description, placed after the bar; the bar itself
# counts input bytes, which is what makes the ETA right.
_BAR = "{percentage:3.0f}%|{bar}| {desc} [{elapsed}<{remaining}]"


class _Progress:
    """A tqdm bar over input bytes (for the ETA) that shows records/s and errors."""

    def __init__(self, total: int, *, enabled: bool, summary: Summary) -> None:
        self._summary = summary
        self._started = time.monotonic()
        self._bar: Any = None
        if enabled:
            from tqdm import tqdm  # noqa: PLC0415 (only when shown)

            self._bar = tqdm(
                total=total,
                file=sys.stderr,
                bar_format=_BAR,
                dynamic_ncols=True,
                smoothing=0.1,
            )
            self._bar.set_description_str(self._text(), refresh=False)

    def _text(self) -> str:
        s = self._summary
        elapsed = max(time.monotonic() - self._started, 1e-9)
        rate = s.records_now / elapsed
        return f"{s.records:,} records, {rate:,.1f} rec/s, {s.failed:,} errors"

    def advance(self, reached: int) -> None:
        if self._bar is None:
            return
        self._bar.set_description_str(self._text(), refresh=False)
        self._bar.update(max(reached - self._bar.n, 0))

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            if exc[0] is None:
                self._bar.update(self._bar.total - self._bar.n)
            self._bar.close()
