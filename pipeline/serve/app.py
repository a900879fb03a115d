"""The web application: routes, sign-in, and the headers every response carries.

Roles: a *panel* member runs batches, reads every pack, moderates and downloads; a *youth*
member reads the redacted packs only. Sign-in asks for a name (the moderation log records it)
and, when one was set at start, the role's password. A server bound to anything but the
loopback interface refuses to start without a panel password
(:func:`pipeline.serve.server.check`).

Every form carries the session's CSRF token and every POST is refused without it; sessions
are random tokens in an HttpOnly, SameSite=Strict cookie; the Host header must be one this
server answers to (against DNS rebinding); pages the pipeline wrote are served with a
Content-Security-Policy that allows no script at all, and the application's own pages allow
only its own script file.
"""

from __future__ import annotations

import re
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pipeline.moderation.agreement import agreement_table
from pipeline.moderation.grid import (
    agency_key,
    agreement_csv,
    grid,
    moderated_csv,
    moderated_workbook,
)
from pipeline.moderation.store import RATINGS, REVIEWERS, Decision, changes, current, record
from pipeline.moderation.verdicts import EvidenceVerdict, current_verdicts, record_verdicts
from pipeline.serve.runs import RunConfig, Runs, RunState
from pipeline.serve.safety import Refused, ZipLimits, inside, new_token, same, unpack, upload_name
from pipeline.values import STRENGTHS

HERE = Path(__file__).parent
SESSION_COOKIE = "s11_session"
LOGIN_COOKIE = "s11_login"
SESSION_HOURS = 12
APP_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
# The pipeline's pages carry their style inline and need no script: none may run.
OUTPUT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
OUTPUT_PATH = re.compile(r"^/runs/[^/]+/out/")
DOWNLOAD_TYPES = {".xlsx", ".csv", ".docx", ".json"}


@dataclass(frozen=True)
class ServeConfig:
    data: Path
    db: Path
    host: str = "127.0.0.1"
    port: int = 8011
    panel_password: str | None = None
    youth_password: str | None = None
    max_upload_mb: float = 200.0
    workers: int = 1
    use_model: bool = True
    limits: Any = None  # pipeline.ingest.Limits


@dataclass
class Session:
    name: str
    role: str  # panel | youth
    csrf: str
    created: float = field(default_factory=time.time)


def loopback(host: str) -> bool:
    return host in ("127.0.0.1", "localhost", "::1") or host.startswith("127.")


# ---------------------------------------------------------------- middleware


class UploadTooLarge(Exception):
    pass


class BodyLimit:
    """Refuse a request body over the limit: by its Content-Length at once, and by counting
    the bytes as they arrive when it gives none (or lies)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length", b"0")
        if not length.isdigit() or int(length) > self.max_bytes:
            await _too_large(self.max_bytes)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise UploadTooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except UploadTooLarge:
            await _too_large(self.max_bytes)(scope, receive, send)


def _too_large(max_bytes: int) -> Response:
    return PlainTextResponse(
        f"The upload is larger than this server accepts ({max_bytes / 1048576:g} MB); "
        "send fewer files at a time.",
        status_code=413,
    )


class Headers:
    """Security headers on every response; the CSP depends on whose page it is."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        output = OUTPUT_PATH.match(scope["path"]) is not None

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = [
                    (b"content-security-policy", (OUTPUT_CSP if output else APP_CSP).encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"DENY"),
                    (b"cache-control", b"no-store"),
                ]
                message["headers"] = list(message.get("headers") or []) + extra
            await send(message)

        await self.app(scope, receive, with_headers)


# ---------------------------------------------------------------- the application


