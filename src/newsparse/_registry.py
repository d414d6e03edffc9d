"""Rule discovery, precedence and matching: pluggy's semantics, not its machinery.

- Installed plugins are found through the ``newsparse.rules`` entry-point
  group. A target is a :class:`SiteRule`, an iterable of them, or a
  zero-argument factory returning either; loading is validated at once and
  failures name the entry point and its distribution.
- A :class:`RuleSet` is immutable and indexes its rules when it is built:
  matching a page is a dict probe per label of its host, whatever the number
  of rules.
- One rule applies per page. A rule that names the host beats one that
  recognises the markup; among host rules the longest domain wins; on the
  same domain explicit > installed > built-in; equal claims warn
  (:class:`RuleConflictWarning`) and resolve deterministically.
"""

from __future__ import annotations

import enum
import functools
import importlib.metadata
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar

import attrs

from newsparse._builtin_rules import builtin_rules
from newsparse._dom import Document, attr
from newsparse._domains import DomainIndex, host_of
from newsparse._rule import SiteRule
from newsparse._version import __version__
from newsparse.errors import (
    RuleConflictWarning,
    RuleError,
    RuleLoadError,
    RuleValidationError,
)


__all__ = [
    "ENTRY_POINT_GROUP",
    "NO_PLUGINS_ENV",
    "Match",
    "Origin",
    "RuleInfo",
    "RuleSet",
    "call_plugin",
    "load_installed",
    "match_page",
    "rules_from_entry_points",
]

ENTRY_POINT_GROUP = "newsparse.rules"
NO_PLUGINS_ENV = "NEWSPARSE_NO_PLUGINS"

T = TypeVar("T")


class Origin(enum.StrEnum):
    """Where a rule came from; decides precedence on the same domain."""

    EXPLICIT = "explicit"
    INSTALLED = "installed"
    BUILTIN = "built-in"


_RANK = {Origin.EXPLICIT: 0, Origin.INSTALLED: 1, Origin.BUILTIN: 2}


@attrs.frozen(kw_only=True)
class RuleInfo:
    """One rule of a :class:`RuleSet` and where it came from.

    Attributes:
        rule: The rule.
        origin: ``"explicit"``, ``"installed"`` or ``"built-in"``.
        distribution: ``"name version"`` of the package that provided it;
            None for explicit rules.
        entry_point: The entry point's name, for installed rules.
    """

    rule: SiteRule
    origin: Origin
    distribution: str | None = None
    entry_point: str | None = None

    @property
    def name(self) -> str:
        """The rule's name."""
        return self.rule.name


@attrs.frozen
class Match:
    """The rule chosen for a page, and why."""

    info: RuleInfo
    host: str | None
    reason: str
    """``"domain bbc.co.uk"`` or ``"marker <selector>"``."""


def _precedence(info: RuleInfo, position: int) -> tuple[int, str, str, int]:
    """Sort key: origin first; then entry point name, then the given order."""
    return (_RANK[info.origin], info.entry_point or "", info.name, position)


