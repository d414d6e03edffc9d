"""Title and metadata from every source the page offers, with provenance.

Read before cleaning, because the sources live in ``<head>``, in
``<script type="application/ld+json">`` and in bylines that cleaning may
remove. Each reader offers candidates named by their source (JSON-LD,
OpenGraph, Twitter, Dublin Core, Parse.ly, Sailthru, plain ``<meta>`` names,
microdata, the byline and ``<time>`` by the headline, the URL, ``<title>``,
``<h1>``); :mod:`newsparse._precedence` picks one per field, and the source
that won becomes the field's provenance.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from typing import Any
from urllib.parse import urlsplit

import attrs

from newsparse._byline import read_headline, read_markup
from newsparse._dates import date_from_url, parse_date
from newsparse._dom import Document
from newsparse._jsonld import (
    JsonLd,
    is_organisation,
    read_json_ld,
    schema_types,
    strings,
)
from newsparse._links import link_base, resolve_url
from newsparse._metatags import bcp47, clean_text, read_meta_tags, split_keywords
from newsparse._microdata import read_microdata
from newsparse._model import Block, BlockKind, Metadata, PageType
from newsparse._names import name_key, read_byline
from newsparse._pagekind import (
    content_tier,
    og_page_type,
    read_structure,
    schema_page_type,
)
from newsparse._precedence import FIELDS, PRECEDENCE, Candidate, choose
from newsparse._segment import normalize_space


__all__ = ["PageFacts", "collect_candidates", "fill_from_body", "read_metadata"]


@attrs.frozen(kw_only=True)
class PageFacts:
    """What the page says about itself, before the body is found."""

    title: str | None
    metadata: Metadata
    base_url: str | None


def read_metadata(document: Document, url: str | None) -> PageFacts:
    """Read the page's title and metadata from every source it offers.

    Args:
        document: The parsed page, before cleaning.
        url: The page's URL, if known.

    Returns:
        The title, the metadata with its provenance, and the base URL for
        resolving the body's links.
    """
    candidates = collect_candidates(document, url)
    facts = _build(candidates, url)
    # <base href> applies here, once: every relative link of the page (body,
    # captions, related links, a site rule's) resolves against this base.
    return attrs.evolve(facts, base_url=link_base(document, facts.base_url))


def collect_candidates(
    document: Document, url: str | None, *, complete: bool = False
) -> list[Candidate]:
    """Every value the sources offer, cleaned and typed, unranked.

    The markup is searched only for what the declarations leave open (it
    ranks last and costs most), unless *complete* is set, as
    ``benchmarks/metadata_sources.py`` does to measure every source.
    """
    raw = list(read_meta_tags(document))
    page_urls = tuple(
        u for u in [url, *(c.value for c in raw if c.field == "canonical_url")] if u
    )
    ld = read_json_ld(document, page_urls)
    raw.extend(_json_ld_candidates(ld))
    raw.extend(read_microdata(document))
    raw.extend(read_headline(document))
    offered = {c.field for c in raw if _declares(c)}
    people = any(
        read_byline(name).people
        for c in raw
        if c.field == "authors"
        for name in c.value
    )
    raw.extend(
        read_markup(
            document,
            authors=complete or not people,
            dates=complete or not {"published", "modified"} <= offered,
        )
    )
    raw.extend(
        read_structure(
            document,
            page_type=complete or "page_type" not in offered,
            paywall=complete or "paywalled" not in offered,
        )
    )
    title_node = document.css_first("title")
    if title_node is not None:
        title = clean_text(title_node.text())
        if title:
            raw.append(Candidate("title", "title-element", title))
    day = date_from_url(url)
    if day is None:
        day = next(
            (
                found
                for c in raw
                if c.field == "canonical_url" and c.source == "link:canonical"
                for found in [date_from_url(c.value)]
                if found is not None
            ),
            None,
        )
    if day is not None:
        raw.append(Candidate("published", "url", day))
    return _clean(raw, url)


def _declares(candidate: Candidate) -> bool:
    """Whether a raw candidate will give its field a value once cleaned."""
    if candidate.source == "opengraph" and candidate.field == "page_type":
        return og_page_type(candidate.value) is not None
    if candidate.source == "opengraph" and candidate.field == "paywalled":
        return content_tier(candidate.value) is not None
    return True


def fill_from_body(metadata: Metadata, body: tuple[Block, ...]) -> Metadata:
    """Give a page without a description its first paragraph as one.

    The lead paragraph is the summary news writing puts first; its
    provenance, ``"body"``, says that the page declared none. Like every
    metadata text it is one line: the paragraph's line breaks (kept from
    ``<br>``) become spaces.
    """
    if metadata.description is not None:
        return metadata
    lead = next(
        (" ".join(b.text.split()) for b in body if b.kind is BlockKind.PARAGRAPH),
        None,
    )
    if not lead:
        return metadata
    sources = {**metadata.provenance, "description": "body"}
    provenance = {field: sources[field] for field in FIELDS if field in sources}
    return attrs.evolve(metadata, description=lead, provenance=provenance)


# ----------------------------------------------------------------- JSON-LD


def _json_ld_candidates(ld: JsonLd) -> Iterator[Candidate]:
    """Candidates from the article object (and the WebSite object)."""
    source = "json-ld"
    website_name = strings(ld.website.get("name"))
    if website_name:
        yield Candidate("site_name", source, website_name[0])
    article = ld.article
    if not article:
        return
    kind = schema_page_type(ld.types)
    if kind:
        yield Candidate("page_type", source, kind)
    headline = strings(ld.get("headline")) or strings(ld.get("alternativeHeadline"))
    if headline:
        yield Candidate("title", source, clean_text(headline[0]))
    people: list[str] = []
    typed: list[str] = []
    for key in ("author", "creator"):
        value = ld.get(key)
        for item in value if isinstance(value, list) else [value]:
            resolved = ld.resolve(item)
            names = strings(resolved, "name", "alternateName")
            if is_organisation(resolved):
                for name in names:
                    yield Candidate("publisher", "json-ld", clean_text(name))
            elif "person" in schema_types(resolved):
                typed.extend(clean_text(n) for n in names)
            else:
                people.extend(clean_text(n) for n in names)
        if people or typed:
            break
    # Typed as a Person: a person even when the site bears their name, as
    # personal blogs do; a one-word "Person" named like the site is a brand.
    full = [n for n in typed if len(n.split()) > 1]
    people.extend(n for n in typed if len(n.split()) <= 1)
    if full:
        yield Candidate("authors", source, _Persons(full))
    if people:
        yield Candidate("authors", source, tuple(people))
    publisher = strings(ld.get("publisher"), "name", "legalName")
    if publisher:
        name = clean_text(publisher[0])
        yield Candidate("publisher", "json-ld:publisher", name)
        yield Candidate("site_name", "json-ld:publisher", name)
    for key in ("datePublished", "dateCreated", "uploadDate"):
        day = _first_date(ld.get(key))
        if day is not None:
            yield Candidate("published", source, day)
            break
    day = _first_date(ld.get("dateModified"))
    if day is not None:
        yield Candidate("modified", source, day)
    for lang in strings(ld.get("inLanguage"), "alternateName", "name"):
        tag = bcp47(lang)
        if tag:
            yield Candidate("language", source, tag)
            break
    section = strings(ld.get("articleSection"))
    if section:
        yield Candidate("section", source, clean_text(section[0]))
    keywords = ld.get("keywords")
    if isinstance(keywords, str):
        yield Candidate("tags", source, split_keywords(keywords))
    elif isinstance(keywords, list):
        yield Candidate("tags", source, split_keywords(",".join(strings(keywords))))
    description = strings(ld.get("description"))
    if description:
        yield Candidate("description", source, clean_text(description[0]))
    for url in strings(ld.get("url")) + strings(ld.get("mainEntityOfPage"), "@id"):
        yield Candidate("canonical_url", source, url)
        break
    image = strings(ld.get("image"), "url", "contentUrl", "@id")
    if image:
        yield Candidate("image", source, image[0])
    paywalled = _paywalled(ld)
    if paywalled is not None:
        yield Candidate("paywalled", source, paywalled)


def _first_date(value: Any) -> Any:
    for text in strings(value):
        day = parse_date(text)
        if day is not None:
            return day
    return None


def _paywalled(ld: JsonLd) -> bool | None:
    """``isAccessibleForFree`` of the article or of any of its parts."""
    free = _truth(ld.get("isAccessibleForFree"))
    parts = ld.get("hasPart")
    for part in parts if isinstance(parts, list) else [parts]:
        if isinstance(part, dict) and _truth(part.get("isAccessibleForFree")) is False:
            return True
    return None if free is None else not free


def _truth(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"true", "false"}:
        return value.strip().lower() == "true"
    return None


# ----------------------------------------------------------------- cleaning


def _clean(raw: list[Candidate], url: str | None) -> list[Candidate]:
    """Make candidates comparable and typed.

    URLs become absolute, titles lose the site's name, author strings
    become people (organisations go to publisher), page types and paywall
    flags become values.
    """
    raw = _merge_lists(raw)
    canonical = choose(c for c in raw if c.field == "canonical_url")
    canonical_url = canonical["canonical_url"].value if canonical else None
    base = url or canonical_url
    hosts = tuple(
        dict.fromkeys(h for h in (_host_label(canonical_url), _host_label(url)) if h)
    )
    sites = (*_site_names(raw), *hosts)
    titles = [c.value for c in raw if c.field == "title"]
    # A "title" that is the site's name (or the name in its "Name - Tagline")
    # is the home page's title, not a headline. The site's name is the one
    # precedence picks: some platforms put the headline in application-name.
    site = choose(c for c in raw if c.field in {"site_name", "publisher"})
    site_keys = {
        name_key(part)
        for candidate in site.values()
        for part in (candidate.value, *_SEPARATOR.split(candidate.value))
    } - {""}
    cleaned: list[Candidate] = []
    for candidate in raw:
        if candidate.field == "authors":
            cleaned.extend(_authors(candidate, sites))
    # A title part that names an author is no more the headline than one
    # that names the site: "Post title | Ann Lee" on personal blogs.
    names = tuple(n for c in cleaned if c.field == "authors" for n in c.value)
    for candidate in raw:
        field, source, value = candidate.field, candidate.source, candidate.value
        if field in {"canonical_url", "image"}:
            absolute = _absolute(value, url if field == "image" else None, base)
            if absolute:
                cleaned.append(Candidate(field, source, absolute))
        elif field == "title":
            hints = tuple(t for t in titles if t != value)
            title = strip_site_name(value, sites, hints, names)
            if not {name_key(value), name_key(title)} & site_keys:
                cleaned.append(Candidate(field, source, title))
        elif field == "site_name":
            cleaned.append(Candidate(field, source, _clean_site_name(value, hosts)))
        elif field == "authors":
            continue  # done above
        elif field == "page_type" and source == "opengraph":
            kind = og_page_type(value)
            if kind:
                cleaned.append(Candidate(field, source, kind))
        elif field == "paywalled" and source == "opengraph":
            tier = content_tier(value)
            if tier is not None:
                cleaned.append(Candidate(field, source, tier))
        else:
            cleaned.append(candidate)
    return cleaned


def _merge_lists(raw: list[Candidate]) -> list[Candidate]:
    """One tags or authors candidate per source: repeated ``<meta>`` add up."""
    merged: list[Candidate] = []
    index: dict[tuple[str, str], int] = {}
    for candidate in raw:
        key = (candidate.field, candidate.source)
        if candidate.field not in {"tags", "authors"}:
            merged.append(candidate)
        elif key in index:
            held = merged[index[key]]
            merged[index[key]] = attrs.evolve(held, value=held.value + candidate.value)
        else:
            index[key] = len(merged)
            merged.append(candidate)
    return merged


class _Persons(tuple[str, ...]):
    """Author names the page types as people (JSON-LD ``Person``)."""

    __slots__ = ()


def _authors(candidate: Candidate, sites: tuple[str, ...]) -> Iterator[Candidate]:
    """One source's author strings, read as one byline."""
    texts = [
        _invert_name(text) if candidate.source == "dublin-core" else text
        for text in candidate.value
    ]
    byline = read_byline(
        "\n".join(texts),
        site_names=sites,
        declared_people=isinstance(candidate.value, _Persons),
    )
    for organisation in byline.organisations:
        yield Candidate("publisher", candidate.source, organisation)
    if byline.people:
        yield Candidate("authors", candidate.source, byline.people)


