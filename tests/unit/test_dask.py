from __future__ import annotations

import json

import distributed
import pytest

import newsparse.dask as nd
from newsparse._cli import main


@pytest.fixture(name="warcs")
def _warcs(tmp_path, warc):
    """Two WARC files: pages, a non-page, a page that fails and a truncated tail."""
    first = tmp_path / "a.warc.gz"
    records = [warc.record(f"https://a.com/{n}", warc.page(n)) for n in range(5)]
    records.insert(
        2, warc.record("https://a.com/x.png", b"\x89PNG", content_type="image/png")
    )
    records.append(
        warc.record("https://a.com/pdf", b"%PDF-1.7", content_type="text/html")
    )
    warc.write(first, records)
    second = tmp_path / "b.warc"
    records = [
        warc.record(f"https://b.com/{n}", warc.page(n, "facts")) for n in range(4)
    ]
    warc.write(second, records, compress=False)
    second.write_bytes(second.read_bytes()[:-40])
    return [first, second]


@pytest.fixture(scope="module", name="client")
def _client():
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def batch_rows(tmp_path, warcs):
    out = tmp_path / "batch.jsonl"
    assert main(["batch", *map(str, warcs), "-o", str(out), "-j", "1", "-q"]) == 0
    lines = (
        out.read_text().splitlines()
        + (tmp_path / "batch.errors.jsonl").read_text().splitlines()
    )
    return {row["id"]: row for row in map(json.loads, lines)}


def test_parse_bag_on_a_cluster_matches_the_batch(client, tmp_path, warcs):
    bag = nd.parse_bag(nd.read_warc(warcs))
    assert bag.npartitions == 2
    rows = client.compute(bag).result()
    expected = batch_rows(tmp_path, warcs)
    by_id = {row["id"]: row for row in rows}
    assert len(by_id) == len(rows) == len(expected) == 5 + 1 + 4
    assert by_id.keys() == expected.keys()
    for key, row in by_id.items():
        assert row["article"] == expected[key].get("article")
        assert row["error"] == expected[key].get("error")
    errors = sorted(row["error"] for row in rows if row["error"])
    assert errors == ["NotMarkupError", "TruncatedRecord"]


def test_to_dataframe_has_typed_columns(client, warcs):
    frame = nd.to_dataframe(nd.parse_bag(nd.read_warc(warcs)))
    assert [name for name, _, _ in nd.COLUMNS] == list(frame.columns)
    result = client.compute(frame).result()
    assert len(result) == 10
    assert str(result["offset"].dtype) == "int64[pyarrow]"
    assert str(result["published"].dtype) == "timestamp[us, tz=UTC][pyarrow]"
    assert str(result["authors"].dtype) == "list<item: string>[pyarrow]"
    good = result[result["error"].isna()]
    assert sorted(good["title"]) == sorted(
        [f"Story {n}" for n in range(5)] + [f"Story {n}" for n in range(3)]
    )


def test_records_from_elsewhere_parse_too():
    row = nd.parse_record({"html": "<title>T</title><p>" + "Plain words here. " * 8})
    assert row["error"] is None
    assert row["article"]["title"] == "T"


def test_public_names_are_sorted_and_documented():
    assert nd.__all__ == sorted(nd.__all__)
    for name in nd.__all__:
        assert getattr(nd, name) is not None
        if callable(getattr(nd, name)):
            assert getattr(nd, name).__doc__, name
