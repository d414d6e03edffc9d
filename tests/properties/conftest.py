"""Shared guards for the property suite (profiles live in ``tests/conftest.py``)."""

from __future__ import annotations

import faulthandler
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

import pytest


# An example that runs this long is hung, not slow: parse takes milliseconds.
# The watchdog thread dumps every thread's stack and ends the process, so a
# hang fails loudly in CI instead of stalling it. Hypothesis' deadline (set
# on the totality tests) reports slow-but-finishing examples with a shrunk
# input.
HANG_SECONDS = 120


@contextmanager
def _hang_guard() -> Iterator[None]:
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True, file=sys.stderr)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


@pytest.fixture(scope="session")
def hang_guard() -> Callable[[], AbstractContextManager[None]]:
    """A context manager that kills the run with a traceback if code hangs."""
    return _hang_guard