@attrs.frozen(init=False, repr=False, eq=False)
class RuleSet:
    """An immutable, indexed set of site rules.

    ``RuleSet(rules)`` holds *rules* as explicit rules (the highest
    precedence) and nothing else: passing it to :func:`newsparse.parse`
    bypasses plugin discovery. :func:`load_installed` gives the installed
    plugins and built-in rules; ``load_installed().with_rules(...)`` adds
    yours on top.

    Building a set warns with :class:`~newsparse.errors.RuleConflictWarning`
    when two rules of equal precedence claim one domain.
    """

    _infos: tuple[RuleInfo, ...]
    _hosts: DomainIndex[RuleInfo]
    _marker_rules: tuple[RuleInfo, ...]
    _any_marker: str

    def __init__(self, rules: Iterable[SiteRule] = ()) -> None:
        """Hold *rules* as explicit rules, first given first.

        Raises:
            RuleValidationError: An item is not a :class:`SiteRule`.
        """
        infos = []
        items: Iterable[object] = rules
        for rule in items:
            if not isinstance(rule, SiteRule):
                msg = f"a RuleSet holds SiteRule objects, not {type(rule).__name__}"
                raise RuleValidationError(msg)
            infos.append(RuleInfo(rule=rule, origin=Origin.EXPLICIT))
        self.__attrs_init__(*_index(infos))

    def __iter__(self) -> Iterator[SiteRule]:
        """The rules, in precedence order."""
        return (info.rule for info in self._infos)

    def __len__(self) -> int:
        """The number of rules."""
        return len(self._infos)

    def __repr__(self) -> str:
        """Say how many rules of each origin the set holds."""
        counts = dict.fromkeys(Origin, 0)
        for info in self._infos:
            counts[info.origin] += 1
        parts = ", ".join(f"{n} {o.value}" for o, n in counts.items() if n)
        return f"<RuleSet: {parts or 'empty'}>"

    def with_rules(self, *rules: SiteRule) -> RuleSet:
        """A new set with *rules* added as explicit rules.

        Args:
            *rules: The rules to add, ahead of this set's own.

        Returns:
            A new RuleSet; this one is unchanged.

        Raises:
            RuleValidationError: An item is not a :class:`SiteRule`.
        """
        added = RuleSet(rules)._infos  # noqa: SLF001
        return _from_infos((*self._infos, *added))

    def without(self, *names: str) -> RuleSet:
        """A new set without the rules named *names*.

        A name blocks every rule with that name, and every rule that came
        through an entry point of that name.

        Args:
            *names: Rule names or entry-point names to block.

        Returns:
            A new RuleSet; this one is unchanged.
        """
        blocked = set(names)
        return _from_infos(
            info
            for info in self._infos
            if info.name not in blocked and info.entry_point not in blocked
        )

    def describe(self) -> tuple[RuleInfo, ...]:
        """Every rule with its origin and distribution, in precedence order.

        Returns:
            One RuleInfo per rule, highest precedence first.
        """
        return self._infos

    def match(self, url: str) -> SiteRule | None:
        """The rule that applies to *url* by its host, or None.

        Rules that recognise a platform by its markup need the page; see
        ``newsparse PAGE --url URL --explain`` for the full decision.

        Args:
            url: The page's URL; its host is matched against the rules'
                domains.

        Returns:
            The matching rule, or ``None`` when no rule serves that host.
        """
        host = host_of(url)
        if host is None:
            return None
        found = self._hosts.lookup(host)
        return found.value.rule if found is not None else None


def _from_infos(infos: Iterable[RuleInfo]) -> RuleSet:
    """A RuleSet of rules whose origins are already known."""
    ruleset = RuleSet.__new__(RuleSet)
    ruleset.__attrs_init__(*_index(list(infos)))
    return ruleset


def _index(
    infos: list[RuleInfo],
) -> tuple[tuple[RuleInfo, ...], DomainIndex[RuleInfo], tuple[RuleInfo, ...], str]:
    """Order rules by precedence, pick one winner per domain, warn on ties."""
    ordered = [
        info
        for _, info in sorted(
            enumerate(infos), key=lambda pair: _precedence(pair[1], pair[0])
        )
    ]
    winners: dict[str, RuleInfo] = {}
    for info in ordered:
        for domain in sorted(info.rule.domains):
            current = winners.get(domain)
            if current is None:
                winners[domain] = info
            elif current.origin == info.origin and current is not info:
                _warn_conflict(domain, current, info)
    markers = tuple(info for info in ordered if info.rule.markers)
    any_marker = ", ".join(m for info in markers for m in info.rule.markers)
    return tuple(ordered), DomainIndex(winners), markers, any_marker


def _describe_source(info: RuleInfo) -> str:
    where = f" from {info.distribution}" if info.distribution else ""
    return f"{info.name!r} ({info.origin.value}{where})"


def _warn_conflict(domain: str, winner: RuleInfo, loser: RuleInfo) -> None:
    msg = (
        f"rules {_describe_source(winner)} and {_describe_source(loser)} both "
        f"claim {domain}; {winner.name!r} applies. Block the other with "
        f"RuleSet.without({loser.name!r})"
    )
    warnings.warn(msg, RuleConflictWarning, stacklevel=4)


def match_page(ruleset: RuleSet, url: str | None, document: Document) -> Match | None:
    """The one rule for this page: by host (URL, else canonical), else by markup."""
    hosts = ruleset._hosts  # noqa: SLF001 (this module owns RuleSet)
    host = host_of(url) or (_canonical_host(document) if len(hosts) else None)
    if host is not None:
        found = hosts.lookup(host)
        if found is not None:
            return Match(found.value, host, f"domain {found.domain}")
    any_marker = ruleset._any_marker  # noqa: SLF001
    if any_marker and document.css_first(any_marker) is not None:
        for info in ruleset._marker_rules:  # noqa: SLF001
            for marker in info.rule.markers:
                if document.css_first(marker) is not None:
                    return Match(info, host, f"marker {marker}")
    return None


