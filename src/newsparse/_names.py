"""Author strings to clean personal names, organisations set apart.

Pages write their bylines for readers: ``"By Ann Lee and Bo Li | Photos:
Cy Dunn"``, ``"Par Jean Dupont, avec l'AFP"``, ``"Автор: Иван Петров"``,
``"Brenda Goodman, MA  WebMD Health News"``. This module turns such text into
the people who wrote the article: labels, dates, contact details and
credentials go; photographers, illustrators and editors are not authors;
newsrooms, agencies and "Staff" are organisations, which belong in
``Metadata.publisher``, not among the people.
"""

from __future__ import annotations

import html
import re
import unicodedata

import attrs

from newsparse import _vocab
from newsparse._dates import is_date_word
from newsparse._segment import normalize_space


__all__ = ["Byline", "is_organisation", "name_key", "read_byline"]


@attrs.frozen
class Byline:
    """The people and the organisations a byline names, in order."""

    people: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()


_LABEL_WORDS = "|".join(
    sorted((re.escape(w) for w in _vocab.BYLINE_LABELS), key=len, reverse=True)
)
# A label that introduces the authors: "By", "Von", "Автор:", "Text:".
_AUTHOR_LABEL = re.compile(
    rf"^\s*(?:{_LABEL_WORDS})(?:\s*:\s*|\s+|(?<=:))", re.IGNORECASE
)
_ROLE_WORDS = "|".join(
    sorted((re.escape(w) for w in _vocab.NOT_AUTHOR_ROLES), key=len, reverse=True)
)
# A role that is not authorship starts a segment that names no author:
# "Photos: Cy Dunn", "Illustration by Dee Ek", "Edited by Fay Gee".
_OTHER_ROLE = re.compile(
    rf"(?:^|(?<=[\s,;|(/]))(?:{_ROLE_WORDS})\b\.?\s*(?:by\b|von\b|par\b|por\b|di\b|:)?",
    re.IGNORECASE,
)
# Splits a byline into segments, each naming people in one role.
# Leading spaces are taken from the start of their run only ((?<!\s)): from
# every position of a long run, the split would be quadratic.
_SEGMENT = re.compile(
    r"(?:(?<!\s)\s*)?(?:[;|•·/\n]|\s[-–—]\s|(?<=\w\w)\.\s+(?=[A-Z]))\s*"
)
# Splits a segment into names.
# One-letter conjunctions ("y", "e", "и") count only in lower case and not
# as an initial: "Bruce Y. Lee" is one name.
_NAME_SPLIT = re.compile(
    r"(?:(?<!\s)\s*+)?(?:,|&|\+|、|،|\band\b|\bund\b|\bet\b|\bwith\b|\bavec\b|\bmit\b"
    r"|\bcon\b|\bcom\b(?!\.)|(?-i:\b[yeи]\b)(?!\.))\s*",
    re.IGNORECASE,
)
# Links, e-mail addresses, handles and bare domains ("Cleveland.com").
# Addresses and domains start a run ((?<!\S), (?<![\w-])), or every position
# of a long run would rescan it (quadratic).
_URLISH = re.compile(
    r"https?://\S*|www\.\S+|(?<!\S)\S+@\S+|(?<!\w)@\w+"
    r"|(?<![\w-])[\w-]++\.(?:com|org|net|co|info|news|edu|gov|[a-z]{2})\b(?:/\S*)?",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>?")
# Characters of markup or code, never of a name.
_MARKUP = re.compile(r"[<>=\"{}\[\]\\]")
_DIGIT = re.compile(r"\d")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
# Credentials after a name: "Brenda Goodman, MA", "Jo Lee PhD".
_CREDENTIALS = frozenset(
    {"ma", "md", "phd", "mph", "mba", "ms", "msc", "bsc", "rn", "rd", "do", "dds",
     "esq", "cfa", "cpa", "frcp", "mbbs", "dr", "prof"}
)  # fmt: skip
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Words that stand before a date in a byline: "Ann Lee, updated on 5 May".
# (Lower-case words go anyway: no name ends with one.)
_DATE_LABELS = frozenset(
    {"on", "at", "updated", "published", "posted", "aktualisiert", "publié",
     "publicado", "pubblicato", "обновлено", "опубликовано"}
)  # fmt: skip
# Lower-case words that belong in names; any other makes a phrase.
_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "delle", "dei", "di", "du",
     "des", "van", "von", "der", "den", "ter", "ten", "la", "le", "bin", "ibn",
     "al", "el", "y", "e", "zu", "af", "av", "st"}
)  # fmt: skip
_MAX_NAME_CHARS = 60
_MAX_NAME_WORDS = 6
_MAX_CJK_NAME_CHARS = 16


