"""Where a batch writes, one chunk at a time, so that it can be resumed.

Files, for ``-o OUT.jsonl`` (``OUT`` is the name without its last suffix):

* ``OUT.jsonl``: one JSON row per parsed record, appended a chunk at a time.
  With ``--format parquet``, ``OUT.parquet/`` holds one
  ``part-NNNNNN.parquet`` per chunk instead, each written to a temporary
  name and renamed, so a part is either whole or absent.
* ``OUT.errors.jsonl``: one JSON row per failed record.
* ``OUT.manifest.jsonl``: the checkpoint. Its first line describes the run
  (inputs with size and mtime, format, chunking, field names); then one line
  per committed chunk with the sizes of the output and errors files after it;
  a last ``complete`` line when the batch finished.

A chunk is committed by appending its rows, flushing both files to disk,
and only then appending its manifest line. On ``--resume`` the manifest is
read back, the output and errors files are cut to the sizes its last chunk
line records (dropping rows of a chunk that was being written when the
batch stopped), and the chunks it lists are not run again. So a record is
never written twice and never lost, whatever the moment of the interruption.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import IO, Any

import attrs


__all__ = [
    "MANIFEST_VERSION",
    "Checkpoint",
    "CheckpointError",
    "Committed",
    "part_name",
    "sidecars",
]

MANIFEST_VERSION = 1


class CheckpointError(ValueError):
    """The output exists, or the manifest does not match this batch."""


@attrs.frozen
class Committed:
    """What one finished chunk adds to the output (see ``_batch.ChunkResult``)."""

    index: int
    output: bytes
    errors: bytes
    parsed: int
    failed: int


def sidecars(output: Path) -> tuple[Path, Path]:
    """The default errors file and the manifest beside *output*."""
    stem = output.name.rsplit(".", 1)[0] if "." in output.name else output.name
    return (
        output.with_name(f"{stem}.errors.jsonl"),
        output.with_name(f"{stem}.manifest.jsonl"),
    )


@attrs.define
class Checkpoint:
    """The output, errors file and manifest of one batch, opened for commits.

    Attributes:
        done: Indices of the chunks committed by earlier runs.
        complete: Whether an earlier run finished the batch.
        parsed: Records parsed by earlier runs.
        failed: Records failed in earlier runs.
    """

    output: Path
    errors: Path
    manifest: Path
    parquet: bool
    done: frozenset[int]
    complete: bool
    parsed: int
    failed: int
    _out: IO[bytes] | None
    _err: IO[bytes]
    _log: IO[bytes]

    @classmethod
    def open(
        cls,
        header: dict[str, Any],
        *,
        output: Path,
        errors: Path,
        manifest: Path,
        resume: bool,
        overwrite: bool,
    ) -> Checkpoint:
        """Start a batch, or take up the one that *manifest* records.

        Raises:
            CheckpointError: The output exists and neither *resume* nor
                *overwrite* is set, or the manifest describes another batch.
        """
        parquet = header["format"] == "parquet"
        lines = _read_manifest(manifest) if resume else []
        if lines and lines[0] != header:
            msg = (
                f"{manifest} describes another batch (inputs, format or options "
                "differ); run the same command, or start anew with --overwrite"
            )
            raise CheckpointError(msg)
        if not lines:
            existing = [p for p in (output, errors, manifest) if p.exists()]
            if existing and not overwrite:
                hint = (
                    "it has no manifest to resume from" if resume else "pass --resume"
                )
                msg = f"{existing[0]} exists ({hint}); start anew with --overwrite"
                raise CheckpointError(msg)
            for path in existing:
                _remove(path)
            lines = [header]
            _write_lines(manifest, lines)
        chunks = [line for line in lines[1:] if "chunk" in line]
        last = chunks[-1] if chunks else {"output_bytes": 0, "errors_bytes": 0}
        done = frozenset(line["chunk"] for line in chunks)
        _check_untouched(output, errors, last, parquet=parquet, done=done)
        if parquet:
            output.mkdir(parents=True, exist_ok=True)
            for stale in output.glob(".part-*"):
                stale.unlink()
            out = None
        else:
            out = _open_cut(output, last["output_bytes"])
        return cls(
            output=output,
            errors=errors,
            manifest=manifest,
            parquet=parquet,
            done=done,
            complete=any(line.get("complete") for line in lines[1:]),
            parsed=sum(line["parsed"] for line in chunks),
            failed=sum(line["failed"] for line in chunks),
            out=out,
            err=_open_cut(errors, last["errors_bytes"]),
            log=manifest.open("ab"),
        )

    def commit(self, chunk: Committed) -> None:
        """Make one chunk durable: rows and errors first, then its manifest line."""
        if self._out is not None:
            self._out.write(chunk.output)
            _sync(self._out)
        self._err.write(chunk.errors)
        _sync(self._err)
        line = {
            "chunk": chunk.index,
            "parsed": chunk.parsed,
            "failed": chunk.failed,
            "output_bytes": self._out.tell() if self._out is not None else 0,
            "errors_bytes": self._err.tell(),
        }
        self._log.write(_dump(line))
        _sync(self._log)

    def finish(self, summary: dict[str, Any]) -> None:
        """Record that every chunk is committed."""
        self._log.write(_dump({"complete": True, **summary}))
        _sync(self._log)

    def close(self) -> None:
        """Close the files; what was committed stays committed."""
        for stream in (self._out, self._err, self._log):
            if stream is not None:
                stream.close()


def part_name(index: int) -> str:
    """The file name of chunk *index*'s Parquet part; names sort in input order."""
    return f"part-{index:06d}.parquet"


