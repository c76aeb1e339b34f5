"""The web UI in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

A uvicorn server runs in a thread over a store ingested from ``examples/corpus``. Without a
browser these tests skip with the reason shown; with ``CI`` set a missing browser fails them.
Screenshots of every page go to ``test-artifacts/``.
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
ARTIFACTS = ROOT / "test-artifacts"
XSS_TITLE = "<script>alert(1)</script>"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.model


def chromium_path() -> str | None:
    found = shutil.which("chromium") or "/usr/bin/chromium"
    return found if Path(found).exists() else None


def missing_browser(reason: str) -> None:
    """Skip with a visible reason on a user's machine; fail in CI, where the browser must be there."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: the browser tests must run)")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    if path is None:
        missing_browser("Chromium not found: install Debian's chromium (apt-get install chromium) to run the "
                        "browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing_browser("playwright is not installed: pip install -e '.[test]'")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app over the corpus plus one hostile article, served by uvicorn on a free port."""
    import uvicorn

    from eventwire import link
    from eventwire.api import create_app
    from eventwire.pipeline import run_ingest
    from eventwire.store import Store

    db = tmp_path_factory.mktemp("web") / "corpus.duckdb"
    with Store(db) as store:
        run_ingest([str(CORPUS)], store)
        link.refresh(store)
    port = free_port()
    uv = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert uv.started, "the server did not start"
    base = f"http://127.0.0.1:{port}"
    xss_id = post_hostile_article(base)
    yield {"base": base, "xss_id": xss_id}
    uv.should_exit = True
    thread.join(timeout=10)


def post_hostile_article(base: str) -> str:
    import httpx

    response = httpx.post(f"{base}/api/articles", timeout=120, json={
        "title": XSS_TITLE, "outlet": "Hostile Wire", "published": "2025-03-30",
        "text": "KHARTOUM, March 30 - Sudan accused Ethiopia on Sunday of shelling a border village, "
                "and the army said it had sent troops to the area."})
    assert response.status_code == 201, response.text
    return response.json()["id"]


@pytest.fixture()
def page(browser):
    """A fresh page that records console errors, uncaught exceptions and dialogs."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    tab.problems = []
    tab.dialogs = []
    tab.on("console", lambda msg: tab.problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: tab.problems.append(f"page error: {exc}"))
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()


def visit(page, url: str, shot: str) -> None:
    page.goto(url, wait_until="networkidle")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"web-{shot}.png"), full_page=True)


def first_article_with_events(server) -> str:
    import httpx

    items = httpx.get(f"{server['base']}/api/articles", params={"limit": 100}).json()["items"]
    return next(a["id"] for a in items if a["n_events"] >= 3)


@pytest.mark.parametrize("path, shot", [
    ("/", "overview"), ("/timeline", "timeline"), ("/map", "map"), ("/network", "network"),
    ("/dyads/EGY/ETH", "dyad"), ("/search?q=ceasefire", "search"), ("/timeline?type=ASSAULT&by=week", "timeline-filtered"),
])
def test_page_loads_without_console_errors(server, page, path, shot):
    visit(page, server["base"] + path, shot)
    assert page.title().endswith("eventwire")
    assert page.problems == []


def test_article_page_loads_without_console_errors(server, page):
    visit(page, f"{server['base']}/articles/{first_article_with_events(server)}", "article")
    assert page.locator("#article-text .seg.k-trigger").count() >= 1
    assert page.problems == []


def test_timeline_shows_events_and_a_click_opens_the_evidence(server, page):
    visit(page, server["base"] + "/timeline", "timeline-chart")
    assert page.locator("#timeline-chart rect.bar").count() > 10
    rows = page.locator("#event-list tbody tr")
    assert rows.count() > 50
    rows.first.click()
    evidence = page.locator("#evidence")
    evidence.locator(".mention").first.wait_for()
    assert evidence.is_visible()
    assert evidence.locator(".mention mark").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "web-timeline-evidence.png"), full_page=True)
    page.locator("#timeline-chart rect.bar.t-ASSAULT").first.click()
    # the title changes with the rows, once the ASSAULT events have come (the page's CSP forbids the
    # string evaluation wait_for_function polls with)
    page.locator("#event-list-title", has_text=re.compile(r"^ASSAULT")).wait_for()
    types = page.locator("#event-list tbody tr td:nth-child(2)").all_inner_texts()
    assert types and set(types) == {"ASSAULT"}
    assert page.problems == []


def test_map_shows_events_over_boundaries(server, page):
    visit(page, server["base"] + "/map", "map-points")
    assert page.locator("#world-map .countries path").count() > 100
    points = page.locator("#world-map circle.point")
    assert points.count() > 20
    assert "events have a location" in page.locator("#map-status").inner_text()
    points.first.dispatch_event("click")
    page.locator("#evidence .mention").first.wait_for()
    page.screenshot(path=str(ARTIFACTS / "web-map-evidence.png"), full_page=True)
    visit(page, server["base"] + "/map?since=2025-03-20&until=2025-03-31", "map-filtered")
    assert 0 < page.locator("#world-map circle.point").count() < points.count() + 1
    assert page.problems == []


def test_network_draws_actors_and_relations(server, page):
    visit(page, server["base"] + "/network", "network-graph")
    assert page.locator("#network-chart circle").count() >= 3
    assert page.locator("#network-chart line.conf, #network-chart line.coop").count() >= 2
    assert page.problems == []


def test_dyad_page_charts_tension_and_lists_movers(server, page):
    visit(page, server["base"] + "/dyads/EGY/ETH", "dyad-chart")
    assert page.locator("#tension-chart path.line").count() == 1
    page.locator("tr[data-event-id]").first.click()
    page.locator("#evidence .mention").first.wait_for()
    assert page.problems == []


def test_clicking_an_event_field_shows_its_evidence(server, page):
    visit(page, f"{server['base']}/articles/{first_article_with_events(server)}", "article-fields")
    card = page.locator(".event-card").first
    card.locator("button.field").last.click()
    assert page.locator("#article-text .seg.flash").count() >= 1
    note = card.locator(".field-evidence")
    assert note.is_visible() and "Evidence" in note.inner_text()
    page.screenshot(path=str(ARTIFACTS / "web-article-evidence.png"), full_page=True)
    assert page.problems == []


def test_hostile_title_stays_text(server, page):
    visit(page, f"{server['base']}/articles/{server['xss_id']}", "xss-article")
    assert page.locator("#article-title").inner_text() == XSS_TITLE
    visit(page, server["base"] + "/", "xss-overview")
    assert page.get_by_text(XSS_TITLE).count() >= 1
    visit(page, server["base"] + "/search?q=shelling+border+village", "xss-search")
    assert page.get_by_text(XSS_TITLE).count() >= 1
    assert page.dialogs == []
    assert page.problems == []
