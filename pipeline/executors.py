"""Where files are analysed, each within the per-file time limit (``Limits.timeout_s``).

- :func:`run_local`: a pool of worker processes (:mod:`pipeline.worker`). The parent sends
  one file at a time to each and waits with a deadline, looking at the worker's resident
  memory (Linux) every quarter second; a worker that runs past the time or memory limit is
  killed and replaced, and that file becomes TOO_LARGE. A worker that dies (a crash in a C
  library, the out-of-memory killer) costs its file a CORRUPT error, and is replaced.
- :func:`run_inline`: in this process, for debugging and where no process can be started;
  the limit is a ``SIGALRM`` timer, so it needs the main thread of a POSIX process.
- Dask lives in :mod:`pipeline.distributed`.

Each yields ``(position, Analysis)`` as files finish; the caller restores input order.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from multiprocessing.connection import Connection, wait
from pathlib import Path
from types import FrameType
from typing import Any

from pipeline.analyse import Settings
from pipeline.model import Analysis, ErrorInfo, S11Error
from pipeline.worker import analyse_file, failed, serve, toolkit_for

Job = tuple[int, Path]
Done = tuple[int, Analysis]

STARTUP_TIMEOUT_S = 600.0  # building a Toolkit loads spaCy and the model: seconds, not minutes
CHECK_EVERY_S = 0.25  # how often a busy worker's memory is looked at
_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_log = logging.getLogger("s11")


class WorkerError(S11Error):
    """A worker process could not start, so no file can be analysed."""


# ---------------------------------------------------------------- one worker process


class Sandbox:
    """One worker process that analyses a file at a time and can be killed at any moment.

    ``how`` is "fork" (cheapest: the child inherits the parent's Toolkit), "spawn", or
    "subprocess" (``python -m pipeline.worker``, for a parent that may not have children of
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

    def start(self) -> None:
        self.ready, self.job = False, None
        self.starts += 1
        from_worker, worker_out = multiprocessing.Pipe(duplex=False)
        worker_in, to_worker = multiprocessing.Pipe(duplex=False)
        if self.how == "subprocess":
            fds = (worker_in.fileno(), worker_out.fileno())
            self._process = subprocess.Popen(
                [sys.executable, "-m", "pipeline.worker", *map(str, fds)],
                pass_fds=fds, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
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
        to_worker.send(self.settings)
        self.deadline = time.monotonic() + STARTUP_TIMEOUT_S

    def submit(self, job: Job) -> None:
        assert self.outbox is not None
        self.job = job
        self.outbox.send(str(job[1]))
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
            analysis = failed(path, toolkit_for(self.settings), ErrorInfo("CORRUPT", _died(self)))
            self.kill()
        self.job = None
        return analysis

    def _await_ready(self) -> None:
        assert self.inbox is not None
        if not self.inbox.poll(STARTUP_TIMEOUT_S):
            self.kill()
            raise WorkerError("a worker process did not start in time")
        self._accept_ready(self.receive())

    def _accept_ready(self, message: Any) -> None:
        if message != ("ready",):
            self.kill()
            detail = message[1] if isinstance(message, tuple) and len(message) == 2 else message
            raise WorkerError(f"a worker process could not start: {detail}")
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


def _died(sandbox: Sandbox) -> str:
    code = sandbox.exit_code()
    how = f"exit code {code}" if code is not None else "no exit code"
    if code == -getattr(signal, "SIGKILL", 9):
        how += ", killed: perhaps out of memory"
    return f"the worker reading it stopped unexpectedly ({how})"


# ---------------------------------------------------------------- local pool


def run_local(jobs: list[Job], settings: Settings, workers: int,
              how: str | None = None) -> Iterator[Done]:
    """Analyse ``jobs`` in ``workers`` worker processes, each file within the time limit."""
    how = how or default_start_method()
    toolkit = toolkit_for(settings)  # built before forking, so workers inherit it
    if how == "fork":
        toolkit.finder  # noqa: B018
    queue = deque(jobs)
    sandboxes = [Sandbox(settings, how) for _ in range(max(1, min(workers, len(jobs))))]
    try:
        for sandbox in sandboxes:
            sandbox.start()
        while queue or any(s.job is not None for s in sandboxes):
            for sandbox in sandboxes:
                if sandbox.ready and sandbox.job is None and queue:
                    sandbox.submit(queue.popleft())
            busy = [s for s in sandboxes if s.job is not None or not s.ready]
            if not busy:
                continue
            timeout = max(0.0, min(min(s.deadline for s in busy) - time.monotonic(),
                                   CHECK_EVERY_S))
            answered = wait([s.inbox for s in busy if s.inbox is not None], timeout)
            for sandbox in busy:
                yield from _collect(sandbox, sandbox.inbox in answered, toolkit)
    finally:
        for sandbox in sandboxes:
            sandbox.close()


def _collect(sandbox: Sandbox, answered: bool, toolkit: Any) -> Iterator[Done]:
    """Whatever one worker has to say after a wait: its result, its death or its lateness."""
    if answered:
        try:
            message = sandbox.receive()
        except (EOFError, OSError):
            if sandbox.job is None:
                raise WorkerError(f"a worker process could not start: {_died(sandbox)}") from None
            index, path = sandbox.job
            yield index, failed(path, toolkit, ErrorInfo("CORRUPT", _died(sandbox)))
            _restart(sandbox)
            return
        if not sandbox.ready:
            sandbox._accept_ready(message)
            return
        assert sandbox.job is not None
        yield sandbox.job[0], message
        sandbox.job = None
    elif sandbox.job is not None and sandbox.over_memory():
        index, path = sandbox.job
        _log.debug("%s passed the memory limit; replacing its worker", path.name)
        yield index, failed(path, toolkit, sandbox.settings.limits.out_of_memory(path.name))
        _restart(sandbox)
    elif time.monotonic() >= sandbox.deadline:
        if sandbox.job is None:
            sandbox.kill()
            raise WorkerError("a worker process did not start in time")
        index, path = sandbox.job
        _log.debug("%s ran past the time limit; replacing its worker", path.name)
        yield index, failed(path, toolkit, sandbox.settings.limits.timed_out(path.name))
        _restart(sandbox)


def _restart(sandbox: Sandbox) -> None:
    sandbox.kill()
    sandbox.start()


# ---------------------------------------------------------------- in this process


class _TimeUp(BaseException):
    """Raised by the timer; a BaseException so that readers' ``except Exception`` miss it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[bool]:
    """Raise :class:`_TimeUp` in this thread after ``seconds``; yields False (and sets no
    timer) where SIGALRM cannot be used: off the main thread, or on Windows."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield False
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise _TimeUp

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_inline(jobs: list[Job], settings: Settings) -> Iterator[Done]:
    """Analyse ``jobs`` one after another in this process."""
    toolkit = toolkit_for(settings)
    toolkit.finder  # noqa: B018 - load the model now, not inside the first file's time
    warned = False
    for index, path in jobs:
        try:
            with time_limit(settings.limits.timeout_s) as limited:
                if not limited and not warned:
                    _log.warning("no per-file time limit in-process off the main thread")
                    warned = True
                analysis = analyse_file(path, toolkit)
        except _TimeUp:
            analysis = failed(path, toolkit, settings.limits.timed_out(path.name))
        yield index, analysis
