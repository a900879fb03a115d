"""Where files are analysed, each within the per-file time limit (``Limits.timeout_s``).

- :func:`run_local`: a pool of worker processes (:mod:`pipeline.run.worker`). The parent sends
  one file at a time to each and waits with a deadline, looking at the worker's resident
  memory (Linux) every quarter second; a worker that runs past the time or memory limit is
  killed and replaced, and that file becomes TOO_LARGE. A worker that dies (a crash in a C
  library, the out-of-memory killer) costs its file a CORRUPT error, and is replaced.
- :func:`run_inline`: in this process, for debugging and where no process can be started;
  the limit is a ``SIGALRM`` timer, so it needs the main thread of a POSIX process.
- Dask lives in :mod:`pipeline.run.distributed`; the worker process each uses is a
  :class:`~pipeline.run.sandbox.Sandbox`.

Each yields ``(position, Analysis)`` as files finish; the caller restores input order.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import wait
from pathlib import Path
from types import FrameType
from typing import Any

from pipeline.run.sandbox import (
    CHECK_EVERY_S,
    Job,
    Sandbox,
    WorkerError,
    default_start_method,
    died,
)
from pipeline.run.worker import analyse_file, failed, toolkit_for
from pipeline.settings import Settings
from pipeline.values import Analysis, ErrorInfo

Done = tuple[int, Analysis]
__all__ = ["Done", "Job", "Sandbox", "WorkerError", "run_inline", "run_local", "time_limit"]
_log = logging.getLogger("s11")

# ---------------------------------------------------------------- local pool


def run_local(
    jobs: list[Job],
    settings: Settings,
    workers: int,
    how: str | None = None,
    render_into: Path | None = None,
) -> Iterator[Done]:
    """Analyse ``jobs`` in ``workers`` worker processes, each file within the time limit;
    with ``render_into``, each worker also renders a job's packs into its folder there
    (named by the job's position), for :func:`pipeline.report.write_batch`."""
    how = how or default_start_method()
    toolkit = toolkit_for(settings)  # built before forking, so workers inherit it
    if how == "fork":
        toolkit.finder  # noqa: B018
    # Largest files first, so that no worker is left with a long file once the rest are
    # done; results are put back in input order by the caller.
    queue = deque(sorted(jobs, key=lambda job: -_size(job[1])))
    sandboxes = [Sandbox(settings, how) for _ in range(max(1, min(workers, len(jobs))))]
    for sandbox in sandboxes:
        sandbox.render_into = render_into
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
            timeout = max(0.0, min(min(s.deadline for s in busy) - time.monotonic(), CHECK_EVERY_S))
            answered = wait([s.inbox for s in busy if s.inbox is not None], timeout)
            done = [d for s in busy for d in _collect(s, s.inbox in answered, toolkit)]
            # A worker that has answered gets its next file before the caller handles the
            # answers (caching, progress), so no worker waits on the parent.
            for sandbox in sandboxes:
                if sandbox.ready and sandbox.job is None and queue:
                    sandbox.submit(queue.popleft())
            yield from done
    finally:
        for sandbox in sandboxes:
            sandbox.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _collect(sandbox: Sandbox, answered: bool, toolkit: Any) -> Iterator[Done]:
    """Whatever one worker has to say after a wait: its result, its death or its lateness."""
    if answered:
        try:
            message = sandbox.receive()
        except (EOFError, OSError):
            if sandbox.job is None:
                raise WorkerError(f"a worker process could not start: {died(sandbox)}") from None
            index, path = sandbox.job
            error = ErrorInfo("CORRUPT", died(sandbox), transient=True)
            yield index, failed(path, toolkit, error)
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
