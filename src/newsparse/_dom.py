"""The one module that imports selectolax.

Everything else works on :data:`Node` through the few helpers here, so that
the HTML backend can be upgraded or swapped in one place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from newsparse._nesting import limit_nesting


__all__ = [
    "Document",
    "InvalidSelectorError",
    "Node",
    "attr",
    "attribute_tokens",
    "class_id_tokens",
    "outermost",
    "parse_html",
    "selector_error",
    "walk",
]

Node = LexborNode
Document = LexborHTMLParser
InvalidSelectorError = SelectolaxError
"""What ``Node.css()`` raises for a selector it cannot parse."""

ENTER = True
EXIT = False


def parse_html(text: str) -> Document:
    """Parse a whole document the way a browser with scripting on would.

    Scripting on keeps ``<noscript>`` content as text, so a ``<noscript>`` in
    ``<head>`` cannot push the rest of the head into the body. The nesting
    is bounded first, or Lexbor's time and memory can grow faster than the
    page (see ``_nesting``).
    """
    return LexborHTMLParser(limit_nesting(text), scripting=True)


@functools.cache
def _empty_document() -> Document:
    """A document to compile selectors against; only ever queried."""
    return LexborHTMLParser("")


def selector_error(selector: str) -> str | None:
    """None when *selector* is CSS that Lexbor compiles, else why not."""
    if not selector.strip():
        return "empty selector"
    try:
        _empty_document().css_first(selector)
    except SelectolaxError as err:
        return str(err) or "invalid selector"
    return None


def outermost(nodes: Iterable[Node]) -> list[Node]:
    """*nodes* without those inside another of them, in their given order.

    A selector list such as ``article, article .body`` matches a node and
    its descendant; using both would repeat the text.
    """
    found = list(nodes)
    ids = {node.mem_id for node in found}
    result: list[Node] = []
    seen: set[int] = set()
    for node in found:
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None:
            result.append(node)
    return result


def attr(node: Node, name: str) -> str | None:
    """Return an attribute's value, or None when it is absent."""
    # (.attributes builds a dict of them all, and is still cheaper on
    # average than one lookup through the .attrs proxy)
    return node.attributes.get(name)


_TOKEN_SPLIT = re.compile(r"[^0-9a-zA-Z]+|(?<=[a-z])(?=[A-Z])")
_NOT_ALNUM = re.compile(r"[^0-9a-zA-Z]+")


def class_id_tokens(node: Node) -> list[str]:
    """Split a node's class names and id into lowercase word tokens.

    ``"article-body relatedLinks"`` gives ``["article", "body", "related",
    "links"]``: vocabularies match whole words, so that ``"shadow"`` is not
    taken for ``"ad"``. A value of more than four words is a slug made from
    content (``id="section-sharing-with-a-single-developer"``), not a name
    a developer chose, and is skipped; so are long machine-made values.
    """
    return attribute_tokens(node.attributes)


def attribute_tokens(attributes: Mapping[str, str | None]) -> list[str]:
    """:func:`class_id_tokens` of an element whose attributes are at hand."""
    tokens: list[str] = []
    for key in ("class", "id"):
        raw = attributes.get(key)
        if raw and len(raw) <= _MAX_CLASS_CHARS:
            tokens.extend(_attribute_tokens(raw))
    return tokens


_MAX_CLASS_CHARS = 512
_MAX_NAME_WORDS = 4


@functools.lru_cache(maxsize=4096)
def _attribute_tokens(raw: str) -> tuple[str, ...]:
    """The words of one class or id value, memoised.

    A page repeats the same class strings on many elements, and sites share
    them across pages; the split is pure, so the memo never changes a result.
    """
    tokens: list[str] = []
    for value in raw.split():
        words = _split_words(value)
        if len(words) <= _MAX_NAME_WORDS:
            tokens.extend(words)
    return tuple(tokens)


def _split_words(value: str) -> list[str]:
    """``"relatedLinks-box"`` → ``["related", "links", "box"]``."""
    if value.islower():  # no capital, so no camelCase boundary to find
        return _NOT_ALNUM.sub(" ", value).split()
    return _TOKEN_SPLIT.sub(" ", value).lower().split()


def walk(root: Node, skip: set[int] | None = None) -> Iterator[tuple[bool, Node]]:
    """Depth-first walk: ``(True, node)`` on entry, ``(False, node)`` on exit.

    Iterative, so nesting depth is bounded by memory, not by the recursion
    limit. Text nodes get an entry event only. A consumer that adds a node's
    ``mem_id`` to *skip* while handling its entry keeps the walk out of that
    node's subtree (the exit event still comes).
    """
    skipped = skip if skip is not None else set()
    root_id = root.mem_id
    node: Node | None = root
    while node is not None:
        yield ENTER, node
        child = None if node.mem_id in skipped else node.child
        if child is not None:
            node = child
            continue
        while node is not None:
            if node.is_element_node:
                yield EXIT, node
            if node.mem_id == root_id:
                return
            sibling = node.next
            if sibling is not None:
                node = sibling
                break
            node = node.parent
