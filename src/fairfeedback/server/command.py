"""``fairfeedback serve``: the HTTP API and the local web page, on uvicorn.

Only click is imported at module level: ``fairfeedback --help`` stays instant,
and uvicorn, Starlette and spaCy load when the command runs.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

__all__ = ["DropQuery", "log_config", "serve"]


class DropQuery(logging.Filter):
    """Access-log filter: the line keeps client, method, path and status, never the
    query string (bodies are never logged at all)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (args[0], args[1], args[2].split("?", 1)[0], *args[3:])
        return True


def log_config(access_log: bool) -> dict[str, Any]:
    """uvicorn's logging: warnings and errors, plus (when on) one query-free line per request."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"drop_query": {"()": DropQuery}},
        "formatters": {"plain": {"format": "fairfeedback: %(message)s"}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr",
                                "filters": ["drop_query"]}},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
            "uvicorn.error": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
            "uvicorn.access": {"handlers": ["stderr"], "level": "INFO" if access_log else "CRITICAL",
                               "propagate": False},
            "fairfeedback.server": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        },
    }


def _fail(message: str) -> NoReturn:
    click.echo(f"fairfeedback: error: {message}", err=True)
    sys.exit(2)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes the server to your network).")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port; the address printed says which).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Config file to use instead of the nearest .fairfeedback.toml / pyproject.toml.")
@click.option("--isolated", is_flag=True, help="Ignore all config files.")
@click.option("--model", default=None, help="spaCy pipeline to load.")
@click.option("--max-body", default=1024 * 1024, show_default=True, type=click.IntRange(1, None),
              help="Largest request body in bytes; larger ones get 413.")
@click.option("--access-log/--no-access-log", default=True, show_default=True,
              help="One line per request (method, path without query, status); never the review text.")
def serve(host: str, port: int, config_path: str | None, isolated: bool, model: str | None, max_body: int,
          access_log: bool) -> None:
    """Serve the web page (/) and the JSON API (/v1, schema at /openapi.json).

    The model and rules load once at start-up; the address is printed when the
    server is ready.  Review text is never logged or stored."""
    try:
        import uvicorn
    except ImportError as exc:
        _fail(f"'serve' needs the optional package {exc.name!r}: pip install \"fairfeedback[serve]\"")
    from ..config import Config
    from ..errors import FairFeedbackError
    from ..settings import find_config_file, load_config
    from .app import create_app

    overrides = {"model": model} if model else {}
    try:
        path = None if isolated else (Path(config_path) if config_path else find_config_file(Path.cwd().resolve()))
        if config_path and not Path(config_path).is_file():
            _fail(f"{config_path}: config file not found")
        config = load_config(path, **overrides) if path is not None else Config.model_validate(overrides)
        from ..linter import Linter
        from ..nlp import resolve_model_name

        resolve_model_name(config.model)
        Linter(config)  # the rules load (and are checked) now: a broken rule file is one line, not a traceback
    except FairFeedbackError as exc:
        _fail(str(exc))
        return

    class _Server(uvicorn.Server):
        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets)
            if self.should_exit or not getattr(self, "servers", None):
                return
            bound = self.servers[0].sockets[0].getsockname()
            shown = f"[{host}]" if ":" in host else host
            click.echo(f"fairfeedback: serving on http://{shown}:{bound[1]}/ (API under /v1, "
                       "schema at /openapi.json); Ctrl+C to stop")
            sys.stdout.flush()

    app = create_app(config, max_body=max_body)
    settings = uvicorn.Config(app, host=host, port=port, log_config=log_config(access_log), access_log=access_log,
                              server_header=False, lifespan="on", timeout_graceful_shutdown=5)
    server = _Server(settings)
    server.run()
    if server.started is False:
        sys.exit(1)
