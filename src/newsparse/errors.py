"""Exceptions raised by newsparse.

Factored out so that every module can raise them without import loops.
The hierarchy::

    NewsparseError(Exception)            catch-all for callers
    ├── InputError(NewsparseError, ValueError)
    │   ├── DecodeError(InputError)      bytes that no encoding decodes
    │   ├── InputTooLargeError(InputError)
    │   └── NotMarkupError(InputError)   binary data given as HTML
    └── RuleError(NewsparseError)        a site rule is broken

    NewsparseWarning(UserWarning)

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
    "RuleError",
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
    """``bytes`` input that no candidate encoding decodes."""


class InputTooLargeError(InputError):
    """The input is larger than :attr:`newsparse.Options.max_bytes`."""


class NotMarkupError(InputError):
    """The input is binary data (an image, a PDF, an archive), not markup."""


class RuleError(NewsparseError):
    """A site rule is invalid or failed while it ran.

    Attributes:
        rule_name: The name of the rule at fault, when known.
    """

    def __init__(self, message: str, *, rule_name: str | None = None) -> None:
        """Keep the rule's name next to the message."""
        super().__init__(message)
        self.rule_name = rule_name


class NewsparseWarning(UserWarning):
    """Base class of the warnings newsparse emits."""


def __dir__() -> list[str]:
    return __all__
