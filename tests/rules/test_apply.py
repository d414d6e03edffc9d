"""A matched rule at each stage of parse(), and the generic fallback."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import newsparse
from newsparse._api import extract
from newsparse.errors import InputError, RuleExecutionError
from newsparse.rules import RuleContext, RuleSet, SiteRule


URL = "https://news.site.example/2026/03/story"
PROSE = "A sentence of ordinary article prose that runs long enough to count. " * 2


def page(body: str, head: str = "") -> str:
    return (
        "<html><head><title>Site | Home</title>"
        f'<meta property="og:title" content="Generic title">{head}</head>'
        f"<body>{body}</body></html>"
    )


ARTICLE = page(
    f"""
    <div class="top"><h1 class="hl">Real headline</h1>
      <span class="by">By Ann Author and Bob Writer</span>
      <time class="when" datetime="2026-03-02T10:00:00+01:00">yesterday</time></div>
    <div class="story">
      <p>First {PROSE}</p>
      <div class="box"><p>Boxed {PROSE}</p></div>
      <figure><img src="/p.jpg"><figcaption class="cap">A bridge. (Photo: Ann)</figcaption></figure>
      <p>Second {PROSE}</p>
      <ul class="more"><li><a href="/related-1">Related one</a></li></ul>
    </div>
    <div class="other"><p>Elsewhere {PROSE}</p><p>More elsewhere {PROSE}</p>
      <p>Still elsewhere {PROSE}</p></div>
    """
)


def parse(html=ARTICLE, url=URL, **fields):
    fields.setdefault("domains", ["site.example"])
    rules = RuleSet([SiteRule(name="site", **fields)])
    return newsparse.parse(html, url, rules=rules)


def test_metadata_selectors_override_the_generic_values():
    article = parse(title=["h1.hl"], authors=["span.by"], published=["time.when"])
    assert article.title == "Real headline"
    assert article.metadata.authors == ("Ann Author", "Bob Writer")
    assert article.metadata.published == dt.datetime(
        2026, 3, 2, 10, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )


def test_attr_selectors_read_attributes():
    html = page(f"<p>{PROSE}</p>", '<meta name="writer" content="Cee Dee">')
    article = parse(
        html, title=["title::attr(lang)", "meta[name=writer]::attr(content)"]
    )
    assert article.title == "Cee Dee"


def test_metadata_falls_back_to_generic_when_selectors_find_nothing():
    extraction = extract(
        ARTICLE,
        URL,
        rules=RuleSet(
            [
                SiteRule(
                    name="site",
                    domains=["site.example"],
                    title=["h1.gone", "h2.gone"],
                    authors=[".nobody"],
                    published=["span.by"],  # text, but not a date
                )
            ]
        ),
    )
    article = extraction.article
    assert article.title == "Generic title"
    assert article.metadata.authors == ()
    assert article.metadata.published == dt.datetime(
        2026, 3, 2, 10, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    lines = extraction.rules.lines()
    assert "title: generic fallback (no selector matched)" in lines
    assert "published: generic fallback (no selector matched)" in lines


def test_drop_removes_elements_before_extraction():
    assert "Boxed" in parse().text
    assert "Boxed" not in parse(drop=[".box"]).text


def test_a_refining_body_narrows_the_generic_finder():
    generic = newsparse.parse(ARTICLE, URL, rules=RuleSet())
    assert "Elsewhere" in generic.text
    article = parse(body=[".story"])
    assert article.text.startswith("First")
    assert "Second" in article.text
    assert "Elsewhere" not in article.text


def test_body_selectors_are_alternatives_tried_in_order():
    article = parse(body=[".missing", ".story", ".other"])
    assert article.text.startswith("First")


def test_a_replacing_body_keeps_everything_it_matched():
    refined = parse(body=[".story"])
    replaced = parse(body=[".story"], extends_generic=False)
    assert "Related one" not in refined.text
    assert "Related one" in replaced.text
    assert replaced.captions[0].text == "A bridge."


def test_body_falls_back_to_generic_when_nothing_matches():
    extraction = extract(
        ARTICLE,
        URL,
        rules=RuleSet(
            [SiteRule(name="site", domains=["site.example"], body=[".gone"])]
        ),
    )
    generic = newsparse.parse(ARTICLE, URL, rules=RuleSet())
    assert extraction.article.body == generic.body
    assert "body: generic fallback (no selector matched)" in extraction.rules.lines()


def test_body_falls_back_when_the_match_holds_no_article_text():
    extraction = extract(
        ARTICLE,
        URL,
        rules=RuleSet(
            [SiteRule(name="site", domains=["site.example"], body=["figure img"])]
        ),
    )
    assert (
        extraction.article.body == newsparse.parse(ARTICLE, URL, rules=RuleSet()).body
    )
    assert any("holds no article text" in line for line in extraction.rules.lines())


def test_nested_body_matches_are_not_repeated():
    article = parse(body=[".story, .story p"], extends_generic=False)
    assert article.text.count("First") == 1


def test_caption_and_related_selectors_add_to_the_generic_ones():
    article = parse(captions=[".top .by"], related=["ul.more"], body=[".story"])
    texts = [c.text for c in article.captions]
    assert "A bridge." in texts
    assert "By Ann Author and Bob Writer" in texts
    assert [link.url for link in article.related_links] == [
        "https://news.site.example/related-1"
    ]


def test_caption_and_related_selectors_replace_when_not_extending():
    article = parse(
        captions=["figcaption.cap"],
        related=[".top"],
        body=[".story"],
        extends_generic=False,
    )
    assert [(c.text, c.credit, c.image) for c in article.captions] == [
        ("A bridge.", "Photo: Ann", "https://news.site.example/p.jpg")
    ]
    assert article.related_links == ()
    assert "A bridge." not in article.text


def test_hooks_run_first_and_last_with_their_context():
    seen: list[RuleContext] = []

    def prepare(tree, ctx):
        seen.append(ctx)
        for node in tree.css("h1.hl"):
            node.decompose()

    def finalize(article, ctx):
        seen.append(ctx)
        return attrs.evolve(article, title=article.title.upper())

    article = parse(prepare=prepare, finalize=finalize, title=["h1.hl"])
    assert article.title == "GENERIC TITLE"
    assert [ctx.url for ctx in seen] == [URL, URL]
    assert seen[0].host == "news.site.example"
    assert seen[0].rule.name == "site"


def test_a_hook_that_raises_is_wrapped_with_url_and_rule():
    def prepare(tree, ctx):
        message = "boom"
        raise ValueError(message)

    with pytest.raises(RuleExecutionError) as info:
        parse(prepare=prepare)
    error = info.value
    assert (
        str(error) == f"rule 'site': prepare hook raised ValueError: boom (page {URL})"
    )
    assert (error.rule_name, error.url) == ("site", URL)
    assert isinstance(error.__cause__, ValueError)


def test_a_finalize_hook_must_return_an_article():
    with pytest.raises(RuleExecutionError, match="returned dict, not an Article"):
        parse(finalize=lambda article, ctx: {"title": "x"})


def test_a_page_no_rule_matches_is_parsed_generically():
    rules = RuleSet([SiteRule(name="other", domains=["other.example"], body=[".box"])])
    assert newsparse.parse(ARTICLE, URL, rules=rules) == newsparse.parse(
        ARTICLE, URL, rules=RuleSet()
    )


def test_rules_must_be_a_ruleset():
    with pytest.raises(InputError, match="not list"):
        newsparse.parse(ARTICLE, URL, rules=[])  # type: ignore[arg-type]


def test_the_trace_says_which_rule_matched_and_how():
    extraction = extract(
        ARTICLE,
        "https://www.site.example/a",
        rules=RuleSet(
            [SiteRule(name="site", domains=["site.example"], body=[".story"])]
        ),
    )
    assert extraction.rules.lines() == [
        "rule: site (explicit)",
        "matched by: domain site.example",
        "host: site.example",
        "body: .story (narrows the generic finder)",
    ]
    assert extract(ARTICLE, URL, rules=RuleSet()).rules.lines() == [
        "rule: none matched (generic extraction only)"
    ]
