"""The nesting guard: real pages untouched, hostile nesting bounded."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings, target
from hypothesis import strategies as st

from newsparse import _nesting
from newsparse._dom import Node, parse_html
from newsparse._nesting import limit_nesting


ROOT = Path(__file__).resolve().parents[2]
PAGES = [
    ROOT / "src" / "newsparse" / "_demo" / "sputnik.html",
    *sorted((ROOT / "tests" / "fixtures" / "pages").glob("*/source.html")),
]


EXAMPLES = settings(
    max_examples=int(os.environ.get("NESTING_EXAMPLES", "100")), deadline=None
)


@contextlib.contextmanager
def max_depth(limit: int) -> Iterator[None]:
    """Run the guard with a smaller limit, so that small pages reach it."""
    old = _nesting.MAX_DEPTH
    _nesting.MAX_DEPTH = limit
    try:
        yield
    finally:
        _nesting.MAX_DEPTH = old


def depth(node: Node | None) -> int:
    """The deepest element under *node*, iteratively."""
    deepest = 0
    stack = [(node, 0)]
    while stack:
        current, level = stack.pop()
        child = current.child if current is not None else None
        while child is not None:
            if child.is_element_node:
                stack.append((child, level + 1))
                deepest = max(deepest, level + 1)
            child = child.next
    return deepest


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.parent.name)
def test_real_pages_come_back_unchanged(path):
    text = path.read_text(encoding="utf-8")
    assert limit_nesting(text) is text


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.parent.name)
def test_real_pages_take_the_fast_path(path):
    """The model is for odd pages: a real one is answered by the cheap pass."""
    assert _nesting._properly_nested(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # end tags match their start tags whatever their case, past the cap
        # on remembered names too
        ("".join(f"<X{i}><p>a</P></x{i}>" for i in range(400)), True),
        ("".join(f"<X{i}>" for i in range(300)), False),
        ("<svg><g><p>" + "</g></svg>", False),  # a <p> leaves SVG
        ("<svg><foreignObject><p>x</p></foreignObject></svg><div></div>", True),
        ("<b><i><u><s>x</s></u></i></b>", False),  # four formatting open
    ],
    ids=["case-folded", "deep", "svg-breakout", "integration-point", "formatting"],
)
def test_the_fast_path_answers(html, expected):
    assert _nesting._properly_nested(html) is expected


DIVS = "<div>" * 3000


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 5000,
        "<span>" * 3000 + "<div>" * 3000,
        "<ul><li>" * 3000,
        "<span><div></span>" * 3000,
        "<svg><foreignObject>" + "<div/>" * 3000,
        "<foo/>" * 5000,
        "<math><annotation-xml><style>" + "<g>" * 3000,
        # markup that hides its nesting from a scan that does not read it
        # as the tokenizer does
        "<!-->" + DIVS + "-->",
        "<!--->" + DIVS + "-->",
        "<!-- a --!>" + DIVS + "-->",
        '<a title=">" x="<!--">' + DIVS + "-->",
        "<a title='>' x='<script>'>" + DIVS + "</script>",
        "<div><script><!--<script></script></div>--></script>" * 3000,
        "<svg>" + "<g><![CDATA[</g>]]>" * 3000,
        "<ak></a\u212a>" * 3000,
        "<svg>" + "<g a=b/>" * 3000,
    ],
    ids=[
        "div",
        "span-div",
        "lists",
        "end-tag-past-special",
        "svg",
        "self-closed",
        "math",
        "abrupt-comment",
        "abrupt-comment-dash",
        "comment-bang-close",
        "quoted-gt-then-comment",
        "quoted-gt-then-script",
        "script-double-escape",
        "svg-cdata",
        "kelvin-sign-end-tag",
        "unquoted-value-slash",
    ],
)
def test_hostile_nesting_is_cut_to_the_limit(html):
    tree = parse_html(html)
    assert depth(tree.body) <= _nesting.MAX_DEPTH + 2


def test_unclosed_formatting_elements_are_capped():
    opened = "".join(f"<b id=b{i}>" for i in range(100))
    tree = parse_html("<div>" + opened + "</div>" + "<div>x</div>" * 100)
    # without the cap: 100 copies of every <b> after each block, 10,000 in all
    assert len(tree.css("b")) <= (_nesting.MAX_FORMATTING + 1) * 101


def test_the_text_survives_the_cut():
    html = "<div>" * 2000 + "deep text" + "</div>" * 2000
    assert parse_html(html).body.text().strip() == "deep text"


def test_comments_and_scripts_are_not_counted():
    html = "<!--" + "<div>" * 5000 + "-->" + "<script>" + "<div>" * 5000 + "</script>"
    html += "<p>after</p>"
    assert limit_nesting(html) is html


OPENERS = str.split(
    "<div> <span> <p> <li> <ul> <table> <td> <tr> <b> <i> <a> <svg> <foreignObject> "
    "<math> <mi> <template> <button> <option> <div/> <object> "
    "<caption> <h1> <nobr> <font> <section> <g> <em>"
)
CLOSERS = str.split(
    "</div> </span> </p> </ul> </table> </b> </a> </svg> </td> x <br> <style>x</style>"
)
# Mostly openers: a soup that nests deep unless something bounds it.
TAGS = st.one_of(
    st.sampled_from(OPENERS), st.sampled_from(OPENERS), st.sampled_from(CLOSERS)
)


@EXAMPLES
@given(st.lists(TAGS, min_size=50, max_size=300))
def test_the_model_never_underestimates_depth(tags):
    """Whatever the tag soup, the guarded tree stays within a small multiple."""
    with max_depth(6):
        tree = parse_html("".join(tags))
    # html > body, plus the implied tbody/tr/colgroup of each table level
    assert depth(tree.root) <= 3 * 6 + 2


ODD_TOKENS = [
    *str.split(
        "<!--> <!--- --> --!> <!-- <script> </script> <![CDATA[ ]]> <title> "
        "</title> <desc> <mi> <style> </style> <font> <g/> <svg/> </br> </p> "
        "<select> <template> </template> <a\u212a> </a\u212a> <ak>"
    ),
    '<a title=">">',
    "<b x='y'/>",
    '<i a="',
    "<p a=b/>",
    "</div x='>'>",
]
SOUP = st.one_of(TAGS, st.sampled_from(ODD_TOKENS))


@EXAMPLES
@given(st.lists(SOUP, min_size=30, max_size=300))
def test_what_the_fast_path_lets_through_stays_shallow(tags):
    """Pages the fast path passes unchanged nest no deeper than it allows."""
    html = "".join(tags)
    with max_depth(24):  # the fast path lets tags nest 6 deep
        passed = _nesting._properly_nested(html)
    if passed:
        assert depth(parse_html(html).root) <= 24


NAMES = str.split(
    "div span p li ul table tbody tr td th b i em strong font a nobr svg g "
    "foreignObject title desc math mi mtext mrow select option template "
    "button section h1 h2 caption colgroup dd dt form object marquee"
)
INSIDE = st.sampled_from(
    [
        "text",
        "<br>",
        "<img src=x>",
        "<!-- <div> -->",
        "<!-->",
        "<script>if (a<b) x='</div>'</script>",
        "<script><!--<script></script></div>--></script>",
        "<style>p>b{}</style>",
        "<textarea></div></textarea>",
        "<![CDATA[</g>]]>",
        "</p>",
        "</br>",
        "</nonesuch>",
        "<g/>",
        "<svg/>",
    ]
)
ATTRIBUTES = st.sampled_from(
    ["", " class=x", ' title=">"', " a=b/", ' x="<!--"', " x='</div>'", "/"]
)


@st.composite
def nested_markup(draw, levels=10):
    """Markup whose tags nest properly, with odd tokens between them."""
    name = draw(st.sampled_from(NAMES))
    attributes = draw(ATTRIBUTES)
    count = draw(st.integers(0, 3)) if levels > 0 else 0
    children = [
        draw(st.one_of(INSIDE, nested_markup(levels=levels - 1))) for _ in range(count)
    ]
    # an end tag the standard lets a page leave out, sometimes left out
    close = (
        "" if name in {"p", "li", "td", "tr"} and draw(st.booleans()) else f"</{name}>"
    )
    return f"<{name}{attributes}>{''.join(children)}{close}"


@EXAMPLES
@given(st.lists(nested_markup(), min_size=1, max_size=4))
def test_properly_nested_pages_the_fast_path_passes_stay_shallow(parts):
    html = "".join(parts)
    with max_depth(24):  # the fast path lets tags nest 6 deep
        passed = _nesting._properly_nested(html)
    if passed:
        deepest = depth(parse_html(html).root)
        target(float(deepest))  # look for the deepest page it lets through
        assert deepest <= 24


@EXAMPLES
@given(st.lists(nested_markup(), min_size=1, max_size=4))
def test_the_model_bounds_odd_markup_too(parts):
    """Comments, raw text, CDATA and quoted '>' do not hide tags from it."""
    with max_depth(6):
        tree = parse_html("".join(parts))
    assert depth(tree.root) <= 3 * 6 + 2


@EXAMPLES
@given(
    st.sampled_from(NAMES),
    ATTRIBUTES,
    INSIDE,
    st.sampled_from(["", "</div>", "</b>", "-->", "</script>", "]]>", "</g>"]),
)
def test_an_element_left_open_again_and_again_is_counted(
    name, attributes, inside, tail
):
    """Forty copies of an open tag and an odd token nest forty deep in a
    browser unless the token closes it; the guard must see that nesting."""
    html = f"<{name}{attributes}>{inside}{tail}" * 40
    with max_depth(6):
        tree = parse_html(html)
    assert depth(tree.root) <= 3 * 6 + 2
