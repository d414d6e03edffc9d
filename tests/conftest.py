from __future__ import annotations

import gzip
import os
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, settings


ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED_DATA = Path(os.environ.get("NEWSPARSE_DATA", ROOT.parent / "shared" / "data"))

settings.register_profile("dev", max_examples=30, deadline=None)
settings.register_profile(
    "ci",
    max_examples=200,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("nightly", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The benchmark corpora; their absence is a loud failure, never a skip."""
    if not SHARED_DATA.is_dir():
        pytest.fail(f"benchmark data not found at {SHARED_DATA} (set NEWSPARSE_DATA)")
    return SHARED_DATA


def warc_record(
    url: str,
    payload: bytes,
    *,
    content_type: str | None = "text/html; charset=utf-8",
    status: str = "200 OK",
    warc_type: str = "response",
    http_headers: str = "",
    record_id: str | None = None,
) -> bytes:
    """One WARC record; response and request records carry an HTTP message."""
    if warc_type in {"response", "request"}:
        head = (
            f"HTTP/1.1 {status}\r\n"
            if warc_type == "response"
            else "GET / HTTP/1.1\r\n"
        )
        if content_type:
            head += f"Content-Type: {content_type}\r\n"
        block = (head + http_headers + "\r\n").encode() + payload
        block_type = f"application/http; msgtype={warc_type}"
    else:
        block, block_type = payload, content_type or "application/octet-stream"
    record_id = (
        record_id or f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url + warc_type)}>"
    )
    header = (
        f"WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: {record_id}\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2024-05-06T07:08:09Z\r\n"
        f"Content-Type: {block_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return header + block + b"\r\n\r\n"


def write_warc(path: Path, records: list[bytes], *, compress: bool = True) -> list[int]:
    """Write records (one gzip member each when *compress*); return their offsets."""
    offsets, data = [], b""
    for record in records:
        offsets.append(len(data))
        data += gzip.compress(record, mtime=0) if compress else record
    path.write_bytes(data)
    return offsets


def article_page(n: int, words: str = "news") -> bytes:
    """A small article page whose text is unique to *n*."""
    sentence = f"Sentence {n} tells {words} about the story at length. "
    return (
        f"<html><head><title>Story {n}</title></head><body>"
        f"<article><h1>Story {n}</h1><p>{sentence * 4}</p><p>{sentence * 3}</p>"
        "</article></body></html>"
    ).encode()


@pytest.fixture(name="warc")
def _warc() -> SimpleNamespace:
    """Builders for the WARC files the batch tests make for themselves."""
    return SimpleNamespace(record=warc_record, write=write_warc, page=article_page)
