"""Registered Python checks: detections that token patterns cannot express.

A check is ``fn(doc, params, words) -> iterable of (start_token, end_token)``;
rule files name it with ``kind: check``.

The checks are grouped by family, each module registering its own:

* ``comparisons``: peer-comparison, yardstick-comparison, peer-yardstick
* ``exasperation``: rhetorical-question, repetition-reproach
* ``sarcasm``: sarcastic-praise
* ``contempt``: contempt-verdict, collective-scorn, scare-quotes
* ``pressure``: public-exposure, ultimatum
* ``passive_aggressive``: passive-aggressive
* ``evaluation``: evaluative-statement, bare-verdict
* ``prospects``: limited-prospects, open-prospects
* ``qualities``: quality-verdict
* ``feelings``: stated-feeling
* ``habits``: habit-fragment

``_common`` holds the registry and the helpers and word classes they share.
"""

from __future__ import annotations

from . import (  # noqa: F401  (registers the checks)
    comparisons,
    contempt,
    evaluation,
    exasperation,
    feelings,
    habits,
    passive_aggressive,
    pressure,
    prospects,
    qualities,
    sarcasm,
)
from ._common import CHECKS, CheckFn, register_check

__all__ = ["CHECKS", "register_check"]
