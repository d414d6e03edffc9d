"""Fuzz ``newsparse.parse``: it must return a clean Article or raise a NewsparseError.

Two engines, same target and same checks:

- ``atheris`` (coverage-guided, libFuzzer; ``pip install atheris``, or
  ``pip install --group fuzz``)::

      python benchmarks/fuzz.py atheris -max_total_time=3600 -timeout=20 \
          -rss_limit_mb=3072 -artifact_prefix=fuzz-crashes/

  Any libFuzzer flag after ``atheris`` is passed on. The seed corpus (the
  bundled demo page, the fixture pages and a few hostile snippets) is
  written to ``fuzz-corpus/`` on the first run, together with a dictionary
  of HTML tokens. libFuzzer reports a crash or a hang (``-timeout``, seconds
  per input) with the input saved under ``-artifact_prefix``.

- ``hypothesis`` (grammar-based, needs only the test dependencies)::

      python benchmarks/fuzz.py hypothesis --seconds 3600

  Generates pages from an HTML grammar with hostile text, attributes, links
  and JSON-LD, and mutates the real fixture pages. A failing input is shrunk
  and printed. A hang is caught by ``--timeout`` (seconds per input, via
  ``SIGALRM``).

Both print the number of inputs tried at the end. The test suite runs the
Hypothesis engine for a few seconds (``tests/hostile/test_fuzz.py``).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

URL_FIELDS = frozenset({"url", "canonical_url", "image"})
ALLOWED_CONTROLS = frozenset("\n\t")
BASE_URLS = (
    None,
    "https://news.example.com/2024/05/story.html",
    "http://example.org",
    "https://example.com/a/b/?q=1#frag",
)


class InvariantError(AssertionError):
    """A returned Article breaks one of parse()'s guarantees."""


def bad_char(text: str) -> str | None:
    """The first character a returned string must not contain, or None."""
    for char in text:
        if char in ALLOWED_CONTROLS:
            continue
        if unicodedata.category(char) in {"Cc", "Cs"}:
            return char
    return None


