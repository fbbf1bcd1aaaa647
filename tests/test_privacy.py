"""Review text is confidential: no network during linting, no logging of text."""

from __future__ import annotations

import logging
import socket

import pytest


def test_network_is_blocked_for_the_suite():
    with pytest.raises(Exception, match="(?i)socket"):
        socket.create_connection(("127.0.0.1", 9))


def test_linting_logs_no_review_text(linter, caplog):
    secret = "Zanzibarquux is lazy."
    with caplog.at_level(logging.DEBUG):
        linter.lint(secret)
    assert "Zanzibarquux" not in caplog.text
