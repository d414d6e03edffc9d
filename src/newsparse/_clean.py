"""Remove what is never article text before anyone looks for the article.

Scripts, styles, embedded objects, form controls and hidden elements carry
no visible article text; removing them first makes every later measure
(text length, link density) honest and every later walk shorter.
"""

from __future__ import annotations

from newsparse import _vocab
from newsparse._dom import Document, Node


__all__ = ["clean"]

_DROP_SELECTOR = ",".join(sorted(_vocab.DROP_TAGS))

_HIDDEN_SELECTOR = (
    '[hidden], [aria-hidden="true"], '
    '[style*="display:none"], [style*="display: none"], '
    '[style*="visibility:hidden"], [style*="visibility: hidden"]'
)

# One query, one pass over the tree. Removing a node only detaches it, so a
# match inside an already removed subtree is harmless.
_REMOVE_SELECTOR = f"{_DROP_SELECTOR}, {_HIDDEN_SELECTOR}"


def clean(document: Document) -> Node | None:
    """Strip non-content elements in place and return the ``<body>``.

    Returns None for a document without a body (which Lexbor never builds
    for HTML input, but a defensive caller should not crash on).
    """
    body = document.body
    if body is None:
        return None
    for node in body.css(_REMOVE_SELECTOR):
        node.decompose()
    return body