def _check_url(where: str, value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        msg = f"{where}: URL is {type(value).__name__}, not str"
        raise InvariantError(msg)
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        msg = f"{where}: not an absolute http(s) URL: {value!r}"
        raise InvariantError(msg)


def check_value(where: str, value: object) -> None:
    """Check every string reachable from *value* (attrs classes, tuples)."""
    if isinstance(value, str):
        char = bad_char(value)
        if char is not None:
            msg = f"{where}: forbidden character {char!r} in {value[:80]!r}"
            raise InvariantError(msg)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as err:
            msg = f"{where}: not valid Unicode: {err}"
            raise InvariantError(msg) from err
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            check_value(f"{where}[{i}]", item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            item = getattr(value, field.name)
            check_value(f"{where}.{field.name}", item)
            if field.name in URL_FIELDS:
                _check_url(f"{where}.{field.name}", item)


def check_article(article: Any) -> None:
    """Raise InvariantError unless *article* keeps every promise of parse()."""
    from newsparse import Article

    if not isinstance(article, Article):
        msg = f"parse returned {type(article).__name__}"
        raise InvariantError(msg)
    check_value("article", article)
    for link in article.related_links:
        _check_url("article.related_links.url", link.url)
    if Article.from_json(article.to_json()) != article:
        msg = "to_json/from_json does not round-trip"
        raise InvariantError(msg)
    article.to_markdown()
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")


def run_one(html: str | bytes, url: str | None) -> None:
    """Parse one input; only a NewsparseError or a clean Article is allowed."""
    import newsparse

    try:
        article = newsparse.parse(html, url)
    except newsparse.NewsparseError:
        return
    check_article(article)


# -- seeds ---------------------------------------------------------------


def seed_pages() -> list[bytes]:
    """The real pages the fuzzers start from."""
    pages = [(ROOT / "src" / "newsparse" / "_demo" / "sputnik.html").read_bytes()]
    pages += [
        p.read_bytes()
        for p in sorted((ROOT / "tests" / "fixtures" / "pages").glob("*/source.html"))
    ]
    return pages


SNIPPETS: tuple[bytes, ...] = (
    b"",
    b"<html><head><base href='javascript:alert(1)//'></head><body><p>x</p>",
    b"<script type='application/ld+json'>"
    + b"[" * 3000
    + b"]" * 3000
    + b"</script><p>t</p>",
    b"<a href='  //evil.example/x'>a</a><img src='data:,x'><a href='mailto:a@b'>m",
    b"<p class='" + b"aA-" * 200 + b"'>\x00\x01\x1b[0m\xc3\x28\xed\xa0\x80</p>",
    b"<meta charset='utf-16'><title>t</title><p>\xff\xfe\x00\x00</p>",
    b"<table><tr><td><table><tr><td><pre>\x0b\x0c\r</pre>",
    b'{"@context": "https://schema.org", "headline": "json, not html"}',
    b"<?xml version='1.0'?><rss><channel><item><title>t</title></item></channel>",
)

DICTIONARY = (
    "<html>",
    "<head>",
    "<body>",
    "<article>",
    "</article>",
    "<p>",
    "</p>",
    "<div class=",
    "<a href=",
    "</a>",
    "<figure>",
    "<figcaption>",
    "<img src=",
    "<table>",
    "<tr>",
    "<td>",
    "<pre>",
    "<ul>",
    "<li>",
    "<h1>",
    "<blockquote>",
    "<base href=",
    "<meta charset=",
    '<meta property="og:title" content=',
    '<meta property="article:published_time" content=',
    '<link rel="canonical" href=',
    '<script type="application/ld+json">',
    "</script>",
    "<style>",
    "<noscript>",
    "<template>",
    "<svg>",
    "<math>",
    "<![CDATA[",
    "<!--",
    "-->",
    '"@type":"NewsArticle"',
    '"author":{"name":',
    '"@graph":[',
    "javascript:",
    "data:",
    "//",
    "http://",
    "https://",
    "&#0;",
    "&amp;",
    "\\u0000",
    "2024-05-01T10:00:00+02:00",
    "©",
    "(Getty Images)",
    "Photo: ",
)


def _dict_entry(token: str) -> str:
    """A libFuzzer dictionary line: printable ASCII kept, other bytes ``\\xNN``."""
    body = "".join(
        chr(b) if 0x20 <= b < 0x7F and b not in b'"\\' else f"\\x{b:02x}"
        for b in token.encode("utf-8")
    )
    return f'"{body}"'


def write_seeds(directory: Path) -> Path:
    """Fill *directory* with the seed corpus; return the dictionary's path."""
    directory.mkdir(parents=True, exist_ok=True)
    for i, page in enumerate(seed_pages() + list(SNIPPETS)):
        (directory / f"seed-{i:03d}").write_bytes(page)
    dictionary = directory.parent / "fuzz.dict"
    lines = [_dict_entry(token) for token in DICTIONARY]
    dictionary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return dictionary


# -- atheris -------------------------------------------------------------


def run_atheris(argv: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["newsparse"]):
        import newsparse  # noqa: F401

    def one_input(data: bytes) -> None:
        if not data:
            run_one(data, None)
            return
        # The first byte picks the URL and whether the page goes in as str.
        head, page = data[0], data[1:]
        url = BASE_URLS[head % len(BASE_URLS)]
        if head & 0x80:
            # surrogateescape keeps every byte, and yields lone surrogates.
            run_one(page.decode("utf-8", "surrogateescape"), url)
        else:
            run_one(page, url)

    corpus = Path("fuzz-corpus")
    dictionary = write_seeds(corpus)
    args = [sys.argv[0], *argv]
    if not any(a.startswith("-dict=") for a in args):
        args.append(f"-dict={dictionary}")
    if not any(not a.startswith("-") for a in argv):
        args.append(str(corpus))
    atheris.Setup(args, one_input)
    atheris.Fuzz()


# -- hypothesis ----------------------------------------------------------


class _Hang(Exception):  # noqa: N818  (a signal, not an error type)
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise _Hang


TAG_NAMES = (
    "p div article main section span a b i em figure figcaption img h1 h2 "
    "h3 ul ol li blockquote pre code table tr td th br aside nav footer "
    "header time title base meta link script style noscript template svg "
    "math select option iframe"
)


def documents() -> Any:
    """A Hypothesis strategy for hostile pages, as str or bytes."""
    from hypothesis import strategies as st

    hostile_chars = st.characters(codec=None, exclude_categories=())
    text = st.text(
        st.one_of(
            st.sampled_from(list("abc xyz.,\n\t\r\x00\x0b\x1b\u200b\u202e\ufeff©")),
            hostile_chars,
        ),
        max_size=60,
    )
    words = st.sampled_from(
        [
            "article",
            "content",
            "sidebar",
            "caption",
            "credit",
            "related",
            "nav",
            "x" * 300,
            "a-B_c",
            "é",
            "",
        ]
    )
    schemes = st.sampled_from(
        [
            "",
            "http://",
            "https://",
            "//",
            "javascript:",
            "data:",
            "mailto:",
            "ftp://",
            "file:///",
            "  JaVaScRiPt:",
            "http:",
            "https:///",
            "http://[::1",
            "\x00http://",
            "#",
            "?",
        ]
    )
    urls = st.builds(lambda s, t: s + t, schemes, text)
    attribute = st.one_of(
        st.builds(lambda v: f' class="{v}"', st.lists(words).map(" ".join)),
        st.builds(lambda v: f' id="{v}"', words),
        st.builds(lambda v: f' href="{v}"', urls),
        st.builds(lambda v: f' src="{v}"', urls),
        st.builds(lambda v: f' datetime="{v}"', text),
        st.just(" hidden"),
        st.just(' itemprop="articleBody"'),
        st.just(' role="main"'),
    )
    tags = st.sampled_from(TAG_NAMES.split())

    def element(children: Any) -> Any:
        return st.builds(
            lambda tag, attrs_, kids, close: (
                f"<{tag}{''.join(attrs_)}>{''.join(kids)}"
                + (f"</{tag}>" if close else "")
            ),
            tags,
            st.lists(attribute, max_size=3),
            st.lists(children, max_size=5),
            st.booleans(),
        )

    markup = st.recursive(text, element, max_leaves=40)
    meta = st.builds(
        lambda name, value: f'<meta property="{name}" content="{value}">',
        st.sampled_from(
            ["og:title", "og:url", "og:image", "article:published_time", "author"]
        ),
        st.one_of(text, urls),
    )
    json_ld = st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), text),
        lambda inner: st.one_of(
            st.lists(inner, max_size=4),
            st.dictionaries(
                st.sampled_from(
                    ["@type", "@graph", "headline", "author", "name", "url", "image"]
                ),
                inner,
                max_size=4,
            ),
        ),
        max_leaves=20,
    ).map(
        lambda data: (
            '<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False)
            + "</script>"
        )
    )
    page = st.builds(
        lambda head, body: f"<html><head>{''.join(head)}</head><body>{body}",
        st.lists(st.one_of(meta, json_ld, markup), max_size=4),
        markup,
    )
    real = st.builds(
        lambda pages, i, cut, insert: (
            pages[i % len(pages)][:cut] + insert + pages[i % len(pages)][cut:]
        ),
        st.just(seed_pages()),
        st.integers(0, 10),
        st.integers(0, 20_000),
        st.binary(max_size=40),
    )
    encodings = st.sampled_from(
        ["utf-8", "utf-16", "utf-16-le", "cp1251", "latin-1", "gb18030"]
    )
    as_bytes = st.builds(
        lambda s, enc: s.encode(enc, "surrogatepass" if "utf" in enc else "replace"),
        page,
        encodings,
    )
    return st.one_of(page, as_bytes, real, st.binary(max_size=200))


