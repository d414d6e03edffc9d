from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, PageType
from newsparse._dom import parse_html
from newsparse._metadata import collect_candidates, strip_site_name
from newsparse._metatags import bcp47
from newsparse._precedence import FIELDS, PRECEDENCE, SOURCES, Candidate, choose
from newsparse.errors import NotMarkupError


ROOT = Path(__file__).resolve().parents[2]
URL = "https://example.com/news/storm"
P = "All schools in the county were closed on Monday as the storm made landfall. "
BODY = f"<article><h1>Storm closes schools</h1><p>{P * 3}</p><p>{P * 2}</p></article>"


def page(head: str = "", body: str = BODY, *, lang: str = "") -> str:
    attr = f' lang="{lang}"' if lang else ""
    return f"<html{attr}><head>{head}</head><body>{body}</body></html>"


def parse(head: str = "", body: str = BODY, url: str | None = URL, **kw):
    return newsparse.parse(page(head, body, **kw), url=url)


def ld(*objects: object) -> str:
    return "".join(
        f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objects
    )


def offered(html: str, field: str, url: str | None = URL) -> dict[str, object]:
    """Each source's first value for *field*, every source searched."""
    found: dict[str, object] = {}
    for c in collect_candidates(parse_html(html), url, complete=True):
        if c.field == field:
            found.setdefault(c.source, c.value)
    return found


ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Storm closes schools",
    "datePublished": "2024-01-08T07:30:00-05:00",
    "dateModified": "2024-01-08T09:00:00-05:00",
    "author": [{"@type": "Person", "name": "Jane Doe"}],
    "publisher": {"@type": "Organization", "name": "Example Media"},
}
EST = dt.timezone(dt.timedelta(hours=-5))


# ------------------------------------------------------------------ JSON-LD


def test_json_ld_gives_authors_dates_publisher_with_provenance():
    m = parse(ld(ARTICLE)).metadata
    assert m.authors == ("Jane Doe",)
    assert m.publisher == "Example Media"
    assert m.published == dt.datetime(2024, 1, 8, 7, 30, tzinfo=EST)
    assert m.modified == dt.datetime(2024, 1, 8, 9, 0, tzinfo=EST)
    assert m.provenance["authors"] == "json-ld"
    assert m.provenance["published"] == "json-ld"
    assert m.provenance["publisher"] == "json-ld:publisher"


def test_json_ld_graph_with_id_references():
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "#site", "name": "Example"},
            {"@type": "Person", "@id": "#jane", "name": "Jane Doe"},
            {**ARTICLE, "author": {"@id": "#jane"}},
        ],
    }
    m = parse(ld(graph)).metadata
    assert m.authors == ("Jane Doe",)


def test_json_ld_top_level_array_and_type_lists():
    item = {**ARTICLE, "@type": ["NewsArticle", "Article"], "headline": "Array"}
    article = parse(ld([{"@type": "Organization", "name": "X"}, item]))
    assert article.title == "Array"


def test_several_json_ld_blocks_and_the_page_s_own_article_wins():
    other = {**ARTICLE, "headline": "Another story", "url": "https://example.com/b"}
    own = {**ARTICLE, "headline": "Storm closes schools", "url": URL}
    assert parse(ld(other, own)).title == "Storm closes schools"


def test_json_ld_webpage_with_main_entity_article():
    wrapper = {"@type": "WebPage", "name": "Page", "mainEntity": ARTICLE}
    assert parse(ld(wrapper)).metadata.authors == ("Jane Doe",)


def test_json_ld_in_cdata_or_comment_wrappers_is_read():
    text = json.dumps(ARTICLE)
    for wrapped in (f"<![CDATA[{text}]]>", f"//<![CDATA[\n{text}\n//]]>"):
        head = f'<script type="application/ld+json">{wrapped}</script>'
        assert parse(head).metadata.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    "raw", ['{"@type": "NewsArticle", oops', "[[[[", "null", '"text"', "1e999"]
)
def test_malformed_json_ld_is_skipped(raw):
    head = f'<script type="application/ld+json">{raw}</script>' + ld(ARTICLE)
    assert parse(head).metadata.authors == ("Jane Doe",)


