"""Which source wins for each metadata field: the one place that says so.

Every reader (JSON-LD, ``<meta>`` conventions, microdata, the markup) offers
:class:`Candidate` values named by their source; :data:`PRECEDENCE` lists,
per field, the sources in the order they are trusted, and :func:`choose`
takes the first source that offered a usable value. The source that won is
what ``Metadata.provenance`` reports.

The order is measured, not guessed: ``benchmarks/metadata_sources.py``
prints, per field and source, how often the source offers a value and how
often that value matches the truth of the Readability corpus, and how often
it agrees with the other sources on both corpora. The figures behind the
current order are in ``docs/explanation/metadata.md``. A source absent from
a field's list is never used for that field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs


__all__ = ["FIELDS", "PRECEDENCE", "SOURCES", "Candidate", "choose"]


@attrs.frozen
class Candidate:
    """One value for one field, as one source gives it.

    Attributes:
        field: The field, a name from :data:`FIELDS`.
        source: Where it came from, a name from :data:`SOURCES`.
        value: The value, already typed for the field (``str``, a tuple of
            strings, a date...); raw author strings are cleaned later.
    """

    field: str
    source: str
    value: Any


# What each source name means; these strings are public, in provenance.
SOURCES: Mapping[str, str] = {
    "json-ld": "schema.org JSON-LD: the page's article object (or WebSite)",
    "json-ld:publisher": "schema.org JSON-LD: the article's publisher object",
    "microdata": "schema.org microdata (itemscope/itemprop) of the article",
    "opengraph": "OpenGraph og:* and article:* <meta property>",
    "twitter": "Twitter card <meta name=twitter:*> (creator only when a name, "
    "not an @handle)",
    "dublin-core": "Dublin Core <meta name=dc.* / dcterms.*>",
    "parsely": "Parse.ly <meta name=parsely-*>",
    "sailthru": "Sailthru <meta name=sailthru.*>",
    "meta:author": "<meta name=author>",
    "meta:byl": "<meta name=byl> (a byline as text)",
    "meta:citation": "Highwire/Google Scholar <meta name=citation_*>",
    "meta:date": "<meta name=date / pubdate / publishdate / ...>",
    "meta:modified": "<meta name=last-modified / datemodified / ...>",
    "meta:description": "<meta name=description>",
    "meta:keywords": "<meta name=keywords / news_keywords>",
    "meta:section": "<meta name=section / category>",
    "meta:title": "<meta name=title / headline>",
    "meta:application-name": "<meta name=application-name>",
    "meta:publisher": "<meta name=publisher>",
    "meta:content-language": "<meta http-equiv=content-language> or name=language",
    "meta:image": "<meta name=image / thumbnail>",
    "link:canonical": '<link rel="canonical">',
    "link:image_src": '<link rel="image_src">',
    "html-lang": "<html lang> (or xml:lang)",
    "title-element": "<title>, the site's name removed",
    "h1": "the page's one <h1>",
    "byline": "a byline in the markup: rel=author, itemprop=author, "
    "class=byline/author, or a 'By ...' line by the headline",
    "time": "a <time datetime> by the headline, not in a sidebar or comment",
    "date-text": "a date written in the byline or dateline by the headline",
    "url": "a date spelled in the page's URL, such as /2019/03/05/",
    "structure": "the page's structure (many teasers, little prose)",
    "markup": "paywall markup (class=paywall)",
    "body": "the first paragraph of the extracted body",
    "rule": "a site rule's selector (newsparse.rules), which overrides the rest",
}

FIELDS = (
    "title",
    "authors",
    "published",
    "modified",
    "language",
    "site_name",
    "publisher",
    "section",
    "tags",
    "description",
    "canonical_url",
    "image",
    "page_type",
    "paywalled",
)

# Per field, the sources in the order they are trusted.
PRECEDENCE: Mapping[str, tuple[str, ...]] = {
    "title": (
        "dublin-core",
        "json-ld",
        "opengraph",
        "twitter",
        "meta:title",
        "microdata",
        "title-element",
        "parsely",
        "sailthru",
        "h1",
    ),
    "authors": (
        "json-ld",
        "microdata",
        "dublin-core",
        "meta:author",
        "parsely",
        "sailthru",
        "meta:byl",
        "opengraph",
        "meta:citation",
        "twitter",
        "byline",
    ),
    "published": (
        "json-ld",
        "opengraph",
        "microdata",
        "dublin-core",
        "parsely",
        "meta:date",
        "meta:citation",
        "url",
        "sailthru",
        "time",
        "date-text",
    ),
    "modified": (
        "json-ld",
        "opengraph",
        "microdata",
        "dublin-core",
        "meta:modified",
        "time",
    ),
    "language": (
        "html-lang",
        "meta:content-language",
        "json-ld",
        "dublin-core",
        "opengraph",
        "microdata",
    ),
    "site_name": (
        "json-ld:publisher",
        "opengraph",
        "json-ld",
        "meta:application-name",
    ),
    "publisher": (
        "json-ld:publisher",
        "microdata",
        "dublin-core",
        "meta:publisher",
        "json-ld",
        "opengraph",
    ),
    "section": (
        "json-ld",
        "opengraph",
        "microdata",
        "parsely",
        "meta:section",
    ),
    "tags": (
        "json-ld",
        "opengraph",
        "parsely",
        "sailthru",
        "meta:keywords",
        "dublin-core",
        "microdata",
    ),
    "description": (
        "json-ld",
        "dublin-core",
        "opengraph",
        "microdata",
        "meta:description",
        "twitter",
        "sailthru",
        "body",
    ),
    "canonical_url": (
        "link:canonical",
        "opengraph",
        "json-ld",
        "parsely",
        "twitter",
    ),
    "image": (
        "opengraph",
        "json-ld",
        "twitter",
        "microdata",
        "link:image_src",
        "parsely",
        "sailthru",
        "meta:image",
    ),
    "page_type": ("json-ld", "opengraph", "microdata", "structure"),
    "paywalled": ("json-ld", "opengraph", "markup"),
}


def choose(
    candidates: Iterable[Candidate],
    precedence: Mapping[str, tuple[str, ...]] = PRECEDENCE,
) -> dict[str, Candidate]:
    """The winning candidate of each field: first by source rank, then order.

    Args:
        candidates: Every value every source offered, in document order
            within a source.
        precedence: Source order per field (tests pass their own).

    Returns:
        One candidate per field that has any; empty values never win.
    """
    best: dict[str, tuple[int, Candidate]] = {}
    for candidate in candidates:
        order = precedence.get(candidate.field, ())
        if candidate.source not in order or _empty(candidate.value):
            continue
        rank = order.index(candidate.source)
        held = best.get(candidate.field)
        if held is None or rank < held[0]:
            best[candidate.field] = (rank, candidate)
    return {field: candidate for field, (_, candidate) in best.items()}


def _empty(value: Any) -> bool:
    return value is None or value in ("", ())
