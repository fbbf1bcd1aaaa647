from __future__ import annotations

import os
import shutil
import tempfile

# The suite never reads or writes the user's cache (~/.cache/fairfeedback): rules and
# phrase terms are cached in a fresh folder for this run, removed at the end.  Set here,
# before any test module imports fairfeedback or loads rules; CLI subprocesses inherit it.
_CACHE_DIR = tempfile.mkdtemp(prefix="fairfeedback-test-cache-")
os.environ["FAIRFEEDBACK_CACHE_DIR"] = _CACHE_DIR

import pytest  # noqa: E402
# Imported at collection, before pytest-socket blocks sockets for each test:
# urllib3 (pulled in by spaCy) opens a local IPv6 socket at import time to probe
# for IPv6 support.  That is not network traffic, but it would trip the blocker.
import spacy  # noqa: E402, F401
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "ff", deadline=None, max_examples=int(os.environ.get("FF_HYPOTHESIS_EXAMPLES", "60")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("ff")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_CACHE_DIR, ignore_errors=True)


@pytest.fixture(scope="session")
def suite_cache_dir() -> str:
    """The temporary cache folder of this test run."""
    return _CACHE_DIR


@pytest.fixture(scope="session")
def linter():
    from fairfeedback import Linter

    return Linter()
