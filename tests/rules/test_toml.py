"""Rules as TOML files: same fields, errors that point at the file."""

from __future__ import annotations

import textwrap

import pytest

from newsparse.errors import RuleLoadError, RuleValidationError
from newsparse.rules import RuleExample, load_toml


GOOD = """
    name = "dailyplanet"
    domains = ["www.dailyplanet.example"]
    title = ["h1.dp-headline"]
    authors = ['meta[name="byline"]::attr(content)']
    body = [".dp-story"]
    drop = [".dp-pitch", ".dp-share"]
    extends_generic = false

    [[examples]]
    url = "https://www.dailyplanet.example/news/1"
    contains = ["Metropolis"]
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_toml_file_is_one_rule(tmp_path):
    (rule,) = load_toml(write(tmp_path, "planet.toml", GOOD))
    assert rule.name == "dailyplanet"
    assert rule.domains == frozenset({"dailyplanet.example"})
    assert rule.authors == ('meta[name="byline"]::attr(content)',)
    assert rule.drop == (".dp-pitch", ".dp-share")
    assert rule.extends_generic is False
    assert rule.examples == (
        RuleExample(
            url="https://www.dailyplanet.example/news/1", contains=("Metropolis",)
        ),
    )


def test_a_directory_loads_every_toml_file_in_name_order(tmp_path):
    write(tmp_path, "b.toml", 'domains = ["b.example"]\n')
    write(tmp_path, "a.toml", 'domains = ["a.example"]\n')
    write(tmp_path, "notes.txt", "not a rule")
    assert [rule.name for rule in load_toml(tmp_path)] == ["a", "b"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            'domains = ["x.example"]\nbdy = ["p"]\n',
            "unknown key 'bdy' \\(did you mean 'body'\\?\\)",
        ),
        (
            'domains = ["x.example"]\nbody = "article"\n',
            "body must be a list of strings",
        ),
        (
            'domains = ["x.example"]\nextends_generic = "no"\n',
            "extends_generic must be true or false",
        ),
        (
            'domains = ["x.example"]\nbody = ["div["]\n',
            "body selector 'div\\[' is not valid CSS",
        ),
        ('domains = ["co.uk"]\n', "'co.uk' is a public suffix"),
        ('domains = ["x.example"]\nexamples = [{url = 1}]\n', "each example has a url"),
    ],
)
def test_bad_rule_files_name_the_rule_and_the_file(tmp_path, text, message):
    path = write(tmp_path, "site.toml", text)
    with pytest.raises(RuleValidationError, match=message) as info:
        load_toml(path)
    assert info.value.rule_name == "site"
    assert info.value.distribution == str(path)


def test_invalid_toml_is_a_load_error_with_its_line(tmp_path):
    path = write(tmp_path, "broken.toml", 'domains = ["x.example"]\nbody = ["p" "q"]\n')
    with pytest.raises(RuleLoadError, match=r"not valid TOML: .*line 2") as info:
        load_toml(path)
    assert info.value.distribution == str(path)


def test_a_missing_file_is_a_load_error(tmp_path):
    with pytest.raises(RuleLoadError, match="cannot read"):
        load_toml(tmp_path / "missing.toml")
