from __future__ import annotations

import newsparse


PAGE = "<html><head>{meta}</head><body><article><p>{text}</p></article></body></html>"
TEXT = "Привет, мир! Это длинная новость о важных событиях сегодняшнего дня. " * 3


def test_served_charset_decodes_an_undeclared_page():
    data = PAGE.format(meta="", text=TEXT).encode("cp1251")
    article = newsparse.parse(data, encoding="windows-1251")
    assert article.text.startswith("Привет, мир!")


def test_served_charset_wins_over_the_meta_declaration():
    page = PAGE.format(meta='<meta charset="iso-8859-5">', text=TEXT)
    article = newsparse.parse(page.encode("koi8-r"), encoding="koi8-r")
    assert article.text.startswith("Привет, мир!")


def test_unknown_served_charset_falls_back_to_the_page():
    page = PAGE.format(meta='<meta charset="koi8-r">', text=TEXT)
    article = newsparse.parse(page.encode("koi8-r"), encoding="no-such-charset")
    assert article.text.startswith("Привет, мир!")


def test_byte_order_mark_wins_over_the_served_charset():
    data = b"\xef\xbb\xbf" + PAGE.format(meta="", text=TEXT).encode()
    article = newsparse.parse(data, encoding="cp1252")
    assert article.text.startswith("Привет, мир!")


def test_encoding_is_ignored_for_text():
    article = newsparse.parse(PAGE.format(meta="", text=TEXT), encoding="ascii")
    assert article.text.startswith("Привет, мир!")
