from __future__ import annotations

import datetime as dt

import newsparse
from newsparse._dates import parse_date


HEAD = """
<html lang="en_GB"><head>
<title>Storm closes schools | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta name="description" content="Schools shut as the storm arrives.">
<meta property="article:section" content="Weather">
<meta property="article:tag" content="storm"><meta property="article:tag" content="schools">
<link rel="canonical" href="/news/storm">
<meta property="og:image" content="/img/storm.jpg">
{extra}
</head><body><article><h1>Storm closes schools</h1><p>{p}</p></article></body></html>
"""
P = "All schools in the county were closed on Monday as the storm made landfall early."


def parse(extra: str = "") -> newsparse.Article:
    return newsparse.parse(HEAD.format(extra=extra, p=P), url="https://example.com/x")


def test_title_loses_the_site_suffix():
    assert parse().title == "Storm closes schools"


def test_basic_fields():
    m = parse().metadata
    assert m.site_name == "The Daily Example"
    assert m.description == "Schools shut as the storm arrives."
    assert m.section == "Weather"
    assert m.tags == ("storm", "schools")
    assert m.canonical_url == "https://example.com/news/storm"
    assert m.image == "https://example.com/img/storm.jpg"
    assert m.language == "en-GB"


def test_json_ld_author_and_dates():
    ld = """<script type="application/ld+json">{"@context":"https://schema.org",
    "@graph":[{"@type":"WebSite","name":"Example"},{"@type":"NewsArticle",
    "headline":"Storm closes schools","datePublished":"2024-01-08T07:30:00-05:00",
    "dateModified":"2024-01-08T09:00:00-05:00",
    "author":[{"@type":"Person","name":"By Jane Doe"},{"@type":"Organization","name":"Wire"}],
    "publisher":{"@type":"Organization","name":"Example Media"}}]}</script>"""
    m = parse(ld).metadata
    assert m.authors == ("Jane Doe",)
    assert m.publisher == "Example Media"
    assert m.published == dt.datetime(
        2024, 1, 8, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert m.modified is not None
    assert m.modified > m.published  # type: ignore[operator]


def test_malformed_json_ld_is_skipped():
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", oops</script>'
    assert parse(ld).title == "Storm closes schools"


def test_meta_authors_are_split_and_cleaned():
    m = parse('<meta name="author" content="By Ann Lee and Bob Ray">').metadata
    assert m.authors == ("Ann Lee", "Bob Ray")


def test_author_urls_are_not_names():
    m = parse(
        '<meta property="article:author" content="https://fb.com/someone">'
    ).metadata
    assert m.authors == ()


def test_parse_date_keeps_offsets_and_days():
    assert parse_date("2020-02-03") == dt.date(2020, 2, 3)
    aware = parse_date("2020-02-03T04:05:06Z")
    assert isinstance(aware, dt.datetime)
    assert aware.utcoffset() == dt.timedelta(0)
    naive = parse_date("2020-02-03 04:05")
    assert isinstance(naive, dt.datetime)
    assert naive.tzinfo is None
    assert parse_date("March 5, 2019") == dt.date(2019, 3, 5)
    assert parse_date("not a date") is None
    assert parse_date("1776-07-04") is None
