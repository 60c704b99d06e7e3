"""The web page, served by the real `intelfile serve` and driven in headless Chromium (Playwright).

Skipped with a reason when /usr/bin/chromium is absent (Debian: `apt-get install chromium`);
Playwright's own browser downloads are never used.
"""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

from test_api import write_fixture_store

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ROWS = "#events-table tbody tr[data-id]"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent (install Debian's chromium to run the browser tests)")
    pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    folder = tmp_path_factory.mktemp("web")
    db = write_fixture_store(folder / "fixture.duckdb")
    port = _free_port()
    log = (folder / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "intelfile", "--db", str(db), "serve", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                log.close()
                pytest.fail(f"intelfile serve exited with {proc.returncode}: {(folder / 'serve.log').read_text()}")
            try:
                with urllib.request.urlopen(url + "api", timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail("intelfile serve did not answer within 60 s")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def browser(server: str):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server: str):
    context = browser.new_context(viewport={"width": 1400, "height": 1300})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    pg.problems = problems  # type: ignore[attr-defined]
    pg.goto(server)
    pg.wait_for_selector("body[data-state=ready]")
    yield pg
    context.close()


def rows(page) -> list[str]:
    return page.eval_on_selector_all(ROWS, "rs => rs.map(r => r.dataset.id)")


def wait_rows(page, n: int) -> None:
    page.wait_for_function(f"document.querySelectorAll({ROWS!r}).length === {n} && "
                           "document.body.dataset.state === 'ready'")


def test_page_draws_map_timeline_network_and_table(page, tmp_path: Path) -> None:
    assert page.locator("#map .country").count() > 100  # the basemap's outlines
    assert page.locator("#map .pt").count() == 4  # the four placed events
    assert page.locator("#map .pt.q4").count() == 4
    # the map is zoomed to the events: the view is much smaller than the world
    w = float(page.get_attribute("#map", "viewBox").split()[2])
    assert w < 60
    assert page.locator("#timeline .bar").count() == 6  # type × month segments
    assert page.locator("#timeline .bar[data-period='2015-03']").count() == 3
    assert page.locator("#network .node").count() == 5
    assert page.locator("#network .edge.cooperation").count() == 1
    assert page.locator("#network .edge.hostility").count() == 2
    assert len(rows(page)) == 6
    assert "Islamic State seized Mosul." in page.inner_text("#events-table")
    assert "6 events" in page.inner_text("#status")
    shot = tmp_path / "page.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert page.problems == []


def test_filtering_the_table(page) -> None:
    page.select_option("#f-type", "ASSAULT")
    wait_rows(page, 3)
    assert rows(page) == ["ev-b-1", "ev-a-1", "ev-b-2"]
    assert page.locator("#map .pt").count() == 3
    assert "type=ASSAULT" in page.evaluate("location.hash")
    page.select_option("#f-modality", "forecast")
    wait_rows(page, 1)
    assert rows(page) == ["ev-b-2"]
    page.click("#f-reset")
    wait_rows(page, 6)
    page.fill("#f-actor", "IRN")
    page.fill("#f-since", "2015-03-01")
    page.fill("#f-until", "2015-03-31")
    page.click("#filters button[type=submit]")
    wait_rows(page, 2)
    assert rows(page) == ["ev-a-2", "ev-a-3"]
    assert page.locator("#network .node").count() == 3  # Iran, Iraq, United States
    page.fill("#f-actor", "nobody at all")
    page.click("#filters button[type=submit]")
    page.wait_for_selector("#events-table tr.empty")
    assert rows(page) == []
    assert page.problems == []


def test_clicking_a_point_or_a_bar_selects_rows(page) -> None:
    page.click("#map .pt[data-id='ev-a-1']")
    page.wait_for_selector("#events-table tr[data-id='ev-a-1'][aria-selected=true]")
    assert page.locator("#events-table tr[aria-selected=true]").count() == 1
    assert page.locator("#map .pt.selected").get_attribute("data-id") == "ev-a-1"
    page.click("#timeline .bar[data-period='2014-06']")
    page.wait_for_selector("#events-table tr[data-id='ev-c-1'][aria-selected=true]")
    page.click("#timeline .bar[data-period='2015-03'][data-type='AGREE']")
    page.wait_for_selector("#events-table tr[data-id='ev-a-2'][aria-selected=true]")
    page.click("#events-table tr[data-id='ev-b-1'] td.who")
    page.wait_for_selector("#map .pt.selected[data-id='ev-b-1']")
    assert page.problems == []


def test_source_document_view(page) -> None:
    page.click("#events-table tr[data-id='ev-a-3'] td.source a")
    page.wait_for_selector("#document-panel:not([hidden]) .sent.evidence")
    assert page.inner_text("#doc-title") == "Militants attack Tikrit"
    assert page.inner_text("#document-panel .sent.evidence") == "The United States threatened sanctions on Iran."
    assert page.locator("#doc-events li").count() == 3
    page.go_back()
    page.wait_for_selector("#document-panel", state="hidden")
    assert page.problems == []


def test_network_node_filters_by_actor(page) -> None:
    page.click("#network .node[data-id='KRDMIL']")
    wait_rows(page, 1)
    assert rows(page) == ["ev-b-1"]
    assert page.input_value("#f-actor") == "KRDMIL"
    assert page.problems == []


def test_map_works_without_a_basemap(browser, server: str) -> None:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.route("**/api/basemap", lambda route: route.fulfill(
        status=200, content_type="application/geo+json",
        body='{"type": "FeatureCollection", "features": [], "available": false, "reason": "no outlines here"}'))
    page.goto(server)
    page.wait_for_selector("body[data-state=ready]")
    assert page.locator("#map .country").count() == 0
    assert page.locator("#map .pt").count() == 4
    assert page.locator("#map .graticule path").count() == 1
    assert "no outlines here" in page.inner_text("#attribution")
    page.click("#map .pt[data-id='ev-b-1']")
    page.wait_for_selector("#events-table tr[data-id='ev-b-1'][aria-selected=true]")
    assert problems == []
    context.close()

