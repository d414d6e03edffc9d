"""Class and id words, as every vocabulary test sees them."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse._dom import _attribute_tokens, class_id_tokens, parse_html


# The definition: each whitespace-separated value is split on anything but
# ASCII letters and digits, and between a lowercase letter and a capital; a
# value of more than four words is a slug, not a name, and gives none.
_SPLIT = re.compile(r"[^0-9a-zA-Z]+|(?<=[a-z])(?=[A-Z])")


def _definition(raw: str) -> tuple[str, ...]:
    tokens: list[str] = []
    for value in raw.split():
        words = [t.lower() for t in _SPLIT.split(value) if t]
        if len(words) <= 4:
            tokens.extend(words)
    return tuple(tokens)


@given(st.text(alphabet=st.sampled_from("aZ9-_ .éÉ\tǅſK") | st.characters()))
def test_attribute_tokens_match_their_definition(raw):
    assert _attribute_tokens(raw) == _definition(raw)


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
