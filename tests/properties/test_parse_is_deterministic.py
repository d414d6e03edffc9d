"""parse is a pure function of its input.

The same input gives the same Article, in this process and in another one
with a different hash seed, and a ``str`` gives the same Article as its UTF-8
bytes (when the page does not declare another encoding).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import newsparse
from newsparse.errors import NewsparseError
from newsparse.testing import html_documents, pages


pytestmark = pytest.mark.property

FIXTURES = Path(__file__).parents[1] / "fixtures" / "pages"
# A declaration of an encoding other than UTF-8 in the first 4 KiB, the way
# the decoder looks for one: such a page's bytes are not its UTF-8 text. (A
# page declaring UTF-16 in ASCII bytes is UTF-8, as the HTML standard says.)
_OTHER_CHARSET = re.compile(
    r"charset\s*=\s*[\"']?\s*(?!utf-?(?:8|16)\b)[A-Za-z0-9_.:-]", re.IGNORECASE
)


def outcome(data: str | bytes) -> object:
    try:
        return newsparse.parse(data, url="https://example.com/a")
    except NewsparseError as err:
        return (type(err), str(err))


@given(st.one_of(html_documents(), pages().map(lambda p: p.html)))
def test_parse_is_deterministic(document):
    assert outcome(document) == outcome(document)


def utf8(document: str) -> bytes | None:
    try:
        return document.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates have no UTF-8 form
        return None


@given(st.one_of(html_documents(), pages().map(lambda p: p.html)))
def test_str_and_utf8_bytes_give_the_same_article(document):
    data = utf8(document)
    assume(data is not None)
    assert data is not None
    assume(not _OTHER_CHARSET.search(data[:4096].decode("utf-8", "ignore")))
    assert outcome(document) == outcome(data)


_SCRIPT = """
import json, sys
import newsparse
pages = json.loads(sys.stdin.read())
print(json.dumps([newsparse.parse(p, url="https://example.com/a").to_dict() for p in pages]))
"""


def test_parse_gives_the_same_article_under_any_hash_seed():
    """Set iteration order never leaks into the result."""
    sources = [
        (FIXTURES / f"sputnik-{v}" / "source.html").read_text(encoding="utf-8")
        for v in ("semantic", "divsoup", "amp")
    ]
    results = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT],
            input=json.dumps(sources),
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        results.append(json.loads(done.stdout))
    here = [newsparse.parse(s, url="https://example.com/a").to_dict() for s in sources]
    assert results[0] == results[1] == json.loads(json.dumps(here))
