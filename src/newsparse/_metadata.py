"""Title and metadata from what the page declares about itself.

Read before cleaning, because the sources live in ``<head>`` and in
``<script type="application/ld+json">``, which cleaning removes. Sources, in
the order they are trusted: JSON-LD, OpenGraph/article, other ``<meta>``
conventions, then the markup itself (``<title>``, ``<h1>``, ``<time>``,
``<html lang>``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import attrs

from newsparse._dates import parse_date
from newsparse._dom import Document, attr
from newsparse._links import document_base, resolve_url
from newsparse._model import Metadata
from newsparse._segment import normalize_space


__all__ = ["PageFacts", "read_metadata"]

_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "techarticle",
        "scholarlyarticle",
        "report",
        "webpage",
        "itempage",
        "medicalwebpage",
        "creativework",
        "videoobject",
    }
)

_ORGANISATION_TYPES = frozenset(
    {"organization", "newsmediaorganization", "corporation", "website"}
)

# JSON-LD larger than this is data dumps, not article metadata.
_MAX_JSON_LD = 2 * 1024 * 1024
_MAX_JSON_ITEMS = 2000


@attrs.frozen(kw_only=True)
class PageFacts:
    """What the page says about itself, before the body is found."""

    title: str | None
    metadata: Metadata
    base_url: str | None


def _meta_index(document: Document) -> dict[str, list[str]]:
    """Map every ``<meta>`` name/property (lowercased) to its values, in order."""
    index: dict[str, list[str]] = {}
    for node in document.css("meta[content]"):
        attributes = node.attributes
        content = attributes.get("content")
        if not content:
            continue
        for key in ("property", "name", "itemprop", "http-equiv"):
            name = attributes.get(key)
            if name:
                index.setdefault(name.strip().lower(), []).append(content.strip())
    return index


def _first(index: dict[str, list[str]], *names: str) -> str | None:
    for name in names:
        for value in index.get(name, ()):
            clean = normalize_space(value)
            if clean:
                return clean
    return None


def _json_ld_objects(document: Document) -> Iterator[dict[str, Any]]:
    """Every JSON object of every JSON-LD script, ``@graph`` flattened."""
    for script in document.css('script[type="application/ld+json"]'):
        raw = script.text()
        if not raw or len(raw) > _MAX_JSON_LD:
            continue
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, RecursionError):
            continue
        pending: list[Any] = [data]
        seen = 0
        while pending and seen < _MAX_JSON_ITEMS:
            item = pending.pop(0)
            seen += 1
            if isinstance(item, list):
                pending.extend(item)
            elif isinstance(item, dict):
                graph = item.get("@graph")
                if isinstance(graph, list):
                    pending.extend(graph)
                yield item


def _types(item: dict[str, Any]) -> set[str]:
    raw = item.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {v.lower() for v in values if isinstance(v, str)}


def _names(value: Any, *, people_only: bool = False) -> list[str]:
    """Names from a JSON-LD person/organisation value of any common shape.

    With *people_only*, organisations are skipped: they are publishers,
    not authors.
    """
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            if people_only and _types(item) & _ORGANISATION_TYPES:
                continue
            name = item.get("name")
            if isinstance(name, str):
                names.append(name)
            elif isinstance(name, list):
                names.extend(n for n in name if isinstance(n, str))
    return [n for n in (normalize_space(n) for n in names) if n]


def _string(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("url") or value.get("name") or value.get("@id")
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = normalize_space(str(value))
        return text or None
    return None


_BYLINE_PREFIX = re.compile(
    r"^(?:by|von|par|por|di|door|от|автор[ы]?:?|written by|posted by)\s+",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(r"https?://|www\.|@|\d{4}", re.IGNORECASE)


def clean_author(text: str) -> str | None:
    """A personal name from a byline-ish string, or None."""
    name = normalize_space(_BYLINE_PREFIX.sub("", normalize_space(text)))
    if not name or len(name) > 80 or _NOT_A_NAME.search(name):
        return None
    return name


def _dedupe(values: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    result: list[str] = []
    for value in values:
        key = value.casefold()
        if key not in seen:
            seen.add(key)
            result.append(value)
    return tuple(result)


def _split_authors(values: list[str]) -> list[str]:
    names: list[str] = []
    for value in values:
        # No \s* around the separators: clean_author strips the parts, and
        # a leading \s* would rescan every run of spaces (quadratic).
        for part in re.split(r",|;|\band\b|\bund\b|\bet\b|&|\|", value):
            name = clean_author(part)
            if name:
                names.append(name)
    return names


# (?<!\s): start at a run of spaces, not inside it (linear, not quadratic).
_TITLE_SEPARATORS = re.compile(r"(?<!\s)\s+[|\-–—:·•»«/]\s+")


def _strip_site_suffix(title: str, site_name: str | None) -> str:
    """``"Headline - Site"`` → ``"Headline"`` when that end names the site."""
    separators = list(_TITLE_SEPARATORS.finditer(title))
    if not separators or not site_name:
        return title
    key = site_name.casefold()
    last, first = separators[-1], separators[0]
    if key in title[last.end() :].casefold():
        return title[: last.start()].strip() or title
    if key in title[: first.start()].casefold():
        return title[first.end() :].strip() or title
    return title


def _absolute(url: str | None, base: str | None) -> str | None:
    return resolve_url(url, base)


def read_metadata(document: Document, url: str | None) -> PageFacts:
    """Read the page's title and metadata from every source it offers."""
    meta = _meta_index(document)
    ld_article: dict[str, Any] = {}
    ld_site: str | None = None
    for item in _json_ld_objects(document):
        types = _types(item)
        if types & _ARTICLE_TYPES and not ld_article:
            ld_article = item
        if "website" in types and ld_site is None:
            ld_site = _string(item.get("name"))

    canonical_node = document.css_first('link[rel="canonical"][href]')
    canonical = _absolute(
        attr(canonical_node, "href") if canonical_node is not None else None, url
    ) or _absolute(_first(meta, "og:url"), url)
    base = document_base(document, url or canonical)

    site_name = _first(meta, "og:site_name", "application-name") or ld_site
    publisher_names = _names(ld_article.get("publisher"))
    publisher = publisher_names[0] if publisher_names else None
    site_name = site_name or publisher

    title_node = document.css_first("title")
    html_title = normalize_space(title_node.text()) if title_node is not None else ""
    title = (
        _string(ld_article.get("headline"))
        or _first(meta, "og:title", "twitter:title", "dc.title", "sailthru.title")
        or (_strip_site_suffix(html_title, site_name) if html_title else None)
    )
    if title and site_name:
        title = _strip_site_suffix(title, site_name)

    authors = _names(ld_article.get("author"), people_only=True)
    if not authors:
        raw = [
            v
            for name in (
                "author",
                "article:author",
                "dc.creator",
                "parsely-author",
                "sailthru.author",
            )
            for v in meta.get(name, ())
            if not v.startswith(("http://", "https://"))
        ]
        authors = raw
    authors_clean = _dedupe(_split_authors(authors))

    published = parse_date(_string(ld_article.get("datePublished"))) or parse_date(
        _first(
            meta,
            "article:published_time",
            "og:published_time",
            "datepublished",
            "publishdate",
            "pubdate",
            "date",
            "dc.date",
            "dc.date.issued",
            "dcterms.created",
            "parsely-pub-date",
            "sailthru.date",
        )
    )
    if published is None:
        time_node = document.css_first("time[datetime]")
        if time_node is not None:
            published = parse_date(attr(time_node, "datetime"))
    modified = parse_date(_string(ld_article.get("dateModified"))) or parse_date(
        _first(
            meta,
            "article:modified_time",
            "og:updated_time",
            "datemodified",
            "dcterms.modified",
        )
    )

    html_node = document.css_first("html")
    language = (attr(html_node, "lang") if html_node is not None else None) or _first(
        meta, "content-language", "og:locale", "dc.language", "language"
    )
    language = _bcp47(language)

    tags = _dedupe(
        [normalize_space(t) for t in meta.get("article:tag", ()) if normalize_space(t)]
        or [
            k
            for k in (
                normalize_space(k)
                for k in ",".join(meta.get("keywords", ())).split(",")
            )
            if k
        ]
    )
    image = _absolute(
        _string(ld_article.get("image")) or _first(meta, "og:image", "twitter:image"),
        base,
    )
    metadata = Metadata(
        authors=authors_clean,
        published=published,
        modified=modified,
        language=language,
        site_name=site_name,
        publisher=publisher,
        section=_string(ld_article.get("articleSection"))
        or _first(meta, "article:section"),
        tags=tags,
        description=_first(meta, "description", "og:description", "twitter:description")
        or _string(ld_article.get("description")),
        canonical_url=canonical,
        image=image,
    )
    return PageFacts(title=title or None, metadata=metadata, base_url=base)


_LANG = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z0-9]{2,8}))?")


def _bcp47(value: str | None) -> str | None:
    """``"en_US"`` → ``"en-US"``; garbage → None."""
    if not value:
        return None
    match = _LANG.match(value.strip())
    if match is None:
        return None
    primary, region = match.group(1).lower(), match.group(2)
    if region is None:
        return primary
    region = region.upper() if len(region) == 2 else region
    return f"{primary}-{region}"
