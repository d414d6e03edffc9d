"""A few seconds of the fuzz harness on every test run.

``benchmarks/fuzz.py`` is meant to run for an hour (see benchmarks/README.md);
here its Hypothesis engine runs briefly under the watchdog, so that a broken
harness or an easy crash shows up in every test run. With the ``ci`` profile
the run is seeded and so repeatable.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path


FUZZ = Path(__file__).resolve().parents[2] / "benchmarks" / "fuzz.py"
SECONDS = 4.0


def fuzz_briefly(seconds: float) -> int:
    spec = importlib.util.spec_from_file_location("newsparse_fuzz", FUZZ)
    assert spec is not None
    assert spec.loader is not None
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    seed = 0 if os.environ.get("HYPOTHESIS_PROFILE") == "ci" else None
    tried: int = fuzz.run_hypothesis(seconds, timeout=20, seed=seed)
    return tried


def test_a_short_fuzz_run_finds_no_failure(run_in_watchdog):
    tried = run_in_watchdog(fuzz_briefly, SECONDS, timeout=120)
    assert tried >= 50
