"""parse() never touches the network, the file system or other processes.

Proved with an audit hook (PEP 578) in a fresh interpreter: the inputs are
built first, then the hook is installed, then every input is parsed. The
hook records every event that reaches outside the process (sockets, file
opens, directory listings, subprocesses) and aborts it. The only files
allowed are Python modules being imported: a codec such as ``cp1251`` is
loaded from the standard library the first time a page needs it. One
warm-up parse runs before the hook: the first parse in a process discovers
the installed rule plugins, reading package metadata once.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path


RUNNER = Path(__file__).with_name("runner.py")
CASES = [
    "truncated_at_every_tag",
    "lying_meta_charset",
    "mixed_encodings",
    "utf16_le_no_bom",
    "utf16_be_bom",
    "invalid_utf8",
    "random_bytes",
    "pdf",
    "json_document",
    "rss_feed",
    "deep_json_ld",
    "base_href_and_odd_schemes",
    "base_href_relative_links",
    "nul_and_controls_str",
    "lone_surrogates",
    "rtl_and_zero_width",
    "plain_text",
]

SCRIPT = textwrap.dedent(
    """
    import importlib.util, json, sys
    spec = importlib.util.spec_from_file_location("runner", sys.argv[1])
    runner = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(runner)
    inputs = [runner.CASES[name]() for name in sys.argv[2:]]
    inputs += [(text, url) for text, url in [
        ("<meta charset='windows-1251'><p>x</p>".encode("cp1251"), None),
        ("<meta charset='koi8-r'><p>\\u0442\\u0435\\u043a\\u0441\\u0442</p>".encode("koi8-r"), None),
        ("<meta charset='shift_jis'><p>\\u65e5\\u672c</p>".encode("shift_jis"), None),
        ('<meta property="article:published_time" content="Tue, 2 Mar 2017 08:03 MSK">', None),
        ('<time datetime="2017-03-02T08:03:00 Europe/Moscow">x</time>', None),
    ]]
    OUTSIDE = ("socket.", "subprocess.", "os.system", "os.exec", "os.posix_spawn",
               "os.spawn", "os.fork", "os.listdir", "os.scandir", "os.remove",
               "os.rename", "os.mkdir", "os.rmdir", "shutil.", "glob.glob",
               "urllib.Request", "http.client.", "ftplib.", "smtplib.", "webbrowser.")
    MODULES = (".py", ".pyc", ".so", ".pth")
    seen = []

    def hook(event, args):
        if event == "open":
            path = str(args[0])
            if path.endswith(MODULES) or path.endswith("__pycache__"):
                return
        elif not event.startswith(OUTSIDE):
            return
        seen.append((event, repr(args)[:200]))
        raise RuntimeError(f"parse reached outside: {event}")

    import newsparse
    # Warm-up, before the hook: the first parse discovers the installed rule
    # plugins, which reads the packages' metadata (entry points) from disk,
    # once per process. That is set-up, not parsing; every parse after it
    # must reach nothing outside the process.
    newsparse.parse("<p>warm-up</p>")
    sys.addaudithook(hook)
    outcomes = []
    for html, url in inputs:
        try:
            newsparse.parse(html, url)
            outcomes.append("article")
        except newsparse.NewsparseError as err:
            outcomes.append(type(err).__name__)
    # the hook is live: an open outside parse is caught too
    try:
        open(sys.argv[1] + ".probe")
    except RuntimeError:
        pass
    print(json.dumps({"outcomes": outcomes, "events": seen}))
    """
)


def test_parse_reaches_nothing_outside_the_process():
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(RUNNER), *CASES],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout.splitlines()[-1])
    assert len(report["outcomes"]) == len(CASES) + 5
    assert "article" in report["outcomes"]
    # the only event is the deliberate open() after parsing
    assert [event for event, _ in report["events"]] == ["open"]
    assert ".probe" in report["events"][0][1]
