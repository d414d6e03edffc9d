"""The caption and related-link annotations follow their guideline's format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


ANNOTATIONS = Path(__file__).parents[1] / "fixtures" / "annotations"
FILES = sorted(ANNOTATIONS.glob("*.json"))


def test_there_are_enough_annotated_pages_from_both_corpora():
    corpora = [json.loads(p.read_text("utf-8"))["corpus"] for p in FILES]
    assert len(FILES) >= 30
    assert {"zyte", "readability"} <= set(corpora)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem[:24])
def test_an_annotation_names_its_page_and_follows_the_format(path):
    note = json.loads(path.read_text("utf-8"))
    assert set(note) == {"corpus", "id", "notes", "captions", "related_links"}
    assert path.stem == f"{note['corpus']}-{note['id']}"
    assert note["notes"].strip()
    for caption in note["captions"]:
        assert set(caption) == {"text", "credit"}
        assert isinstance(caption["text"], str)
        assert caption["credit"] is None or caption["credit"].strip()
        assert caption["text"].strip() or caption["credit"]
        assert caption["text"] == " ".join(caption["text"].split())
    urls = [link["url"] for link in note["related_links"]]
    assert len(urls) == len(set(urls)), "one entry per URL"
    for link in note["related_links"]:
        assert set(link) == {"text", "url"}
        assert link["text"].strip()
        assert link["url"].startswith(("http://", "https://"))
        assert "#" not in link["url"]
