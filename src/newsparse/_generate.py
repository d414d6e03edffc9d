"""Hypothesis strategies behind :mod:`newsparse.testing`.

The only module besides ``testing.py`` that imports Hypothesis; nothing in
the parsing pipeline imports either, so ``import newsparse`` works without
the ``testing`` extra.

Generated values are built from explicit draws (lists, ``sampled_from``,
booleans), so that a failing example shrinks to a short page: few
paragraphs of the first word of the lexicon, no noise, one snippet.
"""

from __future__ import annotations

import datetime as dt
import functools
import html as html_lib
import json
import random
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Protocol

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from newsparse._catalogue import SNIPPETS, Kind, Snippet
from newsparse._clean import clean
from newsparse._dom import InvalidSelectorError, Node, parse_html
from newsparse._lexicon import AGENCIES, LANGUAGES, Language
from newsparse._model import Article, Block, BlockKind, Caption, Link, Metadata
from newsparse._segment import element_text, segment, text_mass


__all__ = [
    "TEMPLATES",
    "GeneratedPage",
    "RulePage",
    "SelectorRule",
    "articles",
    "html_documents",
    "page_for_rule",
    "pages",
]

_BY_CODE = {language.code: language for language in LANGUAGES}

# A generated prose paragraph weighs at least this much (see text_mass): more
# than Options.prose_min_chars, so that it reads as prose to the extractor.
_PROSE_MASS = 100
# Related-link headlines are at least this long: shorter link text is a
# menu item, not a headline.
_HEADLINE_CHARS = 24

TEMPLATES = ("semantic", "divsoup", "amp")

_SITES = (
    ("The Daily Courier", "courier.example.com"),
    ("Morning Herald", "herald.example.org"),
    ("Valley Gazette", "gazette.example.net"),
    ("Nordkurier Online", "nordkurier.example.de"),
    ("Le Petit Quotidien", "quotidien.example.fr"),
    ("Diario del Norte", "norte.example.es"),
    ("Городской вестник", "vestnik.example.ru"),
)
_CHROME = ("header", "sidebar", "footer")
_SECTIONS = ("world", "politics", "business", "science", "culture", "sport", "local")


# --------------------------------------------------------------------- text


def _join(language: Language, words: Iterable[str]) -> str:
    return (" " if language.spaced else "").join(words)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# Strategies for text are built once per language and size: generation
# draws thousands of sentences, and a strategy object is cheap to keep but
# not to rebuild. The caches hold immutable strategies only.
@functools.cache
def _words(
    language: Language, min_size: int, max_size: int
) -> st.SearchStrategy[list[str]]:
    return st.lists(
        st.sampled_from(language.words), min_size=min_size, max_size=max_size
    )


@functools.cache
def _sentence(
    language: Language, min_words: int = 6, max_words: int = 16
) -> st.SearchStrategy[str]:
    """Sentences, one strategy per language and length (built once)."""
    return _sentences(language, min_words, max_words)


@st.composite
def _sentences(
    draw: st.DrawFn, language: Language, min_words: int, max_words: int
) -> str:
    words = draw(_words(language, min_words, max_words))
    if language.spaced and len(words) > 4 and draw(st.booleans()):
        at = draw(st.integers(1, len(words) - 2))
        words[at] += ","
    return _capitalise(_join(language, words)) + language.stop


@functools.cache
def _prose(language: Language) -> st.SearchStrategy[str]:
    """Paragraphs heavy enough to read as prose (built once per language)."""
    return _paragraphs(language)


@st.composite
def _paragraphs(draw: st.DrawFn, language: Language) -> str:
    sentences = draw(st.lists(_sentence(language), min_size=1, max_size=4))
    text = " ".join(sentences) if language.spaced else "".join(sentences)
    while text_mass(text) < _PROSE_MASS:
        more = draw(_sentence(language))
        text = f"{text} {more}" if language.spaced else text + more
    return text


@functools.cache
def _phrase(
    language: Language, min_words: int, max_words: int
) -> st.SearchStrategy[str]:
    return _words(language, min_words, max_words).map(
        lambda words: _capitalise(_join(language, words))
    )


@st.composite
def _headline(draw: st.DrawFn, language: Language) -> str:
    text = draw(_phrase(language, 4, 10))
    while len(text) < _HEADLINE_CHARS:
        text = _join(language, [text, draw(st.sampled_from(language.words))])
    return text


@st.composite
def _extra_blocks(draw: st.DrawFn, language: Language) -> list[Block]:
    """A short block between paragraphs: subheading, one-liner, quote or list."""
    kind = draw(st.sampled_from(("heading", "short", "quote", "list")))
    if kind == "heading":
        return [
            Block(
                kind=BlockKind.HEADING,
                text=draw(_phrase(language, 2, 4)),
                level=draw(st.sampled_from((2, 3))),
            )
        ]
    if kind == "short":
        text = draw(_phrase(language, 2, 6)) + language.stop
        return [Block(kind=BlockKind.PARAGRAPH, text=text)]
    if kind == "quote":
        return [Block(kind=BlockKind.QUOTE, text=draw(_sentence(language)))]
    ordered = draw(st.booleans())
    items = draw(st.lists(_phrase(language, 2, 8), min_size=2, max_size=5))
    return [
        Block(kind=BlockKind.LIST_ITEM, text=item, level=1, ordered=ordered)
        for item in items
    ]


def _credit(language: Language) -> st.SearchStrategy[str]:
    name = st.sampled_from(language.names)
    agency = st.sampled_from(AGENCIES)
    return st.one_of(
        name.map(lambda n: f"Photo: {n}"),
        agency.map(lambda a: f"© {a}"),
        st.tuples(agency, name).map(lambda an: f"© {an[0]} / {an[1]}"),
        st.tuples(name, agency).map(lambda na: f"{na[0]}/{na[1]}"),
    )


