r"""The output contract, enforced once, where the Article leaves :func:`parse`.

Every stage may pass on whatever the page holds; this last stage guarantees
what callers rely on, so that no stage can leak a NUL byte, a lone surrogate
or a ``javascript:`` link into a user's corpus:

- every string is valid Unicode (no lone surrogates) without control
  characters other than ``\n`` and ``\t``;
- every URL is an absolute ``http``/``https`` URL with a host, or is dropped
  (a :class:`~newsparse.Link` without one is removed, any other URL field
  becomes None).
"""

from __future__ import annotations

import re
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import attrs

from newsparse._model import Link


__all__ = ["URL_FIELDS", "clean_text", "clean_url", "sanitize"]

# Fields that hold a URL, by name, in every class of the model.
URL_FIELDS = frozenset({"url", "canonical_url", "image"})

# C0 and C1 controls but tab and newline, DEL, and surrogate code points.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# What the URL standard removes: surrounding C0 controls and spaces, and
# tabs and newlines anywhere.
_URL_STRIP = "".join(chr(c) for c in range(0x21))
_URL_NEWLINES = re.compile(r"[\t\n\r]")
_URL_UNSAFE = re.compile(r"[\x00-\x20\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Drop control characters (but newline and tab) and lone surrogates."""
    return _FORBIDDEN.sub("", text)


def clean_url(url: str) -> str | None:
    """Return *url* if it is an absolute http(s) URL with a host, else None.

    As a browser does, surrounding spaces and controls and inner tabs and
    newlines are removed; other spaces and controls are percent-encoded.
    """
    text = _URL_NEWLINES.sub("", _SURROGATES.sub("", url.strip(_URL_STRIP)))
    text = _URL_UNSAFE.sub(lambda m: quote(m.group(0)), text)
    try:
        parts = urlsplit(text)
        host = parts.hostname
        parts.port  # noqa: B018  (raises on a port out of range)
    except ValueError:  # an unclosed IPv6 bracket, a port out of range
        return None
    if parts.scheme not in {"http", "https"} or not host:
        return None
    return text


_T = TypeVar("_T")


def sanitize(value: _T) -> _T:
    """Return *value* (an Article, or any part of one) with the contract kept."""
    return _sanitize(value, url=False)  # type: ignore[no-any-return]


def _sanitize(value: Any, *, url: bool) -> Any:
    if isinstance(value, str):
        return clean_url(value) if url else clean_text(value)
    if isinstance(value, tuple):
        items = (_sanitize(item, url=url) for item in value)
        return tuple(item for item in items if item is not None)
    if attrs.has(type(value)):
        changes = {}
        for field in attrs.fields(type(value)):
            old = getattr(value, field.name)
            new = _sanitize(old, url=field.name in URL_FIELDS)
            if new is not old and new != old:
                changes[field.name] = new
        if not changes:
            return value
        if isinstance(value, Link) and changes.get("url", value.url) is None:
            return None
        return attrs.evolve(value, **changes)
    return value
