"""The one module that imports selectolax.

Everything else works on :data:`Node` through the few helpers here, so that
the HTML backend can be upgraded or swapped in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse._nesting import limit_nesting


__all__ = [
    "Document",
    "Node",
    "attr",
    "class_id_tokens",
    "parse_html",
    "walk",
]

Node = LexborNode
Document = LexborHTMLParser

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


def attr(node: Node, name: str) -> str | None:
    """Return an attribute's value, or None when it is absent."""
    return node.attributes.get(name)


_TOKEN_SPLIT = re.compile(r"[^0-9a-zA-Z]+|(?<=[a-z])(?=[A-Z])")


def class_id_tokens(node: Node) -> list[str]:
    """Split a node's class and id into lowercase word tokens.

    ``"article-body relatedLinks"`` gives ``["article", "body", "related",
    "links"]``: vocabularies match whole words, never substrings, so that
    ``"shadow"`` is not taken for ``"ad"``.
    """
    attributes = node.attributes
    raw = " ".join(
        value for value in (attributes.get("class"), attributes.get("id")) if value
    )
    if not raw:
        return []
    # Long attribute values are machine made (hashes, base64): skip them.
    return [t.lower() for t in _TOKEN_SPLIT.split(raw[:256]) if t]


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