def _canonical_host(document: Document) -> str | None:
    """The host the page declares for itself: canonical link, then og:url."""
    link = document.css_first('link[rel="canonical"][href]')
    host = host_of(attr(link, "href")) if link is not None else None
    if host is None:
        meta = document.css_first('meta[property="og:url"][content]')
        host = host_of(attr(meta, "content")) if meta is not None else None
    return host


def call_plugin(
    func: Callable[..., T],
    *args: Any,
    error: Callable[[str], RuleError],
) -> T:
    """Run third-party code; wrap anything it raises in a :class:`RuleError`.

    The one place newsparse catches broad exceptions: a plugin's bug must
    surface as a rule error that names the rule and its package, with the
    original as ``__cause__``. newsparse's own rule errors pass through.
    """
    try:
        return func(*args)
    except RuleError:
        raise
    except Exception as err:
        wrapped = error(f"{type(err).__name__}: {err}")
        raise wrapped from err


def _distribution(ep: importlib.metadata.EntryPoint) -> str | None:
    dist = ep.dist
    if dist is None:
        return None
    return f"{dist.name} {dist.version}"


def rules_from_entry_points(
    entry_points: Iterable[importlib.metadata.EntryPoint],
) -> list[RuleInfo]:
    """Load and validate every rule the entry points offer.

    Raises:
        RuleLoadError: An entry point failed to import, or its factory
            raised.
        RuleValidationError: It offered something that is not a SiteRule,
            or a rule that is invalid.
    """
    infos: list[RuleInfo] = []
    ordered = sorted(entry_points, key=lambda ep: (ep.name, _distribution(ep) or ""))
    for ep in ordered:
        dist = _distribution(ep)
        infos.extend(
            RuleInfo(
                rule=rule,
                origin=Origin.INSTALLED,
                distribution=dist,
                entry_point=ep.name,
            )
            for rule in _load_entry_point(ep, dist)
        )
    return infos


def _load_entry_point(
    ep: importlib.metadata.EntryPoint, dist: str | None
) -> list[SiteRule]:
    def load_error(message: str) -> RuleError:
        return RuleLoadError(
            f"entry point {ep.value!r} failed to load: {message}",
            rule_name=ep.name,
            distribution=dist,
        )

    try:
        target = call_plugin(ep.load, error=load_error)
        if callable(target) and not isinstance(target, SiteRule):
            target = call_plugin(target, error=load_error)
        return _as_rules(target, ep.name, dist)
    except RuleValidationError as err:
        if err.distribution is not None:
            raise
        raise RuleValidationError(
            err.detail, rule_name=err.rule_name or ep.name, distribution=dist
        ) from None


def _as_rules(target: object, name: str, dist: str | None) -> list[SiteRule]:
    if isinstance(target, SiteRule):
        return [target]
    if isinstance(target, Iterable) and not isinstance(target, str | bytes | Mapping):
        items = list(target)
        for item in items:
            if not isinstance(item, SiteRule):
                msg = f"offered a {type(item).__name__}, not a SiteRule"
                raise RuleValidationError(msg, rule_name=name, distribution=dist)
        return items
    msg = (
        f"offered a {type(target).__name__}; an entry point must give a "
        "SiteRule, an iterable of them, or a factory returning either"
    )
    raise RuleValidationError(msg, rule_name=name, distribution=dist)


def plugins_disabled() -> bool:
    """Whether ``NEWSPARSE_NO_PLUGINS`` turns discovery off."""
    return os.environ.get(NO_PLUGINS_ENV, "") not in {"", "0"}


def load_installed() -> RuleSet:
    """The installed plugins' rules and the built-in rules, loaded once.

    Discovery reads the ``newsparse.rules`` entry points the first time and
    caches the immutable result; ``NEWSPARSE_NO_PLUGINS=1`` skips the
    plugins (the built-in rules stay).

    Returns:
        The active rules, in precedence order.

    Raises:
        RuleLoadError: A plugin failed to import or its factory raised.
        RuleValidationError: A plugin offered an invalid rule.
    """
    return _load(with_plugins=not plugins_disabled())


@functools.cache
def _load(*, with_plugins: bool) -> RuleSet:
    infos = (
        rules_from_entry_points(
            importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
        )
        if with_plugins
        else []
    )
    package = f"newsparse {__version__}"
    infos.extend(
        RuleInfo(rule=rule, origin=Origin.BUILTIN, distribution=package)
        for rule in builtin_rules()
    )
    return _from_infos(infos)
