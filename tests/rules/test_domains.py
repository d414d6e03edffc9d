"""Host normalisation and longest-suffix matching at label boundaries."""

from __future__ import annotations

import pytest

from newsparse._domains import DomainIndex, host_of, normalize_domain, normalize_host


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://News.BBC.co.uk/world", "news.bbc.co.uk"),
        ("https://www.example.com/a", "example.com"),
        ("http://www.example.com:8080/a?b#c", "example.com"),
        ("https://user:pw@example.com:443/", "example.com"),
        ("https://example.com./a", "example.com"),
        ("https://bücher.de/x", "xn--bcher-kva.de"),
        ("https://www.xn--bcher-kva.de/x", "xn--bcher-kva.de"),
        ("https://ПРИМЕР.рф/", "xn--e1afmkfd.xn--p1ai"),
        ("https://www.com/", "www.com"),
        ("https://[::1]:8000/", None),
        ("not a url", None),
        ("https:///path-only", None),
        ("", None),
        (None, None),
    ],
)
def test_hosts_are_normalised(url, host):
    assert host_of(url) == host


def test_a_host_with_an_invalid_label_is_no_host():
    assert normalize_host("exa mple.com") is None
    assert normalize_host("-bad.example.com") is None
    assert normalize_host("a..b.com") is None


@pytest.mark.parametrize(
    ("declared", "normal"),
    [
        ("BBC.co.uk", "bbc.co.uk"),
        ("www.example.com", "example.com"),
        ("example.com:8080", "example.com"),
        ("Bücher.de", "xn--bcher-kva.de"),
        ("*.example.com", "*.example.com"),
        ("*.www.example.com", "*.example.com"),
        ("blogspot.com", "blogspot.com"),
    ],
)
def test_declared_domains_are_normalised(declared, normal):
    assert normalize_domain(declared) == normal


@pytest.mark.parametrize(
    "declared", ["co.uk", "com.au", "ac.jp", "*.co.uk", "com", "*.org", "gov.uk"]
)
def test_public_suffixes_are_refused(declared):
    with pytest.raises(ValueError, match="public suffix"):
        normalize_domain(declared)


@pytest.mark.parametrize(
    "declared",
    ["https://example.com/", "example.com/news", "*example.com", "a b.com", ""],
)
def test_urls_and_patterns_are_not_domains(declared):
    with pytest.raises(ValueError, match=r"not a (valid )?domain"):
        normalize_domain(declared)


INDEX = DomainIndex(
    {
        "bbc.co.uk": "bbc",
        "news.bbc.co.uk": "bbc-news",
        "example.com": "plain",
        "*.example.com": "subdomains",
        "ample.com": "ample",
    }
)


@pytest.mark.parametrize(
    ("host", "domain", "value"),
    [
        ("bbc.co.uk", "bbc.co.uk", "bbc"),
        ("sport.bbc.co.uk", "bbc.co.uk", "bbc"),
        ("news.bbc.co.uk", "news.bbc.co.uk", "bbc-news"),
        ("live.news.bbc.co.uk", "news.bbc.co.uk", "bbc-news"),
        ("example.com", "example.com", "plain"),
        ("blog.example.com", "*.example.com", "subdomains"),
        ("a.b.example.com", "*.example.com", "subdomains"),
        ("ample.com", "ample.com", "ample"),
    ],
)
def test_the_longest_declared_domain_wins(host, domain, value):
    found = INDEX.lookup(host)
    assert found is not None
    assert (found.domain, found.value) == (domain, value)


@pytest.mark.parametrize(
    "host", ["co.uk", "notbbc.co.uk", "xample.com", "com", "sample.com"]
)
def test_suffixes_match_only_at_label_boundaries(host):
    assert INDEX.lookup(host) is None
