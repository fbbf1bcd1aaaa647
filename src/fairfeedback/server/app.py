"""The Starlette application: the JSON API under ``/v1``, ``/healthz``, the page at ``/``.

    create_app(config=None, *, max_body=MAX_BODY) -> Starlette

Review text is never logged: no handler logs a body, errors are reported by
exception class only, and error responses never echo the input.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .._version import __version__
from ..config import Config
from ..errors import ConfigError, FairFeedbackError, InputError
from .engine import Engine
from .openapi import build_openapi
from .schemas import ErrorDetail, ErrorResponse, Health, LintBody, RewriteBody, RuleList

__all__ = ["MAX_BODY", "STATIC_DIR", "ApiError", "create_app"]

#: Default request body limit: 1 MiB.
MAX_BODY = 1024 * 1024
STATIC_DIR = Path(__file__).resolve().parent / "static"
log = logging.getLogger("fairfeedback.server")
M = TypeVar("M", bound=BaseModel)

#: Sent with every response: the page loads nothing from anywhere else.
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; object-src 'none'; "
                                 b"base-uri 'none'; frame-ancestors 'none'; form-action 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


class ApiError(Exception):
    def __init__(self, status: int, error: str, details: list[ErrorDetail] | None = None) -> None:
        super().__init__(error)
        self.status, self.error, self.details = status, error, details or []


def _json(model: BaseModel, status: int = 200) -> Response:
    return Response(model.model_dump_json(), status_code=status, media_type="application/json")


def _error(status: int, error: str, details: list[ErrorDetail] | None = None) -> Response:
    return _json(ErrorResponse(status=status, error=error, details=details or []), status)


class Guard:
    """Outermost middleware: security headers on every response, and any exception
    becomes a JSON 500 naming only the exception class (never a traceback, never
    its message, which could quote the text being linted)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_wrapped(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
            await send(message)

        try:
            await self.app(scope, receive, send_wrapped)
        except Exception as exc:  # noqa: BLE001 - the point of this middleware
            log.error("internal error (%s) in %s %s", exc.__class__.__name__, scope.get("method"), scope.get("path"))
            if not started:
                await _error(500, f"internal error ({exc.__class__.__name__})")(scope, receive, send_wrapped)


def _details(exc: ValidationError) -> list[ErrorDetail]:
    """Each problem's place and message; pydantic's ``input`` (the submitted value) is left out."""
    out = []
    for e in exc.errors(include_url=False, include_input=False, include_context=False):
        msg = e["msg"].removeprefix("Value error, ")
        if e["type"] == "json_invalid":
            msg = "the body is not valid JSON: " + msg.removeprefix("Invalid JSON: ")
        out.append(ErrorDetail(loc=[p for p in e["loc"] if isinstance(p, str | int)], msg=msg, type=e["type"]))
    return out


async def read_body(request: Request, model: type[M], limit: int) -> M:
    """The body as ``model``: 413 past ``limit`` bytes (by Content-Length, or while
    streaming when there is none), 422 for bad JSON or a schema mismatch."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise ApiError(400, "invalid Content-Length header")
        if int(declared) > limit:
            raise ApiError(413, f"the body is {int(declared):,} bytes; the limit is {limit:,}")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ApiError(413, f"the body is over the limit of {limit:,} bytes")
    if not body.strip():
        raise ApiError(422, "the body is empty; send a JSON object (see /openapi.json)")
    try:
        return model.model_validate_json(bytes(body), strict=True)
    except ValidationError as exc:
        details = _details(exc)
        first = details[0]
        where = ".".join(str(p) for p in first.loc)
        if not where and first.type != "json_invalid":
            where = "the body"
        raise ApiError(422, f"{where}: {first.msg}" if where else first.msg, details) from None


def _surrogate_free(texts: list[str]) -> None:
    for i, text in enumerate(texts):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise ApiError(422, "the text is not valid Unicode (it contains a lone surrogate)",
                           [ErrorDetail(loc=["texts", i] if len(texts) > 1 else ["text"],
                                        msg="lone surrogate", type="unicode")]) from None


def create_app(config: Config | None = None, *, max_body: int = MAX_BODY, engine: Engine | None = None) -> Starlette:
    """The ASGI app.  The model loads in the lifespan (``with TestClient(app)``, or uvicorn's start-up)."""
    eng = engine or Engine(config)

    def _engine(request: Request) -> Engine:
        engine_: Engine = request.app.state.engine
        return engine_

    async def lint(request: Request) -> Response:
        body = await read_body(request, LintBody, max_body)
        _surrogate_free([body.text] if body.text is not None else list(body.texts or []))
        return await _work(request, body, "lint")

    async def rewrite(request: Request) -> Response:
        body = await read_body(request, RewriteBody, max_body)
        _surrogate_free([body.text])
        return await _work(request, body, "rewrite")

    async def _work(request: Request, body: Any, what: str) -> Response:
        engine_ = _engine(request)
        config_ = engine_.config_for(body)
        fn: Callable[..., Any] = engine_.lint if what == "lint" else engine_.rewrite
        try:
            result = await engine_.run(fn, body, config_)
        except ConfigError as exc:
            raise ApiError(422, str(exc)) from None
        except InputError as exc:
            raise ApiError(422, str(exc)) from None
        except FairFeedbackError as exc:  # a model or rule file problem of the server, not of the request
            log.error("%s", exc.__class__.__name__)
            raise ApiError(500, f"the server cannot lint ({exc.__class__.__name__})") from None
        return _json(result)

    async def rules(request: Request) -> Response:
        return _json(RuleList(rules=_engine(request).rule_list()))

    async def rule(request: Request) -> Response:
        code = str(request.path_params["rule_id"])
        found = _engine(request).rule(code)
        if found is None:
            raise ApiError(404, f"unknown rule '{code[:40]}' (see /v1/rules)")
        return _json(found)

    async def health(request: Request) -> Response:
        engine_ = _engine(request)
        return _json(Health(version=__version__, model=engine_.model_name(), rules=len(engine_.rule_list())))

    schema = json.dumps(build_openapi(), indent=2) + "\n"

    async def openapi(request: Request) -> Response:
        return Response(schema, media_type="application/json")

    async def index(request: Request) -> Response:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8")

    async def on_api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return _error(exc.status, exc.error, exc.details)

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return _error(exc.status_code, "not found" if exc.status_code == 404 else str(exc.detail))

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.engine = eng
        await eng.start()
        try:
            yield
        finally:
            eng.close()

    handlers: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
        ApiError: on_api_error, HTTPException: on_http_error}
    return Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/healthz", health, methods=["GET"]),
            Route("/openapi.json", openapi, methods=["GET"]),
            Route("/v1/lint", lint, methods=["POST"]),
            Route("/v1/rewrite", rewrite, methods=["POST"]),
            Route("/v1/rules", rules, methods=["GET"]),
            Route("/v1/rules/{rule_id}", rule, methods=["GET"]),
            Mount("/static", StaticFiles(directory=STATIC_DIR), name="static"),
        ],
        middleware=[Middleware(Guard)],
        exception_handlers=handlers,
        lifespan=lifespan,
    )
