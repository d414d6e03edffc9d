"""Exceptions raised by newsparse.

Factored out so that every module can raise them without import loops.
The hierarchy::

    NewsparseError(Exception)            catch-all for callers
    ├── InputError(NewsparseError, ValueError)
    │   ├── DecodeError(InputError)      bytes that no encoding decodes
    │   ├── InputTooLargeError(InputError)
    │   └── NotMarkupError(InputError)   binary data given as HTML
    └── RuleError(NewsparseError)        a site rule is broken
        ├── RuleLoadError(RuleError)     a plugin or rule file failed to load
        ├── RuleValidationError(RuleError, TypeError)
        │                                not a rule, bad selector, bad domain
        └── RuleExecutionError(RuleError)  a rule's hook raised while parsing

    NewsparseWarning(UserWarning)
    └── RuleConflictWarning(NewsparseWarning)
                                         two equal claims on one domain

Finding no article is *not* an error: :func:`newsparse.parse` then returns an
:class:`~newsparse.Article` with an empty body.
"""

from __future__ import annotations


__all__ = [
    "DecodeError",
    "InputError",
    "InputTooLargeError",
    "NewsparseError",
    "NewsparseWarning",
    "NotMarkupError",
    "RuleConflictWarning",
    "RuleError",
    "RuleExecutionError",
    "RuleLoadError",
    "RuleValidationError",
]


class NewsparseError(Exception):
    """Base class of every error newsparse raises.

    Catch it to handle any failure of :func:`newsparse.parse` in one place.
    """


class InputError(NewsparseError, ValueError):
    """The input cannot be parsed: wrong type, too large, or not markup.

    Subclasses :class:`ValueError`, so ``except ValueError`` keeps working.
    """


class DecodeError(InputError):
    """``bytes`` input that decodes to noise in every candidate encoding.

    Raised when the bytes declare no encoding, are not UTF-8, no encoding
    can be guessed, and over a quarter of them are invalid as UTF-8.
    """


class InputTooLargeError(InputError):
    """The input is larger than :attr:`newsparse.Options.max_bytes`.

    Bytes are counted for ``bytes`` input, characters for ``str``; the
    default, 64 MiB, bounds a parse's memory (see ``Options.max_bytes``).
    """


class NotMarkupError(InputError):
    """The input is not a web page: binary data, JSON or a feed.

    Binary data (an image, a PDF, an archive, also when already decoded to
    ``str``), a JSON document, or an RSS/Atom feed. Plain text is not refused:
    it gives an Article of its blank-line-separated paragraphs.
    """


class RuleError(NewsparseError):
    """A site rule is invalid, failed to load, or failed while it ran.

    The message names the rule and the package it came from, so that a user
    can tell which plugin to fix, block or uninstall.

    Attributes:
        rule_name: The rule at fault (for a plugin that failed to load, its
            entry point's name), when known.
        distribution: The package the rule came from, as ``"name version"``,
            or the rule file's path; ``None`` for rules built in code.
        detail: The message without the rule and package prefix.
    """

    def __init__(
        self,
        message: str,
        *,
        rule_name: str | None = None,
        distribution: str | None = None,
    ) -> None:
        """Keep the rule's name and package next to the message."""
        prefix = f"rule {rule_name!r}" if rule_name else ""
        if distribution:
            prefix += f" (from {distribution})" if prefix else f"from {distribution}"
        super().__init__(f"{prefix}: {message}" if prefix else message)
        self.rule_name = rule_name
        self.distribution = distribution
        self.detail = message


class RuleLoadError(RuleError):
    """A plugin's entry point or a rule file could not be loaded.

    Raised when importing the plugin, calling its rule factory, or reading a
    TOML or FiveFilters file fails; ``__cause__`` holds the original error.
    """


class RuleValidationError(RuleError, TypeError):
    """Something offered as a rule is not a valid :class:`~newsparse.rules.SiteRule`.

    Raised at load time, never on first use: an object that is not a rule, a
    selector that does not compile, a domain that is malformed or a public
    suffix (``co.uk``), or an unknown key in a rule file. Subclasses
    :class:`TypeError` because the rule is the wrong shape of value.
    """


class RuleExecutionError(RuleError):
    """A rule's ``prepare`` or ``finalize`` hook raised while parsing a page.

    ``__cause__`` is the hook's own exception.

    Attributes:
        url: The URL of the page being parsed, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        rule_name: str | None = None,
        distribution: str | None = None,
        url: str | None = None,
    ) -> None:
        """Keep the page's URL next to the rule's name."""
        where = f" (page {url})" if url else " (page without URL)"
        super().__init__(
            message + where, rule_name=rule_name, distribution=distribution
        )
        self.detail = message
        self.url = url


class NewsparseWarning(UserWarning):
    """Base class of the warnings newsparse emits."""


class RuleConflictWarning(NewsparseWarning):
    """Two rules of equal precedence claim the same domain.

    Emitted when a :class:`~newsparse.rules.RuleSet` is built. The winner is
    deterministic (see the rules contract) and named in the message; block
    the other with :meth:`~newsparse.rules.RuleSet.without` to silence it.
    """


def __dir__() -> list[str]:
    return __all__
