"""The watchdog: every hostile case runs in its own process with a time limit.

A hang must fail the test, not stall the suite, and a memory blow-up must
not take the test runner down with it; so each case runs in a child process
forked from the test process (newsparse already imported, so a case costs
milliseconds to start) and reports back through a pipe. The time limits are
generous (tens of seconds for work that takes a fraction of that): they
catch hangs, they do not measure speed.
"""

from __future__ import annotations

import importlib.util
import multiprocessing
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pytest


_spec = importlib.util.spec_from_file_location(
    "newsparse_hostile_runner", Path(__file__).with_name("runner.py")
)
assert _spec is not None
assert _spec.loader is not None
runner = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(runner)


def _call(function: Callable[[Any], Any], argument: Any, conn: Connection) -> None:
    try:
        conn.send(("ok", function(argument)))
    except BaseException as err:  # noqa: BLE001  (reported to the parent)
        conn.send(("error", f"{type(err).__name__}: {err}"))
    finally:
        conn.close()


def run_function(
    function: Callable[[Any], Any], argument: Any, *, timeout: float = 60.0
) -> Any:
    """Call ``function(argument)`` in a forked child; fail on a hang or a crash."""
    if sys.platform == "win32":  # pragma: no cover
        pytest.fail("the hostile-input watchdog needs fork (Linux, macOS)")
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_call, args=(function, argument, send))
    process.daemon = True
    process.start()
    send.close()
    if not receive.poll(timeout):
        process.kill()
        process.join()
        pytest.fail(f"{argument}: no result after {timeout:.0f} s (a hang)")
    try:
        status, payload = receive.recv()
    except EOFError:
        process.join()
        pytest.fail(f"{argument}: the process died (exit code {process.exitcode})")
    process.join()
    if status != "ok":
        pytest.fail(f"{argument}: {payload}")
    return payload


def run_case(case: str, *, timeout: float = 60.0) -> dict[str, Any]:
    """Run one case of runner.py under the watchdog; return its report."""
    report: dict[str, Any] = run_function(runner.run, case, timeout=timeout)
    return report


@pytest.fixture(name="watchdog")
def _watchdog() -> Any:
    return run_case


@pytest.fixture(name="run_in_watchdog")
def _run_in_watchdog() -> Any:
    return run_function
