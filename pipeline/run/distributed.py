"""Analyse files on a Dask cluster: ``--scheduler tcp://HOST:PORT`` for a running one, or
``--scheduler local`` to start a LocalCluster of ``--workers`` processes on this machine.

Each Dask worker thread keeps one :class:`~pipeline.run.executors.Sandbox`, a child process
that builds its Toolkit once and is killed and replaced when a file runs past the time
limit, exactly as in the local pool. Dask workers are daemonic, so the child is started
as ``python -m pipeline.run.worker`` rather than through multiprocessing. Workers read the
files by path: on a remote cluster, INPUT must be on a file system the workers share.
"""

from __future__ import annotations

import atexit
import threading
import uuid
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pipeline.run.executors import Done, Job
from pipeline.run.sandbox import Sandbox, WorkerError
from pipeline.run.worker import Identity, failed, identity_mismatch, runtime_identity, toolkit_for
from pipeline.settings import Settings
from pipeline.values import Analysis, ErrorInfo

_sandboxes: dict[tuple[Settings, int], Sandbox] = {}
_lock = threading.Lock()


def analyse_task(path: str, settings: Settings, expected: Identity | None = None) -> Analysis:
    """The Dask task: one file, in this worker thread's sandbox, refused (WorkerError) on a
    Dask worker whose code, rules or model differ from ``expected``, the parent's."""
    if expected is not None and (mismatch := identity_mismatch(expected, dask_identity(settings))):
        raise WorkerError(mismatch)
    key = (settings, threading.get_ident())
    with _lock:
        sandbox = _sandboxes.get(key)
        if sandbox is None:
            sandbox = _sandboxes[key] = Sandbox(settings, "subprocess")
    return sandbox.analyse(Path(path))


def dask_identity(settings: Settings) -> Identity:
    """This Dask worker's :func:`~pipeline.run.worker.runtime_identity` (for ``client.run``)."""
    return runtime_identity(settings)


def worker_starts() -> dict[str, int]:
    """How many times this Dask worker has started a worker child per Settings (each start
    builds a Toolkit): one, unless a file ran past the time limit or crashed it."""
    with _lock:
        counts: dict[str, int] = {}
        for (settings, _thread), sandbox in _sandboxes.items():
            key = repr(settings)
            counts[key] = counts.get(key, 0) + sandbox.starts
        return counts


@atexit.register
def _close_sandboxes() -> None:
    with _lock:
        for sandbox in _sandboxes.values():
            sandbox.close()
        _sandboxes.clear()


def run_dask(
    jobs: list[Job],
    settings: Settings,
    scheduler: str,
    workers: int,
    task: Callable[[str, Settings, Identity], Analysis] = analyse_task,
) -> Iterator[Done]:
    """Analyse ``jobs`` on the cluster at ``scheduler`` ("local" starts one here), each by
    ``task`` on a worker. Every worker must run what this process runs (the same package,
    code, rules and model: :func:`~pipeline.run.worker.runtime_identity`), else WorkerError.
    A task the cluster loses costs only its file, with a transient error (never cached)."""
    from distributed import Client, LocalCluster, as_completed

    cluster: Any = None
    if scheduler == "local":
        with warnings.catch_warnings():  # no dashboard wanted; its HTTP server moves port
            warnings.filterwarnings("ignore", message="Port .* is already in use")
            cluster = LocalCluster(
                n_workers=max(1, workers),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
            )
        client = Client(cluster)
    else:
        client = Client(scheduler)
    run = uuid.uuid4().hex[:12]  # keys stay unique on a cluster shared by several runs
    try:
        expected = runtime_identity(settings)
        for address, found in sorted(client.run(dask_identity, settings).items()):
            if mismatch := identity_mismatch(expected, tuple(found)):
                raise WorkerError(f"Dask worker {address}: {mismatch}")
        futures = {
            client.submit(
                task, str(path), settings, expected, key=f"s11-analyse-{run}-{index}", pure=False
            ): index
            for index, path in jobs
        }
        paths = dict(jobs)
        for future in as_completed(futures):
            index = futures[future]
            try:
                analysis = future.result()
            except WorkerError:
                raise
            except Exception as exc:  # noqa: BLE001 - the cluster lost it: this file's error
                message = f"the Dask worker running it failed ({type(exc).__name__}: {exc})"
                error = ErrorInfo("CORRUPT", message, transient=True)
                analysis = failed(paths[index], toolkit_for(settings), error)
            yield index, analysis
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