def test_json_ld_organisation_author_goes_to_publisher():
    item = {**ARTICLE, "author": {"@type": "Organization", "name": "Wire Desk"}}
    item.pop("publisher")
    m = parse(ld(item)).metadata
    assert m.authors == ()
    assert m.publisher == "Wire Desk"


def test_json_ld_person_named_like_the_site_is_still_a_person():
    item = {
        **ARTICLE,
        "author": {"@type": "Person", "name": "Haki Benita"},
        "publisher": {"@type": "Organization", "name": "Haki Benita"},
    }
    assert parse(ld(item)).metadata.authors == ("Haki Benita",)


def test_json_ld_headline_that_no_other_source_confirms_loses():
    item = {**ARTICLE, "headline": "constitutional monarchy in Oceania"}
    head = ld(item) + "<title>New Zealand - Wikipedia</title>"
    body = f"<article><h1>New Zealand</h1><p>{P * 3}</p></article>"
    article = parse(head, body, url="https://en.wikipedia.org/wiki/New_Zealand")
    assert article.title == "New Zealand"


# ---------------------------------------------------------- meta conventions


def test_opengraph_and_article_namespace():
    head = """
    <meta property="og:title" content="Storm closes schools">
    <meta property="og:site_name" content="The Daily Example">
    <meta property="og:description" content="Schools shut as the storm arrives.">
    <meta property="og:image" content="/img/storm.jpg">
    <meta property="og:url" content="https://example.com/news/storm">
    <meta property="article:published_time" content="2024-01-08T07:30:00Z">
    <meta property="article:modified_time" content="2024-01-09T07:30:00Z">
    <meta property="article:section" content="Weather">
    <meta property="article:tag" content="storm">
    <meta property="article:tag" content="schools">
    <meta property="article:author" content="https://facebook.com/jane">
    """
    m = parse(head).metadata
    assert m.site_name == "The Daily Example"
    assert m.description == "Schools shut as the storm arrives."
    assert m.image == "https://example.com/img/storm.jpg"
    assert m.published == dt.datetime(2024, 1, 8, 7, 30, tzinfo=dt.UTC)
    assert m.modified == dt.datetime(2024, 1, 9, 7, 30, tzinfo=dt.UTC)
    assert m.section == "Weather"
    assert m.tags == ("storm", "schools")
    assert m.authors == ()  # a profile URL is no name
    assert m.provenance["site_name"] == "opengraph"


def test_twitter_cards():
    head = """<meta name="twitter:title" content="Storm closes schools">
    <meta name="twitter:description" content="Tweeted summary.">
    <meta name="twitter:image" content="https://cdn.example.com/t.jpg">
    <meta name="twitter:creator" content="@janedoe">"""
    m = parse(head).metadata
    assert m.description == "Tweeted summary."
    assert m.image == "https://cdn.example.com/t.jpg"
    assert m.authors == ()  # an @handle is not a name
    assert m.provenance["description"] == "twitter"


def test_dublin_core_any_case_and_separator_and_inverted_names():
    head = """<meta name="DC.Creator" content="Kooman, F.">
    <meta name="dc.creator" content="Jong, Michiel de">
    <meta name="DCTERMS.issued" content="2019-03-05">
    <meta name="dc:language" content="nl">"""
    m = parse(head).metadata
    assert m.authors == ("F. Kooman", "Michiel de Jong")
    assert m.published == dt.date(2019, 3, 5)
    assert m.language == "nl"
    assert m.provenance["published"] == "dublin-core"


def test_property_attribute_beats_name_attribute_for_one_key():
    head = """<meta name="dc.title" content="Name form">
    <meta property="dc:title" content="Property form">"""
    assert parse(head).title == "Property form"


def test_parsely_meta_and_parsely_page_json():
    head = """<meta name="parsely-author" content="Jane Doe">
    <meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">
    <meta name="parsely-section" content="Weather">"""
    m = parse(head).metadata
    assert m.authors == ("Jane Doe",)
    assert m.published == dt.datetime(2024, 4, 20, 4, 20, tzinfo=dt.UTC)
    assert m.section == "Weather"
    data = {"title": "T", "authors": ["Ann Lee", "Bo Li"], "pub_date": "2020-01-02"}
    legacy = f"<meta name='parsely-page' content='{json.dumps(data)}'>"
    assert parse(legacy).metadata.authors == ("Ann Lee", "Bo Li")


