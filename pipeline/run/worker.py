"""What a worker process does: build its Toolkit once, then analyse one file at a time.

A worker speaks over two one-way :class:`multiprocessing.connection.Connection` pipes: it
receives (Settings, whether it renders packs), answers ``("ready",)`` once its Toolkit is
built (or ``("failed", message)``), then receives file paths and answers each with an
Analysis, until it receives None. A job may come as ``(path, folder)``: the worker then also
renders the file's packs into that folder, so that packs are rendered by every worker in
parallel (within the file's time limit). The process that started it enforces the time
limit by killing it, so the worker itself never has to cope with a hung reader.
``python -m pipeline.run.worker IN OUT`` runs the loop over inherited file descriptors, for
parents that may not fork (a Dask worker).
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from pipeline.analyse import Toolkit, analyse
from pipeline.settings import Settings
from pipeline.values import Analysis, ErrorInfo, InputError

_log = logging.getLogger("s11")
NO_NETWORK_ENV = "S11_NO_NETWORK"  # set to 1 to make every socket in a worker fail

_toolkits: dict[Settings, Toolkit] = {}


def toolkit_for(settings: Settings) -> Toolkit:
    """This process's Toolkit for ``settings``, built on first use. A forked worker
    inherits the one its parent built."""
    toolkit = _toolkits.get(settings)
    if toolkit is None:
        toolkit = _toolkits[settings] = Toolkit(settings)
    return toolkit


def failed(path: Path, toolkit: Toolkit, error: InputError | ErrorInfo) -> Analysis:
    """The error Analysis of a file, named after its agency when the file name says."""
    agency, method = toolkit.agencies.find(None, path.name)
    info = error if isinstance(error, ErrorInfo) else ErrorInfo(error.code, error.message)
    return Analysis(
        file=path.name,
        framework_id=toolkit.framework.id,
        status="error",
        agency=agency,
        agency_method=method,
        error=ErrorInfo(info.code, info.message[:300], info.transient),
    )


Identity = tuple[str, str, str, str]  # (package folder, version, fingerprint, classifier)
_identities: dict[Settings, Identity] = {}


def runtime_identity(settings: Settings) -> Identity:
    """What this process really analyses with for ``settings``: the package's folder and
    version, the fingerprint of its code, rules, model and libraries (the analysis cache's
    key) and the classifier that judges strength. Workers report it when they start, and
    the parent refuses a worker whose identity differs from its own."""
    identity = _identities.get(settings)
    if identity is None:
        import pipeline
        from pipeline.run.cache import analysis_fingerprint

        identity = (
            str(Path(pipeline.__file__).resolve().parent),
            pipeline.__version__,
            analysis_fingerprint(settings),
            toolkit_for(settings).finder.judge.source,
        )
        _identities[settings] = identity
    return identity


def identity_mismatch(expected: Identity, found: Identity) -> str | None:
    """A one-line reason why a worker with ``found`` must not join a run of ``expected``."""
    if found == expected:
        return None
    names = ("package", "version", "code, rules and model fingerprint", "classifier")
    differ = [
        f"{name} {theirs[:16] if 'fingerprint' in name else theirs}"
        f" (this command: {ours[:16] if 'fingerprint' in name else ours})"
        for name, theirs, ours in zip(names, found, expected, strict=True)
        if theirs != ours
    ]
    return (
        "a worker runs different code, rules or model from this command: "
        + "; ".join(differ)
        + ". Start every worker from the same installed s11"
    )


def analyse_file(path: Path, toolkit: Toolkit) -> Analysis:
    """:func:`pipeline.analyse.analyse`, with anything unexpected recorded as the file's
    error rather than raised: one file must never stop the batch."""
    try:
        return analyse(path, toolkit)
    except MemoryError:
        message = "needs more memory than this machine has; it may be built to exhaust it"
        return failed(path, toolkit, ErrorInfo("TOO_LARGE", message))
    except RecursionError:
        return failed(path, toolkit, ErrorInfo("CORRUPT", "is nested too deeply to be read"))
    except Exception as exc:  # noqa: BLE001 - a reader bug becomes this file's error
        message = f"could not be analysed ({type(exc).__name__}: {exc})"
        return failed(path, toolkit, ErrorInfo("CORRUPT", message))


class NetworkDisabled(OSError):
    """Raised by every socket call in a process that must not use the network."""


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise NetworkDisabled("network access is disabled in s11 workers")


class _NoSocket(socket.socket):
    """A socket class that cannot be made (a class, so modules that subclass
    ``socket.socket`` on import, such as ssl, still import)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        _refuse()