def _aware_datetimes() -> st.SearchStrategy[dt.datetime]:
    offsets = st.integers(-12 * 4, 14 * 4).map(
        lambda q: dt.timezone(dt.timedelta(minutes=15 * q))
    )
    return st.builds(
        lambda day, minute, tz: dt.datetime.combine(
            day, dt.time(minute // 60, minute % 60), tzinfo=tz
        ),
        st.dates(dt.date(1995, 1, 1), dt.date(2099, 12, 31)),
        st.integers(0, 24 * 60 - 1),
        offsets,
    )


def _integer(name: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        msg = f"{name} must be an integer >= {minimum}, got {value!r}"
        raise InvalidArgument(msg)
    return value


def _validate_languages(languages: object) -> tuple[Language, ...]:
    if languages is None:
        return LANGUAGES
    if isinstance(languages, str) or not isinstance(languages, Collection):
        msg = f"languages must be a collection of codes, not {languages!r}"
        raise InvalidArgument(msg)
    unknown = sorted(set(map(str, languages)) - set(_BY_CODE))
    if unknown or not languages:
        msg = (
            f"languages={list(languages)!r}: choose from {sorted(_BY_CODE)}"
            if unknown
            else "languages must not be empty"
        )
        raise InvalidArgument(msg)
    return tuple(_BY_CODE[code] for code in sorted(set(languages)))


@attrs.frozen
class _ArticleSpec:
    languages: tuple[Language, ...]
    min_paragraphs: int
    max_paragraphs: int
    captions: bool
    related_links: bool


def articles(
    *,
    languages: object = None,
    min_paragraphs: object = 2,
    max_paragraphs: object = 8,
    captions: object = True,
    related_links: object = True,
) -> st.SearchStrategy[Article]:
    """Ground-truth Articles; see :func:`newsparse.testing.articles`."""
    low = _integer("min_paragraphs", min_paragraphs, 1)
    high = _integer("max_paragraphs", max_paragraphs, low)
    spec = _ArticleSpec(
        languages=_validate_languages(languages),
        min_paragraphs=low,
        max_paragraphs=high,
        captions=bool(captions),
        related_links=bool(related_links),
    )
    return _articles(spec)


@st.composite
def _articles(draw: st.DrawFn, spec: _ArticleSpec) -> Article:
    language = draw(st.sampled_from(spec.languages))
    min_paragraphs, max_paragraphs = spec.min_paragraphs, spec.max_paragraphs
    title = draw(_phrase(language, 5, 10))
    paragraphs = draw(
        st.lists(
            _prose(language),
            min_size=min_paragraphs,
            max_size=max_paragraphs,
            unique=True,
        )
    )
    body: list[Block] = [Block(kind=BlockKind.PARAGRAPH, text=paragraphs[0])]
    for paragraph in paragraphs[1:]:
        if draw(st.booleans()):
            body.extend(draw(_extra_blocks(language)))
        body.append(Block(kind=BlockKind.PARAGRAPH, text=paragraph))
    body = _unique_blocks(body, title)

    site, domain = draw(st.sampled_from(_SITES))
    section = draw(st.sampled_from(_SECTIONS))
    slug = draw(st.integers(1, 10**6))
    url = f"https://{domain}/{section}/{slug}.html"
    # A caption or a teaser's headline that repeats a block of the body is a
    # copy of it (the extractor treats such copies as captions); pages do not
    # print one text in both places, so the truth does not either.
    taken = {_key(b.text) for b in body} | {_key(title)}

    def fresh(text: str) -> bool:
        return _key(text) not in taken

    figure_captions: tuple[Caption, ...] = ()
    if spec.captions:
        texts = draw(
            st.lists(
                _sentence(language, 4, 12).filter(fresh),
                max_size=3,
                unique_by=_key,
            )
        )
        figure_captions = tuple(
            Caption(
                text=text,
                credit=draw(st.none() | _credit(language)),
                image=f"https://{domain}/img/{slug}-{index}.jpg",
            )
            for index, text in enumerate(texts)
        )
        taken.update(_key(c.text) for c in figure_captions)
    links: tuple[Link, ...] = ()
    if spec.related_links and len(paragraphs) >= 3:
        # At most one teaser per two paragraphs, as news sites place them.
        most = min(3, (len(paragraphs) - 1) // 2)
        headlines = draw(
            st.lists(_headline(language).filter(fresh), max_size=most, unique_by=_key)
        )
        links = tuple(
            Link(text=text, url=f"https://{domain}/{section}/{slug + 1 + index}.html")
            for index, text in enumerate(headlines)
        )
    published = draw(_aware_datetimes())
    metadata = Metadata(
        authors=tuple(
            draw(st.lists(st.sampled_from(language.names), max_size=2, unique=True))
        ),
        published=published,
        modified=draw(
            st.none()
            | st.just(published + dt.timedelta(hours=draw(st.integers(1, 48))))
        ),
        language=language.code,
        site_name=site,
        section=section.capitalize(),
        tags=tuple(
            draw(st.lists(st.sampled_from(language.words), max_size=3, unique=True))
        ),
        description=draw(_sentence(language, 6, 12)),
        canonical_url=url,
        image=figure_captions[0].image if figure_captions else None,
    )
    return Article(
        title=title,
        body=tuple(body),
        captions=figure_captions,
        related_links=links,
        metadata=metadata,
        url=url,
    )


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _unique_blocks(blocks: list[Block], title: str) -> list[Block]:
    """Drop blocks repeating the title or another block: pages do not."""
    seen = {_key(title)}
    kept: list[Block] = []
    for block in blocks:
        key = _key(block.text)
        if key not in seen:
            seen.add(key)
            kept.append(block)
    return kept


# -------------------------------------------------------------------- pages


@attrs.frozen(kw_only=True)
class GeneratedPage:
    """A generated HTML page and the Article it holds.

    Attributes:
        html: The page.
        truth: The Article a perfect extractor returns for it.
        url: The page's URL; pass it to :func:`newsparse.parse`.
        template: Which layout rendered it: ``"semantic"``, ``"divsoup"`` or
            ``"amp"``.
        boilerplate: The visible text blocks of the boilerplate snippets
            placed in the page; none belongs in the body.

    .. versionadded:: 0.2.0
    """

    html: str
    truth: Article
    url: str
    template: str
    boilerplate: tuple[str, ...] = ()


def _escape(text: str) -> str:
    return html_lib.escape(text, quote=False)


def _attr(text: str) -> str:
    return html_lib.escape(text, quote=True)


class _Noise:
    """Random attribute and markup noise; None means no noise at all.

    Driven by a local Random seeded from one Hypothesis draw: noise touches
    every element, and a draw per coin flip would make generation slow. The
    seed shrinks towards a fixed pattern, and the draw that switches noise
    on shrinks towards off, so minimal examples are noise-free unless the
    noise matters.
    """

    def __init__(self, rnd: random.Random | None) -> None:
        self.rnd = rnd

    def token(self) -> str:
        """A class token as CSS-in-JS tools make them: never a real word."""
        if self.rnd is None:
            return "c0"
        letters = "bcdfghjkmnpqrstvwxz"
        return (
            self.rnd.choice(letters)
            + str(self.rnd.randrange(10))
            + "".join(self.rnd.choice(letters + "0123456789") for _ in range(3))
        )

    def attrs(self, classes: str = "") -> str:
        """An attribute string: the given classes plus random noise."""
        parts = [c for c in classes.split() if c]
        extra: list[str] = []
        if self.rnd is not None:
            if self.rnd.random() < 0.5:
                parts.append(self.token())
            if self.rnd.random() < 0.3:
                extra.append(f'data-{self.token()}="{self.token()}"')
            if self.rnd.random() < 0.2:
                extra.append(f'id="{self.token()}"')
            if self.rnd.random() < 0.1:
                extra.append('style="margin:0 auto;max-width:720px"')
            if self.rnd.random() < 0.1:
                extra.append('dir="auto"')
        out = f' class="{" ".join(parts)}"' if parts else ""
        return out + "".join(f" {e}" for e in extra)

    def text(self, text: str, language: Language, *, links: bool = True) -> str:
        """Escaped text, with inline tags, entities and odd spaces sprinkled in."""
        if self.rnd is None:
            return _escape(text)
        words = text.split(" ") if language.spaced else [text]
        out = [self._entities(_escape(w)) for w in words]
        if len(out) > 3 and self.rnd.random() < 0.4:
            start = self.rnd.randrange(len(out) - 1)
            end = min(len(out), start + 1 + self.rnd.randrange(3))
            tag = self.rnd.choice(("b", "em", "strong", "i", "span"))
            if (
                links
                and self.rnd.random() < 0.3
                and end - start <= max(1, len(out) // 5)
            ):
                tag = "a"
            opening = f'<a href="/topic/{self.token()}">' if tag == "a" else f"<{tag}>"
            out[start] = opening + out[start]
            out[end - 1] = out[end - 1] + f"</{tag}>"
        separators = [
            self.rnd.choice((" ", " ", " ", "&nbsp;", "\n", "  ")) for _ in out[1:]
        ]
        joined = out[0]
        for sep, word in zip(separators, out[1:], strict=True):
            joined += sep + word
        return joined

    def _entities(self, word: str) -> str:
        assert self.rnd is not None
        if self.rnd.random() >= 0.1 or "&" in word:
            return word
        return "".join(
            f"&#{ord(ch)};" if self.rnd.random() < 0.3 else ch for ch in word
        )


def _noise_random() -> st.SearchStrategy[random.Random | None]:
    return st.none() | st.integers(0, 2**32 - 1).map(random.Random)


@attrs.frozen
class _Layout:
    """Every choice that turns an Article into a page, drawn up front."""

    template: str
    json_ld: bool
    opengraph: bool
    title_separator: str
    inline: dict[int, list[str]]
    chrome: dict[str, list[str]]
    byline: bool


def _render_block_chunks(
    blocks: Sequence[Block], language: Language, noise: _Noise, template: str
) -> list[str]:
    """Each body chunk: a block, or a run of list items as one list."""
    chunks: list[str] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind is BlockKind.LIST_ITEM:
            run = [block]
            while (
                index + len(run) < len(blocks)
                and blocks[index + len(run)].kind is BlockKind.LIST_ITEM
            ):
                run.append(blocks[index + len(run)])
            tag = "ol" if block.ordered else "ul"
            items = "".join(
                f"<li{noise.attrs()}>{noise.text(b.text, language)}</li>" for b in run
            )
            chunks.append(f"<{tag}{noise.attrs()}>{items}</{tag}>")
            index += len(run)
            continue
        text = noise.text(block.text, language, links=block.kind is BlockKind.PARAGRAPH)
        if block.kind is BlockKind.HEADING:
            level = block.level or 2
            chunks.append(f"<h{level}{noise.attrs()}>{text}</h{level}>")
        elif block.kind is BlockKind.QUOTE:
            chunks.append(f"<blockquote{noise.attrs()}><p>{text}</p></blockquote>")
        elif block.kind is BlockKind.PREFORMATTED:
            chunks.append(f"<pre>{_escape(block.text)}</pre>")
        elif block.kind is BlockKind.TABLE_ROW:
            cells = "".join(f"<td>{_escape(c)}</td>" for c in block.cells)
            chunks.append(f"<table><tr>{cells}</tr></table>")
        elif template == "divsoup":
            chunks.append(f"<div{noise.attrs(noise.token())}>{text}</div>")
        else:
            chunks.append(f"<p{noise.attrs()}>{text}</p>")
        index += 1
    return chunks


def _figure(caption: Caption, template: str, noise: _Noise, language: Language) -> str:
    text = noise.text(caption.text, language, links=False)
    credit = (
        f"<span{noise.attrs('credit')}>{_escape(caption.credit)}</span>"
        if caption.credit
        else ""
    )
    if template == "amp":
        image = (
            f'<amp-img src="{_attr(caption.image)}" width="1200" height="675" '
            'layout="responsive"></amp-img>'
            if caption.image
            else ""
        )
    else:
        image = (
            f'<img src="{_attr(caption.image)}" width="1200" height="675" alt="">'
            if caption.image
            else ""
        )
    if template == "divsoup":
        return (
            f"<div{noise.attrs(noise.token())}>{image}"
            f"<div{noise.attrs('caption')}>{text} {credit}</div></div>"
        )
    caption_html = f"<figcaption>{text} {credit}</figcaption>"
    return f"<figure{noise.attrs()}>{image}{caption_html}</figure>"


def _teaser(link: Link, template: str, noise: _Noise) -> str:
    href = _attr(link.url)
    text = _escape(link.text)
    if template == "semantic":
        return (
            f'<aside{noise.attrs("related-inline")}><a href="{href}" tabindex="-1">'
            f'<img src="{href}.jpg" alt=""></a>'
            f'<h3><a href="{href}">{text}</a></h3></aside>'
        )
    return (
        f'<div{noise.attrs(noise.token())}><a href="{href}">'
        f'<img src="{href}.jpg" alt="" loading="lazy"></a>'
        f'<div{noise.attrs(noise.token())}><a href="{href}">{text}</a></div></div>'
    )


def _head(article: Article, layout: _Layout) -> str:
    meta = article.metadata
    title = article.title or ""
    declared_site = layout.opengraph or layout.json_ld
    suffix = (
        f"{layout.title_separator}{meta.site_name}"
        if declared_site and meta.site_name
        else ""
    )
    parts = ['<meta charset="utf-8">', f"<title>{_escape(title + suffix)}</title>"]
    parts.append('<meta name="viewport" content="width=device-width,initial-scale=1">')
    if layout.opengraph:
        og = {
            "og:type": "article",
            "og:title": title,
            "og:site_name": meta.site_name,
            "og:url": meta.canonical_url,
            "og:image": meta.image,
            "og:description": meta.description,
            "article:section": meta.section,
            "article:published_time": meta.published.isoformat()
            if meta.published
            else None,
        }
        parts.extend(
            f'<meta property="{key}" content="{_attr(value)}">'
            for key, value in og.items()
            if value
        )
        parts.extend(
            f'<meta property="article:tag" content="{_attr(tag)}">' for tag in meta.tags
        )
    if layout.json_ld:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "author": [{"@type": "Person", "name": name} for name in meta.authors],
            "datePublished": meta.published.isoformat() if meta.published else None,
            "dateModified": meta.modified.isoformat() if meta.modified else None,
            "publisher": {"@type": "Organization", "name": meta.site_name},
            "inLanguage": meta.language,
            "mainEntityOfPage": meta.canonical_url,
        }
        payload = json.dumps(
            {k: v for k, v in data.items() if v}, ensure_ascii=False
        ).replace("<", "\\u003c")
        parts.append(f'<script type="application/ld+json">{payload}</script>')
    if meta.canonical_url:
        parts.append(f'<link rel="canonical" href="{_attr(meta.canonical_url)}">')
    parts.append(
        "<style>.paywall{display:block}.ad{min-height:250px}</style>"
        '<script>window.dataLayer=[{"event":"Subscribe now"}];</script>'
    )
    if layout.template == "amp":
        parts.append(
            '<script async src="https://cdn.ampproject.org/v0.js"></script>'
            "<style amp-boilerplate>body{visibility:hidden}</style>"
        )
    return "\n".join(parts)


def _chrome_links(noise: _Noise, prefix: str, count: int) -> str:
    return " ".join(
        f'<a{noise.attrs()} href="/{prefix}/{i}">{prefix.capitalize()} {i}</a>'
        for i in range(count)
    )


def _render(
    article: Article, language: Language, layout: _Layout, noise: _Noise
) -> str:
    meta = article.metadata
    chunks = _render_block_chunks(article.body, language, noise, layout.template)
    body_parts: list[str] = []
    for gap in range(len(chunks) + 1):
        body_parts.extend(layout.inline.get(gap, ()))
        if gap < len(chunks):
            body_parts.append(chunks[gap])
    body_html = "\n".join(body_parts)
    title = noise.text(article.title or "", language, links=False)
    byline = ""
    if layout.byline and meta.authors:
        byline = f"<p{noise.attrs()}>{_escape(', '.join(meta.authors))}</p>"
    header = "\n".join(layout.chrome.get("header", ()))
    sidebar = "\n".join(layout.chrome.get("sidebar", ()))
    footer = "\n".join(layout.chrome.get("footer", ()))
    site = _escape(meta.site_name or "")
    if layout.template == "semantic":
        logo = f'<a class="logo" href="/">{site}</a>'
        page_body = f"""<header{noise.attrs("site-header")}>{logo}
<nav><ul>{_chrome_links(noise, "section", 6)}</ul></nav>{header}</header>
<main{noise.attrs()}>
<article{noise.attrs("story")}>
<header{noise.attrs()}><h1>{title}</h1>{byline}</header>
<div{noise.attrs("story-body")}>
{body_html}
</div>
</article>
<aside{noise.attrs("sidebar")}><h2>Most read</h2>{_chrome_links(noise, "story", 5)}
{sidebar}</aside>
</main>
<footer{noise.attrs("site-footer")}>{_chrome_links(noise, "about", 4)}
<p>© {site}</p>{footer}</footer>"""
    elif layout.template == "divsoup":
        t = noise.token
        sections = _chrome_links(noise, "section", 6)
        page_body = f"""<div id="__next"><div class="{t()} {t()}">
<div class="{t()}"><a href="/">{site}</a> {sections}{header}</div>
<div class="{t()}"><div class="{t()}">
<div class="{t()}">{title}</div>{byline}
<div class="{t()}">
{body_html}
</div></div>
<div class="{t()}">{_chrome_links(noise, "story", 5)}{sidebar}</div></div>
<div class="{t()}">{_chrome_links(noise, "about", 4)} © {site}{footer}</div>
</div></div>"""
    else:
        sections = _chrome_links(noise, "section", 6)
        page_body = f"""<header class="amp-header"><a href="/">{site}</a></header>
{header}<amp-sidebar id="menu" layout="nodisplay">{sections}</amp-sidebar>
<article class="amp-article">
<h1 class="amp-title">{title}</h1>{byline}
<div class="amp-article__body">
{body_html}
</div>
</article>
<div class="amp-related">{_chrome_links(noise, "story", 5)}{sidebar}</div>
<footer class="amp-footer">{_chrome_links(noise, "about", 4)}{footer}</footer>"""
    html_open = (
        f'<html ⚡ lang="{_attr(meta.language or "")}">'
        if layout.template == "amp"
        else f'<html lang="{_attr(meta.language or "")}">'
    )
    return (
        f"<!DOCTYPE html>\n{html_open}\n<head>\n{_head(article, layout)}\n</head>\n"
        f"<body>\n{page_body}\n</body>\n</html>\n"
    )


def _snippet_texts(snippet: Snippet) -> tuple[str, ...]:
    """The text blocks a snippet shows, as the extractor would cut them."""
    document = parse_html(snippet.html)
    root = clean(document)
    if root is None:
        return ()
    return tuple(s.text for s in segment(root).segments)


# Kinds that sites put inside an article's text, next to its paragraphs;
# the others (banners, feeds, chats, comment sections) sit around it.
_INLINE_KINDS = frozenset(
    {
        Kind.SUBSCRIBE,
        Kind.NEWSLETTER,
        Kind.MESSENGER,
        Kind.SOCIAL,
        Kind.AD_LABEL,
        Kind.APP,
        Kind.AUTHOR_BIO,
        Kind.TAGS,
        Kind.LOADER,
        Kind.PRINT_EMAIL,
        Kind.COPYRIGHT,
        Kind.LOGIN,
    }
)


def _inline_budget(article: Article) -> float:
    """How much boilerplate text may interrupt the article's paragraphs.

    On real pages the article outweighs what interrupts it: the text outside
    its longest paragraph alone is worth more than the boilerplate in
    between. Half of that text, less the related teasers, keeps generated
    pages on that side of the line. Heavier interruptions would test the
    content finder's choice of container (which trades article text against
    boilerplate, see ``Options.boilerplate_weight``), not the extraction of
    a page; the rest of the drawn boilerplate goes around the article.
    """
    prose = [m for m in (text_mass(b.text) for b in article.body) if m >= _PROSE_MASS]
    teasers = sum(text_mass(link.text) for link in article.related_links)
    return (sum(prose) - max(prose, default=0.0) - 1.5 * teasers) / 2


@attrs.frozen
class _PageSpec:
    source: st.SearchStrategy[Article]
    templates: tuple[str, ...]
    boilerplate: bool
    noise: bool


def pages(
    article: object = None,
    *,
    templates: object = TEMPLATES,
    boilerplate: object = True,
    noise: object = True,
) -> st.SearchStrategy[GeneratedPage]:
    """Pages holding an Article; see :func:`newsparse.testing.pages`."""
    if article is None:
        source: st.SearchStrategy[Article] = articles()
    elif isinstance(article, Article):
        source = st.just(article)
    elif isinstance(article, st.SearchStrategy):
        source = article
    else:
        msg = f"article must be an Article or a strategy of Articles, not {article!r}"
        raise InvalidArgument(msg)
    if (
        isinstance(templates, str)
        or not isinstance(templates, Collection)
        or not templates
        or set(templates) - set(TEMPLATES)
    ):
        msg = f"templates={templates!r}: choose one or more of {TEMPLATES}"
        raise InvalidArgument(msg)
    spec = _PageSpec(
        source=source,
        templates=tuple(t for t in TEMPLATES if t in templates),
        boilerplate=bool(boilerplate),
        noise=bool(noise),
    )
    return _pages(spec)


@st.composite
def _pages(draw: st.DrawFn, spec: _PageSpec) -> GeneratedPage:
    article = draw(spec.source)
    language = _BY_CODE.get(article.metadata.language or "", LANGUAGES[0])
    template = draw(st.sampled_from(spec.templates))
    noise = _Noise(draw(_noise_random()) if spec.noise else None)
    chunk_count = len(
        _render_block_chunks(article.body, language, _Noise(None), template)
    )
    inline: dict[int, list[str]] = {}
    chrome: dict[str, list[str]] = {}
    placed: list[Snippet] = []
    if spec.boilerplate:
        budget = _inline_budget(article)
        for snippet, where in draw(
            st.lists(
                st.tuples(
                    st.sampled_from(SNIPPETS),
                    st.integers(0, chunk_count) | st.sampled_from(_CHROME),
                ),
                max_size=5,
            )
        ):
            placed.append(snippet)
            mass = sum(text_mass(t) for t in _snippet_texts(snippet))
            if (
                isinstance(where, int)
                and snippet.kind in _INLINE_KINDS
                and mass <= budget
            ):
                budget -= mass
                inline.setdefault(where, []).append(snippet.html)
            else:
                slot = (
                    where if isinstance(where, str) else _CHROME[where % len(_CHROME)]
                )
                chrome.setdefault(slot, []).append(snippet.html)
    for caption in article.captions:
        gap = draw(st.integers(0, chunk_count))
        inline.setdefault(gap, []).append(_figure(caption, template, noise, language))
    for gap, items in inline.items():
        if len(items) > 1:
            inline[gap] = draw(st.permutations(items))
    # Teasers of related stories sit between two blocks, never first or
    # last, and open their gap: right after an "Advertisement" label, a link
    # is the advertisement.
    for link in article.related_links:
        gap = draw(st.integers(1, max(chunk_count - 1, 1)))
        inline.setdefault(gap, []).insert(0, _teaser(link, template, noise))
    layout = _Layout(
        template=template,
        json_ld=draw(st.booleans()),
        opengraph=draw(st.booleans()),
        title_separator=draw(st.sampled_from((" - ", " | ", " — "))),
        inline=inline,
        chrome=chrome,
        byline=draw(st.booleans()),
    )
    page = _render(article, language, layout, noise)
    texts = tuple(text for snippet in placed for text in _snippet_texts(snippet))
    return GeneratedPage(
        html=page,
        truth=article,
        url=article.url or "https://example.com/news/1",
        template=template,
        boilerplate=texts,
    )


# ---------------------------------------------------------- malformed markup

_TAGS = (
    "html", "head", "body", "title", "meta", "link", "base", "script", "style",
    "noscript", "template", "div", "p", "span", "a", "b", "i", "em", "strong",
    "article", "main", "section", "aside", "nav", "header", "footer", "figure",
    "figcaption", "img", "amp-img", "picture", "table", "thead", "tbody", "tr",
    "td", "th", "caption", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3",
    "blockquote", "pre", "code", "br", "hr", "form", "input", "button",
    "select", "option", "textarea", "label", "iframe", "svg", "math",
    "foreignObject", "object", "video", "frameset", "frame", "plaintext", "xmp",
    "image", "font", "center", "time", "my-widget", "x",
)  # fmt: skip
_ATTRIBUTE_NAMES = (
    "class", "id", "style", "hidden", "aria-hidden", "role", "href", "src",
    "itemprop", "lang", "charset", "content", "property", "name", "rel",
    "datetime", "type", "data-src",
)  # fmt: skip
_ATTRIBUTE_VALUES = (
    "article-body", "share-bar comments", "caption credit", "related teaser",
    "display:none", "visibility: hidden", "true", "main", "navigation",
    "articleBody", "javascript:alert(1)", "data:text/html,x", "//host/p",
    "http://[::1", "%zz", "https://example.com/a?b=1#c", "og:title",
    "article:published_time", "2024-02-30T25:61:00+99:00", "utf-16", "x-junk",
    "canonical", "application/ld+json", "ﬁ", "",
)  # fmt: skip
_ODD_TEXT = (
    "\x00", "\r\n", "\r", "\ufeff", "\u202e", "\u200b", "\ud800", "\udfff",
    "\x0c", "\x1b", "\u2028", "\ufffd", "\uffff", "&", "&amp", "&#0;",
    "&#x110000;", "&#xD800;", "&notin;", "&noti", "&#99999999999;", "&;",
    "<", ">", "</", "<!", "<!-->", "<!--->", "<!-- -- -->", "<![CDATA[x]]>",
    "<?xml version='1.0'?>", "<!DOCTYPE html>", "<!doctype x SYSTEM 'y'>",
    "--!>", "]]>", "&lt;p&gt;",
)  # fmt: skip


@st.composite
def _start_tag(draw: st.DrawFn) -> str:
    name = draw(
        st.sampled_from(_TAGS) | st.from_regex(r"\A[a-zA-Z][a-zA-Z0-9:-]{0,8}\Z")
    )
    attributes = draw(
        st.lists(
            st.tuples(
                st.sampled_from(_ATTRIBUTE_NAMES),
                st.sampled_from(_ATTRIBUTE_VALUES) | st.text(max_size=12),
                st.sampled_from(('"', "'", "")),
            ),
            max_size=3,
        )
    )
    rendered = "".join(f" {k}={q}{v}{q}" for k, v, q in attributes)
    closing = draw(st.sampled_from((">", "/>", "", " >")))
    return f"<{name}{rendered}{closing}"


def _json_values() -> st.SearchStrategy[object]:
    scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=20)
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(("@type", "@graph", "headline", "author", "name",
                             "datePublished", "publisher", "image", "url"))
            | st.text(max_size=5),
            inner,
            max_size=4,
        ),
        max_leaves=12,
    )  # fmt: skip


