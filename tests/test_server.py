"""`fairfeedback serve`: the JSON API, its limits and errors, the OpenAPI schema, privacy.

In-process tests use Starlette's TestClient (no sockets); the tests marked
``enable_socket`` start the real command on a free loopback port.  The model
loads once for the module (the app's lifespan) and once in the subprocess test.

Regenerate docs/openapi.json with ``FF_UPDATE_OPENAPI=1 pytest tests/test_server.py -k openapi``.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from hypothesis import given, strategies as st  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from fairfeedback.server.app import MAX_BODY, create_app  # noqa: E402
from fairfeedback.server.openapi import build_openapi  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "docs" / "openapi.json"
REVIEW = "You are lazy and you never finish anything. Everyone thinks you are abrasive."
SECRET = "Zanzibar-Quokka-7319 is lazy"


@pytest.fixture(scope="module")
def app():
    return create_app()


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def engine(app, client):
    return app.state.engine


def _schema_validate(instance: object, name: str) -> None:
    import jsonschema

    doc = build_openapi()
    jsonschema.validate(instance, {"$ref": f"#/components/schemas/{name}", "components": doc["components"]})


# -- the API ----------------------------------------------------------------------------------
def test_lint_text_is_the_library_report(client, engine):
    r = client.post("/v1/lint", json={"text": REVIEW})
    assert r.status_code == 200
    data = r.json()
    assert data["schema_version"] == "1" and data["failing"] is True
    assert data["reports"] == [engine.default.lint(REVIEW).model_dump(mode="json")]
    assert {f["rule_id"] for f in data["reports"][0]["findings"]} >= {"FF101", "FF501", "FF601"}
    _schema_validate(data, "LintResponse")


def test_lint_texts_in_order_with_fail_on_and_summary(client):
    r = client.post("/v1/lint", json={"texts": ["You are lazy.", "Thanks for the clear release notes on May 3."],
                                      "fail_on": "error", "summary": False})
    assert r.status_code == 200
    data = r.json()
    assert len(data["reports"]) == 2
    assert any(f["rule_id"] == "FF101" for f in data["reports"][0]["findings"])
    assert data["reports"][0]["summary"] == {"counts": {}, "scores": {}}
    # FF101 is a warning: not failing at fail_on=error, failing at the default (suggestion)
    assert data["failing"] is False
    assert client.post("/v1/lint", json={"texts": ["You are lazy."]}).json()["failing"] is True


def test_select_and_ignore_as_on_the_cli(client):
    only = client.post("/v1/lint", json={"text": REVIEW, "select": ["FF1"]}).json()
    assert {f["rule_id"] for f in only["reports"][0]["findings"]} == {"FF101"}
    ignored = client.post("/v1/lint", json={"text": REVIEW, "ignore": ["absolute", "FF9"]}).json()
    ids = {f["rule_id"] for f in ignored["reports"][0]["findings"]}
    assert "FF101" in ids and not any(i.startswith(("FF5", "FF9")) for i in ids)


def test_rewrite_is_the_library_rewrite(client, engine):
    from fairfeedback import rewrite

    r = client.post("/v1/rewrite", json={"text": REVIEW})
    assert r.status_code == 200
    data = r.json()
    expected = rewrite(REVIEW, linter=engine.default)
    assert data["text"] == expected.text and "[date]" in data["text"]
    assert [e["rule_id"] for e in data["edits"]] == [e.rule_id for e in expected.edits]
    _schema_validate(data, "RewriteResponse")
    safe = client.post("/v1/rewrite", json={"text": REVIEW, "safe_only": True}).json()
    assert "[" not in safe["text"]


def test_rules_list_and_one_rule(client, engine):
    from fairfeedback.docs import render_rule_page

    rules = client.get("/v1/rules").json()["rules"]
    assert len(rules) == len(engine.default.ruleset.rules) > 50
    assert rules[0]["id"] == "FF101" and rules[0]["name"] == "trait-label"
    by_code = client.get("/v1/rules/ff101").json()
    assert client.get("/v1/rules/trait-label").json() == by_code
    spec = engine.default.ruleset.get("FF101")
    assert by_code["markdown"] == render_rule_page(spec, engine.default.ruleset.sources["FF101"])
    assert by_code["source"].startswith("rules/character-judgment/")
    assert len(by_code["flagged"]) >= 3 and by_code["suggestions"][0]["applicability"] in {"safe", "needs-input"}
    _schema_validate(by_code, "RuleDetail")
    missing = client.get("/v1/rules/FF999")
    assert missing.status_code == 404 and missing.json()["error"].startswith("unknown rule 'FF999'")


def test_healthz(client):
    data = client.get("/healthz").json()
    assert data["status"] == "ok" and data["rules"] > 50 and "core_web_sm" in data["model"]


# -- errors and limits -------------------------------------------------------------------------
@pytest.mark.parametrize(("body", "where"), [
    ('{"text": 5}', "text: Input should be a valid string"),
    ('{"texts": "one"}', "texts: Input should be a valid array"),
    ('{}', "exactly one of 'text'"),
    ('{"text": "a", "texts": ["b"]}', "exactly one of 'text'"),
    ('{"text": "a", "colour": 1}', "colour: Extra inputs are not permitted"),
    ('{"text": "a", "fail_on": "fatal"}', "fail_on: Input should be"),
    ('{"text": "a", "summary": "yes"}', "summary: Input should be a valid boolean"),
    ('["You are lazy."]', "the body: Input should be an object"),
    ('{"text": "You are lazy."', "not valid JSON"),
    ('', "the body is empty"),
    ('{"text": "You are lazy.", "select": ["no-such-rule"]}', "unknown rule selector 'no-such-rule'"),
])
def test_bad_requests_are_422_with_a_clear_message(client, body, where):
    r = client.post("/v1/lint", content=body.encode(), headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text
    data = r.json()
    assert data["status"] == 422 and where in data["error"]
    assert "lazy" not in r.text and "no-such" not in json.dumps(data["details"])  # values are never echoed


def test_body_over_limit_is_413_by_content_length(client):
    body = json.dumps({"text": "x" * MAX_BODY}).encode()
    r = client.post("/v1/lint", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "limit" in r.json()["error"]
    assert client.post("/v1/lint", content=b"{}", headers={"content-length": "abc"}).status_code == 400


def test_streamed_body_over_limit_is_413(client):
    chunks = (b"x" * 65536 for _ in range(MAX_BODY // 65536 + 2))  # chunked: no Content-Length
    r = client.post("/v1/lint", content=chunks, headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_unknown_route_and_method_are_json(client):
    assert client.get("/v2/lint").json()["status"] == 404
    r = client.get("/v1/lint")
    assert r.status_code == 405 and r.json()["status"] == 405


def test_internal_error_is_json_500_without_traceback(client, engine, monkeypatch, caplog):
    def boom(body, config):
        raise RuntimeError(f"broken while reading {body.text}")

    monkeypatch.setattr(engine, "lint", boom)
    with caplog.at_level(logging.DEBUG):
        r = client.post("/v1/lint", json={"text": SECRET})
    assert r.status_code == 500
    assert r.json() == {"status": 500, "error": "internal error (RuntimeError)", "details": []}
    assert "Traceback" not in r.text and SECRET not in r.text
    assert SECRET not in caplog.text and "RuntimeError" in caplog.text


def test_review_text_is_never_logged(client, caplog):
    with caplog.at_level(logging.DEBUG):
        client.post("/v1/lint", json={"text": SECRET})
        client.post("/v1/lint", json={"texts": [SECRET], "select": ["bogus"]})
        client.post("/v1/lint", content=('{"text": "' + SECRET).encode())
        client.post("/v1/rewrite", json={"text": SECRET})
    assert SECRET not in caplog.text
    assert not any(SECRET in str(rec.args) for rec in caplog.records)


def test_access_log_filter_drops_the_query():
    from fairfeedback.server.command import DropQuery

    record = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                               ("127.0.0.1:5", "GET", "/v1/rules?text=" + SECRET, "1.1", 200), None)
    assert DropQuery().filter(record)
    assert SECRET not in record.getMessage() and "/v1/rules" in record.getMessage()


def test_concurrent_requests_give_the_sequential_results(client):
    texts = [f"{REVIEW} Note {i}: you always interrupt people." for i in range(8)]
    sequential = [client.post("/v1/lint", json={"text": t}).json() for t in texts]
    with ThreadPoolExecutor(8) as pool:
        parallel = list(pool.map(lambda t: client.post("/v1/lint", json={"text": t}).json(), texts * 2))
    assert parallel == sequential * 2


# -- the schema --------------------------------------------------------------------------------
def test_openapi_matches_committed_file(client):
    served = client.get("/openapi.json").json()
    if os.environ.get("FF_UPDATE_OPENAPI") == "1":
        OPENAPI.write_text(json.dumps(served, indent=2) + "\n", encoding="utf-8")
    committed = json.loads(OPENAPI.read_text(encoding="utf-8"))
    assert served == committed, "docs/openapi.json is stale: run FF_UPDATE_OPENAPI=1 pytest tests/test_server.py -k openapi"
    assert set(served["paths"]) == {"/v1/lint", "/v1/rewrite", "/v1/rules", "/v1/rules/{rule_id}", "/healthz"}
    import jsonschema

    for schema in served["components"]["schemas"].values():
        jsonschema.Draft202012Validator.check_schema(schema)  # each component is a valid JSON Schema


# -- fuzzing: whatever arrives, never a 500 ---------------------------------------------------
_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40)
_json = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                     max_leaves=10)
_fields = st.sampled_from(["text", "texts", "select", "ignore", "extend_select", "fail_on", "summary", "scorer",
                           "format", "safe_only"])
_values = (_json | st.sampled_from(["You are lazy.", "FF1", "shaming", "error", "markdown", "html"])
           | st.lists(st.sampled_from(["You are always late.", "FF5", "absolute", "", "ff101"]), max_size=3))
_bodies = st.one_of(
    st.dictionaries(_fields, _values, max_size=5).map(lambda d: json.dumps(d).encode()),
    _json.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=60),
    st.text(max_size=60).map(lambda s: s.encode("utf-8", "surrogatepass")),
)


@given(path=st.sampled_from(["/v1/lint", "/v1/rewrite"]), body=_bodies)
def test_fuzzed_requests_never_get_a_500(client, path, body):
    r = client.post(path, content=body, headers={"content-type": "application/json"})
    assert r.status_code in (200, 400, 413, 422), r.text
    data = r.json()
    if r.status_code != 200:
        assert set(data) == {"status", "error", "details"} and data["error"]


@given(code=st.text(max_size=30))
def test_fuzzed_rule_lookups_never_get_a_500(client, code):
    from urllib.parse import quote

    r = client.get("/v1/rules/" + quote(code, safe=""))
    assert r.status_code in (200, 404), r.text


# -- the page and the command ------------------------------------------------------------------
def test_page_and_assets_are_self_contained(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("/static/app.js", "/static/style.css"):
        r = client.get(asset)
        assert r.status_code == 200
        assert "http://" not in r.text and "https://" not in r.text and "//cdn" not in r.text
    assert "https://" not in page.text and "http://" not in page.text


def test_command_import_stays_light():
    code = "import sys, fairfeedback.server.command; print(sorted(m for m in ('uvicorn', 'starlette', 'spacy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def start_server(*args: str, timeout: float = 120) -> tuple[subprocess.Popen, str]:
    """``fairfeedback serve --port 0`` in a subprocess; returns it and its base URL once ready."""
    proc = subprocess.Popen([sys.executable, "-m", "fairfeedback.cli", "serve", "--port", "0", "--isolated", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if "serving on " in line:
            return proc, line.split("serving on ", 1)[1].split()[0].rstrip("/")
    proc.kill()
    raise AssertionError(f"server did not start: {proc.stderr.read() if proc.stderr else ''}")


@pytest.mark.enable_socket
def test_serve_command_end_to_end_logs_no_text():
    import httpx

    proc, url = start_server()
    try:
        assert url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=url, timeout=60) as http:
            assert http.get("/healthz").json()["status"] == "ok"
            r = http.post(f"/v1/lint?note={SECRET.replace(' ', '+')}", json={"text": SECRET})
            assert r.status_code == 200 and r.json()["reports"][0]["findings"]
            assert http.post("/v1/lint", content=b'{"text": 1}').status_code == 422
            big = http.post("/v1/lint", content=(b"x" * 65536 for _ in range(20)))
            assert big.status_code == 413
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    logged = out + err
    assert "POST /v1/lint" in logged  # the access log is on, without query or body
    assert "Zanzibar" not in logged and "Quokka" not in logged
    assert "Traceback" not in logged
