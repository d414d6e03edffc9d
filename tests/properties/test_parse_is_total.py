"""parse is total: any str or bytes gives an Article or a documented error.

Never another exception, never a hang, and the Article is well formed: block
texts are non-empty and normalised, links are absolute http(s) URLs.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, BlockKind
from newsparse.errors import NewsparseError
from newsparse.testing import html_documents


pytestmark = pytest.mark.property

# Generous: parse takes milliseconds; only runaway work comes near this.
SLOW = settings(deadline=dt.timedelta(seconds=20))

ENCODINGS = (
    "utf-8",
    "utf-16",
    "utf-16-le",
    "cp1251",
    "latin-1",
    "shift_jis",
    "gb18030",
)
_UNNORMALISED = re.compile(r"^\s|\s$|\s\s|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_or_error(data: str | bytes) -> Article | NewsparseError:
    try:
        return newsparse.parse(data, url="https://example.com/a/b.html")
    except NewsparseError as err:
        return err


def assert_well_formed(article: Article) -> None:
    for block in article.body:
        assert block.text, block
        if block.kind is not BlockKind.PREFORMATTED:
            assert not _UNNORMALISED.search(block.text), block
    for link in article.related_links:
        assert link.url.startswith(("http://", "https://")), link
        assert link.text, link
    for caption in article.captions:
        assert caption.text or caption.credit, caption
        assert caption.image is None or caption.image.startswith(
            ("http://", "https://")
        )
    meta = article.metadata
    for url in (meta.canonical_url, meta.image):
        assert url is None or url.startswith(("http://", "https://")), url
    assert all(name for name in meta.authors)


def check(data: str | bytes, hang_guard) -> None:
    with hang_guard():
        result = parse_or_error(data)
    if isinstance(result, Article):
        assert_well_formed(result)


@SLOW
@given(st.text())
def test_parse_never_raises_on_arbitrary_text(hang_guard, text):
    check(text, hang_guard)


@SLOW
@given(html_documents())
def test_parse_never_raises_on_arbitrary_markup(hang_guard, document):
    check(document, hang_guard)


@SLOW
@given(st.binary())
def test_parse_never_raises_on_arbitrary_bytes(hang_guard, data):
    check(data, hang_guard)


@SLOW
@given(
    html_documents(),
    st.sampled_from(ENCODINGS),
    st.sampled_from(("", "bom", "meta")),
)
def test_parse_never_raises_on_markup_in_any_encoding(
    hang_guard, document, encoding, declaration
):
    data = document.encode(encoding, errors="replace")
    if declaration == "bom" and encoding.startswith("utf-8"):
        data = codecs.BOM_UTF8 + data
    elif declaration == "meta":
        data = f'<meta charset="{encoding}">'.encode("ascii") + data
    check(data, hang_guard)
