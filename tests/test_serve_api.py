"""The web workspace's routes, driven through Starlette's test client: sign-in, CSRF, roles,
uploads, the hostile cases (traversal, encoded separators, symbolic links, zip members,
oversized bodies, foreign hosts, script in notes) and moderation down to the exported cell.

The same pipeline runs underneath (no classifier, for speed); the browser test drives a real
uvicorn server in Chromium.
"""

from __future__ import annotations

import io
import json
import re
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from starlette.testclient import TestClient

from pipeline.serve.app import APP_CSP, OUTPUT_CSP, ServeConfig, create_app
from pipeline.serve.server import ServeRefused, check, passwords

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "submissions"
PANEL_PASSWORD = "correct horse battery"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def _app(tmp: Path, **overrides) -> TestClient:
    data = tmp / "data"
    config = ServeConfig(data=data, db=data / ".s11" / "history.db", use_model=False, **overrides)
    return TestClient(create_app(config))


def _sign_in(client: TestClient, role: str = "panel", name: str = "Ann Reviewer", **extra):
    token = CSRF.search(client.get("/login").text).group(1)
    response = client.post(
        "/login",
        data={"csrf": token, "name": name, "role": role, **extra},
        follow_redirects=False,
    )
    return response


def _csrf(client: TestClient) -> str:
    return CSRF.search(client.get("/").text).group(1)


def _files(*names: str) -> list:
    return [("files", (name, (SAMPLES / name).read_bytes())) for name in names]


def _start(client: TestClient, files: list, **fields) -> str:
    form = {"csrf": _csrf(client), "framework": "gscp-2021", "cycle": "2021", **fields}
    response = client.post("/runs", data=form, files=files, follow_redirects=False)
    assert response.status_code == 303, response.text
    return response.headers["location"]


def _wait(client: TestClient, url: str, seconds: float = 180) -> dict:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        progress = client.get(f"{url}/progress").json()
        if progress["status"] not in ("queued", "running"):
            return progress
        time.sleep(0.2)
    raise AssertionError(f"{url} did not finish in {seconds} s")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """One server with one finished run of two samples (a Word and a PDF return)."""
    tmp = tmp_path_factory.mktemp("serve")
    client = _app(tmp)
    assert _sign_in(client).status_code == 303
    url = _start(client, _files("asc.docx", "cafcass.pdf"))
    progress = _wait(client, url)
    assert progress["status"] == "done" and progress["done"] == 2 and progress["failed"] == 0
    run_id = url.rsplit("/", 1)[1]
    return client, url, tmp / "data" / ".s11" / "runs" / run_id


# ---------------------------------------------------------------- sign-in and sessions


