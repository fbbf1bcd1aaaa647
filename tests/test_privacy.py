"""Review text is confidential: no network during linting, no logging of text."""

from __future__ import annotations

import logging
import socket

import pytest

#: The socket-module functions that resolve names or open connections.
NETWORK_FUNCTIONS = ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
                     "getnameinfo")


@pytest.fixture()
def network_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every network attempt made while the test runs: a name lookup, a connection, an
    Internet socket opened or data sent.  Each is recorded (then refused), whether or not
    pytest-socket is active, so a library that catches the error still shows up here."""
    calls: list[tuple[str, str]] = []

    def refuse(name: str, detail: object) -> None:
        calls.append((name, repr(detail)[:200]))
        raise OSError(f"network access during the test: {name}")

    for name in NETWORK_FUNCTIONS:
        monkeypatch.setattr(socket, name, lambda *args, _n=name, **kwargs: refuse(f"socket.{_n}", args))

    base = socket.socket

    class RecordingSocket(base):  # type: ignore[misc, valid-type]
        """Local (AF_UNIX) sockets are allowed: inter-process plumbing, not network."""

        def __new__(cls, family: int = -1, type: int = -1, proto: int = -1, fileno: int | None = None):
            if family != socket.AF_UNIX and not (family == -1 and fileno is not None):
                refuse("socket.socket", (family, type))
            return super().__new__(cls, family, type, proto, fileno)

        def connect(self, address):  # type: ignore[no-untyped-def]
            if self.family != socket.AF_UNIX:
                refuse("socket.connect", address)
            return super().connect(address)

        def connect_ex(self, address):  # type: ignore[no-untyped-def]
            if self.family != socket.AF_UNIX:
                refuse("socket.connect_ex", address)
            return super().connect_ex(address)

        def sendto(self, *args):  # type: ignore[no-untyped-def]
            if self.family != socket.AF_UNIX:
                refuse("socket.sendto", args[-1])
            return super().sendto(*args)

    monkeypatch.setattr(socket, "socket", RecordingSocket)
    return calls


def test_network_is_blocked_for_the_suite():
    with pytest.raises(Exception, match="(?i)socket"):
        socket.create_connection(("127.0.0.1", 9))


def test_the_recorder_sees_network_attempts(network_calls):
    """The recorder sees what a library would do: fetch a URL, resolve a name, open a socket."""
    import urllib.request

    with pytest.raises(Exception):
        urllib.request.urlopen("http://example.com/", timeout=1)  # noqa: S310
    assert network_calls and network_calls[0][0] in ("socket.getaddrinfo", "socket.create_connection")
    network_calls.clear()
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert [name for name, _ in network_calls] == ["socket.socket"]
    network_calls.clear()
    a, b = socket.socketpair()  # local inter-process plumbing is not network access
    a.close()
    b.close()
    assert network_calls == []


REVIEW = """Q3 review

Zanzibarquux is lazy and always late. See [the notes](https://example.com/notes) and
![chart](https://example.com/chart.png). You need to step it up next quarter.
"""
HTML = ('<p>Zanzibarquux is <b>lazy</b>. <img src="https://example.com/x.png"> '
        '<a href="http://example.com/">link</a></p><script src="https://example.com/a.js"></script>')


def test_linting_makes_no_network_call(network_calls, tmp_path, monkeypatch):
    """Loading rules and the model, linting every input format and running the CLI
    in-process make no name lookup, connection or Internet socket."""
    from click.testing import CliRunner

    from fairfeedback import Linter, lint, rewrite
    from fairfeedback.cli import cli

    monkeypatch.setenv("FAIRFEEDBACK_NO_CACHE", "1")  # rules and terms built from the files, not a cache
    linter = Linter()
    assert linter.lint(REVIEW).findings
    assert linter.lint(REVIEW, fmt="markdown").findings
    assert linter.lint(HTML, fmt="html").findings
    assert len(list(linter.lint_many([REVIEW, HTML], fmt=["text", "html"]))) == 2
    assert list(linter.lint_stream([REVIEW, "He is rude.\n"]))
    assert lint("You are lazy.").findings
    assert rewrite(REVIEW).text != REVIEW
    monkeypatch.delenv("FAIRFEEDBACK_NO_CACHE")

    (tmp_path / "review.txt").write_text(REVIEW, encoding="utf-8")
    (tmp_path / "review.md").write_text(REVIEW, encoding="utf-8")
    (tmp_path / "review.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "export.csv").write_text('id,comments\n1,"Zanzibarquux is lazy."\n', encoding="utf-8")
    runner = CliRunner()
    for args in (
        ["lint", str(tmp_path)],
        ["lint", "--format", "json", str(tmp_path / "review.txt"), str(tmp_path / "review.html")],
        ["lint", "--format", "sarif", str(tmp_path / "review.md")],
        ["lint", "--format", "github", "--column", "comments", str(tmp_path / "export.csv")],
        ["lint", "--baseline", str(tmp_path / "baseline.json"), str(tmp_path / "review.txt")],
        ["rewrite", "--diff", str(tmp_path / "review.md")],
        ["rules"],
        ["rule", "FF101"],
    ):
        res = runner.invoke(cli, args)
        assert res.exception is None or isinstance(res.exception, SystemExit), (args, repr(res.exception))
        assert res.exit_code in (0, 1), (args, res.output)
    stdin = runner.invoke(cli, ["lint", "-"], input="Zanzibarquux is lazy.\n")
    assert stdin.exit_code == 1, stdin.output
    assert network_calls == [], f"network access while linting: {network_calls}"


def test_linting_logs_no_review_text(linter, caplog):
    secret = "Zanzibarquux is lazy."
    with caplog.at_level(logging.DEBUG):
        linter.lint(secret)
    assert "Zanzibarquux" not in caplog.text