def read_byline(
    text: str,
    *,
    site_names: tuple[str, ...] = (),
    declared_people: bool = False,
    trusted: bool = False,
) -> Byline:
    """The people and organisations a byline names.

    Args:
        text: Byline text as the page shows it, or one author value from
            metadata.
        site_names: Names of the site and its publisher; a byline that names
            them names an organisation, not a person, and a name they are
            glued to loses them.
        declared_people: The page declares these names as people (JSON-LD
            ``Person``): one that bears the site's name is still a person,
            as on personal blogs.
        trusted: The text comes from an element a site rule points at: words
            that elsewhere mark a widget ("Follow Author") may be names.

    Returns:
        The people (clean names, de-duplicated, in order) and organisations.
    """
    raw = html.unescape(text) if "&" in text else text
    if "<" in raw:
        raw = _TAG.sub(" ", raw)  # markup shown as text: an <img alt=...>
    # Lines are kept apart: a line break separates roles as a ";" does.
    clean = "\n".join(filter(None, (normalize_space(ln) for ln in raw.splitlines())))
    clean = _URLISH.sub(" ", clean)
    if not clean.strip():
        return Byline()
    people: list[str] = []
    organisations: list[str] = []
    for segment in _author_segments(clean):
        for part in _split_names(segment):
            kind, name = _classify(
                part, site_names, declared_people=declared_people, trusted=trusted
            )
            if kind == "person":
                people.append(name)
            elif kind == "organisation":
                organisations.append(name)
    if organisations:
        # "Reuters, Washington": beside an agency, a lone word is the
        # dateline's place, not a person.
        people = [p for p in people if len(p.split()) > 1 or _is_cjk(p)]
    return Byline(_dedupe(_fullest(people)), _dedupe(organisations))


def _author_segments(text: str) -> list[str]:
    """The parts of a byline that name authors, labels removed."""
    segments: list[str] = []
    for raw in _SEGMENT.split(text):
        segment = raw.strip()
        if not segment:
            continue
        role = _OTHER_ROLE.search(segment)
        if role is not None:
            segment = segment[: role.start()].strip()
        segment = _AUTHOR_LABEL.sub("", segment).strip()
        # Names hold no digits: a date, an age or a phone number ends them,
        # and so do the date words before the first digit ("March 25").
        digit = _DIGIT.search(segment)
        if digit is not None:
            words = segment[: digit.start()].split()
            while words and (
                is_date_word(words[-1])
                or _fold(words[-1]) in _DATE_LABELS
                or words[-1].islower()
            ):
                words.pop()
            segment = " ".join(words)
        segment = _URLISH.sub(" ", segment).strip(" ,:-–—")
        if segment:
            segments.append(segment)
    return segments


def _split_names(segment: str) -> list[str]:
    parts = [p for p in _NAME_SPLIT.split(segment) if p and p.strip()]
    if any(len(_EDGE.sub("", p)) < 2 for p in parts):
        parts = [segment]  # "Mac & i", "A + E": one name that holds a joiner
    names: list[str] = []
    for part in parts:
        key = _EDGE.sub("", part).casefold().replace(".", "")
        if key in _SUFFIXES and names:
            names[-1] = f"{names[-1]} {part.strip()}"
        elif key in _CREDENTIALS:
            continue
        else:
            names.append(part)
    return names