_URLS = (
    "https://example.com/a/b.html", "/relative/path", "//cdn.example.com/x.jpg",
    "javascript:void(0)", "data:image/png;base64,AAAA", "http://[::1", "#top",
    "https://例え.jp/パス?q=1", "mailto:a@example.com", "", " https://e.com/ ",
)  # fmt: skip
_META_NAMES = (
    ("property", "og:title"), ("property", "og:site_name"), ("property", "og:url"),
    ("property", "og:image"), ("property", "og:locale"), ("property", "og:description"),
    ("property", "article:published_time"), ("property", "article:modified_time"),
    ("property", "article:section"), ("property", "article:tag"),
    ("property", "article:author"), ("name", "author"), ("name", "description"),
    ("name", "keywords"), ("name", "date"), ("name", "application-name"),
    ("name", "twitter:title"), ("itemprop", "datePublished"),
    ("http-equiv", "content-language"),
)  # fmt: skip


def _free_text() -> st.SearchStrategy[str]:
    """Text as metadata fields hold it: words, separators, odd characters."""
    words = st.lists(
        st.sampled_from(LANGUAGES[0].words + LANGUAGES[6].words + LANGUAGES[12].words)
        | st.sampled_from(
            (" - ", " | ", ":", "By", "by", "and", ",", "&amp;", "—", "©")
        )
        | st.text(max_size=8),
        max_size=8,
    )
    return words.map(" ".join)


