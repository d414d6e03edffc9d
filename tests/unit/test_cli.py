from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys

import pytest

from newsparse._cli import main


def test_demo_prints_a_json_article(capsys):
    assert main(["--demo"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"].startswith("Obama Administration")
    assert data["body"]


def test_json_output_says_where_each_field_came_from(capsys):
    assert main(["--demo"]) == 0
    metadata = json.loads(capsys.readouterr().out)["metadata"]
    assert metadata["provenance"]["title"]
    assert metadata["provenance"]["published"] in {"json-ld", "opengraph", "time"}
    assert metadata["page_type"] == "article"


def test_text_and_markdown_formats(capsys, tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        "<title>Hi</title><article><p>"
        + "A fine sentence of text. " * 6
        + "</p></article>"
    )
    assert main([str(page), "--format", "text"]) == 0
    assert capsys.readouterr().out.startswith("Hi\n\nA fine sentence")
    assert main([str(page), "--format", "markdown"]) == 0
    assert capsys.readouterr().out.startswith("# Hi\n\nA fine sentence")


def test_gzip_pages_are_read(capsys, tmp_path):
    page = tmp_path / "p.html.gz"
    page.write_bytes(
        gzip.compress(b"<article><p>" + b"Gzip text here. " * 8 + b"</p></article>")
    )
    assert main([str(page), "--format", "text"]) == 0
    assert "Gzip text here." in capsys.readouterr().out


def test_stdin_is_read(capsys, monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO(b"<p>" + b"Piped text arrives. " * 6 + b"</p>"))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["-", "--format", "text"]) == 0
    assert "Piped text arrives." in capsys.readouterr().out


@pytest.mark.parametrize("make", ["missing", "directory", "binary"])
def test_bad_input_is_one_line_and_status_2(make, tmp_path, capsys):
    target = tmp_path / "x.html"
    if make == "directory":
        target.mkdir()
    elif make == "binary":
        target.write_bytes(b"%PDF-1.4 binary")
    assert main([str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("newsparse: error:")


def test_python_dash_m_runs():
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "--demo", "--format", "text"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("Obama Administration")


def test_explain_lists_removed_blocks_on_stderr(capsys):
    assert main(["--demo", "--explain", "--format", "text"]) == 0
    err = capsys.readouterr().err
    assert "== removed or re-routed blocks ==" in err
    assert "[caption]" in err
    assert "Never miss a story again" in err
