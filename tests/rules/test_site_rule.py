"""A SiteRule validates itself when built: a broken rule never reaches a page."""

from __future__ import annotations

import pytest

from newsparse.errors import RuleError, RuleValidationError
from newsparse.rules import RuleExample, RuleSet, SiteRule


def test_domains_are_normalised_when_the_rule_is_built():
    rule = SiteRule(name="x", domains=["WWW.Example.COM:443", "*.blog.example.org"])
    assert rule.domains == frozenset({"example.com", "*.blog.example.org"})


def test_lists_become_tuples_and_the_rule_is_frozen():
    rule = SiteRule(name="x", domains={"example.com"}, body=["article"])
    assert rule.body == ("article",)
    with pytest.raises(AttributeError):
        rule.body = ("main",)  # type: ignore[misc]
    assert hash(rule) == hash(
        SiteRule(name="x", domains={"example.com"}, body=["article"])
    )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"body": ["div["]}, r"body selector 'div\[' is not valid CSS"),
        ({"drop": ["p:bogus"]}, "drop selector 'p:bogus' is not valid CSS"),
        ({"title": ["  "]}, "not valid CSS: empty selector"),
        ({"body": ["meta::attr(content)"]}, r"::attr\(\) reads a value"),
        ({"domains": ["co.uk"]}, "'co.uk' is a public suffix"),
        ({"domains": ["https://example.com/"]}, "not a domain name"),
        ({"domains": [3]}, "domains must be strings, not int"),
        ({"domains": []}, "neither domains nor markers"),
        ({"extends_generic": "yes"}, "extends_generic must be a bool"),
        ({"prepare": "not callable"}, "prepare must be callable or None"),
        ({"examples": ["https://example.com/"]}, "examples must be RuleExample"),
        ({"title": [None]}, "title selectors must be strings, not NoneType"),
    ],
)
def test_invalid_rules_are_refused_with_the_rule_named(fields, message):
    kwargs = {"name": "mysite", "domains": ["example.com"], **fields}
    with pytest.raises(RuleValidationError, match=message) as info:
        SiteRule(**kwargs)
    assert info.value.rule_name == "mysite"
    assert str(info.value).startswith("rule 'mysite': ")


def test_a_validation_error_is_a_type_error_and_a_rule_error():
    with pytest.raises(TypeError):
        SiteRule(name="x", domains=["example.com"], body=["div["])
    assert issubclass(RuleValidationError, RuleError)


@pytest.mark.parametrize("name", ["", "two words", 7])
def test_a_rule_needs_a_name_without_spaces(name):
    with pytest.raises(RuleValidationError, match="name"):
        SiteRule(name=name, domains=["example.com"])


def test_one_string_is_not_a_list_of_selectors():
    with pytest.raises(RuleValidationError, match="not one string: 'article'"):
        SiteRule(name="x", domains=["example.com"], body="article")  # type: ignore[arg-type]
    with pytest.raises(RuleValidationError, match="not one string"):
        SiteRule(name="x", domains="example.com")  # type: ignore[arg-type]


def test_attr_suffix_is_allowed_where_values_are_read():
    rule = SiteRule(
        name="x",
        domains=["example.com"],
        title=['meta[property="og:title"]::attr(content)'],
        authors=["a[rel=author]::attr( title )"],
        published=["time::attr(datetime)"],
    )
    assert rule.published == ("time::attr(datetime)",)


def test_a_markup_rule_needs_no_domain():
    rule = SiteRule(name="platform", markers=['meta[name="generator"]'])
    assert rule.domains == frozenset()


def test_examples_keep_their_strings():
    example = RuleExample(url="https://example.com/a", contains=["one", "two"])
    assert example.contains == ("one", "two")


def test_a_ruleset_holds_only_rules():
    with pytest.raises(RuleValidationError, match="not str"):
        RuleSet(["not a rule"])  # type: ignore[list-item]
