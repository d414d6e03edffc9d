"""The committed JSON Schema is what the attrs classes say, and it is true."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import newsparse
from newsparse import _schema
from newsparse._cli import DEMO_URL, demo_page


ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "docs" / "reference" / "article.schema.json"


def test_committed_schema_matches_the_attrs_classes() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == _schema.render(), (
        "docs/reference/article.schema.json is stale: run "
        "`python -m newsparse._schema docs/reference/article.schema.json`"
    )


def test_schema_is_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json.loads(COMMITTED.read_text()))


def test_every_attrs_field_is_in_the_schema() -> None:
    schema = _schema.article_schema()
    for cls in (
        newsparse.Article,
        newsparse.Block,
        newsparse.Caption,
        newsparse.Link,
        newsparse.Metadata,
    ):
        props = (
            schema["properties"]
            if cls is newsparse.Article
            else schema["$defs"][cls.__name__]["properties"]
        )
        assert list(props) == [f.name for f in cls.__attrs_attrs__]
    assert schema["$defs"]["BlockKind"]["enum"] == [
        k.value for k in newsparse.BlockKind
    ]


def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(_schema.article_schema())


def test_real_output_validates() -> None:
    article = newsparse.parse(demo_page(), DEMO_URL)
    assert article.body
    assert article.captions
    assert article.metadata.published
    _validator().validate(json.loads(article.to_json()))
    _validator().validate(newsparse.Article().to_dict())


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        (("title",), 3),
        (("metadata", "modified"), "2017-03-02 at noon"),
        (("body",), [{"kind": "sidebar", "text": "x"}]),
        (("body",), [{"text": "no kind"}]),
        (("metadata", "published"), "yesterday"),
        (("metadata", "tags"), "one-string"),
        (("surprise",), 1),
    ],
)
def test_schema_rejects_what_from_dict_rejects(
    path: tuple[str, ...], bad: object
) -> None:
    data = newsparse.parse(demo_page(), DEMO_URL).to_dict()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    assert not _validator().is_valid(data)
    # cattrs coerces some wrong types (3 -> "3"); these it refuses outright.
    if path in {("body",), ("surprise",)}:
        with pytest.raises(newsparse.errors.InputError):
            newsparse.Article.from_dict(data)


def test_unknown_types_are_refused() -> None:
    with pytest.raises(TypeError, match="no JSON Schema"):
        _schema._type_schema(complex, {})


def test_main_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    assert _schema.main([str(out)]) == 0
    assert out.read_text(encoding="utf-8") == _schema.render()
