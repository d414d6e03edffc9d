"""JSON-LD: what schema.org data in ``<script type="application/ld+json">`` says.

Pages put any number of scripts, each an object, an array or an ``@graph``,
with objects nested (``author``, ``publisher``) or referenced by ``@id``.
This module reads them all with :func:`json.loads` (never regexes over the
text), finds the object that describes the page's own article, and reads its
fields. A script that is not valid JSON is skipped; so is one that is only
wrapped in ``<![CDATA[ ]]>`` or an HTML comment, after unwrapping.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import attrs

from newsparse._dom import Document
from newsparse._segment import normalize_space


__all__ = [
    "ARTICLE_TYPES",
    "JsonLd",
    "read_json_ld",
    "schema_types",
    "strings",
]

# schema.org types of an article or of the page that is one, most specific
# first within each family; the rank decides between several candidates.
ARTICLE_TYPES: dict[str, int] = {
    "newsarticle": 0,
    "reportagenewsarticle": 0,
    "analysisnewsarticle": 0,
    "opinionnewsarticle": 0,
    "reviewnewsarticle": 0,
    "backgroundnewsarticle": 0,
    "askpublicnewsarticle": 0,
    "liveblogposting": 0,
    "blogposting": 1,
    "article": 1,
    "techarticle": 1,
    "scholarlyarticle": 1,
    "socialmediaposting": 1,
    "discussionforumposting": 1,
    "report": 1,
    "review": 2,
    "howto": 2,
    "recipe": 2,
    "videoobject": 2,
    "imagegallery": 3,
    "mediagallery": 3,
    "webpage": 4,
    "itempage": 4,
    "aboutpage": 4,
    "medicalwebpage": 4,
    "qapage": 4,
    "collectionpage": 5,
    "searchresultspage": 5,
    "creativework": 6,
}
_ORGANISATION_TYPES = frozenset(
    {"organization", "newsmediaorganization", "corporation", "website", "brand"}
)
# JSON-LD larger than this is a data dump, not article metadata.
_MAX_SCRIPT_CHARS = 2 * 1024 * 1024
_MAX_OBJECTS = 2000
_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")


@attrs.frozen
class JsonLd:
    """The page's JSON-LD, read once.

    Attributes:
        article: The object describing the page's own article or page, or an
            empty dict.
        website: The ``WebSite`` object, or an empty dict.
        by_id: Every object that has an ``@id``, to resolve references.
        types: The schema.org types of the article object, lowercase.
    """

    article: dict[str, Any]
    website: dict[str, Any]
    by_id: dict[str, dict[str, Any]]
    types: frozenset[str]

    def resolve(self, value: Any) -> Any:
        """Follow an ``{"@id": ...}`` reference to the object it names."""
        if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
            ref = value.get("@id")
            if isinstance(ref, str) and ref in self.by_id:
                return self.by_id[ref]
        return value

    def get(self, key: str) -> Any:
        """A property of the article object, references resolved."""
        value = self.article.get(key)
        if isinstance(value, list):
            return [self.resolve(v) for v in value]
        return self.resolve(value)


def read_json_ld(document: Document, page_urls: tuple[str, ...] = ()) -> JsonLd:
    """Read every JSON-LD script and pick the page's article object.

    Args:
        document: The parsed page.
        page_urls: The page's own URLs (given, canonical), to tell the
            page's article from other articles the scripts describe.

    Returns:
        The article object (empty when none), the site object and the index
        of objects by ``@id``.
    """
    objects = list(_objects(document))
    by_id: dict[str, dict[str, Any]] = {}
    for item in objects:
        ref = item.get("@id")
        if isinstance(ref, str) and len(item) > 2 and ref not in by_id:
            by_id[ref] = item
    wanted = {_url_key(u) for u in page_urls if u}
    best: tuple[int, int, int] | None = None
    article: dict[str, Any] = {}
    website: dict[str, Any] = {}
    for position, item in enumerate(objects):
        types = schema_types(item)
        if "website" in types and not website:
            website = item
        ranks = [ARTICLE_TYPES[t] for t in types if t in ARTICLE_TYPES]
        if not ranks:
            continue
        own = _names_page(item, wanted)
        key = (0 if own else 1, min(ranks), position)
        if best is None or key < best:
            best, article = key, item
    return JsonLd(article, website, by_id, frozenset(schema_types(article)))


def _objects(document: Document) -> Iterator[dict[str, Any]]:
    """Every top-level JSON-LD object, ``@graph`` and ``mainEntity`` opened."""
    count = 0
    for script in document.css("script[type]"):
        kind = (script.attributes.get("type") or "").strip().lower()
        if kind != "application/ld+json":
            continue
        raw = script.text()
        if not raw or len(raw) > _MAX_SCRIPT_CHARS:
            continue
        data = _loads(raw)
        pending: list[Any] = [data]
        while pending and count < _MAX_OBJECTS:
            item = pending.pop(0)
            count += 1
            if isinstance(item, list):
                pending.extend(item)
            elif isinstance(item, dict):
                graph = item.get("@graph")
                if isinstance(graph, list | dict):
                    pending.append(graph)
                main = item.get("mainEntity")
                if isinstance(main, dict) and schema_types(main) & ARTICLE_TYPES.keys():
                    pending.append(main)
                yield item


def _loads(raw: str) -> Any:
    """Parse one script's JSON; None when it is not JSON even unwrapped."""
    text = raw.strip()
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        pass
    # Common damage: CDATA or comment wrappers, a trailing semicolon, and raw
    # control characters (newlines) inside strings.
    text = _WRAPPER.sub("", text).strip().rstrip(";")
    try:
        return json.loads(text, strict=False)
    except (json.JSONDecodeError, RecursionError):
        return None


def schema_types(item: Any) -> set[str]:
    """An object's ``@type`` values, lowercase, without the schema.org prefix."""
    if not isinstance(item, dict):
        return set()
    raw = item.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {v.rsplit("/", 1)[-1].lower() for v in values if isinstance(v, str)}


def is_organisation(item: Any) -> bool:
    """Whether a JSON-LD value is typed as an organisation."""
    return bool(schema_types(item) & _ORGANISATION_TYPES)


def strings(value: Any, *keys: str) -> list[str]:
    """The text values of a property of any common shape.

    A string is itself; a list gives each member; an object gives its first
    present *keys* (``name``, ``url``...).
    """
    items = value if isinstance(value, list) else [value]
    found: list[str] = []
    for item in items[:50]:
        if isinstance(item, dict):
            for key in keys:
                inner = item.get(key)
                if isinstance(inner, str | list):
                    found.extend(strings(inner))
                    break
        elif isinstance(item, str):
            text = normalize_space(item)
            if text:
                found.append(text)
        elif isinstance(item, int | float) and not isinstance(item, bool):
            found.append(str(item))
    return found


def _names_page(item: dict[str, Any], wanted: set[str]) -> bool:
    if not wanted:
        return False
    refs = [item.get("url"), item.get("@id"), item.get("mainEntityOfPage")]
    for ref in refs:
        for value in strings(ref, "@id", "url"):
            if _url_key(value) in wanted:
                return True
    return False


def _url_key(url: str) -> str:
    """Compare URLs without scheme, ``www.``, fragment or trailing slash."""
    text = url.strip().split("#", 1)[0].split("?", 1)[0].lower()
    text = re.sub(r"^https?://(?:www\.)?", "", text)
    return text.rstrip("/")
