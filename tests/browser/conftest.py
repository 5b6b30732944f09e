"""Real-browser fixtures: the demo served as by `make run`, Debian's Chromium via Playwright.

The tests skip with a clear reason when no Chromium is installed locally; in CI
(JOBS4ALL_REQUIRE_BROWSER=1, set by .ci/run) a missing browser is an error instead.
Screenshots are taken of the block alone, without the workbench's sticky header, into
test-artifacts/screenshots/; `make screenshots` (JOBS4ALL_UPDATE_SCREENSHOTS=1) writes them to
tests/screenshots/ instead, the committed copies the README shows.
"""
import os
import shutil
from pathlib import Path

import pytest

from tests.server import DemoServer

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = (ROOT / "tests" / "screenshots" if os.environ.get("JOBS4ALL_UPDATE_SCREENSHOTS") == "1"
               else ROOT / "test-artifacts" / "screenshots")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_path():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("JOBS4ALL_REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium is required here (JOBS4ALL_REQUIRE_BROWSER=1) but /usr/bin/chromium is missing")
        pytest.skip("Chromium is not installed (apt-get install chromium chromium-driver)")
    return CHROMIUM


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    demo = DemoServer(tmp_path_factory.mktemp("browser-demo")).start()
    yield demo
    demo.stop()


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright  # pylint: disable=import-outside-toplevel
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium_path, args=ARGS)
        yield instance
        instance.close()


def _new_page(browser, locale):
    """A page in a fresh context whose browser asks for ``locale``; ``page.console_errors`` collects
    script errors and console errors (but the workbench's missing favicon)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale=locale, accept_downloads=True)
    new = context.new_page()
    new.console_errors = []
    new.on("console", lambda message: message.type == "error"
           and "favicon" not in (message.location or {}).get("url", "")
           and new.console_errors.append(f"{message.text} ({(message.location or {}).get('url')})"))
    new.on("pageerror", lambda error: new.console_errors.append(str(error)))
    return context, new


@pytest.fixture
def page(browser):
    context, new = _new_page(browser, "en-GB")
    yield new
    context.close()


@pytest.fixture
def page_in(browser):
    """``page_in("de-DE")``: a page whose browser asks for another language."""
    contexts = []

    def make(locale):
        context, new = _new_page(browser, locale)
        contexts.append(context)
        return new
    yield make
    for context in contexts:
        context.close()


# The workbench's header is sticky: it would cover part of a block in a screenshot.
UNSTICK = "header.banner, .banner { position: static !important; }"


def screenshot(page, name, selector=".xblock-v1", margin=8):
    """Save ``tests/screenshots/<name>.png``: the first element matching ``selector``, with a margin."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.add_style_tag(content=UNSTICK)
    target = page.locator(selector).first
    target.scroll_into_view_if_needed()
    box = target.evaluate("""node => { const r = node.getBoundingClientRect();
        return {x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height}; }""")
    width = page.evaluate("document.documentElement.scrollWidth")
    x, y = max(box["x"] - margin, 0), max(box["y"] - margin, 0)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True, animations="disabled", caret="hide",
                    clip={"x": x, "y": y, "width": min(box["width"] + 2 * margin, width - x),
                          "height": box["height"] + 2 * margin})


def axe_violations(page, context=".xblock-v1"):
    """Serious and critical axe-core (WCAG 2.1 A/AA) violations inside ``context``."""
    from axe_playwright_python.sync_playwright import Axe  # pylint: disable=import-outside-toplevel
    result = Axe().run(page, context=context, options={
        "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
    return [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
            for v in result.response["violations"] if v["impact"] in ("serious", "critical")]
