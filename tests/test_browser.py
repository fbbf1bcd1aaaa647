"""The page at `/` in a real browser: Debian's chromium (headless), driven by Playwright.

The real server (`fairfeedback serve --port 0`) runs in a subprocess for the
module; chromium talks to it over loopback (the test process itself opens no
TCP socket, so pytest-socket's blocker stays on).  No browser is downloaded:
without /usr/bin/chromium (or $FF_CHROMIUM) these tests skip, unless
FF_REQUIRE_BROWSER=1 (CI), where that is a failure.

Screenshots of the page (desktop and phone width) are written to docs/screenshots/.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = os.environ.get("FF_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
REVIEW = "You are lazy and you never finish anything. Everyone thinks you are abrasive."


def _unavailable() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        return f"needs {exc.name} (pip install '.[test]')"
    if not Path(CHROMIUM).is_file():
        return f"no chromium at {CHROMIUM} (apt-get install chromium)"
    return None


_why = _unavailable()
if _why and os.environ.get("FF_REQUIRE_BROWSER") == "1":
    pytest.fail(f"browser tests required (FF_REQUIRE_BROWSER=1) but {_why}", pytrace=False)
pytestmark = pytest.mark.skipif(_why is not None, reason=_why or "")


@pytest.fixture(scope="module")
def base_url():
    proc = subprocess.Popen([sys.executable, "-m", "fairfeedback.cli", "serve", "--port", "0", "--isolated"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    deadline, url = time.monotonic() + 120, None
    while url is None and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if "serving on " in line:
            url = line.split("serving on ", 1)[1].split()[0].rstrip("/")
    if url is None:
        proc.kill()
        pytest.fail(f"server did not start: {proc.stderr.read() if proc.stderr else ''}")
    yield url
    proc.terminate()
    proc.communicate(timeout=30)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=20_000)  # a shared CI machine can be slow
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.problems = []  # console errors (a CSP violation is one), page errors, requests elsewhere
    page.lint_calls = []
    page.on("console", lambda m: page.problems.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: page.problems.append(f"pageerror: {e}"))

    def on_request(request):
        if not request.url.startswith(base_url + "/") and not request.url.startswith("data:"):
            page.problems.append(f"request outside the server: {request.url}")
        if request.url.endswith("/v1/lint"):
            page.lint_calls.append(request.post_data)

    page.on("request", on_request)
    page.goto(base_url + "/")
    yield page
    context.close()


def marks(page) -> list[str]:
    return page.locator("#backdrop mark").evaluate_all("ms => ms.map(m => m.dataset.rule)")


def type_review(page, text: str = REVIEW) -> None:
    box = page.locator("#review")
    box.click()
    box.press_sequentially(text, delay=15)
    page.wait_for_function("n => document.querySelectorAll('#findings button').length >= n", arg=4)


def test_type_review_see_highlights_open_finding_apply_rewrite(page):
    from playwright.sync_api import expect

    type_review(page)
    # debounced: one request per pause, not one per keystroke
    assert 1 <= len(page.lint_calls) <= 6, len(page.lint_calls)  # for 78 keystrokes
    assert {"FF101", "FF501", "FF601"} <= set(marks(page))
    lazy = page.locator("#backdrop mark[data-rule=FF101]")
    expect(lazy).to_have_text("lazy")
    assert lazy.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    legend = page.locator("#legend")
    for name in ("character judgment", "absolute", "coded language", "shaming", "missing next step"):
        expect(legend).to_contain_text(name)
    expect(page.locator("#scores .score")).to_have_count(4)
    expect(page.locator("#scores")).to_contain_text("Behavior focus")

    page.locator("#findings button", has_text="lazy").click()
    detail = page.locator("#detail")
    expect(detail).to_be_visible()
    expect(detail.locator("#detail-title")).to_contain_text("labels the person's character")
    expect(detail.locator("#detail-explanation")).not_to_be_empty()
    expect(detail.locator(".suggestions")).to_contain_text("Describe the behavior")
    expect(page.locator("#backdrop mark.selected")).to_have_text("lazy")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "page-desktop.png"), full_page=True)

    detail.get_by_role("button", name="Apply").first.click()
    value = page.locator("#review").input_value()
    assert "lazy" not in value and "on [date], you [what you did]" in value.lower()
    assert page.evaluate("() => document.getElementById('review').value.slice("
                         "document.getElementById('review').selectionStart, "
                         "document.getElementById('review').selectionEnd)") == "[what]"  # the first placeholder, ready to fill in
    page.wait_for_function("() => !document.querySelector('#backdrop mark[data-rule=FF101]')"
                           " && document.querySelector('#backdrop mark')")
    expect(page.locator("#findings")).not_to_contain_text("“lazy”")
    expect(page.locator("#findings")).to_contain_text("abrasive")
    assert page.problems == []


def test_phone_width_is_readable(page):
    page.set_viewport_size({"width": 390, "height": 844})
    type_review(page)
    page.locator("#findings button", has_text="abrasive").click()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    box = page.locator("#review").bounding_box()
    assert box is not None and box["width"] >= 300
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "page-phone.png"), full_page=True)
    assert page.problems == []


def test_keyboard_only(page):
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "review"
    page.keyboard.type(REVIEW)
    page.wait_for_function("() => document.querySelectorAll('#findings button').length >= 4")
    page.locator("#findings button").first.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "detail"
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Apply"
    before = page.locator("#review").input_value()
    page.keyboard.press("Enter")
    assert page.locator("#review").input_value() != before
    assert page.evaluate("() => document.activeElement.id") == "review"
    # the caret moving into flagged words selects their finding
    page.locator("#review").fill("Thanks for the demo. You are abrasive in meetings.")
    page.wait_for_function("() => document.querySelector('#backdrop mark[data-rule=FF601]')")
    page.locator("#review").evaluate("el => { el.focus(); el.setSelectionRange(28, 28); }")
    page.keyboard.press("ArrowRight")
    from playwright.sync_api import expect

    expect(page.locator("#detail-rule")).to_contain_text("FF601")
    page.locator("#detail").focus()
    page.keyboard.press("Escape")
    assert page.locator("#detail").is_hidden()
    assert page.problems == []


def test_rewrite_all(page):
    from playwright.sync_api import expect

    type_review(page)
    page.get_by_role("button", name="Rewrite all").click()
    expect(page.locator("#status")).to_contain_text(re.compile(r"Rewrote \d+ places?; fill in the \[brackets\]\. (\d+ findings?|No findings)"))
    value = page.locator("#review").input_value()
    assert "lazy" not in value and "abrasive" not in value and re.search(r"\[[a-z ]+\]", value)
    assert page.problems == []


def test_review_text_is_shown_as_text_never_as_markup(page):
    from playwright.sync_api import expect

    page.locator("#review").fill('<b>bold</b> You are lazy. <img src=x onerror="window.pwned=1">')
    expect(page.locator("#backdrop mark[data-rule=FF101]")).to_have_text("lazy")
    assert page.locator("#backdrop img, #backdrop b, #findings img").count() == 0
    assert page.evaluate("() => window.pwned") is None
    assert page.problems == []


def test_whole_review_finding_adds_a_sentence_at_the_end(page):
    from playwright.sync_api import expect

    type_review(page)
    page.locator("#findings button", has_text="missing next step").click()
    expect(page.locator("#detail-match")).to_have_text("About the whole review")
    page.locator("#detail").get_by_role("button", name="Add to review").click()
    value = page.locator("#review").input_value()
    assert value.startswith(REVIEW + " Next step: [agreed action] by [date]")
    page.wait_for_function("() => !/missing next step/.test(document.getElementById('findings').textContent)")
    assert page.problems == []
