"""One shrunk input per crash, hang or blow-up found on the way, kept forever."""

from __future__ import annotations

import newsparse


def test_a_long_run_of_spaces_in_an_author_meta_is_split_in_linear_time(watchdog):
    # 200k spaces took hours with the old ``\s*(?:,|;|…)\s*`` split.
    report = watchdog("author_meta_with_long_space_run", timeout=30)
    assert report["metadata"]["authors"] == ["Ann Lee"]


def test_author_separators_still_split_names():
    html = '<meta name="author" content="Ann Lee ,  Bob Ray and Cy Dee; Dan Eng">'
    authors = newsparse.parse(html).metadata.authors
    assert authors == ("Ann Lee", "Bob Ray", "Cy Dee", "Dan Eng")