def _dates() -> st.SearchStrategy[str]:
    return st.one_of(
        st.datetimes().map(dt.datetime.isoformat),
        _aware_datetimes().map(dt.datetime.isoformat),
        st.dates().map(dt.date.isoformat),
        st.sampled_from(("2024-02-30", "5.3.2024 09:30", "March 5, 2024", "yesterday",
                         "2024-03-05T25:61:00+99:00", "0", "1e9", "")),
        st.text(max_size=12),
    )  # fmt: skip


def _attribute(value: str) -> str:
    return _attr(value)


@st.composite
def _meaningful(draw: st.DrawFn) -> str:
    """A fragment that feeds one of the extractor's sources of facts."""
    kind = draw(
        st.sampled_from(
            (
                "title",
                "meta",
                "lang",
                "link",
                "ld",
                "figure",
                "teaser",
                "prose",
                "story",
            )
        )
    )
    text = draw(_free_text())
    if kind == "title":
        return f"<title>{_escape(text)}</title>"
    if kind == "meta":
        key, name = draw(st.sampled_from(_META_NAMES))
        value = draw(_dates() | _free_text() | st.sampled_from(_URLS))
        return f'<meta {key}="{name}" content="{_attribute(value)}">'
    if kind == "lang":
        lang = draw(
            st.sampled_from(("en", "en_US", "de-DE", "pt-br", "x", "123", ""))
            | st.text(max_size=6)
        )
        return f'<html lang="{_attribute(lang)}">'
    if kind == "link":
        rel = draw(st.sampled_from(("canonical", "amphtml", "alternate")))
        tag = draw(st.sampled_from(("link", "base")))
        href = _attribute(draw(st.sampled_from(_URLS) | st.text(max_size=10)))
        return (
            f'<link rel="{rel}" href="{href}">'
            if tag == "link"
            else f'<base href="{href}">'
        )
    if kind == "ld":
        person = _free_text().map(lambda n: {"@type": "Person", "name": n})
        item: dict[str, object] = {
            "@type": draw(
                st.sampled_from(
                    ("NewsArticle", "Article", "BlogPosting", "WebPage", "Person")
                )
            ),
            "headline": text,
            "author": draw(st.lists(person | _free_text(), max_size=3)),
            "datePublished": draw(_dates()),
            "dateModified": draw(_dates()),
            "publisher": {"@type": "Organization", "name": draw(_free_text())},
            "articleSection": draw(_free_text()),
            "image": draw(st.sampled_from(_URLS)),
            "description": draw(_free_text()),
        }
        keep = draw(st.sets(st.sampled_from(sorted(item)), min_size=1))
        data = {k: v for k, v in item.items() if k in keep}
        if draw(st.booleans()):
            data = {"@context": "https://schema.org", "@graph": [data]}
        payload = json.dumps(data, ensure_ascii=draw(st.booleans())).replace(
            "<", "\\u003c"
        )
        return f'<script type="application/ld+json">{payload}</script>'
    language = draw(st.sampled_from(LANGUAGES))
    if kind == "figure":
        src = _attribute(draw(st.sampled_from(_URLS)))
        credit = draw(_free_text())
        return (
            f'<figure><img src="{src}"><figcaption>{_escape(text)}'
            f'<span class="credit">{_escape(credit)}</span></figcaption></figure>'
        )
    if kind == "teaser":
        href = _attribute(draw(st.sampled_from(_URLS)))
        return f'<div><a href="{href}">{_escape(draw(_headline(language)))}</a></div>'
    paragraph = f"<p>{_escape(draw(_prose(language)))}</p>"
    if kind == "prose":
        return paragraph
    href = _attribute(draw(st.sampled_from(_URLS)))
    teaser = f'<div><a href="{href}">{_escape(draw(_headline(language)))}</a></div>'
    closing = f"<p>{_escape(draw(_prose(language)))}</p>"
    return f"<article>{paragraph}{teaser}{closing}</article>"


