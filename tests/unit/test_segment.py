"""Text normalisation used by every stage that reads text from the tree."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse._segment import has_visible_text, normalize_space


# The definition: controls dropped, then any run of whitespace (str.isspace
# characters and the zero-width spaces) collapsed to one space, ends trimmed.
_SPACE = re.compile(r"[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

_TRICKY = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029"
    "\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff\x00\x07\x7f\x9f\ud800ab. й中"
)


@given(st.text(alphabet=st.sampled_from(_TRICKY) | st.characters()))
def test_normalize_space_matches_its_definition(text):
    assert normalize_space(text) == _SPACE.sub(" ", _CONTROL.sub("", text)).strip()


def test_normalize_space_examples():
    assert normalize_space("  a \u00a0\n b\u200bc\x07d ") == "a b cd"
    assert normalize_space("\u3000\ufeff") == ""
    assert normalize_space("plain words") == "plain words"


@given(
    st.text(
        st.sampled_from(
            list(" \t\n\r\x0b\x0c\x1c\x85\u00a0\u2028\u3000\x00\x07\x7f\x9f")
            + list("\u200b\u200c\u200d\u2060\ufeff\ud800ab")
        ),
        max_size=12,
    )
)
def test_has_visible_text_is_normalize_space_not_empty(text: str) -> None:
    assert has_visible_text(text) == bool(normalize_space(text))
