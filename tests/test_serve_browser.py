"""The workspace as a panel member meets it: a real ``s11 serve`` (uvicorn, in its own process)
driven by Debian's headless Chromium. Sign in, upload three sample returns, watch the run
finish, open a pack, moderate two standards, download the moderated table and read the cell
back with openpyxl. Then the hostile requests against the same running server, sent raw so
no client tidies the path first.

Set ``S11_SCREENSHOTS=DIR`` to keep a screenshot of each step (the README's come from here).
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.test_browser import ARGS, CHROMIUM

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "submissions"
UPLOAD = ["asc.docx", "cafcass.pdf", "stroud.pdf"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Chromium at /usr/bin/chromium (apt-get install -y chromium)",
    ),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = tmp_path_factory.mktemp("serve-data")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("S11_SERVE")}
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "serve", "--data", str(data), "--port", str(port)]
        + ["--no-model", "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    end = time.monotonic() + 60
    while time.monotonic() < end:
        if process.poll() is not None:
            raise AssertionError(f"s11 serve stopped: {process.stdout.read()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        raise AssertionError("s11 serve did not start listening in 60 s")
    yield base, port, data
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def _shot(page, name: str) -> None:
    folder = os.environ.get("S11_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=False)


@pytest.fixture(scope="module")
def session(server, browser, tmp_path_factory):
    """A panel member's browser after the whole journey: returns the page, the run's URL and
    what the journey saw."""
    base, _, _ = server
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 860})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))

    page.goto(base + "/")
    assert page.url == base + "/login"
    page.get_by_label("Your name").fill("Priya Panel")
    _shot(page, "1-sign-in")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base + "/")

    page.set_input_files('input[name="files"]', [str(SAMPLES / name) for name in UPLOAD])
    _shot(page, "2-upload")
    page.get_by_role("button", name="Analyse").click()
    page.wait_for_url(f"{base}/runs/*")
    run_url = page.url.split("#")[0]
    saw_progress = page.locator("#progress").count() == 1
    page.wait_for_selector("table.grid", timeout=180_000)  # the page reloads when done
    _shot(page, "3-grid")
    yield {"page": page, "run": run_url, "errors": errors, "saw_progress": saw_progress}
    context.close()


def test_a_panel_member_runs_reads_moderates_and_downloads(session, tmp_path) -> None:
    page, run = session["page"], session["run"]
    assert session["saw_progress"], "the run's page showed its progress while it ran"
    grid = page.locator("table.grid tbody tr")
    assert grid.count() == 3
    assert page.locator("table.grid").get_by_text("Stroud District Council").is_visible()

    # A pack, from the grid.
    row = page.locator("tr", has_text="Stroud District Council")
    row.get_by_role("link", name="Pack", exact=True).click()
    page.wait_for_load_state()
    assert page.url == f"{run}/out/submissions/stroud/pack.html"
    assert "Stroud District Council" in page.locator("h1").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("script").count() == 0
    _shot(page, "4-pack")
    page.go_back()

    # Two standards moderated, one with a gap verdict.
    for standard, rating, note in (("1", "Amber", "No audit dates given."), ("2", "Red", "")):
        page.get_by_role(
            "link", name=f"Moderate Stroud District Council standard {standard}"
        ).click()
        page.wait_for_url(f"{run}/moderate/stroud/{standard}")
        if standard == "2":
            # a verdict on one quoted sentence, kept beside it
            page.get_by_label("Verdict on sentence 1", exact=True).select_option("not_evidence:")
            page.get_by_label("Why these verdicts").fill("A heading, not a sentence.")
            page.get_by_role("button", name="Record the verdicts").click()
            page.wait_for_url(f"{run}/moderate/stroud/{standard}#evidence")
            said = page.locator("#verdicts tbody tr").first.locator("p.said")
            assert said.inner_text() == "Recorded by Priya Panel: not evidence"
        page.get_by_label(rating, exact=True).check()
        for verdict in page.get_by_label("Agree", exact=True).all():
            verdict.check()
        if note:
            page.get_by_label("Note").fill(note)
        if standard == "1":
            _shot(page, "5-moderate")
        page.get_by_role("button", name="Save").click()
        page.wait_for_url(f"{run}#row-stroud")
    row = page.locator("#row-stroud")
    assert row.locator("td.cell").nth(0).get_by_text("Panel: Amber").is_visible()
    assert row.locator("td.cell").nth(1).get_by_text("Panel: Red").is_visible()
    assert row.locator("td.cell").nth(2).get_by_text("Panel: –").is_visible()

    with page.expect_download() as waiting:
        page.locator("#moderated-xlsx").click()
    download = waiting.value
    assert download.suggested_filename == "moderated-gscp-2021-2021.xlsx"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    sheet = load_workbook(saved)["Moderated ratings"]
    rows = {r[0]: r[1:] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert [str(v or "").lower() for v in rows["Stroud District Council"]] == [
        "amber",
        "red",
        "",
        "",
    ]
    assert session["errors"] == []


def _raw(port: int, path: str, cookie: str = "", method: str = "GET", **headers) -> tuple:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    connection.putheader("Host", headers.pop("host", f"127.0.0.1:{port}"))
    if cookie:
        connection.putheader("Cookie", cookie)
    for name, value in headers.items():
        connection.putheader(name.replace("_", "-"), value)
    connection.putheader("Content-Length", "0")
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


def _cookie(session) -> str:
    cookies = session["page"].context.cookies()
    return "; ".join(f"{c['name']}={c['value']}" for c in cookies)


RAW_PATHS = [
    "/out/../run.json",
    "/out/%2e%2e/run.json",
    "/out/..%2frun.json",
    "/out/..%2Frun.json",
    "/out/%2e%2e%2f%2e%2e%2f%2e%2e%2fhistory.db",
    "/out/submissions/..%5c..%5crun.json",
    "/out//etc/passwd",
    "/out/%2fetc%2fpasswd",
    "/out/.%2e/.%2e/.%2e/.%2e/etc/passwd",
    "/out/submissions/stroud/pack.html%00",
]


def test_a_running_server_refuses_traversal_csrf_and_strangers(server, session) -> None:
    base, port, data = server
    run_path = session["run"].removeprefix(base)
    cookie = _cookie(session)
    (data / "secret.txt").write_text("not for the browser", encoding="utf-8")
    for path in RAW_PATHS:
        status, body = _raw(port, run_path + path, cookie)
        assert status in (400, 404), (path, status)
        assert b"root:" not in body and b'"framework"' not in body and b"SQLite" not in body
    for path in ("/../secret.txt", "/%2e%2e/secret.txt", "/static/../../secret.txt"):
        status, body = _raw(port, path, cookie)
        assert b"not for the browser" not in body, path
    assert _raw(port, run_path + "/out/summary.csv", cookie)[0] == 200

    # Unauthenticated: redirected to sign in, or refused.
    assert _raw(port, run_path + "/out/summary.csv")[0] == 303
    assert _raw(port, "/runs", method="POST")[0] == 401
    # The signed-in cookie without the form's token, or from another site.
    assert _raw(port, "/runs", cookie, method="POST")[0] == 403
    moderate = run_path + "/moderate/stroud/3"
    assert _raw(port, moderate, cookie, method="POST", Origin="https://evil.example")[0] == 403
    # Another name for this machine (DNS rebinding).
    assert _raw(port, "/login", host="evil.example")[0] == 400
