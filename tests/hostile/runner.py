"""Build one hostile input by name, parse it, check it, report as JSON.

Run by the watchdog in ``conftest.py`` as ``python runner.py CASE``: one
fresh process per case, so that a hang can be killed and memory measured
from a clean start. Inputs are generated here, never stored in the repo.

The report (one JSON line on stdout) says what ``parse`` did (``outcome``
``"article"`` with a digest of the Article, or ``"error"`` with the
NewsparseError's class name) and what it cost: ``seconds``, the input size
in bytes, and the peak memory growth during the call in KiB (``grown_kb``).
Every Article is checked against the output contract (clean strings,
absolute http(s) URLs, JSON round trip) here, before it is reported.
"""

from __future__ import annotations

import codecs
import gc
import importlib.util
import io
import json
import random
import resource
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import newsparse


ROOT = Path(__file__).resolve().parents[2]
SPUTNIK = ROOT / "src" / "newsparse" / "_demo" / "sputnik.html"
URL = "https://news.example.com/world/2024/storm.html"

_spec = importlib.util.spec_from_file_location(
    "newsparse_fuzz", ROOT / "benchmarks" / "fuzz.py"
)
assert _spec is not None
assert _spec.loader is not None
fuzz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz)

Case = Callable[[], tuple[str | bytes, str | None]]
CASES: dict[str, Case] = {}

PARAGRAPH = (
    "The storm reached the coast on Tuesday night, cutting power to thousands "
    "of homes and closing the main road north for most of the following day."
)
ARTICLE = "<article><h1>Storm hits the coast</h1>" + f"<p>{PARAGRAPH}</p>" * 4


def case(fn: Case) -> Case:
    CASES[fn.__name__] = fn
    return fn


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


# -- not HTML at all ------------------------------------------------------


@case
def empty_bytes():
    return b"", URL


@case
def empty_str():
    return "", URL


@case
def whitespace_only():
    return " \n\t\r\n \u00a0 " * 1000, URL


@case
def pdf():
    return b"%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\n" + bytes(range(256)) * 40, URL


@case
def pdf_as_str():
    # what requests' ``.text`` gives for a PDF served without a charset
    return pdf()[0].decode("latin-1"), URL


@case
def png():
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40, URL


@case
def zip_archive():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", ARTICLE)
    return buffer.getvalue(), URL


@case
def json_document():
    data = {"headline": "Storm hits the coast", "body": [PARAGRAPH] * 5}
    return json.dumps(data).encode(), URL


@case
def json_array_str():
    return "\n  " + json.dumps([{"a": PARAGRAPH}] * 20), URL


@case
def rss_feed():
    items = "".join(
        f"<item><title>Story {i}</title><link>https://e.com/{i}</link>"
        f"<description>{PARAGRAPH}</description></item>"
        for i in range(5)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?>\n<!-- feed -->\n"
        f"<rss version='2.0'><channel><title>News</title>{items}</channel></rss>"
    ).encode(), URL


@case
def atom_feed():
    entries = "".join(
        f"<entry><title>Story {i}</title><summary>{PARAGRAPH}</summary></entry>"
        for i in range(5)
    )
    return (
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>News</title>{entries}</feed>"
    ), URL


@case
def plain_text():
    return f"{PARAGRAPH}\n\n{PARAGRAPH} Again.\n\nShort line", URL


# -- structure ------------------------------------------------------------


@case
def truncated_at_every_tag():
    """Every prefix of a real page that ends at a tag boundary."""
    return SPUTNIK.read_text(encoding="utf-8"), URL


@case
def deep_nesting_div():
    return page("<div>" * 100_000 + PARAGRAPH), URL


@case
def deep_nesting_mixed():
    # inline elements first, then blocks whose start tags scan the stack
    return page("<span>" * 50_000 + "<div>" * 50_000 + PARAGRAPH), URL


@case
def deep_nesting_lists():
    return page("<ul><li>" * 50_000 + PARAGRAPH), URL


@case
def deep_nesting_closed():
    return page("<section>" * 50_000 + PARAGRAPH + "</section>" * 50_000), URL


@case
def deep_nesting_stray_end_tags():
    return page("<span>" * 50_000 + "</div>" * 50_000 + PARAGRAPH), URL


@case
def formatting_reconstruction():
    """Unclosed formatting elements re-created after every block: amplification."""
    opened = "".join(f"<b id=b{i}>" for i in range(2_000))
    return page("<div>" + opened + "</div>" + "<div>x</div>" * 20_000), URL


@case
def many_siblings():
    return page("<div>" + "<p>x</p>" * 1_000_000 + "</div>"), URL