class Workspace:
    """The state one server holds: its configuration, runs, sessions and templates."""

    def __init__(self, config: ServeConfig) -> None:
        from pipeline.rules import load_framework

        self.config = config
        config.data.mkdir(parents=True, exist_ok=True)
        self.runs = Runs(
            RunConfig(config.data, config.db, config.workers, config.use_model, config.limits)
        )
        self.sessions: dict[str, Session] = {}
        self.failures: deque[float] = deque(maxlen=20)
        self.templates = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.load_framework = load_framework

    # -- sessions

    def session(self, request: Request) -> Session | None:
        token = request.cookies.get(SESSION_COOKIE)
        found = self.sessions.get(token or "")
        if found is None or time.time() - found.created > SESSION_HOURS * 3600:
            return None
        return found

    def require(self, request: Request, role: str = "panel") -> Session:
        session = self.session(request)
        if session is None:
            raise HTTPException(401, "sign in first")
        if role == "panel" and session.role != "panel":
            raise HTTPException(403, "youth members can read the redacted packs only")
        return session

    async def form(self, request: Request, session: Session | None) -> Any:
        """The posted form, after the CSRF check (the session's token, else the sign-in
        page's cookie) and a check that the request comes from this server's own pages."""
        origin = request.headers.get("origin")
        if origin and origin.split("://", 1)[-1] != request.headers.get("host"):
            raise HTTPException(403, "this form was sent from another site")
        form = await request.form(max_files=200, max_fields=200, max_part_size=1024 * 1024)
        expected = session.csrf if session else request.cookies.get(LOGIN_COOKIE)
        if not same(str(form.get("csrf") or ""), expected):
            raise HTTPException(403, "the form has expired or was not sent from this site")
        return form

    def page(self, name: str, status: int = 200, **values: Any) -> HTMLResponse:
        html = self.templates.get_template(name).render(**values)
        return HTMLResponse(html, status_code=status)

    # -- data

    def folders(self) -> list[str]:
        """Folders under --data a run may be started on (two levels, hidden ones left out)."""
        found = []
        root = self.config.data.resolve()
        for path in sorted(root.glob("*")) + sorted(root.glob("*/*")):
            relative = path.relative_to(root)
            if any(p.startswith(".") for p in relative.parts) or path.is_symlink():
                continue
            if path.is_dir() and any(f.is_file() for f in path.iterdir()):
                found.append(relative.as_posix())
        return found

    def frameworks(self) -> list[str]:
        from pipeline.rules import rules_dir

        return sorted(p.stem for p in (rules_dir() / "frameworks").glob("*.yml"))


def _state(workspace: Workspace, run_id: str) -> RunState:
    try:
        return workspace.runs.get(run_id)
    except KeyError:
        raise HTTPException(404, "no such run") from None


def _cookie(response: Response, name: str, value: str, max_age: int) -> None:
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="strict", path="/")


