"""Dates as pages write them, to ``datetime`` or ``date`` without guessing.

A value with an offset becomes an aware datetime (in a fixed-offset
``datetime.timezone``, so it serialises and compares predictably); a time
without an offset stays naive; a bare day becomes a ``date``. A text that
lacks a year, a month or a day is no date: dateutil would fill the gap from
today, which is how extractors report the wrong year.

Parsing is python-dateutil's, with a :class:`dateutil.parser.parserinfo` that
knows month and weekday names in English, Russian, German, French, Spanish,
Portuguese and Italian, and the small words those languages put around a
date (``"5 de marzo de 2019"``, ``"5 марта 2019 г."``, ``"am 5. März"``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeVar
from urllib.parse import unquote, urlsplit

from dateutil import parser as date_parser


__all__ = ["date_from_url", "find_date", "is_date_word", "parse_date"]

# Month names and abbreviations, one tuple a month: en, ru (nominative and
# genitive), de, fr, es, pt, it. Accent-less spellings are included because
# slugs and older pages drop accents.
_MONTHS: tuple[tuple[str, ...], ...] = (
    ("jan", "january", "январь", "января", "янв", "januar", "jänner", "jän",
     "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen"),
    ("feb", "february", "февраль", "февраля", "фев", "февр", "februar", "feber",
     "février", "fevrier", "févr", "fevr", "fév", "fev", "febrero", "fevereiro",
     "febbraio"),
    ("mar", "march", "март", "марта", "мар", "märz", "maerz", "mär", "mrz",
     "mars", "marzo", "março", "marco"),
    ("apr", "april", "апрель", "апреля", "апр", "avril", "avr", "abril", "abr",
     "aprile"),
    ("may", "май", "мая", "mai", "mayo", "maio", "maggio", "mag"),
    ("jun", "june", "июнь", "июня", "июн", "juni", "juin", "junio", "junho",
     "giugno", "giu"),
    ("jul", "july", "июль", "июля", "июл", "juli", "juillet", "juil", "julio",
     "julho", "luglio", "lug"),
    ("aug", "august", "август", "августа", "авг", "août", "aout", "agosto",
     "ago"),
    ("sep", "sept", "september", "сентябрь", "сентября", "сен", "сент",
     "septembre", "septiembre", "setiembre", "setembro", "settembre", "set"),
    ("oct", "october", "октябрь", "октября", "окт", "oktober", "okt",
     "octobre", "octubre", "outubro", "out", "ottobre", "ott"),
    ("nov", "november", "ноябрь", "ноября", "ноя", "нояб", "novembre",
     "noviembre", "novembro"),
    ("dec", "december", "декабрь", "декабря", "дек", "dezember", "dez",
     "décembre", "decembre", "déc", "diciembre", "dic", "dezembro", "dicembre"),
)  # fmt: skip

# Weekdays in full only: short forms ("mar", "do", "so") are month names or
# common words in another of the languages.
_WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("mon", "monday", "понедельник", "montag", "lundi", "lunes", "segunda",
     "lunedì", "lunedi"),
    ("tue", "tuesday", "вторник", "dienstag", "mardi", "martes", "terça",
     "terca", "martedì", "martedi"),
    ("wed", "wednesday", "среда", "mittwoch", "mercredi", "miércoles",
     "miercoles", "quarta", "mercoledì", "mercoledi"),
    ("thu", "thursday", "четверг", "donnerstag", "jeudi", "jueves", "quinta",
     "giovedì", "giovedi"),
    ("fri", "friday", "пятница", "freitag", "vendredi", "viernes", "sexta",
     "venerdì", "venerdi"),
    ("sat", "saturday", "суббота", "samstag", "sonnabend", "samedi", "sábado",
     "sabado"),
    ("sun", "sunday", "воскресенье", "sonntag", "dimanche", "domingo",
     "domenica"),
)  # fmt: skip

# Words that stand between the parts of a date and mean nothing to it.
_JUMP = (
    "г", "года", "год", "в", "de", "del", "do", "da", "le", "la", "el", "il",
    "à", "a", "às", "as", "alle", "um", "uhr", "am", "den", "der", "feira",
    "publié", "publicado", "pubblicato", "veröffentlicht", "опубликовано",
    "updated", "published", "posted", "on",
)  # fmt: skip


class _Words(date_parser.parserinfo):
    """dateutil's vocabulary extended to the seven languages above."""

    # dateutil reads these class attributes once, in __init__, and takes any
    # number of names a month; typeshed allows two or three.
    MONTHS = list(_MONTHS)  # type: ignore[arg-type]  # noqa: RUF012
    WEEKDAYS = list(_WEEKDAYS)  # type: ignore[arg-type]  # noqa: RUF012
    JUMP = [*date_parser.parserinfo.JUMP, *_JUMP]  # noqa: RUF012