def forbid_network() -> None:
    """Make creating any socket in this process raise :class:`NetworkDisabled`."""
    socket.socket = _NoSocket  # type: ignore[misc]
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse


def guard_network_if_asked() -> None:
    """Disable the network in this process when ``S11_NO_NETWORK=1`` (tests set it, to
    prove a batch needs none; an operator may too)."""
    if os.environ.get(NO_NETWORK_ENV) == "1":
        forbid_network()


def serve(inbox: Connection, outbox: Connection) -> None:
    """The worker loop (see the module docstring)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _exit_with_parent()
    guard_network_if_asked()
    try:
        settings, renders = inbox.recv()
        toolkit = toolkit_for(settings)
        identity = runtime_identity(settings)  # loads the model now, not in the first file
        if renders:
            _warm_up_packs(toolkit)
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which stops the batch
        outbox.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    outbox.send(("ready", identity))
    while True:
        try:
            job = inbox.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        path, rendered = job if isinstance(job, tuple) else (job, None)
        analysis = analyse_file(Path(path), toolkit)
        if rendered:
            _prerender(analysis, Path(rendered), toolkit)
        outbox.send(analysis)


def _warm_up_packs(toolkit: Toolkit) -> None:
    """Load what rendering packs needs (templates, the redactor's name lists) before the
    worker says it is ready, so that none of it counts against the first file's time."""
    from pipeline.report import render_packs
    from pipeline.report.records import analysis_record

    _pack_tools_for(toolkit)
    warm_up = Analysis(file="warm-up.docx", framework_id=toolkit.framework.id, status="ok")
    framework = {"id": toolkit.framework.id, "title": toolkit.framework.title}
    try:
        render_packs(analysis_record(warm_up), framework, _pack_tools_for(toolkit)[1])
    except Exception:  # noqa: BLE001 - a warm-up only
        _log.debug("pack warm-up failed", exc_info=True)


def _pack_tools_for(toolkit: Toolkit) -> tuple[Any, Any]:
    """(indicators, record redactor), built once per worker."""
    from pipeline.redact import Redactor
    from pipeline.redact.record import RecordRedactor
    from pipeline.rules import load_indicators

    global _pack_tools
    if _pack_tools is None:
        _pack_tools = (load_indicators(toolkit.framework), RecordRedactor(Redactor()))
    return _pack_tools


def _prerender(analysis: Analysis, folder: Path, toolkit: Toolkit) -> None:
    """Render the file's packs here, in parallel with the other workers, for the parent to
    write; if that fails for any reason the parent renders them itself."""
    from pipeline.report import prerender

    try:
        indicators, redactor = _pack_tools_for(toolkit)
        framework = {"id": toolkit.framework.id, "title": toolkit.framework.title}
        prerender(analysis, folder, framework, indicators, redactor)
    except Exception:  # noqa: BLE001 - only a speed-up is lost
        _log.debug("packs of %s not rendered in the worker", analysis.file, exc_info=True)


_pack_tools: tuple[Any, Any] | None = None


def _exit_with_parent() -> None:
    """Stop this worker if its parent goes away, even while a reader is stuck."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="s11-parent-watch", daemon=True).start()


def main(argv: list[str]) -> None:
    """``python -m pipeline.run.worker IN_FD OUT_FD``."""
    inbox = Connection(int(argv[0]), writable=False)
    outbox = Connection(int(argv[1]), readable=False)
    serve(inbox, outbox)


if __name__ == "__main__":
    main(sys.argv[1:])
