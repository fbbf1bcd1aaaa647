"""The OpenAPI 3.1 description of the API, built from the pydantic models.

``docs/openapi.json`` is this document; ``tests/test_server.py`` checks that the
file equals what the running app serves at ``/openapi.json`` (regenerate with
``FF_UPDATE_OPENAPI=1 pytest tests/test_server.py -k openapi``).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from .schemas import ErrorResponse, Health, LintBody, LintResponse, RewriteBody, RewriteResponse, RuleDetail, RuleList

__all__ = ["build_openapi"]

_REF = "#/components/schemas/{model}"

_ERRORS = {
    "400": "the request is malformed (e.g. an invalid Content-Length)",
    "413": "the body is larger than the server's limit (1 MiB by default)",
    "422": "the body is not valid JSON or does not match the schema; `details` lists each problem",
    "500": "an internal error; the response never contains the submitted text or a traceback",
}


def _json(ref: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": {"$ref": ref}}}}


def build_openapi() -> dict[str, Any]:
    models: list[tuple[type[BaseModel], Any]] = [
        (LintBody, "validation"), (RewriteBody, "validation"),
        (LintResponse, "serialization"), (RewriteResponse, "serialization"), (RuleList, "serialization"),
        (RuleDetail, "serialization"), (Health, "serialization"), (ErrorResponse, "serialization"),
    ]
    refs, top = models_json_schema(models, ref_template=_REF)
    ref = {model.__name__: refs[(model, mode)]["$ref"] for model, mode in models}
    error = _json(ref["ErrorResponse"], "")

    def errors(*codes: str) -> dict[str, Any]:
        return {code: {**error, "description": _ERRORS[code]} for code in codes}

    def post(op: str, summary: str, body: str, out: str, description: str) -> dict[str, Any]:
        return {"post": {
            "operationId": op, "summary": summary, "description": description,
            "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": ref[body]}}}},
            "responses": {"200": _json(ref[out], "OK"), **errors("400", "413", "422", "500")},
        }}

    paths = {
        "/v1/lint": post("lint", "Lint one review or a batch", "LintBody", "LintResponse",
                         "Options as for `fairfeedback lint`: select, extend_select, ignore, scorer, fail_on, "
                         "summary. Each report is the library's `Report`."),
        "/v1/rewrite": post("rewrite", "Rewrite every flagged sentence", "RewriteBody", "RewriteResponse",
                            "As `fairfeedback rewrite`: [placeholders] mark facts only the writer knows."),
        "/v1/rules": {"get": {"operationId": "listRules", "summary": "List the rules",
                              "responses": {"200": _json(ref["RuleList"], "OK"), **errors("500")}}},
        "/v1/rules/{rule_id}": {"get": {
            "operationId": "getRule", "summary": "One rule, as `fairfeedback rule CODE` shows it",
            "parameters": [{"name": "rule_id", "in": "path", "required": True, "schema": {"type": "string"},
                            "description": "a code (FF101, any case) or a rule name (trait-label)"}],
            "responses": {"200": _json(ref["RuleDetail"], "OK"),
                          "404": {**error, "description": "no such rule"}, **errors("500")},
        }},
        "/healthz": {"get": {"operationId": "health", "summary": "Liveness: the model and rules are loaded",
                             "responses": {"200": _json(ref["Health"], "OK")}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "fairfeedback", "version": "1",
                 "description": "Lint written workplace feedback over HTTP (`fairfeedback serve`). "
                                "Review text is never logged or stored."},
        "paths": paths,
        "components": {"schemas": top.get("$defs", {})},
    }
