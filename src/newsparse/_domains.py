"""Host names for rule matching: normalised once, looked up label by label.

A rule declares the registrable domains it serves (``bbc.co.uk``); a page's
host matches the longest declared domain it equals or ends with at a label
boundary (``news.bbc.co.uk`` → ``bbc.co.uk``). Lookup is one dict probe per
label of the host, so the number of loaded rules costs nothing per page.

Mercury took the last two labels as the "base domain", which is wrong for
``bbc.co.uk``; suffix candidates at every label boundary fix that without a
public-suffix list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Generic, TypeVar
from urllib.parse import urlsplit

import attrs


__all__ = [
    "DomainIndex",
    "DomainMatch",
    "host_of",
    "normalize_domain",
    "normalize_host",
]

# A declared domain of this shape is a public suffix, not a site: a generic
# second-level label under a two-letter country code (co.uk, com.au, ac.jp,
# gov.uk, or.jp). Together with "at least two labels" this refuses the
# suffixes people actually type by mistake, without shipping the Public
# Suffix List: rules name sites, and a site is never one of these.
_GENERIC_SECOND_LEVEL = frozenset(
    {
        "ac",
        "co",
        "com",
        "edu",
        "go",
        "gob",
        "gouv",
        "gov",
        "govt",
        "lg",
        "ltd",
        "mil",
        "ne",
        "net",
        "nhs",
        "nic",
        "nom",
        "or",
        "org",
        "plc",
        "sch",
    }
)

# Letters, digits, hyphens (and the underscores real hosts carry), no
# hyphen at either end, 63 characters at most.
_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")
_MAX_HOST = 253
_WILDCARD = "*."


def normalize_host(host: str) -> str | None:
    """Lowercase, IDNA-encoded, port-less host without a leading ``www.``.

    Returns None for text that is no host name (empty labels, bad IDNA, an
    IP address is kept as is: no rule can name one, so it simply never
    matches).

    IDNA is Python's codec (IDNA 2003), the one the standard library's
    HTTP clients use. Labels already in ``xn--`` form pass through, so a
    domain declared in punycode always matches the same punycode host.
    """
    text = host.strip().rstrip(".").lower()
    if text.startswith("[") or not text:
        return None
    # A port after the last colon (hosts here are never IPv6 literals).
    name, _, port = text.rpartition(":")
    if name and port.isdigit():
        text = name
    if not text.isascii():
        try:
            text = text.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    labels = text.split(".")
    if len(text) > _MAX_HOST or not all(_LABEL.match(label) for label in labels):
        return None
    if labels[0] == "www" and len(labels) > 2:
        text = text[4:]
    return text


def host_of(url: str | None) -> str | None:
    """The normalised host of an absolute URL, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return normalize_host(host) if host else None


def normalize_domain(text: str) -> str:
    """Normalise a declared domain; ``*.example.com`` means subdomains only.

    Raises:
        ValueError: *text* is not a domain name, or is a public suffix such
            as ``co.uk``. The message says which.
    """
    raw = text.strip()
    wildcard = raw.startswith(_WILDCARD)
    base = raw[len(_WILDCARD) :] if wildcard else raw
    if "/" in base or "*" in base or " " in base:
        msg = f"{text!r} is not a domain name (give the host, not a URL or pattern)"
        raise ValueError(msg)
    host = normalize_host(base)
    if host is None:
        msg = f"{text!r} is not a valid domain name"
        raise ValueError(msg)
    labels = host.split(".")
    if len(labels) < 2 or (
        len(labels) == 2
        and labels[0] in _GENERIC_SECOND_LEVEL
        and len(labels[1]) == 2
        and labels[1].isalpha()
    ):
        msg = (
            f"{text!r} is a public suffix, not a site: "
            "a rule for it would apply to every site under it"
        )
        raise ValueError(msg)
    return _WILDCARD + host if wildcard else host


V = TypeVar("V")


@attrs.frozen
class DomainMatch(Generic[V]):
    """The declared domain that matched a host, and what it maps to."""

    domain: str
    value: V


class DomainIndex(Generic[V]):
    """Map declared domains to values; find the longest match for a host.

    At equal length a subdomains-only domain (``*.example.com``) beats the
    plain one (``example.com``) for a proper subdomain: it is the more
    specific declaration, as in FiveFilters' ``.example.com.txt`` files.
    """

    __slots__ = ("_plain", "_wild")

    def __init__(self, values: Mapping[str, V]) -> None:
        """Index *values*, keyed by normalised declared domains."""
        self._plain = {d: v for d, v in values.items() if not d.startswith(_WILDCARD)}
        self._wild = {
            d[len(_WILDCARD) :]: v for d, v in values.items() if d.startswith(_WILDCARD)
        }

    def __len__(self) -> int:
        """The number of declared domains."""
        return len(self._plain) + len(self._wild)

    def lookup(self, host: str) -> DomainMatch[V] | None:
        """The longest declared domain that *host* (normalised) falls under."""
        for index, suffix in enumerate(_suffixes(host)):
            if index:
                wild = self._wild.get(suffix)
                if wild is not None:
                    return DomainMatch(_WILDCARD + suffix, wild)
            plain = self._plain.get(suffix)
            if plain is not None:
                return DomainMatch(suffix, plain)
        return None


def _suffixes(host: str) -> Iterator[str]:
    """``a.b.c`` → ``a.b.c``, ``b.c``, ``c``: each suffix at a label boundary."""
    start = 0
    while True:
        yield host[start:]
        dot = host.find(".", start)
        if dot < 0:
            return
        start = dot + 1