def html_documents(*, max_nesting: object = 200) -> st.SearchStrategy[str]:
    """Arbitrary markup; see :func:`newsparse.testing.html_documents`."""
    depth = _integer("max_nesting", max_nesting, 0)
    nest = st.tuples(
        st.sampled_from(("<div>", "<b>", "<table><tr><td>", "<ul><li>", "<p><i>",
                         "<blockquote>", "<span class=x>", "<a href=#>")),
        st.integers(0, depth),
    ).map(lambda tn: tn[0] * tn[1])  # fmt: skip
    json_ld = _json_values().map(
        lambda v: (
            '<script type="application/ld+json">' + json.dumps(v)[:2000] + "</script>"
        )
    )
    token = st.one_of(
        st.text(max_size=30),
        st.sampled_from(_ODD_TEXT),
        _start_tag(),
        st.sampled_from(_TAGS).map(lambda t: f"</{t}>"),
        st.text(max_size=20).map(lambda t: f"<!--{t}-->"),
        nest,
        json_ld,
        _meaningful(),
    )
    return st.lists(token, max_size=40).map("".join)


# ------------------------------------------------------------- site rules

_RULE_FIELDS = (
    "markers",
    "title",
    "body",
    "authors",
    "published",
    "captions",
    "related",
    "drop",
)
# Matches of these fields may grow under noise: dropping more junk is fine.
_SUPERSET_FIELDS = frozenset({"drop"})


