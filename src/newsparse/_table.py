"""Batch rows as an Arrow table: one typed schema for Parquet and Dask.

A row (see ``_batch.parse_item``) nests the Article as a dict; analytics
tools want flat, typed columns. The schema lives here once so that
``newsparse batch --format parquet`` and ``newsparse.dask.to_dataframe`` agree.
pyarrow is optional (extras ``parquet`` and ``dask``) and imported lazily.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from newsparse._model import Article


if TYPE_CHECKING:
    import pyarrow as pa


__all__ = ["COLUMNS", "rows_to_table", "schema"]

# (name, Arrow type name, what it holds): the type names map to pyarrow below.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("id", "string", "the record id (WARC-Record-ID, JSONL id, path or path:line)"),
    ("source", "string", "the input file"),
    ("offset", "int64", "byte offset in a WARC, line number in JSONL"),
    ("url", "string", "the page's URL"),
    ("warc_record_id", "string", "WARC-Record-ID"),
    ("warc_date", "timestamp", "WARC-Date, UTC"),
    ("title", "string", "Article.title"),
    ("text", "string", "Article.text"),
    ("authors", "list", "Article.metadata.authors"),
    ("published", "timestamp", "Article.metadata.published, UTC"),
    ("modified", "timestamp", "Article.metadata.modified, UTC"),
    ("language", "string", "Article.metadata.language"),
    ("site_name", "string", "Article.metadata.site_name"),
    ("section", "string", "Article.metadata.section"),
    ("tags", "list", "Article.metadata.tags"),
    ("description", "string", "Article.metadata.description"),
    ("canonical_url", "string", "Article.metadata.canonical_url"),
    ("image", "string", "Article.metadata.image"),
    ("article", "string", "the whole Article as JSON (Article.from_json)"),
    ("error", "string", "the error kind, for a record that failed"),
    ("message", "string", "the error message"),
)


def schema() -> pa.Schema:
    """The Arrow schema of :func:`rows_to_table`."""
    import pyarrow as pa  # noqa: PLC0415 (optional extra)

    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "timestamp": pa.timestamp("us", tz="UTC"),
        "list": pa.list_(pa.string()),
    }
    return pa.schema([(name, types[kind]) for name, kind, _ in COLUMNS])


def rows_to_table(rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Flatten batch rows into a typed Arrow table (see :data:`COLUMNS`)."""
    import pyarrow as pa  # noqa: PLC0415 (optional extra)

    flat = [_flatten(row) for row in rows]
    return pa.Table.from_pylist(flat, schema=schema())


def _flatten(row: Mapping[str, Any]) -> dict[str, Any]:
    article = row.get("article") or {}
    meta = article.get("metadata") or {}
    warc = row.get("warc") or {}
    return {
        "id": row["id"],
        "source": row["source"],
        "offset": row.get("offset"),
        "url": row.get("url"),
        "warc_record_id": warc.get("WARC-Record-ID"),
        "warc_date": _utc(warc.get("WARC-Date")),
        "title": article.get("title"),
        "text": Article.from_dict(article).text if article else None,
        "authors": meta.get("authors"),
        "published": _utc(meta.get("published")),
        "modified": _utc(meta.get("modified")),
        "language": meta.get("language"),
        "site_name": meta.get("site_name"),
        "section": meta.get("section"),
        "tags": meta.get("tags"),
        "description": meta.get("description"),
        "canonical_url": meta.get("canonical_url"),
        "image": meta.get("image"),
        "article": json.dumps(article, ensure_ascii=False) if article else None,
        "error": row.get("error"),
        "message": row.get("message"),
    }


def _utc(value: str | None) -> dt.datetime | None:
    """An ISO date or time as UTC; a date, or a time without zone, is read as UTC.

    The exact value as the page gave it stays in the ``article`` column.
    """
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)
