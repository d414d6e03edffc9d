"""Class and id words, as every vocabulary test sees them."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse._dom import _split_tokens, class_id_tokens, parse_html


# The definition: split on anything but ASCII letters and digits, and between
# a lowercase letter and a capital; lowercase the words.
_SPLIT = re.compile(r"[^0-9a-zA-Z]+|(?<=[a-z])(?=[A-Z])")


@given(st.text(alphabet=st.sampled_from("aZ9-_ .éÉ\tǅſK") | st.characters()))
def test_split_tokens_matches_its_definition(raw):
    expected = tuple(t.lower() for t in _SPLIT.split(raw) if t)
    assert _split_tokens(raw) == expected


def test_class_and_id_give_lowercase_words():
    node = parse_html(
        "<div class='article-body relatedLinks' id='mainContent'></div>"
    ).css_first("div")
    assert node is not None
    assert class_id_tokens(node) == [
        "article",
        "body",
        "related",
        "links",
        "main",
        "content",
    ]


def test_no_class_no_id_no_words():
    node = parse_html("<p class=''>x</p>").css_first("p")
    assert node is not None
    assert class_id_tokens(node) == []