class SelectorRule(Protocol):
    """Any object with CSS selector tuples, such as a ``newsparse.rules.SiteRule``.

    Only ``title`` and ``body`` are required; ``markers``, ``authors``,
    ``published``, ``captions``, ``related`` and ``drop`` are read when
    present.
    """

    @property
    def title(self) -> tuple[str, ...]:
        """Selectors of the headline."""

    @property
    def body(self) -> tuple[str, ...]:
        """Selectors of the article's text container(s)."""


@attrs.frozen(kw_only=True)
class RulePage:
    """A rule's fixture page wrapped in layout noise.

    Attributes:
        html: The noisy page.
        fixture: The fixture it was made from.
        expected: For each selector, the texts it matches in the fixture.
        grow_ok: Selectors (``drop``) that may match more under noise.

    .. versionadded:: 0.2.0
    """

    html: str
    fixture: str
    expected: Mapping[str, tuple[str, ...]]
    grow_ok: frozenset[str] = frozenset()

    def mismatches(self) -> list[str]:
        """Say which selectors match differently in the noisy page.

        Returns:
            One line per such selector, with the texts it lost and gained;
            empty when every selector still matches as in the fixture.
        """
        root = parse_html(self.html).root
        problems: list[str] = []
        for selector, before in self.expected.items():
            after = _matched_texts(root, selector)
            if after == before:
                continue
            if selector in self.grow_ok and _contains_in_order(after, before):
                continue
            lost = [t for t in before if t not in after]
            gained = [t for t in after if t not in before]
            problems.append(
                f"{selector!r}: matched {len(before)} element(s) in the fixture, "
                f"{len(after)} in the noisy page; lost {lost!r}, gained {gained!r}"
            )
        return problems

    def assert_selectors_match(self) -> None:
        """Raise AssertionError naming every selector that the noise broke."""
        problems = self.mismatches()
        if problems:
            raise AssertionError(
                "selectors broke under layout noise:\n" + "\n".join(problems)
            )


