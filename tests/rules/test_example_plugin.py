"""The example plugin, installed for real: discovery, precedence and blocking.

The ``tests`` dependency group installs ``docs/examples/newsparse-rules-example``
into the test environment (see pyproject.toml), so these tests go through
the ``newsparse.rules`` entry points exactly as a user's plugin would.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import _registry
from newsparse._api import extract
from newsparse.rules import Origin, RuleSet, SiteRule, load_installed


EXAMPLE = (
    Path(__file__).resolve().parents[2]
    / "docs"
    / "examples"
    / "newsparse-rules-example"
)
PAGE = EXAMPLE / "tests" / "pages" / "dailyplanet.html"
URL = "https://www.dailyplanet.example/news/metro/2026/03/01/harbor-bridge-reopens"
DIST = "newsparse-rules-example 0.1.0"
REINSTALL = f"python -m pip install --force-reinstall --no-deps {EXAMPLE}"


@pytest.fixture(scope="module")
def example_plugin():
    """The installed example plugin; missing or stale is a loud failure."""
    try:
        dist = importlib.metadata.distribution("newsparse-rules-example")
    except importlib.metadata.PackageNotFoundError:
        pytest.fail(
            f"the example plugin is not installed; the tests group installs it: {REINSTALL}"
        )
    for file in dist.files or ():
        if file.parts[0] == "newsparse_rules_example" and file.suffix in {
            ".py",
            ".toml",
        }:
            source = EXAMPLE / "src" / Path(*file.parts)
            if file.read_text(encoding="utf-8") != source.read_text(encoding="utf-8"):
                pytest.fail(
                    f"the installed example plugin is stale ({file}); run {REINSTALL}"
                )
    _registry._load.cache_clear()
    yield dist
    _registry._load.cache_clear()


@pytest.fixture
def plugins_on(monkeypatch, example_plugin):
    monkeypatch.delenv("NEWSPARSE_NO_PLUGINS", raising=False)
    return example_plugin


@pytest.fixture(scope="module")
def html():
    return PAGE.read_text(encoding="utf-8")


def test_the_installed_plugin_is_discovered(plugins_on):
    infos = {info.name: info for info in load_installed().describe()}
    planet, gazette = infos["dailyplanet"], infos["gazette"]
    assert (planet.origin, planet.distribution, planet.entry_point) == (
        Origin.INSTALLED,
        DIST,
        "dailyplanet",
    )
    assert (gazette.origin, gazette.distribution, gazette.entry_point) == (
        Origin.INSTALLED,
        DIST,
        "gazette",
    )
    assert gazette.rule.domains == frozenset({"gazette.example"})


def test_the_installed_plugin_changes_a_real_parse(plugins_on, html):
    article = newsparse.parse(html, URL)
    generic = newsparse.parse(html, URL, rules=RuleSet())
    assert article.title == "Harbor Bridge reopens after two years of repairs"
    assert article.metadata.provenance["title"] == "rule"
    assert article.metadata.authors == ("Lois Lane", "Jimmy Olsen")
    assert generic.metadata.authors != article.metadata.authors
    assert "costs money to produce" in generic.text
    assert "costs money to produce" not in article.text
    assert article.metadata.section == "Metro"


def test_it_matches_through_the_canonical_url_without_a_url(plugins_on, html):
    assert (
        newsparse.parse(html).title
        == "Harbor Bridge reopens after two years of repairs"
    )


def test_explicit_beats_installed_beats_built_in(plugins_on, html):
    installed = extract(html, URL).rules
    assert installed.lines()[:2] == [
        f"rule: dailyplanet (installed, from {DIST})",
        "matched by: domain dailyplanet.example",
    ]
    mine = SiteRule(
        name="mine", domains={"dailyplanet.example"}, title=["h2.dp-kicker"]
    )
    explicit = extract(html, URL, rules=load_installed().with_rules(mine))
    assert explicit.article.title == "Metro"
    assert explicit.rules.lines()[0] == "rule: mine (explicit)"
    # Without the plugin's rule, the page's WordPress markup picks the built-in.
    fallback = extract(html, URL, rules=load_installed().without("dailyplanet"))
    assert fallback.rules.lines()[0].startswith(
        "rule: wordpress (built-in, from newsparse "
    )
    assert fallback.rules.lines()[1].startswith("matched by: marker meta[name=")
    assert fallback.article.metadata.provenance["title"] != "rule"
    assert fallback.article.metadata.authors != ("Lois Lane", "Jimmy Olsen")


def test_no_plugins_turns_discovery_off(example_plugin, monkeypatch, html):
    monkeypatch.setenv("NEWSPARSE_NO_PLUGINS", "1")
    assert "dailyplanet" not in {info.name for info in load_installed().describe()}
    assert newsparse.parse(html, URL).metadata.authors != ("Lois Lane", "Jimmy Olsen")


def _run(*args):
    env = {k: v for k, v in os.environ.items() if k != "NEWSPARSE_NO_PLUGINS"}
    return subprocess.run(
        [sys.executable, "-m", "newsparse", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_rules_list_shows_the_plugin_and_its_package(example_plugin):
    result = _run("rules", "list")
    assert result.returncode == 0, result.stderr
    rows = [line.split() for line in result.stdout.splitlines()]
    assert [
        "dailyplanet",
        "installed",
        "newsparse-rules-example",
        "0.1.0",
        "dailyplanet.example",
    ] in rows
    assert [
        "gazette",
        "installed",
        "newsparse-rules-example",
        "0.1.0",
        "gazette.example",
    ] in rows


def test_explain_says_which_rule_matched(example_plugin):
    result = _run(str(PAGE), "--url", URL, "--format", "text", "--explain")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "Harbor Bridge reopens after two years of repairs\n"
    )
    assert result.stderr.splitlines()[:4] == [
        "== site rules ==",
        f"rule: dailyplanet (installed, from {DIST})",
        "matched by: domain dailyplanet.example",
        "host: dailyplanet.example",
    ]
    assert "drop: .dp-pitch, .dp-share (2 removed)" in result.stderr
    assert "body: .dp-story (narrows the generic finder)" in result.stderr