def test_sailthru_meta():
    head = """<meta name="sailthru.author" content="Jane Doe">
    <meta name="sailthru.date" content="Tue, 05 Mar 2019 10:00:00 -0500">
    <meta name="sailthru.tags" content="storm, schools">"""
    m = parse(head).metadata
    assert m.authors == ("Jane Doe",)
    assert m.published == dt.datetime(2019, 3, 5, 10, tzinfo=EST)
    assert m.tags == ("storm", "schools")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("author", "By Jane Doe"),
        ("byl", "By Jane Doe"),
        ("citation_author", "Jane Doe"),
    ],
)
def test_plain_meta_author_conventions(name, content):
    m = parse(f'<meta name="{name}" content="{content}">').metadata
    assert m.authors == ("Jane Doe",)


@pytest.mark.parametrize("name", ["date", "pubdate", "publishdate", "publish-date"])
def test_plain_meta_date_conventions(name):
    m = parse(f'<meta name="{name}" content="2019-03-05T10:00:00+01:00">').metadata
    assert m.published == dt.datetime(
        2019, 3, 5, 10, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )


def test_keywords_are_split_and_deduplicated():
    m = parse('<meta name="keywords" content="storm, Schools; storm,,">').metadata
    assert m.tags == ("storm", "Schools")


def test_double_escaped_entities_in_meta_are_decoded():
    head = '<meta name="description" content="That&amp;#039;s &amp;quot;it&amp;quot;">'
    assert parse(head).metadata.description == 'That\'s "it"'


# ------------------------------------------------------------ microdata


def test_microdata_of_the_article_item():
    body = f"""<article itemscope itemtype="https://schema.org/NewsArticle">
      <h1 itemprop="headline">Storm closes schools</h1>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person">
        <span itemprop="name">Jane Doe</span></span>
      <time itemprop="datePublished" datetime="2019-03-05T10:00:00Z">5 March</time>
      <meta itemprop="dateModified" content="2019-03-06T10:00:00Z">
      <p>{P * 3}</p></article>"""
    m = parse(body=body).metadata
    assert m.authors == ("Jane Doe",)
    assert m.published == dt.datetime(2019, 3, 5, 10, tzinfo=dt.UTC)
    assert m.modified == dt.datetime(2019, 3, 6, 10, tzinfo=dt.UTC)
    assert m.provenance["authors"] == "microdata"


def test_microdata_of_teasers_is_not_the_article_s():
    body = f"""<article itemscope itemtype="https://schema.org/NewsArticle">
      <h1 itemprop="headline">Storm closes schools</h1><p>{P * 3}</p>
      <span itemprop="author">Jane Doe</span></article>
      <div itemscope itemtype="https://schema.org/NewsArticle">
      <h3 itemprop="headline">Other</h3><span itemprop="author">Bo Li</span></div>"""
    assert parse(body=body).metadata.authors == ("Jane Doe",)


# ------------------------------------------------------- byline and <time>


def test_byline_element_in_the_article_header():
    body = f"""<article><h1>Storm closes schools</h1>
      <div class="byline">By <a href="/author/jane-doe">Jane Doe</a> and
      <a href="/author/bo-li">Bo Li</a> | Photos: Cy Dunn</div>
      <p>{P * 3}</p></article>"""
    m = parse(body=body).metadata
    assert m.authors == ("Jane Doe", "Bo Li")
    assert m.provenance["authors"] == "byline"


def test_rel_author_link():
    body = f"""<article><h1>Storm</h1><p>By <a rel="author" href="/a">Jane Doe</a>
      </p><p>{P * 3}</p></article>"""
    assert parse(body=body).metadata.authors == ("Jane Doe",)


def test_by_line_text_without_markup():
    body = f"<article><h1>Storm</h1><p>Von Hans Müller</p><p>{P * 3}</p></article>"
    assert parse(body=body).metadata.authors == ("Hans Müller",)


def test_byline_outside_the_article_element_is_found():
    body = f"""<header><span itemprop="author">Jane Doe</span></header>
      <article><h1>Storm</h1><p>{P * 3}</p></article>"""
    assert parse(body=body).metadata.authors == ("Jane Doe",)


