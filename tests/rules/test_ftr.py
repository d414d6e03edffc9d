"""FiveFilters site configs become rules; what cannot be translated is reported."""

from __future__ import annotations

import logging
import textwrap

import pytest

import newsparse
from newsparse._ftr import read_ftr_dir, read_ftr_file
from newsparse.errors import RuleValidationError
from newsparse.rules import RuleExample, RuleSet, load_ftr


CONFIG = """
    # Example site config
    title: //meta[@property='og:title']/@content
    title: //h1
    body: //div[@id='story'] | //div[@class='lead']
    author: //a[@rel='author']
    date: substring-before(//p[@class='meta'], '|')
    strip: //div[contains(@class, 'share')]
    strip: //p[contains(., 'Read more')]
    strip_id_or_class: promo
    strip_image_src: /pixel.gif
    replace_string(<br /><br />): </p><p>
    http_header(user-agent): Mozilla/5.0 (compatible)
    prune: no
    test_url: https://www.site.example/2024/a
    test_contains: Some sentence
    test_contains: Another sentence
    test_url: https://www.site.example/2024/b
"""


def write(folder, name, text):
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_site_config_becomes_a_rule(tmp_path):
    (rule,) = load_ftr(write(tmp_path, "site.example.txt", CONFIG))
    assert rule.name == "ftr:site.example"
    assert rule.domains == frozenset({"site.example"})
    assert rule.title == ('meta[property="og:title"]::attr(content)', "h1")
    assert rule.body == ('div[id="story"], div[class="lead"]',)
    assert rule.authors == ('a[rel="author"]',)
    assert rule.published == ()
    assert rule.drop == (
        'div[class*="share"]',
        '[class*="promo"], [id*="promo"]',
        'img[src*="/pixel.gif"]',
    )
    assert rule.extends_generic is True
    assert rule.examples == (
        RuleExample(
            url="https://www.site.example/2024/a",
            contains=("Some sentence", "Another sentence"),
        ),
        RuleExample(url="https://www.site.example/2024/b"),
    )


def test_every_expression_is_reported_with_its_line(tmp_path):
    item = read_ftr_file(write(tmp_path, "site.example.txt", CONFIG))
    missed = [
        (e.line, e.directive, e.reason) for e in item.expressions if e.css is None
    ]
    assert missed == [
        (
            7,
            "date",
            "column 1: substring-before() computes a string; CSS cannot test text",
        ),
        (9, "strip", "column 14: contains() on text: CSS cannot test text"),
    ]
    assert sum(e.css is not None for e in item.expressions) == 7
    assert set(item.ignored) == {"replace_string", "http_header", "prune"}


def test_untranslated_expressions_are_logged(tmp_path, caplog):
    with caplog.at_level(logging.INFO, logger="newsparse._ftr"):
        load_ftr(write(tmp_path, "site.example.txt", CONFIG))
    assert (
        "site.example.txt:9: strip: //p[contains(., 'Read more')] not translated"
        in caplog.text
    )


def test_the_translated_rule_changes_a_parse(tmp_path):
    (rule,) = load_ftr(write(tmp_path, "site.example.txt", CONFIG))
    prose = "Words of the story that make a proper paragraph of prose. " * 3
    html = f"""<html><head><meta property="og:title" content="From OG"></head><body>
        <div class="share"><p>{prose} share</p></div>
        <div id="story"><p>{prose}</p><div class="promo-box"><p>{prose} promo</p></div>
        <img src="https://x.example/pixel.gif"></div>
        <div class="other"><p>{prose} other</p><p>{prose} other</p></div></body></html>"""
    article = newsparse.parse(
        html, "https://site.example/2024/a", rules=RuleSet([rule])
    )
    assert article.title == "From OG"
    assert article.text == prose.strip()


@pytest.mark.parametrize(
    ("filename", "domain"),
    [("example.com.txt", "example.com"), (".example.com.txt", "*.example.com")],
)
def test_file_names_give_the_domains(tmp_path, filename, domain):
    (rule,) = load_ftr(write(tmp_path, filename, "body: //article\n"))
    assert rule.domains == frozenset({domain})


def test_subdomain_files_serve_subdomains_only(tmp_path):
    write(tmp_path, "example.com.txt", "body: //article\n")
    write(tmp_path, ".example.com.txt", "body: //main\n")
    ruleset = RuleSet(load_ftr(tmp_path))
    assert ruleset.match("https://www.example.com/").name == "ftr:example.com"
    assert ruleset.match("https://blog.example.com/").name == "ftr:.example.com"


def test_the_www_file_wins_over_the_bare_one(tmp_path):
    write(tmp_path, "example.com.txt", "body: //article\n")
    write(tmp_path, "www.example.com.txt", "body: //main\n")
    items = {item.path.rsplit("/", 1)[1]: item for item in read_ftr_dir(tmp_path)}
    assert items["www.example.com.txt"].rule is not None
    assert items["example.com.txt"].rule is None
    assert (
        items["example.com.txt"].problem
        == "same host as www.example.com.txt, which wins"
    )
    assert [rule.name for rule in load_ftr(tmp_path)] == ["ftr:www.example.com"]


def test_a_public_suffix_file_is_refused_alone_and_skipped_in_a_folder(
    tmp_path, caplog
):
    path = write(tmp_path, "gov.uk.txt", "body: //main\n")
    write(tmp_path, "ok.example.txt", "body: //main\n")
    with pytest.raises(RuleValidationError, match="public suffix") as info:
        load_ftr(path)
    assert info.value.distribution == str(path)
    with caplog.at_level(logging.WARNING, logger="newsparse._ftr"):
        assert [rule.name for rule in load_ftr(tmp_path)] == ["ftr:ok.example"]
    assert "skipped" in caplog.text
    assert "gov.uk.txt" in caplog.text


def test_files_with_nothing_usable_give_no_rule(tmp_path):
    write(tmp_path, "a.example.txt", "prune: no\ntest_url: https://a.example/x\n")
    write(tmp_path, "global.txt", "strip: //nav\n")
    assert load_ftr(tmp_path) == ()
    problems = {item.problem for item in read_ftr_dir(tmp_path)}
    assert problems == {"nothing newsparse can use", "FiveFilters' global settings"}
