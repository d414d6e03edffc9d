"""Open the built docs in headless Chromium; fail on what a reader would see.

    python .ci/check_site.py site            # check the built site
    python .ci/check_site.py --self-test     # prove the check catches problems

Every page of the site (the home page and the benchmarks page among them) is
served from 127.0.0.1 and loaded in Debian's ``chromium``; the check fails on
- a broken image (not loaded, or loaded with no pixels),
- a console error, an uncaught exception, or a failed or 4xx/5xx request,
- the benchmarks page without a plot (an image that loaded), unless the page
  still carries the ``benchmarks-placeholder`` marker.

It speaks the Chrome DevTools Protocol over ``--remote-debugging-pipe``
(file descriptors 3 and 4), so it needs only the standard library: no
browser download, no websocket client, no fixed port.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any


PLOT_PAGE = "benchmarks/index.html"
PLACEHOLDER = "benchmarks-placeholder"
SETTLE_SECONDS = 0.5  # after the load event, for late console messages
LOAD_TIMEOUT = 30.0
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--mute-audio",
    "--remote-debugging-pipe",
]
IMAGES_JS = """JSON.stringify(Array.from(document.images).map(i => ({
  src: i.getAttribute('src'), complete: i.complete, width: i.naturalWidth})))"""


class Browser:
    """One headless Chromium, driven over the DevTools pipe."""

    def __init__(self, binary: str) -> None:
        self._profile = tempfile.mkdtemp(prefix="check-site-")
        to_child_r, self._to_child = _pipe()
        self._from_child, from_child_w = _pipe()

        def wire_fds() -> None:  # in the child: the pipe is fds 3 and 4
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        self._process = subprocess.Popen(  # noqa: S603 (our own flags)
            [
                binary,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={self._profile}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire_fds,  # noqa: PLW1509 (no threads run yet)
            pass_fds=(3, 4),
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        self._session = ""
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self._session = self.call(
            "Target.attachToTarget", targetId=target, flatten=True
        )["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._send({"id": 0, "method": "Browser.close"})
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._to_child)
        os.close(self._from_child)
        shutil.rmtree(self._profile, ignore_errors=True)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send a command and wait for its answer, keeping events that arrive."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method}
        if params:
            message["params"] = params
        if self._session:
            message["sessionId"] = self._session
        self._send(message)
        deadline = time.monotonic() + LOAD_TIMEOUT
        while time.monotonic() < deadline:
            reply = self._receive(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    msg = f"{method}: {reply['error']}"
                    raise RuntimeError(msg)
                result: dict[str, Any] = reply.get("result", {})
                return result
            if "method" in reply:
                self._events.append(reply)
        msg = f"{method}: no answer in {LOAD_TIMEOUT}s"
        raise TimeoutError(msg)

    def open(self, url: str) -> list[dict[str, Any]]:
        """Load *url*; return every event until it has loaded and settled."""
        self._events = []
        self.call("Page.navigate", url=url)
        deadline = time.monotonic() + LOAD_TIMEOUT
        while not any(e["method"] == "Page.loadEventFired" for e in self._events):
            if time.monotonic() > deadline:
                msg = f"{url}: no load event in {LOAD_TIMEOUT}s"
                raise TimeoutError(msg)
            self._events.append(self._receive(deadline))
        settle = time.monotonic() + SETTLE_SECONDS
        with contextlib.suppress(TimeoutError):
            while True:
                self._events.append(self._receive(settle))
        return self._events

    def evaluate(self, expression: str) -> Any:
        result = self.call(
            "Runtime.evaluate", expression=expression, returnByValue=True
        )
        return result["result"].get("value")

    def _send(self, message: dict[str, Any]) -> None:
        os.write(self._to_child, json.dumps(message).encode() + b"\0")

    def _receive(self, deadline: float) -> dict[str, Any]:
        import select  # noqa: PLC0415 (POSIX only, like this whole script)

        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_child], [], [], left)[0]:
                raise TimeoutError
            chunk = os.read(self._from_child, 1 << 16)
            if not chunk:
                msg = "chromium closed the DevTools pipe"
                raise RuntimeError(msg)
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        message: dict[str, Any] = json.loads(raw)
        return message


def _pipe() -> tuple[int, int]:
    """A pipe whose ends are numbered above 4, so moving them to 3/4 is safe."""
    import fcntl  # noqa: PLC0415

    ends = []
    for fd in os.pipe():
        ends.append(fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10))
        os.close(fd)
    return ends[0], ends[1]


def problems_in(events: list[dict[str, Any]]) -> list[str]:
    """Console errors, uncaught exceptions and failed requests, as one-liners."""
    found = []
    for event in events:
        method, params = event["method"], event.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details["text"]
            found.append(f"uncaught exception: {text.splitlines()[0]}")
        elif method == "Runtime.consoleAPICalled" and params["type"] in {
            "error",
            "assert",
        }:
            args = " ".join(
                str(a.get("value", a.get("description", ""))) for a in params["args"]
            )
            found.append(f"console.{params['type']}: {args}")
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            entry = params["entry"]
            where = entry.get("url", "")
            found.append(f"console error ({entry['source']}): {entry['text']} {where}")
        elif method == "Network.loadingFailed" and not params.get("canceled"):
            found.append(f"request failed: {params['errorText']}")
        elif (
            method == "Network.responseReceived" and params["response"]["status"] >= 400
        ):
            response = params["response"]
            found.append(f"HTTP {response['status']}: {response['url']}")
    return found


def check_page(browser: Browser, base: str, page: str, site: Path) -> list[str]:
    events = browser.open(f"{base}/{page}")
    problems = problems_in(events)
    images = json.loads(browser.evaluate(IMAGES_JS))
    loaded = [i for i in images if i["complete"] and i["width"] > 0]
    problems += [f"broken image: {i['src']}" for i in images if i not in loaded]
    if page == PLOT_PAGE:
        placeholder = PLACEHOLDER in (site / page).read_text(encoding="utf-8")
        if not loaded and not placeholder:
            problems.append("missing plot: the benchmarks page shows no image")
        elif placeholder:
            print(f"  note: {page} is the placeholder; the plot check is inactive")
    return problems


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve *site* on 127.0.0.1 at a free port, quietly, while in the block."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *_: Any) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def pages_of(site: Path) -> list[str]:
    """Every page, the home page and the benchmarks page first."""
    pages = sorted(
        str(p.relative_to(site)) for p in site.rglob("index.html") if p.parent != site
    )
    first = ["index.html", *([PLOT_PAGE] if (site / PLOT_PAGE).exists() else [])]
    return first + [p for p in pages if p not in first]


def check_site(site: Path, binary: str) -> dict[str, list[str]]:
    if not (site / "index.html").is_file():
        return {"index.html": [f"no home page in {site}: build the site first"]}
    report: dict[str, list[str]] = {}
    browser = Browser(binary)
    try:
        with serve(site) as base:
            for page in pages_of(site):
                report[page] = check_page(browser, base, page, site)
                status = "ok" if not report[page] else f"{len(report[page])} problem(s)"
                print(f"  {page}: {status}")
    finally:
        browser.close()
    return report


def _png(width: int, height: int) -> bytes:
    """A small valid grey PNG, so the self-test needs no image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\0" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def self_test(binary: str) -> int:
    """Build a good and a bad site; the check must pass one and fail the other."""
    with tempfile.TemporaryDirectory() as tmp:
        good, bad = Path(tmp, "good"), Path(tmp, "bad")
        for site in (good, bad):
            (site / "benchmarks").mkdir(parents=True)
            (site / "plot.png").write_bytes(_png(8, 4))
        (good / "index.html").write_text(
            "<!doctype html><title>ok</title><link rel=icon href='data:,'>"
            "<img src='plot.png' alt=''>"
            "<script>console.log('fine')</script>"
        )
        (good / PLOT_PAGE).write_text(
            "<!doctype html><link rel=icon href='data:,'><img src='../plot.png' alt=''>"
        )
        (bad / "index.html").write_text(
            "<!doctype html><title>bad</title><img src='missing.png' alt=''>"
            "<script>console.error('boom')</script>"
            "<script>undefinedFunction()</script>"
        )
        (bad / PLOT_PAGE).write_text("<!doctype html><p>no plot here</p>")
        good_report = check_site(good, binary)
        bad_report = check_site(bad, binary)
    expected = {
        "index.html": [
            "broken image: missing.png",
            "console.error: boom",
            "uncaught exception",
            "HTTP 404",
        ],
        PLOT_PAGE: ["missing plot"],
    }
    failures = (
        [f"good site flagged: {good_report}"] if any(good_report.values()) else []
    )
    for page, needles in expected.items():
        text = "\n".join(bad_report.get(page, []))
        failures += [
            f"bad site: {page}: {n!r} not reported" for n in needles if n not in text
        ]
    for failure in failures:
        print(f"SELF-TEST FAILED: {failure}", file=sys.stderr)
    print(
        "self-test:",
        "failed" if failures else "the check catches every planted problem",
    )
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=Path("site"))
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args(argv)
    if args.self_test:
        return self_test(args.chromium)
    report = check_site(args.site, args.chromium)
    problems = [f"{page}: {p}" for page, found in report.items() for p in found]
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    print(
        f"checked {len(report)} pages in headless Chromium: {len(problems)} problem(s)"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