def _classify(
    part: str,
    site_names: tuple[str, ...],
    *,
    declared_people: bool = False,
    trusted: bool = False,
) -> tuple[str, str]:
    """``("person" | "organisation" | "none", cleaned name)``."""
    name = _AUTHOR_LABEL.sub("", normalize_space(part))
    name = normalize_space(_EDGE.sub("", name) if name else "")
    # Keep a closing period of an initial ("Jane Q.") but no other edge marks.
    if part.rstrip().endswith(".") and re.search(r"\b\w$", name):
        name += "."
    if not name or _DIGIT.search(name) or _URLISH.search(name) or _MARKUP.search(name):
        return "none", ""
    name = _without_site(name, site_names)
    words = name.split()
    keys = {_fold(w) for w in words}
    if (keys & _vocab.NOT_A_NAME_WORDS and not trusted) or (
        name.casefold() in _vocab.BYLINE_LABELS
    ):
        return "none", ""
    if is_organisation(name, () if declared_people else site_names):
        return "organisation", name
    if len(name) > _MAX_NAME_CHARS or len(words) > _MAX_NAME_WORDS:
        return "none", ""
    # A single word is a name only when it looks like one (a capital, a
    # letter-only word): "admin" and "editor" are not people.
    if (
        len(words) == 1
        and not _is_cjk(name)
        and (not name[0].isupper() or not name.isalpha())
    ):
        return "none", ""
    if _is_cjk(name) and len(name) > _MAX_CJK_NAME_CHARS:
        return "none", ""
    if any(w[0].islower() and w.isalpha() and w not in _PARTICLES for w in words):
        return "none", ""  # a phrase ("Syrian defense ministries"), not a name
    return "person", name


def _without_site(name: str, site_names: tuple[str, ...]) -> str:
    """``"Kevin McCoy USA TODAY"`` → ``"Kevin McCoy"``.

    Bylines print "Name, Paper" without the comma; the site's name goes.
    """
    words = name.split()
    for cut in range(len(words) - 1, 1, -1):
        tail = " ".join(words[cut:])
        if any(name_key(tail) == name_key(site) for site in site_names if site):
            return " ".join(words[:cut]).rstrip(" .,;:-–—")
    return name


def is_organisation(name: str, site_names: tuple[str, ...] = ()) -> bool:
    """Whether an author string names an organisation rather than a person.

    True for the site's or publisher's own name, for names made of
    newsroom words ("Staff", "Agencies", "Redaktion", "News Desk"), for news
    agencies, and for a lone acronym ("AFP", "BBC").
    """
    key = name_key(name)
    if not key:
        return False
    if any(key == name_key(site) for site in site_names if site):
        return True
    words = name.split()
    folded = [_fold(w) for w in words]
    if any(w in _vocab.ORGANISATION_WORDS for w in folded):
        return True
    if " ".join(folded) in _vocab.NEWS_AGENCIES:
        return True
    letters = [c for c in name if c.isalpha()]
    return len(words) == 1 and 2 <= len(letters) <= 6 and name.isupper()


_NOT_ALNUM = re.compile(r"[\W_]+")


def name_key(value: str) -> str:
    """Compare names and site names loosely: accents, case, punctuation."""
    text = value.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)  # accents become marks
    return _NOT_ALNUM.sub("", text)


def _fold(word: str) -> str:
    return _EDGE.sub("", word).casefold()


def _is_cjk(text: str) -> bool:
    return any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in text)


def _fullest(names: list[str]) -> list[str]:
    """Drop a name that is the start of a fuller one: "Natasha", "Natasha Lee"."""
    keys = [name_key(n) for n in names]
    return [
        name
        for name, key in zip(names, keys, strict=True)
        if not any(other != key and other.startswith(key) for other in keys)
    ]


def _dedupe(values: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    result: list[str] = []
    for value in values:
        key = name_key(value) or value
        if key not in seen:
            seen.add(key)
            result.append(value)
    return tuple(result)