SIDEBAR = """<aside><ul>
  <li><article><h3><a href="/x">Other story</a></h3>
    <span class="byline">By Bo Li</span><time datetime="2001-01-01">1 Jan</time>
  </article></li></ul></aside>
  <div class="comments"><div class="comment"><span class="author">Troll</span>
  <time datetime="2002-02-02T02:02">2 Feb</time></div></div>"""


def test_sidebar_and_comment_bylines_and_dates_are_ignored():
    body = f"""<main>{SIDEBAR}<article><h1>Storm closes schools</h1>
      <p>{P * 3}</p></article>{SIDEBAR}</main>"""
    m = parse(body=body, url="https://example.com/news/storm").metadata
    assert m.authors == ()
    assert m.published is None


def test_the_article_s_own_date_beats_sidebar_dates():
    body = f"""<main>{SIDEBAR}<article><h1>Storm closes schools</h1>
      <div class="byline">By Jane Doe</div>
      <time datetime="2019-03-05T10:00:00+01:00">5 March 2019</time>
      <p>{P * 3}</p></article></main>"""
    m = parse(body=body).metadata
    assert m.authors == ("Jane Doe",)
    assert m.published == dt.datetime(
        2019, 3, 5, 10, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert m.provenance["published"] == "time"


def test_updated_time_is_modified_not_published():
    body = f"""<article><h1>Storm</h1>
      <time class="updated" datetime="2019-03-06">6 March</time>
      <time class="published" datetime="2019-03-05">5 March</time>
      <p>{P * 3}</p></article>"""
    m = parse(body=body).metadata
    assert m.published == dt.date(2019, 3, 5)
    assert m.modified == dt.date(2019, 3, 6)


def test_date_written_in_the_byline():
    body = f"""<article><h1>Storm</h1>
      <p class="byline">Von Hans Müller, 5. März 2019, 10:30 Uhr</p>
      <p>{P * 3}</p></article>"""
    m = parse(body=body).metadata
    assert m.authors == ("Hans Müller",)
    assert m.published == dt.datetime(2019, 3, 5, 10, 30)  # noqa: DTZ001
    assert m.provenance["published"] == "date-text"


def test_date_in_the_url_is_a_last_resort():
    m = parse(url="https://example.com/2019/03/05/storm").metadata
    assert m.published == dt.date(2019, 3, 5)
    assert m.provenance["published"] == "url"
    head = '<meta property="article:published_time" content="2019-03-04T23:00:00Z">'
    m = parse(head, url="https://example.com/2019/03/05/storm").metadata
    assert m.provenance["published"] == "opengraph"


def test_markup_is_not_searched_when_declarations_suffice():
    body = f"""<article><h1>Storm</h1><div class="byline">By Bo Li</div>
      <p>{P * 3}</p></article>"""
    m = parse(ld(ARTICLE), body).metadata
    assert m.authors == ("Jane Doe",)
    assert offered(page(ld(ARTICLE), body), "authors")["byline"] == ("Bo Li",)


# --------------------------------------------------- disagreement, precedence


def test_json_ld_and_opengraph_disagree_json_ld_wins_and_says_so():
    head = ld(ARTICLE) + (
        '<meta property="article:published_time" content="2024-01-09T00:00:00Z">'
        '<meta property="og:title" content="Storm shuts every school">'
    )
    article = parse(head)
    assert article.metadata.published == dt.datetime(2024, 1, 8, 7, 30, tzinfo=EST)
    assert article.metadata.provenance["published"] == "json-ld"
    assert article.title == "Storm closes schools"
    found = offered(page(head), "published")
    assert found["opengraph"] == dt.datetime(2024, 1, 9, tzinfo=dt.UTC)


def test_modified_is_never_reported_as_published():
    head = '<meta property="article:modified_time" content="2024-01-09T00:00:00Z">'
    m = parse(head).metadata
    assert m.published is None
    assert m.modified == dt.datetime(2024, 1, 9, tzinfo=dt.UTC)


def test_every_precedence_source_is_documented():
    assert set(PRECEDENCE) == set(FIELDS)
    for field, sources in PRECEDENCE.items():
        assert len(set(sources)) == len(sources), field
        assert set(sources) <= set(SOURCES), field


def test_choose_follows_precedence_and_skips_empty_values():
    candidates = [
        Candidate("title", "h1", "From h1"),
        Candidate("title", "json-ld", ""),
        Candidate("title", "opengraph", "From og"),
        Candidate("title", "opengraph", "Second og"),
        Candidate("title", "unknown-source", "Never"),
    ]
    assert choose(candidates)["title"].value == "From og"
    custom = {"title": ("h1", "opengraph")}
    assert choose(candidates, custom)["title"].source == "h1"


# ------------------------------------------------------ title, site, language


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Storm closes schools | The Daily Example", "Storm closes schools"),
        ("Storm closes schools - Daily Example", "Storm closes schools"),
        ("The Daily Example: Storm closes schools", "Storm closes schools"),
        ("Storm closes schools – example.com", "Storm closes schools"),
        ("Storm closes schools | Jane Doe | The Daily Example", "Storm closes schools"),
        ("Storm - what closes when", "Storm - what closes when"),
    ],
)
def test_site_and_author_names_leave_the_title(title, expected):
    sites = ("The Daily Example", "example", "Jane Doe")
    assert strip_site_name(title, sites) == expected


