"""``<meta>``, ``<link>`` and ``<html>``: the conventions pages declare in.

OpenGraph (``og:*``, ``article:*``), Twitter cards, Dublin Core (``dc.*``,
``dcterms.*``, either separator, any case), Parse.ly (``parsely-*`` and the
``parsely-page`` JSON), Sailthru (``sailthru.*``), the plain names (``author``,
``description``, ``keywords``, ``date``...), ``<link rel=canonical>`` and
``<html lang>``. Each value becomes a :class:`Candidate` named by its source.
``<meta itemprop>`` alone is microdata and is read by ``_microdata.py``.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator

from newsparse._dates import parse_date
from newsparse._dom import Document
from newsparse._precedence import Candidate
from newsparse._segment import normalize_space


__all__ = ["bcp47", "clean_text", "read_meta_tags", "split_keywords"]

# (field, source) per lowercase meta key. A value that is not a date (for
# date fields) or is empty is skipped by the readers.
_KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    # OpenGraph and its article namespace
    "og:title": (("title", "opengraph"),),
    "og:description": (("description", "opengraph"),),
    "og:site_name": (("site_name", "opengraph"),),
    "og:url": (("canonical_url", "opengraph"),),
    "og:image": (("image", "opengraph"),),
    "og:image:url": (("image", "opengraph"),),
    "og:image:secure_url": (("image", "opengraph"),),
    "og:locale": (("language", "opengraph"),),
    "og:type": (("page_type", "opengraph"),),
    "og:published_time": (("published", "opengraph"),),
    "og:updated_time": (("modified", "opengraph"),),
    "article:published_time": (("published", "opengraph"),),
    "article:published": (("published", "opengraph"),),
    "article:modified_time": (("modified", "opengraph"),),
    "article:modified": (("modified", "opengraph"),),
    "article:author": (("authors", "opengraph"),),
    "article:publisher": (("publisher", "opengraph"),),
    "article:section": (("section", "opengraph"),),
    "article:tag": (("tags", "opengraph"),),
    "article:content_tier": (("paywalled", "opengraph"),),
    # Twitter cards
    "twitter:title": (("title", "twitter"),),
    "twitter:description": (("description", "twitter"),),
    "twitter:image": (("image", "twitter"),),
    "twitter:image:src": (("image", "twitter"),),
    "twitter:url": (("canonical_url", "twitter"),),
    "twitter:creator": (("authors", "twitter"),),
    # Dublin Core (keys are normalised to "dc." / "dcterms.")
    "dc.title": (("title", "dublin-core"),),
    "dcterms.title": (("title", "dublin-core"),),
    "dc.creator": (("authors", "dublin-core"),),
    "dcterms.creator": (("authors", "dublin-core"),),
    "dc.publisher": (("publisher", "dublin-core"),),
    "dcterms.publisher": (("publisher", "dublin-core"),),
    "dc.date": (("published", "dublin-core"),),
    "dc.date.issued": (("published", "dublin-core"),),
    "dc.date.created": (("published", "dublin-core"),),
    "dcterms.date": (("published", "dublin-core"),),
    "dcterms.issued": (("published", "dublin-core"),),
    "dcterms.created": (("published", "dublin-core"),),
    "dc.date.modified": (("modified", "dublin-core"),),
    "dcterms.modified": (("modified", "dublin-core"),),
    "dc.language": (("language", "dublin-core"),),
    "dcterms.language": (("language", "dublin-core"),),
    "dc.description": (("description", "dublin-core"),),
    "dcterms.description": (("description", "dublin-core"),),
    "dcterms.abstract": (("description", "dublin-core"),),
    "dc.subject": (("tags", "dublin-core"),),
    "dcterms.subject": (("tags", "dublin-core"),),
    # Parse.ly
    "parsely-title": (("title", "parsely"),),
    "parsely-author": (("authors", "parsely"),),
    "parsely-pub-date": (("published", "parsely"),),
    "parsely-section": (("section", "parsely"),),
    "parsely-tags": (("tags", "parsely"),),
    "parsely-link": (("canonical_url", "parsely"),),
    "parsely-image-url": (("image", "parsely"),),
    # Sailthru
    "sailthru.title": (("title", "sailthru"),),
    "sailthru.author": (("authors", "sailthru"),),
    "sailthru.date": (("published", "sailthru"),),
    "sailthru.tags": (("tags", "sailthru"),),
    "sailthru.description": (("description", "sailthru"),),
    "sailthru.image.full": (("image", "sailthru"),),
    # Plain names
    "title": (("title", "meta:title"),),
    "headline": (("title", "meta:title"),),
    "author": (("authors", "meta:author"),),
    "byl": (("authors", "meta:byl"),),
    "citation_author": (("authors", "meta:citation"),),
    "citation_publication_date": (("published", "meta:citation"),),
    "citation_date": (("published", "meta:citation"),),
    "description": (("description", "meta:description"),),
    "keywords": (("tags", "meta:keywords"),),
    "news_keywords": (("tags", "meta:keywords"),),
    "section": (("section", "meta:section"),),
    "category": (("section", "meta:section"),),
    "application-name": (("site_name", "meta:application-name"),),
    "publisher": (("publisher", "meta:publisher"),),
    "language": (("language", "meta:content-language"),),
    "content-language": (("language", "meta:content-language"),),
    "image": (("image", "meta:image"),),
    "thumbnail": (("image", "meta:image"),),
    "date": (("published", "meta:date"),),
    "pubdate": (("published", "meta:date"),),
    "publishdate": (("published", "meta:date"),),
    "publish-date": (("published", "meta:date"),),
    "publish_date": (("published", "meta:date"),),
    "published-date": (("published", "meta:date"),),
    "published_time": (("published", "meta:date"),),
    "publication_date": (("published", "meta:date"),),
    "datepublished": (("published", "meta:date"),),
    "date.published": (("published", "meta:date"),),
    "article.published": (("published", "meta:date"),),
    "original-publish-date": (("published", "meta:date"),),
    "sort_date": (("published", "meta:date"),),
    "last-modified": (("modified", "meta:modified"),),
    "lastmod": (("modified", "meta:modified"),),
    "datemodified": (("modified", "meta:modified"),),
    "date.modified": (("modified", "meta:modified"),),
    "article.updated": (("modified", "meta:modified"),),
    "revised": (("modified", "meta:modified"),),
}
_DATE_FIELDS = frozenset({"published", "modified"})
_LIST_FIELDS = frozenset({"tags"})
_URL_FIELDS = frozenset({"canonical_url", "image"})
_DC = re.compile(r"^(dc|dcterms?)[.:_]", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.IGNORECASE)


def read_meta_tags(document: Document) -> Iterator[Candidate]:
    """Candidates from every ``<meta>`` convention, ``<link>`` and ``<html>``.

    Args:
        document: The parsed page.

    Yields:
        Candidates in document order within each key.
    """
    yield from _html_lang(document)
    for node in document.css("link[rel][href]"):
        rels = (node.attributes.get("rel") or "").lower().split()
        href = (node.attributes.get("href") or "").strip()
        if "canonical" in rels and href:
            yield Candidate("canonical_url", "link:canonical", href)
        elif "image_src" in rels and href:
            yield Candidate("image", "link:image_src", href)
    # RDFa's property= is how OpenGraph and Dublin Core are specified; a
    # page that also has name= for the same key gets the property= value.
    later: list[Candidate] = []
    for node in document.css("meta[content]"):
        attributes = node.attributes
        content = attributes.get("content")
        if not content or not content.strip():
            continue
        for attribute in ("property", "name", "http-equiv"):
            raw = attributes.get(attribute)
            if not raw:
                continue
            for key in raw.split():
                found = _from_key(_normalise_key(key), content)
                if attribute == "property":
                    yield from found
                else:
                    later.extend(found)
    yield from later


def _normalise_key(key: str) -> str:
    key = key.strip().lower()
    return _DC.sub(lambda m: "dcterms." if m.group(1) != "dc" else "dc.", key)


def _from_key(key: str, content: str) -> Iterator[Candidate]:
    if key == "parsely-page":
        yield from _parsely_page(content)
        return
    for field, source in _KEYS.get(key, ()):
        if field in _DATE_FIELDS:
            day = parse_date(content)
            if day is not None:
                yield Candidate(field, source, day)
        elif field in _LIST_FIELDS:
            yield Candidate(field, source, split_keywords(content))
        elif field == "authors":
            text = clean_text(content)
            if text and not text.startswith(("http://", "https://", "www.")):
                yield Candidate(field, source, (text,))
        elif field == "language":
            lang = bcp47(content)
            if lang:
                yield Candidate(field, source, lang)
        elif field in _URL_FIELDS:
            yield Candidate(field, source, content.strip())
        elif field == "publisher":
            text = clean_text(content)
            if text and not text.startswith(("http://", "https://", "www.")):
                yield Candidate(field, source, text)
        else:
            text = clean_text(content)
            if text:
                yield Candidate(field, source, text)


def _parsely_page(content: str) -> Iterator[Candidate]:
    """The legacy ``parsely-page`` JSON: title, author(s), date, section, tags."""
    try:
        data = json.loads(content)
    except (json.JSONDecodeError, RecursionError):
        return
    if not isinstance(data, dict):
        return
    title = data.get("title")
    if isinstance(title, str) and clean_text(title):
        yield Candidate("title", "parsely", clean_text(title))
    authors = data.get("authors", data.get("author"))
    names = [authors] if isinstance(authors, str) else authors
    if isinstance(names, list):
        clean = tuple(clean_text(n) for n in names if isinstance(n, str))
        yield Candidate("authors", "parsely", tuple(n for n in clean if n))
    date = data.get("pub_date")
    if isinstance(date, str):
        day = parse_date(date)
        if day is not None:
            yield Candidate("published", "parsely", day)
    section = data.get("section")
    if isinstance(section, str) and clean_text(section):
        yield Candidate("section", "parsely", clean_text(section))
    tags = data.get("tags")
    if isinstance(tags, list):
        yield Candidate(
            "tags",
            "parsely",
            tuple(t for t in (clean_text(t) for t in tags if isinstance(t, str)) if t),
        )


def _html_lang(document: Document) -> Iterator[Candidate]:
    node = document.css_first("html")
    if node is None:
        return
    for attribute in ("lang", "xml:lang"):
        lang = bcp47(node.attributes.get(attribute))
        if lang:
            yield Candidate("language", "html-lang", lang)
            return


def clean_text(value: str) -> str:
    """Whitespace collapsed, and entities decoded when a page escaped twice.

    ``content="That&amp;#039;s"`` reaches us as ``That&#039;s``: a value that
    still holds entity references after parsing was escaped twice.
    """
    text = normalize_space(value)
    if _ENTITY.search(text):
        text = normalize_space(html.unescape(text))
    return text


def split_keywords(value: str) -> tuple[str, ...]:
    """``"a, b; c"`` → ``("a", "b", "c")``; duplicates dropped, order kept."""
    seen: set[str] = set()
    tags: list[str] = []
    for part in re.split(r"[,;]", value):
        tag = clean_text(part)
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tuple(tags)


_LANG = re.compile(
    r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|\d{3}))?"
)


def bcp47(value: str | None) -> str | None:
    """A BCP 47 language tag in its canonical case, or None.

    ``"en_US"`` → ``"en-US"``, ``"zh-hant-tw"`` → ``"zh-Hant-TW"``,
    ``"EN"`` → ``"en"``. Only language, script and region are kept; anything
    that does not start with a language subtag is no language.
    """
    if not value:
        return None
    text = value.strip().split(",")[0].strip()
    match = _LANG.match(text)
    if match is None:
        return None
    end = match.end()
    if end < len(text) and text[end] not in "-_":
        return None  # "english", "eng-x" are not tags we can trust
    language, script, region = match.groups()
    parts = [language.lower()]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    return "-".join(parts)
