"""Batch inputs: HTML files, JSONL dumps and WARC archives, as a stream of records.

Every input becomes a sequence of :class:`Record` (a page to parse) and
:class:`Failure` (something that could not even be read: a bad JSON line, a
truncated WARC record). A failure is data, not an exception, so that one bad
record never stops a crawl-sized batch and every input record is accounted
for. Reading is sequential and deterministic: the same inputs always give the
same items in the same order, which is what makes ``--resume`` possible.

WARC files are read with FastWARC (optional extra ``warc``), imported only when
a WARC is met.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import attrs


if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord


__all__ = [
    "Failure",
    "Input",
    "Item",
    "JsonlFields",
    "Record",
    "Skipped",
    "expand_inputs",
    "file_signature",
    "input_kind",
    "read_input",
    "read_warc",
]

# Media types worth parsing; everything else in a WARC is counted as skipped.
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# Identifying WARC headers copied to the output, so that a row leads back to
# its record (``WARC-Target-URI`` becomes the row's ``url``).
_WARC_KEYS = ("WARC-Record-ID", "WARC-Date", "WARC-Target-URI", "WARC-Payload-Digest")

# A record larger than this is not read into memory (the parser refuses
# inputs over ``Options.max_bytes`` anyway).
MAX_RECORD_BYTES = 64 * 1024 * 1024

_SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
}


@attrs.frozen(kw_only=True)
class Record:
    """One page to parse, with what identifies it.

    Attributes:
        id: A stable identifier: the WARC-Record-ID, the JSONL id field, the
            file path, or ``path:line`` for a JSONL line without an id.
        source: The input file it came from.
        offset: Where in *source* it starts: a byte offset in a WARC (as in a
            CDX index; compressed for ``.warc.gz``), a line number in JSONL,
            ``None`` for a whole file.
        url: The page's URL, when the input gives one.
        html: The page as served (bytes) or as stored (str, from JSONL).
        encoding: The charset the page was served with (HTTP header), if any.
        warc: The identifying WARC headers, for WARC records only.
    """

    id: str
    source: str
    offset: int | None = None
    url: str | None = None
    html: bytes | str
    encoding: str | None = None
    warc: dict[str, str] | None = None


@attrs.frozen(kw_only=True)
class Failure:
    """An input record that could not be read; it goes to the errors file.

    Attributes:
        id: As for :class:`Record`; ``source@offset`` when the record's own
            id could not be read.
        source: The input file.
        offset: Where in *source* the problem is (bytes for a WARC, line
            number for JSONL).
        error: A short kind, e.g. ``TruncatedRecord`` or ``DamagedArchive``.
        message: What went wrong, for a person.
        url: The record's URL, when it could be read.
        warc: The record's identifying WARC headers, when it could be read.
    """

    id: str
    source: str
    offset: int | None
    error: str
    message: str
    url: str | None = None
    warc: dict[str, str] | None = None


@attrs.frozen(kw_only=True)
class Skipped:
    """A WARC response or resource that is not an HTML page (an image, a 404).

    Counted, never parsed and never an error.
    """

    source: str
    offset: int | None


Item = Record | Failure | Skipped


@attrs.frozen
class Input:
    """One input file and how to read it (``kind``: html, jsonl or warc)."""

    path: Path
    kind: str


def input_kind(path: Path) -> str | None:
    """Return how to read *path* from its suffix, or None if it is not an input."""
    name = path.name.lower()
    suffix = Path(name.removesuffix(".gz")).suffix
    return _SUFFIXES.get(suffix)


def expand_inputs(
    paths: Sequence[Path], *, exclude: Sequence[Path] = ()
) -> list[Input]:
    """Turn files and folders into the ordered list of input files.

    Folders are walked recursively in sorted order; hidden entries and files
    of unknown types are left out there, and so are the *exclude* paths (the
    batch's own output, when it is written inside an input folder).

    Raises:
        FileNotFoundError: A path does not exist.
        ValueError: A file given by name has an unknown type.
    """
    excluded = {p.resolve() for p in exclude}
    found: list[Input] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if any(part.startswith(".") for part in relative):
                    continue
                kind = input_kind(child)
                if kind and child.is_file() and child.resolve() not in excluded:
                    found.append(Input(child, kind))
        elif path.is_file():
            kind = input_kind(path)
            if kind is None:
                msg = f"{path}: not an .html, .jsonl or .warc file (or .gz of one)"
                raise ValueError(msg)
            found.append(Input(path, kind))
        else:
            msg = f"{path}: no such file or folder"
            raise FileNotFoundError(msg)
    return found


@attrs.frozen
class JsonlFields:
    """Which fields of a JSONL object hold the page, its URL and its id.

    Attributes:
        html: The field with the page's HTML (a string).
        url: The field with the page's URL; optional in each line.
        id: The field with the record's id; without it a line's id is
            ``path:line``.
    """

    html: str = "html"
    url: str = "url"
    id: str | None = None


def read_input(
    source: Input, fields: JsonlFields | None = None
) -> Iterator[tuple[int, Item]]:
    """Yield the items of one input file, failures included, in file order.

    Each item comes with how many bytes of the file (as stored, compressed or
    not) had been read to reach it, for a progress bar.
    """
    if source.kind == "warc":
        for item in read_warc(source.path):
            yield item.offset or 0, item
    elif source.kind == "jsonl":
        yield from _read_jsonl(source.path, fields or JsonlFields())
    else:
        yield 0, _read_html(source.path)


def _read_html(path: Path) -> Item:
    try:
        data = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            data = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as err:
        return Failure(
            id=str(path),
            source=str(path),
            offset=None,
            error="UnreadableFile",
            message=str(err),
        )
    return Record(id=str(path), source=str(path), html=data)


def _read_jsonl(path: Path, fields: JsonlFields) -> Iterator[tuple[int, Item]]:
    source = str(path)
    try:
        with path.open("rb") as stored:
            lines: BinaryIO | gzip.GzipFile = stored
            if path.name.lower().endswith(".gz"):
                lines = gzip.GzipFile(fileobj=stored, mode="rb")
            for number, raw in enumerate(lines, start=1):
                if raw.strip():
                    yield stored.tell(), _jsonl_item(raw, source, number, fields)
    except (OSError, EOFError, zlib.error) as err:
        failure = Failure(
            id=f"{source}@read",
            source=source,
            offset=None,
            error="UnreadableFile",
            message=str(err),
        )
        yield 0, failure


def _jsonl_item(raw: bytes, source: str, number: int, fields: JsonlFields) -> Item:
    fallback_id = f"{source}:{number}"

    def failure(error: str, message: str, record_id: str = fallback_id) -> Failure:
        return Failure(
            id=record_id, source=source, offset=number, error=error, message=message
        )

    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        return failure("BadJsonLine", str(err))
    if not isinstance(data, dict):
        return failure("BadJsonLine", f"a JSON {type(data).__name__}, not an object")
    url = data.get(fields.url)
    own_id = data.get(fields.id) if fields.id else None
    record_id = str(own_id) if own_id is not None else fallback_id
    html = data.get(fields.html)
    if not isinstance(html, str):
        return failure("MissingHtml", f"no string field {fields.html!r}", record_id)
    return Record(
        id=record_id,
        source=source,
        offset=number,
        url=url if isinstance(url, str) else None,
        html=html,
    )


Opener = Callable[[str], AbstractContextManager[BinaryIO]]


def _open_local(path: str) -> AbstractContextManager[BinaryIO]:
    return Path(path).open("rb")


def read_warc(path: Path | str, *, opener: Opener | None = None) -> Iterator[Item]:
    """Yield the HTML pages of a WARC or WARC.gz file, and what went wrong.

    Response records served as HTML with a 2xx status, and resource records
    of an HTML type, become :class:`Record`; other response and resource
    records become :class:`Skipped`; requests, metadata and the rest are
    passed over. A record shorter than its ``Content-Length`` is a
    ``TruncatedRecord`` failure; damage that stops the reader is one
    ``DamagedArchive`` failure at the byte offset where the last readable
    record ended. Everything read before the damage is kept.

    *opener* opens the path for reading (default: a local file); pass
    ``fsspec.open`` to read from object stores.
    """
    try:
        from fastwarc.warc import ArchiveIterator  # noqa: PLC0415 (optional extra)
    except ImportError as err:  # pragma: no cover - depends on the install
        msg = "reading WARC files needs FastWARC: pip install 'newsparse[warc]'"
        raise ImportError(msg) from err

    source = str(path)
    open_ = opener or _open_local
    last_start: int | None = None
    try:
        with open_(source) as stream:
            for record in ArchiveIterator(stream, parse_http=False):
                last_start = record.stream_pos
                item = _warc_item(record, source)
                if item is not None:
                    yield item
    except OSError as err:
        offset = _end_of_record(open_, source, last_start)
        yield Failure(
            id=f"{source}@{offset}",
            source=source,
            offset=offset,
            error="DamagedArchive",
            message=f"unreadable from byte {offset} on: {err}",
        )


def _warc_item(record: WarcRecord, source: str) -> Item | None:
    """The record as an Item, or None when it is not a page at all."""
    from fastwarc.warc import WarcRecordType  # noqa: PLC0415 (optional extra)

    kind = record.record_type
    if kind not in (WarcRecordType.response, WarcRecordType.resource):
        return None
    headers = record.headers
    offset = record.stream_pos
    warc = {key: value for key in _WARC_KEYS if (value := headers.get(key)) is not None}
    url = warc.get("WARC-Target-URI")
    record_id = warc.get("WARC-Record-ID") or f"{source}@{offset}"
    skipped = Skipped(source=source, offset=offset)
    is_response = kind == WarcRecordType.response

    def failure(error: str, message: str) -> Failure:
        return Failure(
            id=record_id,
            source=source,
            offset=offset,
            error=error,
            message=message,
            url=url,
            warc=warc,
        )

    try:
        declared = int(headers.get("Content-Length") or "")
    except ValueError:
        return failure("TruncatedRecord", "no valid Content-Length header")
    if declared > MAX_RECORD_BYTES:
        # Read the HTTP head only: a large video is skipped, a large page fails.
        if is_response:
            try:
                record.parse_http()
            except OSError as err:
                return failure("BadHttp", str(err))
        if not _is_page(record, is_response=is_response):
            return skipped
        return failure("RecordTooLarge", f"{declared} bytes, over {MAX_RECORD_BYTES}")
    # The whole block in memory first: FastWARC then tells a short read apart.
    record.freeze()
    if record.content_length < declared:
        got = record.content_length
        return failure(
            "TruncatedRecord", f"{got} of {declared} bytes, the file ends early"
        )
    if is_response:
        try:
            record.parse_http(auto_decode="all")
        except OSError as err:
            return failure("BadHttp", str(err))
    if not _is_page(record, is_response=is_response):
        return skipped
    try:
        html = record.reader.read()
    except OSError as err:
        return failure("BadHttp", str(err))
    return Record(
        id=record_id,
        source=source,
        offset=offset,
        url=url,
        html=html,
        encoding=record.http_charset if is_response else None,
        warc=warc,
    )


def _is_page(record: WarcRecord, *, is_response: bool) -> bool:
    """Whether a (parsed) response or resource record holds an HTML page."""
    if not is_response:
        return _is_html(record.headers.get("Content-Type"))
    status = record.http_headers.status_code or 0
    media = record.http_content_type or record.headers.get(
        "WARC-Identified-Payload-Type"
    )
    return 200 <= status < 300 and _is_html(media)


def _is_html(media: str | None) -> bool:
    if not media:
        return False
    return media.split(";", 1)[0].strip().lower() in _HTML_TYPES


def _end_of_record(open_: Opener, source: str, start: int | None) -> int:
    """The byte offset where the record (or gzip member) at *start* ends.

    Only used after damage, to say where a WARC broke: the reader reports
    where each record starts, not where it ends.
    """
    if start is None:
        return 0
    with open_(source) as stream:
        stream.seek(start)
        if stream.read(2) == b"\x1f\x8b":
            stream.seek(start)
            return start + _gzip_member_length(stream)
        stream.seek(start)
        return start + _plain_record_length(stream)


def _gzip_member_length(stream: BinaryIO) -> int:
    inflater = zlib.decompressobj(wbits=31)
    consumed = 0
    while not inflater.eof:
        block = stream.read(64 * 1024)
        if not block:
            break
        try:
            inflater.decompress(block)
        except zlib.error:
            break
        consumed += len(block)
    return consumed - len(inflater.unused_data)


def _plain_record_length(stream: BinaryIO) -> int:
    head = stream.read(64 * 1024)
    end = head.find(b"\r\n\r\n")
    if end < 0:
        return 0
    length = 0
    for line in head[:end].split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and value.strip().isdigit():
            length = int(value.strip())
    # Header, block, then the two CRLFs that close every record.
    return end + 4 + length + 4


def file_signature(path: Path) -> list[Any]:
    """What identifies an input file's content for ``--resume``: path, size, mtime."""
    stat = path.stat()
    return [os.fspath(path.resolve()), stat.st_size, stat.st_mtime_ns]
