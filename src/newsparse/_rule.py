"""What a site rule is: data first (selectors, domains), code second (hooks).

A :class:`SiteRule` validates itself when it is built, so a broken rule
fails where it is declared (a plugin's import, a rule file's load) and never
on the first page it meets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

import attrs

from newsparse._dom import Node, selector_error
from newsparse._domains import normalize_domain
from newsparse._model import Article
from newsparse._options import Options
from newsparse.errors import RuleValidationError


__all__ = [
    "EXTRACTING_FIELDS",
    "SELECTOR_FIELDS",
    "FinalizeHook",
    "PrepareHook",
    "RuleContext",
    "RuleExample",
    "SiteRule",
    "split_selector",
]

# Fields whose selectors may end in ``::attr(name)`` to read an attribute
# (``meta[name=author]::attr(content)``) instead of the element's text.
EXTRACTING_FIELDS = ("title", "authors", "published")
SELECTOR_FIELDS = (
    "title",
    "body",
    "drop",
    "authors",
    "published",
    "captions",
    "related",
    "markers",
)

_ATTR_SUFFIX = re.compile(r"::attr\(\s*([A-Za-z_:][-\w:.]*)\s*\)\s*$")
_NAME = re.compile(r"^\S{1,200}$")


def split_selector(selector: str) -> tuple[str, str | None]:
    """``"meta[name=a]::attr(content)"`` → ``("meta[name=a]", "content")``."""
    match = _ATTR_SUFFIX.search(selector)
    if match is None:
        return selector, None
    return selector[: match.start()].rstrip(), match.group(1)


@attrs.frozen(kw_only=True)
class RuleContext:
    """What a hook knows about the page it runs on.

    Attributes:
        url: The page's URL as given to :func:`newsparse.parse`, or None.
        host: The normalised host the rule was matched on (lowercase, ASCII,
            no ``www.``), or None when the rule matched by markup alone.
        rule: The rule whose hook is running.
        options: The options of this :func:`newsparse.parse` call.
    """

    url: str | None
    host: str | None
    rule: SiteRule
    options: Options


class PrepareHook(Protocol):
    """Edit the parsed page in place before anything is extracted.

    Runs right after parsing, before metadata is read and before cleaning;
    the rule's ``drop`` selectors run right after it. *tree* is the
    ``<html>`` element (a selectolax Lexbor node).
    """

    def __call__(self, tree: Node, ctx: RuleContext, /) -> None:
        """Edit *tree* in place."""


class FinalizeHook(Protocol):
    """Return an amended Article once extraction is done.

    Use :func:`attrs.evolve` to change fields of the frozen Article.
    """

    def __call__(self, article: Article, ctx: RuleContext, /) -> Article:
        """Return *article*, changed or not."""


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        msg = f"expected a sequence of strings, not one string: {value!r}"
        raise RuleValidationError(msg)
    return tuple(value)


@attrs.frozen(kw_only=True)
class RuleExample:
    """A page the rule was written for, and text its article must contain.

    newsparse never fetches it; ``newsparse rules check`` verifies that the
    rule matches the URL, and a plugin's own tests can use both.

    Attributes:
        url: The page's URL.
        contains: Strings the extracted article's text must contain.
    """

    url: str
    contains: tuple[str, ...] = attrs.field(default=(), converter=_strings)


def _domain_set(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        msg = f"domains are a collection of strings, not one string: {value!r}"
        raise RuleValidationError(msg)
    return frozenset(value)


def _examples(value: Iterable[RuleExample]) -> tuple[RuleExample, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class SiteRule:
    """Site knowledge for newsparse: where a site keeps its article.

    Selectors are CSS as Lexbor understands it. In each field the selectors
    are alternatives, tried in order: the first that matches anything wins,
    and every element it matches is used. A field whose selectors match
    nothing on a page falls back to the generic extractor for that field.

    Attributes:
        name: The rule's id, used for blocking and in messages. For a plugin
            the entry point's name is the natural choice.
        domains: Registrable domains the rule serves, matched at label
            boundaries (``bbc.co.uk`` also serves ``news.bbc.co.uk``);
            ``*.example.com`` serves subdomains only. Normalised when the
            rule is built: lowercase, IDNA, no port, no ``www.``.
        markers: CSS selectors that recognise a platform by its markup
            (``meta[name=generator][content^=WordPress]``); the rule applies
            to any page where one matches and no domain rule does.
        title: Where the headline is.
        body: Where the article is. See *extends_generic*.
        drop: Elements removed before anything is extracted.
        authors: Elements naming the authors, one per match.
        published: Where the publication date is; an element with a
            ``datetime`` attribute gives that attribute.
        captions: Captions of the article's pictures.
        related: Containers (or ``<a>`` elements) of related-reading links.
        extends_generic: True (the default): the rule refines the generic
            pipeline; *body* only narrows where the content finder looks,
            and *captions*/*related* add to what it finds. False: *body*
            elements are the article as they are, and *captions*/*related*
            replace the generic ones.
        prepare: Optional hook that edits the parsed page first.
        finalize: Optional hook that amends the Article last.
        examples: Pages the rule was written for.

    Raises:
        RuleValidationError: A selector does not compile, a domain is
            malformed or a public suffix, the rule can never match (no
            domains and no markers), or a field has the wrong type.
    """

    name: str
    domains: frozenset[str] = attrs.field(default=frozenset(), converter=_domain_set)
    markers: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    title: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    body: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    drop: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    published: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    captions: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    related: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    extends_generic: bool = True
    prepare: PrepareHook | None = None
    finalize: FinalizeHook | None = None
    examples: tuple[RuleExample, ...] = attrs.field(default=(), converter=_examples)

    def __attrs_post_init__(self) -> None:
        """Validate everything now, so that a broken rule never reaches a page."""
        name = _checked_name(self.name)
        domains = frozenset(_checked_domain(name, d) for d in self.domains)
        # Frozen: attrs documents object.__setattr__ for post-init normalising.
        object.__setattr__(self, "domains", domains)
        if not domains and not self.markers:
            msg = "the rule has neither domains nor markers, so it never applies"
            raise RuleValidationError(msg, rule_name=name)
        for field in SELECTOR_FIELDS:
            for selector in getattr(self, field):
                _check_selector(name, field, selector)
        values: dict[str, object] = {
            "extends_generic": self.extends_generic,
            "prepare": self.prepare,
            "finalize": self.finalize,
        }
        if not isinstance(values["extends_generic"], bool):
            msg = f"extends_generic must be a bool, not {self.extends_generic!r}"
            raise RuleValidationError(msg, rule_name=name)
        for hook in ("prepare", "finalize"):
            value = values[hook]
            if value is not None and not callable(value):
                msg = f"{hook} must be callable or None, not {type(value).__name__}"
                raise RuleValidationError(msg, rule_name=name)
        examples: tuple[object, ...] = self.examples
        for example in examples:
            if not isinstance(example, RuleExample):
                msg = f"examples must be RuleExample, not {type(example).__name__}"
                raise RuleValidationError(msg, rule_name=name)


def _checked_name(name: object) -> str:
    if not isinstance(name, str) or _NAME.match(name) is None:
        msg = f"a rule's name is a non-empty string without spaces, not {name!r}"
        raise RuleValidationError(msg)
    return name


def _checked_domain(name: str, domain: object) -> str:
    if not isinstance(domain, str):
        msg = f"domains must be strings, not {type(domain).__name__}"
        raise RuleValidationError(msg, rule_name=name)
    try:
        return normalize_domain(domain)
    except ValueError as err:
        raise RuleValidationError(str(err), rule_name=name) from None


def _check_selector(name: str, field: str, selector: object) -> None:
    if not isinstance(selector, str):
        msg = f"{field} selectors must be strings, not {type(selector).__name__}"
        raise RuleValidationError(msg, rule_name=name)
    css, attribute = split_selector(selector)
    if attribute is not None and field not in EXTRACTING_FIELDS:
        msg = (
            f"{field} selector {selector!r}: ::attr() reads a value, "
            f"which only {', '.join(EXTRACTING_FIELDS)} use"
        )
        raise RuleValidationError(msg, rule_name=name)
    problem = selector_error(css)
    if problem is not None:
        msg = f"{field} selector {selector!r} is not valid CSS: {problem}"
        raise RuleValidationError(msg, rule_name=name)
