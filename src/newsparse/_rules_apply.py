"""Apply the one matched site rule at each stage of ``parse()``.

``_api.py`` calls a :class:`RuleRun` at fixed points and stays readable;
the mechanics live here. Every field falls back to the generic pipeline
when the rule's selectors find nothing on the page (sites change), and the
run's :class:`RuleTrace` records, field by field, what the rule did.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

import attrs

from newsparse._captions import split_credit
from newsparse._content import Selection, select_content
from newsparse._dates import parse_date
from newsparse._dom import Document, Node, attr, outermost
from newsparse._links import absolute_http_url
from newsparse._metadata import PageFacts
from newsparse._model import Article, Caption, Date, Link
from newsparse._names import read_byline
from newsparse._options import Options
from newsparse._registry import Match, RuleSet, call_plugin, match_page
from newsparse._rule import RuleContext, SiteRule, split_selector
from newsparse._segment import (
    Role,
    Segmentation,
    element_text,
    normalize_space,
    segment,
)
from newsparse.errors import RuleError, RuleExecutionError


__all__ = ["FieldNote", "RuleRun", "RuleTrace"]

T = TypeVar("T")


@attrs.frozen
class FieldNote:
    """What the rule did for one field.

    ``selector`` is the one that matched, or None when the generic pipeline
    took over because none did.
    """

    field: str
    selector: str | None
    detail: str = ""


@attrs.frozen
class RuleTrace:
    """Which rule applied to a page, and what it did there."""

    match: Match | None
    notes: tuple[FieldNote, ...] = ()

    def lines(self) -> list[str]:
        """Human-readable report, one fact per line."""
        if self.match is None:
            return ["rule: none matched (generic extraction only)"]
        info = self.match.info
        source = info.origin.value + (
            f", from {info.distribution}" if info.distribution else ""
        )
        lines = [f"rule: {info.name} ({source})", f"matched by: {self.match.reason}"]
        if self.match.host:
            lines.append(f"host: {self.match.host}")
        for note in self.notes:
            if note.selector is None:
                text = f"generic fallback ({note.detail or 'no selector matched'})"
            else:
                text = note.selector + (f" ({note.detail})" if note.detail else "")
            lines.append(f"{note.field}: {text}")
        return lines


@attrs.frozen
class _RawCaption:
    text: str
    image: str | None


class RuleRun:
    """One rule applied to one page; a pass-through when no rule matched.

    Lives only inside one ``parse()`` call, like the segmentation walker.
    """

    def __init__(
        self, ruleset: RuleSet, document: Document, url: str | None, options: Options
    ) -> None:
        """Choose the page's rule (at most one)."""
        self.match = match_page(ruleset, url, document)
        self.url = url
        self.options = options
        self.notes: list[FieldNote] = []
        self._captions: list[_RawCaption] | None = None
        self._related: list[tuple[str, str]] | None = None
        self.segmentations: list[Segmentation] = []
        self.scope: list[Node] | None = None

    @property
    def rule(self) -> SiteRule | None:
        """The matched rule, if any."""
        return self.match.info.rule if self.match is not None else None

    def trace(self) -> RuleTrace:
        """What happened so far."""
        return RuleTrace(self.match, tuple(self.notes))

    # -- before extraction ------------------------------------------------

    def prepare(self, document: Document) -> None:
        """Run the rule's ``prepare`` hook, then remove its ``drop`` elements."""
        rule = self.rule
        if rule is None:
            return
        if rule.prepare is not None:
            call_plugin(
                rule.prepare,
                document.root,
                self._context(rule),
                error=self._error("prepare hook raised"),
            )
            self.notes.append(FieldNote("prepare", "hook", "ran"))
        if rule.drop:
            removed = 0
            root = document.root
            for selector in rule.drop:
                for node in outermost(document.css(selector)):
                    if root is not None and node.mem_id == root.mem_id:
                        # a stray <html class=…> in the body gives the root its
                        # class; the page itself cannot be dropped
                        continue
                    node.decompose()
                    removed += 1
            self.notes.append(
                FieldNote("drop", ", ".join(rule.drop), f"{removed} removed")
            )

    def metadata(self, document: Document, facts: PageFacts) -> PageFacts:
        """Override title, authors and publication date where the rule finds them."""
        rule = self.rule
        if rule is None:
            return facts
        title = facts.title
        metadata = facts.metadata
        sources = dict(metadata.provenance)
        found = self._values("title", rule.title, document, _text)
        if found is not None:
            title = found[0]
            sources["title"] = "rule"
        authors = self._values("authors", rule.authors, document, _authors)
        if authors is not None:
            metadata = attrs.evolve(metadata, authors=_dedupe(authors))
            sources["authors"] = "rule"
        published = self._values("published", rule.published, document, _date)
        if published is not None:
            metadata = attrs.evolve(metadata, published=published[0])
            sources["published"] = "rule"
        metadata = attrs.evolve(metadata, provenance=sources)
        return attrs.evolve(facts, title=title, metadata=metadata)

    # -- extraction -------------------------------------------------------

    def select(
        self,
        root: Node,
        options: Options,
        title: str | None,
        roles: Mapping[int, Role] | None = None,
    ) -> Selection:
        """Find the article: the generic finder, narrowed or replaced by the rule.

        The rule's caption and related-link elements are read and taken out
        of the tree first, so that they never reach the body. *title* (the
        page's, after the rule's own title selectors) guides the generic
        finder as it does without a rule. *roles* names the caption and
        credit elements (see ``segment``). Afterwards ``segmentations`` holds
        the segmentations the selection's segments come from, and ``scope``
        the rule's body elements when the rule chose them.
        """

        def cut(node: Node) -> Segmentation:
            seg = segment(node, roles)
            self.segmentations.append(seg)
            return seg

        self.segmentations = []
        self.scope = None
        rule = self.rule
        if rule is None:
            return select_content(cut(root), options, title)
        self._captions = self._take(rule, "captions", root, _read_captions)
        self._related = self._take(rule, "related", root, _read_links)
        if not rule.body:
            return select_content(cut(root), options, title)
        for selector in rule.body:
            nodes = outermost(root.css(selector))
            if nodes:
                break
        else:
            self.notes.append(FieldNote("body", None))
            return select_content(cut(root), options, title)
        if not rule.extends_generic:
            segments = [s for node in nodes for s in cut(node).segments]
            self.notes.append(
                FieldNote("body", selector, "replaces the generic finder")
            )
            self.scope = nodes
            return Selection(
                0,
                [s for s in segments if s.role is Role.TEXT],
                [s for s in segments if s.role is not Role.TEXT],
                [],
            )
        parts = [select_content(cut(node), options, title) for node in nodes]
        body = [s for part in parts for s in part.body]
        if not body:
            self.notes.append(
                FieldNote(
                    "body", None, f"{selector} matched, but holds no article text"
                )
            )
            self.segmentations = []
            return select_content(cut(root), options, title)
        self.notes.append(FieldNote("body", selector, "narrows the generic finder"))
        self.scope = nodes
        captions = [s for part in parts for s in part.captions]
        related = [s for part in parts for s in part.related]
        return Selection(0, body, captions, related)

    def captions(
        self, generic: tuple[Caption, ...], base: str | None
    ) -> tuple[Caption, ...]:
        """The generic captions, with the rule's added or instead."""
        rule = self.rule
        if rule is None or not self._captions:
            return generic
        own = []
        for raw in self._captions:
            text, credit = split_credit(raw.text)
            image = absolute_http_url(raw.image, base) if raw.image else None
            own.append(Caption(text=text, credit=credit, image=image))
        combined = own if not rule.extends_generic else [*generic, *own]
        seen: set[tuple[str, str | None]] = set()
        result = []
        for caption in combined:
            key = (caption.text, caption.credit)
            if key not in seen:
                seen.add(key)
                result.append(caption)
        return tuple(result)

    def related(self, generic: tuple[Link, ...], base: str | None) -> tuple[Link, ...]:
        """The generic related links, with the rule's added or instead."""
        rule = self.rule
        if rule is None or not self._related:
            return generic
        own = []
        for text, href in self._related:
            url = absolute_http_url(href, base)
            if url is not None:
                own.append(Link(text=text, url=url))
        combined = own if not rule.extends_generic else [*generic, *own]
        seen: set[str] = set()
        result = []
        for link in combined:
            if link.url not in seen:
                seen.add(link.url)
                result.append(link)
        return tuple(result)

    # -- after extraction -------------------------------------------------

    def finalize(self, article: Article) -> Article:
        """Run the rule's ``finalize`` hook on the finished Article."""
        rule = self.rule
        if rule is None or rule.finalize is None:
            return article
        error = self._error("finalize hook raised")
        result: object = call_plugin(
            rule.finalize, article, self._context(rule), error=error
        )
        if not isinstance(result, Article):
            msg = f"finalize hook returned {type(result).__name__}, not an Article"
            raise self._error("")(msg)
        self.notes.append(FieldNote("finalize", "hook", "ran"))
        return result

    # -- helpers ----------------------------------------------------------

    def _context(self, rule: SiteRule) -> RuleContext:
        host = self.match.host if self.match is not None else None
        return RuleContext(url=self.url, host=host, rule=rule, options=self.options)

    def _error(self, what: str) -> Callable[[str], RuleError]:
        info = self.match.info if self.match is not None else None

        def make(message: str) -> RuleError:
            return RuleExecutionError(
                f"{what} {message}" if what else message,
                rule_name=info.name if info else None,
                distribution=info.distribution if info else None,
                url=self.url,
            )

        return make

    def _values(
        self,
        field: str,
        selectors: tuple[str, ...],
        document: Document,
        convert: Callable[[list[str]], list[T]],
    ) -> list[T] | None:
        """Values of the first selector that yields any, noted in the trace."""
        if not selectors:
            return None
        for selector in selectors:
            css, attribute = split_selector(selector)
            raw = [_read(node, attribute, field) for node in document.css(css)]
            values = convert([r for r in raw if r])
            if values:
                self.notes.append(FieldNote(field, selector))
                return values
        self.notes.append(FieldNote(field, None))
        return None

    def _take(
        self,
        rule: SiteRule,
        field: str,
        root: Node,
        read: Callable[[Node], list[T]],
    ) -> list[T] | None:
        """Read the first matching selector's elements, then remove them."""
        selectors: tuple[str, ...] = getattr(rule, field)
        if not selectors:
            return None
        for selector in selectors:
            nodes = outermost(root.css(selector))
            if nodes:
                found = [item for node in nodes for item in read(node)]
                for node in nodes:
                    node.decompose()
                self.notes.append(FieldNote(field, selector, f"{len(found)} found"))
                return found
        self.notes.append(FieldNote(field, None))
        return None