@case
def page_50mb():
    """The demo page with its article's text blocks repeated to 50 MB."""
    text = SPUTNIK.read_text(encoding="utf-8")
    marker = '<div class="article__block" data-type="text">'
    first = text.index(marker)
    block = text[first : text.index("</div></div>", first) + len("</div></div>")]
    copies = 50 * 1024 * 1024 // len(block.encode())
    return text[:first] + block * copies + text[first:], URL


@case
def attribute_10mb():
    return page(f'<p title="{"a" * 10_000_000}">{PARAGRAPH}</p>'), URL


@case
def class_10mb():
    return page(f'<div class="{"aB-" * 3_500_000}">{ARTICLE}</div>'), URL


@case
def text_node_10mb():
    return page("<p>" + "x" * 10_000_000 + "</p>"), URL


@case
def pathological_class_names():
    classes = [
        "a" * 5000,
        "aA" * 5000,
        "-_" * 5000,
        " ".join(["sidebar"] * 5000),
        " ".join(f"c{i}" for i in range(5000)),
        "article-body\x00\u202e\u200b" * 100,
        "\u0645\u0642\u0627\u0644 статья 記事" * 100,
    ]
    body = "".join(
        f'<div class="{c}" id="{c[:3000]}"><p>{PARAGRAPH}</p></div>' for c in classes
    )
    return page(body), URL


@case
def unclosed_script():
    return page(ARTICLE + "<script>var s = '<p>" + PARAGRAPH + "'; " * 1000), URL


@case
def unclosed_style():
    return page(ARTICLE + "<style>p { color: red } " * 1000), URL


@case
def unclosed_comment():
    return page(ARTICLE + "<!--" * 100_000), URL


@case
def unclosed_tags():
    return page(ARTICLE + "<a href='x" + "<div " * 100_000), URL


# -- encodings and characters ---------------------------------------------


@case
def invalid_utf8():
    bad = b"\xff\xc3\x28\xed\xa0\x80\xf8\x88"
    return page(ARTICLE).encode().replace(b"coast", b"co" + bad + b"ast"), URL


@case
def random_bytes():
    return random.Random(10).randbytes(100_000), URL


def _utf16(encoding: str, bom: bytes) -> bytes:
    return bom + page(ARTICLE, "<meta charset='utf-8'>").encode(encoding)


@case
def utf16_le_bom():
    return _utf16("utf-16-le", codecs.BOM_UTF16_LE), URL


@case
def utf16_be_bom():
    return _utf16("utf-16-be", codecs.BOM_UTF16_BE), URL


@case
def utf16_le_no_bom():
    return _utf16("utf-16-le", b""), URL


@case
def utf16_be_no_bom():
    return _utf16("utf-16-be", b""), URL


@case
def lying_meta_charset():
    """Declares windows-1251, is UTF-8: the bytes are valid UTF-8."""
    html = page(ARTICLE.replace("coast", "côte"), "<meta charset='windows-1251'>")
    return html.encode("utf-8"), URL


@case
def mixed_encodings():
    return page(ARTICLE).encode() + "<p>café naïve</p>".encode("cp1252"), URL


@case
def nul_and_controls_bytes():
    noise = bytes(range(32)) + b"\x7f"
    return page(ARTICLE.replace("storm", "st\x00orm\x1b")).encode() + noise * 100, URL


@case
def nul_and_controls_str():
    noise = "".join(map(chr, range(32))) + "\x7f\x85\x9f"
    html = page(ARTICLE.replace("coast", "co\x00ast\x08"), f"<title>{noise}</title>")
    return html + f"<p>{noise * 100}</p>", URL


@case
def lone_surrogates():
    html = page(ARTICLE.replace("power", "po\ud800wer\udfff"), "<title>T\udc80</title>")
    return html, URL


@case
def rtl_and_zero_width():
    arabic = "ضربت العاصفة الساحل ليلة الثلاثاء وقطعت الكهرباء عن آلاف المنازل. " * 2
    hebrew = "הסערה הגיעה לחוף ביום שלישי בלילה וניתקה את החשמל לאלפי בתים. " * 2
    tricky = "\u202eevil\u202c \u200b\u200c\u200d\u2060\ufeff \u061c\u200f"
    body = f"<article dir='rtl'><h1>عاصفة</h1><p>{arabic}</p><p>{hebrew}{tricky}</p>"
    return page(body), URL


# -- metadata and links ---------------------------------------------------


@case
def huge_json_ld():
    data = {"@type": "NewsArticle", "headline": "x", "articleBody": "y" * 10_000_000}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    head += '<meta property="og:title" content="Storm hits the coast">'
    return page(ARTICLE, head), URL


@case
def huge_json_ld_list():
    items = "[" + ",".join(['{"@type":"Thing"}'] * 100_000) + "]"
    head = f'<script type="application/ld+json">{items}</script>'
    return page(ARTICLE, head), URL


