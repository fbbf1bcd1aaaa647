from __future__ import annotations

import os

import pytest
# Imported at collection, before pytest-socket blocks sockets for each test:
# urllib3 (pulled in by spaCy) opens a local IPv6 socket at import time to probe
# for IPv6 support.  That is not network traffic, but it would trip the blocker.
import spacy  # noqa: F401
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ff", deadline=None, max_examples=int(os.environ.get("FF_HYPOTHESIS_EXAMPLES", "60")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("ff")


@pytest.fixture(scope="session")
def linter():
    from fairfeedback import Linter

    return Linter()
