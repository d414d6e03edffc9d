"""The vocabulary regexes: dispatching on the first letter changes no match."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse import _vocab


_ALTERNATIONS = {
    "call to action": _vocab._CALL_TO_ACTION,
    "widget label": _vocab._WIDGET_LABELS,
}


def _plain(alternation: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation})(?!\w)", re.IGNORECASE)


def _dispatched(alternation: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{_vocab._first_letter_dispatch(alternation)})(?!\w)", re.IGNORECASE
    )


def _phrase_texts(alternation: str) -> list[str]:
    """Texts made of the vocabulary's own words, in several cases and places."""
    texts: list[str] = []
    for branch in _vocab._branches(alternation):
        words = re.sub(r"\(\?:|[()?\[\]*+|]|\\[wbs]|\{\d*,?\d*\}", " ", branch)
        phrase = " ".join(words.split())
        texts += [phrase, phrase.upper(), f"Say {phrase}!", f"x{phrase} y", phrase[:-1]]
    return texts


def test_leading_groups_are_spelled_out_in_order() -> None:
    assert _vocab._spelled_out("(?:log|sign) in to (?:a|b)") == [
        "log in to (?:a|b)",
        "sign in to (?:a|b)",
    ]
    assert _vocab._spelled_out("(?:an )?app") == ["(?:an )?app"]
    assert _vocab._spelled_out("(?:(?:x|y)z|w)v") == ["xzv", "yzv", "wv"]


def test_branches_split_only_at_the_top_level() -> None:
    assert _vocab._branches(r"a(?:b|c)|[|]d|e\|f") == ["a(?:b|c)", "[|]d", r"e\|f"]


def test_dispatch_keys_do_not_fold_into_each_other() -> None:
    # Two letters that match each other case-insensitively would send a text
    # to the first one's group only.
    for alternation in _ALTERNATIONS.values():
        letters = {
            branch[0].lower()
            for b in _vocab._branches(alternation)
            for branch in _vocab._spelled_out(b)
        }
        for a in letters:
            for b in letters - {a}:
                assert re.fullmatch(a, b, re.IGNORECASE) is None, (a, b)


def test_dispatch_finds_the_same_matches_on_the_vocabulary() -> None:
    for name, alternation in _ALTERNATIONS.items():
        plain, dispatched = _plain(alternation), _dispatched(alternation)
        texts = _phrase_texts(alternation)
        found = 0
        for text in texts:
            a, b = plain.search(text), dispatched.search(text)
            assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), (
                name,
                text,
            )
            found += a is not None
        assert found > len(texts) // 2, name  # the texts do exercise the matches


_WORDS = st.sampled_from(
    [
        "subscribe",
        "sign",
        "up",
        "to",
        "our",
        "newsletter",
        "log",
        "in",
        "or",
        "register",
        "comments",
        "share",
        "read",
        "more",
        "follow",
        "us",
        "подпишитесь",
        "abonnez-vous",
        "à",
        "lire",
        "aussi",
        "cookies",
        "the",
        "police",
        "ÜBER",
        "Kelvin",
        "ſign",
        "İstanbul",
    ]
)


@given(st.lists(_WORDS | st.text(max_size=6), max_size=12).map(" ".join))
def test_dispatch_finds_the_same_matches_on_any_text(text: str) -> None:
    for alternation in _ALTERNATIONS.values():
        a = _plain(alternation).search(text)
        b = _dispatched(alternation).search(text)
        assert (a and a.span()) == (b and b.span())
