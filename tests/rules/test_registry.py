"""Discovery through entry points, precedence, conflicts and blocking.

Fake plugins are installed the way pip leaves them (a module and a
``.dist-info`` on ``sys.path``), so discovery runs through importlib.metadata
for real.
"""

from __future__ import annotations

import warnings

import pytest

from newsparse import _registry
from newsparse._dom import parse_html
from newsparse.errors import (
    RuleConflictWarning,
    RuleLoadError,
    RuleValidationError,
)
from newsparse.rules import Origin, RuleSet, SiteRule, load_installed


RULE_SOURCE = """
from newsparse.rules import SiteRule

RULE = SiteRule(name="{name}", domains=["{domain}"], title=["{title}"])
"""


def rule(name, domain="example.com", **fields):
    return SiteRule(name=name, domains=[domain], **fields)


def installed(ruleset, name):
    return next(info for info in ruleset.describe() if info.name == name)


def test_entry_point_targets_can_be_a_rule_an_iterable_or_a_factory(install_fake):
    install_fake(
        "acme-rules",
        {
            "single": "{module}:SINGLE",
            "many": "{module}:MANY",
            "lazy": "{module}:factory",
        },
        """
        from newsparse.rules import SiteRule

        SINGLE = SiteRule(name="single", domains=["single.example"])
        MANY = [SiteRule(name="many-a", domains=["a.example"]),
                SiteRule(name="many-b", domains=["b.example"])]

        def factory():
            return (SiteRule(name="lazy", domains=["lazy.example"]),)
        """,
    )
    ruleset = load_installed()
    for name, entry_point in [
        ("single", "single"),
        ("many-a", "many"),
        ("many-b", "many"),
        ("lazy", "lazy"),
    ]:
        info = installed(ruleset, name)
        assert info.origin is Origin.INSTALLED
        assert info.distribution == "acme-rules 1.0"
        assert info.entry_point == entry_point
    assert ruleset.match("https://www.lazy.example/x").name == "lazy"


def test_discovery_is_cached_and_can_be_turned_off(install_fake, monkeypatch):
    install_fake(
        "acme-rules",
        {"single": "{module}:RULE"},
        RULE_SOURCE.format(name="single", domain="single.example", title="h1"),
    )
    assert load_installed() is load_installed()
    monkeypatch.setenv("NEWSPARSE_NO_PLUGINS", "1")
    names = {info.name for info in load_installed().describe()}
    assert "single" not in names
    assert {"wordpress", "ghost", "substack", "blogger"} <= names
    monkeypatch.setenv("NEWSPARSE_NO_PLUGINS", "0")
    assert "single" in {info.name for info in load_installed().describe()}


def test_a_plugin_that_fails_to_import_names_itself(install_fake):
    install_fake(
        "broken-rules", {"broken": "{module}:RULE"}, "raise ImportError('no lxml')\n"
    )
    with pytest.raises(RuleLoadError) as info:
        load_installed()
    assert info.value.rule_name == "broken"
    assert info.value.distribution == "broken-rules 1.0"
    assert "ImportError: no lxml" in str(info.value)
    assert isinstance(info.value.__cause__, ImportError)


def test_a_factory_that_raises_is_a_load_error(install_fake):
    install_fake(
        "broken-rules",
        {"broken": "{module}:factory"},
        "def factory():\n    raise KeyError('config')\n",
    )
    with pytest.raises(RuleLoadError, match=r"rule 'broken' \(from broken-rules 1.0\)"):
        load_installed()


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("RULE = {'name': 'x'}", "offered a dict"),
        ("RULE = ['not a rule']", "offered a str, not a SiteRule"),
        ("RULE = 42", "offered a int"),
    ],
)
def test_a_plugin_offering_a_non_rule_is_refused(install_fake, source, message):
    install_fake("odd-rules", {"odd": "{module}:RULE"}, source + "\n")
    with pytest.raises(RuleValidationError, match=message) as info:
        load_installed()
    assert (info.value.rule_name, info.value.distribution) == ("odd", "odd-rules 1.0")


def test_an_invalid_rule_in_a_plugin_names_rule_and_package(install_fake):
    install_fake(
        "bad-rules",
        {"bad": "{module}:RULE"},
        RULE_SOURCE.format(name="badsel", domain="bad.example", title="h1["),
    )
    with pytest.raises(RuleValidationError) as info:
        load_installed()
    message = str(info.value)
    assert message.startswith("rule 'badsel' (from bad-rules 1.0): title selector")


