"""newsparse on Dask: WARC files to a bag of records, to Article rows, to a DataFrame.

The same code runs on a laptop, a ``LocalCluster`` or a cluster of many
machines::

    import newsparse.dask as nd

    records = nd.read_warc(["crawl-00000.warc.gz", "crawl-00001.warc.gz"])
    rows = nd.parse_bag(records)
    frame = nd.to_dataframe(rows)

Install with ``pip install 'newsparse[dask]'``. :func:`iter_warc` and
:func:`parse_record` are plain functions that need no Dask: they are the
building blocks for other engines (a PySpark ``mapPartitions``, a Ray task).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from newsparse._batch import parse_item
from newsparse._sources import Failure, Opener, Record, Skipped
from newsparse._sources import read_warc as _read_items
from newsparse._table import COLUMNS


if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe


__all__ = [
    "COLUMNS",
    "iter_warc",
    "parse_bag",
    "parse_record",
    "read_warc",
    "to_dataframe",
]

_RECORD_KEYS = ("id", "source", "offset", "url", "html", "encoding", "warc")


def iter_warc(
    path: str | os.PathLike[str], *, opener: Opener | None = None
) -> Iterator[dict[str, Any]]:
    """Yield the HTML pages of one WARC file as record dicts.

    Each record has ``id`` (the WARC-Record-ID), ``source``, ``offset``
    (byte offset of the record), ``url``, ``html`` (bytes), ``encoding`` (the
    HTTP charset), ``warc`` (identifying headers), and ``error`` and
    ``message``, which are None unless the record could not be read
    (truncated, or the file is damaged from there on: see the how-to).
    Records that are not HTML pages are left out.

    Args:
        path: A ``.warc`` or ``.warc.gz`` file.
        opener: Opens *path* for binary reading; default: a local file.
            ``fsspec.open`` reads from S3, GCS, HTTP and the like.

    Returns:
        An iterator of record dicts, in file order.
    """
    for item in _read_items(os.fspath(path), opener=opener):
        if isinstance(item, Skipped):
            continue
        yield _record_dict(item)


def _record_dict(item: Record | Failure) -> dict[str, Any]:
    if isinstance(item, Failure):
        return {
            "id": item.id,
            "source": item.source,
            "offset": item.offset,
            "url": item.url,
            "html": None,
            "encoding": None,
            "warc": item.warc,
            "error": item.error,
            "message": item.message,
        }
    record = {key: getattr(item, key) for key in _RECORD_KEYS}
    record["error"] = record["message"] = None
    return record


def parse_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """Parse one record dict into a row: its identity, and its Article or its error.

    Args:
        record: A dict from :func:`iter_warc`, or any dict with an ``html``
            key (str or bytes) and optionally ``id``, ``url``, ``encoding``,
            ``source``, ``offset``, ``warc``.

    Returns:
        A dict with ``id``, ``source``, ``offset``, ``url``, ``warc``,
        ``article`` (``Article.to_dict()``, or None if the record failed),
        ``error`` and ``message`` (None unless it failed). The same rows as
        ``newsparse batch`` writes.
    """
    source = str(record.get("source") or "")
    offset = record.get("offset")
    record_id = str(record.get("id") or f"{source}@{offset}")
    url = record.get("url")
    if record.get("error"):
        item: Record | Failure = Failure(
            id=record_id,
            source=source,
            offset=offset,
            error=str(record["error"]),
            message=str(record.get("message") or ""),
            url=url,
            warc=record.get("warc"),
        )
    else:
        item = Record(
            id=record_id,
            source=source,
            offset=offset,
            url=url,
            html=record.get("html") or b"",
            encoding=record.get("encoding"),
            warc=record.get("warc"),
        )
    return parse_item(item)


def read_warc(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    opener: Opener | None = None,
) -> dask.bag.Bag:
    """A Dask bag of the HTML records of WARC files, one partition per file.

    Args:
        paths: WARC or WARC.gz files (a path, or a list of paths). Every
            worker must be able to open them: a shared file system, or
            object-store URLs with ``opener=fsspec.open``.
        opener: As in :func:`iter_warc`.

    Returns:
        A bag of record dicts (see :func:`iter_warc`).
    """
    import dask.bag as db  # noqa: PLC0415 (optional extra)

    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    names = [os.fspath(path) for path in paths]
    bag: dask.bag.Bag = db.from_sequence(names, npartitions=max(len(names), 1))
    return bag.map_partitions(_read_partition, opener=opener)


def _read_partition(
    paths: Iterable[str], opener: Opener | None
) -> Iterator[dict[str, Any]]:
    for path in paths:
        yield from iter_warc(path, opener=opener)


def parse_bag(bag: dask.bag.Bag) -> dask.bag.Bag:
    """Parse every record of a bag (see :func:`parse_record`) into a row.

    Args:
        bag: Record dicts, from :func:`read_warc` or your own.

    Returns:
        A bag of rows; keep the good ones with
        ``rows.filter(lambda row: row["error"] is None)``.
    """
    return bag.map(parse_record)


def to_dataframe(bag: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """Flatten a bag of rows into a Dask DataFrame with typed columns.

    The columns are listed in :data:`COLUMNS` as (name, type, meaning):
    strings, ``int64`` offsets, UTC timestamps, lists of strings, and the
    whole Article as JSON in ``article``. Every column is Arrow-backed
    (``pandas.ArrowDtype``), so missing values stay missing and types stay
    exact. Failed records are rows too, with ``error`` set.

    Args:
        bag: Rows from :func:`parse_bag`.

    Returns:
        A lazy DataFrame, one partition per bag partition.
    """
    import dask.dataframe as dd  # noqa: PLC0415 (optional extra)
    from dask.delayed import delayed  # noqa: PLC0415 (optional extra)

    meta = _rows_to_frame([])
    parts = [delayed(_rows_to_frame)(part) for part in bag.to_delayed()]
    frame: dask.dataframe.DataFrame = dd.from_delayed(
        parts, meta=meta, verify_meta=False
    )
    return frame


def _rows_to_frame(rows: Iterable[Mapping[str, Any]]) -> Any:
    import pandas as pd  # noqa: PLC0415 (optional extra)

    from newsparse._table import rows_to_table  # noqa: PLC0415 (needs pyarrow)

    return rows_to_table(rows).to_pandas(types_mapper=pd.ArrowDtype)
