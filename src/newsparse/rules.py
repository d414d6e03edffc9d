"""Site rules: tell newsparse where a site keeps its article.

The generic extractor will miss on some sites. A :class:`SiteRule` says, for
the domains it names (or the platform whose markup it recognises), where
the title, body, authors and date are and what to drop; optional hooks edit
the page before extraction or the Article after it. Rules come from three
places, in this order of precedence:

1. explicit: ``newsparse.parse(html, url, rules=RuleSet([...]))``;
2. installed: packages that declare an entry point in the
   ``newsparse.rules`` group (``NEWSPARSE_NO_PLUGINS=1`` turns discovery
   off);
3. built-in: rules for publishing platforms (WordPress, Ghost, Substack,
   Blogger), recognised by markup.

Rules can also be written as TOML files (:func:`load_toml`) or read from
FiveFilters Full-Text RSS site configs (:func:`load_ftr`). See
``docs/how-to/write-a-rule.md`` and ``docs/reference/rules-contract.md``.
"""

from __future__ import annotations

from newsparse._dom import Node
from newsparse._ftr import load_ftr
from newsparse._registry import (
    ENTRY_POINT_GROUP,
    Origin,
    RuleInfo,
    RuleSet,
    load_installed,
)
from newsparse._rule import (
    FinalizeHook,
    PrepareHook,
    RuleContext,
    RuleExample,
    SiteRule,
)
from newsparse._toml import load_toml


__all__ = [
    "ENTRY_POINT_GROUP",
    "FinalizeHook",
    "Node",
    "Origin",
    "PrepareHook",
    "RuleContext",
    "RuleExample",
    "RuleInfo",
    "RuleSet",
    "SiteRule",
    "load_ftr",
    "load_installed",
    "load_toml",
]


def __dir__() -> list[str]:
    return __all__
