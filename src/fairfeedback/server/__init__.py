"""``fairfeedback serve``: a JSON API (``/v1``) and a local web page (``/``).

Needs the ``serve`` extra (``pip install "fairfeedback[serve]"``: Starlette and
uvicorn).  Nothing here is imported by ``import fairfeedback``.

    app.py       the Starlette application (routes, limits, errors)
    engine.py    linters loaded once, run on one worker thread
    schemas.py   request and response models (responses reuse the library's)
    openapi.py   the OpenAPI document (committed as docs/openapi.json)
    command.py   the click command
    static/      the page: index.html, style.css, app.js (no build step, no CDN)
"""