# Share of matching characters above which two titles are one headline.
_TITLE_AGREEMENT = 0.9
_INVERTED = re.compile(r"^([^,]+),\s*([^,]+)$")


def _invert_name(text: str) -> str:
    """Dublin Core writes ``"Surname, Given"``; make it ``"Given Surname"``."""
    match = _INVERTED.match(text.strip())
    if match is None:
        return text
    surname, given = match.group(1).strip(), match.group(2).strip()
    if len(surname.split()) > 2 or len(given.split()) > 3:
        return text  # "Ann Lee, Bo Li": a list, not one inverted name
    return f"{given} {surname}"


def _site_names(raw: list[Candidate]) -> tuple[str, ...]:
    """Every name the site declares for itself or its publisher."""
    names = (
        c.value
        for c in raw
        if c.field in {"site_name", "publisher"} and isinstance(c.value, str)
    )
    return tuple(dict.fromkeys(n for n in names if n))


def _host_label(url: str | None) -> str | None:
    """``https://sport.example.co.uk/x`` → ``"example"``."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # an unclosed IPv6 bracket
        return None
    labels = [x for x in host.split(".") if x and x not in {"www", "m", "amp"}]
    if len(labels) < 2:
        return None
    # Drop the public suffix: one label, or two short ones ("co.uk").
    labels.pop()
    if len(labels) >= 2 and len(labels[-1]) <= 3:
        labels.pop()
    return labels[-1] if labels and len(labels[-1]) >= 2 else None


def _site_key_matches(text: str, sites: tuple[str, ...]) -> bool:
    """Whether *text* names one of *sites* (see :data:`_MIN_SITE_KEY`)."""
    key = name_key(text)
    if not key:
        return False
    for site in sites:
        other = name_key(site)
        if not other:
            continue
        if key == other:
            return True
        shorter, longer = (key, other) if len(key) <= len(other) else (other, key)
        if (
            len(shorter) >= _MIN_SITE_KEY
            and len(longer) <= _SITE_KEY_SLACK * len(shorter)
            and shorter in longer
        ):
            return True  # "Daily Example" / "The Daily Example", "Example.com"
    return False


# A site or author name matches a part of the title that holds it, or that
# it holds, with little else: "example" / "Example.com".
_MIN_SITE_KEY = 4
_SITE_KEY_SLACK = 1.6
# A run of spaces is matched from its start only ((?<!\s)), not from each of
# its positions (quadratic); a "|" right after an earlier match still counts.
_SEPARATOR = re.compile(
    r"(?<!\s)\s++[|\-–—·•»«/✩:@]\s+|(?:(?<!\s)\s++)?\|\s*|(?<!\s)\s++::\s+"
)


def strip_site_name(
    title: str,
    sites: tuple[str, ...],
    hints: tuple[str, ...] = (),
    authors: tuple[str, ...] = (),
) -> str:
    """``"Headline - Site"`` (or ``"Site: Headline"``) → ``"Headline"``.

    A trailing part is removed when it names the site (its declared name
    or its host) or an author; a leading part when it names the site. When
    another source's title (the ``<h1>``, the ``og:title``...) equals a run
    of the title's parts, that run is the headline.
    """
    parts = _SEPARATOR.split(title)
    if len(parts) >= 2:
        keys = {name_key(h) for h in hints} - {""}
        if keys:
            # A run's key is its parts' keys joined: keys drop the spaces.
            part_keys = [name_key(p) for p in parts]
            for start in range(len(parts)):
                run, longest = "", 0
                for end in range(start + 1, len(parts) + 1):
                    run += part_keys[end - 1]
                    if (start, end) != (0, len(parts)) and run in keys:
                        longest = end
                if longest:
                    return _rejoin(title, parts, start, longest)
        start, end = 0, len(parts)
        names = (*sites, *authors)
        while end - start > 1 and _site_key_matches(parts[end - 1], names):
            end -= 1
        while end - start > 1 and _site_key_matches(parts[start], sites):
            start += 1
        title = _rejoin(title, parts, start, end)
    # "Site: Headline": a colon without a space before it marks a site only
    # at the start.
    head, colon, rest = title.partition(": ")
    if colon and rest.strip() and _site_key_matches(head, sites):
        return rest.strip()
    return title


def _rejoin(title: str, parts: list[str], start: int, end: int) -> str:
    """The span of *title* from part *start* to part *end* (exclusive)."""
    if (start, end) == (0, len(parts)):
        return title
    pieces = _SEPARATOR.split(title)
    separators = _SEPARATOR.findall(title)
    text = pieces[start]
    for i in range(start + 1, end):
        text += separators[i - 1] + pieces[i]
    return text.strip() or title


def _clean_site_name(name: str, hosts: tuple[str, ...]) -> str:
    """``"Site - Tagline"`` → ``"Site"`` when one part is the host's name."""
    parts = _SEPARATOR.split(name)
    if len(parts) < 2:
        return name
    for part in parts:
        if _site_key_matches(part, hosts):
            return part.strip()
    return name


