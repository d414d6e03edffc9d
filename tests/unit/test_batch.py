from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsparse import _checkpoint
from newsparse._batch import BatchConfig, run
from newsparse._cli import main
from newsparse._sources import Input
from newsparse._table import schema


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def batch(*args: object) -> int:
    return main(["batch", *map(str, args)])


@pytest.fixture(name="mixed_warc")
def _mixed_warc(tmp_path, warc):
    """A WARC.gz with HTML pages of several kinds, non-pages, and a truncated tail."""
    cyrillic = "<html><body><article><p>" + "Новости дня и подробный рассказ. " * 6
    records = [
        warc.record("https://ex.com/info", b"software: test", warc_type="warcinfo"),
        warc.record("https://ex.com/1", warc.page(1)),
        warc.record("https://ex.com/1", b"", warc_type="request"),
        # The HTTP header's charset decides: the page itself declares nothing.
        warc.record(
            "https://ex.com/cp1251",
            (cyrillic + "</p></article></body></html>").encode("cp1251"),
            content_type="text/html; charset=windows-1251",
        ),
        # An unknown charset label is ignored, the page is still parsed.
        warc.record(
            "https://ex.com/bogus",
            warc.page(2),
            content_type="text/html; charset=x-bogus",
        ),
        warc.record(
            "https://ex.com/gz",
            gzip.compress(warc.page(3)),
            http_headers="Content-Encoding: gzip\r\n",
        ),
        warc.record(
            "https://ex.com/logo.png",
            b"\x89PNG\r\n\x1a\n....",
            content_type="image/png",
        ),
        warc.record("https://ex.com/missing", warc.page(4), status="404 Not Found"),
        warc.record(
            "https://ex.com/binary", b"%PDF-1.4 binary", content_type="text/html"
        ),
        warc.record("https://ex.com/5", warc.page(5)),
        warc.record("https://ex.com/last", warc.page(6)),
    ]
    path = tmp_path / "crawl.warc.gz"
    offsets = warc.write(path, records)
    data = path.read_bytes()
    path.write_bytes(data[: offsets[-1] + (len(data) - offsets[-1]) // 2])
    return path, offsets[-1]


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_warc_record_is_parsed_or_an_error(mixed_warc, tmp_path, jobs, capsys):
    path, truncated_at = mixed_warc
    out = tmp_path / "out.jsonl"
    assert batch(path, "-o", out, "--jobs", jobs, "--chunk-size", 2) == 0
    good, bad = rows(out), rows(tmp_path / "out.errors.jsonl")
    # 7 pages served as HTML with status 200: 5 parse, the PDF in disguise
    # and the truncated tail fail; the PNG and the 404 page are skipped.
    assert len(good) + len(bad) == 7
    ids = [row["id"] for row in good + bad]
    assert len(set(ids)) == len(ids)
    assert {row["url"] for row in good} == {
        "https://ex.com/1",
        "https://ex.com/cp1251",
        "https://ex.com/bogus",
        "https://ex.com/gz",
        "https://ex.com/5",
    }
    errors = {row["url"]: row for row in bad}
    assert errors["https://ex.com/binary"]["error"] == "NotMarkupError"
    tail = errors["https://ex.com/last"]
    assert tail["error"] == "TruncatedRecord"
    assert tail["warc"]["WARC-Target-URI"] == "https://ex.com/last"
    assert tail["offset"] == truncated_at
    by_url = {row["url"]: row for row in good}
    assert (
        "Новости дня" in by_url["https://ex.com/cp1251"]["article"]["body"][0]["text"]
    )
    assert (
        "Sentence 3 tells" in by_url["https://ex.com/gz"]["article"]["body"][1]["text"]
    )
    assert by_url["https://ex.com/1"]["warc"]["WARC-Date"] == "2024-05-06T07:08:09Z"
    assert (
        by_url["https://ex.com/1"]["warc"]["WARC-Record-ID"]
        == by_url["https://ex.com/1"]["id"]
    )
    summary = capsys.readouterr().err
    assert "5 records parsed" in summary
    assert "2 failed" in summary
    assert "2 skipped" in summary


@pytest.mark.parametrize("compress", [True, False])
def test_damaged_warc_keeps_earlier_records_and_says_where(tmp_path, warc, compress):
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    records = [warc.record(f"https://ex.com/{n}", warc.page(n)) for n in range(4)]
    offsets = warc.write(path, records, compress=compress)
    data = path.read_bytes()
    broken = offsets[2]
    path.write_bytes(data[:broken] + b"GARBAGE\r\n\r\n" + data[broken:])
    out = tmp_path / "out.jsonl"
    assert batch(path, "-o", out, "-j", 1, "-q") == 0
    assert [row["url"] for row in rows(out)] == ["https://ex.com/0", "https://ex.com/1"]
    (damage,) = rows(tmp_path / "out.errors.jsonl")
    assert damage["error"] == "DamagedArchive"
    assert damage["offset"] == broken
    assert f"byte {broken}" in damage["message"]


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz"])
def test_jsonl_with_custom_fields(tmp_path, warc, name):
    path = tmp_path / name
    lines = [
        json.dumps(
            {"key": "a", "body": warc.page(1).decode(), "link": "https://ex.com/a"}
        ),
        "",
        "{not json",
        json.dumps({"key": "c", "link": "https://ex.com/c"}),
        json.dumps(["a", "list"]),
        json.dumps({"body": warc.page(2).decode()}),
    ]
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    out = tmp_path / "out.jsonl"
    args = ["--html-field", "body", "--url-field", "link", "--id-field", "key"]
    assert batch(path, "-o", out, "-j", 1, "-q", *args) == 0
    good, bad = rows(out), rows(tmp_path / "out.errors.jsonl")
    assert len(good) + len(bad) == 5
    assert [(row["id"], row["url"]) for row in good] == [
        ("a", "https://ex.com/a"),
        (f"{path}:6", None),
    ]
    assert good[0]["article"]["title"] == "Story 1"
    assert {(row["id"], row["error"]) for row in bad} == {
        (f"{path}:3", "BadJsonLine"),
        ("c", "MissingHtml"),
        (f"{path}:5", "BadJsonLine"),
    }


def test_folders_of_pages(tmp_path, warc):
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "a.html").write_bytes(warc.page(1))
    (pages / "sub" / "b.html.gz").write_bytes(gzip.compress(warc.page(2)))
    (pages / "notes.txt").write_text("not a page")
    (pages / ".hidden.html").write_bytes(warc.page(3))
    (pages / "broken.html.gz").write_bytes(b"\x1f\x8b not really gzip")
    out = pages / "out.jsonl"  # inside the input folder: never read back
    assert batch(pages, "-o", out, "-j", 1, "-q") == 0
    assert batch(pages, "-o", out, "-j", 1, "-q", "--overwrite") == 0
    good, bad = rows(out), rows(pages / "out.errors.jsonl")
    assert sorted(row["article"]["title"] for row in good) == ["Story 1", "Story 2"]
    assert [(row["id"], row["error"]) for row in bad] == [
        (str(pages / "broken.html.gz"), "UnreadableFile")
    ]


@pytest.fixture(name="many_pages")
def _many_pages(tmp_path, warc):
    path = tmp_path / "many.warc.gz"
    records = [warc.record(f"https://ex.com/{n}", warc.page(n)) for n in range(24)]
    records.insert(
        5, warc.record("https://ex.com/pdf", b"%PDF-1.4", content_type="text/html")
    )
    warc.write(path, records)
    return path


def test_ordered_output_follows_the_input(many_pages, tmp_path):
    out = tmp_path / "out.jsonl"
    assert (
        batch(many_pages, "-o", out, "-j", 2, "--chunk-size", 3, "--ordered", "-q") == 0
    )
    urls = [row["url"] for row in rows(out)]
    assert urls == [f"https://ex.com/{n}" for n in range(24)]


def test_unordered_output_has_the_same_rows(many_pages, tmp_path):
    ordered, unordered = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert batch(many_pages, "-o", ordered, "-j", 1, "--chunk-size", 3, "-q") == 0
    assert batch(many_pages, "-o", unordered, "-j", 2, "--chunk-size", 3, "-q") == 0
    key = lambda row: row["id"]  # noqa: E731
    assert sorted(rows(ordered), key=key) == sorted(rows(unordered), key=key)


def interrupt(monkeypatch, after: int) -> None:
    """Let *after* chunks commit, then stop the batch as Ctrl-C would."""
    real = _checkpoint.Checkpoint.commit
    left = [after]

    def commit(checkpoint, chunk):
        if left[0] == 0:
            raise KeyboardInterrupt
        left[0] -= 1
        real(checkpoint, chunk)

    monkeypatch.setattr(_checkpoint.Checkpoint, "commit", commit)


@pytest.mark.parametrize("mode", [(1, True), (2, False), (2, True)])
def test_resume_after_an_interruption(many_pages, tmp_path, monkeypatch, mode, capsys):
    jobs, ordered = mode
    reference = tmp_path / "ref.jsonl"
    common = ["--chunk-size", 4, "-q", "-j", jobs, *(["--ordered"] if ordered else [])]
    assert batch(many_pages, "-o", reference, *common) == 0

    out = tmp_path / "out.jsonl"
    with monkeypatch.context() as patch:
        interrupt(patch, after=3)
        assert batch(many_pages, "-o", out, *common) == 130
    assert "--resume" in capsys.readouterr().err
    partial = rows(out)
    assert 0 < len(partial) < 24
    assert batch(many_pages, "-o", out, *common, "--resume") == 0

    done, errors = rows(out), rows(tmp_path / "out.errors.jsonl")
    ids = [row["id"] for row in done + errors]
    assert len(ids) == len(set(ids)) == 25
    assert Counter(json.dumps(r, sort_keys=True) for r in done) == Counter(
        json.dumps(r, sort_keys=True) for r in rows(reference)
    )
    if ordered:
        assert done == rows(reference)


def test_resume_drops_a_half_written_chunk(many_pages, tmp_path):
    out = tmp_path / "out.jsonl"
    args = [many_pages, "-o", out, "--chunk-size", 5, "-j", 1, "-q", "--ordered"]
    assert batch(*args) == 0
    complete = out.read_bytes()
    manifest = tmp_path / "out.manifest.jsonl"
    header, first, second, *_ = manifest.read_bytes().splitlines(keepends=True)
    # As if the process died after chunk 1's rows, mid-way through its manifest line.
    manifest.write_bytes(header + first + second[:10])
    end_of_second = json.loads(second)["output_bytes"]
    out.write_bytes(complete[:end_of_second] + b'{"id": "half a ro')
    assert batch(*args, "--resume") == 0
    assert out.read_bytes() == complete
    assert len(rows(tmp_path / "out.errors.jsonl")) == 1


def test_resume_of_a_finished_batch_does_nothing(many_pages, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert batch(many_pages, "-o", out, "-j", 1, "-q") == 0
    before = out.read_bytes()
    assert batch(many_pages, "-o", out, "-j", 1, "--resume") == 0
    assert out.read_bytes() == before
    assert "already complete: 24 records parsed" in capsys.readouterr().err


def test_resume_refuses_changed_inputs(many_pages, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert batch(many_pages, "-o", out, "-j", 1, "-q") == 0
    with many_pages.open("ab") as stream:
        stream.write(b"more")
    assert batch(many_pages, "-o", out, "-j", 1, "-q", "--resume") == 2
    assert "describes another batch" in capsys.readouterr().err


def test_existing_output_needs_resume_or_overwrite(many_pages, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    assert batch(many_pages, "-o", out, "-q") == 2
    assert "exists" in capsys.readouterr().err
    assert out.read_text() == "precious\n"
    assert batch(many_pages, "-o", out, "-q", "-j", 1, "--overwrite") == 0
    assert len(rows(out)) == 24


def test_parquet_output_has_typed_columns(many_pages, tmp_path):
    out = tmp_path / "out.parquet"
    assert (
        batch(
            many_pages,
            "-o",
            out,
            "--format",
            "parquet",
            "-j",
            2,
            "--chunk-size",
            5,
            "-q",
        )
        == 0
    )
    table = pq.read_table(out)
    assert table.schema.equals(schema())
    assert table.num_rows == 24
    # Parts are named by chunk, so the folder reads back in input order.
    assert table.column("title").to_pylist() == [f"Story {n}" for n in range(24)]
    assert (
        table.column("warc_date").to_pylist()[0].isoformat()
        == "2024-05-06T07:08:09+00:00"
    )
    assert len(rows(tmp_path / "out.errors.jsonl")) == 1


def test_progress_bar_shows_records_rate_and_errors(many_pages, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    errors, manifest = _checkpoint.sidecars(out)
    config = BatchConfig(
        inputs=(Input(many_pages, "warc"),),
        output=out,
        errors=errors,
        manifest=manifest,
        chunk_records=5,
        progress=True,
    )
    summary = run(config)
    assert (summary.parsed, summary.failed) == (24, 1)
    bar = capsys.readouterr().err.split("\r")[-1]
    assert bar.startswith("100%|")
    assert "25 records" in bar
    assert "rec/s" in bar
    assert "1 errors" in bar


def test_usage_errors(tmp_path, capsys):
    assert batch(tmp_path / "nowhere", "-o", tmp_path / "o.jsonl") == 2
    assert "no such file" in capsys.readouterr().err
    odd = tmp_path / "page.txt"
    odd.write_text("x")
    assert batch(odd, "-o", tmp_path / "o.jsonl") == 2
    assert "not an .html, .jsonl or .warc" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        batch(odd, "-o", tmp_path / "o.jsonl", "--jobs", 0)


def test_help_lists_the_batch_command(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    assert "newsparse batch INPUT" in capsys.readouterr().out


def test_parquet_resume_after_an_interruption(many_pages, tmp_path, monkeypatch):
    out = tmp_path / "out.parquet"
    args = [
        many_pages,
        "-o",
        out,
        "--format",
        "parquet",
        "--chunk-size",
        4,
        "-q",
        "-j",
        2,
    ]
    with monkeypatch.context() as patch:
        interrupt(patch, after=2)
        assert batch(*args) == 130
    assert batch(*args, "--resume") == 0
    table = pq.read_table(out)
    assert table.column("title").to_pylist() == [f"Story {n}" for n in range(24)]
    assert len(rows(tmp_path / "out.errors.jsonl")) == 1


@pytest.mark.parametrize("damage", ["cut the output", "delete a part"])
def test_resume_refuses_output_that_lost_rows(many_pages, tmp_path, damage, capsys):
    parquet = damage == "delete a part"
    out = tmp_path / ("out.parquet" if parquet else "out.jsonl")
    args = [many_pages, "-o", out, "--chunk-size", 4, "-q", "-j", 1]
    args += ["--format", "parquet"] if parquet else []
    assert batch(*args) == 0
    manifest = tmp_path / "out.manifest.jsonl"
    lines = manifest.read_text().splitlines()
    manifest.write_text("\n".join(lines[:-1]) + "\n")  # as if it had not finished
    if parquet:
        (out / "part-000001.parquet").unlink()
    else:
        out.write_bytes(out.read_bytes()[:100])
    assert batch(*args, "--resume") == 2
    assert "cannot resume" in capsys.readouterr().err
