"""Runs started from the browser: one folder per run under ``DATA/.s11/runs/<id>/`` holding
``input/`` (the uploaded files, when uploaded), ``out/`` (what ``s11 run`` writes) and
``run.json`` (what was asked for and how it ended).

Runs are carried out one at a time, in a background thread, by
:func:`pipeline.run.batch.run_batch`, with the same worker processes, limits, cache and
history recording as the command line. The progress of a running batch is kept in memory and
read by the page every second; a run the server was stopped during is shown as interrupted.
"""

from __future__ import annotations

import json
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pipeline.files import write_text
from pipeline.values import Analysis

RUN_ID = re.compile(r"^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$")


@dataclass
class FileState:
    name: str
    state: str = "waiting"  # waiting | done | failed
    code: str = ""  # the error code of a failed file


@dataclass
class RunState:
    id: str
    framework: str
    cycle: int
    source: str  # "upload" or the folder under --data
    who: str
    created: str
    deadline: str | None = None
    status: str = "queued"  # queued | running | done | failed | interrupted
    error: str | None = None
    finished: str | None = None
    seconds: float | None = None
    files: list[FileState] = field(default_factory=list)

    def progress(self) -> dict[str, Any]:
        done = sum(1 for f in self.files if f.state != "waiting")
        failed = sum(1 for f in self.files if f.state == "failed")
        return {
            "id": self.id,
            "status": self.status,
            "error": self.error,
            "total": len(self.files),
            "done": done,
            "failed": failed,
            "files": [asdict(f) for f in self.files],
        }


@dataclass(frozen=True)
class RunConfig:
    """What every run of this server shares: set when it starts."""

    data: Path
    db: Path
    workers: int = 1
    use_model: bool = True
    limits: Any = None  # pipeline.ingest.Limits; None: the defaults


class Runs:
    """The runs of this server: started, watched, listed."""

    def __init__(self, config: RunConfig) -> None:
        self.config = config
        self.root = config.data / ".s11" / "runs"
        self.root.mkdir(parents=True, exist_ok=True)
        self._states: dict[str, RunState] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="s11-run")
        for folder in sorted(self.root.iterdir()):
            state = self._read(folder)
            if state is not None:
                self._states[state.id] = state

    # -- folders

    def folder(self, run_id: str) -> Path:
        if not RUN_ID.match(run_id):
            raise KeyError(run_id)
        return self.root / run_id

    def new_id(self) -> str:
        import secrets

        return f"{datetime.now(UTC):%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"

    def _read(self, folder: Path) -> RunState | None:
        try:
            raw = json.loads((folder / "run.json").read_text(encoding="utf-8"))
            files = [FileState(**f) for f in raw.pop("files", [])]
            state = RunState(**raw, files=files)
        except (OSError, ValueError, TypeError):
            return None
        if state.status in ("queued", "running"):
            state.status, state.error = "interrupted", "the server stopped while this run was going"
        return state

    def _save(self, state: RunState) -> None:
        write_text(self.folder(state.id) / "run.json", json.dumps(asdict(state), indent=1))

    # -- reading

    def get(self, run_id: str) -> RunState:
        with self._lock:
            return self._states[run_id]

    def all(self) -> list[RunState]:
        with self._lock:
            return sorted(self._states.values(), key=lambda s: s.id, reverse=True)

    def summary(self, run_id: str) -> dict[str, Any] | None:
        path = self.folder(run_id) / "out" / "summary.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    # -- starting

    def start(
        self,
        run_id: str,
        inputs: Path,
        framework: str,
        cycle: int,
        source: str,
        who: str,
        deadline: date | None,
    ) -> RunState:
        from pipeline.run.batch import collect

        files = [FileState(path.name) for path in collect([inputs])]
        state = RunState(
            id=run_id,
            framework=framework,
            cycle=cycle,
            source=source,
            who=who,
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            deadline=deadline.isoformat() if deadline else None,
            files=files,
        )
        self.folder(run_id).mkdir(parents=True, exist_ok=True)
        with self._lock:
            self._states[run_id] = state
        self._save(state)
        self._pool.submit(self._carry_out, state, inputs, deadline)
        return state

    def _carry_out(self, state: RunState, inputs: Path, deadline: date | None) -> None:
        from pipeline.cycles.changes import history_step
        from pipeline.cycles.store import HistoryStore, record_batch
        from pipeline.run.batch import RunOptions, run_batch
        from pipeline.settings import Settings

        state.status = "running"
        started = time.perf_counter()
        settings = Settings(
            framework=state.framework,
            use_model=self.config.use_model,
            cache_dir=str(self.config.data / ".s11" / "cache"),
            **({"limits": self.config.limits} if self.config.limits else {}),
        )
        options = RunOptions(workers=self.config.workers, deadline=deadline)
        try:
            with HistoryStore(self.config.db) as store:
                batch = run_batch(
                    [inputs],
                    self.folder(state.id) / "out",
                    settings,
                    options,
                    progress=lambda analysis: self._progress(state, analysis),
                    before_write=history_step(store, state.cycle),
                )
                record_batch(store, batch, state.cycle)
            state.status = "done"
        except Exception as exc:  # the run's own failure, shown on its page; the server goes on
            state.status, state.error = "failed", f"{type(exc).__name__}: {exc}"
        state.finished = datetime.now(UTC).isoformat(timespec="seconds")
        state.seconds = round(time.perf_counter() - started, 1)
        self._save(state)

    def _progress(self, state: RunState, analysis: Analysis) -> None:
        name = Path(analysis.file).name
        with self._lock:
            for entry in state.files:
                if entry.state == "waiting" and entry.name == name:
                    ok = analysis.status == "ok"
                    entry.state = "done" if ok else "failed"
                    entry.code = "" if ok or analysis.error is None else analysis.error.code
                    break

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