def test_equal_claims_warn_and_the_entry_point_name_decides(install_fake):
    install_fake(
        "zeta-rules",
        {"zeta": "{module}:RULE"},
        RULE_SOURCE.format(name="zeta", domain="shared.example", title="h1"),
    )
    install_fake(
        "alpha-rules",
        {"alpha": "{module}:RULE"},
        RULE_SOURCE.format(name="alpha", domain="shared.example", title="h2"),
    )
    with pytest.warns(RuleConflictWarning) as record:
        ruleset = load_installed()
    (warning,) = record
    text = str(warning.message)
    assert "'alpha' (installed from alpha-rules 1.0)" in text
    assert "'zeta' (installed from zeta-rules 1.0)" in text
    assert "shared.example; 'alpha' applies" in text
    assert ruleset.match("https://shared.example/").name == "alpha"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert ruleset.without("alpha").match("https://shared.example/").name == "zeta"


def test_precedence_explicit_then_installed_then_builtin():
    builtin = _registry.RuleInfo(
        rule=rule("platform", "site.example"), origin=Origin.BUILTIN
    )
    plugin = _registry.RuleInfo(
        rule=rule("plugin", "site.example"),
        origin=Origin.INSTALLED,
        distribution="p 1",
        entry_point="plugin",
    )
    base = _registry._from_infos([builtin, plugin])
    assert base.match("https://site.example/").name == "plugin"
    mine = base.with_rules(rule("mine", "site.example"))
    assert mine.match("https://site.example/").name == "mine"
    assert [i.origin for i in mine.describe()] == [
        Origin.EXPLICIT,
        Origin.INSTALLED,
        Origin.BUILTIN,
    ]
    assert (
        mine.without("mine", "plugin").match("https://site.example/").name == "platform"
    )


def test_the_longest_domain_wins_over_precedence():
    ruleset = _registry._from_infos(
        [
            _registry.RuleInfo(
                rule=rule("narrow", "news.site.example"), origin=Origin.BUILTIN
            ),
        ]
    ).with_rules(rule("broad", "site.example"))
    assert ruleset.match("https://news.site.example/a").name == "narrow"
    assert ruleset.match("https://sport.site.example/a").name == "broad"


def test_explicit_rules_on_one_domain_warn_and_the_first_given_wins():
    with pytest.warns(RuleConflictWarning, match="'first' applies"):
        ruleset = RuleSet([rule("first"), rule("second")])
    assert ruleset.match("https://example.com/").name == "first"


def test_a_rule_is_blocked_by_its_name_or_its_entry_point():
    plugin = _registry.RuleInfo(
        rule=rule("rule-name"), origin=Origin.INSTALLED, entry_point="ep-name"
    )
    ruleset = _registry._from_infos([plugin])
    assert len(ruleset.without("ep-name")) == 0
    assert len(ruleset.without("rule-name")) == 0
    assert len(ruleset.without("other")) == 1


def test_rulesets_are_immutable_and_say_what_they_hold():
    ruleset = RuleSet([rule("a")])
    with pytest.raises(AttributeError):
        ruleset._infos = ()  # type: ignore[misc]
    assert repr(ruleset) == "<RuleSet: 1 explicit>"
    assert repr(RuleSet()) == "<RuleSet: empty>"
    assert list(ruleset) == [rule("a")]


MARKUP = '<html><head><meta name="generator" content="{}"></head><body></body></html>'


def test_markup_rules_apply_only_when_no_host_rule_does():
    platform = SiteRule(
        name="platform", markers=['meta[name="generator"][content="X"]']
    )
    ruleset = RuleSet([platform, rule("site", "site.example")])
    page = parse_html(MARKUP.format("X"))
    assert (
        _registry.match_page(ruleset, "https://other.example/", page).info.name
        == "platform"
    )
    found = _registry.match_page(ruleset, "https://site.example/", page)
    assert (found.info.name, found.reason) == ("site", "domain site.example")
    assert _registry.match_page(ruleset, None, parse_html(MARKUP.format("Y"))) is None


@pytest.mark.parametrize(
    "head",
    [
        '<link rel="canonical" href="https://www.site.example/a">',
        '<meta property="og:url" content="https://site.example/a">',
        '<link rel="canonical" href="/relative"><meta property="og:url" content="https://site.example/">',
    ],
)
def test_without_a_url_the_canonical_host_is_matched(head):
    ruleset = RuleSet([rule("site", "site.example")])
    page = parse_html(f"<html><head>{head}</head><body></body></html>")
    found = _registry.match_page(ruleset, None, page)
    assert found is not None
    assert (found.info.name, found.host) == ("site", "site.example")


def test_a_url_without_a_host_falls_back_to_the_canonical_host():
    ruleset = RuleSet([rule("site", "site.example")])
    page = parse_html('<link rel="canonical" href="https://site.example/a">')
    assert (
        _registry.match_page(ruleset, "file:///tmp/page.html", page).info.name == "site"
    )