def create_app(config: ServeConfig) -> Starlette:
    workspace = Workspace(config)

    async def home(request: Request) -> Response:
        session = workspace.session(request)
        if session is None:
            return RedirectResponse("/login", 303)
        runs = workspace.runs.all()
        if session.role == "youth":
            return workspace.page(
                "youth.html.j2",
                session=session,
                runs=runs,
                summaries={r.id: workspace.runs.summary(r.id) for r in runs if r.status == "done"},
            )
        year = workspace.load_framework(None).audit_year
        return workspace.page(
            "home.html.j2",
            session=session,
            runs=runs,
            folders=workspace.folders(),
            frameworks=workspace.frameworks(),
            cycle=year,
            max_upload_mb=config.max_upload_mb,
        )

    def sign_in_form(token: str | None, status: int = 200, error: str = "") -> HTMLResponse:
        return workspace.page(
            "login.html.j2",
            status=status,
            csrf=token,
            error=error,
            panel_password=bool(config.panel_password),
            youth_password=bool(config.youth_password),
            youth_open=bool(config.youth_password) or loopback(config.host),
        )

    async def login_page(request: Request) -> Response:
        token = request.cookies.get(LOGIN_COOKIE) or new_token()
        response = sign_in_form(token)
        _cookie(response, LOGIN_COOKIE, token, 3600)
        return response

    async def login(request: Request) -> Response:
        now = time.monotonic()
        recent = [t for t in workspace.failures if now - t < 60]
        if len(recent) >= 10:
            return PlainTextResponse("Too many failed sign-ins; wait a minute.", 429)
        form = await workspace.form(request, None)
        name = str(form.get("name") or "").strip()[:80]
        role = str(form.get("role") or "panel")
        password = str(form.get("password") or "")
        needed = {"panel": config.panel_password, "youth": config.youth_password}.get(role)
        allowed = role in ("panel", "youth") and name
        if role == "youth" and not config.youth_password and not loopback(config.host):
            allowed = False  # on a shared address, youth sign-in needs its own password
        if allowed and needed is not None and not same(password, needed):
            allowed = False
        if not allowed:
            workspace.failures.append(now)
            return sign_in_form(
                request.cookies.get(LOGIN_COOKIE), 403, "Name, role or password not accepted."
            )
        token = new_token()
        workspace.sessions[token] = Session(name=name, role=role, csrf=new_token())
        response = RedirectResponse("/", 303)
        _cookie(response, SESSION_COOKIE, token, SESSION_HOURS * 3600)
        response.delete_cookie(LOGIN_COOKIE, path="/")
        return response

    async def logout(request: Request) -> Response:
        session = workspace.require(request, role="any")
        await workspace.form(request, session)
        workspace.sessions.pop(request.cookies.get(SESSION_COOKIE) or "", None)
        response = RedirectResponse("/login", 303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    async def start_run(request: Request) -> Response:
        session = workspace.require(request)
        form = await workspace.form(request, session)
        framework = str(form.get("framework") or "")
        if framework not in workspace.frameworks():
            raise HTTPException(400, "choose one of the frameworks offered")
        try:
            cycle = int(str(form.get("cycle") or ""))
            deadline_text = str(form.get("deadline") or "")
            deadline = date.fromisoformat(deadline_text) if deadline_text else None
        except ValueError:
            raise HTTPException(400, "the cycle must be a year and the deadline a date") from None
        if not 1990 <= cycle <= 2100:
            raise HTTPException(400, "the cycle must be a year")
        run_id = workspace.runs.new_id()
        folder = workspace.runs.folder(run_id)
        uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
        chosen = str(form.get("folder") or "")
        if uploads:
            inputs = folder / "input"
            inputs.mkdir(parents=True)
            try:
                await _save_uploads(uploads, inputs, config)
            except Refused as exc:
                raise HTTPException(400, str(exc)) from None
            source = "upload"
        elif chosen:
            if chosen not in workspace.folders():  # only a folder the page offered
                raise HTTPException(400, "choose one of the folders offered")
            inputs = config.data.resolve() / chosen
            source = chosen
        else:
            raise HTTPException(400, "choose files to upload or a folder")
        workspace.runs.start(run_id, inputs, framework, cycle, source, session.name, deadline)
        return RedirectResponse(f"/runs/{run_id}", 303)

    async def run_page(request: Request) -> Response:
        session = workspace.require(request)
        state = _state(workspace, request.path_params["run_id"])
        summary = workspace.runs.summary(state.id) if state.status == "done" else None
        values: dict[str, Any] = {"session": session, "run": state, "summary": summary}
        if summary is not None:
            framework = workspace.load_framework(state.framework)
            ids = [s.id for s in framework.standards]
            decisions = _decisions(workspace, state)
            values |= {
                "standards": framework.standards,
                "rows": grid(summary, decisions, ids),
                "failed": [s for s in summary["submissions"] if s["status"] != "ok"],
                "late": [s for s in summary["submissions"] if s.get("late")],
            }
        return workspace.page("run.html.j2", **values)

    async def progress(request: Request) -> Response:
        workspace.require(request)
        state = _state(workspace, request.path_params["run_id"])
        return JSONResponse(state.progress())

    async def output(request: Request) -> Response:
        session = workspace.require(request, role="any")
        state = _state(workspace, request.path_params["run_id"])
        relative = request.path_params["path"]
        if session.role == "youth" and not _redacted_pack(relative):
            raise HTTPException(403, "youth members can read the redacted packs only")
        try:
            path = inside(workspace.runs.folder(state.id) / "out", relative)
        except Refused as exc:
            raise HTTPException(404, str(exc)) from None
        if path.suffix in DOWNLOAD_TYPES:
            return FileResponse(path, filename=path.name)
        return FileResponse(path)

    async def cell_page(request: Request) -> Response:
        session = workspace.require(request)
        state, entry, standard = _cell(workspace, request)
        agency = agency_key(entry)
        decisions = _decisions(workspace, state)
        record_ = _record(workspace, state, entry)
        found: dict[str, Any] = next(
            (s for s in record_.get("standards", []) if str(s["id"]) == standard.id), {}
        )
        with _store(workspace) as store:
            log = [
                d
                for d in changes(store, state.cycle, state.framework, agency)
                if d.standard_id == standard.id
            ]
            said = _verdicts_on(store, state, str(entry.get("file") or ""), standard.id)
        evidence = [
            {**item, "verdict": said.get(str(item.get("text") or ""))}
            for item in found.get("evidence") or []
        ]
        return workspace.page(
            "cell.html.j2",
            session=session,
            run=state,
            entry=entry,
            agency=agency,
            standard=standard,
            found=found,
            first=decisions.get((agency, standard.id, "first")),
            second=decisions.get((agency, standard.id, "second")),
            log=log,
            ratings=RATINGS,
            evidence=evidence,
            strengths=STRENGTHS,
        )

    async def save_cell(request: Request) -> Response:
        session = workspace.require(request)
        state, entry, standard = _cell(workspace, request)
        form = await workspace.form(request, session)
        reviewer = str(form.get("reviewer") or "first")
        rating = str(form.get("rating") or "") or None
        if reviewer not in REVIEWERS or (rating is not None and rating not in RATINGS):
            raise HTTPException(400, "choose a reviewer and green, amber or red")
        found = (entry.get("standards") or {}).get(standard.id) or {}
        verdicts = {}
        for gap in found.get("gaps") or []:
            answer = str(form.get(f"gap-{gap}") or "")
            if answer in ("agree", "disagree"):
                verdicts[gap] = answer == "agree"
        decision = Decision(
            cycle=state.cycle,
            framework=state.framework,
            agency=agency_key(entry),
            standard_id=standard.id,
            reviewer=reviewer,  # type: ignore[arg-type]
            rating=rating,
            who=session.name,
            note=str(form.get("note") or "").strip(),
            gap_verdicts=verdicts,
            self_rating=found.get("self_rating"),
            evidence_rating=found.get("evidence_rating"),
        )
        try:
            with _store(workspace) as store:
                record(store, [decision])
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from None
        return RedirectResponse(f"/runs/{state.id}#row-{request.path_params['slug']}", 303)

    async def save_evidence(request: Request) -> Response:
        """The panel's verdicts on the sentences the tool quoted for one cell. A field
        names a sentence by its place in the tool's own list, never by posted text, so
        only sentences the pack showed can be judged."""
        session = workspace.require(request)
        state, entry, standard = _cell(workspace, request)
        form = await workspace.form(request, session)
        found: dict[str, Any] = next(
            (
                s
                for s in _record(workspace, state, entry).get("standards", [])
                if str(s["id"]) == standard.id
            ),
            {},
        )
        items = found.get("evidence") or []
        note = str(form.get("note") or "").strip()[:2000]
        verdicts = []
        for key in form:
            if not key.startswith("verdict-") or not str(form.get(key) or ""):
                continue
            number = key.removeprefix("verdict-")
            if not number.isdigit() or int(number) >= len(items):
                raise HTTPException(400, "a verdict names a sentence this cell does not hold")
            item = items[int(number)]
            kind, _, value = str(form.get(key)).partition(":")
            if kind == "indicator" and value not in (item.get("indicators") or []):
                raise HTTPException(400, "an indicator verdict must name one of its indicators")
            verdicts.append(
                EvidenceVerdict(
                    cycle=state.cycle,
                    framework=state.framework,
                    file=str(entry.get("file") or ""),
                    standard_id=standard.id,
                    text=str(item.get("text") or ""),
                    verdict=kind,
                    who=session.name,
                    strength=value if kind == "strength" else None,
                    indicator=value if kind == "indicator" else "",
                    note=note,
                    source="serve",
                )
            )
        if not verdicts:
            raise HTTPException(400, "choose a verdict for at least one sentence")
        try:
            with _store(workspace) as store:
                record_verdicts(store, verdicts)
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from None
        slug = request.path_params["slug"]
        return RedirectResponse(f"/runs/{state.id}/moderate/{slug}/{standard.id}#evidence", 303)

    async def export(request: Request) -> Response:
        workspace.require(request)
        state = _state(workspace, request.path_params["run_id"])
        summary = workspace.runs.summary(state.id)
        if summary is None:
            raise HTTPException(404, "this run has no results yet")
        ids = [s.id for s in workspace.load_framework(state.framework).standards]
        decisions = _decisions(workspace, state)
        rows = grid(summary, decisions, ids)
        name = request.path_params["name"]
        stem = f"moderated-{state.framework}-{state.cycle}"
        if name == "moderated.xlsx":
            body = moderated_workbook(rows, ids, decisions)
            kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            filename = f"{stem}.xlsx"
        elif name == "moderated.csv":
            body, kind, filename = moderated_csv(rows, ids).encode(), "text/csv", f"{stem}.csv"
        elif name == "agreement.csv":
            body = agreement_csv(decisions, ids).encode()
            kind, filename = "text/csv", f"agreement-{state.framework}-{state.cycle}.csv"
        else:
            raise HTTPException(404, "no such export")
        return Response(
            body,
            media_type=kind,
            headers={"content-disposition": f'attachment; filename="{filename}"'},
        )

    async def agreement_page(request: Request) -> Response:
        session = workspace.require(request)
        state = _state(workspace, request.path_params["run_id"])
        framework = workspace.load_framework(state.framework)
        ids = [s.id for s in framework.standards]
        table = agreement_table(_decisions(workspace, state), ids)
        return workspace.page(
            "agreement.html.j2", session=session, run=state, table=table, standards=ids
        )

    async def error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 401 and request.method == "GET":
            return RedirectResponse("/login", 303)
        return workspace.page(
            "error.html.j2",
            status=exc.status_code,
            status_code=exc.status_code,
            message=exc.detail,
            session=workspace.session(request),
        )

    run = "/runs/{run_id:str}"
    routes = [
        Route("/", home),
        Route("/login", login_page, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/runs", start_run, methods=["POST"]),
        Route(run, run_page),
        Route(f"{run}/progress", progress),
        Route(f"{run}/out/{{path:path}}", output),
        Route(f"{run}/agreement", agreement_page),
        Route(f"{run}/export/{{name:str}}", export),
        Route(f"{run}/moderate/{{slug:str}}/{{standard:str}}", cell_page, methods=["GET"]),
        Route(f"{run}/moderate/{{slug:str}}/{{standard:str}}", save_cell, methods=["POST"]),
        Route(
            f"{run}/moderate/{{slug:str}}/{{standard:str}}/evidence",
            save_evidence,
            methods=["POST"],
        ),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    hosts = sorted({"127.0.0.1", "localhost", "[::1]", config.host, "testserver"})
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(Headers),
            Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
            Middleware(BodyLimit, max_bytes=int(config.max_upload_mb * 1024 * 1024)),
        ],
        exception_handlers={HTTPException: error},
    )
    app.state.workspace = workspace
    return app


# ---------------------------------------------------------------- helpers


async def _save_uploads(uploads: list[UploadFile], into: Path, config: ServeConfig) -> None:
    """Write each upload under a slugged name; unpack zips in place of themselves."""
    taken: set[str] = set()
    limits = ZipLimits(max_total_mb=config.max_upload_mb * 4)
    for upload in uploads:
        name = upload_name(upload.filename or "upload", taken)
        target = into / name
        with target.open("wb") as sink:
            while chunk := await upload.read(1 << 20):
                sink.write(chunk)
        if name.endswith(".zip"):
            unpack(target, into, taken, limits)
            target.unlink()


def _redacted_pack(relative: str) -> bool:
    parts = relative.split("/")
    return len(parts) == 3 and parts[0] == "submissions" and parts[2] == "pack-redacted.html"


def _store(workspace: Workspace) -> Any:
    from pipeline.cycles.store import HistoryStore

    return HistoryStore(workspace.config.db, timeout=10)


def _decisions(workspace: Workspace, state: RunState) -> dict:
    with _store(workspace) as store:
        return current(store, state.cycle, state.framework)


def _verdicts_on(
    store: Any, state: RunState, file: str, standard_id: str
) -> dict[str, EvidenceVerdict]:
    """The latest verdict on each sentence of one cell, by the sentence."""
    return {
        v.text: v
        for v in current_verdicts(store, state.framework, [state.cycle])
        if v.file == file and v.standard_id == standard_id
    }


def _cell(workspace: Workspace, request: Request) -> tuple[RunState, dict[str, Any], Any]:
    """The run, its summary entry for the slug, and the standard a moderation URL names."""
    state = _state(workspace, request.path_params["run_id"])
    summary = workspace.runs.summary(state.id)
    slug, standard_id = request.path_params["slug"], request.path_params["standard"]
    entries = [
        e
        for e in (summary or {}).get("submissions", [])
        if e.get("status") == "ok" and str(e.get("analysis") or "").split("/")[1:2] == [slug]
    ]
    standards = {s.id: s for s in workspace.load_framework(state.framework).standards}
    if not entries or standard_id not in standards:
        raise HTTPException(404, "no such agency or standard in this run")
    return state, entries[0], standards[standard_id]


def _record(workspace: Workspace, state: RunState, entry: dict[str, Any]) -> dict[str, Any]:
    import json

    try:
        path = inside(workspace.runs.folder(state.id) / "out", str(entry["analysis"]))
        return json.loads(path.read_text(encoding="utf-8"))
    except (Refused, OSError, ValueError):
        return {}
