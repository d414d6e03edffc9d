from __future__ import annotations

import codecs

import pytest

import newsparse
from newsparse._decode import declared_encoding, decode
from newsparse.errors import DecodeError, InputError, NotMarkupError


PAGE = (
    "<html><head><meta charset='{enc}'><title>Заголовок — café</title></head>"
    "<body><article><p>{text}</p><p>{text}</p></article></body></html>"
)
TEXT_RU = (
    "Москва сообщила, что переговоры продолжатся на следующей неделе в Женеве. " * 3
)
TEXT_FR = (
    "Le café de la gare a rouvert ses portes après des mois de travaux, déjà. " * 3
)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [("utf-8", TEXT_RU), ("windows-1251", TEXT_RU), ("iso-8859-1", TEXT_FR)],
)
def test_declared_bytes_give_the_same_article_as_str(encoding, text):
    title = "Заголовок" if encoding == "windows-1251" else "café"
    page = PAGE.format(enc=encoding, text=text).replace("Заголовок — café", title)
    from_str = newsparse.parse(page)
    from_bytes = newsparse.parse(page.encode(encoding))
    assert from_bytes == from_str
    assert from_str.body
    assert from_str.title == title


def test_bom_wins_over_declaration():
    page = "<meta charset='windows-1251'><p>naïve</p>"
    assert "naïve" in decode(codecs.BOM_UTF8 + page.encode("utf-8"))


def test_utf16_with_bom_decodes():
    page = "<html><body><p>Grüße aus Köln</p></body></html>"
    assert decode(page.encode("utf-16")) == page


def test_undeclared_utf8_is_read_as_utf8():
    assert decode("<p>Ελληνικά</p>".encode()) == "<p>Ελληνικά</p>"


def test_undeclared_legacy_bytes_are_detected():
    text = (
        "<p>"
        + "Съешь же ещё этих мягких французских булок, да выпей чаю. " * 20
        + "</p>"
    )
    assert decode(text.encode("cp1251")) == text


def test_http_hint_is_used_before_detection():
    assert decode("<p>é</p>".encode("latin-1"), hint="latin-1") == "<p>é</p>"


def test_declaration_is_found_in_http_equiv():
    data = b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
    assert declared_encoding(data) == "koi8-r"


def test_unknown_declaration_is_ignored():
    assert declared_encoding(b'<meta charset="no-such-charset">') is None


@pytest.mark.parametrize(
    "data", [b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n\x00\x00", b"PK\x03\x04\x14\x00"]
)
def test_binary_formats_are_not_markup(data):
    with pytest.raises(NotMarkupError):
        newsparse.parse(data)


def test_not_markup_is_an_input_and_value_error():
    with pytest.raises(ValueError, match="binary"):
        newsparse.parse(b"\x89PNG\r\n\x1a\n")
    assert issubclass(DecodeError, InputError)


def test_wrong_type_is_an_input_error():
    with pytest.raises(InputError, match="str or bytes"):
        newsparse.parse(42)  # type: ignore[arg-type]


def test_input_over_max_bytes_is_refused():
    options = newsparse.Options(max_bytes=100)
    with pytest.raises(newsparse.errors.InputTooLargeError):
        newsparse.parse(b"<p>" + b"x" * 200 + b"</p>", options=options)


PROSE = "The storm reached the coast on Tuesday night, cutting power to homes. " * 2


@pytest.mark.parametrize(
    "text",
    [
        '{"headline": "Storm", "body": ["a", "b"]}',
        '\n [{"a": 1}]\n',
        "<?xml version='1.0'?>\n<!-- feed -->\n<rss version='2.0'><channel>",
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><entry>",
        "%PDF-1.7\n1 0 obj",
        "\x89PNG\r\n\x1a\n\x00\x00",
    ],
    ids=["json", "json-list", "rss", "atom", "pdf-as-str", "png-as-str"],
)
def test_documents_that_are_not_pages_are_not_markup(text):
    with pytest.raises(NotMarkupError):
        newsparse.parse(text)
    with pytest.raises(NotMarkupError):
        newsparse.parse(text.encode("latin-1"))


def test_plain_text_is_read_as_paragraphs():
    article = newsparse.parse(f"{PROSE}\n\n{PROSE}Again.")
    assert [b.text for b in article.body] == [PROSE.strip(), PROSE + "Again."]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised(encoding):
    page = f"<html><body><article><p>{PROSE}</p><p>{PROSE}</p></article>"
    assert newsparse.parse(page.encode(encoding)) == newsparse.parse(page)


def test_valid_utf8_wins_over_a_declared_legacy_encoding():
    page = f"<meta charset='windows-1251'><article><p>Café. {PROSE}</p></article>"
    assert newsparse.parse(page.encode("utf-8")).text.startswith("Café.")


def test_random_bytes_are_a_decode_error_but_a_few_bad_bytes_are_not():
    noise = bytes(range(128, 256)) * 40
    with pytest.raises(DecodeError):
        newsparse.parse(noise + b"\x80\x81")
    page = f"<article><p>{PROSE}</p></article>".encode() + b"\xff\xfe\xc3"
    assert "cutting power" in newsparse.parse(page).text