_WORDS = _Words()
_WORDS_DAYFIRST = _Words(dayfirst=True)

# Time-zone abbreviations that mean one offset wherever news is written.
# Ambiguous ones (IST: India, Ireland or Israel) are left out and stay naive;
# CST is read as US Central, which is what English-language news means.
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
    "ET": -5,
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
_DAY_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HAS_TIME = re.compile(r"\d{1,2}(?::|h)\d{2}|\d\s*(?:am|pm)\b", re.IGNORECASE)
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{8}(?!\d)")
_DIGIT = re.compile(r"\d")
_ISO_TIME = re.compile(r"[T ]\d{2}")
# "13 May 2018 16.49 BST": a dotted time after the year.
_DOTTED_TIME = re.compile(r"((?:19|20)\d{2})(,?\s+)(\d{1,2})\.(\d{2})\b(?!\.)")
# German "am 5. März": "am" is not a.m. there.
_GERMAN_AM = re.compile(r"(?i)^am\s+(?=\d{1,2}\.\s)")
# Two defaults that differ in every date part: a part the text lacks shows up
# as a difference between the two parses.
_DEFAULTS = (dt.datetime(2001, 1, 1), dt.datetime(2002, 2, 2))  # noqa: DTZ001


def parse_date(
    value: str | None, *, dayfirst: bool = False
) -> dt.datetime | dt.date | None:
    """Parse a date or date-time string; None when it is not a whole date.

    Args:
        value: An ISO 8601 or human-readable date in one of the seven
            languages, such as ``"2019-03-05T10:00:00+01:00"``,
            ``"March 5, 2019 8:02 pm UTC"`` or ``"5. März 2019, 10:30"``.
        dayfirst: Read ``"05/03/2019"`` as the 5th of March (most of the
            world) rather than May 3rd (the United States).

    Returns:
        An aware datetime when the text gives an offset or a known zone, a
        naive datetime when it gives a time without one, a date when it gives
        only a day; None for text that is not a plausible whole date.
    """
    if not value:
        return None
    text = " ".join(value.split())[:80]
    if not _DIGIT.search(text):
        return None
    if _DAY_ONLY.match(text):
        try:
            return _plausible(dt.date.fromisoformat(text))
        except ValueError:
            return None
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    else:
        if not _ISO_TIME.search(text):
            return _plausible(parsed.date())  # "20190221" is a day
        return _plausible(_fixed_offset(parsed))
    if not _HAS_YEAR.search(text):
        return None
    text = _GERMAN_AM.sub("", _DOTTED_TIME.sub(r"\1\2\3:\4", text))
    words = _WORDS_DAYFIRST if dayfirst else _WORDS
    try:
        first, second = (
            date_parser.parse(text, parserinfo=words, default=d, tzinfos=_zone)
            for d in _DEFAULTS
        )
    except (ValueError, ArithmeticError):
        # ArithmeticError: OverflowError, and decimal.InvalidOperation, which
        # dateutil raises on a time with a huge number of seconds
        return None
    if first.date() != second.date():
        return None  # a year, month or day came from the default, not the text
    if str(first.year) not in text:
        return None  # dateutil took another number ("10:48" → 2048) for the year
    if not _HAS_TIME.search(text):
        return _plausible(first.date())
    return _plausible(_fixed_offset(first))