@case
def deep_json_ld():
    deep = "[" * 10_000 + "]" * 10_000
    deeper = '{"a":' * 10_000 + "1" + "}" * 10_000
    nested_author = '{"@type":"NewsArticle","author":' + "[" * 5_000 + "]" * 5_000 + "}"
    good = '{"@type":"NewsArticle","headline":"Storm hits the coast"}'
    head = "".join(
        f'<script type="application/ld+json">{d}</script>'
        for d in (deep, deeper, nested_author, good)
    )
    return page(ARTICLE, head), URL


ODD_URLS = (
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "file:///etc/passwd",
    "ftp://example.com/x",
    "mailto:a@example.com",
    "tel:+123",
    "about:blank",
    "blob:https://e.com/1",
    "//evil.example/x",
    "\\\\evil.example\\x",
    "http://[::1",
    "http://",
    "https:///path",
    "http:no-slashes",
    "http://exa mple.com/\x00",
    "\x00https://e.com/",
    "#fragment",
    "?query",
    "",
    "http://user:pass@e.com:99999/",
    "https://e.com/" + "a" * 100_000,
)


@case
def base_href_and_odd_schemes():
    head = "<base href='javascript:alert(1)//'><base href='https://other.example/'>"
    head += "".join(f'<link rel="canonical" href="{u}">' for u in ODD_URLS)
    head += "".join(f'<meta property="og:image" content="{u}">' for u in ODD_URLS)
    body = "".join(
        f"<p>{PARAGRAPH}</p><figure><img src='{u}'><figcaption>Picture {i} of the"
        f" storm (Getty Images)</figcaption></figure><p>{PARAGRAPH}</p>"
        f"<p><a href='{u}'>Related story number {i} about the storm</a></p>"
        for i, u in enumerate(ODD_URLS)
    )
    body = f"<article>{body}<p>{PARAGRAPH}</p></article>"
    return page(body, head), URL


@case
def base_href_relative_links():
    head = "<base href='https://cdn.example.org/assets/'>"
    body = (
        f"<article><p>{PARAGRAPH}</p><figure><img src='pic.jpg'>"
        "<figcaption>The harbour at dawn. (Getty Images)</figcaption></figure>"
        f"<p>{PARAGRAPH}</p></article>"
    )
    return page(body, head), URL


@case
def author_meta_with_long_space_run():
    """Regression: the author split regex was quadratic on runs of spaces."""
    head = f'<meta name="author" content="Ann{" " * 200_000}Lee">'
    return page(ARTICLE, head), URL


# -- running --------------------------------------------------------------


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS counter (Linux); False if unsupported."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def digest(result: Any) -> dict[str, Any]:
    """What the tests look at: outcome, a digest of the Article, the costs."""
    if not isinstance(result, newsparse.Article):
        return {
            "outcome": "error",
            "error": type(result).__name__,
            "message": str(result),
        }
    fuzz.check_article(result)
    data = result.to_dict()
    return {
        "outcome": "article",
        "title": result.title,
        "text": result.text[:20_000],
        "text_end": result.text[-20_000:],
        "text_chars": len(result.text),
        "blocks": len(result.body),
        "metadata": data["metadata"],
        "captions": data["captions"][:50],
        "related_links": data["related_links"][:50],
        "url": result.url,
    }


def parse_once(html: str | bytes, url: str | None) -> Any:
    try:
        return newsparse.parse(html, url)
    except newsparse.NewsparseError as err:
        return err


def run(name: str) -> dict[str, Any]:
    html, url = CASES[name]()
    size = (
        len(html) if isinstance(html, bytes) else len(html.encode("utf-8", "replace"))
    )
    if name == "truncated_at_every_tag":
        return run_truncated(str(html), url)
    gc.collect()
    baseline = _status_kb("VmRSS")
    exact = _reset_peak()
    started = time.perf_counter()
    result = parse_once(html, url)
    seconds = time.perf_counter() - started
    peak = (
        _status_kb("VmHWM")
        if exact
        else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    )
    report = digest(result)
    report.update(seconds=seconds, input_bytes=size, grown_kb=max(peak - baseline, 0))
    return report


def run_truncated(text: str, url: str | None) -> dict[str, Any]:
    """Parse the page cut before every ``<`` and after every ``>``."""
    cuts = sorted(
        {i for i, c in enumerate(text) if c == "<"}
        | {i + 1 for i, c in enumerate(text) if c == ">"}
    )
    outcomes = 0
    started = time.perf_counter()
    for i, cut in enumerate(cuts):
        digest(parse_once(text[:cut], url))
        if i % 5 == 0:  # bytes take the same path after decoding
            digest(parse_once(text[:cut].encode(), url))
        outcomes += 1
    return {
        "outcome": "article",
        "prefixes": outcomes,
        "seconds": time.perf_counter() - started,
        "full": digest(parse_once(text, url)),
    }


if __name__ == "__main__":
    print(json.dumps(run(sys.argv[1])))
