from __future__ import annotations

from newsparse._metric import visible_text


def test_each_block_is_a_line_and_inline_text_joins():
    html = "<div><h2>Head</h2><p>One <b>bold</b>\n  word.</p><ul><li>a</li><li>b</li></ul></div>"
    assert visible_text(html) == "Head\nOne bold word.\na\nb"


def test_scripts_hidden_elements_and_heads_are_not_visible():
    html = (
        "<html><head><title>T</title></head><body><p>kept</p>"
        "<script>var x = 1;</script><p hidden>hidden</p><style>p{}</style>"
        "<p>also kept</p></body></html>"
    )
    assert visible_text(html) == "kept\nalso kept"


def test_line_breaks_and_preformatted_text_keep_their_lines():
    html = "<p>first<br>second</p><pre>a  b\nc</pre>"
    assert visible_text(html) == "first\nsecond\na b\nc"


def test_deep_nesting_does_not_hit_the_recursion_limit():
    depth = 5_000
    html = "<div>" * depth + "<p>deep</p>" + "</div>" * depth
    assert visible_text(html) == "deep"
