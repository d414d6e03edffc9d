"""The watchdog: every hostile case runs in its own process with a time limit.

A hang must fail the test, not stall the suite, and a memory blow-up must
not take the test runner down with it; so each case runs in a fresh
``python tests/hostile/runner.py CASE`` and reports back as JSON. The time
limits are generous (tens of seconds for work that takes a fraction of
that): they catch hangs, they do not measure speed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


RUNNER = Path(__file__).with_name("runner.py")


def run_case(case: str, *, timeout: float = 60.0) -> dict[str, Any]:
    """Run one case of runner.py under the watchdog; return its report."""
    try:
        proc = subprocess.run(
            [sys.executable, str(RUNNER), case],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{case}: still running after {timeout:.0f} s (a hang)")
    if proc.returncode != 0:
        pytest.fail(f"{case}: exit code {proc.returncode}\n{proc.stderr[-3000:]}")
    report: dict[str, Any] = json.loads(proc.stdout.splitlines()[-1])
    return report


@pytest.fixture(name="watchdog")
def _watchdog() -> Any:
    return run_case