def run_hypothesis(seconds: float, timeout: int, *, seed: int | None = None) -> int:
    """Fuzz for *seconds*; return the number of inputs tried."""
    from hypothesis import HealthCheck, Phase, Verbosity, given, settings
    from hypothesis import seed as hypothesis_seed
    from hypothesis import strategies as st

    tried = 0
    failures: dict[str, tuple[str | bytes, str | None]] = {}
    deadline = time.monotonic() + seconds
    signal.signal(signal.SIGALRM, _alarm)

    @settings(
        max_examples=100,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
        verbosity=Verbosity.quiet,
        phases=[Phase.generate, Phase.target, Phase.shrink],
    )
    @given(documents(), st.sampled_from(BASE_URLS))
    def target(html: str | bytes, url: str | None) -> None:
        nonlocal tried
        tried += 1
        signal.alarm(timeout)
        try:
            run_one(html, url)
        except _Hang:
            failures["hang"] = (html, url)
            msg = f"parse took over {timeout} s"
            raise InvariantError(msg) from None
        except Exception as err:
            # The last call with an error is the shrunk example: keep it.
            failures[f"{type(err).__name__}: {str(err)[:200]}"] = (html, url)
            raise
        finally:
            signal.alarm(0)

    if seed is not None:
        target = hypothesis_seed(seed)(target)
    try:
        while time.monotonic() < deadline:
            target()
    except BaseException:
        for i, (error, (html, url)) in enumerate(failures.items()):
            path = Path(f"fuzz-failure-{i}.bin")
            data = (
                html
                if isinstance(html, bytes)
                else html.encode("utf-8", "surrogatepass")
            )
            path.write_bytes(data)
            print(
                f"FAILURE {error}\n  url={url!r} str={isinstance(html, str)}"
                f" input={html[:300]!r}... saved to {path}",
                file=sys.stderr,
            )
        print(f"hypothesis fuzz: {tried} inputs, FAILED", file=sys.stderr)
        raise
    return tried


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "atheris":
        run_atheris(args[1:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("engine", choices=["hypothesis"])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--timeout", type=int, default=20, help="seconds per input")
    parser.add_argument("--seed", type=int, default=None)
    ns = parser.parse_args(args)
    started = time.strftime("%Y-%m-%d %H:%M:%S")
    tried = run_hypothesis(ns.seconds, ns.timeout, seed=ns.seed)
    print(f"hypothesis fuzz: {tried} inputs, no failure (started {started})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