def _contains_in_order(haystack: tuple[str, ...], needles: tuple[str, ...]) -> bool:
    it = iter(haystack)
    return all(any(n == h for h in it) for n in needles)


def _matched_texts(root: Node | None, selector: str) -> tuple[str, ...]:
    if root is None:
        return ()
    return tuple(element_text(node) for node in root.css(selector))


def _selectors(rule: object) -> tuple[list[str], set[str]]:
    """Selectors from a rule-like object or an iterable of strings."""
    selectors: list[object] = []
    grow_ok: set[object] = set()
    if isinstance(rule, str):
        msg = "pass a rule or a list of selectors, not a single string"
        raise InvalidArgument(msg)
    if isinstance(rule, Iterable):
        selectors = list(rule)
    else:
        for field in _RULE_FIELDS:
            values = getattr(rule, field, ())
            if isinstance(values, str) or not isinstance(values, Iterable):
                msg = f"{type(rule).__name__}.{field} must be a tuple of CSS selectors"
                raise InvalidArgument(msg)
            for value in values:
                selectors.append(value)
                if field in _SUPERSET_FIELDS:
                    grow_ok.add(value)
    if not selectors:
        msg = f"{rule!r} has no CSS selectors to check"
        raise InvalidArgument(msg)
    probe = parse_html("<p></p>").root
    checked: list[str] = []
    for selector in selectors:
        if not isinstance(selector, str):
            msg = f"selector {selector!r} is not a string"
            raise InvalidArgument(msg)
        try:
            if probe is not None:
                probe.css(selector)
        except InvalidSelectorError as err:
            msg = f"invalid CSS selector {selector!r}"
            raise InvalidArgument(msg) from err
        checked.append(selector)
    return list(dict.fromkeys(checked)), {s for s in checked if s in grow_ok}


