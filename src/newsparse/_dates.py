"""Dates as pages write them, to ``datetime`` or ``date`` without guessing.

A value with an offset becomes an aware datetime (in a fixed-offset
``datetime.timezone``, so it serialises and compares predictably); a time
without an offset stays naive; a bare day becomes a ``date``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeVar

from dateutil import parser as date_parser


__all__ = ["parse_date"]

_DAY_ONLY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_DIGIT = re.compile(r"\d")
# Time-zone abbreviations that mean one offset wherever news is written.
# Ambiguous ones (IST: India, Ireland or Israel; CST: US or China) resolve to
# the reading most news sites mean, except IST, which stays naive.
_ZONE_HOURS: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "WEST": 1,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "MEZ": 1,
    "MESZ": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
    "AST": -4,
    "ADT": -3,
    "NST": -3.5,
    "NDT": -2.5,
    "JST": 9,
    "KST": 9,
    "HKT": 8,
    "SGT": 8,
    "PHT": 8,
    "WIB": 7,
    "AEST": 10,
    "AEDT": 11,
    "ACST": 9.5,
    "AWST": 8,
    "NZST": 12,
    "NZDT": 13,
    "BRT": -3,
    "ART": -3,
}


def _zone(name: str | None, offset: int | None) -> dt.tzinfo | None:
    """Dateutil's ``tzinfos`` callback: known abbreviations only, else naive."""
    if offset is not None:
        return dt.timezone(dt.timedelta(seconds=offset))
    hours = _ZONE_HOURS.get((name or "").upper())
    return None if hours is None else dt.timezone(dt.timedelta(hours=hours))


_MIN_YEAR = 1990
_MAX_YEAR = 2100


def parse_date(value: str | None) -> dt.datetime | dt.date | None:
    """Parse a date or date-time string; None when it is not one.

    Args:
        value: An ISO 8601 or common human-readable date.

    Returns:
        A datetime, a date, or None for text that is no plausible date.
    """
    if not value:
        return None
    text = value.strip()[:64]
    if not _DIGIT.search(text):
        return None
    if _DAY_ONLY.match(text):
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            return None
        return day if _MIN_YEAR <= day.year <= _MAX_YEAR else None
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = date_parser.parse(text, fuzzy=False, tzinfos=_zone)
        except (ValueError, OverflowError):
            return None
        if not _HAS_TIME.search(text):
            return _plausible(parsed.date())
    return _plausible(_fixed_offset(parsed))


def _fixed_offset(value: dt.datetime) -> dt.datetime:
    offset = value.utcoffset()
    if offset is None:
        return value
    return value.replace(tzinfo=dt.timezone(offset))


_D = TypeVar("_D", dt.datetime, dt.date)


def _plausible(value: _D) -> _D | None:
    return value if _MIN_YEAR <= value.year <= _MAX_YEAR else None
