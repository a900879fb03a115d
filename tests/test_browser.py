"""The batch overview and a pack in a real headless Chromium: the grid, links, no console
errors, no requests beyond the pages themselves, and submission HTML that never runs.

Needs Debian's Chromium at /usr/bin/chromium (``apt-get install -y chromium``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.report_batch import INJECTED, build

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Chromium at /usr/bin/chromium (apt-get install -y chromium)",
    ),
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.errors = []  # type: ignore[attr-defined]
    page.requests = []  # type: ignore[attr-defined]
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("request", lambda r: page.requests.append(r.url))
    yield page
    context.close()


def test_index_grid_links_to_a_pack_and_submission_html_never_runs(page):
    out = build()[0]
    index = (out / "index.html").resolve().as_uri()
    page.goto(index)
    assert page.locator("#grid-table tbody tr.submission").count() == 3
    assert page.locator("tr.failed").count() == 2
    assert page.get_by_role("heading", name="Agencies that have not submitted").is_visible()

    row = page.locator("tr.submission", has_text="Stroud District Council")
    row.get_by_role("link", name="Pack", exact=True).click()
    page.wait_for_load_state()
    pack = (out / "submissions/stroud/pack.html").resolve().as_uri()
    assert page.url == pack
    assert "Stroud District Council" in page.locator("h1").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.get_by_text(INJECTED, exact=False).first.is_visible()
    assert page.locator("img").count() == 0 and page.locator("script").count() == 0

    gap_links = page.locator('a[href^="#s"][href*="-e"]')
    assert gap_links.count() > 0, "every gap links to the sentences behind it"
    target = gap_links.first.get_attribute("href")
    gap_links.first.click()
    assert page.url == pack + target

    assert page.errors == []
    assert {url.split("#")[0] for url in page.requests} == {index, pack}


def test_redacted_pack_renders_without_personal_data(page):
    out = build()[0]
    redacted = (out / "submissions/stroud/pack-redacted.html").resolve().as_uri()
    page.goto(redacted)
    text = page.locator("body").inner_text()
    assert "Redacted copy for the youth panel" in text
    assert "Kayden" not in text and "Pryce" not in text and "[REDACTED: name]" in text
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.errors == [] and page.requests == [redacted]