def page_for_rule(rule: object, fixture_html: object) -> st.SearchStrategy[RulePage]:
    """Noisy variants of a fixture; see :func:`newsparse.testing.page_for_rule`."""
    selectors, grow_ok = _selectors(rule)
    if not isinstance(fixture_html, str):
        msg = f"fixture_html must be str, not {type(fixture_html).__name__}"
        raise InvalidArgument(msg)
    fixture_root = parse_html(fixture_html).root
    expected = {s: _matched_texts(fixture_root, s) for s in selectors}
    # A rule lists alternatives, some for other pages of its site: they must
    # go on matching nothing. Selectors given one by one must match.
    unmatched = [s for s, texts in expected.items() if not texts and s not in grow_ok]
    if unmatched and isinstance(rule, Iterable):
        msg = f"selectors match nothing in the fixture: {unmatched!r}"
        raise InvalidArgument(msg)
    if len(unmatched) == len(expected):
        msg = f"no selector of {rule!r} matches anything in the fixture"
        raise InvalidArgument(msg)
    return _rule_pages(fixture_html, expected, frozenset(grow_ok))


@st.composite
def _rule_pages(
    draw: st.DrawFn,
    fixture: str,
    expected: dict[str, tuple[str, ...]],
    grow_ok: frozenset[str],
) -> RulePage:
    document = parse_html(fixture)
    body = document.body
    if body is None:  # pragma: no cover - Lexbor always builds a body
        return RulePage(
            html=fixture, fixture=fixture, expected=expected, grow_ok=grow_ok
        )
    # Noise goes next to elements the selectors do not cover, never inside a
    # match and never among the matches themselves: a promo paragraph between
    # the matched paragraphs changes the content (drop selectors and the
    # generic pipeline deal with that), not the layout.
    matches = [m for selector in expected for m in body.css(selector)]
    protected = {node.mem_id for m in matches for node in m.traverse()}
    containers = {m.parent.mem_id for m in matches if m.parent is not None}
    candidates = [
        node
        for node in body.traverse()
        if node.is_element_node
        and node.mem_id not in protected
        and node.mem_id != body.mem_id
        and (node.parent is None or node.parent.mem_id not in containers)
    ]
    rnd = draw(st.integers(0, 2**32 - 1).map(random.Random))
    noise = _Noise(rnd)
    # Attribute noise on every element: extra class tokens and data-*.
    if draw(st.booleans()):
        for node in body.traverse():
            if node.is_element_node and rnd.random() < 0.5:
                classes = node.attributes.get("class") or ""
                node.attrs["class"] = f"{classes} {noise.token()}".strip()
                node.attrs[f"data-{noise.token()}"] = noise.token()
    # Boilerplate next to elements the selectors do not cover.
    for snippet, where in draw(
        st.lists(
            st.tuples(
                st.sampled_from(SNIPPETS), st.integers(0, max(len(candidates), 1))
            ),
            max_size=4,
        )
    ):
        fragment = parse_html(snippet.html).body
        if fragment is None or fragment.child is None:
            continue
        if where < len(candidates):
            target = candidates[where]
            if rnd.random() < 0.5:
                target.insert_before(fragment.child)
            else:
                target.insert_after(fragment.child)
        else:
            body.insert_child(fragment.child)
    page = document.html or fixture
    # Page-level wrappers: a layout change around the whole content.
    depth = draw(st.integers(0, 2))
    if depth:
        opening = "".join(f'<div class="{noise.token()}">' for _ in range(depth))
        page = re.sub(
            r"(<body[^>]*>)",
            lambda m: m.group(1) + opening,
            page,
            count=1,
        ).replace("</body>", "</div>" * depth + "</body>", 1)
    return RulePage(html=page, fixture=fixture, expected=expected, grow_ok=grow_ok)