def test_nothing_is_served_before_sign_in(served, tmp_path) -> None:
    _, url, _ = served
    client = _app(tmp_path)
    for path in ("/", url, f"{url}/out/summary.xlsx", f"{url}/moderate/asc/1", f"{url}/progress"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/login", path
    response = client.post("/runs", data={"csrf": "x"}, follow_redirects=False)
    assert response.status_code == 401


def test_sign_in_needs_the_pages_own_token_and_origin(tmp_path) -> None:
    client = _app(tmp_path)
    token = CSRF.search(client.get("/login").text).group(1)
    base = {"name": "Ann", "role": "panel"}
    assert client.post("/login", data=base, follow_redirects=False).status_code == 403
    wrong = {**base, "csrf": "not-the-token"}
    assert client.post("/login", data=wrong, follow_redirects=False).status_code == 403
    foreign = client.post(
        "/login",
        data={**base, "csrf": token},
        headers={"origin": "https://elsewhere.example"},
        follow_redirects=False,
    )
    assert foreign.status_code == 403
    assert SESSION_SET not in foreign.headers.get("set-cookie", "")
    good = client.post("/login", data={**base, "csrf": token}, follow_redirects=False)
    assert good.status_code == 303 and SESSION_SET in good.headers["set-cookie"]
    assert "httponly" in good.headers["set-cookie"].lower()
    assert "samesite=strict" in good.headers["set-cookie"].lower()


SESSION_SET = "s11_session="


def test_password_is_checked_and_guessing_is_throttled(tmp_path) -> None:
    client = _app(tmp_path, panel_password=PANEL_PASSWORD)
    assert _sign_in(client, password="").status_code == 403
    assert _sign_in(client, password=PANEL_PASSWORD[:-1]).status_code == 403
    for _ in range(8):
        assert _sign_in(client, password="guess").status_code == 403
    # Ten failures in a minute: even the right password waits.
    assert _sign_in(client, password=PANEL_PASSWORD).status_code == 429


def test_right_password_signs_in(tmp_path) -> None:
    client = _app(tmp_path, panel_password=PANEL_PASSWORD)
    assert _sign_in(client, password=PANEL_PASSWORD).status_code == 303
    assert "Run a batch" in client.get("/").text


def test_on_a_shared_address_youth_sign_in_needs_its_own_password(tmp_path) -> None:
    client = _app(tmp_path, host="0.0.0.0", panel_password=PANEL_PASSWORD)
    assert 'value="youth"' not in client.get("/login").text
    assert _sign_in(client, role="youth", password=PANEL_PASSWORD).status_code == 403


def test_sign_out_needs_the_token_and_ends_the_session(tmp_path) -> None:
    client = _app(tmp_path)
    _sign_in(client)
    assert client.post("/logout", data={}, follow_redirects=False).status_code == 403
    assert client.get("/", follow_redirects=False).status_code == 200
    response = client.post("/logout", data={"csrf": _csrf(client)}, follow_redirects=False)
    assert response.status_code == 303
    assert client.get("/", follow_redirects=False).headers["location"] == "/login"


def test_a_foreign_host_header_is_refused(served) -> None:
    client, _, _ = served
    assert client.get("/login", headers={"host": "attacker.example"}).status_code == 400


# ---------------------------------------------------------------- runs


def test_a_run_without_the_token_is_refused_and_starts_nothing(served) -> None:
    client, _, _ = served
    before = len(client.get("/").text.split("<tr>"))
    form = {"framework": "gscp-2021", "cycle": "2021"}
    response = client.post("/runs", data=form, files=_files("asc.docx"), follow_redirects=False)
    assert response.status_code == 403
    assert len(client.get("/").text.split("<tr>")) == before


def test_the_finished_run_shows_the_grid_downloads_and_packs(served) -> None:
    client, url, _ = served
    page = client.get(url).text
    assert "Gloucestershire County Council Adult Social Care" in page
    for slug in ("asc", "cafcass"):
        for standard in "1234":
            assert f"{url}/moderate/{slug}/{standard}" in page
        assert f"{url}/out/submissions/{slug}/pack.html" in page
    assert page.count('class="cell"') == 8
    summary = client.get(f"{url}/out/summary.xlsx")
    assert summary.status_code == 200 and summary.content[:2] == b"PK"
    assert "attachment" in summary.headers["content-disposition"]
    pack = client.get(f"{url}/out/submissions/asc/pack.html")
    assert pack.status_code == 200 and "Standard 1" in pack.text


def test_pipeline_pages_may_run_no_script_and_app_pages_only_their_own(served) -> None:
    client, url, _ = served
    pack = client.get(f"{url}/out/submissions/cafcass/pack.html")
    assert pack.headers["content-security-policy"] == OUTPUT_CSP
    assert "script-src" not in OUTPUT_CSP and "default-src 'none'" in OUTPUT_CSP
    app_page = client.get(url)
    assert app_page.headers["content-security-policy"] == APP_CSP
    assert "'unsafe-inline'" not in APP_CSP.split("script-src", 1)[1].split(";")[0]
    assert "<script>" not in app_page.text  # only <script src="/static/app.js">
    for response in (pack, app_page):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"


TRAVERSALS = [
    "../run.json",
    "%2e%2e/run.json",
    "..%2frun.json",
    "..%2Frun.json",
    "submissions/..%2f..%2frun.json",
    "submissions/%2e%2e/%2e%2e/run.json",
    "%2fetc%2fpasswd",
    "/etc/passwd",
    "submissions/asc/..%5c..%5crun.json",
    "submissions\\asc\\pack.html",
    ".s11/cache",
    "submissions/asc/pack.html%00.txt",
    "",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_no_path_leaves_the_runs_output_folder(served, path) -> None:
    client, url, _ = served
    response = client.get(f"{url}/out/{path}", follow_redirects=False)
    assert response.status_code in (303, 404), (path, response.status_code)
    assert '"framework"' not in response.text and "root:" not in response.text


def test_symbolic_links_in_the_output_are_not_followed(served) -> None:
    client, url, folder = served
    out = folder / "out"
    (out / "link.json").symlink_to(folder / "run.json")
    (out / "linked-dir").symlink_to(out / "submissions")
    (out / "passwd.html").symlink_to("/etc/passwd")
    try:
        for path in ("link.json", "linked-dir/asc/pack.html", "passwd.html"):
            assert client.get(f"{url}/out/{path}").status_code == 404, path
        assert client.get(f"{url}/out/submissions/asc/pack.html").status_code == 200
    finally:
        for name in ("link.json", "linked-dir", "passwd.html"):
            (out / name).unlink()


@pytest.mark.parametrize(
    "run_id", ["nonexistent", "..%2f..%2fetc", "20261203-000000-zzzzzz", "%2e%2e"]
)
def test_a_run_id_that_is_not_a_run_is_not_found(served, run_id) -> None:
    client, _, _ = served
    for path in (f"/runs/{run_id}", f"/runs/{run_id}/out/summary.csv", f"/runs/{run_id}/progress"):
        assert client.get(path, follow_redirects=False).status_code in (404, 303), path


def test_only_a_folder_the_page_offered_can_be_run(served, tmp_path) -> None:
    client = _app(tmp_path)
    _sign_in(client)
    offered = tmp_path / "data" / "returns-2021"
    offered.mkdir()
    (offered / "asc.docx").write_bytes((SAMPLES / "asc.docx").read_bytes())
    (tmp_path / "data" / "linked").symlink_to(SAMPLES)
    home = client.get("/").text
    assert '<option value="returns-2021">' in home
    assert "linked" not in home and ".s11" not in home
    for folder in ("../../etc", "/etc", str(SAMPLES), "linked", ".s11", "returns-2021/.."):
        form = {"csrf": _csrf(client), "framework": "gscp-2021", "cycle": "2021", "folder": folder}
        assert client.post("/runs", data=form, follow_redirects=False).status_code == 400, folder
    form = {"csrf": _csrf(client), "framework": "gscp-2021", "cycle": "2021", "folder": "x"}
    assert client.post("/runs", data={**form, "framework": "../x"}).status_code == 400
    assert client.post("/runs", data={**form, "cycle": "20x1"}).status_code == 400
    url = _start(client, [], folder="returns-2021")
    progress = _wait(client, url)
    assert progress["status"] == "done" and [f["name"] for f in progress["files"]] == ["asc.docx"]


# ---------------------------------------------------------------- uploads


def test_upload_names_are_slugged_and_unreadable_files_reported(served, tmp_path) -> None:
    client = _app(tmp_path)
    _sign_in(client)
    content = (SAMPLES / "asc.docx").read_bytes()
    files = [
        ("files", ("../../Evil Name<script>.DOCX", content)),
        ("files", ("C:\\Users\\x\\..\\asc.docx", content)),
        ("files", ("notes.exe", b"MZ not a return")),
    ]
    url = _start(client, files)
    progress = _wait(client, url)
    inputs = tmp_path / "data" / ".s11" / "runs" / url.rsplit("/", 1)[1] / "input"
    names = sorted(p.name for p in inputs.iterdir())
    assert names == ["asc.docx", "evil-name-script.docx", "notes.unsupported"]
    assert not list(tmp_path.glob("**/Evil*")) and not (tmp_path / "data" / "asc.docx").exists()
    states = {f["name"]: (f["state"], f["code"]) for f in progress["files"]}
    assert states["notes.unsupported"][0] == "failed" and states["notes.unsupported"][1]
    assert states["asc.docx"] == ("done", "")
    page = client.get(url).text
    assert "notes.unsupported" in page and "<script>" not in page.split("</head>")[1]


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return buffer.getvalue()


def test_a_zip_is_unpacked_flat_inside_the_run(served, tmp_path) -> None:
    client = _app(tmp_path)
    _sign_in(client)
    archive = _zip(
        {
            "../../escaped.docx": (SAMPLES / "asc.docx").read_bytes(),
            "returns/health/cafcass.pdf": (SAMPLES / "cafcass.pdf").read_bytes(),
            "/abs/path.docx": (SAMPLES / "asc.docx").read_bytes(),
        }
    )
    url = _start(client, [("files", ("batch.zip", archive))])
    progress = _wait(client, url)
    inputs = tmp_path / "data" / ".s11" / "runs" / url.rsplit("/", 1)[1] / "input"
    assert sorted(p.name for p in inputs.iterdir()) == ["cafcass.pdf", "escaped.docx", "path.docx"]
    assert not list(tmp_path.glob("escaped*")) and not list((tmp_path / "data").glob("escaped*"))
    assert progress["done"] == 3 and progress["failed"] == 0


def test_a_zip_bomb_or_a_broken_zip_is_refused_and_nothing_kept(served, tmp_path) -> None:
    client = _app(tmp_path)
    _sign_in(client)
    bomb = _zip({"a.docx": b"\0" * (40 * 1024 * 1024)})
    assert len(bomb) < 100_000
    form = {"csrf": _csrf(client), "framework": "gscp-2021", "cycle": "2021"}
    response = client.post("/runs", data=form, files=[("files", ("bomb.zip", bomb))])
    assert response.status_code == 400 and "zip limits" in response.text
    broken = client.post("/runs", data=form, files=[("files", ("b.zip", b"PK\3\4 no zip"))])
    assert broken.status_code == 400 and "not a zip file" in broken.text
    kept = [p for p in (tmp_path / "data").rglob("*") if p.is_file() and p.suffix == ".docx"]
    assert kept == []


def test_a_body_over_the_limit_is_refused(tmp_path) -> None:
    client = _app(tmp_path, max_upload_mb=0.05)
    _sign_in(client)
    form = {"csrf": _csrf(client), "framework": "gscp-2021", "cycle": "2021"}
    big = [("files", ("big.pdf", b"%PDF-1.4" + b"x" * 100_000))]
    response = client.post("/runs", data=form, files=big)
    assert response.status_code == 413 and "larger than this server accepts" in response.text

    def chunks():  # no Content-Length: counted as it arrives
        yield b'--b\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\n\r\n'
        for _ in range(20):
            yield b"x" * 10_000

    response = client.post(
        "/runs", content=chunks(), headers={"content-type": "multipart/form-data; boundary=b"}
    )
    assert response.status_code == 413


# ---------------------------------------------------------------- youth members


def test_youth_members_read_the_redacted_packs_only(served, tmp_path) -> None:
    _, url, _ = served
    client = TestClient(served[0].app)
    assert _sign_in(client, role="youth", name="Youth Member").status_code == 303
    home = client.get("/").text
    assert f"{url}/out/submissions/asc/pack-redacted.html" in home
    assert "pack.html" not in home and "Run a batch" not in home
    assert client.get(f"{url}/out/submissions/asc/pack-redacted.html").status_code == 200
    for path in (
        f"{url}/out/submissions/asc/pack.html",
        f"{url}/out/submissions/asc/pack.docx",
        f"{url}/out/submissions/asc/analysis.json",
        f"{url}/out/summary.xlsx",
        f"{url}/out/index.html",
        url,
        f"{url}/moderate/asc/1",
        f"{url}/export/moderated.xlsx",
        f"{url}/agreement",
        f"{url}/progress",
    ):
        assert client.get(path, follow_redirects=False).status_code == 403, path
    form = {"csrf": _csrf(client), "rating": "green", "reviewer": "first"}
    assert client.post(f"{url}/moderate/asc/1", data=form).status_code == 403
    verdict = {"csrf": _csrf(client), "verdict-0": "not_evidence:"}
    assert client.post(f"{url}/moderate/asc/1/evidence", data=verdict).status_code == 403


# ---------------------------------------------------------------- moderation


def test_moderation_is_stored_logged_shown_and_exported(served) -> None:
    client, url, _ = served
    cell = client.get(f"{url}/moderate/asc/4").text
    assert "OVER_RATED" in cell and "Not moderated yet" in cell
    form = {
        "csrf": _csrf(client),
        "reviewer": "first",
        "rating": "amber",
        "gap-OVER_RATED": "agree",
        "note": "Audit named but no figures.",
    }
    response = client.post(f"{url}/moderate/asc/4", data=form, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].endswith("#row-asc")
    second = {**form, "reviewer": "second", "rating": "red", "note": ""}
    assert client.post(f"{url}/moderate/asc/4", data=second).status_code == 200
    changed = {**form, "rating": "red", "note": "On reflection red."}
    assert client.post(f"{url}/moderate/asc/4", data=changed).status_code == 200

    cell = client.get(f"{url}/moderate/asc/4").text
    assert cell.count("<tr><td>") == 3  # every change kept: amber, second's red, red
    assert "Audit named but no figures." in cell and "On reflection red." in cell
    assert "Ann Reviewer" in cell
    grid_page = client.get(url).text
    row = grid_page.split('id="row-asc"')[1].split("</tr>")[0]
    assert "Panel: Red" in row and "2nd: Red" in row

    export = client.get(f"{url}/export/moderated.xlsx")
    assert export.status_code == 200
    assert "moderated-gscp-2021-2021.xlsx" in export.headers["content-disposition"]
    sheet = load_workbook(io.BytesIO(export.content))["Moderated ratings"]
    rows = {r[0]: r[1:] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert str(rows["Gloucestershire County Council Adult Social Care"][3]).lower() == "red"
    csv_text = client.get(f"{url}/export/moderated.csv").text
    assert "Gloucestershire County Council Adult Social Care,,,,red" in csv_text
    agreement = client.get(f"{url}/agreement").text
    assert "100% of 1" in agreement  # the two reviewers agree on the one cell both rated


@pytest.mark.parametrize(
    "field, value, status",
    [("rating", "purple", 400), ("reviewer", "third", 400), ("csrf", "stale", 403)],
)
def test_a_moderation_that_cannot_be_meant_is_refused(served, field, value, status) -> None:
    client, url, _ = served
    form = {"csrf": _csrf(client), "reviewer": "first", "rating": "green", field: value}
    assert client.post(f"{url}/moderate/asc/2", data=form).status_code == status
    assert "Not moderated yet" in client.get(f"{url}/moderate/asc/2").text


def test_evidence_verdicts_are_stored_shown_and_read_by_the_learning(served) -> None:
    from pipeline.cycles.store import HistoryStore
    from pipeline.moderation.verdicts import current_verdicts

    client, url, folder = served
    cell = client.get(f"{url}/moderate/cafcass/2").text
    assert 'id="verdicts"' in cell and "Right as it is" in cell
    record = json.loads((folder / "out" / "submissions" / "cafcass" / "analysis.json").read_text())
    items = next(s for s in record["standards"] if s["id"] == "2")["evidence"]
    other = next(s for s in ("assertion", "impact") if s != items[0]["strength"])
    form = {
        "csrf": _csrf(client),
        "verdict-0": f"strength:{other}",
        "verdict-1": "not_evidence:",
        "verdict-2": "",
        "note": "Read at the panel.",
    }
    response = client.post(f"{url}/moderate/cafcass/2/evidence", data=form, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].endswith("#evidence")
    cell = client.get(f"{url}/moderate/cafcass/2").text
    assert f"strength is {other}" in cell and "not evidence" in cell
    with HistoryStore(folder.parents[1] / "history.db") as store:
        said = [v for v in current_verdicts(store, "gscp-2021", [2021]) if v.file == "cafcass.pdf"]
    assert {(v.text, v.verdict, v.strength) for v in said} >= {
        (items[0]["text"], "strength", other),
        (items[1]["text"], "not_evidence", None),
    }
    assert all(v.who == "Ann Reviewer" and v.source == "serve" for v in said)
    assert all(v.note == "Read at the panel." for v in said)


@pytest.mark.parametrize(
    "fields, status",
    [
        ({"verdict-999": "not_evidence:"}, 400),  # a sentence the cell does not hold
        ({"verdict-x": "not_evidence:"}, 400),
        ({"verdict-0": "indicator:S9.made-up"}, 400),  # not one of its indicators
        ({"verdict-0": "strength:purple"}, 400),
        ({"verdict-0": "liked:"}, 400),
        ({"verdict-0": ""}, 400),  # nothing chosen
        ({"verdict-0": "not_evidence:", "csrf": "stale"}, 403),
    ],
)
def test_an_evidence_verdict_that_cannot_be_meant_is_refused(served, fields, status) -> None:
    from pipeline.cycles.store import HistoryStore
    from pipeline.moderation.verdicts import current_verdicts

    client, url, folder = served
    form = {"csrf": _csrf(client), **fields}
    assert client.post(f"{url}/moderate/asc/3/evidence", data=form).status_code == status
    assert "Recorded by" not in client.get(f"{url}/moderate/asc/3").text
    with HistoryStore(folder.parents[1] / "history.db") as store:
        assert not [v for v in current_verdicts(store, "gscp-2021") if v.file == "asc.docx"]


def test_moderating_a_cell_that_is_not_there_is_not_found(served) -> None:
    client, url, _ = served
    for path in ("moderate/asc/9", "moderate/nobody/1", "moderate/..%2f/1", "export/x.xlsx"):
        assert client.get(f"{url}/{path}").status_code == 404, path


def test_script_in_a_name_or_note_is_shown_as_text(served) -> None:
    client = TestClient(served[0].app)
    _, url, _ = served
    _sign_in(client, name='<img src=x onerror="alert(1)">')
    note = "<script>alert('note')</script>"
    form = {"csrf": _csrf(client), "reviewer": "first", "rating": "green", "note": note}
    client.post(f"{url}/moderate/cafcass/1", data=form)
    page = client.get(f"{url}/moderate/cafcass/1").text
    assert note not in page and "&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "&lt;img src=x" in page


# ---------------------------------------------------------------- starting the server


def test_the_server_refuses_to_start_exposed(tmp_path) -> None:
    base = {"data": tmp_path, "db": tmp_path / "h.db"}
    with pytest.raises(ServeRefused, match="panel password"):
        check(ServeConfig(**base, host="0.0.0.0"))
    with pytest.raises(ServeRefused, match="at least 12"):
        check(ServeConfig(**base, panel_password="short"))
    with pytest.raises(ServeRefused, match="differ"):
        check(ServeConfig(**base, panel_password=PANEL_PASSWORD, youth_password=PANEL_PASSWORD))
    check(ServeConfig(**base, host="0.0.0.0", panel_password=PANEL_PASSWORD))
    check(ServeConfig(**base))


def test_passwords_come_from_a_file_or_the_environment(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("S11_SERVE_PASSWORD", raising=False)
    monkeypatch.delenv("S11_SERVE_YOUTH_PASSWORD", raising=False)
    assert passwords(None) == (None, None)
    monkeypatch.setenv("S11_SERVE_PASSWORD", PANEL_PASSWORD)
    assert passwords(None) == (PANEL_PASSWORD, None)
    secrets = tmp_path / "secrets"
    secrets.write_text("panel-secret-long\nyouth-secret-long\n", encoding="utf-8")
    assert passwords(str(secrets)) == ("panel-secret-long", "youth-secret-long")
    with pytest.raises(ServeRefused, match="cannot read"):
        passwords(str(tmp_path / "missing"))


def test_the_command_refuses_an_exposed_address_before_listening(tmp_path, monkeypatch, capsys):
    from pipeline.cli import main

    monkeypatch.delenv("S11_SERVE_PASSWORD", raising=False)
    code = main(["serve", "--data", str(tmp_path / "d"), "--host", "0.0.0.0"])
    assert code == 2
    assert "set a panel password" in capsys.readouterr().err