def test_title_element_loses_the_site_suffix_by_host_alone():
    head = "<title>Storm closes schools - Example</title>"
    body = f"<article><p>{P * 3}</p></article>"
    article = parse(head, body)
    assert article.title == "Storm closes schools"
    assert article.metadata.provenance["title"] == "title-element"


def test_site_name_loses_its_tagline():
    head = '<meta property="og:site_name" content="Example - All the news, all day">'
    assert parse(head).metadata.site_name == "Example"


@pytest.mark.parametrize(
    ("raw", "tag"),
    [
        ("en_US", "en-US"),
        ("EN-gb", "en-GB"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("pt-br, en", "pt-BR"),
        ("es-419", "es-419"),
        ("english", None),
        ("", None),
    ],
)
def test_language_tags_are_bcp47(raw, tag):
    assert bcp47(raw) == tag


def test_language_sources():
    assert parse(lang="de-AT").metadata.language == "de-AT"
    head = '<meta http-equiv="content-language" content="fr_CA">'
    m = parse(head).metadata
    assert m.language == "fr-CA"
    assert m.provenance["language"] == "meta:content-language"
    assert parse('<meta property="og:locale" content="ru_RU">').metadata.language == (
        "ru-RU"
    )


def test_canonical_url_is_absolute():
    m = parse('<link rel="canonical" href="/news/storm?ref=x">').metadata
    assert m.canonical_url == "https://example.com/news/storm?ref=x"
    assert m.provenance["canonical_url"] == "link:canonical"


def test_description_falls_back_to_the_first_paragraph():
    m = parse().metadata
    assert m.description == (P * 3).strip()
    assert m.provenance["description"] == "body"


# --------------------------------------------------------- page kind, paywall


@pytest.mark.parametrize(
    ("declared", "kind"),
    [
        ({"@type": "LiveBlogPosting", "headline": "Live"}, PageType.LIVE_BLOG),
        ({"@type": "VideoObject", "name": "Clip"}, PageType.VIDEO),
        ({"@type": "ImageGallery", "name": "Pics"}, PageType.GALLERY),
        ({"@type": "CollectionPage", "name": "World"}, PageType.INDEX),
        ({"@type": "BlogPosting", "headline": "Post"}, PageType.ARTICLE),
    ],
)
def test_page_type_from_json_ld(declared, kind):
    m = parse(ld(declared)).metadata
    assert m.page_type is kind
    assert m.provenance["page_type"] == "json-ld"


def test_page_type_from_og_type():
    m = parse('<meta property="og:type" content="video.other">').metadata
    assert m.page_type is PageType.VIDEO
    assert m.provenance["page_type"] == "opengraph"


def test_section_front_is_an_index_page():
    teaser = (
        '<div class="card"><h3><a href="/s{i}">Story number {i} of the day</a></h3>'
        "<p>{p}</p></div>"
    )
    cards = "".join(teaser.format(i=i, p=P * 2) for i in range(12))
    m = parse('<meta property="og:type" content="website">', f"<main>{cards}</main>")
    assert m.metadata.page_type is PageType.INDEX
    assert m.metadata.provenance["page_type"] == "structure"


def test_article_with_many_teasers_is_still_an_article():
    teasers = "".join(
        f'<h3><a href="/s{i}">Other story {i} here</a></h3>' for i in range(12)
    )
    body = f"<article><h1>Storm closes every school in the county</h1><p>{P * 3}</p></article>"
    body += f"<aside>{teasers}</aside>"
    assert parse(body=body).metadata.page_type is PageType.ARTICLE


def test_paywall_from_is_accessible_for_free():
    gated = {
        **ARTICLE,
        "isAccessibleForFree": "False",
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywall",
        },
    }
    m = parse(ld(gated)).metadata
    assert m.paywalled is True
    assert m.provenance["paywalled"] == "json-ld"
    assert parse(ld({**ARTICLE, "isAccessibleForFree": True})).metadata.paywalled is (
        False
    )
    assert parse(ld(ARTICLE)).metadata.paywalled is None


