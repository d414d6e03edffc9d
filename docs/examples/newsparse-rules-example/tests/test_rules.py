"""The plugin's own tests: each rule against its fixture page.

They pass ``rules=RuleSet([...])``, so they test the rule itself, whatever
else is installed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from newsparse_rules_example import DAILY_PLANET, gazette_rules

import newsparse
from newsparse.rules import RuleSet


PAGES = Path(__file__).parent / "pages"
URL = "https://www.dailyplanet.example/news/metro/2026/03/01/harbor-bridge-reopens"


@pytest.fixture(scope="module")
def html() -> str:
    return (PAGES / "dailyplanet.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article(html: str) -> newsparse.Article:
    return newsparse.parse(html, URL, rules=RuleSet([DAILY_PLANET]))


def test_title_authors_and_date_come_from_the_page(article):
    assert article.title == "Harbor Bridge reopens after two years of repairs"
    assert article.metadata.authors == ("Lois Lane", "Jimmy Olsen")
    assert article.metadata.published == dt.datetime(
        2026, 3, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )


def test_body_keeps_the_story_without_the_pitch(article):
    assert article.text.startswith("Metropolis drivers crossed the Harbor Bridge")
    assert "Residents of the harbor district" in article.text
    assert "costs money to produce" not in article.text
    assert len(article.body) == 4


def test_hooks_fix_the_image_and_add_the_section(article):
    (caption,) = article.captions
    assert caption.image == "https://www.dailyplanet.example/img/2026/harbor-bridge.jpg"
    assert caption.credit == "Planet Photo / J. Olsen"
    assert article.metadata.section == "Metro"


def test_related_links_come_from_the_aside(article):
    assert [link.url for link in article.related_links] == [
        "https://www.dailyplanet.example/news/metro/2026/02/27/ferry-timetable-changes",
        "https://www.dailyplanet.example/news/metro/2026/02/20/tunnel-tolls-council-vote",
    ]


def test_without_the_rule_the_page_reads_worse(html):
    generic = newsparse.parse(html, URL, rules=RuleSet())
    assert "costs money to produce" in generic.text
    assert generic.metadata.authors != ("Lois Lane", "Jimmy Olsen")


def test_the_gazette_rule_loads_from_toml():
    (rule,) = gazette_rules()
    assert rule.name == "gazette"
    assert rule.domains == frozenset({"gazette.example"})
    assert RuleSet([rule]).match(rule.examples[0].url) == rule