# Candidate date phrases inside longer text: a run of digits, month or
# weekday names and separators that holds a 4-digit year. The words are
# dateutil's to judge; this only cuts the text where a date may be.
_WORD = r"[^\W\d_]+\.?"
# Each word with its separator is atomic ((?>…)): a word and a separator
# split one way only, or "a. a. a. …" would backtrack exponentially. The
# text is cut at 400 characters (see find_date), as the phrase is
# matched from every word.
_PHRASE = re.compile(
    r"(?:19|20)\d{2}-\d{2}-\d{2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    rf"|(?>(?:{_WORD}|\d{{1,2}}[:h]\d{{2}}(?:\s*[ap]\.?m\.?)?"
    r"|(?!(?:19|20)\d{2}\b)\d{1,4}(?:st|nd|rd|th|er|º|°)?\.?)"
    r"(?:\s*[,/.\-]\s*|\s+))*"
    r"(?:19|20)\d{2}(?![-/]\d)"
    r"(?:(?:\s*+,?\s*+|\s+(?:at|um|à|a las|às|alle|в)\s+|T)"
    r"\d{1,2}(?:[:h.]\d{2})(?::\d{2})?(?:\.\d+)?\s*+(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:[A-Z]{2,5}\b|[+-]\d{2}:?\d{2}|Z\b))?)?",
    re.IGNORECASE,
)
_MONTH_WORDS = frozenset(name for names in _MONTHS for name in names)


def find_date(text: str, *, dayfirst: bool = False) -> dt.datetime | dt.date | None:
    """The first whole date written inside a longer text, such as a byline.

    ``"By Ann Lee, 5 March 2019 10:30 GMT"`` gives an aware datetime;
    ``"Updated 2 hours ago"`` gives None.

    Args:
        text: Free text.
        dayfirst: As for :func:`parse_date`.

    Returns:
        The date, or None when the text holds no whole date.
    """
    for match in _PHRASE.finditer(text[:400]):
        phrase = match.group(0)
        words = phrase.replace(",", " ").split()
        # Drop leading words that are not date words ("Published", "By"...).
        while words and not _DIGIT.search(words[0]) and not is_date_word(words[0]):
            words.pop(0)
        found = parse_date(" ".join(words), dayfirst=dayfirst)
        if found is not None:
            return found
    return None


_WEEKDAY_WORDS = frozenset(name for names in _WEEKDAYS for name in names)


def is_date_word(word: str) -> bool:
    """Whether a word is a month or weekday name in one of the languages."""
    key = word.strip(".,:;").casefold()
    return key in _MONTH_WORDS or key in _WEEKDAY_WORDS


# /2019/03/05/, /2019-03-05/, /20190305/ or -20190305- in a URL path.
_URL_DAY = re.compile(
    r"(?<![\d])((?:19|20)\d{2})([/_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\d])"
)


def date_from_url(url: str | None) -> dt.date | None:
    """The day a URL's path spells, such as ``/2019/03/05/`` or ``/20190305/``.

    A year and month without a day (``/2019/03/slug``) is not a day and gives
    None; so do query strings, which hold ids and timestamps, not dates.
    """
    if not url:
        return None
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:  # an unclosed IPv6 bracket: no path to read
        return None
    for match in _URL_DAY.finditer(path):
        year, _, month, day = match.groups()
        try:
            found = dt.date(int(year), int(month), int(day))
        except ValueError:
            continue
        plausible = _plausible(found)
        if plausible is not None:
            return plausible
    return None


def _fixed_offset(value: dt.datetime) -> dt.datetime:
    offset = value.utcoffset()
    if offset is None:
        return value
    return value.replace(tzinfo=dt.timezone(offset))


_D = TypeVar("_D", dt.datetime, dt.date)


def _plausible(value: _D) -> _D | None:
    return value if _MIN_YEAR <= value.year <= _MAX_YEAR else None
