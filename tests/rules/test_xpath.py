"""XPath → CSS: exact equivalents only; everything else is reported, not guessed."""

from __future__ import annotations

import pytest

from newsparse._dom import parse_html
from newsparse._xpath import Untranslatable, translate


@pytest.mark.parametrize(
    ("xpath", "css"),
    [
        ("//div/p", "div > p"),
        ("//div//p", "div p"),
        ("//DIV", "div"),
        (
            "/html/body/div[3]/div[1]",
            "html > body > div:nth-of-type(3) > div:nth-of-type(1)",
        ),
        ("/div", "div:root"),
        ("//*[@id='main']", '[id="main"]'),
        ('//div[@class="a b"]', 'div[class="a b"]'),
        ("//p[@data-x]", "p[data-x]"),
        ("//p[@class!='x']", 'p[class]:not([class="x"])'),
        ("//div[contains(@class, 'post-body')]", 'div[class*="post-body"]'),
        (
            "//div[contains(concat(' ',normalize-space(@class),' '),' entry ')]",
            'div[class~="entry"]',
        ),
        ("//div[contains(normalize-space(@class), 'entry')]", 'div[class*="entry"]'),
        ("//a[starts-with(@href, '/tag/')]", 'a[href^="/tag/"]'),
        ("//img[ends-with(@src, '.gif')]", 'img[src$=".gif"]'),
        ("//div[@id='a' or @id='b']", 'div:is([id="a"], [id="b"])'),
        ("//div[@id='a' and not(@class)]", 'div[id="a"]:not([class])'),
        ("//div[(@a or @b) and @c]", "div:is([a], [b])[c]"),
        ("//li[last()]", "li:last-of-type"),
        ("//*[1]", ":nth-child(1)"),
        ("//p[position()=2]", "p:nth-of-type(2)"),
        ("//div[h2]", "div:has(> h2)"),
        ("//div[.//a[@rel='author']]", 'div:has(a[rel="author"])'),
        ("//div[./p/a]", "div:has(> p > a)"),
        ("//div[a/@href]", "div:has(> a[href])"),
        ("//a[@class='x']/..", ':has(> a[class="x"])'),
        ("//a[@class='x']/parent::p", 'p:has(> a[class="x"])'),
        ("//div[@id='c']/p/parent::div", 'div[id="c"]:has(> p)'),
        ("//a/ancestor::section", "section:has(a)"),
        ("//hr/following-sibling::*", "hr ~ *"),
        ("//img/following-sibling::*[1][self::div]", "img + div"),
        ("//div[@id='x']/preceding-sibling::p", 'p:has(~ div[id="x"])'),
        ("//footer/self::footer | //aside", "footer, aside"),
        ("//div[self::div or self::p]", "div:is(div, p)"),
        (".//article", "article"),
        ("//p[@title='say \"hi\"']", 'p[title="say \\"hi\\""]'),
    ],
)
def test_the_subset_translates_exactly(xpath, css):
    assert translate(xpath) == css


def test_values_and_first_match_fields():
    assert translate("//meta[@name='author']/@content", values=True) == (
        'meta[name="author"]::attr(content)'
    )
    assert translate("(//h1)[1]", first=True) == "h1"
    assert translate("(//h1 | //h2)[1]", first=True) == "h1, h2"
    assert translate("//h1/@title | //h2/@title", values=True) == "h1, h2::attr(title)"
    with pytest.raises(Untranslatable, match="different attributes"):
        translate("//h1/@title | //h2/@id", values=True)


DOC = parse_html(
    """<div id="c"><p id="p1">a</p><img id="i"><div id="d1" class="x y">b</div>
       <div id="d2"><span id="s">c</span></div><p id="p2"><a id="a" href="/x">d</a></p></div>"""
)


@pytest.mark.parametrize(
    ("xpath", "ids"),
    [
        ("//img/following-sibling::*[1][self::div]", ["d1"]),
        ("//img/following-sibling::p", ["p2"]),
        ("//a/..", ["p2"]),
        ("//div[span]", ["d2"]),
        ("//div[@id='c']/div[2]", ["d2"]),
        ("//div[contains(concat(' ',normalize-space(@class),' '),' y ')]", ["d1"]),
        ("//*[@id='c']/p[1]", ["p1"]),
        ("//p[last()]", ["p2"]),
        ("//img/preceding-sibling::p", ["p1"]),
    ],
)
def test_translations_select_what_the_xpath_selects(xpath, ids):
    assert [n.attributes["id"] for n in DOC.css(translate(xpath))] == ids


@pytest.mark.parametrize(
    ("xpath", "reason", "column"),
    [
        ("//h5[contains(., 'Read more')]", "contains() on text", 15),
        ("//p[text()='x']", "text() reads text", 5),
        ("//h1/text()", "text() selects text", 6),
        ("substring-before(//title, ' - ')", "substring-before() computes a string", 1),
        ("//address/ancestor::div[1]", "a position on this axis", 11),
        ("//a[@class='b'][1]", "a position after another predicate", 17),
        ("(//div)[2]", "a position in the whole document", 8),
        ("(//div)[1]", "keeps only the first match", 1),
        ("//div[class='x']", "compares the text of 'class'", 7),
        ("div[@id='x']", "a relative path selects children of the document", 1),
        ("//meta/@content", "this field selects elements", 9),
        ("//span[@*='x']", "only named attributes", 9),
        ("//p[normalize-space(@class)='x']", "normalize-space(@class) compared", 5),
        ("//p/following::*", "the following:: axis", 5),
        ("//a/following-sibling::a[1]", "the n-th following sibling", 5),
        ("//ul//i/parent::a", "the parent of a descendant step", 9),
        ('"Jane Doe"', "a constant string", 1),
        ("//div[", "unexpected 'end' in a predicate", 7),
        (
            "//div[contains(concat(' ',normalize-space(@class),' '),' a b ')]",
            "several words",
            7,
        ),
        ("//p#x", "unexpected '#'", 4),
    ],
)
def test_untranslatable_expressions_say_where_and_why(xpath, reason, column):
    with pytest.raises(Untranslatable) as info:
        translate(xpath)
    assert reason in info.value.reason
    assert info.value.column == column
