"""Cleaning removes what is never article text, and nothing else."""

from __future__ import annotations

from newsparse._clean import clean
from newsparse._dom import parse_html


def cleaned_text(html: str) -> str:
    body = clean(parse_html(html))
    assert body is not None
    return " ".join(body.text(separator=" ").split())


def test_scripts_forms_and_hidden_elements_go_and_prose_stays():
    html = (
        "<body><p>kept one</p><script>var x = 1;</script>"
        "<style>p { color: red }</style><form><label>Name</label>"
        "<input value='typed'><button>Send</button></form>"
        "<div hidden>hidden attr</div><div aria-hidden='true'>aria</div>"
        "<div style='display: none'>styled</div>"
        "<span style='visibility:hidden'>invisible</span><p>kept two</p></body>"
    )
    assert cleaned_text(html) == "kept one kept two"


def test_nested_removals_of_both_kinds_are_safe():
    """A hidden node inside a dropped one, and the reverse, both disappear."""
    html = (
        "<body><p>before</p>"
        "<noscript><div hidden><iframe>in both</iframe></div></noscript>"
        "<div style='display:none'><script>x()</script><p>hidden prose</p></div>"
        "<select><option>one</option><option hidden>two</option></select>"
        "<p>after</p></body>"
    )
    assert cleaned_text(html) == "before after"


def test_a_document_without_markup_still_has_a_body():
    assert cleaned_text("just text") == "just text"