def _check_untouched(
    output: Path,
    errors: Path,
    last: dict[str, Any],
    *,
    parquet: bool,
    done: frozenset[int],
) -> None:
    """Refuse to resume over output that lost what the manifest says it holds."""
    if parquet:
        missing = [i for i in sorted(done) if not (output / part_name(i)).is_file()]
        lost = f"{output / part_name(missing[0])} is missing" if missing else None
    else:
        lost = _shorter(output, last["output_bytes"])
    lost = lost or _shorter(errors, last["errors_bytes"])
    if lost:
        msg = f"cannot resume: {lost}; start anew with --overwrite"
        raise CheckpointError(msg)


def _shorter(path: Path, size: int) -> str | None:
    have = path.stat().st_size if path.is_file() else 0
    if have < size:
        return f"{path} has {have} bytes, the manifest recorded {size}"
    return None


def _dump(line: dict[str, Any]) -> bytes:
    return json.dumps(line, ensure_ascii=False).encode() + b"\n"


def _sync(stream: IO[bytes]) -> None:
    stream.flush()
    os.fsync(stream.fileno())


def _write_lines(path: Path, lines: list[dict[str, Any]]) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("wb") as stream:
        for line in lines:
            stream.write(_dump(line))
        _sync(stream)
    temporary.replace(path)


def _read_manifest(path: Path) -> list[dict[str, Any]]:
    """The manifest's lines, up to a partly written last line (which is cut off)."""
    if not path.exists():
        return []
    lines: list[dict[str, Any]] = []
    good = 0
    with path.open("rb") as stream:
        for raw in stream:
            if not raw.endswith(b"\n"):
                break
            try:
                lines.append(json.loads(raw))
            except json.JSONDecodeError:
                break
            good += len(raw)
    with path.open("r+b") as stream:
        stream.truncate(good)
    if lines and lines[0].get("newsparse_batch") != MANIFEST_VERSION:
        msg = f"{path} is not a newsparse batch manifest"
        raise CheckpointError(msg)
    return lines


def _open_cut(path: Path, size: int) -> IO[bytes]:
    """Open *path* for appending after cutting it to *size* bytes."""
    path.touch()
    stream = path.open("r+b")
    stream.truncate(size)
    stream.seek(size)
    return stream


def _remove(path: Path) -> None:
    if path.is_dir():
        for part in path.glob("*part-*.parquet*"):
            part.unlink()
        with contextlib.suppress(OSError):
            path.rmdir()
    else:
        path.unlink()
