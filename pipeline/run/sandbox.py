"""One worker process that analyses a file at a time and can be killed at any moment: the
unit every executor uses to hold the time and memory limits.

The parent sends the Settings, waits for the worker's "ready" (its Toolkit built, so that
loading spaCy and the model is not counted against any file), then sends one path at a time
and waits for the Analysis with a deadline. A worker past the time limit, or holding more
than the memory limit (read from ``/proc`` on Linux), is killed; a worker that dies is
noticed by the end of its pipe. Either way the caller starts a fresh one.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from contextlib import suppress
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from pipeline.run.worker import failed, identity_mismatch, runtime_identity, serve, toolkit_for
from pipeline.settings import Settings
from pipeline.values import Analysis, ErrorInfo, S11Error

Job = tuple[int, Path]  # (position in the batch, file)

STARTUP_TIMEOUT_S = 600.0  # building a Toolkit loads spaCy and the model: seconds, not minutes
CHECK_EVERY_S = 0.25  # how often a busy worker's memory is looked at
_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class WorkerError(S11Error):
    """A worker process could not start, so no file can be analysed."""


# ---------------------------------------------------------------- one worker process


class Sandbox:
    """One worker process that analyses a file at a time and can be killed at any moment.

    ``how`` is "fork" (cheapest: the child inherits the parent's Toolkit), "spawn", or
    "subprocess" (``python -m pipeline.run.worker``, for a parent that may not have children of
    its own through multiprocessing, such as a daemonic Dask worker).
    """

    def __init__(self, settings: Settings, how: str) -> None:
        self.settings = settings
        self.how = how
        self.job: Job | None = None
        self.deadline = 0.0
        self.ready = False
        self.inbox: Connection | None = None  # results from the worker
        self.outbox: Connection | None = None  # paths to the worker
        self._process: Any = None
        self.starts = 0  # each start builds a Toolkit in the new process
        self.baseline_mb = 0.0  # resident memory when ready, before any file
        # where the worker renders each job's packs (a folder per job), if anywhere
        self.render_into: Path | None = None

    def start(self) -> None:
        self.ready, self.job = False, None
        self.starts += 1
        from_worker, worker_out = multiprocessing.Pipe(duplex=False)
        worker_in, to_worker = multiprocessing.Pipe(duplex=False)
        if self.how == "subprocess":
            fds = (worker_in.fileno(), worker_out.fileno())
            # -P: the working directory is not put on sys.path, so the worker imports the
            # installed package, never a copy of the project beside where the run started.
            self._process = subprocess.Popen(
                [sys.executable, "-P", "-m", "pipeline.run.worker", *map(str, fds)],
                pass_fds=fds,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
            )
        else:
            context: Any = multiprocessing.get_context(self.how)
            self._process = context.Process(
                target=serve, args=(worker_in, worker_out), name="s11-worker", daemon=True
            )
            self._process.start()
        worker_in.close()
        worker_out.close()
        self.inbox, self.outbox = from_worker, to_worker
        to_worker.send((self.settings, self.render_into is not None))
        self.deadline = time.monotonic() + STARTUP_TIMEOUT_S

    def submit(self, job: Job) -> None:
        assert self.outbox is not None
        self.job = job
        if self.render_into is None:
            self.outbox.send(str(job[1]))
        else:
            self.outbox.send((str(job[1]), str(self.render_into / str(job[0]))))
        self.deadline = time.monotonic() + self.settings.limits.timeout_s

    def receive(self) -> Any:
        """The worker's next message; EOFError when it has died."""
        assert self.inbox is not None
        return self.inbox.recv()

    def exit_code(self) -> int | None:
        if self._process is None:
            return None
        if isinstance(self._process, subprocess.Popen):
            try:
                return self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                return None
        self._process.join(5)
        return self._process.exitcode

    def resident_mb(self) -> float | None:
        """The worker's resident memory in MB, where the system tells (Linux)."""
        pid = getattr(self._process, "pid", None)
        if pid is None:
            return None
        try:
            with open(f"/proc/{pid}/statm", "rb") as stream:
                pages = int(stream.read().split()[1])
        except (OSError, ValueError, IndexError):
            return None
        return pages * _PAGE_BYTES / 1048576

    def over_memory(self) -> bool:
        """True when the worker holds more than the memory limit on top of what it held when
        it became ready (a forked worker starts out holding its parent's pages)."""
        resident = self.resident_mb()
        if resident is None:
            return False
        return resident - self.baseline_mb > self.settings.limits.max_memory_mb

    def kill(self) -> None:
        if self._process is not None:
            self._process.kill()
            self.exit_code()
            self._process = None
        for connection in (self.inbox, self.outbox):
            if connection is not None:
                connection.close()
        self.inbox = self.outbox = None
        self.ready, self.job = False, None

    def close(self) -> None:
        """Ask the worker to stop, then make sure it has."""
        if self.outbox is not None and self._process is not None:
            with suppress(OSError):
                self.outbox.send(None)
        self.kill()

    def analyse(self, path: Path) -> Analysis:
        """Analyse one file, blocking, within the time limit (starting the worker if need
        be). For callers that run one file at a time, such as a Dask task."""
        if self.inbox is None:
            self.start()
            self._await_ready()
        self.submit((0, path))
        assert self.inbox is not None
        while not self.inbox.poll(min(CHECK_EVERY_S, max(0.0, self.deadline - time.monotonic()))):
            limits = self.settings.limits
            if self.over_memory():
                self.kill()
                return failed(path, toolkit_for(self.settings), limits.out_of_memory(path.name))
            if time.monotonic() >= self.deadline:
                self.kill()
                return failed(path, toolkit_for(self.settings), limits.timed_out(path.name))
        try:
            analysis: Analysis = self.receive()
        except (EOFError, OSError):
            error = ErrorInfo("CORRUPT", died(self), transient=True)
            analysis = failed(path, toolkit_for(self.settings), error)
            self.kill()
        self.job = None
        return analysis

    def _await_ready(self) -> None:
        assert self.inbox is not None
        if not self.inbox.poll(STARTUP_TIMEOUT_S):
            self.kill()
            raise WorkerError("a worker process did not start in time")
        try:
            message = self.receive()
        except (EOFError, OSError):
            raise WorkerError(f"a worker process could not start: {died(self)}") from None
        self._accept_ready(message)

    def _accept_ready(self, message: Any) -> None:
        if not (isinstance(message, tuple) and len(message) == 2 and message[0] == "ready"):
            self.kill()
            detail = message[1] if isinstance(message, tuple) and len(message) == 2 else message
            raise WorkerError(f"a worker process could not start: {detail}")
        mismatch = identity_mismatch(runtime_identity(self.settings), tuple(message[1]))
        if mismatch:
            self.kill()
            raise WorkerError(mismatch)
        self.ready = True
        self.baseline_mb = self.resident_mb() or 0.0


def default_start_method() -> str:
    """fork on Linux (workers inherit the loaded Toolkit and start at once); spawn elsewhere,
    and "subprocess" inside a daemonic process, which multiprocessing forbids children."""
    if multiprocessing.current_process().daemon:
        return "subprocess"
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def died(sandbox: Sandbox) -> str:
    """Why a worker's file failed when the worker vanished."""
    code = sandbox.exit_code()
    how = f"exit code {code}" if code is not None else "no exit code"
    if code == -getattr(signal, "SIGKILL", 9):
        how += ", killed: perhaps out of memory"
    return f"the worker reading it stopped unexpectedly ({how})"