def _read(node: Node, attribute: str | None, field: str) -> str | None:
    if attribute is not None:
        return attr(node, attribute)
    if field == "published":
        stamp = attr(node, "datetime") or attr(node, "content")
        if stamp:
            return stamp
    return node.text(separator=" ")


def _text(values: list[str]) -> list[str]:
    return [t for t in (normalize_space(v) for v in values) if t]


def _authors(values: list[str]) -> list[str]:
    """The people a rule's author elements name, cleaned as any byline is.

    The rule's selector is site knowledge: it points at the byline, so
    words that elsewhere mark a widget ("Author", "Writer") may be names.
    """
    return [
        name for value in values for name in read_byline(value, trusted=True).people
    ]


def _date(values: list[str]) -> list[Date]:
    return [d for d in (parse_date(v) for v in values) if d is not None]


def _dedupe(names: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    result = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return tuple(result)


def _read_captions(node: Node) -> list[_RawCaption]:
    text = element_text(node)
    if not text:
        return []
    image_node = node.css_first("img")
    parent = node.parent
    if image_node is None and parent is not None and parent.tag == "figure":
        image_node = parent.css_first("img")
    image = None
    if image_node is not None:
        image = attr(image_node, "src") or attr(image_node, "data-src")
    return [_RawCaption(text, image)]


def _read_links(node: Node) -> list[tuple[str, str]]:
    links = []
    for anchor in node.css("a[href]"):
        text = element_text(anchor)
        href = attr(anchor, "href")
        if text and href:
            links.append((text, href))
    return links
