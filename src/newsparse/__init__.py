"""newsparse: a news or blog page's HTML in, a clean, typed Article out.

The public surface is re-exported here; everything else lives in private
modules, one per pipeline stage (see ``_api.py`` for the pipeline).
"""

from __future__ import annotations

import logging

from newsparse import errors, rules
from newsparse._api import parse
from newsparse._model import (
    Article,
    Block,
    BlockKind,
    Caption,
    Decision,
    Link,
    Metadata,
    PageType,
)
from newsparse._options import Options
from newsparse._version import __version__
from newsparse.errors import NewsparseError


__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Caption",
    "Decision",
    "Link",
    "Metadata",
    "NewsparseError",
    "Options",
    "PageType",
    "__version__",
    "errors",
    "parse",
    "rules",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
