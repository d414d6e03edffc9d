"""Bytes to text: the page's own declaration first, then detection.

Order, as browsers do it: a byte-order mark wins; then a ``<meta charset>`` or
``http-equiv`` declaration near the top; then strict UTF-8 (by far the most
common undeclared encoding); then charset-normalizer's statistical guess.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from newsparse.errors import DecodeError, NotMarkupError


__all__ = ["decode", "plain_text_as_markup", "refuse_non_markup"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# How far into the page a declaration is looked for. The HTML standard says
# 1024 bytes; real pages put long <head> comments first, so we look further.
_PRESCAN_BYTES = 4096

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""",
    re.IGNORECASE,
)

# WHATWG: these labels mean windows-1252 in a browser, whatever they say.
_BROWSER_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "l1": "cp1252",
    "latin1": "cp1252",
    "x-user-defined": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
    "ks_c_5601-1987": "euc-kr",
}

# Magic numbers of formats that are surely not markup.
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF-",
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\x7fELF",
    b"RIFF",
    b"\x00\x00\x01\x00",
    b"OggS",
    b"fLaC",
    b"ID3",
    b"7z\xbc\xaf\x27\x1c",
    b"%!PS",
    b"wOFF",
    b"wOF2",
)


def _lookup(label: str) -> str | None:
    """Return Python's codec name for a declared label, or None if unknown."""
    name = label.strip().lower()
    name = _BROWSER_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_encoding(data: bytes) -> str | None:
    """Return the encoding a page declares near its top, if Python knows it."""
    match = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    if match is None:
        return None
    encoding = _lookup(match.group(1).decode("ascii", "replace"))
    # A page that says UTF-16 in ASCII bytes is not UTF-16 (HTML standard).
    if encoding is not None and encoding.startswith("utf-16"):
        return "utf-8"
    return encoding


def _looks_binary(data: bytes) -> bool:
    head = data[:1024]
    if head.startswith(_BINARY_MAGIC):
        return True
    # Many NUL bytes without a UTF-16/32 BOM: an executable or image format.
    return head.count(b"\x00") > len(head) // 4


def _utf16_without_bom(head: bytes) -> str | None:
    """``"utf-16-le"``/``"-be"`` when ASCII markup sits in every other byte."""
    even, odd = head[0::2], head[1::2]
    if len(odd) < 8 or b"<" not in head:
        return None
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _prefer_utf8(data: bytes, encoding: str) -> str:
    """UTF-8 over a declared legacy encoding when the bytes are valid UTF-8.

    Pages often declare the charset of the template they were made from;
    non-ASCII text in a legacy encoding is almost never valid UTF-8 by chance.
    """
    if encoding == "utf-8" or data.isascii():
        return encoding
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return encoding
    return "utf-8"


def decode(data: bytes, *, hint: str | None = None) -> str:
    """Decode a page's bytes to text.

    Args:
        data: The raw page.
        hint: An encoding from outside the page (an HTTP header), tried right
            after the byte-order mark.

    Returns:
        The decoded text. Bytes invalid in a declared encoding become U+FFFD,
        as in a browser. UTF-16 without a byte-order mark is recognised by
        its NUL bytes; bytes that are valid UTF-8 are read as UTF-8 whatever
        the page declares.

    Raises:
        NotMarkupError: The bytes are a known binary format.
        DecodeError: The bytes declare no encoding, are not UTF-8, no
            encoding can be guessed, and over a quarter of them are invalid
            as UTF-8: noise, not text.
    """
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(bom_encoding, errors="replace")
    utf16 = _utf16_without_bom(data[:1024])
    if utf16 is not None:
        return data.decode(utf16, errors="replace")
    if _looks_binary(data):
        msg = "input looks like binary data, not HTML"
        raise NotMarkupError(msg)
    encoding = (_lookup(hint) if hint else None) or declared_encoding(data)
    if encoding is not None:
        return data.decode(_prefer_utf8(data, encoding), errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        best = charset_normalizer.from_bytes(data[:_DETECT_BYTES]).best()
        if best is not None:
            return data.decode(best.encoding, errors="replace")
        # No guess: a UTF-8 page with some invalid bytes is still a page, but
        # text that is mostly invalid bytes is noise.
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") > _MAX_INVALID_SHARE * len(text):
            msg = "no encoding decodes the input"
            raise DecodeError(msg) from err
        return text


# Share of U+FFFD above which undeclared, undetected bytes are not text.
_MAX_INVALID_SHARE = 0.25

# Detection looks at a prefix only: its cost grows with the input otherwise.
_DETECT_BYTES = 256 * 1024


_JSON_START = frozenset("{[")
_FEED_ROOTS = ("<rss", "<feed", "<rdf:rdf")


def _skip_prolog(head: str) -> str:
    """*head* without the XML declaration, doctype and comments before the root."""
    rest = head.lstrip()
    while rest.startswith(("<?", "<!")):
        end = rest.find("-->") + 3 if rest.startswith("<!--") else rest.find(">") + 1
        if end <= 0:
            return ""
        rest = rest[end:].lstrip()
    return rest


def refuse_non_markup(text: str) -> None:
    """Raise NotMarkupError for a document that is surely not a web page.

    Binary data (also when it was decoded to ``str`` by the caller), JSON
    and RSS/Atom feeds are refused; plain text is not: it is parsed as the
    text of a page, one paragraph per blank-line-separated block.

    Raises:
        NotMarkupError: *text* is binary data, JSON or a feed.
    """
    head = text[:4096].lstrip("\ufeff \t\r\n\f")
    if not head:
        return
    raw = head[:1024].encode("latin-1", "replace")
    if _looks_binary(raw) or (head[:1024].count("\x00") > len(head[:1024]) // 4):
        msg = "input looks like binary data, not HTML"
        raise NotMarkupError(msg)
    if head[0] in _JSON_START and text.rstrip()[-1:] in {"}", "]"}:
        msg = "input is JSON, not HTML"
        raise NotMarkupError(msg)
    if _skip_prolog(head).lower().startswith(_FEED_ROOTS):
        msg = "input is an RSS or Atom feed, not a page"
        raise NotMarkupError(msg)


def plain_text_as_markup(text: str) -> str:
    """*text* without any ``<``, as one ``<p>`` per blank-line-separated block.

    A browser runs plain text into one paragraph; the writer's blank lines
    are what a user of plain text means by paragraphs. Text with a ``<``
    anywhere is markup and is returned as it is.
    """
    if "<" in text:
        return text
    blocks: list[str] = []
    lines: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.strip():
            lines.append(line)
        elif lines:
            # Not escaped: with no "<" no tag can form, and an entity
            # ("&amp;") reads as a browser given the text as HTML reads it.
            blocks.append("\n".join(lines))
            lines = []
    return "".join(f"<p>{block}</p>\n" for block in blocks)