def _absolute(value: Any, url: str | None, base: str | None) -> str | None:
    """An absolute ``http(s)`` URL, resolved against the page; else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.startswith(("https://", "http://")) and " " not in text:
        return text  # already absolute: most are, and urljoin is slow
    return resolve_url(text, url or base)


# ------------------------------------------------------------------- build


def _build(candidates: list[Candidate], url: str | None) -> PageFacts:
    chosen = choose(candidates)
    title = _confirmed_title(candidates)
    if title is not None:
        chosen["title"] = title

    def value(field: str) -> Any:
        candidate = chosen.get(field)
        return None if candidate is None else candidate.value

    page_type = value("page_type")
    if page_type is None:
        page_type = "article"
    provenance = {field: chosen[field].source for field in FIELDS if field in chosen}
    if "page_type" not in provenance:
        provenance["page_type"] = "structure"
    metadata = Metadata(
        authors=value("authors") or (),
        published=value("published"),
        modified=value("modified"),
        language=value("language"),
        site_name=value("site_name"),
        publisher=value("publisher"),
        section=value("section"),
        tags=_unique(value("tags") or ()),
        description=value("description"),
        canonical_url=value("canonical_url"),
        image=value("image"),
        page_type=PageType(page_type),
        paywalled=value("paywalled"),
        provenance=provenance,
    )
    base = url or metadata.canonical_url
    title = value("title")
    return PageFacts(
        title=normalize_space(title) if title else None,
        metadata=metadata,
        base_url=base,
    )


def _unique(values: tuple[str, ...]) -> tuple[str, ...]:
    """First of each value, case aside: repeated ``<meta>`` add up to dupes."""
    first: dict[str, str] = {}
    for value in values:
        first.setdefault(value.casefold(), value)
    return tuple(first.values())


def _confirmed_title(candidates: list[Candidate]) -> Candidate | None:
    """The most trusted title that another source confirms.

    A source's title is confirmed when another source's title equals it or
    contains it (or the reverse). This keeps a JSON-LD ``headline`` that is
    really a description from winning over the ``<title>``, ``og:title`` and
    ``<h1>`` that agree with each other. With no confirmed title, plain
    precedence decides.
    """
    order = PRECEDENCE["title"]
    titles = [c for c in candidates if c.field == "title" and c.source in order]
    ranked = sorted(titles, key=lambda c: order.index(c.source))
    keys = [(c, name_key(c.value)) for c in ranked]
    for candidate, key in keys:
        if not key:
            continue
        others = [k for c, k in keys if c.source != candidate.source and k]
        if any(_agree(key, other) for other in others):
            return _untruncated(candidate, ranked)
    return ranked[0] if ranked else None


def _agree(a: str, b: str) -> bool:
    """Whether two title keys name the same headline.

    One holds the other, or they differ by a few characters (``Dropbox's
    ATF`` / ``Dropbox ATF``).
    """
    if a in b or b in a:
        return True
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= _TITLE_AGREEMENT


def _untruncated(candidate: Candidate, ranked: list[Candidate]) -> Candidate:
    """A title cut short with an ellipsis gives way to its full version."""
    text = candidate.value.rstrip()
    if not text.endswith(("…", "...")):
        return candidate
    stem = name_key(text.rstrip(".…"))
    for other in ranked:
        if (
            other is not candidate
            and name_key(other.value).startswith(stem)
            and len(other.value) > len(text)
        ):
            return other
    return candidate