def test_paywall_from_content_tier_and_markup():
    head = '<meta property="article:content_tier" content="locked">'
    assert parse(head).metadata.paywalled is True
    head = '<meta property="article:content_tier" content="free">'
    assert parse(head).metadata.paywalled is False
    wall = '<div class="paywall">Subscribe to continue reading.</div>'
    m = parse(body=BODY + wall).metadata
    assert m.paywalled is True
    assert m.provenance["paywalled"] == "markup"


def test_a_login_widget_named_paywall_is_no_paywall():
    widget = '<div class="paywall-login">Login</div><a class="paywall">Log out</a>'
    assert parse(body=widget + BODY).metadata.paywalled is None


# ------------------------------------------------------------ robustness


def test_provenance_names_every_field_with_a_value():
    m = parse(ld(ARTICLE) + '<meta property="og:site_name" content="E">').metadata
    for field in ("authors", "published", "modified", "publisher", "site_name"):
        assert m.provenance[field] in SOURCES
    assert m.provenance["title"] == "json-ld"
    assert "section" not in m.provenance


def test_a_page_without_any_metadata():
    article = newsparse.parse("<p>hi</p>")
    m = article.metadata
    assert article.title is None
    assert m.authors == ()
    assert m.published is None
    assert m.page_type is PageType.ARTICLE
    assert dict(m.provenance) == {"description": "body", "page_type": "structure"}


# Fragments of the markup the readers look at, to be shuffled into pages.
FRAGMENTS = st.sampled_from(
    [
        '<script type="application/ld+json">',
        "</script>",
        '{"@type": "NewsArticle", "author": ',
        '{"@id": "#a"}',
        '[{"@graph": [',
        '"datePublished": "2019-02-30T25:61:00+99:00"',
        '<meta property="article:published_time" content="',
        '<meta name="author" content="By ',
        '<meta property="og:title" content="',
        '">',
        "<time datetime='",
        "<article><h1>",
        '<div class="byline">',
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">',
        "</div></span></article>",
        "<![CDATA[",
        "]]>",
        " | ",
        " - ",
        "Photos: ",
        "5 марта 2019",
        "\x00",
        "&#0;&amp;#039;",
    ]
)


@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=20)), max_size=30))
def test_metadata_reading_never_raises_on_broken_markup(parts):
    text = "".join(parts)
    try:
        article = newsparse.parse(text, url=URL)
    except NotMarkupError:
        # JSON and mostly-NUL text are refused by design (docs/reference/errors.md),
        # and their UTF-8 bytes alike.
        assert text.strip()[:1] in {"{", "["} or "\x00" in text
        with pytest.raises(NotMarkupError):
            newsparse.parse(text.encode(), url=URL)
        return
    m = article.metadata
    assert set(m.provenance) <= set(FIELDS)
    assert all(source in SOURCES for source in m.provenance.values())
    assert isinstance(m.authors, tuple)
    assert Article.from_dict(article.to_dict()) == article


def test_the_documented_precedence_is_the_code_s():
    doc = (ROOT / "docs" / "explanation" / "metadata.md").read_text(encoding="utf-8")
    for field, sources in PRECEDENCE.items():
        row = f"| `{field}` | " + " › ".join(f"`{s}`" for s in sources) + " |"
        assert row in doc, field
    for source in SOURCES:
        assert f"| `{source}` |" in doc, source
