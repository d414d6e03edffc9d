from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings


ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED_DATA = Path(os.environ.get("NEWSPARSE_DATA", ROOT.parent / "shared" / "data"))

# Hypothesis profiles, chosen with HYPOTHESIS_PROFILE (default "dev"):
# - dev: quick feedback while editing (the whole property suite in seconds).
# - ci: derandomised, so every CI run checks the same examples; sized so the
#   property suite stays within about three minutes on two slow shared cores.
# - nightly: thousands of fresh random examples per property, to find what
#   ci's fixed sample misses; failures print a blob to reproduce them.
# Deadlines are off (shared machines are noisy); the totality tests set
# their own generous one, and a watchdog ends hung runs.
settings.register_profile("dev", max_examples=30, deadline=None)
settings.register_profile(
    "ci",
    max_examples=150,
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "nightly",
    max_examples=2000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The benchmark corpora; their absence is a loud failure, never a skip."""
    if not SHARED_DATA.is_dir():
        pytest.fail(f"benchmark data not found at {SHARED_DATA} (set NEWSPARSE_DATA)")
    return SHARED_DATA
